import Foundation
import Runtime
import XCTest

/// Cases beyond the shared fixture, with rewards computed by math-verify 0.9.0 under
/// Tina's configuration (gold: `parse(gold, extraction_mode="first_match")`; completion:
/// LaTeX extraction, boxed first, no anchorless extraction; `verify(gold, answer)`).
final class MathVerifyExtraCasesTests: XCTestCase {
    private struct Case: Decodable {
        let completion: String
        let gold: String
        let reward: Double?
    }

    func testAgreementWithMathVerifyOnExtraCases() throws {
        let cases = try JSONDecoder().decode([Case].self, from: Data(Self.json.utf8))
        var disagreements: [String] = []
        for c in cases {
            let got = MathAnswerCheck.accuracy(completion: c.completion, gold: c.gold)
            if got != c.reward {
                disagreements.append("completion=\(c.completion.debugDescription) gold=\(c.gold.debugDescription) expected=\(String(describing: c.reward)) got=\(String(describing: got))")
            }
        }
        let agreement = Double(cases.count - disagreements.count) / Double(cases.count)
        print("extra math-verify cases agreement: \(cases.count - disagreements.count)/\(cases.count)")
        for d in disagreements { print("DISAGREEMENT \(d)") }
        // Known gaps: derivatives and integrals are not evaluated, and one square root
        // that SymPy's simplify cannot prove equal is accepted here.
        XCTAssertGreaterThanOrEqual(agreement, 0.995)
    }

