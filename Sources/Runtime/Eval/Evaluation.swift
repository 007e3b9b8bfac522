import Foundation

/// Results for one problem: every sampled completion with its score.
public struct EvalProblemResult {
    public var row: Int
    public var question: String
    public var answer: String
    public var completions: [String]
    public var scores: [Double]
    public var lengths: [Int]
    /// Whether the majority answer is correct (answers grouped by math equivalence, or by letter
    /// for multiple choice).
    public var majorityCorrect: Bool

    public var correct: Int { scores.filter { $0 >= 1 }.count }
}

/// pass@1 averaged over samples, unbiased pass@k, maj@k, mean length: the figures of Tina's tables.
public struct EvalResult {
    public var name: String
    public var samples: Int
    public var problems: [EvalProblemResult]
    public var seconds: Double

    public init(name: String, samples: Int, problems: [EvalProblemResult], seconds: Double) {
        self.name = name
        self.samples = samples
        self.problems = problems
        self.seconds = seconds
    }

    /// Mean score over all completions (pass@1 averaged over `samples`), in percent.
    public var passAt1: Double { 100 * Statistics.mean(problems.map { Statistics.mean($0.scores) }) }

    /// Unbiased pass@k (Chen et al. 2021): 1 − C(n−c, k)/C(n, k), averaged over problems, in percent.
    public func passAt(_ k: Int) -> Double {
        100 * Statistics.mean(problems.map { p in Self.unbiasedPass(n: p.scores.count, c: p.correct, k: k) })
    }

    public var majAtK: Double { 100 * Statistics.mean(problems.map { $0.majorityCorrect ? 1 : 0 }) }
    public var meanLength: Double { Statistics.mean(problems.flatMap { $0.lengths.map(Double.init) }) }

    /// The k values reported: powers of two up to the sample count.
    public var ks: [Int] { var k = 1, out: [Int] = []; while k <= samples { out.append(k); k *= 2 }; return out }

    public static func unbiasedPass(n: Int, c: Int, k: Int) -> Double {
        if c == 0 { return 0 }
        if n - c < k { return 1 }
        var fail = 1.0 // Π_{i=n−c+1}^{n} (1 − k/i), the numerically stable form
        for i in (n - c + 1)...n { fail *= 1 - Double(k) / Double(i) }
        return 1 - fail
    }

    /// Every completion as one JSON object a line.
    public func jsonl() throws -> Data {
        var out = Data()
        for p in problems {
            for (i, c) in p.completions.enumerated() {
                let obj: [String: Any] = ["benchmark": name, "row": p.row, "sample": i, "question": p.question, "gold": p.answer,
                                          "completion": c, "score": p.scores[i], "tokens": p.lengths[i]]
                out.append(try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys]))
                out.append(0x0A)
            }
        }
        return out
    }

    /// A per-problem table: row, correct/samples, majority, mean tokens, gold.
    public func table(limit: Int = 50) -> String {
        var lines = ["  row  correct  maj  tokens  gold"]
        for p in problems.prefix(limit) {
            let gold = p.answer.count > 30 ? String(p.answer.prefix(29)) + "…" : p.answer
            lines.append(String(format: "%5d  %3d/%-3d  ", p.row, p.correct, p.scores.count) + (p.majorityCorrect ? " ✓ " : " ✗ ")
                         + String(format: "  %6.0f  ", Statistics.mean(p.lengths.map(Double.init))) + gold.replacingOccurrences(of: "\n", with: " "))
        }
        if problems.count > limit { lines.append("  … \(problems.count - limit) more") }
        return lines.joined(separator: "\n")
    }
}

public enum Evaluation {
    /// Samples `samples` completions per prompt and scores them. `score(completion, prompt)`
    /// returns 1/0 (nil counts as 0); by default the prompt's scorer (`DatasetPrompt.scorer`:
    /// math-verify's accuracy, or the choice letter for multiple choice). `onProgress(done, total)`
    /// reports problems finished (those `journal` already held included) and tokens sampled so far.
    /// `sampler` is the local model or a server; `stopIds` end a completion. `journal` (a `save:`
    /// file) receives each problem as it is scored; problems it already holds are not sampled again.
    public static func run(name: String, sampler: CompletionSampler, stopIds: Set<Int>, tokenizer: Tokenizer, prompts: [DatasetPrompt], samples: Int,
                           sampling: SamplingOptions, maxTokens: Int, systemPrompt: String? = nil, seed: UInt64 = 0,
                           batchProblems: Int = 4,
                           score: ((String, DatasetPrompt) throws -> Double?)? = nil,
                           journal: EvalJournal? = nil,
                           onProgress: ((_ done: Int, _ total: Int, _ tokens: Int) -> Void)? = nil) throws -> EvalResult {
        guard samples >= 1 else { throw ModelError.invalidArgument("evaluate: samples must be ≥ 1") }
        guard !prompts.isEmpty else { throw ModelError.invalidArgument("evaluate: no problems") }
        let t0 = Date()
        var rng = SeededRandom(seed: seed)
        var results: [Int: EvalProblemResult] = journal?.done ?? [:]
        let todo = prompts.filter { results[$0.row] == nil }
        var tokens = 0
        onProgress?(prompts.count - todo.count, prompts.count, 0)
        for start in stride(from: 0, to: todo.count, by: batchProblems) {
            try Interruption.check()
            let chunk = Array(todo[start..<min(todo.count, start + batchProblems)])
            let ids = try chunk.map { try $0.promptIds(tokenizer, systemPrompt: systemPrompt) }
            let out = try sampler.generate(prompts: ids.flatMap { Array(repeating: $0, count: samples) },
                                           options: GenerationOptions(maxTokens: maxTokens, sampling: sampling, seed: rng.next(),
                                                                      stopTokenIds: stopIds), decode: nil, onToken: nil)
            var scored: [EvalProblemResult] = []
            for (j, p) in chunk.enumerated() {
                let seqs = out[(j * samples)..<((j + 1) * samples)]
                let texts = try seqs.map { try tokenizer.completionText($0.ids) }
                scored.append(try problemResult(p, completions: texts, lengths: seqs.map(\.ids.count), score: score))
            }
            try journal?.append(scored)
            for r in scored { results[r.row] = r }
            tokens += out.reduce(0) { $0 + $1.ids.count }
            onProgress?(prompts.count - todo.count + start + chunk.count, prompts.count, tokens)
        }
        return EvalResult(name: name, samples: samples, problems: prompts.map { results[$0.row]! }, seconds: Date().timeIntervalSince(t0))
    }

