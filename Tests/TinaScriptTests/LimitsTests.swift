import TinaScript
import XCTest

/// Deep recursion must end in an error even on an ordinary 8 MB main-thread stack
/// (the executable also runs on a large stack), and step limits stop runaway loops.
final class LimitsTests: XCTestCase {
    func testDeepRecursionOnMainThread() {
        let interpreter = Interpreter(output: { _ in })
        XCTAssertThrowsError(try interpreter.run("""
        fn f(n) { if n == 0 { return 0 }
          let xs = [n, {"a": f(n - 1) + 1}]
          return xs[1].a }
        f(5000)
        """)) { XCTAssertTrue("\($0)".contains("call depth over 1000"), "\($0)") }
        // Errors caught and raised again at every level still unwind cleanly.
        XCTAssertThrowsError(try interpreter.run("""
        fn g(n) { for i in 0..<1 { while true { if true { try { return [g(n + 1)] } catch e { error(e) } } } } }
        g(0)
        """))
        XCTAssertEqual(try interpreter.run("fn h(n) { if n == 0 { return 0 } return h(n - 1) + 1 }\nh(900)"), .int(900))
    }

    func testStepLimit() {
        let interpreter = Interpreter(output: { _ in })
        interpreter.stepLimit = 10_000
        XCTAssertThrowsError(try interpreter.run("while true { try { let x = 1 } catch e { } }")) {
            XCTAssertTrue("\($0)".contains("step limit of 10000 exceeded"), "\($0)")
        }
        XCTAssertThrowsError(try interpreter.run("let s = \"ab\"\nwhile true { s = s + s }"))
        XCTAssertThrowsError(try interpreter.run("let s = \"ab\"\nwhile true { s = replace(s, \"a\", \"aaaa\") }"))
        XCTAssertEqual(try interpreter.run("let n = 0\nfor i in 0..<5000 { n += 1 }\nn"), .int(5000))
    }
}
