import Foundation

/// Rewards that look only at the shape of a completion (tina/post_train_hf/rewards.py and
/// open-r1's src/open_r1/rewards.py). Counts are of non-overlapping occurrences, as
/// Python's `str.count`.
public enum FormatRewards {
    /// Tina's `format_reward`: 1.0 when the completion contains "\n</think>\n" exactly
    /// once (the opening `<think>` is part of the prompt), else 0.0.
    public static func format(completion: String) -> Double {
        occurrences(of: "\n</think>\n", in: completion) == 1 ? 1.0 : 0.0
    }

    /// Tina's `tag_count_reward`: 0.5 for exactly one "<think>\n" plus 0.5 for exactly one
    /// "\n</think>\n".
    public static func tagCount(completion: String) -> Double {
        var score = 0.0
        if occurrences(of: "<think>\n", in: completion) == 1 { score += 0.5 }
        if occurrences(of: "\n</think>\n", in: completion) == 1 { score += 0.5 }
        return score
    }

    /// open-r1's `tag_count_reward`: 0.25 each for exactly one "<think>\n", "\n</think>\n",
    /// "\n<answer>\n" and "\n</answer>".
    public static func tagCountOpenR1(completion: String) -> Double {
        ["<think>\n", "\n</think>\n", "\n<answer>\n", "\n</answer>"].reduce(0.0) { score, tag in
            score + (occurrences(of: tag, in: completion) == 1 ? 0.25 : 0)
        }
    }

    private static let strictPattern = MathRegex(#"^<think>\n.*?\n</think>\n<answer>\n.*?\n</answer>$"#, dotAll: true,
                                                 anchorsMatchLines: true)

    /// open-r1's strict `format_reward`: the completion must start with
    /// `<think>\n…\n</think>\n<answer>\n…\n</answer>` (Python `re.match` with DOTALL and
    /// MULTILINE, so the closing tag must end a line).
    public static func strictFormat(completion: String) -> Double {
        strictPattern.matchesAtStart(completion) ? 1.0 : 0.0
    }

    private static let stepPattern = MathRegex(#"(Step \d+:|^\d+\.|\n-|\n\*|First,|Second,|Next,|Finally,)"#)

    /// open-r1's `reasoning_steps_reward`: min(1, number of step markers / 3).
    public static func reasoningSteps(completion: String) -> Double {
        min(1.0, Double(stepPattern.matches(completion).count) / 3.0)
    }

    /// open-r1's `repetition_penalty_reward` (Tina: n-gram size 3, maximum penalty −1):
    /// `(1 − distinct n-grams / n-grams) × maxPenalty` over lower-cased whitespace words.
    /// Throws when `maxPenalty` is positive or `ngramSize` is not positive.
    public static func repetitionPenalty(completion: String, ngramSize: Int = 3, maxPenalty: Double = -1.0) throws -> Double {
        guard maxPenalty <= 0 else { throw RewardError.invalidArgument("repetitionPenalty: maxPenalty \(maxPenalty) must not be positive") }
        guard ngramSize > 0 else { throw RewardError.invalidArgument("repetitionPenalty: ngramSize \(ngramSize) must be positive") }
        let words = completion.lowercased().split(whereSeparator: { $0.isWhitespace })
        guard !completion.isEmpty, words.count >= ngramSize else { return 0 }
        var seen = Set<[Substring]>()
        var total = 0
        for start in 0...(words.count - ngramSize) {
            seen.insert(Array(words[start..<(start + ngramSize)]))
            total += 1
        }
        return (1 - Double(seen.count) / Double(total)) * maxPenalty
    }

    /// Python's `str.count`, on UTF-8 bytes so that "\n" inside "\r\n" (one Swift
    /// Character) still counts.
    static func occurrences(of needle: String, in text: String) -> Int {
        let hay = Array(text.utf8), pin = Array(needle.utf8)
        guard !pin.isEmpty, hay.count >= pin.count else { return 0 }
        var count = 0
        var i = 0
        while i + pin.count <= hay.count {
            if hay[i] == pin[0] && hay[i..<(i + pin.count)].elementsEqual(pin) {
                count += 1
                i += pin.count
            } else {
                i += 1
            }
        }
        return count
    }
}
