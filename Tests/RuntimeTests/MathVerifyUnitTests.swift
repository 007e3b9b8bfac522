import Foundation
import Runtime
import XCTest

final class MathVerifyUnitTests: XCTestCase {
    private struct NormCase: Decodable {
        let input: String
        let gold: String
        let completion: String
    }

    /// latex2sympy2_extended's `normalize_latex` outputs for math-verify's gold
    /// configuration and Tina's completion configuration.
    func testNormalizationMatchesLatex2Sympy() throws {
        let cases = try JSONDecoder().decode([NormCase].self, from: Data(Self.normalizationJSON.utf8))
        XCTAssertFalse(cases.isEmpty)
        for c in cases {
            XCTAssertEqual(LatexNormalization.goldDefault.normalize(c.input), c.gold, "gold config: \(c.input)")
            XCTAssertEqual(LatexNormalization.tinaCompletion.normalize(c.input), c.completion, "completion config: \(c.input)")
        }
    }

    func testExtractionReturnsValueThenText() {
        let answers = MathAnswerExtractor.completion.extract("so $\\boxed{\\frac{1}{2}}$")
        XCTAssertEqual(answers.count, 2)
        XCTAssertEqual(answers.last, .text("\\frac{1}{2}"))
        XCTAssertEqual(MathAnswerExtractor.completion.extract("The answer is 42."), [])
        XCTAssertEqual(MathAnswerExtractor.gold.extract("42").count, 2)
        // Strict parsing: `\frac12` stays text on the completion side.
        XCTAssertEqual(MathAnswerExtractor.completion.extract("\\boxed{\\frac12}"), [.text("\\frac12")])
    }

    func testEquivalenceRules() {
        func check(_ gold: String, _ pred: String, _ expected: Double?, line: UInt = #line) {
            XCTAssertEqual(MathAnswerCheck.accuracy(completion: "\\boxed{\(pred)}", gold: gold), expected, "\(gold) vs \(pred)", line: line)
        }
        check("$\\frac{1}{3}$", "0.333333", 1)      // float rounded to 6 decimals
        check("$\\frac{1}{3}$", "0.3333", 0)
        check("$5$", "5.0", 1)                      // exact integer match only
        check("$5$", "5.000001", 0)
        check("$12\\%$", "12", 1)                  // integer percent ignores the sign
        check("$x=5$", "5", 1)                      // assignment unwrapped
        check("$x=5$", "y=5", 0)
        check("$(1,2)$", "[1,2]", 0)                 // open vs closed interval
        check("$\\{1,2\\}$", "2, 1", 1)              // sets ignore order
        check("$(a+b)^2$", "a^2+2ab+b^2", 1)         // symbolic, by evaluation
        check("$(a+b)^2$", "a^2+b^2", 0)
        check("$y=2x+1$", "2y=4x+2", 1)              // same solutions
        check("$x>3$", "3<x", 1)                     // flipped inequality
        check("$\\text{C}$", "\\textbf{(C)}", 1)
        check("$385$", "\\sum_{k=1}^{10} k^2", 1)           // series with numeric bounds
        check("$24$", "\\prod_{i=1}^{4} i", 1)
        check("$\\frac{11}{6}$", "\\sum_{k=1}^3 \\frac{1}{k}", 1)
        XCTAssertNil(MathAnswerCheck.accuracy(completion: "\\boxed{1}", gold: "no math here"))
    }

