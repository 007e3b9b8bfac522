import Foundation

/// The `save:` file of an evaluation, kept as it runs so that a rerun resumes: each problem's
/// completions are appended (one JSON object per completion, as `EvalResult.jsonl` writes them)
/// as soon as it is scored, so a killed run loses at most the problems in flight, and a rerun
/// samples only the problems the file does not hold complete.
public final class EvalJournal {
    public let path: String
    let name: String
    let samples: Int
    /// Problems the file already held complete, by row.
    public private(set) var done: [Int: EvalProblemResult] = [:]
    private let handle: FileHandle

    /// Opens `path`, reading what an earlier run of the same evaluation (`name`, `samples`,
    /// `prompts`) saved; a file of another evaluation is an error, not overwritten.
    public init(path: String, name: String, samples: Int, prompts: [DatasetPrompt]) throws {
        self.path = path
        self.name = name
        self.samples = samples
        let byRow = Dictionary(prompts.map { ($0.row, $0) }, uniquingKeysWith: { a, _ in a })
        if let data = FileManager.default.contents(atPath: path) {
            var rows: [Int: [Int: [String: Any]]] = [:]
            let lines = data.split(separator: 0x0A, omittingEmptySubsequences: false)
            for (i, line) in lines.enumerated() where !line.isEmpty {
                guard let o = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any] else {
                    // A last line cut short by a killed run is dropped; anything else is not ours.
                    if i == lines.count - 1 { break }
                    throw ModelError.unreadable(file: path, "line \(i + 1) is not a JSON object")
                }
                func bad(_ why: String) -> Error { ModelError.unreadable(file: path, "line \(i + 1): \(why); it holds another evaluation (choose another save: file)") }
                guard o["benchmark"] as? String == name else { throw bad("benchmark \(o["benchmark"] ?? "none"), not \(name)") }
                guard let row = o["row"] as? Int, let sample = o["sample"] as? Int, o["completion"] is String,
                      o["score"] is Double || o["score"] is Int, o["tokens"] is Int else {
                    throw ModelError.unreadable(file: path, "line \(i + 1) lacks row, sample, completion, score or tokens")
                }
                guard let prompt = byRow[row] else { throw bad("row \(row) is not among these problems") }
                guard o["gold"] as? String == prompt.answer else { throw bad("row \(row)'s gold answer differs") }
                guard sample >= 0 && sample < samples else { throw bad("sample \(sample) of row \(row) with samples: \(samples)") }
                rows[row, default: [:]][sample] = o
            }
            for (row, got) in rows where got.count == samples {
                let lines = (0..<samples).map { got[$0]! }
                let completions = lines.map { $0["completion"] as! String }
                let scores = lines.map { ($0["score"] as? Double) ?? Double($0["score"] as! Int) }
                let prompt = byRow[row]!
                done[row] = EvalProblemResult(row: row, question: prompt.messages.last?.content ?? "", answer: prompt.answer,
                                              completions: completions, scores: scores, lengths: lines.map { $0["tokens"] as! Int },
                                              majorityCorrect: Evaluation.majority(completions, scores, scorer: prompt.scorer))
            }
        }
        // Start from the complete problems only, so appended lines never mix with a torn one.
        let kept = EvalResult(name: name, samples: samples, problems: done.values.sorted { $0.row < $1.row }, seconds: 0)
        try AtomicFile.write(try kept.jsonl(), to: path)
        guard let h = FileHandle(forWritingAtPath: path) else { throw ModelError.unreadable(file: path, "cannot open for appending") }
        handle = h
        try handle.seekToEnd()
    }

    deinit { try? handle.close() }

    /// Appends scored problems and flushes them to disk.
    public func append(_ results: [EvalProblemResult]) throws {
        guard !results.isEmpty else { return }
        try handle.write(contentsOf: try EvalResult(name: name, samples: samples, problems: results, seconds: 0).jsonl())
        try handle.synchronize()
        for r in results { done[r.row] = r }
    }
}
