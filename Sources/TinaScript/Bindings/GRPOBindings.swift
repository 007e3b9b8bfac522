import CKernels
import Foundation
import Runtime

/// `t = grpo(...)`: a GRPO trainer driven step by step.
final class TrainerHandle: NativeHandle {
    let trainer: GRPOTrainer
    let plannedSteps: Int
    init(_ t: GRPOTrainer, plannedSteps: Int) { trainer = t; self.plannedSteps = plannedSteps }
    var display: String { "<grpo trainer: step \(trainer.step)/\(plannedSteps), \(trainer.prompts.count) prompts, G=\(trainer.config.generations)>" }

    static func metricsValue(_ m: [(String, Double)]) -> Value {
        Value(entries: m.map { ($0, $1.isFinite ? ($1 == $1.rounded() && ["step", "skipped"].contains($0) ? .int(Int($1)) : .float($1)) : .null) })
    }

    static func summary(_ m: [(String, Double)]) -> String {
        let d = Dictionary(m, uniquingKeysWith: { a, _ in a })
        return String(format: "reward %.3f  kl %.4f  len %.0f  %.1f tok/s", d["reward"] ?? 0, d["kl"] ?? 0,
                      d["completion_length"] ?? 0, d["tokens_per_second"] ?? 0)
    }

    static let nativeType = NativeType(
        TrainerHandle.self, name: "trainer",
        help: "A GRPO trainer (TRL's formulas, LoRA only). t.step(), t.run(steps:), t.samples(), t.metrics, t.plot(), t.save().",
        methods: [
            Builtin("step", returns: "map", help: "One optimiser step (grad_accum generation rounds); returns its metrics.",
                    example: "let m = t.step()\nprint(m[\"reward\"])") { a in
                metricsValue(try a.this(TrainerHandle.self).trainer.trainStep())
            },
            Builtin("run", [Param("steps", .int)], returns: "list",
                    help: "Runs steps with a progress bar (reward, KL, length, tokens/s, ETA). Ctrl-C stops between steps;\nthe trainer keeps every finished step.",
                    example: "t.run(steps: 50)") { a in
                let h = try a.this(TrainerHandle.self)
                let n = try a.int("steps")
                let bar = ProgressBar(label: "grpo", total: Int64(n), unit: .steps("step"))
                var out: [Value] = []
                for _ in 0..<max(n, 0) {
                    let m = try h.trainer.trainStep()
                    out.append(metricsValue(m))
                    bar.status = summary(m)
                    bar.advance()
                    if tina_interrupt_pending() != 0 { break }
                }
                bar.finish()
                return Value(out)
            },
            Builtin("samples", [Param("n", .int, default: .int(4)), Param("width", .int, default: .int(60))], returns: "list",
                    help: "Prints the last step's prompts, completions and rewards (first n); returns them all as maps.",
                    example: "t.samples(2)") { a in
                let h = try a.this(TrainerHandle.self)
                let width = max(10, try a.int("width"))
                func clip(_ s: String) -> String {
                    let flat = s.replacingOccurrences(of: "\n", with: "⏎")
                    return flat.count > width ? String(flat.prefix(width - 1)) + "…" : flat
                }
                for s in h.trainer.lastSamples.prefix(try a.int("n")) {
                    let parts = s.rewards.map { "\($0.0)=\($0.1.map { String(format: "%.2f", $0) } ?? "nil")" }.joined(separator: " ")
                    a.write("prompt: \(clip(s.prompt))\n  completion: \(clip(s.completion))\n  answer: \(clip(s.answer))  \(parts)  reward=\(String(format: "%.2f", s.reward))  adv=\(String(format: "%+.2f", s.advantage))\(s.truncated ? "  (truncated)" : "")\n")
                }
                return Value(h.trainer.lastSamples.map { s in
                    Value(entries: [("prompt", .string(s.prompt)), ("completion", .string(s.completion)), ("answer", .string(s.answer)),
                                    ("rewards", Value(entries: s.rewards.map { ($0.0, RewardBindings.optional($0.1)) })),
                                    ("reward", .float(s.reward)), ("advantage", .float(s.advantage)), ("tokens", .int(s.tokens)),
                                    ("truncated", .bool(s.truncated))])
                })
            },
            Builtin("plot", [Param("metric", .string, default: .string("reward")), Param("file", .string)],
                    help: "Writes a PNG line chart of a metric over the steps so far.",
                    example: "t.plot(\"reward\", \"reward.png\")") { a in
                let h = try a.this(TrainerHandle.self), name = try a.string("metric")
                let rows = h.trainer.history
                guard !rows.isEmpty else { throw ScriptError.fail("plot: no steps yet") }
                guard rows[0].contains(where: { $0.0 == name }) else {
                    throw ScriptError.fail("plot: no metric '\(name)' (have: \(rows[0].map(\.0).joined(separator: ", ")))")
                }
                let ys = rows.map { r in r.first { $0.0 == name }!.1 }
                let xs = rows.map { r in r.first { $0.0 == "step" }!.1 }
                try AtomicFile.write(try Chart.line(title: name, x: xs, y: ys), to: try a.string("file"))
                return .null
            },
            Builtin("save", [Param("dir", .string)], help: "Checkpoint: adapter (PEFT), optimiser moments, step, data order, RNG, metrics.",
                    example: "t.save(\"out/grpo\")") { a in
                try a.this(TrainerHandle.self).trainer.save(directory: try a.string("dir"))
                return .null
            },
        ],
        fields: [
            NativeField(TrainerHandle.self, "metrics", help: "every step's metrics (list of maps)") { Value($0.trainer.history.map(metricsValue)) },
            NativeField(TrainerHandle.self, "step", help: "optimiser steps taken") { .int($0.trainer.step) },
            NativeField(TrainerHandle.self, "config", help: "the hyperparameters (map)") { h in
                try JSONCodec.decode(String(decoding: try JSONEncoder().encode(h.trainer.config), as: UTF8.self))
            },
        ])
}

