/// One example for GRPO or evaluation: the chat that asks the question, and the gold answer the
/// reward compares against.
public struct DatasetPrompt: Sendable, Equatable {
    public struct Message: Sendable, Equatable {
        public var role: String
        public var content: String
        public init(role: String, content: String) { self.role = role; self.content = content }
    }

    public var messages: [Message]
    /// The gold: an answer or solution for math-verify, a letter A–D for multiple choice.
    public var answer: String
    /// The index of the row it came from.
    public var row: Int
    /// How evaluation scores completions of this prompt (the data set's registry entry decides).
    public var scorer: EvalScorer

    public init(messages: [Message], answer: String, row: Int, scorer: EvalScorer = .mathVerify) {
        self.messages = messages
        self.answer = answer
        self.row = row
        self.scorer = scorer
    }

    /// A question as a chat: a system turn unless `system` is nil or empty, then the user turn.
    public init(system: String?, user: String, answer: String, row: Int, scorer: EvalScorer = .mathVerify) {
        var messages: [Message] = []
        if let system, !system.isEmpty { messages.append(Message(role: "system", content: system)) }
        messages.append(Message(role: "user", content: user))
        self.init(messages: messages, answer: answer, row: row, scorer: scorer)
    }

    /// Where an example's question may stand, in the order looked for (a dataset's columns, the
    /// keys of a script's example maps).
    public static let questionFields = ["problem", "question", "prompt", "Question"]

    /// The prompt's token ids as training and evaluation sample from it: the chat template with
    /// the generation prompt, `systemPrompt` replacing the prompt's system turns ("" removes
    /// them; nil keeps the prompt's own).
    public func promptIds(_ tokenizer: Tokenizer, systemPrompt: String?) throws -> [Int] {
        try tokenizer.encodeChatPrompt(messages: messages.map { ["role": $0.role, "content": $0.content] }, systemPrompt: systemPrompt)
    }
}

extension Dataset {
    /// Chat prompts and gold answers, one per row.
    ///
    /// - `systemPrompt`: nil takes the registry's (open-rs's for the open-rs data, open-r1's for
    ///   the other training sets, none for evaluation sets); "" gives no system turn.
    /// - `question` / `answer`: column names; nil takes the registry's, else the first of the
    ///   usual names present (problem, question, prompt / solution, answer). Without a question
    ///   column, a `messages` column of chat turns gives the question: its last user turn, with
    ///   the row's system turn where `systemPrompt` and the registry name none; assistant turns,
    ///   which hold the answers, never go into a prompt.
    /// - `userTemplate`: text with `{question}` where the question goes; nil takes the registry's.
    ///
    /// A multiple-choice benchmark (registry scorer `.multipleChoice`, e.g. GPQA-Diamond) shows
    /// the answer column among its incorrect-answer columns, in the order `MultipleChoice` draws
    /// from `seed`, labelled A–D; its template also holds `{A}` … `{D}`, and the gold is the letter.
    public func toPrompts(systemPrompt: String? = nil, question: String? = nil, answer: String? = nil,
                          userTemplate: String? = nil, seed: UInt64 = 0) throws -> [DatasetPrompt] {
        let template = userTemplate ?? spec?.userTemplate
        if let template, !template.contains("{question}") {
            throw DatasetError.badArgument("user template must contain {question}")
        }
        let questionFallbacks = DatasetPrompt.questionFields
        if question == nil, columns.contains("messages"),
           !questionFallbacks.contains(where: columns.contains), !(spec.map { columns.contains($0.questionColumn) } ?? false) {
            return try chatPrompts(systemPrompt: systemPrompt, answer: answer, template: template)
        }
        let qColumn = try pick(question, spec?.questionColumn, fallbacks: questionFallbacks, role: "question")
        let aColumn = try pick(answer, spec?.answerColumn, fallbacks: ["solution", "answer", "gold", "Correct Answer"], role: "answer")
        let system = systemPrompt ?? spec?.systemPrompt ?? ""
        if let spec, spec.scorer == .multipleChoice {
            return try multipleChoicePrompts(spec, system: system, question: qColumn, correct: aColumn,
                                             template: template ?? MultipleChoice.template, seed: seed)
        }
        let wrap = answer == nil && spec?.wrapAnswerInMath == true
        return try narrowed(to: [qColumn, aColumn]).mapRows { i, row in
            guard let q = row[qColumn], !q.isNull else {
                throw DatasetError.badArgument("row \(i) has no value in question column '\(qColumn)'")
            }
            guard let a = row[aColumn], !a.isNull else {
                throw DatasetError.badArgument("row \(i) has no value in answer column '\(aColumn)'")
            }
            let user = template.map { $0.replacingOccurrences(of: "{question}", with: q.text) } ?? q.text
            // Tina wraps bare final answers in $…$ so that math-verify parses them as LaTeX.
            return DatasetPrompt(system: system, user: user, answer: wrap ? "$" + a.text + "$" : a.text, row: i)
        }
    }

