import Foundation

/// How per-token GRPO losses are reduced (TRL's `loss_type`).
public enum GRPOLossType: String, CaseIterable, Codable, Sendable {
    /// Mean over each sequence's tokens, then over sequences.
    case grpo
    /// Sum over all tokens / token count.
    case bnpo
    /// Sum / (sequences × max completion length).
    case drGRPO = "dr_grpo"
    /// Sum / masked tokens of the whole generation batch (across gradient accumulation).
    case dapo
}

/// The completion part of one sampled sequence, as the loss sees it.
public struct GRPOSample {
    /// Row t of the log-prob grid predicts token t + 1, so completion token j sits at row offset + j.
    public var offset: Int
    /// Completion tokens that count (up to and including the first EOS; 0 for a masked-out completion).
    public var length: Int
    public var advantage: Float
    /// Log-probs of the policy that sampled (length entries); nil: the current policy, detached.
    public var oldLogProbs: [Float]?
    /// Reference-policy log-probs (length entries); nil when beta is 0.
    public var refLogProbs: [Float]?
    /// Importance-sampling weights of the policy term (length entries, constants: the sampling
    /// correction of a server's batch); nil: 1.
    public var samplingWeights: [Float]?

    public init(offset: Int, length: Int, advantage: Float, oldLogProbs: [Float]? = nil, refLogProbs: [Float]? = nil,
                samplingWeights: [Float]? = nil) {
        self.offset = offset; self.length = length; self.advantage = advantage
        self.oldLogProbs = oldLogProbs; self.refLogProbs = refLogProbs; self.samplingWeights = samplingWeights
    }
}

/// Token counts and sums the trainer turns into metrics (token means over the whole batch).
public struct GRPOLossStats {
    /// Σ KL over the masked tokens (k3 times the importance ratio).
    public var klSum: Double = 0
    /// Tokens clipped below 1 − ε_low with A < 0, above 1 + ε_high with A > 0, and either.
    public var lowClipped = 0, highClipped = 0
    public var tokens = 0

    public var regionClipped: Int { lowClipped + highClipped }
    /// TRL's `kl`: a token mean over the batch.
    public var meanKL: Float { tokens > 0 ? Float(klSum / Double(tokens)) : 0 }
    /// TRL's `clip_ratio/region_mean`.
    public var clipRatio: Float { tokens > 0 ? Float(regionClipped) / Float(tokens) : 0 }

    public static func + (a: GRPOLossStats, b: GRPOLossStats) -> GRPOLossStats {
        GRPOLossStats(klSum: a.klSum + b.klSum, lowClipped: a.lowClipped + b.lowClipped, highClipped: a.highClipped + b.highClipped,
                      tokens: a.tokens + b.tokens)
    }
}

