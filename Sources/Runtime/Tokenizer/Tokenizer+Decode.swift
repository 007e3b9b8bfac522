import Foundation

/// Ids to text.
extension Tokenizer {
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
}
