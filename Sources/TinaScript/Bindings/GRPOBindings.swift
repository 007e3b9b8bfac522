import Foundation
import Runtime

enum GRPOBindings {
    /// The keywords: the data and rewards, every hyperparameter of `GRPOConfig.keywords` (nil keeps
    /// the preset's, or the default, value), then what the trainer does around the steps.
    static let params: [Param] = [
        Param("model", .native("model"), doc: doc["model"]), Param("dataset", .oneOf([.native("dataset"), .list]), doc: doc["dataset"]),
        Param("rewards", .orNil(.list), default: .null, doc: doc["rewards"]), Param("weights", .orNil(.list), default: .null, doc: doc["weights"]),
        Param("preset", .orNil(.string), default: .null, doc: doc["preset"]),
    ] + GRPOConfig.keywords.map { Param($0.name, .orNil(paramType($0.kind)), default: .null, doc: doc[$0.name]) }
      + [Param("checkpoint_every", .orNil(.int), default: .null, doc: doc["checkpoint_every"])]
      + ["reference", "log", "checkpoint_dir"].map { Param($0, .orNil(.string), default: .null, doc: doc[$0]) }
      + [Param("checkpointing", .bool, default: .bool(false), doc: doc["checkpointing"]),
         Param("rollouts", .orNil(.native("remote_model")), default: .null, doc: doc["rollouts"]),
         Param("sync_dir", .orNil(.string), default: .null, doc: doc["sync_dir"]),
         Param("continue_on_sync_failure", .bool, default: .bool(false), doc: doc["continue_on_sync_failure"]),
         Param("sync_mode", .string, default: .string("inplace"), doc: doc["sync_mode"])]

    static func paramType(_ kind: GRPOConfig.Keyword.Kind) -> ParamType {
        switch kind {
        case .int: return .int
        case .double: return .float
        case .string: return .string
        case .bool: return .bool
        }
    }

    /// One line each for `help(grpo)`.
    static let doc: [String: String] = [
        "model": "the policy; its LoRA adapter is what learns",
        "dataset": "a dataset or a list of {\"messages\"|\"prompt\", \"answer\"}",
        "rewards": "builtin reward names or fn(completion, example)",
        "weights": "one multiplier per reward",
        "preset": "a Tina recipe that fills every hyperparameter",
        "steps": "where t.run() stops",
        "generations": "completions per prompt (G)",
        "prompts_per_step": "prompts sampled per optimiser step",
        "max_prompt_tokens": "longer prompts are cut from the left",
        "max_completion_tokens": "generation stops here (truncated)",
        "iterations": "optimiser steps per sampled batch (μ)",
        "grad_accum": "micro-batches per optimiser step",
        "seed": "sampling, data order and LoRA initialisation",
        "checkpoint_every": "a checkpoint every n steps",
        "temperature": "sampling temperature",
        "top_p": "nucleus sampling",
        "lr": "peak learning rate",
        "beta": "KL coefficient (0: no reference pass)",
        "epsilon": "lower clip of the ratio",
        "epsilon_high": "upper clip (DAPO's clip-higher)",
        "max_grad_norm": "gradient clipping",
        "warmup_ratio": "share of the steps that warm up",
        "min_lr_rate": "floor of cosine_with_min_lr, a share of lr",
        "sampling_correction_max": "upper bound of the importance ratio",
        "sampling_correction_min": "lower bound of the importance ratio",
        "schedule": "constant, linear, cosine or cosine_with_min_lr",
        "loss_type": "grpo, bnpo, dr_grpo or dapo",
        "scale_rewards": "group, batch or none",
        "system_prompt": "prepended to each prompt's messages",
        "reference": "\"initial\" or \"base\" (the adapter disabled)",
        "log": "JSONL metrics file",
        "checkpoint_dir": "where checkpoint_every saves",
        "sampling_correction": "TRL's importance-sampling correction for server batches",
        "mask_truncated": "truncated completions leave the loss",
        "checkpointing": "gradient checkpointing (less memory, slower)",
        "rollouts": "a remote_model that samples each batch",
        "sync_dir": "where the adapter is saved for the server",
        "continue_on_sync_failure": "sample with a stale adapter rather than stop",
        "sync_mode": "inplace or rename",
    ]

    /// The Tina-Open-RS2 value of a parameter, for `help(grpo)`: top level, else inside a nested map.
    static func recipeNote(_ name: String) -> String? {
        guard let recipe = try? JSONCodec.value(encoding: GRPOConfig.preset("tina-open-rs2")), case .map(let map) = recipe else { return nil }
        let value = map[name] ?? map.values.lazy.compactMap { if case .map(let inner) = $0 { return inner[name] } else { return nil } }.first
        guard let value, !value.isContainer, name != "system_prompt" else { return nil }
        return "tina-open-rs2: \(value.repr)"
    }

