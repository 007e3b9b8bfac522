/// An opened Parquet file: the footer read and checked, the schema built, and row groups read on
/// demand, each from its own column chunks only. Immutable once opened, so shared freely.
final class ParquetFile: @unchecked Sendable {
    let source: ParquetByteSource
    let schema: ParquetSchema
    let rowGroups: [ParquetRowGroup]
    let numRows: Int
    /// The writers' key-value metadata, in file order.
    let keyValues: [(key: String, value: String)]

    var file: String { source.file }

    /// Reads the footer (the last 8 bytes, then the metadata they point to) and nothing else.
    init(_ source: ParquetByteSource) throws {
        self.source = source
        let file = source.file
        let meta = try Self.translating(file) { try Self.footer(source) }
        let schema = try ParquetSchema(meta.schema, file: file)
        var total = 0
        for (g, group) in meta.rowGroups.enumerated() {
            guard group.columns.count == schema.leaves.count else {
                throw DatasetError.parquet(file: file, message: "row group \(g) has \(group.columns.count) column chunks, the schema has \(schema.leaves.count) leaf columns")
            }
            // Every row has at least one entry in every column chunk.
            guard group.numRows >= 0, group.numRows <= meta.numRows, group.numRows <= group.columns.first?.numValues ?? 0 else {
                throw DatasetError.parquet(file: file, message: "row group \(g) claims \(group.numRows) rows, the file \(meta.numRows)")
            }
            for (leaf, column) in schema.leaves.enumerated() where group.columns[leaf].path.joined(separator: ".") != column.name {
                throw DatasetError.parquet(file: file, message: "column chunk \(leaf) of row group \(g) is '\(group.columns[leaf].path.joined(separator: "."))', the schema says '\(column.name)'")
            }
            let (sum, overflow) = total.addingReportingOverflow(Int(group.numRows))
            guard !overflow, sum <= Int(meta.numRows) else {
                throw DatasetError.parquet(file: file, message: "row groups hold more rows than the footer's \(meta.numRows)")
            }
            total = sum
        }
        // `len` comes from here, so the row groups must agree with it before any is read.
        guard total == Int(meta.numRows) else {
            throw DatasetError.parquet(file: file, message: "row groups hold \(total) rows, the footer says \(meta.numRows)")
        }
        self.schema = schema
        rowGroups = meta.rowGroups
        numRows = total
        keyValues = meta.keyValues
    }

    /// The top-level fields named by `wanted` (nil: all), in the order asked for.
    func fields(_ wanted: [String]?) throws -> [ParquetSchemaNode] {
        guard let wanted else { return schema.fields }
        return try wanted.map { name in
            guard let field = schema.fields.first(where: { $0.name == name }) else {
                throw DatasetError.noSuchColumn(name, available: schema.fields.map(\.name))
            }
            return field
        }
    }

    /// The cells of `fields` for every row of row group `g`, reading only those fields' chunks.
    func readRowGroup(_ g: Int, fields: [ParquetSchemaNode]) throws -> [[DataCell]] {
        try Self.translating(file) {
            let group = rowGroups[g]
            var leaves = [ParquetLeafData?](repeating: nil, count: schema.leaves.count)
            for field in fields {
                for leaf in field.leaves {
                    let chunk = ParquetColumnChunkReader(file: file, column: schema.leaves[leaf], meta: group.columns[leaf], rowGroup: g)
                    guard let range = try chunk.byteRange(fileSize: source.size) else {
                        leaves[leaf] = ParquetLeafData()
                        continue
                    }
                    let bytes = try source.read(range)
                    leaves[leaf] = try bytes.withUnsafeBytes { try chunk.readAll($0) }
                }
            }
            var assembler = ParquetRecordAssembler(file: file, rowGroup: g, columns: schema.leaves, leaves: leaves)
            return try assembler.rows(fields, count: Int(group.numRows))
        }
    }

    private static func translating<T>(_ file: String, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let e as ThriftCompactReader.Failure {
            throw DatasetError.parquet(file: file, message: "corrupt metadata: " + e.message)
        } catch let e as HybridRLEDecoder.Failure {
            throw DatasetError.parquet(file: file, message: "corrupt levels: " + e.message)
        }
    }

    /// The file metadata from the footer, after checking both magics and the footer's length.
    private static func footer(_ source: ParquetByteSource) throws -> ParquetFileMetadata {
        let file = source.file, size = source.size
        let magic: [UInt8] = Array("PAR1".utf8)
        guard size >= 12 else { throw DatasetError.parquet(file: file, message: "file of \(size) bytes is too short to be Parquet") }
        guard try source.read(0..<4) == magic else { throw DatasetError.parquet(file: file, message: "bad magic: the file does not start with PAR1") }
        let tail = try source.read((size - 8)..<size)
        guard Array(tail[4...]) == magic else {
            throw DatasetError.parquet(file: file, message: "bad magic at the end: the file is truncated or not Parquet")
        }
        let footerLength = UInt32(tail[0]) | UInt32(tail[1]) << 8 | UInt32(tail[2]) << 16 | UInt32(tail[3]) << 24
        guard footerLength > 0, UInt64(footerLength) <= UInt64(size - 12) else {
            throw DatasetError.parquet(file: file, message: "footer length \(footerLength) does not fit in the file")
        }
        let bytes = try source.read((size - 8 - Int(footerLength))..<(size - 8))
        let meta = try bytes.withUnsafeBytes { buf in
            var r = ThriftCompactReader(buf, at: 0)
            return try ParquetFileMetadata.decode(&r)
        }
        guard meta.numRows >= 0 else { throw DatasetError.parquet(file: file, message: "footer claims \(meta.numRows) rows") }
        return meta
    }
}
