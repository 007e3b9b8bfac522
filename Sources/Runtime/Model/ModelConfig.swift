import Foundation

/// `config.json` of a Qwen2ForCausalLM checkpoint. Reads both the original style (top-level
/// `rope_theta`, `torch_dtype`) and the newer one (`rope_parameters.rope_theta`, `dtype`,
/// `layer_types`); writes the original style, which every transformers version loads.
public struct ModelConfig: Codable, Equatable {
    public var architectures: [String]
    public var modelType: String
    public var hiddenSize: Int
    public var intermediateSize: Int
    public var numHiddenLayers: Int
    public var numAttentionHeads: Int
    public var numKeyValueHeads: Int
    public var vocabSize: Int
    public var maxPositionEmbeddings: Int
    public var rmsNormEps: Double
    public var ropeTheta: Double
    public var tieWordEmbeddings: Bool
    public var bosTokenId: Int?
    public var eosTokenId: Int?
    public var dtype: String

    public var headDim: Int { hiddenSize / numAttentionHeads }

    /// Weights of the whole model (embeddings, every layer's projections, biases and norms, the
    /// final norm and the head); nil when the count overflows an Int (an absurd config).
    public var parameterCount: Int? {
        func product(_ xs: Int...) -> Int? {
            xs.reduce(Optional(1)) { acc, x in acc.flatMap { let (p, o) = $0.multipliedReportingOverflow(by: x); return o ? nil : p } }
        }
        func sum(_ xs: Int?...) -> Int? {
            xs.reduce(Optional(0)) { acc, x in acc.flatMap { a in x.flatMap { let (s, o) = a.addingReportingOverflow($0); return o ? nil : s } } }
        }
        let kv = product(numKeyValueHeads, headDim) ?? Int.max
        let layer = sum(product(hiddenSize, hiddenSize, 2), product(hiddenSize, kv, 2), product(hiddenSize, 1), product(kv, 2), // q, o, k, v
                        product(hiddenSize, intermediateSize, 3), product(hiddenSize, 2))                                        // mlp, norms
        return sum(product(vocabSize, hiddenSize, tieWordEmbeddings ? 1 : 2), layer.flatMap { product($0, numHiddenLayers) }, hiddenSize)
    }
    public var kvWidth: Int { numKeyValueHeads * headDim }

    public init(hiddenSize: Int, intermediateSize: Int, numHiddenLayers: Int, numAttentionHeads: Int,
                numKeyValueHeads: Int, vocabSize: Int, maxPositionEmbeddings: Int = 131072, rmsNormEps: Double = 1e-6,
                ropeTheta: Double = 10000, tieWordEmbeddings: Bool = false, bosTokenId: Int? = nil,
                eosTokenId: Int? = nil, dtype: String = "bfloat16") {
        architectures = ["Qwen2ForCausalLM"]
        modelType = "qwen2"
        self.hiddenSize = hiddenSize; self.intermediateSize = intermediateSize
        self.numHiddenLayers = numHiddenLayers; self.numAttentionHeads = numAttentionHeads
        self.numKeyValueHeads = numKeyValueHeads; self.vocabSize = vocabSize
        self.maxPositionEmbeddings = maxPositionEmbeddings; self.rmsNormEps = rmsNormEps
        self.ropeTheta = ropeTheta; self.tieWordEmbeddings = tieWordEmbeddings
        self.bosTokenId = bosTokenId; self.eosTokenId = eosTokenId; self.dtype = dtype
    }

    /// The exact shape of DeepSeek-R1-Distill-Qwen-1.5B.
    public static let r1Distill1_5B = ModelConfig(
        hiddenSize: 1536, intermediateSize: 8960, numHiddenLayers: 28, numAttentionHeads: 12, numKeyValueHeads: 2,
        vocabSize: 151936, maxPositionEmbeddings: 131072, rmsNormEps: 1e-6, ropeTheta: 10000,
        tieWordEmbeddings: false, bosTokenId: 151646, eosTokenId: 151643)

