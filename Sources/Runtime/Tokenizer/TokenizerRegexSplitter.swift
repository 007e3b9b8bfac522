import Foundation

/// Runs a split pattern from tokenizer.json with ICU's regex engine (Foundation's
/// NSRegularExpression). It serves any pattern the hand-written scanner does not cover and is the
/// plain reference the scanner is tested against. Hugging Face tokenizers matches with Oniguruma,
/// whose `\s` is the White_Space property; ICU's `\s` lacks U+000B and U+0085, so `\s` and `\S`
/// are spelled out before compiling.
public struct TokenizerRegexSplitter {
    let regex: NSRegularExpression

    static let whiteSpace = #"\t\n\x{0B}\f\r\x{85}\p{Z}"#

    public init(pattern: String, file: String = "(pattern)") throws {
        do {
            regex = try NSRegularExpression(pattern: Self.translate(pattern), options: [])
        } catch {
            throw TokenizerError.invalidField(file: file, field: "pre_tokenizer.pattern.Regex",
                                              reason: "cannot compile '\(pattern)': \(error.localizedDescription)")
        }
    }

    init(literal: String) {
        regex = try! NSRegularExpression(pattern: NSRegularExpression.escapedPattern(for: literal), options: [])
    }

    /// Rewrites Oniguruma's `\s`/`\S` as explicit sets, inside and outside bracket expressions.
    static func translate(_ pattern: String) -> String {
        var out = ""
        var inClass = 0
        var chars = pattern.makeIterator()
        while let c = chars.next() {
            if c == "\\" {
                guard let e = chars.next() else { out.append(c); break }
                switch (e, inClass > 0) {
                case ("s", false): out += "[\(whiteSpace)]"
                case ("S", false): out += "[^\(whiteSpace)]"
                case ("s", true): out += whiteSpace
                case ("S", true): out += "[^\(whiteSpace)]"
                default: out.append(c); out.append(e)
                }
                continue
            }
            if c == "[" { inClass += 1 } else if c == "]" && inClass > 0 { inClass -= 1 }
            out.append(c)
        }
        return out
    }

    /// The text cut at the matches, keeping the matches and the text between them as pieces
    /// (the Isolated behaviour), for tests and inspection.
    public func pieces(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var out: [String] = []
            var cursor = 0
            func piece(_ r: Range<Int>) { out.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[r]), as: UTF8.self)) }
            for m in matches(in: bytes) {
                if m.lowerBound > cursor { piece(cursor..<m.lowerBound) }
                piece(m)
                cursor = m.upperBound
            }
            if cursor < bytes.count { piece(cursor..<bytes.count) }
            return out
        }
    }

    /// Byte ranges of the matches in `text` (valid UTF-8).
    func matches(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        let string = String(decoding: text, as: UTF8.self)
        // UTF-16 offset -> UTF-8 offset, to bring ICU's answers back to bytes.
        var utf8At = [Int](repeating: 0, count: string.utf16.count + 1)
        var u16 = 0
        var u8 = 0
        for scalar in string.unicodeScalars {
            utf8At[u16] = u8
            if scalar.value > 0xFFFF { utf8At[u16 + 1] = u8 }
            u16 += scalar.value > 0xFFFF ? 2 : 1
            u8 += UTF8.width(scalar)
        }
        utf8At[u16] = u8
        let found = regex.matches(in: string, options: [], range: NSRange(location: 0, length: u16))
        return found.compactMap { m in
            guard m.range.length > 0 else { return nil }
            return utf8At[m.range.location]..<utf8At[m.range.location + m.range.length]
        }
    }
}