    /// The hyperparameter keywords that were given.
    static func keywordArguments(_ a: Arguments) throws -> [String: GRPOConfig.KeywordValue] {
        var out: [String: GRPOConfig.KeywordValue] = [:]
        for keyword in GRPOConfig.keywords {
            let v = try a[keyword.name]
            if v.isNil { continue }
            switch keyword.kind {
            case .int: out[keyword.name] = .int(try v.asInt(keyword.name))
            case .double: out[keyword.name] = .double(try v.asDouble(keyword.name))
            case .string: out[keyword.name] = .string(try v.asString(keyword.name))
            case .bool: out[keyword.name] = .bool(try v.asBool(keyword.name))
            }
        }
        return out
    }

    /// The saved configuration with the given keywords applied; a seed or preset is refused (the
    /// checkpoint's generators and hyperparameters stand). Returns it and a line naming each change.
    static func resumedConfig(_ a: Arguments, saved: GRPOConfig) throws -> (GRPOConfig, String?) {
        for key in ["seed", "preset"] where !(try a[key]).isNil {
            throw ScriptError.fail("grpo_resume: \(key) cannot change on resume (the checkpoint's random state and hyperparameters are restored); "
                                   + "give the hyperparameters to change by name, e.g. lr: 1e-5")
        }
        let c = try saved.applying(try keywordArguments(a))
        try c.validate()
        let changes = try c.changes(from: saved)
        return (c, changes.isEmpty ? nil : "grpo_resume: overriding " + changes.joined(separator: ", "))
    }

