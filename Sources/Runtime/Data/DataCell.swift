import Foundation

/// One value in a dataset row. JSON, CSV and Parquet cells all map onto these cases.
public indirect enum DataCell: Equatable, Sendable {
    case null
    case bool(Bool)
    case int(Int64)
    case double(Double)
    case string(String)
    /// Binary that is not UTF-8 text (Parquet BYTE_ARRAY without a string annotation); shown as
    /// base64, the form `datasets` and pyarrow's JSON use.
    case bytes([UInt8])
    case list([DataCell])
    case map(DataRow)

    public var isNull: Bool { self == .null }

    public var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    public var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }
    public var listValue: [DataCell]? { if case .list(let l) = self { return l }; return nil }
    public var mapValue: DataRow? { if case .map(let m) = self { return m }; return nil }

    /// Integers, and doubles that hold a whole number.
    public var intValue: Int64? {
        switch self {
        case .int(let i): return i
        case .double(let d) where d.rounded() == d && abs(d) < 9.2e18: return Int64(d)
        default: return nil
        }
    }

    public var doubleValue: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .double(let d): return d
        default: return nil
        }
    }

    /// The cell as prompt text: strings as they are, numbers and booleans printed, lists and maps
    /// in JSON form, null as the empty string.
    public var text: String {
        switch self {
        case .null: return ""
        case .string(let s): return s
        case .bytes(let b): return Data(b).base64EncodedString()
        default: return jsonText
        }
    }

    /// The cell as JSON text (keys in row order).
    public var jsonText: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d):
            if d.isNaN || d.isInfinite { return "null" }
            if d.rounded() == d && abs(d) < 1e15 { return String(format: "%.1f", d) }
            return "\(d)"
        case .string(let s): return DataCell.quoted(s)
        case .bytes(let b): return DataCell.quoted(Data(b).base64EncodedString())
        case .list(let l): return "[" + l.map(\.jsonText).joined(separator: ", ") + "]"
        case .map(let m):
            let body = zip(m.keys, m.values).map { DataCell.quoted($0) + ": " + $1.jsonText }
            return "{" + body.joined(separator: ", ") + "}"
        }
    }

    static func quoted(_ s: String) -> String { JSONText.quoted(s) }
}

extension DataCell: CustomStringConvertible {
    public var description: String { jsonText }
}

extension DataCell: ExpressibleByStringLiteral, ExpressibleByIntegerLiteral, ExpressibleByFloatLiteral,
    ExpressibleByBooleanLiteral, ExpressibleByNilLiteral, ExpressibleByArrayLiteral {
    public init(stringLiteral value: String) { self = .string(value) }
    public init(integerLiteral value: Int64) { self = .int(value) }
    public init(floatLiteral value: Double) { self = .double(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(nilLiteral: ()) { self = .null }
    public init(arrayLiteral elements: DataCell...) { self = .list(elements) }
}

/// A row: column names in order, each with its cell. Lookups are linear, which beats hashing for
/// the handful of columns a dataset has.
public struct DataRow: Equatable, Sendable {
    public private(set) var keys: [String]
    public private(set) var values: [DataCell]

    public init() { keys = []; values = [] }

    public init(_ pairs: [(String, DataCell)]) {
        keys = []; values = []
        for (k, v) in pairs { self[k] = v }
    }

    public init(keys: [String], values: [DataCell]) {
        precondition(keys.count == values.count, "DataRow keys and values differ in length")
        self.keys = keys
        self.values = values
    }

    public var count: Int { keys.count }

    /// Setting a new key appends it; setting nil removes it.
    public subscript(key: String) -> DataCell? {
        get {
            guard let i = keys.firstIndex(of: key) else { return nil }
            return values[i]
        }
        set {
            if let i = keys.firstIndex(of: key) {
                if let newValue { values[i] = newValue } else { keys.remove(at: i); values.remove(at: i) }
            } else if let newValue {
                keys.append(key); values.append(newValue)
            }
        }
    }
}

extension DataRow: ExpressibleByDictionaryLiteral {
    public init(dictionaryLiteral elements: (String, DataCell)...) { self.init(elements) }
}

extension DataRow: CustomStringConvertible {
    public var description: String { DataCell.map(self).jsonText }
}
