/// How a cell's value is echoed and kept for `Out[n]`.
extension Session {
    /// `Out[n]: value` laid out for the terminal, or the report a builtin made of this value.
    func echoText(_ value: Value, number: Int) -> String {
        let prefix = "Out[\(number)]: "
        if let report = interpreter.reportDisplay(for: value) {
            let multiline = report.contains("\n")
            return (multiline ? "Out[\(number)]:\n" : prefix) + report + (report.hasSuffix("\n") ? "" : "\n")
        }
        return value.display(interpreter.displayLimits, prefix: prefix) + "\n"
    }

    /// A cell's value as a notebook shows it: the report a builtin made of it (with its HTML), a
    /// handle's rich forms (a chart's PNG), else its display within the limits.
    func resultBundle(_ value: Value) -> MimeBundle {
        if let report = interpreter.report(for: value) { return MimeBundle(text: report.display, html: report.html) }
        if case .native(let handle) = value, let rich = handle as? RichDisplay { return rich.mimeBundle }
        return MimeBundle(text: value.display(interpreter.displayLimits))
    }

    /// Keeps `Out[number]`, padding the cells without a value with nil.
    func record(_ value: Value, number: Int) {
        // `Out` itself as a cell's value would make the list hold itself.
        if case .list(let list) = value, list === outputs { return }
        while outputs.items.count <= number { outputs.items.append(.null) }
        outputs.items[number] = value
    }
}
