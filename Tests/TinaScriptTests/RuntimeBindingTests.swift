import Foundation
import TinaScript
import XCTest

/// The Runtime bindings end to end through TinaScript on the tiny-r1 fixture: GRPO steps with a
/// TinaScript reward (metrics logged, adapter changed), SFT, rewards, errors that name arguments.
final class RuntimeBindingTests: XCTestCase {
    let fixtures = TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    var work: URL!

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("tina-bind-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: work) }

    func testGRPOStepsWithATinaScriptRewardLogMetricsAndChangeTheAdapter() throws {
        let s = CapturedSession(echo: false)
        let model = fixtures.appendingPathComponent("models/tiny-r1").path
        let data = fixtures.appendingPathComponent("data/mini_math.jsonl").path
        let log = work.appendingPathComponent("metrics.jsonl").path
        let out = s.run("""
        let m = load_model("\(model)")
        m.lora(rank: 4, alpha: 8, dropout: 0)
        let ds = load_dataset("\(data)").take(4)
        fn short(completion, example) {
            if len(completion) < 20 { return 1.0 }
            return 0.0
        }
        let t = grpo(m, ds, rewards: [short, "format"], weights: [1, 0.5], generations: 4, prompts_per_step: 2,
                     max_completion_tokens: 6, temperature: 1.0, lr: 0.05, beta: 0.04, steps: 2, seed: 1,
                     log: "\(log)")
        let before = m.logprobs([151646, 9707, 1879])
        let a = t.step()
        let b = t.step()
        print(len(t.metrics), t.step, b["step"], contains(keys(a), "rewards/short/mean"), contains(keys(a), "time/generation"))
        print(m.logprobs([151646, 9707, 1879]) != before)
        m.adapter_enabled = false
        print(len(t.samples(1)))
        """)
        XCTAssertEqual(out.split(separator: "\n").first, "2 2 2 true true", out)
        XCTAssertTrue(out.contains("\ntrue\n"), "the adapter changed: \(out)")
        XCTAssertTrue(out.contains("completion:"), out)
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2)
        let first = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        XCTAssertNotNil(first["kl"])
        XCTAssertNotNil(first["rewards/short/mean"])
    }

    /// iterations: 2 reuses each generated batch for a second optimiser step (TRL's num_iterations),
    /// with the old policy's log-probs fixed at generation time.
    func testGRPOIterationsReuseTheBatch() throws {
        let s = CapturedSession(echo: false)
        let model = fixtures.appendingPathComponent("models/tiny-r1").path
        let out = s.run("""
        let m = load_model("\(model)")
        let prompts = [{"prompt": "1+1=", "answer": "2"}, {"prompt": "2+2=", "answer": "4"}]
        let t = grpo(m, prompts, rewards: [fn(c, ex) { len(c) / 100.0 }], generations: 3, prompts_per_step: 2,
                     max_completion_tokens: 5, lr: 0.05, beta: 0.0, iterations: 2, steps: 4, seed: 2)
        let a = t.step()
        let b = t.step()
        let c = t.step()
        print(a["time/generation"] > 0, b["time/generation"] == 0, c["time/generation"] > 0, a["reward"] == b["reward"])
        """)
        XCTAssertEqual(out, "true true true true\n", out)
    }

    func testSFTRewardsAndArgumentErrors() throws {
        let s = CapturedSession(echo: false)
        let model = fixtures.appendingPathComponent("models/tiny-r1").path
        let out = s.run("""
        let m = load_model("\(model)")
        m.lora(rank: 2, alpha: 4, dropout: 0)
        let log = sft(m, [{"prompt": [151646, 9707], "completion": [1879, 151643]}], optimizer: adamw(lr: 0.05), steps: 5, batch: 2)
        print(len(log), log[4]["loss"] < log[0]["loss"])
        print(accuracy_reward("\\\\boxed{\\\\frac{1}{2}}", "0.5"), format_reward("a\\n</think>\\nb"))
        try { m.generate_ids([1], max_tokens: "x") } catch e { print(e) }
        try { m.lora(rank: 0) } catch e { print(e) }
        try { load_model("/nonexistent/model") } catch e { print(e) }
        """)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines[0], "5 true", out)
        XCTAssertEqual(lines[1], "1.0 1.0", out)
        XCTAssertTrue(out.contains("'max_tokens' must be int"), out)
        XCTAssertTrue(out.contains("rank"), out)
        XCTAssertTrue(out.contains("/nonexistent/model"), out)
    }
}
