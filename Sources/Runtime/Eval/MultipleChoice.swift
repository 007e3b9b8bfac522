import Foundation

/// How evaluation scores a completion against its prompt's gold answer. A benchmark's scorer is
/// part of its registry entry (`DatasetSpec.scorer`) and travels on every prompt built from it
/// (`DatasetPrompt.scorer`), so `Evaluation.run` scores and groups each prompt the right way.
public enum EvalScorer: String, Sendable, CaseIterable {
    /// math-verify's accuracy (Tina's `accuracy_reward`): the completion's final answer against
    /// the gold as mathematics.
    case mathVerify = "math-verify"
    /// The choice letter: the gold is a letter A–D and the completion's letter
    /// (`MultipleChoice.extractLetter`) must equal it.
    case multipleChoice = "multiple-choice"

    /// The scorer called `name` ("math-verify" or "multiple-choice").
    public init(named name: String) throws {
        guard let scorer = EvalScorer(rawValue: name) else {
            throw DatasetError.badArgument("unknown scorer \"\(name)\" (known: "
                                           + EvalScorer.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ") + ")")
        }
        self = scorer
    }

    /// 1 or 0; nil when the gold is unusable (math-verify cannot parse it, or it is not a letter).
    public func score(completion: String, gold: String) -> Double? {
        switch self {
        case .mathVerify: return MathAnswerCheck.accuracy(completion: completion, gold: gold)
        case .multipleChoice: return MultipleChoice.accuracy(completion: completion, gold: gold)
        }
    }
}

/// Multiple-choice questions the way lighteval's `gpqa:diamond` task asks them (its
/// `gpqa_instruct` prompt, adapted from openai/simple-evals): the correct answer is inserted
/// among the three incorrect ones at a random index, the four choices are labelled A–D under the
/// question, the model is asked to end with "Answer: LETTER", and the letter is scored.
///
/// lighteval draws the index with Python's `random.randint(0, 3)`; here it is seeded
/// (`goldIndices`), so the same seed always gives the same order.
public enum MultipleChoice {
    /// The choice labels, in display order.
    public static let letters = ["A", "B", "C", "D"]

    /// lighteval's `gpqa_instruct` query with `{question}` and `{A}` … `{D}` where the question
    /// and the choices go (filled in one pass: braces inside the question or a choice are kept).
    public static let template =
        "Answer the following multiple choice question. The last line of your response should be of the following "
        + "format: 'Answer: $LETTER' (without quotes) where LETTER is one of ABCD. Think step by step before answering."
        + "\n\n{question}\n\nA) {A}\nB) {B}\nC) {C}\nD) {D}"

    /// Where the correct answer goes for each of `count` rows: row i takes the i-th draw of
    /// `SeededRandom(seed)`, modulo 4 (exact: 2⁶⁴ is a multiple of 4). The first n rows keep
    /// their order whatever the count, so `limit` does not reshuffle them.
    public static func goldIndices(count: Int, seed: UInt64) -> [Int] {
        var rng = SeededRandom(seed: seed)
        return (0..<max(0, count)).map { _ in Int(rng.next() % UInt64(letters.count)) }
    }

    /// The choices in display order: the incorrect ones in their order, with the correct one
    /// inserted at `goldIndex` (Python's `list.insert`).
    public static func arrange(correct: String, incorrect: [String], goldIndex: Int) throws -> [String] {
        guard incorrect.count == letters.count - 1 else {
            throw DatasetError.badArgument("a multiple-choice question needs \(letters.count - 1) incorrect answers, got \(incorrect.count)")
        }
        guard (0..<letters.count).contains(goldIndex) else {
            throw DatasetError.badArgument("gold index \(goldIndex) is not in 0...\(letters.count - 1)")
        }
        var choices = incorrect
        choices.insert(correct, at: goldIndex)
        return choices
    }

