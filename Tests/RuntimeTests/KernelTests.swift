import CKernels
import Foundation
import Runtime
import XCTest

/// Fast kernels against their plain reference twins.
final class KernelTests: XCTestCase {
    func testGemmMatchesReferenceForAllTransposes() throws {
        // Through OpenBLAS, and through each own fp32 kernel this CPU has (what `gemm` runs where
        // OpenBLAS has no vector kernel for the CPU).
        let own = [Int32(TINA_GEMM_AVX512_F32), Int32(TINA_GEMM_AVX2_F32)].filter { tina_gemm_available($0) != 0 }
        defer { LinearKernel.ownGemm = true; LinearKernel.forcedKernel = nil }
        for kernel in [nil] + own.map(Optional.some) {
            LinearKernel.ownGemm = kernel != nil
            LinearKernel.forcedKernel = kernel
            let path = kernel.map { String(cString: tina_gemm_name($0)) } ?? "OpenBLAS"
            try checkGemmAgainstReference(path)
        }
    }

    private func checkGemmAgainstReference(_ path: String) throws {
        // A small product (one call), then two at or above the size `gemm` splits over the pool:
        // by columns (n >= m) and by rows, neither a whole number of blocks.
        for (m, n, k) in [(37, 29, 53), (70, 300, 101), (301, 70, 101)] {
            let a = randomTensor([m * k], seed: 1), b = randomTensor([k * n], seed: 2), c0 = randomTensor([m * n], seed: 3)
            for ta in [false, true] {
                for tb in [false, true] {
                    let fast = try Tensor(c0.floats, shape: [m, n]), slow = try Tensor(c0.floats, shape: [m, n])
                    let lda = ta ? m : k, ldb = tb ? k : n
                    gemm(transA: ta, transB: tb, m: m, n: n, k: k, alpha: 2, a: a.data, lda: lda, b: b.data, ldb: ldb,
                         beta: 0.5, c: fast.data, ldc: n)
                    gemmReference(transA: ta, transB: tb, m: m, n: n, k: k, alpha: 2, a: a.data, lda: lda, b: b.data,
                                  ldb: ldb, beta: 0.5, c: slow.data, ldc: n)
                    assertClose(fast.floats, slow.floats, atol: 1e-4, rtol: 1e-4, "\(path) gemm \(m)x\(n)x\(k) ta=\(ta) tb=\(tb)")
                }
            }
        }
    }

    func testGemmFromSeveralThreadsAtOnce() throws {
        // One caller holds the pool and splits its product into slabs; the others run OpenBLAS
        // inline on their own threads, all at the same time.
        let (m, n, k) = (70, 300, 101)
        let a = randomTensor([m * k], seed: 1), b = randomTensor([k * n], seed: 2)
        let expected = Tensor(zeros: [m, n])
        gemmReference(transA: false, transB: false, m: m, n: n, k: k, a: a.data, lda: k, b: b.data, ldb: n, c: expected.data, ldc: n)
        let results = (0..<4).map { _ in Tensor(zeros: [m, n]) }
        DispatchQueue.concurrentPerform(iterations: 4) { t in
            for _ in 0..<20 {
                gemm(transA: false, transB: false, m: m, n: n, k: k, a: a.data, lda: k, b: b.data, ldb: n, c: results[t].data, ldc: n)
            }
        }
        for (t, c) in results.enumerated() { assertClose(c.floats, expected.floats, atol: 1e-4, rtol: 1e-4, "caller \(t)") }
    }

    func testLinearKernelAllPathsMatchReference() throws {
        // Each kernel selection: the CPU's own, the 8-lane (AVX2) and the 16-lane (AVX-512) kernels,
        // the latter through AVX2 on a CPU without AVX-512, and the portable ones.
        defer { tina_simd_use(ProcessInfo.processInfo.environment["TINA_SIMD"]) }
        // Odd sizes: 67 and 1100 inputs leave ragged tails after steps of 16 and 32 inputs; output
        // and row counts cover every remainder of blocks of 3 weight rows by 4 or 8 x rows.
        for mode in ["", "avx2", "avx512", "off"] {
            XCTAssertEqual(tina_simd_use(mode), 0)
            for (inF, out) in [(67, 45), (1100, 37), (1100, 38)] {
                for dtype in [DType.f32, .bf16, .f16] {
                    let w = try randomTensor([out, inF], seed: 3).converted(to: dtype)
                    for rows in [1, 2, 3, 4, 5, 6, 7, 8, 12, 15, 16, 17, 40] {
                        let x = randomTensor([rows, inF], seed: UInt64(rows))
                        let fast = Tensor(zeros: [rows, out]), slow = Tensor(zeros: [rows, out])
                        LinearKernel.forward(x: x.data, rows: rows, w: w, y: fast.data)
                        try LinearKernel.reference(x: x.data, rows: rows, w: w, y: slow.data)
                        assertClose(fast.floats, slow.floats, atol: 1e-4, rtol: 1e-4,
                                    "linear '\(mode)' \(dtype) rows=\(rows) in=\(inF) out=\(out)")
                    }
                }
            }
        }
        XCTAssertEqual(tina_simd_use("avx1024"), -1)
    }

