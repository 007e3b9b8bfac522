import Foundation
import Runtime
import XCTest

/// Rewards against the reference Python functions (Tina's and open-r1's rewards.py, run
/// with math-verify 0.9.0): Data/reward_golden.json, whose values Data/make_reward_data.py
/// recomputes.
final class RewardGoldenTests: XCTestCase {
    private struct Golden: Decodable {
        struct Case: Decodable {
            let completion: String
            let gold: String
            let length: Int
            let format: Double
            let tag_count: Double
            let tag_count_open_r1: Double
            let strict_format: Double
            let reasoning_steps: Double
            let repetition: Double
            let cosine: Double
            let correct_len: Bool?
        }
        struct Group: Decodable {
            let completions: [String]
            let golds: [String]
            let len_reward: [Double]
        }
        let cases: [Case]
        let group: Group
    }

    private func golden() throws -> Golden {
        try JSONDecoder().decode(Golden.self, from: Data(contentsOf: DatasetTestPaths.testSources.appendingPathComponent("Data/reward_golden.json")))
    }

    func testFormatRewardsMatchReference() throws {
        for c in try golden().cases {
            let name = c.completion.debugDescription
            XCTAssertEqual(FormatRewards.format(completion: c.completion), c.format, name)
            XCTAssertEqual(FormatRewards.tagCount(completion: c.completion), c.tag_count, name)
            XCTAssertEqual(FormatRewards.tagCountOpenR1(completion: c.completion), c.tag_count_open_r1, name)
            XCTAssertEqual(FormatRewards.strictFormat(completion: c.completion), c.strict_format, name)
            XCTAssertEqual(FormatRewards.reasoningSteps(completion: c.completion), c.reasoning_steps, accuracy: 1e-12, name)
            XCTAssertEqual(try FormatRewards.repetitionPenalty(completion: c.completion), c.repetition, accuracy: 1e-12, name)
        }
    }

    func testCosineRewardMatchesReference() throws {
        for c in try golden().cases {
            XCTAssertEqual(c.completion.unicodeScalars.count, c.length)
            XCTAssertEqual(MathAnswerCheck.lengthRewardCorrectness(completion: c.completion, gold: c.gold), c.correct_len,
                           c.completion.debugDescription)
            let got = try LengthRewards.cosine(completion: c.completion, gold: c.gold, length: c.length)
            XCTAssertEqual(got, c.cosine, accuracy: 1e-12, c.completion.debugDescription)
        }
    }

    func testCosineEndpoints() throws {
        XCTAssertEqual(try LengthRewards.cosine(isCorrect: true, length: 0), 1.0, accuracy: 1e-12)
        XCTAssertEqual(try LengthRewards.cosine(isCorrect: true, length: 1000), 0.5, accuracy: 1e-12)
        XCTAssertEqual(try LengthRewards.cosine(isCorrect: false, length: 0), 0.0, accuracy: 1e-12)
        XCTAssertEqual(try LengthRewards.cosine(isCorrect: false, length: 1000), -0.5, accuracy: 1e-12)
        XCTAssertEqual(try LengthRewards.cosine(isCorrect: false, length: 0, config: .openR1), -1.0, accuracy: 1e-12)
        XCTAssertThrowsError(try LengthRewards.cosine(isCorrect: true, length: -1))
    }

    func testLengthRewardMatchesReference() throws {
        let g = try golden().group
        let got = try LengthRewards.length(completions: g.completions, golds: g.golds)
        XCTAssertEqual(got.count, g.len_reward.count)
        for (a, b) in zip(got, g.len_reward) { XCTAssertEqual(a, b, accuracy: 1e-12) }
        XCTAssertEqual(try LengthRewards.length(lengths: [5, 5, 5], correct: [true, false, true]), [0, 0, 0])
        XCTAssertEqual(try LengthRewards.length(lengths: [10, 20, 30], correct: [true, true, false]), [0.5, 0, -0.5])
        XCTAssertThrowsError(try LengthRewards.length(lengths: [1, 2], correct: [true]))
    }

