import CKernels
import Foundation
import Runtime
import XCTest

/// The GEMM micro-kernels (CKernels/gemm.c), every variant this CPU has, against their plain
/// reference (tina_gemm_reference: the kernel's own rounding of the inputs, double accumulation) and
/// against OpenBLAS on the float32 inputs, for y = x·Wᵀ and dX += dY·W over odd shapes.
/// Tolerances, per element, as a fraction of Σ_k |a_ik · b_kj|:
/// - against the reference: 1e-5 (float32 accumulation in another order);
/// - against OpenBLAS: fp32 kernels 3e-5; the split (hi+lo) kernel over bf16 weights 3e-5 (2^-17
///   from the split); bf16-rounded activations, or f32 weights in a bf16 kernel, 1e-2 (2^-9 per
///   rounded factor).
final class GemmKernelTests: XCTestCase {
    static let kernels: [Int32] = [Int32(TINA_GEMM_BF16), Int32(TINA_GEMM_SPLIT), Int32(TINA_GEMM_AVX512_F32), Int32(TINA_GEMM_AVX2_F32)]
    static let shapes: [(m: Int, n: Int, k: Int)] = [
        (1, 1, 1), (1, 33, 17), (13, 31, 5), (25, 47, 263), (37, 70, 515), (20, 530, 300), (12, 32, 256), (17, 64, 1),
    ]

    func testEveryKernelAgainstReferenceAndOpenBLAS() throws {
        var rng = SeededRandom(seed: 11)
        var ran = 0
        for kernel in Self.kernels where tina_gemm_available(kernel) != 0 {
            ran += 1
            let name = String(cString: tina_gemm_name(kernel))
            for (m, n, k) in Self.shapes {
                for bf16 in [true, false] {
                    // The bf16 kernels round f32 weights to bf16 (the split is exact for bf16 weights only).
                    let bf16Kernel = kernel == Int32(TINA_GEMM_BF16) || kernel == Int32(TINA_GEMM_SPLIT)
                    let blasTol: Float = kernel == Int32(TINA_GEMM_BF16) || (bf16Kernel && !bf16) ? 1e-2 : 3e-5
                    for trans in [true, false] {
                        // trans: W [n, k], C = A·Wᵀ; else W [k, n], C += A·W (the backward's dX).
                        let wShape = trans ? [n, k] : [k, n]
                        let wf = Tensor(zeros: wShape)
                        for i in 0..<wf.count { wf.data[i] = rng.normal() }
                        let w = bf16 ? try wf.converted(to: .bf16) : wf
                        let wWide = try w.toF32()
                        let a = Tensor(zeros: [m, k])
                        for i in 0..<a.count { a.data[i] = rng.normal() * 3 }
                        let c0 = (0..<(m * n)).map { _ in trans ? 0 : rng.normal() }
                        let c = Tensor(zeros: [m, n]), ref = Tensor(zeros: [m, n]), blas = Tensor(zeros: [m, n])
                        for i in 0..<(m * n) { c.data[i] = c0[i]; ref.data[i] = c0[i]; blas.data[i] = c0[i] }
                        LinearKernel.runGemm(kernel, a: a.data, m: m, k: k, w: w, trans: trans, n: n, c: c.data, accumulate: !trans)
                        let b = bf16 ? UnsafeRawPointer(w.halfData) : UnsafeRawPointer(w.data)
                        tina_gemm_reference(kernel, a.data, k, m, k, b, bf16 ? 1 : 0, trans ? 1 : 0, wShape[1], n, ref.data, n, trans ? 0 : 1)
                        LinearKernel.ownGemm = false
                        gemm(transA: false, transB: trans, m: m, n: n, k: k, a: a.data, lda: k, b: wWide.data, ldb: wShape[1],
                             beta: trans ? 0 : 1, c: blas.data, ldc: n)
                        LinearKernel.ownGemm = true
                        let what = "\(name) m \(m) n \(n) k \(k) \(bf16 ? "bf16" : "f32") \(trans ? "x·Wᵀ" : "dY·W")"
                        for i in 0..<m {
                            for j in 0..<n {
                                var scale: Float = 0
                                for p in 0..<k { scale += abs(a.data[i * k + p] * wWide.data[trans ? j * k + p : p * n + j]) }
                                scale += abs(c0[i * n + j])
                                let got = c.data[i * n + j]
                                XCTAssertLessThanOrEqual(abs(got - ref.data[i * n + j]), 1e-5 * scale + 1e-6, "\(what) [\(i), \(j)] vs reference")
                                XCTAssertLessThanOrEqual(abs(got - blas.data[i * n + j]), blasTol * scale + 1e-6, "\(what) [\(i), \(j)] vs OpenBLAS")
                            }
                        }
                    }
                }
            }
        }
        print("GEMM kernels tested on this CPU: \(ran) of \(Self.kernels.count)")
        if tina_cpu_features() & 1 != 0 { XCTAssertGreaterThan(ran, 0) }
    }

