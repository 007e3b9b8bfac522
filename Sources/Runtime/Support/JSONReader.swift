import Foundation

/// A value a JSONReader can build. Two document types read JSON: dataset cells (`DataCell`) and
/// tokenizer files (`TokenizerJSON`); both keep object keys in file order.
protocol JSONReadable {
    static func json(_ scalar: JSONScalar) -> Self
    static func json(array: [Self]) -> Self
    static func json(object: [(String, Self)]) -> Self
}

enum JSONScalar {
    case null
    case bool(Bool)
    case int(Int)
    case double(Double)
    case string(String)
}

/// Where and why a JSON text is malformed: 1-based line and column of the offending byte.
struct JSONSyntaxError: Error {
    let line: Int
    let column: Int
    let message: String
}

/// Recursive-descent JSON reader over UTF-8 bytes. Numbers without a fraction or exponent that fit
/// 64 bits are ints; NaN, Infinity and -Infinity are read as pandas writes them. Foundation's
/// JSONSerialization takes over a second on a 9 MB tokenizer.json; this works on the raw bytes.
struct JSONReader {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var pos = 0
    private var depth = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// Exactly one value, with surrounding whitespace, from the whole input.
    static func parse<V: JSONReadable>(_ bytes: UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> V {
        var reader = JSONReader(bytes)
        reader.skipSpace()
        let v: V = try reader.value()
        reader.skipSpace()
        if reader.pos < reader.end { throw reader.error("unexpected text after the JSON value") }
        return v
    }

    private var end: Int { bytes.count }

    private func error(_ message: String) -> JSONSyntaxError {
        var line = 1, column = 1
        for i in 0..<min(pos, end) {
            if bytes[i] == 0x0A { line += 1; column = 1 } else { column += 1 }
        }
        return JSONSyntaxError(line: line, column: column, message: message)
    }

    @inline(__always) private mutating func skipSpace() {
        while pos < end {
            let c = bytes[pos]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { pos += 1 } else { break }
        }
    }

    // value := object | array | string | number | true | false | null | NaN
    private mutating func value<V: JSONReadable>() throws(JSONSyntaxError) -> V {
        guard pos < end else { throw error("unexpected end of input") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .json(.string(try string()))
        case UInt8(ascii: "t"): try literal("true"); return .json(.bool(true))
        case UInt8(ascii: "f"): try literal("false"); return .json(.bool(false))
        case UInt8(ascii: "n"): try literal("null"); return .json(.null)
        case UInt8(ascii: "N"): try literal("NaN"); return .json(.double(.nan))
        case UInt8(ascii: "-"), UInt8(ascii: "I"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .json(try number())
        default: throw error("unexpected character '\(Character(UnicodeScalar(bytes[pos])))'")
        }
    }

    private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
        let n = word.utf8CodeUnitCount
        guard pos + n <= end, memcmp(bytes.baseAddress! + pos, word.utf8Start, n) == 0 else {
            throw error("expected '\(word)'")
        }
        pos += n
    }

    private mutating func enter() throws(JSONSyntaxError) {
        depth += 1
        if depth > 512 { throw error("nesting deeper than 512 levels") }
    }

    // object := '{' [ string ':' value { ',' string ':' value } ] '}'
    private mutating func object<V: JSONReadable>() throws(JSONSyntaxError) -> V {
        try enter()
        defer { depth -= 1 }
        pos += 1
        var pairs: [(String, V)] = []
        skipSpace()
        if pos < end && bytes[pos] == UInt8(ascii: "}") { pos += 1; return .json(object: pairs) }
        while true {
            skipSpace()
            guard pos < end, bytes[pos] == UInt8(ascii: "\"") else { throw error("expected a key string") }
            let key = try string()
            skipSpace()
            guard pos < end, bytes[pos] == UInt8(ascii: ":") else { throw error("expected ':' after key \"\(key)\"") }
            pos += 1
            skipSpace()
            pairs.append((key, try value()))
            skipSpace()
            guard pos < end else { throw error("unterminated object") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "}") { pos += 1; return .json(object: pairs) }
            throw error("expected ',' or '}' in object")
        }
    }

    // array := '[' [ value { ',' value } ] ']'
    private mutating func array<V: JSONReadable>() throws(JSONSyntaxError) -> V {
        try enter()
        defer { depth -= 1 }
        pos += 1
        var items: [V] = []
        skipSpace()
        if pos < end && bytes[pos] == UInt8(ascii: "]") { pos += 1; return .json(array: items) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard pos < end else { throw error("unterminated array") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "]") { pos += 1; return .json(array: items) }
            throw error("expected ',' or ']' in array")
        }
    }

    // string := '"' { char | '\' escape } '"'
    private mutating func string() throws(JSONSyntaxError) -> String {
        pos += 1
        let start = pos
        // Most strings have no escapes and are taken as one slice.
        while pos < end {
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
                pos += 1
                return s
            }
            if c == UInt8(ascii: "\\") { break }
            if c < 0x20 { throw error("control character in string") }
            pos += 1
        }
        var out = [UInt8](UnsafeBufferPointer(rebasing: bytes[start..<pos]))
        while pos < end {
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") { pos += 1; return String(decoding: out, as: UTF8.self) }
            if c < 0x20 { throw error("control character in string") }
            if c != UInt8(ascii: "\\") { out.append(c); pos += 1; continue }
            pos += 1
            guard pos < end else { break }
            let e = bytes[pos]
            pos += 1
            if let problem = JSONText.unescape(e, bytes, &pos, into: &out) { throw error(problem) }
        }
        throw error("unterminated string")
    }

    // number := [ '-' ] ( 'Infinity' | digits [ '.' digits ] [ ( 'e' | 'E' ) [ '+' | '-' ] digits ] )
    private mutating func number() throws(JSONSyntaxError) -> JSONScalar {
        let start = pos
        var isInteger = true
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        if pos < end && bytes[pos] == UInt8(ascii: "I") {
            try literal("Infinity")
            return .double(bytes[start] == UInt8(ascii: "-") ? -.infinity : .infinity)
        }
        func digits() -> Int {
            let s = pos
            while pos < end, bytes[pos] >= 0x30, bytes[pos] <= 0x39 { pos += 1 }
            return pos - s
        }
        if digits() == 0 { throw error("bad number") }
        if pos < end && bytes[pos] == UInt8(ascii: ".") {
            isInteger = false; pos += 1
            if digits() == 0 { throw error("bad number: no digits after '.'") }
        }
        if pos < end && (bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E")) {
            isInteger = false; pos += 1
            if pos < end && (bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-")) { pos += 1 }
            if digits() == 0 { throw error("bad number: no exponent digits") }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self)
        if isInteger, let i = Int(text) { return .int(i) }
        guard let d = Double(text) else { throw error("bad number '\(text)'") }
        return .double(d)
    }
}
