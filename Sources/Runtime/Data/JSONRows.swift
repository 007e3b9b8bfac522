import Foundation

/// A JSON parser that keeps object keys in file order (rows are ordered maps) and reports errors
/// with 1-based line numbers. Numbers without a fraction or exponent that fit 64 bits are ints.
struct DataJSONParser {
    private let bytes: ArraySlice<UInt8>
    private var pos: Int
    private let file: String
    /// Line of `bytes[0]`, so that JSONL lines report their place in the whole file.
    private let firstLine: Int
    private var depth = 0

    init(_ bytes: ArraySlice<UInt8>, file: String, firstLine: Int = 1) {
        self.bytes = bytes
        self.pos = bytes.startIndex
        self.file = file
        self.firstLine = firstLine
    }

    /// Parses exactly one value (with surrounding whitespace) from the whole input.
    static func parse(_ bytes: [UInt8], file: String, firstLine: Int = 1) throws -> DataCell {
        try parse(bytes[...], file: file, firstLine: firstLine)
    }

    static func parse(_ bytes: ArraySlice<UInt8>, file: String, firstLine: Int = 1) throws -> DataCell {
        var p = DataJSONParser(bytes, file: file, firstLine: firstLine)
        p.skipSpace()
        let v = try p.value()
        p.skipSpace()
        if p.pos < p.end { throw p.error("unexpected text after the JSON value") }
        return v
    }

    private var end: Int { bytes.endIndex }

    private func error(_ message: String) -> DatasetError {
        var line = firstLine
        for i in bytes.startIndex..<min(pos, end) where bytes[i] == UInt8(ascii: "\n") { line += 1 }
        return .malformed(file: file, line: line, message: "invalid JSON: " + message)
    }

    private mutating func skipSpace() {
        while pos < end {
            let c = bytes[pos]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { pos += 1 } else { break }
        }
    }

    private mutating func value() throws -> DataCell {
        guard pos < end else { throw error("unexpected end of input") }
        depth += 1
        defer { depth -= 1 }
        if depth > 512 { throw error("nesting deeper than 512 levels") }
        switch bytes[pos] {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "N"): try literal("NaN"); return .double(.nan)  // pandas writes NaN
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("unexpected character '\(Character(UnicodeScalar(bytes[pos])))'")
        }
    }

    private mutating func literal(_ word: String) throws {
        for u in word.utf8 {
            guard pos < end, bytes[pos] == u else { throw error("expected '\(word)'") }
            pos += 1
        }
    }

    private mutating func object() throws -> DataCell {
        pos += 1
        var row = DataRow()
        skipSpace()
        if pos < end && bytes[pos] == UInt8(ascii: "}") { pos += 1; return .map(row) }
        while true {
            skipSpace()
            guard pos < end, bytes[pos] == UInt8(ascii: "\"") else { throw error("expected a key string") }
            let key = try string()
            skipSpace()
            guard pos < end, bytes[pos] == UInt8(ascii: ":") else { throw error("expected ':' after key \"\(key)\"") }
            pos += 1
            skipSpace()
            row[key] = try value()
            skipSpace()
            guard pos < end else { throw error("unterminated object") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "}") { pos += 1; return .map(row) }
            throw error("expected ',' or '}' in object")
        }
    }

    private mutating func array() throws -> DataCell {
        pos += 1
        var items: [DataCell] = []
        skipSpace()
        if pos < end && bytes[pos] == UInt8(ascii: "]") { pos += 1; return .list(items) }
        while true {
            skipSpace()
            items.append(try value())
            skipSpace()
            guard pos < end else { throw error("unterminated array") }
            if bytes[pos] == UInt8(ascii: ",") { pos += 1; continue }
            if bytes[pos] == UInt8(ascii: "]") { pos += 1; return .list(items) }
            throw error("expected ',' or ']' in array")
        }
    }

    private mutating func string() throws -> String {
        pos += 1
        var out: [UInt8] = []
        var start = pos
        while true {
            guard pos < end else { throw error("unterminated string") }
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") {
                if out.isEmpty {
                    // No escapes: decode straight from the input.
                    let s = String(decoding: bytes[start..<pos], as: UTF8.self)
                    pos += 1
                    return s
                }
                out.append(contentsOf: bytes[start..<pos])
                pos += 1
                break
            }
            if c < 0x20 { throw error("control character in string") }
            if c != UInt8(ascii: "\\") { pos += 1; continue }
            out.append(contentsOf: bytes[start..<pos])
            pos += 1
            guard pos < end else { throw error("unterminated string") }
            let e = bytes[pos]
            pos += 1
            if let problem = JSONText.unescape(e, bytes, &pos, into: &out) { throw error(problem) }
            start = pos
        }
        return String(decoding: out, as: UTF8.self)
    }

    private mutating func number() throws -> DataCell {
        let start = pos
        var isInteger = true
        if bytes[pos] == UInt8(ascii: "-") { pos += 1 }
        if pos < end && bytes[pos] == UInt8(ascii: "I") { try literal("Infinity"); return .double(-.infinity) }
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
        let text = String(decoding: bytes[start..<pos], as: UTF8.self)
        if isInteger, let i = Int64(text) { return .int(i) }
        guard let d = Double(text) else { throw error("bad number '\(text)'") }
        return .double(d)
    }
}

