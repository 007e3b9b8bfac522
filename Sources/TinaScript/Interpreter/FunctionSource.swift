import Foundation

/// The source text of TinaScript functions, and a script that defines a set of them again in a
/// fresh interpreter: what `t.export` writes for TinaScript rewards and `tina-repl --rewards`
/// serves on the GPU machine.
enum FunctionSource {
    struct Failure: Error, CustomStringConvertible { let description: String }

    /// `fn name(…) { … }` or `fn(…) { … }` as written, from the `fn` token to its closing brace.
    static func text(of function: ScriptFunction) throws -> (text: String, declaresName: Bool) {
        guard case .closure(let proto, _) = function.body else {
            throw Failure(description: "\(function.name) is a builtin, not a TinaScript function")
        }
        let source = proto.loc.source
        let bytes = Array(source.text.utf8)
        // The byte offset of the `fn` token: lines are numbered from the source's first line.
        var offset = 0, line = source.firstLine
        while line < proto.loc.line, offset < bytes.count {
            if bytes[offset] == 10 { line += 1 }
            offset += 1
        }
        offset += proto.loc.column - 1
        guard offset < bytes.count else { throw Failure(description: "the source of \(function.name) is no longer available") }
        let rest = String(decoding: bytes[offset...], as: UTF8.self)
        var lexer = Lexer(SourceText(name: source.name, text: rest))
        let tokens = try lexer.run()
        var depth = 0
        for token in tokens {
            if token.kind == .leftBrace { depth += 1 }
            if token.kind == .rightBrace {
                depth -= 1
                if depth == 0 {
                    let end = byteOffset(in: rest, line: token.line, column: token.column) + 1
                    let text = String(decoding: Array(rest.utf8)[..<end], as: UTF8.self)
                    return (text, tokens.count > 1 && tokens[1].kind == .identifier)
                }
            }
        }
        throw Failure(description: "cannot find the end of \(function.name)'s source")
    }

    private static func byteOffset(in text: String, line: Int, column: Int) -> Int {
        var offset = 0, current = 1
        let bytes = Array(text.utf8)
        while current < line, offset < bytes.count {
            if bytes[offset] == 10 { current += 1 }
            offset += 1
        }
        return offset + column - 1
    }

    /// A script defining each function under its name, preceded by the globals they use: other
    /// functions (their source) and plain data (as JSON). A global holding a model, a dataset or
    /// another handle cannot travel and is an error naming it.
    static func script(defining functions: [(name: String, function: ScriptFunction)], interpreter: Interpreter) throws -> String {
        var emitted = Set<String>(), lines: [String] = []
        func define(_ name: String, _ function: ScriptFunction) throws {
            guard !emitted.contains(name) else { return }
            emitted.insert(name)
            let (text, declaresName) = try text(of: function)
            try dependencies(of: text, interpreter: interpreter, defining: name)
            lines.append(declaresName && function.name == name ? text : "let \(name) = \(text)")
        }
        func dependencies(of text: String, interpreter: Interpreter, defining owner: String) throws {
            var lexer = Lexer(SourceText(name: owner, text: text))
            let names = try lexer.run().filter { $0.kind == .identifier }.map(\.text)
            for name in names where !emitted.contains(name) && name != owner {
                guard interpreter.builtin(named: name) == nil, let value = interpreter.global(name) else { continue }
                switch value {
                case .function(let f):
                    guard f.builtin == nil else { continue }
                    try define(name, f)
                case .native:
                    throw Failure(description: "\(owner) uses the global '\(name)' (a \(value.typeName)), which cannot be exported; pass what it needs through the example instead")
                default:
                    emitted.insert(name)
                    let json = try JSONCodec.encode(value)
                    let quoted = String(decoding: try JSONSerialization.data(withJSONObject: json, options: [.fragmentsAllowed]), as: UTF8.self)
                    lines.append("let \(name) = parse_json(\(quoted))")
                }
            }
        }
        for (name, f) in functions { try define(name, f) }
        return "# TinaScript rewards exported from a tina-repl session; `tina-repl --rewards rewards.tina` serves them.\n\n"
            + lines.joined(separator: "\n\n") + "\n"
    }
}
