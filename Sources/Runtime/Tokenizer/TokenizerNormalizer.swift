import Foundation

/// The `normalizer` of tokenizer.json.
indirect enum TokenizerNormalizer {
    case nfc, nfd, nfkc, nfkd, lowercase
    case sequence([TokenizerNormalizer])

    init(json: TokenizerJSON, file: String) throws {
        guard let type = json["type"]?.stringValue else { throw TokenizerError.missingField(file: file, field: "normalizer.type") }
        switch type {
        case "NFC": self = .nfc
        case "NFD": self = .nfd
        case "NFKC": self = .nfkc
        case "NFKD": self = .nfkd
        case "Lowercase": self = .lowercase
        case "Sequence":
            guard let items = json["normalizers"]?.arrayValue else {
                throw TokenizerError.missingField(file: file, field: "normalizer.normalizers")
            }
            self = .sequence(try items.map { try TokenizerNormalizer(json: $0, file: file) })
        default:
            throw TokenizerError.unsupported(file: file, component: "normalizer", type: type)
        }
    }

    /// True when normalising cannot change these bytes (the common case, checked without copying).
    func leavesUnchanged(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        switch self {
        case .nfc: return TokenizerNFCQuickCheck.isStable(bytes)
        case .sequence(let items): return items.allSatisfy { $0.leavesUnchanged(bytes) }
        default: return false
        }
    }

    func apply(_ text: String) -> String {
        switch self {
        case .nfc: return text.precomposedStringWithCanonicalMapping
        case .nfd: return text.decomposedStringWithCanonicalMapping
        case .nfkc: return text.precomposedStringWithCompatibilityMapping
        case .nfkd: return text.decomposedStringWithCompatibilityMapping
        case .lowercase: return text.lowercased()
        case .sequence(let items): return items.reduce(text) { $1.apply($0) }
        }
    }
}

/// A conservative test that UTF-8 text is already in NFC: every scalar lies in ranges whose
/// characters have no canonical decomposition change under NFC, combining class 0, and never
/// compose with a preceding character. Anything else takes the full normalisation.
public enum TokenizerNFCQuickCheck {
    /// Whether `text` passes the quick check (then it is certainly in NFC).
    public static func isStable(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { isStable($0) }
    }

    static func isStable(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 { i += 1; continue }
            var v: UInt32
            if b0 < 0xE0 {
                v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F); i += 2
            } else if b0 < 0xF0 {
                v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F); i += 3
            } else {
                v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                    | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F); i += 4
            }
            if !isStableScalar(v) { return false }
        }
        return true
    }

    @inline(__always) public static func isStableScalar(_ v: UInt32) -> Bool {
        switch v {
        case 0..<0x300,          // Latin up to the combining diacritics
             0x400..<0x483,      // Cyrillic letters
             0x2010..<0x2028,    // dashes, quotes, bullets
             0x2030..<0x205F,    // per mille, primes, punctuation
             0x2190..<0x2200,    // arrows
             0x2200..<0x2300,    // mathematical operators (the negated ones are decomposable but stable)
             0x2500..<0x2600,    // box drawing, blocks, shapes
             0x3000..<0x302A,    // CJK punctuation (the tone marks after it combine)
             0x3030..<0x3099,    // hiragana
             0x30A1..<0x30F7,    // katakana
             0x4E00..<0xA000,    // CJK unified ideographs
             0xAC00..<0xD7A4,    // Hangul syllables (the jamo that compose with them are excluded)
             0xFF01..<0xFF61,    // fullwidth forms
             0x1F300..<0x1FB00:  // emoji
            return true
        default:
            return false
        }
    }
}
