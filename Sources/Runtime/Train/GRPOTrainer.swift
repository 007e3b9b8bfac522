import Foundation

/// A reward the trainer sums with a weight: builtin (by name) or supplied by the caller (a
/// TinaScript function). Scores a batch of completions (G consecutive ones share a prompt); nil
/// entries abstain.
public struct GRPOReward {
    public var name: String
    public var weight: Double
    public var score: (_ completions: [String], _ prompts: [DatasetPrompt]) throws -> [Double?]

    public init(name: String, weight: Double, score: @escaping ([String], [DatasetPrompt]) throws -> [Double?]) {
        self.name = name; self.weight = weight; self.score = score
    }

    /// A builtin reward by its recipe name, with the recipe's parameters; `length` normalises
    /// within each prompt's group of G.
    public static func builtin(_ name: String, weight: Double, config: GRPOConfig) throws -> GRPOReward {
        guard let kind = BuiltinReward(rawValue: name) else {
            throw RecipeError.invalid("unknown reward '\(name)' (builtin: \(BuiltinReward.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return GRPOReward(name: name, weight: weight) { completions, prompts in
            try kind.rewards(completions: completions, golds: prompts.map(\.answer), groupSize: config.generations,
                             cosine: config.cosine, repetitionNgramSize: config.repetitionNgramSize,
                             repetitionMaxPenalty: config.repetitionMaxPenalty)
        }
    }
}

/// One completion of the last batch as `t.samples()` shows it.
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

/// The phases of a step, in order, as `GRPOTrainer.onPhase` reports them.
public enum GRPOPhase: String, Sendable {
    case sync, generation, scoring, reference, policy, backward, optimizer
}

/// Which policy the KL term measures against.
public enum GRPOReference: String, Codable, CaseIterable, Sendable {
    /// The policy the trainer started from, as TRL does: the base model for an adapter the trainer
    /// attached (lora_B = 0), a frozen copy of an adapter that was loaded or trained before.
    case initial
    /// The base model with the adapter disabled, whatever the adapter holds.
    case base
}

/// GRPO with LoRA as TRL 1.16's GRPOTrainer computes it (REFERENCE.md, fixtures/golden/trl-step):
/// sample G completions per prompt, score, group-relative advantages, reference log-probs, clipped
/// surrogate + β·KL, AdamW on the adapter only. `rollout()` and `train(batch)` are the two halves
/// of `step()`; a step either completes or leaves the trainer as it was.
public final class GRPOTrainer {
    public let model: CausalLM
    public let tokenizer: Tokenizer
    public let config: GRPOConfig
    public let prompts: [DatasetPrompt]
    public let rewards: [GRPOReward]
    public let optimizer: AdamW
    public let schedule: LRSchedule
    public let reference: GRPOReference
    /// The reference is a frozen copy of the starting adapter (else the adapter-disabled model).
    public let referenceIsFrozenCopy: Bool
    public internal(set) var step = 0
    /// Metrics of every step, in order.
    public internal(set) var history: [[(String, Double)]] = []
    /// The batch of the last optimiser step.
    public private(set) var lastBatch: GRPOBatch?
    /// JSONL metrics log, appended after every step.
    public var logPath: String?
    /// Checkpoint every N steps into `checkpointDir`/checkpoint-<step>.
    public var checkpointEvery: Int?
    public var checkpointDir: String?
    public var checkpointing = false
    /// Keep each step's adapter gradients (before clipping) in `lastGradients`, for inspection.
    public var keepGradients = false
    public private(set) var lastGradients: [(name: String, values: [Float])] = []
    /// Told as each phase of a step begins (progress displays; tests interrupt a chosen phase).
    public var onPhase: ((GRPOPhase) -> Void)?
    /// Sampling on a server (the adapter synced before each round); nil samples locally.
    public var remote: RemoteRollouts?
    var rng: SeededRandom
    var order: [Int] = []
    var cursor = 0
    /// The generation batch that `step()` reuses for `iterations` optimiser steps (TRL's num_iterations).
    var buffer: GRPOBatch?
    var bufferUses = 0

