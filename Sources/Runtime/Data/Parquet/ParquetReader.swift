import Foundation

/// Reads flat Parquet files (every top-level column a primitive, required or optional) into rows.
/// Supports PLAIN and dictionary encodings, RLE booleans, data pages v1 and v2, and the
/// uncompressed, snappy, gzip and zstd codecs. Nested columns (lists, maps, structs) are refused
/// with an error naming the column.
public enum ParquetReader {
    /// `columns` names the columns to read (nil: all). Nested columns that are not asked for are
    /// skipped, so a file with a list column can still give its flat ones.
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
        let magic: [UInt8] = Array("PAR1".utf8)
        guard buf.count >= 12 else { throw DatasetError.parquet(file: file, message: "file of \(buf.count) bytes is too short to be Parquet") }
        guard Array(buf[0..<4]) == magic else { throw DatasetError.parquet(file: file, message: "bad magic: the file does not start with PAR1") }
        guard Array(buf[(buf.count - 4)...]) == magic else {
            throw DatasetError.parquet(file: file, message: "bad magic at the end: the file is truncated or not Parquet")
        }
        let footerLength = Int(buf.loadUnaligned(fromByteOffset: buf.count - 8, as: UInt32.self).littleEndian)
        guard footerLength > 0, footerLength <= buf.count - 12 else {
            throw DatasetError.parquet(file: file, message: "footer length \(footerLength) does not fit in the file")
        }
        var r = ThriftCompactReader(buf, at: buf.count - 8 - footerLength)
        let meta = try ParquetFileMetadata.decode(&r)
        let (all, leafCount) = try topLevelColumns(meta.schema, file: file)
        if let wanted {
            for name in wanted where !all.contains(where: { $0.name == name }) {
                throw DatasetError.noSuchColumn(name, available: all.map(\.name))
            }
        }
        let chosen = try all.filter { wanted?.contains($0.name) ?? true }.map { top -> (ParquetColumn, Int) in
            guard let column = top.column else {
                throw DatasetError.unsupported(file: file, column: top.name, reason: top.problem + "; pass columns: to read only the flat ones")
            }
            return (column, top.leaf)
        }

        var cells = Array(repeating: [DataCell](), count: chosen.count)
        for group in meta.rowGroups {
            if tinaInterrupted() { throw DatasetError.interrupted }
            guard group.columns.count == leafCount else {
                throw DatasetError.parquet(file: file, message: "row group has \(group.columns.count) column chunks, schema has \(leafCount) leaf columns")
            }
            for (j, (column, leaf)) in chosen.enumerated() {
                guard group.columns[leaf].path.first == column.name else {
                    throw DatasetError.parquet(file: file, message: "column chunk \(leaf) is '\(group.columns[leaf].path.joined(separator: "."))', the schema says '\(column.name)'")
                }
                var reader = ParquetColumnChunkReader(buf: buf, file: file, column: column, meta: group.columns[leaf])
                let values = try reader.readAll()
                guard values.count == Int(group.numRows) else {
                    throw DatasetError.parquet(file: file, message: "column '\(column.name)' has \(values.count) values in a row group of \(group.numRows) rows")
                }
                cells[j].append(contentsOf: values)
            }
        }
        let names = chosen.map(\.0.name)
        let n = cells.first?.count ?? 0
        if !chosen.isEmpty && n != Int(meta.numRows) {
            throw DatasetError.parquet(file: file, message: "row groups hold \(n) rows, the footer says \(meta.numRows)")
        }
        var rows: [DataRow] = []
        rows.reserveCapacity(n)
        for i in 0..<n { rows.append(DataRow(keys: names, values: cells.map { $0[i] })) }
        return (names, rows)
    }

    /// A top-level field: a readable flat column, or the reason it is not one.
    private struct TopLevel {
        var name: String
        var column: ParquetColumn?
        var problem: String
        /// Index of its first leaf among the row group's column chunks.
        var leaf: Int
    }

    /// The top-level fields of the schema and the total number of leaf columns.
    private static func topLevelColumns(_ schema: [ParquetSchemaElement], file: String) throws -> ([TopLevel], Int) {
        guard let root = schema.first else { throw DatasetError.parquet(file: file, message: "empty schema") }
        var i = 1
        var leaves = 0
        /// Skips one field and its subtree, returning its number of leaves.
        func skipSubtree() throws -> Int {
            guard i < schema.count else { throw DatasetError.parquet(file: file, message: "schema lists fewer elements than its groups' children") }
            let children = Int(schema[i].numChildren ?? 0)
            i += 1
            if children == 0 { return 1 }
            var n = 0
            for _ in 0..<children { n += try skipSubtree() }
            return n
        }
        var out: [TopLevel] = []
        for _ in 0..<Int(root.numChildren ?? 0) {
            guard i < schema.count else { throw DatasetError.parquet(file: file, message: "schema lists fewer elements than the root's children") }
            let e = schema[i]
            let first = leaves
            leaves += try skipSubtree()
            if let n = e.numChildren, n > 0 {
                let kind = e.logicalName ?? (e.convertedType == 3 ? "LIST" : e.convertedType == 1 || e.convertedType == 2 ? "MAP" : "struct")
                out.append(TopLevel(name: e.name, column: nil, problem: "nested type (\(kind)); only flat columns can be read", leaf: first))
            } else if e.repetition == 2 {
                out.append(TopLevel(name: e.name, column: nil, problem: "repeated field; only flat columns can be read", leaf: first))
            } else {
                guard let raw = e.type, let type = ParquetPhysicalType(rawValue: raw) else {
                    throw DatasetError.parquet(file: file, message: "column '\(e.name)' has no known physical type")
                }
                do {
                    out.append(TopLevel(name: e.name, column: try ParquetColumn(element: e, type: type, file: file), problem: "", leaf: first))
                } catch DatasetError.unsupported(_, _, let reason) {
                    out.append(TopLevel(name: e.name, column: nil, problem: reason, leaf: first))
                }
            }
        }
        return (out, leaves)
    }
}

/// A leaf column: its physical type and how its values become cells.
struct ParquetColumn {
    enum Conversion { case plain, string, decimal(scale: Int) }

    let name: String
    let type: ParquetPhysicalType
    let typeLength: Int
    let optional: Bool
    let conversion: Conversion

    init(element e: ParquetSchemaElement, type: ParquetPhysicalType, file: String) throws {
        name = e.name
        self.type = type
        typeLength = Int(e.typeLength ?? 0)
        optional = e.repetition == 1
        let isDecimal = e.logicalIsDecimal || e.convertedType == 5
        // BYTE_ARRAY without a string annotation is binary; datasets almost always mean text, and
        // a string keeps such columns usable, so it is decoded as UTF-8 too.
        switch type {
        case .byteArray: conversion = isDecimal ? .decimal(scale: Int(e.scale ?? 0)) : .string
        case .fixedLenByteArray:
            guard isDecimal else {
                throw DatasetError.unsupported(file: file, column: e.name, reason: "FIXED_LEN_BYTE_ARRAY \(e.logicalName ?? "binary")")
            }
            conversion = .decimal(scale: Int(e.scale ?? 0))
        case .int96:
            throw DatasetError.unsupported(file: file, column: e.name, reason: "INT96 timestamps")
        case .int32, .int64: conversion = isDecimal ? .decimal(scale: Int(e.scale ?? 0)) : .plain
        default: conversion = .plain
        }
        if e.logicalName == "FLOAT16" {
            throw DatasetError.unsupported(file: file, column: e.name, reason: "FLOAT16")
        }
    }
}
