import Foundation
import Runtime

/// Writes a random-weight model of the 1.5B shape (bf16) to `dir`: `model-init DIR [layers]`.
/// A separate process, so that the benchmark's peak RSS is that of the loaded model alone.
func benchModelInit(_ args: [String]) throws {
    guard let dir = args.first else { throw ModelError.invalidArgument("usage: tina-bench model-init DIR [layers]") }
    var config = Qwen2Config.r1Distill1_5B
    if args.count > 1, let l = Int(args[1]) { config.numHiddenLayers = l }
    let t0 = Date()
    let built = try Qwen2Model.random(config: config, seed: 1)
    print("model_init: \(fmt(Date().timeIntervalSince(t0), 2)) s, \(built.parameterCount) parameters, \(config.numHiddenLayers) layers")
    try built.save(directory: dir)
}

/// Load time, prefill of 512 tokens, decode step at batch 1 and 8 and peak RSS of the model in
/// `dir`, next to one large sgemm measured in the same run: `model DIR`.
func benchModel(_ args: [String]) throws {
    guard let dir = args.first else { throw ModelError.invalidArgument("usage: tina-bench model DIR") }
    Parallel.configureBLAS()
    let peak = sgemmPeak()
    print("reference sgemm: \(fmt(peak)) GFLOP/s; threads \(Parallel.threads)")
    let t1 = Date()
    let model = try Qwen2Model.load(directory: dir)
    print("load (memory-mapped): \(fmt(Date().timeIntervalSince(t1), 3)) s")
    let config = model.config

    var rng = SeededRandom(seed: 2)
    let prompt = (0..<512).map { _ in Int(rng.next() % 150_000) }
    let prefill = try bestTime(minSeconds: 0) {
        _ = try Tape.withoutRecording { try model.logits(model.hidden(ids: prompt, batch: 1).rows(511..<512)) }
    }
    let c = config
    let perToken = 2.0 * Double(c.numHiddenLayers) * Double(c.hiddenSize * (2 * c.hiddenSize + 2 * c.kvWidth) + 3 * c.hiddenSize * c.intermediateSize)
    let attn = 4.0 * Double(c.numHiddenLayers * c.hiddenSize) * 512 * 512
    let prefillRate = (perToken * 512 + attn) / prefill / 1e9
    print("prefill 512 tokens: \(fmt(prefill, 2)) s (\(fmt(512 / prefill)) tok/s), \(fmt(prefillRate)) GFLOP/s = \(fmt(prefillRate / peak, 2)) of sgemm")

    var steps: [Int: Double] = [:]
    for batch in [1, 8] {
        let prompts = (0..<batch).map { b in Array(prompt[(b * 8)..<(b * 8 + 16)]) }
        let n = 8
        let t = Date()
        _ = try model.generate(prompts: prompts, options: GenerationOptions(maxTokens: 1))
        let prefillTime = Date().timeIntervalSince(t)
        let t2 = Date()
        _ = try model.generate(prompts: prompts, options: GenerationOptions(maxTokens: n + 1))
        let step = (Date().timeIntervalSince(t2) - prefillTime) / Double(n)
        steps[batch] = step
        print("decode step, batch \(batch): \(fmt(step * 1e3)) ms (\(fmt(Double(batch) / step)) tok/s)")
    }
    let bytes = Double(model.parameterCount - c.vocabSize * c.hiddenSize) * 2 // embeddings are gathered, not streamed
    print("batch-1 step streams \(fmt(bytes / 1e9, 2)) GB of weights: \(fmt(bytes / steps[1]! / 1e9)) GB/s")
    print("batch-8 / batch-1 step: \(fmt(steps[8]! / steps[1]!, 2))")
    print("peak RSS: \(fmt(Double(peakRSSKiB()) / 1048576, 2)) GiB")
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
