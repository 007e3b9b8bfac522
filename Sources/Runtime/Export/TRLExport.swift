import Foundation

/// A session's GRPO trainer as a project for Hugging Face TRL + PEFT + accelerate: `config.yaml`
/// (TRL's `GRPOConfig` and `ModelConfig` plus train.py's own fields, every value explicit),
/// `train.py`, `rewards.py` (the builtin rewards as the project computes them), the TinaScript
/// rewards' script, the session's prompts as `data/train.jsonl`, `accelerate.yaml` (DeepSpeed
/// ZeRO-2, bf16), `launch.sh`, `requirements.txt` and a README.
public struct TRLExport {
    public enum VLLMMode: String, CaseIterable, Sendable { case colocate, server, none }

    public struct Reward: Equatable {
        public var name: String
        public var weight: Double
        /// A TinaScript function of `rewardScript` (else a builtin of rewards.py).
        public var isScript: Bool
        public init(name: String, weight: Double, isScript: Bool) { self.name = name; self.weight = weight; self.isScript = isScript }
    }

    public var config: GRPOConfig
    /// A Hub id or an absolute local path.
    public var model: String
    public var prompts: [DatasetPrompt]
    public var rewards: [Reward]
    /// TinaScript source defining every script reward under its name.
    public var rewardScript: String?
    public var gpus: Int
    public var vllm: VLLMMode
    /// Optimiser steps between checkpoints.
    public var saveSteps: Int
    /// Recompute activations in the backward pass (the session's `checkpointing`).
    public var gradientCheckpointing: Bool
    /// The attached adapter scales by alpha/√r (rsLoRA) rather than alpha/r.
    public var useRslora = false

    public init(config: GRPOConfig, model: String, prompts: [DatasetPrompt], rewards: [Reward], rewardScript: String?,
                gpus: Int, vllm: VLLMMode, saveSteps: Int, gradientCheckpointing: Bool) {
        self.config = config; self.model = model; self.prompts = prompts; self.rewards = rewards; self.rewardScript = rewardScript
        self.gpus = gpus; self.vllm = vllm; self.saveSteps = saveSteps; self.gradientCheckpointing = gradientCheckpointing
    }

    /// TRL's batch settings that keep the session's prompts × generations per optimiser step.
    /// TRL's `per_device_train_batch_size` counts completions; one generation round of
    /// `per_device × processes × steps_per_generation` completions feeds one optimiser step.
    public struct Batching: Equatable {
        public var perDevice: Int
        public var gradientAccumulation: Int
        public var completionsPerStep: Int { perDevice * gradientAccumulation }
    }

    public func batching() throws -> Batching {
        let completions = config.promptsPerStep * config.gradAccum * config.generations
        guard completions % gpus == 0 else {
            throw ExportError.inexpressible("the \(completions) completions of a step (prompts_per_step × grad_accum × generations) do not split over \(gpus) GPUs")
        }
        let perProcess = completions / gpus
        let accumulation = perProcess % config.gradAccum == 0 ? config.gradAccum : 1
        return Batching(perDevice: perProcess / accumulation, gradientAccumulation: accumulation)
    }

    /// Refuses what TRL cannot express, before anything is written.
    public func validate() throws {
        guard gpus >= 1 else { throw ExportError.inexpressible("gpus must be ≥ 1, got \(gpus)") }
        _ = try batching()
        for r in rewards where !r.isScript && BuiltinReward(rawValue: r.name) == nil {
            throw ExportError.inexpressible("reward '\(r.name)' is neither a builtin of rewards.py nor a TinaScript function")
        }
        if rewards.contains(where: \.isScript) && rewardScript == nil {
            throw ExportError.inexpressible("TinaScript rewards without their script")
        }
        if Set(rewards.map(\.name)).count != rewards.count {
            throw ExportError.inexpressible("two rewards share the name '\(rewards.map(\.name).first { n in rewards.filter { $0.name == n }.count > 1 }!)'; TRL logs each under its name")
        }
        if config.samplingCorrection != nil && vllm == .none {
            throw ExportError.inexpressible("sampling_correction corrects vLLM's batches, and the export has vllm: \"none\"")
        }
        _ = try rows()
    }

