import Foundation
import Runtime
import XCTest

/// `t.export` against the real engine: TRL + PEFT + accelerate in `.build-trl/` (scripts/setup-trl).
/// The exported train.py runs on the CPU, with a builtin and a TinaScript reward served by
/// `tina-repl --rewards`; its run is read back with `trl_run` and its adapter loaded.
final class ExportTests: XCTestCase {
    static let fixtures = TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    static let model = fixtures.appendingPathComponent("models/tiny-r1").path
    static let data = fixtures.appendingPathComponent("data/mini_math.jsonl").path
    static let python = TestPaths.packageRoot.appendingPathComponent(".build-trl/bin/python").path
    static let check = TestPaths.testsDir.appendingPathComponent("trl_export_check.py").path

    var work: URL!

    override func setUpWithError() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python) else {
            throw Failure(description: "TRL is not installed: scripts/setup-trl makes .build-trl/")
        }
        work = FileManager.default.temporaryDirectory.appendingPathComponent("export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        if let work { try? FileManager.default.removeItem(at: work) }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// Runs a program to its end; stdout, and the status with stderr's tail on failure.
    func run(_ program: String, _ args: [String], in dir: URL? = nil, env: [String: String] = [:]) throws -> String {
        let r = try ChildRun.run(program, args, in: dir ?? work, env: env)
        guard r.status == 0 else {
            throw Failure(description: "\(program) \(args.joined(separator: " ")) exited \(r.status):\n" + String(r.err.suffix(3000)))
        }
        return r.out
    }

    /// A session with the tiny model, its data, and a trainer with a builtin, a format and a
    /// TinaScript reward (which uses a global constant and a helper function).
    func session(_ extra: String = "") -> CapturedSession {
        let s = CapturedSession(echo: false)
        let out = s.run("""
        let m = load_model("\(Self.model)")
        m.lora(rank: 4, alpha: 16, dropout: 0)
        let scale = 100.0
        fn clip01(x) {
            if x > 1 { return 1.0 }
            return x
        }
        fn my_len(c, ex) {
            let bonus = 0.0
            if len(ex["answer"]) > 0 and ex["messages"][-1]["role"] == "user" { bonus = 0.01 }
            return clip01(len(c) / scale) + bonus
        }
        let t = grpo(m, load_dataset("\(Self.data)"), rewards: ["accuracy", "format", my_len], weights: [1, 0.5, 2],
                     generations: 4, max_completion_tokens: 16, lr: 1e-5, schedule: "cosine_with_min_lr", warmup_ratio: 0.1,
                     steps: 2, beta: 0.04, loss_type: "grpo"\(extra))
        """)
        XCTAssertEqual(out, "")
        return s
    }

    func testExportedProjectTrainsInTRLAndReadsBack() throws {
        let s = session()
        let dir = work.appendingPathComponent("trl")
        let files = s.run("print(t.export(\"\(dir.path)\", vllm: \"none\"))\n")
        XCTAssertTrue(files.contains("\"rewards.tina\"") && files.contains("\"train.py\""), files)
        let binary = try XCTUnwrap(TestPaths.binary)
        _ = try run(Self.python, ["train.py", "--config", "config.yaml", "--use_vllm", "false", "--bf16", "false", "--use_cpu", "true"],
                    in: dir, env: ["TINA_REPL": binary.path])
        let out = s.run("""
        let run = trl_run("\(dir.path)/output")
        for r in run.metrics {
            let sum = r["rewards/accuracy/mean"] + 0.5 * r["rewards/format/mean"] + 2 * r["rewards/my_len/mean"]
            print(r["step"], abs(r["reward"] - sum) < 0.0001, r["rewards/my_len/mean"] > 0.01, r["lr"] >= 0)
        }
        print(len(run.checkpoints))
        let m2 = load_model("\(Self.model)")
        m2.load_adapter(run.checkpoints[-1])
        print("loaded")
        run.plot("rewards/my_len/mean", "\(work.path)/my_len.png")
        """)
        XCTAssertEqual(out, "1 true true true\n2 true true true\n1\nloaded\n", out)
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("my_len.png").path))
        // The TinaScript reward scored on the GPU side with the session's own function: the same
        // values as in the session for the same completion and example.
        let script = try String(contentsOf: dir.appendingPathComponent("rewards.tina"), encoding: .utf8)
        XCTAssertTrue(script.contains("let scale = parse_json(\"100.0\")") && script.contains("fn clip01(x)") && script.contains("fn my_len(c, ex)"), script)
        let request = #"{"function": "my_len", "completions": ["abcd", "\#(String(repeating: "x", count: 150))"], "examples": [{"answer": "2", "messages": [{"role": "user", "content": "1+1"}], "row": 0, "scorer": "math-verify"}, {"answer": "", "messages": [], "row": 1, "scorer": "math-verify"}]}"#
        let served = try runWithInput(binary.path, ["--rewards", dir.appendingPathComponent("rewards.tina").path], input: request + "\nnot json\n")
        let replies = try served.split(separator: "\n").map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        XCTAssertEqual(replies.count, 3, served)
        XCTAssertEqual(replies[0]["functions"] as? [String], ["clip01", "my_len"], served)
        let scores = try XCTUnwrap(replies[1]["scores"] as? [Double], served)
        XCTAssertEqual(scores[0], 0.05, accuracy: 1e-12)
        XCTAssertEqual(scores[1], 1.0, accuracy: 1e-12)
        XCTAssertNotNil(replies[2]["error"], "a bad request is answered with an error, and the server goes on: \(served)")
    }

    func runWithInput(_ program: String, _ args: [String], input: String) throws -> String {
        try ChildRun.run(program, args, input: input).out
    }

    /// Tina-Open-RS2 exported for 2 GPUs: what TrlParser builds from config.yaml equals the
    /// trainer's settings one by one, the batch keeps prompts × generations per step, and
    /// accelerate's own loader reads accelerate.yaml.
    func testExportedConfigEqualsTheTrainersValueByValue() throws {
        let s = CapturedSession(echo: false)
        let dir = work.appendingPathComponent("rs2")
        let out = s.run("""
        let m = load_model("\(Self.model)")
        let t = grpo(m, load_dataset("\(Self.data)"), preset: "tina-open-rs2")
        t.export("\(dir.path)", gpus: 2)
        print(json(t.config))
        """)
        let config = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(out.utf8)) as? [String: Any], out)
        let parsed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(try run(Self.python, [Self.check, "config", dir.path]).utf8)) as? [String: Any])
        let lora = config["lora"] as! [String: Any], schedule = config["schedule"] as! [String: Any]
        let rewards = config["rewards"] as! [[String: Any]]
        let pairs: [(String, Any?)] = [
            ("learning_rate", config["lr"]), ("beta", config["beta"]), ("epsilon", config["epsilon"]),
            ("epsilon_high", config["epsilon_high"]), ("temperature", config["temperature"]), ("top_p", config["top_p"]),
            ("num_generations", config["generations"]), ("max_completion_length", config["max_completion_tokens"]),
            ("max_prompt_tokens", config["max_prompt_tokens"]), ("num_iterations", config["iterations"]),
            ("max_grad_norm", config["max_grad_norm"]), ("loss_type", config["loss_type"]), ("scale_rewards", config["scale_rewards"]),
            ("seed", config["seed"]), ("mask_truncated_completions", config["mask_truncated"]), ("system_prompt", config["system_prompt"]),
            ("stop_step", config["stop_step"]), ("lora_r", lora["rank"]), ("lora_alpha", lora["alpha"]), ("lora_dropout", lora["dropout"]),
            ("lora_target_modules", lora["targets"]), ("warmup_steps", schedule["warmup_ratio"]), ("max_steps", schedule["total_steps"]),
            ("lr_scheduler_type", schedule["kind"]), ("lr_scheduler_kwargs", ["min_lr_rate": schedule["min_lr_rate"]!]),
            ("reward_funcs", rewards.map { $0["name"]! }), ("reward_weights", rewards.map { $0["weight"]! }),
            ("model_name_or_path", Self.model), ("use_peft", true), ("use_vllm", true), ("vllm_mode", "colocate"),
            ("vllm_gpu_memory_utilization", 0.4), ("logging_steps", 1), ("weight_decay", 0), ("adam_beta1", 0.9), ("adam_beta2", 0.999),
            ("adam_epsilon", 1e-8), ("use_bias_correction_kl", true), ("vllm_importance_sampling_correction", false),
        ]
        // Both sides as JSON decodes them, so numbers and booleans compare alike.
        func plain(_ v: Any?) throws -> NSDictionary {
            try JSONSerialization.jsonObject(with: try JSONSerialization.data(withJSONObject: ["v": v ?? NSNull()])) as! NSDictionary
        }
        for (key, want) in pairs {
            XCTAssertTrue(try plain(parsed[key]).isEqual(try plain(want)),
                          "\(key): TRL has \(parsed[key] ?? "nothing"), the trainer \(want ?? "nil")")
        }
        // 2 prompts × 4 accumulation × 6 generations = 48 completions per step, over 2 processes.
        let perDevice = parsed["per_device_train_batch_size"] as! Int, accumulation = parsed["gradient_accumulation_steps"] as! Int
        XCTAssertEqual(perDevice * 2 * accumulation, 48)
        XCTAssertEqual(parsed["steps_per_generation"] as? Int, accumulation)
        let yaml = try String(contentsOf: dir.appendingPathComponent("config.yaml"), encoding: .utf8)
        XCTAssertTrue(yaml.contains("learning_rate: 1.0e-06\n") && yaml.contains("adam_epsilon: 1.0e-08\n"), "floats YAML reads as numbers")
        let accelerate = try run(Self.python, [Self.check, "accelerate", dir.appendingPathComponent("accelerate.yaml").path])
        XCTAssertEqual(accelerate.trimmingCharacters(in: .whitespacesAndNewlines),
                       #"{"class": "ClusterConfig", "distributed_type": "DEEPSPEED", "num_processes": 2, "mixed_precision": "bf16", "zero_stage": 2}"#)
        let launch = try String(contentsOf: dir.appendingPathComponent("launch.sh"), encoding: .utf8)
        XCTAssertTrue(launch.contains("accelerate launch --config_file accelerate.yaml --num_processes 2 train.py --config config.yaml \"$@\""), launch)
    }

    /// Two processes (torchrun on the CPU): each rank starts its own reward process.
    func testEachRankStartsItsOwnRewardProcess() throws {
        let s = session()
        let dir = work.appendingPathComponent("ranks")
        _ = s.run("t.export(\"\(dir.path)\", gpus: 2, vllm: \"none\")\n")
        let binary = try XCTUnwrap(TestPaths.binary)
        let wrapper = work.appendingPathComponent("tina-repl-wrapper").path
        try "#!/bin/sh\necho $$ >> '\(work.path)/pids'\nexec '\(binary.path)' \"$@\"\n".write(toFile: wrapper, atomically: true, encoding: .utf8)
        chmod(wrapper, 0o755)
        let torchrun = TestPaths.packageRoot.appendingPathComponent(".build-trl/bin/torchrun").path
        _ = try run(torchrun, ["--nproc_per_node", "2", "train.py", "--config", "config.yaml", "--use_vllm", "false", "--bf16", "false",
                               "--use_cpu", "true", "--max_steps", "1", "--stop_step", "1"], in: dir, env: ["TINA_REPL": wrapper])
        let pids = Set(try String(contentsOfFile: work.appendingPathComponent("pids").path, encoding: .utf8).split(separator: "\n"))
        XCTAssertEqual(pids.count, 2, "one reward process per rank: \(pids)")
    }

    func testExportRefusesWhatTRLCannotExpressBeforeWriting() throws {
        let s = session()
        let dir = work.appendingPathComponent("bad")
        let odd = s.run("t.export(\"\(dir.path)\", gpus: 3)\n")
        XCTAssertTrue(odd.contains("export: TRL cannot express this: the 4 completions of a step (prompts_per_step × grad_accum × generations) do not split over 3 GPUs"), odd)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path), "nothing written")
        let uses = s.run("""
        fn needs_model(c, ex) { len(m.generate_ids([1], max_tokens: 1)) }
        let t2 = grpo(m, load_dataset("\(Self.data)"), rewards: [needs_model], generations: 4)
        t2.export("\(dir.path)")
        """)
        XCTAssertTrue(uses.contains("needs_model uses the global 'm' (a model), which cannot be exported"), uses)
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.path), "nothing written")
        let anonymous = s.run("""
        let t3 = grpo(m, load_dataset("\(Self.data)"), rewards: [fn(c, ex) { 1.0 }], generations: 4)
        t3.export("\(dir.path)")
        """)
        XCTAssertTrue(anonymous.contains("export: a reward is an anonymous function; name it"), anonymous)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try "keep".write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let full = s.run("t.export(\"\(dir.path)\")\n")
        XCTAssertTrue(full.contains("export: \(dir.path) exists and is not empty (overwrite: true replaces its files)"), full)
        XCTAssertEqual(s.run("print(len(t.export(\"\(dir.path)\", overwrite: true)))\n"), "9\n")
        let server = s.run("print(contains(t.export(\"\(work.path)/server\", vllm: \"server\"), \"vllm-serve.sh\"))\n")
        XCTAssertEqual(server, "true\n")
        let serve = try String(contentsOfFile: work.path + "/server/vllm-serve.sh", encoding: .utf8)
        XCTAssertTrue(serve.contains("trl vllm-serve --model \(Self.model)"), serve)
    }

    /// rewards.py's builtin rewards equal the project's on the shared math-verify cases (and on
    /// format, tag, length, cosine and repetition), each case scored by both.
    func testBuiltinRewardsOfRewardsPyEqualTheProjects() throws {
        let lines = try String(contentsOf: Self.fixtures.appendingPathComponent("golden/math_verify_cases.jsonl"), encoding: .utf8)
            .split(separator: "\n")
        var cases = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
            .map { ($0["completion"] as! String, $0["gold"] as! String) }
        cases += [
            ("<think>\nsteps\n</think>\n<answer>\n\\boxed{2}\n</answer>", "2"), ("<think>a</think><answer>b</answer>", "$3$"),
            ("Step 1: x\nStep 2: y\n1. z", "1"), ("the the the the the the the", "1"), ("", "$1$"),
        ]
        while cases.count % 4 != 0 { cases.append(("\\boxed{1}", "1")) }
        let input = try cases.enumerated().map { i, c in
            String(decoding: try JSONSerialization.data(withJSONObject: ["completion": c.0, "gold": c.1, "group": i / 4]), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
        let rewardsPy = TestPaths.packageRoot.appendingPathComponent("Sources/Runtime/Export/TRL/rewards.py").path
        let theirs = try runWithInput(Self.python, [rewardsPy, "score"], input: input).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        XCTAssertEqual(theirs.count, cases.count)
        for reward in BuiltinReward.allCases {
            let ours = try reward.rewards(completions: cases.map(\.0), golds: cases.map(\.1), groupSize: 4)
            var disagreements: [String] = []
            for (i, value) in ours.enumerated() {
                let other = theirs[i][reward.rawValue] as? Double
                let same = (value == nil && other == nil) || (value != nil && other != nil && abs(value! - other!) < 1e-9)
                if !same { disagreements.append("case \(i): \(value.map { "\($0)" } ?? "nil") vs \(other.map { "\($0)" } ?? "null")") }
            }
            XCTAssertTrue(disagreements.isEmpty, "\(reward.rawValue): \(disagreements.count) of \(cases.count) differ: \(disagreements.prefix(5))")
        }
    }
}
