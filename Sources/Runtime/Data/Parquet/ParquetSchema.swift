/// The schema as a tree, with what record assembly needs at every node: the definition and
/// repetition levels at which the node is present, the leaf columns under it, and how its values
/// read (a primitive, a struct, a LIST or a MAP).
struct ParquetSchemaNode {
    enum Repetition { case required, optional, repeated }

    enum Shape {
        /// A primitive column; the index into the leaf columns (column chunk order).
        case leaf(Int)
        case group
        /// A LIST-annotated group whose repeated child holds the elements. `elementIsChild`: the
        /// repeated child is itself the element (a primitive, a group of several fields, or one of
        /// the legacy one-field names `array` and `<list>_tuple`); otherwise its only field is.
        case list(elementIsChild: Bool)
        /// A MAP-annotated group: a repeated key_value group of a key and an optional value.
        case map
    }

    let name: String
    let repetition: Repetition
    let shape: Shape
    let children: [ParquetSchemaNode]
    /// Definition level of a value in which this node is present (non-null, or an entry of a list).
    let definitionLevel: Int
    let repetitionLevel: Int
    /// The leaf columns under this node, in column chunk order.
    let leaves: Range<Int>

    var firstLeaf: Int { leaves.lowerBound }
}

/// A schema tree, its top-level fields and its leaf columns.
struct ParquetSchema {
    let fields: [ParquetSchemaNode]
    let leaves: [ParquetColumn]

    /// Hostile files can nest groups without end; real schemas stay far below this.
    static let maxDepth = 64

    init(_ elements: [ParquetSchemaElement], file: String) throws {
        guard let root = elements.first else { throw DatasetError.parquet(file: file, message: "empty schema") }
        var builder = Builder(elements: elements, file: file)
        var fields: [ParquetSchemaNode] = []
        for _ in 0..<max(0, Int(root.numChildren ?? 0)) {
            fields.append(try builder.node(path: [], definition: 0, repetition: 0, depth: 1))
        }
        guard builder.next == elements.count else {
            throw DatasetError.parquet(file: file, message: "schema lists \(elements.count) elements, its groups hold \(builder.next)")
        }
        self.fields = fields
        leaves = builder.leaves
    }

    private struct Builder {
        let elements: [ParquetSchemaElement]
        let file: String
        var next = 1
        var leaves: [ParquetColumn] = []

        func fail(_ message: String) -> DatasetError { .parquet(file: file, message: message) }

        mutating func node(path: [String], definition: Int, repetition: Int, depth: Int) throws -> ParquetSchemaNode {
            guard depth <= ParquetSchema.maxDepth else { throw fail("schema nests deeper than \(ParquetSchema.maxDepth) levels") }
            guard next < elements.count else { throw fail("schema lists fewer elements than its groups' children") }
            let e = elements[next]
            next += 1
            let rep: ParquetSchemaNode.Repetition = e.repetition == 2 ? .repeated : e.repetition == 1 ? .optional : .required
            let def = definition + (rep == .required ? 0 : 1)
            let level = repetition + (rep == .repeated ? 1 : 0)
            let path = path + [e.name]
            let childCount = Int(e.numChildren ?? 0)
            guard childCount >= 0, childCount <= elements.count - next else {
                throw fail("schema element '\(path.joined(separator: "."))' claims \(childCount) children, the schema has \(elements.count - next) more elements")
            }
            let first = leaves.count
            if childCount == 0 && e.type != nil {
                let column = try ParquetColumn(element: e, path: path, maxDefinition: def, maxRepetition: level, file: file)
                leaves.append(column)
                return ParquetSchemaNode(name: e.name, repetition: rep, shape: .leaf(first), children: [], definitionLevel: def,
                                         repetitionLevel: level, leaves: first..<leaves.count)
            }
            var children: [ParquetSchemaNode] = []
            for _ in 0..<childCount {
                children.append(try node(path: path, definition: def, repetition: level, depth: depth + 1))
            }
            guard !children.isEmpty else { throw fail("group '\(path.joined(separator: "."))' has no fields") }
            return ParquetSchemaNode(name: e.name, repetition: rep, shape: shape(of: e, children: children), children: children,
                                     definitionLevel: def, repetitionLevel: level, leaves: first..<leaves.count)
        }

        /// LIST and MAP groups as the format's backward-compatibility rules read them; a group
        /// whose children do not fit the annotation reads as a plain struct.
        func shape(of e: ParquetSchemaElement, children: [ParquetSchemaNode]) -> ParquetSchemaNode.Shape {
            let isList = e.logical == .list || e.convertedType == 3
            let isMap = e.logical == .map || e.convertedType == 1 || e.convertedType == 2
            guard children.count == 1, let child = children.first, child.repetition == .repeated else { return .group }
            if isList {
                let oneField = child.children.count == 1
                let legacy = child.name == "array" || child.name == e.name + "_tuple"
                return .list(elementIsChild: !oneField || legacy)
            }
            if isMap, (1...2).contains(child.children.count), child.children[0].repetition == .required {
                return .map
            }
            return .group
        }
    }
}
