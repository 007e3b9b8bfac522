import Runtime
/// How values print: `str` is what `print` and f-strings show (strings bare), `repr` is what the
/// REPL echoes and what containers show for their elements (strings quoted).
extension Value: CustomStringConvertible {
    public var description: String { str }

    public var str: String {
        if case .string(let s) = self { return s }
        return repr
    }

    public var repr: String {
        var out = ""
        write(into: &out, depth: 0)
        return out
    }

    /// Containers deeper than this print as `...`, which also stops self-containing lists.
    static let maxPrintDepth = 64
    /// Equality and ordering look this deep; past it, equality is by identity (cycles end there).
    static let maxCompareDepth = 1000

    private func write(into out: inout String, depth: Int) {
        switch self {
        case .null: out += "nil"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let d): out += Value.format(d)
        case .string(let s): out += Value.quote(s)
        case .list(let list):
            guard depth < Value.maxPrintDepth else { out += "[...]"; return }
            out += "["
            for (i, item) in list.items.enumerated() {
                if i > 0 { out += ", " }
                item.write(into: &out, depth: depth + 1)
            }
            out += "]"
        case .map(let map):
            guard depth < Value.maxPrintDepth else { out += "{...}"; return }
            out += "{"
            for (i, (key, value)) in map.entries.enumerated() {
                if i > 0 { out += ", " }
                out += Value.quote(key) + ": "
                value.write(into: &out, depth: depth + 1)
            }
            out += "}"
        case .function(let f): out += "<fn \(f.signature)>"
        case .native(let handle): out += handle.display
        }
    }

    /// Shortest round-tripping decimal; whole numbers keep a `.0` so floats stay recognisable.
    public static func format(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return d.description
    }

    /// A string as a TinaScript (and JSON-compatible) literal.
    public static func quote(_ s: String) -> String { JSONText.quoted(s) }
}

extension Value: Equatable {
    /// Deep equality; ints and floats compare by numeric value; functions and handles by identity.
    public static func == (a: Value, b: Value) -> Bool { a.equals(b, depth: 0) }

    private func equals(_ other: Value, depth: Int) -> Bool {
        switch (self, other) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)): return x == y
        case let (.int(x), .float(y)), let (.float(y), .int(x)): return Double(x) == y
        case let (.string(x), .string(y)): return x == y
        case let (.list(x), .list(y)):
            if x === y { return true }
            guard depth < Value.maxCompareDepth, x.items.count == y.items.count else { return false }
            return zip(x.items, y.items).allSatisfy { $0.equals($1, depth: depth + 1) }
        case let (.map(x), .map(y)):
            if x === y { return true }
            guard depth < Value.maxCompareDepth, x.count == y.count else { return false }
            return x.entries.allSatisfy { key, value in y[key].map { value.equals($0, depth: depth + 1) } ?? false }
        case let (.function(x), .function(y)): return x === y
        case let (.native(x), .native(y)): return x === y
        default: return false
        }
    }
}
