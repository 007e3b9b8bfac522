/// Dremel record assembly: rebuilds the nested values of each row from the leaf columns'
/// definition and repetition levels.
///
/// Every leaf has a cursor over its entries. Reading a node consumes one entry of each leaf
/// below it for each value it reads: a node is present when its first leaf's definition level
/// reaches the node's, and a list goes on while that leaf's next repetition level equals the
/// list's. A null or empty node consumes exactly one entry of every leaf below it.
struct ParquetRecordAssembler {
    let file: String
    let rowGroup: Int
    let columns: [ParquetColumn]
    /// Indexed by leaf; nil for the leaves of fields that are not read.
    let leaves: [ParquetLeafData?]
    private var entry: [Int]
    private var value: [Int]

    init(file: String, rowGroup: Int, columns: [ParquetColumn], leaves: [ParquetLeafData?]) {
        self.file = file
        self.rowGroup = rowGroup
        self.columns = columns
        self.leaves = leaves
        entry = Array(repeating: 0, count: leaves.count)
        value = Array(repeating: 0, count: leaves.count)
    }

    private func fail(_ leaf: Int, _ message: String) -> DatasetError {
        let page = leaves[leaf].map { ", page \($0.page(of: entry[leaf]))" } ?? ""
        return .parquet(file: file, message: "column '\(columns[leaf].name)' (row group \(rowGroup)\(page)): \(message)")
    }

    private func data(_ leaf: Int) throws -> ParquetLeafData {
        guard let d = leaves[leaf] else { throw fail(leaf, "column chunk was not read") }
        guard entry[leaf] < d.count else { throw fail(leaf, "levels end before the row group's rows do (a page count lies?)") }
        return d
    }

    private func definition(_ leaf: Int) throws -> Int {
        let d = try data(leaf)
        return d.definitions.isEmpty ? 0 : Int(d.definitions[entry[leaf]])
    }

    private func repetition(_ leaf: Int) throws -> Int {
        let d = try data(leaf)
        return d.repetitions.isEmpty ? 0 : Int(d.repetitions[entry[leaf]])
    }

    /// The values of `fields` for `count` rows, one array of cells per row.
    mutating func rows(_ fields: [ParquetSchemaNode], count: Int) throws -> [[DataCell]] {
        var out: [[DataCell]] = []
        out.reserveCapacity(count)
        for _ in 0..<count {
            var row: [DataCell] = []
            row.reserveCapacity(fields.count)
            for field in fields {
                for leaf in field.leaves {
                    let r = try repetition(leaf)
                    guard r == 0 else { throw fail(leaf, "repetition level \(r) at entry \(entry[leaf]) starts no record") }
                }
                row.append(try read(field))
            }
            out.append(row)
        }
        for field in fields {
            for leaf in field.leaves {
                guard let d = leaves[leaf] else { continue }
                guard entry[leaf] == d.count, value[leaf] == d.values.count else {
                    throw fail(leaf, "holds \(d.count) entries and \(d.values.count) values, \(count) rows use \(entry[leaf]) and \(value[leaf])")
                }
            }
        }
        return out
    }

    /// A node in a place where one value of it stands (a field, a list element).
    private mutating func read(_ node: ParquetSchemaNode) throws -> DataCell {
        switch node.repetition {
        case .repeated: return try list(node, element: .itself)
        case .optional:
            if try definition(node.firstLeaf) < node.definitionLevel { try skip(node); return .null }
            return try present(node)
        case .required: return try present(node)
        }
    }

    /// A node known to be present.
    private mutating func present(_ node: ParquetSchemaNode) throws -> DataCell {
        switch node.shape {
        case .leaf(let leaf):
            let d = try definition(leaf)
            guard d == columns[leaf].maxDefinition else {
                throw fail(leaf, "definition level \(d) where a value must stand (\(columns[leaf].maxDefinition))")
            }
            guard let values = leaves[leaf]?.values, value[leaf] < values.count else { throw fail(leaf, "more defined levels than values") }
            let cell = values[value[leaf]]
            value[leaf] += 1
            entry[leaf] += 1
            return cell
        case .group:
            var cells: [DataCell] = []
            cells.reserveCapacity(node.children.count)
            for child in node.children { cells.append(try read(child)) }
            return .map(DataRow(keys: node.children.map(\.name), values: cells))
        case .list(let elementIsChild):
            return try list(node.children[0], element: elementIsChild ? .itself : .onlyField)
        case .map:
            let keyValue = node.children[0]
            guard case .list(let pairs) = try list(keyValue, element: .keyValue) else { return .null }
            if case .leaf(let key) = keyValue.children[0].shape, case .string = columns[key].conversion {
                return .map(DataRow(keys: pairs.map { $0.listValue?.first?.stringValue ?? "" }, values: pairs.map { $0.listValue?.last ?? .null }))
            }
            return .list(pairs)
        }
    }

    /// What one entry of a repeated node reads as.
    private enum Element {
        /// The repeated node itself (a bare repeated field, or a list whose repeated group is the element).
        case itself
        /// The only field of the repeated group (the standard three-level list).
        case onlyField
        /// A map entry: `[key, value]`.
        case keyValue
    }

    /// The entries of the repeated `node` as a list; empty where its parent is present but it is not.
    private mutating func list(_ node: ParquetSchemaNode, element: Element) throws -> DataCell {
        let first = node.firstLeaf
        if try definition(first) < node.definitionLevel { try skip(node); return .list([]) }
        var items: [DataCell] = []
        while true {
            switch element {
            case .itself: items.append(try present(node))
            case .onlyField: items.append(try read(node.children[0]))
            case .keyValue:
                let key = try read(node.children[0])
                items.append([key, node.children.count > 1 ? try read(node.children[1]) : .null])
            }
            guard entry[first] < (leaves[first]?.count ?? 0) else { break }
            let r = try repetition(first)
            if r < node.repetitionLevel { break }
            guard r == node.repetitionLevel else { throw fail(first, "repetition level \(r) continues no list") }
        }
        return .list(items)
    }

    /// A null or empty node: one entry of every leaf below it, none of which may hold a value.
    private mutating func skip(_ node: ParquetSchemaNode) throws {
        for leaf in node.leaves {
            let d = try definition(leaf)
            guard d < node.definitionLevel else {
                throw fail(leaf, "definition level \(d) disagrees with the columns beside it (\(node.name) is null or empty there)")
            }
            entry[leaf] += 1
        }
    }
}