    private static let json = #"""
[
{
"completion": "\\boxed{0.75}",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{0.75}$.",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "The final answer is $0.75$. I hope it is correct.",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "Answer: $0.75$",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "We get $0.75$ as the result.",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "the answer is \\(0.75\\)",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{6}{8}}",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{6}{8}}$.",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{6}{8}$. I hope it is correct.",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{3/4}",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3/4}$.",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "The final answer is $3/4$. I hope it is correct.",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "Answer: $3/4$",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "We get $3/4$ as the result.",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "the answer is \\(3/4\\)",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\dfrac34}",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\dfrac34}$.",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "The final answer is $\\dfrac34$. I hope it is correct.",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{3}{4}}",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{3}{4}}$.",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{3}{4}$. I hope it is correct.",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "Answer: $\\frac{3}{4}$",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "We get $\\frac{3}{4}$ as the result.",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\frac{3}{4}\\)",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{0.7500}",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{0.7500}$.",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "The final answer is $0.7500$. I hope it is correct.",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{75\\%}",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{75\\%}$.",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "The final answer is $75\\%$. I hope it is correct.",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "Answer: $75\\%$",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "We get $75\\%$ as the result.",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "the answer is \\(75\\%\\)",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{4}{3}}",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{4}{3}}$.",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "The final answer is $\\frac{4}{3}$. I hope it is correct.",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.749}",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{0.749}$.",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "The final answer is $0.749$. I hope it is correct.",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "Answer: $0.749$",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "We get $0.749$ as the result.",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "the answer is \\(0.749\\)",
"gold": "$\\frac{3}{4}$",
"reward": 0.0
},
{
"completion": "\\boxed{5}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{5}$.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "The final answer is $5$. I hope it is correct.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "Answer: $5$",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "We get $5$ as the result.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "the answer is \\(5\\)",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{5.0}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{5.0}$.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "The final answer is $5.0$. I hope it is correct.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{05}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{05}$.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "The final answer is $05$. I hope it is correct.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "Answer: $05$",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "We get $05$ as the result.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "the answer is \\(05\\)",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{x=5}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x=5}$.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "The final answer is $x=5$. I hope it is correct.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{5\\text{ dollars}}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{5\\text{ dollars}}$.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "The final answer is $5\\text{ dollars}$. I hope it is correct.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "Answer: $5\\text{ dollars}$",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "We get $5\\text{ dollars}$ as the result.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "the answer is \\(5\\text{ dollars}\\)",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{\\$5}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\$5}$.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "The final answer is $\\$5$. I hope it is correct.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{5 \\text{ units}}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{5 \\text{ units}}$.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "The final answer is $5 \\text{ units}$. I hope it is correct.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "Answer: $5 \\text{ units}$",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "We get $5 \\text{ units}$ as the result.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "the answer is \\(5 \\text{ units}\\)",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{6}",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{6}$.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "The final answer is $6$. I hope it is correct.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "\\boxed{5.000001}",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{5.000001}$.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "The final answer is $5.000001$. I hope it is correct.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "Answer: $5.000001$",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "We get $5.000001$ as the result.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "the answer is \\(5.000001\\)",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "\\boxed{5.00001}",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{5.00001}$.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "The final answer is $5.00001$. I hope it is correct.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{25}}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\sqrt{25}}$.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "The final answer is $\\sqrt{25}$. I hope it is correct.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "Answer: $\\sqrt{25}$",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "We get $\\sqrt{25}$ as the result.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\sqrt{25}\\)",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{10}{2}}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{10}{2}}$.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{10}{2}$. I hope it is correct.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{2+3}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{2+3}$.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "The final answer is $2+3$. I hope it is correct.",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "Answer: $2+3$",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "We get $2+3$ as the result.",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "the answer is \\(2+3\\)",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{-3}",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{-3}$.",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "The final answer is $-3$. I hope it is correct.",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "Answer: $-3$",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "We get $-3$ as the result.",
"gold": "$-3$",
"reward": 0.0
},
{
"completion": "the answer is \\(-3\\)",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "\\boxed{- 3}",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{- 3}$.",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "The final answer is $- 3$. I hope it is correct.",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "\\boxed{(-3)}",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(-3)}$.",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "The final answer is $(-3)$. I hope it is correct.",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "Answer: $(-3)$",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "We get $(-3)$ as the result.",
"gold": "$-3$",
"reward": 0.0
},
{
"completion": "the answer is \\((-3)\\)",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "\\boxed{3}",
"gold": "$-3$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3}$.",
"gold": "$-3$",
"reward": 0.0
},
{
"completion": "The final answer is $3$. I hope it is correct.",
"gold": "$-3$",
"reward": 0.0
},
{
"completion": "\\boxed{-3.0}",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{-3.0}$.",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "The final answer is $-3.0$. I hope it is correct.",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "Answer: $-3.0$",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "We get $-3.0$ as the result.",
"gold": "$-3$",
"reward": 0.0
},
{
"completion": "the answer is \\(-3.0\\)",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "\\boxed{x = -3}",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x = -3}$.",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "The final answer is $x = -3$. I hope it is correct.",
"gold": "$-3$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{12}}",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\sqrt{12}}$.",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\sqrt{12}$. I hope it is correct.",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "Answer: $\\sqrt{12}$",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "We get $\\sqrt{12}$ as the result.",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\sqrt{12}\\)",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{2\\sqrt3}",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{2\\sqrt3}$.",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "The final answer is $2\\sqrt3$. I hope it is correct.",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 \\sqrt{3}}",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{2 \\sqrt{3}}$.",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "The final answer is $2 \\sqrt{3}$. I hope it is correct.",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "Answer: $2 \\sqrt{3}$",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "We get $2 \\sqrt{3}$ as the result.",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "the answer is \\(2 \\sqrt{3}\\)",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{3.464102}",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3.464102}$.",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "The final answer is $3.464102$. I hope it is correct.",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{3.4641}",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3.4641}$.",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "The final answer is $3.4641$. I hope it is correct.",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "Answer: $3.4641$",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "We get $3.4641$ as the result.",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "the answer is \\(3.4641\\)",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{3}\\cdot 2}",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\sqrt{3}\\cdot 2}$.",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\sqrt{3}\\cdot 2$. I hope it is correct.",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{2*\\sqrt{3}}",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{2*\\sqrt{3}}$.",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "The final answer is $2*\\sqrt{3}$. I hope it is correct.",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "Answer: $2*\\sqrt{3}$",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "We get $2*\\sqrt{3}$ as the result.",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "the answer is \\(2*\\sqrt{3}\\)",
"gold": "$2\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{3}}",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\sqrt{3}}$.",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "The final answer is $\\sqrt{3}$. I hope it is correct.",
"gold": "$2\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\pi/3}",
"gold": "$\\frac{\\pi}{3}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\pi/3}$.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\pi/3$. I hope it is correct.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 1.0
},
{
"completion": "Answer: $\\pi/3$",
"gold": "$\\frac{\\pi}{3}$",
"reward": 1.0
},
{
"completion": "We get $\\pi/3$ as the result.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\pi/3\\)",
"gold": "$\\frac{\\pi}{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{3}\\pi}",
"gold": "$\\frac{\\pi}{3}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{1}{3}\\pi}$.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{1}{3}\\pi$. I hope it is correct.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{60^\\circ}",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{60^\\circ}$.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "The final answer is $60^\\circ$. I hope it is correct.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "Answer: $60^\\circ$",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "We get $60^\\circ$ as the result.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "the answer is \\(60^\\circ\\)",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{1.047198}",
"gold": "$\\frac{\\pi}{3}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1.047198}$.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 1.0
},
{
"completion": "The final answer is $1.047198$. I hope it is correct.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\pi}{6}}",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{\\pi}{6}}$.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "The final answer is $\\frac{\\pi}{6}$. I hope it is correct.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "Answer: $\\frac{\\pi}{6}$",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "We get $\\frac{\\pi}{6}$ as the result.",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\frac{\\pi}{6}\\)",
"gold": "$\\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{(x+1)^2}",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(x+1)^2}$.",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "The final answer is $(x+1)^2$. I hope it is correct.",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "Answer: $(x+1)^2$",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "We get $(x+1)^2$ as the result.",
"gold": "$x^2+2x+1$",
"reward": 0.0
},
{
"completion": "the answer is \\((x+1)^2\\)",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "\\boxed{x^2 + 2x + 1}",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x^2 + 2x + 1}$.",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "The final answer is $x^2 + 2x + 1$. I hope it is correct.",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "\\boxed{x^{2}+2x+1}",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x^{2}+2x+1}$.",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "The final answer is $x^{2}+2x+1$. I hope it is correct.",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "Answer: $x^{2}+2x+1$",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "We get $x^{2}+2x+1$ as the result.",
"gold": "$x^2+2x+1$",
"reward": 0.0
},
{
"completion": "the answer is \\(x^{2}+2x+1\\)",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "\\boxed{(x+1)(x+1)}",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(x+1)(x+1)}$.",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "The final answer is $(x+1)(x+1)$. I hope it is correct.",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "\\boxed{x^2+2x-1}",
"gold": "$x^2+2x+1$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x^2+2x-1}$.",
"gold": "$x^2+2x+1$",
"reward": 0.0
},
{
"completion": "The final answer is $x^2+2x-1$. I hope it is correct.",
"gold": "$x^2+2x+1$",
"reward": 0.0
},
{
"completion": "Answer: $x^2+2x-1$",
"gold": "$x^2+2x+1$",
"reward": 0.0
},
{
"completion": "We get $x^2+2x-1$ as the result.",
"gold": "$x^2+2x+1$",
"reward": 0.0
},
{
"completion": "the answer is \\(x^2+2x-1\\)",
"gold": "$x^2+2x+1$",
"reward": 0.0
},
{
"completion": "\\boxed{1+2x+x^2}",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1+2x+x^2}$.",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "The final answer is $1+2x+x^2$. I hope it is correct.",
"gold": "$x^2+2x+1$",
"reward": 1.0
},
{
"completion": "\\boxed{(1,2)}",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(1,2)}$.",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "The final answer is $(1,2)$. I hope it is correct.",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "Answer: $(1,2)$",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "We get $(1,2)$ as the result.",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "the answer is \\((1,2)\\)",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "\\boxed{(1, 2)}",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(1, 2)}$.",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "The final answer is $(1, 2)$. I hope it is correct.",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "\\boxed{[1,2]}",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{[1,2]}$.",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "The final answer is $[1,2]$. I hope it is correct.",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "Answer: $[1,2]$",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "We get $[1,2]$ as the result.",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "the answer is \\([1,2]\\)",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "\\boxed{\\left(1,2\\right)}",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\left(1,2\\right)}$.",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "The final answer is $\\left(1,2\\right)$. I hope it is correct.",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "\\boxed{(2,1)}",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(2,1)}$.",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "The final answer is $(2,1)$. I hope it is correct.",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "Answer: $(2,1)$",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "We get $(2,1)$ as the result.",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "the answer is \\((2,1)\\)",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "\\boxed{1,2}",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1,2}$.",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "The final answer is $1,2$. I hope it is correct.",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "\\boxed{(3,-1)}",
"gold": "$(3,-1)$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(3,-1)}$.",
"gold": "$(3,-1)$",
"reward": 1.0
},
{
"completion": "The final answer is $(3,-1)$. I hope it is correct.",
"gold": "$(3,-1)$",
"reward": 1.0
},
{
"completion": "Answer: $(3,-1)$",
"gold": "$(3,-1)$",
"reward": 1.0
},
{
"completion": "We get $(3,-1)$ as the result.",
"gold": "$(3,-1)$",
"reward": 0.0
},
{
"completion": "the answer is \\((3,-1)\\)",
"gold": "$(3,-1)$",
"reward": 1.0
},
{
"completion": "\\boxed{(3, -1)}",
"gold": "$(3,-1)$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(3, -1)}$.",
"gold": "$(3,-1)$",
"reward": 1.0
},
{
"completion": "The final answer is $(3, -1)$. I hope it is correct.",
"gold": "$(3,-1)$",
"reward": 1.0
},
{
"completion": "\\boxed{(-1,3)}",
"gold": "$(3,-1)$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(-1,3)}$.",
"gold": "$(3,-1)$",
"reward": 0.0
},
{
"completion": "The final answer is $(-1,3)$. I hope it is correct.",
"gold": "$(3,-1)$",
"reward": 0.0
},
{
"completion": "Answer: $(-1,3)$",
"gold": "$(3,-1)$",
"reward": 0.0
},
{
"completion": "We get $(-1,3)$ as the result.",
"gold": "$(3,-1)$",
"reward": 0.0
},
{
"completion": "the answer is \\((-1,3)\\)",
"gold": "$(3,-1)$",
"reward": 0.0
},
{
"completion": "\\boxed{[2,5)}",
"gold": "$[2,5)$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{[2,5)}$.",
"gold": "$[2,5)$",
"reward": 1.0
},
{
"completion": "The final answer is $[2,5)$. I hope it is correct.",
"gold": "$[2,5)$",
"reward": 1.0
},
{
"completion": "Answer: $[2,5)$",
"gold": "$[2,5)$",
"reward": 1.0
},
{
"completion": "We get $[2,5)$ as the result.",
"gold": "$[2,5)$",
"reward": 0.0
},
{
"completion": "the answer is \\([2,5)\\)",
"gold": "$[2,5)$",
"reward": 1.0
},
{
"completion": "\\boxed{[2, 5)}",
"gold": "$[2,5)$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{[2, 5)}$.",
"gold": "$[2,5)$",
"reward": 1.0
},
{
"completion": "The final answer is $[2, 5)$. I hope it is correct.",
"gold": "$[2,5)$",
"reward": 1.0
},
{
"completion": "\\boxed{(2,5)}",
"gold": "$[2,5)$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(2,5)}$.",
"gold": "$[2,5)$",
"reward": 0.0
},
{
"completion": "The final answer is $(2,5)$. I hope it is correct.",
"gold": "$[2,5)$",
"reward": 0.0
},
{
"completion": "Answer: $(2,5)$",
"gold": "$[2,5)$",
"reward": 0.0
},
{
"completion": "We get $(2,5)$ as the result.",
"gold": "$[2,5)$",
"reward": 0.0
},
{
"completion": "the answer is \\((2,5)\\)",
"gold": "$[2,5)$",
"reward": 0.0
},
{
"completion": "\\boxed{2 \\le x < 5}",
"gold": "$[2,5)$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{2 \\le x < 5}$.",
"gold": "$[2,5)$",
"reward": 0.0
},
{
"completion": "The final answer is $2 \\le x < 5$. I hope it is correct.",
"gold": "$[2,5)$",
"reward": 0.0
},
{
"completion": "\\boxed{(-\\infty,3]}",
"gold": "$(-\\infty, 3]$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(-\\infty,3]}$.",
"gold": "$(-\\infty, 3]$",
"reward": 1.0
},
{
"completion": "The final answer is $(-\\infty,3]$. I hope it is correct.",
"gold": "$(-\\infty, 3]$",
"reward": 1.0
},
{
"completion": "Answer: $(-\\infty,3]$",
"gold": "$(-\\infty, 3]$",
"reward": 1.0
},
{
"completion": "We get $(-\\infty,3]$ as the result.",
"gold": "$(-\\infty, 3]$",
"reward": 0.0
},
{
"completion": "the answer is \\((-\\infty,3]\\)",
"gold": "$(-\\infty, 3]$",
"reward": 1.0
},
{
"completion": "\\boxed{(-\\infty, 3]}",
"gold": "$(-\\infty, 3]$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(-\\infty, 3]}$.",
"gold": "$(-\\infty, 3]$",
"reward": 1.0
},
{
"completion": "The final answer is $(-\\infty, 3]$. I hope it is correct.",
"gold": "$(-\\infty, 3]$",
"reward": 1.0
},
{
"completion": "\\boxed{x \\le 3}",
"gold": "$(-\\infty, 3]$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x \\le 3}$.",
"gold": "$(-\\infty, 3]$",
"reward": 0.0
},
{
"completion": "The final answer is $x \\le 3$. I hope it is correct.",
"gold": "$(-\\infty, 3]$",
"reward": 0.0
},
{
"completion": "Answer: $x \\le 3$",
"gold": "$(-\\infty, 3]$",
"reward": 0.0
},
{
"completion": "We get $x \\le 3$ as the result.",
"gold": "$(-\\infty, 3]$",
"reward": 0.0
},
{
"completion": "the answer is \\(x \\le 3\\)",
"gold": "$(-\\infty, 3]$",
"reward": 0.0
},
{
"completion": "\\boxed{(-\\infty,3)}",
"gold": "$(-\\infty, 3]$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(-\\infty,3)}$.",
"gold": "$(-\\infty, 3]$",
"reward": 0.0
},
{
"completion": "The final answer is $(-\\infty,3)$. I hope it is correct.",
"gold": "$(-\\infty, 3]$",
"reward": 0.0
},
{
"completion": "\\boxed{\\{3,2,1\\}}",
"gold": "$\\{1,2,3\\}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\{3,2,1\\}}$.",
"gold": "$\\{1,2,3\\}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\{3,2,1\\}$. I hope it is correct.",
"gold": "$\\{1,2,3\\}$",
"reward": 1.0
},
{
"completion": "Answer: $\\{3,2,1\\}$",
"gold": "$\\{1,2,3\\}$",
"reward": 1.0
},
{
"completion": "We get $\\{3,2,1\\}$ as the result.",
"gold": "$\\{1,2,3\\}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\{3,2,1\\}\\)",
"gold": "$\\{1,2,3\\}$",
"reward": 1.0
},
{
"completion": "\\boxed{1,2,3}",
"gold": "$\\{1,2,3\\}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1,2,3}$.",
"gold": "$\\{1,2,3\\}$",
"reward": 1.0
},
{
"completion": "The final answer is $1,2,3$. I hope it is correct.",
"gold": "$\\{1,2,3\\}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\{1,2\\}}",
"gold": "$\\{1,2,3\\}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\{1,2\\}}$.",
"gold": "$\\{1,2,3\\}$",
"reward": 0.0
},
{
"completion": "The final answer is $\\{1,2\\}$. I hope it is correct.",
"gold": "$\\{1,2,3\\}$",
"reward": 0.0
},
{
"completion": "Answer: $\\{1,2\\}$",
"gold": "$\\{1,2,3\\}$",
"reward": 0.0
},
{
"completion": "We get $\\{1,2\\}$ as the result.",
"gold": "$\\{1,2,3\\}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\{1,2\\}\\)",
"gold": "$\\{1,2,3\\}$",
"reward": 0.0
},
{
"completion": "\\boxed{1, 2, 3}",
"gold": "$\\{1,2,3\\}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1, 2, 3}$.",
"gold": "$\\{1,2,3\\}$",
"reward": 1.0
},
{
"completion": "The final answer is $1, 2, 3$. I hope it is correct.",
"gold": "$\\{1,2,3\\}$",
"reward": 1.0
},
{
"completion": "\\boxed{2}",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{2}$.",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "The final answer is $2$. I hope it is correct.",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "Answer: $2$",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "We get $2$ as the result.",
"gold": "$x=2$",
"reward": 0.0
},
{
"completion": "the answer is \\(2\\)",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "\\boxed{x=2}",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x=2}$.",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "The final answer is $x=2$. I hope it is correct.",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "\\boxed{x = 2}",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x = 2}$.",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "The final answer is $x = 2$. I hope it is correct.",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "Answer: $x = 2$",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "We get $x = 2$ as the result.",
"gold": "$x=2$",
"reward": 0.0
},
{
"completion": "the answer is \\(x = 2\\)",
"gold": "$x=2$",
"reward": 1.0
},
{
"completion": "\\boxed{y=2}",
"gold": "$x=2$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{y=2}$.",
"gold": "$x=2$",
"reward": 0.0
},
{
"completion": "The final answer is $y=2$. I hope it is correct.",
"gold": "$x=2$",
"reward": 0.0
},
{
"completion": "\\boxed{x=3}",
"gold": "$x=2$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x=3}$.",
"gold": "$x=2$",
"reward": 0.0
},
{
"completion": "The final answer is $x=3$. I hope it is correct.",
"gold": "$x=2$",
"reward": 0.0
},
{
"completion": "Answer: $x=3$",
"gold": "$x=2$",
"reward": 0.0
},
{
"completion": "We get $x=3$ as the result.",
"gold": "$x=2$",
"reward": 0.0
},
{
"completion": "the answer is \\(x=3\\)",
"gold": "$x=2$",
"reward": 0.0
},
{
"completion": "\\boxed{y = 3x - 2}",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{y = 3x - 2}$.",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "The final answer is $y = 3x - 2$. I hope it is correct.",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "Answer: $y = 3x - 2$",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "We get $y = 3x - 2$ as the result.",
"gold": "$y=3x-2$",
"reward": 0.0
},
{
"completion": "the answer is \\(y = 3x - 2\\)",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "\\boxed{y=-2+3x}",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{y=-2+3x}$.",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "The final answer is $y=-2+3x$. I hope it is correct.",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "\\boxed{3x-2}",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3x-2}$.",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "The final answer is $3x-2$. I hope it is correct.",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "Answer: $3x-2$",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "We get $3x-2$ as the result.",
"gold": "$y=3x-2$",
"reward": 0.0
},
{
"completion": "the answer is \\(3x-2\\)",
"gold": "$y=3x-2$",
"reward": 1.0
},
{
"completion": "\\boxed{y=3x+2}",
"gold": "$y=3x-2$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{y=3x+2}$.",
"gold": "$y=3x-2$",
"reward": 0.0
},
{
"completion": "The final answer is $y=3x+2$. I hope it is correct.",
"gold": "$y=3x-2$",
"reward": 0.0
},
{
"completion": "\\boxed{x<3}",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x<3}$.",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "The final answer is $x<3$. I hope it is correct.",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "Answer: $x<3$",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "We get $x<3$ as the result.",
"gold": "$x<3$",
"reward": 0.0
},
{
"completion": "the answer is \\(x<3\\)",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "\\boxed{3>x}",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3>x}$.",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "The final answer is $3>x$. I hope it is correct.",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "\\boxed{x \\lt 3}",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x \\lt 3}$.",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "The final answer is $x \\lt 3$. I hope it is correct.",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "Answer: $x \\lt 3$",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "We get $x \\lt 3$ as the result.",
"gold": "$x<3$",
"reward": 0.0
},
{
"completion": "the answer is \\(x \\lt 3\\)",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "\\boxed{x\\le 3}",
"gold": "$x<3$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x\\le 3}$.",
"gold": "$x<3$",
"reward": 0.0
},
{
"completion": "The final answer is $x\\le 3$. I hope it is correct.",
"gold": "$x<3$",
"reward": 0.0
},
{
"completion": "\\boxed{(-\\infty,3)}",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(-\\infty,3)}$.",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "The final answer is $(-\\infty,3)$. I hope it is correct.",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "Answer: $(-\\infty,3)$",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "We get $(-\\infty,3)$ as the result.",
"gold": "$x<3$",
"reward": 0.0
},
{
"completion": "the answer is \\((-\\infty,3)\\)",
"gold": "$x<3$",
"reward": 1.0
},
{
"completion": "\\boxed{B}",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{B}$.",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "The final answer is $B$. I hope it is correct.",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "Answer: $B$",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "We get $B$ as the result.",
"gold": "$\\text{(B)}$",
"reward": 0.0
},
{
"completion": "the answer is \\(B\\)",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "\\boxed{(B)}",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(B)}$.",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "The final answer is $(B)$. I hope it is correct.",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\text{B}}",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\text{B}}$.",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\text{B}$. I hope it is correct.",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "Answer: $\\text{B}$",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "We get $\\text{B}$ as the result.",
"gold": "$\\text{(B)}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\text{B}\\)",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\textbf{(B)}}",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\textbf{(B)}}$.",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\textbf{(B)}$. I hope it is correct.",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\mathrm{B}}",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\mathrm{B}}$.",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\mathrm{B}$. I hope it is correct.",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "Answer: $\\mathrm{B}$",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "We get $\\mathrm{B}$ as the result.",
"gold": "$\\text{(B)}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\mathrm{B}\\)",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "\\boxed{C}",
"gold": "$\\text{(B)}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{C}$.",
"gold": "$\\text{(B)}$",
"reward": 0.0
},
{
"completion": "The final answer is $C$. I hope it is correct.",
"gold": "$\\text{(B)}$",
"reward": 0.0
},
{
"completion": "\\boxed{b}",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{b}$.",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "The final answer is $b$. I hope it is correct.",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "Answer: $b$",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "We get $b$ as the result.",
"gold": "$\\text{(B)}$",
"reward": 0.0
},
{
"completion": "the answer is \\(b\\)",
"gold": "$\\text{(B)}$",
"reward": 1.0
},
{
"completion": "\\boxed{12\\%}",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{12\\%}$.",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "The final answer is $12\\%$. I hope it is correct.",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "Answer: $12\\%$",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "We get $12\\%$ as the result.",
"gold": "$12\\%$",
"reward": 0.0
},
{
"completion": "the answer is \\(12\\%\\)",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "\\boxed{12}",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{12}$.",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "The final answer is $12$. I hope it is correct.",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "\\boxed{0.12}",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{0.12}$.",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "The final answer is $0.12$. I hope it is correct.",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "Answer: $0.12$",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "We get $0.12$ as the result.",
"gold": "$12\\%$",
"reward": 0.0
},
{
"completion": "the answer is \\(0.12\\)",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "\\boxed{12 percent}",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{12 percent}$.",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "The final answer is $12 percent$. I hope it is correct.",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{12}{100}}",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{12}{100}}$.",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{12}{100}$. I hope it is correct.",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "Answer: $\\frac{12}{100}$",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "We get $\\frac{12}{100}$ as the result.",
"gold": "$12\\%$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\frac{12}{100}\\)",
"gold": "$12\\%$",
"reward": 1.0
},
{
"completion": "\\boxed{13\\%}",
"gold": "$12\\%$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{13\\%}$.",
"gold": "$12\\%$",
"reward": 0.0
},
{
"completion": "The final answer is $13\\%$. I hope it is correct.",
"gold": "$12\\%$",
"reward": 0.0
},
{
"completion": "\\boxed{1000000}",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1000000}$.",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "The final answer is $1000000$. I hope it is correct.",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "Answer: $1000000$",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "We get $1000000$ as the result.",
"gold": "$1,000,000$",
"reward": 0.0
},
{
"completion": "the answer is \\(1000000\\)",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "\\boxed{1,000,000}",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1,000,000}$.",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "The final answer is $1,000,000$. I hope it is correct.",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "\\boxed{10^6}",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{10^6}$.",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "The final answer is $10^6$. I hope it is correct.",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "Answer: $10^6$",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "We get $10^6$ as the result.",
"gold": "$1,000,000$",
"reward": 0.0
},
{
"completion": "the answer is \\(10^6\\)",
"gold": "$1,000,000$",
"reward": 1.0
},
{
"completion": "\\boxed{1\\,000\\,000}",
"gold": "$1,000,000$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1\\,000\\,000}$.",
"gold": "$1,000,000$",
"reward": 0.0
},
{
"completion": "The final answer is $1\\,000\\,000$. I hope it is correct.",
"gold": "$1,000,000$",
"reward": 0.0
},
{
"completion": "\\boxed{1000001}",
"gold": "$1,000,000$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1000001}$.",
"gold": "$1,000,000$",
"reward": 0.0
},
{
"completion": "The final answer is $1000001$. I hope it is correct.",
"gold": "$1,000,000$",
"reward": 0.0
},
{
"completion": "Answer: $1000001$",
"gold": "$1,000,000$",
"reward": 0.0
},
{
"completion": "We get $1000001$ as the result.",
"gold": "$1,000,000$",
"reward": 0.0
},
{
"completion": "the answer is \\(1000001\\)",
"gold": "$1,000,000$",
"reward": 0.0
},
{
"completion": "\\boxed{3.14}",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3.14}$.",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "The final answer is $3.14$. I hope it is correct.",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "Answer: $3.14$",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "We get $3.14$ as the result.",
"gold": "$3.14$",
"reward": 0.0
},
{
"completion": "the answer is \\(3.14\\)",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "\\boxed{\\pi}",
"gold": "$3.14$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\pi}$.",
"gold": "$3.14$",
"reward": 0.0
},
{
"completion": "The final answer is $\\pi$. I hope it is correct.",
"gold": "$3.14$",
"reward": 0.0
},
{
"completion": "\\boxed{3.140}",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3.140}$.",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "The final answer is $3.140$. I hope it is correct.",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "Answer: $3.140$",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "We get $3.140$ as the result.",
"gold": "$3.14$",
"reward": 0.0
},
{
"completion": "the answer is \\(3.140\\)",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "\\boxed{3.1400001}",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3.1400001}$.",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "The final answer is $3.1400001$. I hope it is correct.",
"gold": "$3.14$",
"reward": 1.0
},
{
"completion": "\\boxed{0.333333}",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{0.333333}$.",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "The final answer is $0.333333$. I hope it is correct.",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "Answer: $0.333333$",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "We get $0.333333$ as the result.",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "the answer is \\(0.333333\\)",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{0.3333}",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{0.3333}$.",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "The final answer is $0.3333$. I hope it is correct.",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.33}",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{0.33}$.",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "The final answer is $0.33$. I hope it is correct.",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "Answer: $0.33$",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "We get $0.33$ as the result.",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "the answer is \\(0.33\\)",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{2}{6}}",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{2}{6}}$.",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{2}{6}$. I hope it is correct.",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{1/3}",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1/3}$.",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "The final answer is $1/3$. I hope it is correct.",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "Answer: $1/3$",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "We get $1/3$ as the result.",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "the answer is \\(1/3\\)",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{0.\\overline{3}}",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{0.\\overline{3}}$.",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "The final answer is $0.\\overline{3}$. I hope it is correct.",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{e^2}",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{e^2}$.",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $e^2$. I hope it is correct.",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "Answer: $e^2$",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "We get $e^2$ as the result.",
"gold": "$e^{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(e^2\\)",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\exp(2)}",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\exp(2)}$.",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\exp(2)$. I hope it is correct.",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{7.389056}",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{7.389056}$.",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $7.389056$. I hope it is correct.",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "Answer: $7.389056$",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "We get $7.389056$ as the result.",
"gold": "$e^{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(7.389056\\)",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{e^{2}}",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{e^{2}}$.",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $e^{2}$. I hope it is correct.",
"gold": "$e^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{2e}",
"gold": "$e^{2}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{2e}$.",
"gold": "$e^{2}$",
"reward": 0.0
},
{
"completion": "The final answer is $2e$. I hope it is correct.",
"gold": "$e^{2}$",
"reward": 0.0
},
{
"completion": "Answer: $2e$",
"gold": "$e^{2}$",
"reward": 0.0
},
{
"completion": "We get $2e$ as the result.",
"gold": "$e^{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(2e\\)",
"gold": "$e^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\ln(2)}",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\ln(2)}$.",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "The final answer is $\\ln(2)$. I hope it is correct.",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "Answer: $\\ln(2)$",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "We get $\\ln(2)$ as the result.",
"gold": "$\\ln 2$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\ln(2)\\)",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\log(2)}",
"gold": "$\\ln 2$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\log(2)}$.",
"gold": "$\\ln 2$",
"reward": 0.0
},
{
"completion": "The final answer is $\\log(2)$. I hope it is correct.",
"gold": "$\\ln 2$",
"reward": 0.0
},
{
"completion": "\\boxed{0.693147}",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{0.693147}$.",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "The final answer is $0.693147$. I hope it is correct.",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "Answer: $0.693147$",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "We get $0.693147$ as the result.",
"gold": "$\\ln 2$",
"reward": 0.0
},
{
"completion": "the answer is \\(0.693147\\)",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\ln{2}}",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\ln{2}}$.",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "The final answer is $\\ln{2}$. I hope it is correct.",
"gold": "$\\ln 2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sin(x)}",
"gold": "$\\sin x$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\sin(x)}$.",
"gold": "$\\sin x$",
"reward": 1.0
},
{
"completion": "The final answer is $\\sin(x)$. I hope it is correct.",
"gold": "$\\sin x$",
"reward": 1.0
},
{
"completion": "Answer: $\\sin(x)$",
"gold": "$\\sin x$",
"reward": 1.0
},
{
"completion": "We get $\\sin(x)$ as the result.",
"gold": "$\\sin x$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\sin(x)\\)",
"gold": "$\\sin x$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sin{x}}",
"gold": "$\\sin x$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\sin{x}}$.",
"gold": "$\\sin x$",
"reward": 1.0
},
{
"completion": "The final answer is $\\sin{x}$. I hope it is correct.",
"gold": "$\\sin x$",
"reward": 1.0
},
{
"completion": "\\boxed{\\cos x}",
"gold": "$\\sin x$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\cos x}$.",
"gold": "$\\sin x$",
"reward": 0.0
},
{
"completion": "The final answer is $\\cos x$. I hope it is correct.",
"gold": "$\\sin x$",
"reward": 0.0
},
{
"completion": "Answer: $\\cos x$",
"gold": "$\\sin x$",
"reward": 0.0
},
{
"completion": "We get $\\cos x$ as the result.",
"gold": "$\\sin x$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\cos x\\)",
"gold": "$\\sin x$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sin x}",
"gold": "$\\sin x$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\sin x}$.",
"gold": "$\\sin x$",
"reward": 1.0
},
{
"completion": "The final answer is $\\sin x$. I hope it is correct.",
"gold": "$\\sin x$",
"reward": 1.0
},
{
"completion": "\\boxed{\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}}",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}}$.",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$. I hope it is correct.",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 1.0
},
{
"completion": "Answer: $\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 1.0
},
{
"completion": "We get $\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$ as the result.",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}\\)",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\begin{pmatrix}1\\\\2\\end{pmatrix}}",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\begin{pmatrix}1\\\\2\\end{pmatrix}}$.",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\begin{pmatrix}1\\\\2\\end{pmatrix}$. I hope it is correct.",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 1.0
},
{
"completion": "\\boxed{(1,2)}",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(1,2)}$.",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 0.0
},
{
"completion": "The final answer is $(1,2)$. I hope it is correct.",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 0.0
},
{
"completion": "Answer: $(1,2)$",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 0.0
},
{
"completion": "We get $(1,2)$ as the result.",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 0.0
},
{
"completion": "the answer is \\((1,2)\\)",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\begin{pmatrix} 2 \\\\ 1 \\end{pmatrix}}",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\begin{pmatrix} 2 \\\\ 1 \\end{pmatrix}}$.",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 0.0
},
{
"completion": "The final answer is $\\begin{pmatrix} 2 \\\\ 1 \\end{pmatrix}$. I hope it is correct.",
"gold": "$\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}}",
"gold": "$\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}}$.",
"gold": "$\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}$. I hope it is correct.",
"gold": "$\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}$",
"reward": 1.0
},
{
"completion": "Answer: $\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}$",
"gold": "$\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}$",
"reward": 1.0
},
{
"completion": "We get $\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}$ as the result.",
"gold": "$\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\begin{pmatrix} 1 & 0 \\\\ 0 & 1 \\end{pmatrix}\\)",
"gold": "$\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\begin{bmatrix}1&0\\\\0&1\\end{bmatrix}}",
"gold": "$\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\begin{bmatrix}1&0\\\\0&1\\end{bmatrix}}$.",
"gold": "$\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\begin{bmatrix}1&0\\\\0&1\\end{bmatrix}$. I hope it is correct.",
"gold": "$\\begin{bmatrix} 1 & 0 \\\\ 0 & 1 \\end{bmatrix}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{b+a}{2}}",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{b+a}{2}}$.",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{b+a}{2}$. I hope it is correct.",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "Answer: $\\frac{b+a}{2}$",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "We get $\\frac{b+a}{2}$ as the result.",
"gold": "$\\frac{a+b}{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\frac{b+a}{2}\\)",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{(a+b)/2}",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(a+b)/2}$.",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $(a+b)/2$. I hope it is correct.",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{a}{2}+\\frac{b}{2}}",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{a}{2}+\\frac{b}{2}}$.",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{a}{2}+\\frac{b}{2}$. I hope it is correct.",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "Answer: $\\frac{a}{2}+\\frac{b}{2}$",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "We get $\\frac{a}{2}+\\frac{b}{2}$ as the result.",
"gold": "$\\frac{a+b}{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\frac{a}{2}+\\frac{b}{2}\\)",
"gold": "$\\frac{a+b}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{a+b/2}",
"gold": "$\\frac{a+b}{2}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{a+b/2}$.",
"gold": "$\\frac{a+b}{2}$",
"reward": 0.0
},
{
"completion": "The final answer is $a+b/2$. I hope it is correct.",
"gold": "$\\frac{a+b}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{90}",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{90}$.",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "The final answer is $90$. I hope it is correct.",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "Answer: $90$",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "We get $90$ as the result.",
"gold": "$90^\\circ$",
"reward": 0.0
},
{
"completion": "the answer is \\(90\\)",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "\\boxed{90^{\\circ}}",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{90^{\\circ}}$.",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "The final answer is $90^{\\circ}$. I hope it is correct.",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "\\boxed{90^\\circ}",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{90^\\circ}$.",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "The final answer is $90^\\circ$. I hope it is correct.",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "Answer: $90^\\circ$",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "We get $90^\\circ$ as the result.",
"gold": "$90^\\circ$",
"reward": 0.0
},
{
"completion": "the answer is \\(90^\\circ\\)",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\pi}{2}}",
"gold": "$90^\\circ$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{\\pi}{2}}$.",
"gold": "$90^\\circ$",
"reward": 0.0
},
{
"completion": "The final answer is $\\frac{\\pi}{2}$. I hope it is correct.",
"gold": "$90^\\circ$",
"reward": 0.0
},
{
"completion": "\\boxed{90 degrees}",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{90 degrees}$.",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "The final answer is $90 degrees$. I hope it is correct.",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "Answer: $90 degrees$",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "We get $90 degrees$ as the result.",
"gold": "$90^\\circ$",
"reward": 0.0
},
{
"completion": "the answer is \\(90 degrees\\)",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "\\boxed{2^{1/3}}",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{2^{1/3}}$.",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $2^{1/3}$. I hope it is correct.",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "Answer: $2^{1/3}$",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "We get $2^{1/3}$ as the result.",
"gold": "$\\sqrt[3]{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(2^{1/3}\\)",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt[3]{2}}",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\sqrt[3]{2}}$.",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\sqrt[3]{2}$. I hope it is correct.",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{1.259921}",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1.259921}$.",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $1.259921$. I hope it is correct.",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "Answer: $1.259921$",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "We get $1.259921$ as the result.",
"gold": "$\\sqrt[3]{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(1.259921\\)",
"gold": "$\\sqrt[3]{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{2}}",
"gold": "$\\sqrt[3]{2}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\sqrt{2}}$.",
"gold": "$\\sqrt[3]{2}$",
"reward": 0.0
},
{
"completion": "The final answer is $\\sqrt{2}$. I hope it is correct.",
"gold": "$\\sqrt[3]{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{10}",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{10}$.",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $10$. I hope it is correct.",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "Answer: $10$",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "We get $10$ as the result.",
"gold": "$\\binom{5}{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(10\\)",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\binom{5}{2}}",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\binom{5}{2}}$.",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\binom{5}{2}$. I hope it is correct.",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\dbinom{5}{2}}",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\dbinom{5}{2}}$.",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\dbinom{5}{2}$. I hope it is correct.",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "Answer: $\\dbinom{5}{2}$",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "We get $\\dbinom{5}{2}$ as the result.",
"gold": "$\\binom{5}{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\dbinom{5}{2}\\)",
"gold": "$\\binom{5}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{5}",
"gold": "$\\binom{5}{2}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{5}$.",
"gold": "$\\binom{5}{2}$",
"reward": 0.0
},
{
"completion": "The final answer is $5$. I hope it is correct.",
"gold": "$\\binom{5}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{24}",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{24}$.",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "The final answer is $24$. I hope it is correct.",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "Answer: $24$",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "We get $24$ as the result.",
"gold": "$4!$",
"reward": 0.0
},
{
"completion": "the answer is \\(24\\)",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "\\boxed{4!}",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{4!}$.",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "The final answer is $4!$. I hope it is correct.",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "\\boxed{4 \\cdot 3 \\cdot 2 \\cdot 1}",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{4 \\cdot 3 \\cdot 2 \\cdot 1}$.",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "The final answer is $4 \\cdot 3 \\cdot 2 \\cdot 1$. I hope it is correct.",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "Answer: $4 \\cdot 3 \\cdot 2 \\cdot 1$",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "We get $4 \\cdot 3 \\cdot 2 \\cdot 1$ as the result.",
"gold": "$4!$",
"reward": 0.0
},
{
"completion": "the answer is \\(4 \\cdot 3 \\cdot 2 \\cdot 1\\)",
"gold": "$4!$",
"reward": 1.0
},
{
"completion": "\\boxed{12}",
"gold": "$4!$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{12}$.",
"gold": "$4!$",
"reward": 0.0
},
{
"completion": "The final answer is $12$. I hope it is correct.",
"gold": "$4!$",
"reward": 0.0
},
{
"completion": "\\boxed{-\\frac{1}{2}}",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{-\\frac{1}{2}}$.",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $-\\frac{1}{2}$. I hope it is correct.",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "Answer: $-\\frac{1}{2}$",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "We get $-\\frac{1}{2}$ as the result.",
"gold": "$-\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(-\\frac{1}{2}\\)",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{-0.5}",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{-0.5}$.",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $-0.5$. I hope it is correct.",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{-1}{2}}",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{-1}{2}}$.",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{-1}{2}$. I hope it is correct.",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "Answer: $\\frac{-1}{2}$",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "We get $\\frac{-1}{2}$ as the result.",
"gold": "$-\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\frac{-1}{2}\\)",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{-1/2}",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{-1/2}$.",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $-1/2$. I hope it is correct.",
"gold": "$-\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{2}}",
"gold": "$-\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{1}{2}}$.",
"gold": "$-\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "The final answer is $\\frac{1}{2}$. I hope it is correct.",
"gold": "$-\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "Answer: $\\frac{1}{2}$",
"gold": "$-\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "We get $\\frac{1}{2}$ as the result.",
"gold": "$-\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\frac{1}{2}\\)",
"gold": "$-\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\pm 2}",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\pm 2}$.",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "The final answer is $\\pm 2$. I hope it is correct.",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "Answer: $\\pm 2$",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "We get $\\pm 2$ as the result.",
"gold": "$\\pm 2$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\pm 2\\)",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "\\boxed{2, -2}",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{2, -2}$.",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "The final answer is $2, -2$. I hope it is correct.",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "\\boxed{-2,2}",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{-2,2}$.",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "The final answer is $-2,2$. I hope it is correct.",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "Answer: $-2,2$",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "We get $-2,2$ as the result.",
"gold": "$\\pm 2$",
"reward": 0.0
},
{
"completion": "the answer is \\(-2,2\\)",
"gold": "$\\pm 2$",
"reward": 1.0
},
{
"completion": "\\boxed{2}",
"gold": "$\\pm 2$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{2}$.",
"gold": "$\\pm 2$",
"reward": 0.0
},
{
"completion": "The final answer is $2$. I hope it is correct.",
"gold": "$\\pm 2$",
"reward": 0.0
},
{
"completion": "\\boxed{\\pm 2}",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\pm 2}$.",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "The final answer is $\\pm 2$. I hope it is correct.",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "Answer: $\\pm 2$",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "We get $\\pm 2$ as the result.",
"gold": "$2, -2$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\pm 2\\)",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\text{ and } -2}",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{2 \\text{ and } -2}$.",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "The final answer is $2 \\text{ and } -2$. I hope it is correct.",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "\\boxed{-2, 2}",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{-2, 2}$.",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "The final answer is $-2, 2$. I hope it is correct.",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "Answer: $-2, 2$",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "We get $-2, 2$ as the result.",
"gold": "$2, -2$",
"reward": 0.0
},
{
"completion": "the answer is \\(-2, 2\\)",
"gold": "$2, -2$",
"reward": 1.0
},
{
"completion": "\\boxed{2}",
"gold": "$2, -2$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{2}$.",
"gold": "$2, -2$",
"reward": 0.0
},
{
"completion": "The final answer is $2$. I hope it is correct.",
"gold": "$2, -2$",
"reward": 0.0
},
{
"completion": "\\boxed{|x|}",
"gold": "$|x|$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{|x|}$.",
"gold": "$|x|$",
"reward": 1.0
},
{
"completion": "The final answer is $|x|$. I hope it is correct.",
"gold": "$|x|$",
"reward": 1.0
},
{
"completion": "Answer: $|x|$",
"gold": "$|x|$",
"reward": 1.0
},
{
"completion": "We get $|x|$ as the result.",
"gold": "$|x|$",
"reward": 0.0
},
{
"completion": "the answer is \\(|x|\\)",
"gold": "$|x|$",
"reward": 1.0
},
{
"completion": "\\boxed{\\left|x\\right|}",
"gold": "$|x|$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\left|x\\right|}$.",
"gold": "$|x|$",
"reward": 1.0
},
{
"completion": "The final answer is $\\left|x\\right|$. I hope it is correct.",
"gold": "$|x|$",
"reward": 1.0
},
{
"completion": "\\boxed{x}",
"gold": "$|x|$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x}$.",
"gold": "$|x|$",
"reward": 0.0
},
{
"completion": "The final answer is $x$. I hope it is correct.",
"gold": "$|x|$",
"reward": 0.0
},
{
"completion": "Answer: $x$",
"gold": "$|x|$",
"reward": 0.0
},
{
"completion": "We get $x$ as the result.",
"gold": "$|x|$",
"reward": 0.0
},
{
"completion": "the answer is \\(x\\)",
"gold": "$|x|$",
"reward": 0.0
},
{
"completion": "\\boxed{\\infty}",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\infty}$.",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "The final answer is $\\infty$. I hope it is correct.",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "Answer: $\\infty$",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "We get $\\infty$ as the result.",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\infty\\)",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "\\boxed{+\\infty}",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{+\\infty}$.",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "The final answer is $+\\infty$. I hope it is correct.",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "\\boxed{infinity}",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{infinity}$.",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "The final answer is $infinity$. I hope it is correct.",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "Answer: $infinity$",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "We get $infinity$ as the result.",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "the answer is \\(infinity\\)",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "\\boxed{\\text{infinity}}",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\text{infinity}}$.",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "The final answer is $\\text{infinity}$. I hope it is correct.",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "\\boxed{oo}",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{oo}$.",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "The final answer is $oo$. I hope it is correct.",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "Answer: $oo$",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "We get $oo$ as the result.",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "the answer is \\(oo\\)",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "\\boxed{18.90}",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{18.90}$.",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "The final answer is $18.90$. I hope it is correct.",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "Answer: $18.90$",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "We get $18.90$ as the result.",
"gold": "$\\$18.90$",
"reward": 0.0
},
{
"completion": "the answer is \\(18.90\\)",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "\\boxed{\\$18.90}",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\$18.90}$.",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "The final answer is $\\$18.90$. I hope it is correct.",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "\\boxed{18.9}",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{18.9}$.",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "The final answer is $18.9$. I hope it is correct.",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "Answer: $18.9$",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "We get $18.9$ as the result.",
"gold": "$\\$18.90$",
"reward": 0.0
},
{
"completion": "the answer is \\(18.9\\)",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "\\boxed{18.90\\text{ dollars}}",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{18.90\\text{ dollars}}$.",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "The final answer is $18.90\\text{ dollars}$. I hope it is correct.",
"gold": "$\\$18.90$",
"reward": 1.0
},
{
"completion": "\\boxed{10\\sqrt{2}}",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{10\\sqrt{2}}$.",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $10\\sqrt{2}$. I hope it is correct.",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "Answer: $10\\sqrt{2}$",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "We get $10\\sqrt{2}$ as the result.",
"gold": "$10\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(10\\sqrt{2}\\)",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{200}}",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\sqrt{200}}$.",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\sqrt{200}$. I hope it is correct.",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{14.142136}",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{14.142136}$.",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $14.142136$. I hope it is correct.",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "Answer: $14.142136$",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "We get $14.142136$ as the result.",
"gold": "$10\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(14.142136\\)",
"gold": "$10\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{14.14}",
"gold": "$10\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{14.14}$.",
"gold": "$10\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "The final answer is $14.14$. I hope it is correct.",
"gold": "$10\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{3\\frac{1}{2}}",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3\\frac{1}{2}}$.",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $3\\frac{1}{2}$. I hope it is correct.",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "Answer: $3\\frac{1}{2}$",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "We get $3\\frac{1}{2}$ as the result.",
"gold": "$\\frac{7}{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(3\\frac{1}{2}\\)",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{3.5}",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3.5}$.",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $3.5$. I hope it is correct.",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{7}{2}}",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{7}{2}}$.",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{7}{2}$. I hope it is correct.",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "Answer: $\\frac{7}{2}$",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "We get $\\frac{7}{2}$ as the result.",
"gold": "$\\frac{7}{2}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\frac{7}{2}\\)",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{7/2}",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{7/2}$.",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "The final answer is $7/2$. I hope it is correct.",
"gold": "$\\frac{7}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{0}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{0}$.",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "The final answer is $0$. I hope it is correct.",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "Answer: $0$",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "We get $0$ as the result.",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "the answer is \\(0\\)",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{0.0}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{0.0}$.",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "The final answer is $0.0$. I hope it is correct.",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{-0}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{-0}$.",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "The final answer is $-0$. I hope it is correct.",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "Answer: $-0$",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "We get $-0$ as the result.",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "the answer is \\(-0\\)",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{\\emptyset}",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\emptyset}$.",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "The final answer is $\\emptyset$. I hope it is correct.",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "\\boxed{\\text{none}}",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\text{none}}$.",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "The final answer is $\\text{none}$. I hope it is correct.",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "Answer: $\\text{none}$",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "We get $\\text{none}$ as the result.",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\text{none}\\)",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "\\boxed{\\text{even}}",
"gold": "$\\text{even}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\text{even}}$.",
"gold": "$\\text{even}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\text{even}$. I hope it is correct.",
"gold": "$\\text{even}$",
"reward": 1.0
},
{
"completion": "Answer: $\\text{even}$",
"gold": "$\\text{even}$",
"reward": 1.0
},
{
"completion": "We get $\\text{even}$ as the result.",
"gold": "$\\text{even}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\text{even}\\)",
"gold": "$\\text{even}$",
"reward": 1.0
},
{
"completion": "\\boxed{even}",
"gold": "$\\text{even}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{even}$.",
"gold": "$\\text{even}$",
"reward": 1.0
},
{
"completion": "The final answer is $even$. I hope it is correct.",
"gold": "$\\text{even}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\text{odd}}",
"gold": "$\\text{even}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\text{odd}}$.",
"gold": "$\\text{even}$",
"reward": 0.0
},
{
"completion": "The final answer is $\\text{odd}$. I hope it is correct.",
"gold": "$\\text{even}$",
"reward": 0.0
},
{
"completion": "Answer: $\\text{odd}$",
"gold": "$\\text{even}$",
"reward": 0.0
},
{
"completion": "We get $\\text{odd}$ as the result.",
"gold": "$\\text{even}$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\text{odd}\\)",
"gold": "$\\text{even}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\textbf{even}}",
"gold": "$\\text{even}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\textbf{even}}$.",
"gold": "$\\text{even}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\textbf{even}$. I hope it is correct.",
"gold": "$\\text{even}$",
"reward": 1.0
},
{
"completion": "\\boxed{(a-b)(a+b)}",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(a-b)(a+b)}$.",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "The final answer is $(a-b)(a+b)$. I hope it is correct.",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "Answer: $(a-b)(a+b)$",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "We get $(a-b)(a+b)$ as the result.",
"gold": "$a^2-b^2$",
"reward": 0.0
},
{
"completion": "the answer is \\((a-b)(a+b)\\)",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "\\boxed{(a+b)(a-b)}",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(a+b)(a-b)}$.",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "The final answer is $(a+b)(a-b)$. I hope it is correct.",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "\\boxed{a^2 - b^2}",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{a^2 - b^2}$.",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "The final answer is $a^2 - b^2$. I hope it is correct.",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "Answer: $a^2 - b^2$",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "We get $a^2 - b^2$ as the result.",
"gold": "$a^2-b^2$",
"reward": 0.0
},
{
"completion": "the answer is \\(a^2 - b^2\\)",
"gold": "$a^2-b^2$",
"reward": 1.0
},
{
"completion": "\\boxed{(a-b)^2}",
"gold": "$a^2-b^2$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{(a-b)^2}$.",
"gold": "$a^2-b^2$",
"reward": 0.0
},
{
"completion": "The final answer is $(a-b)^2$. I hope it is correct.",
"gold": "$a^2-b^2$",
"reward": 0.0
},
{
"completion": "\\boxed{1-\\frac{1}{x+1}}",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1-\\frac{1}{x+1}}$.",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "The final answer is $1-\\frac{1}{x+1}$. I hope it is correct.",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "Answer: $1-\\frac{1}{x+1}$",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "We get $1-\\frac{1}{x+1}$ as the result.",
"gold": "$\\frac{x}{x+1}$",
"reward": 0.0
},
{
"completion": "the answer is \\(1-\\frac{1}{x+1}\\)",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{x}{1+x}}",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{x}{1+x}}$.",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{x}{1+x}$. I hope it is correct.",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "\\boxed{x/(x+1)}",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{x/(x+1)}$.",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "The final answer is $x/(x+1)$. I hope it is correct.",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "Answer: $x/(x+1)$",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "We get $x/(x+1)$ as the result.",
"gold": "$\\frac{x}{x+1}$",
"reward": 0.0
},
{
"completion": "the answer is \\(x/(x+1)\\)",
"gold": "$\\frac{x}{x+1}$",
"reward": 1.0
},
{
"completion": "\\boxed{59049}",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{59049}$.",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "The final answer is $59049$. I hope it is correct.",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "Answer: $59049$",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "We get $59049$ as the result.",
"gold": "$3^{10}$",
"reward": 0.0
},
{
"completion": "the answer is \\(59049\\)",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "\\boxed{3^{10}}",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3^{10}}$.",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "The final answer is $3^{10}$. I hope it is correct.",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "\\boxed{9^5}",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{9^5}$.",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "The final answer is $9^5$. I hope it is correct.",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "Answer: $9^5$",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "We get $9^5$ as the result.",
"gold": "$3^{10}$",
"reward": 0.0
},
{
"completion": "the answer is \\(9^5\\)",
"gold": "$3^{10}$",
"reward": 1.0
},
{
"completion": "\\boxed{59048}",
"gold": "$3^{10}$",
"reward": 0.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{59048}$.",
"gold": "$3^{10}$",
"reward": 0.0
},
{
"completion": "The final answer is $59048$. I hope it is correct.",
"gold": "$3^{10}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{3}{2}}",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{\\frac{3}{2}}$.",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{3}{2}$. I hope it is correct.",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "Answer: $\\frac{3}{2}$",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "We get $\\frac{3}{2}$ as the result.",
"gold": "$1.5$",
"reward": 0.0
},
{
"completion": "the answer is \\(\\frac{3}{2}\\)",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "\\boxed{1.5}",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1.5}$.",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "The final answer is $1.5$. I hope it is correct.",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "\\boxed{1.50}",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1.50}$.",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "The final answer is $1.50$. I hope it is correct.",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "Answer: $1.50$",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "We get $1.50$ as the result.",
"gold": "$1.5$",
"reward": 0.0
},
{
"completion": "the answer is \\(1.50\\)",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "\\boxed{3/2}",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{3/2}$.",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "The final answer is $3/2$. I hope it is correct.",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "\\boxed{1\\frac{1}{2}}",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "<think>\nwork\n</think>\nSo the answer is $\\boxed{1\\frac{1}{2}}$.",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "The final answer is $1\\frac{1}{2}$. I hope it is correct.",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "Answer: $1\\frac{1}{2}$",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "We get $1\\frac{1}{2}$ as the result.",
"gold": "$1.5$",
"reward": 0.0
},
{
"completion": "the answer is \\(1\\frac{1}{2}\\)",
"gold": "$1.5$",
"reward": 1.0
},
{
"completion": "\\boxed{5}",
"gold": "5",
"reward": 1.0
},
{
"completion": "\\boxed{5}",
"gold": "\\frac{10}{2}",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{2}}",
"gold": "\\frac{1}{2}",
"reward": 1.0
},
{
"completion": "\\boxed{2}",
"gold": "The answer is \\boxed{2}.",
"reward": 1.0
},
{
"completion": "\\boxed{3}",
"gold": "so we get 3.",
"reward": 1.0
},
{
"completion": "\\boxed{3}",
"gold": "hello",
"reward": null
},
{
"completion": "\\boxed{3}",
"gold": "",
"reward": null
},
{
"completion": "\\boxed{3}",
"gold": "$$3$$",
"reward": 1.0
},
{
"completion": "\\boxed{3}",
"gold": "\\[3\\]",
"reward": 1.0
},
{
"completion": "\\boxed{1} and \\boxed{2}",
"gold": "$1, 2$",
"reward": 1.0
},
{
"completion": "\\boxed{1}, \\boxed{2}",
"gold": "$\\{1,2\\}$",
"reward": 1.0
},
{
"completion": "\\boxed{2} \\boxed{2}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "First \\boxed{4}. Much later after a lot of text we realise the right value is \\boxed{5}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "The answer is $\\frac{1}{2}$ or $\\frac{1}{3}$",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "The final answer is $7$",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "final answer: $7$",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "Answer: 7",
"gold": "$7$",
"reward": 0.0
},
{
"completion": "**Answer:** $\\boxed{7}$",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "\\boxed{x \\in [0,1]}",
"gold": "$[0,1]$",
"reward": 1.0
},
{
"completion": "\\boxed{0 \\le x \\le 1}",
"gold": "$[0,1]$",
"reward": 0.0
},
{
"completion": "\\boxed{(0,1) \\cup (2,3)}",
"gold": "$(0,1)\\cup(2,3)$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{2}}{2}}",
"gold": "$\\frac{1}{\\sqrt{2}}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{\\sqrt{2}}}",
"gold": "$\\frac{\\sqrt{2}}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\tan \\frac{\\pi}{4}}",
"gold": "$1$",
"reward": 1.0
},
{
"completion": "\\boxed{\\cos(0)}",
"gold": "$1$",
"reward": 1.0
},
{
"completion": "\\boxed{\\log_{10} 100}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\log 100}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{2^{10}}",
"gold": "$1024$",
"reward": 1.0
},
{
"completion": "\\boxed{1024}",
"gold": "$2^{10}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{22}{7}}",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{3.141593}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{x^2}",
"gold": "$x^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{2x}",
"gold": "$x+x$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2}{x}}",
"gold": "$2x^{-1}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{x^2}}",
"gold": "$x$",
"reward": 0.0
},
{
"completion": "\\boxed{a=1, b=2}",
"gold": "$a=1, b=2$",
"reward": 1.0
},
{
"completion": "\\boxed{(a,b)=(1,2)}",
"gold": "$(1,2)$",
"reward": 1.0
},
{
"completion": "\\boxed{k=4}",
"gold": "$4$",
"reward": 1.0
},
{
"completion": "\\boxed{4}",
"gold": "$k = 4$",
"reward": 1.0
},
{
"completion": "\\boxed{x = y = 3}",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "\\boxed{f(x)=2x}",
"gold": "$2x$",
"reward": 1.0
},
{
"completion": "\\boxed{2}",
"gold": "$x=2$ or $x=3$",
"reward": 0.0
},
{
"completion": "\\boxed{2, 3}",
"gold": "$x=2$ or $x=3$",
"reward": 1.0
},
{
"completion": "\\boxed{50\\%}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{0.5}",
"gold": "$50\\%$",
"reward": 1.0
},
{
"completion": "\\boxed{50}",
"gold": "$50\\%$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{2}}",
"gold": "$50\\%$",
"reward": 1.0
},
{
"completion": "\\boxed{1.0}",
"gold": "$1$",
"reward": 1.0
},
{
"completion": "\\boxed{100.0}",
"gold": "$100$",
"reward": 1.0
},
{
"completion": "\\boxed{1e-3}",
"gold": "$0.001$",
"reward": 0.0
},
{
"completion": "\\boxed{10^{-3}}",
"gold": "$0.001$",
"reward": 1.0
},
{
"completion": "\\boxed{\\text{Monday}}",
"gold": "$\\text{Monday}$",
"reward": 1.0
},
{
"completion": "\\boxed{Monday}",
"gold": "$\\text{Monday}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\text{yes}}",
"gold": "$\\text{no}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\textbf{(E)}\\ 12}",
"gold": "$\\textbf{(E)}$",
"reward": 0.0
},
{
"completion": "\\boxed{E}",
"gold": "$\\text{(E) }12$",
"reward": 0.0
},
{
"completion": "\\boxed{\\dfrac{5}{12}}",
"gold": "$\\dfrac{5}{12}$",
"reward": 1.0
},
{
"completion": "\\boxed{5/12}",
"gold": "$\\tfrac{5}{12}$",
"reward": 1.0
},
{
"completion": "\\boxed{1\\,000}",
"gold": "$1000$",
"reward": 0.0
},
{
"completion": "\\boxed{1 000}",
"gold": "$1000$",
"reward": 0.0
},
{
"completion": "\\boxed{1000.}",
"gold": "$1000$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1}{4}\\text{ cup}}",
"gold": "$\\frac{1}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{15 \\text{ meters}}",
"gold": "$15$",
"reward": 1.0
},
{
"completion": "\\boxed{15\\mbox{ m}}",
"gold": "$15$",
"reward": 1.0
},
{
"completion": "\\boxed{15 m^2}",
"gold": "$15$",
"reward": 0.0
},
{
"completion": "\\boxed{\\mathbf{5}}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{\\displaystyle\\frac{1}{2}}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\left( \\frac{1}{2} \\right)}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{-\\sqrt{2}}",
"gold": "$-\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{2}-1}",
"gold": "$-1+\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{5}-1}{2}}",
"gold": "$\\frac{-1+\\sqrt{5}}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{i}",
"gold": "$i$",
"reward": 1.0
},
{
"completion": "\\boxed{2+3i}",
"gold": "$2+3i$",
"reward": 1.0
},
{
"completion": "\\boxed{3i+2}",
"gold": "$2+3i$",
"reward": 1.0
},
{
"completion": "\\boxed{2-3i}",
"gold": "$2+3i$",
"reward": 0.0
},
{
"completion": "\\boxed{\\alpha}",
"gold": "$\\alpha$",
"reward": 1.0
},
{
"completion": "\\boxed{\\theta}",
"gold": "$\\alpha$",
"reward": 0.0
},
{
"completion": "\\boxed{x_1}",
"gold": "$x_1$",
"reward": 1.0
},
{
"completion": "\\boxed{a_{n}}",
"gold": "$a_n$",
"reward": 1.0
},
{
"completion": "\\boxed{\\lfloor 3.7 \\rfloor}",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "\\boxed{\\lceil 3.2 \\rceil}",
"gold": "$4$",
"reward": 1.0
},
{
"completion": "\\boxed{|{-5}|}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{2}x^2+C}",
"gold": "$\\frac{x^2}{2}+C$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sin^2 x + \\cos^2 x}",
"gold": "$1$",
"reward": 1.0
},
{
"completion": "\\boxed{8\\sqrt{2}\\pi}",
"gold": "$8\\pi\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{2\\pi r}",
"gold": "$2 \\pi r$",
"reward": 1.0
},
{
"completion": "\\boxed{\\pi r^2}",
"gold": "$r^2\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{(1,2,3)}",
"gold": "$(1,2,3)$",
"reward": 1.0
},
{
"completion": "\\boxed{(3,2,1)}",
"gold": "$(1,2,3)$",
"reward": 0.0
},
{
"completion": "\\boxed{\\langle 1,2 \\rangle}",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "\\boxed{3}.",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "$\\boxed{3}$",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "\\(\\boxed{3}\\)",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "\\[\\boxed{3}\\]",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "\\boxed {3}",
"gold": "$3$",
"reward": 0.0
},
{
"completion": "\\boxed{\\boxed{3}}",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "\\boxed{3} \\quad \\boxed{4}",
"gold": "$3, 4$",
"reward": 1.0
},
{
"completion": "The answer is: \\boxed{3}",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "I think it's 3. Answer: $3$",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "Therefore, the final answer is: $\\boxed{3}$. I hope it is correct.",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "<answer>\n\\boxed{42}\n</answer>",
"gold": "$42$",
"reward": 1.0
},
{
"completion": "<think>\nso 41\n</think>\n<answer>\n42\n</answer>",
"gold": "$42$",
"reward": 0.0
},
{
"completion": "\\boxed{42}",
"gold": "\\boxed{42}",
"reward": 1.0
},
{
"completion": "\\boxed{42}",
"gold": "$\\boxed{42}$",
"reward": 1.0
},
{
"completion": "\\boxed{42}",
"gold": "Solution: we find $42$.",
"reward": 1.0
},
{
"completion": "\\boxed{4.2 \\times 10^{1}}",
"gold": "$42$",
"reward": 1.0
},
{
"completion": "\\boxed{42.0\\%}",
"gold": "$42\\%$",
"reward": 1.0
},
{
"completion": "\\boxed{0.42}",
"gold": "$42\\%$",
"reward": 1.0
},
{
"completion": "\\boxed{x \\neq 1}",
"gold": "$x\\ne 1$",
"reward": 1.0
},
{
"completion": "\\boxed{x \\geq 2}",
"gold": "$x \\ge 2$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\leq x}",
"gold": "$x \\ge 2$",
"reward": 1.0
},
{
"completion": "\\boxed{[2, \\infty)}",
"gold": "$x \\ge 2$",
"reward": 1.0
},
{
"completion": "\\boxed{2x+4y=8}",
"gold": "$x+2y=4$",
"reward": 1.0
},
{
"completion": "\\boxed{x+2y-4=0}",
"gold": "$x+2y=4$",
"reward": 1.0
},
{
"completion": "\\boxed{y=-\\frac{1}{2}x+2}",
"gold": "$x+2y=4$",
"reward": 1.0
},
{
"completion": "Let me think. The value is $x = 4$. Answer: $4$",
"gold": "$4$",
"reward": 1.0
},
{
"completion": "We compute $2+2 = 4$, so the final answer is $4$.",
"gold": "$4$",
"reward": 1.0
},
{
"completion": "The final answer is \\(\\frac{1}{2}\\). I hope it is correct.",
"gold": "$\\frac12$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{1}{2}$",
"gold": "$0.5$",
"reward": 1.0
},
{
"completion": "answer is $\\boxed{5}$ and not $6$",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "Thus $a = 3$ and $b = 4$, so the answer: $a+b = 7$",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "So the answer is $(3, 4)$ and that's it",
"gold": "$(3,4)$",
"reward": 1.0
},
{
"completion": "Answer: $3$ and $4$",
"gold": "$3,4$",
"reward": 1.0
},
{
"completion": "Answer: $3$, $4$, and $5$",
"gold": "$\\{3,4,5\\}$",
"reward": 0.0
},
{
"completion": "Answer: $3$ or $4$",
"gold": "$4$",
"reward": 0.0
},
{
"completion": "\\boxed{3} or \\boxed{4}",
"gold": "$3, 4$",
"reward": 1.0
},
{
"completion": "\\boxed{-5 \\le x \\le 5}",
"gold": "$[-5, 5]$",
"reward": 0.0
},
{
"completion": "\\boxed{x > 5}",
"gold": "$(5, \\infty)$",
"reward": 0.0
},
{
"completion": "\\boxed{(5,\\infty)}",
"gold": "$x>5$",
"reward": 1.0
},
{
"completion": "\\boxed{(-\\infty,-1)\\cup(1,\\infty)}",
"gold": "$(-\\infty,-1)\\cup(1,\\infty)$",
"reward": 1.0
},
{
"completion": "\\boxed{(1,\\infty)\\cup(-\\infty,-1)}",
"gold": "$(-\\infty,-1)\\cup(1,\\infty)$",
"reward": 1.0
},
{
"completion": "\\boxed{(5,3)}",
"gold": "$(5,3)$",
"reward": 1.0
},
{
"completion": "\\boxed{(3,5)}",
"gold": "$(5,3)$",
"reward": 0.0
},
{
"completion": "\\boxed{5,3}",
"gold": "$(5,3)$",
"reward": 1.0
},
{
"completion": "\\boxed{\\begin{pmatrix} -1 \\\\ 2 \\\\ 0 \\end{pmatrix}}",
"gold": "$\\begin{pmatrix} -1 \\\\ 2 \\\\ 0 \\end{pmatrix}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\begin{pmatrix} 0.5 \\\\ 2 \\end{pmatrix}}",
"gold": "$\\begin{pmatrix} \\frac{1}{2} \\\\ 2 \\end{pmatrix}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{3\\sqrt{3}}{2}}",
"gold": "$\\frac{3}{2}\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{2.598076}",
"gold": "$\\frac{3\\sqrt{3}}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{2}(x+1)}",
"gold": "$\\frac{x+1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{x^2-1}{x-1}}",
"gold": "$x+1$",
"reward": 1.0
},
{
"completion": "\\boxed{2^{x+1}}",
"gold": "$2\\cdot 2^x$",
"reward": 1.0
},
{
"completion": "\\boxed{e^{i\\pi}}",
"gold": "$-1$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{-1}}",
"gold": "$i$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{d}{dx} x^2}",
"gold": "$2x$",
"reward": 1.0
},
{
"completion": "\\boxed{\\int_0^1 x dx}",
"gold": "$\\frac12$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sum_{k=1}^{3} k}",
"gold": "$6$",
"reward": 1.0
},
{
"completion": "\\boxed{\\gcd(4,6)}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\max(1,2)}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{2}^2}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{0.1\\overline{6}}",
"gold": "$\\frac16$",
"reward": 0.0
},
{
"completion": "\\boxed{.5}",
"gold": "$\\frac12$",
"reward": 1.0
},
{
"completion": "\\boxed{0.50}",
"gold": "$\\frac12$",
"reward": 1.0
},
{
"completion": "\\boxed{-0.5}",
"gold": "$-\\frac12$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{-1}{-2}}",
"gold": "$\\frac12$",
"reward": 1.0
},
{
"completion": "\\boxed{3 \\text{ and } 4}",
"gold": "$3, 4$",
"reward": 1.0
},
{
"completion": "\\boxed{3 \\text{ or } 4}",
"gold": "$3, 4$",
"reward": 1.0
},
{
"completion": "\\boxed{3;4}",
"gold": "$3, 4$",
"reward": 1.0
},
{
"completion": "\\boxed{\\{\\}}",
"gold": "$\\emptyset$",
"reward": 1.0
},
{
"completion": "\\boxed{\\emptyset}",
"gold": "$\\emptyset$",
"reward": 1.0
},
{
"completion": "\\boxed{\\varnothing}",
"gold": "$\\emptyset$",
"reward": 0.0
},
{
"completion": "\\boxed{\\mathbb{R}}",
"gold": "$\\mathbb{R}$",
"reward": 1.0
},
{
"completion": "\\boxed{(-\\infty, \\infty)}",
"gold": "$\\mathbb{R}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\text{No solution}}",
"gold": "$\\text{no solution}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\text{None}}",
"gold": "$\\text{none}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\text{A, C}}",
"gold": "$\\text{A, C}$",
"reward": 1.0
},
{
"completion": "\\boxed{A, C}",
"gold": "$\\text{A, C}$",
"reward": 0.0
},
{
"completion": "\\boxed{AC}",
"gold": "$\\text{AC}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\textbf{(A) }5}",
"gold": "$\\textbf{(A)}$",
"reward": 0.0
},
{
"completion": "\\boxed{(A) 5}",
"gold": "$\\text{A}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\$1.50}",
"gold": "$1.50$",
"reward": 1.0
},
{
"completion": "\\boxed{1.5 \\text{ dollars}}",
"gold": "$\\$1.50$",
"reward": 1.0
},
{
"completion": "\\boxed{150\\text{ cents}}",
"gold": "$1.50$",
"reward": 0.0
},
{
"completion": "\\boxed{2\\text{ hours}}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\mathrm{hours}}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{2\\,\\text{h}}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{120 \\text{ minutes}}",
"gold": "$2$",
"reward": 0.0
},
{
"completion": "\\boxed{5\\text{cm}^2}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{5 \\text{ cm}^2}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{5\\text{ m/s}}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{60^{\\circ}}",
"gold": "$60$",
"reward": 1.0
},
{
"completion": "\\boxed{60\\degree}",
"gold": "$60$",
"reward": 0.0
},
{
"completion": "\\boxed{60 \\text{ degrees}}",
"gold": "$60$",
"reward": 1.0
},
{
"completion": "\\boxed{60^\\circ \\text{C}}",
"gold": "$60$",
"reward": 1.0
},
{
"completion": "\\boxed{x=1 \\text{ or } x=2}",
"gold": "$1,2$",
"reward": 1.0
},
{
"completion": "\\boxed{x=1, x=2}",
"gold": "$1,2$",
"reward": 1.0
},
{
"completion": "\\boxed{x \\in \\{1,2\\}}",
"gold": "$1,2$",
"reward": 1.0
},
{
"completion": "\\boxed{x^2 - 5x + 6 = 0}",
"gold": "$x^2-5x+6=0$",
"reward": 1.0
},
{
"completion": "\\boxed{(x-2)(x-3)=0}",
"gold": "$x^2-5x+6=0$",
"reward": 1.0
},
{
"completion": "\\boxed{y=x^2}",
"gold": "$y = x^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{f(x) = x^2}",
"gold": "$x^2$",
"reward": 1.0
},
{
"completion": "\\boxed{p(x)=x^3-1}",
"gold": "$x^3-1$",
"reward": 1.0
},
{
"completion": "\\boxed{a=2, b=3}",
"gold": "$a=2,b=3$",
"reward": 1.0
},
{
"completion": "\\boxed{b=3, a=2}",
"gold": "$a=2,b=3$",
"reward": 1.0
},
{
"completion": "\\boxed{(2,3)}",
"gold": "$a=2,b=3$",
"reward": 1.0
},
{
"completion": "\\boxed{1:2}",
"gold": "$1:2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{2}}",
"gold": "$1:2$",
"reward": 1.0
},
{
"completion": "\\boxed{10^{10}}",
"gold": "$10000000000$",
"reward": 1.0
},
{
"completion": "\\boxed{1.0 \\times 10^{10}}",
"gold": "$10^{10}$",
"reward": 1.0
},
{
"completion": "\\boxed{12345678901234567890}",
"gold": "$12345678901234567890$",
"reward": 1.0
},
{
"completion": "\\boxed{123456.7}",
"gold": "$123456.7$",
"reward": 1.0
},
{
"completion": "\\boxed{123456.8}",
"gold": "$123456.7$",
"reward": 0.0
},
{
"completion": "\\boxed{0.0000001}",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "\\boxed{1234567.1}",
"gold": "$1234567.1000001$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{7}}",
"gold": "$0.142857$",
"reward": 1.0
},
{
"completion": "\\boxed{0.142857}",
"gold": "$\\frac17$",
"reward": 1.0
},
{
"completion": "\\boxed{0.1428571}",
"gold": "$\\frac17$",
"reward": 1.0
},
{
"completion": "\\boxed{0.14285}",
"gold": "$\\frac17$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{3}/3}",
"gold": "$\\frac{1}{\\sqrt3}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\sqrt3}{3}}",
"gold": "$\\frac{\\sqrt{3}}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\log_2 3}",
"gold": "$\\frac{\\ln 3}{\\ln 2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\log_3 9}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\ln e}",
"gold": "$1$",
"reward": 1.0
},
{
"completion": "\\boxed{\\cos 60^\\circ}",
"gold": "$\\frac12$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sin(\\pi/6)}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\arctan 1}",
"gold": "$\\frac{\\pi}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{ab}",
"gold": "$ba$",
"reward": 1.0
},
{
"completion": "\\boxed{2ab}",
"gold": "$2ba$",
"reward": 0.0
},
{
"completion": "\\boxed{a+b+c}",
"gold": "$c+b+a$",
"reward": 1.0
},
{
"completion": "\\boxed{xy}",
"gold": "$x y$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{n(n+1)}{2}}",
"gold": "$\\frac{n^2+n}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{n^2}",
"gold": "$n \\cdot n$",
"reward": 1.0
},
{
"completion": "\\boxed{2^n}",
"gold": "$2^{n}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{x}}",
"gold": "$x^{1/2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{x+1}}",
"gold": "$(x+1)^{\\frac12}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{x}}",
"gold": "$x^{-1}$",
"reward": 1.0
},
{
"completion": "\\boxed{-\\infty}",
"gold": "$-\\infty$",
"reward": 1.0
},
{
"completion": "\\boxed{\\infty}",
"gold": "$+\\infty$",
"reward": 1.0
},
{
"completion": "\\boxed{\\dfrac{\\sqrt{6}-\\sqrt{2}}{4}}",
"gold": "$\\frac{\\sqrt6-\\sqrt2}{4}$",
"reward": 1.0
},
{
"completion": "The answer is \\boxed{7",
"gold": "$7$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1}{2}",
"gold": "$\\frac12$",
"reward": 0.0
},
{
"completion": "\\boxed{7}}",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "<think>\nHmm \\boxed{3}\n</think>\nThe answer is \\boxed{4}",
"gold": "$4$",
"reward": 1.0
},
{
"completion": "<think>\nHmm\n</think>\n\nThe answer is 4.",
"gold": "$4$",
"reward": 0.0
},
{
"completion": "$$x = \\frac{1}{2}$$",
"gold": "$\\frac12$",
"reward": 0.0
},
{
"completion": "Answer: $$\\frac{1}{2}$$",
"gold": "$\\frac12$",
"reward": 1.0
},
{
"completion": "Answer: \\[\\frac{1}{2}\\]",
"gold": "$\\frac12$",
"reward": 1.0
},
{
"completion": "ANSWER: $2$",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "answer:$2$",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "The answer is [2] ",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "Answer: \\frac{1}{2}",
"gold": "$\\frac12$",
"reward": 1.0
},
{
"completion": "final answer is $2$ I hope",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "The final answer to the problem is $2$",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "So $x=3$.\n\n**Final Answer**\n\\[\n\\boxed{3}\n\\]",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "**Final Answer**\nThe final answer is $\\boxed{-\\frac{2}{3}}$.",
"gold": "$-\\frac23$",
"reward": 1.0
},
{
"completion": "\\boxed{2}",
"gold": "We have $x^2 = 4$, so $x = 2$ since $x>0$. Thus the answer is $\\boxed{2}$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $2$. I hope it is correct.",
"gold": "We have $x^2 = 4$, so $x = 2$ since $x>0$. Thus the answer is $\\boxed{2}$.",
"reward": 1.0
},
{
"completion": "\\boxed{-2}",
"gold": "We have $x^2 = 4$, so $x = 2$ since $x>0$. Thus the answer is $\\boxed{2}$.",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $-2$. I hope it is correct.",
"gold": "We have $x^2 = 4$, so $x = 2$ since $x>0$. Thus the answer is $\\boxed{2}$.",
"reward": 0.0
},
{
"completion": "\\boxed{x=2}",
"gold": "We have $x^2 = 4$, so $x = 2$ since $x>0$. Thus the answer is $\\boxed{2}$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $x=2$. I hope it is correct.",
"gold": "We have $x^2 = 4$, so $x = 2$ since $x>0$. Thus the answer is $\\boxed{2}$.",
"reward": 1.0
},
{
"completion": "\\boxed{2.0}",
"gold": "We have $x^2 = 4$, so $x = 2$ since $x>0$. Thus the answer is $\\boxed{2}$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $2.0$. I hope it is correct.",
"gold": "We have $x^2 = 4$, so $x = 2$ since $x>0$. Thus the answer is $\\boxed{2}$.",
"reward": 1.0
},
{
"completion": "\\boxed{5}",
"gold": "Let $a=3$ and $b=4$. Then $c=\\sqrt{a^2+b^2}=5$. \\boxed{5}",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $5$. I hope it is correct.",
"gold": "Let $a=3$ and $b=4$. Then $c=\\sqrt{a^2+b^2}=5$. \\boxed{5}",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{25}}",
"gold": "Let $a=3$ and $b=4$. Then $c=\\sqrt{a^2+b^2}=5$. \\boxed{5}",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\sqrt{25}$. I hope it is correct.",
"gold": "Let $a=3$ and $b=4$. Then $c=\\sqrt{a^2+b^2}=5$. \\boxed{5}",
"reward": 1.0
},
{
"completion": "\\boxed{4}",
"gold": "Let $a=3$ and $b=4$. Then $c=\\sqrt{a^2+b^2}=5$. \\boxed{5}",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $4$. I hope it is correct.",
"gold": "Let $a=3$ and $b=4$. Then $c=\\sqrt{a^2+b^2}=5$. \\boxed{5}",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{3}{8}}",
"gold": "The probability is $\\frac{3}{8}$, i.e. $\\boxed{\\frac{3}{8}}$",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\frac{3}{8}$. I hope it is correct.",
"gold": "The probability is $\\frac{3}{8}$, i.e. $\\boxed{\\frac{3}{8}}$",
"reward": 1.0
},
{
"completion": "\\boxed{0.375}",
"gold": "The probability is $\\frac{3}{8}$, i.e. $\\boxed{\\frac{3}{8}}$",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $0.375$. I hope it is correct.",
"gold": "The probability is $\\frac{3}{8}$, i.e. $\\boxed{\\frac{3}{8}}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac38}",
"gold": "The probability is $\\frac{3}{8}$, i.e. $\\boxed{\\frac{3}{8}}$",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\frac38$. I hope it is correct.",
"gold": "The probability is $\\frac{3}{8}$, i.e. $\\boxed{\\frac{3}{8}}$",
"reward": 0.0
},
{
"completion": "\\boxed{3/8}",
"gold": "The probability is $\\frac{3}{8}$, i.e. $\\boxed{\\frac{3}{8}}$",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $3/8$. I hope it is correct.",
"gold": "The probability is $\\frac{3}{8}$, i.e. $\\boxed{\\frac{3}{8}}$",
"reward": 1.0
},
{
"completion": "\\boxed{1,-3}",
"gold": "Solving gives $x=1$ or $x=-3$, so the solutions are $\\boxed{1, -3}$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $1,-3$. I hope it is correct.",
"gold": "Solving gives $x=1$ or $x=-3$, so the solutions are $\\boxed{1, -3}$.",
"reward": 1.0
},
{
"completion": "\\boxed{-3, 1}",
"gold": "Solving gives $x=1$ or $x=-3$, so the solutions are $\\boxed{1, -3}$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $-3, 1$. I hope it is correct.",
"gold": "Solving gives $x=1$ or $x=-3$, so the solutions are $\\boxed{1, -3}$.",
"reward": 1.0
},
{
"completion": "\\boxed{1}",
"gold": "Solving gives $x=1$ or $x=-3$, so the solutions are $\\boxed{1, -3}$.",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $1$. I hope it is correct.",
"gold": "Solving gives $x=1$ or $x=-3$, so the solutions are $\\boxed{1, -3}$.",
"reward": 0.0
},
{
"completion": "\\boxed{x=1, x=-3}",
"gold": "Solving gives $x=1$ or $x=-3$, so the solutions are $\\boxed{1, -3}$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $x=1, x=-3$. I hope it is correct.",
"gold": "Solving gives $x=1$ or $x=-3$, so the solutions are $\\boxed{1, -3}$.",
"reward": 1.0
},
{
"completion": "\\boxed{6\\sqrt{3}}",
"gold": "The area is $6\\sqrt{3}$ square units.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $6\\sqrt{3}$. I hope it is correct.",
"gold": "The area is $6\\sqrt{3}$ square units.",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{108}}",
"gold": "The area is $6\\sqrt{3}$ square units.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\sqrt{108}$. I hope it is correct.",
"gold": "The area is $6\\sqrt{3}$ square units.",
"reward": 1.0
},
{
"completion": "\\boxed{10.392305}",
"gold": "The area is $6\\sqrt{3}$ square units.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $10.392305$. I hope it is correct.",
"gold": "The area is $6\\sqrt{3}$ square units.",
"reward": 1.0
},
{
"completion": "\\boxed{(2,-1)}",
"gold": "Therefore the final answer is $\\boxed{(2,-1)}$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $(2,-1)$. I hope it is correct.",
"gold": "Therefore the final answer is $\\boxed{(2,-1)}$.",
"reward": 1.0
},
{
"completion": "\\boxed{(-1,2)}",
"gold": "Therefore the final answer is $\\boxed{(2,-1)}$.",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $(-1,2)$. I hope it is correct.",
"gold": "Therefore the final answer is $\\boxed{(2,-1)}$.",
"reward": 0.0
},
{
"completion": "\\boxed{2,-1}",
"gold": "Therefore the final answer is $\\boxed{(2,-1)}$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $2,-1$. I hope it is correct.",
"gold": "Therefore the final answer is $\\boxed{(2,-1)}$.",
"reward": 1.0
},
{
"completion": "\\boxed{55}",
"gold": "By the formula $S=\\frac{n(n+1)}{2}$ with $n=10$ we get $55$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $55$. I hope it is correct.",
"gold": "By the formula $S=\\frac{n(n+1)}{2}$ with $n=10$ we get $55$.",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{110}{2}}",
"gold": "By the formula $S=\\frac{n(n+1)}{2}$ with $n=10$ we get $55$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\frac{110}{2}$. I hope it is correct.",
"gold": "By the formula $S=\\frac{n(n+1)}{2}$ with $n=10$ we get $55$.",
"reward": 1.0
},
{
"completion": "\\boxed{7}",
"gold": "So $f(2) = 7$.",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $7$. I hope it is correct.",
"gold": "So $f(2) = 7$.",
"reward": 0.0
},
{
"completion": "\\boxed{f(2)=7}",
"gold": "So $f(2) = 7$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $f(2)=7$. I hope it is correct.",
"gold": "So $f(2) = 7$.",
"reward": 1.0
},
{
"completion": "\\boxed{C}",
"gold": "The answer is $\\textbf{(C)}\\ 12$",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $C$. I hope it is correct.",
"gold": "The answer is $\\textbf{(C)}\\ 12$",
"reward": 0.0
},
{
"completion": "\\boxed{12}",
"gold": "The answer is $\\textbf{(C)}\\ 12$",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $12$. I hope it is correct.",
"gold": "The answer is $\\textbf{(C)}\\ 12$",
"reward": 0.0
},
{
"completion": "\\boxed{\\textbf{(C)}}",
"gold": "The answer is $\\textbf{(C)}\\ 12$",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\textbf{(C)}$. I hope it is correct.",
"gold": "The answer is $\\textbf{(C)}\\ 12$",
"reward": 0.0
},
{
"completion": "\\boxed{37}",
"gold": "Hence $m+n = \\boxed{37}$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $37$. I hope it is correct.",
"gold": "Hence $m+n = \\boxed{37}$.",
"reward": 1.0
},
{
"completion": "\\boxed{m+n=37}",
"gold": "Hence $m+n = \\boxed{37}$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $m+n=37$. I hope it is correct.",
"gold": "Hence $m+n = \\boxed{37}$.",
"reward": 1.0
},
{
"completion": "\\boxed{B}",
"gold": "We get $\\boxed{\\text{(B)}}$",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $B$. I hope it is correct.",
"gold": "We get $\\boxed{\\text{(B)}}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\text{(B)}}",
"gold": "We get $\\boxed{\\text{(B)}}$",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\text{(B)}$. I hope it is correct.",
"gold": "We get $\\boxed{\\text{(B)}}$",
"reward": 1.0
},
{
"completion": "\\boxed{(B)}",
"gold": "We get $\\boxed{\\text{(B)}}$",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $(B)$. I hope it is correct.",
"gold": "We get $\\boxed{\\text{(B)}}$",
"reward": 1.0
},
{
"completion": "\\boxed{[-1,1]}",
"gold": "The range is $[-1, 1]$.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $[-1,1]$. I hope it is correct.",
"gold": "The range is $[-1, 1]$.",
"reward": 1.0
},
{
"completion": "\\boxed{-1 \\le y \\le 1}",
"gold": "The range is $[-1, 1]$.",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $-1 \\le y \\le 1$. I hope it is correct.",
"gold": "The range is $[-1, 1]$.",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac13}",
"gold": "$\\frac{1}{2}$ and also $\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\frac13$. I hope it is correct.",
"gold": "$\\frac{1}{2}$ and also $\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1}{2}}",
"gold": "$\\frac{1}{2}$ and also $\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\frac{1}{2}$. I hope it is correct.",
"gold": "$\\frac{1}{2}$ and also $\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{10}",
"gold": "1. First step\n2. The final value is 10",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $10$. I hope it is correct.",
"gold": "1. First step\n2. The final value is 10",
"reward": 1.0
},
{
"completion": "\\boxed{3}",
"gold": "The answer is 3 apples.",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $3$. I hope it is correct.",
"gold": "The answer is 3 apples.",
"reward": 1.0
},
{
"completion": "\\boxed{4}",
"gold": "x = 4",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $4$. I hope it is correct.",
"gold": "x = 4",
"reward": 1.0
},
{
"completion": "\\boxed{x=4}",
"gold": "x = 4",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $x=4$. I hope it is correct.",
"gold": "x = 4",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac56}",
"gold": "\\frac{5}{6}",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\frac56$. I hope it is correct.",
"gold": "\\frac{5}{6}",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{5}{6}}",
"gold": "\\frac{5}{6}",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\frac{5}{6}$. I hope it is correct.",
"gold": "\\frac{5}{6}",
"reward": 1.0
},
{
"completion": "\\boxed{0.833333}",
"gold": "\\frac{5}{6}",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $0.833333$. I hope it is correct.",
"gold": "\\frac{5}{6}",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\pi}{2}}",
"gold": "\\dfrac{\\pi}{2}",
"reward": null
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\frac{\\pi}{2}$. I hope it is correct.",
"gold": "\\dfrac{\\pi}{2}",
"reward": null
},
{
"completion": "\\boxed{1.570796}",
"gold": "\\dfrac{\\pi}{2}",
"reward": null
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $1.570796$. I hope it is correct.",
"gold": "\\dfrac{\\pi}{2}",
"reward": null
},
{
"completion": "\\boxed{-\\frac{7}{4}}",
"gold": "-\\dfrac{7}{4}",
"reward": null
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $-\\frac{7}{4}$. I hope it is correct.",
"gold": "-\\dfrac{7}{4}",
"reward": null
},
{
"completion": "\\boxed{-1.75}",
"gold": "-\\dfrac{7}{4}",
"reward": null
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $-1.75$. I hope it is correct.",
"gold": "-\\dfrac{7}{4}",
"reward": null
},
{
"completion": "\\boxed{\\text{Evelyn}}",
"gold": "\\text{Evelyn}",
"reward": null
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\text{Evelyn}$. I hope it is correct.",
"gold": "\\text{Evelyn}",
"reward": null
},
{
"completion": "\\boxed{Evelyn}",
"gold": "\\text{Evelyn}",
"reward": null
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $Evelyn$. I hope it is correct.",
"gold": "\\text{Evelyn}",
"reward": null
},
{
"completion": "\\boxed{evelyn}",
"gold": "\\text{Evelyn}",
"reward": null
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $evelyn$. I hope it is correct.",
"gold": "\\text{Evelyn}",
"reward": null
},
{
"completion": "\\boxed{2\\sqrt{2}}",
"gold": "2\\sqrt{2}",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $2\\sqrt{2}$. I hope it is correct.",
"gold": "2\\sqrt{2}",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{8}}",
"gold": "2\\sqrt{2}",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $\\sqrt{8}$. I hope it is correct.",
"gold": "2\\sqrt{2}",
"reward": 0.0
},
{
"completion": "\\boxed{12000}",
"gold": "$12,000$",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $12000$. I hope it is correct.",
"gold": "$12,000$",
"reward": 1.0
},
{
"completion": "\\boxed{12{,}000}",
"gold": "$12,000$",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $12{,}000$. I hope it is correct.",
"gold": "$12,000$",
"reward": 1.0
},
{
"completion": "\\boxed{12,000}",
"gold": "$12,000$",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $12,000$. I hope it is correct.",
"gold": "$12,000$",
"reward": 1.0
},
{
"completion": "\\boxed{100\\%}",
"gold": "100\\%",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $100\\%$. I hope it is correct.",
"gold": "100\\%",
"reward": 1.0
},
{
"completion": "\\boxed{100}",
"gold": "100\\%",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $100$. I hope it is correct.",
"gold": "100\\%",
"reward": 1.0
},
{
"completion": "\\boxed{1}",
"gold": "100\\%",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $1$. I hope it is correct.",
"gold": "100\\%",
"reward": 0.0
},
{
"completion": "\\boxed{-\\infty}",
"gold": "$-\\infty$",
"reward": 1.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $-\\infty$. I hope it is correct.",
"gold": "$-\\infty$",
"reward": 1.0
},
{
"completion": "\\boxed{(-\\infty,-2)\\cup(3,\\infty)}",
"gold": "(-\\infty, -2) \\cup (3, \\infty)",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $(-\\infty,-2)\\cup(3,\\infty)$. I hope it is correct.",
"gold": "(-\\infty, -2) \\cup (3, \\infty)",
"reward": 0.0
},
{
"completion": "\\boxed{x<-2 \\text{ or } x>3}",
"gold": "(-\\infty, -2) \\cup (3, \\infty)",
"reward": 0.0
},
{
"completion": "<think>\nok\n</think>\nThe final answer is $x<-2 \\text{ or } x>3$. I hope it is correct.",
"gold": "(-\\infty, -2) \\cup (3, \\infty)",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{- 3 x + \\sqrt{7} x - \\frac{4}{3} + \\frac{4 \\sqrt{7}}{9}}}",
"gold": "$\\sqrt{\\left(-3 + \\sqrt{7}\\right) \\left(x + \\frac{4}{9}\\right)}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{\\left(-3 + \\sqrt{7}\\right) \\left(9 x + 4\\right)}}{3}}",
"gold": "$\\sqrt{\\left(-3 + \\sqrt{7}\\right) \\left(x + \\frac{4}{9}\\right)}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{\\left(-3 + \\sqrt{7}\\right) \\left(x + \\frac{4}{9}\\right)} + 1}",
"gold": "$\\sqrt{\\left(-3 + \\sqrt{7}\\right) \\left(x + \\frac{4}{9}\\right)}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 \\sqrt{\\left(-3 + \\sqrt{7}\\right) \\left(x + \\frac{4}{9}\\right)}}",
"gold": "$\\sqrt{\\left(-3 + \\sqrt{7}\\right) \\left(x + \\frac{4}{9}\\right)}$",
"reward": 0.0
},
{
"completion": "\\boxed{y + 2}",
"gold": "$y + 2$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{18 y - \\sqrt{6}}{y}}",
"gold": "$-18 + \\frac{\\sqrt{6}}{y}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{6 x^{2}}{y}}",
"gold": "$\\frac{6 x^{2}}{y}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\sqrt{3}}",
"gold": "$\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{11}",
"gold": "$11$",
"reward": 1.0
},
{
"completion": "\\boxed{3.141593}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{y - \\frac{\\pi}{3} + 1}",
"gold": "$y - \\frac{\\pi}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{0}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{3}",
"gold": "$\\frac{3}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{- 36 x^{2} + x - \\sqrt{3} + \\frac{9}{5} + \\pi}",
"gold": "$- 36 x^{2} + x - \\sqrt{3} + \\frac{9}{5} + \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{12}{25}}",
"gold": "$- \\frac{6}{25}$",
"reward": 0.0
},
{
"completion": "\\boxed{3.141593}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{x + y - 9 \\pi - \\sqrt{7} + 1}",
"gold": "$x + y - 9 \\pi - \\sqrt{7} + 1$",
"reward": 1.0
},
{
"completion": "\\boxed{2}",
"gold": "$1$",
"reward": 0.0
},
{
"completion": "\\boxed{2 + 2 \\sqrt{2} \\left(\\sqrt{5} + 3\\right)}",
"gold": "$2 + 2 \\sqrt{2} \\left(\\sqrt{5} + 3\\right)$",
"reward": 1.0
},
{
"completion": "\\boxed{4}",
"gold": "$3$",
"reward": 0.0
},
{
"completion": "\\boxed{1.000000}",
"gold": "$1$",
"reward": 1.0
},
{
"completion": "\\boxed{- 2 x^{2} - 2 x - 4 - \\frac{3}{2 \\left(x - 7\\right)}}",
"gold": "$- x^{2} - x - 2 - \\frac{3}{4 \\left(x - 7\\right)}$",
"reward": 0.0
},
{
"completion": "\\boxed{0}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\sqrt{5}}",
"gold": "$\\sqrt{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1}{7} + \\frac{1}{\\pi} + \\frac{y^{2}}{x} - \\frac{\\pi y}{x}}",
"gold": "$\\frac{1}{7} + \\frac{1}{\\pi} + \\frac{y \\left(y - \\pi\\right)}{x}$",
"reward": 1.0
},
{
"completion": "\\boxed{0.736}",
"gold": "$\\frac{16}{9 + 9 \\sqrt{2}}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{x}{- \\pi y + \\frac{y}{3}} + \\frac{4}{\\frac{1}{3} - \\pi}}",
"gold": "$\\frac{- \\frac{x}{y} + 4}{\\frac{1}{3} - \\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{6 \\left(x - 4 \\sqrt{3} - 1\\right)}{x - 1}}",
"gold": "$6 - \\frac{24 \\sqrt{3}}{x - 1}$",
"reward": 1.0
},
{
"completion": "\\boxed{- 36 x^{2} + x - \\sqrt{3} + \\frac{14}{5} + \\pi}",
"gold": "$- 36 x^{2} + x - \\sqrt{3} + \\frac{9}{5} + \\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{-4.00000000}",
"gold": "$-4$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{35}{6} + \\frac{11}{y}}",
"gold": "$- \\frac{35}{6} + \\frac{11}{y}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{2 \\left(x - 1\\right)}{x^{4}}}",
"gold": "$\\frac{2 x - 2}{x^{4}}$",
"reward": 1.0
},
{
"completion": "\\boxed{2.000}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{-6}",
"gold": "$-6$",
"reward": 1.0
},
{
"completion": "\\boxed{0.125}",
"gold": "$\\frac{1}{8}$",
"reward": 1.0
},
{
"completion": "\\boxed{-6}",
"gold": "$-6$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{16}{9 + 9 \\sqrt{2}} + 1}",
"gold": "$\\frac{16}{9 + 9 \\sqrt{2}}$",
"reward": 0.0
},
{
"completion": "\\boxed{3.00000000}",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "\\boxed{1 - \\frac{2744 \\sqrt[4]{2}}{y^{3}}}",
"gold": "$- \\frac{2744 \\sqrt[4]{2}}{y^{3}}$",
"reward": 0.0
},
{
"completion": "\\boxed{-7.000}",
"gold": "$-7$",
"reward": 1.0
},
{
"completion": "\\boxed{-5}",
"gold": "$-5$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\sqrt{7}}",
"gold": "$\\sqrt{7}$",
"reward": 0.0
},
{
"completion": "\\boxed{2.00000000}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{9.86960440}",
"gold": "$\\pi^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\pi}",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{3.141593}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{- 16 x - 8 y - 8 \\sqrt{2}}",
"gold": "$- 16 x - 8 y - 8 \\sqrt{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{82}{3}}",
"gold": "$\\frac{41}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + \\sqrt{6}}",
"gold": "$\\sqrt{6}$",
"reward": 0.0
},
{
"completion": "\\boxed{42}",
"gold": "$21$",
"reward": 0.0
},
{
"completion": "\\boxed{3.14159265}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{9}{64}}",
"gold": "$\\frac{9}{64}$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{7 \\sqrt{3}}{9 \\pi \\left(x + 4\\right)}}",
"gold": "$\\frac{7 \\sqrt{3}}{9 \\pi \\left(- x - 4\\right)}$",
"reward": 1.0
},
{
"completion": "\\boxed{x^{9} + \\frac{3 x^{6}}{2} + \\frac{3 x^{3}}{4} + \\frac{1}{8}}",
"gold": "$\\left(x^{3} + \\frac{1}{2}\\right)^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{0.471405}",
"gold": "$\\frac{\\sqrt{2}}{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\sqrt{2}}",
"gold": "$\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{10}",
"gold": "$10$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{\\pi} + \\sqrt{7} + 5 \\sqrt{3}}",
"gold": "$\\frac{1}{\\pi} + \\sqrt{7} + 5 \\sqrt{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{x + \\pi x + y - \\frac{7}{5} + 2 \\pi}",
"gold": "$x + y + \\pi \\left(x + 2\\right) - \\frac{7}{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\left(- \\frac{1}{2} + \\frac{8 \\pi}{3}\\right) \\left(x - 8\\right) + 1}",
"gold": "$\\left(- \\frac{1}{2} + \\frac{8 \\pi}{3}\\right) \\left(x - 8\\right)$",
"reward": 0.0
},
{
"completion": "\\boxed{-40353607.000}",
"gold": "$-40353607$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{2}}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{x}",
"gold": "$x - 1$",
"reward": 0.0
},
{
"completion": "\\boxed{72}",
"gold": "$36$",
"reward": 0.0
},
{
"completion": "\\boxed{2 x - 2 \\pi}",
"gold": "$x - \\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt[4]{6} \\sqrt{i}}",
"gold": "$\\sqrt[4]{6} \\sqrt{i}$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\pi x - 4}",
"gold": "$- \\pi x - 5$",
"reward": 0.0
},
{
"completion": "\\boxed{x + 1}",
"gold": "$x$",
"reward": 0.0
},
{
"completion": "\\boxed{0.000}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{0.000000}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\frac{- 8 y - 8 \\pi}{- 9 x + 9 y}}",
"gold": "$\\frac{- 8 y - 8 \\pi}{- 9 x + 9 y}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{7 \\left(\\sqrt{2} x + \\sqrt{3}\\right)}{12 \\left(-2 + \\sqrt{6}\\right)}}",
"gold": "$\\frac{\\sqrt{2} x + \\sqrt{3}}{\\frac{24}{7} - \\frac{12 \\sqrt{6}}{7}}$",
"reward": 1.0
},
{
"completion": "\\boxed{8}",
"gold": "$8$",
"reward": 1.0
},
{
"completion": "\\boxed{23.40006618}",
"gold": "$- \\sqrt{6} + 7 + 6 \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\sqrt{6} + 14}",
"gold": "$\\sqrt{6} + 7$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + \\frac{-1375 - 125 \\sqrt{6}}{x + 5 \\pi}}",
"gold": "$\\frac{-1375 - 125 \\sqrt{6}}{x + 5 \\pi}$",
"reward": 0.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{y^{6}}{15625}}",
"gold": "$\\frac{y^{6}}{15625}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 x^{3}}",
"gold": "$x^{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.77777778}",
"gold": "$\\frac{7}{9}$",
"reward": 1.0
},
{
"completion": "\\boxed{8.000000}",
"gold": "$8$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{128}}",
"gold": "$\\frac{1}{128}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{9 \\sqrt{6} i y}{5}}",
"gold": "$\\frac{9 \\sqrt{6} i y}{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{3 x}{32}}",
"gold": "$\\frac{3 x}{32}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\pi}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{1.414214}",
"gold": "$\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{5} y^{2} + 8}",
"gold": "$\\sqrt{5} y^{2} + 8$",
"reward": 1.0
},
{
"completion": "\\boxed{- 27 \\pi - \\pi^{3} + 27 + 9 \\pi^{2}}",
"gold": "$- \\left(-3 + \\pi\\right)^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{3}",
"gold": "$2$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{5}}{-11 + \\pi} + \\frac{7}{3}}",
"gold": "$\\frac{\\sqrt{5}}{-11 + \\pi} + \\frac{7}{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{-1}",
"gold": "$-1$",
"reward": 1.0
},
{
"completion": "\\boxed{x + 1}",
"gold": "$x$",
"reward": 0.0
},
{
"completion": "\\boxed{1}",
"gold": "$\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + \\pi^{2}}",
"gold": "$\\pi^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{-8.00000000}",
"gold": "$-8$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y \\left(-134 - \\sqrt{2}\\right)}",
"gold": "$y \\left(-134 - \\sqrt{2}\\right)$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1}{8}}",
"gold": "$\\frac{1}{8}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\pi^{2} x}{6 x + 6 \\pi} - \\frac{3 \\pi}{6 x + 6 \\pi}}",
"gold": "$\\frac{\\pi \\left(\\pi x - 3\\right)}{6 \\left(x + \\pi\\right)}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2 \\pi \\left(\\sqrt{5} + 11\\right)}{729} + 1}",
"gold": "$\\frac{2 \\pi \\left(\\sqrt{5} + 11\\right)}{729}$",
"reward": 0.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{- 2 \\sqrt{7} + 3 + 2 \\sqrt{6} \\pi}",
"gold": "$- \\sqrt{7} + \\frac{3}{2} + \\sqrt{6} \\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{2 \\left(x^{2} + 7\\right)}{y}}",
"gold": "$\\frac{x^{2} + 7}{y}$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + \\sqrt[4]{6} \\sqrt{i}}",
"gold": "$\\sqrt[4]{6} \\sqrt{i}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{y}{9}}",
"gold": "$\\frac{y}{9}$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{6}{25}}",
"gold": "$- \\frac{6}{25}$",
"reward": 1.0
},
{
"completion": "\\boxed{2.23606798}",
"gold": "$\\sqrt{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{7}}{4 y + 4 \\pi}}",
"gold": "$\\frac{\\sqrt{7}}{4 \\left(y + \\pi\\right)}$",
"reward": 1.0
},
{
"completion": "\\boxed{168 \\sqrt{3}}",
"gold": "$168 \\sqrt{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{1.500000}",
"gold": "$\\frac{3}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{x}",
"gold": "$x$",
"reward": 1.0
},
{
"completion": "\\boxed{-16}",
"gold": "$-8$",
"reward": 0.0
},
{
"completion": "\\boxed{x}",
"gold": "$x$",
"reward": 1.0
},
{
"completion": "\\boxed{7}",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "\\boxed{0.759521}",
"gold": "$\\frac{6^{\\frac{3}{4}} \\left(\\frac{21}{4} - \\frac{7 \\sqrt{3}}{8}\\right)}{6 \\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{6.000000}",
"gold": "$6$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{108}{5}}",
"gold": "$\\frac{108}{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{7}{6} - \\sqrt{x - 6}}",
"gold": "$\\frac{1}{6} - \\sqrt{x - 6}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{31.006}",
"gold": "$\\pi^{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{6}",
"gold": "$6$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\pi}",
"gold": "$2 \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{6}",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "\\boxed{-5.000}",
"gold": "$-5$",
"reward": 1.0
},
{
"completion": "\\boxed{-4}",
"gold": "$-5$",
"reward": 0.0
},
{
"completion": "\\boxed{0.500000}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2 \\left(x - 1 + \\pi\\right)}{y}}",
"gold": "$\\frac{x - 1 + \\pi}{y}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 x + 18 + \\frac{6}{y}}",
"gold": "$x + 9 + \\frac{3}{y}$",
"reward": 0.0
},
{
"completion": "\\boxed{4 - 2 \\pi^{2}}",
"gold": "$4 - 2 \\pi^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{7}",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{3 \\sqrt{3} \\left(x - 1\\right)^{3}}{x^{3}}}",
"gold": "$\\frac{3 \\sqrt{3} \\left(x - 1\\right)^{3}}{x^{3}}$",
"reward": 1.0
},
{
"completion": "\\boxed{-16}",
"gold": "$-8$",
"reward": 0.0
},
{
"completion": "\\boxed{2.00000000}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{3}{2}}",
"gold": "$\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{-12}",
"gold": "$-6$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\left(-3 + \\pi\\right)^{3}}",
"gold": "$- \\left(-3 + \\pi\\right)^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{2.000}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{3}",
"gold": "$2$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1}{6} - \\sqrt{x - 6}}",
"gold": "$\\frac{1}{6} - \\sqrt{x - 6}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 x + \\frac{2 y}{11} + \\frac{24}{11} + 2 \\sqrt{7}}",
"gold": "$x + \\frac{y}{11} + \\frac{12}{11} + \\sqrt{7}$",
"reward": 0.0
},
{
"completion": "\\boxed{36}",
"gold": "$36$",
"reward": 1.0
},
{
"completion": "\\boxed{3.000}",
"gold": "$3$",
"reward": 1.0
},
{
"completion": "\\boxed{x}",
"gold": "$x$",
"reward": 1.0
},
{
"completion": "\\boxed{y + 3}",
"gold": "$y + 2$",
"reward": 0.0
},
{
"completion": "\\boxed{24 - \\pi}",
"gold": "$24 - \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{y \\left(10 \\sqrt{3} + 9 \\pi\\right)}{5}}",
"gold": "$y \\left(2 \\sqrt{3} + \\frac{9 \\pi}{5}\\right)$",
"reward": 1.0
},
{
"completion": "\\boxed{1.414}",
"gold": "$\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{6}}",
"gold": "$\\sqrt{6}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\pi}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{5}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{1.970086}",
"gold": "$\\frac{\\sqrt[4]{2} + 5}{\\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{1}",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "\\boxed{49 \\sqrt{5} + 285}",
"gold": "$49 \\sqrt{5} + 285$",
"reward": 1.0
},
{
"completion": "\\boxed{14}",
"gold": "$7$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{17}{8}}",
"gold": "$\\frac{9}{8}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{y - 7 \\pi + \\sqrt{5} \\pi}{\\pi}}",
"gold": "$\\frac{y}{\\pi} - 7 + \\sqrt{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{3}",
"gold": "$2$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{\\left(x + 7\\right)^{3}}{\\pi^{3}}}",
"gold": "$\\frac{\\left(- x - 7\\right)^{3}}{\\pi^{3}}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{35 y}{4 \\left(y - 7\\right)}}",
"gold": "$\\frac{35 y}{8 \\left(y - 7\\right)}$",
"reward": 0.0
},
{
"completion": "\\boxed{x^{3} + x^{2} y + x}",
"gold": "$x^{2} \\left(x + y\\right) + x$",
"reward": 1.0
},
{
"completion": "\\boxed{18 x^{2}}",
"gold": "$9 x^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 x^{3} y^{2}}",
"gold": "$x^{3} y^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{1.00000000}",
"gold": "$1$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\left(- \\pi + \\sqrt{6}\\right)^{9}}",
"gold": "$\\left(- \\pi + \\sqrt{6}\\right)^{9}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{x}{8} + 9}",
"gold": "$\\frac{x}{8} + 8$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{3 x}{32} + 1}",
"gold": "$\\frac{3 x}{32}$",
"reward": 0.0
},
{
"completion": "\\boxed{1.49534878}",
"gold": "$\\sqrt[4]{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{x^{2} + 4}",
"gold": "$x^{2} + 4$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{\\pi}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{8}",
"gold": "$7$",
"reward": 0.0
},
{
"completion": "\\boxed{x^{3} + 1}",
"gold": "$x^{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{2}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\left(12 - 3 \\pi\\right) \\left(y - 2 + \\pi\\right) + 1}",
"gold": "$\\left(12 - 3 \\pi\\right) \\left(y - 2 + \\pi\\right)$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{4}{\\sqrt{x} + 2 \\sqrt{3}}}",
"gold": "$\\frac{4}{\\sqrt{x} + 2 \\sqrt{3}}$",
"reward": 1.0
},
{
"completion": "\\boxed{- 8 \\pi y - \\frac{8 \\pi}{3}}",
"gold": "$\\pi \\left(- 8 y - \\frac{8}{3}\\right)$",
"reward": 1.0
},
{
"completion": "\\boxed{1.77245385}",
"gold": "$\\sqrt{\\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{2.00000000}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{148}{25} + \\frac{4 \\sqrt{5}}{5}}",
"gold": "$- \\frac{74}{25} + \\frac{2 \\sqrt{5}}{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\sqrt{x} + 7 y + 1}",
"gold": "$- \\sqrt{x} + 7 y$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + \\frac{3 \\sqrt{3} \\left(x - 1\\right)^{3}}{x^{3}}}",
"gold": "$\\frac{3 \\sqrt{3} \\left(x - 1\\right)^{3}}{x^{3}}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{35 \\sqrt{3}}{64}}",
"gold": "$- \\frac{35 \\sqrt{3}}{64}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2}{y + 7}}",
"gold": "$\\frac{1}{y + 7}$",
"reward": 0.0
},
{
"completion": "\\boxed{1397.542}",
"gold": "$625 \\sqrt{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\left(7 - \\sqrt{3}\\right) \\left(y - \\frac{56}{3}\\right) + 1}",
"gold": "$\\left(7 - \\sqrt{3}\\right) \\left(y - \\frac{56}{3}\\right)$",
"reward": 0.0
},
{
"completion": "\\boxed{6}",
"gold": "$3$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{\\pi^{9}}{x^{3}}}",
"gold": "$\\frac{\\pi^{9}}{x^{3}}$",
"reward": 1.0
},
{
"completion": "\\boxed{- x + \\sqrt{\\frac{2}{3} - x} + 1}",
"gold": "$- x + \\sqrt{\\frac{2}{3} - x}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 y^{6}}",
"gold": "$y^{6}$",
"reward": 0.0
},
{
"completion": "\\boxed{2.449}",
"gold": "$\\sqrt{6}$",
"reward": 0.0
},
{
"completion": "\\boxed{5 x}",
"gold": "$5 x$",
"reward": 1.0
},
{
"completion": "\\boxed{y - 54}",
"gold": "$y - 54$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\sqrt{\\pi - y} + \\pi^{2}}",
"gold": "$- \\sqrt{\\pi - y} + \\pi^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{-8}",
"gold": "$-8$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{15 x + 24 \\pi x - 35 + 41416 \\pi}{1728 \\left(3 x - 7\\right)}}",
"gold": "$\\frac{5}{1728} + \\frac{\\pi}{216} - \\frac{8 \\pi}{\\frac{7}{3} - x}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{14 \\sqrt{3}}{9 \\pi \\left(- x - 4\\right)}}",
"gold": "$\\frac{7 \\sqrt{3}}{9 \\pi \\left(- x - 4\\right)}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{11 \\left(\\sqrt{2} x + 20\\right)}{4 x}}",
"gold": "$\\frac{11 \\sqrt{2}}{4} + \\frac{55}{x}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{5} y^{2} + 9}",
"gold": "$\\sqrt{5} y^{2} + 8$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\sqrt{\\pi - y} + \\pi^{2}}",
"gold": "$- \\sqrt{\\pi - y} + \\pi^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{60 y}{- \\frac{48}{49} + \\pi}}",
"gold": "$\\frac{30 y}{- \\frac{48}{49} + \\pi}$",
"reward": 0.0
},
{
"completion": "\\boxed{8.000000}",
"gold": "$8$",
"reward": 1.0
},
{
"completion": "\\boxed{25}",
"gold": "$25$",
"reward": 1.0
},
{
"completion": "\\boxed{2 x - \\frac{26}{3} - 2 \\pi}",
"gold": "$x - \\frac{13}{3} - \\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{- 4 \\sqrt{6} x - x + \\pi}",
"gold": "$- 4 \\sqrt{6} x - x + \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{336 \\sqrt{3}}",
"gold": "$168 \\sqrt{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{2.645751}",
"gold": "$\\sqrt{7}$",
"reward": 1.0
},
{
"completion": "\\boxed{0.00000000}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{-1}",
"gold": "$-2$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + \\sqrt[4]{5}}",
"gold": "$\\sqrt[4]{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.750000}",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{- y}",
"gold": "$- \\frac{y}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{2 \\left(\\frac{x}{4} + \\frac{1}{8}\\right) \\left(- y + \\sqrt{3}\\right)}{x + y}}",
"gold": "$\\frac{\\left(\\frac{x}{4} + \\frac{1}{8}\\right) \\left(- y + \\sqrt{3}\\right)}{x + y}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{4}{3}}",
"gold": "$\\frac{1}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{2} \\pi^{2} x}{2} + \\frac{2 \\left(y + 9\\right)}{\\pi}}",
"gold": "$\\frac{\\sqrt{2} \\pi^{2} x}{4} + \\frac{y + 9}{\\pi}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{2 \\pi^{6}}{y^{6}}}",
"gold": "$\\frac{\\pi^{6}}{y^{6}}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{2 y}{9}}",
"gold": "$\\frac{y}{9}$",
"reward": 0.0
},
{
"completion": "\\boxed{3.142}",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{-0.947215}",
"gold": "$- \\frac{35 \\sqrt{3}}{64}$",
"reward": 1.0
},
{
"completion": "\\boxed{21}",
"gold": "$21$",
"reward": 1.0
},
{
"completion": "\\boxed{4}",
"gold": "$2$",
"reward": 0.0
},
{
"completion": "\\boxed{-7.00000000}",
"gold": "$-7$",
"reward": 1.0
},
{
"completion": "\\boxed{0.000000}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{5.00000000}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{96 y^{3}}",
"gold": "$96 y^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{18}",
"gold": "$9$",
"reward": 0.0
},
{
"completion": "\\boxed{2 y + \\frac{6 \\sqrt{7}}{7} + 2 \\pi}",
"gold": "$y + \\frac{3 \\sqrt{7}}{7} + \\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{-5}",
"gold": "$-5$",
"reward": 1.0
},
{
"completion": "\\boxed{-8}",
"gold": "$-9$",
"reward": 0.0
},
{
"completion": "\\boxed{-300 - 100 \\sqrt{3} + \\sqrt{5 - \\pi}}",
"gold": "$-300 - 100 \\sqrt{3} + \\sqrt{5 - \\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{5.000000}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{-40353607.00000000}",
"gold": "$-40353607$",
"reward": 1.0
},
{
"completion": "\\boxed{- 4 x - 25 - \\sqrt{5}}",
"gold": "$- 4 x - 25 - \\sqrt{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{y^{2}}",
"gold": "$y^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{-8.000}",
"gold": "$-8$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{7 x}{5} + 10}",
"gold": "$\\frac{7 x}{5} + 9$",
"reward": 0.0
},
{
"completion": "\\boxed{-10}",
"gold": "$-5$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + \\sqrt{7}}",
"gold": "$\\sqrt{7}$",
"reward": 0.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{3}}",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{x}",
"gold": "$x$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{y}{2} - \\frac{\\sqrt{7} \\pi}{7} + \\frac{3}{5} + \\frac{7 \\pi}{4}}",
"gold": "$- \\frac{y}{2} - \\frac{\\sqrt{7} \\pi}{7} + \\frac{3}{5} + \\frac{7 \\pi}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{2}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{x - \\pi}",
"gold": "$x - \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1470 y}{-48 + 49 \\pi}}",
"gold": "$\\frac{30 y}{- \\frac{48}{49} + \\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{0}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{x + 2 y + 1 + \\pi}",
"gold": "$x + 2 y + \\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{y}{9}}",
"gold": "$\\frac{y}{9}$",
"reward": 1.0
},
{
"completion": "\\boxed{x - \\frac{13}{3} - \\pi}",
"gold": "$x - \\frac{13}{3} - \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\sqrt{6}}",
"gold": "$\\sqrt{6}$",
"reward": 0.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\sqrt{y}}",
"gold": "$\\sqrt{y}$",
"reward": 0.0
},
{
"completion": "\\boxed{46.837}",
"gold": "$\\frac{3 \\sqrt{6}}{4} + 45$",
"reward": 0.0
},
{
"completion": "\\boxed{4.000000}",
"gold": "$4$",
"reward": 1.0
},
{
"completion": "\\boxed{25}",
"gold": "$25$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{7}}",
"gold": "$\\sqrt{7}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{x}{y} - \\frac{1}{y} + \\frac{\\pi}{y}}",
"gold": "$\\frac{x - 1 + \\pi}{y}$",
"reward": 1.0
},
{
"completion": "\\boxed{0.75000000}",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{2}}",
"gold": "$\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{2}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{9 \\sqrt{6} i y}{5} + 1}",
"gold": "$\\frac{9 \\sqrt{6} i y}{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 \\left(- y - \\pi^{2} - 3\\right)^{3}}",
"gold": "$\\left(- y - \\pi^{2} - 3\\right)^{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{192 y^{3}}",
"gold": "$96 y^{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{x}{3} + \\frac{4 \\pi}{9}}",
"gold": "$- \\frac{x}{6} + \\frac{2 \\pi}{9}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{216}{5}}",
"gold": "$\\frac{108}{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{x}{-4 + \\pi}}",
"gold": "$\\frac{x}{-4 + \\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{y^{3}}{576}}",
"gold": "$\\frac{y^{3}}{576}$",
"reward": 1.0
},
{
"completion": "\\boxed{-0.036436}",
"gold": "$\\left(- \\pi + \\sqrt{6}\\right)^{9}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{10 x \\left(\\sqrt{2} + 9\\right)}{3}}",
"gold": "$\\frac{5 x \\left(\\sqrt{2} + 9\\right)}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{18}{x}}",
"gold": "$\\frac{9}{x}$",
"reward": 0.0
},
{
"completion": "\\boxed{-6.000000}",
"gold": "$-6$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2 \\sqrt{2} \\left(9 - x\\right)}{5} + 1}",
"gold": "$\\frac{2 \\sqrt{2} \\left(9 - x\\right)}{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{\\left(-3 + 16 \\pi\\right) \\left(x - 8\\right)}{6}}",
"gold": "$\\left(- \\frac{1}{2} + \\frac{8 \\pi}{3}\\right) \\left(x - 8\\right)$",
"reward": 1.0
},
{
"completion": "\\boxed{x}",
"gold": "$x$",
"reward": 1.0
},
{
"completion": "\\boxed{6 \\sqrt{2} \\left(x - \\pi^{3}\\right)}",
"gold": "$3 \\sqrt{2} \\left(x - \\pi^{3}\\right)$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{34}{9}}",
"gold": "$- \\frac{17}{9}$",
"reward": 0.0
},
{
"completion": "\\boxed{24}",
"gold": "$12$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{6}{5}}",
"gold": "$\\frac{1}{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{5.000}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{14}",
"gold": "$7$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + 2 \\pi}",
"gold": "$2 \\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1}{8}}",
"gold": "$\\frac{1}{8}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y + 14}",
"gold": "$y + 7$",
"reward": 0.0
},
{
"completion": "\\boxed{y^{6}}",
"gold": "$y^{6}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{7 x}{5} + 9}",
"gold": "$\\frac{7 x}{5} + 9$",
"reward": 1.0
},
{
"completion": "\\boxed{25 - \\pi}",
"gold": "$24 - \\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{4 \\sqrt{2} \\left(9 - x\\right)}{5}}",
"gold": "$\\frac{2 \\sqrt{2} \\left(9 - x\\right)}{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{9.44948974}",
"gold": "$\\sqrt{6} + 7$",
"reward": 1.0
},
{
"completion": "\\boxed{y^{3}}",
"gold": "$y^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{22 y}{3} + 2 \\left(y - 2\\right)^{3} - 22}",
"gold": "$- \\frac{11 y}{3} + \\left(y - 2\\right)^{3} - 11$",
"reward": 0.0
},
{
"completion": "\\boxed{x^{9}}",
"gold": "$x^{9}$",
"reward": 1.0
},
{
"completion": "\\boxed{-18 + \\frac{\\sqrt{6}}{y}}",
"gold": "$-18 + \\frac{\\sqrt{6}}{y}$",
"reward": 1.0
},
{
"completion": "\\boxed{1.451}",
"gold": "$- \\frac{\\pi}{4} + \\sqrt{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{14}",
"gold": "$7$",
"reward": 0.0
},
{
"completion": "\\boxed{6}",
"gold": "$6$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{x}{7} + \\frac{681}{686}}",
"gold": "$\\frac{x}{7} - \\frac{5}{686}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.000}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{102 \\sqrt{11} \\sqrt{x}}{7}}",
"gold": "$\\frac{51 \\sqrt{11} \\sqrt{x}}{7}$",
"reward": 0.0
},
{
"completion": "\\boxed{x}",
"gold": "$x$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\left(x^{3} + \\frac{1}{2}\\right)^{3}}",
"gold": "$\\left(x^{3} + \\frac{1}{2}\\right)^{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 \\pi^{2}}",
"gold": "$\\pi^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{2 x}{y} + 12}",
"gold": "$\\frac{x}{y} + 6$",
"reward": 0.0
},
{
"completion": "\\boxed{9.000}",
"gold": "$9$",
"reward": 1.0
},
{
"completion": "\\boxed{3.14159265}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{0.500000}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{1 - \\frac{1}{5 x \\left(y + \\frac{8}{5}\\right)}}",
"gold": "$- \\frac{1}{5 x \\left(y + \\frac{8}{5}\\right)}$",
"reward": 0.0
},
{
"completion": "\\boxed{3.14159265}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{x^{3} y^{2} + 1}",
"gold": "$x^{3} y^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{9}",
"gold": "$8$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{2 \\left(x + 3\\right)^{3}}{y}}",
"gold": "$\\frac{\\left(x + 3\\right)^{3}}{y}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\pi^{3}}",
"gold": "$\\pi^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{25.00000000}",
"gold": "$25$",
"reward": 1.0
},
{
"completion": "\\boxed{3 - y}",
"gold": "$2 - y$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{2592}{y^{2}}}",
"gold": "$\\frac{1296}{y^{2}}$",
"reward": 0.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{-0.240000}",
"gold": "$- \\frac{6}{25}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{108}{5}}",
"gold": "$\\frac{108}{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{35 \\sqrt{3}}{64}}",
"gold": "$- \\frac{35 \\sqrt{3}}{64}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\sqrt[4]{6} \\sqrt{i}}",
"gold": "$\\sqrt[4]{6} \\sqrt{i}$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + \\frac{\\left(x + 3\\right)^{3}}{y}}",
"gold": "$\\frac{\\left(x + 3\\right)^{3}}{y}$",
"reward": 0.0
},
{
"completion": "\\boxed{x + 1}",
"gold": "$x$",
"reward": 0.0
},
{
"completion": "\\boxed{14}",
"gold": "$7$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{2}}",
"gold": "$\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{6}}",
"gold": "$\\sqrt{6}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{2} x^{3}}{32}}",
"gold": "$\\frac{\\sqrt{2} x^{3}}{32}$",
"reward": 1.0
},
{
"completion": "\\boxed{1 - \\frac{3}{x^{3}}}",
"gold": "$- \\frac{3}{x^{3}}$",
"reward": 0.0
},
{
"completion": "\\boxed{2.64575131}",
"gold": "$\\sqrt{7}$",
"reward": 1.0
},
{
"completion": "\\boxed{4.00000000}",
"gold": "$4$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\pi^{3}}",
"gold": "$\\pi^{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{9 \\pi x}{17} + 1}",
"gold": "$- \\frac{9 \\pi x}{17}$",
"reward": 0.0
},
{
"completion": "\\boxed{-6}",
"gold": "$-7$",
"reward": 0.0
},
{
"completion": "\\boxed{x}",
"gold": "$x$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2 \\sqrt{5}}{-11 + \\pi} + \\frac{14}{3}}",
"gold": "$\\frac{\\sqrt{5}}{-11 + \\pi} + \\frac{7}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{25 \\pi \\left(- \\frac{x}{5} + \\frac{y}{5}\\right)}{2}}",
"gold": "$\\frac{25 \\pi \\left(- \\frac{x}{5} + \\frac{y}{5}\\right)}{4}$",
"reward": 0.0
},
{
"completion": "\\boxed{- 8 x - 50 - 2 \\sqrt{5}}",
"gold": "$- 4 x - 25 - \\sqrt{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{x^{3}}",
"gold": "$x^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2 \\left(-1375 - 125 \\sqrt{6}\\right)}{x + 5 \\pi}}",
"gold": "$\\frac{-1375 - 125 \\sqrt{6}}{x + 5 \\pi}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.750}",
"gold": "$\\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{9.000}",
"gold": "$9$",
"reward": 1.0
},
{
"completion": "\\boxed{1397.542486}",
"gold": "$625 \\sqrt{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{8}",
"gold": "$4$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1}{9} - \\frac{2 \\sqrt{2}}{9 y} + \\frac{5}{6 y}}",
"gold": "$\\frac{y - 2 \\sqrt{2}}{9 y} + \\frac{5}{6 y}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y^{3}}",
"gold": "$y^{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{x}{y} + 6}",
"gold": "$\\frac{x}{y} + 6$",
"reward": 1.0
},
{
"completion": "\\boxed{7.000000}",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{9 x^{3} y^{2}}{8}}",
"gold": "$- \\frac{9 x^{3} y^{2}}{8}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\pi}",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + \\frac{\\sqrt[4]{2} + 5}{\\pi}}",
"gold": "$\\frac{\\sqrt[4]{2} + 5}{\\pi}$",
"reward": 0.0
},
{
"completion": "\\boxed{4 \\pi x + 48 x + 4 \\pi y + 48 y}",
"gold": "$4 \\left(\\pi + 12\\right) \\left(x + y\\right)$",
"reward": 1.0
},
{
"completion": "\\boxed{y - 5}",
"gold": "$y - 5$",
"reward": 1.0
},
{
"completion": "\\boxed{- 2 \\sqrt[4]{7} \\sqrt{\\frac{1}{x}} + \\frac{1}{4}}",
"gold": "$- \\sqrt[4]{7} \\sqrt{\\frac{1}{x}} + \\frac{1}{8}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1}{2}}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\left(- \\sqrt{3} + 8 + \\pi^{2}\\right)^{3}}",
"gold": "$\\left(- \\sqrt{3} + 8 + \\pi^{2}\\right)^{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{36.000}",
"gold": "$36$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2 y}{11}}",
"gold": "$\\frac{y}{11}$",
"reward": 0.0
},
{
"completion": "\\boxed{9.000000}",
"gold": "$9$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{x} + \\sqrt{7} + 4 - \\frac{2}{\\sqrt{x}}}",
"gold": "$\\sqrt{7} + 4 + \\frac{x - 2}{\\sqrt{x}}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{2}}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{-462.170011}",
"gold": "$- 160 \\sqrt{3} - 80 \\pi + \\left(-5 - \\pi\\right)^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{x}}{1 + \\pi} + x - 11 + \\frac{\\sqrt{35}}{7}}",
"gold": "$\\frac{\\sqrt{x}}{1 + \\pi} + x - 11 + \\frac{\\sqrt{35}}{7}$",
"reward": 1.0
},
{
"completion": "\\boxed{16.810}",
"gold": "$2 + 2 \\sqrt{2} \\left(\\sqrt{5} + 3\\right)$",
"reward": 0.0
},
{
"completion": "\\boxed{- 3 \\left(-4 + \\pi\\right) \\left(y - 2 + \\pi\\right)}",
"gold": "$\\left(12 - 3 \\pi\\right) \\left(y - 2 + \\pi\\right)$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{2 x}{y} - 17 + 2 \\pi}",
"gold": "$- \\frac{2 x}{y} - 18 + 2 \\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{3 y + 13}",
"gold": "$3 y + 12$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{3}}",
"gold": "$\\sqrt{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\left(15 - \\pi\\right)^{2}}",
"gold": "$\\left(15 - \\pi\\right)^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.140625}",
"gold": "$\\frac{9}{64}$",
"reward": 1.0
},
{
"completion": "\\boxed{x}",
"gold": "$x$",
"reward": 1.0
},
{
"completion": "\\boxed{-2.000}",
"gold": "$-2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2 \\pi^{6}}{117649}}",
"gold": "$\\frac{\\pi^{6}}{117649}$",
"reward": 0.0
},
{
"completion": "\\boxed{-5.000000}",
"gold": "$-5$",
"reward": 1.0
},
{
"completion": "\\boxed{5.000}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{-10}",
"gold": "$-5$",
"reward": 0.0
},
{
"completion": "\\boxed{\\pi}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{4202.55197005}",
"gold": "$\\left(- \\sqrt{3} + 8 + \\pi^{2}\\right)^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{x} - \\pi x + 3 x - \\pi y + 3 y}",
"gold": "$\\sqrt{x} - \\left(-3 + \\pi\\right) \\left(x + y\\right)$",
"reward": 1.0
},
{
"completion": "\\boxed{10}",
"gold": "$10$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\frac{\\pi^{9}}{x^{3}}}",
"gold": "$\\frac{\\pi^{9}}{x^{3}}$",
"reward": 0.0
},
{
"completion": "\\boxed{7}",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{5 \\sqrt{2} \\left(3 + \\pi\\right)}{28}}",
"gold": "$\\frac{5 \\sqrt{2} \\left(3 + \\pi\\right)}{28}$",
"reward": 1.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{9.00000000}",
"gold": "$9$",
"reward": 1.0
},
{
"completion": "\\boxed{y - 4}",
"gold": "$y - 5$",
"reward": 0.0
},
{
"completion": "\\boxed{11.62431524}",
"gold": "$\\frac{1}{\\pi} + \\sqrt{7} + 5 \\sqrt{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{x^{2}}{2916}}",
"gold": "$\\frac{x^{2}}{2916}$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\sqrt{3}}",
"gold": "$\\sqrt{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{3 \\sqrt{6}}{4} + 45}",
"gold": "$\\frac{3 \\sqrt{6}}{4} + 45$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\sqrt{6}}",
"gold": "$\\sqrt{6}$",
"reward": 0.0
},
{
"completion": "\\boxed{3.22332764}",
"gold": "$\\frac{\\sqrt{5} \\sqrt[4]{7} \\sqrt{\\pi}}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{-7}",
"gold": "$-8$",
"reward": 0.0
},
{
"completion": "\\boxed{4 \\left(\\pi + 12\\right) \\left(x + y\\right)}",
"gold": "$4 \\left(\\pi + 12\\right) \\left(x + y\\right)$",
"reward": 1.0
},
{
"completion": "\\boxed{12}",
"gold": "$6$",
"reward": 0.0
},
{
"completion": "\\boxed{3.14159265}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\left(2 y - \\pi\\right) \\left(x + 1 - \\frac{7}{x}\\right)}",
"gold": "$\\left(2 y - \\pi\\right) \\left(x + 1 - \\frac{7}{x}\\right)$",
"reward": 0.0
},
{
"completion": "\\boxed{8.000}",
"gold": "$8$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2 \\sqrt{x - \\frac{3}{4}}}{y^{2}}}",
"gold": "$\\frac{\\sqrt{x - \\frac{3}{4}}}{y^{2}}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{2^{\\frac{3}{4}} \\left(9 y + \\sqrt{6} \\pi\\right)}{2} + 1}",
"gold": "$\\frac{2^{\\frac{3}{4}} \\left(9 y + \\sqrt{6} \\pi\\right)}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{-0.003}",
"gold": "$- \\left(-3 + \\pi\\right)^{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{7} + 5 + \\frac{x - 2}{\\sqrt{x}}}",
"gold": "$\\sqrt{7} + 4 + \\frac{x - 2}{\\sqrt{x}}$",
"reward": 0.0
},
{
"completion": "\\boxed{16}",
"gold": "$8$",
"reward": 0.0
},
{
"completion": "\\boxed{4}",
"gold": "$2$",
"reward": 0.0
},
{
"completion": "\\boxed{3.14159265}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\pi^{2} y^{2} + 4}",
"gold": "$- \\pi^{2} y^{2} + 4$",
"reward": 1.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{\\left(- 3 \\sqrt{5} + 3 \\pi\\right)^{3}}",
"gold": "$\\left(- 3 \\sqrt{5} + 3 \\pi\\right)^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{9.869604}",
"gold": "$\\pi^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\sqrt[4]{2} + 5}{\\pi}}",
"gold": "$\\frac{\\sqrt[4]{2} + 5}{\\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{y^{6}}{15625}}",
"gold": "$\\frac{y^{6}}{15625}$",
"reward": 1.0
},
{
"completion": "\\boxed{1.495}",
"gold": "$\\sqrt[4]{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{y^{3}}{2} - \\pi}",
"gold": "$- \\frac{y^{3}}{2} - \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{0.50000000}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{12.000000}",
"gold": "$12$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\sqrt[4]{6}}",
"gold": "$\\sqrt[4]{6}$",
"reward": 0.0
},
{
"completion": "\\boxed{2.44948974}",
"gold": "$\\sqrt{6}$",
"reward": 1.0
},
{
"completion": "\\boxed{4202.551970}",
"gold": "$\\left(- \\sqrt{3} + 8 + \\pi^{2}\\right)^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{x^{2} + 5}",
"gold": "$x^{2} + 4$",
"reward": 0.0
},
{
"completion": "\\boxed{- 4 x - 24 - \\sqrt{5}}",
"gold": "$- 4 x - 25 - \\sqrt{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{3.142}",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{9.869604}",
"gold": "$\\pi^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{x}",
"gold": "$x$",
"reward": 1.0
},
{
"completion": "\\boxed{3 \\left(y + 4\\right)}",
"gold": "$3 y + 12$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{2 - \\frac{15}{y}}",
"gold": "$1 - \\frac{15}{2 y}$",
"reward": 0.0
},
{
"completion": "\\boxed{8}",
"gold": "$8$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{x^{3}}{\\pi^{3}} - \\frac{21 x^{2}}{\\pi^{3}} - \\frac{147 x}{\\pi^{3}} - \\frac{343}{\\pi^{3}}}",
"gold": "$\\frac{\\left(- x - 7\\right)^{3}}{\\pi^{3}}$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{5488 \\sqrt[4]{2}}{y^{3}}}",
"gold": "$- \\frac{2744 \\sqrt[4]{2}}{y^{3}}$",
"reward": 0.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{0.00000000}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{5 \\sqrt{3} y + 20 y - \\pi^{2} + 10 \\sqrt{3} + 8 \\pi + 40}{\\pi \\left(y + 2\\right)}}",
"gold": "$\\frac{5 \\left(\\sqrt{3} + 4\\right)}{\\pi} + \\frac{8 - \\pi}{y + 2}$",
"reward": 1.0
},
{
"completion": "\\boxed{-8}",
"gold": "$-8$",
"reward": 1.0
},
{
"completion": "\\boxed{2 x + 2 y - \\frac{24}{7} + 2 \\sqrt{3} + 2 \\sqrt{7}}",
"gold": "$x + y - \\frac{12}{7} + \\sqrt{3} + \\sqrt{7}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{8.00000000}",
"gold": "$8$",
"reward": 1.0
},
{
"completion": "\\boxed{2^{\\frac{3}{4}} \\left(9 y + \\sqrt{6} \\pi\\right)}",
"gold": "$\\frac{2^{\\frac{3}{4}} \\left(9 y + \\sqrt{6} \\pi\\right)}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{2.449}",
"gold": "$\\sqrt{6}$",
"reward": 0.0
},
{
"completion": "\\boxed{10.000000}",
"gold": "$10$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{y + 7}}",
"gold": "$\\frac{1}{y + 7}$",
"reward": 1.0
},
{
"completion": "\\boxed{-8.00000000}",
"gold": "$-8$",
"reward": 1.0
},
{
"completion": "\\boxed{2}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\sqrt{5}}",
"gold": "$\\sqrt{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{7}",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "\\boxed{1.189}",
"gold": "$\\sqrt[4]{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{5 \\sqrt{2} \\left(3 + \\pi\\right)}{14}}",
"gold": "$\\frac{5 \\sqrt{2} \\left(3 + \\pi\\right)}{28}$",
"reward": 0.0
},
{
"completion": "\\boxed{-3}",
"gold": "$-4$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{x y \\left(y - 8\\right)}{4 \\pi}}",
"gold": "$\\frac{x y \\left(y - 8\\right)}{4 \\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{96 y^{3}}",
"gold": "$96 y^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{x}{7} - \\frac{5}{686}}",
"gold": "$\\frac{x}{7} - \\frac{5}{686}$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{35 x - 35 y - 245 - 3 \\sqrt{5}}{35}}",
"gold": "$- x + y + \\frac{3 \\sqrt{5}}{35} + 7$",
"reward": 1.0
},
{
"completion": "\\boxed{- x - 2 + \\frac{5}{\\pi}}",
"gold": "$- x - 2 + \\frac{5}{\\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{7 x + 7 y - 12 + 7 \\sqrt{3} + 7 \\sqrt{7}}{7}}",
"gold": "$x + y - \\frac{12}{7} + \\sqrt{3} + \\sqrt{7}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\left(- \\sqrt{6} + \\sqrt{3} i\\right)^{2}}",
"gold": "$\\left(- \\sqrt{6} + \\sqrt{3} i\\right)^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 \\sqrt{\\pi y - 5}}",
"gold": "$\\sqrt{\\pi y - 5}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{9 x^{3} y^{2}}{8} + 1}",
"gold": "$- \\frac{9 x^{3} y^{2}}{8}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.50000000}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{11.00000000}",
"gold": "$11$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{x}{7}}",
"gold": "$- \\frac{x}{7}$",
"reward": 1.0
},
{
"completion": "\\boxed{-4}",
"gold": "$-5$",
"reward": 0.0
},
{
"completion": "\\boxed{2 \\sqrt{6}}",
"gold": "$\\sqrt{6}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{y}}",
"gold": "$\\sqrt{y}$",
"reward": 1.0
},
{
"completion": "\\boxed{x^{2}}",
"gold": "$x^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{x^{2} - 18 x + \\sqrt{6} + 81}",
"gold": "$\\left(x - 9\\right)^{2} + \\sqrt{6}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2}{9}}",
"gold": "$\\frac{2}{9}$",
"reward": 1.0
},
{
"completion": "\\boxed{- x + \\sqrt{\\frac{2}{3} - x}}",
"gold": "$- x + \\sqrt{\\frac{2}{3} - x}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2 \\pi^{2} x^{2}}{7}}",
"gold": "$\\frac{\\pi^{2} x^{2}}{7}$",
"reward": 0.0
},
{
"completion": "\\boxed{- 16 x - 8 y - 8 \\sqrt{2} + 1}",
"gold": "$- 16 x - 8 y - 8 \\sqrt{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.14062500}",
"gold": "$\\frac{9}{64}$",
"reward": 1.0
},
{
"completion": "\\boxed{9.332}",
"gold": "$\\sqrt{5} + \\frac{10 \\pi}{\\frac{9}{7} + \\pi}$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + \\frac{\\sqrt{x - \\frac{3}{4}}}{y^{2}}}",
"gold": "$\\frac{\\sqrt{x - \\frac{3}{4}}}{y^{2}}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{17}{9}}",
"gold": "$- \\frac{17}{9}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{16}{9}}",
"gold": "$\\frac{7}{9}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 x}",
"gold": "$x$",
"reward": 0.0
},
{
"completion": "\\boxed{2 \\sqrt{2}}",
"gold": "$\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.000000}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{- 30 \\pi + \\pi^{2} + 225}",
"gold": "$\\left(15 - \\pi\\right)^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{x^{2} - 18 x + \\sqrt{6} + 81}",
"gold": "$\\left(x - 9\\right)^{2} + \\sqrt{6}$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{y}{x + 2} + \\frac{3}{4}}",
"gold": "$- \\frac{y}{x + 2} + \\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{y^{2} + 1}",
"gold": "$y^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{24}",
"gold": "$12$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1}{2}}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{0.500000}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{-343.000}",
"gold": "$-343$",
"reward": 1.0
},
{
"completion": "\\boxed{2 x \\left(- \\frac{3}{7} + \\frac{\\pi}{11}\\right)}",
"gold": "$x \\left(- \\frac{3}{7} + \\frac{\\pi}{11}\\right)$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{x}}{1 + \\pi} + x - 10 + \\frac{\\sqrt{35}}{7}}",
"gold": "$\\frac{\\sqrt{x}}{1 + \\pi} + x - 11 + \\frac{\\sqrt{35}}{7}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{6^{\\frac{3}{4}} \\left(\\frac{21}{4} - \\frac{7 \\sqrt{3}}{8}\\right)}{3 \\pi}}",
"gold": "$\\frac{6^{\\frac{3}{4}} \\left(\\frac{21}{4} - \\frac{7 \\sqrt{3}}{8}\\right)}{6 \\pi}$",
"reward": 0.0
},
{
"completion": "\\boxed{20.85840735}",
"gold": "$24 - \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{36.000}",
"gold": "$36$",
"reward": 1.0
},
{
"completion": "\\boxed{2 x + 4 y + 2 \\pi}",
"gold": "$x + 2 y + \\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{x^{3}}{729} + 1 + \\frac{20 \\sqrt{2}}{y}}",
"gold": "$- \\frac{x^{3}}{729} + \\frac{20 \\sqrt{2}}{y}$",
"reward": 0.0
},
{
"completion": "\\boxed{3 - 6 \\sqrt{2} i}",
"gold": "$\\left(- \\sqrt{6} + \\sqrt{3} i\\right)^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{9}",
"gold": "$8$",
"reward": 0.0
},
{
"completion": "\\boxed{7}",
"gold": "$6$",
"reward": 0.0
},
{
"completion": "\\boxed{7}",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{5.000000}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{2.449}",
"gold": "$\\sqrt{6}$",
"reward": 0.0
},
{
"completion": "\\boxed{1 - \\frac{28}{y}}",
"gold": "$- \\frac{28}{y}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.000000}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{\\left(2 x + 1\\right) \\left(y - \\sqrt{3}\\right)}{8 \\left(x + y\\right)}}",
"gold": "$\\frac{\\left(\\frac{x}{4} + \\frac{1}{8}\\right) \\left(- y + \\sqrt{3}\\right)}{x + y}$",
"reward": 1.0
},
{
"completion": "\\boxed{10.000000}",
"gold": "$10$",
"reward": 1.0
},
{
"completion": "\\boxed{0.00000000}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{8}",
"gold": "$8$",
"reward": 1.0
},
{
"completion": "\\boxed{y + 7}",
"gold": "$y + 7$",
"reward": 1.0
},
{
"completion": "\\boxed{13.667}",
"gold": "$\\frac{41}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{290.985}",
"gold": "$168 \\sqrt{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{6}}",
"gold": "$\\sqrt{6}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{7}{9}}",
"gold": "$\\frac{7}{9}$",
"reward": 1.0
},
{
"completion": "\\boxed{6}",
"gold": "$6$",
"reward": 1.0
},
{
"completion": "\\boxed{x + 1}",
"gold": "$x$",
"reward": 0.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{21.000}",
"gold": "$21$",
"reward": 1.0
},
{
"completion": "\\boxed{-5.00000000}",
"gold": "$-5$",
"reward": 1.0
},
{
"completion": "\\boxed{6}",
"gold": "$6$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{8 \\left(y + \\pi\\right)}{9 \\left(x - y\\right)}}",
"gold": "$\\frac{- 8 y - 8 \\pi}{- 9 x + 9 y}$",
"reward": 1.0
},
{
"completion": "\\boxed{3.14159265}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{10.000000}",
"gold": "$10$",
"reward": 1.0
},
{
"completion": "\\boxed{2.449490}",
"gold": "$\\sqrt{6}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{5 x \\left(\\sqrt{2} + 9\\right)}{3} + 1}",
"gold": "$\\frac{5 x \\left(\\sqrt{2} + 9\\right)}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{1250 \\sqrt{5}}",
"gold": "$625 \\sqrt{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.736380}",
"gold": "$\\frac{16}{9 + 9 \\sqrt{2}}$",
"reward": 1.0
},
{
"completion": "\\boxed{9.332013}",
"gold": "$\\sqrt{5} + \\frac{10 \\pi}{\\frac{9}{7} + \\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\frac{11 \\sqrt{2}}{4} + \\frac{55}{x}}",
"gold": "$\\frac{11 \\sqrt{2}}{4} + \\frac{55}{x}$",
"reward": 0.0
},
{
"completion": "\\boxed{3.141593}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{-12}",
"gold": "$-6$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{7}}",
"gold": "$\\sqrt{7}$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\pi}",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{5}",
"gold": "$4$",
"reward": 0.0
},
{
"completion": "\\boxed{6 \\sqrt{- y} - 22 + 2 \\pi^{3}}",
"gold": "$3 \\sqrt{- y} - 11 + \\pi^{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{56}{y}}",
"gold": "$- \\frac{28}{y}$",
"reward": 0.0
},
{
"completion": "\\boxed{49 \\sqrt{5} + 286}",
"gold": "$49 \\sqrt{5} + 285$",
"reward": 0.0
},
{
"completion": "\\boxed{3 \\sqrt{- y} - 11 + \\pi^{3}}",
"gold": "$3 \\sqrt{- y} - 11 + \\pi^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\pi}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{51 \\sqrt{11} \\sqrt{x}}{7}}",
"gold": "$\\frac{51 \\sqrt{11} \\sqrt{x}}{7}$",
"reward": 1.0
},
{
"completion": "\\boxed{9.00000000}",
"gold": "$9$",
"reward": 1.0
},
{
"completion": "\\boxed{9}",
"gold": "$9$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\pi^{2} x^{2}}{7} + 1}",
"gold": "$\\frac{\\pi^{2} x^{2}}{7}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{x^{2}}{2916}}",
"gold": "$\\frac{x^{2}}{2916}$",
"reward": 1.0
},
{
"completion": "\\boxed{5}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{-7.000000}",
"gold": "$-7$",
"reward": 1.0
},
{
"completion": "\\boxed{36.00000000}",
"gold": "$36$",
"reward": 1.0
},
{
"completion": "\\boxed{1 - \\frac{7}{x + 27}}",
"gold": "$- \\frac{7}{x + 27}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{16}{9 + 9 \\sqrt{2}}}",
"gold": "$\\frac{16}{9 + 9 \\sqrt{2}}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{3}{2}}",
"gold": "$\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{12 - \\frac{48 \\sqrt{3}}{x - 1}}",
"gold": "$6 - \\frac{24 \\sqrt{3}}{x - 1}$",
"reward": 0.0
},
{
"completion": "\\boxed{- x + \\pi + 25}",
"gold": "$- x + \\pi + 25$",
"reward": 1.0
},
{
"completion": "\\boxed{0.000000}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{5}}{-11 + \\pi} + \\frac{10}{3}}",
"gold": "$\\frac{\\sqrt{5}}{-11 + \\pi} + \\frac{7}{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{1.772454}",
"gold": "$\\sqrt{\\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\frac{\\frac{1}{2} + \\sqrt{7}}{x}}",
"gold": "$\\frac{\\frac{1}{2} + \\sqrt{7}}{x}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{2 y^{2} \\left(x - 12\\right)}{5}}",
"gold": "$\\frac{2 y^{2} \\left(x - 12\\right)}{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{4 x - 3}}{2 y^{2}}}",
"gold": "$\\frac{\\sqrt{x - \\frac{3}{4}}}{y^{2}}$",
"reward": 1.0
},
{
"completion": "\\boxed{- x - 5 + \\frac{\\sqrt{2}}{32} - \\frac{19}{2 \\left(-7 + \\pi\\right)}}",
"gold": "$- x - 6 + \\frac{\\sqrt{2}}{32} - \\frac{19}{2 \\left(-7 + \\pi\\right)}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{2 y - 15}{2 y}}",
"gold": "$1 - \\frac{15}{2 y}$",
"reward": 1.0
},
{
"completion": "\\boxed{-40353607}",
"gold": "$-40353607$",
"reward": 1.0
},
{
"completion": "\\boxed{2.00000000}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{3 x - 4 y + 6}{4 \\left(x + 2\\right)}}",
"gold": "$- \\frac{y}{x + 2} + \\frac{3}{4}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\sqrt{\\pi y - 5} + 1}",
"gold": "$\\sqrt{\\pi y - 5}$",
"reward": 0.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{2} x^{3}}{32} + 1}",
"gold": "$\\frac{\\sqrt{2} x^{3}}{32}$",
"reward": 0.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{9 x^{3} - 16}{x^{3}}}",
"gold": "$-9 + \\frac{16}{x^{3}}$",
"reward": 1.0
},
{
"completion": "\\boxed{x + y + \\pi \\left(x + 2\\right) - \\frac{2}{5}}",
"gold": "$x + y + \\pi \\left(x + 2\\right) - \\frac{7}{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{7.00000000}",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "\\boxed{-5.000}",
"gold": "$-5$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{9 \\pi}{5} - \\sqrt{6} - \\frac{3 \\sqrt{5} \\pi}{10} + \\sqrt{5}}",
"gold": "$- \\frac{9 \\pi}{5} - \\sqrt{6} - \\frac{3 \\sqrt{5} \\pi}{10} + \\sqrt{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\sqrt{7}}",
"gold": "$\\sqrt{7}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{343 x - 343 y^{3} + 735 y^{2} - 525 y + 125}{343}}",
"gold": "$x - \\left(y - \\frac{5}{7}\\right)^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{5}}{2}}",
"gold": "$\\frac{\\sqrt{5}}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{x - 1}",
"gold": "$x - 1$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y - 108}",
"gold": "$y - 54$",
"reward": 0.0
},
{
"completion": "\\boxed{x^{9}}",
"gold": "$x^{9}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{129}{128}}",
"gold": "$\\frac{1}{128}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\sqrt{x} + 7 y}",
"gold": "$- \\sqrt{x} + 7 y$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{x}{y} + 7}",
"gold": "$\\frac{x}{y} + 6$",
"reward": 0.0
},
{
"completion": "\\boxed{7.000}",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "\\boxed{3.223}",
"gold": "$\\frac{\\sqrt{5} \\sqrt[4]{7} \\sqrt{\\pi}}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{0}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{0.500}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{-0.240}",
"gold": "$- \\frac{6}{25}$",
"reward": 1.0
},
{
"completion": "\\boxed{-4.000000}",
"gold": "$-4$",
"reward": 1.0
},
{
"completion": "\\boxed{10}",
"gold": "$10$",
"reward": 1.0
},
{
"completion": "\\boxed{4}",
"gold": "$4$",
"reward": 1.0
},
{
"completion": "\\boxed{0.500000}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{6}{25}}",
"gold": "$- \\frac{6}{25}$",
"reward": 1.0
},
{
"completion": "\\boxed{3 - 6 \\sqrt{2} i}",
"gold": "$\\left(- \\sqrt{6} + \\sqrt{3} i\\right)^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{6.549548}",
"gold": "$- \\sqrt{7} + \\frac{3}{2} + \\sqrt{6} \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\sqrt{x} + 7 y}",
"gold": "$- \\sqrt{x} + 7 y$",
"reward": 1.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{x + 9 + \\frac{3}{y}}",
"gold": "$x + 9 + \\frac{3}{y}$",
"reward": 1.0
},
{
"completion": "\\boxed{6.283185}",
"gold": "$2 \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{-1.00000000}",
"gold": "$-1$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\frac{7 \\sqrt{3}}{9 \\pi \\left(- x - 4\\right)}}",
"gold": "$\\frac{7 \\sqrt{3}}{9 \\pi \\left(- x - 4\\right)}$",
"reward": 0.0
},
{
"completion": "\\boxed{x + 2 y + \\pi}",
"gold": "$x + 2 y + \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{2 \\left(12 - 3 \\pi\\right) \\left(y - 2 + \\pi\\right)}",
"gold": "$\\left(12 - 3 \\pi\\right) \\left(y - 2 + \\pi\\right)$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1}{3}}",
"gold": "$\\frac{1}{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{5}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{x}{2} + \\sqrt{2} + 10}",
"gold": "$\\frac{x}{2} + \\sqrt{2} + 10$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{9 x^{3} y^{2}}{4}}",
"gold": "$- \\frac{9 x^{3} y^{2}}{8}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{\\pi x + 7 x + 7 \\pi y^{2} - 7 \\pi^{2} y}{7 \\pi x}}",
"gold": "$\\frac{1}{7} + \\frac{1}{\\pi} + \\frac{y \\left(y - \\pi\\right)}{x}$",
"reward": 1.0
},
{
"completion": "\\boxed{0}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{1.118}",
"gold": "$\\frac{\\sqrt{5}}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{72}",
"gold": "$36$",
"reward": 0.0
},
{
"completion": "\\boxed{98 \\sqrt{5} + 570}",
"gold": "$49 \\sqrt{5} + 285$",
"reward": 0.0
},
{
"completion": "\\boxed{2000000 \\pi}",
"gold": "$1000000 \\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{31.00627668}",
"gold": "$\\pi^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{2 x}",
"gold": "$x$",
"reward": 0.0
},
{
"completion": "\\boxed{\\pi \\left(- \\frac{y}{3} - 8\\right) + 1}",
"gold": "$\\pi \\left(- \\frac{y}{3} - 8\\right)$",
"reward": 0.0
},
{
"completion": "\\boxed{- 134 y - \\sqrt{2} y}",
"gold": "$y \\left(-134 - \\sqrt{2}\\right)$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{2}}",
"gold": "$\\sqrt{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{10 \\left(y - \\sqrt{3}\\right)}{3 \\left(- \\frac{9}{5} + \\pi\\right)}}",
"gold": "$\\frac{5 \\left(y - \\sqrt{3}\\right)}{3 \\left(- \\frac{9}{5} + \\pi\\right)}$",
"reward": 0.0
},
{
"completion": "\\boxed{4}",
"gold": "$4$",
"reward": 1.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1536}{- 2 x - 2 y}}",
"gold": "$\\frac{768}{- 2 x - 2 y}$",
"reward": 0.0
},
{
"completion": "\\boxed{0}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{-6.00000000}",
"gold": "$-6$",
"reward": 1.0
},
{
"completion": "\\boxed{3 \\sqrt{2} x - \\frac{2 y}{3} + 21 \\sqrt{2}}",
"gold": "$- \\frac{2 y}{3} + 3 \\sqrt{2} \\left(x + 7\\right)$",
"reward": 1.0
},
{
"completion": "\\boxed{3.141593}",
"gold": "$\\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{y - 53}",
"gold": "$y - 54$",
"reward": 0.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{7 \\sqrt{3}}{- 9 \\pi x - 36 \\pi}}",
"gold": "$\\frac{7 \\sqrt{3}}{9 \\pi \\left(- x - 4\\right)}$",
"reward": 1.0
},
{
"completion": "\\boxed{23.400066}",
"gold": "$- \\sqrt{6} + 7 + 6 \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\sqrt[4]{2}}",
"gold": "$\\sqrt[4]{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\sqrt{7} + \\frac{5}{2} + \\sqrt{6} \\pi}",
"gold": "$- \\sqrt{7} + \\frac{3}{2} + \\sqrt{6} \\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{37}{14} + \\pi - \\frac{1}{y}}",
"gold": "$- \\frac{51}{14} + \\pi - \\frac{1}{y}$",
"reward": 0.0
},
{
"completion": "\\boxed{18}",
"gold": "$9$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{x - 1 + \\pi}{y}}",
"gold": "$\\frac{x - 1 + \\pi}{y}$",
"reward": 1.0
},
{
"completion": "\\boxed{11}",
"gold": "$10$",
"reward": 0.0
},
{
"completion": "\\boxed{x + 1}",
"gold": "$x$",
"reward": 0.0
},
{
"completion": "\\boxed{-5}",
"gold": "$-5$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{51}{7} + 2 \\pi - \\frac{2}{y}}",
"gold": "$- \\frac{51}{14} + \\pi - \\frac{1}{y}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{y}{6 x}}",
"gold": "$\\frac{y}{6 x}$",
"reward": 1.0
},
{
"completion": "\\boxed{12.00000000}",
"gold": "$12$",
"reward": 1.0
},
{
"completion": "\\boxed{x + 1}",
"gold": "$x$",
"reward": 0.0
},
{
"completion": "\\boxed{18}",
"gold": "$9$",
"reward": 0.0
},
{
"completion": "\\boxed{x^{3} y^{2}}",
"gold": "$x^{3} y^{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + 625 \\sqrt{5}}",
"gold": "$625 \\sqrt{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{- y - 2 + \\sqrt[4]{10}}",
"gold": "$- y - 2 + \\sqrt[4]{10}$",
"reward": 1.0
},
{
"completion": "\\boxed{-471.84184661}",
"gold": "$-300 - 100 \\sqrt{3} + \\sqrt{5 - \\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{- x - \\sqrt{3} - 1}",
"gold": "$- x - 2 - \\sqrt{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{-5}",
"gold": "$-6$",
"reward": 0.0
},
{
"completion": "\\boxed{7.000000}",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "\\boxed{3 \\sqrt{- y} - 11 + \\pi^{3}}",
"gold": "$3 \\sqrt{- y} - 11 + \\pi^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{2}",
"gold": "$2$",
"reward": 1.0
},
{
"completion": "\\boxed{\\left(x + \\frac{2}{5}\\right)^{2} + 1}",
"gold": "$\\left(x + \\frac{2}{5}\\right)^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + \\frac{5 \\sqrt{2} \\left(3 + \\pi\\right)}{28}}",
"gold": "$\\frac{5 \\sqrt{2} \\left(3 + \\pi\\right)}{28}$",
"reward": 0.0
},
{
"completion": "\\boxed{7}",
"gold": "$7$",
"reward": 1.0
},
{
"completion": "\\boxed{2}",
"gold": "$1$",
"reward": 0.0
},
{
"completion": "\\boxed{11.624315}",
"gold": "$\\frac{1}{\\pi} + \\sqrt{7} + 5 \\sqrt{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{-9}",
"gold": "$-9$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{\\sqrt{6}}{9 x - 45}}",
"gold": "$\\frac{\\sqrt{6}}{9 \\left(x - 5\\right)}$",
"reward": 1.0
},
{
"completion": "\\boxed{x^{9} + 1}",
"gold": "$x^{9}$",
"reward": 0.0
},
{
"completion": "\\boxed{x - y^{3} + \\frac{15 y^{2}}{7} - \\frac{75 y}{49} + \\frac{125}{343}}",
"gold": "$x - \\left(y - \\frac{5}{7}\\right)^{3}$",
"reward": 1.0
},
{
"completion": "\\boxed{- \\frac{17 x}{20} + \\frac{34 \\sqrt{3} x}{5}}",
"gold": "$- \\frac{34 x \\left(\\frac{1}{8} - \\sqrt{3}\\right)}{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{6}",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "\\boxed{1.414}",
"gold": "$\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{5} + \\frac{10 \\pi}{\\frac{9}{7} + \\pi}}",
"gold": "$\\sqrt{5} + \\frac{10 \\pi}{\\frac{9}{7} + \\pi}$",
"reward": 1.0
},
{
"completion": "\\boxed{-2.00000000}",
"gold": "$-2$",
"reward": 1.0
},
{
"completion": "\\boxed{1 + \\pi}",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{46.83711731}",
"gold": "$\\frac{3 \\sqrt{6}}{4} + 45$",
"reward": 1.0
},
{
"completion": "\\boxed{-462.170}",
"gold": "$- 160 \\sqrt{3} - 80 \\pi + \\left(-5 - \\pi\\right)^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{- \\frac{y^{3} + 2 \\pi}{2}}",
"gold": "$- \\frac{y^{3}}{2} - \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{x}",
"gold": "$x$",
"reward": 1.0
},
{
"completion": "\\boxed{y - 54}",
"gold": "$y - 54$",
"reward": 1.0
},
{
"completion": "\\boxed{x + 1}",
"gold": "$x$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{1}{2}}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "\\boxed{-9.000000}",
"gold": "$-9$",
"reward": 1.0
},
{
"completion": "\\boxed{- x^{2} + y^{3} + 3 y^{2} + 2 y - 1}",
"gold": "$- x^{2} - y + \\left(y + 1\\right)^{3} - 2$",
"reward": 1.0
},
{
"completion": "\\boxed{y + 1}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{2.236}",
"gold": "$\\sqrt{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{0.00000000}",
"gold": "$0$",
"reward": 1.0
},
{
"completion": "\\boxed{-8}",
"gold": "$-4$",
"reward": 0.0
},
{
"completion": "\\boxed{7.111}",
"gold": "$\\frac{64}{9}$",
"reward": 0.0
},
{
"completion": "\\boxed{10 x}",
"gold": "$5 x$",
"reward": 0.0
},
{
"completion": "\\boxed{2 \\sqrt{2}}",
"gold": "$\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{6}",
"gold": "$5$",
"reward": 0.0
},
{
"completion": "\\boxed{3 \\sqrt{2} x - 3 \\sqrt{2} \\pi^{3}}",
"gold": "$3 \\sqrt{2} \\left(x - \\pi^{3}\\right)$",
"reward": 1.0
},
{
"completion": "\\boxed{5}",
"gold": "$5$",
"reward": 1.0
},
{
"completion": "\\boxed{2 y}",
"gold": "$y$",
"reward": 0.0
},
{
"completion": "\\boxed{x}",
"gold": "$x$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2}{5}}",
"gold": "$\\frac{1}{5}$",
"reward": 0.0
},
{
"completion": "\\boxed{1 + \\pi^{2}}",
"gold": "$\\pi^{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{y}",
"gold": "$y$",
"reward": 1.0
},
{
"completion": "\\boxed{3.142}",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{5 \\pi x + 35 x - 112 - 10 \\pi}{5}}",
"gold": "$\\left(\\pi + 7\\right) \\left(x - 2\\right) - \\frac{42}{5}$",
"reward": 1.0
},
{
"completion": "\\boxed{4202.552}",
"gold": "$\\left(- \\sqrt{3} + 8 + \\pi^{2}\\right)^{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{-4}",
"gold": "$-2$",
"reward": 0.0
},
{
"completion": "\\boxed{3141592.653590}",
"gold": "$1000000 \\pi$",
"reward": 1.0
},
{
"completion": "\\boxed{-686}",
"gold": "$-343$",
"reward": 0.0
},
{
"completion": "\\boxed{-9.00000000}",
"gold": "$-9$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{2 \\left(- x - 7\\right)^{3}}{\\pi^{3}}}",
"gold": "$\\frac{\\left(- x - 7\\right)^{3}}{\\pi^{3}}$",
"reward": 0.0
},
{
"completion": "**Answer:** $1200$",
"gold": "1200",
"reward": 1.0
},
{
"completion": "The final answer is $1, 2$. I hope it is correct.",
"gold": "$2x+1$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{-3}\\]",
"gold": "3.5",
"reward": 0.0
},
{
"completion": "\\[\\boxed{0.12}\\]",
"gold": "A",
"reward": null
},
{
"completion": "Answer: $$ 3\\text{ apples} $$",
"gold": "-3",
"reward": 0.0
},
{
"completion": "the answer is [\\sqrt{3}/2] ok",
"gold": "\\frac12",
"reward": null
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{1/2}",
"gold": "\\boxed{\\frac{1}{2}}",
"reward": 1.0
},
{
"completion": "answer: \\(y=2x\\)",
"gold": "$\\boxed{3}$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\text{(A)}}\\]",
"gold": "$-3$",
"reward": 0.0
},
{
"completion": "answer: \\(-\\frac{1}{3}\\)",
"gold": "$x\\le 3$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\frac{x}{2}}",
"gold": "$a+b$",
"reward": 0.0
},
{
"completion": "the answer is [1/2] ok",
"gold": "1200",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{\\{1,2\\}}$ and $\\boxed{4}$.",
"gold": "3.5",
"reward": 0.0
},
{
"completion": "Answer: $$ 0.5 $$",
"gold": "1200",
"reward": 0.0
},
{
"completion": "\\boxed{0.5} is the answer, not \\boxed{5}",
"gold": "0.5",
"reward": 0.0
},
{
"completion": "answer: \\(\\pi\\)",
"gold": "$3$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{3\\text{ apples}}\\]",
"gold": "1/2",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{\\frac{\\pi}{2}}$ and $\\boxed{4}$.",
"gold": "-3",
"reward": 0.0
},
{
"completion": "**Answer:** $\\frac{\\sqrt{3}{2}$",
"gold": "$x = 3$",
"reward": 0.0
},
{
"completion": "\\boxed{0} is the answer, not \\boxed{5}",
"gold": "$x = 3$",
"reward": 0.0
},
{
"completion": "answer: \\(0.866025\\)",
"gold": "$-3$",
"reward": 0.0
},
{
"completion": "The final answer is $\\frac{1}{2}$. I hope it is correct.",
"gold": "\\frac12",
"reward": null
},
{
"completion": "**Answer:** $A$",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{10^5}",
"gold": "$a+b$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{A}\\]",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "Answer: $$ y=2x $$",
"gold": "$\\frac{7}{8}$",
"reward": 0.0
},
{
"completion": "**Answer:** $10^5$",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $\\frac{\\pi}{2}$ indeed.",
"gold": "$2\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "**Answer:** $2x+1$",
"gold": "\\boxed{\\frac{1}{2}}",
"reward": 0.0
},
{
"completion": "So, the final answer is $0.866025$",
"gold": "$\\frac{7}{8}$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\frac{1}{2}}\\]",
"gold": "100000",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $0.5$ indeed.",
"gold": "$\\frac{7}{8}$",
"reward": 0.0
},
{
"completion": "The final answer is $\\infty$. I hope it is correct.",
"gold": "$a+b$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{12}",
"gold": "$\\{1,2\\}$",
"reward": 0.0
},
{
"completion": "The final answer is $0.875$. I hope it is correct.",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "**Answer:** $\\emptyset$",
"gold": "1/2",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $12\\%$ indeed.",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "**Answer:** $0$",
"gold": "\\frac12",
"reward": null
},
{
"completion": "The final answer is $\\frac{\\sqrt{3}{2}$. I hope it is correct.",
"gold": "12\\%",
"reward": 0.0
},
{
"completion": "**Answer:** $1200$",
"gold": "$x\\le 3$",
"reward": 0.0
},
{
"completion": "\\boxed{b+a} is the answer, not \\boxed{5}",
"gold": "$-3$",
"reward": 0.0
},
{
"completion": "The final answer is $90^\\circ$. I hope it is correct.",
"gold": "$\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "Answer: $$ x=3 $$",
"gold": "$\\text{(A)}$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{1200}\\]",
"gold": "$\\{1,2\\}$",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{\\pi}$.",
"gold": "The answer is 3.",
"reward": 0.0
},
{
"completion": "So, the final answer is $a+b$",
"gold": "$a+b$",
"reward": 1.0
},
{
"completion": "the answer is [(1,2)] ok",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "So, the final answer is $1200$",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "\\boxed{(1,2)} is the answer, not \\boxed{5}",
"gold": "\\boxed{\\frac{1}{2}}",
"reward": 0.0
},
{
"completion": "Answer: $$ \\pi $$",
"gold": "$x\\le 3$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{0}\\]",
"gold": "$\\text{(A)}$",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{a+b}$.",
"gold": "0.5",
"reward": 0.0
},
{
"completion": "\\boxed{a+b} is the answer, not \\boxed{5}",
"gold": "$\\text{(A)}$",
"reward": 0.0
},
{
"completion": "the answer is [\\sqrt{8}] ok",
"gold": "$x\\le 3$",
"reward": 0.0
},
{
"completion": "**Answer:** $-3$",
"gold": "$3.50$",
"reward": 0.0
},
{
"completion": "**Answer:** $1,200$",
"gold": "12\\%",
"reward": 0.0
},
{
"completion": "**Answer:** $7/8$",
"gold": "x=3",
"reward": 0.0
},
{
"completion": "\\boxed{1,200} is the answer, not \\boxed{5}",
"gold": "$\\boxed{3}$",
"reward": 0.0
},
{
"completion": "**Answer:** $1, 2$",
"gold": "$2\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "Answer: $$ 2\\sqrt{2} $$",
"gold": "$1,200$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\infty}",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "The final answer is $\\$3.50$. I hope it is correct.",
"gold": "\\frac12",
"reward": null
},
{
"completion": "The final answer is $1200$. I hope it is correct.",
"gold": "$3.50$",
"reward": 0.0
},
{
"completion": "the answer is [\\sqrt{3}/2] ok",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{0.866025}\\]",
"gold": "0.5",
"reward": 0.0
},
{
"completion": "**Answer:** $a+b$",
"gold": "$12\\%$",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{\\frac{\\sqrt{3}{2}}$ and $\\boxed{4}$.",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $\\$3.50$ indeed.",
"gold": "$x\\le 3$",
"reward": 0.0
},
{
"completion": "\\boxed{3.50} is the answer, not \\boxed{5}",
"gold": "$\\{1,2\\}$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{0.12}",
"gold": "\\frac12",
"reward": null
},
{
"completion": "The answers are $\\boxed{1,200}$ and $\\boxed{4}$.",
"gold": "0.5",
"reward": 0.0
},
{
"completion": "The final answer is $100000$. I hope it is correct.",
"gold": "$x\\le 3$",
"reward": 0.0
},
{
"completion": "**Answer:** $\\sqrt{8}$",
"gold": "$2x+1$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{a+b}\\]",
"gold": "$10^5$",
"reward": 0.0
},
{
"completion": "the answer is [100000] ok",
"gold": "3.5",
"reward": 0.0
},
{
"completion": "\\[\\boxed{100000}\\]",
"gold": "$3.50$",
"reward": 0.0
},
{
"completion": "\\boxed{b+a} is the answer, not \\boxed{5}",
"gold": "$\\boxed{3}$",
"reward": 0.0
},
{
"completion": "The final answer is $2x+1$. I hope it is correct.",
"gold": "x=3",
"reward": 0.0
},
{
"completion": "the answer is [3.50] ok",
"gold": "$\\frac{7}{8}$",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $7/8$ indeed.",
"gold": "$-3$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\text{(A)}}\\]",
"gold": "$1,200$",
"reward": 0.0
},
{
"completion": "So, the final answer is $\\pi$",
"gold": "$3$",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $[1,2]$ indeed.",
"gold": "A",
"reward": null
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{\\pi}$.",
"gold": "$0$",
"reward": 0.0
},
{
"completion": "**Answer:** $12$",
"gold": "-3",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{90^\\circ}",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $0.5$ indeed.",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\pi}\\]",
"gold": "$\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{1{,}200} is the answer, not \\boxed{5}",
"gold": "$y=2x$",
"reward": 0.0
},
{
"completion": "answer: \\(0.12\\)",
"gold": "$3$",
"reward": 0.0
},
{
"completion": "Answer: $$ 3 $$",
"gold": "x=3",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $0$ indeed.",
"gold": "3.5",
"reward": 0.0
},
{
"completion": "\\boxed{90^\\circ} is the answer, not \\boxed{5}",
"gold": "$2\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "Answer: $$ 100000 $$",
"gold": "$y=2x$",
"reward": 0.0
},
{
"completion": "Answer: $$ \\infty $$",
"gold": "The answer is 3.",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{-\\frac{1}{3}}$ and $\\boxed{4}$.",
"gold": "$2x+1$",
"reward": 0.0
},
{
"completion": "\\boxed{1200} is the answer, not \\boxed{5}",
"gold": "0.5",
"reward": 0.0
},
{
"completion": "answer: \\(-3\\)",
"gold": "0.5",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\$3.50}\\]",
"gold": "$1,200$",
"reward": 0.0
},
{
"completion": "Answer: $$ [1,2] $$",
"gold": "$\\text{(A)}$",
"reward": 0.0
},
{
"completion": "Answer: $$ \\frac{1}{2} $$",
"gold": "$1,200$",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{A}$ and $\\boxed{4}$.",
"gold": "\\frac12",
"reward": null
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\textbf{A}}",
"gold": "$\\boxed{3}$",
"reward": 0.0
},
{
"completion": "Answer: $$ (1,2) $$",
"gold": "$y=2x$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{2x+1}\\]",
"gold": "$x = 3$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\pi}\\]",
"gold": "$\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{12}\\]",
"gold": "\\boxed{\\frac{1}{2}}",
"reward": 0.0
},
{
"completion": "The final answer is $0$. I hope it is correct.",
"gold": "1/2",
"reward": 0.0
},
{
"completion": "the answer is [\\emptyset] ok",
"gold": "$y=2x$",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{3 \\ge x}$.",
"gold": "12\\%",
"reward": 0.0
},
{
"completion": "**Answer:** $1200$",
"gold": "100000",
"reward": 0.0
},
{
"completion": "\\boxed{\\dfrac{7}{8}} is the answer, not \\boxed{5}",
"gold": "x=3",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{10^5}$.",
"gold": "$2\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{1/2}\\]",
"gold": "100000",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\emptyset}\\]",
"gold": "$90^\\circ$",
"reward": 0.0
},
{
"completion": "**Answer:** $\\frac{x}{2}$",
"gold": "The answer is 3.",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{3.50}$ and $\\boxed{4}$.",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{y=2x}\\]",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "**Answer:** $1200$",
"gold": "$10^5$",
"reward": 0.0
},
{
"completion": "\\boxed{1200} is the answer, not \\boxed{5}",
"gold": "$1,200$",
"reward": 0.0
},
{
"completion": "The final answer is $\\$3.50$. I hope it is correct.",
"gold": "0.5",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{12}$.",
"gold": "$\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "\\boxed{3 \\text{ cm}} is the answer, not \\boxed{5}",
"gold": "$\\boxed{3}$",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $[1,2]$ indeed.",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "Answer: $$ 7/8 $$",
"gold": "x=3",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{-3}$ and $\\boxed{4}$.",
"gold": "$2\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{7/8}$.",
"gold": "3",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{1/2}",
"gold": "$\\frac{1}{2}$",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\frac{\\pi}{2}}",
"gold": "$2\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $3$ indeed.",
"gold": "$\\boxed{3}$",
"reward": 1.0
},
{
"completion": "So, the final answer is $\\frac{\\pi}{2}$",
"gold": "$\\boxed{3}$",
"reward": 0.0
},
{
"completion": "**Answer:** $2\\sqrt{2}$",
"gold": "$\\boxed{3}$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\text{(A)}}\\]",
"gold": "1200",
"reward": 0.0
},
{
"completion": "\\[\\boxed{1{,}200}\\]",
"gold": "\\boxed{\\frac{1}{2}}",
"reward": 0.0
},
{
"completion": "The final answer is $0$. I hope it is correct.",
"gold": "$\\{1,2\\}$",
"reward": 0.0
},
{
"completion": "So, the final answer is $0.5$",
"gold": "12\\%",
"reward": 0.0
},
{
"completion": "the answer is [10^5] ok",
"gold": "$3$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{1200}\\]",
"gold": "3",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{\\$3.50}$ and $\\boxed{4}$.",
"gold": "$3.50$",
"reward": 0.0
},
{
"completion": "the answer is [[1,2]] ok",
"gold": "3",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $90^\\circ$ indeed.",
"gold": "$\\boxed{3}$",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $\\$3.50$ indeed.",
"gold": "$\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "So, the final answer is $\\dfrac{7}{8}$",
"gold": "$\\text{(A)}$",
"reward": 0.0
},
{
"completion": "So, the final answer is $b+a$",
"gold": "-3",
"reward": 0.0
},
{
"completion": "**Answer:** $0$",
"gold": "3.5",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{\\sqrt{3}/2}$.",
"gold": "\\boxed{\\frac{1}{2}}",
"reward": 0.0
},
{
"completion": "\\[\\boxed{b+a}\\]",
"gold": "$12\\%$",
"reward": 0.0
},
{
"completion": "**Answer:** $\\$3.50$",
"gold": "$12\\%$",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $10^5$ indeed.",
"gold": "$\\frac{7}{8}$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{0.12}",
"gold": "A",
"reward": null
},
{
"completion": "Answer: $$ 3\\text{ apples} $$",
"gold": "$\\boxed{3}$",
"reward": 0.0
},
{
"completion": "**Answer:** $\\emptyset$",
"gold": "$2x+1$",
"reward": 0.0
},
{
"completion": "So, the final answer is $3$",
"gold": "$1,200$",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $\\{1,2\\}$ indeed.",
"gold": "$2\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{b+a}",
"gold": "\\boxed{\\frac{1}{2}}",
"reward": 0.0
},
{
"completion": "**Answer:** $-3$",
"gold": "$90^\\circ$",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{(1,2)}$.",
"gold": "$\\frac{\\sqrt{3}}{2}$",
"reward": 0.0
},
{
"completion": "the answer is [1,200] ok",
"gold": "$\\{1,2\\}$",
"reward": 0.0
},
{
"completion": "So, the final answer is $3\\text{ apples}$",
"gold": "12\\%",
"reward": 0.0
},
{
"completion": "So, the final answer is $3 \\ge x$",
"gold": "1200",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $x \\le 3$ indeed.",
"gold": "$x = 3$",
"reward": 0.0
},
{
"completion": "**Answer:** $1/2$",
"gold": "x=3",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{7/8}",
"gold": "$\\boxed{3}$",
"reward": 0.0
},
{
"completion": "**Answer:** $1,200$",
"gold": "$\\boxed{3}$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{\\pi}{2}} is the answer, not \\boxed{5}",
"gold": "$a+b$",
"reward": 0.0
},
{
"completion": "answer: \\(3 \\ge x\\)",
"gold": "$\\boxed{3}$",
"reward": 0.0
},
{
"completion": "answer: \\(-\\frac{1}{3}\\)",
"gold": "$3$",
"reward": 0.0
},
{
"completion": "the answer is [[1,2]] ok",
"gold": "1/2",
"reward": 0.0
},
{
"completion": "**Answer:** $0.866025$",
"gold": "x=3",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{1200}$.",
"gold": "x=3",
"reward": 0.0
},
{
"completion": "**Answer:** $1/2$",
"gold": "3",
"reward": 0.0
},
{
"completion": "The final answer is $a+b$. I hope it is correct.",
"gold": "$x = 3$",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{2\\sqrt{2}}$.",
"gold": "0.5",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $90^\\circ$ indeed.",
"gold": "$90^\\circ$",
"reward": 1.0
},
{
"completion": "\\[\\boxed{x^2}\\]",
"gold": "$10^5$",
"reward": 0.0
},
{
"completion": "The final answer is $-\\frac{1}{3}$. I hope it is correct.",
"gold": "$3$",
"reward": 0.0
},
{
"completion": "the answer is [x^2] ok",
"gold": "0.5",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $0.875$ indeed.",
"gold": "$1,200$",
"reward": 0.0
},
{
"completion": "**Answer:** $\\{1,2\\}$",
"gold": "$\\infty$",
"reward": 0.0
},
{
"completion": "So, the final answer is $(1,2)$",
"gold": "$\\text{(A)}$",
"reward": 0.0
},
{
"completion": "answer: \\(\\sqrt{8}\\)",
"gold": "x=3",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{0.866025}$.",
"gold": "$\\pi$",
"reward": 0.0
},
{
"completion": "\\boxed{3} is the answer, not \\boxed{5}",
"gold": "$12\\%$",
"reward": 0.0
},
{
"completion": "the answer is [\\infty] ok",
"gold": "1200",
"reward": 0.0
},
{
"completion": "the answer is [2\\sqrt{2}] ok",
"gold": "$x = 3$",
"reward": 0.0
},
{
"completion": "**Answer:** $\\$3.50$",
"gold": "$-3$",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{x \\le 3}$ and $\\boxed{4}$.",
"gold": "x=3",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{3 \\text{ cm}}",
"gold": "x=3",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{1 200}",
"gold": "3.5",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $100000$ indeed.",
"gold": "$\\frac{1}{2}$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{12}",
"gold": "$90^\\circ$",
"reward": 0.0
},
{
"completion": "the answer is [100000] ok",
"gold": "$x = 3$",
"reward": 0.0
},
{
"completion": "answer: \\(\\infty\\)",
"gold": "$2\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{b+a}\\]",
"gold": "0.5",
"reward": 0.0
},
{
"completion": "Answer: $$ 3 $$",
"gold": "$\\frac{\\sqrt{3}}{2}$",
"reward": 0.0
},
{
"completion": "So, the final answer is $\\dfrac{7}{8}$",
"gold": "$-3$",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $3.50$ indeed.",
"gold": "1200",
"reward": 0.0
},
{
"completion": "**Answer:** $\\pi$",
"gold": "$\\{1,2\\}$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\dfrac{7}{8}}",
"gold": "$\\text{(A)}$",
"reward": 0.0
},
{
"completion": "Answer: $$ 12\\% $$",
"gold": "$90^\\circ$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{03}",
"gold": "The answer is $3$.",
"reward": 1.0
},
{
"completion": "Answer: $$ 2x-y=0 $$",
"gold": "The answer is $y=2x$.",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $1+2x$ indeed.",
"gold": "\\boxed{\\frac{4x+2}{2}}",
"reward": 1.0
},
{
"completion": "the answer is [1{,}200] ok",
"gold": "$1200.0$",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $1 200$ indeed.",
"gold": "1.2 \\times 10^3",
"reward": 0.0
},
{
"completion": "\\boxed{\\sqrt{2}\\cdot 2} is the answer, not \\boxed{5}",
"gold": "$2\\sqrt{2}$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\frac{\\sqrt3}{2}}",
"gold": "\\boxed{\\frac{1}{2}\\sqrt{3}}",
"reward": 0.0
},
{
"completion": "\\[\\boxed{0.12}\\]",
"gold": "\\boxed{12}",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\sqrt{8}}\\]",
"gold": "\\sqrt{2}\\cdot 2",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{1/2}$.",
"gold": "$\\frac12$",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $\\frac{\\sqrt{3}{2}$ indeed.",
"gold": "\\sqrt{3}/2",
"reward": null
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{100,000}$.",
"gold": "$10^{5}$",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $2x$ indeed.",
"gold": "y = 2 x",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{\\dfrac{7}{8}}$ and $\\boxed{4}$.",
"gold": "The answer is $87.5\\%$.",
"reward": 0.0
},
{
"completion": "\\[\\boxed{100000}\\]",
"gold": "The answer is $1e5$.",
"reward": 0.0
},
{
"completion": "**Answer:** $\\frac{6}{2}$",
"gold": "\\boxed{3.00}",
"reward": 1.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{\\frac12}$.",
"gold": "$.5$",
"reward": 0.0
},
{
"completion": "Answer: $$ 2x+1 $$",
"gold": "2 x + 1",
"reward": 0.0
},
{
"completion": "\\[\\boxed{x\\le 3}\\]",
"gold": "The answer is $x<3$.",
"reward": 0.0
},
{
"completion": "So, the final answer is $2x-y=0$",
"gold": "The answer is $2x$.",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $(A)$ indeed.",
"gold": "The answer is $\\textbf{(A)}$.",
"reward": 1.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{\\mathrm{A}}$.",
"gold": "$\\textbf{(A)}$",
"reward": 1.0
},
{
"completion": "\\[\\boxed{\\frac{12}{100}}\\]",
"gold": "The answer is $0.12$.",
"reward": 1.0
},
{
"completion": "The final answer is $(1,2)$. I hope it is correct.",
"gold": "$\\left(1,2\\right)$",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $3$ indeed.",
"gold": "The answer is $3 \\text{ cm}$.",
"reward": 1.0
},
{
"completion": "The final answer is $\\left(1,2\\right)$. I hope it is correct.",
"gold": "$1,2$",
"reward": 1.0
},
{
"completion": "The final answer is $12 \\cdot 100$. I hope it is correct.",
"gold": "$1{,}200$",
"reward": 1.0
},
{
"completion": "the answer is [03] ok",
"gold": "The answer is $\\frac{6}{2}$.",
"reward": 1.0
},
{
"completion": "\\boxed{1 200} is the answer, not \\boxed{5}",
"gold": "$1200.0$",
"reward": 0.0
},
{
"completion": "\\boxed{3} is the answer, not \\boxed{5}",
"gold": "The answer is $x=3$.",
"reward": 0.0
},
{
"completion": "Answer: $$ [1,2] $$",
"gold": "The answer is $(1, 2)$.",
"reward": 0.0
},
{
"completion": "the answer is [1200.0] ok",
"gold": "The answer is $12 \\cdot 100$.",
"reward": 1.0
},
{
"completion": "\\boxed{\\left(1,2\\right)} is the answer, not \\boxed{5}",
"gold": "$\\left(1,2\\right)$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\sin(\\pi/3)}\\]",
"gold": "0.866025",
"reward": 1.0
},
{
"completion": "The answers are $\\boxed{\\sqrt{9}}$ and $\\boxed{4}$.",
"gold": "\\boxed{03}",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{\\frac{4x+2}{2}}$.",
"gold": "2 x + 1",
"reward": 0.0
},
{
"completion": "So, the final answer is $1 200$",
"gold": "1{,}200",
"reward": 0.0
},
{
"completion": "the answer is [10^{5}] ok",
"gold": "$10^5$",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\sqrt{2}\\cdot 2}",
"gold": "2.828427",
"reward": 1.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{1{,}200}$.",
"gold": "$12 \\cdot 100$",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{12}",
"gold": "The answer is $0.12$.",
"reward": 0.0
},
{
"completion": "**Answer:** $\\frac12$",
"gold": "\\boxed{\\frac{1}{2}}",
"reward": 0.0
},
{
"completion": "**Answer:** $\\dfrac{7}{8}$",
"gold": "\\tfrac78",
"reward": null
},
{
"completion": "So, the final answer is $1+2x$",
"gold": "\\boxed{2 x + 1}",
"reward": 1.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{100{,}000}$.",
"gold": "The answer is $100000$.",
"reward": 1.0
},
{
"completion": "So, the final answer is $inf$",
"gold": "$inf$",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{1}{2}\\sqrt{3}$. I hope it is correct.",
"gold": "\\boxed{0.866025}",
"reward": 1.0
},
{
"completion": "Answer: $$ 0.50 $$",
"gold": "0.50",
"reward": 1.0
},
{
"completion": "**Answer:** $\\frac{12}{100}$",
"gold": "$12 \\%$",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\infty }",
"gold": "\\infty",
"reward": null
},
{
"completion": "We find that $x = 5$ and the answer is $1+2x$ indeed.",
"gold": "1+2x",
"reward": 0.0
},
{
"completion": "**Answer:** $100000$",
"gold": "$100,000$",
"reward": 1.0
},
{
"completion": "The answers are $\\boxed{12}$ and $\\boxed{4}$.",
"gold": "The answer is $0.12$.",
"reward": 0.0
},
{
"completion": "answer: \\((2,1)\\)",
"gold": "$(1, 2)$",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{\\text{(A)}}$.",
"gold": "The answer is $\\textbf{(A)}$.",
"reward": 1.0
},
{
"completion": "The final answer is $1{,}200$. I hope it is correct.",
"gold": "\\boxed{1 200}",
"reward": 0.0
},
{
"completion": "The final answer is $\\frac{4x+2}{2}$. I hope it is correct.",
"gold": "\\frac{4x+2}{2}",
"reward": null
},
{
"completion": "The answers are $\\boxed{0.5}$ and $\\boxed{4}$.",
"gold": "The answer is $50\\%$.",
"reward": 0.0
},
{
"completion": "Answer: $$ \\sqrt{9} $$",
"gold": "\\boxed{3.0}",
"reward": 1.0
},
{
"completion": "\\[\\boxed{1,2}\\]",
"gold": "(2,1)",
"reward": null
},
{
"completion": "We find that $x = 5$ and the answer is $1{,}200$ indeed.",
"gold": "The answer is $1 200$.",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\infty}\\]",
"gold": "The answer is $\\text{infinity}$.",
"reward": 0.0
},
{
"completion": "So, the final answer is $100,000$",
"gold": "10^5",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{1200.0}",
"gold": "12 \\cdot 100",
"reward": 0.0
},
{
"completion": "the answer is [1/2] ok",
"gold": "The answer is $1/2$.",
"reward": 1.0
},
{
"completion": "The answers are $\\boxed{0.50}$ and $\\boxed{4}$.",
"gold": "$\\frac12$",
"reward": 0.0
},
{
"completion": "So, the final answer is $3 \\text{ cm}$",
"gold": "$3.0$",
"reward": 1.0
},
{
"completion": "Answer: $$ (2,1) $$",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "The final answer is $1/2$. I hope it is correct.",
"gold": "$50\\%$",
"reward": 1.0
},
{
"completion": "The final answer is $.5$. I hope it is correct.",
"gold": "The answer is $0.5$.",
"reward": 1.0
},
{
"completion": "the answer is [\\dfrac12] ok",
"gold": "The answer is $.5$.",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{+\\infty}",
"gold": "$\\infty $",
"reward": 1.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{2.828427}$.",
"gold": "The answer is $2 \\sqrt 2$.",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{[1,2]}",
"gold": "$1,2$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{1e5}",
"gold": "$10^{5}$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{100{,}000}\\]",
"gold": "\\boxed{100000}",
"reward": 1.0
},
{
"completion": "Answer: $$ 2\\sqrt{2} $$",
"gold": "$\\sqrt{2}\\cdot 2$",
"reward": 1.0
},
{
"completion": "So, the final answer is $x \\leq 3$",
"gold": "\\boxed{x\\le 3}",
"reward": 1.0
},
{
"completion": "answer: \\(12\\%\\)",
"gold": "$12 \\%$",
"reward": 1.0
},
{
"completion": "The final answer is $3 \\ge x$. I hope it is correct.",
"gold": "The answer is $x \\leq 3$.",
"reward": 1.0
},
{
"completion": "**Answer:** $1+2x$",
"gold": "$2x+1$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{6}{2}} is the answer, not \\boxed{5}",
"gold": "3.00",
"reward": 0.0
},
{
"completion": "So, the final answer is $0.875$",
"gold": "The answer is $\\tfrac78$.",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{x \\leq 3}",
"gold": "The answer is $(-\\infty, 3]$.",
"reward": 0.0
},
{
"completion": "The final answer is $1.2 \\times 10^3$. I hope it is correct.",
"gold": "The answer is $1200$.",
"reward": 1.0
},
{
"completion": "**Answer:** $100{,}000$",
"gold": "$100,000$",
"reward": 1.0
},
{
"completion": "\\boxed{2\\sqrt{2}} is the answer, not \\boxed{5}",
"gold": "The answer is $2.828427$.",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{3 \\ge x}$.",
"gold": "3 \\ge x",
"reward": 0.0
},
{
"completion": "**Answer:** $\\sqrt{9}$",
"gold": "$03$",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\frac{\\sqrt{3}{2}}",
"gold": "$\\frac{\\sqrt3}{2}$",
"reward": 0.0
},
{
"completion": "the answer is [2\\sqrt{2}] ok",
"gold": "2\\sqrt{2}",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{0.875}$.",
"gold": "$7/8$",
"reward": 1.0
},
{
"completion": "\\[\\boxed{1{,}200}\\]",
"gold": "1{,}200",
"reward": 0.0
},
{
"completion": "So, the final answer is $x\\le 3$",
"gold": "$x\\le 3$",
"reward": 1.0
},
{
"completion": "**Answer:** $12$",
"gold": "The answer is $12 percent$.",
"reward": 1.0
},
{
"completion": "answer: \\((A)\\)",
"gold": "\\boxed{\\mathrm{A}}",
"reward": 1.0
},
{
"completion": "\\[\\boxed{12\\%}\\]",
"gold": "The answer is $0.12$.",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{12\\%}",
"gold": "\\boxed{12 percent}",
"reward": 1.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{inf}$.",
"gold": "$+\\infty$",
"reward": 1.0
},
{
"completion": "\\[\\boxed{1 200}\\]",
"gold": "\\boxed{1200}",
"reward": 0.0
},
{
"completion": "So, the final answer is $100,000$",
"gold": "\\boxed{100{,}000}",
"reward": 1.0
},
{
"completion": "answer: \\((A)\\)",
"gold": "\\boxed{A}",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{x\\le 3}",
"gold": "The answer is $3 \\ge x$.",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $12 \\%$ indeed.",
"gold": "12 \\%",
"reward": 1.0
},
{
"completion": "Answer: $$ 1 200 $$",
"gold": "The answer is $1.2 \\times 10^3$.",
"reward": 0.0
},
{
"completion": "So, the final answer is $1 200$",
"gold": "\\boxed{1{,}200}",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{\\text{(A)}}$ and $\\boxed{4}$.",
"gold": "\\text{A}",
"reward": null
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{\\textbf{(A)}}$.",
"gold": "\\text{A}",
"reward": null
},
{
"completion": "Answer: $$ 1200.0 $$",
"gold": "The answer is $1{,}200$.",
"reward": 1.0
},
{
"completion": "So, the final answer is $50\\%$",
"gold": "\\boxed{0.50}",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $(2,1)$ indeed.",
"gold": "$(2,1)$",
"reward": 1.0
},
{
"completion": "\\[\\boxed{87.5\\%}\\]",
"gold": "$7/8$",
"reward": 1.0
},
{
"completion": "answer: \\(x<3\\)",
"gold": "The answer is $(-\\infty, 3]$.",
"reward": 0.0
},
{
"completion": "the answer is [\\frac{\\sqrt3}{2}] ok",
"gold": "The answer is $\\sin 60^\\circ$.",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{\\sqrt{3}/2}$.",
"gold": "\\frac{\\sqrt3}{2}",
"reward": null
},
{
"completion": "\\boxed{03} is the answer, not \\boxed{5}",
"gold": "3 \\text{ cm}",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{3 \\text{ cm}}$.",
"gold": "The answer is $3 \\text{ cm}$.",
"reward": 1.0
},
{
"completion": "answer: \\(x<3\\)",
"gold": "\\boxed{3 \\ge x}",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $\\sqrt{8}$ indeed.",
"gold": "$\\sqrt{2}\\cdot 2$",
"reward": 1.0
},
{
"completion": "The answers are $\\boxed{\\sqrt{8}}$ and $\\boxed{4}$.",
"gold": "\\boxed{2^{3/2}}",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{\\textbf{(A)}}$.",
"gold": "The answer is $(A)$.",
"reward": 1.0
},
{
"completion": "So, the final answer is $\\sqrt{8}$",
"gold": "\\sqrt{8}",
"reward": null
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{2x+1}$.",
"gold": "\\frac{4x+2}{2}",
"reward": null
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{10^{5}}$.",
"gold": "The answer is $10^5$.",
"reward": 1.0
},
{
"completion": "\\[\\boxed{10^5}\\]",
"gold": "\\boxed{10^{5}}",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{[1,2]}",
"gold": "$1,2$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\sqrt{9}}\\]",
"gold": "03",
"reward": 1.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{1e5}$.",
"gold": "The answer is $10^5$.",
"reward": 0.0
},
{
"completion": "So, the final answer is $2 x + 1$",
"gold": "$\\frac{4x+2}{2}$",
"reward": 1.0
},
{
"completion": "the answer is [y-2x=0] ok",
"gold": "\\boxed{2x}",
"reward": 0.0
},
{
"completion": "So, the final answer is $\\infty $",
"gold": "\\boxed{inf}",
"reward": 1.0
},
{
"completion": "So, the final answer is $0.866025$",
"gold": "0.866025",
"reward": 1.0
},
{
"completion": "**Answer:** $2x-y=0$",
"gold": "The answer is $2x-y=0$.",
"reward": 1.0
},
{
"completion": "Answer: $$ \\sqrt{3}/2 $$",
"gold": "\\sin 60^\\circ",
"reward": 0.0
},
{
"completion": "\\boxed{1+2x} is the answer, not \\boxed{5}",
"gold": "The answer is $2 x + 1$.",
"reward": 0.0
},
{
"completion": "\\boxed{1 200} is the answer, not \\boxed{5}",
"gold": "\\boxed{12 \\cdot 100}",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{inf}$.",
"gold": "\\infty",
"reward": null
},
{
"completion": "We find that $x = 5$ and the answer is $x \\leq 3$ indeed.",
"gold": "\\boxed{x<3}",
"reward": 0.0
},
{
"completion": "Answer: $$ 1/2 $$",
"gold": "\\frac{1}{2}",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{2 x + 1}",
"gold": "The answer is $2 x + 1$.",
"reward": 1.0
},
{
"completion": "So, the final answer is $10^{5}$",
"gold": "100000",
"reward": 1.0
},
{
"completion": "answer: \\(2 x + 1\\)",
"gold": "\\boxed{x+x+1}",
"reward": 1.0
},
{
"completion": "\\boxed{1+2x} is the answer, not \\boxed{5}",
"gold": "\\boxed{x+x+1}",
"reward": 0.0
},
{
"completion": "**Answer:** $x<3$",
"gold": "$3 \\ge x$",
"reward": 0.0
},
{
"completion": "\\[\\boxed{x<3}\\]",
"gold": "(-\\infty, 3]",
"reward": 0.0
},
{
"completion": "answer: \\(\\frac{\\sqrt{3}{2}\\)",
"gold": "$\\frac{\\sqrt{3}}{2}$",
"reward": 0.0
},
{
"completion": "answer: \\(x<3\\)",
"gold": "(-\\infty, 3]",
"reward": 0.0
},
{
"completion": "answer: \\(2x-y=0\\)",
"gold": "y=2x",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{(2,1)}$ and $\\boxed{4}$.",
"gold": "$(1,2)$",
"reward": 0.0
},
{
"completion": "Answer: $$ inf $$",
"gold": "\\text{infinity}",
"reward": null
},
{
"completion": "So, the final answer is $0.866025$",
"gold": "The answer is $\\frac{\\sqrt3}{2}$.",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $y-2x=0$ indeed.",
"gold": "The answer is $y = 2 x$.",
"reward": 1.0
},
{
"completion": "answer: \\(12 \\%\\)",
"gold": "\\boxed{0.12}",
"reward": 1.0
},
{
"completion": "The final answer is $3$. I hope it is correct.",
"gold": "x=3",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{1}{2}} is the answer, not \\boxed{5}",
"gold": "$0.5$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{(2,1)}",
"gold": "\\boxed{(2,1)}",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{2x}",
"gold": "\\boxed{2x-y=0}",
"reward": 0.0
},
{
"completion": "Answer: $$ (A) $$",
"gold": "The answer is $(A)$.",
"reward": 1.0
},
{
"completion": "the answer is [0.50] ok",
"gold": "$\\dfrac12$",
"reward": 1.0
},
{
"completion": "\\boxed{\\text{(A)}} is the answer, not \\boxed{5}",
"gold": "$(A)$",
"reward": 0.0
},
{
"completion": "Answer: $$ 2 \\sqrt 2 $$",
"gold": "2^{3/2}",
"reward": 0.0
},
{
"completion": "the answer is [12 \\cdot 100] ok",
"gold": "$1 200$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{4x+2}{2}} is the answer, not \\boxed{5}",
"gold": "The answer is $2 x + 1$.",
"reward": 0.0
},
{
"completion": "\\[\\boxed{\\sqrt{3}/2}\\]",
"gold": "\\boxed{\\sin(\\pi/3)}",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{x \\leq 3}",
"gold": "x\\le 3",
"reward": 0.0
},
{
"completion": "the answer is [1e5] ok",
"gold": "\\boxed{10^{5}}",
"reward": 0.0
},
{
"completion": "So, the final answer is $y=2x$",
"gold": "$y = 2 x$",
"reward": 1.0
},
{
"completion": "the answer is [(1, 2)] ok",
"gold": "$(1, 2)$",
"reward": 1.0
},
{
"completion": "\\[\\boxed{2\\sqrt{2}}\\]",
"gold": "\\boxed{2\\sqrt{2}}",
"reward": 1.0
},
{
"completion": "the answer is [2^{3/2}] ok",
"gold": "\\sqrt{2}\\cdot 2",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{0.50}$.",
"gold": "$50\\%$",
"reward": 1.0
},
{
"completion": "the answer is [\\frac{\\sqrt3}{2}] ok",
"gold": "$0.866025$",
"reward": 0.0
},
{
"completion": "Answer: $$ 87.5\\% $$",
"gold": "The answer is $87.5\\%$.",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $2^{3/2}$ indeed.",
"gold": "\\boxed{\\sqrt{2}\\cdot 2}",
"reward": 1.0
},
{
"completion": "\\boxed{y=2x} is the answer, not \\boxed{5}",
"gold": "y = 2 x",
"reward": 0.0
},
{
"completion": "The final answer is $2 \\sqrt 2$. I hope it is correct.",
"gold": "The answer is $2.828427$.",
"reward": 0.0
},
{
"completion": "answer: \\(\\infty\\)",
"gold": "\\text{infinity}",
"reward": null
},
{
"completion": "\\[\\boxed{1+2x}\\]",
"gold": "The answer is $x+x+1$.",
"reward": 1.0
},
{
"completion": "\\[\\boxed{+\\infty}\\]",
"gold": "\\boxed{\\infty}",
"reward": 1.0
},
{
"completion": "\\[\\boxed{\\textbf{(A)}}\\]",
"gold": "$\\textbf{(A)}$",
"reward": 1.0
},
{
"completion": "Answer: $$ x \\leq 3 $$",
"gold": "3 \\ge x",
"reward": 0.0
},
{
"completion": "the answer is [inf] ok",
"gold": "\\boxed{\\text{infinity}}",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{3 \\text{ cm}}$ and $\\boxed{4}$.",
"gold": "$3 \\text{ cm}$",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{2 x + 1}",
"gold": "\\boxed{x+x+1}",
"reward": 1.0
},
{
"completion": "Answer: $$ \\frac{\\sqrt{3}{2} $$",
"gold": "$0.866025$",
"reward": 0.0
},
{
"completion": "So, the final answer is $x<3$",
"gold": "x\\le 3",
"reward": 0.0
},
{
"completion": "\\[\\boxed{12 \\cdot 100}\\]",
"gold": "$1.2 \\times 10^3$",
"reward": 1.0
},
{
"completion": "the answer is [12\\%] ok",
"gold": "The answer is $0.12$.",
"reward": 1.0
},
{
"completion": "The final answer is $\\dfrac{7}{8}$. I hope it is correct.",
"gold": "\\boxed{87.5\\%}",
"reward": 1.0
},
{
"completion": "The final answer is $50\\%$. I hope it is correct.",
"gold": "$0.5$",
"reward": 1.0
},
{
"completion": "Answer: $$ 2x-y=0 $$",
"gold": "$y-2x=0$",
"reward": 1.0
},
{
"completion": "The answers are $\\boxed{\\frac{1}{2}}$ and $\\boxed{4}$.",
"gold": "\\boxed{\\frac12}",
"reward": 0.0
},
{
"completion": "**Answer:** $\\frac{1}{2}$",
"gold": "\\boxed{.5}",
"reward": 1.0
},
{
"completion": "So, the final answer is $1/2$",
"gold": "The answer is $.5$.",
"reward": 1.0
},
{
"completion": "the answer is [y = 2 x] ok",
"gold": "\\boxed{2x}",
"reward": 1.0
},
{
"completion": "Answer: $$ 0.866025 $$",
"gold": "The answer is $\\frac{\\sqrt{3}}{2}$.",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $\\frac{7}{8}$ indeed.",
"gold": "$7/8$",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{x\\le 3}",
"gold": "x\\le 3",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{100,000}$.",
"gold": "\\boxed{100,000}",
"reward": 1.0
},
{
"completion": "\\[\\boxed{x<3}\\]",
"gold": "The answer is $x<3$.",
"reward": 1.0
},
{
"completion": "The final answer is $12 \\cdot 100$. I hope it is correct.",
"gold": "The answer is $1200.0$.",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $x\\le 3$ indeed.",
"gold": "$(-\\infty, 3]$",
"reward": 0.0
},
{
"completion": "So, the final answer is $12 \\cdot 100$",
"gold": "The answer is $1 200$.",
"reward": 0.0
},
{
"completion": "The final answer is $2\\sqrt{2}$. I hope it is correct.",
"gold": "\\boxed{2.828427}",
"reward": 1.0
},
{
"completion": "Answer: $$ \\left(1,2\\right) $$",
"gold": "The answer is $[1,2]$.",
"reward": 0.0
},
{
"completion": "The final answer is $2\\sqrt{2}$. I hope it is correct.",
"gold": "The answer is $2 \\sqrt 2$.",
"reward": 1.0
},
{
"completion": "So, the final answer is $\\frac{12}{100}$",
"gold": "12",
"reward": 0.0
},
{
"completion": "the answer is [\\tfrac78] ok",
"gold": "The answer is $7/8$.",
"reward": 0.0
},
{
"completion": "\\[\\boxed{(A)}\\]",
"gold": "A",
"reward": null
},
{
"completion": "\\[\\boxed{\\frac{1}{2}\\sqrt{3}}\\]",
"gold": "\\boxed{\\sin(\\pi/3)}",
"reward": 1.0
},
{
"completion": "answer: \\(\\text{A}\\)",
"gold": "The answer is $\\mathrm{A}$.",
"reward": 1.0
},
{
"completion": "The answers are $\\boxed{10^{5}}$ and $\\boxed{4}$.",
"gold": "$100,000$",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{1+2x}$ and $\\boxed{4}$.",
"gold": "\\boxed{2 x + 1}",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $.5$ indeed.",
"gold": ".5",
"reward": 1.0
},
{
"completion": "**Answer:** $\\frac{\\sqrt3}{2}$",
"gold": "\\boxed{\\frac{\\sqrt{3}}{2}}",
"reward": 0.0
},
{
"completion": "**Answer:** $100000$",
"gold": "The answer is $100000$.",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{x<3}",
"gold": "$x \\leq 3$",
"reward": 0.0
},
{
"completion": "So, the final answer is $\\frac{\\sqrt3}{2}$",
"gold": "\\sqrt{3}/2",
"reward": null
},
{
"completion": "So, the final answer is $12 percent$",
"gold": "12 \\%",
"reward": 1.0
},
{
"completion": "Answer: $$ 3.00 $$",
"gold": "\\boxed{3.0}",
"reward": 1.0
},
{
"completion": "the answer is [0.50] ok",
"gold": "$\\dfrac12$",
"reward": 1.0
},
{
"completion": "answer: \\(03\\)",
"gold": "3 \\text{ cm}",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\frac{1}{2}\\sqrt{3}}",
"gold": "\\sin(\\pi/3)",
"reward": null
},
{
"completion": "So, the final answer is $\\infty $",
"gold": "The answer is $inf$.",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $100000$ indeed.",
"gold": "100,000",
"reward": 1.0
},
{
"completion": "the answer is [1+2x] ok",
"gold": "x+x+1",
"reward": null
},
{
"completion": "We find that $x = 5$ and the answer is $(1,2)$ indeed.",
"gold": "(1,2)",
"reward": null
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{2\\sqrt{2}}$.",
"gold": "The answer is $\\sqrt{8}$.",
"reward": 1.0
},
{
"completion": "The final answer is $y-2x=0$. I hope it is correct.",
"gold": "2x",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{1{,}200}$.",
"gold": "12 \\cdot 100",
"reward": 0.0
},
{
"completion": "the answer is [2\\sqrt{2}] ok",
"gold": "The answer is $2\\sqrt{2}$.",
"reward": 1.0
},
{
"completion": "answer: \\(\\frac{4x+2}{2}\\)",
"gold": "1+2x",
"reward": 0.0
},
{
"completion": "So, the final answer is $\\sqrt{3}/2$",
"gold": "$0.866025$",
"reward": 1.0
},
{
"completion": "\\[\\boxed{\\infty }\\]",
"gold": "The answer is $\\infty$.",
"reward": 1.0
},
{
"completion": "**Answer:** $\\mathrm{A}$",
"gold": "\\mathrm{A}",
"reward": null
},
{
"completion": "We find that $x = 5$ and the answer is $12 percent$ indeed.",
"gold": "The answer is $12 \\%$.",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $3$ indeed.",
"gold": "$3.0$",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{12}{100}} is the answer, not \\boxed{5}",
"gold": "\\boxed{\\frac{12}{100}}",
"reward": 0.0
},
{
"completion": "the answer is [x\\le 3] ok",
"gold": "$x<3$",
"reward": 0.0
},
{
"completion": "\\boxed{\\frac{12}{100}} is the answer, not \\boxed{5}",
"gold": "$\\frac{12}{100}$",
"reward": 0.0
},
{
"completion": "\\boxed{x \\leq 3} is the answer, not \\boxed{5}",
"gold": "$x \\leq 3$",
"reward": 0.0
},
{
"completion": "**Answer:** $\\sin(\\pi/3)$",
"gold": "$\\sin(\\pi/3)$",
"reward": 1.0
},
{
"completion": "The final answer is $2 \\sqrt 2$. I hope it is correct.",
"gold": "\\boxed{2\\sqrt{2}}",
"reward": 0.0
},
{
"completion": "The final answer is $2x$. I hope it is correct.",
"gold": "The answer is $y=2x$.",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\text{infinity}}",
"gold": "$inf$",
"reward": 0.0
},
{
"completion": "Answer: $$ \\text{infinity} $$",
"gold": "\\infty",
"reward": null
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{12 \\cdot 100}",
"gold": "\\boxed{1 200}",
"reward": 0.0
},
{
"completion": "\\boxed{(-\\infty, 3]} is the answer, not \\boxed{5}",
"gold": "The answer is $x\\le 3$.",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{\\frac{6}{2}}$.",
"gold": "3.0",
"reward": 1.0
},
{
"completion": "So, the final answer is $\\sqrt{2}\\cdot 2$",
"gold": "2 \\sqrt 2",
"reward": 0.0
},
{
"completion": "The final answer is $0.50$. I hope it is correct.",
"gold": ".5",
"reward": 1.0
},
{
"completion": "\\[\\boxed{1,2}\\]",
"gold": "(1,2)",
"reward": null
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\frac{6}{2}}",
"gold": "\\boxed{\\frac{6}{2}}",
"reward": 1.0
},
{
"completion": "answer: \\(1e5\\)",
"gold": "\\boxed{10^5}",
"reward": 0.0
},
{
"completion": "The final answer is $12 \\%$. I hope it is correct.",
"gold": "12",
"reward": 1.0
},
{
"completion": "So, the final answer is $2x$",
"gold": "\\boxed{y=2x}",
"reward": 1.0
},
{
"completion": "the answer is [2x-y=0] ok",
"gold": "$2x-y=0$",
"reward": 1.0
},
{
"completion": "**Answer:** $\\frac{6}{2}$",
"gold": "$3 \\text{ cm}$",
"reward": 1.0
},
{
"completion": "answer: \\(2.828427\\)",
"gold": "The answer is $2^{3/2}$.",
"reward": 1.0
},
{
"completion": "\\boxed{(2,1)} is the answer, not \\boxed{5}",
"gold": "The answer is $\\left(1,2\\right)$.",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{0.12}$.",
"gold": "The answer is $\\frac{12}{100}$.",
"reward": 1.0
},
{
"completion": "So, the final answer is $2\\sqrt{2}$",
"gold": "The answer is $\\sqrt{2}\\cdot 2$.",
"reward": 1.0
},
{
"completion": "The answers are $\\boxed{10^{5}}$ and $\\boxed{4}$.",
"gold": "10^{5}",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{2.828427}",
"gold": "\\sqrt{2}\\cdot 2",
"reward": 0.0
},
{
"completion": "answer: \\(x \\leq 3\\)",
"gold": "\\boxed{x<3}",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{2x}$.",
"gold": "2x-y=0",
"reward": 0.0
},
{
"completion": "\\[\\boxed{2x-y=0}\\]",
"gold": "\\boxed{2x-y=0}",
"reward": 1.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{(1,2)}",
"gold": "(1, 2)",
"reward": 0.0
},
{
"completion": "The answers are $\\boxed{7/8}$ and $\\boxed{4}$.",
"gold": "\\frac{7}{8}",
"reward": 0.0
},
{
"completion": "<think>\nLet me work: 2+2=4, then 1/2 of that.\n</think>\nTherefore the answer is $\\boxed{10^{5}}$.",
"gold": "The answer is $1e5$.",
"reward": 0.0
},
{
"completion": "The final answer is $\\sin(\\pi/3)$. I hope it is correct.",
"gold": "\\frac{1}{2}\\sqrt{3}",
"reward": 0.0
},
{
"completion": "Answer: $$ 0.50 $$",
"gold": "\\boxed{\\frac{1}{2}}",
"reward": 1.0
},
{
"completion": "So, the final answer is $\\frac{6}{2}$",
"gold": "The answer is $\\frac{6}{2}$.",
"reward": 1.0
},
{
"completion": "answer: \\(1200.0\\)",
"gold": "\\boxed{1.2 \\times 10^3}",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $2x+1$ indeed.",
"gold": "The answer is $\\frac{4x+2}{2}$.",
"reward": 1.0
},
{
"completion": "the answer is [(A)] ok",
"gold": "$\\text{A}$",
"reward": 1.0
},
{
"completion": "So, the final answer is $1200.0$",
"gold": "1{,}200",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{3}",
"gold": "3.0",
"reward": 1.0
},
{
"completion": "The final answer is $\\frac{1}{2}$. I hope it is correct.",
"gold": "$\\frac12$",
"reward": 1.0
},
{
"completion": "So, the final answer is $10^5$",
"gold": "10^5",
"reward": 1.0
},
{
"completion": "\\[\\boxed{(2,1)}\\]",
"gold": "The answer is $(1,2)$.",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{0.875}",
"gold": "\\boxed{0.875}",
"reward": 1.0
},
{
"completion": "\\boxed{3 \\text{ cm}} is the answer, not \\boxed{5}",
"gold": "\\boxed{3.00}",
"reward": 0.0
},
{
"completion": "\\[\\boxed{3 \\ge x}\\]",
"gold": "The answer is $x \\leq 3$.",
"reward": 1.0
},
{
"completion": "\\[\\boxed{2x-y=0}\\]",
"gold": "y-2x=0",
"reward": 1.0
},
{
"completion": "\\boxed{\\frac{7}{8}} is the answer, not \\boxed{5}",
"gold": "\\boxed{\\frac{7}{8}}",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{(1, 2)}",
"gold": "The answer is $\\left(1,2\\right)$.",
"reward": 1.0
},
{
"completion": "The answers are $\\boxed{1200.0}$ and $\\boxed{4}$.",
"gold": "\\boxed{12 \\cdot 100}",
"reward": 0.0
},
{
"completion": "**Answer:** $+\\infty$",
"gold": "$inf$",
"reward": 1.0
},
{
"completion": "the answer is [y-2x=0] ok",
"gold": "y = 2 x",
"reward": 0.0
},
{
"completion": "answer: \\(0.875\\)",
"gold": "The answer is $87.5\\%$.",
"reward": 1.0
},
{
"completion": "Answer: $$ (2,1) $$",
"gold": "1,2",
"reward": 0.0
},
{
"completion": "<think>\nFirst try gave \\boxed{7}. Hmm that was wrong, I need to redo the whole computation carefully from the start because the sign was flipped.\n</think>\n\\boxed{\\frac{1}{2}}",
"gold": "$50\\%$",
"reward": 1.0
},
{
"completion": "So, the final answer is $\\sqrt{3}/2$",
"gold": "The answer is $\\sqrt{3}/2$.",
"reward": 1.0
},
{
"completion": "**Answer:** $2.828427$",
"gold": "\\boxed{\\sqrt{8}}",
"reward": 1.0
},
{
"completion": "We find that $x = 5$ and the answer is $\\infty $ indeed.",
"gold": "\\infty",
"reward": null
},
{
"completion": "The final answer is $\\frac12$. I hope it is correct.",
"gold": "The answer is $.5$.",
"reward": 0.0
},
{
"completion": "answer: \\(\\infty\\)",
"gold": "$\\infty$",
"reward": 1.0
},
{
"completion": "The final answer is $\\tfrac78$. I hope it is correct.",
"gold": "$87.5\\%$",
"reward": 0.0
},
{
"completion": "We find that $x = 5$ and the answer is $2x$ indeed.",
"gold": "$y-2x=0$",
"reward": 0.0
}
]
"""#
}
