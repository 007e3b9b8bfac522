import Foundation
import Runtime
import XCTest

/// The sampler keeps the same tokens as the plain definition (sort the whole vocabulary, then
/// top-k, top-p over the renormalised survivors, min-p; sums in double), while sorting only the
/// head it needs.
final class SamplingWarperTests: XCTestCase {
    /// transformers' warpers on a full sort: the reference.
    func reference(_ probs: [Float], _ o: SamplingOptions) -> [Int] {
        var order = probs.indices.sorted { probs[$0] > probs[$1] || (probs[$0] == probs[$1] && $0 < $1) }
        if o.topK > 0 && order.count > o.topK { order.removeLast(order.count - o.topK) }
        if o.topP < 1 {
            let mass = order.reduce(0.0) { $0 + Double(probs[$1]) }
            var cum = 0.0, keep = 0
            for c in order {
                keep += 1
                cum += Double(probs[c]) / mass
                if cum >= Double(o.topP) { break }
            }
            order.removeLast(order.count - keep)
        }
        if o.minP > 0, let top = order.first { order = order.filter { probs[$0] >= probs[top] * o.minP } }
        return order
    }

    func testHeadSelectionKeepsWhatAFullSortKeeps() {
        var rng = SeededRandom(seed: 5)
        let vocab = 151_936
        // Peaked (a few tokens hold the mass), flat (random logits at temperature 1), and in between.
        for scale in [Float(12), 4, 1, 0.2] {
            var probs = (0..<vocab).map { _ in expf(rng.normal() * scale) }
            if scale == 1 { for j in 0..<5 { probs[j * 1000] = 5e4 } } // ties at the top
            let total = probs.reduce(0, +)
            probs = probs.map { $0 / total }
            for o in [SamplingOptions(topP: 0.95), SamplingOptions(topP: 0.5, topK: 50), SamplingOptions(topK: 20),
                      SamplingOptions(minP: 0.05), SamplingOptions(topP: 0.9, minP: 0.01), SamplingOptions(topP: 0.999)] {
                let got = o.kept(probs), want = reference(probs, o)
                XCTAssert(got == want, "scale \(scale), \(o): kept \(got.count) tokens, the full sort \(want.count); "
                          + "first difference at \((0..<min(got.count, want.count)).first { got[$0] != want[$0] } ?? min(got.count, want.count))")
            }
        }
    }
}
