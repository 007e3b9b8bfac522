import Foundation
import Runtime
import XCTest

/// Agreement of `MathAnswerCheck.accuracy` with math-verify on the golden cases.
final class MathVerifyFixtureTests: XCTestCase {
    private struct Case: Decodable {
        let completion: String
        let gold: String
        let reward: Double?
    }

    static func fixturesDirectory() -> URL {
        // Tests/RuntimeTests/<file> → package root → its parent holds shared/.
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    }

    func testAgreementWithMathVerifyGoldens() throws {
        let url = Self.fixturesDirectory().appendingPathComponent("golden/math_verify_cases.jsonl")
        let text = try String(contentsOf: url, encoding: .utf8)
        let cases = try text.split(separator: "\n").filter { !$0.isEmpty }.map {
            try JSONDecoder().decode(Case.self, from: Data($0.utf8))
        }
        XCTAssertGreaterThan(cases.count, 200)
        var disagreements: [String] = []
        for c in cases {
            let got = MathAnswerCheck.accuracy(completion: c.completion, gold: c.gold)
            if got != c.reward {
                disagreements.append("completion=\(c.completion.debugDescription) gold=\(c.gold.debugDescription) expected=\(String(describing: c.reward)) got=\(String(describing: got))")
            }
        }
        let agreement = Double(cases.count - disagreements.count) / Double(cases.count)
        print("math_verify_cases agreement: \(cases.count - disagreements.count)/\(cases.count) = \(agreement)")
        for d in disagreements { print("DISAGREEMENT \(d)") }
        XCTAssertGreaterThanOrEqual(agreement, 0.95)
    }
}
