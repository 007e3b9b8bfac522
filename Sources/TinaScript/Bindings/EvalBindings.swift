import Foundation
import Runtime

/// `r = evaluate(...)`: a finished evaluation.
final class EvalResultHandle: NativeHandle {
    let result: EvalResult
    init(_ r: EvalResult) { result = r }
    var display: String { String(format: "<eval %@: pass@1 %.2f over %d problems × %d>", result.name, result.passAt1, result.problems.count, result.samples) }
    func plainValue() throws -> Value? { summary }

    var summary: Value {
        let r = result
        return Value(entries: [
            ("benchmark", .string(r.name)), ("pass@1", .float(r.passAt1)),
            ("pass@k", Value(entries: r.ks.map { (String($0), .float(r.passAt($0))) })), ("maj@k", .float(r.majAtK)),
            ("mean_tokens", .float(r.meanLength)), ("problems", .int(r.problems.count)), ("samples", .int(r.samples)),
            ("seconds", .float(r.seconds)),
        ])
    }

    static let nativeType = NativeType(
        EvalResultHandle.self, name: "eval_result", help: "Scores of evaluate(): pass@1, pass@k, maj@k, per-problem results.",
        methods: [
            Builtin("table", [Param("limit", .int, default: .int(50))], help: "Prints the per-problem table.", example: "r.table()") { a in
                a.write(try a.this(EvalResultHandle.self).result.table(limit: try a.int("limit")) + "\n")
                return .null
            },
            Builtin("save", [Param("file", .string)], help: "Writes every completion with its score as JSONL.",
                    example: "r.save(\"aime24.jsonl\")") { a in
                try AtomicFile.write(try a.this(EvalResultHandle.self).result.jsonl(), to: try a.string("file"))
                return .null
            },
        ],
        fields: [
            NativeField(EvalResultHandle.self, "summary", help: "the headline figures as a map") { $0.summary },
            NativeField(EvalResultHandle.self, "pass_at_1", help: "pass@1 in percent") { .float($0.result.passAt1) },
            NativeField(EvalResultHandle.self, "problems", help: "per-problem results") { h in
                Value(h.result.problems.map { p in
                    Value(entries: [("row", .int(p.row)), ("answer", .string(p.answer)), ("correct", .int(p.correct)),
                                    ("scores", Value(doubles: p.scores)), ("completions", Value(strings: p.completions)),
                                    ("majority_correct", .bool(p.majorityCorrect))])
                })
            },
        ])
}

