import Foundation

/// The sampling half of a GRPO step: prompts → G completions each (locally or on a server) →
/// rewards → group-relative advantages, and the log-probs later passes over a batch need.
extension GRPOTrainer {
    /// Samples the next `prompts_per_step × grad_accum` prompts' G completions, scores them and
    /// computes the advantages (and, with iterations > 1, the sampling policy's log-probs).
    public func rollout() throws -> GRPOBatch { try atomically { try sampleBatch() } }

    func sampleBatch() throws -> GRPOBatch {
        let stop = stopIds
        guard !stop.isEmpty else { throw RecipeError.invalid("grpo: the model and tokenizer define no EOS token") }
        let group = config.generations
        let chosen = nextPrompts(config.promptsPerStep * config.gradAccum)
        let promptIds = try chosen.map(encode).flatMap { Array(repeating: $0, count: group) }
        let rowPrompts = chosen.flatMap { Array(repeating: $0, count: group) }
        var sync: (seconds: Double, synced: Bool)? = nil
        if let remote {
            onPhase?(.sync)
            sync = try remote.sync(model, step: step)
        }
        let t = Date()
        onPhase?(.generation)
        var generated: [GeneratedSequence] = [], samplingLogProbs: [[Float]] = []
        var sampledTokens = 0
        let mostTokens = promptIds.count * config.maxCompletionTokens
        for start in stride(from: 0, to: promptIds.count, by: microBatchRows) {
            try Interruption.check()
            let options = GenerationOptions(maxTokens: config.maxCompletionTokens,
                                            sampling: SamplingOptions(temperature: Float(config.temperature), topP: Float(config.topP)),
                                            seed: rng.next(), stopTokenIds: stop)
            let chunk = Array(promptIds[start..<min(start + microBatchRows, promptIds.count)])
            if let remote {
                let out = try remote.server.sample(prompts: chunk, options: options, logprobs: true)
                if let bad = out.first(where: \.idsFromText) {
                    throw RecipeError.invalid("grpo: the server returned no token ids (only text: \(bad.text.prefix(40))…); GRPO must train on the sampled tokens")
                }
                generated += out.map { GeneratedSequence(ids: $0.ids, finishReason: $0.finishReason) }
                samplingLogProbs += out.map { $0.logprobs ?? [] }
            } else {
                generated += try model.generate(prompts: chunk, options: options, onToken: onGeneratedTokens.map { report in
                    { _, _ in sampledTokens += 1; report(sampledTokens, mostTokens) }
                })
            }
        }
        let seconds = Date().timeIntervalSince(t)
        onPhase?(.scoring)
        let completions = try generated.map { try tokenizer.completionText($0.ids) }
        let scores = try rewards.scores(completions, rowPrompts)
        let total = try GroupAdvantages.combine(perFunction: scores.map(\.values), weights: rewards.map(\.weight))
        var batch = GRPOBatch(promptIds: promptIds, completionIds: generated.map(\.ids), rewards: total)
        batch.rewardsByFunction = scores
        batch.advantages = try GroupAdvantages(rewards: total, groupSize: group, scaling: config.scaleRewards).advantages
        batch.truncated = generated.map { $0.finishReason == .length }
        batch.completions = completions
        batch.prompts = rowPrompts.map { $0.messages.last?.content ?? "" }
        batch.answers = rowPrompts.map(\.answer)
        batch.generationSeconds = seconds
        if let remote, let sync {
            batch.sampling = .init(adapterVersion: remote.version, syncSeconds: sync.seconds, stale: !sync.synced)
            if samplingLogProbs.allSatisfy({ !$0.isEmpty }) { batch.samplingLogProbs = samplingLogProbs }
        }
        if config.iterations > 1 {
            // The sampling policy's log-probs, fixed for every pass over this batch.
            batch.oldLogProbs = try Tape.withoutRecording { try completionLogProbs(batch, lengths: batch.completionIds.map(\.count)) }
        }
        return batch
    }

    /// Log-probs of every completion token of `batch` under the policy as it is now, at the
    /// trainer's temperature: what a batch's `old_logps` holds for later passes over it.
    public func policyLogProbs(_ batch: GRPOBatch) throws -> [[Float]] {
        try batch.validate(vocabSize: model.config.vocabSize, maxPositions: model.config.maxPositionEmbeddings,
                           groupSize: batch.advantages == nil ? config.generations : 1)
        return try Tape.withoutRecording { try completionLogProbs(batch, lengths: batch.completionIds.map(\.count)) }
    }

    /// Log-probs of each row's first `lengths[i]` completion tokens under the model as it is now,
    /// one micro-batch at a time.
    func completionLogProbs(_ batch: GRPOBatch, lengths: [Int]) throws -> [[Float]] {
        var out: [[Float]] = []
        for chunk in microBatches(batch.count) {
            let rows = Array(chunk)
            try Interruption.check()
            let sequences = rows.map { batch.promptIds[$0] + batch.completionIds[$0].prefix(lengths[$0]) }
            let grid = try model.sequenceLogProbs(sequences, temperature: Float(config.temperature))
            for (k, i) in rows.enumerated() {
                let offset = batch.promptIds[i].count - 1
                out.append((0..<lengths[i]).map { grid.data[k * grid.cols + offset + $0] })
            }
        }
        return out
    }

    /// A batch of `n` rows as TRL's gradient-accumulation micro-batches: `grad_accum` parts of whole
    /// groups (fewer when there are fewer groups), so a rollout splits into its generation rounds.
    func microBatches(_ n: Int) -> [Range<Int>] {
        let unit = n % config.generations == 0 ? config.generations : 1
        let units = n / unit
        let per = (units + config.gradAccum - 1) / config.gradAccum * unit
        return stride(from: 0, to: n, by: max(per, 1)).map { $0..<min($0 + max(per, 1), n) }
    }
}
