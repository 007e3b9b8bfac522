/// A named piece of source text (a file, a REPL cell, a `-e` string); positions point into it.
public final class SourceText {
    public let name: String
    public let text: String
    /// The line number of the text's first line (a cell of a larger file starts further down).
    public let firstLine: Int
    /// Split on bytes (not Characters): only error messages need lines, but fuzzing makes many.
    private lazy var lines: [Substring.UTF8View] = text.utf8[...].split(separator: 10, omittingEmptySubsequences: false)

    public init(name: String, text: String, firstLine: Int = 1) {
        self.name = name
        self.text = text
        self.firstLine = firstLine
    }

    /// The text of a line (numbered as in the file), or "" outside this text.
    public func line(_ n: Int) -> String {
        let i = n - firstLine
        return i >= 0 && i < lines.count ? String(Substring(lines[i])) : ""
    }
}

/// A 1-based line and column in a source; `description` is the conventional `file:line:col`.
public struct SourceLoc: CustomStringConvertible {
    public let source: SourceText
    public let line: Int
    public let column: Int

    public init(source: SourceText, line: Int, column: Int) {
        self.source = source
        self.line = line
        self.column = column
    }

    public var description: String { "\(source.name):\(line):\(column)" }

    /// The source line with a caret under the column, for error messages.
    public var excerpt: String {
        let text = source.line(line).replacingTabs()
        return "  \(text)\n  \(String(repeating: " ", count: max(0, column - 1)))^"
    }
}

extension String {
    /// Tabs as single spaces, so the caret lines up under the column.
    fileprivate func replacingTabs() -> String {
        String(decoding: utf8.map { $0 == 9 ? 32 : $0 }, as: UTF8.self)
    }
}
