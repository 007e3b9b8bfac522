/// A table of rows loaded from JSON, JSONL, CSV or Parquet, locally or from the Hub. Values are
/// immutable: every operation returns a new dataset.
///
/// Parquet rows stay in their files until asked for (`ParquetRows`): opening, `count`, one row,
/// walking the rows in order, `take`, `skip` and `select` read only the row groups and columns
/// they need. Operations that need every row at once (`shuffle`, `filter`, `map`, `rows`) read
/// them all.
public struct Dataset: Sendable {
    /// Column names in order: those of the first row, then any new ones later rows bring.
    public let columns: [String]
    private let storage: Storage
    /// Where the rows came from (a path, or "org/name" with config and split), for display.
    public let source: String
    /// The registry entry when the data set is a known one; `toPrompts` takes its defaults.
    public let spec: DatasetSpec?
    /// The column types the `datasets` library stored with the files, where it did.
    public let features: DatasetFeatures?

    private enum Storage: Sendable {
        case memory([DataRow])
        /// The rows `window` of the files.
        case parquet(ParquetRows, window: Range<Int>)
    }

    public init(rows: [DataRow], columns: [String]? = nil, source: String = "", spec: DatasetSpec? = nil,
                features: DatasetFeatures? = nil) {
        storage = .memory(rows)
        self.columns = columns ?? Dataset.columnUnion(rows)
        self.source = source
        self.spec = spec
        self.features = features
    }

    /// The rows of Parquet files, read as they are asked for.
    public init(parquet: ParquetRows, source: String = "", spec: DatasetSpec? = nil) {
        self.init(parquet, window: 0..<parquet.count, source: source, spec: spec)
    }

    private init(_ parquet: ParquetRows, window: Range<Int>, source: String, spec: DatasetSpec?) {
        storage = .parquet(parquet, window: window)
        columns = parquet.columns
        self.source = source
        self.spec = spec
        features = parquet.features
    }

    static func columnUnion(_ rows: [DataRow]) -> [String] {
        var names: [String] = []
        var seen = Set<String>()
        for row in rows {
            for k in row.keys where seen.insert(k).inserted { names.append(k) }
        }
        return names
    }

    private func derived(_ rows: [DataRow], columns: [String]? = nil) -> Dataset {
        Dataset(rows: rows, columns: columns ?? self.columns, source: source, spec: spec, features: features)
    }

    /// The Parquet files behind the rows, when they are read on demand.
    public var parquet: ParquetRows? {
        if case .parquet(let p, _) = storage { return p }
        return nil
    }

    public var count: Int {
        switch storage {
        case .memory(let rows): return rows.count
        case .parquet(_, let window): return window.count
        }
    }

    /// Every row, read now.
    public var rows: [DataRow] {
        get throws {
            switch storage {
            case .memory(let rows): return rows
            case .parquet: return try mapRows { _, row in row }
            }
        }
    }

    /// Row `index`; negative indices count from the end as in Python.
    public func row(_ index: Int) throws -> DataRow {
        let i = index < 0 ? count + index : index
        guard i >= 0, i < count else { throw DatasetError.indexOutOfRange(index, count: count) }
        switch storage {
        case .memory(let rows): return rows[i]
        case .parquet(let p, let window): return try p.row(window.lowerBound + i)
        }
    }

    /// `transform` of every row in order, reading a Parquet row group at a time.
    public func mapRows<T>(_ transform: (Int, DataRow) throws -> T) throws -> [T] {
        var out: [T] = []
        out.reserveCapacity(count)
        for i in 0..<count {
            if i & 255 == 0 { try Interruption.check() }
            out.append(try transform(i, try row(i)))
        }
        return out
    }

    /// All cells of one column (null where a row lacks it).
    public func column(_ name: String) throws -> [DataCell] {
        guard columns.contains(name) else { throw DatasetError.noSuchColumn(name, available: columns) }
        return try narrowed(to: [name]).mapRows { _, row in row[name] ?? .null }
    }

