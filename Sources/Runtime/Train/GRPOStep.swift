import Foundation

/// The optimising half of a GRPO step: the reference and policy passes over a batch, TRL's loss,
/// one AdamW update of the adapter, and what is recorded once the step commits.
extension GRPOTrainer {
    /// One optimiser step: a fresh generation batch every `iterations` steps, reused in between
    /// as TRL does. Atomic: interrupted anywhere, the trainer is as before the call.
    @discardableResult
    public func trainStep() throws -> [(String, Double)] {
        try afterCommit(try atomically {
            let fresh = buffer == nil || bufferUses >= config.iterations
            let batch = fresh ? try sampleBatch() : buffer!
            var metrics = try optimise(batch)
            buffer = batch
            bufferUses = fresh ? 1 : bufferUses + 1
            // Sampling figures of this step (0 when the batch was reused).
            let seconds = fresh ? batch.generationSeconds ?? 0 : 0
            let tokens = fresh ? batch.completionIds.reduce(0) { $0 + $1.count } : 0
            metrics.append(("tokens_per_second", seconds > 0 ? Double(tokens) / seconds : 0))
            metrics.append(("time/generation", seconds))
            if let sampling = batch.sampling {
                metrics += [("adapter_version", Double(sampling.adapterVersion)), ("time/sync", fresh ? sampling.syncSeconds : 0),
                            ("sync_stale", sampling.stale ? 1 : 0)]
            }
            return commit(batch, metrics)
        })
    }

    /// One optimiser step on `batch` (from `rollout()`, a server, or built by hand); returns its metrics.
    @discardableResult
    public func train(_ batch: GRPOBatch) throws -> [(String, Double)] {
        try afterCommit(try atomically { commit(batch, try optimise(batch)) })
    }

    /// Records a finished step: counter, history, last batch.
    func commit(_ batch: GRPOBatch, _ metrics: [(String, Double)]) -> [(String, Double)] {
        step += 1
        let metrics = [("step", Double(step))] + metrics
        history.append(metrics)
        lastBatch = batch
        return metrics
    }

    /// What follows a committed step (a failure here leaves the step taken): the metrics log and
    /// the periodic checkpoint.
    func afterCommit(_ metrics: [(String, Double)]) throws -> [(String, Double)] {
        if let logPath { try JSONLines.append(metrics, to: logPath) }
        if let every = checkpointEvery, every > 0, step % every == 0, let dir = checkpointDir {
            try save(directory: dir + "/checkpoint-\(step)")
        }
        return metrics
    }

