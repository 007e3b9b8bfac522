import Foundation
import Runtime
import XCTest

/// One GRPO step against TRL 1.16's own GRPOTrainer (fixtures/golden/trl-step): five settings on the
/// same rollouts, through `t.train(batch)` exactly as a script calls it. Tolerances are the issue's:
/// loss 1e-5, grad_norm 1e-3 relative, KL 1e-5, each gradient 2e-3 relative, the adapter after the
/// step 1e-5 (2·lr where TRL's clipped gradient is below 1e-6, where Adam's first step hangs on rounding).
final class TRLStepTests: XCTestCase {
    static let folder = Paths.fixtures.appendingPathComponent("golden/trl-step")

    func testEveryCaseMatchesTRL() throws {
        try checkTRLGolden(json: Self.folder.appendingPathComponent("tiny-r1-trl-step.json"),
                           tensors: Self.folder.appendingPathComponent("tiny-r1-trl-step.safetensors"))
    }

    /// Two consecutive steps on one batch (num_iterations 2: old log-probs fixed before the first), so
    /// the importance ratio, the clipping and the gradient of the bias-corrected KL all matter.
    /// Golden by TRL's GRPOTrainer, made by Tests/RuntimeTests/trl-two-step/make_golden.py.
    func testTwoConsecutiveStepsMatchTRL() throws {
        let stepGolden = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.folder.appendingPathComponent("tiny-r1-trl-step.json"))) as! [String: Any]
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("trl-two-step/golden.json")
        let golden = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        for c in golden["cases"] as! [[String: Any]] {
            let name = c["name"] as! String
            let (trainer, model) = try makeTrainer(stepGolden, case: c, iterations: 2, lr: (c["learning_rate"] as! NSNumber).doubleValue)
            var b = batch(stepGolden)
            b.oldLogProbs = try trainer.policyLogProbs(b)
            for (i, want) in (c["steps"] as! [[String: Double]]).enumerated() {
                let got = Dictionary(try trainer.train(b), uniquingKeysWith: { a, _ in a })
                let what = "\(name) step \(i + 1)"
                XCTAssertEqual(got["loss"]!, want["loss"]!, accuracy: max(1e-5, 1e-4 * abs(want["loss"]!)), "\(what) loss")
                XCTAssertEqual(got["grad_norm"]!, want["grad_norm"]!, accuracy: 1e-3 * want["grad_norm"]!, "\(what) grad_norm")
                XCTAssertEqual(got["kl"]!, want["kl"]!, accuracy: max(1e-5, 1e-5 * abs(want["kl"]!)), "\(what) kl")
                XCTAssertEqual(got["clip_ratio"]!, want["clip_ratio/region_mean"]!, accuracy: 1e-6, "\(what) clip_ratio")
                XCTAssertEqual(got["clip_ratio/low_mean"]!, want["clip_ratio/low_mean"]!, accuracy: 1e-6, "\(what) clip_ratio/low_mean")
                XCTAssertEqual(got["entropy"]!, want["entropy"]!, accuracy: 1e-4, "\(what) entropy")
            }
            let after = c["adapter_after"] as! [String: [[Double]]]
            for (tensorName, t) in model.adapterParameters {
                let expected = after[tensorName]!.flatMap { $0 }.map(Float.init), got = t.floats
                let worst = zip(got, expected).map { abs($0 - $1) }.max() ?? .infinity
                XCTAssertLessThanOrEqual(worst, 1e-5, "\(name) adapter \(tensorName) after two steps")
            }
        }
    }

    /// A deliberately wrong reference (the adapter disabled) must show in the KL: the check can fail.
    func testBaseReferenceDiffersFromTRLsFrozenCopy() throws {
        let golden = try JSONSerialization.jsonObject(with: Data(contentsOf: Self.folder.appendingPathComponent("tiny-r1-trl-step.json"))) as! [String: Any]
        let (trainer, _) = try makeTrainer(golden, case: (golden["cases"] as! [[String: Any]])[0], reference: .base)
        XCTAssertFalse(trainer.referenceIsFrozenCopy)
        let metrics = Dictionary(try trainer.train(batch(golden)), uniquingKeysWith: { a, _ in a })
        XCTAssertGreaterThan(metrics["kl"]!, 1e-3, "the base model is not the policy TRL starts from")
    }

    func batch(_ golden: [String: Any]) -> GRPOBatch {
        let b = golden["batch"] as! [String: Any]
        return GRPOBatch(promptIds: b["prompt_ids"] as! [[Int]], completionIds: b["completion_ids"] as! [[Int]],
                         rewards: (b["rewards"] as! [NSNumber]).map(\.doubleValue))
    }

    func makeTrainer(_ golden: [String: Any], case c: [String: Any], reference: GRPOReference = .initial, iterations: Int? = nil,
                     lr: Double? = nil) throws -> (GRPOTrainer, CausalLM) {
        let models = Paths.fixtures.appendingPathComponent("models")
        let model = try CausalLM.load(directory: models.appendingPathComponent(golden["model_dir"] as! String).path)
        try model.loadAdapter(directory: models.appendingPathComponent(golden["adapter_dir"] as! String).path)
        let tokenizer = try Tokenizer(directory: models.appendingPathComponent(golden["model_dir"] as! String).path)
        let cfg = golden["config"] as! [String: Any]
        func num(_ k: String) -> Double { (cfg[k] as! NSNumber).doubleValue }
        var config = GRPOConfig(dataset: "trl-golden")
        config.generations = cfg["num_generations"] as! Int
        config.promptsPerStep = cfg["prompts_per_step"] as! Int
        config.maxCompletionTokens = cfg["max_completion_length"] as! Int
        config.temperature = num("temperature")
        config.beta = num("beta")
        config.epsilon = num("epsilon")
        config.epsilonHigh = (c["epsilon_high"] as! NSNumber).doubleValue
        config.scaleRewards = RewardScaling(rawValue: cfg["scale_rewards"] as! String)!
        config.lr = lr ?? num("learning_rate")
        config.schedule = .init(kind: LRSchedule.Kind(rawValue: cfg["lr_scheduler_type"] as! String)!, warmupRatio: 0, minLRRate: nil, totalSteps: 1)
        config.maxGradNorm = num("max_grad_norm")
        config.gradAccum = cfg["gradient_accumulation_steps"] as! Int
        config.iterations = iterations ?? cfg["num_iterations"] as! Int
        config.lossType = GRPOLossType(rawValue: c["loss_type"] as! String)!
        config.maskTruncated = c["mask_truncated_completions"] as? Bool ?? false
        let prompts = (golden["prompts"] as! [[[String: String]]]).enumerated().map { i, chat in
            DatasetPrompt(messages: chat.map { .init(role: $0["role"]!, content: $0["content"]!) }, answer: "", row: i)
        }
        let given = GRPOReward(name: "given_reward", weight: 1) { completions, _ in completions.map { _ in 0 } }
        let trainer = try GRPOTrainer(model: model, tokenizer: tokenizer, config: config, prompts: prompts, rewards: [given],
                                      totalSteps: 1, reference: reference)
        return (trainer, model)
    }

    func checkTRLGolden(json: URL, tensors tensorURL: URL, file: StaticString = #filePath, line: UInt = #line) throws {
        let golden = try JSONSerialization.jsonObject(with: Data(contentsOf: json)) as! [String: Any]
        let tensors = try SafetensorsFile(path: tensorURL.path)
        let illBelow = Float(((golden["config"] as! [String: Any])["adam_ill_conditioned_below"] as! NSNumber).doubleValue)
        for c in golden["cases"] as! [[String: Any]] {
            let name = c["name"] as! String
            let (trainer, model) = try makeTrainer(golden, case: c)
            XCTAssertTrue(trainer.referenceIsFrozenCopy, "\(name): a loaded adapter's reference is its frozen copy", file: file, line: line)
            trainer.keepGradients = true
            let metrics = Dictionary(try trainer.train(batch(golden)), uniquingKeysWith: { a, _ in a })
            func want(_ k: String) -> Double { (c[k] as! NSNumber).doubleValue }
            XCTAssertEqual(metrics["loss"]!, want("loss"), accuracy: max(1e-5, 1e-4 * abs(want("loss"))), "\(name) loss", file: file, line: line)
            XCTAssertEqual(metrics["grad_norm"]!, want("grad_norm"), accuracy: 1e-3 * want("grad_norm"), "\(name) grad_norm", file: file, line: line)
            XCTAssertEqual(metrics["kl"]!, want("kl"), accuracy: 1e-5, "\(name) kl", file: file, line: line)
            XCTAssertEqual(metrics["clip_ratio"]!, want("clip_ratio"), accuracy: 1e-6, "\(name) clip_ratio", file: file, line: line)
            XCTAssertEqual(metrics["entropy"]!, want("entropy"), accuracy: 1e-4, "\(name) entropy", file: file, line: line)
            XCTAssertEqual(metrics["lr"]!, want("learning_rate"), accuracy: 1e-12, "\(name) lr", file: file, line: line)
            XCTAssertEqual(metrics["num_items_in_batch"]!, want("num_items_in_batch"), "\(name) num_items_in_batch", file: file, line: line)
            // Gradients before clipping, tensor by tensor.
            let norm = Float(want("grad_norm")), clip = min(1, 1 / (norm + 1e-6))
            var ill: [String: [Bool]] = [:]
            for (tensorName, values) in trainer.lastGradients {
                let expected = try tensors.tensor("\(name).grad.\(tensorName)").floats
                let scale = expected.map(abs).max() ?? 0
                assertClose(values, expected, atol: 2e-3 * scale, rtol: 2e-3, "\(name) grad \(tensorName)", file: file, line: line)
                ill[tensorName] = expected.map { abs($0 * clip) < illBelow }
            }
            // The adapter after the step against PEFT's saved one.
            let lr = Float(want("learning_rate"))
            let after = try SafetensorsFile(path: json.deletingLastPathComponent()
                .appendingPathComponent(c["adapter_after"] as! String).appendingPathComponent("adapter_model.safetensors").path)
            for (tensorName, t) in model.adapterParameters {
                let got = t.floats, expected = try after.tensor(tensorName).floats, mask = ill[tensorName]!
                for i in got.indices {
                    let tolerance: Float = mask[i] ? 2 * lr : 1e-5
                    if abs(got[i] - expected[i]) > tolerance {
                        XCTFail("\(name) adapter \(tensorName)[\(i)]: \(got[i]) vs \(expected[i])", file: file, line: line)
                        break
                    }
                }
            }
        }
    }
}
