/// The reward functions by the names Tina's recipes use (`RL_POST_TRAIN_REWARD_MAP` in
/// tina/post_train_hf/grpo.py), plus open-r1's variants, evaluated over a batch.
public enum BuiltinReward: String, CaseIterable, Codable, Sendable {
    case accuracy
    case format
    case tagCount = "tag_count"
    case tagCountOpenR1 = "tag_count_open_r1"
    case strictFormat = "strict_format"
    case length
    case reasoningSteps = "reasoning_steps"
    case cosine
    case repetitionPenalty = "repetition_penalty"

    /// Rewards for a batch of completions with their gold answers. `cosine` and `length`
    /// measure a completion in characters (Unicode scalars), as Tina's rewards.py does with
    /// `len(content)`. `length` normalises within each group of `groupSize` consecutive
    /// completions (one prompt's G; nil: the whole batch is one group). nil entries mean "no
    /// opinion" (accuracy with an unparseable gold) and are skipped when rewards are summed.
    public func rewards(completions: [String], golds: [String], groupSize: Int? = nil,
                        cosine cosineConfig: LengthRewards.CosineConfig = .tina,
                        repetitionNgramSize: Int = 3, repetitionMaxPenalty: Double = -1.0) throws -> [Double?] {
        guard completions.count == golds.count else {
            throw RewardError.shapeMismatch("\(rawValue): \(completions.count) completions but \(golds.count) gold answers")
        }
        let group = groupSize ?? max(completions.count, 1)
        guard group >= 1, completions.count % group == 0 else {
            throw RewardError.shapeMismatch("\(rawValue): \(completions.count) completions do not form groups of \(group)")
        }
        let sizes = completions.map { $0.unicodeScalars.count }
        switch self {
        case .accuracy:
            return zip(completions, golds).map { MathAnswerCheck.accuracy(completion: $0, gold: $1) }
        case .format:
            return completions.map { FormatRewards.format(completion: $0) }
        case .tagCount:
            return completions.map { FormatRewards.tagCount(completion: $0) }
        case .tagCountOpenR1:
            return completions.map { FormatRewards.tagCountOpenR1(completion: $0) }
        case .strictFormat:
            return completions.map { FormatRewards.strictFormat(completion: $0) }
        case .reasoningSteps:
            return completions.map { FormatRewards.reasoningSteps(completion: $0) }
        case .repetitionPenalty:
            return try completions.map {
                try FormatRewards.repetitionPenalty(completion: $0, ngramSize: repetitionNgramSize, maxPenalty: repetitionMaxPenalty)
            }
        case .cosine:
            return try completions.indices.map {
                try LengthRewards.cosine(completion: completions[$0], gold: golds[$0], length: sizes[$0], config: cosineConfig)
            }
        case .length:
            let correct = zip(completions, golds).map {
                MathAnswerCheck.lengthRewardCorrectness(completion: $0, gold: $1) ?? true
            }
            return try stride(from: 0, to: sizes.count, by: group).flatMap {
                try LengthRewards.length(lengths: Array(sizes[$0..<$0 + group]), correct: Array(correct[$0..<$0 + group]))
            }
        }
    }
}
