/// RFC 4180 CSV: comma-separated, fields optionally in double quotes (with "" for a quote, and
/// newlines allowed inside), LF or CRLF line ends, the first record holds the column names.
///
/// Column types are inferred as pandas and `datasets` do: a column whose non-empty cells are all
/// integers becomes int, all numbers double, all true/false bool, otherwise string. An empty
/// unquoted field is null.
enum CSVRowsReader {
    private struct Field { var bytes: [UInt8]; var quoted: Bool }

    static func read(_ bytes: [UInt8], file: String) throws -> [DataRow] {
        var records: [(line: Int, fields: [Field])] = []
        var fields: [Field] = []
        var field: [UInt8] = []
        var quoted = false
        var inQuotes = false
        var line = 1
        var recordLine = 1
        var quoteLine = 1
        var atFieldStart = true
        // A UTF-8 byte-order mark (Excel writes one) is not part of the first column's name.
        var i = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        let n = bytes.count
        func endField() {
            fields.append(Field(bytes: field, quoted: quoted))
            field.removeAll(keepingCapacity: true)
            quoted = false
            atFieldStart = true
        }
        while i < n {
            if i & 0xFFFFF == 0 { try Interruption.check() }
            let c = bytes[i]
            if inQuotes {
                if c == UInt8(ascii: "\"") {
                    if i + 1 < n && bytes[i + 1] == UInt8(ascii: "\"") { field.append(c); i += 2; continue }
                    inQuotes = false
                    i += 1
                    // After a closing quote only a separator or line end may follow.
                    if i < n && bytes[i] != UInt8(ascii: ",") && bytes[i] != UInt8(ascii: "\n") && bytes[i] != UInt8(ascii: "\r") {
                        throw DatasetError.malformed(file: file, line: line, message: "invalid CSV: text after a closing quote")
                    }
                    continue
                }
                if c == UInt8(ascii: "\n") { line += 1 }
                field.append(c)
                i += 1
                continue
            }
            switch c {
            case UInt8(ascii: "\""):
                guard atFieldStart else {
                    throw DatasetError.malformed(file: file, line: line, message: "invalid CSV: quote inside an unquoted field")
                }
                inQuotes = true
                quoted = true
                quoteLine = line
                atFieldStart = false
            case UInt8(ascii: ","):
                endField()
            case UInt8(ascii: "\r") where i + 1 < n && bytes[i + 1] == UInt8(ascii: "\n"):
                break
            case UInt8(ascii: "\n"):
                endField()
                records.append((recordLine, fields))
                fields = []
                line += 1
                recordLine = line
            default:
                field.append(c)
                atFieldStart = false
            }
            i += 1
        }
        if inQuotes {
            throw DatasetError.malformed(file: file, line: quoteLine, message: "invalid CSV: unterminated quoted field")
        }
        if !fields.isEmpty || !field.isEmpty || quoted {
            endField()
            records.append((recordLine, fields))
        }
        // Blank lines carry no record.
        records.removeAll { $0.fields.count == 1 && $0.fields[0].bytes.isEmpty && !$0.fields[0].quoted }
        guard let header = records.first else { return [] }
        let names = header.fields.map { String(decoding: $0.bytes, as: UTF8.self) }
        var seen = Set<String>()
        for name in names where !seen.insert(name).inserted {
            throw DatasetError.malformed(file: file, line: header.line, message: "invalid CSV: column '\(name)' appears twice in the header")
        }
        var columns = Array(repeating: [Field](), count: names.count)
        for record in records.dropFirst() {
            guard record.fields.count == names.count else {
                throw DatasetError.malformed(file: file, line: record.line,
                    message: "invalid CSV: \(record.fields.count) fields, the header has \(names.count)")
            }
            for (j, f) in record.fields.enumerated() { columns[j].append(f) }
        }
        let typed = columns.map(typedColumn)
        return (0..<(records.count - 1)).map { r in DataRow(keys: names, values: typed.map { $0[r] }) }
    }

    private static func typedColumn(_ fields: [Field]) -> [DataCell] {
        let texts = fields.map { ($0.bytes.isEmpty && !$0.quoted) ? nil : String(decoding: $0.bytes, as: UTF8.self) }
        let present = texts.compactMap { $0 }
        if !present.isEmpty {
            if present.allSatisfy({ Int64($0) != nil }) { return texts.map { $0.map { .int(Int64($0)!) } ?? .null } }
            if present.allSatisfy({ Double($0) != nil }) { return texts.map { $0.map { .double(Double($0)!) } ?? .null } }
            let bools = ["true": true, "false": false, "True": true, "False": false]
            if present.allSatisfy({ bools[$0] != nil }) { return texts.map { $0.map { .bool(bools[$0]!) } ?? .null } }
        }
        return texts.map { $0.map { .string($0) } ?? .null }
    }
}
