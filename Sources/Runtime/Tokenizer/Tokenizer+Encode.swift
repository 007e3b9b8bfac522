import Foundation

/// Text to ids: added tokens first, then normalisation, pre-tokenisation, and BPE per word
/// through a word cache.
extension Tokenizer {
    /// Token ids of `text`; `addSpecialTokens` applies the post-processor (the BOS of R1).
    public func encode(_ text: String, addSpecialTokens: Bool = true) -> [Int] {
        var ids: [UInt32] = []
        ids.reserveCapacity(text.utf8.count / 3 + 4)
        var text = text
        text.withUTF8 { encodeRaw($0, into: &ids) }
        var out: [Int] = []
        out.reserveCapacity(ids.count + 2)
        if addSpecialTokens { out += surroundings.before }
        for id in ids { out.append(Int(id)) }
        if addSpecialTokens { out += surroundings.after }
        return out
    }

    /// Encodes UTF-8 bytes; invalid sequences become U+FFFD first.
    public func encode(utf8 bytes: some Collection<UInt8>, addSpecialTokens: Bool = true) -> [Int] {
        encode(String(decoding: bytes, as: UTF8.self), addSpecialTokens: addSpecialTokens)
    }

    /// Per-call scratch space and the word cache; one spare is kept, another made on contention.
    final class EncoderState {
        var cache = BPEWordCache()
        var merger = BPEMerger()
        var scratch: [UInt32] = []
        var wordIds: [UInt32] = []
    }

    func withState<R>(_ body: (EncoderState) -> R) -> R {
        stateLock.lock()
        let state = spareState ?? EncoderState()
        spareState = nil
        stateLock.unlock()
        defer {
            stateLock.lock()
            spareState = state
            stateLock.unlock()
        }
        return body(state)
    }

    func encodeRaw(_ text: UnsafeBufferPointer<UInt8>, into ids: inout [UInt32]) {
        withState { state in
            for segment in rawMatcher.segments(of: text) {
                switch segment {
                case .token(let id): ids.append(UInt32(id))
                case .text(let r): normalizeAndEncode(UnsafeBufferPointer(rebasing: text[r]), state: state, into: &ids)
                }
            }
        }
    }

    private func normalizeAndEncode(_ text: UnsafeBufferPointer<UInt8>, state: EncoderState, into ids: inout [UInt32]) {
        guard let normalizer, !normalizer.leavesUnchanged(text) else {
            return encodeNormalized(text, state: state, into: &ids)
        }
        var normalized = normalizer.apply(String(decoding: text, as: UTF8.self))
        normalized.withUTF8 { encodeNormalized($0, state: state, into: &ids) }
    }

    private func encodeNormalized(_ text: UnsafeBufferPointer<UInt8>, state: EncoderState, into ids: inout [UInt32]) {
        for segment in normalizedMatcher.segments(of: text) {
            switch segment {
            case .token(let id): ids.append(UInt32(id))
            case .text(let r): preTokenizeAndEncode(UnsafeBufferPointer(rebasing: text[r]), state: state, into: &ids)
            }
        }
    }

    private func preTokenizeAndEncode(_ text: UnsafeBufferPointer<UInt8>, state: EncoderState, into ids: inout [UInt32]) {
        var pieces = PreTokenPieces(bytes: Array(text), ranges: [0..<text.count])
        preTokenizer?.apply(&pieces)
        model.merges.withLookup { table in
            pieces.bytes.withUnsafeBufferPointer { all in
                guard let base = all.baseAddress else { return }
                for r in pieces.ranges {
                    let p = base + r.lowerBound
                    let n = r.count
                    // A lone byte (a digit, a bracket) is its own token: no cache, no merges.
                    if n == 1, !model.ignoreMerges, model.byteIds[Int(p[0])] != UInt32.max {
                        ids.append(model.byteIds[Int(p[0])])
                        continue
                    }
                    let h = BPEWordCache.hash(p, n)
                    if state.cache.lookup(p, n, hash: h, into: &ids) { continue }
                    state.wordIds.removeAll(keepingCapacity: true)
                    model.encodeWord(UnsafeBufferPointer(start: p, count: n), merger: &state.merger, table: table,
                                     scratch: &state.scratch, into: &state.wordIds)
                    state.wordIds.withUnsafeBufferPointer { state.cache.insert(p, n, hash: h, ids: $0) }
                    ids += state.wordIds
                }
            }
        }
    }
}
