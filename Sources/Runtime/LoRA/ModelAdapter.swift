import Foundation

/// Attaching, switching, saving, loading and merging a LoRA adapter on the model, with PEFT's
/// file names: `base_model.model.<module>.lora_A.weight` [r, in] and `.lora_B.weight` [out, r].
extension CausalLM {
    /// Projections that `config` targets (by kind and, if given, by layer).
    func targeted(by config: LoRAConfig) -> [Projection] {
        layers.filter { config.layersToTransform?.contains($0.index) ?? true }
            .flatMap(\.projections).filter { config.targetModules.contains($0.kind) }
    }

    /// Attaches a fresh adapter with PEFT's initialisation (replacing any previous one).
    public func attachLoRA(_ config: LoRAConfig, seed: UInt64 = 42) throws {
        try config.validate()
        if let layers = config.layersToTransform, let bad = layers.first(where: { $0 < 0 || $0 >= self.layers.count }) {
            throw LoRAError.invalid("layer \(bad) does not exist (the model has \(self.layers.count))")
        }
        // The adapter, its gradients and AdamW's two moments: four copies, checked before allocating.
        let targets = targeted(by: config)
        let weights = targets.reduce(0.0) { $0 + Double(config.r) * Double($1.inFeatures + $1.outFeatures) }
        let memory = Double(ProcessInfo.processInfo.physicalMemory)
        guard weights * 16 < memory / 2 else {
            throw LoRAError.invalid(String(format: "rank %d makes %.0f adapter weights (%.1f GB with gradients and optimiser state); this machine has %.1f GB",
                                           config.r, weights, weights * 16 / 1e9, memory / 1e9))
        }
        detachLoRA()
        let state = LoRAState(seed: seed &+ 1)
        var rng = SeededRandom(seed: seed)
        for p in targets {
            p.lora = LoRAWeights.initialised(inFeatures: p.inFeatures, outFeatures: p.outFeatures, config: config, state: state, rng: &rng)
        }
        adapterConfig = config
        loraState = state
    }

    public func detachLoRA() {
        for p in projections { p.lora = nil }
        adapterConfig = nil
        loraState = nil
    }

    /// Whether the adapter takes part in the forward pass (off = the base model, GRPO's reference).
    public var adapterEnabled: Bool {
        get { loraState?.enabled ?? false }
        set { loraState?.enabled = newValue }
    }

    /// Dropout in the adapters is active only while training.
    public var training: Bool {
        get { loraState?.training ?? false }
        set { loraState?.training = newValue }
    }

    /// The state of the dropout masks' generator (nil without an adapter), for checkpoints and for
    /// undoing an interrupted step.
    public var adapterDropoutState: [UInt64]? {
        get { loraState?.rng.stateWords }
        set { if let newValue, let r = SeededRandom(stateWords: newValue) { loraState?.rng = r } }
    }

    /// Whether every lora_B is zero, so the adapter leaves the base model unchanged.
    public var adapterIsIdentity: Bool {
        projections.allSatisfy { p in p.lora.map { l in (0..<l.b.count).allSatisfy { l.b.data[$0] == 0 } } ?? true }
    }

    /// Keeps a frozen copy of the adapter as it is now (TRL's "ref" adapter), or, given tensors by
    /// PEFT name, those; `withFrozenAdapter` runs the model on it.
    public func freezeAdapterCopy(from tensors: [String: Tensor]? = nil) throws {
        for p in projections {
            guard let l = p.lora else { continue }
            let an = "base_model.model.\(p.name).lora_A.weight", bn = "base_model.model.\(p.name).lora_B.weight"
            if let tensors {
                guard let a = tensors[an], let b = tensors[bn] else { throw LoRAError.mismatch(tensor: an, "missing from the reference adapter") }
                guard a.shape == l.a.shape, b.shape == l.b.shape else {
                    throw LoRAError.mismatch(tensor: an, "reference shape \(a.shape)/\(b.shape) differs from the adapter's \(l.a.shape)/\(l.b.shape)")
                }
                l.frozen = (try a.copy(), try b.copy())
            } else {
                l.frozen = (try l.a.copy(), try l.b.copy())
            }
            l.frozen?.a.requiresGrad = false
            l.frozen?.b.requiresGrad = false
        }
    }

    /// The frozen copy by PEFT name (empty when none was kept).
    public var frozenAdapterTensors: [String: Tensor] {
        var out: [String: Tensor] = [:]
        for p in projections {
            guard let f = p.lora?.frozen else { continue }
            out["base_model.model.\(p.name).lora_A.weight"] = f.a
            out["base_model.model.\(p.name).lora_B.weight"] = f.b
        }
        return out
    }

