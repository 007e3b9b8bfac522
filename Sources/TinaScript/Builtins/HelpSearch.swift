/// Help for dotted names (`m.generate`, `model.generate`), `:apropos`, and wrapping to the terminal.
extension Help {
    /// Help for `handle.member` where `handle` is a variable or a handle type's name; nil when
    /// the path names nothing.
    static func member(_ path: String, in interpreter: Interpreter) -> String? {
        let parts = path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[1].isEmpty else { return nil }
        let type: NativeType
        if case .native(let handle)? = interpreter.global(parts[0]) {
            type = handle.nativeType
        } else if let named = NativeType.all.first(where: { $0.name == parts[0] }) {
            type = named
        } else {
            return nil
        }
        if let method = type.method(parts[1]) { return "\(type.name).\(method.helpText)" }
        if let field = type.field(parts[1]) { return "\(type.name).\(field.name)\(field.isSettable ? " (settable)" : "") — \(field.help)" }
        return "a \(type.name) has no member '\(parts[1])'; help(\"\(type.name)\") lists them"
    }

    /// Every builtin, method and field whose name or help mentions `word` (any case), one a line.
    public static func apropos(_ word: String, in interpreter: Interpreter) -> String {
        let needle = word.lowercased()
        func firstLine(_ text: String) -> String { String(text.prefix { $0 != "\n" }) }
        var hits: [String] = []
        for b in interpreter.builtins where (b.name + " " + b.help).lowercased().contains(needle) {
            hits.append("\(b.name) — \(firstLine(b.help))")
        }
        for type in NativeType.all {
            for m in type.methods where (m.name + " " + m.help).lowercased().contains(needle) {
                hits.append("\(type.name).\(m.name) — \(firstLine(m.help))")
            }
            for f in type.fields where (f.name + " " + f.help).lowercased().contains(needle) {
                hits.append("\(type.name).\(f.name) — \(firstLine(f.help))")
            }
        }
        for command in Commands.topics where (command.usage + " " + command.help).lowercased().contains(needle) {
            hits.append("\(command.usage) — \(command.help)")
        }
        return hits.isEmpty ? "nothing mentions '\(word)'" : hits.joined(separator: "\n")
    }

    /// Text with every line longer than `width` broken at spaces. A continuation keeps the
    /// line's indentation, or, in a table row (a gap of two spaces), starts under its last column.
    public static func wrap(_ text: String, width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var rest = Array(line)
            let indent = Array(repeating: Character(" "), count: hangingIndent(rest, width: width))
            var lines: [String] = []
            while rest.count > width {
                // The last space that keeps the piece within the width, else the first one past it.
                let lead = rest.prefix { $0 == " " }.count
                guard lead < width, let cut = rest[lead...width].lastIndex(of: " ") ?? rest[lead...].firstIndex(of: " ") else { break }
                var piece = rest[..<cut]
                while piece.last == " " { piece.removeLast() }
                lines.append(String(piece))
                let tail = rest[cut...].drop { $0 == " " }
                rest = tail.isEmpty ? [] : indent + tail
            }
            if !rest.isEmpty || lines.isEmpty { lines.append(String(rest)) }
            return lines.joined(separator: "\n")
        }.joined(separator: "\n")
    }

    private static func hangingIndent(_ line: [Character], width: Int) -> Int {
        let lead = line.prefix { $0 == " " }.count
        var column: Int?
        var i = lead
        while i + 2 < line.count {
            if line[i] == " " && line[i + 1] == " " {
                var j = i
                while j < line.count && line[j] == " " { j += 1 }
                column = j
                i = j
            } else {
                i += 1
            }
        }
        if let column, column <= width * 2 / 3 { return column }
        return min(lead, width / 2)
    }
}
