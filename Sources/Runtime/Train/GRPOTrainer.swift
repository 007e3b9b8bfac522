import Foundation

/// A reward the trainer sums with a weight: builtin (by name) or supplied by the caller (a
/// TinaScript function). Scores a batch of completions; nil entries abstain.
public struct GRPOReward {
    public var name: String
    public var weight: Double
    public var score: (_ completions: [String], _ prompts: [DatasetPrompt], _ lengths: [Int]) throws -> [Double?]

    public init(name: String, weight: Double, score: @escaping ([String], [DatasetPrompt], [Int]) throws -> [Double?]) {
        self.name = name; self.weight = weight; self.score = score
    }

    /// A builtin reward by its recipe name, with the recipe's parameters.
    public static func builtin(_ name: String, weight: Double, config: GRPOConfig) throws -> GRPOReward {
        guard let kind = BuiltinReward(rawValue: name) else {
            throw RecipeError.invalid("unknown reward '\(name)' (builtin: \(BuiltinReward.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return GRPOReward(name: name, weight: weight) { completions, prompts, lengths in
            try kind.rewards(completions: completions, golds: prompts.map(\.answer), lengths: lengths, cosine: config.cosine,
                             repetitionNgramSize: config.repetitionNgramSize, repetitionMaxPenalty: config.repetitionMaxPenalty)
        }
    }
}

/// One sampled completion as `t.samples()` shows it.
public struct GRPOSampleRecord {
    public var prompt: String
    public var completion: String
    public var answer: String
    public var rewards: [(String, Double?)]
    public var reward: Double
    public var advantage: Double
    public var tokens: Int
    public var truncated: Bool
}

/// GRPO with LoRA as TRL computes it (REFERENCE.md): sample G completions per prompt, score,
/// group-relative advantages, reference log-probs from the adapter-disabled model, clipped
/// surrogate + β·KL, AdamW on the adapter only. Driven one `step()` at a time.
public final class GRPOTrainer {
    public let model: Qwen2Model
    public let tokenizer: Tokenizer
    public let config: GRPOConfig
    public let prompts: [DatasetPrompt]
    public let rewards: [GRPOReward]
    public let optimizer: AdamW
    public let schedule: LRSchedule
    public private(set) var step = 0
    /// Metrics of every step, in order.
    public private(set) var history: [[(String, Double)]] = []
    public private(set) var lastSamples: [GRPOSampleRecord] = []
    /// JSONL metrics log, appended after every step.
    public var logPath: String?
    /// Checkpoint every N steps into `checkpointDir`/checkpoint-<step>.
    public var checkpointEvery: Int?
    public var checkpointDir: String?
    public var checkpointing = false
    var rng: SeededRandom
    var order: [Int] = []
    var cursor = 0

    public init(model: Qwen2Model, tokenizer: Tokenizer, config: GRPOConfig, prompts: [DatasetPrompt], rewards: [GRPOReward],
                totalSteps: Int) throws {
        try config.validate()
        guard !prompts.isEmpty else { throw RecipeError.invalid("grpo: the dataset gave no prompts") }
        guard !rewards.isEmpty else { throw RecipeError.invalid("grpo: no reward functions") }
        if model.adapterConfig == nil {
            try model.attachLoRA(LoRAConfig(r: config.lora.rank, alpha: config.lora.alpha, dropout: config.lora.dropout,
                                            targets: config.lora.targets), seed: UInt64(config.seed))
        }
        self.model = model; self.tokenizer = tokenizer; self.config = config; self.prompts = prompts; self.rewards = rewards
        optimizer = try AdamW(lr: Float(config.lr), weightDecay: 0)
        let total = config.schedule.totalSteps ?? totalSteps
        schedule = try LRSchedule(kind: config.schedule.kind, warmupSteps: Int((config.schedule.warmupRatio * Double(total)).rounded(.up)),
                                  totalSteps: max(total, 1), minLRRate: config.schedule.minLRRate ?? 0)
        rng = SeededRandom(seed: UInt64(config.seed))
    }

    var parameters: [Tensor] { model.adapterParameters.map(\.tensor) }

