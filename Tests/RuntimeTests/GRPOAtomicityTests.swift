import CKernels
import Foundation
import Runtime
import XCTest

/// A GRPO step is atomic under Ctrl-C: interrupted in any phase, the trainer (step, data cursor,
/// sampling and dropout generators, optimiser, adapter) is as before, so its next step equals the
/// step of a twin trainer that was never interrupted. Checkpoints carry the same state across a resume.
final class GRPOAtomicityTests: XCTestCase {
    static let tokenizer = try! Tokenizer(directory: ModelGoldenTests.modelDir)

    func makeTrainer(beta: Double = 0.04) throws -> GRPOTrainer {
        let model = try CausalLM.load(directory: ModelGoldenTests.modelDir)
        var config = GRPOConfig(dataset: "atomicity", generations: 3, promptsPerStep: 2, maxCompletionTokens: 6, temperature: 1.0, lr: 0.05)
        config.beta = beta
        config.gradAccum = 2
        config.lora = .init(rank: 2, alpha: 4, dropout: 0.2, targets: ["q_proj", "v_proj"]) // dropout: its generator must rewind too
        config.seed = 7
        let prompts = ["1+1=", "2+3=", "5+8=", "4+4=", "9+1="].enumerated().map { i, q in
            DatasetPrompt(messages: [.init(role: "user", content: q)], answer: "2", row: i)
        }
        let byLength = GRPOReward(name: "length_mod", weight: 1) { completions, _ in completions.map { Double($0.unicodeScalars.count % 4) } }
        return try GRPOTrainer(model: model, tokenizer: Self.tokenizer, config: config, prompts: prompts, rewards: [byLength], totalSteps: 10)
    }

    func adapter(_ t: GRPOTrainer) -> [[Float]] { t.model.adapterParameters.map(\.tensor.floats) }

    func value(_ m: [(String, Double)], _ k: String) -> Double { m.first { $0.0 == k }!.1 }

    func assertSameStep(_ a: [(String, Double)], _ b: [(String, Double)], _ what: String) {
        for key in ["step", "loss", "grad_norm", "reward", "kl", "entropy", "completion_length"] {
            XCTAssertEqual(value(a, key), value(b, key), "\(what): \(key)")
        }
    }

    func testInterruptedStepLeavesNoTraceInEveryPhase() throws {
        for phase in [GRPOPhase.generation, .scoring, .reference, .policy, .backward] {
            let interrupted = try makeTrainer(), twin = try makeTrainer()
            try interrupted.trainStep()
            try twin.trainStep()
            let before = adapter(interrupted)
            interrupted.onPhase = { if $0 == phase { tina_interrupt_set() } }
            XCTAssertThrowsError(try interrupted.trainStep(), "\(phase)") { error in
                XCTAssertTrue(error is Interrupted, "\(phase): \(error)")
            }
            interrupted.onPhase = nil
            XCTAssertEqual(tina_interrupt_pending(), 0, "\(phase): Ctrl-C was acknowledged")
            XCTAssertEqual(interrupted.step, 1, "\(phase)")
            XCTAssertEqual(interrupted.optimizer.state.step, 1, "\(phase)")
            XCTAssertEqual(adapter(interrupted), before, "\(phase): the adapter is untouched")
            assertSameStep(try interrupted.trainStep(), try twin.trainStep(), "\(phase): the next step")
            XCTAssertEqual(adapter(interrupted), adapter(twin), "\(phase): adapters after the next step")
        }
    }

    /// An interrupted `t.train(batch)` leaves no trace either (the batch came from outside).
    /// Generation reports each sampled token against the round's most (rows × max completion tokens).
    func testGenerationReportsItsTokens() throws {
        let t = try makeTrainer()
        var reports: [(Int, Int)] = []
        t.onGeneratedTokens = { reports.append(($0, $1)) }
        let batch = try t.rollout()
        let sampled = batch.completionIds.reduce(0) { $0 + $1.count }
        XCTAssertEqual(reports.map(\.0), Array(1...sampled))
        XCTAssertTrue(reports.allSatisfy { $0.1 == batch.count * 6 }, "\(reports.map(\.1))")
    }

    func testInterruptedTrainOnABatchLeavesNoTrace() throws {
        let t = try makeTrainer(), twin = try makeTrainer()
        let batch = try t.rollout()
        _ = try twin.rollout()
        t.onPhase = { if $0 == .backward { tina_interrupt_set() } }
        XCTAssertThrowsError(try t.train(batch))
        t.onPhase = nil
        XCTAssertEqual(t.step, 0)
        assertSameStep(try t.train(batch), try twin.train(batch), "train(batch) after an interrupted one")
        XCTAssertEqual(adapter(t), adapter(twin))
    }

    /// save → resume → step equals the step of the trainer that kept going, dropout included; the
    /// frozen reference of a loaded adapter survives the checkpoint.
    func testResumeContinuesExactly() throws {
        let t = try makeTrainer()
        try t.trainStep()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("grpo-resume-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try t.save(directory: dir)
        let expected = try t.trainStep()
        let model = try CausalLM.load(directory: ModelGoldenTests.modelDir)
        let resumed = try GRPOTrainer.resume(directory: dir, model: model, tokenizer: Self.tokenizer,
                                             config: try GRPOTrainer.savedConfig(directory: dir), prompts: t.prompts, rewards: t.rewards,
                                             totalSteps: 10)
        XCTAssertEqual(resumed.step, 1)
        assertSameStep(try resumed.trainStep(), expected, "resumed step")
        XCTAssertEqual(adapter(resumed), adapter(t))
        // The saved config names the adapter that was trained.
        XCTAssertEqual(try GRPOTrainer.savedConfig(directory: dir).lora, .init(rank: 2, alpha: 4, dropout: 0.2, targets: ["q_proj", "v_proj"]))
    }

    func testFrozenReferenceSurvivesACheckpoint() throws {
        let model = try CausalLM.load(directory: ModelGoldenTests.modelDir)
        try model.loadAdapter(directory: LoRATests.adapterDir)
        let base = try makeTrainer()
        let t = try GRPOTrainer(model: model, tokenizer: Self.tokenizer, config: base.config, prompts: base.prompts, rewards: base.rewards,
                                totalSteps: 10)
        XCTAssertTrue(t.referenceIsFrozenCopy)
        XCTAssertEqual(value(try t.trainStep(), "kl"), 0, "the reference equals the starting policy")
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("grpo-ref-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try t.save(directory: dir)
        let expected = try t.trainStep()
        XCTAssertGreaterThan(value(expected, "kl"), 0)
        let other = try CausalLM.load(directory: ModelGoldenTests.modelDir)
        let resumed = try GRPOTrainer.resume(directory: dir, model: other, tokenizer: Self.tokenizer,
                                             config: try GRPOTrainer.savedConfig(directory: dir), prompts: t.prompts, rewards: t.rewards,
                                             totalSteps: 10)
        XCTAssertTrue(resumed.referenceIsFrozenCopy)
        assertSameStep(try resumed.trainStep(), expected, "KL against the same reference after resume")
    }
}