    /// The session's prompts as train.py reads them: one question and its gold per row.
    func rows() throws -> [(question: String, answer: String)] {
        guard !prompts.isEmpty else { throw ExportError.inexpressible("the trainer has no prompts") }
        let dataSystem = Set(prompts.map { $0.messages.first { $0.role == "system" }?.content })
        if config.systemPrompt == nil && dataSystem.count > 1 {
            throw ExportError.inexpressible("the prompts carry different system messages; train.py sets one system_prompt")
        }
        return try prompts.enumerated().map { i, p in
            let turns = p.messages.filter { $0.role != "system" }
            guard turns.count == 1, turns[0].role == "user" else {
                throw ExportError.inexpressible("prompt \(i) is a conversation of \(turns.count) turns; train.py builds one user turn per row")
            }
            guard p.scorer == .mathVerify || !rewards.contains(where: { $0.name == "accuracy" }) else {
                throw ExportError.inexpressible("prompt \(i) is scored as multiple choice; rewards.py's accuracy is math-verify's")
            }
            return (turns[0].content, p.answer)
        }
    }

    /// The system prompt train.py puts first: the trainer's, else the data's own.
    var systemPrompt: String? {
        if let s = config.systemPrompt { return s.isEmpty ? nil : s }
        return prompts.first?.messages.first { $0.role == "system" }?.content
    }

    // MARK: files

    /// Writes the project into `directory` (refused when it exists and is not empty, unless
    /// `overwrite`); returns the files written.
    @discardableResult
    public func write(to directory: String, overwrite: Bool) throws -> [String] {
        try validate()
        let fm = FileManager.default
        if let existing = try? fm.contentsOfDirectory(atPath: directory), !existing.isEmpty, !overwrite {
            throw ExportError.notEmpty(directory)
        }
        try fm.createDirectory(atPath: directory + "/data", withIntermediateDirectories: true)
        var files: [(String, String)] = [
            ("config.yaml", try configYAML()), ("accelerate.yaml", accelerateYAML()), ("launch.sh", launchScript()),
            ("README.md", try readme()), ("data/train.jsonl", try dataJSONL()),
        ]
        for name in ["train.py", "rewards.py", "requirements.txt"] { files.append((name, try Self.bundled(name))) }
        if let rewardScript { files.append(("rewards.tina", rewardScript)) }
        if vllm == .server { files.append(("vllm-serve.sh", vllmServeScript())) }
        for (name, text) in files { try AtomicFile.write(Data(text.utf8), to: directory + "/" + name) }
        for script in ["launch.sh", "vllm-serve.sh"] where vllm == .server || script == "launch.sh" { chmod(directory + "/" + script, 0o755) }
        return files.map(\.0)
    }

