import CKernels
import Foundation
import Runtime

/// Writes a random-weight model of the 1.5B shape (bf16) to `dir`: `model-init DIR [layers]`.
/// A separate process, so that the benchmark's peak RSS is that of the loaded model alone.
func benchModelInit(_ args: [String]) throws {
    guard let dir = args.first else { throw ModelError.invalidArgument("usage: tina-bench model-init DIR [layers]") }
    var config = ModelConfig.r1Distill1_5B
    if args.count > 1, let l = Int(args[1]) { config.numHiddenLayers = l }
    let t0 = Date()
    let built = try CausalLM.random(config: config, seed: 1)
    print("model_init: \(fmt(Date().timeIntervalSince(t0), 2)) s, \(built.parameterCount) parameters, \(config.numHiddenLayers) layers")
    try built.save(directory: dir)
}

/// Load time, prefill of 512 tokens, decode step at batch 1 and 8 and peak RSS of the model in
/// `dir`, next to one large sgemm measured in the same run: `model DIR`.
func benchModel(_ args: [String]) throws {
    guard let dir = args.first else { throw ModelError.invalidArgument("usage: tina-bench model DIR") }
    let peak = sgemmPeak()
    print("reference sgemm: \(fmt(peak)) GFLOP/s; threads \(Parallel.threads); skinny kernels: \(LinearKernel.skinnyKernels)")
    let t1 = Date()
    let model = try CausalLM.load(directory: dir)
    print("load (memory-mapped): \(fmt(Date().timeIntervalSince(t1), 3)) s")
    let config = model.config

    var rng = SeededRandom(seed: 2)
    let prompt = (0..<512).map { _ in Int(rng.next() % 150_000) }
    func timePrefill() throws -> Double {
        try bestTime(minSeconds: 0) {
            _ = try Tape.withoutRecording { try model.logits(model.hidden(ids: prompt, batch: 1).rows(511..<512)) }
        }
    }
    // The same prefill on OpenBLAS and on the own GEMM kernels in each compute mode, in this run.
    var prefills: [(String, Double)] = []
    LinearKernel.ownGemm = false
    prefills.append(("OpenBLAS sgemm", try timePrefill()))
    LinearKernel.ownGemm = true
    for mode in [LinearKernel.Compute.bf16, .f32] {
        model.compute = mode
        prefills.append(("compute \(mode): \(LinearKernel.kernelName(rows: 512, mode: mode, dtype: model.layers[0].projections[0].weight.dtype))", try timePrefill()))
    }
    model.compute = LinearKernel.defaultCompute
    for (name, t) in prefills {
        print("prefill 512 tokens, \(name): \(fmt(t, 3)) s = \(fmt(t / prefills[0].1, 2))x OpenBLAS")
    }
    print("products of the prefill (512 rows): projections \(LinearKernel.kernelName(rows: 512, mode: model.compute, dtype: model.layers[0].projections[0].weight.dtype)); "
          + "decode (1–\(LinearKernel.skinnyRows) rows): \(LinearKernel.kernelName(rows: 1, mode: model.compute, dtype: model.lmHead.dtype)); "
          + "output head of the last row: \(LinearKernel.kernelName(rows: 1, mode: model.compute, dtype: model.lmHead.dtype))")
    let prefill = prefills.first(where: { $0.0.hasPrefix("compute \(LinearKernel.defaultCompute)") })!.1
    let c = config
    let perToken = 2.0 * Double(c.numHiddenLayers) * Double(c.hiddenSize * (2 * c.hiddenSize + 2 * c.kvWidth) + 3 * c.hiddenSize * c.intermediateSize)
    let attn = 4.0 * Double(c.numHiddenLayers * c.hiddenSize) * 512 * 512
    let prefillRate = (perToken * 512 + attn) / prefill / 1e9
    print("prefill 512 tokens: \(fmt(prefill, 2)) s (\(fmt(512 / prefill)) tok/s), \(fmt(prefillRate)) GFLOP/s = \(fmt(prefillRate / peak, 2)) of sgemm")

    var steps: [Int: Double] = [:]
    for batch in [1, 8] {
        let prompts = (0..<batch).map { b in Array(prompt[(b * 8)..<(b * 8 + 16)]) }
        let step = try medianDecodeStep(model, prompts: prompts, steps: 9)
        steps[batch] = step
        print("decode step, batch \(batch): \(fmt(step * 1e3)) ms (\(fmt(Double(batch) / step)) tok/s)")
    }
    // A step streams every projection and the output head; embeddings are gathered, not streamed.
    let streamed = model.projections.map(\.weight) + [model.lmHead]
    let bytes = Double(streamed.reduce(0) { $0 + $1.count * $1.dtype.byteSize })
    let floor = readTime(streamed)
    print("reading those \(fmt(bytes / 1e9, 2)) GB of weights (\(Parallel.threads) threads): \(fmt(floor * 1e3)) ms = \(fmt(bytes / floor / 1e9)) GB/s")
    print("batch-1 step: \(fmt(bytes / steps[1]! / 1e9)) GB/s = \(fmt(steps[1]! / floor, 2))x the read time")
    let flops = 2.0 * 8 * Double(streamed.reduce(0) { $0 + $1.count })
    print("batch-8 step: \(fmt(flops / steps[8]! / 1e9)) GFLOP/s = \(fmt(flops / steps[8]! / 1e9 / peak, 2)) of sgemm")
    print("batch-8 / batch-1 step: \(fmt(steps[8]! / steps[1]!, 2))")
    print("peak RSS: \(fmt(Double(peakRSSKiB()) / 1048576, 2)) GiB")
}

