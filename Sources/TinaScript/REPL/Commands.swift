import Foundation

/// The REPL's colon commands (`:help`, `:who`, `:time`, …).
public enum Commands {
    public enum Outcome { case proceed, quit }

    public static var names: [String] {
        var seen = Set<String>()
        return (topics.map { String($0.usage.split(separator: " ")[0]) } + [":quit"]).filter { seen.insert($0).inserted }
    }

    /// Each command's usage and what it does, for `:help` and `:apropos`.
    static let topics: [(usage: String, help: String)] = [
        (":help [name]", "this text, or help for a builtin or method (same as help(name)); ?name and name? too"),
        (":apropos word", "every builtin, method and field whose name or help mentions word"),
        (":who", "your variables with their types, sizes and (models, datasets) memory"),
        (":time code", "runs code and shows how long it took"),
        (":timeit code", "runs code repeatedly (at least 3 times, about a second) and shows the best and median"),
        (":history", "the cells so far"),
        (":rerun n[-m]", "runs cell n (or cells n to m) again as new cells"),
        (":save file.md [n-m]", "a notebook: every cell's (or cells n to m's) input and output, failed cells marked"),
        (":save file.tina [n-m]", "the inputs only, as a script with # %% cell markers"),
        (":save file.ipynb [n-m]", "a Jupyter notebook with every cell's outputs (charts as images, tables as HTML)"),
        (":run [--stop] file", "replays a .tina script, .md or .ipynb notebook (a journal too) cell by cell: inputs echoed, "
            + "saved cell numbers kept, cells marked failed skipped; --stop ends at the first error"),
        (":reset", "forgets all variables"),
        (":journal", "the file this session's cells are appended to as they finish (:run it to replay)"),
        (":pwd", "the current folder (relative paths in builtins start there)"),
        (":cd [dir]", "changes the current folder (no dir: the home folder)"),
        (":env [NAME=value]", "the variables tina-repl reads (HF_*, TINA_*; tokens masked), or sets one"),
        ("!command", "runs a shell command (/bin/sh), e.g. !ls out/ or !nvidia-smi"),
        (":quit", "leaves (so does Ctrl-D at an empty prompt; Ctrl-D in a half-typed cell discards the cell)"),
    ]

    public static var helpText: String {
        let width = topics.map(\.usage.count).max() ?? 0
        return "REPL commands:\n"
            + topics.map { "  " + $0.usage + String(repeating: " ", count: width - $0.usage.count) + "  " + $0.help }.joined(separator: "\n")
            + "\nOut[n] and _n are cell n's value, _ the last one. Ctrl-C clears the input, or interrupts running code.\n"
            + "Tab completes names, keywords and `handle.` members."
    }

    /// A line the REPL treats itself instead of running it as code: a colon command, `!cmd`,
    /// or `?name` / `name?`; nil for code.
    public static func interactive(_ line: String, in session: Session) -> Outcome? {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        if trimmed.hasPrefix(":") { return run(trimmed, in: session) }
        if trimmed.hasPrefix("!") {
            ShellCommands.shell(String(trimmed.dropFirst()), session: session)
            return .proceed
        }
        if let topic = helpQuery(trimmed) {
            session.display(Help.wrap(Help.text(for: .string(topic), in: session.interpreter), width: session.interpreter.displayLimits.width) + "\n")
            return .proceed
        }
        return nil
    }