    /// The next prompts, cycling through a seeded shuffle of the dataset.
    func nextPrompts(_ n: Int) -> [DatasetPrompt] {
        (0..<n).map { _ in
            if cursor == order.count { order = rng.permutation(prompts.count); cursor = 0 }
            defer { cursor += 1 }
            return prompts[order[cursor]]
        }
    }

    /// Prompt ids: the chat template with a generation prompt, left-truncated to max_prompt_tokens.
    func encode(_ p: DatasetPrompt) throws -> [Int] {
        var messages = p.messages
        if let system = config.systemPrompt {
            messages.removeAll { $0.role == "system" }
            if !system.isEmpty { messages.insert(.init(role: "system", content: system), at: 0) }
        }
        let text = try tokenizer.applyChatTemplate(messages: messages.map { ["role": $0.role, "content": $0.content] })
        let ids = tokenizer.encode(text, addSpecialTokens: false)
        return Array(ids.suffix(config.maxPromptTokens))
    }

    struct Timing { var generation = 0.0, reference = 0.0, policy = 0.0, optimizer = 0.0 }

    /// One generation round, kept for `iterations` optimiser steps (TRL's num_iterations).
    struct Rollout {
        var sequences: [[Int]]
        var samples: [GRPOSample]
        var records: [GRPOSampleRecord]
        var rewards: [Double]
        var perFunction: [[Double]]
        var advantages: [Double]
        var rewardStd: Double
        var zeroStd: Double
        var lengths: [Int]
        var truncated: Int
    }

    var buffer: [Rollout] = []
    var bufferUses = 0

    /// Samples, scores and (when needed) reference and old log-probs for one round of prompts.
    func rollout(_ timing: inout Timing) throws -> Rollout {
        let stopIds = Set(model.generationDefaults.eosTokenIds + tokenizer.eosTokenIds)
        guard let eos = stopIds.min() else { throw RecipeError.invalid("grpo: the model and tokenizer define no EOS token") }
        let batch = nextPrompts(config.promptsPerStep)
        let promptIds = try batch.map(encode)
        // 1. Sample G completions per prompt, all in one batch.
        var t = Date()
        let group = config.generations
        let expanded = promptIds.flatMap { Array(repeating: $0, count: group) }
        let options = GenerationOptions(maxTokens: config.maxCompletionTokens,
                                        sampling: SamplingOptions(temperature: Float(config.temperature), topP: Float(config.topP)),
                                        seed: rng.next(), stopTokenIds: stopIds)
        let generated = try model.generate(prompts: expanded, options: options)
        timing.generation += Date().timeIntervalSince(t)
        let completions = try generated.map { try tokenizer.completionText($0.ids) }
        let groupPrompts = batch.flatMap { Array(repeating: $0, count: group) }
        let counts = generated.map(\.ids.count)
        // 2. Rewards and group-relative advantages.
        var scores: [[Double?]] = []
        for r in rewards {
            let s = try r.score(completions, groupPrompts, counts)
            guard s.count == completions.count else {
                throw RecipeError.invalid("reward '\(r.name)' returned \(s.count) values for \(completions.count) completions")
            }
            scores.append(s)
        }
        let total = try GroupAdvantages.combine(perFunction: scores, weights: rewards.map(\.weight))
        let adv = try GroupAdvantages(rewards: total, groupSize: group, scaling: config.scaleRewards)
        // 3. Reference (adapter off) and old-policy log-probs of prompt + completion.
        let sequences = zip(expanded, generated).map { p, g in p + (g.ids.isEmpty ? [eos] : g.ids) }
        let temperature = Float(config.temperature)
        func rows(_ grid: Tensor) -> [[Float]] {
            (0..<sequences.count).map { b in (0..<counts[b]).map { grid.data[b * grid.cols + expanded[b].count - 1 + $0] } }
        }
        t = Date()
        var refRows: [[Float]]? = nil
        if config.beta != 0 {
            model.adapterEnabled = false
            defer { model.adapterEnabled = true }
            refRows = rows(try Tape.withoutRecording { try model.sequenceLogProbs(sequences, temperature: temperature) })
        }
        // With one pass per batch the old policy is the current one, detached (ratio 1 in value).
        let oldRows = config.iterations > 1
            ? rows(try Tape.withoutRecording { try model.sequenceLogProbs(sequences, temperature: temperature) }) : nil
        timing.reference += Date().timeIntervalSince(t)
        let samples = (0..<sequences.count).map { b -> GRPOSample in
            let isTruncated = generated[b].finishReason == .length
            return GRPOSample(offset: expanded[b].count - 1, length: config.maskTruncated && isTruncated ? 0 : counts[b],
                              advantage: Float(adv.advantages[b]), oldLogProbs: oldRows?[b], refLogProbs: refRows?[b])
        }
        let records = (0..<completions.count).map { b in
            GRPOSampleRecord(prompt: groupPrompts[b].messages.last?.content ?? "", completion: completions[b], answer: groupPrompts[b].answer,
                             rewards: rewards.indices.map { (rewards[$0].name, scores[$0][b]) }, reward: total[b],
                             advantage: adv.advantages[b], tokens: counts[b], truncated: generated[b].finishReason == .length)
        }
        return Rollout(sequences: sequences, samples: samples, records: records, rewards: total,
                       perFunction: scores.map { $0.map { $0 ?? .nan } }, advantages: adv.advantages, rewardStd: adv.rewardStd,
                       zeroStd: adv.fractionZeroStd, lengths: counts,
                       truncated: generated.filter { $0.finishReason == .length }.count)
    }

