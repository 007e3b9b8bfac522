import Foundation

/// Local data files: the format comes from the extension.
public enum DatasetFileFormat: String, Sendable, CaseIterable {
    case json, jsonl, csv, parquet

    public init?(path: String) {
        let lower = path.lowercased()
        if lower.hasSuffix(".jsonl") || lower.hasSuffix(".ndjson") { self = .jsonl }
        else if lower.hasSuffix(".json") { self = .json }
        else if lower.hasSuffix(".csv") { self = .csv }
        else if lower.hasSuffix(".parquet") || lower.hasSuffix(".pq") { self = .parquet }
        else { return nil }
    }
}

public enum DatasetFiles {
    /// Rows of one file. `columns` limits what Parquet reads (and is checked for other formats).
    public static func read(path: String, format: DatasetFileFormat? = nil, columns: [String]? = nil) throws -> [DataRow] {
        guard let format = format ?? DatasetFileFormat(path: path) else { throw DatasetError.unknownFormat(path) }
        if format == .parquet { return try ParquetReader.read(path: path, columns: columns).rows }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else { throw DatasetError.fileNotFound(path) }
        guard !isDir.boolValue, let data = FileManager.default.contents(atPath: path) else {
            throw DatasetError.unreadable(path: path, reason: isDir.boolValue ? "is a directory" : "permission denied or I/O error")
        }
        let bytes = [UInt8](data)
        var rows: [DataRow]
        switch format {
        case .json:
            // `datasets`' json builder also takes one object a line; a lone object of columns is columnar.
            let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }
            if first == UInt8(ascii: "{"), let lines = try? JSONRowsReader.readJSONL(bytes, file: path),
               lines.count > 1 || (lines.count == 1 && !lines[0].values.allSatisfy { $0.listValue != nil }) {
                rows = lines
            } else {
                rows = try JSONRowsReader.readJSON(bytes, file: path)
            }
        case .jsonl: rows = try JSONRowsReader.readJSONL(bytes, file: path)
        case .csv: rows = try CSVRowsReader.read(bytes, file: path)
        case .parquet: rows = []
        }
        if let columns {
            let present = Dataset.columnUnion(rows)
            for c in columns where !present.contains(c) { throw DatasetError.noSuchColumn(c, available: present) }
            rows = rows.map { r in DataRow(keys: columns, values: columns.map { r[$0] ?? .null }) }
        }
        return rows
    }
}