    public init(model: CausalLM, tokenizer: Tokenizer, config: GRPOConfig, prompts: [DatasetPrompt], rewards: [GRPOReward],
                totalSteps: Int, reference: GRPOReference = .initial, frozenReference: [String: Tensor]? = nil) throws {
        try config.validate()
        guard !prompts.isEmpty else { throw RecipeError.invalid("grpo: the dataset gave no prompts") }
        guard !rewards.isEmpty else { throw RecipeError.invalid("grpo: no reward functions") }
        var config = config
        if let adapter = model.adapterConfig {
            // The adapter that is trained is the one attached; the configuration says so.
            config.lora = .init(rank: adapter.r, alpha: adapter.loraAlpha, dropout: adapter.loraDropout,
                                targets: GRPOConfig.allProjections.filter(adapter.targetModules.contains))
        } else {
            try model.attachLoRA(LoRAConfig(r: config.lora.rank, alpha: config.lora.alpha, dropout: config.lora.dropout,
                                            targets: config.lora.targets), seed: UInt64(config.seed))
        }
        self.reference = reference
        // Kept even at beta 0, so that a resumed run that turns the KL on measures it against the start.
        let frozen = reference == .initial && (frozenReference != nil || !model.adapterIsIdentity)
        if frozen { try model.freezeAdapterCopy(from: frozenReference) }
        referenceIsFrozenCopy = frozen
        self.model = model; self.tokenizer = tokenizer; self.config = config; self.prompts = prompts; self.rewards = rewards
        optimizer = try AdamW(lr: Float(config.lr), betas: (0.9, 0.999), eps: 1e-8, weightDecay: 0)
        let total = config.schedule.totalSteps ?? totalSteps
        schedule = try LRSchedule(kind: config.schedule.kind, warmupSteps: Int((config.schedule.warmupRatio * Double(total)).rounded(.up)),
                                  totalSteps: max(total, 1), minLRRate: config.schedule.minLRRate ?? 0)
        rng = SeededRandom(seed: UInt64(config.seed))
    }

    var parameters: [Tensor] { model.adapterParameters.map(\.tensor) }

    /// Ids that end a completion: the model's and the tokenizer's EOS ids.
    var stopIds: Set<Int> { Set(model.generationDefaults.eosTokenIds + tokenizer.eosTokenIds) }

    /// Completions per micro-batch (one generation round; `gradAccum` of them make a step).
    var microBatchRows: Int { config.promptsPerStep * config.generations }

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

    // MARK: atomic steps

    /// Everything a step may change before it commits: the data cursor and order, the sampling and
    /// dropout generators, the rollout buffer.
    struct Snapshot {
        var rng: SeededRandom, order: [Int], cursor: Int, dropout: [UInt64]?, buffer: GRPOBatch?, bufferUses: Int
    }

    var snapshot: Snapshot {
        Snapshot(rng: rng, order: order, cursor: cursor, dropout: model.adapterDropoutState, buffer: buffer, bufferUses: bufferUses)
    }

    func restore(_ s: Snapshot) {
        rng = s.rng; order = s.order; cursor = s.cursor; model.adapterDropoutState = s.dropout
        buffer = s.buffer; bufferUses = s.bufferUses
    }

    /// Runs `body`; on any error (Ctrl-C included) puts the trainer back as it was.
    func atomically<T>(_ body: () throws -> T) throws -> T {
        let saved = snapshot
        do { return try body() } catch {
            restore(saved)
            Gradients.zero(parameters)
            throw error
        }
    }

    // MARK: rollout

    /// Samples the next `prompts_per_step × grad_accum` prompts' G completions, scores them and
    /// computes the advantages (and, with iterations > 1, the sampling policy's log-probs).
    public func rollout() throws -> GRPOBatch { try atomically { try sampleBatch() } }

