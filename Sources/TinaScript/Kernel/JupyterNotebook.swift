import Foundation

/// Notebooks in Jupyter's own format (nbformat 4.5): `:save file.ipynb`,
/// `tina-repl --notebook out.ipynb script.tina`, and `.ipynb` files run as scripts.
enum JupyterNotebook {
    static let kernelspec = Value(entries: [("display_name", .string("TinaScript")), ("language", .string("tinascript")),
                                            ("name", .string(KernelSpec.name))])
    static let languageInfo = Value(entries: [("name", .string("tinascript")), ("file_extension", .string(".tina")),
                                              ("mimetype", .string("text/x-tinascript"))])

    /// The notebook of a session's cells, with their outputs as the kernel would have sent them.
    static func document(_ cells: [Session.Cell]) throws -> String {
        let notebook = Value(entries: [
            ("cells", Value(cells.map(cell))),
            ("metadata", Value(entries: [("kernelspec", kernelspec), ("language_info", languageInfo)])),
            ("nbformat", .int(4)), ("nbformat_minor", .int(5)),
        ])
        return try JSONCodec.encode(notebook, indent: 1) + "\n"
    }

    private static func cell(_ cell: Session.Cell) -> Value {
        Value(entries: [
            ("cell_type", .string("code")), ("execution_count", .int(cell.number)), ("id", .string("cell-\(cell.number)")),
            ("metadata", Value(entries: [])), ("outputs", Value(cell.outputs.map { output($0, number: cell.number) })),
            ("source", lines(cell.input)),
        ])
    }

    private static func output(_ output: Session.CellOutput, number: Int) -> Value {
        switch output {
        case .stream(let text):
            return Value(entries: [("output_type", .string("stream")), ("name", .string("stdout")), ("text", lines(text))])
        case .display(let bundle):
            return Value(entries: [("output_type", .string("display_data")), ("data", bundle.jupyterData),
                                   ("metadata", Value(entries: []))])
        case .result(let bundle):
            return Value(entries: [("output_type", .string("execute_result")), ("execution_count", .int(number)),
                                   ("data", bundle.jupyterData), ("metadata", Value(entries: []))])
        case .error(let error):
            return Value(entries: [("output_type", .string("error")), ("ename", .string(error.name)),
                                   ("evalue", .string(error.message)), ("traceback", Value(strings: error.traceback))])
        }
    }

    /// Text as nbformat's list of lines, each but the last keeping its newline.
    private static func lines(_ text: String) -> Value {
        var out: [String] = []
        var current = ""
        for c in text {
            current.append(c)
            if c == "\n" { out.append(current); current = "" }
        }
        if !current.isEmpty { out.append(current) }
        return Value(strings: out)
    }

    /// The code cells of a notebook file, to run them again.
    static func cells(of text: String, path: String) throws -> [Notebook.SourceCell] {
        let document: Value
        do { document = try JSONCodec.decode(text) } catch { throw ScriptError.fail("\(path): not a JSON notebook: \(error)") }
        guard case .map(let root) = document, case .list(let cells)? = root["cells"] else {
            throw ScriptError.fail("\(path): not a Jupyter notebook (no \"cells\" list)")
        }
        return try cells.items.enumerated().compactMap { i, item in
            guard case .map(let cell) = item, case .string("code")? = cell["cell_type"] else { return nil }
            let source: String
            switch cell["source"] {
            case .string(let s)?: source = s
            case .list(let parts)?: source = try parts.items.map { try $0.asString("\(path): cell \(i + 1) source") }.joined()
            default: throw ScriptError.fail("\(path): cell \(i + 1) has no source")
            }
            return Notebook.SourceCell(text: source, firstLine: 1)
        }
    }
}

extension MimeBundle {
    /// The bundle as Jupyter's `data`: text/plain always, then the richer forms.
    var jupyterData: Value {
        var entries: [(String, Value)] = [("text/plain", .string(text))]
        if let html { entries.append(("text/html", .string(html))) }
        if let png { entries.append(("image/png", .string(png.base64EncodedString()))) }
        return Value(entries: entries)
    }
}
