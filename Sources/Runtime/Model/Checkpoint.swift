import Foundation

/// Hugging Face checkpoint directories: config.json, generation_config.json and
/// model.safetensors or a sharded model.safetensors.index.json.
extension CausalLM {
    /// Loads a model directory. Weights stay memory-mapped in their stored dtype unless `dtype`
    /// asks for a conversion (e.g. .f32 for trainable weights).
    public static func load(directory: String, dtype: DType? = nil) throws -> CausalLM {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw ModelError.missingFile(directory)
        }
        let dir = URL(fileURLWithPath: directory)
        let config = try ModelConfig.load(dir.appendingPathComponent("config.json").path)
        let defaults = try GenerationDefaults.load(dir.appendingPathComponent("generation_config.json").path)
        let files = try weightFiles(dir)
        var byName: [String: SafetensorsFile] = [:]
        var opened: [String: SafetensorsFile] = [:]
        for (tensor, file) in files {
            if opened[file] == nil { opened[file] = try SafetensorsFile(path: dir.appendingPathComponent(file).path) }
            byName[tensor] = opened[file]
        }
        if files.isEmpty {
            let single = try SafetensorsFile(path: dir.appendingPathComponent("model.safetensors").path)
            for n in single.names { byName[n] = single }
        }
        // A tensor the config does not account for means the config names the wrong family or
        // shape (a Qwen2 checkpoint called Llama would silently lose its q/k/v biases).
        let expected = Set(config.tensorShapes.map(\.name))
        if let extra = byName.keys.sorted().first(where: { !expected.contains($0) && !Self.ignoredTensor($0, config) }) {
            throw ModelError.badConfig(file: dir.appendingPathComponent("config.json").path,
                                       "the checkpoint's tensor '\(extra)' is not part of a \(config.family.name) model of this config")
        }
        return try CausalLM(config: config, generationDefaults: defaults) { name in
            guard let file = byName[name] else { throw ModelError.missingTensor(name) }
            let t = try file.tensor(name)
            if let dtype, dtype != t.dtype { return try t.converted(to: dtype) }
            return t
        }
    }

    /// Tensors transformers skips on load: a tied head's copy, and the RoPE buffers old
    /// checkpoints stored.
    static func ignoredTensor(_ name: String, _ config: ModelConfig) -> Bool {
        (config.tieWordEmbeddings && name == "lm_head.weight") || name.hasSuffix("rotary_emb.inv_freq")
    }

    /// tensor name → shard file, from model.safetensors.index.json (empty when not sharded).
    static func weightFiles(_ dir: URL) throws -> [String: String] {
        let index = dir.appendingPathComponent("model.safetensors.index.json").path
        guard let data = FileManager.default.contents(atPath: index) else { return [:] }
        struct Index: Decodable { var weight_map: [String: String] }
        do {
            let map = try JSONDecoder().decode(Index.self, from: data).weight_map
            for file in Set(map.values) where file.contains("/") || file.hasPrefix(".") {
                throw ModelError.badConfig(file: index, "shard name '\(file)' is not a plain file name")
            }
            return map
        } catch let e as DecodingError {
            throw ModelError.badConfig(file: index, ModelConfig.describe(e))
        }
    }

    /// Every weight by its checkpoint name.
    public var namedWeights: [String: Tensor] {
        var out: [String: Tensor] = ["model.embed_tokens.weight": embedTokens, "model.norm.weight": norm]
        if !config.tieWordEmbeddings { out["lm_head.weight"] = lmHead }
        for l in layers {
            for (name, gain) in l.norms { out[name] = gain }
            for proj in l.projections {
                out[proj.name + ".weight"] = proj.weight
                if let b = proj.bias { out[proj.name + ".bias"] = b }
            }
        }
        return out
    }

    /// Writes config.json, generation_config.json and model.safetensors in the layout transformers loads.
    public func save(directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let dir = URL(fileURLWithPath: directory)
        var c = config
        let dtypes = Set(namedWeights.values.map(\.dtype))
        c.dtype = dtypes.count == 1 ? Self.torchName(dtypes.first!) : "float32"
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        try AtomicFile.write(enc.encode(c), to: dir.appendingPathComponent("config.json").path)
        var gen: [String: Any] = ["eos_token_id": generationDefaults.eosTokenIds.count == 1 ? generationDefaults.eosTokenIds[0] as Any : generationDefaults.eosTokenIds as Any]
        if let b = generationDefaults.bosTokenId { gen["bos_token_id"] = b }
        if let t = generationDefaults.temperature { gen["temperature"] = t; gen["do_sample"] = true }
        if let p = generationDefaults.topP { gen["top_p"] = p }
        if let k = generationDefaults.topK { gen["top_k"] = k }
        try AtomicFile.write(JSONSerialization.data(withJSONObject: gen, options: [.prettyPrinted, .sortedKeys]),
                             to: dir.appendingPathComponent("generation_config.json").path)
        try SafetensorsFile.write(namedWeights, to: dir.appendingPathComponent("model.safetensors").path)
    }

    /// FNV-1a: a per-tensor seed that does not depend on construction order.
    static func stableHash(_ s: String) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in s.utf8 { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    static func torchName(_ d: DType) -> String {
        switch d { case .f32: return "float32"; case .bf16: return "bfloat16"; case .f16: return "float16" }
    }

    /// A model with random weights of any shape (transformers' initialisation: N(0, 0.02) for
    /// matrices and embeddings, zero biases, unit norm gains), for benchmarks and the quickstart.
    public static func random(config: ModelConfig, seed: UInt64, dtype: DType = .bf16, std: Float = 0.02) throws -> CausalLM {
        try config.validate()
        // Refused before allocating: Swift cannot recover from a failed allocation.
        let memory = ProcessInfo.processInfo.physicalMemory
        guard let count = config.parameterCount, UInt64(count) < memory / UInt64(dtype.byteSize) else {
            throw ModelError.invalidArgument("model_init: \(config.parameterCount.map { "\($0) weights" } ?? "more weights than an Int counts") in \(dtype) do not fit this machine's \(memory >> 20) MB of memory")
        }
        let shapes = Dictionary(config.tensorShapes.map { ($0.name, $0.shape) }, uniquingKeysWith: { a, _ in a })
        return try CausalLM(config: config) { name in
            guard let shape = shapes[name] else { throw ModelError.missingTensor(name) }
            if name.hasSuffix("norm.weight") {
                return try Tensor([Float](repeating: 1, count: shape[0]), shape: shape).converted(to: dtype)
            } else if name.hasSuffix(".bias") {
                return Tensor(zeros: shape, dtype: dtype)
            }
            let t = Tensor(zeros: shape)
            t.fillNormal(seed: seed ^ Self.stableHash(name), std: std)
            return try t.converted(to: dtype)
        }
    }
}
