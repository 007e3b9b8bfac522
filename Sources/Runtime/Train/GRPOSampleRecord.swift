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

extension GRPOTrainer {
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
