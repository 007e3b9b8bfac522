import Foundation

/// The REPL's colon commands (`:help`, `:who`, `:time`, …).
public enum Commands {
    public enum Outcome { case proceed, quit }

    public static let names = [":help", ":who", ":time", ":history", ":rerun", ":save", ":run", ":reset", ":quit"]

    public static let helpText = """
    REPL commands:
      :help [name]      this text, or help for a builtin (same as help(name))
      :who              your variables with their types and sizes
      :time <code>      runs code and shows how long it took
      :history          the cells so far
      :rerun n[-m]      runs cell n (or cells n to m) again as new cells
      :save file.md     a notebook: every cell's input and output (run it again with :run or tina-repl file.md)
      :save file.tina   the inputs only, as a script with # %% cell markers
      :save file.ipynb  a Jupyter notebook with every cell's outputs (charts as images)
      :run file         runs a .tina script or .md notebook here, cell by cell
      :reset            forgets all variables
      :quit             leaves (so does Ctrl-D)
    Ctrl-C clears the input, or interrupts running code. Tab completes names, keywords and `handle.` members.
    """

    public static func run(_ line: String, in session: Session) -> Outcome {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        let name = String(trimmed.prefix { !$0.isWhitespace })
        let argument = trimmed.dropFirst(name.count).trimmingCharacters(in: .whitespaces)
        let say: (String) -> Void = { session.display($0 + "\n") }
        switch name {
        case ":help", ":h":
            say(argument.isEmpty ? helpText + "\n\n" + Help.overview(session.interpreter)
                : Help.text(for: .string(argument), in: session.interpreter))
        case ":who":
            say(who(session.interpreter))
        case ":time":
            let start = DispatchTime.now().uptimeNanoseconds
            session.run(argument)
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            say(String(format: "time: %.3f s", seconds))
        case ":history":
            say(session.cells.map { "[\($0.number)] \($0.input.replacingOccurrences(of: "\n", with: "\n    "))" }.joined(separator: "\n"))
        case ":rerun":
            guard let range = cellRange(argument) else { say("usage: :rerun n or :rerun n-m"); break }
            let inputs = session.cells.filter { range.contains($0.number) }.map(\.input)
            if inputs.isEmpty { say("no cells numbered \(argument)") }
            for input in inputs where !session.run(input) { break }
        case ":save":
            guard !argument.isEmpty else { say("usage: :save file.md, :save file.ipynb or :save file.tina"); break }
            do {
                try Notebook.save(session.cells, to: argument)
                say("saved \(session.cells.count) cells to \(argument)")
            } catch {
                session.displayError("\(error)\n")
            }
        case ":run":
            guard !argument.isEmpty else { say("usage: :run file.tina"); break }
            session.runFile(argument)
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
        let variables = interpreter.userVariables.filter { !$0.name.hasPrefix("_") }
        guard !variables.isEmpty else { return "no variables" }
        let rows = variables.map { v -> (String, String, String) in
            let size = (try? Access.length(v.value)).flatMap { $0 }.map { "len \($0)" } ?? ""
            return (v.name, v.value.typeName, size)
        }
        let w0 = max(4, rows.map(\.0.count).max() ?? 0), w1 = max(4, rows.map(\.1.count).max() ?? 0)
        func pad(_ s: String, _ w: Int) -> String { s + String(repeating: " ", count: max(0, w - s.count)) }
        return ([(pad("name", w0), pad("type", w1), "size")] + rows.map { (pad($0.0, w0), pad($0.1, w1), $0.2) })
            .map { "\($0.0)  \($0.1)  \($0.2)".trimmingCharacters(in: .whitespaces) }.joined(separator: "\n")
    }
}
