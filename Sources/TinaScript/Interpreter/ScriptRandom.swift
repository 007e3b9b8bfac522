import Runtime

/// The script-level random generator (the Runtime's seeded xoshiro256**), so `seed(n)` makes
/// `random()`, `shuffle` and `choice` reproducible across runs and platforms.
public final class ScriptRandom {
    private var rng: SeededRandom

    public init(seed: UInt64) { rng = SeededRandom(seed: seed) }

    public func seed(_ seed: UInt64) { rng = SeededRandom(seed: seed) }

    public func next() -> UInt64 { rng.next() }

    /// Uniform in [0, 1) with 53 random bits.
    public func uniform() -> Double { rng.uniformDouble() }

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
