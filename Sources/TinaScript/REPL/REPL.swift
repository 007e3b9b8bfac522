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
        do {
            let journal = try Journal()
            Journal.active = journal
            session.cellFinished = { journal.append($0) }
        } catch {
            session.displayError("no session journal: \(error)\n")
        }
        var buffer: [String] = []
        while true {
            session.interpreter.displayLimits.width = TerminalSize.columns() // the window may have been resized
            let prompt = "[\(session.nextNumber)]> "
            let continuation = String(repeating: ".", count: prompt.count - 2) + "> "
            switch editor.read(prompt: buffer.isEmpty ? prompt : continuation) {
            case .end:
                // Ctrl-D inside a cell drops the cell; at an empty prompt it leaves.
                if !buffer.isEmpty {
                    session.display("\n(cell discarded; Ctrl-D at an empty prompt quits)\n")
                    buffer = []
                    continue
                }
                session.display("\n")
                return 0
            case .interrupted:
                buffer = []
                session.display("^C\n")
            case .line(let line):
                if buffer.isEmpty, let outcome = running({ Commands.interactive(line, in: session) }) {
                    editor.remember(line)
                    if outcome == .quit { return 0 }
                    continue
                }
                buffer.append(line)
                let cell = buffer.joined(separator: "\n")
                if case ScriptError.incomplete? = Self.parseError(cell) { continue }
                buffer = []
                editor.remember(cell)
                let code = cell.trimmingCharacters(in: .whitespacesAndNewlines)
                // A bare `help` means help(), as in Python's REPL.
                if !code.isEmpty { _ = running { session.run(code == "help" ? "help()" : cell) } }
            }
        }
    }

    /// Runs a cell or command with Ctrl-C acknowledged as it comes.
    private func running<T>(_ body: () -> T) -> T {
        LineEditor.running = true
        defer { LineEditor.running = false }
        return body()
    }

    static func parseError(_ text: String) -> ScriptError? {
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
