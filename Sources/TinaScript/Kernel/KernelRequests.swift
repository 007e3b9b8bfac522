import Foundation
import Runtime

/// The kernel's answers to each request type of the shell and control channels.
extension Kernel {
    func handle(_ request: KernelMessage, on socket: ZMQSocket) {
        switch request.type {
        case "kernel_info_request": reply(to: request, on: socket, kernelInfo)
        case "execute_request": execute(request, on: socket)
        case "complete_request": complete(request, on: socket)
        case "inspect_request": inspect(request, on: socket)
        case "is_complete_request": isComplete(request, on: socket)
        case "history_request": history(request, on: socket)
        case "comm_info_request":
            reply(to: request, on: socket, [("status", .string("ok")), ("comms", Value(entries: []))])
        case "interrupt_request":
            Interruption.raise()
            reply(to: request, on: socket, [("status", .string("ok"))])
        case "shutdown_request":
            let restart = request.content["restart"]?.isTruthy ?? false
            let content: [(String, Value)] = [("status", .string("ok")), ("restart", .bool(restart))]
            reply(to: request, on: socket, content)
            publish("shutdown_reply", content, parent: request)
            stream.drain()
            exit(0)
        default:
            Session.standardError("tina-repl kernel: \(request.type) is not supported; ignored\n")
        }
    }

    private var kernelInfo: [(String, Value)] {
        [("status", .string("ok")), ("protocol_version", .string(KernelMessage.protocolVersion)),
         ("implementation", .string("tina-repl")), ("implementation_version", .string(Self.version)),
         ("language_info", Value(entries: [("name", .string("tinascript")), ("version", .string(Self.version)),
                                           ("mimetype", .string("text/x-tinascript")), ("file_extension", .string(".tina")),
                                           ("pygments_lexer", .string("text")), ("codemirror_mode", .string("text"))])),
         ("banner", .string("tina-repl — TinaScript: models, LoRA, datasets and GRPO. help() lists the builtins.")),
         ("help_links", Value([])), ("debugger", .bool(false))]
    }

    static let version = "0.1.0"

    private func text(_ request: KernelMessage, _ key: String) -> String {
        if case .string(let s)? = request.content[key] { return s }
        return ""
    }

    private func int(_ request: KernelMessage, _ key: String) -> Int? {
        if case .int(let i)? = request.content[key] { return i }
        return nil
    }

    private func execute(_ request: KernelMessage, on socket: ZMQSocket) {
        let code = text(request, "code")
        let silent = request.content["silent"]?.isTruthy ?? false
        let number = session.nextNumber
        running = request
        progressDisplays = [:]
        if !silent { publish("execute_input", [("code", .string(code)), ("execution_count", .int(number))], parent: request) }
        let trimmed = code.trimmingCharacters(in: .whitespacesAndNewlines)
        // A one-line `:who`, `!ls` or `?grpo` is the REPL's command, as magics are in IPython.
        let command = !trimmed.contains("\n") && Commands.interactive(trimmed, in: session) != nil
        if !trimmed.isEmpty && !command { session.run(trimmed == "help" ? "help()" : code) }
        stream.drain()
        let cell = trimmed.isEmpty || command ? nil : session.cells.last
        var failure: Session.CellError?
        for output in cell?.outputs ?? [] {
            switch output {
            case .result(let bundle) where !silent:
                publish("execute_result", [("execution_count", .int(number)), ("data", bundle.jupyterData),
                                           ("metadata", Value(entries: []))], parent: request)
            case .error(let error):
                failure = error
            default:
                break
            }
        }
        if let failure {
            let fields: [(String, Value)] = [("ename", .string(failure.name)), ("evalue", .string(failure.message)),
                                             ("traceback", Value(strings: failure.traceback))]
            publish("error", fields, parent: request)
            reply(to: request, on: socket, [("status", .string("error")), ("execution_count", .int(number))] + fields)
        } else {
            reply(to: request, on: socket, [("status", .string("ok")), ("execution_count", .int(number)),
                                            ("payload", Value([])), ("user_expressions", Value(entries: []))])
        }
        running = nil
    }

    private func complete(_ request: KernelMessage, on socket: ZMQSocket) {
        let code = text(request, "code")
        let cursor = int(request, "cursor_pos") ?? code.count
        let (start, matches) = Completer.completion(of: code, cursor: cursor, interpreter: session.interpreter)
        reply(to: request, on: socket, [("status", .string("ok")), ("matches", Value(strings: matches)),
                                        ("cursor_start", .int(start)), ("cursor_end", .int(cursor)),
                                        ("metadata", Value(entries: []))])
    }

    /// The help text of the name (or dotted path, `m.generate`) under or before the cursor.
    private func inspect(_ request: KernelMessage, on socket: ZMQSocket) {
        let chars = Array(text(request, "code"))
        var end = min(max(0, int(request, "cursor_pos") ?? chars.count), chars.count)
        func isName(_ c: Character) -> Bool { c.isLetter || c.isNumber || c == "_" || c == "." }
        while end < chars.count, isName(chars[end]) { end += 1 }
        var start = end
        while start > 0, isName(chars[start - 1]) { start -= 1 }
        let name = String(chars[start..<end]).trimmingCharacters(in: CharacterSet(charactersIn: "."))
        let interpreter = session.interpreter
        var help: String?
        if !name.isEmpty {
            if interpreter.builtin(named: name) != nil {
                help = Help.text(for: .string(name), in: interpreter)
            } else if let value = Completer.resolve(name, interpreter) {
                help = Help.text(for: value, in: interpreter)
            }
        }
        reply(to: request, on: socket, [("status", .string("ok")), ("found", .bool(help != nil)),
                                        ("data", help.map { Value(entries: [("text/plain", .string($0))]) } ?? Value(entries: [])),
                                        ("metadata", Value(entries: []))])
    }

    private func isComplete(_ request: KernelMessage, on socket: ZMQSocket) {
        let status: String
        switch REPL.parseError(text(request, "code")) {
        case .none: status = "complete"
        case .some(let error) where error.isIncomplete: status = "incomplete"
        case .some: status = "invalid"
        }
        var content: [(String, Value)] = [("status", .string(status))]
        if status == "incomplete" { content.append(("indent", .string("    "))) }
        reply(to: request, on: socket, content)
    }

    /// The cells of this session (`tail` n, `range` start..<stop, `search` by glob pattern).
    private func history(_ request: KernelMessage, on socket: ZMQSocket) {
        var cells = session.cells
        switch text(request, "hist_access_type") {
        case "tail":
            cells = Array(cells.suffix(max(0, int(request, "n") ?? 10)))
        case "range":
            let start = int(request, "start") ?? 1, stop = int(request, "stop") ?? Int.max
            cells = cells.filter { $0.number >= start && $0.number < stop }
        case "search":
            let pattern = text(request, "pattern")
            cells = cells.filter { fnmatch(pattern.isEmpty ? "*" : pattern, $0.input, 0) == 0 }
            if let n = int(request, "n") { cells = Array(cells.suffix(max(0, n))) }
        default:
            break
        }
        let withOutput = request.content["output"]?.isTruthy ?? false
        let entries = cells.map { cell -> Value in
            let input: Value = withOutput ? Value([.string(cell.input), .string(cell.output)]) : .string(cell.input)
            return Value([.int(1), .int(cell.number), input])
        }
        reply(to: request, on: socket, [("status", .string("ok")), ("history", Value(entries))])
    }
}
