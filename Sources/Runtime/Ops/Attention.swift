import CKernels
import Foundation

/// Geometry of one attention call. Queries are the last `queries` positions of the `keys`
/// positions (a KV cache holds the earlier ones), which fixes the causal rule: query t sees key s
/// iff s ≤ keys − queries + t.
public struct AttentionShape: Equatable {
    public var batch: Int, queries: Int, keys: Int, heads: Int, kvHeads: Int, headDim: Int
    /// Rows per batch entry in the k/v buffers (a KV cache's capacity; `keys` when packed).
    public var keyStride: Int

    public init(batch: Int, queries: Int, keys: Int, heads: Int, kvHeads: Int, headDim: Int, keyStride: Int? = nil) {
        self.batch = batch; self.queries = queries; self.keys = keys
        self.heads = heads; self.kvHeads = kvHeads; self.headDim = headDim
        self.keyStride = keyStride ?? keys
    }

    var qWidth: Int { heads * headDim }
    var kvWidth: Int { kvHeads * headDim }
    var scale: Float { 1 / Float(headDim).squareRoot() }

    @inline(__always) func visible(_ t: Int, _ s: Int) -> Bool { s <= keys - queries + t }
}

extension Tensor {
    /// Causal scaled-dot-product attention with grouped KV heads (query head h reads KV head
    /// h / (heads / kvHeads)) and an optional key padding mask.
    /// q [B·T, H·D], k and v [B·S, Hkv·D] (rows batch-major), keyValid [B·S] → [B·T, H·D].
    /// Only per-row log-sum-exps are kept for backward, which recomputes the probabilities.
    public static func attention(q: Tensor, k: Tensor, v: Tensor, shape: AttentionShape, keyValid: [Bool]? = nil) throws -> Tensor {
        let g = shape
        try q.requireF32("attention"); try k.requireF32("attention"); try v.requireF32("attention")
        guard g.heads > 0, g.kvHeads > 0, g.heads % g.kvHeads == 0, g.queries <= g.keys, g.keys <= g.keyStride else {
            throw TensorError.invalidArgument(op: "attention", "bad geometry \(g)")
        }
        guard q.count == g.batch * g.queries * g.qWidth else {
            throw TensorError.shapeMismatch(op: "attention q", expected: [g.batch * g.queries, g.qWidth], found: q.shape)
        }
        for (name, t) in [("k", k), ("v", v)] where t.count != g.batch * g.keyStride * g.kvWidth {
            throw TensorError.shapeMismatch(op: "attention \(name)", expected: [g.batch * g.keyStride, g.kvWidth], found: t.shape)
        }
        if let m = keyValid, m.count != g.batch * g.keys {
            throw TensorError.shapeMismatch(op: "attention mask", expected: [g.batch * g.keys], found: [m.count])
        }
        let out = Tensor(zeros: [g.batch * g.queries, g.qWidth])
        let lse = Tensor(zeros: [g.batch, g.heads, g.queries])
        let group = g.heads / g.kvHeads
        if g.queries <= fewQueries {
            fewQueryForward(q: q, k: k, v: v, out: out, lse: lse, shape: g, keyValid: keyValid)
        } else {
            let scores = UnsafeMutablePointer<Float>.allocate(capacity: max(g.queries * g.keys, 1))
            defer { scores.deallocate() }
            for b in 0..<g.batch {
            for h in 0..<g.heads {
                let qh = q.data + b * g.queries * g.qWidth + h * g.headDim
                let kh = k.data + b * g.keyStride * g.kvWidth + (h / group) * g.headDim
                let vh = v.data + b * g.keyStride * g.kvWidth + (h / group) * g.headDim
                probabilities(qh, kh, g, b, keyValid, scores, lse: lse.data + (b * g.heads + h) * g.queries, saveLSE: true)
                gemm(transA: false, transB: false, m: g.queries, n: g.headDim, k: g.keys, a: scores, lda: g.keys,
                     b: vh, ldb: g.kvWidth, c: out.data + b * g.queries * g.qWidth + h * g.headDim, ldc: g.qWidth)
            }
            }
        }
        Tape.record(out, inputs: [q, k, v]) { gradOut in
            try attentionBackward(q: q, k: k, v: v, out: out, gradOut: gradOut, lse: lse, shape: g, keyValid: keyValid)
        }
        return out
    }

    /// At or below this many queries (decoding), attention runs as vector loops in parallel over
    /// (row, head) instead of small sgemm calls, which would wake OpenBLAS's threads every step.
    static let fewQueries = 16