/// Median time of a decode step (logits, sampling at temperature 1, one token through every layer
/// with the KV cache) for `prompts` decoded together, timed step by step after their prefill; the
/// first step is left out as a warm-up.
func medianDecodeStep(_ model: CausalLM, prompts: [[Int]], steps: Int) throws -> Double {
    try Tape.withoutRecording {
        let batch = prompts.count, width = prompts[0].count, vocab = model.config.vocabSize
        let cache = KVCache(config: model.config, batch: batch, capacity: width + steps + 1)
        let h = try model.hidden(ids: prompts.flatMap { $0 }, batch: batch, cache: cache)
        var last = try Tensor.concat((0..<batch).map { try h.rows(($0 + 1) * width - 1..<($0 + 1) * width) })
        var rng = SeededRandom(seed: 3)
        let sampling = SamplingOptions(temperature: 1)
        var times: [Double] = []
        for _ in 0..<steps {
            let t0 = DispatchTime.now().uptimeNanoseconds
            let logits = try model.logits(last)
            let next = (0..<batch).map { sampling.sample(logits.data + $0 * vocab, vocab: vocab, rng: &rng) }
            last = try model.hidden(ids: next, batch: batch, cache: cache)
            times.append(Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9)
        }
        let sorted = times.dropFirst().sorted()
        return sorted[sorted.count / 2]
    }
}

/// Best time of three to read `tensors` once, each split over the threads as the skinny kernel
/// splits it: the memory-bandwidth floor of a decode step on this machine.
func readTime(_ tensors: [Tensor]) -> Double {
    (0..<3).map { _ in
        let t0 = DispatchTime.now().uptimeNanoseconds
        for w in tensors {
            let base = w.dtype == .f32 ? UnsafeRawPointer(w.data) : UnsafeRawPointer(w.halfData)
            let bytes = w.count * w.dtype.byteSize, lines = bytes / 64
            Parallel.forEachChunk(lines, grain: 1024) { r in
                let end = r.upperBound == lines ? bytes : r.upperBound * 64
                _ = tina_read_bytes(base + r.lowerBound * 64, end - r.lowerBound * 64) // opaque: not dropped
            }
        }
        return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
    }.min()!
}

func sgemmPeak() -> Double {
    let n = 2048
    let a = Tensor(zeros: [n, n]), b = Tensor(zeros: [n, n]), c = Tensor(zeros: [n, n])
    fill(a, seed: 1); fill(b, seed: 2)
    let t = bestTime { gemm(transA: false, transB: false, m: n, n: n, k: n, a: a.data, lda: n, b: b.data, ldb: n, c: c.data, ldc: n) }
    return 2 * Double(n * n * n) / t / 1e9
}

/// VmHWM from /proc/self/status.
func peakRSSKiB() -> Int {
    guard let s = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in s.split(separator: "\n") where line.hasPrefix("VmHWM:") {
        return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "0") ?? 0
    }
    return 0
}
