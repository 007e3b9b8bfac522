import Foundation

/// What the micro-batches of one GRPO step add up, and the step's metrics under TRL's names.
struct GRPOStepTotals {
    var loss = 0.0
    var stats = GRPOLossStats()
    var entropySum = 0.0
    /// |server log-prob − policy log-prob| over the tokens a server sampled (off-policy drift).
    var driftSum = 0.0, driftTokens = 0
    /// The importance-sampling weights of a server's batch.
    var weightSum = 0.0, weightTokens = 0, weightMin = Float.infinity, weightMax = -Float.infinity
    var timeReference = 0.0, timePolicy = 0.0, timeOptimizer = 0.0

    /// Adds one micro-batch: its loss and statistics, the policy's entropy and drift over each
    /// sample's loss tokens, and the sampling weights. `rows` are the samples' batch rows.
    mutating func add(loss l: Float, stats s: GRPOLossStats, samples: [GRPOSample], rows: [Int], entropy: Tensor, policy logp: Tensor,
                      sampled: [[Float]]?) {
        for x in samples.flatMap({ $0.samplingWeights ?? [] }) {
            weightSum += Double(x); weightMin = min(weightMin, x); weightMax = max(weightMax, x); weightTokens += 1
        }
        loss += Double(l)
        stats = stats + s
        for (k, sample) in samples.enumerated() {
            for j in 0..<sample.length { entropySum += Double(entropy.data[k * entropy.cols + sample.offset + j]) }
            if let sampled = sampled?[rows[k]] {
                for j in 0..<min(sample.length, sampled.count) where sampled[j].isFinite {
                    driftSum += Double(abs(sampled[j] - logp.data[k * logp.cols + sample.offset + j])); driftTokens += 1
                }
            }
        }
    }

    /// The step's metrics, in the order the log and `t.history` show them. A std of fewer than
    /// two values logs as 0.
    func metrics(batch: GRPOBatch, grouped: GroupAdvantages?, advantages: [Double], truncated: [Bool], batchTokens: Int,
                 gradNorm: Float, lr: Double, skipped: Bool, stepSeconds: Double) -> [(String, Double)] {
        func std(_ xs: [Double]) -> Double { Statistics.unbiasedStd(xs, undefined: 0) }
        let tokens = Double(max(stats.tokens, 1))
        let completionLengths = batch.completionIds.map { Double($0.count) }
        var metrics: [(String, Double)] = [
            ("loss", loss), ("grad_norm", Double(gradNorm)), ("lr", lr), ("kl", Double(stats.meanKL)),
            ("entropy", stats.tokens > 0 ? entropySum / tokens : 0), ("clip_ratio", Double(stats.clipRatio)),
            ("clip_ratio/low_mean", Double(stats.lowClipped) / tokens), ("clip_ratio/high_mean", Double(stats.highClipped) / tokens),
            ("reward", Statistics.mean(batch.rewards)), ("reward_std", grouped?.rewardStd ?? std(batch.rewards)),
            ("frac_reward_zero_std", grouped?.fractionZeroStd ?? 0),
        ]
        for (name, values) in batch.rewardsByFunction {
            let vals = values.compactMap { $0 }.filter { !$0.isNaN }
            metrics.append(("rewards/\(name)/mean", Statistics.mean(vals)))
            metrics.append(("rewards/\(name)/std", std(vals)))
        }
        metrics += [
            ("advantage_std", std(advantages)), ("completion_length", Statistics.mean(completionLengths)),
            ("completion_length_max", completionLengths.max() ?? 0),
            ("truncated_ratio", Double(truncated.filter { $0 }.count) / Double(batch.count)), ("num_items_in_batch", Double(batchTokens)),
            ("skipped", skipped ? 1 : 0), ("time/reference", timeReference), ("time/policy", timePolicy),
            ("time/optimizer", timeOptimizer), ("time/step", stepSeconds),
        ]
        if driftTokens > 0 { metrics.append(("sampling_logp_diff", driftSum / Double(driftTokens))) }
        if weightTokens > 0 {
            metrics += [("sampling/importance_sampling_ratio/min", Double(weightMin)),
                        ("sampling/importance_sampling_ratio/mean", weightSum / Double(weightTokens)),
                        ("sampling/importance_sampling_ratio/max", Double(weightMax))]
        }
        return metrics
    }
}
