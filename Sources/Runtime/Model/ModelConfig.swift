import Foundation

/// `config.json` of a decoder checkpoint of any supported family (`ModelFamily`). Reads both the
/// original style (top-level `rope_theta` and `rope_scaling`, `torch_dtype`) and transformers 5's
/// (`rope_parameters`, `dtype`); writes the original style, which every transformers version loads.
public struct ModelConfig: Codable, Equatable {
    public var family: ModelFamily
    public var hiddenSize: Int
    public var intermediateSize: Int
    public var numHiddenLayers: Int
    public var numAttentionHeads: Int
    public var numKeyValueHeads: Int
    /// Width of one attention head; q_proj is [heads · headDim, hidden], which need not be hidden.
    public var headDim: Int
    public var vocabSize: Int
    public var maxPositionEmbeddings: Int
    public var rmsNormEps: Double
    public var ropeTheta: Double
    public var ropeScaling: RopeScaling?
    /// Bias on q/k/v, on o, and on the MLP projections (from the family's rule and the config).
    public var queryKeyValueBias: Bool
    public var outputBias: Bool
    public var mlpBias: Bool
    public var tieWordEmbeddings: Bool
    public var bosTokenId: Int?
    /// Every end-of-sequence id (Llama 3 lists three).
    public var eosTokenIds: [Int]
    public var dtype: String

    public var queryWidth: Int { numAttentionHeads * headDim }
    public var kvWidth: Int { numKeyValueHeads * headDim }

    public init(family: ModelFamily = .qwen2, hiddenSize: Int, intermediateSize: Int, numHiddenLayers: Int,
                numAttentionHeads: Int, numKeyValueHeads: Int, headDim: Int? = nil, vocabSize: Int,
                maxPositionEmbeddings: Int = 131072, rmsNormEps: Double = 1e-6, ropeTheta: Double = 10000,
                ropeScaling: RopeScaling? = nil, attentionBias: Bool = false, mlpBias: Bool = false,
                tieWordEmbeddings: Bool = false, bosTokenId: Int? = nil, eosTokenIds: [Int] = [], dtype: String = "bfloat16") {
        self.family = family
        self.hiddenSize = hiddenSize; self.intermediateSize = intermediateSize
        self.numHiddenLayers = numHiddenLayers; self.numAttentionHeads = numAttentionHeads
        self.numKeyValueHeads = numKeyValueHeads
        self.headDim = headDim ?? family.defaultHeadDim ?? (numAttentionHeads > 0 ? hiddenSize / numAttentionHeads : 0)
        self.vocabSize = vocabSize
        self.maxPositionEmbeddings = maxPositionEmbeddings; self.rmsNormEps = rmsNormEps
        self.ropeTheta = ropeTheta; self.ropeScaling = ropeScaling
        (queryKeyValueBias, outputBias, self.mlpBias) = Self.biases(family, attentionBias: attentionBias, mlpBias: mlpBias)
        self.tieWordEmbeddings = tieWordEmbeddings
        self.bosTokenId = bosTokenId; self.eosTokenIds = eosTokenIds; self.dtype = dtype
    }

    static func biases(_ family: ModelFamily, attentionBias: Bool, mlpBias: Bool) -> (qkv: Bool, o: Bool, mlp: Bool) {
        switch family.bias {
        case .queryKeyValue: return (true, false, false)
        case .configured: return (attentionBias, attentionBias, mlpBias)
        }
    }

    /// The exact shape of DeepSeek-R1-Distill-Qwen-1.5B.
    public static let r1Distill1_5B = ModelConfig(
        hiddenSize: 1536, intermediateSize: 8960, numHiddenLayers: 28, numAttentionHeads: 12, numKeyValueHeads: 2,
        vocabSize: 151936, maxPositionEmbeddings: 131072, rmsNormEps: 1e-6, ropeTheta: 10000,
        tieWordEmbeddings: false, bosTokenId: 151646, eosTokenIds: [151643])

