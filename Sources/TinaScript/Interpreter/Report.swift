/// Builtins such as `t.samples()`, `compare` and `m.info()` produce a report for the reader and
/// a value for the program. The REPL echoes such a value as the report instead of dumping the
/// data a second time; the value itself is returned unchanged.
public struct Report {
    /// The value the builtin returned; its echo is replaced while it is the cell's result.
    let value: Value
    /// What the echo shows after `Out[n]:` (on its own lines when it has several).
    public let display: String
    /// The same report as HTML (a table), for notebooks.
    public let html: String?
}

extension Interpreter {
    /// Records that `value`'s echo is `display` (and `html` in a notebook); returns `value` for
    /// the builtin to return.
    public func report(_ value: Value, display: String, html: String? = nil) -> Value {
        lastReport = Report(value: value, display: display, html: html)
        return value
    }

    /// The report display for a cell's result, when a builtin of this cell reported that very value.
    public func reportDisplay(for value: Value) -> String? { report(for: value)?.display }

    /// The report a builtin of this cell made of that very value.
    public func report(for value: Value) -> Report? {
        guard let report = lastReport else { return nil }
        switch (report.value, value) {
        case let (.list(a), .list(b)) where a === b: return report
        case let (.map(a), .map(b)) where a === b: return report
        case let (.string(a), .string(b)) where a == b: return report
        default: return nil
        }
    }

    public func forgetReport() { lastReport = nil }
}

extension Report {
    /// `key  value` lines with the values aligned, for reports of a map's entries.
    public static func keyValueLines(_ entries: [(String, Value)]) -> String {
        let width = entries.map(\.0.count).max() ?? 0
        return entries.map { key, value in
            key + String(repeating: " ", count: width - key.count) + "  " + value.str
        }.joined(separator: "\n")
    }
}