    /// One problem's result from its completions, as `run` makes it: each completion scored by
    /// `score` (nil counts as 0), by default the prompt's scorer, and the majority vote.
    public static func problemResult(_ prompt: DatasetPrompt, completions: [String], lengths: [Int],
                                     score: ((String, DatasetPrompt) throws -> Double?)? = nil) throws -> EvalProblemResult {
        let fn = score ?? { c, p in p.scorer.score(completion: c, gold: p.answer) }
        let scores = try completions.map { (try fn($0, prompt)) ?? 0 }
        return EvalProblemResult(row: prompt.row, question: prompt.messages.last?.content ?? "", answer: prompt.answer,
                                 completions: completions, scores: scores, lengths: lengths,
                                 majorityCorrect: majority(completions, scores, scorer: prompt.scorer))
    }

    /// maj@k for one problem: completions are grouped by their extracted answers (math-verify's
    /// equivalence, or the same letter for multiple choice; completions without an answer are
    /// left out) and the largest group's score decides (the first such group on a tie).
    public static func majority(_ texts: [String], _ scores: [Double], scorer: EvalScorer = .mathVerify) -> Bool {
        switch scorer {
        case .mathVerify:
            return majority(texts.map { t -> [MathAnswer]? in
                let a = MathAnswerExtractor.completion.extract(t)
                return a.isEmpty ? nil : a
            }, scores) { MathEquivalence.verify(gold: $0, prediction: $1) }
        case .multipleChoice:
            return majority(texts.map(MultipleChoice.extractLetter), scores, same: ==)
        }
    }

    private static func majority<A>(_ answers: [A?], _ scores: [Double], same: (A, A) -> Bool) -> Bool {
        var groups: [(answer: A, count: Int, score: Double)] = []
        for (a, s) in zip(answers, scores) {
            guard let a else { continue }
            if let i = groups.firstIndex(where: { same($0.answer, a) }) {
                groups[i].count += 1
            } else {
                groups.append((a, 1, s))
            }
        }
        guard let best = groups.max(by: { $0.count < $1.count }) else { return scores.contains { $0 >= 1 } && answers.count == 1 }
        return best.score >= 1
    }

    /// Tina's results table: one row per result, one column per figure.
    public static func compare(_ results: [EvalResult]) -> String {
        let (header, rows) = compareCells(results)
        func cell(_ s: String, _ w: Int) -> String { String(repeating: " ", count: max(0, w - s.count)) + s }
        func line(_ row: [String]) -> String {
            let name = row[0].count > 23 ? String(row[0].prefix(23)) : row[0]
            return name.padding(toLength: 24, withPad: " ", startingAt: 0) + row.dropFirst().map { cell($0, 9) }.joined()
        }
        return ([header] + rows).map(line).joined(separator: "\n")
    }

    /// The same table as HTML, for notebooks.
    public static func compareHTML(_ results: [EvalResult]) -> String {
        let (header, rows) = compareCells(results)
        return HTMLTable.render(header: header, rows: rows)
    }

    /// The header and rows of the results table; an average row of pass@1 below several results.
    private static func compareCells(_ results: [EvalResult]) -> (header: [String], rows: [[String]]) {
        var rows = results.map { r -> [String] in
            let k = r.ks.last ?? 1
            return [r.name, String(format: "%.2f", r.passAt1), String(format: "%.2f", r.passAt(k)), String(format: "%.2f", r.majAtK),
                    String(format: "%.0f", r.meanLength), String(r.problems.count)]
        }
        if results.count > 1 { rows.append(["average", String(format: "%.2f", Statistics.mean(results.map(\.passAt1)))]) }
        return (["benchmark", "pass@1", "pass@k", "maj@k", "tokens", "problems"], rows)
    }
}