extension Tensor {
    /// TRL's GRPO loss over a log-prob grid `self` [B, L] (row b = sample b):
    /// per token −w·min(ρA, clip(ρ, 1−ε_low, 1+ε_high)A) + β·KL, ρ = exp(logp − logp_old), w the
    /// sample's sampling weight (1 without),
    /// KL = (exp(ref − logp) − (ref − logp) − 1)·ρ (TRL's bias-corrected k3), reduced by `type`:
    /// grpo: mean over sequences of each one's token mean; bnpo: Σ / tokens; dr_grpo:
    /// Σ / (B × maxCompletionLength); these three are divided by `accumulation`, the number of
    /// micro-batches of the step. dapo: Σ / `batchTokens`, the masked tokens of the whole
    /// generation batch (this micro-batch's when nil), with no further division.
    /// Gradients follow torch's min/clamp rules (ties split evenly).
    public func grpoLoss(_ samples: [GRPOSample], type: GRPOLossType, beta: Float, epsilonLow: Float, epsilonHigh: Float,
                         maxCompletionLength: Int, accumulation: Int = 1,
                         batchTokens: Int? = nil) throws -> (loss: Tensor, stats: GRPOLossStats) {
        try requireF32("grpoLoss")
        guard rank == 2, shape[0] == samples.count else {
            throw TensorError.shapeMismatch(op: "grpoLoss", expected: [samples.count, cols], found: shape)
        }
        guard accumulation >= 1 else { throw TensorError.invalidArgument(op: "grpoLoss", "accumulation \(accumulation) must be ≥ 1") }
        let width = cols
        for s in samples {
            guard s.offset >= 0, s.length >= 0, s.offset + s.length <= width else {
                throw TensorError.invalidArgument(op: "grpoLoss", "completion [\(s.offset), \(s.offset + s.length)) outside rows of width \(width)")
            }
            if let o = s.oldLogProbs, o.count < s.length { throw TensorError.invalidArgument(op: "grpoLoss", "old log-probs shorter than the completion") }
            if let w = s.samplingWeights, w.count < s.length { throw TensorError.invalidArgument(op: "grpoLoss", "sampling weights shorter than the completion") }
            if beta != 0 {
                guard let r = s.refLogProbs, r.count >= s.length else {
                    throw TensorError.invalidArgument(op: "grpoLoss", "beta ≠ 0 needs reference log-probs for every completion token")
                }
            }
        }
        let totalTokens = samples.reduce(0) { $0 + $1.length }
        let steps = Float(accumulation)
        // Per-token weight of the reduction.
        func weight(_ s: GRPOSample) -> Float {
            switch type {
            case .grpo: return s.length == 0 ? 0 : 1 / (Float(s.length * samples.count) * steps)
            case .bnpo: return 1 / (Float(max(totalTokens, 1)) * steps)
            case .drGRPO: return 1 / (Float(samples.count * maxCompletionLength) * steps)
            case .dapo: return 1 / Float(max(batchTokens ?? totalTokens, 1))
            }
        }
        var loss: Double = 0
        var stats = GRPOLossStats(tokens: totalTokens)
        let grad = Tensor(zeros: shape) // d loss / d logp, kept for backward
        for (b, s) in samples.enumerated() {
            let w = weight(s), a = s.advantage
            for j in 0..<s.length {
                let lp = data[b * width + s.offset + j]
                let old = s.oldLogProbs?[j] ?? lp
                let ratio = expf(lp - old)
                let clippedRatio = min(max(ratio, 1 - epsilonLow), 1 + epsilonHigh)
                let l1 = ratio * a, l2 = clippedRatio * a
                var tokenLoss = -min(l1, l2)
                // d(−min(l1, l2))/dlogp: l1 contributes ratio·A; l2 only while the clamp is inactive.
                let d1 = ratio * a, d2 = (ratio >= 1 - epsilonLow && ratio <= 1 + epsilonHigh) ? ratio * a : 0
                var dLoss = l1 < l2 ? -d1 : (l2 < l1 ? -d2 : -(d1 + d2) / 2)
                if let isw = s.samplingWeights?[j] { tokenLoss *= isw; dLoss *= isw } // before the KL term, as TRL
                if ratio < 1 - epsilonLow && a < 0 { stats.lowClipped += 1 }
                if ratio > 1 + epsilonHigh && a > 0 { stats.highClipped += 1 }
                if beta != 0, let ref = s.refLogProbs?[j] {
                    let diff = ref - lp
                    let k3 = expf(diff) - diff - 1
                    // KL·ρ: d/dlogp = (1 − e^diff)·ρ + k3·ρ (the second term is the bias correction's).
                    tokenLoss += beta * k3 * ratio
                    dLoss += beta * ((1 - expf(diff)) * ratio + k3 * ratio)
                    stats.klSum += Double(k3 * ratio)
                }
                loss += Double(w * tokenLoss)
                grad.data[b * width + s.offset + j] = w * dLoss
            }
        }
        let out = Tensor(scalar: Float(loss))
        Tape.record(out, inputs: [self]) { g in
            let gx = Tensor(zeros: self.shape)
            let scale = g.data[0]
            for i in 0..<gx.count { gx.data[i] = grad.data[i] * scale }
            self.accumulateGrad(gx)
        }
        return (out, stats)
    }
}
