import Foundation

/// One entry of `added_tokens` in tokenizer.json.
public struct AddedToken: Equatable {
    public let id: Int
    public let content: String
    public let special: Bool
    public let lstrip: Bool
    public let rstrip: Bool
    public let singleWord: Bool
    public let normalized: Bool

    init(json: TokenizerJSON, file: String) throws {
        guard let id = json["id"]?.intValue else { throw TokenizerError.missingField(file: file, field: "added_tokens[].id") }
        guard id >= 0 && id <= BPEMergeTable.maxId else {
            throw TokenizerError.invalidField(file: file, field: "added_tokens[].id", reason: "\(id) is not from 0 to \(BPEMergeTable.maxId)")
        }
        guard let content = json["content"]?.stringValue, !content.isEmpty else {
            throw TokenizerError.missingField(file: file, field: "added_tokens[\(id)].content")
        }
        self.id = id
        self.content = content
        special = json["special"]?.boolValue ?? false
        lstrip = json["lstrip"]?.boolValue ?? false
        rstrip = json["rstrip"]?.boolValue ?? false
        singleWord = json["single_word"]?.boolValue ?? false
        normalized = json["normalized"]?.boolValue ?? !special
    }
}

/// Finds added tokens in text: leftmost match first, the longest at that position, as Hugging Face
/// tokenizers' Aho-Corasick automaton does. Candidates are bucketed by first byte, so ordinary text
/// costs one table probe per byte.
struct AddedTokenMatcher {
    private let tokens: [AddedToken]
    private let bytes: [[UInt8]]
    /// Indices into `tokens` by first byte, longest first.
    private let buckets: [[Int]]

    init(_ tokens: [AddedToken]) {
        self.tokens = tokens
        let bytes = tokens.map { Array($0.content.utf8) }
        self.bytes = bytes
        var buckets = [[Int]](repeating: [], count: 256)
        for (i, b) in bytes.enumerated() { buckets[Int(b[0])].append(i) }
        for i in 0..<256 { buckets[i].sort { bytes[$0].count > bytes[$1].count } }
        self.buckets = buckets
    }

    var isEmpty: Bool { tokens.isEmpty }

    /// A stretch of text: plain bytes, or an added token (id) covering the range.
    enum Segment: Equatable {
        case text(Range<Int>)
        case token(Int)
    }

    func segments(of text: UnsafeBufferPointer<UInt8>) -> [Segment] {
        if tokens.isEmpty { return text.isEmpty ? [] : [.text(0..<text.count)] }
        var out: [Segment] = []
        var plainStart = 0
        var i = 0
        let n = text.count
        while i < n {
            var matched: (token: AddedToken, start: Int, end: Int)?
            for t in buckets[Int(text[i])] {
                let b = bytes[t]
                guard i + b.count <= n, b.withUnsafeBufferPointer({ memcmp($0.baseAddress!, text.baseAddress! + i, b.count) }) == 0 else { continue }
                let token = tokens[t]
                if token.singleWord && !(isWordBoundary(text, before: i) && isWordBoundary(text, after: i + b.count)) { continue }
                matched = (token, i, i + b.count)
                break
            }
            guard var m = matched else { i += 1; continue }
            if m.token.lstrip {
                while m.start > plainStart, let s = scalar(endingAt: m.start, in: text), s.properties.isWhitespace {
                    m.start -= UTF8.width(s)
                }
            }
            if m.token.rstrip {
                while m.end < n, let s = scalar(startingAt: m.end, in: text), s.properties.isWhitespace {
                    m.end += UTF8.width(s)
                }
            }
            if m.start > plainStart { out.append(.text(plainStart..<m.start)) }
            out.append(.token(m.token.id))
            plainStart = m.end
            i = m.end
        }
        if plainStart < n { out.append(.text(plainStart..<n)) }
        return out
    }

    private func isWordCharacter(_ s: Unicode.Scalar) -> Bool {
        s == "_" || TokenizerCharClass.of(s.value) & (TokenizerCharClass.letter | TokenizerCharClass.number) != 0
    }

    private func isWordBoundary(_ text: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        guard let s = scalar(endingAt: i, in: text) else { return true }
        return !isWordCharacter(s)
    }

    private func isWordBoundary(_ text: UnsafeBufferPointer<UInt8>, after i: Int) -> Bool {
        guard let s = scalar(startingAt: i, in: text) else { return true }
        return !isWordCharacter(s)
    }

    private func scalar(startingAt i: Int, in text: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard i < text.count else { return nil }
        var it = UnsafeBufferPointer(rebasing: text[i...]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let s) = decoder.decode(&it) { return s }
        return nil
    }

    private func scalar(endingAt i: Int, in text: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard i > 0 else { return nil }
        var start = i - 1
        while start > 0 && text[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start, in: text)
    }
}
