import Foundation
import Runtime
import XCTest

/// GPQA-Diamond as lighteval's `gpqa:diamond` runs it: the question with its four choices in a
/// seeded order labelled A–D (the `gpqa_instruct` prompt), the letter extracted from the
/// completion and scored against the gold letter, maj@k voting by letter.
final class GPQATests: XCTestCase {
    private let gpqa = DatasetRegistry.spec(for: "gpqa_diamond")!
    private let incorrect = ["Incorrect Answer 1", "Incorrect Answer 2", "Incorrect Answer 3"]

    private func row(_ q: String, _ correct: String, _ wrong: [String]) -> DataRow {
        var r: DataRow = ["Question": .string(q), "Correct Answer": .string(correct), "Subdomain": .string("Physics")]
        for (column, text) in zip(incorrect, wrong) { r[column] = .string(text) }
        return r
    }

    /// The 30 fixture rows in GPQA's column layout (the nested `Record ID` column is not read).
    private func fixture() throws -> Dataset {
        let path = Paths.fixtures.appendingPathComponent("data/nested/gpqa.pl-zstd.parquet").path
        let rows = try Dataset.load(path, columns: ["Question", "Correct Answer"] + incorrect).rows
        return Dataset(rows: rows, source: "Idavidrein/gpqa", spec: gpqa)
    }

    func testRegistryNamesEachBenchmarksScorer() {
        XCTAssertEqual(gpqa.id, "Idavidrein/gpqa")
        XCTAssertEqual(gpqa.scorer, .multipleChoice)
        XCTAssertEqual(gpqa.incorrectColumns, incorrect)
        XCTAssertEqual(gpqa.userTemplate, MultipleChoice.template)
        for spec in DatasetRegistry.all {
            XCTAssertEqual(spec.scorer == .multipleChoice, spec.incorrectColumns.count == 3, spec.id)
            if spec.id != gpqa.id { XCTAssertEqual(spec.scorer, .mathVerify, spec.id) }
        }
        XCTAssertEqual(try EvalScorer(named: "multiple-choice"), .multipleChoice)
        XCTAssertEqual(try EvalScorer(named: "math-verify"), .mathVerify)
        XCTAssertThrowsError(try EvalScorer(named: "letter")) { e in
            XCTAssertEqual("\(e)", "unknown scorer \"letter\" (known: \"math-verify\", \"multiple-choice\")")
        }
    }

    func testPromptTextIsLightevalsGPQAInstruct() throws {
        // Written out here rather than taken from MultipleChoice.template, so that a change to
        // the template fails the test.
        let made = try MultipleChoice.makePrompt(question: "Which \\frac{A}{B} holds? {question}", correct: "right",
                                                 incorrect: ["w1", "w2 {C}", "w3"], goldIndex: 2)
        XCTAssertEqual(made.user, """
            Answer the following multiple choice question. The last line of your response should be of the following \
            format: 'Answer: $LETTER' (without quotes) where LETTER is one of ABCD. Think step by step before answering.

            Which \\frac{A}{B} holds? {question}

            A) w1
            B) w2 {C}
            C) right
            D) w3
            """)
        XCTAssertEqual(made.gold, "C")
        // Python's list.insert at each index.
        XCTAssertEqual(try MultipleChoice.arrange(correct: "R", incorrect: ["x", "y", "z"], goldIndex: 0), ["R", "x", "y", "z"])
        XCTAssertEqual(try MultipleChoice.arrange(correct: "R", incorrect: ["x", "y", "z"], goldIndex: 3), ["x", "y", "z", "R"])
        XCTAssertThrowsError(try MultipleChoice.arrange(correct: "R", incorrect: ["x", "y"], goldIndex: 0))
        XCTAssertThrowsError(try MultipleChoice.arrange(correct: "R", incorrect: ["x", "y", "z"], goldIndex: 4))

        // Through the registry: one user turn (no system prompt), the letter as gold.
        let ds = Dataset(rows: [row("Q?", "right", ["w1", "w2", "w3"])], spec: gpqa)
        let p = try ds.toPrompts(seed: 0)[0]
        let g = MultipleChoice.goldIndices(count: 1, seed: 0)[0]
        XCTAssertEqual(p.messages.count, 1)
        XCTAssertEqual(p.messages[0].role, "user")
        XCTAssertEqual(p.messages[0].content,
                       try MultipleChoice.makePrompt(question: "Q?", correct: "right", incorrect: ["w1", "w2", "w3"], goldIndex: g).user)
        XCTAssertEqual(p.answer, MultipleChoice.letters[g])
        XCTAssertEqual(p.scorer, .multipleChoice)

        // A custom template must keep the question and the four choices.
        let short = try ds.toPrompts(userTemplate: "{question}\n{A}|{B}|{C}|{D}", seed: 0)[0]
        XCTAssertEqual(short.messages[0].content.split(separator: "\n").first, "Q?")
        XCTAssertThrowsError(try ds.toPrompts(userTemplate: "{question}\nA) {A}\nB) {B}\nC) {C}")) { e in
            XCTAssertEqual("\(e)", "a multiple-choice template must contain {question} and {A}, {B}, {C}, {D} (missing: {D})")
        }
        // A missing choice is an error naming its column.
        let gap = Dataset(rows: [["Question": .string("Q?"), "Correct Answer": .string("r"), "Incorrect Answer 1": .string("a"),
                                  "Incorrect Answer 2": .string("b"), "Incorrect Answer 3": .null]], spec: gpqa)
        XCTAssertThrowsError(try gap.toPrompts()) { e in
            XCTAssertEqual("\(e)", "row 0 has no value in choice column 'Incorrect Answer 3'")
        }
    }

