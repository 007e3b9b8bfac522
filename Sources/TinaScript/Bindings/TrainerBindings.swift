import Foundation
import Runtime

/// `t = grpo(...)`: a GRPO trainer driven step by step, or batch by batch.
final class TrainerHandle: NativeHandle {
    let trainer: GRPOTrainer
    /// Steps `t.run()` goes to: the recipe's stop step, else the schedule's horizon.
    let plannedSteps: Int
    /// What load_model was given (a Hub id or a folder), and the TinaScript rewards: for `t.export`.
    let modelSource: String
    let scriptRewards: [(name: String, function: ScriptFunction)]
    init(_ t: GRPOTrainer, plannedSteps: Int, modelSource: String, scriptRewards: [(name: String, function: ScriptFunction)]) {
        trainer = t; self.plannedSteps = plannedSteps; self.modelSource = modelSource; self.scriptRewards = scriptRewards
    }
    var display: String { "<grpo trainer: step \(trainer.step)/\(plannedSteps), \(trainer.prompts.count) prompts, G=\(trainer.config.generations)>" }

    /// A step's phases in the order they run, for `t.step()`'s progress line.
    static let phases: [GRPOPhase] = [.sync, .generation, .scoring, .reference, .policy, .backward, .optimizer]

    static func metricsValue(_ m: [(String, Double)]) -> Value {
        Value(entries: m.map { ($0, $1.isFinite ? ($1 == $1.rounded() && ["step", "skipped", "num_items_in_batch"].contains($0) ? .int(Int($1)) : Value(measured: $1)) : .null) })
    }

    static func summary(_ m: [(String, Double)]) -> String {
        let d = Dictionary(m, uniquingKeysWith: { a, _ in a })
        return String(format: "reward %.3f  kl %.4f  len %.0f  %.1f tok/s", d["reward"] ?? 0, d["kl"] ?? 0,
                      d["completion_length"] ?? 0, d["tokens_per_second"] ?? 0)
    }

