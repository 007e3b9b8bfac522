import Foundation

/// Switches shared by every adapter of a model: on/off (off is the base model), whether the frozen
/// reference copy stands in for the trained weights, and whether dropout is active (training).
public final class LoRAState {
    public var enabled = true
    public var training = false
    /// Forward passes use each adapter's `frozen` copy (GRPO's reference policy).
    var useFrozen = false
    var rng: SeededRandom

    init(seed: UInt64) { rng = SeededRandom(seed: seed) }
}

/// The low-rank update of one projection: y += scale · B A dropout(x), A [r, in], B [out, r].
public final class LoRAWeights {
    public let a: Tensor
    public let b: Tensor
    public let scale: Float
    public let dropout: Float
    let state: LoRAState
    /// A frozen copy of (A, B): the reference policy of a trainer that started from this adapter.
    var frozen: (a: Tensor, b: Tensor)?

    init(a: Tensor, b: Tensor, scale: Float, dropout: Float, state: LoRAState) {
        self.a = a; self.b = b; self.scale = scale; self.dropout = dropout; self.state = state
        a.requiresGrad = true
        b.requiresGrad = true
    }

    /// PEFT's initialisation: A kaiming-uniform with a = √5 (bound 1/√in), B zeros.
    static func initialised(inFeatures: Int, outFeatures: Int, config: LoRAConfig, state: LoRAState, rng: inout SeededRandom) -> LoRAWeights {
        let a = Tensor(zeros: [config.r, inFeatures])
        let bound = 1 / Float(inFeatures).squareRoot()
        for i in 0..<a.count { a.data[i] = (rng.uniform() * 2 - 1) * bound }
        return LoRAWeights(a: a, b: Tensor(zeros: [outFeatures, config.r]), scale: config.scale,
                           dropout: Float(config.loraDropout), state: state)
    }

    /// scale · B A dropout(x): x [..., in] → [..., out].
    func delta(_ x: Tensor) throws -> Tensor {
        if state.useFrozen, let frozen { return try x.linear(frozen.a).linear(frozen.b).scaled(scale) }
        var input = x
        if state.training && dropout > 0 {
            let keep = 1 - dropout
            let mask = Tensor(zeros: x.shape)
            for i in 0..<mask.count { mask.data[i] = state.rng.uniform() < keep ? 1 / keep : 0 }
            input = try x.mul(mask)
        }
        return try input.linear(a).linear(b).scaled(scale)
    }

    /// scale · B A as a dense [out, in] matrix (for merging).
    func denseDelta() throws -> Tensor {
        try Tape.withoutRecording { try b.matmul(a).scaled(scale) }
    }
}

extension Projection {
    /// x [..., in] → [..., out], with the adapter's update when one is attached and enabled.
    public func callAsFunction(_ x: Tensor) throws -> Tensor {
        let base = try x.linear(weight, bias: bias)
        guard let lora, lora.state.enabled else { return base }
        return try base.add(lora.delta(x))
    }
}