    private static func fewQueryForward(q: Tensor, k: Tensor, v: Tensor, out: Tensor, lse: Tensor, shape g: AttentionShape,
                                        keyValid: [Bool]?) {
        let group = g.heads / g.kvHeads
        keyValid.withOptionalPointer { valid in
            Parallel.forEachChunk(g.batch * g.heads) { range in
                let p = UnsafeMutablePointer<Float>.allocate(capacity: max(g.keys, 1))
                defer { p.deallocate() }
                for bh in range {
                    let b = bh / g.heads, h = bh % g.heads
                    let kv = b * g.keyStride * g.kvWidth + (h / group) * g.headDim
                    for t in 0..<g.queries {
                        let qt = q.data + (b * g.queries + t) * g.qWidth + h * g.headDim
                        var m = -Float.infinity
                        for s in 0..<g.keys {
                            if g.visible(t, s) && (valid.map { $0[b * g.keys + s] } ?? true) {
                                p[s] = tina_dot(qt, k.data + kv + s * g.kvWidth, g.headDim) * g.scale
                                if p[s] > m { m = p[s] }
                            } else {
                                p[s] = -.infinity
                            }
                        }
                        let row = lse.data + (b * g.heads + h) * g.queries
                        if m == -.infinity { row[t] = -.infinity; continue }
                        var total: Float = 0
                        for s in 0..<g.keys { let e = expf(p[s] - m); p[s] = e; total += e }
                        row[t] = m + logf(total)
                        let o = out.data + (b * g.queries + t) * g.qWidth + h * g.headDim
                        for s in 0..<g.keys where p[s] != 0 {
                            tina_axpy(p[s] / total, v.data + kv + s * g.kvWidth, o, g.headDim)
                        }
                    }
                }
            }
        }
    }

    /// scores ← softmax(scale · Q Kᵀ) under the mask, row by row; rows with no visible key are 0.
    /// With saveLSE the row log-sum-exps are written to `lse`; otherwise they are read from it.
    private static func probabilities(_ qh: UnsafePointer<Float>, _ kh: UnsafePointer<Float>, _ g: AttentionShape, _ b: Int,
                                      _ keyValid: [Bool]?, _ scores: UnsafeMutablePointer<Float>,
                                      lse: UnsafeMutablePointer<Float>, saveLSE: Bool) {
        gemm(transA: false, transB: true, m: g.queries, n: g.keys, k: g.headDim, alpha: g.scale, a: qh, lda: g.qWidth,
             b: kh, ldb: g.kvWidth, c: scores, ldc: g.keys)
        keyValid.withOptionalPointer { valid in
            Parallel.forEachChunk(g.queries, grain: 32) { range in
                for t in range {
                    let row = scores + t * g.keys
                    var m = -Float.infinity
                    for s in 0..<g.keys {
                        if g.visible(t, s) && (valid.map { $0[b * g.keys + s] } ?? true) {
                            if row[s] > m { m = row[s] }
                        } else {
                            row[s] = -.infinity
                        }
                    }
                    if m == -.infinity {
                        for s in 0..<g.keys { row[s] = 0 }
                        if saveLSE { lse[t] = -.infinity }
                        continue
                    }
                    if saveLSE {
                        var total: Float = 0
                        for s in 0..<g.keys { let e = expf(row[s] - m); row[s] = e; total += e }
                        let inv = 1 / total
                        for s in 0..<g.keys { row[s] *= inv }
                        lse[t] = m + logf(total)
                    } else {
                        let l = lse[t]
                        for s in 0..<g.keys { row[s] = expf(row[s] - l) }
                    }
                }
            }
        }
    }

