import Foundation
import Runtime

/// A sequence of numbered cells run against one interpreter: what the REPL, `-e`, scripts with
/// `# %%` cells and notebooks share. Each cell's printed output is captured for `:save file.md`.
public final class Session {
    public struct Cell {
        public let number: Int
        public let input: String
        public internal(set) var output: String
        public internal(set) var failed: Bool
        /// The cell's value when its last statement is an expression with a non-nil value.
        public internal(set) var value: Value?
        /// What the cell showed, in order, with the rich forms a notebook keeps.
        public internal(set) var outputs: [CellOutput] = []
    }

    /// One piece of a cell's output.
    public enum CellOutput {
        case stream(String)
        case display(MimeBundle)
        case result(MimeBundle)
        case error(CellError)
    }

    /// A failed cell's error as notebooks show it: a name, the bare message, and the full text
    /// (position, excerpt and call sites) line by line.
    public struct CellError {
        public let name: String
        public let message: String
        public let traceback: [String]

        init(_ error: Error) {
            if let script = error as? ScriptError {
                switch script {
                case .incomplete, .syntax: name = "SyntaxError"
                case .runtime: name = "Error"
                case .interrupted: name = "Interrupted"
                }
                message = script.message
            } else {
                name = "Error"
                message = "\(error)"
            }
            traceback = "\(error)".split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
    }

    public let interpreter: Interpreter
    public private(set) var cells: [Cell] = []
    /// Whether a cell's value is shown as `Out[n]: …` (REPL, notebooks, `# %%` scripts).
    public var echo: Bool
    /// Where output goes besides the cell record (standard output by default).
    public var display: (String) -> Void
    /// Where errors go besides the cell record (standard error by default).
    public var displayError: (String) -> Void
    /// Where tables and charts go besides the cell record (their text on standard output by default).
    public var displayRich: ((MimeBundle) -> Void)?
    public internal(set) var nextNumber = 1
    /// Called with each cell as it finishes (the REPL's session journal).
    public var cellFinished: ((Cell) -> Void)?
    private var capture = ""
    /// `Out[n]`: cell n's value (nil for cells without one), as IPython keeps it beside `_n`.
    let outputs = ScriptList([.null])
    /// What the running cell has shown, with the rich forms notebooks keep.
    private var cellOutputs: [CellOutput] = []

    public init(interpreter: Interpreter = Interpreter(), echo: Bool = true,
                display: @escaping (String) -> Void = Session.standardOutput,
                displayError: @escaping (String) -> Void = Session.standardError) {
        self.interpreter = interpreter
        self.echo = echo
        self.display = display
        self.displayError = displayError
        interpreter.output = { [unowned self] text in
            self.capture += text
            if case .stream(let before)? = self.cellOutputs.last {
                self.cellOutputs[self.cellOutputs.count - 1] = .stream(before + text)
            } else {
                self.cellOutputs.append(.stream(text))
            }
            self.display(text)
        }
        interpreter.richOutput = { [unowned self] bundle in
            let text = bundle.textLine
            self.capture += text
            self.cellOutputs.append(.display(bundle))
            if let displayRich = self.displayRich { displayRich(bundle) } else { self.display(text) }
        }
        interpreter.setGlobal("Out", .list(outputs))
    }

    public static func standardOutput(_ text: String) {
        fputs(text, stdout)
        fflush(stdout)
    }

    public static func standardError(_ text: String) {
        fflush(stdout)
        ProgressBar.endOpenLine()
        fputs(text, stderr)
    }

    /// Runs one cell; false when it failed (the error has been shown).
    @discardableResult
    public func run(_ input: String, name: String? = nil, firstLine: Int = 1, number wanted: Int? = nil) -> Bool {
        // A replayed notebook cell keeps its saved number when the session has not passed it.
        let number = max(nextNumber, wanted ?? 0)
        nextNumber = number + 1
        capture = ""
        cellOutputs = []
        Interruption.clear()
        interpreter.forgetReport()
        var failed = false
        var result: Value?
        do {
            let value = try interpreter.run(SourceText(name: name ?? "[\(number)]", text: input, firstLine: firstLine))
            if let value, !value.isNil {
                result = value
                interpreter.setGlobal("_", value)
                interpreter.setGlobal("_\(number)", value)
                record(value, number: number)
                if echo {
                    // Shown and kept for Markdown notebooks, but not a stream: notebooks keep the value as a result.
                    let text = echoText(value, number: number)
                    capture += text
                    display(text)
                }
                cellOutputs.append(.result(resultBundle(value)))
            }
        } catch {
            failed = true
            let text = "\(error)\n"
            capture += text
            cellOutputs.append(.error(CellError(error)))
            displayError(text)
        }
        Interruption.clear()
        cells.append(Cell(number: number, input: input, output: capture, failed: failed, value: result, outputs: cellOutputs))
        cellFinished?(cells[cells.count - 1])
        return !failed
    }

    /// Runs every cell of a file (`# %%` cells of a `.tina` file, the ```tina blocks of a `.md`
    /// notebook less those marked failed, the code cells of an `.ipynb`); stops at the first failure.
    @discardableResult
    public func runFile(_ path: String) -> Bool {
        let cells: [Notebook.SourceCell]
        do {
            cells = try Notebook.cells(ofFile: path)
        } catch {
            displayError("\(error)\n")
            return false
        }
        for cell in cells where !cell.failed {
            if !run(cell.text, name: path, firstLine: cell.firstLine) { return false }
        }
        return true
    }

    /// Forgets all variables (builtins stay); cell numbering continues.
    public func reset() {
        interpreter.reset()
        interpreter.setGlobal("Out", .list(outputs))
    }
}
