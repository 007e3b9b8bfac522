import Runtime

/// What `:who` reports as the memory of models and datasets (estimates: weights at their dtype
/// plus the float32 adapter; row cells at their content size).
extension ModelHandle {
    var memoryBytes: Int? {
        let adapter = model.adapterParameters.reduce(0) { $0 + $1.tensor.count } * 4
        return model.parameterCount * model.embedTokens.dtype.byteSize + adapter
    }
}

extension DatasetHandle {
    var memoryBytes: Int? {
        func size(_ cell: DataCell) -> Int {
            switch cell {
            case .string(let s): return 16 + s.utf8.count
            case .bytes(let b): return 16 + b.count
            case .list(let items): return 16 + items.reduce(0) { $0 + size($1) }
            case .map(let row): return 16 + row.values.reduce(0) { $0 + size($1) }
            default: return 9
            }
        }
        // A Parquet data set read on demand holds only a row group or two: its rows are on disk.
        guard dataset.parquet == nil, let rows = try? dataset.rows else { return nil }
        return rows.reduce(0) { total, row in total + row.values.reduce(0) { $0 + size($1) } }
    }
}