    /// Random LaTeX-like input never traps and always yields 0 or 1.
    func testRandomInputNeverCrashes() {
        let pieces = ["\\boxed{", "\\fbox{", "{", "}", "(", ")", "[", "]", "\\{", "\\}", "$", "$$", "\\frac", "\\sqrt", "^", "_",
                      "x", "e", "2", "0.5", "-", "+", "=", "<", "\\le", ",", " and ", "\\text{cm}", "\\pi", "\\infty", "!",
                      "\\%", "\\begin{pmatrix}", "\\end{pmatrix}", "&", "\\\\", "\\log_", "\\binom", "|", ":", "\\cup",
                      "answer: ", "The final answer is ", " I hope", "\\in", "\\pm", "\\left(", "\\right)", "\n", "10^{400}",
                      "\\sum_{k=1}^", "\\prod_{i=0}^{9}", "k", "\\sum_{k=1}^{10^{9}}", "\\max(", "\\sin", "\\sqrt["]
        var state: UInt64 = 12345
        for _ in 0..<3000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            let count = Int(state >> 59) + 1
            for _ in 0..<count {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += pieces[Int(state >> 33) % pieces.count]
            }
            let reward = MathAnswerCheck.accuracy(completion: text, gold: "$\\frac{1}{2}$")
            XCTAssertTrue(reward == 0 || reward == 1, text)
            _ = MathAnswerCheck.accuracy(completion: "\\boxed{1}", gold: text)
        }
    }

    func testDeepNestingFailsCleanly() {
        let deep = "\\boxed{" + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000) + "}"
        XCTAssertEqual(MathAnswerCheck.accuracy(completion: deep, gold: "$1$"), 0)
    }

    private static let normalizationJSON = #"""
[{"input": "\\boxed{\\dfrac{1}{2}}", "gold": "\\frac{1}{2}", "completion": "\\frac{1}{2}"}, {"input": "10\\text{ cm}", "gold": "10", "completion": "10"}, {"input": "\\left( x \\right)", "gold": "( x )", "completion": "( x )"}, {"input": "\\frac12", "gold": "\\frac{1}{2}", "completion": "\\frac12"}, {"input": "\\sqrt3", "gold": "\\sqrt{3}", "completion": "\\sqrt3"}, {"input": "3/4", "gold": "\\frac{3}{4}", "completion": "3/4"}, {"input": "\\mathrm{kg}", "gold": "\\text{kg}", "completion": "\\text{kg}"}, {"input": "x = y = 5", "gold": "x = y = 5", "completion": "5"}, {"input": "5 \\text{ and } 6", "gold": "5, 6", "completion": "5, 6"}, {"input": "2 and 3", "gold": "2, 3", "completion": "2, 3"}, {"input": "infinity", "gold": "\\infty", "completion": "\\infty"}, {"input": "1{,}000", "gold": "1,000", "completion": "1,000"}, {"input": "\\textbf{(A)}", "gold": "\\text{(A)}", "completion": "\\text{(A)}"}, {"input": "0.5", "gold": "\\frac{1}{2}", "completion": "0.5"}, {"input": ".5", "gold": "\\frac{1}{2}", "completion": ".5"}, {"input": "\\$5.00", "gold": "5.00", "completion": "5.00"}, {"input": "15 meters", "gold": "15", "completion": "15"}, {"input": "\\boxed{a} or \\boxed{b}", "gold": "a,b", "completion": "a,b"}, {"input": "90^\\circ", "gold": "90^\\circ", "completion": "90^\\circ"}, {"input": "50 percent", "gold": "50\\%", "completion": "50\\%"}, {"input": "\\text{Monday}", "gold": "\\text{Monday}", "completion": "\\text{Monday}"}, {"input": "x\\!=\\!1", "gold": "x=1", "completion": "x=1"}, {"input": "\\displaystyle \\frac{a}{b}", "gold": "\\frac{a}{b}", "completion": "\\frac{a}{b}"}, {"input": "\\log_2 8", "gold": "\\log_{2}{8}", "completion": "\\log_2 8"}, {"input": "(n)_{k}", "gold": "\\frac{(n)!}{((n)-(k))!}", "completion": "\\frac{(n)!}{((n)-(k))!}"}, {"input": "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}", "gold": "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}", "completion": "\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}"}, {"input": "a\\\\b", "gold": "a\\b", "completion": "a\\b"}, {"input": "5\\text{cm}^2", "gold": "5", "completion": "5"}, {"input": "12 sq m", "gold": "12", "completion": "12"}, {"input": "7 \\text{ days}", "gold": "7", "completion": "7"}, {"input": "\\fbox{3}", "gold": "3", "completion": "3"}, {"input": "\\boxed 3", "gold": "3", "completion": "3"}]
"""#
}
