import Foundation

/// Deterministic seeded generator (xoshiro256**, seeded through SplitMix64), the one source of
/// randomness in the Runtime so that a seed reproduces initialisation, sampling and shuffles.
public struct SeededRandom: RandomNumberGenerator {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    private var spareNormal: Float?

    public init(seed: UInt64) {
        var sm = seed
        func splitMix(_ x: inout UInt64) -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s0 = splitMix(&sm); s1 = splitMix(&sm); s2 = splitMix(&sm); s3 = splitMix(&sm)
    }

    /// The full generator state, for checkpoints.
    public var stateWords: [UInt64] { [s0, s1, s2, s3] }

    public init?(stateWords w: [UInt64]) {
        guard w.count == 4, w.contains(where: { $0 != 0 }) else { return nil }
        s0 = w[0]; s1 = w[1]; s2 = w[2]; s3 = w[3]
    }

    @inline(__always)
    public mutating func next() -> UInt64 {
        let result = ((s1 &* 5) << 7 | (s1 &* 5) >> 57) &* 9
        let t = s1 << 17
        s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3
        s2 ^= t
        s3 = (s3 << 45) | (s3 >> 19)
        return result
    }

    /// Uniform in [0, 1) with 24 bits of precision.
    @inline(__always)
    public mutating func uniform() -> Float {
        Float(next() >> 40) * (1.0 / 16_777_216.0)
    }

    /// Uniform in [0, 1) with 53 bits of precision.
    public mutating func uniformDouble() -> Double {
        Double(next() >> 11) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// Standard normal (Box–Muller in float; the second value of each pair is kept for the next call).
    public mutating func normal() -> Float {
        if let z = spareNormal { spareNormal = nil; return z }
        let u1 = Float(next() >> 40 | 1) * (1.0 / 16_777_216.0) // (0, 1): log stays finite
        let u2 = uniform()
        let r = (-2 * logf(u1)).squareRoot()
        let angle = 2 * Float.pi * u2
        spareNormal = r * sinf(angle)
        return r * cosf(angle)
    }

    /// An index drawn with probability proportional to `weights` (non-negative, not all zero).
    public mutating func categorical(_ weights: UnsafeBufferPointer<Float>) -> Int {
        var total: Double = 0
        for w in weights { total += Double(w) }
        let target = uniformDouble() * total
        var acc: Double = 0
        for (i, w) in weights.enumerated() {
            acc += Double(w)
            if target < acc { return i }
        }
        // Rounding can leave target == total: return the last index with positive weight.
        return weights.lastIndex(where: { $0 > 0 }) ?? (weights.count - 1)
    }

    /// `count` draws with replacement from the categorical distribution `weights`.
    public mutating func multinomial(_ weights: [Float], count: Int) -> [Int] {
        weights.withUnsafeBufferPointer { w in (0..<count).map { _ in categorical(w) } }
    }

    /// Fisher–Yates shuffle of indices 0..<n.
    public mutating func permutation(_ n: Int) -> [Int] {
        var p = Array(0..<n)
        if n < 2 { return p }
        for i in stride(from: n - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            p.swapAt(i, j)
        }
        return p
    }
}

extension Tensor {
    /// Fills a float32 tensor with N(0, std²) values, in parallel chunks that each own a generator
    /// derived from `seed`, so the result depends on the seed alone, not on the thread count.
    public func fillNormal(seed: UInt64, std: Float) {
        let chunk = 1 << 18
        let chunks = (count + chunk - 1) / chunk
        let p = data, n = count
        Parallel.forEachChunk(chunks) { range in
            for c in range {
                var rng = SeededRandom(seed: seed &+ UInt64(c) &* 0x9E37_79B9_7F4A_7C15)
                for i in (c * chunk)..<min(n, (c + 1) * chunk) { p[i] = rng.normal() * std }
            }
        }
    }
}