    func testBuiltinRewardsByNameMatchReference() throws {
        let g = try golden()
        let completions = g.cases.map(\.completion), golds = g.cases.map(\.gold)
        func values(_ r: BuiltinReward) throws -> [Double] {
            try r.rewards(completions: completions, golds: golds).map { try XCTUnwrap($0) }
        }
        XCTAssertEqual(try values(.format), g.cases.map(\.format))
        XCTAssertEqual(try values(.tagCount), g.cases.map(\.tag_count))
        XCTAssertEqual(try values(.tagCountOpenR1), g.cases.map(\.tag_count_open_r1))
        XCTAssertEqual(try values(.strictFormat), g.cases.map(\.strict_format))
        for (a, b) in zip(try values(.cosine), g.cases.map(\.cosine)) { XCTAssertEqual(a, b, accuracy: 1e-12) }
        for (a, b) in zip(try values(.length), g.group.len_reward) { XCTAssertEqual(a, b, accuracy: 1e-12) }
        for (a, b) in zip(try values(.repetitionPenalty), g.cases.map(\.repetition)) { XCTAssertEqual(a, b, accuracy: 1e-12) }
        XCTAssertEqual(BuiltinReward(rawValue: "tag_count"), .tagCount)
        XCTAssertThrowsError(try BuiltinReward.format.rewards(completions: ["a"], golds: []))
        XCTAssertThrowsError(try BuiltinReward.length.rewards(completions: ["a", "b", "c"], golds: ["1", "1", "1"], groupSize: 2))
    }

    /// Tina's rewards.py measures `len(content)` (characters), and the trainer calls `len_reward` on one
    /// prompt's group: two groups are normalised apart, not as one batch.
    func testLengthRewardsCountCharactersWithinEachGroup() throws {
        let g = try golden().group
        let shifted = g.completions.map { $0 + String(repeating: "é", count: 500) } // 500 more characters, 1000 more bytes
        let both = try BuiltinReward.length.rewards(completions: g.completions + shifted, golds: g.golds + g.golds,
                                                    groupSize: g.completions.count).map { try XCTUnwrap($0) }
        for (a, b) in zip(both, g.len_reward + g.len_reward) { XCTAssertEqual(a, b, accuracy: 1e-12) }
        let whole = try BuiltinReward.length.rewards(completions: g.completions + shifted, golds: g.golds + g.golds).map { try XCTUnwrap($0) }
        XCTAssertNotEqual(whole, both, "one batch-wide normalisation would differ")
        // Cosine: "é" × 1000 is 1000 characters (2000 UTF-8 bytes); a correct answer at 1000 characters gets 0.5.
        let long = "\\boxed{2}" + String(repeating: "é", count: 1000 - 9)
        let cos = try XCTUnwrap(try BuiltinReward.cosine.rewards(completions: [long], golds: ["$2$"])[0])
        XCTAssertEqual(cos, try LengthRewards.cosine(isCorrect: true, length: 1000), accuracy: 1e-12)
    }

    func testTagCountsSeeNewlinesInsideCRLF() {
        // Python counts "\n</think>\n" inside "\r\n</think>\r\n".
        XCTAssertEqual(FormatRewards.format(completion: "a\r\n</think>\nb"), 1.0)
        XCTAssertEqual(FormatRewards.format(completion: "\n</think>\n\n</think>\n"), 0.0)
    }

    func testRepetitionPenaltyRejectsBadArguments() {
        XCTAssertThrowsError(try FormatRewards.repetitionPenalty(completion: "a b c", maxPenalty: 0.5)) { error in
            XCTAssertTrue("\(error)".contains("maxPenalty"))
        }
        XCTAssertThrowsError(try FormatRewards.repetitionPenalty(completion: "a b c", ngramSize: 0))
    }
}