    /// Prompts from a `messages` column (see `toPrompts`).
    private func chatPrompts(systemPrompt: String?, answer: String?, template: String?) throws -> [DatasetPrompt] {
        let aColumn = try pick(answer, spec?.answerColumn, fallbacks: ["solution", "answer", "gold"], role: "answer")
        let wrap = answer == nil && spec?.wrapAnswerInMath == true
        return try narrowed(to: ["messages", aColumn]).mapRows { i, row in
            var system: String?
            var user: String?
            for (t, turn) in (row["messages"]?.listValue ?? []).enumerated() {
                guard let m = turn.mapValue, let role = m["role"]?.stringValue else {
                    throw DatasetError.badArgument("row \(i): messages[\(t)] is not a turn with a role")
                }
                let content = m["content"]?.text ?? ""
                if role == "system" && system == nil { system = content }
                if role == "user" { user = content }
            }
            guard let user else { throw DatasetError.badArgument("row \(i): messages hold no user turn") }
            guard let a = row[aColumn], !a.isNull else {
                throw DatasetError.badArgument("row \(i) has no value in answer column '\(aColumn)'")
            }
            return DatasetPrompt(system: systemPrompt ?? spec?.systemPrompt ?? system,
                                 user: template.map { $0.replacingOccurrences(of: "{question}", with: user) } ?? user,
                                 answer: wrap ? "$" + a.text + "$" : a.text, row: i)
        }
    }

    private func multipleChoicePrompts(_ spec: DatasetSpec, system: String, question: String, correct: String,
                                       template: String, seed: UInt64) throws -> [DatasetPrompt] {
        try MultipleChoice.validate(template: template)
        for column in spec.incorrectColumns where !columns.contains(column) {
            throw DatasetError.noSuchColumn(column, available: columns)
        }
        let golds = MultipleChoice.goldIndices(count: count, seed: seed)
        return try narrowed(to: [question, correct] + spec.incorrectColumns).mapRows { i, row in
            func text(_ column: String, _ role: String) throws -> String {
                guard let v = row[column], !v.isNull else {
                    throw DatasetError.badArgument("row \(i) has no value in \(role) column '\(column)'")
                }
                return v.text
            }
            let made = try MultipleChoice.makePrompt(question: try text(question, "question"), correct: try text(correct, "answer"),
                                                     incorrect: try spec.incorrectColumns.map { try text($0, "choice") },
                                                     goldIndex: golds[i], template: template)
            return DatasetPrompt(system: system, user: made.user, answer: made.gold, row: i, scorer: .multipleChoice)
        }
    }

    private func pick(_ given: String?, _ registered: String?, fallbacks: [String], role: String) throws -> String {
        if let given {
            guard columns.contains(given) else { throw DatasetError.noSuchColumn(given, available: columns) }
            return given
        }
        if let registered, columns.contains(registered) { return registered }
        if let found = fallbacks.first(where: columns.contains) { return found }
        throw DatasetError.badArgument("cannot tell which column holds the \(role) (columns: \(columns.joined(separator: ", "))); pass \(role): \"name\"")
    }
}