    func sampleBatch() throws -> GRPOBatch {
        let stop = stopIds
        guard !stop.isEmpty else { throw RecipeError.invalid("grpo: the model and tokenizer define no EOS token") }
        let group = config.generations
        let chosen = nextPrompts(config.promptsPerStep * config.gradAccum)
        let promptIds = try chosen.map(encode).flatMap { Array(repeating: $0, count: group) }
        let rowPrompts = chosen.flatMap { Array(repeating: $0, count: group) }
        var sync: (seconds: Double, synced: Bool)? = nil
        if let remote {
            onPhase?(.sync)
            sync = try remote.sync(model, step: step)
        }
        let t = Date()
        onPhase?(.generation)
        var generated: [GeneratedSequence] = [], samplingLogProbs: [[Float]] = []
        for start in stride(from: 0, to: promptIds.count, by: microBatchRows) {
            try Interruption.check()
            let options = GenerationOptions(maxTokens: config.maxCompletionTokens,
                                            sampling: SamplingOptions(temperature: Float(config.temperature), topP: Float(config.topP)),
                                            seed: rng.next(), stopTokenIds: stop)
            let chunk = Array(promptIds[start..<min(start + microBatchRows, promptIds.count)])
            if let remote {
                let out = try remote.server.sample(prompts: chunk, options: options, logprobs: true)
                if let bad = out.first(where: \.idsFromText) {
                    throw RecipeError.invalid("grpo: the server returned no token ids (only text: \(bad.text.prefix(40))…); GRPO must train on the sampled tokens")
                }
                generated += out.map { GeneratedSequence(ids: $0.ids, finishReason: $0.finishReason) }
                samplingLogProbs += out.map { $0.logprobs ?? [] }
            } else {
                generated += try model.generate(prompts: chunk, options: options)
            }
        }
        let seconds = Date().timeIntervalSince(t)
        onPhase?(.scoring)
        let completions = try generated.map { try tokenizer.completionText($0.ids) }
        var scores: [(String, [Double?])] = []
        for r in rewards {
            let s = try r.score(completions, rowPrompts)
            guard s.count == completions.count else {
                throw RecipeError.invalid("reward '\(r.name)' returned \(s.count) values for \(completions.count) completions")
            }
            scores.append((r.name, s))
        }
        let total = try GroupAdvantages.combine(perFunction: scores.map(\.1), weights: rewards.map(\.weight))
        var batch = GRPOBatch(promptIds: promptIds, completionIds: generated.map(\.ids), rewards: total)
        batch.rewardsByFunction = scores
        batch.advantages = try GroupAdvantages(rewards: total, groupSize: group, scaling: config.scaleRewards).advantages
        batch.truncated = generated.map { $0.finishReason == .length }
        batch.completions = completions
        batch.prompts = rowPrompts.map { $0.messages.last?.content ?? "" }
        batch.answers = rowPrompts.map(\.answer)
        batch.generationSeconds = seconds
        if let remote, let sync {
            batch.sampling = .init(adapterVersion: remote.version, syncSeconds: sync.seconds, stale: !sync.synced)
            if samplingLogProbs.allSatisfy({ !$0.isEmpty }) { batch.samplingLogProbs = samplingLogProbs }
        }
        if config.iterations > 1 {
            // The sampling policy's log-probs, fixed for every pass over this batch.
            batch.oldLogProbs = try Tape.withoutRecording { try completionLogProbs(batch, lengths: batch.completionIds.map(\.count)) }
        }
        return batch
    }

    /// Log-probs of every completion token of `batch` under the policy as it is now, at the
    /// trainer's temperature: what a batch's `old_logps` holds for later passes over it.
    public func policyLogProbs(_ batch: GRPOBatch) throws -> [[Float]] {
        try batch.validate(vocabSize: model.config.vocabSize, maxPositions: model.config.maxPositionEmbeddings,
                           groupSize: batch.advantages == nil ? config.generations : 1)
        return try Tape.withoutRecording { try completionLogProbs(batch, lengths: batch.completionIds.map(\.count)) }
    }