    static let nativeType = NativeType(
        TrainerHandle.self, name: "trainer",
        help: "A GRPO trainer (TRL's formulas, LoRA only). t.step() = t.train(t.rollout()); t.run(steps:), t.samples(),\nt.metrics, t.plot(), t.save(). A step is atomic: Ctrl-C leaves the trainer as before it.",
        methods: [
            Builtin("step", returns: "map",
                    help: "One optimiser step: samples a batch (every `iterations` steps; reused in between) and trains on it.\nReturns its metrics (loss, grad_norm before clipping, kl, entropy, clip_ratio, lr, reward, …).\nOn a terminal one line shows the phase it is in (generation with its tokens so far, scoring,\nreference, policy, backward, optimizer) and the time so far.",
                    example: "let m = t.step()\nprint(m[\"reward\"])") { a in
                let trainer = try a.this(TrainerHandle.self).trainer
                let bar = ProgressBar(label: "step \(trainer.step + 1)", total: Int64(phases.count), unit: .steps("phases"))
                trainer.onPhase = { phase in
                    bar.status = phase.rawValue
                    bar.update(to: Int64(phases.firstIndex(of: phase) ?? 0))
                }
                trainer.onGeneratedTokens = { tokens, most in
                    bar.status = "generation \(tokens)/\(most) tokens"
                    bar.update(to: bar.current)
                }
                defer { trainer.onPhase = nil; trainer.onGeneratedTokens = nil }
                let metrics = try trainer.trainStep()
                bar.update(to: Int64(phases.count))
                bar.status = "done"
                bar.finish()
                return metricsValue(metrics)
            },
            Builtin("rollout", returns: "map",
                    help: "Samples the next prompts' G completions (prompts_per_step × grad_accum prompts), scores them and\nreturns the batch: prompt_ids, completion_ids, completions, prompts, answers, rewards,\nrewards_by_function, advantages, truncated (and old_logps when iterations > 1). Nothing is trained.",
                    example: "let b = t.rollout()\nprint(b[\"rewards\"])") { a in
                batchValue(try a.this(TrainerHandle.self).trainer.rollout())
            },
            Builtin("train", [Param("batch", .map)], returns: "map",
                    help: "One optimiser step on a batch (from t.rollout(), a server, or built by hand). Required keys:\nprompt_ids, completion_ids (unpadded, one list per completion; G consecutive rows share a prompt),\nrewards. Optional: advantages (else computed under scale_rewards), truncated, old_logps, completions,\nprompts, answers, rewards_by_function. Returns the step's metrics.",
                    example: "let b = t.rollout()\nb[\"rewards\"] = [1, 0, 0, 1]\nt.train(b)") { a in
                let h = try a.this(TrainerHandle.self)
                return metricsValue(try h.trainer.train(try batch(from: try a.map("batch"))))
            },
            Builtin("logprobs", [Param("batch", .map)], returns: "list",
                    help: "Log-probs of every completion token of a batch under the current policy, at the trainer's\ntemperature (one list per completion): what \"old_logps\" holds when a batch is trained on more than once.",
                    example: "let b = t.rollout()\nb[\"old_logps\"] = t.logprobs(b)\nt.train(b)\nt.train(b)") { a in
                let h = try a.this(TrainerHandle.self)
                return Value(try h.trainer.policyLogProbs(try batch(from: try a.map("batch"))).map { Value(floats: $0) })
            },
            Builtin("run", [Param("steps", .orNil(.int), default: .null)], returns: "list",
                    help: "Runs steps with a progress bar (reward, KL, length, tokens/s, ETA); steps: nil runs to the recipe's\nstop step (else the schedule's end). Ctrl-C stops at once: the unfinished step leaves no trace and\nthe finished steps' metrics are returned.",
                    example: "t.run(steps: 50)") { a in
                let h = try a.this(TrainerHandle.self)
                let n = try a.optional("steps") { try $0.asInt($1) } ?? max(h.plannedSteps - h.trainer.step, 0)
                let bar = ProgressBar(label: "grpo", total: Int64(max(n, 0)), unit: .steps("step"))
                var out: [Value] = []
                defer { bar.finish() }
                for _ in 0..<max(n, 0) {
                    let m: [(String, Double)]
                    do { m = try h.trainer.trainStep() } catch is Interrupted {
                        bar.finish()
                        a.write("interrupted: \(h.trainer.step) steps done; the unfinished step left no trace\n")
                        break
                    }
                    out.append(metricsValue(m))
                    bar.status = summary(m)
                    bar.advance()
                    if Interruption.isPending {
                        Interruption.clear()
                        bar.finish()
                        a.write("interrupted: \(h.trainer.step) steps done\n")
                        break
                    }
                }
                return Value(out)
            },
            Builtin("samples", [Param("n", .int, default: .int(4)), Param("width", .int, default: .int(60))], returns: "list",
                    help: "Prints the last step's prompts, completions and rewards (first n); returns them all as maps\n(the REPL echoes their count, not the maps again).",
                    example: "t.samples(2)") { a in
                let h = try a.this(TrainerHandle.self)
                let width = max(10, try a.int("width"))
                func clip(_ s: String) -> String {
                    let flat = s.replacingOccurrences(of: "\n", with: "⏎")
                    return flat.count > width ? String(flat.prefix(width - 1)) + "…" : flat
                }
                let records = h.trainer.lastSamples
                let shown = records.prefix(max(0, try a.int("n")))
                var text = "", rows: [[String]] = []
                for s in shown {
                    let parts = s.rewards.map { "\($0.0)=\($0.1.map { String(format: "%.2f", $0) } ?? "nil")" }.joined(separator: " ")
                    let (reward, advantage) = (String(format: "%.2f", s.reward), String(format: "%+.2f", s.advantage))
                    text += "prompt: \(clip(s.prompt))\n  completion: \(clip(s.completion))\n  answer: \(clip(s.answer))  \(parts)  reward=\(reward)  adv=\(advantage)\(s.truncated ? "  (truncated)" : "")\n"
                    rows.append([s.prompt, s.completion + (s.truncated ? " (truncated)" : ""), s.answer, parts, reward, advantage])
                }
                // A notebook shows the samples whole, as a table.
                if !shown.isEmpty {
                    a.interpreter.show(MimeBundle(text: text, html: HTMLTable.render(
                        header: ["prompt", "completion", "answer", "rewards", "reward", "advantage"], rows: rows)))
                }
                let value = Value(records.map { s in
                    Value(entries: [("prompt", .string(s.prompt)), ("completion", .string(s.completion)), ("answer", .string(s.answer)),
                                    ("rewards", Value(entries: s.rewards.map { ($0.0, RewardBindings.optional($0.1)) })),
                                    ("reward", .float(s.reward)), ("advantage", .float(s.advantage)), ("tokens", .int(s.tokens)),
                                    ("truncated", .bool(s.truncated))])
                })
                return a.interpreter.report(value, display: "\(records.count) samples as maps (the first \(shown.count) shown above)")
            },
            Builtin("plot", [Param("metric", .string, default: .string("reward")), Param("file", .orNil(.string), default: .null)],
                    returns: "chart",
                    help: "A line chart of a metric over the steps so far (a notebook shows it); written as PNG to file when given.",
                    example: "t.plot(\"reward\")\nt.plot(\"kl\", \"kl.png\")") { a in
                try ChartHandle.metricMethod(try a.this(TrainerHandle.self).trainer.history, a)
            },
            Builtin("export", [Param("dir", .string), Param("gpus", .int, default: .int(1)), Param("vllm", .string, default: .string("colocate")),
                               Param("overwrite", .bool, default: .bool(false)), Param("save_steps", .int, default: .int(100)),
                               Param("model", .orNil(.string), default: .null)],
                    returns: "list",
                    help: "Writes the trainer as a TRL + PEFT + accelerate project to dir: config.yaml (GRPOConfig, ModelConfig and\ntrain.py's fields, every value explicit), train.py, rewards.py, rewards.tina (TinaScript rewards, served by\ntina-repl --rewards), data/train.jsonl (the prompts), accelerate.yaml (DeepSpeed ZeRO-2, bf16, gpus processes),\nlaunch.sh, requirements.txt, README.md. model: the checkpoint train.py loads (default: the session's; a Hub id\nfor the real model when the recipe was checked on a small one). Batch sizes keep the prompts × generations of a\nstep. vllm: \"colocate\"\n(Tina's: vLLM shares each GPU), \"server\" (trl vllm-serve) or \"none\". Refuses a non-empty dir unless\noverwrite, and anything TRL cannot express, before writing. Returns the files written.",
                    example: "t.export(\"out/trl\", gpus: 2)") { a in
                let h = try a.this(TrainerHandle.self)
                guard let vllm = TRLExport.VLLMMode(rawValue: try a.string("vllm")) else {
                    throw ScriptError.fail("export: vllm must be \"colocate\", \"server\" or \"none\"")
                }
                let t = h.trainer
                if h.scriptRewards.contains(where: { $0.name == "<fn>" }) {
                    throw ScriptError.fail("export: a reward is an anonymous function; name it (fn my_reward(c, ex) { … }) so that TRL logs it under that name")
                }
                let scriptNames = Set(h.scriptRewards.map(\.name))
                let script = h.scriptRewards.isEmpty ? nil : try FunctionSource.script(defining: h.scriptRewards, interpreter: a.interpreter)
                let source = try a.optional("model") { try $0.asString($1) } ?? h.modelSource
                // A local folder is written as an absolute path; a Hub id as it is.
                let model = source.hasPrefix("/") || !FileManager.default.fileExists(atPath: source)
                    ? source : FileManager.default.currentDirectoryPath + "/" + source
                var export = TRLExport(config: t.config, model: model, prompts: t.prompts,
                                       rewards: t.rewards.map { .init(name: $0.name, weight: $0.weight, isScript: scriptNames.contains($0.name)) },
                                       rewardScript: script, gpus: try a.int("gpus"), vllm: vllm, saveSteps: max(1, try a.int("save_steps")),
                                       gradientCheckpointing: t.checkpointing)
                export.useRslora = t.model.adapterConfig?.useRslora ?? false
                return Value(strings: try export.write(to: try a.string("dir"), overwrite: try a.bool("overwrite")))
            },
            Builtin("save", [Param("dir", .string)],
                    help: "Checkpoint: adapter (PEFT), optimiser moments, step, data order, RNGs, reference policy, metrics.\nReplacing an existing checkpoint is crash-safe: a kill at any instant leaves the old or the new one.",
                    example: "t.save(\"out/grpo\")") { a in
                try a.this(TrainerHandle.self).trainer.save(directory: try a.string("dir"))
                return .null
            },
        ],
        fields: [
            NativeField(TrainerHandle.self, "metrics", help: "every step's metrics (list of maps)") { Value($0.trainer.history.map(metricsValue)) },
            NativeField(TrainerHandle.self, "step", help: "optimiser steps taken") { .int($0.trainer.step) },
            NativeField(TrainerHandle.self, "config", help: "the hyperparameters (map)") { h in
                try JSONCodec.value(encoding: h.trainer.config)
            },
            NativeField(TrainerHandle.self, "reference", help: "the KL's reference policy: \"frozen copy\" or \"base\"") { h in
                .string(h.trainer.referenceIsFrozenCopy ? "frozen copy" : "base")
            },
        ])

