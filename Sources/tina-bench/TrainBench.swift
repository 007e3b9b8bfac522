import Foundation
import Runtime

/// LoRA r=32 on all seven projections of the model in DIR (bf16 weights): forward + backward of
/// one 512-token sequence, seconds per step, tokens/s and peak RSS: `train DIR [tokens] [checkpointing]`.
func benchTrain(_ args: [String]) throws {
    guard let dir = args.first else { throw ModelError.invalidArgument("usage: tina-bench train DIR [tokens] [checkpointing]") }
    let tokens = args.count > 1 ? Int(args[1]) ?? 512 : 512
    let checkpointing = args.count > 2 && args[2] == "checkpointing"
    let model = try CausalLM.load(directory: dir)
    try model.attachLoRA(LoRAConfig(r: 32, alpha: 64, dropout: 0), seed: 1)
    let params = model.adapterParameters.map(\.tensor)
    var rng = SeededRandom(seed: 3)
    let ids = (0..<tokens + 1).map { _ in Int(rng.next() % 150_000) }
    func step() throws -> Double {
        var times: [Double] = []
        for _ in 0..<2 {
            let t0 = Date()
            let logp = try model.sequenceLogProbs([ids], checkpointing: checkpointing)
            try logp.mean().scaled(-1).backward()
            times.append(Date().timeIntervalSince(t0))
            Gradients.zero(params)
        }
        return times.min()!
    }
    // OpenBLAS for the large products first, then the own GEMM kernels (default compute mode), in this run.
    LinearKernel.ownGemm = false
    let blas = try step()
    LinearKernel.ownGemm = true
    let best = try step()
    print("swift: LoRA fwd+bwd with OpenBLAS: \(fmt(blas, 2)) s/step; with \(LinearKernel.kernelName(rows: tokens, mode: model.compute, dtype: model.layers[0].projections[0].weight.dtype)): "
          + "\(fmt(best, 2)) s/step = \(fmt(best / blas, 2))x OpenBLAS")
    print("swift: LoRA r=32 fwd+bwd of \(tokens) tokens\(checkpointing ? " (gradient checkpointing)" : ""): \(fmt(best, 2)) s/step, "
          + "\(fmt(Double(tokens) / best)) tok/s, peak RSS \(fmt(Double(peakRSSKiB()) / 1048576, 2)) GiB")
}
