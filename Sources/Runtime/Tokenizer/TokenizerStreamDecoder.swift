/// Decodes tokens one at a time for streaming output. Byte-level tokens can end inside a UTF-8
/// sequence (one emoji may span several tokens), so bytes of an unfinished character wait for
/// the next token; only complete text is returned. Bytes that can never form a character come
/// out as U+FFFD, exactly as `decode` of the whole sequence would show them.
public struct TokenizerStreamDecoder {
    public let tokenizer: Tokenizer
    public let skipSpecialTokens: Bool
    private var pending: [UInt8] = []

    public init(tokenizer: Tokenizer, skipSpecialTokens: Bool = false) {
        self.tokenizer = tokenizer
        self.skipSpecialTokens = skipSpecialTokens
    }

    /// Adds one token; returns the text that is now complete (possibly empty).
    public mutating func push(_ id: Int) throws -> String {
        try tokenizer.appendBytes(of: id, skipSpecialTokens: skipSpecialTokens, to: &pending)
        let complete = Self.completePrefixLength(pending)
        guard complete > 0 else { return "" }
        let text = String(decoding: pending[0..<complete], as: UTF8.self)
        pending.removeFirst(complete)
        return text
    }

    /// Whatever is still held back, with an unfinished character as U+FFFD; resets the decoder.
    public mutating func finish() -> String {
        defer { pending.removeAll() }
        return String(decoding: pending, as: UTF8.self)
    }

    /// Length of the longest prefix that does not end in the middle of a character which later
    /// bytes could still complete.
    static func completePrefixLength(_ bytes: [UInt8]) -> Int {
        let n = bytes.count
        // A character is at most 4 bytes: look back at most 3 bytes for its lead byte.
        var start = n - 1
        while start >= 0 && start > n - 4 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        guard start >= 0 else { return n }
        let lead = bytes[start]
        let need: Int
        switch lead {
        case 0xC2...0xDF: need = 2
        case 0xE0...0xEF: need = 3
        case 0xF0...0xF4: need = 4
        default: return n // ASCII, a stray continuation or an invalid byte: nothing to wait for
        }
        let have = n - start
        guard have < need else { return n }
        // Wait only if the bytes so far can still begin a valid sequence.
        if have >= 2 {
            let second = bytes[start + 1]
            let (lo, hi): (UInt8, UInt8)
            switch lead {
            case 0xE0: (lo, hi) = (0xA0, 0xBF)
            case 0xED: (lo, hi) = (0x80, 0x9F)
            case 0xF0: (lo, hi) = (0x90, 0xBF)
            case 0xF4: (lo, hi) = (0x80, 0x8F)
            default: (lo, hi) = (0x80, 0xBF)
            }
            if second < lo || second > hi { return n }
        }
        return start
    }
}
