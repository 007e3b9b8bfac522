/// Correctness checks of a completion against a gold answer, as Tina's reward functions
/// call math-verify (tina/post_train_hf/rewards.py).
public enum MathAnswerCheck {
    /// Tina's `accuracy_reward`: the gold is parsed with math-verify's defaults (LaTeX and
    /// plain numbers), the completion with LaTeX only (boxed first, then "final answer is",
    /// then "answer:"; nothing without such an anchor), and `verify(gold, answer)`.
    /// Returns 1.0 or 0.0, or nil when the gold cannot be parsed (the example is skipped).
    public static func accuracy(completion: String, gold: String) -> Double? {
        let goldParsed = MathAnswerExtractor.gold.extract(gold)
        guard !goldParsed.isEmpty else { return nil }
        let answer = MathAnswerExtractor.completion.extract(completion)
        return MathEquivalence.verify(gold: goldParsed, prediction: answer) ? 1.0 : 0.0
    }

    /// The correctness test inside Tina's / open-r1's `len_reward` and cosine reward: the
    /// gold is parsed as LaTeX only, boxes are not unpacked by the normaliser
    /// (`boxed=True`), and the comparison runs as `verify(answer, gold)`. Returns nil when
    /// the gold cannot be parsed (those rewards then treat the example as correct).
    public static func lengthRewardCorrectness(completion: String, gold: String) -> Bool? {
        let goldParsed = goldLatexOnly.extract(gold)
        guard !goldParsed.isEmpty else { return nil }
        let answer = completionUnboxed.extract(completion)
        return MathEquivalence.verify(gold: answer, prediction: goldParsed)
    }

    private static let goldLatexOnly = MathAnswerExtractor(latex: .init(), plainExpressions: false)
    private static let completionUnboxed: MathAnswerExtractor = {
        var normalization = LatexNormalization.tinaCompletion
        normalization.boxed = .none
        return MathAnswerExtractor(
            latex: .init(extractWithoutAnchor: false, boxedPriority: 0, normalization: normalization),
            plainExpressions: false)
    }()
}
