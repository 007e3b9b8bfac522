import CKernels
import Foundation
import Runtime

/// GFLOP/s of the products the 1.5B model performs and of attention, each next to one large
/// OpenBLAS sgemm measured in the same run.
func benchKernels(_ args: [String]) throws {
    print("OpenBLAS: \(Parallel.blasDescription); threads: \(Parallel.threads); skinny kernels: \(LinearKernel.skinnyKernels)")
    let peak = sgemmPeak()
    print("reference sgemm 2048×2048×2048: \(fmt(peak)) GFLOP/s\n")
    print(pad("product (in×out weight, rows)", 36) + pad("dtype", 7) + pad("ms", 10) + pad("GFLOP/s", 10) + pad("vs sgemm", 10) + "weight GB/s")
    for (inF, out) in [(1536, 1536), (1536, 8960), (8960, 1536)] {
        for dtype in [DType.bf16, .f32] {
            let w = try randomWeight([out, inF], dtype: dtype)
            for rows in [1, 8, 512] {
                let x = Tensor(zeros: [rows, inF]), y = Tensor(zeros: [rows, out])
                fill(x, seed: 3)
                let t = bestTime { LinearKernel.forward(x: x.data, rows: rows, w: w, y: y.data) }
                let gflops = 2 * Double(rows * inF * out) / t / 1e9
                let gbs = Double(inF * out * dtype.byteSize) / t / 1e9
                print(pad("\(inF)×\(out), \(rows) rows", 36) + pad("\(dtype)", 7) + pad(fmt(t * 1e3, 3), 10)
                      + pad(fmt(gflops), 10) + pad(fmt(gflops / peak, 2), 10) + fmt(gbs))
            }
        }
    }
    // Each GEMM kernel this CPU has on the 512-row products (forward x·Wᵀ and backward dX = dY·W),
    // next to OpenBLAS sgemm on the widened weights (what LinearKernel ran before), in this run.
    print("\n512-row products, GFLOP/s per kernel (ratio to OpenBLAS on the same product):")
    for (inF, out) in [(1536, 1536), (1536, 8960), (8960, 1536)] {
        for dtype in [DType.bf16, .f32] {
            let w = try randomWeight([out, inF], dtype: dtype)
            let rows = 512, flops = 2 * Double(rows * inF * out)
            let x = Tensor(zeros: [rows, inF]), y = Tensor(zeros: [rows, out]), dy = Tensor(zeros: [rows, out]), dx = Tensor(zeros: [rows, inF])
            fill(x, seed: 3); fill(dy, seed: 4)
            LinearKernel.ownGemm = false
            let bf = bestTime { LinearKernel.forward(x: x.data, rows: rows, w: w, y: y.data) }
            let bb = bestTime { LinearKernel.backwardInput(dy: dy.data, rows: rows, w: w, dx: dx.data) }
            LinearKernel.ownGemm = true
            var line = pad("\(inF)×\(out) \(dtype)", 20) + "OpenBLAS fwd \(fmt(flops / bf / 1e9)) bwd \(fmt(flops / bb / 1e9))"
            for kernel: Int32 in [0, 1, 2, 3] where tina_gemm_available(kernel) != 0 {
                let tf = bestTime { LinearKernel.runGemm(kernel, a: x.data, m: rows, k: inF, w: w, trans: true, n: out, c: y.data, accumulate: false) }
                let tb = bestTime { LinearKernel.runGemm(kernel, a: dy.data, m: rows, k: out, w: w, trans: false, n: inF, c: dx.data, accumulate: true) }
                line += "; \(String(cString: tina_gemm_name(kernel))) fwd \(fmt(flops / tf / 1e9)) (\(fmt(bf / tf, 2))x) bwd \(fmt(flops / tb / 1e9)) (\(fmt(bb / tb, 2))x)"
            }
            print(line)
        }
    }
    print("")
    let g = AttentionShape(batch: 1, queries: 512, keys: 512, heads: 12, kvHeads: 2, headDim: 128)
    let q = Tensor(zeros: [512, 12 * 128]), k = Tensor(zeros: [512, 256]), v = Tensor(zeros: [512, 256])
    fill(q, seed: 4); fill(k, seed: 5); fill(v, seed: 6)
    let flops = 4 * Double(g.queries * g.keys * g.headDim * g.heads)
    let fwd = try bestTime { _ = try Tape.withoutRecording { try Tensor.attention(q: q, k: k, v: v, shape: g) } }
    print("attention fwd 512×512, 12 heads / 2 KV, d 128: \(fmt(fwd * 1e3, 2)) ms, \(fmt(flops / fwd / 1e9)) GFLOP/s, \(fmt(flops / fwd / 1e9 / peak, 2)) of sgemm")
    q.requiresGrad = true; k.requiresGrad = true; v.requiresGrad = true
    let both = try bestTime {
        let o = try Tensor.attention(q: q, k: k, v: v, shape: g)
        try Tape.current.backward(o, seed: o)
        q.zeroGrad(); k.zeroGrad(); v.zeroGrad()
    }
    // Backward recomputes the scores: 2 forward products + 4 backward products.
    let bflops = flops * 3
    print("attention fwd+bwd: \(fmt(both * 1e3, 2)) ms, \(fmt(bflops / both / 1e9)) GFLOP/s, \(fmt(bflops / both / 1e9 / peak, 2)) of sgemm")
}

func fill(_ t: Tensor, seed: UInt64, scale: Float = 0.05) {
    var rng = SeededRandom(seed: seed)
    for i in 0..<t.count { t.data[i] = rng.normal() * scale }
}

func randomWeight(_ shape: [Int], dtype: DType) throws -> Tensor {
    let t = Tensor(zeros: shape)
    fill(t, seed: 9)
    return try t.converted(to: dtype)
}
