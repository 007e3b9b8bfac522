import Foundation

/// Rotary position embedding in the "rotate half" layout Qwen2 uses: within each head the pair is
/// (i, i + D/2), not adjacent elements. Angles follow transformers in float32:
/// inv_freq[i] = 1 / θ^(2i/D), angle = position · inv_freq[i].
public struct RotaryTable {
    public let headDim: Int
    public let theta: Float
    let invFreq: [Float]

    public init(headDim: Int, theta: Float) {
        self.headDim = headDim
        self.theta = theta
        invFreq = (0..<headDim / 2).map { i in 1 / powf(theta, Float(2 * i) / Float(headDim)) }
    }

    /// cos and sin for one position, each [D/2].
    func angles(_ position: Int, _ cosOut: UnsafeMutablePointer<Float>, _ sinOut: UnsafeMutablePointer<Float>) {
        for i in 0..<headDim / 2 {
            let a = Float(position) * invFreq[i]
            cosOut[i] = cosf(a)
            sinOut[i] = sinf(a)
        }
    }
}

extension Tensor {
    /// x [..., H·D] with one row per entry of `positions` (rows == positions.count).
    public func rotary(positions: [Int], heads: Int, table: RotaryTable) throws -> Tensor {
        try requireF32("rotary")
        let d = table.headDim
        guard cols == heads * d, d % 2 == 0 else {
            throw TensorError.shapeMismatch(op: "rotary", expected: [heads * d], found: [cols])
        }
        guard positions.count == rows else {
            throw TensorError.invalidArgument(op: "rotary", "\(positions.count) positions for \(rows) rows of \(shape)")
        }
        let out = Tensor(zeros: shape)
        Tensor.rotate(data, out.data, positions: positions, heads: heads, table: table, inverse: false)
        Tape.record(out, inputs: [self]) { g in
            let gx = Tensor(zeros: self.shape)
            Tensor.rotate(g.data, gx.data, positions: positions, heads: heads, table: table, inverse: true)
            self.accumulateGrad(gx)
        }
        return out
    }

    /// Rotates each head's halves by +angle (forward) or −angle (the transpose, for backward).
    static func rotate(_ src: UnsafePointer<Float>, _ dst: UnsafeMutablePointer<Float>, positions: [Int], heads: Int,
                       table: RotaryTable, inverse: Bool) {
        let d = table.headDim, half = d / 2, width = heads * d
        Parallel.forEachChunk(positions.count, grain: 4) { range in
            let cs = UnsafeMutablePointer<Float>.allocate(capacity: d)
            defer { cs.deallocate() }
            let sn = cs + half
            for r in range {
                table.angles(positions[r], cs, sn)
                for h in 0..<heads {
                    let x = src + r * width + h * d, y = dst + r * width + h * d
                    for i in 0..<half {
                        let s = inverse ? -sn[i] : sn[i]
                        let a = x[i], b = x[i + half]
                        y[i] = a * cs[i] - b * s
                        y[i + half] = b * cs[i] + a * s
                    }
                }
            }
        }
    }
}