/// Reads `.json` (an array of objects, or an object of column arrays, or `{"data": [...]}`) and
/// `.jsonl` (one object a line) into rows.
enum JSONRowsReader {
    static func readJSON(_ bytes: [UInt8], file: String) throws -> [DataRow] {
        let root = try DataJSONParser.parse(bytes, file: file)
        return try rows(from: root, file: file)
    }

    static func rows(from root: DataCell, file: String) throws -> [DataRow] {
        switch root {
        case .list(let items):
            return try items.enumerated().map { i, item in
                guard case .map(let row) = item else {
                    throw DatasetError.malformed(file: file, line: 1, message: "array item \(i) is not an object")
                }
                return row
            }
        case .map(let object):
            if object.count == 1, let inner = object["data"], case .list = inner {
                return try rows(from: inner, file: file)
            }
            return try columnar(object, file: file)
        default:
            throw DatasetError.malformed(file: file, line: 1, message: "expected an array of objects or an object of columns")
        }
    }

    /// pandas' `to_json(orient="columns")` style: {"col": [v0, v1, ...], ...}.
    private static func columnar(_ object: DataRow, file: String) throws -> [DataRow] {
        var n: Int?
        for (k, v) in zip(object.keys, object.values) {
            guard case .list(let col) = v else {
                throw DatasetError.malformed(file: file, line: 1, message: "column '\(k)' is not an array")
            }
            if let n, n != col.count {
                throw DatasetError.malformed(file: file, line: 1, message: "column '\(k)' has \(col.count) values, expected \(n)")
            }
            n = col.count
        }
        return (0..<(n ?? 0)).map { i in
            DataRow(keys: object.keys, values: object.values.map { $0.listValue![i] })
        }
    }

    static func readJSONL(_ bytes: [UInt8], file: String) throws -> [DataRow] {
        var out: [DataRow] = []
        var lineNo = 0
        var start = 0
        while start < bytes.count {
            if lineNo & 1023 == 0, tinaInterrupted() { throw DatasetError.interrupted }
            lineNo += 1
            var stop = start
            while stop < bytes.count && bytes[stop] != UInt8(ascii: "\n") { stop += 1 }
            let line = bytes[start..<stop]
            start = stop + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let v = try DataJSONParser.parse(line, file: file, firstLine: lineNo)
            guard case .map(let row) = v else {
                throw DatasetError.malformed(file: file, line: lineNo, message: "line is not a JSON object")
            }
            out.append(row)
        }
        return out
    }
}