    /// The exact shapes of the checkpoints researchers start from, by the name `model_init` takes
    /// (from each model's config.json on the Hugging Face Hub).
    public static let presets: [(name: String, config: ModelConfig)] = [
        ("r1-distill-1.5b", r1Distill1_5B),
        ("qwen2.5-math-1.5b", ModelConfig(
            hiddenSize: 1536, intermediateSize: 8960, numHiddenLayers: 28, numAttentionHeads: 12, numKeyValueHeads: 2,
            vocabSize: 151936, maxPositionEmbeddings: 4096, ropeTheta: 10000, tieWordEmbeddings: true,
            bosTokenId: 151643, eosTokenIds: [151643])),
        ("qwen3-0.6b", ModelConfig(
            family: .qwen3, hiddenSize: 1024, intermediateSize: 3072, numHiddenLayers: 28, numAttentionHeads: 16,
            numKeyValueHeads: 8, headDim: 128, vocabSize: 151936, maxPositionEmbeddings: 40960, ropeTheta: 1_000_000,
            tieWordEmbeddings: true, bosTokenId: 151643, eosTokenIds: [151645])),
        ("qwen3-1.7b", ModelConfig(
            family: .qwen3, hiddenSize: 2048, intermediateSize: 6144, numHiddenLayers: 28, numAttentionHeads: 16,
            numKeyValueHeads: 8, headDim: 128, vocabSize: 151936, maxPositionEmbeddings: 40960, ropeTheta: 1_000_000,
            tieWordEmbeddings: true, bosTokenId: 151643, eosTokenIds: [151645])),
        ("llama-3.2-1b", ModelConfig(
            family: .llama, hiddenSize: 2048, intermediateSize: 8192, numHiddenLayers: 16, numAttentionHeads: 32,
            numKeyValueHeads: 8, headDim: 64, vocabSize: 128256, maxPositionEmbeddings: 131072, rmsNormEps: 1e-5,
            ropeTheta: 500_000, ropeScaling: .llama3(factor: 32, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192),
            tieWordEmbeddings: true, bosTokenId: 128000, eosTokenIds: [128001, 128008, 128009])),
    ]

    /// Every tensor of the checkpoint with its shape, in checkpoint order: the one place that says
    /// which weights a config implies (loading checks against it, `random` fills it).
    public var tensorShapes: [(name: String, shape: [Int])] {
        var out: [(String, [Int])] = [("model.embed_tokens.weight", [vocabSize, hiddenSize])]
        for i in 0..<numHiddenLayers {
            let p = "model.layers.\(i)."
            func linear(_ name: String, _ outF: Int, _ inF: Int, bias: Bool) {
                out.append((p + name + ".weight", [outF, inF]))
                if bias { out.append((p + name + ".bias", [outF])) }
            }
            out.append((p + "input_layernorm.weight", [hiddenSize]))
            linear("self_attn.q_proj", queryWidth, hiddenSize, bias: queryKeyValueBias)
            linear("self_attn.k_proj", kvWidth, hiddenSize, bias: queryKeyValueBias)
            linear("self_attn.v_proj", kvWidth, hiddenSize, bias: queryKeyValueBias)
            linear("self_attn.o_proj", hiddenSize, queryWidth, bias: outputBias)
            if family.queryKeyNorm {
                out.append((p + "self_attn.q_norm.weight", [headDim]))
                out.append((p + "self_attn.k_norm.weight", [headDim]))
            }
            out.append((p + "post_attention_layernorm.weight", [hiddenSize]))
            linear("mlp.gate_proj", intermediateSize, hiddenSize, bias: mlpBias)
            linear("mlp.up_proj", intermediateSize, hiddenSize, bias: mlpBias)
            linear("mlp.down_proj", hiddenSize, intermediateSize, bias: mlpBias)
        }
        out.append(("model.norm.weight", [hiddenSize]))
        if !tieWordEmbeddings { out.append(("lm_head.weight", [vocabSize, hiddenSize])) }
        return out
    }

