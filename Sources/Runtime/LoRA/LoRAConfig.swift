import Foundation

/// `adapter_config.json` as PEFT writes it for a LoRA adapter. Unknown keys of newer PEFT versions
/// are ignored on read; on write every key PEFT 0.21 writes is present.
public struct LoRAConfig: Codable, Equatable {
    public var r: Int
    public var loraAlpha: Double
    public var loraDropout: Double
    public var targetModules: [String]
    public var useRslora: Bool
    public var layersToTransform: [Int]?
    public var baseModelNameOrPath: String?
    public var bias: String
    public var peftType: String
    public var taskType: String

    public static let allTargets = ["q_proj", "k_proj", "v_proj", "o_proj", "gate_proj", "up_proj", "down_proj"]

    public init(r: Int, alpha: Double, dropout: Double = 0, targets: [String] = LoRAConfig.allTargets, rslora: Bool = false,
                layers: [Int]? = nil, baseModel: String? = nil) throws {
        self.r = r; loraAlpha = alpha; loraDropout = dropout; targetModules = targets; useRslora = rslora
        layersToTransform = layers; baseModelNameOrPath = baseModel
        bias = "none"; peftType = "LORA"; taskType = "CAUSAL_LM"
        try validate()
    }

    /// scale = alpha / r, or alpha / √r with rsLoRA.
    public var scale: Float { Float(useRslora ? loraAlpha / Double(r).squareRoot() : loraAlpha / Double(r)) }

    public func validate() throws {
        guard r > 0 else { throw LoRAError.invalid("rank must be > 0, got \(r)") }
        guard loraDropout >= 0 && loraDropout < 1 else { throw LoRAError.invalid("dropout must be in [0, 1), got \(loraDropout)") }
        guard !targetModules.isEmpty else { throw LoRAError.invalid("no target modules") }
        for t in targetModules where !Self.allTargets.contains(t) {
            throw LoRAError.invalid("unknown target module '\(t)' (known: \(Self.allTargets.joined(separator: ", ")))")
        }
        guard peftType == "LORA" else { throw LoRAError.invalid("peft_type is '\(peftType)', expected LORA") }
        guard bias == "none" else { throw LoRAError.invalid("bias '\(bias)' is not supported (only 'none')") }
    }

    enum Keys: String, CodingKey {
        case r, loraAlpha = "lora_alpha", loraDropout = "lora_dropout", targetModules = "target_modules"
        case useRslora = "use_rslora", layersToTransform = "layers_to_transform"
        case baseModelNameOrPath = "base_model_name_or_path", bias, peftType = "peft_type", taskType = "task_type"
        case fanInFanOut = "fan_in_fan_out", useDora = "use_dora", inferenceMode = "inference_mode"
        case initLoraWeights = "init_lora_weights", modulesToSave = "modules_to_save", rankPattern = "rank_pattern"
        case alphaPattern = "alpha_pattern", layersPattern = "layers_pattern", revision, loraBias = "lora_bias"
        case excludeModules = "exclude_modules", layerReplication = "layer_replication", loftqConfig = "loftq_config"
        case megatronConfig = "megatron_config", megatronCore = "megatron_core", autoMapping = "auto_mapping"
        case evaConfig = "eva_config", cordaConfig = "corda_config", useQalora = "use_qalora"
        case qaloraGroupSize = "qalora_group_size", targetParameters = "target_parameters"
        case trainableTokenIndices = "trainable_token_indices", ensureWeightTying = "ensure_weight_tying"
        case peftVersion = "peft_version"
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        r = try c.decode(Int.self, forKey: .r)
        loraAlpha = try c.decodeIfPresent(Double.self, forKey: .loraAlpha) ?? 8
        loraDropout = try c.decodeIfPresent(Double.self, forKey: .loraDropout) ?? 0
        if let list = try? c.decode([String].self, forKey: .targetModules) {
            targetModules = list
        } else if let one = try? c.decode(String.self, forKey: .targetModules) {
            targetModules = one == "all-linear" ? Self.allTargets : [one]
        } else {
            throw LoRAError.invalid("adapter_config.json: target_modules missing")
        }
        useRslora = try c.decodeIfPresent(Bool.self, forKey: .useRslora) ?? false
        if let one = try? c.decodeIfPresent(Int.self, forKey: .layersToTransform) { layersToTransform = [one] } else {
            layersToTransform = try? c.decodeIfPresent([Int].self, forKey: .layersToTransform)
        }
        baseModelNameOrPath = try c.decodeIfPresent(String.self, forKey: .baseModelNameOrPath)
        bias = try c.decodeIfPresent(String.self, forKey: .bias) ?? "none"
        peftType = try c.decodeIfPresent(String.self, forKey: .peftType) ?? "LORA"
        taskType = try c.decodeIfPresent(String.self, forKey: .taskType) ?? "CAUSAL_LM"
        if try c.decodeIfPresent(Bool.self, forKey: .useDora) == true { throw LoRAError.invalid("DoRA adapters are not supported") }
        if try c.decodeIfPresent(Bool.self, forKey: .fanInFanOut) == true { throw LoRAError.invalid("fan_in_fan_out adapters are not supported") }
        try validate()
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: Keys.self)
        try c.encode(r, forKey: .r)
        try c.encode(loraAlpha, forKey: .loraAlpha)
        try c.encode(loraDropout, forKey: .loraDropout)
        try c.encode(targetModules, forKey: .targetModules)
        try c.encode(useRslora, forKey: .useRslora)
        try c.encode(layersToTransform, forKey: .layersToTransform)
        try c.encode(baseModelNameOrPath, forKey: .baseModelNameOrPath)
        try c.encode(bias, forKey: .bias)
        try c.encode(peftType, forKey: .peftType)
        try c.encode(taskType, forKey: .taskType)
        try c.encode(false, forKey: .fanInFanOut)
        try c.encode(false, forKey: .useDora)
        try c.encode(true, forKey: .inferenceMode)
        try c.encode(true, forKey: .initLoraWeights)
        try c.encodeNil(forKey: .modulesToSave)
        try c.encode([String: Int](), forKey: .rankPattern)
        try c.encode([String: Double](), forKey: .alphaPattern)
        try c.encodeNil(forKey: .layersPattern)
        try c.encodeNil(forKey: .revision)
        try c.encode(false, forKey: .loraBias)
        try c.encodeNil(forKey: .excludeModules)
        try c.encodeNil(forKey: .layerReplication)
        try c.encode([String: Int](), forKey: .loftqConfig)
        try c.encodeNil(forKey: .megatronConfig)
        try c.encode("megatron.core", forKey: .megatronCore)
        try c.encodeNil(forKey: .autoMapping)
        try c.encodeNil(forKey: .evaConfig)
        try c.encodeNil(forKey: .cordaConfig)
        try c.encode(false, forKey: .useQalora)
        try c.encode(16, forKey: .qaloraGroupSize)
        try c.encodeNil(forKey: .targetParameters)
        try c.encodeNil(forKey: .trainableTokenIndices)
        try c.encode(false, forKey: .ensureWeightTying)
    }
}

public enum LoRAError: Error, CustomStringConvertible, Equatable {
    case invalid(String)
    case noAdapter
    case mismatch(tensor: String, String)

    public var description: String {
        switch self {
        case let .invalid(why): return "LoRA: \(why)"
        case .noAdapter: return "LoRA: the model has no adapter (attach one with lora() or load_adapter())"
        case let .mismatch(t, why): return "LoRA adapter tensor '\(t)': \(why)"
        }
    }
}
