/// The `post_processor` of tokenizer.json, for single sequences.
indirect enum TokenizerPostProcessor {
    /// Ids to put around the sequence (TemplateProcessing's `single` template).
    case template(before: [Int], after: [Int])
    /// Byte-level post-processing only trims offsets; ids pass through.
    case byteLevel
    case sequence([TokenizerPostProcessor])

    init(json: TokenizerJSON, file: String) throws {
        guard let type = json["type"]?.stringValue else { throw TokenizerError.missingField(file: file, field: "post_processor.type") }
        switch type {
        case "ByteLevel":
            self = .byteLevel
        case "Sequence":
            guard let items = json["processors"]?.arrayValue else {
                throw TokenizerError.missingField(file: file, field: "post_processor.processors")
            }
            self = .sequence(try items.map { try TokenizerPostProcessor(json: $0, file: file) })
        case "TemplateProcessing":
            guard let single = json["single"]?.arrayValue else {
                throw TokenizerError.missingField(file: file, field: "post_processor.single")
            }
            let specials = json["special_tokens"]
            var before: [Int] = []
            var after: [Int] = []
            var seenSequence = false
            for piece in single {
                if piece["Sequence"] != nil { seenSequence = true; continue }
                guard let name = piece["SpecialToken"]?["id"]?.stringValue else {
                    throw TokenizerError.invalidField(file: file, field: "post_processor.single", reason: "expected SpecialToken or Sequence")
                }
                guard let ids = specials?[name]?["ids"]?.arrayValue?.compactMap({ $0.intValue }) else {
                    throw TokenizerError.invalidField(file: file, field: "post_processor.special_tokens",
                                                      reason: "no ids for '\(name)'")
                }
                if seenSequence { after += ids } else { before += ids }
            }
            self = .template(before: before, after: after)
        default:
            throw TokenizerError.unsupported(file: file, component: "post-processor", type: type)
        }
    }

    /// Ids added before and after a single sequence.
    var surroundings: (before: [Int], after: [Int]) {
        switch self {
        case let .template(before, after): return (before, after)
        case .byteLevel: return ([], [])
        case .sequence(let items):
            return items.reduce(into: ([Int](), [Int]())) { acc, p in
                let s = p.surroundings
                acc.0 = s.before + acc.0
                acc.1 += s.after
            }
        }
    }
}
