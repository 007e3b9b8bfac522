import Foundation

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

/// GRPO with LoRA as TRL 1.16's GRPOTrainer computes it (trl/trainer/grpo_trainer.py; checked against
/// fixtures/golden/trl-step):
/// sample G completions per prompt, score, group-relative advantages, reference log-probs, clipped
/// surrogate + β·KL, AdamW on the adapter only. `rollout()` and `train(batch)` are the two halves
/// of `step()`; a step either completes or leaves the trainer as it was. The halves live in
/// GRPORollout.swift and GRPOStep.swift, checkpoints in GRPOCheckpoint.swift.
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
    public internal(set) var lastBatch: GRPOBatch?
    /// JSONL metrics log, appended after every step.
    public var logPath: String?
    /// Checkpoint every N steps into `checkpointDir`/checkpoint-<step>.
    public var checkpointEvery: Int?
    public var checkpointDir: String?
    public var checkpointing = false
    /// Keep each step's adapter gradients (before clipping) in `lastGradients`, for inspection.
    public var keepGradients = false
    public internal(set) var lastGradients: [(name: String, values: [Float])] = []
    /// Told as each phase of a step begins (progress displays; tests interrupt a chosen phase).
    public var onPhase: ((GRPOPhase) -> Void)?
    /// Called as local generation samples each token: (tokens so far, the most the round can take).
    public var onGeneratedTokens: ((Int, Int) -> Void)?
    /// Sampling on a server (the adapter synced before each round); nil samples locally.
    public var remote: RemoteRollouts?
    var rng: SeededRandom
    /// Where the trainer is in its seeded pass over the prompts.
    var data = EpochOrder()
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
                                targets: LoRAConfig.allTargets.filter(adapter.targetModules.contains))
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
    var stopIds: Set<Int> { model.generationDefaults.stopTokenIds(tokenizer: tokenizer) }

    /// Completions per micro-batch (one generation round; `gradAccum` of them make a step).
    var microBatchRows: Int { config.promptsPerStep * config.generations }

    /// The next prompts, cycling through a seeded shuffle of the dataset.
    func nextPrompts(_ n: Int) -> [DatasetPrompt] {
        (0..<n).map { _ in prompts[data.next(count: prompts.count, rng: &rng)] }
    }

    /// Prompt ids: the chat template with a generation prompt, left-truncated to max_prompt_tokens.
    func encode(_ p: DatasetPrompt) throws -> [Int] {
        Array(try p.promptIds(tokenizer, systemPrompt: config.systemPrompt).suffix(config.maxPromptTokens))
    }

    // MARK: atomic steps

    /// Everything a step may change before it commits: the data order, the sampling and dropout
    /// generators, the rollout buffer.
    struct Snapshot {
        var rng: SeededRandom, data: EpochOrder, dropout: [UInt64]?, buffer: GRPOBatch?, bufferUses: Int
    }

    var snapshot: Snapshot {
        Snapshot(rng: rng, data: data, dropout: model.adapterDropoutState, buffer: buffer, bufferUses: bufferUses)
    }

    func restore(_ s: Snapshot) {
        rng = s.rng; data = s.data; model.adapterDropoutState = s.dropout
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
}