    /// `?grpo`, `grpo?`, `?m.generate`: the name asked about, as IPython reads them.
    static func helpQuery(_ text: String) -> String? {
        let name: Substring
        if text.hasPrefix("?") { name = text.dropFirst() } else if text.hasSuffix("?") { name = text.dropLast() } else { return nil }
        guard let first = name.first, first.isLetter || first == "_",
              name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "." }) else { return nil }
        return String(name)
    }

    public static func run(_ line: String, in session: Session) -> Outcome {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let name = String(trimmed.prefix { !$0.isWhitespace })
        let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        let say: (String) -> Void = { session.display($0 + "\n") }
        switch name {
        case ":help", ":h":
            say(Help.wrap(argument.isEmpty ? helpText + "\n\n" + Help.overview(session.interpreter)
                : Help.text(for: .string(argument), in: session.interpreter), width: session.interpreter.displayLimits.width))
        case ":apropos":
            say(argument.isEmpty ? "usage: :apropos word" : Help.apropos(argument, in: session.interpreter))
        case ":who":
            say(who(session.interpreter))
        case ":time":
            guard !argument.isEmpty else { say("usage: :time code (runs it and shows how long it took)"); break }
            let start = DispatchTime.now().uptimeNanoseconds
            session.run(argument)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            say(String(format: "time: %.3f s", seconds))
        case ":timeit":
            guard !argument.isEmpty else { say("usage: :timeit code (runs it repeatedly, shows the best and median)"); break }
            say(Timing.timeit(argument, in: session))
        case ":journal":
            say(Journal.active?.path ?? "no session journal (only the interactive REPL keeps one)")
        case ":pwd":
            say(FileManager.default.currentDirectoryPath)
        case ":cd":
            say(ShellCommands.changeDirectory(argument))
        case ":env":
            say(ShellCommands.environment(argument))
        case ":history":
            say(session.cells.map { "[\($0.number)] \($0.input.replacingOccurrences(of: "\n", with: "\n    "))" }.joined(separator: "\n"))
        case ":rerun":
            guard let range = cellRange(argument) else { say("usage: :rerun n or :rerun n-m"); break }
            let inputs = session.cells.filter { range.contains($0.number) }.map(\.input)
            if inputs.isEmpty { say("no cells numbered \(argument)") }
            for input in inputs where !session.run(input) { break }
        case ":save":
            let parts = argument.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard (1...2).contains(parts.count) else { say("usage: :save file.md|file.ipynb|file.tina [n-m]"); break }
            var cells = session.cells
            if parts.count == 2 {
                guard let range = cellRange(parts[1]) else { say("usage: :save file.md [n-m] (a range such as 3-7)"); break }
                cells = cells.filter { range.contains($0.number) }
                guard !cells.isEmpty else { say("no cells numbered \(parts[1])"); break }
            }
            do {
                try Notebook.save(cells, to: parts[0])
                let failed = cells.filter(\.failed).count
                say("saved \(cells.count) cells to \(parts[0])" + (failed > 0 ? " (\(failed) marked failed: :run skips them)" : ""))
            } catch {
                session.displayError("\(error)\n")
            }
        case ":run":
            let stop = argument.hasPrefix("--stop ")
            let path = stop ? argument.dropFirst("--stop ".count).trimmingCharacters(in: .whitespaces) : argument
            guard !path.isEmpty, !path.hasPrefix("-") else { say("usage: :run [--stop] file.tina|file.md"); break }
            session.replay(path, stopAtError: stop)
        case ":reset":
            session.reset()
            say("variables cleared")
        case ":quit", ":q", ":exit":
            return .quit
        default:
            say("unknown command \(name); :help lists them")
        }
        return .proceed
    }

    private static func cellRange(_ text: String) -> ClosedRange<Int>? {
        let parts = text.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        if parts.count == 1, let n = parts[0] { return n...n }
        if parts.count == 2, let a = parts[0], let b = parts[1], a <= b { return a...b }
        return nil
    }

    /// A table of user variables: name, type, size.
    public static func who(_ interpreter: Interpreter) -> String {
        let variables = interpreter.userVariables.filter { !$0.name.hasPrefix("_") && $0.name != "Out" }
        guard !variables.isEmpty else { return "no variables" }
        let rows = variables.map { v -> (String, String, String) in
            let length = (try? Access.length(v.value)).flatMap { $0 }.map { "len \($0)" }
            var memory: String?
            if case .native(let handle) = v.value { memory = handle.memoryBytes.map(byteSize) }
            return (v.name, v.value.typeName, [length, memory].compactMap { $0 }.joined(separator: ", "))
        }
        let w0 = max(4, rows.map(\.0.count).max() ?? 0), w1 = max(4, rows.map(\.1.count).max() ?? 0)
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        return ([(pad("name", w0), pad("type", w1), "size")] + rows.map { (pad($0.0, w0), pad($0.1, w1), $0.2) })
            .map { "\($0.0)  \($0.1)  \($0.2)".trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
    }

    /// Bytes as B, KB, MB or GB (powers of 1024, one decimal).
    static func byteSize(_ bytes: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(bytes), unit = 0
        while value >= 1024 && unit < units.count - 1 { value /= 1024; unit += 1 }
        return unit == 0 ? "\(bytes) B" : String(format: "%.1f ", value) + units[unit]
    }
}
