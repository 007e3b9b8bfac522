/// Errors from reading, parsing and transforming datasets. Messages name the file, line, column
/// or argument at fault.
public enum DatasetError: Error, CustomStringConvertible, Equatable {
    case fileNotFound(String)
    case unreadable(path: String, reason: String)
    case unknownFormat(String)
    /// A syntax error in a text format; `line` is 1-based.
    case malformed(file: String, line: Int, message: String)
    case parquet(file: String, message: String)
    case unsupported(file: String, column: String, reason: String)
    case noSuchColumn(String, available: [String])
    case indexOutOfRange(Int, count: Int)
    case badArgument(String)
    case noDataFiles(dataset: String, detail: String)
    case decompression(codec: String, message: String)

    public var description: String {
        switch self {
        case .fileNotFound(let p): return "dataset file not found: \(p)"
        case .unreadable(let p, let r): return "cannot read \(p): \(r)"
        case .unknownFormat(let p):
            return "cannot tell the format of \(p): expected .json, .jsonl, .csv or .parquet"
        case .malformed(let f, let l, let m): return "\(f):\(l): \(m)"
        case .parquet(let f, let m): return "parquet file \(f): \(m)"
        case .unsupported(let f, let c, let r): return "parquet file \(f): column '\(c)' is unsupported: \(r)"
        case .noSuchColumn(let c, let a):
            return "no column '\(c)' in the dataset (columns: \(a.joined(separator: ", ")))"
        case .indexOutOfRange(let i, let n): return "row index \(i) is out of range for a dataset of \(n) rows"
        case .badArgument(let m): return m
        case .noDataFiles(let d, let m): return "no data files for \(d): \(m)"
        case .decompression(let c, let m): return "\(c) decompression failed: \(m)"
        }
    }
}