enum EvalBindings {
    static let builtins: [Builtin] = [
        Builtin("evaluate", [Param("model", .oneOf([.native("model"), .native("remote_model")])), Param("benchmark", .oneOf([.string, .native("dataset"), .list])),
                             Param("samples", .int, default: .int(1)), Param("temperature", .float, default: .float(0.6)),
                             Param("top_p", .float, default: .float(0.95)), Param("max_tokens", .int, default: .int(32768)),
                             Param("system_prompt", .orNil(.string), default: .null), Param("limit", .orNil(.int), default: .null),
                             Param("reward", .orNil(.function), default: .null), Param("save", .orNil(.string), default: .null),
                             Param("seed", .int, default: .int(0)), Param("batch", .int, default: .int(4)),
                             Param("name", .orNil(.string), default: .null)],
                returns: "eval_result",
                help: "pass@1 averaged over `samples` completions per problem, unbiased pass@k, maj@k and mean length, as\nTina reports them (lighteval's sampling: temperature 0.6, top_p 0.95). benchmark: a registry name\n(aime24, aime25, amc23, math500, gpqa_diamond, minerva), a dataset, or a list of prompt maps.\nScoring follows the benchmark: math-verify, except gpqa_diamond (lighteval's gpqa:diamond: the choices in\nan order drawn from seed, labelled A–D; the letter after \"Answer:\" is scored, and maj@k votes by letter).\nreward: fn(completion, example) → 1/0 instead; seed: sampling and choice order; save: JSONL of all\ncompletions, written as problems are scored (a rerun with the same file skips the problems it holds); name: the label in compare() tables. model: a local model or a remote_model (problems then go to the\nserver `concurrency` at a time, each one request with n = samples; scoring stays local).",
                example: "let r = evaluate(m, \"aime24\", samples: 4, max_tokens: 4096)\nprint(r.summary)") { a in
            let sampler: CompletionSampler, tok: Tokenizer, stopIds: Set<Int>
            var batch = max(1, try a.int("batch"))
            if case .native(let h) = try a["model"], let remote = h as? RemoteHandle {
                guard let t = remote.remote.tokenizer else { throw ScriptError.fail("evaluate: the remote model has no tokenizer") }
                (sampler, tok, stopIds) = (remote.remote, t, remote.stopIds)
                batch = max(batch, remote.remote.concurrency) // problems in flight at once
            } else {
                let h = try a.native("model", as: ModelHandle.self)
                (sampler, tok, stopIds) = (h.model, try h.requireTokenizer("evaluate"), h.stopIds)
            }
            let seed = UInt64(try a.int("seed"))
            var prompts: [DatasetPrompt], name: String
            if case .string(let bench) = try a["benchmark"] {
                let ds = try Dataset.load(bench)
                prompts = try ds.toPrompts(seed: seed)
                name = bench
            } else {
                (prompts, name) = try GRPOBindings.prompts(try a["benchmark"], seed: seed)
            }
            if let limit = try a.optional("limit", { try $0.asInt($1) }) { prompts = Array(prompts.prefix(max(0, limit))) }
            if let given = try a.optional("name", { try $0.asString($1) }) { name = given }
            let rewardFn = try a.optional("reward") { try $0.asFunction($1) }
            let save = try a.optional("save", { try $0.asString($1) })
            let samples = try a.int("samples")
            let journal = try save.map { try EvalJournal(path: $0, name: name, samples: samples, prompts: prompts) }
            if let journal, !journal.done.isEmpty { a.write("evaluate: \(journal.done.count) problems already scored in \(journal.path)\n") }
            let bar = ProgressBar(label: "eval \(name)", total: Int64(prompts.count), unit: .steps("problem"))
            let started = Date()
            let result = try Evaluation.run(
                name: name, sampler: sampler, stopIds: stopIds, tokenizer: tok, prompts: prompts, samples: samples,
                sampling: SamplingOptions(temperature: Float(try a.double("temperature")), topP: Float(try a.double("top_p"))),
                maxTokens: try a.int("max_tokens"), systemPrompt: try a.optional("system_prompt") { try $0.asString($1) },
                seed: seed, batchProblems: batch,
                score: rewardFn.map { f in { c, p in
                    let v = try a.call(f, [.string(c), p.value])
                    return v.isNil ? nil : try v.asDouble("reward")
                } },
                journal: journal,
                onProgress: { done, _, tokens in
                    bar.status = String(format: "%.0f tok/s", Double(tokens) / max(Date().timeIntervalSince(started), 1e-3))
                    bar.update(to: Int64(done))
                })
            bar.finish()
            if let save { try AtomicFile.write(try result.jsonl(), to: save) }
            return .native(EvalResultHandle(result))
        },
        Builtin("compare", [], variadic: Param("results", .oneOf([.native("eval_result"), .list])), returns: "string",
                help: "A table of evaluation results (given one by one or as lists) in the shape of Tina's\n(pass@1, pass@k, maj@k, tokens). The REPL echoes the table itself.",
                example: "print(compare(before, after))") { a in
            let flat = a.rest.flatMap { v -> [Value] in if case .list(let l) = v { return l.items } else { return [v] } }
            let results = try flat.map { try $0.asNative(EvalResultHandle.self, "results").result }
            let table = Evaluation.compare(results)
            return a.interpreter.report(.string(table), display: table, html: Evaluation.compareHTML(results))
        },
    ]
}
