import Foundation

/// How a config stretches RoPE's frequencies for long contexts (`rope_scaling`, or
/// `rope_parameters` in transformers 5). Only the types these families ship are known; the
/// config refuses others by name.
public enum RopeScaling: Equatable, Sendable {
    /// Llama 3.1+: transformers' `_compute_llama3_parameters` (modeling_rope_utils.py).
    /// Frequencies whose wavelength exceeds original / lowFreqFactor are divided by `factor`,
    /// those shorter than original / highFreqFactor are kept, and the band between is blended.
    case llama3(factor: Double, lowFreqFactor: Double, highFreqFactor: Double, originalMaxPositions: Int)

    /// Scales transformers' default frequencies, in float32 as torch computes them.
    func apply(_ invFreq: [Float]) -> [Float] {
        switch self {
        case let .llama3(factor, low, high, original):
            let f = Float(factor), lowF = Float(low), highF = Float(high), old = Float(original)
            let lowWavelen = old / lowF, highWavelen = old / highF
            return invFreq.map { inv in
                let wavelen = 2 * Float.pi / inv
                if wavelen < highWavelen { return inv }
                if wavelen > lowWavelen { return inv / f }
                let smooth = (old / wavelen - lowF) / (highF - lowF)
                return (1 - smooth) * inv / f + smooth * inv
            }
        }
    }
}

/// Rotary position embedding in the "rotate half" layout of transformers' Qwen and Llama
/// models: within each head the pair is (i, i + D/2), not adjacent elements. Angles follow
/// transformers in float32: inv_freq[i] = 1 / θ^(2i/D) (then scaled), angle = position · inv_freq[i].
public struct RotaryTable {
    public let headDim: Int
    public let theta: Float
    public let invFreq: [Float]

    public init(headDim: Int, theta: Float, scaling: RopeScaling? = nil) {
        self.headDim = headDim
        self.theta = theta
        let base = (0..<headDim / 2).map { i in 1 / powf(theta, Float(2 * i) / Float(headDim)) }
        invFreq = scaling?.apply(base) ?? base
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
