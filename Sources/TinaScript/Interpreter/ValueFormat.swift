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
    /// Ordering looks this deep (a list that holds itself ends there).
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
    /// Deep equality; ints and floats compare by numeric value; functions and handles by
    /// identity. Iterative, so any depth compares; a pair of containers met again (a list that
    /// holds itself) counts as equal where it recurs.
    public static func == (a: Value, b: Value) -> Bool {
        var pending = [(a, b)]
        var seen = Set<[ObjectIdentifier]>()
        while let (x, y) = pending.popLast() {
            switch (x, y) {
            case let (.list(l), .list(r)):
                if l === r || !seen.insert([ObjectIdentifier(l), ObjectIdentifier(r)]).inserted { continue }
                guard l.items.count == r.items.count else { return false }
                pending.append(contentsOf: zip(l.items, r.items))
            case let (.map(l), .map(r)):
                if l === r || !seen.insert([ObjectIdentifier(l), ObjectIdentifier(r)]).inserted { continue }
                guard l.count == r.count else { return false }
                for (key, value) in l.entries {
                    guard let other = r[key] else { return false }
                    pending.append((value, other))
                }
            default:
                if !scalarEquals(x, y) { return false }
            }
        }
        return true
    }

    private static func scalarEquals(_ a: Value, _ b: Value) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.float(x), .float(y)): return x == y
        case let (.int(x), .float(y)), let (.float(y), .int(x)): return Double(x) == y
        case let (.string(x), .string(y)): return x == y
        case let (.function(x), .function(y)): return x === y
        case let (.native(x), .native(y)): return x === y
        default: return false
        }
    }
}