    enum Keys: String, CodingKey {
        case architectures, modelType = "model_type", hiddenSize = "hidden_size", intermediateSize = "intermediate_size"
        case numHiddenLayers = "num_hidden_layers", numAttentionHeads = "num_attention_heads"
        case numKeyValueHeads = "num_key_value_heads", vocabSize = "vocab_size"
        case maxPositionEmbeddings = "max_position_embeddings", rmsNormEps = "rms_norm_eps", ropeTheta = "rope_theta"
        case ropeParameters = "rope_parameters", tieWordEmbeddings = "tie_word_embeddings"
        case bosTokenId = "bos_token_id", eosTokenId = "eos_token_id", torchDtype = "torch_dtype", dtype
        case headDim = "head_dim", hiddenAct = "hidden_act", useSlidingWindow = "use_sliding_window"
        case slidingWindow = "sliding_window", maxWindowLayers = "max_window_layers", attentionDropout = "attention_dropout"
        case useCache = "use_cache"
    }

    struct RopeParameters: Codable { var rope_theta: Double?; var rope_type: String? }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        architectures = try c.decodeIfPresent([String].self, forKey: .architectures) ?? ["Qwen2ForCausalLM"]
        modelType = try c.decodeIfPresent(String.self, forKey: .modelType) ?? "qwen2"
        hiddenSize = try c.decode(Int.self, forKey: .hiddenSize)
        intermediateSize = try c.decode(Int.self, forKey: .intermediateSize)
        numHiddenLayers = try c.decode(Int.self, forKey: .numHiddenLayers)
        numAttentionHeads = try c.decode(Int.self, forKey: .numAttentionHeads)
        numKeyValueHeads = try c.decodeIfPresent(Int.self, forKey: .numKeyValueHeads) ?? numAttentionHeads
        vocabSize = try c.decode(Int.self, forKey: .vocabSize)
        maxPositionEmbeddings = try c.decodeIfPresent(Int.self, forKey: .maxPositionEmbeddings) ?? 32768
        rmsNormEps = try c.decodeIfPresent(Double.self, forKey: .rmsNormEps) ?? 1e-6
        if let theta = try c.decodeIfPresent(Double.self, forKey: .ropeTheta) {
            ropeTheta = theta
        } else if let rope = try c.decodeIfPresent(RopeParameters.self, forKey: .ropeParameters), let theta = rope.rope_theta {
            ropeTheta = theta
        } else {
            ropeTheta = 10000 // transformers' Qwen2 default
        }
        tieWordEmbeddings = try c.decodeIfPresent(Bool.self, forKey: .tieWordEmbeddings) ?? false
        bosTokenId = try? c.decodeIfPresent(Int.self, forKey: .bosTokenId)
        eosTokenId = (try? c.decodeIfPresent(Int.self, forKey: .eosTokenId)) ?? (try? c.decodeIfPresent([Int].self, forKey: .eosTokenId))?.first
        let newStyle = try c.decodeIfPresent(String.self, forKey: .dtype)
        dtype = try newStyle ?? c.decodeIfPresent(String.self, forKey: .torchDtype) ?? "float32"
        if let hd = try c.decodeIfPresent(Int.self, forKey: .headDim), hd != hiddenSize / numAttentionHeads {
            throw DecodingError.dataCorruptedError(forKey: .headDim, in: c,
                debugDescription: "head_dim \(hd) differs from hidden_size / num_attention_heads = \(hiddenSize / numAttentionHeads)")
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(architectures, forKey: .architectures)
        try c.encode(modelType, forKey: .modelType)
        try c.encode(hiddenSize, forKey: .hiddenSize)
        try c.encode(intermediateSize, forKey: .intermediateSize)
        try c.encode(numHiddenLayers, forKey: .numHiddenLayers)
        try c.encode(numAttentionHeads, forKey: .numAttentionHeads)
        try c.encode(numKeyValueHeads, forKey: .numKeyValueHeads)
        try c.encode(vocabSize, forKey: .vocabSize)
        try c.encode(maxPositionEmbeddings, forKey: .maxPositionEmbeddings)
        try c.encode(rmsNormEps, forKey: .rmsNormEps)
        try c.encode(ropeTheta, forKey: .ropeTheta)
        try c.encode(tieWordEmbeddings, forKey: .tieWordEmbeddings)
        try c.encodeIfPresent(bosTokenId, forKey: .bosTokenId)
        try c.encodeIfPresent(eosTokenId, forKey: .eosTokenId)
        try c.encode(dtype, forKey: .torchDtype)
        try c.encode("silu", forKey: .hiddenAct)
        try c.encode(false, forKey: .useSlidingWindow)
        try c.encode(maxPositionEmbeddings, forKey: .slidingWindow)
        try c.encode(numHiddenLayers, forKey: .maxWindowLayers)
        try c.encode(0.0, forKey: .attentionDropout)
        try c.encode(true, forKey: .useCache)
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
        }
    }

    public func validate(file: String = "config") throws {
        guard let arch = architectures.first, arch == "Qwen2ForCausalLM" || modelType == "qwen2" else {
            throw ModelError.unknownArchitecture(architectures.first ?? modelType)
        }
        guard architectures.allSatisfy({ $0 == "Qwen2ForCausalLM" }) else { throw ModelError.unknownArchitecture(architectures.joined(separator: ", ")) }
        for (name, v) in [("hidden_size", hiddenSize), ("intermediate_size", intermediateSize),
                          ("num_hidden_layers", numHiddenLayers), ("num_attention_heads", numAttentionHeads),
                          ("num_key_value_heads", numKeyValueHeads), ("vocab_size", vocabSize)] where v <= 0 {
            throw ModelError.badConfig(file: file, "\(name) must be positive, got \(v)")
        }
        // transformers loads these and computes NaN; refuse them here, naming the field.
        guard ropeTheta.isFinite && ropeTheta > 0 else { throw ModelError.badConfig(file: file, "rope_theta must be a positive number, got \(ropeTheta)") }
        guard rmsNormEps.isFinite && rmsNormEps >= 0 else {
            throw ModelError.badConfig(file: file, "rms_norm_eps must be ≥ 0 and finite, got \(rmsNormEps)")
        }
        guard hiddenSize % numAttentionHeads == 0, numAttentionHeads % numKeyValueHeads == 0, headDim % 2 == 0 else {
            throw ModelError.badConfig(file: file, "hidden_size \(hiddenSize), \(numAttentionHeads) heads and \(numKeyValueHeads) KV heads do not divide evenly")
        }
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

/// `generation_config.json`: sampling defaults and end-of-sequence ids.
public struct GenerationDefaults: Decodable, Equatable {
    public var temperature: Double?
    public var topP: Double?
    public var topK: Int?
    public var eosTokenIds: [Int]
    public var bosTokenId: Int?

    enum Keys: String, CodingKey { case temperature, topP = "top_p", topK = "top_k", eos = "eos_token_id", bos = "bos_token_id" }

    public init(temperature: Double? = nil, topP: Double? = nil, topK: Int? = nil, eosTokenIds: [Int] = [], bosTokenId: Int? = nil) {
        self.temperature = temperature; self.topP = topP; self.topK = topK; self.eosTokenIds = eosTokenIds; self.bosTokenId = bosTokenId
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        temperature = try c.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try c.decodeIfPresent(Double.self, forKey: .topP)
        topK = try c.decodeIfPresent(Int.self, forKey: .topK)
        if let one = try? c.decodeIfPresent(Int.self, forKey: .eos) { eosTokenIds = [one] } else {
            eosTokenIds = (try? c.decodeIfPresent([Int].self, forKey: .eos)) ?? []
        }
        bosTokenId = try? c.decodeIfPresent(Int.self, forKey: .bos)
    }

    public static func load(_ path: String) throws -> GenerationDefaults? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do { return try JSONDecoder().decode(GenerationDefaults.self, from: data) } catch let e as DecodingError {
            throw ModelError.badConfig(file: path, ModelConfig.describe(e))
        }
    }
}
