/// One decoder layer, the same for every family (transformers' `<Family>DecoderLayer`):
/// h = x + o(attn(rope(norm_q(q(n1))), rope(norm_k(k(n1))), v(n1))), n1 = rmsNorm1(x);
/// out = h + down(silu(gate(n2)) · up(n2)), n2 = rmsNorm2(h). The q/k norms exist in Qwen3 only.
public final class DecoderLayer {
    public let index: Int
    public let q, k, v, o, gate, up, down: Projection
    public let inputNorm: Tensor, postAttentionNorm: Tensor
    /// Qwen3's per-head RMSNorm gains of q and k, [head_dim] (nil in other families).
    public let queryNorm: Tensor?, keyNorm: Tensor?

    /// Takes this layer's tensors from `tensors` (already checked against `config.tensorShapes`).
    init(index: Int, tensors: [String: Tensor], config c: ModelConfig) throws {
        self.index = index
        let p = "model.layers.\(index)."
        func tensor(_ name: String) throws -> Tensor {
            guard let t = tensors[p + name] else { throw ModelError.missingTensor(p + name) }
            return t
        }
        func proj(_ name: String) throws -> Projection {
            Projection(name: p + name, weight: try tensor(name + ".weight"), bias: tensors[p + name + ".bias"])
        }
        q = try proj("self_attn.q_proj"); k = try proj("self_attn.k_proj")
        v = try proj("self_attn.v_proj"); o = try proj("self_attn.o_proj")
        gate = try proj("mlp.gate_proj"); up = try proj("mlp.up_proj"); down = try proj("mlp.down_proj")
        inputNorm = try tensor("input_layernorm.weight")
        postAttentionNorm = try tensor("post_attention_layernorm.weight")
        queryNorm = c.family.queryKeyNorm ? try tensor("self_attn.q_norm.weight") : nil
        keyNorm = c.family.queryKeyNorm ? try tensor("self_attn.k_norm.weight") : nil
    }

    public var projections: [Projection] { [q, k, v, o, gate, up, down] }

    /// The layer's norm gains by checkpoint name.
    var norms: [(name: String, tensor: Tensor)] {
        let p = "model.layers.\(index)."
        var out = [(p + "input_layernorm.weight", inputNorm), (p + "post_attention_layernorm.weight", postAttentionNorm)]
        if let queryNorm, let keyNorm {
            out += [(p + "self_attn.q_norm.weight", queryNorm), (p + "self_attn.k_norm.weight", keyNorm)]
        }
        return out
    }

    /// x [B·T, hidden] → [B·T, hidden].
    func forward(_ x: Tensor, batch: Int, positions: [Int], mask: [Bool]?, cache: KVCache?, model: CausalLM) throws -> Tensor {
        let c = model.config
        let eps = Float(c.rmsNormEps)
        let tokens = x.rows / max(batch, 1)
        let h = try x.rmsNorm(inputNorm, eps: eps)
        let query = try Self.headNorm(q(h), queryNorm, heads: c.numAttentionHeads, eps: eps)
            .rotary(positions: positions, heads: c.numAttentionHeads, table: model.rotary)
        let key = try Self.headNorm(k(h), keyNorm, heads: c.numKeyValueHeads, eps: eps)
            .rotary(positions: positions, heads: c.numKeyValueHeads, table: model.rotary)
        let value = try v(h)
        var shape = AttentionShape(batch: batch, queries: tokens, keys: tokens, heads: c.numAttentionHeads,
                                   kvHeads: c.numKeyValueHeads, headDim: c.headDim)
        let attended: Tensor
        if let cache {
            cache.store(layer: index, k: key, v: value, count: tokens)
            shape.keys = cache.length
            shape.keyStride = cache.capacity
            attended = try Tensor.attention(q: query, k: cache.keys[index], v: cache.values[index], shape: shape,
                                            keyValid: cache.filledMask())
        } else {
            attended = try Tensor.attention(q: query, k: key, v: value, shape: shape, keyValid: mask)
        }
        let mid = try x.add(o(attended))
        let h2 = try mid.rmsNorm(postAttentionNorm, eps: eps)
        return try mid.add(down(gate(h2).silu().mul(up(h2))))
    }

    /// RMSNorm of each head's vector: [N, heads · D] viewed as [N · heads, D] (Qwen3's q_norm).
    static func headNorm(_ x: Tensor, _ gain: Tensor?, heads: Int, eps: Float) throws -> Tensor {
        guard let gain else { return x }
        let shape = x.shape
        return try x.reshaped([-1, gain.count]).rmsNorm(gain, eps: eps).reshaped(shape)
    }
}
