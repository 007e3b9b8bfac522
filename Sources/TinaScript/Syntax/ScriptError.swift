/// Every failure the language reports: syntax errors (with "incomplete" as a separate answer so the
/// REPL can ask for more lines), runtime errors with a TinaScript stack trace, and interruption.
public enum ScriptError: Error, CustomStringConvertible {
    /// The input ended inside a construct: more lines would complete it.
    case incomplete(message: String, at: SourceLoc)
    case syntax(message: String, at: SourceLoc)
    case runtime(message: String, at: SourceLoc?, trace: [TraceEntry])
    case interrupted(at: SourceLoc?, trace: [TraceEntry])

    /// One active call when the error happened: the function and where it was called from.
    public struct TraceEntry: CustomStringConvertible {
        public let function: String
        public let callSite: SourceLoc
        public var description: String { "  in \(function), called from \(callSite)" }
    }

    /// The bare message, without position or trace (what `catch e` binds).
    public var message: String {
        switch self {
        case .incomplete(let m, _), .syntax(let m, _), .runtime(let m, _, _): return m
        case .interrupted: return "interrupted"
        }
    }

    public var isIncomplete: Bool {
        if case .incomplete = self { return true }
        return false
    }

    public var description: String {
        switch self {
        case .incomplete(let m, let at), .syntax(let m, let at):
            return "\(at): syntax error: \(m)\n\(at.excerpt)"
        case .runtime(let m, let at, let trace):
            return Self.render("error: \(m)", at, trace)
        case .interrupted(let at, let trace):
            return Self.render("interrupted", at, trace)
        }
    }

    private static func render(_ head: String, _ at: SourceLoc?, _ trace: [TraceEntry]) -> String {
        var out = at.map { "\($0): \(head)\n\($0.excerpt)" } ?? head
        for entry in trace { out += "\n\(entry)" }
        return out
    }
}