    /// Log-probs of each row's first `lengths[i]` completion tokens under the model as it is now,
    /// one micro-batch at a time.
    func completionLogProbs(_ batch: GRPOBatch, lengths: [Int]) throws -> [[Float]] {
        var out: [[Float]] = []
        for chunk in microBatches(batch.count) {
            let rows = Array(chunk)
            try Interruption.check()
            let sequences = rows.map { batch.promptIds[$0] + batch.completionIds[$0].prefix(lengths[$0]) }
            let grid = try model.sequenceLogProbs(sequences, temperature: Float(config.temperature))
            for (k, i) in rows.enumerated() {
                let offset = batch.promptIds[i].count - 1
                out.append((0..<lengths[i]).map { grid.data[k * grid.cols + offset + $0] })
            }
        }
        return out
    }

    /// A batch of `n` rows as TRL's gradient-accumulation micro-batches: `grad_accum` parts of whole
    /// groups (fewer when there are fewer groups), so a rollout splits into its generation rounds.
    func microBatches(_ n: Int) -> [Range<Int>] {
        let unit = n % config.generations == 0 ? config.generations : 1
        let units = n / unit
        let per = (units + config.gradAccum - 1) / config.gradAccum * unit
        return stride(from: 0, to: n, by: max(per, 1)).map { $0..<min($0 + max(per, 1), n) }
    }

    // MARK: training

    /// One optimiser step: a fresh generation batch every `iterations` steps, reused in between
    /// as TRL does. Atomic: interrupted anywhere, the trainer is as before the call.
    @discardableResult
    public func trainStep() throws -> [(String, Double)] {
        try afterCommit(try atomically {
            let fresh = buffer == nil || bufferUses >= config.iterations
            let batch = fresh ? try sampleBatch() : buffer!
            var metrics = try optimise(batch)
            buffer = batch
            bufferUses = fresh ? 1 : bufferUses + 1
            // Sampling figures of this step (0 when the batch was reused).
            let seconds = fresh ? batch.generationSeconds ?? 0 : 0
            let tokens = fresh ? batch.completionIds.reduce(0) { $0 + $1.count } : 0
            metrics.append(("tokens_per_second", seconds > 0 ? Double(tokens) / seconds : 0))
            metrics.append(("time/generation", seconds))
            if let sampling = batch.sampling {
                metrics += [("adapter_version", Double(sampling.adapterVersion)), ("time/sync", fresh ? sampling.syncSeconds : 0),
                            ("sync_stale", sampling.stale ? 1 : 0)]
            }
            return commit(batch, metrics)
        })
    }

    /// One optimiser step on `batch` (from `rollout()`, a server, or built by hand); returns its metrics.
    @discardableResult
    public func train(_ batch: GRPOBatch) throws -> [(String, Double)] {
        try afterCommit(try atomically { commit(batch, try optimise(batch)) })
    }

    /// Records a finished step: counter, history, last batch.
    func commit(_ batch: GRPOBatch, _ metrics: [(String, Double)]) -> [(String, Double)] {
        step += 1
        let metrics = [("step", Double(step))] + metrics
        history.append(metrics)
        lastBatch = batch
        return metrics
    }

    /// What follows a committed step (a failure here leaves the step taken): the metrics log and
    /// the periodic checkpoint.
    func afterCommit(_ metrics: [(String, Double)]) throws -> [(String, Double)] {
        if let logPath { try appendJSONLine(metrics, to: logPath) }
        if let every = checkpointEvery, every > 0, step % every == 0, let dir = checkpointDir {
            try save(directory: dir + "/checkpoint-\(step)")
        }
        return metrics
    }