    /// A dataset of `transform(row)` for every row; columns follow the new rows.
    public func map(_ transform: (DataRow) throws -> DataRow) throws -> Dataset {
        Dataset(rows: try mapRows { _, row in try transform(row) }, source: source, spec: spec)
    }

    public func filter(_ keep: (DataRow) throws -> Bool) throws -> Dataset {
        derived(try mapRows { _, row in try keep(row) ? row : nil }.compactMap { $0 })
    }

    /// Rows in a seeded random order (Fisher–Yates over `SeededRandom`), the same for the same seed.
    public func shuffle(seed: UInt64) throws -> Dataset {
        var rng = SeededRandom(seed: seed)
        let all = try rows
        return derived(rng.permutation(all.count).map { all[$0] })
    }

    /// Rows `start..<end` of this dataset (0 ≤ start ≤ end ≤ count); Parquet rows stay unread.
    private func window(_ start: Int, _ end: Int) -> Dataset {
        switch storage {
        case .memory(let rows): return derived(Array(rows[start..<end]))
        case .parquet(let p, let w): return Dataset(p, window: (w.lowerBound + start)..<(w.lowerBound + end), source: source, spec: spec)
        }
    }

    public func take(_ n: Int) throws -> Dataset {
        guard n >= 0 else { throw DatasetError.badArgument("take(\(n)): the count must not be negative") }
        return window(0, min(n, count))
    }

    public func skip(_ n: Int) throws -> Dataset {
        guard n >= 0 else { throw DatasetError.badArgument("skip(\(n)): the count must not be negative") }
        return window(min(n, count), count)
    }

    /// Keeps only the named columns, in the given order (a name given twice counts once); of
    /// Parquet, only those columns' chunks are read from then on.
    public func select(columns wanted: [String]) throws -> Dataset {
        for n in wanted where !columns.contains(n) { throw DatasetError.noSuchColumn(n, available: columns) }
        let names = wanted.reduce(into: [String]()) { seen, c in if !seen.contains(c) { seen.append(c) } }
        switch storage {
        case .memory(let rows):
            return derived(rows.map { r in DataRow(keys: names, values: names.map { r[$0] ?? .null }) }, columns: names)
        case .parquet(let p, let w):
            return Dataset(try p.selecting(names), window: w, source: source, spec: spec)
        }
    }

    /// The dataset reduced to `names` when its rows are still in Parquet files, so that a walk
    /// over them reads no other column; rows in memory are kept as they are.
    func narrowed(to names: [String]) throws -> Dataset {
        guard parquet != nil else { return self }
        return try select(columns: names.filter(columns.contains))
    }
}

/// The size of the test part in `Dataset.split(test:)`.
public enum DatasetSplitSize: Sendable, Equatable {
    /// A fraction in (0, 1) of the rows; the test part gets ceil(fraction × count), as in
    /// `datasets.train_test_split`.
    case fraction(Double)
    case count(Int)
}

extension Dataset {
    /// Splits into train and test parts, shuffling first with `seed` (nil keeps the order).
    public func split(test: DatasetSplitSize, seed: UInt64? = 42) throws -> (train: Dataset, test: Dataset) {
        let n = count
        let testCount: Int
        switch test {
        case .fraction(let f):
            guard f > 0, f < 1 else { throw DatasetError.badArgument("split(test: \(f)): a fraction must lie strictly between 0 and 1") }
            testCount = Int((f * Double(n)).rounded(.up))
        case .count(let c):
            guard c >= 0, c <= n else { throw DatasetError.badArgument("split(test: \(c)): the count must lie in 0...\(n)") }
            testCount = c
        }
        let ordered = try seed.map { try shuffle(seed: $0) } ?? self
        return (ordered.window(0, n - testCount), ordered.window(n - testCount, n))
    }
}