    func testParallelLoopsRunEveryChunkOnceNestedAndFromSeveralThreads() {
        // Four callers at once (one holds the worker pool, the others run in order on their own
        // thread), each with a nested parallel loop inside every chunk (run inline).
        let n = 10_000, rounds = 50
        let counts = UnsafeMutablePointer<Int32>.allocate(capacity: 4 * n)
        counts.initialize(repeating: 0, count: 4 * n)
        defer { counts.deallocate() }
        DispatchQueue.concurrentPerform(iterations: 4) { t in
            for _ in 0..<rounds {
                Parallel.forEachChunk(n) { r in
                    for i in r { counts[t * n + i] += 1 }
                    Parallel.forEachChunk(64) { inner in precondition(!inner.isEmpty) }
                }
            }
        }
        XCTAssertTrue((0..<4 * n).allSatisfy { counts[$0] == rounds })
        // More chunks than threads: each runs exactly once.
        var hits = [Int32](repeating: 0, count: 7)
        hits.withUnsafeMutableBufferPointer { buf in
            tina_pool_run(7, { ctx, c in ctx!.assumingMemoryBound(to: Int32.self)[c] += 1 }, buf.baseAddress)
        }
        XCTAssertEqual(hits, [Int32](repeating: 1, count: 7))
    }

    func testLinearInputGradientThroughHalfWeights() throws {
        let w32 = randomTensor([700, 33], seed: 4)
        for dtype in [DType.bf16, .f16] {
            let w = try w32.converted(to: dtype)
            let wf = try w.toF32()
            let x1 = randomTensor([24, 33], seed: 5, requiresGrad: true)
            let x2 = try x1.copy()
            x2.requiresGrad = true
            try x1.linear(w).sum().backward()
            try x2.linear(wf).sum().backward()
            assertClose(x1.grad!.floats, x2.grad!.floats, atol: 1e-4, rtol: 1e-4, "dx through \(dtype) panels")
        }
    }

    func testAttentionMatchesReference() throws {
        for (g, masked) in [
            (AttentionShape(batch: 2, queries: 7, keys: 7, heads: 4, kvHeads: 2, headDim: 16), true),
            (AttentionShape(batch: 3, queries: 1, keys: 9, heads: 6, kvHeads: 3, headDim: 8), false),
            (AttentionShape(batch: 1, queries: 4, keys: 10, heads: 2, kvHeads: 1, headDim: 32), true),
            // Beyond the few-query path: the sgemm path.
            (AttentionShape(batch: 2, queries: 20, keys: 23, heads: 4, kvHeads: 2, headDim: 8), true),
            (AttentionShape(batch: 1, queries: 33, keys: 33, heads: 3, kvHeads: 1, headDim: 16), false),
        ] {
            let q = randomTensor([g.batch * g.queries, g.heads * g.headDim], seed: 6)
            let k = randomTensor([g.batch * g.keys, g.kvHeads * g.headDim], seed: 7)
            let v = randomTensor([g.batch * g.keys, g.kvHeads * g.headDim], seed: 8)
            // Left padding: the first key of each sequence after the first is padding.
            let mask: [Bool]? = masked ? (0..<g.batch * g.keys).map { !($0 % g.keys == 0 && $0 > 0) } : nil
            let fast = try Tensor.attention(q: q, k: k, v: v, shape: g, keyValid: mask)
            let slow = Tensor.attentionReference(q: q, k: k, v: v, shape: g, keyValid: mask)
            assertClose(fast.floats, slow.floats, atol: 1e-5, rtol: 1e-4, "attention \(g)")
        }
    }

    func testBatchedAttentionEqualsOneSequenceAtATime() throws {
        let g = AttentionShape(batch: 2, queries: 5, keys: 5, heads: 2, kvHeads: 1, headDim: 8)
        let q = randomTensor([10, 16], seed: 9), k = randomTensor([10, 8], seed: 10), v = randomTensor([10, 8], seed: 11)
        let both = try Tensor.attention(q: q, k: k, v: v, shape: g)
        var one = g
        one.batch = 1
        for b in 0..<2 {
            let single = try Tensor.attention(q: q.rows(b * 5..<(b + 1) * 5), k: k.rows(b * 5..<(b + 1) * 5),
                                              v: v.rows(b * 5..<(b + 1) * 5), shape: one)
            XCTAssertEqual(try both.rows(b * 5..<(b + 1) * 5).floats, single.floats)
        }
    }

