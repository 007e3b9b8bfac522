/// What the project knows about a Hub data set: where its rows are and which columns hold the
/// question and the gold answer.
public struct DatasetSpec: Sendable, Equatable {
    public enum Role: String, Sendable { case training, evaluation }

    public let id: String
    /// Short names accepted by `load_dataset` (e.g. "aime24").
    public let aliases: [String]
    public let role: Role
    public let config: String?
    public let split: String
    public let questionColumn: String
    public let answerColumn: String
    /// Tina wraps bare final answers (not full solutions) in $…$ before math-verify parses them.
    public let wrapAnswerInMath: Bool
    public let systemPrompt: String?
    /// The user turn with `{question}` in place, for evaluation prompts.
    public let userTemplate: String?
    /// Columns to read; nil reads all. Lists skip nested columns a flat Parquet reader refuses.
    public let columns: [String]?
    public let note: String
    /// How `evaluate` scores this benchmark's completions.
    public let scorer: EvalScorer
    /// For `.multipleChoice`: the columns of the three incorrect answers (the correct one is
    /// `answerColumn`); prompts show all four in a seeded order labelled A–D and the gold is the
    /// letter (`MultipleChoice`). Empty for the other scorers.
    public let incorrectColumns: [String]
}

/// The data sets Tina trains and evaluates on (Tina's RL_POST_TRAIN_CONFIG_MAP and grpo.py for
/// training, open-rs's lighteval tasks for evaluation). Every benchmark but GPQA-Diamond is scored
/// by math-verify; GPQA-Diamond is multiple choice, as lighteval's `gpqa:diamond`.
public enum DatasetRegistry {
    /// The math query of open-rs's lighteval tasks (after Python's .format and .strip).
    public static let mathQueryTemplate =
        "Solve the following math problem efficiently and clearly.  The last line of your response should be of the "
        + "following format: 'Therefore, the final answer is: $\\boxed{ANSWER}$. I hope it is correct' (without quotes) "
        + "where ANSWER is just the final number or expression that solves the problem. Think step by step before answering.\n\n{question}"

    private static func training(_ id: String, _ aliases: [String], question: String, answer: String, wrap: Bool,
                                 system: String, config: String? = nil, columns: [String]? = nil, note: String) -> DatasetSpec {
        DatasetSpec(id: id, aliases: aliases, role: .training, config: config, split: "train", questionColumn: question,
                    answerColumn: answer, wrapAnswerInMath: wrap, systemPrompt: system, userTemplate: nil,
                    columns: columns, note: note, scorer: .mathVerify, incorrectColumns: [])
    }

    private static func evaluation(_ id: String, _ aliases: [String], split: String = "train", question: String = "problem",
                                   answer: String, config: String? = nil, template: String? = mathQueryTemplate,
                                   scorer: EvalScorer = .mathVerify, incorrect: [String] = [], note: String) -> DatasetSpec {
        DatasetSpec(id: id, aliases: aliases, role: .evaluation, config: config, split: split, questionColumn: question,
                    answerColumn: answer, wrapAnswerInMath: false, systemPrompt: nil, userTemplate: template,
                    columns: nil, note: note, scorer: scorer, incorrectColumns: incorrect)
    }

