extension Dataset {
    /// The first `n` rows as a text table, each cell cut to `maxWidth` characters (newlines shown
    /// as ↵), with the row and column counts below.
    public func show(_ n: Int = 5, maxWidth: Int = 40) -> String {
        let shown = rows.prefix(max(0, n))
        let width = max(4, maxWidth)
        func cell(_ c: DataCell?) -> String {
            let text: String
            switch c {
            case .none, .some(.null): text = "null"
            case .some(let v): text = v.text
            }
            let flat = text.replacingOccurrences(of: "\r\n", with: "↵").replacingOccurrences(of: "\n", with: "↵")
            return flat.count > width ? String(flat.prefix(width - 1)) + "…" : flat
        }
        let header = ["#"] + columns
        var table: [[String]] = [header]
        for (i, row) in shown.enumerated() { table.append([String(i)] + columns.map { cell(row[$0]) }) }
        var widths = header.map(\.count)
        for line in table { for (j, t) in line.enumerated() { widths[j] = max(widths[j], t.count) } }
        func render(_ line: [String]) -> String {
            line.enumerated().map { j, t in t + String(repeating: " ", count: widths[j] - t.count) }
                .joined(separator: " | ").trimmingTrailingSpaces()
        }
        var out = [render(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-")]
        out += table.dropFirst().map(render)
        let more = rows.count > shown.count ? ", showing \(shown.count)" : ""
        out.append("(\(rows.count) rows × \(columns.count) columns\(more))")
        return out.joined(separator: "\n")
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
