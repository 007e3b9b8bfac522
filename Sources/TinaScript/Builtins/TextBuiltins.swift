import Foundation

/// Strings and files.
enum TextBuiltins {
    static let builtins: [Builtin] = [
        Builtin("join", [Param("list", .list), Param("sep", .string, default: .string(""))], returns: "string",
                help: "Joins the elements (as print shows them) with a separator.",
                example: "join([\"a\", \"b\", 3], \", \")  # \"a, b, 3\"") { a in
            .string(try a.list("list").items.map(\.str).joined(separator: try a.string("sep")))
        },
        Builtin("split", [Param("text", .string), Param("sep", .orNil(.string), default: .null)], returns: "list",
                help: "Splits at each separator; without one, at runs of whitespace (dropping empty pieces).",
                example: "split(\"a,b,,c\", \",\")  # [\"a\", \"b\", \"\", \"c\"]") { a in
            let text = try a.string("text")
            guard let sep = try a.optional("sep", { try $0.asString($1) }) else {
                return Value(strings: text.split(whereSeparator: { $0.isWhitespace }).map(String.init))
            }
            guard !sep.isEmpty else { throw ScriptError.fail("split: the separator must not be empty") }
            return Value(strings: text.components(separatedBy: sep))
        },
        Builtin("replace", [Param("text", .string), Param("old", .string), Param("new", .string)], returns: "string",
                help: "Replaces every occurrence of `old` with `new`.",
                example: "replace(\"a-b-c\", \"-\", \"+\")  # \"a+b+c\"") { a in
            let old = try a.string("old")
            guard !old.isEmpty else { throw ScriptError.fail("replace: `old` must not be empty") }
            return .string(try a.string("text").replacingOccurrences(of: old, with: try a.string("new")))
        },
        Builtin("strip", [Param("text", .string)], returns: "string", help: "Removes leading and trailing whitespace.",
                example: "strip(\"  42 \\n\")  # \"42\"") { a in
            .string(try a.string("text").trimmingCharacters(in: .whitespacesAndNewlines))
        },
        Builtin("lower", [Param("text", .string)], returns: "string", help: "Lower-cased text.", example: "lower(\"ABC\")  # \"abc\"") { a in
            .string(try a.string("text").lowercased())
        },
        Builtin("upper", [Param("text", .string)], returns: "string", help: "Upper-cased text.", example: "upper(\"abc\")  # \"ABC\"") { a in
            .string(try a.string("text").uppercased())
        },
        Builtin("format", [Param("template", .string)], variadic: Param("values"), returns: "string",
                help: """
                Fills `{}` (next value), `{0}` (by position) and `{:.3f}` / `{1:.2f}` (fixed decimals) in a template;
                `{{` and `}}` are literal braces.
                """,
                example: "format(\"step {} loss {:.3f}\", 10, 0.123456)  # \"step 10 loss 0.123\"") { a in
            .string(try TemplateFormat.format(try a.string("template"), a.rest))
        },
        Builtin("read_file", [Param("path", .string)], returns: "string", help: "The whole file as UTF-8 text.",
                example: "let text = read_file(\"notes.txt\")") { a in
            let path = try a.string("path")
            guard let data = FileManager.default.contents(atPath: path) else { throw ScriptError.fail("read_file: cannot read \(path)") }
            guard let text = String(data: data, encoding: .utf8) else { throw ScriptError.fail("read_file: \(path) is not UTF-8 text") }
            return .string(text)
        },
        Builtin("write_file", [Param("path", .string), Param("text", .string), Param("append", .bool, default: .bool(false))],
                help: "Writes (or appends) text to a file.", example: "write_file(\"out.jsonl\", json(row) + \"\\n\", append: true)") { a in
            let path = try a.string("path"), text = try a.string("text")
            guard let handle = fopen(path, try a.bool("append") ? "a" : "w") else {
                throw ScriptError.fail("write_file: cannot open \(path): \(String(cString: strerror(errno)))")
            }
            defer { fclose(handle) }
            if fputs(text, handle) < 0 { throw ScriptError.fail("write_file: cannot write \(path)") }
            return .null
        },
    ]
}

/// The `format` mini-language.
enum TemplateFormat {
    static func format(_ template: String, _ values: [Value]) throws -> String {
        var out = "", next = 0, i = 0
        let chars = Array(template)
        while i < chars.count {
            let c = chars[i]
            let doubled = i + 1 < chars.count && chars[i + 1] == c
            if (c == "{" || c == "}") && doubled {
                out.append(c)
                i += 2
                continue
            }
            if c == "}" { throw ScriptError.fail("format: single '}' (write }} for a brace)") }
            if c != "{" {
                out.append(c)
                i += 1
                continue
            }
            guard let close = chars[(i + 1)...].firstIndex(of: "}") else { throw ScriptError.fail("format: unclosed '{'") }
            let field = String(chars[(i + 1)..<close])
            i = close + 1
            let parts = field.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
            let index: Int
            if let name = parts.first, !name.isEmpty {
                guard let i = Int(name) else { throw ScriptError.fail("format: bad field {\(field)}") }
                index = i
            } else {
                index = next
                next += 1
            }
            guard index >= 0 && index < values.count else {
                throw ScriptError.fail("format: field {\(field)} needs \(index + 1) values, got \(values.count)")
            }
            out += try render(values[index], spec: parts.count > 1 ? String(parts[1]) : "")
        }
        return out
    }

    private static func render(_ value: Value, spec: String) throws -> String {
        if spec.isEmpty { return value.str }
        guard spec.hasPrefix("."), spec.hasSuffix("f"), let digits = Int(spec.dropFirst().dropLast()), digits >= 0, digits <= 20,
              let x = value.number else {
            throw ScriptError.fail("format: unsupported spec ':\(spec)' for \(value.typeName) (use :.Nf with a number)")
        }
        return String(format: "%.\(digits)f", x)
    }
}
