import Foundation
import Runtime
import XCTest

/// Every differentiable op's backward against central finite differences of a random projection
/// of its output: loss = Σ y ∘ R.
final class GradientCheckTests: XCTestCase {
    func check(_ inputs: [Tensor], eps: Float = 1e-2, atol: Float = 2e-3, rtol: Float = 2e-2,
               file: StaticString = #filePath, line: UInt = #line, _ f: ([Tensor]) throws -> Tensor) throws {
        Tape.current.reset()
        for t in inputs { t.requiresGrad = true; t.zeroGrad() }
        let y = try f(inputs)
        let r = randomTensor(y.shape, seed: 99)
        try y.mul(r).sum().backward()
        XCTAssertEqual(Tape.current.count, 0, "tape emptied after backward", file: file, line: line)
        func loss() throws -> Double {
            try Tape.withoutRecording {
                let out = try f(inputs)
                var acc = 0.0
                for (a, b) in zip(out.floats, r.floats) { acc += Double(a) * Double(b) }
                return acc
            }
        }
        var rng = SeededRandom(seed: 5)
        for (n, t) in inputs.enumerated() {
            guard let grad = t.grad else { XCTFail("input \(n) got no gradient", file: file, line: line); continue }
            XCTAssertEqual(grad.shape, t.shape, file: file, line: line)
            let picks = t.count <= 48 ? Array(0..<t.count) : (0..<48).map { _ in Int(rng.next() % UInt64(t.count)) }
            for i in picks {
                let saved = t.data[i]
                t.data[i] = saved + eps
                let up = try loss()
                t.data[i] = saved - eps
                let down = try loss()
                t.data[i] = saved
                let numeric = Float((up - down) / Double(2 * eps))
                let analytic = grad.data[i]
                if abs(numeric - analytic) > atol + rtol * abs(numeric) {
                    XCTFail("input \(n) element \(i): analytic \(analytic), numeric \(numeric)", file: file, line: line)
                    return
                }
            }
        }
    }

    func testBroadcastArithmetic() throws {
        try check([randomTensor([3, 4], seed: 1), randomTensor([4], seed: 2)]) { try $0[0].add($0[1]) }
        try check([randomTensor([2, 3, 4], seed: 1), randomTensor([3, 1], seed: 2)]) { try $0[0].sub($0[1]) }
        try check([randomTensor([2, 1, 4], seed: 3), randomTensor([3, 4], seed: 4)]) { try $0[0].mul($0[1]) }
        try check([randomTensor([5], seed: 3), randomTensor([5], seed: 4)]) { try $0[0].mul($0[1]) }
        try check([randomTensor([3, 4], seed: 5)]) { try $0[0].scaled(-1.7) }
    }

    func testSiLUAndReductions() throws {
        try check([randomTensor([3, 5], seed: 6, scale: 2)]) { try $0[0].silu() }
        try check([randomTensor([3, 5], seed: 7)]) { try $0[0].sum() }
        try check([randomTensor([3, 5], seed: 8)]) { try $0[0].mean() }
        try check([randomTensor([2, 3, 5], seed: 9)]) { try $0[0].sumLastAxis() }
        try check([randomTensor([2, 3, 5], seed: 10)]) { try $0[0].meanLastAxis() }
    }

    func testRMSNorm() throws {
        try check([randomTensor([4, 8], seed: 11), randomTensor([8], seed: 12)]) { try $0[0].rmsNorm($0[1], eps: 1e-6) }
    }

    func testSoftmaxes() throws {
        try check([randomTensor([3, 7], seed: 13)]) { try $0[0].softmax() }
        try check([randomTensor([3, 7], seed: 14)]) { try $0[0].logSoftmax() }
    }

    func testEmbeddingGatherAndLogProbs() throws {
        try check([randomTensor([6, 4], seed: 15)]) { try Tensor.embedding($0[0], ids: [1, 5, 1, 0]) }
        try check([randomTensor([4, 6], seed: 16)]) { try $0[0].gather([0, 5, 2, 2]) }
        try check([randomTensor([4, 9], seed: 17)]) { try $0[0].targetLogProbs([0, 8, 3, 3], temperature: 0.7) }
    }

