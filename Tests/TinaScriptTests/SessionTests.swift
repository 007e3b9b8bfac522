import Foundation
import TinaScript
import XCTest

final class SessionTests: XCTestCase {
    private let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tina-session-\(getpid())")

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    func testEchoAndHistoryValues() {
        let s = CapturedSession()
        XCTAssertEqual(s.run("1 + 1"), "Out[1]: 2\n")
        XCTAssertEqual(s.run("let x = 5"), "")
        XCTAssertEqual(s.run("print(\"side effect\")"), "side effect\n")
        XCTAssertEqual(s.run("_ * 10 + _1"), "Out[4]: 22\n")
        XCTAssertEqual(s.session.cells.map(\.number), [1, 2, 3, 4])
    }

    func testCommands() {
        let s = CapturedSession()
        s.run("let xs = [1, 2, 3]")
        s.run("let name = \"tina\"")
        _ = Commands.run(":who", in: s.session)
        XCTAssertTrue(s.output.contains("xs    list    len 3"), s.output)
        XCTAssertTrue(s.output.contains("name  string  len 4"), s.output)
        _ = Commands.run(":time len(xs)", in: s.session)
        XCTAssertTrue(s.output.contains("Out[3]: 3\ntime: "), s.output)
        _ = Commands.run(":rerun 3", in: s.session)
        XCTAssertTrue(s.output.contains("Out[4]: 3"), s.output)
        _ = Commands.run(":reset", in: s.session)
        XCTAssertTrue(s.run("xs").contains("undefined variable 'xs'"))
        XCTAssertEqual(s.run("len([1])"), "Out[6]: 1\n", "builtins survive :reset")
        XCTAssertEqual(Commands.run(":quit", in: s.session), .quit)
    }

    /// `:save file.md` writes every cell with its output; the notebook runs again.
    func testSaveNotebookAndRunItAgain() throws {
        let s = CapturedSession()
        s.run("let total = 0\nfor i in 1..4 { total += i }")
        s.run("print(\"total\", total)")
        s.run("total * 2")
        let md = dir.appendingPathComponent("nb.md").path, script = dir.appendingPathComponent("nb.tina").path
        _ = Commands.run(":save \(md)", in: s.session)
        _ = Commands.run(":save \(script)", in: s.session)
        let notebook = try String(contentsOfFile: md, encoding: .utf8)
        XCTAssertTrue(notebook.contains("```tina\nprint(\"total\", total)\n```\n```text\ntotal 10\n```"), notebook)
        XCTAssertTrue(notebook.contains("```text\nOut[3]: 20\n```"), notebook)
        XCTAssertEqual(try String(contentsOfFile: script, encoding: .utf8),
                       "# %% [1]\nlet total = 0\nfor i in 1..4 { total += i }\n\n# %% [2]\nprint(\"total\", total)\n\n# %% [3]\ntotal * 2\n")

        for path in [md, script] {
            let again = CapturedSession()
            _ = Commands.run(":run \(path)", in: again.session)
            XCTAssertEqual(again.output, "[1]> let total = 0\n...> for i in 1..4 { total += i }\n[2]> print(\"total\", total)\ntotal 10\n"
                           + "[3]> total * 2\nOut[3]: 20\nran 3 cells from \(path)\n")
        }
    }

    /// `:save` keeps a failed cell, marked; `:run` skips it and keeps the saved numbers, so
    /// `_n` and `Out[n]` mean what they meant; `--stop` ends at a new error; ranges save part.
    func testNotebookRoundTripMarksFailedCellsAndKeepsNumbers() throws {
        let s = CapturedSession()
        s.run("let a = 20")
        s.run("a + 1")
        s.run("nope()")
        s.run("_2 * 2")
        let md = dir.appendingPathComponent("round.md").path
        _ = Commands.run(":save \(md)", in: s.session)
        XCTAssertTrue(s.output.hasSuffix("saved 4 cells to \(md) (1 marked failed: :run skips them)\n"), s.output)
        let notebook = try String(contentsOfFile: md, encoding: .utf8)
        XCTAssertTrue(notebook.contains("<!-- [3] failed -->\n```tina\nnope()\n```\n```text\n[3]:1:1: error: undefined variable 'nope'"), notebook)

        let again = CapturedSession()
        again.run("1") // cell 1 is taken: the replay goes on from 2
        _ = Commands.run(":run \(md)", in: again.session)
        XCTAssertTrue(again.output.hasPrefix("Out[1]: 1\n[2]> let a = 20\n[3]> a + 1\nOut[3]: 21\n(skipping cell [3]: it failed when saved)\n"),
                      again.output)
        let fresh = CapturedSession()
        _ = Commands.run(":run \(md)", in: fresh.session)
        XCTAssertTrue(fresh.output.contains("[2]> a + 1\nOut[2]: 21\n(skipping cell [3]: it failed when saved)\n[4]> _2 * 2\nOut[4]: 42\n"), fresh.output)
        XCTAssertEqual(fresh.run("Out[4] + _2"), "Out[5]: 63\n")

        let part = dir.appendingPathComponent("part.md").path
        _ = Commands.run(":save \(part) 2-3", in: s.session)
        XCTAssertEqual(Notebook.cells(of: try Notebook.read(part), path: part).map(\.number), [2, 3])
        _ = Commands.run(":save \(part) 9-12", in: s.session)
        XCTAssertTrue(s.output.hasSuffix("no cells numbered 9-12\n"), s.output)

        let script = dir.appendingPathComponent("errors.tina").path
        try "# %%\nmissing\n# %%\n\"after\"\n".write(toFile: script, atomically: true, encoding: .utf8)
        let going = CapturedSession()
        _ = Commands.run(":run \(script)", in: going.session)
        XCTAssertTrue(going.output.hasSuffix("[2]> \"after\"\nOut[2]: \"after\"\nran 2 cells from \(script), 1 failed\n"), going.output)
        let stopping = CapturedSession()
        _ = Commands.run(":run --stop \(script)", in: stopping.session)
        XCTAssertTrue(stopping.output.hasSuffix("(stopped at the error: --stop)\nran 1 cell from \(script), 1 failed\n"), stopping.output)
        _ = Commands.run(":run --stop", in: stopping.session)
        XCTAssertTrue(stopping.output.hasSuffix("usage: :run [--stop] file.tina|file.md\n"), stopping.output)
    }

    func testScriptCellsKeepFileLineNumbers() {
        let cells = Notebook.cells(of: "# header\n# %% one\nlet a = 1\n# %% two\n\nb = 2\n", path: "x.tina")
        XCTAssertEqual(cells.map(\.firstLine), [3, 5])
        let s = CapturedSession()
        s.session.run(cells[1].text, name: "x.tina", firstLine: cells[1].firstLine)
        XCTAssertTrue(s.output.hasPrefix("x.tina:6:1: error: assignment to undefined variable 'b'"), s.output)
    }
}
