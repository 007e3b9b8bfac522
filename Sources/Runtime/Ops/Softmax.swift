import Foundation

/// Softmax and log-softmax over the last axis, shifted by the row maximum for stability.
extension Tensor {
    public func softmax() throws -> Tensor {
        try requireF32("softmax")
        let c = cols, r = rows
        let out = Tensor(uninitialized: shape)
        let x = data, y = out.data
        Parallel.forEachChunk(r, grain: 8) { range in
            for i in range { Softmax.row(x + i * c, y + i * c, c) }
        }
        Tape.record(out, inputs: [self]) { g in
            let gx = Tensor(zeros: self.shape)
            for i in 0..<r {
                let yr = y + i * c, gr = g.data + i * c
                var dot: Float = 0
                for j in 0..<c { dot += gr[j] * yr[j] }
                for j in 0..<c { gx.data[i * c + j] = yr[j] * (gr[j] - dot) }
            }
            self.accumulateGrad(gx)
        }
        return out
    }

    public func logSoftmax() throws -> Tensor {
        try requireF32("logSoftmax")
        let c = cols, r = rows
        let out = Tensor(zeros: shape)
        let x = data, y = out.data
        Parallel.forEachChunk(r, grain: 8) { range in
            for i in range {
                let lse = Softmax.logSumExp(x + i * c, c)
                for j in 0..<c { y[i * c + j] = x[i * c + j] - lse }
            }
        }
        Tape.record(out, inputs: [self]) { g in
            let gx = Tensor(zeros: self.shape)
            for i in 0..<r {
                let gr = g.data + i * c
                var total: Float = 0
                for j in 0..<c { total += gr[j] }
                for j in 0..<c { gx.data[i * c + j] = gr[j] - expf(y[i * c + j]) * total }
            }
            self.accumulateGrad(gx)
        }
        return out
    }
}

/// Row kernels shared by softmax, log-softmax and the fused log-prob gather.
public enum Softmax {
    @inline(__always)
    public static func logSumExp(_ x: UnsafePointer<Float>, _ n: Int) -> Float {
        var m = -Float.infinity
        for j in 0..<n where x[j] > m { m = x[j] }
        if m == -.infinity { return m }
        // Double accumulation: a float sum over a 150k vocabulary drifts by ~1e-4.
        var s: Double = 0
        for j in 0..<n { s += Double(expf(x[j] - m)) }
        return m + Float(Foundation.log(s))
    }

    @inline(__always)
    public static func row(_ x: UnsafePointer<Float>, _ y: UnsafeMutablePointer<Float>, _ n: Int) {
        var m = -Float.infinity
        for j in 0..<n where x[j] > m { m = x[j] }
        var s: Double = 0
        for j in 0..<n { let e = expf(x[j] - m); y[j] = e; s += Double(e) }
        let inv = Float(1 / s)
        for j in 0..<n { y[j] *= inv }
    }
}
