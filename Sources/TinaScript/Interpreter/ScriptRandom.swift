/// The script-level random generator (xoshiro256**, seeded through SplitMix64), so `seed(n)`
/// makes `random()`, `shuffle` and `choice` reproducible across runs and platforms.
public final class ScriptRandom {
    private var s: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    public init(seed: UInt64) { self.seed(seed) }

    public func seed(_ seed: UInt64) {
        var x = seed
        func splitmix() -> UInt64 {
            x &+= 0x9E37_79B9_7F4A_7C15
            var z = x
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        s = (splitmix(), splitmix(), splitmix(), splitmix())
    }

    public func next() -> UInt64 {
        let result = ((s.1 &* 5) << 7 | (s.1 &* 5) >> 57) &* 9
        let t = s.1 << 17
        s.2 ^= s.0
        s.3 ^= s.1
        s.1 ^= s.2
        s.0 ^= s.3
        s.2 ^= t
        s.3 = s.3 << 45 | s.3 >> 19
        return result
    }

    /// Uniform in [0, 1) with 53 random bits.
    public func uniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform in 0..<n (n > 0), without modulo bias.
    public func below(_ n: Int) -> Int {
        let bound = UInt64(n)
        let limit = UInt64.max - UInt64.max % bound
        while true {
            let r = next()
            if r < limit { return Int(r % bound) }
        }
    }
}