    // MARK: batches as values

    static func batchValue(_ b: GRPOBatch) -> Value {
        var entries: [(String, Value)] = [
            ("prompt_ids", Value(b.promptIds.map { Value(ints: $0) })), ("completion_ids", Value(b.completionIds.map { Value(ints: $0) })),
        ]
        if let c = b.completions { entries.append(("completions", Value(strings: c))) }
        if let p = b.prompts { entries.append(("prompts", Value(strings: p))) }
        if let a = b.answers { entries.append(("answers", Value(strings: a))) }
        entries.append(("rewards", Value(doubles: b.rewards)))
        entries.append(("rewards_by_function", Value(entries: b.rewardsByFunction.map { ($0.name, Value($0.values.map(RewardBindings.optional))) })))
        if let a = b.advantages { entries.append(("advantages", Value(doubles: a))) }
        if let t = b.truncated { entries.append(("truncated", Value(t.map(Value.init)))) }
        if let o = b.oldLogProbs { entries.append(("old_logps", Value(o.map { Value(floats: $0) }))) }
        return Value(entries: entries)
    }

    static let batchKeys = ["prompt_ids", "completion_ids", "rewards", "advantages", "truncated", "old_logps", "completions", "prompts",
                            "answers", "rewards_by_function"]

    static func batch(from m: ScriptMap) throws -> GRPOBatch {
        if let unknown = m.keys.first(where: { !batchKeys.contains($0) }) {
            throw ScriptError.fail("train: unknown batch key \"\(unknown)\" (known: \(batchKeys.joined(separator: ", ")))")
        }
        func required(_ key: String) throws -> Value {
            guard let v = m[key] else { throw ScriptError.fail("train: the batch needs \"\(key)\"") }
            return v
        }
        func rows(_ key: String) throws -> [[Int]] {
            try required(key).asList("batch[\"\(key)\"]").items.enumerated().map { try $1.asInts("batch[\"\(key)\"][\($0)]") }
        }
        var b = GRPOBatch(promptIds: try rows("prompt_ids"), completionIds: try rows("completion_ids"),
                          rewards: try required("rewards").asDoubles("batch[\"rewards\"]"))
        b.advantages = try m["advantages"].map { try $0.asDoubles("batch[\"advantages\"]") }
        b.truncated = try m["truncated"].map { try $0.asList("batch[\"truncated\"]").items.map { try $0.asBool("batch[\"truncated\"]") } }
        b.oldLogProbs = try m["old_logps"].map {
            try $0.asList("batch[\"old_logps\"]").items.enumerated().map { try $1.asFloats("batch[\"old_logps\"][\($0)]") }
        }
        b.completions = try m["completions"].map { try $0.asStrings("batch[\"completions\"]") }
        b.prompts = try m["prompts"].map { try $0.asStrings("batch[\"prompts\"]") }
        b.answers = try m["answers"].map { try $0.asStrings("batch[\"answers\"]") }
        if let by = m["rewards_by_function"] {
            b.rewardsByFunction = try by.asMap("batch[\"rewards_by_function\"]").entries.map { name, values in
                (name, try values.asList("batch[\"rewards_by_function\"][\"\(name)\"]").items.map { v in
                    v.isNil ? nil : try v.asDouble("batch[\"rewards_by_function\"][\"\(name)\"]")
                })
            }
        }
        return b
    }
}