    private static func attentionBackward(q: Tensor, k: Tensor, v: Tensor, out: Tensor, gradOut: Tensor, lse: Tensor,
                                          shape g: AttentionShape, keyValid: [Bool]?) throws {
        let gq = Tensor(zeros: q.shape), gk = Tensor(zeros: k.shape), gv = Tensor(zeros: v.shape)
        let p = UnsafeMutablePointer<Float>.allocate(capacity: max(g.queries * g.keys, 1))
        let dp = UnsafeMutablePointer<Float>.allocate(capacity: max(g.queries * g.keys, 1))
        let rowDot = UnsafeMutablePointer<Float>.allocate(capacity: max(g.queries, 1))
        defer { p.deallocate(); dp.deallocate(); rowDot.deallocate() }
        let group = g.heads / g.kvHeads
        for b in 0..<g.batch {
            for h in 0..<g.heads {
                let qOff = b * g.queries * g.qWidth + h * g.headDim
                let kvOff = b * g.keyStride * g.kvWidth + (h / group) * g.headDim
                probabilities(q.data + qOff, k.data + kvOff, g, b, keyValid, p,
                              lse: lse.data + (b * g.heads + h) * g.queries, saveLSE: false)
                let dO = gradOut.data + qOff, o = out.data + qOff
                // dP = dO Vᵀ; dS = P ∘ (dP − rowsum(dO ∘ O)).
                gemm(transA: false, transB: true, m: g.queries, n: g.keys, k: g.headDim, a: dO, lda: g.qWidth,
                     b: v.data + kvOff, ldb: g.kvWidth, c: dp, ldc: g.keys)
                for t in 0..<g.queries {
                    var d: Float = 0
                    for j in 0..<g.headDim { d += dO[t * g.qWidth + j] * o[t * g.qWidth + j] }
                    rowDot[t] = d
                }
                let rd = rowDot
                Parallel.forEachChunk(g.queries, grain: 32) { range in
                    for t in range {
                        for s in 0..<g.keys { dp[t * g.keys + s] = p[t * g.keys + s] * (dp[t * g.keys + s] - rd[t]) }
                    }
                }
                if q.requiresGrad {
                    gemm(transA: false, transB: false, m: g.queries, n: g.headDim, k: g.keys, alpha: g.scale, a: dp,
                         lda: g.keys, b: k.data + kvOff, ldb: g.kvWidth, c: gq.data + qOff, ldc: g.qWidth)
                }
                if k.requiresGrad {
                    gemm(transA: true, transB: false, m: g.keys, n: g.headDim, k: g.queries, alpha: g.scale, a: dp,
                         lda: g.keys, b: q.data + qOff, ldb: g.qWidth, beta: 1, c: gk.data + kvOff, ldc: g.kvWidth)
                }
                if v.requiresGrad {
                    gemm(transA: true, transB: false, m: g.keys, n: g.headDim, k: g.queries, a: p, lda: g.keys,
                         b: dO, ldb: g.qWidth, beta: 1, c: gv.data + kvOff, ldc: g.kvWidth)
                }
            }
        }
        if q.requiresGrad { q.accumulateGrad(gq) }
        if k.requiresGrad { k.accumulateGrad(gk) }
        if v.requiresGrad { v.accumulateGrad(gv) }
    }

    /// Plain reference: per query, per head, explicit loops in double precision.
    public static func attentionReference(q: Tensor, k: Tensor, v: Tensor, shape g: AttentionShape, keyValid: [Bool]? = nil) -> Tensor {
        let out = Tensor(zeros: [g.batch * g.queries, g.qWidth])
        let group = g.heads / g.kvHeads
        for b in 0..<g.batch {
            for h in 0..<g.heads {
                for t in 0..<g.queries {
                    var w = [Double](repeating: 0, count: g.keys)
                    var m = -Double.infinity
                    for s in 0..<g.keys where g.visible(t, s) && (keyValid?[b * g.keys + s] ?? true) {
                        var dot = 0.0
                        for j in 0..<g.headDim {
                            dot += Double(q.data[(b * g.queries + t) * g.qWidth + h * g.headDim + j])
                                * Double(k.data[(b * g.keyStride + s) * g.kvWidth + (h / group) * g.headDim + j])
                        }
                        w[s] = dot * Double(g.scale)
                        m = max(m, w[s])
                    }
                    if m == -.infinity { continue }
                    var total = 0.0
                    for s in 0..<g.keys {
                        let ok = g.visible(t, s) && (keyValid?[b * g.keys + s] ?? true)
                        w[s] = ok ? Foundation.exp(w[s] - m) : 0
                        total += w[s]
                    }
                    for j in 0..<g.headDim {
                        var acc = 0.0
                        for s in 0..<g.keys where w[s] != 0 {
                            acc += w[s] / total * Double(v.data[(b * g.keyStride + s) * g.kvWidth + (h / group) * g.headDim + j])
                        }
                        out.data[(b * g.queries + t) * g.qWidth + h * g.headDim + j] = Float(acc)
                    }
                }
            }
        }
        return out
    }
}

extension Optional where Wrapped == [Bool] {
    /// Gives the body a pointer to the mask (or nil) without copying it per row.
    func withOptionalPointer<R>(_ body: (UnsafeBufferPointer<Bool>?) throws -> R) rethrows -> R {
        switch self {
        case .none: return try body(nil)
        case .some(let m): return try m.withUnsafeBufferPointer { try body($0) }
        }
    }
}
