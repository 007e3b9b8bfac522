/// One linear layer of the model, y = x Wᵀ + b, by its checkpoint name (e.g.
/// "model.layers.3.self_attn.q_proj"). The weight is frozen; a LoRA adapter attaches here.
public final class Projection {
    public let name: String
    public internal(set) var weight: Tensor
    public let bias: Tensor?
    /// The attached LoRA update, if any.
    public internal(set) var lora: LoRAWeights?

    public init(name: String, weight: Tensor, bias: Tensor?) {
        self.name = name
        self.weight = weight
        self.bias = bias
    }

    public var inFeatures: Int { weight.shape[1] }
    public var outFeatures: Int { weight.shape[0] }

    /// "q_proj", "down_proj", …: what LoRA target lists name.
    public var kind: String { String(name.split(separator: ".").last ?? "") }
}
