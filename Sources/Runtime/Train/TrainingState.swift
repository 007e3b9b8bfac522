import Foundation

/// A resumable training checkpoint: the adapter in PEFT layout, the optimiser's moments, the
/// step and the random state. Written to a temporary directory and renamed into place, so a
/// crash never leaves a half-written checkpoint.
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

    public static func save(_ state: TrainingState, model: Qwen2Model, optimizer: AdamW, to directory: String) throws {
        let fm = FileManager.default
        let tmp = directory + ".tmp-\(getpid())-\(UUID().uuidString)"
        try? fm.removeItem(atPath: tmp)
        do {
            try model.saveAdapter(directory: tmp)
            let enc = JSONEncoder()
            enc.outputFormatting = [.prettyPrinted, .sortedKeys]
            try AtomicFile.write(enc.encode(state), to: tmp + "/trainer_state.json")
            var moments: [String: Tensor] = [:]
            let s = optimizer.state
            for (i, (m, v)) in zip(s.m, s.v).enumerated() { moments["m.\(i)"] = m; moments["v.\(i)"] = v }
            try SafetensorsFile.write(moments, to: tmp + "/optimizer.safetensors")
            let old = directory + ".old-\(getpid())"
            if fm.fileExists(atPath: directory) { try fm.moveItem(atPath: directory, toPath: old) }
            try fm.moveItem(atPath: tmp, toPath: directory)
            try? fm.removeItem(atPath: old)
        } catch {
            try? fm.removeItem(atPath: tmp)
            throw error
        }
    }

    /// Loads the adapter into `model` and the moments into `optimizer`; returns the state.
    public static func load(from directory: String, model: Qwen2Model, optimizer: AdamW) throws -> TrainingState {
        let path = directory + "/trainer_state.json"
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelError.missingFile(path) }
        let state: TrainingState
        do { state = try JSONDecoder().decode(TrainingState.self, from: data) } catch let e as DecodingError {
            throw ModelError.badConfig(file: path, Qwen2Config.describe(e))
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
