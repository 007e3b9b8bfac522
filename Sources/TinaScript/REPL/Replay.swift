import Foundation

/// `:run FILE` in the REPL: a script or notebook replayed cell by cell as if typed, each
/// cell's input echoed under its number. A notebook's cells keep their saved numbers (when
/// the session has not passed them), so `_n` and `Out[n]` mean what they meant; cells marked
/// failed are skipped; an error stops the replay only with `--stop`.
extension Session {
    public func replay(_ path: String, stopAtError: Bool) {
        let text: String
        do {
            text = try Notebook.read(path)
        } catch {
            displayError("\(error)\n")
            return
        }
        var ran = 0, failed = 0, skipped = 0
        for cell in Notebook.cells(of: text, path: path) {
            if cell.failed {
                display("(skipping cell [\(cell.number.map(String.init) ?? "?")]: it failed when saved)\n")
                skipped += 1
                // Its number stays taken, so the cells after it keep theirs.
                if let number = cell.number { nextNumber = max(nextNumber, number + 1) }
                continue
            }
            let number = max(nextNumber, cell.number ?? 0)
            let prompt = "[\(number)]> "
            let continuation = String(repeating: ".", count: prompt.count - 2) + "> "
            display(prompt + cell.text.replacingOccurrences(of: "\n", with: "\n" + continuation) + "\n")
            ran += 1
            if !run(cell.text, name: path, firstLine: cell.firstLine, number: cell.number) {
                failed += 1
                if stopAtError {
                    display("(stopped at the error: --stop)\n")
                    break
                }
            }
        }
        display("ran \(ran) cell\(ran == 1 ? "" : "s") from \(path)" + (failed > 0 ? ", \(failed) failed" : "") + (skipped > 0 ? ", \(skipped) skipped" : "") + "\n")
    }
}
