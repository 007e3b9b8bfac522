import Foundation

/// Rewards that trade correctness against completion length.
public enum LengthRewards {
    /// The four ends of the cosine schedule and the length at which it bottoms out.
    public struct CosineConfig: Codable, Equatable, Sendable {
        public var minValueWrong: Double
        public var maxValueWrong: Double
        public var minValueCorrect: Double
        public var maxValueCorrect: Double
        public var maxLength: Int

        public init(minValueWrong: Double, maxValueWrong: Double, minValueCorrect: Double, maxValueCorrect: Double, maxLength: Int) {
            self.minValueWrong = minValueWrong
            self.maxValueWrong = maxValueWrong
            self.minValueCorrect = minValueCorrect
            self.maxValueCorrect = maxValueCorrect
            self.maxLength = maxLength
        }

        /// Tina's constants (tina/config.py `ModelPTConfig`): wrong answers 0 → −0.5,
        /// correct answers 1 → 0.5, over 1000 units of length.
        public static let tina = CosineConfig(minValueWrong: 0.0, maxValueWrong: -0.5, minValueCorrect: 0.5,
                                              maxValueCorrect: 1.0, maxLength: 1000)
        /// open-r1's defaults (`get_cosine_scaled_reward`): wrong answers −1 → −0.5.
        public static let openR1 = CosineConfig(minValueWrong: -1.0, maxValueWrong: -0.5, minValueCorrect: 0.5,
                                                maxValueCorrect: 1.0, maxLength: 1000)
    }

    /// The cosine-scaled reward for a completion of `length` (Tina and open-r1 pass the
    /// number of characters, `len(content)`; the caller may pass tokens instead):
    /// `min + ½(max − min)(1 + cos(π·length/maxLength))`: correct answers go from
    /// `maxValueCorrect` (empty) to `minValueCorrect` (at `maxLength`), wrong ones from
    /// `minValueWrong` to `maxValueWrong` — so long wrong answers are penalised less than
    /// short ones with open-r1's constants and more with Tina's. Like the reference,
    /// lengths beyond `maxLength` are not clamped (the cosine swings back).
    public static func cosine(isCorrect: Bool, length: Int, config: CosineConfig = .tina) throws -> Double {
        guard length >= 0 else { throw RewardError.invalidArgument("cosine: length \(length) is negative") }
        guard config.maxLength > 0 else { throw RewardError.invalidArgument("cosine: maxLength \(config.maxLength) must be positive") }
        let progress = Double(length) / Double(config.maxLength)
        let cosine = Foundation.cos(progress * Double.pi)
        // Wrong answers swap the ends, exactly as the reference does.
        let (low, high) = isCorrect ? (config.minValueCorrect, config.maxValueCorrect) : (config.maxValueWrong, config.minValueWrong)
        return low + 0.5 * (high - low) * (1.0 + cosine)
    }

    /// Tina's cosine reward for a completion: correctness as in the reference (gold parsed
    /// as LaTeX, `verify(answer, gold)`), 1.0 when the gold cannot be parsed.
    public static func cosine(completion: String, gold: String, length: Int, config: CosineConfig = .tina) throws -> Double {
        guard let correct = MathAnswerCheck.lengthRewardCorrectness(completion: completion, gold: gold) else { return 1.0 }
        return try cosine(isCorrect: correct, length: length, config: config)
    }

    /// open-r1's / Tina's `len_reward` (Kimi 1.5) over one batch of completions:
    /// λ = 0.5 − (len − min)/(max − min); correct answers get λ, wrong ones min(0, λ); all
    /// zero when every length is equal. Throws when the arrays differ in size.
    public static func length(lengths: [Int], correct: [Bool]) throws -> [Double] {
        guard lengths.count == correct.count else {
            throw RewardError.shapeMismatch("length: \(lengths.count) lengths but \(correct.count) correctness flags")
        }
        guard let shortest = lengths.min(), let longest = lengths.max(), longest != shortest else {
            return Array(repeating: 0.0, count: lengths.count)
        }
        let span = Double(longest - shortest)
        return zip(lengths, correct).map { length, isCorrect in
            let lambda = 0.5 - Double(length - shortest) / span
            return isCorrect ? lambda : min(0, lambda)
        }
    }

    /// `len_reward` from the completions themselves, as the reference computes it: lengths
    /// in Unicode code points (Python `len`), unparseable golds count as correct.
    public static func length(completions: [String], golds: [String]) throws -> [Double] {
        guard completions.count == golds.count else {
            throw RewardError.shapeMismatch("length: \(completions.count) completions but \(golds.count) gold answers")
        }
        let correct = zip(completions, golds).map { MathAnswerCheck.lengthRewardCorrectness(completion: $0, gold: $1) ?? true }
        return try length(lengths: completions.map { $0.unicodeScalars.count }, correct: correct)
    }
}
