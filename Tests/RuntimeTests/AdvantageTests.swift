import Foundation
import Runtime
import XCTest

final class AdvantageTests: XCTestCase {
    private struct GoldenFile: Decodable {
        struct GRPO: Decodable {
            let rewards: [Double]
            let advantages: [Double]
        }
        let grpo: GRPO
    }

    /// The `grpo` case of tiny-r1-golden.json (TRL's computation in float32).
    func testGroupAdvantagesMatchGolden() throws {
        let url = MathVerifyFixtureTests.fixturesDirectory().appendingPathComponent("golden/tiny-r1-golden.json")
        let golden = try JSONDecoder().decode(GoldenFile.self, from: Data(contentsOf: url)).grpo
        let result = try GroupAdvantages(rewards: golden.rewards, groupSize: golden.rewards.count)
        XCTAssertEqual(result.advantages.count, golden.advantages.count)
        for (a, b) in zip(result.advantages, golden.advantages) { XCTAssertEqual(a, b, accuracy: 1e-6) }
    }

    /// Two groups of four; expected values from numpy (`std(ddof=1)`, + 1e-4).
    func testScalingModes() throws {
        let rewards = [1.0, 0.0, 0.5, 0.0, 3.0, 1.0, 1.0, 1.0]
        let group = try GroupAdvantages(rewards: rewards, groupSize: 4, scaling: .group)
        let expectedGroup = [1.3053097493539774, -0.7831858496123865, 0.2610619498707955, -0.7831858496123865,
                             1.4998500149985001, -0.49995000499950004, -0.49995000499950004, -0.49995000499950004]
        for (a, b) in zip(group.advantages, expectedGroup) { XCTAssertEqual(a, b, accuracy: 1e-12) }
        XCTAssertEqual(group.groupMeans, [0.375, 1.5])
        XCTAssertEqual(group.groupStds[0], 0.47871355387816905, accuracy: 1e-12)
        XCTAssertEqual(group.groupStds[1], 1.0, accuracy: 1e-12)
        XCTAssertEqual(group.rewardStd, (0.47871355387816905 + 1.0) / 2, accuracy: 1e-12)

        let batch = try GroupAdvantages(rewards: rewards, groupSize: 4, scaling: .batch)
        let expectedBatch = [0.6630273049705911, -0.39781638298235467, 0.1326054609941182, -0.39781638298235467,
                             1.5912655319294187, -0.5304218439764729, -0.5304218439764729, -0.5304218439764729]
        for (a, b) in zip(batch.advantages, expectedBatch) { XCTAssertEqual(a, b, accuracy: 1e-12) }
        XCTAssertEqual(batch.rewardStd, 0.9425459443140463, accuracy: 1e-12)

        let none = try GroupAdvantages(rewards: rewards, groupSize: 4, scaling: .none)
        XCTAssertEqual(none.advantages, [0.625, -0.375, 0.125, -0.375, 1.5, -0.5, -0.5, -0.5])
        XCTAssertEqual(none.groupStds, group.groupStds)
    }

    func testZeroStdGroupsGiveZeroAdvantageAndAreCounted() throws {
        let result = try GroupAdvantages(rewards: [1, 1, 1, 0, 1, 0], groupSize: 3)
        XCTAssertEqual(Array(result.advantages[0..<3]), [0, 0, 0])
        XCTAssertEqual(result.fractionZeroStd, 0.5, accuracy: 1e-12)
    }

    func testBadShapesThrow() {
        XCTAssertThrowsError(try GroupAdvantages(rewards: [1, 2, 3], groupSize: 2)) { error in
            XCTAssertTrue("\(error)".contains("groupSize 2"))
        }
        XCTAssertThrowsError(try GroupAdvantages(rewards: [1, 2], groupSize: 1))
        XCTAssertThrowsError(try GroupAdvantages(rewards: [], groupSize: 2))
    }

    func testCombineWeightsAndSkipsMissingRewards() throws {
        let total = try GroupAdvantages.combine(perFunction: [[1, 0, nil], [1, 1, 1]], weights: [2, 1])
        XCTAssertEqual(total, [3, 1, 1])
        XCTAssertThrowsError(try GroupAdvantages.combine(perFunction: [[1, 0]], weights: [1, 2]))
        XCTAssertThrowsError(try GroupAdvantages.combine(perFunction: [[1, 0], [1]], weights: [1, 2]))
    }
}
