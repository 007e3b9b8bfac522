import Foundation

/// Cells in files: `.tina` scripts split at `# %%` lines, and Markdown notebooks whose
/// ```tina blocks are the inputs (so a saved notebook can be run again).
public enum Notebook {
    public struct SourceCell {
        public let text: String
        /// Line of the file where the cell's text starts, for error positions.
        public let firstLine: Int
        /// The cell's number in the session a notebook was saved from (`<!-- [n] -->`).
        public var number: Int? = nil
        /// Marked `<!-- [n] failed -->`: the cell failed when the notebook was saved.
        public var failed = false
    }

    public enum Failure: Error, CustomStringConvertible {
        case unreadable(path: String)
        case unwritable(path: String, reason: String)

        public var description: String {
            switch self {
            case .unreadable(let path): return "cannot read \(path)"
            case .unwritable(let path, let reason): return "cannot write \(path): \(reason)"
            }
        }
    }

    public static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw Failure.unreadable(path: path)
        }
        return text
    }

    public static func isMarkdown(_ path: String) -> Bool { path.hasSuffix(".md") }

    /// A Jupyter notebook (nbformat 4), written and read by `JupyterNotebook`.
    public static func isJupyter(_ path: String) -> Bool { path.hasSuffix(".ipynb") }

    /// The cells of a file of any of the three kinds.
    public static func cells(ofFile path: String) throws -> [SourceCell] {
        let text = try read(path)
        return isJupyter(path) ? try JupyterNotebook.cells(of: text, path: path) : cells(of: text, path: path)
    }

    public static func cells(of text: String, path: String) -> [SourceCell] {
        isMarkdown(path) ? markdownCells(text) : scriptCells(text)
    }

    /// Whether a script is divided into `# %%` cells (then each cell's value is echoed).
    public static func hasCellMarkers(_ text: String) -> Bool {
        text.split(separator: "\n", omittingEmptySubsequences: false).contains { isMarker($0) }
    }

    private static func isMarker(_ line: Substring) -> Bool {
        line.trimmingCharacters(in: .whitespaces).hasPrefix("# %%")
    }

    static func scriptCells(_ text: String) -> [SourceCell] {
        var cells: [SourceCell] = []
        var current: [Substring] = [], start = 1
        var number: Int?
        func flush() {
            // Text before the first marker is often just a header comment: not a cell.
            let hasCode = current.contains { line in
                let t = line.trimmingCharacters(in: .whitespaces)
                return !t.isEmpty && !t.hasPrefix("#")
            }
            guard hasCode else { return }
            let lines = current.reversed().drop { $0.trimmingCharacters(in: .whitespaces).isEmpty }.reversed()
            cells.append(SourceCell(text: lines.joined(separator: "\n"), firstLine: start, number: number))
        }
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if isMarker(line) {
                flush()
                current = []
                start = i + 2
                number = markerNumber(line)
            } else {
                current.append(line)
            }
        }
        flush()
        return cells
    }

    /// The n of a `# %% [n]` marker, as `:save file.tina` writes them.
    private static func markerNumber(_ line: Substring) -> Int? {
        let rest = line.trimmingCharacters(in: .whitespaces).dropFirst(4).trimmingCharacters(in: .whitespaces)
        guard rest.hasPrefix("["), let close = rest.firstIndex(of: "]") else { return nil }
        return Int(rest[rest.index(after: rest.startIndex)..<close])
    }

    static func markdownCells(_ text: String) -> [SourceCell] {
        var cells: [SourceCell] = []
        var current: [Substring]?
        var start = 0
        var mark: (number: Int, failed: Bool)?
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if current == nil, let parsed = cellMark(line) {
                mark = parsed
            } else if var body = current {
                if line.hasPrefix("```") {
                    cells.append(SourceCell(text: body.joined(separator: "\n"), firstLine: start, number: mark?.number,
                                            failed: mark?.failed ?? false))
                    current = nil
                    mark = nil
                } else {
                    body.append(line)
                    current = body
                }
            } else if line.trimmingCharacters(in: .whitespaces) == "```tina" {
                current = []
                start = i + 2
            }
        }
        return cells
    }

    /// Markdown: each cell's input in a ```tina block, its output (if any) in a ```text block.
    public static func markdown(_ cells: [Session.Cell]) -> String {
        "# tina-repl notebook\n" + cells.map(markdown).joined()
    }

    /// `<!-- [3] -->` or `<!-- [3] failed -->` before a cell's block: its number, and whether it failed.
    static func cellMark(_ line: Substring) -> (number: Int, failed: Bool)? {
        let t = line.trimmingCharacters(in: .whitespaces)
        guard t.hasPrefix("<!-- ["), t.hasSuffix("-->"), let close = t.firstIndex(of: "]") else { return nil }
        guard let number = Int(t[t.index(t.startIndex, offsetBy: 6)..<close]) else { return nil }
        let rest = t[t.index(after: close)...].dropLast(3).trimmingCharacters(in: .whitespaces)
        guard rest.isEmpty || rest == "failed" else { return nil }
        return (number, rest == "failed")
    }

    /// One cell of a Markdown notebook (also what the session journal appends); a failed cell
    /// is marked so that running the notebook again skips it.
    public static func markdown(_ cell: Session.Cell) -> String {
        var out = "\n<!-- [\(cell.number)]\(cell.failed ? " failed" : "") -->\n```tina\n\(cell.input)\n```\n"
        if !cell.output.isEmpty {
            out += "```text\n\(cell.output.hasSuffix("\n") ? cell.output : cell.output + "\n")```\n"
        }
        return out
    }

    /// The inputs alone, separated by `# %%` markers.
    public static func script(_ cells: [Session.Cell]) -> String {
        cells.map { "# %% [\($0.number)]\n\($0.input)\n" }.joined(separator: "\n")
    }

    public static func save(_ cells: [Session.Cell], to path: String) throws {
        let text = isJupyter(path) ? try JupyterNotebook.document(cells) : isMarkdown(path) ? markdown(cells) : script(cells)
        do {
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw Failure.unwritable(path: path, reason: (error as NSError).localizedDescription)
        }
    }
}
