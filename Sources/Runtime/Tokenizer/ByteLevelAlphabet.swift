/// GPT-2's reversible map from bytes to printable characters: byte-level BPE vocabularies spell
/// every token in this alphabet (a space is "Ġ", a newline "Ċ").
enum ByteLevelAlphabet {
    /// Unicode scalar value standing for each byte.
    static let scalarForByte: [UInt32] = {
        var table = [UInt32](repeating: 0, count: 256)
        var next: UInt32 = 256
        for b in 0..<256 {
            let printable = (33...126).contains(b) || (161...172).contains(b) || (174...255).contains(b)
            if printable {
                table[b] = UInt32(b)
            } else {
                table[b] = next
                next += 1
            }
        }
        return table
    }()

    /// Inverse of `scalarForByte`, indexed by scalar value (all lie below 324).
    static let byteForScalar: [Int16] = {
        var table = [Int16](repeating: -1, count: 324)
        for (b, s) in scalarForByte.enumerated() { table[Int(s)] = Int16(b) }
        return table
    }()

    /// Appends the bytes a token spelled in the alphabet stands for; when some character is not
    /// in the alphabet (added tokens such as "<｜User｜>") the token's own UTF-8 is appended.
    static func appendBytes(ofToken token: String, to out: inout [UInt8]) {
        let start = out.count
        for scalar in token.unicodeScalars {
            let v = Int(scalar.value)
            guard v < byteForScalar.count, byteForScalar[v] >= 0 else {
                out.removeSubrange(start...)
                out.append(contentsOf: token.utf8)
                return
            }
            out.append(UInt8(byteForScalar[v]))
        }
    }

    /// Spells raw bytes in the alphabet.
    static func token(ofBytes bytes: some Sequence<UInt8>) -> String {
        var s = String.UnicodeScalarView()
        for b in bytes { s.append(Unicode.Scalar(scalarForByte[Int(b)])!) }
        return String(s)
    }
}