    func testPlainDatasetKeepsMathVerify() throws {
        // The same columns without the registry entry: question alone, the answer text as gold.
        let plain = Dataset(rows: [row("Q?", "right", ["w1", "w2", "w3"])])
        let p = try plain.toPrompts()[0]
        XCTAssertEqual(p.messages, [.init(role: "user", content: "Q?")])
        XCTAssertEqual(p.answer, "right")
        XCTAssertEqual(p.scorer, .mathVerify)
        XCTAssertEqual(DatasetPrompt(messages: [], answer: "1", row: 0).scorer, .mathVerify)
        for alias in ["aime24", "aime25", "amc23", "math500", "minerva"] {
            let ds = Dataset(rows: [["problem": .string("1+1?"), "answer": .string("2"), "solution": .string("\\boxed{2}")]],
                             spec: DatasetRegistry.spec(for: alias))
            XCTAssertEqual(try ds.toPrompts()[0].scorer, .mathVerify, alias)
        }
    }

    func testSeededOrderIsDeterministicAndPutsTheGoldAtTheDrawnIndex() throws {
        // The draws are pinned: a change to SeededRandom or to the draw reorders every choice.
        XCTAssertEqual(MultipleChoice.goldIndices(count: 12, seed: 0), [0, 2, 0, 0, 1, 2, 0, 3, 1, 1, 0, 1])
        XCTAssertEqual(MultipleChoice.goldIndices(count: 12, seed: 7), [2, 2, 2, 0, 0, 1, 0, 0, 0, 3, 3, 0])
        XCTAssertEqual(Array(MultipleChoice.goldIndices(count: 30, seed: 7).prefix(12)), MultipleChoice.goldIndices(count: 12, seed: 7))

        let ds = try fixture()
        XCTAssertEqual(ds.count, 30)
        let golds = MultipleChoice.goldIndices(count: ds.count, seed: 7)
        XCTAssertEqual(Set(golds), [0, 1, 2, 3])
        let prompts = try ds.toPrompts(seed: 7)
        XCTAssertEqual(prompts, try ds.toPrompts(seed: 7))
        XCTAssertNotEqual(prompts.map(\.answer), try ds.toPrompts(seed: 8).map(\.answer))
        for (i, p) in prompts.enumerated() {
            let r = try ds.rows[i]
            XCTAssertEqual(p.answer, MultipleChoice.letters[golds[i]], "row \(i)")
            XCTAssertEqual(p.row, i)
            // The instruction, the question, then the incorrect choices in order with the correct
            // one at the drawn index.
            var expected = incorrect.map { r[$0]!.text }
            expected.insert(r["Correct Answer"]!.text, at: golds[i])
            let header = MultipleChoice.template.components(separatedBy: "{question}")[0]
            let block = zip(MultipleChoice.letters, expected).map { "\($0)) \($1)" }.joined(separator: "\n")
            let text = p.messages[0].content
            XCTAssertEqual(text, header + r["Question"]!.text + "\n\n" + block, "row \(i)")
            XCTAssertTrue(text.contains("\n\(p.answer)) \(r["Correct Answer"]!.text)"), "row \(i)")
        }
    }

