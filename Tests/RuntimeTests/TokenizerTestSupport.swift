import Foundation
import Runtime
import XCTest

/// Seeded SplitMix64 for reproducible random text.
struct TokenizerTestRandom {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }
}

/// Random text that stresses the split pattern and normalisation: letters and digits of many
/// scripts, Unicode spaces and line breaks, contractions in both cases, combining marks,
/// emoji, and characters whose NFC form differs.
enum TokenizerRandomText {
    static let pools: [[String]] = [
        ["a", "b", "Z", "q", "x", "é", "ß", "Ω", "ж", "λ", "ſ", "K", "ǅ", "ʰ", "中", "文", "の", "한", "ع", "א", "ก"],
        ["0", "7", "٣", "²", "１", "Ⅻ", "½", "߂"],
        [" ", " ", " ", "\t", "\n", "\r", "\r\n", "\u{A0}", "\u{2003}", "\u{3000}", "\u{85}", "\u{0B}", "\u{0C}", "\u{2028}", "\u{1680}"],
        ["'s", "'T", "'re", "'VE", "'m", "'Ll", "'d", "'x", "'", "'ſ"],
        [".", ",", "!", "?", "-", "$", "\\", "{", "}", "^", "_", "(", ")", "=", "+", "…", "—", "«", "»", "。", "，", "·"],
        ["\u{301}", "\u{308}", "\u{200D}", "\u{FE0F}", "\u{3099}", "e\u{301}", "\u{1100}\u{1161}", "\u{212B}", "\u{2126}", "\u{FB01}"],
        ["🎉", "🚀", "😀", "👍🏽", "🇫🇷", "𝔘", "𠀀"],
        ["<think>", "</think>", "<｜User｜>", "<|EOT|>", "<｜end▁of▁sentence｜>"],
    ]

    static func make(_ random: inout TokenizerTestRandom, length: Int, allowAddedTokens: Bool = true) -> String {
        var s = ""
        let poolCount = allowAddedTokens ? pools.count : pools.count - 1
        for _ in 0..<length {
            // Favour letters and spaces so words form.
            let r = random.below(10)
            let pool = r < 4 ? pools[0] : r < 6 ? pools[2] : pools[random.below(poolCount)]
            var piece = pool[random.below(pool.count)]
            if random.below(4) == 0, pool == pools[0] { piece = String(repeating: piece, count: 1 + random.below(5)) }
            s += piece
        }
        return s
    }
}

func XCTAssertSameScalars(_ a: String, _ b: String, _ message: String = "", file: StaticString = #filePath, line: UInt = #line) {
    // String's == accepts canonically equivalent text; normalisation tests need the exact scalars.
    XCTAssertEqual(Array(a.unicodeScalars), Array(b.unicodeScalars), message, file: file, line: line)
}
