import Foundation

/// Completion inside a string literal: `help("` topics, `ds["` column names (and map keys), and
/// otherwise file paths (`load_dataset("data/mi` → `data/mini_math.jsonl`).
enum StringCompletion {
    /// The literal's text so far when the cursor (the end of `line`) is inside a `"…"` string.
    static func openString(in line: String) -> (content: String, before: String)? {
        var inside = false, escaped = false
        var start = line.startIndex
        for i in line.indices {
            let c = line[i]
            if escaped { escaped = false; continue }
            if inside && c == "\\" { escaped = true; continue }
            if c == "\"" {
                inside.toggle()
                if inside { start = line.index(after: i) }
            }
        }
        guard inside else { return nil }
        return (String(line[start...]), String(line[..<line.index(before: start)]))
    }

    /// Candidates for readline's `word` (a suffix of the literal's text), or nil outside a string.
    static func candidates(_ word: String, line: String, interpreter: Interpreter) -> [String]? {
        guard let (content, before) = openString(in: line), content.hasSuffix(word) else { return nil }
        let full: [String]
        if Completer.openCall(in: before) == "help" && before.hasSuffix("(") {
            full = topics(interpreter).filter { $0.hasPrefix(content) }
        } else if before.hasSuffix("["), let keys = keys(of: String(before.dropLast()), interpreter) {
            full = keys.filter { $0.hasPrefix(content) }
        } else {
            full = paths(content)
        }
        // Readline replaces only the word: hand back each candidate's part after the literal's start.
        let dropped = content.count - word.count
        return full.map { String($0.dropFirst(dropped)) }
    }

    /// Builtins, handle types and their members, as `help("…")` takes them.
    static func topics(_ interpreter: Interpreter) -> [String] {
        var names = interpreter.builtins.map(\.name)
        for type in NativeType.all {
            names.append(type.name)
            names += type.memberNames.map { type.name + "." + $0 }
        }
        return Array(Set(names)).sorted()
    }

    /// Column names of a dataset, or keys of a map, named by the expression before `[`.
    static func keys(of expression: String, _ interpreter: Interpreter) -> [String]? {
        var j = expression.endIndex
        while j > expression.startIndex {
            let c = expression[expression.index(before: j)]
            guard c.isLetter || c.isNumber || c == "_" || c == "." else { break }
            j = expression.index(before: j)
        }
        let name = String(expression[j...])
        guard !name.isEmpty, let value = Completer.resolve(name, interpreter) else { return nil }
        switch value {
        case .native(let handle as DatasetHandle): return handle.dataset.columns
        case .map(let map): return map.keys
        default: return nil
        }
    }

    /// Files and folders (with a trailing `/`) starting with `partial`; `~/` is the home folder.
    static func paths(_ partial: String) -> [String] {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
        let expanded = partial.hasPrefix("~/") ? home + partial.dropFirst() : partial
        let slash = expanded.lastIndex(of: "/")
        let folder = slash.map { String(expanded[...$0]) } ?? ""
        let stem = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.isEmpty ? "." : folder) else { return [] }
        // What the user typed before the name (`~/` unexpanded).
        let shownFolder = partial.lastIndex(of: "/").map { String(partial[...$0]) } ?? ""
        return names.filter { $0.hasPrefix(stem) && (stem.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted().map { name in
            var isDirectory: ObjCBool = false
            let folderName = FileManager.default.fileExists(atPath: folder + name, isDirectory: &isDirectory) && isDirectory.boolValue
            return shownFolder + name + (folderName ? "/" : "")
        }
    }
}
