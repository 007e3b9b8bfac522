import Foundation
import Runtime
/// JSON text ⇄ values, keeping object key order and the int/float distinction
/// (Foundation's serializer keeps neither).
public enum JSONCodec {
    static let maxDepth = 512

    /// Native handles are written through their `plainValue` (a tensor as nested lists).
    public static func encode(_ value: Value, indent: Int = 0) throws -> String {
        var out = ""
        try write(value, into: &out, indent: indent, level: 0)
        return out
    }

    private static func write(_ value: Value, into out: inout String, indent: Int, level: Int) throws {
        guard level < maxDepth else { throw ScriptError.fail("json: nesting deeper than \(maxDepth) (a list containing itself?)") }
        func newline(_ level: Int) {
            if indent > 0 { out += "\n" + String(repeating: " ", count: indent * level) }
        }
        switch value {
        case .null: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .float(let d):
            // NaN and infinities have no JSON literal; null is what pandas and `datasets` write for
            // them, and data sets such as GPQA hold NaN cells that must still serialise.
            out += d.isFinite ? d.description : "null"
        case .string(let s): out += quote(s)
        case .list(let list):
            out += "["
            for (i, item) in list.items.enumerated() {
                out += i > 0 ? "," : ""
                newline(level + 1)
                try write(item, into: &out, indent: indent, level: level + 1)
            }
            if !list.items.isEmpty { newline(level) }
            out += "]"
        case .map(let map):
            out += "{"
            for (i, (key, item)) in map.entries.enumerated() {
                out += i > 0 ? "," : ""
                newline(level + 1)
                out += quote(key) + (indent > 0 ? ": " : ":")
                try write(item, into: &out, indent: indent, level: level + 1)
            }
            if map.count > 0 { newline(level) }
            out += "}"
        case .function(let f):
            throw ScriptError.fail("json: a function (\(f.name)) has no JSON form")
        case .native(let handle):
            guard let plain = try handle.plainValue() else {
                throw ScriptError.fail("json: a \(handle.nativeType.name) has no JSON form")
            }
            try write(plain, into: &out, indent: indent, level: level + 1)
        }
    }

    static func quote(_ s: String) -> String { JSONText.quoted(s) }

    /// A Codable value (a config) as a TinaScript map, keys sorted: Swift's encoder would give
    /// another order each run, and saved notebooks and metrics must not change with it.
    static func value<T: Encodable>(encoding v: T) throws -> Value {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try decode(String(decoding: try encoder.encode(v), as: UTF8.self))
    }

    public static func decode(_ text: String) throws -> Value {
        var parser = JSONReader(bytes: Array(text.utf8))
        let value = try parser.value(depth: 0)
        parser.skipSpace()
        guard parser.pos == parser.bytes.count else { throw parser.error("trailing characters") }
        return value
    }
}

private struct JSONReader {
    let bytes: [UInt8]
    var pos = 0

    func error(_ message: String) -> ScriptError {
        .fail("parse_json: \(message) at byte \(pos)")
    }

    mutating func skipSpace() {
        while pos < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[pos]) { pos += 1 }
    }

    mutating func value(depth: Int) throws -> Value {
        guard depth < JSONCodec.maxDepth else { throw error("nesting too deep") }
        skipSpace()
        guard pos < bytes.count else { throw error("unexpected end") }
        switch bytes[pos] {
        case UInt8(ascii: "{"):
            pos += 1
            let map = ScriptMap()
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "}") { pos += 1; return .map(map) }
            while true {
                skipSpace()
                guard pos < bytes.count, bytes[pos] == UInt8(ascii: "\"") else { throw error("expected a string key") }
                let key = try string()
                skipSpace()
                guard pos < bytes.count, bytes[pos] == UInt8(ascii: ":") else { throw error("expected ':'") }
                pos += 1
                map[key] = try value(depth: depth + 1)
                skipSpace()
                guard pos < bytes.count else { throw error("unclosed object") }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if bytes[pos] == UInt8(ascii: "}") { pos += 1; return .map(map) }
                throw error("expected ',' or '}'")
            }
        case UInt8(ascii: "["):
            pos += 1
            var items: [Value] = []
            skipSpace()
            if pos < bytes.count, bytes[pos] == UInt8(ascii: "]") { pos += 1; return Value(items) }
            while true {
                items.append(try value(depth: depth + 1))
                skipSpace()
                guard pos < bytes.count else { throw error("unclosed array") }
                if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
                if bytes[pos] == UInt8(ascii: "]") { pos += 1; return Value(items) }
                throw error("expected ',' or ']'")
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        default:
            return try number()
        }
    }

    mutating func literal(_ word: String, _ value: Value) throws -> Value {
        let w = Array(word.utf8)
        guard pos + w.count <= bytes.count, Array(bytes[pos..<pos + w.count]) == w else { throw error("unexpected character") }
        pos += w.count
        return value
    }

    mutating func number() throws -> Value {
        let start = pos
        var isFloat = false
        while pos < bytes.count {
            let c = bytes[pos]
            if c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") { isFloat = true }
            guard (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "-") || c == UInt8(ascii: "+")
                || c == UInt8(ascii: ".") || c == UInt8(ascii: "e") || c == UInt8(ascii: "E") else { break }
            pos += 1
        }
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        if !isFloat, let i = Int(text) { return .int(i) }
        guard !text.isEmpty, let d = Double(text) else { pos = start; throw error("unexpected character") }
        return .float(d)
    }

    mutating func string() throws -> String {
        pos += 1
        var out: [UInt8] = []
        while pos < bytes.count {
            let c = bytes[pos]
            pos += 1
            if c == UInt8(ascii: "\"") { return String(decoding: out, as: UTF8.self) }
            guard c == UInt8(ascii: "\\") else { out.append(c); continue }
            guard pos < bytes.count else { break }
            let e = bytes[pos]
            pos += 1
            if let problem = JSONText.unescape(e, bytes, &pos, into: &out) { throw error(problem) }
        }
        throw error("unterminated string")
    }
}