    func testHalfConversions() throws {
        let values: [Float] = [0, -0.0, 1, -2.5, 3.140625, 65504, 1e-7, 6.1e-5, -1e30, .infinity, 1.00390625, 1.01171875]
        let t = try Tensor(values, shape: [values.count])
        let bf = try t.converted(to: .bf16).toF32().floats
        // bf16 keeps 8 significant bits, rounding to nearest even.
        XCTAssertEqual(bf[2], 1); XCTAssertEqual(bf[3], -2.5); XCTAssertEqual(bf[4], 3.140625)
        XCTAssertEqual(bf[10], 1.0, "1 + 2^-8 is a tie: rounds to even")
        XCTAssertEqual(bf[11], 1.015625, "1 + 3·2^-8 is a tie: rounds up to even")
        XCTAssertEqual(bf[9], .infinity)
        let f16 = try t.converted(to: .f16).toF32().floats
        XCTAssertEqual(f16[5], 65504); XCTAssertEqual(f16[8], -.infinity); XCTAssertEqual(f16[4], 3.140625)
        XCTAssertEqual(f16[7], 1023 * 0x1p-24, "just below the smallest normal: subnormal 1023·2⁻²⁴")
        XCTAssertEqual(f16[6], 1.1920929e-07, accuracy: 1e-9) // subnormal
        // Every bf16 bit pattern survives f32 → bf16 → f32 unchanged (NaNs stay NaN).
        var all = [UInt16](0...UInt16.max)
        var wide = [Float](repeating: 0, count: all.count)
        tina_bf16_to_f32(&all, &wide, all.count)
        var back = [UInt16](repeating: 0, count: all.count)
        tina_f32_to_bf16(&wide, &back, all.count)
        for i in 0..<all.count where !wide[i].isNaN { XCTAssertEqual(all[i], back[i]) }
        // And every f16 one through f16 → f32 (F16C where the CPU has it) → f16.
        tina_f16_to_f32(&all, &wide, all.count)
        tina_f32_to_f16(&wide, &back, all.count)
        for i in 0..<all.count where !wide[i].isNaN { XCTAssertEqual(all[i], back[i], "f16 bits \(all[i])") }
    }

    func testSeededRandomIsDeterministicAndWellShaped() {
        var a = SeededRandom(seed: 42), b = SeededRandom(seed: 42)
        XCTAssertEqual((0..<5).map { _ in a.next() }, (0..<5).map { _ in b.next() })
        var r = SeededRandom(seed: 7)
        let n = 200_000
        var sum = 0.0, sq = 0.0, uni = 0.0
        for _ in 0..<n { let z = Double(r.normal()); sum += z; sq += z * z; uni += Double(r.uniform()) }
        XCTAssertEqual(sum / Double(n), 0, accuracy: 0.01)
        XCTAssertEqual(sq / Double(n), 1, accuracy: 0.02)
        XCTAssertEqual(uni / Double(n), 0.5, accuracy: 0.005)
        let draws = r.multinomial([0.1, 0, 0.6, 0.3], count: 50_000)
        let counts = (0..<4).map { k in draws.filter { $0 == k }.count }
        XCTAssertEqual(counts[1], 0)
        XCTAssertEqual(Double(counts[2]) / 50_000, 0.6, accuracy: 0.01)
        XCTAssertEqual(Set(r.permutation(10)), Set(0..<10))
    }

    func testSelection() throws {
        let t = try Tensor([1, 5, 3, 5, -1, 0, 2, 9], shape: [2, 4])
        XCTAssertEqual(try t.argmax(), [1, 3])
        let top = try t.topK(2)
        XCTAssertEqual(top[0].indices, [1, 3])
        XCTAssertEqual(top[1].indices, [3, 2])
        XCTAssertEqual(top[1].values, [9, 2])
    }

    func testErrorsNameShapesAndNeverTrap() throws {
        let a = randomTensor([2, 3], seed: 1), b = randomTensor([4, 5], seed: 2)
        XCTAssertThrowsError(try a.add(b)) { XCTAssertTrue("\($0)".contains("[2, 3]") && "\($0)".contains("[4, 5]")) }
        XCTAssertThrowsError(try a.matmul(b)) { XCTAssertTrue("\($0)".contains("[2, 3]") && "\($0)".contains("[4, 5]")) }
        XCTAssertThrowsError(try a.linear(b)) { XCTAssertTrue("\($0)".contains("[4, 5]")) }
        XCTAssertThrowsError(try a.reshaped([7])) { XCTAssertTrue("\($0)".contains("[7]")) }
        XCTAssertThrowsError(try a.gather([0, 3])) { XCTAssertTrue("\($0)".contains("3")) }
        XCTAssertThrowsError(try Tensor.embedding(b, ids: [4])) { XCTAssertTrue("\($0)".contains("out of range")) }
        XCTAssertThrowsError(try a.value(at: [2, 0]))
        XCTAssertThrowsError(try Tensor([1, 2, 3], shape: [2, 2]))
        let half = try a.converted(to: .bf16)
        XCTAssertThrowsError(try half.softmax()) { XCTAssertTrue("\($0)".contains("BF16")) }
        XCTAssertThrowsError(try Tensor.attention(q: a, k: a, v: a, shape: AttentionShape(batch: 1, queries: 2, keys: 2, heads: 3, kvHeads: 2, headDim: 1)))
        XCTAssertThrowsError(try a.sum().mul(a).backward()) // not a scalar
        Tape.current.reset()
    }
}
