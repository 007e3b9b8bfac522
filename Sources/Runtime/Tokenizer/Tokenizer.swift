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

    let stateLock = NSLock()
    var spareState: EncoderState?
    let templateLock = NSLock()
    var compiledTemplate: JinjaTemplate?

    /// Loads tokenizer.json and, when present, tokenizer_config.json and generation_config.json.
    public convenience init(directory: String) throws {
        try self.init(tokenizerJSON: Self.readFile("tokenizer.json", in: directory, required: true)!,
                      config: try Self.readFile("tokenizer_config.json", in: directory, required: false),
                      generationConfig: try Self.readFile("generation_config.json", in: directory, required: false))
    }

    public init(tokenizerJSON: Data, config: Data? = nil, generationConfig: Data? = nil) throws {
        let file = "tokenizer.json"
        let root = try TokenizerJSON.parse(tokenizerJSON, source: file)
        guard case .object = root else { throw TokenizerError.invalidField(file: file, field: "(root)", reason: "not an object") }
        guard let modelJSON = root["model"] else { throw TokenizerError.missingField(file: file, field: "model") }
        model = try BPEModel(json: modelJSON, file: file)
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
        bytes.reserveCapacity(strings.count * 8)
        var offsets: [Int32] = [0]
        offsets.reserveCapacity(strings.count + 1)
        for s in strings {
            if let s { ByteLevelAlphabet.appendBytes(ofToken: s, to: &bytes) }
            offsets.append(Int32(bytes.count))
        }
        decodeBytes = bytes
        decodeOffsets = offsets

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

    /// The token string of an id as the vocabulary spells it ("Ġworld"), or nil.
    public func token(for id: Int) -> String? {
        id >= 0 && id < tokenStrings.count ? tokenStrings[id] : nil
    }

    /// The id of a token string as the vocabulary spells it, or nil.
    public func id(for token: String) -> Int? { idForToken.id(token) }
}
