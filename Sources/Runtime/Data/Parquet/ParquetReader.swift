import Foundation

/// Reads Parquet files into rows: flat and nested columns (lists, structs, maps, to any depth,
/// rebuilt from their levels by `ParquetRecordAssembler`), the encodings and codecs the common
/// writers produce, and the logical types as `ParquetColumn` converts them.
public enum ParquetReader {
    /// `columns` names the top-level columns to read (nil: all); only their column chunks are decoded.
    public static func read(path: String, columns: [String]? = nil) throws -> (columns: [String], rows: [DataRow]) {
        guard FileManager.default.fileExists(atPath: path) else { throw DatasetError.fileNotFound(path) }
        // Mapped, not copied: Hub Parquet shards run to hundreds of megabytes.
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped) } catch {
            throw DatasetError.unreadable(path: path, reason: error.localizedDescription)
        }
        return try data.withUnsafeBytes { try read(buffer: $0, file: path, columns: columns) }
    }

    public static func read(bytes: [UInt8], file: String, columns: [String]? = nil) throws -> (columns: [String], rows: [DataRow]) {
        try bytes.withUnsafeBytes { try read(buffer: $0, file: file, columns: columns) }
    }

    static func read(buffer: UnsafeRawBufferPointer, file: String, columns: [String]?) throws -> (columns: [String], rows: [DataRow]) {
        do {
            return try readBuffer(buffer, file: file, wanted: columns)
        } catch let e as ThriftCompactReader.Failure {
            throw DatasetError.parquet(file: file, message: "corrupt metadata: " + e.message)
        } catch let e as HybridRLEDecoder.Failure {
            throw DatasetError.parquet(file: file, message: "corrupt levels: " + e.message)
        }
    }

    private static func readBuffer(_ buf: UnsafeRawBufferPointer, file: String, wanted: [String]?) throws -> (columns: [String], rows: [DataRow]) {
        let meta = try footer(buf, file: file)
        let schema = try ParquetSchema(meta.schema, file: file)
        if let wanted {
            for name in wanted where !schema.fields.contains(where: { $0.name == name }) {
                throw DatasetError.noSuchColumn(name, available: schema.fields.map(\.name))
            }
        }
        let chosen = schema.fields.filter { wanted?.contains($0.name) ?? true }
        let names = chosen.map(\.name)
        var rows: [DataRow] = []
        for (g, group) in meta.rowGroups.enumerated() {
            if tinaInterrupted() { throw DatasetError.interrupted }
            guard group.columns.count == schema.leaves.count else {
                throw DatasetError.parquet(file: file, message: "row group \(g) has \(group.columns.count) column chunks, the schema has \(schema.leaves.count) leaf columns")
            }
            // Every row has at least one entry in every column chunk.
            guard group.numRows >= 0, group.numRows <= meta.numRows, group.numRows <= group.columns.first?.numValues ?? 0 else {
                throw DatasetError.parquet(file: file, message: "row group \(g) claims \(group.numRows) rows, the file \(meta.numRows)")
            }
            var leaves = [ParquetLeafData?](repeating: nil, count: schema.leaves.count)
            for field in chosen {
                for leaf in field.leaves {
                    let column = schema.leaves[leaf]
                    guard group.columns[leaf].path.joined(separator: ".") == column.name else {
                        throw DatasetError.parquet(file: file, message: "column chunk \(leaf) of row group \(g) is '\(group.columns[leaf].path.joined(separator: "."))', the schema says '\(column.name)'")
                    }
                    leaves[leaf] = try ParquetColumnChunkReader(buf: buf, file: file, column: column, meta: group.columns[leaf], rowGroup: g).readAll()
                }
            }
            var assembler = ParquetRecordAssembler(file: file, rowGroup: g, columns: schema.leaves, leaves: leaves)
            for cells in try assembler.rows(chosen, count: Int(group.numRows)) {
                rows.append(DataRow(keys: names, values: cells))
            }
        }
        if rows.count != Int(meta.numRows) {
            throw DatasetError.parquet(file: file, message: "row groups hold \(rows.count) rows, the footer says \(meta.numRows)")
        }
        return (names, rows)
    }

    /// The file metadata from the footer, after checking both magics and the footer's length.
    static func footer(_ buf: UnsafeRawBufferPointer, file: String) throws -> ParquetFileMetadata {
        let magic: [UInt8] = Array("PAR1".utf8)
        guard buf.count >= 12 else { throw DatasetError.parquet(file: file, message: "file of \(buf.count) bytes is too short to be Parquet") }
        guard Array(buf[0..<4]) == magic else { throw DatasetError.parquet(file: file, message: "bad magic: the file does not start with PAR1") }
        guard Array(buf[(buf.count - 4)...]) == magic else {
            throw DatasetError.parquet(file: file, message: "bad magic at the end: the file is truncated or not Parquet")
        }
        let footerLength = buf.loadUnaligned(fromByteOffset: buf.count - 8, as: UInt32.self).littleEndian
        guard footerLength > 0, UInt64(footerLength) <= UInt64(buf.count - 12) else {
            throw DatasetError.parquet(file: file, message: "footer length \(footerLength) does not fit in the file")
        }
        var r = ThriftCompactReader(buf, at: buf.count - 8 - Int(footerLength))
        let meta = try ParquetFileMetadata.decode(&r)
        guard meta.numRows >= 0 else { throw DatasetError.parquet(file: file, message: "footer claims \(meta.numRows) rows") }
        return meta
    }
}
