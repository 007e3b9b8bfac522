import Foundation

/// A supervised example: the loss covers the completion tokens only.
public struct SFTExample: Equatable {
    public var prompt: [Int]
    public var completion: [Int]
    public init(prompt: [Int], completion: [Int]) { self.prompt = prompt; self.completion = completion }
}

/// What one optimiser step did.
public struct StepReport: Equatable {
    public var step: Int
    public var loss: Float
    public var gradNorm: Float
    public var lr: Float
    public var tokens: Int
    public var seconds: Double
    /// Set when the loss or a gradient was NaN/Inf: the weights were left untouched.
    public var skipped: Bool
}

/// What supervised fine-tuning trains.
public enum SFTWeights: String, CaseIterable, Sendable {
    /// The LoRA adapters attached to the model.
    case adapter
    /// Every weight of a float32 model, made trainable for the run and frozen again after it.
    case all
}

/// Supervised fine-tuning of whatever requires gradients (LoRA adapters, or every weight of a
/// float32 model made trainable): cross-entropy on completion tokens, mean over the batch's tokens.
public final class SFTTrainer {
    public let model: CausalLM
    public let parameters: [Tensor]
    /// Set when `parameters` were made trainable for this trainer (`SFTWeights.all`): `run`
    /// freezes them again, so that a LoRA attached later trains alone.
    let refreezesParameters: Bool
    public let optimizer: AdamW
    public var schedule: LRSchedule?
    public var maxGradNorm: Float?
    public var gradAccum: Int
    public var checkpointing: Bool
    public private(set) var step = 0

    public convenience init(model: CausalLM, parameters: [Tensor], optimizer: AdamW, schedule: LRSchedule? = nil,
                            maxGradNorm: Float? = 1, gradAccum: Int = 1, checkpointing: Bool = false) throws {
        try self.init(model: model, parameters: parameters, refreezing: false, optimizer: optimizer, schedule: schedule,
                      maxGradNorm: maxGradNorm, gradAccum: gradAccum, checkpointing: checkpointing)
    }

    /// A trainer of the model's adapters or of all its weights.
    public convenience init(model: CausalLM, weights: SFTWeights, optimizer: AdamW, schedule: LRSchedule? = nil,
                            maxGradNorm: Float? = 1, gradAccum: Int = 1, checkpointing: Bool = false) throws {
        let parameters = weights == .all ? try model.makeAllTrainable() : model.adapterParameters.map(\.tensor)
        try self.init(model: model, parameters: parameters, refreezing: weights == .all, optimizer: optimizer, schedule: schedule,
                      maxGradNorm: maxGradNorm, gradAccum: gradAccum, checkpointing: checkpointing)
    }

    private init(model: CausalLM, parameters: [Tensor], refreezing: Bool, optimizer: AdamW, schedule: LRSchedule?,
                 maxGradNorm: Float?, gradAccum: Int, checkpointing: Bool) throws {
        guard !parameters.isEmpty else { throw LoRAError.noAdapter }
        guard gradAccum >= 1 else { throw OptimError.invalid("grad_accum must be ≥ 1") }
        self.model = model; self.parameters = parameters; self.optimizer = optimizer; self.schedule = schedule
        self.maxGradNorm = maxGradNorm; self.gradAccum = gradAccum; self.checkpointing = checkpointing
        refreezesParameters = refreezing
    }

    /// `steps` optimiser steps on batches of `batchSize` examples drawn in seeded passes over
    /// `examples` (each once per pass, reshuffled for the next), with a progress bar. Ctrl-C stops
    /// between steps, the press left for the caller to report; the steps done are returned.
    public func run(_ examples: [SFTExample], steps: Int, batchSize: Int, seed: UInt64) throws -> [StepReport] {
        guard steps >= 0, batchSize >= 1 else { throw OptimError.invalid("sft: steps must be ≥ 0 and batch ≥ 1") }
        guard !examples.isEmpty else { throw OptimError.invalid("sft: no examples") }
        var rng = SeededRandom(seed: seed), data = EpochOrder()
        let bar = ProgressBar(label: "sft", total: Int64(steps), unit: .steps("step"))
        defer {
            bar.finish()
            if refreezesParameters { for p in parameters { p.requiresGrad = false; p.zeroGrad() } }
        }
        var reports: [StepReport] = []
        for _ in 0..<steps {
            let r = try train((0..<batchSize).map { _ in examples[data.next(count: examples.count, rng: &rng)] })
            bar.status = r.skipped ? "skipped (non-finite)" : String(format: "loss %.4f", r.loss)
            bar.advance()
            reports.append(r)
            if Interruption.isPending { break }
        }
        return reports
    }

    /// −mean log p(completion token | prefix) over the batch, and its gradients (accumulated into
    /// the parameters' `grad`). Micro-batches of the accumulation share one normalisation.
    public func lossAndGradients(_ batch: [SFTExample]) throws -> (loss: Float, tokens: Int) {
        let tokens = batch.reduce(0) { $0 + $1.completion.count }
        guard tokens > 0 else { throw OptimError.invalid("sft: the batch has no completion tokens") }
        var total: Float = 0
        let micro = max(1, (batch.count + gradAccum - 1) / gradAccum)
        model.training = true
        defer { model.training = false }
        for start in stride(from: 0, to: batch.count, by: micro) {
            let part = Array(batch[start..<min(batch.count, start + micro)])
            let sequences = part.map { $0.prompt + $0.completion }
            let logp = try model.sequenceLogProbs(sequences, checkpointing: checkpointing)
            let width = logp.shape[1]
            var weights = [Float](repeating: 0, count: part.count * width)
            for (b, ex) in part.enumerated() {
                // Row t predicts token t + 1: completion tokens sit at t + 1 ≥ prompt length.
                for t in max(ex.prompt.count - 1, 0)..<(sequences[b].count - 1) { weights[b * width + t] = -1 / Float(tokens) }
            }
            let loss = try logp.mul(Tensor(weights, shape: logp.shape)).sum()
            total += loss.scalar
            try loss.backward()
        }
        return (total, tokens)
    }

    /// One optimiser step on `batch`.
    public func train(_ batch: [SFTExample]) throws -> StepReport {
        let t0 = Date()
        defer { Gradients.zero(parameters) }
        let (loss, tokens) = try lossAndGradients(batch)
        let lr = optimizer.lr * Float(schedule?.multiplier(at: step) ?? 1)
        guard loss.isFinite, Gradients.allFinite(parameters) else {
            return StepReport(step: step, loss: loss, gradNorm: .nan, lr: lr, tokens: tokens,
                              seconds: Date().timeIntervalSince(t0), skipped: true)
        }
        let norm = maxGradNorm.map { Gradients.clip(parameters, maxNorm: $0) } ?? Gradients.globalNorm(parameters)
        try optimizer.update(parameters, lr: lr)
        step += 1
        return StepReport(step: step, loss: loss, gradNorm: norm, lr: lr, tokens: tokens,
                          seconds: Date().timeIntervalSince(t0), skipped: false)
    }
}