    func testLetterExtraction() {
        let found: [(String, String)] = [
            ("Reasoning...\nAnswer: B", "B"),
            ("answer: C", "C"),
            ("ANSWER:D", "D"),
            ("Answer: (A)", "A"),
            ("Answer: [C]", "C"),
            ("**Answer:** D", "D"),
            ("**Answer**: B", "B"),
            ("**Answer: C**", "C"),
            ("Answer: **A**", "A"),
            ("Answer: $B$", "B"),
            ("Answer: \\(\\boxed{D}\\)", "D"),
            ("Answer: \\boxed{C}", "C"),
            ("Answer: B) 2.5 eV", "B"),
            ("Answer: A.", "A"),
            ("Final answer：C", "C"),
            ("The correct answer is (B).", "B"),
            ("The answer is: D", "D"),
            // The last one wins: the reasoning may try answers before the final one.
            ("<think>Answer: A? No.</think>\nAnswer: C", "C"),
            ("Answer: A\nAnswer: B", "B"),
            // "Answer:" before \boxed{}.
            ("Answer: A\n\\boxed{B}", "A"),
            // \boxed{} with the letter alone.
            ("So the result is \\boxed{D}.", "D"),
            ("$\\boxed{(B)}$", "B"),
            ("\\boxed{\\text{C}}", "C"),
            ("\\boxed{A} then \\boxed{B}", "B"),
            // The last non-empty line being the letter alone.
            ("I compare the options.\n\n(B)\n", "B"),
            ("Thinking\n**C**", "C"),
            ("Thinking\nD.", "D"),
            ("<answer>\nA\n</answer>", "A"),
            ("A", "A"),
        ]
        for (completion, letter) in found {
            XCTAssertEqual(MultipleChoice.extractLetter(completion), letter, completion)
        }
        let none = [
            "",
            "I am not sure.",
            "Answer: E",
            "Answer: Both are wrong",
            "answer: b",
            "Answer: $LETTER",
            "The answer lies in option D's reasoning",
            "Answers: C",
            "\\boxed{A + B}",
            "\\boxed{2}",
            "The correct choice is C because of DNA.",
            "Option B is plausible\nbut so is C here",
        ]
        for completion in none {
            XCTAssertNil(MultipleChoice.extractLetter(completion), completion)
        }

        XCTAssertEqual(MultipleChoice.accuracy(completion: "Answer: B", gold: "B"), 1)
        XCTAssertEqual(MultipleChoice.accuracy(completion: "Answer: B", gold: " B\n"), 1)
        XCTAssertEqual(MultipleChoice.accuracy(completion: "Answer: C", gold: "B"), 0)
        XCTAssertEqual(MultipleChoice.accuracy(completion: "no letter", gold: "B"), 0)
        XCTAssertNil(MultipleChoice.accuracy(completion: "Answer: B", gold: "right"))
        XCTAssertEqual(EvalScorer.multipleChoice.score(completion: "Answer: D", gold: "D"), 1)
        XCTAssertEqual(EvalScorer.mathVerify.score(completion: "\\boxed{2}", gold: "2"), 1)
    }