    /// Reference, policy forward and backward per micro-batch, then clipping and AdamW. The adapter
    /// and the optimiser change only in the final update, which is not interruptible.
    func optimise(_ batch: GRPOBatch) throws -> [(String, Double)] {
        try batch.validate(vocabSize: model.config.vocabSize, maxPositions: model.config.maxPositionEmbeddings,
                           groupSize: config.generations)
        let t0 = Date()
        defer { Gradients.zero(parameters) }
        let stop = stopIds, n = batch.count
        let grouped = n % config.generations == 0 ? try GroupAdvantages(rewards: batch.rewards, groupSize: config.generations,
                                                                          scaling: config.scaleRewards) : nil
        guard let advantages = batch.advantages ?? grouped?.advantages else {
            throw RecipeError.invalid("batch: no advantages and no whole groups to compute them from")
        }
        let truncated = (0..<n).map { batch.isTruncated($0, stopIds: stop) }
        let fullLengths = (0..<n).map { batch.lossLength($0, stopIds: stop) }
        let lengths = (0..<n).map { config.maskTruncated && truncated[$0] ? 0 : fullLengths[$0] }
        let batchTokens = lengths.reduce(0, +)
        let chunks = microBatches(n)
        let temperature = Float(config.temperature)
        var loss = 0.0, stats = GRPOLossStats(), entropySum = 0.0, driftSum = 0.0, driftTokens = 0
        var weightSum = 0.0, weightTokens = 0, weightMin = Float.infinity, weightMax = -Float.infinity
        var timeReference = 0.0, timePolicy = 0.0
        for chunk in chunks {
            let rows = Array(chunk)
            try Interruption.check()
            var t = Date()
            let sequences = rows.map { batch.promptIds[$0] + batch.completionIds[$0].prefix(fullLengths[$0]) }
            let offsets = rows.map { batch.promptIds[$0].count - 1 }
            var refRows: [[Float]]? = nil
            if config.beta != 0 {
                onPhase?(.reference)
                let grid = try referenceLogProbs(sequences, temperature: temperature)
                refRows = rows.indices.map { k in (0..<lengths[rows[k]]).map { grid.data[k * grid.cols + offsets[k] + $0] } }
            }
            timeReference += Date().timeIntervalSince(t)
            try Interruption.check()
            t = Date()
            let longest = sequences.map(\.count).max() ?? 0
            let entropy = Tensor(zeros: [rows.count, max(longest - 1, 0)])
            onPhase?(.policy)
            model.training = true
            defer { model.training = false }
            let logp = try model.sequenceLogProbs(sequences, temperature: temperature, checkpointing: checkpointing, entropy: entropy)
            let samples = rows.indices.map { k -> GRPOSample in
                let i = rows[k], n = lengths[i]
                var weights: [Float]? = nil
                if let correction = config.samplingCorrection, let server = batch.samplingLogProbs?[i] {
                    // The sampling policy's log-probs: the batch's old ones, else this policy's (detached).
                    let old = batch.oldLogProbs?[i] ?? (0..<n).map { logp.data[k * logp.cols + offsets[k] + $0] }
                    let w = correction.weights(policy: Array(old.prefix(n)), server: Array(server.prefix(n)))
                    weights = w + Array(repeating: 1, count: n - w.count)
                }
                return GRPOSample(offset: offsets[k], length: n, advantage: Float(advantages[i]), oldLogProbs: batch.oldLogProbs?[i],
                                  refLogProbs: refRows?[k], samplingWeights: weights)
            }
            for x in samples.flatMap({ $0.samplingWeights ?? [] }) {
                weightSum += Double(x); weightMin = min(weightMin, x); weightMax = max(weightMax, x); weightTokens += 1
            }
            let (l, s) = try logp.grpoLoss(samples, type: config.lossType, beta: Float(config.beta), epsilonLow: Float(config.epsilon),
                                           epsilonHigh: Float(config.epsilonHigh), maxCompletionLength: config.maxCompletionTokens,
                                           accumulation: chunks.count, batchTokens: batchTokens)
            onPhase?(.backward)
            try l.backward()
            timePolicy += Date().timeIntervalSince(t)
            loss += Double(l.scalar)
            stats = stats + s
            for (k, sample) in samples.enumerated() {
                for j in 0..<sample.length { entropySum += Double(entropy.data[k * entropy.cols + sample.offset + j]) }
                // Off-policy drift: the sampler's log-probs of its tokens against this policy's.
                if let sampled = batch.samplingLogProbs?[rows[k]] {
                    for j in 0..<min(sample.length, sampled.count) where sampled[j].isFinite {
                        driftSum += Double(abs(sampled[j] - logp.data[k * logp.cols + sample.offset + j])); driftTokens += 1
                    }
                }
            }
        }
        // One AdamW step on the adapter (skipped, weights untouched, on a non-finite loss or gradient).
        onPhase?(.optimizer)
        let t = Date()
        let lr = config.lr * schedule.multiplier(at: step)
        let finite = loss.isFinite && Gradients.allFinite(parameters)
        if keepGradients { lastGradients = model.adapterParameters.map { ($0.name, $0.tensor.grad?.floats ?? []) } }
        let norm = finite ? Gradients.clip(parameters, maxNorm: Float(config.maxGradNorm)) : .nan
        if finite { try optimizer.update(parameters, lr: Float(lr)) }
        let timeOptimizer = Date().timeIntervalSince(t)
        let tokens = Double(max(stats.tokens, 1))
        let completionLengths = batch.completionIds.map { Double($0.count) }
        var metrics: [(String, Double)] = [
            ("loss", loss), ("grad_norm", Double(norm)), ("lr", lr), ("kl", Double(stats.meanKL)),
            ("entropy", stats.tokens > 0 ? entropySum / tokens : 0), ("clip_ratio", Double(stats.clipRatio)),
            ("clip_ratio/low_mean", Double(stats.lowClipped) / tokens), ("clip_ratio/high_mean", Double(stats.highClipped) / tokens),
            ("reward", mean(batch.rewards)), ("reward_std", grouped?.rewardStd ?? std(batch.rewards)),
            ("frac_reward_zero_std", grouped?.fractionZeroStd ?? 0),
        ]
        for (name, values) in batch.rewardsByFunction {
            let vals = values.compactMap { $0 }.filter { !$0.isNaN }
            metrics.append(("rewards/\(name)/mean", mean(vals)))
            metrics.append(("rewards/\(name)/std", std(vals)))
        }
        metrics += [
            ("advantage_std", std(advantages)), ("completion_length", mean(completionLengths)),
            ("completion_length_max", completionLengths.max() ?? 0),
            ("truncated_ratio", Double(truncated.filter { $0 }.count) / Double(n)), ("num_items_in_batch", Double(batchTokens)),
            ("skipped", finite ? 0 : 1), ("time/reference", timeReference), ("time/policy", timePolicy),
            ("time/optimizer", timeOptimizer), ("time/step", Date().timeIntervalSince(t0)),
        ]
        if driftTokens > 0 { metrics.append(("sampling_logp_diff", driftSum / Double(driftTokens))) }
        if weightTokens > 0 {
            metrics += [("sampling/importance_sampling_ratio/min", Double(weightMin)),
                        ("sampling/importance_sampling_ratio/mean", weightSum / Double(weightTokens)),
                        ("sampling/importance_sampling_ratio/max", Double(weightMax))]
        }
        return metrics
    }

