extension Dataset {
    /// The first `n` rows as a text table, each cell cut to `maxWidth` characters (newlines shown
    /// as ↵), with the row and column counts below. Lists and maps show their first items and how
    /// many more there are; class labels show their names.
    public func show(_ n: Int = 5, maxWidth: Int = 40) throws -> String {
        let (header, table, caption) = try showCells(n, maxWidth: maxWidth)
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
    public func showHTML(_ n: Int = 5, maxWidth: Int = 40) throws -> String {
        let (header, table, caption) = try showCells(n, maxWidth: maxWidth)
        return HTMLTable.render(header: header, rows: table, caption: caption)
    }

    /// The header, the shown rows' cells (row number first) and the counts line.
    private func showCells(_ n: Int, maxWidth: Int) throws -> (header: [String], rows: [[String]], caption: String) {
        let shown = try (0..<min(max(0, n), count)).map(row)
        let width = max(4, maxWidth)
        func cell(_ c: DataCell?, _ column: String) -> String {
            guard let c, c != .null else { return "null" }
            if let names = features?.classLabels[column], let i = c.intValue, i >= 0, i < names.count {
                return DatasetShow.cut(names[Int(i)], width)
            }
            return DatasetShow.cut(DatasetShow.compact(c, width: width, top: true), width)
        }
        let table = shown.enumerated().map { i, row in [String(i)] + columns.map { cell(row[$0], $0) } }
        let more = count > shown.count ? ", showing \(shown.count)" : ""
        return (["#"] + columns, table, "(\(count) rows × \(columns.count) columns\(more))")
    }
}

enum DatasetShow {
    /// Text of at most `width` characters, on one line.
    static func cut(_ text: String, _ width: Int) -> String {
        let flat = text.replacingOccurrences(of: "\r\n", with: "↵").replacingOccurrences(of: "\n", with: "↵")
        return flat.count > width ? String(flat.prefix(width - 1)) + "…" : flat
    }

    /// A cell in about `width` characters. Inside lists and maps, strings are quoted and cut to
    /// a third of the width, so that a list of long messages still shows its shape
    /// (`[{content: "Find all…", role: "user"}, …+3]`), and items stop while there is room to
    /// say how many were left out.
    static func compact(_ c: DataCell, width: Int, top: Bool = false) -> String {
        switch c {
        case .string(let s) where !top: return JSONText.quoted(cut(s, max(8, width / 3)))
        case .list(let items): return "[" + joined(items.map { ("", $0) }, width: width) + "]"
        case .map(let m): return "{" + joined(zip(m.keys, m.values).map { ($0 + ": ", $1) }, width: width) + "}"
        default: return c.text
        }
    }

    private static func joined(_ items: [(label: String, value: DataCell)], width: Int) -> String {
        // The brackets and ", …+NN" stay inside the width.
        let room = width - 2 - 7
        var out = ""
        for (i, item) in items.enumerated() {
            let next = item.label + compact(item.value, width: width)
            if i > 0 && out.count + 2 + next.count > room { return out + ", …+\(items.count - i)" }
            out += (i > 0 ? ", " : "") + next
        }
        return out
    }
}

private extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
