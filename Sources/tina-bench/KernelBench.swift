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