    func testRotary() throws {
        let table = RotaryTable(headDim: 8, theta: 10000)
        try check([randomTensor([3, 16], seed: 18)]) { try $0[0].rotary(positions: [0, 7, 300], heads: 2, table: table) }
    }

    func testMatmulAllTransposes() throws {
        for ta in [false, true] {
            for tb in [false, true] {
                let a = randomTensor(ta ? [2, 4, 3] : [2, 3, 4], seed: 19)
                let b = randomTensor(tb ? [2, 5, 4] : [2, 4, 5], seed: 20)
                try check([a, b]) { try $0[0].matmul($0[1], transposeSelf: ta, transposeOther: tb) }
                let shared = randomTensor(tb ? [5, 4] : [4, 5], seed: 21)
                try check([a, shared]) { try $0[0].matmul($0[1], transposeSelf: ta, transposeOther: tb) }
            }
        }
    }

    func testLinear() throws {
        try check([randomTensor([3, 6], seed: 22), randomTensor([5, 6], seed: 23), randomTensor([5], seed: 24)]) {
            try $0[0].linear($0[1], bias: $0[2])
        }
        // Many rows: the sgemm path rather than the skinny kernel.
        try check([randomTensor([20, 6], seed: 25), randomTensor([5, 6], seed: 26)]) { try $0[0].linear($0[1]) }
    }

    func testAttention() throws {
        let g = AttentionShape(batch: 2, queries: 3, keys: 5, heads: 4, kvHeads: 2, headDim: 4)
        let mask = [false, true, true, true, true, true, true, true, false, true]
        try check([randomTensor([6, 16], seed: 27), randomTensor([10, 8], seed: 28), randomTensor([10, 8], seed: 29)]) {
            try Tensor.attention(q: $0[0], k: $0[1], v: $0[2], shape: g, keyValid: mask)
        }
        // Many queries: the sgemm forward path.
        let wide = AttentionShape(batch: 1, queries: 18, keys: 18, heads: 2, kvHeads: 1, headDim: 4)
        try check([randomTensor([18, 8], seed: 40), randomTensor([18, 4], seed: 41), randomTensor([18, 4], seed: 42)]) {
            try Tensor.attention(q: $0[0], k: $0[1], v: $0[2], shape: wide)
        }
    }

    func testLayoutOps() throws {
        try check([randomTensor([2, 6], seed: 30)]) { try $0[0].reshaped([3, -1]).transposed() }
        try check([randomTensor([4, 3], seed: 31)]) { try $0[0].rows(1..<3).scaled(2) }
        try check([randomTensor([2, 5, 3], seed: 32)]) { try $0[0].slice(axis: 1, 1..<4) }
        try check([randomTensor([2, 3, 4], seed: 33)]) { try $0[0].transposed(0, 2) }
        try check([randomTensor([2, 2], seed: 34), randomTensor([2, 3], seed: 35)]) { try Tensor.concat($0, axis: 1) }
    }

    /// A frozen weight passes gradient to its input but never gets a gradient buffer itself.
    func testFrozenWeightGetsNoGradient() throws {
        let w = try randomTensor([8, 6], seed: 36).converted(to: .bf16)
        let norm = randomTensor([6], seed: 37)
        let x = randomTensor([3, 6], seed: 38, requiresGrad: true)
        let y = try x.rmsNorm(norm, eps: 1e-6).linear(w)
        try y.sum().backward()
        XCTAssertNotNil(x.grad)
        XCTAssertNil(w.grad)
        XCTAssertNil(norm.grad)
        XCTAssertFalse(w.requiresGrad)
        // Nothing requires a gradient: no tape growth.
        _ = try randomTensor([2, 6], seed: 39).linear(w)
        XCTAssertEqual(Tape.current.count, 0)
    }
}