    /// A file of the TRL project shipped with tina-repl (Sources/Runtime/Export/TRL).
    static func bundled(_ name: String) throws -> String {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "TRL"),
              let text = try? String(contentsOf: url, encoding: .utf8) else {
            throw ExportError.missingResource(name)
        }
        return text
    }

    func dataJSONL() throws -> String {
        try rows().map { row in
            let data = try JSONSerialization.data(withJSONObject: ["question": row.question, "answer": row.answer], options: [.sortedKeys])
            return String(decoding: data, as: UTF8.self) + "\n"
        }.joined()
    }

    /// Every setting, in TRL's names (`TRLExport.settings` documents where each comes from).
    public func settings() throws -> [(section: String, key: String, value: YAMLValue)] {
        let c = config, b = try batching()
        let schedule: String
        switch c.schedule.kind {
        case .constant: schedule = c.schedule.warmupRatio > 0 ? "constant_with_warmup" : "constant"
        case .linear: schedule = "linear"
        case .cosine: schedule = "cosine"
        case .cosineWithMinLR: schedule = "cosine_with_min_lr"
        }
        let horizon = c.schedule.totalSteps ?? c.stopStep ?? 100
        var out: [(String, String, YAMLValue)] = [
            ("model", "model_name_or_path", .string(model)),
            ("model", "dtype", .string("bfloat16")),
            ("model", "use_peft", .bool(true)),
            ("model", "lora_r", .int(c.lora.rank)),
            ("model", "lora_alpha", .int(Int(c.lora.alpha))),
            ("model", "lora_dropout", .float(c.lora.dropout)),
            ("model", "lora_target_modules", .list(c.lora.targets.map(YAMLValue.string))),
            ("model", "use_rslora", .bool(useRslora)),
            ("training", "output_dir", .string("output")),
            ("training", "seed", .int(c.seed)),
            ("training", "learning_rate", .float(c.lr)),
            ("training", "lr_scheduler_type", .string(schedule)),
            ("training", "lr_scheduler_kwargs", .map(c.schedule.kind == .cosineWithMinLR ? [("min_lr_rate", .float(c.schedule.minLRRate ?? 0))] : [])),
            ("training", "warmup_steps", .float(c.schedule.warmupRatio)),
            ("training", "max_steps", .int(horizon)),
            ("training", "num_generations", .int(c.generations)),
            ("training", "per_device_train_batch_size", .int(b.perDevice)),
            ("training", "gradient_accumulation_steps", .int(b.gradientAccumulation)),
            ("training", "steps_per_generation", .int(b.gradientAccumulation)),
            ("training", "num_iterations", .int(c.iterations)),
            ("training", "max_completion_length", .int(c.maxCompletionTokens)),
            ("training", "temperature", .float(c.temperature)),
            ("training", "top_p", .float(c.topP)),
            ("training", "beta", .float(c.beta)),
            ("training", "epsilon", .float(c.epsilon)),
            ("training", "epsilon_high", .float(c.epsilonHigh)),
            ("training", "loss_type", .string(c.lossType.rawValue)),
            ("training", "scale_rewards", .string(c.scaleRewards.rawValue)),
            ("training", "mask_truncated_completions", .bool(c.maskTruncated)),
            ("training", "use_bias_correction_kl", .bool(true)),
            ("training", "max_grad_norm", .float(c.maxGradNorm)),
            ("training", "reward_weights", .list(rewards.map { .float($0.weight) })),
            ("training", "optim", .string("adamw_torch")),
            ("training", "adam_beta1", .float(0.9)),
            ("training", "adam_beta2", .float(0.999)),
            ("training", "adam_epsilon", .float(1e-8)),
            ("training", "weight_decay", .float(0)),
            ("training", "bf16", .bool(true)),
            ("training", "activation_checkpointing", .bool(gradientCheckpointing)),
            ("training", "logging_steps", .int(1)),
            ("training", "save_strategy", .string("steps")),
            ("training", "save_steps", .int(saveSteps)),
            ("training", "report_to", .string("none")),
            ("training", "use_vllm", .bool(vllm != .none)),
            ("training", "vllm_mode", .string(vllm == .server ? "server" : "colocate")),
            ("training", "vllm_gpu_memory_utilization", .float(0.4)),
            ("training", "vllm_importance_sampling_correction", .bool(c.samplingCorrection != nil)),
        ]
        if let s = c.samplingCorrection {
            out.append(("training", "vllm_importance_sampling_mode", .string(s.mode.rawValue)))
            out.append(("training", "vllm_importance_sampling_clip_max", s.max.map(YAMLValue.float) ?? .null))
            out.append(("training", "vllm_importance_sampling_clip_min", s.min.map(YAMLValue.float) ?? .null))
        }
        out += [
            ("tina", "dataset_files", .list([.string("data/train.jsonl")])),
            ("tina", "dataset_split", .string("train")),
            ("tina", "question_column", .string("question")),
            ("tina", "answer_column", .string("answer")),
            ("tina", "wrap_answer_in_math", .bool(false)),
            ("tina", "system_prompt", systemPrompt.map(YAMLValue.string) ?? .null),
            ("tina", "max_prompt_tokens", .int(c.maxPromptTokens)),
            ("tina", "stop_step", c.stopStep.map(YAMLValue.int) ?? .null),
            ("tina", "reward_funcs", .list(rewards.map { .string($0.name) })),
            ("tina", "tina_reward_script", rewardScript == nil ? .null : .string("rewards.tina")),
            ("tina", "tina_rewards", .list(rewards.filter(\.isScript).map { .string($0.name) })),
            ("tina", "cosine_min_value_wrong", .float(c.cosine.minValueWrong)),
            ("tina", "cosine_max_value_wrong", .float(c.cosine.maxValueWrong)),
            ("tina", "cosine_min_value_correct", .float(c.cosine.minValueCorrect)),
            ("tina", "cosine_max_value_correct", .float(c.cosine.maxValueCorrect)),
            ("tina", "cosine_max_len", .int(c.cosine.maxLength)),
            ("tina", "repetition_n_grams", .int(c.repetitionNgramSize)),
            ("tina", "repetition_max_penalty", .float(c.repetitionMaxPenalty)),
        ]
        return out
    }

    public func configYAML() throws -> String {
        let titles = ["model": "ModelConfig (PEFT LoRA)", "training": "GRPOConfig", "tina": "train.py's own fields: data, prompt, rewards"]
        var text = "# Written by tina-repl's t.export from the session's trainer\(config.preset.map { " (preset \($0))" } ?? "");\n"
            + "# TrlParser reads it: python train.py --config config.yaml [--key value …]\n"
        var section = ""
        for (s, key, value) in try settings() {
            if s != section { text += "\n# \(titles[s]!)\n"; section = s }
            text += "\(key): \(value.yaml)\n"
        }
        return text
    }

    func accelerateYAML() -> String {
        """
        # accelerate launch --config_file accelerate.yaml: DeepSpeed ZeRO-2 in bf16, one process per GPU (as Tina ran).
        # gradient_accumulation_steps and gradient_clipping come from config.yaml through the Trainer.
        compute_environment: LOCAL_MACHINE
        distributed_type: DEEPSPEED
        deepspeed_config:
          zero_stage: 2
          offload_optimizer_device: none
          offload_param_device: none
          zero3_init_flag: false
        downcast_bf16: 'no'
        machine_rank: 0
        main_training_function: main
        mixed_precision: bf16
        num_machines: 1
        num_processes: \(gpus)
        rdzv_backend: static
        same_network: true
        use_cpu: false

        """
    }

    func launchScript() -> String {
        var text = """
        #!/usr/bin/env bash
        # Runs the exported GRPO recipe on \(gpus) GPU(s); extra arguments override config.yaml (--max_steps 2 …).
        set -euo pipefail
        cd "$(dirname "$0")"

        """
        if vllm == .server { text += "# vLLM in server mode: start ./vllm-serve.sh first (on a GPU of its own).\n" }
        text += "accelerate launch --config_file accelerate.yaml --num_processes \(gpus) train.py --config config.yaml \"$@\"\n"
        return text
    }

    /// TRL's generation server for `vllm_mode: server`, on the GPU after the training ones.
    func vllmServeScript() -> String {
        """
        #!/usr/bin/env bash
        # TRL's vLLM server for vllm_mode: server, on the GPU after the \(gpus) training GPU(s); start it before ./launch.sh.
        set -euo pipefail
        CUDA_VISIBLE_DEVICES="${CUDA_VISIBLE_DEVICES:-\(gpus)}" exec trl vllm-serve --model \(model) "$@"

        """
    }

    func readme() throws -> String {
        let b = try batching(), c = config
        let prompts = c.promptsPerStep * c.gradAccum
        var text = """
        # GRPO + LoRA with TRL, exported from a tina-repl session

        The session's trainer\(c.preset.map { " (preset `\($0)`)" } ?? "") as a TRL \("1.16") project. Every setting is
        in `config.yaml`; `train.py` reads it with `TrlParser`, builds the prompts from `data/train.jsonl` (the
        session's \(self.prompts.count) prompts), scores with `rewards.py`\(rewardScript == nil ? "" : " and, for the TinaScript rewards, with `tina-repl --rewards rewards.tina` (one process per rank; set `TINA_REPL` when tina-repl is not on PATH)") and trains the LoRA adapter with `GRPOTrainer`.

        ## Run

        ```sh
        pip install -r requirements.txt
        ./launch.sh                      # accelerate + DeepSpeed ZeRO-2 on \(gpus) GPU(s)
        python train.py --config config.yaml --max_steps 2 --use_vllm false --bf16 false --use_cpu true   # CPU check
        ```

        A rerun resumes from the last `output/checkpoint-N`. Read the run back in the session:
        `let run = trl_run("\("output")")`, `run.metrics`, `run.plot("reward", "reward.png")`, and
        `m.load_adapter(run.checkpoints[-1])`.

        ## Batch sizes

        The session takes \(prompts) prompts × \(c.generations) generations = \(prompts * c.generations) completions per optimiser step.
        TRL's `per_device_train_batch_size` counts completions, and one generation round of
        `per_device × processes × steps_per_generation` completions (divisible by `num_generations`) feeds
        one optimiser step: here \(b.perDevice) × \(gpus) × \(b.gradientAccumulation) = \(b.perDevice * gpus * b.gradientAccumulation).
        Change `gpus` in the session's export, not these numbers by hand, to keep the step the same.

        ## vLLM

        """
        switch vllm {
        case .colocate:
            text += "`use_vllm: true`, `vllm_mode: colocate`: vLLM shares each GPU at `vllm_gpu_memory_utilization: 0.4`, as Tina ran.\n"
        case .server:
            text += "`vllm_mode: server`: start `./vllm-serve.sh` (`trl vllm-serve --model \(model)`) on a GPU of its own before `./launch.sh`.\n"
        case .none:
            text += "`use_vllm: false`: TRL samples with transformers' generate.\n"
        }
        text += "See requirements.txt for the vLLM version that fits these pins.\n"
        return text
    }
}