    func testScoringFakeCompletionsEndToEnd() throws {
        let ds = Dataset(rows: [row("Q0", "zero", ["a", "b", "c"]), row("Q1", "one", ["d", "e", "f"]),
                                row("Q2", "2", ["3", "4", "5"])], spec: gpqa)
        let prompts = try ds.toPrompts(seed: 0)
        XCTAssertEqual(prompts.map(\.answer), ["A", "C", "A"]) // goldIndices(seed 0) = 0, 2, 0
        func wrong(_ gold: String) -> String { gold == "A" ? "B" : "A" }

        let g0 = prompts[0].answer, g1 = prompts[1].answer
        let results = try [
            // Right twice (once boxed), wrong once, no answer once: 2/4, majority right (2 vs 1).
            Evaluation.problemResult(prompts[0], completions: ["Thinking.\nAnswer: \(g0)", "Answer: \(wrong(g0))",
                                                               "I cannot tell.", "\\boxed{\(g0)}"], lengths: [10, 20, 30, 40]),
            // Right once, the same wrong letter twice: 1/3 (n = 3 here), majority wrong.
            Evaluation.problemResult(prompts[1], completions: ["Answer: \(wrong(g1))", "**Answer:** (\(wrong(g1)))", "Answer: \(g1)"],
                                     lengths: [5, 5, 5]),
            // The correct choice's text, not its letter, scores nothing (math-verify would give 1).
            Evaluation.problemResult(prompts[2], completions: ["\\boxed{2}", "Answer: 2", "answer: a"], lengths: [1, 1, 1]),
        ]
        XCTAssertEqual(results.map(\.scores), [[1, 0, 0, 1], [0, 0, 1], [0, 0, 0]])
        XCTAssertEqual(results.map(\.majorityCorrect), [true, false, false])
        XCTAssertEqual(results.map(\.correct), [2, 1, 0])
        XCTAssertEqual(results[0].answer, g0)
        XCTAssertTrue(results[0].question.hasSuffix("A) zero\nB) a\nC) b\nD) c"))
        XCTAssertEqual(EvalScorer.mathVerify.score(completion: "\\boxed{2}", gold: "2"), 1)

        let r = EvalResult(name: "gpqa_diamond", samples: 4, problems: results, seconds: 0)
        XCTAssertEqual(r.passAt1, 100 * (0.5 + 1.0 / 3 + 0) / 3, accuracy: 1e-9)
        XCTAssertEqual(r.majAtK, 100.0 / 3, accuracy: 1e-9)

        // A custom reward replaces the scorer; the vote still groups by letter.
        let custom = try Evaluation.problemResult(prompts[0], completions: ["Answer: B", "Answer: B", "Answer: C"], lengths: [1, 1, 1],
                                                  score: { c, _ in c.hasSuffix("B") ? 1 : nil })
        XCTAssertEqual(custom.scores, [1, 1, 0])
        XCTAssertTrue(custom.majorityCorrect)

        // Majority by letter: the first of equally large groups decides; no letters at all is wrong.
        XCTAssertTrue(Evaluation.majority(["Answer: A", "Answer: B"], [1, 0], scorer: .multipleChoice))
        XCTAssertFalse(Evaluation.majority(["Answer: B", "Answer: A"], [0, 1], scorer: .multipleChoice))
        XCTAssertFalse(Evaluation.majority(["none", "none"], [0, 0], scorer: .multipleChoice))
        // The math-verify vote is unchanged: 1/2 and 0.5 are one answer, outvoting the first.
        XCTAssertTrue(Evaluation.majority(["\\boxed{3}", "\\boxed{\\frac{1}{2}}", "\\boxed{0.5}"], [0, 1, 1]))
        XCTAssertFalse(Evaluation.majority(["\\boxed{3}", "\\boxed{4}", "\\boxed{0.5}"], [0, 1, 1]))
    }

    func testReadmeTableNamesEachBenchmarksScorer() throws {
        let readme = try String(contentsOf: Paths.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let rows = readme.split(separator: "\n").filter { $0.hasPrefix("|") }
        for spec in DatasetRegistry.all where spec.role == .evaluation {
            let line = rows.first { row in row.contains(spec.id) && spec.aliases.contains { row.contains("`\($0)`") } }
            XCTAssertNotNil(line, "README has no evaluation table row for \(spec.id)")
            if let line { XCTAssertTrue(line.contains(spec.scorer.rawValue), "README: \(spec.id) is scored by \(spec.scorer.rawValue)") }
        }
    }
}
