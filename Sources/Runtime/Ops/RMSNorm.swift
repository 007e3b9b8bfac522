import Foundation

/// RMSNorm over the last axis as Qwen2 computes it: x · rsqrt(mean(x²) + eps) · weight.
extension Tensor {
    /// x [..., C], weight [C] (any dtype; frozen or trainable).
    public func rmsNorm(_ weight: Tensor, eps: Float) throws -> Tensor {
        try requireF32("rmsNorm")
        let c = cols, r = rows
        guard weight.shape == [c] else {
            throw TensorError.shapeMismatch(op: "rmsNorm weight", expected: [c], found: weight.shape)
        }
        let w = try weight.toF32()
        let out = Tensor(uninitialized: shape)
        let inverse = Tensor(uninitialized: [r]) // 1/rms per row, saved for backward
        let x = data, y = out.data, wp = w.data, ip = inverse.data
        Parallel.forEachChunk(r, grain: 16) { range in
            for i in range {
                let row = x + i * c
                var ss: Float = 0
                for j in 0..<c { ss += row[j] * row[j] }
                let rs = 1 / (ss / Float(c) + eps).squareRoot()
                ip[i] = rs
                for j in 0..<c { y[i * c + j] = row[j] * rs * wp[j] }
            }
        }
        Tape.record(out, inputs: [self, weight]) { g in
            // The raw pointers below point into these: keep them alive until backward has run.
            withExtendedLifetime((inverse, w)) {}
            let gy = g.data
            if self.requiresGrad {
                let gx = Tensor(zeros: self.shape)
                let gp = gx.data
                Parallel.forEachChunk(r, grain: 16) { range in
                    for i in range {
                        let row = x + i * c, grow = gy + i * c, rs = ip[i]
                        // d/dx of x·rs·w: rs·(g·w − x̂ · mean(g·w·x̂)), x̂ = x·rs.
                        var dot: Float = 0
                        for j in 0..<c { dot += grow[j] * wp[j] * row[j] * rs }
                        let m = dot / Float(c)
                        for j in 0..<c { gp[i * c + j] = rs * (grow[j] * wp[j] - row[j] * rs * m) }
                    }
                }
                self.accumulateGrad(gx)
            }
            if weight.requiresGrad {
                let gw = Tensor(zeros: [c])
                for i in 0..<r { for j in 0..<c { gw.data[j] += gy[i * c + j] * x[i * c + j] * ip[i] } }
                weight.accumulateGrad(gw)
            }
        }
        return out
    }
}
