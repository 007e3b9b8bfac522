extension Dataset {
    /// The first `n` rows as a text table, each cell cut to `maxWidth` characters (newlines shown
    /// as ↵), with the row and column counts below.
    public func show(_ n: Int = 5, maxWidth: Int = 40) -> String {
        let (header, table, caption) = showCells(n, maxWidth: maxWidth)
        var widths = header.map(\.count)
        for line in table { for (j, t) in line.enumerated() { widths[j] = max(widths[j], t.count) } }
        func render(_ line: [String]) -> String {
            line.enumerated().map { j, t in t + String(repeating: " ", count: widths[j] - t.count) }
                .joined(separator: " | ").trimmingTrailingSpaces()
        }
        var out = [render(header), widths.map { String(repeating: "-", count: $0) }.joined(separator: "-+-")]
        out += table.map(render)
        out.append(caption)
        return out.joined(separator: "\n")
    }

    /// The same table as HTML, for notebooks.
    public func showHTML(_ n: Int = 5, maxWidth: Int = 40) -> String {
        let (header, table, caption) = showCells(n, maxWidth: maxWidth)
        return HTMLTable.render(header: header, rows: table, caption: caption)
    }

    /// The header, the shown rows' cells (row number first) and the counts line.
    private func showCells(_ n: Int, maxWidth: Int) -> (header: [String], rows: [[String]], caption: String) {
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
        let table = shown.enumerated().map { i, row in [String(i)] + columns.map { cell(row[$0]) } }
        let more = rows.count > shown.count ? ", showing \(shown.count)" : ""
        return (["#"] + columns, table, "(\(rows.count) rows × \(columns.count) columns\(more))")
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
