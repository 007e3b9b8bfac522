import Foundation

/// The interactive loop.
final class REPL {
    let session: Session
    let editor: LineEditor

    init(session: Session) {
        self.session = session
        editor = LineEditor(interpreter: session.interpreter)
    }

    func loop() -> Int32 {
        session.display("tina-repl — TinaScript. :help for commands, help() for builtins, Ctrl-D to quit.\n")
        var buffer: [String] = []
        while true {
            let prompt = "[\(session.nextNumber)]> "
            let continuation = String(repeating: ".", count: prompt.count - 2) + "> "
            switch editor.read(prompt: buffer.isEmpty ? prompt : continuation) {
            case .end:
                session.display("\n")
                return 0
            case .interrupted:
                buffer = []
                session.display("^C\n")
            case .line(let line):
                if buffer.isEmpty && line.hasPrefix(":") {
                    editor.remember(line)
                    if Commands.run(line, in: session) == .quit { return 0 }
                    continue
                }
                buffer.append(line)
                let cell = buffer.joined(separator: "\n")
                if case ScriptError.incomplete? = Self.parseError(cell) { continue }
                buffer = []
                editor.remember(cell)
                let code = cell.trimmingCharacters(in: .whitespacesAndNewlines)
                // A bare `help` means help(), as in Python's REPL.
                session.interpreter.displayLimits.width = TerminalSize.columns()
                if !code.isEmpty { session.run(code == "help" ? "help()" : cell) }
            }
        }
    }

    private static func parseError(_ text: String) -> ScriptError? {
        do {
            _ = try Parser.parse(SourceText(name: "", text: text))
            return nil
        } catch let error as ScriptError {
            return error
        } catch {
            return nil
        }
    }
}
