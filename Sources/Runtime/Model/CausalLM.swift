import CKernels
import Foundation

/// One decoder layer: h = x + attn(norm1(x)); out = h + down(silu(gate(norm2(h))) · up(norm2(h))).
public final class DecoderLayer {
    public let index: Int
    public let q, k, v, o, gate, up, down: Projection
    public let inputNorm: Tensor, postAttentionNorm: Tensor

    init(index: Int, weights: (String) throws -> Tensor, config c: ModelConfig) throws {
        self.index = index
        let p = "model.layers.\(index)."
        func proj(_ name: String, _ out: Int, _ inF: Int, bias: Bool) throws -> Projection {
            let w = try CausalLM.checked(weights, p + name + ".weight", [out, inF])
            let b = bias ? try CausalLM.checked(weights, p + name + ".bias", [out]) : nil
            return Projection(name: p + name, weight: w, bias: b)
        }
        q = try proj("self_attn.q_proj", c.hiddenSize, c.hiddenSize, bias: true)
        k = try proj("self_attn.k_proj", c.kvWidth, c.hiddenSize, bias: true)
        v = try proj("self_attn.v_proj", c.kvWidth, c.hiddenSize, bias: true)
        o = try proj("self_attn.o_proj", c.hiddenSize, c.hiddenSize, bias: false)
        gate = try proj("mlp.gate_proj", c.intermediateSize, c.hiddenSize, bias: false)
        up = try proj("mlp.up_proj", c.intermediateSize, c.hiddenSize, bias: false)
        down = try proj("mlp.down_proj", c.hiddenSize, c.intermediateSize, bias: false)
        inputNorm = try CausalLM.checked(weights, p + "input_layernorm.weight", [c.hiddenSize])
        postAttentionNorm = try CausalLM.checked(weights, p + "post_attention_layernorm.weight", [c.hiddenSize])
    }

    public var projections: [Projection] { [q, k, v, o, gate, up, down] }

    /// x [B·T, hidden] → [B·T, hidden].
    func forward(_ x: Tensor, batch: Int, positions: [Int], mask: [Bool]?, cache: KVCache?, model: CausalLM) throws -> Tensor {
        let c = model.config
        let tokens = x.rows / max(batch, 1)
        let h = try x.rmsNorm(inputNorm, eps: Float(c.rmsNormEps))
        let query = try q(h).rotary(positions: positions, heads: c.numAttentionHeads, table: model.rotary)
        let key = try k(h).rotary(positions: positions, heads: c.numKeyValueHeads, table: model.rotary)
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
        let h2 = try mid.rmsNorm(postAttentionNorm, eps: Float(c.rmsNormEps))
        return try mid.add(down(gate(h2).silu().mul(up(h2))))
    }
}

/// Qwen2ForCausalLM (the architecture of DeepSeek-R1-Distill-Qwen-1.5B) over frozen weights that
/// stay in their checkpoint dtype; compute is float32.
public final class CausalLM {
    public let config: ModelConfig
    public let embedTokens: Tensor
    public let layers: [DecoderLayer]
    public let norm: Tensor
    public let lmHead: Tensor
    public var generationDefaults: GenerationDefaults
    let rotary: RotaryTable
    /// The attached adapter's configuration and switches (nil without an adapter).
    public internal(set) var adapterConfig: LoRAConfig?
    var loraState: LoRAState?