    public static let all: [DatasetSpec] = [
        training("knoveleng/open-rs", ["open-rs", "open_rs"], question: "problem", answer: "solution", wrap: false,
                 system: TinaSystemPrompts.openRS, note: "7k problems (s1 + DeepScaleR); Tina's best recipes open_rs2/open_rs3"),
        training("knoveleng/open-s1", ["open-s1", "open_s1", "open_rs1"], question: "problem", answer: "solution", wrap: false,
                 system: TinaSystemPrompts.openRS, note: "18.6k problems from s1; recipe open_rs1"),
        training("agentica-org/DeepScaleR-Preview-Dataset", ["deepscaler"], question: "problem", answer: "answer", wrap: true,
                 system: TinaSystemPrompts.openR1, note: "40.3k problems; gold is the final answer"),
        training("RUC-AIBOX/STILL-3-Preview-RL-Data", ["still"], question: "question", answer: "answer", wrap: true,
                 system: TinaSystemPrompts.openR1, note: "33k problems"),
        training("Intelligent-Internet/II-Thought-RL-v0-Math-50K", ["2thought", "ii-thought"], question: "problem", answer: "answer",
                 wrap: true, system: TinaSystemPrompts.openR1,
                 note: "53.3k problems; rows hold `messages` (the question is messages[0].content) and a JSON "
                     + "`verification_info` (the answer is answer.value): both are extracted on load"),
        training("GAIR/LIMR", ["limr"], question: "prompt", answer: "answer", wrap: true,
                 system: TinaSystemPrompts.openR1, note: "1.39k problems"),
        training("open-r1/OpenR1-Math-220k", ["open-r1", "open_r1", "openr1-math"], question: "problem", answer: "solution",
                 wrap: false, system: TinaSystemPrompts.openR1, config: "default",
                 columns: ["problem", "solution", "answer", "problem_type", "question_type", "source", "uuid"],
                 note: "93.7k problems (default config); the list columns (generations, messages, …) are not read"),
        evaluation("HuggingFaceH4/aime_2024", ["aime24", "aime_2024"], answer: "answer", note: "AIME 2024, 30 problems"),
        evaluation("yentinglin/aime_2025", ["aime25", "aime_2025"], answer: "answer", note: "AIME 2025, 30 problems"),
        evaluation("knoveleng/AMC-23", ["amc23", "amc-23"], answer: "answer", note: "AMC 2023, 40 problems"),
        evaluation("HuggingFaceH4/MATH-500", ["math500", "math-500", "math_500"], split: "test", answer: "solution",
                   note: "500 problems; gold is the full solution (its boxed answer is extracted)"),
        evaluation("knoveleng/Minerva-Math", ["minerva", "minerva-math"], answer: "solution",
                   note: "272 problems; gold is the full solution"),
        evaluation("Idavidrein/gpqa", ["gpqa", "gpqa-diamond", "gpqa_diamond"], question: "Question", answer: "Correct Answer",
                   config: "gpqa_diamond", template: MultipleChoice.template, scorer: .multipleChoice,
                   incorrect: ["Incorrect Answer 1", "Incorrect Answer 2", "Incorrect Answer 3"],
                   note: "198 multiple-choice questions (gated: needs HF_TOKEN): Correct Answer among Incorrect Answer 1–3 "
                       + "in a seeded order labelled A–D (lighteval's gpqa_instruct prompt); the gold is the letter"),
    ]

    /// The entry whose id or alias matches `name` (case-insensitive).
    public static func spec(for name: String) -> DatasetSpec? {
        let key = name.lowercased()
        return all.first { $0.id.lowercased() == key || $0.aliases.contains(key) }
    }

    /// Whether `normalise` rewrites the rows of `spec`.
    static func normalises(_ spec: DatasetSpec) -> Bool { spec.id == "Intelligent-Internet/II-Thought-RL-v0-Math-50K" }

    /// Rewrites rows whose raw layout differs from the registered columns (II-Thought keeps the
    /// question in a chat list and the answer in a JSON string).
    static func normalise(_ rows: [DataRow], spec: DatasetSpec, file: String) throws -> [DataRow] {
        guard normalises(spec) else { return rows }
        return try rows.enumerated().map { i, row in
            var out = row
            if out["problem"] == nil, let first = row["messages"]?.listValue?.first?.mapValue, let content = first["content"] {
                out["problem"] = content
            }
            if out["answer"] == nil, let info = row["verification_info"]?.stringValue {
                let parsed = try DataCell.parseJSON(Array(info.utf8), file: "\(file) row \(i) verification_info")
                if let value = parsed.mapValue?["answer"]?.mapValue?["value"] { out["answer"] = .string(value.text) }
            }
            return out
        }
    }
}
