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
        let candidates = kept(probs)
        let weights = candidates.map { probs[$0] }
        let pick = weights.withUnsafeBufferPointer { rng.categorical($0) }
        return candidates[pick]
    }

    /// The tokens top-k, top-p and min-p keep of `probs`, most probable first (ties by id).
    public func kept(_ probs: [Float]) -> [Int] {
        // Top-p's mass is the whole distribution's, or (after top-k) the k tokens' as transformers
        // renormalises them.
        // (Sums in double: the order of a float sum over 151,936 terms would move the cut.)
        let total = probs.reduce(0.0) { $0 + Double($1) }
        var candidates = Self.head(of: probs, total: total, topK: topK, topP: topP, minP: minP)
        candidates.sort { probs[$0] > probs[$1] || (probs[$0] == probs[$1] && $0 < $1) }
        if topK > 0 && candidates.count > topK {
            candidates.removeLast(candidates.count - topK)
        }
        if topP < 1 {
            let mass = topK > 0 ? candidates.reduce(0.0) { $0 + Double(probs[$1]) } : total
            var cum = 0.0
            var keep = 0
            for c in candidates {
                keep += 1
                cum += Double(probs[c]) / mass
                if cum >= Double(topP) { break }
            }
            candidates.removeLast(candidates.count - keep)
        }
        if minP > 0, let top = candidates.first {
            let floor = probs[top] * minP
            candidates = candidates.filter { probs[$0] >= floor }
        }
        return candidates
    }

    /// The tokens at or above a probability threshold: a prefix of the vocabulary sorted by
    /// probability (ties included) that holds every token top-k, top-p and min-p can keep. The
    /// threshold starts at a tenth of the top probability and falls tenfold while the prefix is too
    /// small to decide, so a peaked distribution sorts a handful of tokens and a flat one a few
    /// thousand, never the whole vocabulary per token unless it must.
    static func head(of probs: [Float], total: Double, topK: Int, topP: Float, minP: Float) -> [Int] {
        let maxP = probs.max() ?? 0
        // min-p alone keeps exactly what lies at or above top · min_p.
        var factor: Float = topK == 0 && topP >= 1 ? minP : 0.1
        while true {
            let threshold = maxP * factor
            var mass = 0.0
            var picked: [Int] = []
            for j in probs.indices where probs[j] >= threshold {
                picked.append(j)
                mass += Double(probs[j])
            }
            // Decided when the top-k set lies inside, or (without top-k) the top-p cut does.
            // (A margin over top_p, as the sorted sum rounds differently.)
            let decided = factor == 0 || (topK > 0 ? picked.count >= topK : topP < 1 ? mass >= min(total, Double(topP) * total * (1 + 1e-9)) : true)
            if decided { return picked }
            factor = factor > 1e-8 ? factor / 10 : 0
        }
    }
}
