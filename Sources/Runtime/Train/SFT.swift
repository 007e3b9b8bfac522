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

/// Supervised fine-tuning of whatever requires gradients (LoRA adapters, or every weight of a
/// float32 model made trainable): cross-entropy on completion tokens, mean over the batch's tokens.
public final class SFTTrainer {
    public let model: CausalLM
    public let parameters: [Tensor]
    public let optimizer: AdamW
    public var schedule: LRSchedule?
    public var maxGradNorm: Float?
    public var gradAccum: Int
    public var checkpointing: Bool
    public private(set) var step = 0

    public init(model: CausalLM, parameters: [Tensor], optimizer: AdamW, schedule: LRSchedule? = nil,
                maxGradNorm: Float? = 1, gradAccum: Int = 1, checkpointing: Bool = false) throws {
        guard !parameters.isEmpty else { throw LoRAError.noAdapter }
        guard gradAccum >= 1 else { throw OptimError.invalid("grad_accum must be ≥ 1") }
        self.model = model; self.parameters = parameters; self.optimizer = optimizer; self.schedule = schedule
        self.maxGradNorm = maxGradNorm; self.gradAccum = gradAccum; self.checkpointing = checkpointing
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
