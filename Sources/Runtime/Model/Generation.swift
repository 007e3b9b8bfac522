import Foundation

/// Why a sequence stopped.
public enum FinishReason: String {
    case eos, stop, length
}

public struct GeneratedSequence {
    public var ids: [Int]
    public var finishReason: FinishReason
    /// A server gave text only: `ids` re-encode it and may differ from the tokens it sampled.
    public var idsFromText = false

    public init(ids: [Int], finishReason: FinishReason, idsFromText: Bool = false) {
        self.ids = ids; self.finishReason = finishReason; self.idsFromText = idsFromText
    }
}

/// What to generate and when to stop.
public struct GenerationOptions {
    public var maxTokens: Int
    public var sampling: SamplingOptions
    public var seed: UInt64
    /// Token ids that end a sequence (kept in its output, as transformers does).
    public var stopTokenIds: Set<Int>
    /// Texts that end a sequence once its decoded completion contains one.
    public var stopStrings: [String]

    public init(maxTokens: Int, sampling: SamplingOptions = SamplingOptions(temperature: 0), seed: UInt64 = 0,
                stopTokenIds: Set<Int> = [], stopStrings: [String] = []) {
        self.maxTokens = maxTokens; self.sampling = sampling; self.seed = seed
        self.stopTokenIds = stopTokenIds; self.stopStrings = stopStrings
    }
}

extension CausalLM {
    /// Generates continuations of every prompt at once with a KV cache (prompts left-padded to a
    /// common length). Each sequence stops on its own; finished rows leave the batch.
    /// `decode` turns completion ids into text for stop strings; `onToken(row, id)` streams tokens.
    public func generate(prompts: [[Int]], options: GenerationOptions, decode: (([Int]) -> String)? = nil,
                         onToken: ((Int, Int) -> Void)? = nil) throws -> [GeneratedSequence] {
        try options.sampling.validate()
        guard options.maxTokens >= 0 else { throw ModelError.invalidArgument("max_tokens must be ≥ 0, got \(options.maxTokens)") }
        guard !prompts.isEmpty, prompts.allSatisfy({ !$0.isEmpty }) else {
            throw ModelError.invalidArgument("every prompt needs at least one token")
        }
        for p in prompts { for id in p where id < 0 || id >= config.vocabSize {
            throw ModelError.invalidArgument("token id \(id) outside the vocabulary 0..<\(config.vocabSize)")
        } }
        if !options.stopStrings.isEmpty && decode == nil {
            throw ModelError.invalidArgument("stop strings need a tokenizer to decode completions")
        }
        var results = prompts.map { _ in GeneratedSequence(ids: [], finishReason: .length) }
        if options.maxTokens == 0 { return results }
        let width = prompts.map(\.count).max()!
        // Generation ends at the model's context; sizes are checked before anything is allocated.
        guard width < config.maxPositionEmbeddings else {
            throw ModelError.invalidArgument("a prompt of \(width) tokens fills the model's context of \(config.maxPositionEmbeddings) (max_position_embeddings)")
        }
        let maxTokens = min(options.maxTokens, config.maxPositionEmbeddings - width)
        let kvBytes = Double(prompts.count) * Double(width + maxTokens) * Double(config.numHiddenLayers * 2 * config.numKeyValueHeads * config.headDim * 4)
        let logitBytes = Double(prompts.count) * Double(config.vocabSize) * 8
        let memory = Double(ProcessInfo.processInfo.physicalMemory)
        guard kvBytes + logitBytes < memory / 2 else {
            throw ModelError.invalidArgument(String(format: "%d sequences of up to %d tokens need %.1f GB for their KV cache and logits; this machine has %.1f GB (lower n or max_tokens)",
                                                    prompts.count, width + maxTokens, (kvBytes + logitBytes) / 1e9, memory / 1e9))
        }
        return try Tape.withoutRecording {
            var ids: [Int] = [], valid: [Bool] = []
            for p in prompts {
                ids += [Int](repeating: 0, count: width - p.count) + p
                valid += [Bool](repeating: false, count: width - p.count) + [Bool](repeating: true, count: p.count)
            }
            let cache = KVCache(config: config, batch: prompts.count, capacity: width + maxTokens)
            var rng = SeededRandom(seed: options.seed)
            var active = Array(0..<prompts.count)          // original row of each cache row
            var h = try hidden(ids: ids, batch: prompts.count, valid: valid, cache: cache)
            var lastRows = try Tensor.concat((0..<prompts.count).map { try h.rows(($0 + 1) * width - 1..<($0 + 1) * width) })
            for _ in 0..<maxTokens {
                try Interruption.check()
                let logits = try self.logits(lastRows)
                var next: [Int] = [], stillActive: [Int] = [], keepRows: [Int] = []
                for (row, seq) in active.enumerated() {
                    let id = options.sampling.sample(logits.data + row * config.vocabSize, vocab: config.vocabSize, rng: &rng)
                    results[seq].ids.append(id)
                    onToken?(seq, id)
                    if options.stopTokenIds.contains(id) {
                        results[seq].finishReason = .eos
                    } else if let decode, !options.stopStrings.isEmpty,
                              options.stopStrings.contains(where: decode(results[seq].ids).contains) {
                        results[seq].finishReason = .stop
                    } else {
                        next.append(id); stillActive.append(seq); keepRows.append(row)
                    }
                }
                if stillActive.isEmpty || results[stillActive[0]].ids.count >= maxTokens { break }
                cache.keep(rows: keepRows)
                active = stillActive
                h = try hidden(ids: next, batch: active.count, cache: cache)
                lastRows = h
            }
            return results
        }
    }
}
