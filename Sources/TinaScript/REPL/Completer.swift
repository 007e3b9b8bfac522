/// Tab completion: colon commands, keywords, builtins and variables, keyword-argument names
/// inside a call (`generate(p, max_t` → `max_tokens:`), members after `handle.` or `map.`, and
/// inside a string literal file paths, `ds["` columns and `help("` topics (StringCompletion).
public enum Completer {
    static let keywords = ["let", "fn", "if", "else", "while", "for", "in", "break", "continue", "return",
                           "try", "catch", "true", "false", "nil", "and", "or", "not"]

    /// The characters that end a word to complete (readline's and the kernel's); `.` is not one,
    /// so `m.gen` completes as a whole.
    static let wordBreaks = " \t\n\"\\'`@$><=;|&{([,)]+-*/%!"

    /// Completion at `cursor` (in characters) of a whole cell, as Jupyter asks for it: the
    /// character offset where the completed word starts, and the candidates that replace it.
    static func completion(of code: String, cursor: Int, interpreter: Interpreter) -> (start: Int, matches: [String]) {
        let head = String(Array(code).prefix(max(0, cursor)))
        let line = head.split(separator: "\n", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let word = String(line.reversed().prefix { !wordBreaks.contains($0) }.reversed())
        return (head.count - word.count, candidates(word, line: line, interpreter: interpreter))
    }

    /// Candidates for the word `text` that ends at the cursor of `line`.
    public static func candidates(_ text: String, line: String, interpreter: Interpreter) -> [String] {
        if line.hasPrefix(":") && !line.contains(" ") {
            return Commands.names.filter { $0.hasPrefix(text) }
        }
        if let inString = StringCompletion.candidates(text, line: line, interpreter: interpreter) { return inString }
        if let dot = text.lastIndex(of: ".") {
            let base = String(text[..<dot]), partial = text[text.index(after: dot)...]
            return members(of: base, interpreter).filter { $0.hasPrefix(partial) }.map { base + "." + $0 }
        }
        var names = Set(interpreter.globalNames.filter { !$0.hasPrefix("_") } + keywords)
        if let call = openCall(in: line), let params = parameters(of: call, interpreter) {
            names.formUnion(params.map { $0 + ":" })
        }
        return names.filter { $0.hasPrefix(text) }.sorted()
    }

    /// Fields, methods or keys of a dotted name such as `m` or `m.tokenizer`.
    private static func members(of path: String, _ interpreter: Interpreter) -> [String] {
        guard let value = resolve(path, interpreter) else { return [] }
        switch value {
        case .native(let handle): return handle.nativeType.memberNames
        case .map(let map): return map.keys.filter { $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "_" } }
        default: return []
        }
    }

    /// Follows a dotted path through globals, map keys and native fields (never calls anything).
    static func resolve(_ path: String, _ interpreter: Interpreter) -> Value? {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, var value = interpreter.global(first) else { return nil }
        for name in parts.dropFirst() {
            switch value {
            case .map(let map):
                guard let next = map[name] else { return nil }
                value = next
            case .native(let handle):
                guard let field = handle.nativeType.field(name), let next = try? field.getter(handle) else { return nil }
                value = next
            default:
                return nil
            }
        }
        return value
    }

    /// The callee (`print`, `m.generate`) of the innermost call still open at the end of `line`.
    static func openCall(in line: String) -> String? {
        var depth = 0
        var quoted = false
        let chars = Array(line)
        var i = chars.count - 1
        while i >= 0 {
            let c = chars[i]
            if c == "\"" { quoted.toggle() }
            if !quoted {
                if c == ")" { depth += 1 }
                if c == "(" {
                    if depth == 0 {
                        var j = i - 1
                        while j >= 0, chars[j].isLetter || chars[j].isNumber || chars[j] == "_" || chars[j] == "." { j -= 1 }
                        let name = String(chars[(j + 1)..<i])
                        return name.isEmpty ? nil : name
                    }
                    depth -= 1
                }
            }
            i -= 1
        }
        return nil
    }

    private static func parameters(of callee: String, _ interpreter: Interpreter) -> [String]? {
        if let dot = callee.lastIndex(of: "."), case .native(let handle)? = resolve(String(callee[..<dot]), interpreter) {
            return handle.nativeType.method(String(callee[callee.index(after: dot)...]))?.params.map(\.name)
        }
        guard case .function(let f)? = interpreter.global(callee) else { return nil }
        if let b = f.builtin { return b.params.map(\.name) }
        if case .closure(let proto, _) = f.body { return proto.params }
        return nil
    }
}
