/// Character classes the split patterns use, as bit flags per Unicode scalar.
/// `\s` follows Oniguruma (the regex engine of Hugging Face tokenizers): the White_Space property.
enum TokenizerCharClass {
    static let letter: UInt8 = 1      // \p{L}
    static let number: UInt8 = 2      // \p{N}
    static let space: UInt8 = 4       // \s
    static let newline: UInt8 = 8     // [\r\n]
    static let blank: UInt8 = 16      // U+0020 itself
    static let apostrophe: UInt8 = 32 // U+0027

    /// Table for the first three planes, where nearly all text lives; above, properties are asked.
    static let tableLimit = 0x30000
    static let table: [UInt8] = {
        var t = [UInt8](repeating: 0, count: tableLimit)
        for v in 0..<tableLimit {
            if let s = Unicode.Scalar(UInt32(v)) { t[v] = compute(s) }
        }
        return t
    }()

    static func compute(_ s: Unicode.Scalar) -> UInt8 {
        var c: UInt8 = 0
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter:
            c |= letter
        case .decimalNumber, .letterNumber, .otherNumber:
            c |= number
        default: break
        }
        if s.properties.isWhitespace { c |= space }
        if s == "\r" || s == "\n" { c |= newline }
        if s == " " { c |= blank }
        if s == "'" { c |= apostrophe }
        return c
    }

    @inline(__always) static func of(_ v: UInt32) -> UInt8 {
        if v < UInt32(tableLimit) { return table.withUnsafeBufferPointer { $0[Int(v)] } }
        guard let s = Unicode.Scalar(v) else { return 0 }
        return compute(s)
    }
}