    /// Throws unless `template` holds `{question}` and every `{A}` … `{D}`.
    public static func validate(template: String) throws {
        let missing = (["question"] + letters).filter { !template.contains("{\($0)}") }
        guard missing.isEmpty else {
            throw DatasetError.badArgument("a multiple-choice template must contain {question} and {A}, {B}, {C}, {D} (missing: "
                                           + missing.map { "{\($0)}" }.joined(separator: ", ") + ")")
        }
    }

    /// One question as a prompt: the user turn (the template filled with the question and the
    /// arranged choices) and the gold letter. The single place where multiple-choice prompts and
    /// golds are made (`Dataset.toPrompts` calls it for every row).
    public static func makePrompt(question: String, correct: String, incorrect: [String], goldIndex: Int,
                                  template: String = MultipleChoice.template) throws -> (user: String, gold: String) {
        try validate(template: template)
        let choices = try arrange(correct: correct, incorrect: incorrect, goldIndex: goldIndex)
        var values = ["question": question]
        for (letter, choice) in zip(letters, choices) { values[letter] = choice }
        return (fill(template, values), letters[goldIndex])
    }

    /// Python's `str.format` for the named fields only, in one pass over the template.
    static func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                out += value
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }

    // MARK: The letter in a completion

    /// "Answer: X", the prompt's format, and its usual variants: any case, "answer is X",
    /// bold or italic markers, the letter in ( ), [ ], $ $, \( \), \boxed{ } or \text{ }.
    private static let anchored = MathRegex(
        #"(?i:\banswer(?:[\s*_]*(?::|：)|\s+is\b[\s*_]*(?::|：)?))(?:[\s*_$(\[{]|\\\(|\\\[)*"#
            + #"(?:\\(?:boxed|text|textbf|mathrm|mathbf)\s*\{[\s(]*)?([A-D])(?![A-Za-z0-9])"#)
    /// \boxed{X}, \boxed{(X)}, \boxed{\text{X}}: the box holds the letter alone.
    private static let boxed = MathRegex(
        #"\\boxed\s*\{[\s(]*(?:\\(?:text|textbf|mathrm|mathbf)\s*\{[\s(]*)?([A-D])[\s)]*\}"#)
    private static let answerTags = MathRegex(#"</?answer>|</?think>"#)

    /// The letter the completion answers with, or nil. Tried in order, the last match of each
    /// rule winning (the final answer comes after the reasoning):
    /// 1. "Answer: X" (see `anchored`: "Answer: (X)", "**Answer:** X", "answer is X", …);
    /// 2. `\boxed{X}` with the letter alone in the box;
    /// 3. the last non-empty line (without `<answer>`/`<think>` tags) being the letter alone,
    ///    give or take `*`, `_`, `$`, brackets and a full stop: "(B)", "**C**", "D.".
    /// Only capital A–D count: "Answer: E", "Answer: Both", "answer: b" and "Answer: $LETTER" give
    /// nil. Unlike lighteval there is no last resort of any capital A–D anywhere in the text.
    public static func extractLetter(_ completion: String) -> String? {
        let ns = completion as NSString
        for rule in [anchored, boxed] {
            if let m = rule.matches(completion).last { return ns.substring(with: m.range(at: 1)) }
        }
        let lines = answerTags.replace(completion, with: "\n").split(whereSeparator: \.isNewline)
        let trim = CharacterSet.whitespaces.union(CharacterSet(charactersIn: "*_$()[].:"))
        guard let last = lines.lazy.map({ $0.trimmingCharacters(in: trim) }).last(where: { !$0.isEmpty }) else { return nil }
        return letters.contains(last) ? last : nil
    }

    /// 1 when the completion's letter is the gold letter, else 0; nil when the gold is not a letter.
    public static func accuracy(completion: String, gold: String) -> Double? {
        let g = gold.trimmingCharacters(in: .whitespacesAndNewlines)
        guard letters.contains(g) else { return nil }
        return extractLetter(completion) == g ? 1 : 0
    }
}
