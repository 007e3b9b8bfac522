/// Reads Parquet files into rows: flat and nested columns (lists, structs, maps, to any depth,
/// rebuilt from their levels by `ParquetRecordAssembler`), the encodings and codecs the common
/// writers produce, and the logical types as `ParquetColumn` converts them. This reads every row
/// at once; `ParquetRows` reads them a row group at a time.
public enum ParquetReader {
    /// `columns` names the top-level columns to read (nil: all); only their column chunks are decoded.
    public static func read(path: String, columns: [String]? = nil) throws -> (columns: [String], rows: [DataRow]) {
        try read(ParquetFile(ParquetDiskFile(path: path)), columns: columns)
    }

    public static func read(bytes: [UInt8], file: String, columns: [String]? = nil) throws -> (columns: [String], rows: [DataRow]) {
        try read(ParquetFile(ParquetMemoryFile(bytes: bytes, file: file)), columns: columns)
    }

    static func read(_ file: ParquetFile, columns: [String]?) throws -> (columns: [String], rows: [DataRow]) {
        _ = try file.fields(columns)  // names every column that is missing
        // Schema order, each once, whatever order `columns` names them in.
        let chosen = file.schema.fields.filter { columns?.contains($0.name) ?? true }
        let names = chosen.map(\.name)
        var rows: [DataRow] = []
        rows.reserveCapacity(file.numRows)
        for g in file.rowGroups.indices {
            try Interruption.check()
            for cells in try file.readRowGroup(g, fields: chosen) { rows.append(DataRow(keys: names, values: cells)) }
        }
        return (names, rows)
    }
}
