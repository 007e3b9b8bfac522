/// JSON string literals, written one way for every JSON the project emits (datasets, chat
/// templates' `tojson`, TinaScript's `json` and value display).
public enum JSONText {
    /// `s` in double quotes with quotes, backslashes and control characters escaped.
    public static func quoted(_ s: String) -> String {
        var out = ""
        quote(s, into: &out)
        return out
    }

    public static func quote(_ s: String, into out: inout String) {
        out += "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{08}": out += "\\b"
            case "\u{0C}": out += "\\f"
            default:
                if c.value < 0x20 {
                    let hex = String(c.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        out += "\""
    }
}

extension JSONText {
    /// Decodes one string escape whose letter `e` was just read (`pos` is past it), appending its
    /// UTF-8 bytes to `out`; `\u` digits are read from `bytes` at `pos`. A high surrogate followed by
    /// a low one makes one character; a lone surrogate becomes U+FFFD, as lenient decoders do.
    /// Returns nil, or what is wrong with the escape.
    public static func unescape<C: RandomAccessCollection>(_ e: UInt8, _ bytes: C, _ pos: inout Int,
                                                           into out: inout [UInt8]) -> String?
    where C.Element == UInt8, C.Index == Int {
        switch e {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
        case UInt8(ascii: "b"): out.append(0x08)
        case UInt8(ascii: "f"): out.append(0x0C)
        case UInt8(ascii: "n"): out.append(0x0A)
        case UInt8(ascii: "r"): out.append(0x0D)
        case UInt8(ascii: "t"): out.append(0x09)
        case UInt8(ascii: "u"):
            guard var code = hex4(bytes, pos) else { return "truncated or bad \\u escape" }
            pos += 4
            if (0xD800..<0xDC00).contains(code), pos + 1 < bytes.endIndex,
               bytes[pos] == UInt8(ascii: "\\"), bytes[pos + 1] == UInt8(ascii: "u"),
               let low = hex4(bytes, pos + 2), (0xDC00..<0xE000).contains(low) {
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                pos += 6
            }
            let scalar = Unicode.Scalar(code) ?? "\u{FFFD}"
            out.append(contentsOf: Array(String(Character(scalar)).utf8))
        default:
            return "invalid escape '\\\(Character(Unicode.Scalar(e)))'"
        }
        return nil
    }

    /// Four hex digits at `at`, or nil.
    static func hex4<C: RandomAccessCollection>(_ bytes: C, _ at: Int) -> UInt32? where C.Element == UInt8, C.Index == Int {
        guard at >= bytes.startIndex, at + 4 <= bytes.endIndex else { return nil }
        var v: UInt32 = 0
        for i in at..<at + 4 {
            let c = bytes[i]
            let d: UInt32
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
            default: return nil
            }
            v = v << 4 | d
        }
        return v
    }
}
