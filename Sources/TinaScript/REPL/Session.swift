import CKernels
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
    }

    public let interpreter: Interpreter
    public private(set) var cells: [Cell] = []
    /// Whether a cell's value is shown as `Out[n]: …` (REPL, notebooks, `# %%` scripts).
    public var echo: Bool
    /// Where output goes besides the cell record (standard output by default).
    public var display: (String) -> Void
    /// Where errors go besides the cell record (standard error by default).
    public var displayError: (String) -> Void
    public internal(set) var nextNumber = 1
    /// Called with each cell as it finishes (the REPL's session journal).
    public var cellFinished: ((Cell) -> Void)?
    private var capture = ""
    /// `Out[n]`: cell n's value (nil for cells without one), as IPython keeps it beside `_n`.
    let outputs = ScriptList([.null])

    public init(interpreter: Interpreter = Interpreter(), echo: Bool = true,
                display: @escaping (String) -> Void = Session.standardOutput,
                displayError: @escaping (String) -> Void = Session.standardError) {
        self.interpreter = interpreter
        self.echo = echo
        self.display = display
        self.displayError = displayError
        interpreter.output = { [unowned self] text in
            self.capture += text
            self.display(text)
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
        tina_interrupt_clear()
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
                if echo { interpreter.write(echoText(value, number: number)) }
            }
        } catch {
            failed = true
            let text = "\(error)\n"
            capture += text
            displayError(text)
        }
        tina_interrupt_clear()
        cells.append(Cell(number: number, input: input, output: capture, failed: failed, value: result))
        cellFinished?(cells[cells.count - 1])
        return !failed
    }

    /// Runs every cell of a file (`# %%` cells of a `.tina` file, or the ```tina blocks of a
    /// `.md` notebook, less those marked failed); stops at the first failure.
    @discardableResult
    public func runFile(_ path: String) -> Bool {
        let text: String
        do {
            text = try Notebook.read(path)
        } catch {
            displayError("\(error)\n")
            return false
        }
        for cell in Notebook.cells(of: text, path: path) where !cell.failed {
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
