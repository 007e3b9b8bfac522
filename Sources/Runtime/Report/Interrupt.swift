import CKernels

/// Ctrl-C, the one way every long loop stops early. The front ends (the REPL's line editor, the
/// Jupyter kernel's signal handler) raise the C flag; loops poll it at safe points, where
/// stopping leaves nothing half-done, and unwind with `Interrupted`.
public enum Interruption {
    /// Whether Ctrl-C was pressed and nothing has handled it yet.
    public static var isPending: Bool { tina_interrupt_pending() != 0 }

    /// Throws `Interrupted` when Ctrl-C is pending, and takes the press: whoever catches the error
    /// handles it (a trainer reports the steps done), and the next loop runs unhindered.
    /// Loops that run on several threads at once peek at `isPending` instead, so that every
    /// thread sees the press, and clear it once all have stopped.
    public static func check(_ detail: String? = nil) throws {
        if isPending { throw take(detail) }
    }

    /// Takes a press that a callback noticed (curl's progress function stops the transfer) and
    /// returns the error to throw.
    public static func take(_ detail: String? = nil) -> Interrupted {
        clear()
        return Interrupted(detail: detail)
    }

    /// Presses Ctrl-C on behalf of a front end that noticed it outside a signal handler.
    public static func raise() { tina_interrupt_set() }

    /// Forgets a pending press (before reading the next input, or once it was handled).
    public static func clear() { tina_interrupt_clear() }
}

/// What a loop stopped by Ctrl-C throws; `detail` says what was kept, e.g. a partial download.
public struct Interrupted: Error, CustomStringConvertible, Equatable {
    public var detail: String?
    public init(detail: String? = nil) { self.detail = detail }
    public var description: String { detail.map { "interrupted (\($0))" } ?? "interrupted" }
}
