import Foundation

extension DataCell: JSONReadable {
    static func json(_ scalar: JSONScalar) -> DataCell {
        switch scalar {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .double(let d): return .double(d)
        case .string(let s): return .string(s)
        }
    }
    static func json(array: [DataCell]) -> DataCell { .list(array) }
    /// A repeated key keeps its first place and its last value.
    static func json(object: [(String, DataCell)]) -> DataCell { .map(DataRow(object)) }

    /// One JSON value from `bytes`; errors name `file` and the line, counting the first line of
    /// `bytes` as `firstLine` (so that a JSONL line reports its place in the whole file).
    static func parseJSON<C: Collection<UInt8>>(_ bytes: C, file: String, firstLine: Int = 1) throws -> DataCell {
        do {
            return try Array(bytes).withUnsafeBufferPointer { buffer throws(JSONSyntaxError) in
                try JSONReader.parse(buffer)
            }
        } catch {
            throw DatasetError.malformed(file: file, line: firstLine + error.line - 1, message: "invalid JSON: " + error.message)
        }
    }
}

/// Reads `.json` (an array of objects, or an object of column arrays, or `{"data": [...]}`) and
/// `.jsonl` (one object a line) into rows.
enum JSONRowsReader {
    static func readJSON(_ bytes: [UInt8], file: String) throws -> [DataRow] {
        let root = try DataCell.parseJSON(bytes, file: file)
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
            if lineNo & 1023 == 0 { try Interruption.check() }
            lineNo += 1
            var stop = start
            while stop < bytes.count && bytes[stop] != UInt8(ascii: "\n") { stop += 1 }
            let line = bytes[start..<stop]
            start = stop + 1
            if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { continue }
            let v = try DataCell.parseJSON(line, file: file, firstLine: lineNo)
            guard case .map(let row) = v else {
                throw DatasetError.malformed(file: file, line: lineNo, message: "line is not a JSON object")
            }
            out.append(row)
        }
        return out
    }
}