    /// One optimiser step: fresh rollouts (grad_accum rounds) every `iterations` steps, reused in
    /// between as TRL does; returns the step's metrics.
    @discardableResult
    public func trainStep() throws -> [(String, Double)] {
        let t0 = Date()
        var timing = Timing()
        defer { Gradients.zero(parameters) }
        if buffer.isEmpty || bufferUses >= config.iterations {
            buffer = []
            bufferUses = 0
            for _ in 0..<config.gradAccum {
                try Interruption.check()
                buffer.append(try rollout(&timing))
            }
        }
        bufferUses += 1
        var loss = 0.0, kl = 0.0, clip = 0.0
        let n = Double(buffer.count)
        for r in buffer {
            try Interruption.check()
            let t = Date()
            model.training = true
            defer { model.training = false }
            let logp = try model.sequenceLogProbs(r.sequences, temperature: Float(config.temperature), checkpointing: checkpointing)
            let (l, stats) = try logp.grpoLoss(r.samples, type: config.lossType, beta: Float(config.beta),
                                               epsilonLow: Float(config.epsilon), epsilonHigh: Float(config.epsilonHigh),
                                               maxCompletionLength: config.maxCompletionTokens)
            try l.scaled(1 / Float(buffer.count)).backward()
            timing.policy += Date().timeIntervalSince(t)
            loss += Double(l.scalar) / n
            kl += Double(stats.meanKL) / n
            clip += Double(stats.clipRatio) / n
        }
        // One AdamW step on the adapter (skipped, weights untouched, on a non-finite loss or gradient).
        let t = Date()
        let lr = config.lr * schedule.multiplier(at: step)
        let finite = loss.isFinite && Gradients.allFinite(parameters)
        let norm = finite ? Gradients.clip(parameters, maxNorm: Float(config.maxGradNorm)) : .nan
        if finite { try optimizer.update(parameters, lr: Float(lr)) }
        timing.optimizer = Date().timeIntervalSince(t)
        step += 1
        lastSamples = buffer.flatMap(\.records)
        let elapsed = Date().timeIntervalSince(t0)
        let lengths = buffer.flatMap(\.lengths), rewardTotals = buffer.flatMap(\.rewards)
        let tokensGenerated = timing.generation > 0 ? lengths.reduce(0, +) : 0
        var metrics: [(String, Double)] = [
            ("step", Double(step)), ("loss", loss), ("reward", mean(rewardTotals)), ("reward_std", mean(buffer.map(\.rewardStd))),
            ("frac_reward_zero_std", mean(buffer.map(\.zeroStd))),
        ]
        for (k, r) in rewards.enumerated() {
            let vals = buffer.flatMap { $0.perFunction[k] }.filter { !$0.isNaN }
            metrics.append(("rewards/\(r.name)/mean", mean(vals)))
            metrics.append(("rewards/\(r.name)/std", std(vals)))
        }
        metrics += [
            ("advantage_std", std(buffer.flatMap(\.advantages))), ("kl", kl), ("clip_ratio", clip),
            ("completion_length", mean(lengths.map(Double.init))), ("completion_length_max", Double(lengths.max() ?? 0)),
            ("truncated_ratio", Double(buffer.reduce(0) { $0 + $1.truncated }) / Double(max(lengths.count, 1))), ("lr", lr),
            ("grad_norm", Double(norm)), ("skipped", finite ? 0 : 1), ("tokens_per_second", Double(tokensGenerated) / max(elapsed, 1e-9)),
            ("time/generation", timing.generation), ("time/reference", timing.reference), ("time/policy", timing.policy),
            ("time/optimizer", timing.optimizer), ("time/step", elapsed),
        ]
        history.append(metrics)
        if let logPath { try appendJSONLine(metrics, to: logPath) }
        if let every = checkpointEvery, every > 0, step % every == 0, let dir = checkpointDir {
            try save(directory: dir + "/checkpoint-\(step)")
        }
        return metrics
    }

