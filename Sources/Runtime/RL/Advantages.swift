import Foundation

/// How group-relative advantages are divided by a standard deviation (TRL's
/// `scale_rewards`).
public enum RewardScaling: String, Codable, CaseIterable, Sendable {
    /// Divide by the unbiased std of each prompt's group (GRPO).
    case group
    /// Divide by the unbiased std of the whole batch.
    case batch
    /// No division (Dr. GRPO).
    case none
}

/// Group-relative advantages exactly as TRL's GRPOTrainer computes them.
public struct GroupAdvantages: Equatable, Sendable {
    /// One per completion, in the order of the rewards (prompt-major: the G completions
    /// of prompt 0 first).
    public let advantages: [Double]
    /// Mean reward of each prompt's group.
    public let groupMeans: [Double]
    /// Unbiased std of each prompt's group (logged as `reward_std` even when not used for
    /// scaling).
    public let groupStds: [Double]
    /// The std each completion's advantage was divided by (before the +1e-4); for
    /// `.none`, the group std that TRL still uses for its metrics.
    public let scaleStds: [Double]

    /// TRL's `reward_std` metric: the mean of `scaleStds`.
    public var rewardStd: Double { Statistics.mean(scaleStds) }

    /// TRL's `frac_reward_zero_std`: the fraction of completions whose std is ~0
    /// (`torch.isclose(std, 0)`), i.e. groups that carry no learning signal.
    public var fractionZeroStd: Double {
        scaleStds.isEmpty ? 0 : Double(scaleStds.filter { Swift.abs($0) <= 1e-8 }.count) / Double(scaleStds.count)
    }

    /// `A_i = (r_i − mean_group) / (std + 1e-4)` with the std chosen by `scaling`
    /// (no division for `.none`). `rewards` holds numPrompts × `groupSize` values.
    /// Throws when the group size is below 2 or does not divide the number of rewards.
    public init(rewards: [Double], groupSize: Int, scaling: RewardScaling = .group) throws {
        guard groupSize >= 2 else {
            throw RewardError.invalidArgument("GroupAdvantages: groupSize \(groupSize) must be at least 2 (the std of one sample is undefined)")
        }
        guard !rewards.isEmpty, rewards.count % groupSize == 0 else {
            throw RewardError.shapeMismatch("GroupAdvantages: \(rewards.count) rewards is not a positive multiple of groupSize \(groupSize)")
        }
        var means: [Double] = []
        var stds: [Double] = []
        for start in stride(from: 0, to: rewards.count, by: groupSize) {
            let group = rewards[start..<(start + groupSize)]
            means.append(Statistics.mean(group))
            stds.append(Statistics.unbiasedStd(group))
        }
        let batchStd = Statistics.unbiasedStd(rewards)
        var advantages: [Double] = []
        var scales: [Double] = []
        advantages.reserveCapacity(rewards.count)
        for (i, r) in rewards.enumerated() {
            let g = i / groupSize
            let std = scaling == .batch ? batchStd : stds[g]
            scales.append(std)
            let centred = r - means[g]
            advantages.append(scaling == .none ? centred : centred / (std + 1e-4))
        }
        self.advantages = advantages
        self.groupMeans = means
        self.groupStds = stds
        self.scaleStds = scales
    }

    /// Weighted sum of per-function rewards per completion, skipping missing values as
    /// TRL's `nansum` does (a reward function returns nil to abstain). `perFunction[k][i]`
    /// is function k's reward for completion i. Throws on size mismatches.
    public static func combine(perFunction: [[Double?]], weights: [Double]) throws -> [Double] {
        guard perFunction.count == weights.count else {
            throw RewardError.shapeMismatch("combine: \(perFunction.count) reward functions but \(weights.count) weights")
        }
        guard let n = perFunction.first?.count else { return [] }
        for (k, column) in perFunction.enumerated() where column.count != n {
            throw RewardError.shapeMismatch("combine: reward function \(k) gave \(column.count) values, function 0 gave \(n)")
        }
        return (0..<n).map { i in
            zip(perFunction, weights).reduce(0.0) { sum, fw in
                guard let v = fw.0[i], !v.isNaN else { return sum }
                return sum + v * fw.1
            }
        }
    }
}
