import Foundation

/// A Hugging Face tokenizer (tokenizer.json + tokenizer_config.json): byte-level BPE with its
/// normalizer, pre-tokenizers, added tokens, post-processor and decoder, plus the chat template.
/// Safe to share between threads.
public final class Tokenizer: @unchecked Sendable {
    /// Number of ids, added tokens included (largest id + 1).
    public let vocabSize: Int
    public let bosTokenId: Int?
    /// End-of-sequence ids: the config's eos token, then those of generation_config.json.
    public let eosTokenIds: [Int]
    public let padTokenId: Int?
    public let addedTokens: [AddedToken]
    /// The Jinja source of the chat template, if the config has one.
    public let chatTemplate: String?
    let specialTokenNames: [String: String]

    let model: BPEModel
    let normalizer: TokenizerNormalizer?
    let preTokenizer: TokenizerPreTokenizer?
    let surroundings: (before: [Int], after: [Int])
    let rawMatcher: AddedTokenMatcher
    let normalizedMatcher: AddedTokenMatcher
    let cleanUpSpaces: Bool
    /// Token strings by id, added tokens included.
    let tokenStrings: [String?]
    let idForToken: TokenBytesTable
    /// Bytes each id decodes to, flattened: id i owns decodeBytes[decodeOffsets[i]..<decodeOffsets[i+1]].
    let decodeBytes: [UInt8]
    let decodeOffsets: [Int32]
    let isSpecial: [Bool]

    private let stateLock = NSLock()
    private var spareState: EncoderState?
    private let templateLock = NSLock()
    private var compiledTemplate: JinjaTemplate?