    /// Reference, policy forward and backward per micro-batch, then clipping and AdamW. The adapter
    /// and the optimiser change only in the final update, which is not interruptible.
    func optimise(_ batch: GRPOBatch) throws -> [(String, Double)] {
        try batch.validate(vocabSize: model.config.vocabSize, maxPositions: model.config.maxPositionEmbeddings,
                           groupSize: config.generations)
        let t0 = Date()
        defer { Gradients.zero(parameters) }
        let stop = stopIds, n = batch.count
        let grouped = n % config.generations == 0 ? try GroupAdvantages(rewards: batch.rewards, groupSize: config.generations,
                                                                          scaling: config.scaleRewards) : nil
        guard let advantages = batch.advantages ?? grouped?.advantages else {
            throw RecipeError.invalid("batch: no advantages and no whole groups to compute them from")
        }
        let truncated = (0..<n).map { batch.isTruncated($0, stopIds: stop) }
        let fullLengths = (0..<n).map { batch.lossLength($0, stopIds: stop) }
        let lengths = (0..<n).map { config.maskTruncated && truncated[$0] ? 0 : fullLengths[$0] }
        let batchTokens = lengths.reduce(0, +)
        let chunks = microBatches(n)
        let temperature = Float(config.temperature)
        var totals = GRPOStepTotals()
        for chunk in chunks {
            let rows = Array(chunk)
            try Interruption.check()
            var t = Date()
            let sequences = rows.map { batch.promptIds[$0] + batch.completionIds[$0].prefix(fullLengths[$0]) }
            let offsets = rows.map { batch.promptIds[$0].count - 1 }
            var refRows: [[Float]]? = nil
            if config.beta != 0 {
                onPhase?(.reference)
                let grid = try referenceLogProbs(sequences, temperature: temperature)
                refRows = rows.indices.map { k in (0..<lengths[rows[k]]).map { grid.data[k * grid.cols + offsets[k] + $0] } }
            }
            totals.timeReference += Date().timeIntervalSince(t)
            try Interruption.check()
            t = Date()
            let longest = sequences.map(\.count).max() ?? 0
            let entropy = Tensor(zeros: [rows.count, max(longest - 1, 0)])
            onPhase?(.policy)
            model.training = true
            defer { model.training = false }
            let logp = try model.sequenceLogProbs(sequences, temperature: temperature, checkpointing: checkpointing, entropy: entropy)
            let samples = rows.indices.map { k -> GRPOSample in
                let i = rows[k], n = lengths[i]
                var weights: [Float]? = nil
                if let correction = config.samplingCorrection, let server = batch.samplingLogProbs?[i] {
                    // The sampling policy's log-probs: the batch's old ones, else this policy's (detached).
                    let old = batch.oldLogProbs?[i] ?? (0..<n).map { logp.data[k * logp.cols + offsets[k] + $0] }
                    let w = correction.weights(policy: Array(old.prefix(n)), server: Array(server.prefix(n)))
                    weights = w + Array(repeating: 1, count: n - w.count)
                }
                return GRPOSample(offset: offsets[k], length: n, advantage: Float(advantages[i]), oldLogProbs: batch.oldLogProbs?[i],
                                  refLogProbs: refRows?[k], samplingWeights: weights)
            }
            let (l, s) = try logp.grpoLoss(samples, type: config.lossType, beta: Float(config.beta), epsilonLow: Float(config.epsilon),
                                           epsilonHigh: Float(config.epsilonHigh), maxCompletionLength: config.maxCompletionTokens,
                                           accumulation: chunks.count, batchTokens: batchTokens)
            onPhase?(.backward)
            try l.backward()
            totals.timePolicy += Date().timeIntervalSince(t)
            totals.add(loss: l.scalar, stats: s, samples: samples, rows: rows, entropy: entropy, policy: logp,
                       sampled: batch.samplingLogProbs)
        }
        // One AdamW step on the adapter (skipped, weights untouched, on a non-finite loss or gradient).
        onPhase?(.optimizer)
        let t = Date()
        let lr = config.lr * schedule.multiplier(at: step)
        let finite = totals.loss.isFinite && Gradients.allFinite(parameters)
        if keepGradients { lastGradients = model.adapterParameters.map { ($0.name, $0.tensor.grad?.floats ?? []) } }
        let norm = finite ? Gradients.clip(parameters, maxNorm: Float(config.maxGradNorm)) : .nan
        if finite { try optimizer.update(parameters, lr: Float(lr)) }
        totals.timeOptimizer = Date().timeIntervalSince(t)
        return totals.metrics(batch: batch, grouped: grouped, advantages: advantages, truncated: truncated, batchTokens: batchTokens,
                              gradNorm: norm, lr: lr, skipped: !finite, stepSeconds: Date().timeIntervalSince(t0))
    }

    /// Reference log-probs [B, L−1]: the frozen starting adapter, or the adapter-disabled model.
    func referenceLogProbs(_ sequences: [[Int]], temperature: Float) throws -> Tensor {
        if referenceIsFrozenCopy {
            return try model.withFrozenAdapter { try model.sequenceLogProbs(sequences, temperature: temperature) }
        }
        let was = model.adapterEnabled
        model.adapterEnabled = false
        defer { model.adapterEnabled = was }
        return try Tape.withoutRecording { try model.sequenceLogProbs(sequences, temperature: temperature) }
    }}