public enum ExportError: Error, CustomStringConvertible {
    case inexpressible(String)
    case notEmpty(String)
    case missingResource(String)

    public var description: String {
        switch self {
        case .inexpressible(let why): return "export: TRL cannot express this: \(why)"
        case .notEmpty(let dir): return "export: \(dir) exists and is not empty (overwrite: true replaces its files)"
        case .missingResource(let name): return "export: \(name) is missing from tina-repl's installation (its resource bundle)"
        }
    }
}

/// A value in config.yaml, written so that YAML reads it back as the same type (`1.0e-06`, not
/// `1e-6`, which YAML 1.1 reads as a string).
public indirect enum YAMLValue: Equatable {
    case null, bool(Bool), int(Int), float(Double), string(String), list([YAMLValue]), map([(String, YAMLValue)])

    public static func == (a: YAMLValue, b: YAMLValue) -> Bool { a.yaml == b.yaml }

    public var yaml: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .float(let d): return Self.float(d)
        case .string(let s):
            let data = try! JSONSerialization.data(withJSONObject: s, options: [.fragmentsAllowed, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) // a JSON string is a YAML double-quoted scalar
        case .list(let items): return "[" + items.map(\.yaml).joined(separator: ", ") + "]"
        case .map(let entries): return "{" + entries.map { "\($0): \($1.yaml)" }.joined(separator: ", ") + "}"
        }
    }

    static func float(_ d: Double) -> String {
        guard d.isFinite else { return d.isNaN ? ".nan" : (d > 0 ? ".inf" : "-.inf") }
        let s = "\(d)"
        guard let e = s.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return s.contains(".") ? s : s + ".0" }
        let mantissa = s[..<e], exponent = s[s.index(after: e)...]
        let sign = exponent.hasPrefix("-") ? "-" : "+"
        let digits = exponent.drop { $0 == "-" || $0 == "+" }
        return (mantissa.contains(".") ? String(mantissa) : mantissa + ".0") + "e" + sign + (digits.count < 2 ? "0" : "") + digits
    }
}
