/// A runtime error on its way out: collects the call trace as it unwinds through calls.
final class Failure: Error {
    let message: String
    var loc: SourceLoc?
    var trace: [ScriptError.TraceEntry] = []
    /// Interruption and the step limit end the whole run; `try/catch` does not stop them.
    let catchable: Bool
    let interrupted: Bool

    init(_ message: String, at loc: SourceLoc?, catchable: Bool = true, interrupted: Bool = false) {
        self.message = message
        self.loc = loc
        self.catchable = catchable
        self.interrupted = interrupted
    }

    var scriptError: ScriptError {
        interrupted ? .interrupted(at: loc, trace: trace) : .runtime(message: message, at: loc, trace: trace)
    }
}