    /// Reference log-probs [B, L−1]: the frozen starting adapter, or the adapter-disabled model.
    func referenceLogProbs(_ sequences: [[Int]], temperature: Float) throws -> Tensor {
        if referenceIsFrozenCopy {
            return try model.withFrozenAdapter { try model.sequenceLogProbs(sequences, temperature: temperature) }
        }
        let was = model.adapterEnabled
        model.adapterEnabled = false
        defer { model.adapterEnabled = was }
        return try Tape.withoutRecording { try model.sequenceLogProbs(sequences, temperature: temperature) }
    }

    /// The last batch's completions as `t.samples()` shows them.
    public var lastSamples: [GRPOSampleRecord] {
        guard let b = lastBatch else { return [] }
        let stop = stopIds
        let advantages = b.advantages ?? (try? GroupAdvantages(rewards: b.rewards, groupSize: config.generations,
                                                              scaling: config.scaleRewards).advantages) ?? []
        return (0..<b.count).map { i in
            GRPOSampleRecord(prompt: b.prompts?[i] ?? ((try? tokenizer.completionText(b.promptIds[i])) ?? ""),
                             completion: b.completions?[i] ?? ((try? tokenizer.completionText(b.completionIds[i])) ?? ""),
                             answer: b.answers?[i] ?? "", rewards: b.rewardsByFunction.map { ($0.name, $0.values[i]) },
                             reward: b.rewards[i], advantage: i < advantages.count ? advantages[i] : .nan,
                             tokens: b.completionIds[i].count, truncated: b.isTruncated(i, stopIds: stop))
        }
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
