import CKernels
import CReadline
import Foundation
import Runtime

/// GNU readline with history in `~/.tina_history` and tab completion. Ctrl-C sets the shared
/// interrupt flag (the interpreter and Runtime loops poll it); at the prompt it ends the line, which is then dropped.
final class LineEditor {
    private let historyPath: String?
    private static let historyLimit: Int32 = 2000
    /// The session completion looks into; readline's callbacks are C functions without context.
    nonisolated(unsafe) static var completionInterpreter: Interpreter?
    nonisolated(unsafe) private static var matches: [String] = []

    init(interpreter: Interpreter) {
        historyPath = ProcessInfo.processInfo.environment["HOME"].map { $0 + "/.tina_history" }
        LineEditor.completionInterpreter = interpreter
        tina_rl_set_catch_signals(0)
        tina_rl_set_getc(LineEditor.getc)
        tina_rl_set_completion(LineEditor.complete)
        // Readline keeps the pointer: the string must live as long as the process.
        tina_rl_set_word_breaks(strdup(Completer.wordBreaks))
        tina_history_keep_multiline()
        if let historyPath { _ = tina_read_history(historyPath) }
        Self.installInterruptHandler()
    }

    /// Written to by the SIGINT handler, so the key reader wakes up whichever thread got the signal.
    nonisolated(unsafe) private static var wakeRead: Int32 = -1
    nonisolated(unsafe) private static var wakeWrite: Int32 = -1

    /// Set while a cell runs: Ctrl-C then says at once that it was heard.
    nonisolated(unsafe) static var running = false
    /// Allocated before any signal comes, so the handler only calls write(2).
    nonisolated(unsafe) private static var interruptNote: UnsafeMutablePointer<CChar>?

    /// SIGINT sets the shared flag (polled by the interpreter and Runtime loops) and wakes the
    /// prompt; during a cell it also says that the code stops at the next safe point.
    static func installInterruptHandler() {
        interruptNote = strdup("\ninterrupt: stopping at the next safe point\n")
        var fds: [Int32] = [0, 0]
        if pipe(&fds) == 0 {
            for fd in fds { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK) }
            wakeRead = fds[0]
            wakeWrite = fds[1]
        }
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in
            tina_interrupt_set()
            if LineEditor.running, let note = LineEditor.interruptNote { _ = Glibc.write(2, note, strlen(note)) }
            var byte: UInt8 = 1
            _ = Glibc.write(LineEditor.wakeWrite, &byte, 1)
        }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
    }

    private static func drainWakeups() {
        var bytes = [UInt8](repeating: 0, count: 64)
        while Glibc.read(wakeRead, &bytes, bytes.count) > 0 {}
    }

    enum Input {
        case line(String)
        case interrupted
        case end
    }

    func read(prompt: String) -> Input {
        Interruption.clear()
        Self.drainWakeups()
        guard let raw = tina_readline(prompt) else { return .end }
        defer { free(raw) }
        if Interruption.isPending {
            Interruption.clear()
            return .interrupted
        }
        return .line(String(cString: raw))
    }

    /// One history entry per complete cell (multi-line cells stay together).
    func remember(_ cell: String) {
        guard !cell.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return }
        tina_add_history(cell)
        if let historyPath {
            _ = tina_write_history(historyPath)
            tina_history_truncate(historyPath, Self.historyLimit)
        }
    }

    /// Reads one key; when Ctrl-C is pressed it answers Return so readline hands the line back
    /// (and `read(prompt:)` then drops it).
    private static let getc: tina_rl_getc_func = { stream in
        var fds = [pollfd(fd: fileno(stream), events: Int16(POLLIN), revents: 0),
                   pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)]
        while true {
            if poll(&fds, 2, -1) < 0 {
                if errno == EINTR { continue }
                return EOF
            }
            if fds[1].revents != 0 {
                drainWakeups()
                if Interruption.isPending { return 13 }
            }
            if fds[0].revents != 0 {
                var byte: UInt8 = 0
                let n = Glibc.read(fds[0].fd, &byte, 1)
                if n == 1 { return Int32(byte) }
                if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                return EOF
            }
        }
    }

    private static let complete: tina_rl_generator = { text, state in
        if state == 0 {
            let word = text.map { String(cString: $0) } ?? ""
            let line = tina_rl_line_buffer().map { String(cString: $0) } ?? ""
            let cursor = Int(tina_rl_point())
            let head = String(decoding: Array(line.utf8).prefix(cursor), as: UTF8.self)
            matches = completionInterpreter.map { Completer.candidates(word, line: head, interpreter: $0) } ?? []
            // Completing `m.`, `key:`, a folder or anything inside a string adds no space after the word.
            let open = matches.count == 1 && (matches[0].hasSuffix(":") || matches[0].hasSuffix(".") || matches[0].hasSuffix("/"))
            tina_rl_set_append_character(open || StringCompletion.openString(in: head) != nil ? 0 : 32)
        }
        let index = Int(state)
        guard index < matches.count else { return nil }
        return strdup(matches[index])
    }
}
