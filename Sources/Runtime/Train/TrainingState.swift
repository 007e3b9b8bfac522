import CKernels
import Foundation

/// A resumable training checkpoint: the adapter in PEFT layout, the optimiser's moments, the
/// step and the random state. Written into a fresh sibling directory, `trainer_state.json` last,
/// then swapped into place in one atomic exchange of the two names: at every instant the
/// checkpoint directory holds either the old checkpoint or the new one, never a mix or nothing.
public struct TrainingState: Codable, Equatable {
    public var step: Int
    public var optimizerStep: Int
    public var lr: Float
    public var rng: [UInt64]
    /// Anything else the trainer needs to resume (e.g. its configuration as JSON).
    public var extra: [String: String]

    public init(step: Int, optimizerStep: Int, lr: Float, rng: [UInt64], extra: [String: String] = [:]) {
        self.step = step; self.optimizerStep = optimizerStep; self.lr = lr; self.rng = rng; self.extra = extra
    }

    /// Writes a checkpoint; `more(dir)` adds files to it before `trainer_state.json` marks it complete.
    public static func save(_ state: TrainingState, model: CausalLM, optimizer: AdamW, to directory: String,
                            more: (String) throws -> Void = { _ in }) throws {
        let fm = FileManager.default
        let directory = (directory as NSString).standardizingPath
        removeStaleLeftovers(of: directory)
        let tmp = directory + ".tmp-\(getpid())-\(UUID().uuidString)"
        do {
            try model.saveAdapter(directory: tmp)
            var moments: [String: Tensor] = [:]
            let s = optimizer.state
            for (i, (m, v)) in zip(s.m, s.v).enumerated() { moments["m.\(i)"] = m; moments["v.\(i)"] = v }
            try SafetensorsFile.write(moments, to: tmp + "/optimizer.safetensors")
            try more(tmp)
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys]
            try AtomicFile.write(enc.encode(state), to: tmp + "/" + stateFile)
            try install(tmp, at: directory)
        } catch {
            try? fm.removeItem(atPath: tmp)
            throw error
        }
    }

    static let stateFile = "trainer_state.json"

    /// Puts the complete checkpoint `tmp` at `directory`: a rename when there is none yet, else an
    /// atomic exchange (the old one is then at `tmp` and is removed). Where the file system cannot
    /// exchange, two renames, with the old copy kept as `.old-PID` until the new one is in place
    /// (`recover` completes such a save).
    static func install(_ tmp: String, at directory: String) throws {
        let fm = FileManager.default
        func failure(_ what: String) -> ModelError {
            ModelError.unreadable(file: directory, "\(what) failed: \(String(cString: strerror(errno)))")
        }
        if !fm.fileExists(atPath: directory) {
            guard rename(tmp, directory) == 0 else { throw failure("rename") }
            return
        }
        if tina_exchange_paths(tmp, directory) == 0 {
            try? fm.removeItem(atPath: tmp)
            return
        }
        guard errno == EINVAL || errno == ENOSYS || errno == ENOTSUP else { throw failure("exchange") }
        let old = directory + ".old-\(getpid())"
        try? fm.removeItem(atPath: old)
        guard rename(directory, old) == 0 else { throw failure("rename") }
        guard rename(tmp, directory) == 0 else { throw failure("rename") }
        try? fm.removeItem(atPath: old)
    }

    /// Siblings `<dir>.tmp-PID-…` and `<dir>.old-PID` left by saves that were killed.
    static func leftovers(of directory: String) -> [(path: String, pid: Int32)] {
        let parent = (directory as NSString).deletingLastPathComponent, base = (directory as NSString).lastPathComponent
        let names = (try? FileManager.default.contentsOfDirectory(atPath: parent.isEmpty ? "." : parent)) ?? []
        return names.compactMap { name in
            for marker in [".tmp-", ".old-"] where name.hasPrefix(base + marker) {
                let rest = name.dropFirst(base.count + marker.count)
                guard let pid = Int32(rest.prefix { $0.isNumber }) else { return nil }
                return ((parent as NSString).appendingPathComponent(name), pid)
            }
            return nil
        }
    }

    /// Removes leftovers of saves whose process is gone (a live one may still be writing).
    static func removeStaleLeftovers(of directory: String) {
        for (path, pid) in leftovers(of: directory) where pid == getpid() || (kill(pid, 0) != 0 && errno == ESRCH) {
            try? FileManager.default.removeItem(atPath: path)
        }
    }

    /// Makes `directory` a complete checkpoint again after a killed save: when it has no
    /// `trainer_state.json`, the newest complete leftover (by step) is moved into place. Returns a
    /// line saying what was recovered, or nil when nothing was needed.
    public static func recover(_ directory: String) throws -> String? {
        let fm = FileManager.default
        let directory = (directory as NSString).standardizingPath
        if fm.fileExists(atPath: directory + "/" + stateFile) {
            removeStaleLeftovers(of: directory)
            return nil
        }
        let complete = leftovers(of: directory).compactMap { entry -> (String, Int)? in
            guard let data = fm.contents(atPath: entry.path + "/" + stateFile),
                  let state = try? JSONDecoder().decode(TrainingState.self, from: data) else { return nil }
            return (entry.path, state.step)
        }
        guard let best = complete.max(by: { $0.1 < $1.1 }) else { return nil }
        if fm.fileExists(atPath: directory) { try fm.removeItem(atPath: directory) }
        guard rename(best.0, directory) == 0 else {
            throw ModelError.unreadable(file: directory, "cannot recover \(best.0): \(String(cString: strerror(errno)))")
        }
        removeStaleLeftovers(of: directory)
        return "recovered the checkpoint of step \(best.1) left by an interrupted save (\((best.0 as NSString).lastPathComponent))"
    }

    /// Loads the adapter into `model` and the moments into `optimizer`; returns the state.
    public static func load(from directory: String, model: CausalLM, optimizer: AdamW) throws -> TrainingState {
        let path = directory + "/trainer_state.json"
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelError.missingFile(path) }
        let state: TrainingState
        do { state = try JSONDecoder().decode(TrainingState.self, from: data) } catch let e as DecodingError {
            throw ModelError.badConfig(file: path, ModelConfig.describe(e))
        }
        try model.loadAdapter(directory: directory)
        let file = try SafetensorsFile(path: directory + "/optimizer.safetensors")
        let params = model.adapterParameters.map(\.tensor)
        var m: [Tensor] = [], v: [Tensor] = []
        if !file.names.isEmpty {
            for i in 0..<params.count {
                let mi = try file.tensor("m.\(i)").copy(), vi = try file.tensor("v.\(i)").copy()
                guard mi.shape == params[i].shape, vi.shape == params[i].shape else {
                    throw LoRAError.mismatch(tensor: "m.\(i)", "optimizer moment shape \(mi.shape) does not match parameter \(params[i].shape)")
                }
                m.append(mi); v.append(vi)
            }
        }
        optimizer.restore(step: state.optimizerStep, m: m, v: v)
        return state
    }
}