    /// Weights of the whole model; nil when the count overflows an Int (an absurd config).
    public var parameterCount: Int? {
        var total = 0
        for (_, shape) in tensorShapes {
            var n = 1
            for d in shape {
                let (p, o) = n.multipliedReportingOverflow(by: d)
                if o { return nil }
                n = p
            }
            let (s, o) = total.addingReportingOverflow(n)
            if o { return nil }
            total = s
        }
        return total
    }

    enum Keys: String, CodingKey {
        case architectures, modelType = "model_type", hiddenSize = "hidden_size", intermediateSize = "intermediate_size"
        case numHiddenLayers = "num_hidden_layers", numAttentionHeads = "num_attention_heads"
        case numKeyValueHeads = "num_key_value_heads", vocabSize = "vocab_size", headDim = "head_dim"
        case maxPositionEmbeddings = "max_position_embeddings", rmsNormEps = "rms_norm_eps", ropeTheta = "rope_theta"
        case ropeScaling = "rope_scaling", ropeParameters = "rope_parameters", tieWordEmbeddings = "tie_word_embeddings"
        case attentionBias = "attention_bias", mlpBias = "mlp_bias"
        case bosTokenId = "bos_token_id", eosTokenId = "eos_token_id", torchDtype = "torch_dtype", dtype
        case hiddenAct = "hidden_act", useSlidingWindow = "use_sliding_window"
        case slidingWindow = "sliding_window", maxWindowLayers = "max_window_layers", attentionDropout = "attention_dropout"
        case useCache = "use_cache", pretrainingTP = "pretraining_tp"
    }

    /// `rope_scaling` (legacy `type` or `rope_type`) or transformers 5's `rope_parameters`.
    struct RopeSettings: Codable {
        var rope_type: String?
        var type: String?
        var rope_theta: Double?
        var factor: Double?
        var low_freq_factor: Double?
        var high_freq_factor: Double?
        var original_max_position_embeddings: Int?
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        family = try ModelFamily.of(architectures: c.decodeIfPresent([String].self, forKey: .architectures),
                                    modelType: c.decodeIfPresent(String.self, forKey: .modelType))
        hiddenSize = try c.decode(Int.self, forKey: .hiddenSize)
        intermediateSize = try c.decode(Int.self, forKey: .intermediateSize)
        numHiddenLayers = try c.decode(Int.self, forKey: .numHiddenLayers)
        numAttentionHeads = try c.decode(Int.self, forKey: .numAttentionHeads)
        numKeyValueHeads = try c.decodeIfPresent(Int.self, forKey: .numKeyValueHeads) ?? numAttentionHeads
        vocabSize = try c.decode(Int.self, forKey: .vocabSize)
        headDim = try c.decodeIfPresent(Int.self, forKey: .headDim)
            ?? family.defaultHeadDim ?? (numAttentionHeads > 0 ? hiddenSize / numAttentionHeads : 0)
        maxPositionEmbeddings = try c.decodeIfPresent(Int.self, forKey: .maxPositionEmbeddings) ?? family.defaultMaxPositions
        rmsNormEps = try c.decodeIfPresent(Double.self, forKey: .rmsNormEps) ?? 1e-6
        let parameters = try c.decodeIfPresent(RopeSettings.self, forKey: .ropeParameters)
        let scaling = try c.decodeIfPresent(RopeSettings.self, forKey: .ropeScaling) ?? parameters
        ropeTheta = try c.decodeIfPresent(Double.self, forKey: .ropeTheta) ?? parameters?.rope_theta ?? 10000
        ropeScaling = try scaling.flatMap { try Self.ropeScaling($0, container: c) }
        let attentionBias = try c.decodeIfPresent(Bool.self, forKey: .attentionBias) ?? false
        let mlp = try c.decodeIfPresent(Bool.self, forKey: .mlpBias) ?? false
        (queryKeyValueBias, outputBias, mlpBias) = Self.biases(family, attentionBias: attentionBias, mlpBias: mlp)
        tieWordEmbeddings = try c.decodeIfPresent(Bool.self, forKey: .tieWordEmbeddings) ?? false
        bosTokenId = try? c.decodeIfPresent(Int.self, forKey: .bosTokenId)
        if let one = try? c.decodeIfPresent(Int.self, forKey: .eosTokenId) { eosTokenIds = [one] } else {
            eosTokenIds = (try? c.decodeIfPresent([Int].self, forKey: .eosTokenId)) ?? []
        }
        let newStyle = try c.decodeIfPresent(String.self, forKey: .dtype)
        dtype = try newStyle ?? c.decodeIfPresent(String.self, forKey: .torchDtype) ?? "float32"
        // Refused rather than computed differently from transformers:
        if let act = try c.decodeIfPresent(String.self, forKey: .hiddenAct), act != "silu" {
            throw DecodingError.dataCorruptedError(forKey: .hiddenAct, in: c, debugDescription: "activation '\(act)' is not supported (only silu)")
        }
        if try c.decodeIfPresent(Bool.self, forKey: .useSlidingWindow) == true,
           try (c.decodeIfPresent(Int.self, forKey: .maxWindowLayers) ?? 0) < numHiddenLayers {
            throw DecodingError.dataCorruptedError(forKey: .useSlidingWindow, in: c,
                debugDescription: "sliding-window attention is not supported (layers from max_window_layers on would use it)")
        }
    }

