import Foundation

/// One generation batch of GRPO as a value: what `t.rollout()` returns and `t.train(batch)` takes.
/// Rows are completions; G consecutive rows share a prompt. Only `promptIds`, `completionIds` and
/// `rewards` are required: a batch can be built by hand or come from a server.
public struct GRPOBatch {
    /// The prompt of each completion (G consecutive rows share one), BOS and chat template included.
    public var promptIds: [[Int]]
    /// Unpadded completions: ending with an EOS id, or stopped at max_completion_tokens.
    public var completionIds: [[Int]]
    /// The weighted sum of the reward functions, one per completion.
    public var rewards: [Double]
    /// Each reward function's values, by name (nil: the function abstained).
    public var rewardsByFunction: [(name: String, values: [Double?])] = []
    /// Group-relative advantages; nil: computed from `rewards` under the trainer's `scale_rewards`.
    public var advantages: [Double]?
    /// Completions that never reached EOS; nil: those whose last token is not a stop id.
    public var truncated: [Bool]?
    public var completions: [String]?
    public var prompts: [String]?
    public var answers: [String]?
    /// Log-probs of the policy that sampled each completion token (TRL's old_per_token_logps); nil:
    /// the policy being trained, detached (importance ratio 1 in value).
    public var oldLogProbs: [[Float]]?
    /// The log-probs the sampler reported for its tokens (a server's), to show off-policy drift.
    public var samplingLogProbs: [[Float]]?
    /// Seconds spent sampling it (our own rollouts only).
    var generationSeconds: Double?
    /// How a server sampled it: the adapter version, the sync's seconds, whether that adapter was stale.
    struct Sampling { var adapterVersion: Int, syncSeconds: Double, stale: Bool }
    var sampling: Sampling?

    public init(promptIds: [[Int]], completionIds: [[Int]], rewards: [Double]) {
        self.promptIds = promptIds; self.completionIds = completionIds; self.rewards = rewards
    }

    public var count: Int { completionIds.count }

    /// Checks sizes and ids against the model; `groupSize` must divide the rows when advantages
    /// have to be computed. Messages name the field and the row.
    public func validate(vocabSize: Int, maxPositions: Int, groupSize: Int) throws {
        func fail(_ m: String) -> RecipeError { RecipeError.invalid("batch: " + m) }
        guard !completionIds.isEmpty else { throw fail("no completions") }
        let n = completionIds.count
        guard promptIds.count == n else { throw fail("\(promptIds.count) prompt_ids for \(n) completion_ids") }
        guard rewards.count == n else { throw fail("\(rewards.count) rewards for \(n) completions") }
        if let a = advantages, a.count != n { throw fail("\(a.count) advantages for \(n) completions") }
        if let t = truncated, t.count != n { throw fail("\(t.count) truncated flags for \(n) completions") }
        if let old = oldLogProbs, old.count != n { throw fail("\(old.count) old_logps rows for \(n) completions") }
        for (name, list) in [("completions", completions), ("prompts", prompts), ("answers", answers)] {
            if let list, list.count != n { throw fail("\(list.count) \(name) for \(n) completions") }
        }
        for (name, values) in rewardsByFunction where values.count != n {
            throw fail("rewards_by_function[\"\(name)\"] has \(values.count) values for \(n) completions")
        }
        if advantages == nil && n % groupSize != 0 {
            throw fail("\(n) completions do not form groups of G=\(groupSize) (give advantages, or whole groups)")
        }
        if let bad = rewards.firstIndex(where: { !$0.isFinite }), advantages == nil {
            throw fail("rewards[\(bad)] is \(rewards[bad]); rewards must be finite")
        }
        for i in 0..<n {
            guard !promptIds[i].isEmpty else { throw fail("prompt_ids[\(i)] is empty") }
            let total = promptIds[i].count + completionIds[i].count
            guard total <= maxPositions else {
                throw fail("row \(i) holds \(total) tokens, more than the model's \(maxPositions) positions")
            }
            for (field, ids) in [("prompt_ids", promptIds[i]), ("completion_ids", completionIds[i])] {
                if let id = ids.first(where: { $0 < 0 || $0 >= vocabSize }) {
                    throw fail("\(field)[\(i)] holds id \(id), outside the vocabulary 0..<\(vocabSize)")
                }
            }
            if let old = oldLogProbs?[i], old.count < completionIds[i].count {
                throw fail("old_logps[\(i)] has \(old.count) values for \(completionIds[i].count) completion tokens")
            }
        }
    }

    /// Tokens of row `i` that the loss sees: up to and including the first stop id (TRL's mask).
    func lossLength(_ i: Int, stopIds: Set<Int>) -> Int {
        let ids = completionIds[i]
        return (ids.firstIndex(where: stopIds.contains)).map { $0 + 1 } ?? ids.count
    }

    /// Whether row `i` ended without a stop id (given flags win).
    func isTruncated(_ i: Int, stopIds: Set<Int>) -> Bool {
        if let truncated { return truncated[i] }
        return !completionIds[i].contains(where: stopIds.contains)
    }
}
