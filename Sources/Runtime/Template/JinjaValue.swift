import Foundation

/// An ordered string-keyed map: templates print tool schemas in the order they were written.
public struct JinjaMap: Equatable {
    public private(set) var keys: [String] = []
    public private(set) var storage: [String: JinjaValue] = [:]

    public init() {}
    public init(_ pairs: [(String, JinjaValue)]) {
        for (k, v) in pairs { self[k] = v }
    }

    public subscript(key: String) -> JinjaValue? {
        get { storage[key] }
        set {
            if let newValue {
                if storage.updateValue(newValue, forKey: key) == nil { keys.append(key) }
            } else if storage.removeValue(forKey: key) != nil {
                keys.removeAll { $0 == key }
            }
        }
    }

    public var pairs: [(String, JinjaValue)] { keys.map { ($0, storage[$0]!) } }
    public var count: Int { keys.count }
}

/// A namespace() object: the one mutable thing a template has, shared by reference.
public final class JinjaNamespace {
    var attributes: JinjaMap
    init(_ attributes: JinjaMap) { self.attributes = attributes }
}

/// A value inside the template interpreter, with Python's semantics where Jinja borrows them.
public indirect enum JinjaValue: Equatable {
    /// A name or key that does not exist; it carries the name for error messages.
    case undefined(String)
    case none
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case list([JinjaValue])
    case map(JinjaMap)
    case namespace(JinjaNamespace)
    /// A global function of the template environment (namespace, range, raise_exception, ...).
    case function(String)
    /// A macro the template defined.
    case macro(JinjaMacro)

    public static func == (a: JinjaValue, b: JinjaValue) -> Bool {
        switch (a, b) {
        case (.undefined, .undefined), (.none, .none): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.list(x), .list(y)): return x == y
        case let (.map(x), .map(y)): return x.count == y.count && x.keys.allSatisfy { x[$0] == y[$0] }
        case let (.namespace(x), .namespace(y)): return x === y
        case let (.function(x), .function(y)): return x == y
        case let (.macro(x), .macro(y)): return x === y
        default:
            // Python compares numbers across int, float and bool.
            if let x = a.number, let y = b.number { return x == y }
            return false
        }
    }

    /// Builds a value from JSON (messages and tools often arrive that way).
    public init(json: TokenizerJSON) {
        switch json {
        case .null: self = .none
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .array(let a): self = .list(a.map(JinjaValue.init(json:)))
        case .object(let o): self = .map(JinjaMap(o.map { ($0.0, JinjaValue(json: $0.1)) }))
        }
    }

    var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        case .bool(let b): return b ? 1 : 0
        default: return nil
        }
    }

    public var isDefined: Bool { if case .undefined = self { return false }; return true }

    /// Python truthiness.
    public var truthy: Bool {
        switch self {
        case .undefined, .none: return false
        case .bool(let b): return b
        case .int(let i): return i != 0
        case .double(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .list(let l): return !l.isEmpty
        case .map(let m): return m.count > 0
        case .namespace, .function, .macro: return true
        }
    }

    /// What `{{ value }}` prints: Python's str().
    public var printed: String {
        switch self {
        case .undefined: return ""
        case .string(let s): return s
        default: return repr
        }
    }

    /// Python's repr(), used inside printed lists and maps.
    var repr: String {
        switch self {
        case .undefined: return ""
        case .none: return "None"
        case .bool(let b): return b ? "True" : "False"
        case .int(let i): return String(i)
        case .double(let d): return Self.pythonFloat(d)
        case .string(let s): return Self.pythonStringRepr(s)
        case .list(let l): return "[" + l.map(\.repr).joined(separator: ", ") + "]"
        case .map(let m): return "{" + m.pairs.map { Self.pythonStringRepr($0.0) + ": " + $0.1.repr }.joined(separator: ", ") + "}"
        case .namespace(let ns): return "<Namespace " + JinjaValue.map(ns.attributes).repr + ">"
        case .function(let name): return "<function \(name)>"
        case .macro(let m): return "<Macro '\(m.name)'>"
        }
    }

    var typeName: String {
        switch self {
        case .undefined(let name): return "undefined '\(name)'"
        case .none: return "none"
        case .bool: return "boolean"
        case .int: return "integer"
        case .double: return "float"
        case .string: return "string"
        case .list: return "list"
        case .map: return "mapping"
        case .namespace: return "namespace"
        case .function(let name): return "function '\(name)'"
        case .macro(let m): return "macro '\(m.name)'"
        }
    }

    static func pythonFloat(_ d: Double) -> String {
        if d.isNaN { return "nan" }
        if d.isInfinite { return d < 0 ? "-inf" : "inf" }
        return d.description
    }

    static func pythonStringRepr(_ s: String) -> String {
        let quote: Character = s.contains("'") && !s.contains("\"") ? "\"" : "'"
        var out = String(quote)
        for c in s.unicodeScalars {
            switch c {
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if Character(c) == quote { out += "\\" + String(quote) }
                else if c.value < 0x20 || c.value == 0x7F { out += String(format: "\\x%02x", c.value) }
                else { out.unicodeScalars.append(c) }
            }
        }
        out.append(quote)
        return out
    }
}

extension JinjaValue: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByBooleanLiteral,
                      ExpressibleByArrayLiteral, ExpressibleByDictionaryLiteral, ExpressibleByNilLiteral,
                      ExpressibleByFloatLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(arrayLiteral elements: JinjaValue...) { self = .list(elements) }
    public init(dictionaryLiteral elements: (String, JinjaValue)...) { self = .map(JinjaMap(elements)) }
    public init(nilLiteral: ()) { self = .none }
}