    /// Runs `body` with the frozen copy in place of the trained adapter (no gradients).
    public func withFrozenAdapter<T>(_ body: () throws -> T) throws -> T {
        guard let state = loraState, projections.contains(where: { $0.lora?.frozen != nil }) else {
            throw LoRAError.invalid("no frozen copy of the adapter was kept")
        }
        let (wasEnabled, wasFrozen) = (state.enabled, state.useFrozen)
        state.enabled = true
        state.useFrozen = true
        defer { state.enabled = wasEnabled; state.useFrozen = wasFrozen }
        return try Tape.withoutRecording(body)
    }

    /// Every trainable tensor by its PEFT name, in a stable order.
    public var adapterParameters: [(name: String, tensor: Tensor)] {
        projections.compactMap { p -> [(String, Tensor)]? in
            guard let l = p.lora else { return nil }
            return [("base_model.model.\(p.name).lora_A.weight", l.a), ("base_model.model.\(p.name).lora_B.weight", l.b)]
        }.flatMap { $0 }
    }

    /// Writes adapter_config.json and adapter_model.safetensors as PEFT does.
    public func saveAdapter(directory: String, baseModel: String? = nil) throws {
        guard var config = adapterConfig else { throw LoRAError.noAdapter }
        if let baseModel { config.baseModelNameOrPath = baseModel }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), !isDir.boolValue {
            throw ModelError.unreadable(file: directory, "exists and is a file; an adapter is saved as a folder")
        }
        do { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) } catch {
            throw ModelError.unreadable(file: directory, "cannot create the adapter folder: \((error as NSError).localizedDescription)")
        }
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(enc.encode(config), to: directory + "/adapter_config.json")
        var tensors: [String: Tensor] = [:]
        for (n, t) in adapterParameters { tensors[n] = t }
        try SafetensorsFile.write(tensors, to: directory + "/adapter_model.safetensors")
    }

    /// Loads a PEFT LoRA adapter directory, checking every tensor's name and shape.
    public func loadAdapter(directory: String) throws {
        let configPath = directory + "/adapter_config.json"
        guard let data = FileManager.default.contents(atPath: configPath) else { throw ModelError.missingFile(configPath) }
        let config: LoRAConfig
        do { config = try JSONDecoder().decode(LoRAConfig.self, from: data) } catch let e as DecodingError {
            throw ModelError.badConfig(file: configPath, ModelConfig.describe(e))
        }
        let file = try SafetensorsFile(path: directory + "/adapter_model.safetensors")
        let state = LoRAState(seed: 43)
        var loaded: [ObjectIdentifier: LoRAWeights] = [:]
        var expected = Set<String>()
        let targets = targeted(by: config)
        for p in targets {
            let an = "base_model.model.\(p.name).lora_A.weight", bn = "base_model.model.\(p.name).lora_B.weight"
            expected.formUnion([an, bn])
            let a = try adapterTensor(file, an, [config.r, p.inFeatures]), b = try adapterTensor(file, bn, [p.outFeatures, config.r])
            loaded[ObjectIdentifier(p)] = LoRAWeights(a: a, b: b, scale: config.scale, dropout: Float(config.loraDropout), state: state)
        }
        if let extra = file.names.first(where: { !expected.contains($0) }) {
            throw LoRAError.mismatch(tensor: extra, "not a LoRA tensor of this model's targeted modules (adapter for another architecture?)")
        }
        detachLoRA()
        for p in targets { p.lora = loaded[ObjectIdentifier(p)] }
        adapterConfig = config
        loraState = state
    }

    private func adapterTensor(_ file: SafetensorsFile, _ name: String, _ shape: [Int]) throws -> Tensor {
        guard file.entries[name] != nil else { throw LoRAError.mismatch(tensor: name, "missing from adapter_model.safetensors") }
        let t = try file.tensor(name)
        guard t.shape == shape else { throw LoRAError.mismatch(tensor: name, "expected shape \(shape), found \(t.shape)") }
        return try t.copy() // trainable float32, owned (not a view of the file)
    }

    /// Folds scale · B A into each base weight (in the weight's dtype) and removes the adapter.
    public func mergeAdapter() throws {
        guard adapterConfig != nil else { throw LoRAError.noAdapter }
        for p in projections {
            guard let l = p.lora else { continue }
            let merged = try Tape.withoutRecording { try p.weight.toF32().copy().add(l.denseDelta()) }
            p.weight = try merged.converted(to: p.weight.dtype)
        }
        detachLoRA()
    }
}