    static func ropeScaling(_ s: RopeSettings, container c: KeyedDecodingContainer<Keys>) throws -> RopeScaling? {
        switch s.rope_type ?? s.type ?? "default" {
        case "default": return nil
        case "llama3":
            guard let factor = s.factor, let low = s.low_freq_factor, let high = s.high_freq_factor,
                  let original = s.original_max_position_embeddings else {
                throw DecodingError.dataCorruptedError(forKey: .ropeScaling, in: c, debugDescription:
                    "llama3 RoPE scaling needs factor, low_freq_factor, high_freq_factor and original_max_position_embeddings")
            }
            guard factor > 0, low > 0, high > low, original > 0 else {
                throw DecodingError.dataCorruptedError(forKey: .ropeScaling, in: c, debugDescription:
                    "llama3 RoPE scaling needs factor > 0 and 0 < low_freq_factor < high_freq_factor, got \(factor), \(low), \(high)")
            }
            return .llama3(factor: factor, lowFreqFactor: low, highFreqFactor: high, originalMaxPositions: original)
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .ropeScaling, in: c,
                debugDescription: "RoPE type '\(other)' is not supported (supported: default, llama3)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode([family.architecture], forKey: .architectures)
        try c.encode(family.modelType, forKey: .modelType)
        try c.encode(hiddenSize, forKey: .hiddenSize)
        try c.encode(intermediateSize, forKey: .intermediateSize)
        try c.encode(numHiddenLayers, forKey: .numHiddenLayers)
        try c.encode(numAttentionHeads, forKey: .numAttentionHeads)
        try c.encode(numKeyValueHeads, forKey: .numKeyValueHeads)
        try c.encode(headDim, forKey: .headDim)
        try c.encode(vocabSize, forKey: .vocabSize)
        try c.encode(maxPositionEmbeddings, forKey: .maxPositionEmbeddings)
        try c.encode(rmsNormEps, forKey: .rmsNormEps)
        try c.encode(ropeTheta, forKey: .ropeTheta)
        switch ropeScaling {
        case nil: try c.encodeNil(forKey: .ropeScaling)
        case let .llama3(factor, low, high, original)?:
            try c.encode(RopeSettings(rope_type: "llama3", factor: factor, low_freq_factor: low, high_freq_factor: high,
                                      original_max_position_embeddings: original), forKey: .ropeScaling)
        }
        try c.encode(tieWordEmbeddings, forKey: .tieWordEmbeddings)
        try c.encodeIfPresent(bosTokenId, forKey: .bosTokenId)
        if eosTokenIds.count == 1 { try c.encode(eosTokenIds[0], forKey: .eosTokenId) } else if !eosTokenIds.isEmpty {
            try c.encode(eosTokenIds, forKey: .eosTokenId)
        }
        try c.encode(dtype, forKey: .torchDtype)
        try c.encode("silu", forKey: .hiddenAct)
        try c.encode(0.0, forKey: .attentionDropout)
        try c.encode(true, forKey: .useCache)
        if family.bias == .configured { try c.encode(queryKeyValueBias, forKey: .attentionBias) }
        if family == .llama {
            try c.encode(mlpBias, forKey: .mlpBias)
            try c.encode(1, forKey: .pretrainingTP)
        } else {
            try c.encode(false, forKey: .useSlidingWindow)
            try c.encode(numHiddenLayers, forKey: .maxWindowLayers)
        }
    }

    /// Reads and validates `config.json`.
    public static func load(_ path: String) throws -> ModelConfig {
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelError.missingFile(path) }
        let config = try decode(data, file: path)
        try config.validate(file: path)
        return config
    }

