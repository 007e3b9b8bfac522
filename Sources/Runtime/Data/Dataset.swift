/// A table of rows loaded from JSON, JSONL, CSV or Parquet, locally or from the Hub. Values are
/// immutable: every operation returns a new dataset.
public struct Dataset: Sendable {
    /// Column names in order: those of the first row, then any new ones later rows bring.
    public let columns: [String]
    public let rows: [DataRow]
    /// Where the rows came from (a path, or "org/name" with config and split), for display.
    public let source: String
    /// The registry entry when the data set is a known one; `toPrompts` takes its defaults.
    public let spec: DatasetSpec?

    public init(rows: [DataRow], columns: [String]? = nil, source: String = "", spec: DatasetSpec? = nil) {
        self.rows = rows
        self.columns = columns ?? Dataset.columnUnion(rows)
        self.source = source
        self.spec = spec
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
        Dataset(rows: rows, columns: columns ?? self.columns, source: source, spec: spec)
    }

    public var count: Int { rows.count }

    /// Row `index`; negative indices count from the end as in Python.
    public func row(_ index: Int) throws -> DataRow {
        let i = index < 0 ? rows.count + index : index
        guard i >= 0, i < rows.count else { throw DatasetError.indexOutOfRange(index, count: rows.count) }
        return rows[i]
    }

    /// All cells of one column (null where a row lacks it).
    public func column(_ name: String) throws -> [DataCell] {
        guard columns.contains(name) else { throw DatasetError.noSuchColumn(name, available: columns) }
        return rows.map { $0[name] ?? .null }
    }

    /// A dataset of `transform(row)` for every row; columns follow the new rows.
    public func map(_ transform: (DataRow) throws -> DataRow) throws -> Dataset {
        var out: [DataRow] = []
        out.reserveCapacity(rows.count)
        for (i, row) in rows.enumerated() {
            if i & 255 == 0, tinaInterrupted() { throw DatasetError.interrupted }
            out.append(try transform(row))
        }
        return Dataset(rows: out, source: source, spec: spec)
    }

    public func filter(_ keep: (DataRow) throws -> Bool) throws -> Dataset {
        var out: [DataRow] = []
        for (i, row) in rows.enumerated() {
            if i & 255 == 0, tinaInterrupted() { throw DatasetError.interrupted }
            if try keep(row) { out.append(row) }
        }
        return derived(out)
    }

    /// Rows in a seeded random order (Fisher–Yates over `SeededRandom`), the same for the same seed.
    public func shuffle(seed: UInt64) -> Dataset {
        var rng = SeededRandom(seed: seed)
        return derived(rng.permutation(rows.count).map { rows[$0] })
    }

    public func take(_ n: Int) throws -> Dataset {
        guard n >= 0 else { throw DatasetError.badArgument("take(\(n)): the count must not be negative") }
        return derived(Array(rows.prefix(n)))
    }

    public func skip(_ n: Int) throws -> Dataset {
        guard n >= 0 else { throw DatasetError.badArgument("skip(\(n)): the count must not be negative") }
        return derived(Array(rows.dropFirst(n)))
    }

    /// The rows of `other` after these ones.
    public func concatenated(with other: Dataset) -> Dataset {
        Dataset(rows: rows + other.rows, source: source, spec: spec)
    }

    /// Keeps only the named columns, in the given order.
    public func select(columns names: [String]) throws -> Dataset {
        for n in names where !columns.contains(n) { throw DatasetError.noSuchColumn(n, available: columns) }
        return derived(rows.map { r in DataRow(keys: names, values: names.map { r[$0] ?? .null }) }, columns: names)
    }

    public func renameColumn(_ old: String, to new: String) throws -> Dataset {
        guard columns.contains(old) else { throw DatasetError.noSuchColumn(old, available: columns) }
        guard old == new || !columns.contains(new) else { throw DatasetError.badArgument("rename: column '\(new)' already exists") }
        let renamed = rows.map { r in DataRow(keys: r.keys.map { $0 == old ? new : $0 }, values: r.values) }
        return derived(renamed, columns: columns.map { $0 == old ? new : $0 })
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
        let n = rows.count
        let testCount: Int
        switch test {
        case .fraction(let f):
            guard f > 0, f < 1 else { throw DatasetError.badArgument("split(test: \(f)): a fraction must lie strictly between 0 and 1") }
            testCount = Int((f * Double(n)).rounded(.up))
        case .count(let c):
            guard c >= 0, c <= n else { throw DatasetError.badArgument("split(test: \(c)): the count must lie in 0...\(n)") }
            testCount = c
        }
        let ordered = seed.map { shuffle(seed: $0) } ?? self
        return (ordered.derived(Array(ordered.rows.prefix(n - testCount))),
                ordered.derived(Array(ordered.rows.suffix(testCount))))
    }
}
