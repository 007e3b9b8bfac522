/// The differentiable side of the model: per-token log-probabilities of whole sequences, with
/// optional gradient checkpointing.
extension CausalLM {
    /// Marks every weight trainable (full-parameter training of a float32 model) and returns them.
    public func makeAllTrainable() throws -> [Tensor] {
        var seen = Set<ObjectIdentifier>() // tied embeddings appear twice
        let unique = namedWeights.sorted { $0.key < $1.key }.map(\.value).filter { seen.insert(ObjectIdentifier($0)).inserted }
        if let half = unique.first(where: { $0.dtype != .f32 }) {
            throw ModelError.invalidArgument("full training needs float32 weights, found \(half.dtype): load or init with dtype f32")
        }
        for w in unique { w.requiresGrad = true }
        return unique
    }

    /// log p(seq[t+1] | seq[...t]) under logits / temperature for right-padded sequences:
    /// [B, L−1] with L the longest length; entries past a sequence's end are computed on padding
    /// and must be masked by the caller. Records on the tape when adapters require gradients.
    /// `entropy` [B, L−1], when given, receives the entropy of each position's distribution.
    public func sequenceLogProbs(_ sequences: [[Int]], temperature: Float = 1, checkpointing: Bool = false,
                                 entropy: Tensor? = nil) throws -> Tensor {
        guard let longest = sequences.map(\.count).max(), longest >= 2 else {
            throw ModelError.invalidArgument("log-probs need sequences of at least 2 tokens")
        }
        let b = sequences.count, l = longest - 1
        if let entropy, entropy.shape != [b, l] {
            throw ModelError.invalidArgument("entropy buffer of shape \(entropy.shape) for log-probs of shape \([b, l])")
        }
        var inputs: [Int] = [], targets: [Int] = []
        for s in sequences {
            let padded = s + [Int](repeating: 0, count: longest - s.count)
            inputs += padded.dropLast()
            targets += padded.dropFirst()
        }
        // Right padding needs no key mask: causality already hides later (pad) keys from real queries.
        let positions = Self.positions(valid: nil, batch: b, tokens: l)
        let h = try decoderStack(ids: inputs, batch: b, positions: positions, mask: nil, cache: nil, checkpointing: checkpointing)
        return try Tensor.projectedLogProbs(hidden: h, weight: lmHead, targets: targets, temperature: temperature,
                                            entropy: try entropy.map { try $0.reshaped([b * l]) }).reshaped([b, l])
    }

    /// Runs `layer` without recording its activations and records one node whose backward
    /// recomputes the layer on a private tape: activation memory of one layer instead of all.
    func checkpointed(_ layer: DecoderLayer, _ x: Tensor, batch: Int, positions: [Int], mask: [Bool]?) throws -> Tensor {
        // Dropout must draw the same masks when the layer is recomputed.
        let dropoutState = loraState?.rng
        let out = try Tape.withoutRecording {
            try layer.forward(x, batch: batch, positions: positions, mask: mask, cache: nil, model: self)
        }
        Tape.record(out, inputs: [x] + layer.projections.compactMap { $0.lora?.a }) { [self] g in
            let outer = Tape.current, resume = loraState?.rng
            let inner = Tape()
            Tape.current = inner
            if let dropoutState { loraState?.rng = dropoutState }
            defer {
                Tape.current = outer
                if let resume { loraState?.rng = resume }
            }
            let input = try x.copy()
            input.requiresGrad = true
            let y = try layer.forward(input, batch: batch, positions: positions, mask: mask, cache: nil, model: self)
            try inner.backward(y, seed: g)
            if x.requiresGrad, let gx = input.grad { x.accumulateGrad(gx) }
        }
        return out
    }
}