    /// Loads tokenizer.json and, when present, tokenizer_config.json and generation_config.json.
    public convenience init(directory: String) throws {
        let base = URL(fileURLWithPath: directory)
        func read(_ name: String, required: Bool) throws -> Data? {
            let path = base.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path) else {
                if required { throw TokenizerError.fileUnreadable(path: path, reason: "no such file") }
                return nil
            }
            do { return try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
                throw TokenizerError.fileUnreadable(path: path, reason: error.localizedDescription)
            }
        }
        try self.init(tokenizerJSON: read("tokenizer.json", required: true)!,
                      config: try read("tokenizer_config.json", required: false),
                      generationConfig: try read("generation_config.json", required: false))
    }

    public init(tokenizerJSON: Data, config: Data? = nil, generationConfig: Data? = nil) throws {
        let file = "tokenizer.json"
        var t0 = DispatchTime.now()
        func lap(_ what: String) { let t = DispatchTime.now(); print(what, Double(t.uptimeNanoseconds - t0.uptimeNanoseconds) / 1e9); t0 = t }
        let root = try TokenizerJSON.parse(tokenizerJSON, source: file)
        lap("parse")
        guard case .object = root else { throw TokenizerError.invalidField(file: file, field: "(root)", reason: "not an object") }
        guard let modelJSON = root["model"] else { throw TokenizerError.missingField(file: file, field: "model") }
        model = try BPEModel(json: modelJSON, file: file)
        lap("model")
        normalizer = try root["normalizer"].flatMap { $0.isNull ? nil : try TokenizerNormalizer(json: $0, file: file) }
        preTokenizer = try root["pre_tokenizer"].flatMap { $0.isNull ? nil : try TokenizerPreTokenizer(json: $0, file: file) }
        guard preTokenizer?.isByteLevel == true else {
            throw TokenizerError.invalidField(file: file, field: "pre_tokenizer", reason: "byte-level BPE needs a ByteLevel pre-tokenizer")
        }
        if let decoder = root["decoder"], !decoder.isNull {
            let type = decoder["type"]?.stringValue ?? "(none)"
            guard type == "ByteLevel" else { throw TokenizerError.unsupported(file: file, component: "decoder", type: type) }
        }
        let processor = try root["post_processor"].flatMap { $0.isNull ? nil : try TokenizerPostProcessor(json: $0, file: file) }

        addedTokens = try (root["added_tokens"]?.arrayValue ?? []).map { try AddedToken(json: $0, file: file) }
        var strings = model.tokens
        var ids = model.idForToken
        for t in addedTokens {
            if t.id >= strings.count { strings += [String?](repeating: nil, count: t.id + 1 - strings.count) }
            strings[t.id] = t.content
            ids.insert(t.content, id: t.id)
        }
        tokenStrings = strings
        idForToken = ids
        vocabSize = strings.count
        let hasNormalizer = normalizer != nil
        rawMatcher = AddedTokenMatcher(addedTokens.filter { !$0.normalized || !hasNormalizer })
        normalizedMatcher = AddedTokenMatcher(addedTokens.filter { $0.normalized && hasNormalizer })
        var special = [Bool](repeating: false, count: strings.count)
        for t in addedTokens where t.special { special[t.id] = true }
        isSpecial = special
        var bytes: [UInt8] = []
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(strings.count + 1)
        for s in strings {
            if let s { bytes += ByteLevelAlphabet.bytes(ofToken: s) ?? Array(s.utf8) }
            offsets.append(Int32(bytes.count))
        }
        decodeBytes = bytes
        decodeOffsets = offsets
        lap("decode tables")

        let cfg = try config.map { try TokenizerConfig(json: TokenizerJSON.parse($0, source: "tokenizer_config.json"), file: "tokenizer_config.json") }
            ?? TokenizerConfig()
        bosTokenId = cfg.bosToken.flatMap { ids.id($0) }
        padTokenId = cfg.padToken.flatMap { ids.id($0) }
        var eos = cfg.eosToken.flatMap { ids.id($0) }.map { [$0] } ?? []
        if let generationConfig {
            let gen = try TokenizerJSON.parse(generationConfig, source: "generation_config.json")
            let extra: [Int]
            switch gen["eos_token_id"] {
            case .int(let i)?: extra = [i]
            case .array(let a)?: extra = a.compactMap { $0.intValue }
            default: extra = []
            }
            for id in extra where !eos.contains(id) { eos.append(id) }
        }
        eosTokenIds = eos
        chatTemplate = cfg.chatTemplate
        cleanUpSpaces = cfg.cleanUpTokenizationSpaces
        var names: [String: String] = [:]
        names["bos_token"] = cfg.bosToken
        names["eos_token"] = cfg.eosToken
        names["pad_token"] = cfg.padToken
        names["unk_token"] = cfg.unkToken
        specialTokenNames = names
        // Llama tokenizers rebuild their template from add_bos_token/add_eos_token (transformers'
        // LlamaTokenizerFast.update_post_processor); others follow tokenizer.json.
        if let cls = cfg.tokenizerClass, cls.hasPrefix("LlamaTokenizer"), cfg.addBosToken != nil || cfg.addEosToken != nil {
            let bos = (cfg.addBosToken ?? true) ? bosTokenId.map { [$0] } ?? [] : []
            let eosAfter = (cfg.addEosToken ?? false) ? cfg.eosToken.flatMap { ids.id($0) }.map { [$0] } ?? [] : []
            surroundings = (bos, eosAfter)
        } else {
            surroundings = processor?.surroundings ?? ([], [])
        }
    }

    // MARK: vocabulary

    /// The token string of an id as the vocabulary spells it ("Ġworld"), or nil.
    public func token(for id: Int) -> String? {
        id >= 0 && id < tokenStrings.count ? tokenStrings[id] : nil
    }

    /// The id of a token string as the vocabulary spells it, or nil.
    public func id(for token: String) -> Int? { idForToken.id(token) }

    // MARK: encoding

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

    private func withState<R>(_ body: (EncoderState) -> R) -> R {
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
                let base = all.baseAddress!
                for r in pieces.ranges {
                    let p = base + r.lowerBound
                    let n = r.count
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

    // MARK: decoding

    /// Text of `ids`. Bytes that do not form UTF-8 become U+FFFD; unknown ids are an error.
    public func decode(_ ids: [Int], skipSpecialTokens: Bool = false) throws -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(ids.count * 4)
        for id in ids { try appendBytes(of: id, skipSpecialTokens: skipSpecialTokens, to: &bytes) }
        let text = String(decoding: bytes, as: UTF8.self)
        return cleanUpSpaces ? Self.cleanUpTokenizationSpaces(text) : text
    }

    func appendBytes(of id: Int, skipSpecialTokens: Bool, to bytes: inout [UInt8]) throws {
        guard id >= 0 && id < vocabSize, tokenStrings[id] != nil else {
            throw TokenizerError.idOutOfRange(id: id, vocabSize: vocabSize)
        }
        if skipSpecialTokens && isSpecial[id] { return }
        bytes += decodeBytes[Int(decodeOffsets[id])..<Int(decodeOffsets[id + 1])]
    }

    /// transformers' `clean_up_tokenization`: no space before punctuation and English contractions.
    static func cleanUpTokenizationSpaces(_ text: String) -> String {
        var s = text
        for (from, to) in [(" .", "."), (" ?", "?"), (" !", "!"), (" ,", ","), (" ' ", "'"), (" n't", "n't"),
                           (" 'm", "'m"), (" 's", "'s"), (" 've", "'ve"), (" 're", "'re")] {
            s = s.replacingOccurrences(of: from, with: to)
        }
        return s
    }

    // MARK: chat template

    /// Renders the chat template for `messages` (maps with "role", "content", and whatever else
    /// the template reads). `context` adds variables such as `tools`.
    public func applyChatTemplate(messages: [JinjaValue], addGenerationPrompt: Bool = true,
                                  context: [String: JinjaValue] = [:]) throws -> String {
        templateLock.lock()
        defer { templateLock.unlock() }
        if compiledTemplate == nil {
            guard let chatTemplate else { throw TokenizerError.noChatTemplate }
            compiledTemplate = try JinjaTemplate(chatTemplate)
        }
        var variables: [String: JinjaValue] = [:]
        for (k, v) in specialTokenNames { variables[k] = .string(v) }
        variables["messages"] = .list(messages)
        variables["add_generation_prompt"] = .bool(addGenerationPrompt)
        for (k, v) in context { variables[k] = v }
        return try compiledTemplate!.render(variables)
    }

    /// Convenience for plain role/content messages.
    public func applyChatTemplate(messages: [[String: String]], addGenerationPrompt: Bool = true) throws -> String {
        let values = messages.map { m -> JinjaValue in
            // A stable key order: role first, then content, then the rest alphabetically.
            let order = m.keys.sorted { a, b in
                let rank = { (k: String) in k == "role" ? 0 : k == "content" ? 1 : 2 }
                return (rank(a), a) < (rank(b), b)
            }
            return .map(JinjaMap(order.map { ($0, JinjaValue.string(m[$0]!)) }))
        }
        return try applyChatTemplate(messages: values, addGenerationPrompt: addGenerationPrompt)
    }
}
