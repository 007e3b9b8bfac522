import TinaScript
import XCTest

/// "Incomplete" is the parser's answer that drives the REPL's continuation prompt.
final class ParserTests: XCTestCase {
    private func outcome(_ text: String) -> String {
        do {
            _ = try Parser.parse(SourceText(name: "t", text: text))
            return "complete"
        } catch let error as ScriptError {
            return error.isIncomplete ? "incomplete" : "error"
        } catch {
            return "other"
        }
    }

    func testIncompleteInputs() {
        for text in ["fn f(x) {", "let a = (1 +", "let xs = [1,\n2,", "if x {\n print(1)\n} else {", "\"\"\"open",
                     "f(a,", "let m = {\"a\":", "x = 1 +", "for i in 0..<3 {\n"] {
            XCTAssertEqual(outcome(text), "incomplete", text)
        }
    }

    func testCompleteInputs() {
        for text in ["fn f(x) { return x }", "let a = (1 +\n 2)", "print(\"{not interpolated}\")", "", "# only a comment",
                     "if x { } else { }", "let m = {\n\"a\": 1,\n}", "xs[0] += 1; m.k = 2", "f\"{1 + 2}\""] {
            XCTAssertEqual(outcome(text), "complete", text)
        }
    }

    func testSyntaxErrors() {
        for text in ["let = 3", "1 +* 2", "fn )", "\"unterminated\nstring\"", "let x = 1 let y = 2", "f(a: 1, 2)",
                     "fn f(a = 1, b) { }", "5 = x", "f\"{}\"", "f\"{1 +}\"", "break", "return 1", "\"\\q\"", "1 $ 2",
                     "let x = 1\nlet x = 2\nfn g() { let y = 1\nlet y = 2 }"] {
            XCTAssertEqual(outcome(text) == "complete" ? (try? Interpreter().run(text)).map { _ in "ran" } ?? "error" : outcome(text),
                           "error", text)
        }
    }

    /// Deep nesting is a syntax error, never a stack overflow.
    func testNestingLimit() {
        let deep = String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        XCTAssertEqual(outcome(deep), "error")
        let lists = String(repeating: "[", count: 5000)
        XCTAssertEqual(outcome(lists), "error")
        // A flat chain is not nesting: only its length is bounded (Parser.maxChain).
        XCTAssertEqual(outcome(Array(repeating: "1", count: 5000).joined(separator: " + ")), "complete")
        XCTAssertEqual(outcome("f" + String(repeating: "()", count: 5000)), "complete")
        XCTAssertEqual(outcome("x" + String(repeating: ".a", count: 5000)), "complete")
        XCTAssertEqual(outcome(Array(repeating: "1", count: 20000).joined(separator: " + ")), "error")
        XCTAssertEqual(outcome("x" + String(repeating: ".a", count: 20000)), "error")
    }

    func testSyntaxErrorMessage() {
        XCTAssertThrowsError(try Parser.parse(SourceText(name: "cell.tina", text: "let x = 1\nlet y = [1, 2))"))) { error in
            XCTAssertEqual("\(error)", "cell.tina:2:14: syntax error: expected ']' to close the list but found ')'\n  let y = [1, 2))\n               ^")
        }
    }
}