    static let integerKeys = ["hidden_size", "intermediate_size", "num_hidden_layers", "num_attention_heads", "num_key_value_heads",
                              "vocab_size", "max_position_embeddings", "head_dim", "bos_token_id"]

    /// Decodes config.json's text, naming the field of a bad value (Foundation reports a fraction
    /// where an integer belongs as "not valid JSON").
    public static func decode(_ data: Data, file: String) throws -> ModelConfig {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw ModelError.badConfig(file: file, "not a valid JSON object")
        }
        for key in integerKeys {
            if let n = object[key] as? NSNumber, !(n.doubleValue.rounded() == n.doubleValue && abs(n.doubleValue) < 9e15) {
                throw ModelError.badConfig(file: file, "\(key) must be an integer, got \(n)")
            }
        }
        do {
            return try JSONDecoder().decode(ModelConfig.self, from: data)
        } catch let e as DecodingError {
            throw ModelError.badConfig(file: file, describe(e))
        } catch let e as ModelError {
            throw ModelError.badConfig(file: file, e.description)
        }
    }

    public func validate(file: String = "config") throws {
        for (name, v) in [("hidden_size", hiddenSize), ("intermediate_size", intermediateSize),
                          ("num_hidden_layers", numHiddenLayers), ("num_attention_heads", numAttentionHeads),
                          ("num_key_value_heads", numKeyValueHeads), ("head_dim", headDim), ("vocab_size", vocabSize)] where v <= 0 {
            throw ModelError.badConfig(file: file, "\(name) must be positive, got \(v)")
        }
        // transformers loads these and computes NaN; refuse them here, naming the field.
        guard ropeTheta.isFinite && ropeTheta > 0 else { throw ModelError.badConfig(file: file, "rope_theta must be a positive number, got \(ropeTheta)") }
        guard rmsNormEps.isFinite && rmsNormEps >= 0 else {
            throw ModelError.badConfig(file: file, "rms_norm_eps must be ≥ 0 and finite, got \(rmsNormEps)")
        }
        guard numAttentionHeads % numKeyValueHeads == 0 else {
            throw ModelError.badConfig(file: file, "\(numAttentionHeads) attention heads do not split into groups of \(numKeyValueHeads) KV heads")
        }
        guard headDim % 2 == 0 else { throw ModelError.badConfig(file: file, "head_dim \(headDim) must be even for RoPE") }
    }

    public static func describe(_ e: DecodingError) -> String {
        switch e {
        case let .keyNotFound(k, _): return "missing key '\(k.stringValue)'"
        case let .typeMismatch(_, ctx), let .valueNotFound(_, ctx):
            return "bad value for '\(ctx.codingPath.map(\.stringValue).joined(separator: "."))': \(ctx.debugDescription)"
        case let .dataCorrupted(ctx):
            let path = ctx.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? "not valid JSON" : "'\(path)': \(ctx.debugDescription)"
        @unknown default: return "\(e)"
        }
    }
}
