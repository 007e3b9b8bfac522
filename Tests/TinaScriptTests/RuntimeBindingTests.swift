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

    func testNestedParquetColumnsAndNaNThroughTheBindings() throws {
        let s = CapturedSession(echo: false)
        let nested = fixtures.appendingPathComponent("data/nested")
        let out = s.run("""
        let ds = load_dataset("\(nested.appendingPathComponent("openr1.pa-hub.parquet").path)", columns: ["messages", "answer"])
        print(ds.columns, len(ds), ds[0]["messages"][0]["role"])
        let g = load_dataset("\(nested.appendingPathComponent("gpqa.pa-v1format.parquet").path)")
        let nulls = 0
        for i in 0..<len(g) {
            if contains(json(g[i]), "\\"Expert Validator Accuracy\\":null") { nulls += 1 }
        }
        print(nulls > 0)
        """)
        XCTAssertEqual(out, "[\"answer\", \"messages\"] 40 user\ntrue\n", out)
    }

    func testLazyParquetThroughTheBindings() throws {
        let s = CapturedSession(echo: false)
        let file = TestPaths.packageRoot.appendingPathComponent("Tests/RuntimeTests/ParquetData/row_groups.parquet").path
        let out = s.run("""
        let ds = load_dataset("\(file)")
        let info = ds.info()
        print(len(ds), info["lazy"], info["columns"]["messages"], info["class_labels"]["label"])
        let picked = ds.skip(60).select(["u64", "id"])
        print(picked.columns, len(picked), picked[0], picked[-1]["id"])
        let n = 0
        for row in picked { n += row["id"] }
        print(n)
        print(ds.map(fn(r) { r }).info()["lazy"], dataset([{"a": 1}]).info()["columns"])
        picked.show(2)
        """)
        XCTAssertEqual(out, """
        70 true list<{content: string, role: string}> ["neg", "neutral", "pos"]
        ["u64", "id"] 10 {"u64": 0, "id": 60} 69
        645
        false {"a": nil}
        # | u64                 | id
        --+---------------------+---
        0 | 0                   | 60
        1 | 9223372036854775807 | 61
        (10 rows × 2 columns, showing 2)

        """, out)
    }

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

    /// t.rollout() returns the batch as a value; t.train takes it back, or a hand-built one; bad
    /// batches get errors that name the key and row; t.step() is the two together.
    func testRolloutAndTrainOnBatchValues() throws {
        let s = CapturedSession(echo: false)
        let model = fixtures.appendingPathComponent("models/tiny-r1").path
        let out = s.run("""
        let m = load_model("\(model)")
        let prompts = [{"prompt": "1+1=", "answer": "2"}, {"prompt": "2+2=", "answer": "4"}]
        let t = grpo(m, prompts, rewards: [fn(c, ex) { len(c) / 100.0 }], generations: 2, prompts_per_step: 1, grad_accum: 2,
                     max_completion_tokens: 4, lr: 0.05, seed: 3)
        let b = t.rollout()
        print(keys(b))
        print(len(b["prompt_ids"]), len(b["completion_ids"]), len(b["rewards"]), len(b["advantages"]), t.step)
        let m1 = t.train(b)
        print(t.step, m1["step"], contains(keys(m1), "grad_norm"), contains(keys(m1), "entropy"), contains(keys(m1), "clip_ratio"), m1["lr"])
        let hand = {"prompt_ids": [b["prompt_ids"][0], b["prompt_ids"][0]], "completion_ids": [[9707, 151643], [1879, 1879, 1879]], "rewards": [1, 0]}
        let m2 = t.train(hand)
        print(t.step, m2["num_items_in_batch"], m2["reward"], len(t.samples(0)))
        t.train({"prompt_ids": [[1]], "completion_ids": [[2]]})
        """)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, #"["prompt_ids", "completion_ids", "completions", "prompts", "answers", "rewards", "rewards_by_function", "advantages", "truncated"]"#, out)
        XCTAssertEqual(lines[1], "4 4 4 4 0", out)
        XCTAssertEqual(lines[2], "1 1 true true true 0.05", out)
        XCTAssertEqual(lines[3], "2 5 0.5 2", out)
        XCTAssertTrue(out.contains("the batch needs \"rewards\""), out)
        let bad = s.run("""
        t.train({"prompt_ids": [[1], [1]], "completion_ids": [[2], [999999999]], "rewards": [1, 0]})
        """)
        XCTAssertTrue(bad.contains("completion_ids[1] holds id 999999999, outside the vocabulary"), bad)
        XCTAssertTrue(s.run("print(t.step)\n") == "2\n", "failed trains took no step")
    }

    /// grpo_resume applies the hyperparameters it is given (and says so), refuses a seed, and the
    /// saved state names the adapter actually trained; t.run() stops at the run's stop step.
    func testResumeOverridesAndStopStep() throws {
        let s = CapturedSession(echo: false)
        let model = fixtures.appendingPathComponent("models/tiny-r1").path
        let dir = work.appendingPathComponent("ck").path
        let out = s.run("""
        let m = load_model("\(model)")
        m.lora(rank: 2, alpha: 4, dropout: 0)
        let prompts = [{"prompt": "1+1=", "answer": "2"}]
        let r = [fn(c, ex) { len(c) / 100.0 }]
        let t = grpo(m, prompts, rewards: r, generations: 2, max_completion_tokens: 3, lr: 0.01, steps: 2, seed: 3)
        print(len(t.run()), t.step, t.config["lora"]["rank"])
        t.save("\(dir)")
        let u = grpo_resume("\(dir)", m, prompts, rewards: r, lr: 0.002, steps: 3)
        print(u.step, u.config["lr"], u.config["stop_step"], len(u.run()), u.step)
        """)
        let lines = out.split(separator: "\n").map(String.init)
        XCTAssertEqual(lines.first, "2 2 2", out)
        XCTAssertTrue(lines.contains { $0.hasPrefix("grpo_resume: overriding") && $0.contains("lr 0.01 → 0.002") && $0.contains("stop_step 2 → 3") }, out)
        XCTAssertEqual(lines.last, "2 0.002 3 1 3", out)
        let state = try String(contentsOfFile: dir + "/trainer_state.json", encoding: .utf8)
        XCTAssertTrue(state.contains(#"\"rank\":2"#), "the saved config records the r=2 adapter: \(state)")
        let refused = s.run("grpo_resume(\"\(dir)\", m, prompts, rewards: r, seed: 9)\n")
        XCTAssertTrue(refused.contains("seed cannot change on resume"), refused)
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
