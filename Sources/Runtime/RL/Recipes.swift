import Foundation

/// A preset name or a configuration value that cannot be used.
public enum RecipeError: Error, CustomStringConvertible, Equatable {
    case unknownPreset(String, known: [String])
    /// A hyperparameter out of range; the message names it and its value.
    case invalid(String)

    public var description: String {
        switch self {
        case .unknownPreset(let name, let known):
            return "unknown GRPO preset \"\(name)\"; known presets: \(known.joined(separator: ", "))"
        case .invalid(let message): return "invalid GRPO configuration: \(message)"
        }
    }
}

/// The system prompts Tina trains with (tina/utils/prompt.py), verbatim.
public enum TinaSystemPrompts {
    /// open-r1's prompt (from its DeepSeek-R1-Distill-Qwen-1.5B recipe), used for every
    /// dataset except open-rs.
    public static let openR1 = "\nYou are a helpful AI Assistant that provides well-reasoned and detailed responses.\nYou first think about the reasoning process as an internal monologue and then provide the user with the answer.\nRespond in the following format: <think>\n...\n</think>\n<answer>\n...\n</answer>\n"

    /// knoveleng/open-rs's prompt, used for the open-rs / open-s1 datasets. The doubled
    /// braces are in the source string (it is never `format`-ted).
    public static let openRS = "\nA conversation between User and Assistant. The user asks a question, and the Assistant solves it.\nThe assistant first thinks about the reasoning process in the mind and then provides the user with the answer, and put your final answer within \\boxed{{}} .\nThe reasoning process and answer are enclosed within <think> </think> and <answer> </answer> tags, respectively, \ni.e., <think> reasoning process here </think> <answer> answer here </answer>.\nNote that respond by English, NOT use other languages.\n"
}

/// Every hyperparameter of a GRPO run (the `grpo` builtin's keyword arguments), with
/// Tina's recipes as presets. Encoded with the builtin's snake_case names.
public struct GRPOConfig: Codable, Equatable, Sendable {
    public typealias LossType = GRPOLossType

    public typealias ScheduleKind = LRSchedule.Kind

    /// Learning-rate schedule: warmup over `warmupRatio` of `totalSteps`, then `kind`;
    /// `minLRRate` is the floor of `cosine_with_min_lr` as a fraction of the peak.
    public struct Schedule: Codable, Equatable, Sendable {
        public var kind: ScheduleKind
        public var warmupRatio: Double
        public var minLRRate: Double?
        /// The horizon of the schedule (`max_steps`), nil = one epoch of the dataset.
        public var totalSteps: Int?

        public init(kind: ScheduleKind, warmupRatio: Double, minLRRate: Double?, totalSteps: Int?) {
            self.kind = kind
            self.warmupRatio = warmupRatio
            self.minLRRate = minLRRate
            self.totalSteps = totalSteps
        }

        enum CodingKeys: String, CodingKey {
            case kind, warmupRatio = "warmup_ratio", minLRRate = "min_lr_rate", totalSteps = "total_steps"
        }
    }

    public struct LoRA: Codable, Equatable, Sendable {
        public var rank: Int
        public var alpha: Double
        public var dropout: Double
        public var targets: [String]

        public init(rank: Int, alpha: Double, dropout: Double, targets: [String]) {
            self.rank = rank
            self.alpha = alpha
            self.dropout = dropout
            self.targets = targets
        }
    }

    /// A reward function by name and its weight in the sum.
    public struct Reward: Codable, Equatable, Sendable {
        public var name: String
        public var weight: Double

        public init(_ name: String, weight: Double) {
            self.name = name
            self.weight = weight
        }
    }

