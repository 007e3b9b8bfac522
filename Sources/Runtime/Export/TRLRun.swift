import Foundation

/// A TRL run read back: the metrics it logged per step (`trainer_state.json`'s `log_history`,
/// from the output folder, else its latest `checkpoint-N`) under the names `t.metrics` uses, and
/// its checkpoints, whose `adapter_model.safetensors` `m.load_adapter` reads.
public struct TRLRun {
    public let directory: String
    /// The file the metrics came from.
    public let stateFile: String
    /// One entry per logged optimiser step, in step order.
    public let steps: [[(String, Double)]]
    /// `checkpoint-N` folders, by N.
    public let checkpoints: [String]

    /// TRL's metric names that differ from the session's.
    static let renamed = [
        "learning_rate": "lr", "clip_ratio/region_mean": "clip_ratio", "completions/mean_length": "completion_length",
        "completions/max_length": "completion_length_max", "completions/clipped_ratio": "truncated_ratio",
    ]

    public init(directory: String) throws {
        let fm = FileManager.default
        guard fm.fileExists(atPath: directory) else { throw ModelError.unreadable(file: directory, "no such folder") }
        self.directory = directory
        let numbered = ((try? fm.contentsOfDirectory(atPath: directory)) ?? []).compactMap { name -> (Int, String)? in
            guard name.hasPrefix("checkpoint-"), let n = Int(name.dropFirst("checkpoint-".count)) else { return nil }
            return (n, directory + "/" + name)
        }.sorted { $0.0 < $1.0 }
        checkpoints = numbered.map(\.1)
        let candidates = [directory + "/trainer_state.json"] + numbered.reversed().map { $0.1 + "/trainer_state.json" }
        guard let file = candidates.first(where: fm.fileExists) else {
            throw ModelError.unreadable(file: directory, "no trainer_state.json in it or in a checkpoint-N folder (has the run saved yet?)")
        }
        stateFile = file
        guard let data = fm.contents(atPath: file), let state = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ModelError.unreadable(file: file, "not a JSON object")
        }
        guard let history = state["log_history"] as? [[String: Any]] else { throw ModelError.unreadable(file: file, "no log_history list") }
        // Training logs carry a loss; the final summary (train_runtime, …) does not.
        steps = history.filter { $0["loss"] != nil && $0["step"] != nil }.map { entry in
            var out: [(String, Double)] = [("step", (entry["step"] as? NSNumber)?.doubleValue ?? 0)]
            for (key, value) in entry.sorted(by: { $0.key < $1.key }) where key != "step" {
                guard let number = value as? NSNumber else { continue }
                out.append((Self.renamed[key] ?? key, number.doubleValue))
            }
            return out
        }
    }
}
