import Foundation

/// Per-token log-probabilities of chosen targets.
extension Tensor {
    /// values [N, V], indices [N] → [N] with out[i] = values[i, indices[i]].
    public func gather(_ indices: [Int]) throws -> Tensor {
        try requireF32("gather")
        let v = cols
        guard rows == indices.count else {
            throw TensorError.shapeMismatch(op: "gather", expected: [indices.count, v], found: shape)
        }
        for i in indices where i < 0 || i >= v { throw TensorError.indexOutOfRange(op: "gather", index: i, bound: v) }
        let out = Tensor(zeros: [indices.count])
        for (r, i) in indices.enumerated() { out.data[r] = data[r * v + i] }
        Tape.record(out, inputs: [self]) { g in
            let gx = Tensor(zeros: self.shape)
            for (r, i) in indices.enumerated() { gx.data[r * v + i] = g.data[r] }
            self.accumulateGrad(gx)
        }
        return out
    }

    /// log softmax(logits / temperature)[target] per row, fused so that neither the full log-softmax
    /// nor its gradient is stored: backward recomputes the softmax row by row.
    /// logits [N, V], targets [N] → [N].
    public func targetLogProbs(_ targets: [Int], temperature: Float = 1) throws -> Tensor {
        try requireF32("targetLogProbs")
        let v = cols, n = rows
        guard n == targets.count else {
            throw TensorError.shapeMismatch(op: "targetLogProbs", expected: [targets.count, v], found: shape)
        }
        guard temperature > 0 else { throw TensorError.invalidArgument(op: "targetLogProbs", "temperature must be > 0") }
        for t in targets where t < 0 || t >= v { throw TensorError.indexOutOfRange(op: "targetLogProbs", index: t, bound: v) }
        let out = Tensor(zeros: [n])
        let lse = Tensor(zeros: [n])
        let x = data, inv = 1 / temperature
        Parallel.forEachChunk(n, grain: 1) { range in
            let row = UnsafeMutablePointer<Float>.allocate(capacity: v)
            defer { row.deallocate() }
            for i in range {
                for j in 0..<v { row[j] = x[i * v + j] * inv }
                let l = Softmax.logSumExp(row, v)
                lse.data[i] = l
                out.data[i] = row[targets[i]] - l
            }
        }
        Tape.record(out, inputs: [self]) { g in
            let gx = Tensor(zeros: self.shape)
            let gp = gx.data
            Parallel.forEachChunk(n, grain: 1) { range in
                for i in range {
                    let gi = g.data[i] * inv, l = lse.data[i]
                    for j in 0..<v { gp[i * v + j] = -expf(x[i * v + j] * inv - l) * gi }
                    gp[i * v + targets[i]] += gi
                }
            }
            self.accumulateGrad(gx)
        }
        return out
    }
}

extension Tensor {
    /// log softmax((hidden · Wᵀ) / temperature)[target] per row, without keeping the [N, vocab]
    /// logits: rows are processed in chunks, and backward recomputes each chunk's logits. This is
    /// what keeps a 150k vocabulary affordable over thousands of completion tokens. A chunk of 240
    /// rows (20 GEMM row tiles; 146 MB of logits at 151,936) amortises packing the output head's
    /// weight panels: at 64 rows the packing cost as much as the multiplications.
    /// hidden [N, H], weight [V, H] (frozen, any dtype), targets [N] → [N]. `entropy` [N], when
    /// given, receives each row's entropy −Σ p log p of the same distribution (not differentiated).
    public static func projectedLogProbs(hidden: Tensor, weight: Tensor, targets: [Int], temperature: Float = 1,
                                         chunkRows: Int = 240, entropy: Tensor? = nil) throws -> Tensor {
        try hidden.requireF32("projectedLogProbs")
        let n = hidden.rows, h = hidden.cols, v = weight.shape[0]
        guard weight.rank == 2, weight.shape[1] == h else {
            throw TensorError.incompatibleShapes(op: "projectedLogProbs", hidden.shape, weight.shape)
        }
        guard targets.count == n else {
            throw TensorError.shapeMismatch(op: "projectedLogProbs targets", expected: [n], found: [targets.count])
        }
        guard temperature > 0 else { throw TensorError.invalidArgument(op: "projectedLogProbs", "temperature must be > 0") }
        for t in targets where t < 0 || t >= v { throw TensorError.indexOutOfRange(op: "projectedLogProbs", index: t, bound: v) }
        if let entropy, entropy.count != n {
            throw TensorError.shapeMismatch(op: "projectedLogProbs entropy", expected: [n], found: entropy.shape)
        }
        let out = Tensor(zeros: [n]), lse = Tensor(zeros: [n])
        let inv = 1 / temperature
        let mode = LinearKernel.compute // backward recomputes the logits in the same mode
        let logits = UnsafeMutablePointer<Float>.allocate(capacity: min(chunkRows, max(n, 1)) * v)
        defer { logits.deallocate() }
        for start in stride(from: 0, to: n, by: chunkRows) {
            let rows = min(chunkRows, n - start)
            LinearKernel.forward(x: hidden.data + start * h, rows: rows, w: weight, y: logits, mode: mode)
            Parallel.forEachChunk(rows, grain: 1) { range in
                for r in range {
                    let row = logits + r * v
                    for j in 0..<v { row[j] *= inv }
                    let l = Softmax.logSumExp(row, v)
                    lse.data[start + r] = l
                    out.data[start + r] = row[targets[start + r]] - l
                    if let entropy {
                        // H = l − Σ p·z with p = exp(z − l).
                        var pz: Double = 0
                        for j in 0..<v { pz += Double(expf(row[j] - l) * row[j]) }
                        entropy.data[start + r] = l - Float(pz)
                    }
                }
            }
        }
        if weight.requiresGrad { try weight.requireF32("projectedLogProbs (trainable weight)") }
        Tape.record(out, inputs: [hidden, weight]) { g in
            let gh = Tensor(zeros: hidden.shape)
            let gw = weight.requiresGrad ? Tensor(zeros: weight.shape) : nil
            let buffer = UnsafeMutablePointer<Float>.allocate(capacity: min(chunkRows, max(n, 1)) * v)
            defer { buffer.deallocate() }
            for start in stride(from: 0, to: n, by: chunkRows) {
                let rows = min(chunkRows, n - start)
                LinearKernel.forward(x: hidden.data + start * h, rows: rows, w: weight, y: buffer, mode: mode)
                // d logit_j = g · (onehot_j − softmax_j) / T.
                Parallel.forEachChunk(rows, grain: 1) { range in
                    for r in range {
                        let row = buffer + r * v, gi = g.data[start + r] * inv, l = lse.data[start + r]
                        for j in 0..<v { row[j] = -expf(row[j] * inv - l) * gi }
                        row[targets[start + r]] += gi
                    }
                }
                LinearKernel.backwardInput(dy: buffer, rows: rows, w: weight, dx: gh.data + start * h, mode: mode)
                if let gw {
                    gemm(transA: true, transB: false, m: v, n: h, k: rows, a: buffer, lda: v, b: hidden.data + start * h, ldb: h,
                         beta: 1, c: gw.data, ldc: h)
                }
            }
            if hidden.requiresGrad { hidden.accumulateGrad(gh) }
            if let gw { weight.accumulateGrad(gw) }
        }
        return out
    }
}
