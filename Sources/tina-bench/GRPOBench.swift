import Foundation
import Runtime

/// One GRPO step of Tina's recipe shape on the model in DIR: 1 prompt × 6 samples (tina-open-rs2),
/// a 128-token prompt, 256 completion tokens, LoRA r=32 on all seven projections; seconds and
/// tokens/s of generation, the reference pass, the policy's forward and backward, and the
/// optimiser: `grpo DIR TOKENIZER_DIR [f32|bf16]`.
func benchGRPO(_ args: [String]) throws {
    guard args.count >= 2 else { throw ModelError.invalidArgument("usage: tina-bench grpo DIR TOKENIZER_DIR [f32|bf16]") }
    let model = try CausalLM.load(directory: args[0])
    if args.count > 2 {
        guard let mode = LinearKernel.Compute(rawValue: args[2]) else { throw ModelError.invalidArgument("compute must be f32 or bf16") }
        model.compute = mode
    }
    let tokenizer = try Tokenizer(directory: args[1])
    var config = try GRPOConfig.preset("tina-open-rs2")
    // One generation round of one prompt per optimiser step (the recipe accumulates 4 such rounds).
    config.promptsPerStep = 1
    config.gradAccum = 1
    config.maxCompletionTokens = 256
    // A question of filler words, as long as makes the chat prompt (with the recipe's system turn) 128 tokens.
    var words: [String] = []
    var prompt = DatasetPrompt(system: nil, user: "", answer: "7", row: 0)
    while try prompt.promptIds(tokenizer, systemPrompt: config.systemPrompt).count < 128 {
        words.append(["one", "two", "three", "four", "five", "six", "seven", "eight"][words.count % 8])
        prompt = DatasetPrompt(system: nil, user: words.joined(separator: " "), answer: "7", row: 0)
    }
    let promptTokens = try prompt.promptIds(tokenizer, systemPrompt: config.systemPrompt).count
    // Rewards that differ within the group, so that every completion carries an advantage.
    let byLength = GRPOReward(name: "length_parity", weight: 1) { completions, _ in completions.map { Double($0.count % 7) } }
    let trainer = try GRPOTrainer(model: model, tokenizer: tokenizer, config: config, prompts: [prompt], rewards: [byLength], totalSteps: 1)
    // As Tina trains (gradient_checkpointing: true): 6 × 384 tokens in one pass would not fit in 24 GiB otherwise.
    trainer.checkpointing = true
    print("grpo step: \(model.config.numHiddenLayers) layers, compute \(model.compute), \(config.generations) samples of a \(promptTokens)-token prompt, "
          + "\(config.maxCompletionTokens) completion tokens at most, LoRA r=\(config.lora.rank), gradient checkpointing")
    let metrics = Dictionary(try trainer.trainStep(), uniquingKeysWith: { a, _ in a })
    let batch = trainer.lastBatch!
    let completion = Double(batch.completionIds.reduce(0) { $0 + $1.count })
    let sequenceTokens = Double(batch.promptIds.reduce(0) { $0 + $1.count }) + completion
    func line(_ phase: String, _ seconds: Double, _ tokens: Double, _ what: String) {
        print(pad(phase, 24) + "\(fmt(seconds, 2)) s  \(fmt(tokens / max(seconds, 1e-9))) tok/s (\(Int(tokens)) \(what))")
    }
    line("generation", metrics["time/generation"]!, completion, "completion tokens")
    line("reference pass", metrics["time/reference"]!, sequenceTokens, "tokens")
    line("policy fwd+bwd", metrics["time/policy"]!, sequenceTokens, "tokens")
    print(pad("optimiser", 24) + "\(fmt(metrics["time/optimizer"]!, 3)) s (\(model.adapterParameters.reduce(0) { $0 + $1.tensor.count }) parameters)")
    let total = metrics["time/generation"]! + metrics["time/step"]!
    print(pad("step", 24) + "\(fmt(total, 2)) s; peak RSS \(fmt(Double(peakRSSKiB()) / 1048576, 2)) GiB")
}
