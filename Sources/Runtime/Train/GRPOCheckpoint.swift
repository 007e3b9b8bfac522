import Foundation

/// Checkpoints of a GRPO trainer: everything `grpo_resume` needs to continue exactly where the
/// run stopped (adapter, optimiser moments, step, data order and cursor, the sampling and dropout
/// generators, the reference policy, the metrics so far).
extension GRPOTrainer {
    /// The frozen reference adapter of a checkpoint, in PEFT layout.
    static let referenceFolder = "reference"

    /// Writes a checkpoint (replacing any at `directory` crash-safely).
    public func save(directory: String) throws {
        let enc = JSONEncoder()
        enc.outputFormatting = [.sortedKeys]
        var extra = ["config": String(decoding: try enc.encode(config), as: UTF8.self),
                     "order": data.order.map(String.init).joined(separator: ","), "cursor": String(data.position),
                     "reference": reference.rawValue, "reference_is_frozen_copy": String(referenceIsFrozenCopy),
                     "history": try Self.encodeHistory(history)]
        if let dropout = model.adapterDropoutState { extra["dropout_rng"] = dropout.map(String.init).joined(separator: ",") }
        let frozen = referenceIsFrozenCopy ? model.frozenAdapterTensors : [:]
        try TrainingState.save(TrainingState(step: step, optimizerStep: optimizer.state.step, lr: optimizer.lr, rng: rng.stateWords, extra: extra),
                               model: model, optimizer: optimizer, to: directory) { dir in
            guard !frozen.isEmpty else { return }
            try FileManager.default.createDirectory(atPath: dir + "/" + Self.referenceFolder, withIntermediateDirectories: true)
            try SafetensorsFile.write(frozen, to: dir + "/" + Self.referenceFolder + "/adapter_model.safetensors")
        }
    }

    /// The configuration a checkpoint was saved with.
    public static func savedConfig(directory: String) throws -> GRPOConfig {
        let path = directory + "/" + TrainingState.stateFile
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelError.missingFile(path) }
        let peek: TrainingState
        do { peek = try JSONDecoder().decode(TrainingState.self, from: data) } catch let e as DecodingError {
            throw ModelError.badConfig(file: path, ModelConfig.describe(e))
        }
        guard let configText = peek.extra["config"] else { throw ModelError.badConfig(file: path, "no GRPO configuration saved") }
        do { return try JSONDecoder().decode(GRPOConfig.self, from: Data(configText.utf8)) } catch let e as DecodingError {
            throw ModelError.badConfig(file: path, "config: " + ModelConfig.describe(e))
        }
    }

    /// Restores a trainer saved with `save` onto `model` (its adapter is replaced by the saved one).
    /// `config` is the saved configuration with the caller's overrides applied (`savedConfig`).
    public static func resume(directory: String, model: CausalLM, tokenizer: Tokenizer, config: GRPOConfig, prompts: [DatasetPrompt],
                              rewards: [GRPOReward], totalSteps: Int) throws -> GRPOTrainer {
        let path = directory + "/" + TrainingState.stateFile
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelError.missingFile(path) }
        let peek = try JSONDecoder().decode(TrainingState.self, from: data)
        // The saved adapter first, so that the trainer trains it rather than attaching a new one.
        try model.loadAdapter(directory: directory)
        let reference = GRPOReference(rawValue: peek.extra["reference"] ?? "") ?? .base
        var frozen: [String: Tensor]? = nil
        if peek.extra["reference_is_frozen_copy"] == "true" {
            let file = try SafetensorsFile(path: directory + "/" + referenceFolder + "/adapter_model.safetensors")
            frozen = try Dictionary(uniqueKeysWithValues: file.names.map { ($0, try file.tensor($0)) })
        }
        let trainer = try GRPOTrainer(model: model, tokenizer: tokenizer, config: config, prompts: prompts, rewards: rewards,
                                      totalSteps: totalSteps, reference: frozen == nil ? .base : reference, frozenReference: frozen)
        let state = try TrainingState.load(from: directory, model: model, optimizer: trainer.optimizer)
        if let frozen { try model.freezeAdapterCopy(from: frozen) } // loading replaced the adapter objects
        trainer.step = state.step
        if let r = SeededRandom(stateWords: state.rng) { trainer.rng = r }
        if let words = state.extra["dropout_rng"] { model.adapterDropoutState = words.split(separator: ",").compactMap { UInt64($0) } }
        trainer.data = EpochOrder(order: (state.extra["order"] ?? "").split(separator: ",").compactMap { Int($0) }.filter { $0 < prompts.count },
                                  position: Int(state.extra["cursor"] ?? "0") ?? 0)
        trainer.history = decodeHistory(state.extra["history"] ?? "[]")
        return trainer
    }

    /// Each step's metrics as a list of [name, value] pairs (order kept; non-finite values null).
    static func encodeHistory(_ history: [[(String, Double)]]) throws -> String {
        let rows = history.map { $0.map { [$0.0, $0.1.isFinite ? $0.1 : NSNull()] as [Any] } }
        return String(decoding: try JSONSerialization.data(withJSONObject: rows), as: UTF8.self)
    }

    static func decodeHistory(_ text: String) -> [[(String, Double)]] {
        guard let rows = try? JSONSerialization.jsonObject(with: Data(text.utf8)) as? [Any] else { return [] }
        return rows.map { row in
            if let pairs = row as? [[Any]] {
                return pairs.compactMap { p in (p.first as? String).map { ($0, (p.last as? Double) ?? .nan) } }
            }
            // Checkpoints of earlier versions: one map per step.
            return ((row as? [String: Double]) ?? [:]).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
        }
    }
}
