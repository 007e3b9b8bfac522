/// What differs between the decoder families the model type serves, as data. Each family is
/// transformers' `modeling_<type>.py` for that architecture; everything not listed here (RMSNorm
/// before attention and MLP, rotate-half RoPE, grouped KV heads, SwiGLU MLP) is shared.
/// A new family is one more preset in `all`.
public struct ModelFamily: Equatable, Sendable {
    /// The name people use ("Qwen2", "Qwen3", "Llama").
    public let name: String
    /// `architectures[0]` of config.json.
    public let architecture: String
    /// `model_type` of config.json.
    public let modelType: String
    /// Which projections carry a bias.
    public let bias: BiasRule
    /// q and k get a per-head RMSNorm over head_dim before RoPE (Qwen3's `q_norm`/`k_norm`).
    public let queryKeyNorm: Bool
    /// head_dim when config.json has none: nil means hidden_size / num_attention_heads.
    public let defaultHeadDim: Int?
    /// max_position_embeddings when config.json has none (the family's config class default).
    public let defaultMaxPositions: Int

    public enum BiasRule: Equatable, Sendable {
        /// q, k and v always have a bias and o never does (Qwen2Attention).
        case queryKeyValue
        /// `attention_bias` switches the biases of q, k, v and o, `mlp_bias` those of the MLP
        /// (Qwen3Attention, LlamaAttention and LlamaMLP; a family without mlp_bias reads false).
        case configured
    }

    /// modeling_qwen2.py: DeepSeek-R1-Distill-Qwen, Qwen2.5, Qwen2.5-Math.
    public static let qwen2 = ModelFamily(name: "Qwen2", architecture: "Qwen2ForCausalLM", modelType: "qwen2",
                                          bias: .queryKeyValue, queryKeyNorm: false, defaultHeadDim: nil,
                                          defaultMaxPositions: 32768)
    /// modeling_qwen3.py: Qwen3 0.6B–32B dense. Qwen3Config's head_dim defaults to 128.
    public static let qwen3 = ModelFamily(name: "Qwen3", architecture: "Qwen3ForCausalLM", modelType: "qwen3",
                                          bias: .configured, queryKeyNorm: true, defaultHeadDim: 128,
                                          defaultMaxPositions: 32768)
    /// modeling_llama.py: Llama 3.x (and 2).
    public static let llama = ModelFamily(name: "Llama", architecture: "LlamaForCausalLM", modelType: "llama",
                                          bias: .configured, queryKeyNorm: false, defaultHeadDim: nil,
                                          defaultMaxPositions: 2048)

    public static let all: [ModelFamily] = [qwen2, qwen3, llama]

    /// The family of a config.json: by its architectures, else by model_type (transformers'
    /// AutoModelForCausalLM goes by model_type when architectures is missing), else Qwen2.
    public static func of(architectures: [String]?, modelType: String?) throws -> ModelFamily {
        let supported = all.map(\.architecture).joined(separator: ", ")
        if let architectures, !architectures.isEmpty {
            guard let family = all.first(where: { $0.architecture == architectures[0] }),
                  architectures.allSatisfy({ $0 == family.architecture }) else {
                throw ModelError.unknownArchitecture(architectures.joined(separator: ", "), supported: supported)
            }
            return family
        }
        // A config naming neither (model_init's maps, hand-written files) is the default Qwen2.
        guard let modelType else { return .qwen2 }
        guard let family = all.first(where: { $0.modelType == modelType }) else {
            throw ModelError.unknownArchitecture("model_type \(modelType)", supported: supported)
        }
        return family
    }
}
