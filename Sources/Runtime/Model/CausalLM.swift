import CKernels
import Foundation

/// A decoder-only causal LM of any supported family (`ModelFamily`: Qwen2, Qwen3, Llama) over
/// frozen weights that stay in their checkpoint dtype; compute is float32.
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
    /// How the large products round activations (`load_model(..., compute:)`): set as the current
    /// mode at each forward pass of this model.
    public var compute: LinearKernel.Compute = LinearKernel.defaultCompute

    public var family: ModelFamily { config.family }

    /// Builds the model from a tensor lookup by checkpoint name, checking every shape against
    /// `config.tensorShapes`. End-of-sequence ids missing from `generationDefaults` come from config.json.
    public init(config: ModelConfig, generationDefaults: GenerationDefaults? = nil, weights: (String) throws -> Tensor) throws {
        try config.validate()
        self.config = config
        var tensors: [String: Tensor] = [:]
        for (name, shape) in config.tensorShapes {
            let t = try weights(name)
            guard t.shape == shape else { throw ModelError.wrongShape(tensor: name, expected: shape, found: t.shape) }
            tensors[name] = t
        }
        embedTokens = tensors["model.embed_tokens.weight"]!
        layers = try (0..<config.numHiddenLayers).map { try DecoderLayer(index: $0, tensors: tensors, config: config) }
        norm = tensors["model.norm.weight"]!
        lmHead = config.tieWordEmbeddings ? embedTokens : tensors["lm_head.weight"]!
        rotary = RotaryTable(headDim: config.headDim, theta: Float(config.ropeTheta), scaling: config.ropeScaling)
        var defaults = generationDefaults ?? GenerationDefaults()
        if defaults.eosTokenIds.isEmpty { defaults.eosTokenIds = config.eosTokenIds }
        if defaults.bosTokenId == nil { defaults.bosTokenId = config.bosTokenId }
        self.generationDefaults = defaults
    }

    public var projections: [Projection] { layers.flatMap(\.projections) }

    public var parameterCount: Int {
        var seen = Set<ObjectIdentifier>() // tied embeddings count once
        return namedWeights.values.filter { seen.insert(ObjectIdentifier($0)).inserted }.reduce(0) { $0 + $1.count }
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
        return try decoderStack(ids: ids, batch: batch, positions: positions, mask: valid, cache: cache, checkpointing: false)
    }

    /// Embeds `ids`, runs every layer and the final norm: [B·T] → [B·T, hidden]. Inference and
    /// training share this loop; `checkpointing` recomputes each layer in backward (no cache).
    func decoderStack(ids: [Int], batch: Int, positions: [Int], mask: [Bool]?, cache: KVCache?, checkpointing: Bool) throws -> Tensor {
        LinearKernel.compute = compute
        var x = try Tensor.embedding(embedTokens, ids: ids)
        for layer in layers {
            try Interruption.check()
            if checkpointing && cache == nil && Tape.current.isRecording {
                x = try checkpointed(layer, x, batch: batch, positions: positions, mask: mask)
            } else {
                x = try layer.forward(x, batch: batch, positions: positions, mask: mask, cache: cache, model: self)
            }
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
        LinearKernel.compute = compute
        return try hidden.linear(lmHead)
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