    /// Builds the model from a tensor lookup by checkpoint name, checking every shape.
    public init(config: ModelConfig, generationDefaults: GenerationDefaults? = nil, weights: (String) throws -> Tensor) throws {
        try config.validate()
        self.config = config
        let c = config
        embedTokens = try Self.checked(weights, "model.embed_tokens.weight", [c.vocabSize, c.hiddenSize])
        layers = try (0..<c.numHiddenLayers).map { try DecoderLayer(index: $0, weights: weights, config: c) }
        norm = try Self.checked(weights, "model.norm.weight", [c.hiddenSize])
        if c.tieWordEmbeddings {
            lmHead = embedTokens
        } else {
            lmHead = try Self.checked(weights, "lm_head.weight", [c.vocabSize, c.hiddenSize])
        }
        rotary = RotaryTable(headDim: c.headDim, theta: Float(c.ropeTheta))
        self.generationDefaults = generationDefaults
            ?? GenerationDefaults(eosTokenIds: c.eosTokenId.map { [$0] } ?? [], bosTokenId: c.bosTokenId)
    }

    static func checked(_ weights: (String) throws -> Tensor, _ name: String, _ shape: [Int]) throws -> Tensor {
        let t = try weights(name)
        guard t.shape == shape else { throw ModelError.wrongShape(tensor: name, expected: shape, found: t.shape) }
        return t
    }

    public var projections: [Projection] { layers.flatMap(\.projections) }

    public var parameterCount: Int {
        var n = embedTokens.count + norm.count + (config.tieWordEmbeddings ? 0 : lmHead.count)
        for l in layers {
            n += l.inputNorm.count + l.postAttentionNorm.count
            for p in l.projections { n += p.weight.count + (p.bias?.count ?? 0) }
        }
        return n
    }

    /// Final hidden states after the last RMSNorm, [B·T, hidden], for `ids` [B·T] (rows of equal
    /// length T, left-padded where `valid` is false). With a cache, the tokens continue it.
    public func hidden(ids: [Int], batch: Int, valid: [Bool]? = nil, cache: KVCache? = nil) throws -> Tensor {
        guard batch > 0, ids.count % batch == 0, !ids.isEmpty else {
            throw ModelError.invalidArgument("\(ids.count) token ids do not split into \(batch) rows")
        }
        if let valid, valid.count != ids.count {
            throw ModelError.invalidArgument("mask of \(valid.count) entries for \(ids.count) token ids")
        }
        let tokens = ids.count / batch
        let positions: [Int]
        if let cache {
            guard cache.batch == batch else {
                throw ModelError.invalidArgument("KV cache holds \(cache.batch) rows, the input \(batch)")
            }
            positions = try cache.append(validity: valid ?? [Bool](repeating: true, count: ids.count), count: tokens)
        } else {
            positions = Self.positions(valid: valid, batch: batch, tokens: tokens)
        }
        var x = try Tensor.embedding(embedTokens, ids: ids)
        for layer in layers {
            try Interruption.check()
            x = try layer.forward(x, batch: batch, positions: positions, mask: valid, cache: cache, model: self)
        }
        return try x.rmsNorm(norm, eps: Float(config.rmsNormEps))
    }

    /// RoPE positions counting only real tokens (so a left-padded row matches the unpadded one).
    static func positions(valid: [Bool]?, batch: Int, tokens: Int) -> [Int] {
        guard let valid else { return (0..<batch * tokens).map { $0 % tokens } }
        var out = [Int](repeating: 0, count: batch * tokens)
        for b in 0..<batch {
            var p = 0
            for t in 0..<tokens {
                out[b * tokens + t] = p
                if valid[b * tokens + t] { p += 1 }
            }
        }
        return out
    }

    /// Vocabulary logits for hidden rows: [N, hidden] → [N, vocab].
    public func logits(_ hidden: Tensor) throws -> Tensor {
        try hidden.linear(lmHead)
    }

    /// log p(ids[t+1] | ids[...t]) for t = 0..<count−1, under logits / temperature.
    public func logProbs(_ ids: [Int], temperature: Float = 1) throws -> [Float] {
        guard ids.count >= 2 else { return [] }
        return try Tape.withoutRecording {
            let h = try hidden(ids: Array(ids.dropLast()), batch: 1)
            return try logits(h).targetLogProbs(Array(ids.dropFirst()), temperature: temperature).floats
        }
    }
}
