import Foundation

/// A JSON document as the tokenizer files need it: objects keep their key order (chat templates
/// render tool schemas in the order they were written), repeated keys included, and integers
/// stay integers.
public enum TokenizerJSON: Equatable {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
    case array([TokenizerJSON])
    case object([(String, TokenizerJSON)])

    public static func == (a: TokenizerJSON, b: TokenizerJSON) -> Bool {
        switch (a, b) {
        case (.null, .null): return true
        case let (.bool(x), .bool(y)): return x == y
        case let (.int(x), .int(y)): return x == y
        case let (.double(x), .double(y)): return x == y
        case let (.string(x), .string(y)): return x == y
        case let (.array(x), .array(y)): return x == y
        case let (.object(x), .object(y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
        default: return false
        }
    }

    /// Parses a whole document; `source` names the file in error messages.
    public static func parse(_ data: Data, source: String) throws -> TokenizerJSON {
        do {
            return try data.withUnsafeBytes { raw throws(JSONSyntaxError) in
                try JSONReader.parse(raw.bindMemory(to: UInt8.self))
            }
        } catch let error as JSONSyntaxError {
            throw TokenizerError.malformedJSON(file: source, line: error.line, column: error.column, message: error.message)
        }
    }

    /// A repeated key reads as its last value, as in Python's json module.
    public subscript(key: String) -> TokenizerJSON? {
        guard case .object(let pairs) = self else { return nil }
        return pairs.last { $0.0 == key }?.1
    }

    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var intValue: Int? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d == d.rounded() && abs(d) < 1e15: return Int(d)
        default: return nil
        }
    }
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var arrayValue: [TokenizerJSON]? { if case .array(let a) = self { return a }; return nil }
    public var objectValue: [(String, TokenizerJSON)]? { if case .object(let o) = self { return o }; return nil }
    public var isNull: Bool { if case .null = self { return true }; return false }
}

extension TokenizerJSON: JSONReadable {
    static func json(_ scalar: JSONScalar) -> TokenizerJSON {
        switch scalar {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(i)
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        }
    }
    static func json(array: [TokenizerJSON]) -> TokenizerJSON { .array(array) }
    static func json(object: [(String, TokenizerJSON)]) -> TokenizerJSON { .object(object) }
}