    /// The linear layer's products through LinearKernel in both modes against the plain reference.
    func testLinearKernelModes() throws {
        var rng = SeededRandom(seed: 12)
        let (rows, inF, out) = (40, 70, 45)
        let wf = Tensor(zeros: [out, inF])
        for i in 0..<wf.count { wf.data[i] = rng.normal() * 0.1 }
        let x = Tensor(zeros: [rows, inF]), dy = Tensor(zeros: [rows, out])
        for i in 0..<x.count { x.data[i] = rng.normal() }
        for i in 0..<dy.count { dy.data[i] = rng.normal() }
        for w in [try wf.converted(to: .bf16), wf] {
            let want = Tensor(zeros: [rows, out])
            try LinearKernel.reference(x: x.data, rows: rows, w: w, y: want.data)
            let wWide = try w.toF32()
            let wantDx = Tensor(zeros: [rows, inF])
            gemmReference(transA: false, transB: false, m: rows, n: inF, k: out, a: dy.data, lda: out, b: wWide.data, ldb: inF,
                          c: wantDx.data, ldc: inF)
            for (mode, tol) in [(LinearKernel.Compute.f32, Float(1e-5)), (.bf16, 1e-2)] {
                let y = Tensor(zeros: [rows, out]), dx = Tensor(zeros: [rows, inF])
                LinearKernel.forward(x: x.data, rows: rows, w: w, y: y.data, mode: mode)
                LinearKernel.backwardInput(dy: dy.data, rows: rows, w: w, dx: dx.data, mode: mode)
                let ey = zip(y.floats, want.floats).map { abs($0 - $1) }.max()!
                let ex = zip(dx.floats, wantDx.floats).map { abs($0 - $1) }.max()!
                let sy = want.floats.map { abs($0) }.max()!, sx = wantDx.floats.map { abs($0) }.max()!
                XCTAssertLessThanOrEqual(ey, tol * sy, "\(mode) \(w.dtype) forward, \(LinearKernel.kernelName(rows: rows, mode: mode, dtype: w.dtype))")
                XCTAssertLessThanOrEqual(ex, tol * sx, "\(mode) \(w.dtype) backward")
            }
        }
    }

    /// Log-prob error against transformers' goldens (tiny-r1) in each compute mode: f32 within 1e-4;
    /// bf16 (measured 0.076 on this fixture, whose random weights give peaked tiny logits) within 0.15.
    func testGoldenLogProbErrorPerMode() throws {
        let dir = Paths.fixtures.appendingPathComponent("models/tiny-r1").path
        let data = FileManager.default.contents(atPath: Paths.fixtures.appendingPathComponent("golden/tiny-r1-golden.json").path)!
        let golden = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        let tensors = try SafetensorsFile(path: Paths.fixtures.appendingPathComponent("golden/tiny-r1-golden.safetensors").path)
        let model = try CausalLM.load(directory: dir)
        defer { LinearKernel.compute = LinearKernel.defaultCompute }
        for (mode, bound) in [(LinearKernel.Compute.f32, Float(1e-4)), (.bf16, 0.15)] {
            model.compute = mode
            var worst: Float = 0
            var lengths: [Int] = []
            for (i, c) in (golden["forward"] as! [[String: Any]]).enumerated() {
                let ids = c["input_ids"] as! [Int]
                lengths.append(ids.count)
                let lp = try model.logProbs(ids)
                let want = try tensors.tensor("forward.\(i).next_logprobs").floats
                worst = max(worst, zip(lp, want).map { abs($0 - $1) }.max() ?? 0)
            }
            print("compute \(mode): max |log-prob − transformers| = \(worst) over sequences of \(lengths) tokens "
                  + "(\(LinearKernel.kernelName(rows: 64, mode: mode, dtype: model.lmHead.dtype)) above \(LinearKernel.skinnyRows) rows)")
            XCTAssertLessThanOrEqual(worst, bound, "\(mode)")
        }
    }
}