enum GRPOBindings {
    /// Keyword → GRPOConfig field; nil arguments keep the preset's (or default) value.
    static let params: [Param] = [
        Param("model", .native("model")), Param("dataset", .oneOf([.native("dataset"), .list])),
        Param("rewards", .orNil(.list), default: .null), Param("weights", .orNil(.list), default: .null),
        Param("preset", .orNil(.string), default: .null), Param("steps", .int, default: .int(100)),
    ] + ["generations", "prompts_per_step", "max_prompt_tokens", "max_completion_tokens", "iterations", "grad_accum", "seed",
         "checkpoint_every"].map { Param($0, .orNil(.int), default: .null) }
      + ["temperature", "top_p", "lr", "beta", "epsilon", "epsilon_high", "max_grad_norm", "warmup_ratio", "min_lr_rate"]
        .map { Param($0, .orNil(.float), default: .null) }
      + ["schedule", "loss_type", "scale_rewards", "system_prompt", "log", "checkpoint_dir"].map { Param($0, .orNil(.string), default: .null) }
      + [Param("mask_truncated", .orNil(.bool), default: .null), Param("checkpointing", .bool, default: .bool(false))]

    static func config(_ a: Arguments, source: String) throws -> GRPOConfig {
        var c = try a.optional("preset") { try GRPOConfig.preset(try $0.asString($1)) } ?? GRPOConfig(dataset: source)
        func int(_ k: String) throws -> Int? { try a.optional(k) { try $0.asInt($1) } }
        func dbl(_ k: String) throws -> Double? { try a.optional(k) { try $0.asDouble($1) } }
        func str(_ k: String) throws -> String? { try a.optional(k) { try $0.asString($1) } }
        if let v = try int("generations") { c.generations = v }
        if let v = try int("prompts_per_step") { c.promptsPerStep = v }
        if let v = try int("max_prompt_tokens") { c.maxPromptTokens = v }
        if let v = try int("max_completion_tokens") { c.maxCompletionTokens = v }
        if let v = try int("iterations") { c.iterations = v }
        if let v = try int("grad_accum") { c.gradAccum = v }
        if let v = try int("seed") { c.seed = v }
        if let v = try dbl("temperature") { c.temperature = v }
        if let v = try dbl("top_p") { c.topP = v }
        if let v = try dbl("lr") { c.lr = v }
        if let v = try dbl("beta") { c.beta = v }
        if let v = try dbl("epsilon") { c.epsilon = v; if try dbl("epsilon_high") == nil { c.epsilonHigh = v } }
        if let v = try dbl("epsilon_high") { c.epsilonHigh = v }
        if let v = try dbl("max_grad_norm") { c.maxGradNorm = v }
        if let v = try dbl("warmup_ratio") { c.schedule.warmupRatio = v }
        if let v = try dbl("min_lr_rate") { c.schedule.minLRRate = v }
        if let v = try str("schedule") {
            guard let k = LRSchedule.Kind(rawValue: v) else { throw ScriptError.fail("grpo: unknown schedule '\(v)'") }
            c.schedule.kind = k
            if k == .cosineWithMinLR && c.schedule.minLRRate == nil { c.schedule.minLRRate = 0.1 }
        }
        if let v = try str("loss_type") {
            guard let k = GRPOLossType(rawValue: v) else {
                throw ScriptError.fail("grpo: loss_type must be one of \(GRPOLossType.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            c.lossType = k
        }
        if let v = try str("scale_rewards") {
            guard let k = RewardScaling(rawValue: v) else { throw ScriptError.fail("grpo: scale_rewards must be group, batch or none") }
            c.scaleRewards = k
        }
        if let v = try str("system_prompt") { c.systemPrompt = v }
        if let v = try a.optional("mask_truncated", { try $0.asBool($1) }) { c.maskTruncated = v }
        if c.schedule.totalSteps == nil { c.schedule.totalSteps = try a.int("steps") }
        try c.validate()
        return c
    }

    /// Reward functions: builtin names or TinaScript `fn(completion, example)`, with weights.
    static func rewards(_ a: Arguments, config: inout GRPOConfig) throws -> [GRPOReward] {
        guard let list = try a.optional("rewards", { try $0.asList($1) }) else {
            return try config.rewards.map { try GRPOReward.builtin($0.name, weight: $0.weight, config: config) }
        }
        let weights = try a.optional("weights") { try $0.asDoubles($1) } ?? Array(repeating: 1, count: list.items.count)
        guard weights.count == list.items.count else {
            throw ScriptError.fail("grpo: \(list.items.count) rewards but \(weights.count) weights")
        }
        var out: [GRPOReward] = []
        for (i, (item, w)) in zip(list.items, weights).enumerated() {
            switch item {
            case .string(let name):
                out.append(try GRPOReward.builtin(name, weight: w, config: config))
            case .function(let f):
                let interpreter = a.interpreter
                out.append(GRPOReward(name: f.name, weight: w) { completions, prompts, _ in
                    try zip(completions, prompts).map { c, p in
                        let v = try interpreter.call(f, [.string(c), p.value])
                        if v.isNil { return nil }
                        return try v.asDouble("reward \(f.name)")
                    }
                })
            default:
                throw ScriptError.fail("grpo: rewards[\(i)] must be a reward name or a function, got \(item.typeName)")
            }
        }
        config.rewards = zip(out, weights).map { GRPOConfig.Reward($0.name, weight: $1) }
        return out
    }

    /// Prompts from a dataset (`seed` orders multiple-choice answers) or a list of prompt maps
    /// ("scorer" optional: "math-verify" or "multiple-choice").
    static func prompts(_ v: Value, seed: UInt64 = 0) throws -> ([DatasetPrompt], String) {
        if case .native(let h) = v, let d = h as? DatasetHandle { return (try d.dataset.toPrompts(seed: seed), d.dataset.source) }
        let items = try v.asMaps("dataset")
        return (try items.enumerated().map { i, m in
            guard let answer = m["answer"] else { throw ScriptError.fail("dataset[\(i)] has no \"answer\"") }
            let messages: [DatasetPrompt.Message]
            if let msgs = m["messages"] {
                messages = try msgs.asMaps("dataset[\(i)][\"messages\"]").map {
                    .init(role: try ($0["role"] ?? .null).asString("role"), content: try ($0["content"] ?? .null).asString("content"))
                }
            } else if let q = m["prompt"] ?? m["question"] ?? m["problem"] {
                messages = [.init(role: "user", content: try q.asString("dataset[\(i)][\"prompt\"]"))]
            } else {
                throw ScriptError.fail("dataset[\(i)] needs \"messages\" or \"prompt\"")
            }
            var scorer = EvalScorer.mathVerify
            if let name = m["scorer"], !name.isNil { scorer = try EvalScorer(named: try name.asString("dataset[\(i)][\"scorer\"]")) }
            return DatasetPrompt(messages: messages, answer: try answer.asString("dataset[\(i)][\"answer\"]"), row: i, scorer: scorer)
        }, "prompts")
    }

    static func make(_ a: Arguments, resumeFrom dir: String?) throws -> Value {
        let h = try a.native("model", as: ModelHandle.self)
        let tok = try h.requireTokenizer("grpo")
        let (prompts, source) = try prompts(try a["dataset"])
        var config = try config(a, source: source)
        let rewardFns = try rewards(a, config: &config)
        let steps = try a.int("steps")
        let trainer: GRPOTrainer
        if let dir {
            trainer = try GRPOTrainer.resume(directory: dir, model: h.model, tokenizer: tok, prompts: prompts, rewards: rewardFns, totalSteps: steps)
        } else {
            trainer = try GRPOTrainer(model: h.model, tokenizer: tok, config: config, prompts: prompts, rewards: rewardFns, totalSteps: steps)
        }
        trainer.logPath = try a.optional("log") { try $0.asString($1) }
        trainer.checkpointEvery = try a.optional("checkpoint_every") { try $0.asInt($1) }
        trainer.checkpointDir = try a.optional("checkpoint_dir") { try $0.asString($1) } ?? "checkpoints"
        trainer.checkpointing = try a.bool("checkpointing")
        return .native(TrainerHandle(trainer, plannedSteps: steps))
    }

    static let builtins: [Builtin] = [
        Builtin("grpo", params, returns: "trainer",
                help: "A GRPO trainer over a dataset (or a list of {\"messages\"|\"prompt\", \"answer\"}). rewards: builtin names\n(accuracy, format, tag_count, cosine, length, …) or fn(completion, example); weights multiply them.\npreset: \"tina-open-rs2\" (and the other Tina recipes) fills every hyperparameter; keywords override.\nAttaches the recipe's LoRA when the model has none. log: JSONL metrics file.",
                example: "let t = grpo(m, ds, rewards: [\"format\", \"accuracy\"], weights: [1, 2], generations: 6, lr: 1e-6)") { a in
            try make(a, resumeFrom: nil)
        },
        Builtin("grpo_resume", [Param("dir", .string)] + params, returns: "trainer",
                help: "A trainer restored from t.save(dir): adapter, optimiser, step, data order and RNG.",
                example: "let t = grpo_resume(\"out/grpo\", m, ds, rewards: [\"format\", \"accuracy\"], weights: [1, 2])") { a in
            try make(a, resumeFrom: try a.string("dir"))
        },
        Builtin("recipe", [Param("name", .string)], returns: "map", help: "A Tina recipe's hyperparameters (see grpo(preset:)).",
                example: "recipe(\"tina-open-rs2\")[\"lr\"]") { a in
            let c = try GRPOConfig.preset(try a.string("name"))
            return try JSONCodec.decode(String(decoding: try JSONEncoder().encode(c), as: UTF8.self))
        },
    ]
}