    // MARK: checkpoints

    /// Adapter, optimiser moments, step, data order and RNG, atomically.
    public func save(directory: String) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        let extra = ["config": String(decoding: try enc.encode(config), as: UTF8.self),
                     "order": order.map(String.init).joined(separator: ","), "cursor": String(cursor),
                     "history": String(decoding: try JSONSerialization.data(withJSONObject: history.map { Dictionary($0, uniquingKeysWith: { a, _ in a }) }), as: UTF8.self)]
        try TrainingState.save(TrainingState(step: step, optimizerStep: optimizer.state.step, lr: optimizer.lr, rng: rng.stateWords, extra: extra),
                               model: model, optimizer: optimizer, to: directory)
    }

    /// Restores a trainer saved with `save` onto `model` (its adapter is replaced by the saved one).
    public static func resume(directory: String, model: Qwen2Model, tokenizer: Tokenizer, prompts: [DatasetPrompt],
                              rewards: [GRPOReward], totalSteps: Int) throws -> GRPOTrainer {
        let path = directory + "/trainer_state.json"
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelError.missingFile(path) }
        let peek = try JSONDecoder().decode(TrainingState.self, from: data)
        guard let configText = peek.extra["config"] else { throw ModelError.badConfig(file: path, "no GRPO configuration saved") }
        let config = try JSONDecoder().decode(GRPOConfig.self, from: Data(configText.utf8))
        let trainer = try GRPOTrainer(model: model, tokenizer: tokenizer, config: config, prompts: prompts, rewards: rewards,
                                      totalSteps: totalSteps)
        let state = try TrainingState.load(from: directory, model: model, optimizer: trainer.optimizer)
        trainer.step = state.step
        if let r = SeededRandom(stateWords: state.rng) { trainer.rng = r }
        trainer.order = (state.extra["order"] ?? "").split(separator: ",").compactMap { Int($0) }.filter { $0 < prompts.count }
        trainer.cursor = min(Int(state.extra["cursor"] ?? "0") ?? 0, trainer.order.count)
        if let h = state.extra["history"], let rows = try? JSONSerialization.jsonObject(with: Data(h.utf8)) as? [[String: Double]] {
            trainer.history = rows.map { $0.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
        }
        return trainer
    }
}

func mean(_ xs: [Double]) -> Double { xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count) }

func std(_ xs: [Double]) -> Double {
    guard xs.count > 1 else { return 0 }
    let m = mean(xs)
    return (xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1)).squareRoot()
}

/// Appends one JSON object (keys in the given order) and a newline.
func appendJSONLine(_ fields: [(String, Double)], to path: String) throws {
    let body = fields.map { key, value -> String in
        let v = value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)) : "null"
        return "\"\(key)\": \(v)"
    }.joined(separator: ", ")
    let line = Data(("{" + body + "}\n").utf8)
    if !FileManager.default.fileExists(atPath: path) {
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent.isEmpty ? "." : (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: path, contents: nil)
    }
    guard let h = FileHandle(forWritingAtPath: path) else { throw ModelError.unreadable(file: path, "cannot open the metrics log") }
    defer { try? h.close() }
    try h.seekToEnd()
    try h.write(contentsOf: line)
}
