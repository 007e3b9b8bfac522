import Foundation

/// How the next token is chosen from a row of logits. Temperature 0 is greedy; otherwise the
/// warpers apply in transformers' order: temperature, top-k, top-p, min-p.
public struct SamplingOptions: Equatable {
    public var temperature: Float
    public var topP: Float
    public var topK: Int
    public var minP: Float

    public init(temperature: Float = 1, topP: Float = 1, topK: Int = 0, minP: Float = 0) {
        self.temperature = temperature; self.topP = topP; self.topK = topK; self.minP = minP
    }

    public func validate() throws {
        guard temperature >= 0, temperature.isFinite else { throw ModelError.invalidArgument("temperature must be ≥ 0, got \(temperature)") }
        guard topP > 0 && topP <= 1 else { throw ModelError.invalidArgument("top_p must be in (0, 1], got \(topP)") }
        guard topK >= 0 else { throw ModelError.invalidArgument("top_k must be ≥ 0 (0 = off), got \(topK)") }
        guard minP >= 0 && minP < 1 else { throw ModelError.invalidArgument("min_p must be in [0, 1), got \(minP)") }
    }

    /// Picks a token from `logits` [vocab].
    public func sample(_ logits: UnsafePointer<Float>, vocab: Int, rng: inout SeededRandom) -> Int {
        if temperature == 0 {
            var best = 0
            for j in 1..<vocab where logits[j] > logits[best] { best = j }
            return best
        }
        var probs = [Float](repeating: 0, count: vocab)
        probs.withUnsafeMutableBufferPointer { p in
            var m = -Float.infinity
            for j in 0..<vocab where logits[j] > m { m = logits[j] }
            var total: Float = 0
            for j in 0..<vocab { let e = expf((logits[j] - m) / temperature); p[j] = e; total += e }
            for j in 0..<vocab { p[j] /= total }
        }
        if topK == 0 && topP >= 1 && minP == 0 {
            return probs.withUnsafeBufferPointer { rng.categorical($0) }
        }
        // Candidates in descending probability: only the head of the distribution can survive
        // top-k/top-p, so sort the tokens above a tiny threshold, falling back to all of them
        // when the head is too small to decide.
        let maxP = probs.max() ?? 0
        var candidates = (0..<vocab).filter { probs[$0] >= maxP * 1e-7 }
        if (topP < 1 && candidates.reduce(0, { $0 + probs[$1] }) < topP) || candidates.count < topK {
            candidates = Array(0..<vocab)
        }
        candidates.sort { probs[$0] > probs[$1] || (probs[$0] == probs[$1] && $0 < $1) }
        if topK > 0 && candidates.count > topK {
            candidates.removeLast(candidates.count - topK)
        }
        if topP < 1 {
            let mass = candidates.reduce(Float(0)) { $0 + probs[$1] }
            var cum: Float = 0
            var keep = 0
            for c in candidates {
                keep += 1
                cum += probs[c] / mass
                if cum >= topP { break }
            }
            candidates.removeLast(candidates.count - keep)
        }
        if minP > 0, let top = candidates.first {
            let floor = probs[top] * minP
            candidates = candidates.filter { probs[$0] >= floor }
        }
        let weights = candidates.map { probs[$0] }
        let pick = weights.withUnsafeBufferPointer { rng.categorical($0) }
        return candidates[pick]
    }
}
