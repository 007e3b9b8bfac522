import Foundation

/// The rows of one or more Parquet files, read when asked for: opening reads only the footers,
/// the row count comes from them, and a row costs the chunks of its row group for the chosen
/// columns. The last few decoded row groups are kept, so that rows asked for in order decode each
/// group once and memory stays bounded by a few row groups whatever the size of the files.
public final class ParquetRows: @unchecked Sendable {
    let files: [ParquetFile]
    /// Per file, the fields read, in the order of `columns`.
    private let fields: [[ParquetSchemaNode]]
    public let columns: [String]
    /// Every row group of every file in order, and the first row of each.
    private let groups: [(file: Int, group: Int)]
    private let starts: [Int]
    public let count: Int
    /// What the `datasets` library recorded about the columns, from the first file that has it.
    public let features: DatasetFeatures?
    private let lock = NSLock()
    /// Most recently used last.
    private var cache: [(group: Int, rows: [DataRow])] = []
    /// Two: a walk in order needs one, and one more keeps a walk that steps back over a group
    /// boundary (a shuffle window, a split at a boundary) from decoding a group twice.
    static let cachedGroups = 2

    /// Opens the files (reading their footers). `columns` names the top-level columns to read
    /// (nil: every column of each file), which come in the first file's order; each file must
    /// hold all of them.
    public convenience init(paths: [String], columns: [String]? = nil) throws {
        try self.init(files: paths.map { try ParquetFile(ParquetDiskFile(path: $0)) }, columns: columns, inGivenOrder: false)
    }

    init(files: [ParquetFile], columns wanted: [String]?, inGivenOrder: Bool) throws {
        self.files = files
        if let wanted {
            let unique = wanted.reduce(into: [String]()) { seen, c in if !seen.contains(c) { seen.append(c) } }
            for file in files { _ = try file.fields(unique) }  // names a column that any file lacks
            let first = files.first?.schema.fields.map(\.name).filter(unique.contains) ?? unique
            let names = inGivenOrder ? unique : first
            columns = names
            fields = try files.map { try $0.fields(names) }
        } else {
            fields = try files.map { try $0.fields(nil) }
            var names: [String] = []
            for field in fields.joined() where !names.contains(field.name) { names.append(field.name) }
            columns = names
        }
        var groups: [(file: Int, group: Int)] = [], starts: [Int] = []
        var total = 0
        for (f, file) in files.enumerated() {
            for (g, group) in file.rowGroups.enumerated() where group.numRows > 0 {
                groups.append((f, g))
                starts.append(total)
                let (sum, overflow) = total.addingReportingOverflow(Int(group.numRows))
                guard !overflow else { throw DatasetError.parquet(file: file.file, message: "the files hold more than 2^63 rows") }
                total = sum
            }
        }
        self.groups = groups
        self.starts = starts
        count = total
        features = files.lazy.compactMap { f in
            f.keyValues.first { $0.key == "huggingface" }.flatMap { DatasetFeatures(json: $0.value) }
        }.first
    }

    /// Bytes and reads so far from all the files, footers included.
    public var stats: ParquetReadStats {
        files.reduce(into: ParquetReadStats()) { sum, f in
            sum.bytes += f.source.stats.bytes
            sum.reads += f.source.stats.reads
        }
    }

    /// The same files with only `names` read (in that order); nothing is read now.
    public func selecting(_ names: [String]) throws -> ParquetRows {
        try ParquetRows(files: files, columns: names, inGivenOrder: true)
    }

    /// Row `index`, 0 ≤ index < count.
    public func row(_ index: Int) throws -> DataRow {
        precondition(index >= 0 && index < count, "ParquetRows.row: callers check the index")
        var low = 0, high = starts.count
        while low + 1 < high {
            let mid = (low + high) / 2
            if starts[mid] <= index { low = mid } else { high = mid }
        }
        return try rowGroup(low)[index - starts[low]]
    }

    private func rowGroup(_ i: Int) throws -> [DataRow] {
        try lock.withLock {
            if let hit = cache.firstIndex(where: { $0.group == i }) {
                let entry = cache.remove(at: hit)
                cache.append(entry)
                return entry.rows
            }
            try Interruption.check()
            let (f, g) = groups[i]
            let names = fields[f].map(\.name)
            let rows = try files[f].readRowGroup(g, fields: fields[f]).map { DataRow(keys: names, values: $0) }
            if cache.count == Self.cachedGroups { cache.removeFirst() }
            cache.append((i, rows))
            return rows
        }
    }
}