    /// The preset this came from, if any.
    public var preset: String?
    /// Hugging Face dataset id, and its configuration name if it has several.
    public var dataset: String
    public var datasetConfig: String?
    /// Completions sampled per prompt (G).
    public var generations: Int
    /// Prompts per generation round (one micro-step; `gradAccum` of them make an
    /// optimiser step).
    public var promptsPerStep: Int
    public var maxPromptTokens: Int
    public var maxCompletionTokens: Int
    public var temperature: Double
    public var topP: Double
    public var lr: Double
    public var schedule: Schedule
    /// The step at which the run stops (`t.run()`'s goal), when it stops before the schedule's end.
    public var stopStep: Int?
    /// KL coefficient (0 skips the reference pass).
    public var beta: Double
    public var epsilon: Double
    public var epsilonHigh: Double
    public var lossType: LossType
    public var scaleRewards: RewardScaling
    /// Optimisation passes over each generated batch.
    public var iterations: Int
    /// Drop completions that never reached EOS from the loss.
    public var maskTruncated: Bool
    public var gradAccum: Int
    public var maxGradNorm: Double
    public var systemPrompt: String?
    public var seed: Int
    public var lora: LoRA
    public var rewards: [Reward]
    /// Parameters of the `cosine` and `repetition_penalty` rewards.
    public var cosine: LengthRewards.CosineConfig
    public var repetitionNgramSize: Int
    public var repetitionMaxPenalty: Double
    /// Importance-sampling correction of batches a server sampled (nil: none).
    public var samplingCorrection: SamplingCorrection?

    enum CodingKeys: String, CodingKey {
        case preset, dataset, datasetConfig = "dataset_config", generations, promptsPerStep = "prompts_per_step"
        case maxPromptTokens = "max_prompt_tokens", maxCompletionTokens = "max_completion_tokens"
        case temperature, topP = "top_p", lr, schedule, stopStep = "stop_step", beta, epsilon
        case epsilonHigh = "epsilon_high", lossType = "loss_type", scaleRewards = "scale_rewards", iterations
        case maskTruncated = "mask_truncated", gradAccum = "grad_accum", maxGradNorm = "max_grad_norm"
        case systemPrompt = "system_prompt", seed, lora, rewards, cosine
        case repetitionNgramSize = "repetition_ngram_size", repetitionMaxPenalty = "repetition_max_penalty"
        case samplingCorrection = "sampling_correction"
    }

    /// TRL's `vllm_importance_sampling_correction`: where a server sampled the batch with a policy
    /// that differs from the local one (another dtype or kernels), each token's policy term is
    /// weighted by exp(logp_old − logp_server), per token or for the whole sequence (the sum of the
    /// differences), clamped to [min, max] (`truncate`) or zeroed outside it (`mask`).
    public struct SamplingCorrection: Codable, Equatable, Sendable {
        public enum Mode: String, Codable, CaseIterable, Sendable {
            case tokenTruncate = "token_truncate", tokenMask = "token_mask"
            case sequenceTruncate = "sequence_truncate", sequenceMask = "sequence_mask"
        }
        public var mode: Mode
        public var max: Double?
        public var min: Double?

        /// TRL's defaults: clip_max 3.0, no lower bound.
        public init(mode: Mode, max: Double? = 3.0, min: Double? = nil) { self.mode = mode; self.max = max; self.min = min }

        /// The weights of a completion's tokens from the policy's and the server's log-probs
        /// (a server's missing log-prob counts as no difference, as TRL's NaN → 0).
        public func weights(policy: [Float], server: [Float]) -> [Float] {
            let diffs = zip(policy, server).map { p, s in s.isFinite ? Double(p - s) : 0 }
            let perSequence = mode == .sequenceTruncate || mode == .sequenceMask
            let ratios = perSequence ? Array(repeating: exp(diffs.reduce(0, +)), count: diffs.count) : diffs.map { exp($0) }
            return ratios.map { r in
                switch mode {
                case .tokenTruncate, .sequenceTruncate:
                    return Float(Swift.min(Swift.max(r, min ?? -.infinity), max ?? .infinity))
                case .tokenMask, .sequenceMask:
                    return r < (min ?? -.infinity) || r > (max ?? .infinity) ? 0 : Float(r)
                }
            }
        }
    }

