/// Errors of the chat-template interpreter, each with the line and column in the template.
public enum JinjaError: Error, CustomStringConvertible, Equatable {
    case syntax(message: String, line: Int, column: Int)
    /// A Jinja feature this interpreter does not implement.
    case unsupported(construct: String, line: Int, column: Int)
    case runtime(message: String, line: Int, column: Int)
    /// The template called raise_exception(message).
    case raised(message: String, line: Int, column: Int)

    public var description: String {
        switch self {
        case let .syntax(message, line, column):
            return "chat template \(line):\(column): syntax error: \(message)"
        case let .unsupported(construct, line, column):
            return "chat template \(line):\(column): unsupported Jinja construct: \(construct)"
        case let .runtime(message, line, column):
            return "chat template \(line):\(column): \(message)"
        case let .raised(message, line, column):
            return "chat template \(line):\(column): raise_exception: \(message)"
        }
    }
}

/// Maps offsets in the template source to line and column for error messages.
struct JinjaSourceMap {
    let source: [Character]

    func location(_ offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for c in source.prefix(offset) {
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
        return (line, column)
    }

    func syntax(_ message: String, at offset: Int) -> JinjaError {
        let (l, c) = location(offset)
        return .syntax(message: message, line: l, column: c)
    }

    func unsupported(_ construct: String, at offset: Int) -> JinjaError {
        let (l, c) = location(offset)
        return .unsupported(construct: construct, line: l, column: c)
    }

    func runtime(_ message: String, at offset: Int) -> JinjaError {
        let (l, c) = location(offset)
        return .runtime(message: message, line: l, column: c)
    }
}