    /// Reward functions: builtin names or TinaScript `fn(completion, example)`, with weights; and
    /// the TinaScript ones by name (what `t.export` writes out).
    static func rewards(_ a: Arguments, config: inout GRPOConfig) throws -> ([GRPOReward], [(name: String, function: ScriptFunction)]) {
        guard let list = try a.optional("rewards", { try $0.asList($1) }) else {
            return (try config.rewards.map { try GRPOReward.builtin($0.name, weight: $0.weight, config: config) }, [])
        }
        let weights = try a.optional("weights") { try $0.asDoubles($1) } ?? Array(repeating: 1, count: list.items.count)
        guard weights.count == list.items.count else {
            throw ScriptError.fail("grpo: \(list.items.count) rewards but \(weights.count) weights")
        }
        var out: [GRPOReward] = [], scripts: [(name: String, function: ScriptFunction)] = []
        for (i, (item, w)) in zip(list.items, weights).enumerated() {
            switch item {
            case .string(let name):
                out.append(try GRPOReward.builtin(name, weight: w, config: config))
            case .function(let f):
                let interpreter = a.interpreter
                scripts.append((f.name, f))
                out.append(GRPOReward(name: f.name, weight: w) { completions, prompts in
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
        return (out, scripts)
    }

    /// Prompts from a dataset (`seed` orders multiple-choice answers) or a list of example maps:
    /// "messages" (chat turns, as they are) or the question under one of the dataset's question
    /// names (problem, question, prompt); "answer"; "scorer" optional ("math-verify" or "multiple-choice").
    static func prompts(_ v: Value, seed: UInt64 = 0) throws -> ([DatasetPrompt], String) {
        if case .native(let h) = v, let d = h as? DatasetHandle { return (try d.dataset.toPrompts(seed: seed), d.dataset.source) }
        let items = try v.asMaps("dataset")
        return (try items.enumerated().map { i, m in
            guard let answer = m["answer"] else { throw ScriptError.fail("dataset[\(i)] has no \"answer\"") }
            var scorer = EvalScorer.mathVerify
            if let name = m["scorer"], !name.isNil { scorer = try EvalScorer(named: try name.asString("dataset[\(i)][\"scorer\"]")) }
            let gold = try answer.asString("dataset[\(i)][\"answer\"]")
            if let msgs = m["messages"] {
                let messages = try msgs.asMaps("dataset[\(i)][\"messages\"]").map {
                    DatasetPrompt.Message(role: try ($0["role"] ?? .null).asString("role"), content: try ($0["content"] ?? .null).asString("content"))
                }
                return DatasetPrompt(messages: messages, answer: gold, row: i, scorer: scorer)
            }
            guard let field = DatasetPrompt.questionFields.first(where: { m[$0] != nil }), let question = m[field] else {
                throw ScriptError.fail("dataset[\(i)] needs \"messages\" or \"prompt\"")
            }
            return DatasetPrompt(system: nil, user: try question.asString("dataset[\(i)][\"\(field)\"]"), answer: gold, row: i, scorer: scorer)
        }, "prompts")
    }

    static func make(_ a: Arguments, resumeFrom dir: String?) throws -> Value {
        let h = try a.native("model", as: ModelHandle.self)
        let tok = try h.requireTokenizer("grpo")
        let (prompts, source) = try prompts(try a["dataset"])
        let trainer: GRPOTrainer
        var rewardFns: [GRPOReward], scriptRewards: [(name: String, function: ScriptFunction)]
        if let dir {
            if let note = try TrainingState.recover(dir) { a.write(note + "\n") }
            if !(try a["reference"]).isNil { throw ScriptError.fail("grpo_resume: the reference policy is restored from the checkpoint") }
            var (config, note) = try resumedConfig(a, saved: try GRPOTrainer.savedConfig(directory: dir))
            if let note { a.write(note + "\n") }
            (rewardFns, scriptRewards) = try rewards(a, config: &config)
            trainer = try GRPOTrainer.resume(directory: dir, model: h.model, tokenizer: tok, config: config, prompts: prompts,
                                             rewards: rewardFns, totalSteps: config.schedule.totalSteps ?? 100)
        } else {
            var config = try GRPOConfig.forNewRun(preset: try a.optional("preset") { try $0.asString($1) }, dataset: source,
                                                  keywords: try keywordArguments(a))
            (rewardFns, scriptRewards) = try rewards(a, config: &config)
            let reference = try a.optional("reference") { v, k -> GRPOReference in
                let name = try v.asString(k)
                guard let r = GRPOReference(rawValue: name) else {
                    throw ScriptError.fail("grpo: reference must be \(GRPOReference.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: " or ")), got \"\(name)\"")
                }
                return r
            } ?? .initial
            trainer = try GRPOTrainer(model: h.model, tokenizer: tok, config: config, prompts: prompts, rewards: rewardFns,
                                      totalSteps: config.schedule.totalSteps ?? 100, reference: reference)
        }
        trainer.logPath = try a.optional("log") { try $0.asString($1) }
        trainer.checkpointEvery = try a.optional("checkpoint_every") { try $0.asInt($1) }
        trainer.checkpointDir = try a.optional("checkpoint_dir") { try $0.asString($1) } ?? "checkpoints"
        trainer.checkpointing = try a.bool("checkpointing")
        if let server = try a.optional("rollouts", { try $0.asNative(RemoteHandle.self, $1) }) {
            let remote = try RemoteRollouts(server: server.remote, directory: try a.optional("sync_dir") { try $0.asString($1) })
            remote.continueOnSyncFailure = try a.bool("continue_on_sync_failure")
            switch try a.string("sync_mode") {
            case "inplace": remote.inPlace = true
            case "rename": remote.inPlace = false
            case let other: throw ScriptError.fail("grpo: sync_mode must be \"inplace\" or \"rename\", got \"\(other)\"")
            }
            trainer.remote = remote
        }
        return .native(TrainerHandle(trainer, plannedSteps: trainer.config.plannedSteps, modelSource: h.source, scriptRewards: scriptRewards))
    }

    static let builtins: [Builtin] = [
        Builtin("grpo", params, returns: "trainer",
                help: "A GRPO trainer over a dataset (or a list of {\"messages\"|\"prompt\", \"answer\"}). rewards: builtin names\n(accuracy, format, tag_count, cosine, length, …) or fn(completion, example); weights multiply them.\npreset: \"tina-open-rs2\" (and the other Tina recipes) fills every hyperparameter; keywords override.\nsteps: where t.run() stops (the recipe's stop_step; default: the preset's, else 100). The lr schedule runs\nover the preset's total_steps, else over steps.\nAttaches the recipe's LoRA when the model has none (else trains the attached one). reference: \"initial\"\n(default, as TRL: the policy the trainer starts from; a frozen copy of a loaded or trained adapter) or\n\"base\" (the adapter disabled). Optimiser: AdamW betas (0.9, 0.999), eps 1e-8, no weight decay.\nlog: JSONL metrics file. rollouts: a remote_model that samples each batch (the adapter is saved to sync_dir,\ndefault a temporary folder the server must also see, and loaded in place before every round; a failed sync\nstops the step unless continue_on_sync_failure; sync_mode \"rename\" loads each version under a new name and\nunloads the previous); metrics then add adapter_version, time/sync and sampling_logp_diff (start vLLM with\n--logprobs-mode processed_logprobs for it to measure drift alone). sampling_correction: TRL's\nvllm_importance_sampling_correction for server batches (token_truncate, token_mask, sequence_truncate,\nsequence_mask; bounds sampling_correction_max 3.0, sampling_correction_min none).",
                example: "let t = grpo(m, ds, rewards: [\"format\", \"accuracy\"], weights: [1, 2], generations: 6, lr: 1e-6)",
                parameterNote: recipeNote) { a in
            try make(a, resumeFrom: nil)
        },
        Builtin("grpo_resume", [Param("dir", .string)] + params, returns: "trainer",
                help: "A trainer restored from t.save(dir): adapter, optimiser, step, data order, RNGs and reference policy.\nKeywords given override the saved hyperparameters (each change is printed); seed and preset are refused.\nA checkpoint left half-replaced by a killed save is recovered first.",
                example: "let t = grpo_resume(\"out/grpo\", m, ds, rewards: [\"format\", \"accuracy\"], weights: [1, 2])") { a in
            try make(a, resumeFrom: try a.string("dir"))
        },
        Builtin("recipe", [Param("name", .string)], returns: "map", help: "A Tina recipe's hyperparameters (see grpo(preset:)).",
                example: "recipe(\"tina-open-rs2\")[\"lr\"]") { a in
            let c = try GRPOConfig.preset(try a.string("name"))
            return try JSONCodec.value(encoding: c)
        },
    ]
}