    /// A configuration with the defaults of the trainer Tina forks (TRL's GRPOConfig and
    /// transformers' TrainingArguments of that version; Tina's reward parameters).
    public init(dataset: String, generations: Int = 8, promptsPerStep: Int = 1, maxPromptTokens: Int = 512,
                maxCompletionTokens: Int = 256, temperature: Double = 0.9, topP: Double = 1.0, lr: Double = 1e-6,
                schedule: Schedule = Schedule(kind: .linear, warmupRatio: 0, minLRRate: nil, totalSteps: nil),
                stopStep: Int? = nil, beta: Double = 0.04, epsilon: Double = 0.2, epsilonHigh: Double = 0.2,
                lossType: LossType = .grpo, scaleRewards: RewardScaling = .group, iterations: Int = 1,
                maskTruncated: Bool = false, gradAccum: Int = 1, maxGradNorm: Double = 1.0, systemPrompt: String? = nil,
                seed: Int = 42, lora: LoRA = LoRA(rank: 32, alpha: 128, dropout: 0.05, targets: LoRAConfig.allTargets),
                rewards: [Reward] = [Reward("accuracy", weight: 2.0), Reward("format", weight: 1.0)],
                cosine: LengthRewards.CosineConfig = .tina, repetitionNgramSize: Int = 3, repetitionMaxPenalty: Double = -1.0,
                preset: String? = nil) {
        self.preset = preset
        self.dataset = dataset
        self.datasetConfig = nil
        self.generations = generations
        self.promptsPerStep = promptsPerStep
        self.maxPromptTokens = maxPromptTokens
        self.maxCompletionTokens = maxCompletionTokens
        self.temperature = temperature
        self.topP = topP
        self.lr = lr
        self.schedule = schedule
        self.stopStep = stopStep
        self.beta = beta
        self.epsilon = epsilon
        self.epsilonHigh = epsilonHigh
        self.lossType = lossType
        self.scaleRewards = scaleRewards
        self.iterations = iterations
        self.maskTruncated = maskTruncated
        self.gradAccum = gradAccum
        self.maxGradNorm = maxGradNorm
        self.systemPrompt = systemPrompt
        self.seed = seed
        self.lora = lora
        self.rewards = rewards
        self.cosine = cosine
        self.repetitionNgramSize = repetitionNgramSize
        self.repetitionMaxPenalty = repetitionMaxPenalty
    }

    /// Checks ranges and consistency; the message names the offending hyperparameter.
    public func validate() throws {
        func check(_ ok: Bool, _ message: @autoclosure () -> String) throws {
            if !ok { throw RecipeError.invalid(message()) }
        }
        if let c = samplingCorrection {
            try check((c.max ?? .infinity) > (c.min ?? 0) && (c.min ?? 0) >= 0,
                      "sampling_correction bounds [\(c.min ?? 0), \(c.max ?? .infinity)] must be an interval of ratios ≥ 0")
        }
        try check(generations >= 2, "generations \(generations) must be at least 2 (advantages need a group std)")
        try check(promptsPerStep >= 1, "prompts_per_step \(promptsPerStep) must be positive")
        try check(maxPromptTokens >= 1, "max_prompt_tokens \(maxPromptTokens) must be positive")
        try check(maxCompletionTokens >= 1, "max_completion_tokens \(maxCompletionTokens) must be positive")
        try check(temperature > 0, "temperature \(temperature) must be positive")
        try check(topP > 0 && topP <= 1, "top_p \(topP) must be in (0, 1]")
        try check(lr > 0, "lr \(lr) must be positive")
        try check((0...1).contains(schedule.warmupRatio), "warmup_ratio \(schedule.warmupRatio) must be in [0, 1]")
        if let m = schedule.minLRRate { try check((0...1).contains(m), "min_lr_rate \(m) must be in [0, 1]") }
        try check(schedule.kind != .cosineWithMinLR || schedule.minLRRate != nil, "cosine_with_min_lr needs min_lr_rate")
        if let t = schedule.totalSteps { try check(t >= 1, "total_steps \(t) must be positive") }
        try check(beta >= 0, "beta \(beta) must not be negative")
        try check(epsilon >= 0 && epsilonHigh >= 0, "epsilon \(epsilon) / epsilon_high \(epsilonHigh) must not be negative")
        try check(iterations >= 1, "iterations \(iterations) must be positive")
        try check(gradAccum >= 1, "grad_accum \(gradAccum) must be positive")
        try check(maxGradNorm > 0, "max_grad_norm \(maxGradNorm) must be positive")
        try check(lora.rank >= 1, "lora rank \(lora.rank) must be positive")
        try check((0..<1).contains(lora.dropout), "lora dropout \(lora.dropout) must be in [0, 1)")
        try check(!lora.targets.isEmpty, "lora targets must not be empty")
        try check(!rewards.isEmpty, "at least one reward is needed")
        try check(repetitionMaxPenalty <= 0, "repetition_max_penalty \(repetitionMaxPenalty) must not be positive")
    }
}
