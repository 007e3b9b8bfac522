import Foundation
import Runtime
import XCTest

/// The hand-written scanner against the split regex itself (ICU via NSRegularExpression, with
/// `\s` spelled as Oniguruma's White_Space).
final class TokenizerSplitterTests: XCTestCase {
    func check(_ pattern: String, _ texts: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        let scanner = try XCTUnwrap(Qwen2Splitter.forPattern(pattern))
        let regex = try TokenizerRegexSplitter(pattern: pattern)
        for text in texts {
            let fast = scanner.pieces(of: text)
            let reference = regex.pieces(of: text)
            XCTAssertEqual(fast.map { Array($0.unicodeScalars) }, reference.map { Array($0.unicodeScalars) },
                           "text: \(text.debugDescription)", file: file, line: line)
            if fast.map({ Array($0.utf8) }) != reference.map({ Array($0.utf8) }) {
                print("text \(text.debugDescription)\n fast \(fast)\n  ref \(reference)")
            }
        }
    }

    static let handPicked = [
        "Hello world", "  leading spaces\n\n\ttabs  ", "don't I'll we've THEY'RE 'S 'sample", "x\r\ny\r\n",
        "1234567890 12.5%", "a  \n  b", "a \n", "   ", "\n", " \n \n ", "end  ", "$$\\int_0^1 x^2\\,dx$$",
        "数学问题：求 x 的值。", "émoji 🎉🚀 café", "tab\tand  double  space", "'ſ 'Ll", "\u{A0}word \u{3000}字",
        "?!\n\n", " ?!\r\n", "a\u{0B}b\u{85}c\u{2028}d", "٣٤ ²³ Ⅻ", "--x", "e\u{301}\u{301}t",
    ]

    func testQwen2ScannerMatchesRegex() throws {
        var random = TokenizerTestRandom(state: 42)
        var texts = Self.handPicked
        for _ in 0..<600 { texts.append(TokenizerRandomText.make(&random, length: 1 + random.below(40))) }
        try check(Qwen2Splitter.qwen2Pattern, texts)
    }

    func testLlama3ScannerMatchesRegex() throws {
        var random = TokenizerTestRandom(state: 7)
        var texts = Self.handPicked
        for _ in 0..<300 { texts.append(TokenizerRandomText.make(&random, length: 1 + random.below(40))) }
        try check(Qwen2Splitter.llama3Pattern, texts)
    }

    func testKnownSplits() {
        let scanner = Qwen2Splitter.forPattern(Qwen2Splitter.qwen2Pattern)!
        XCTAssertEqual(scanner.pieces(of: "  leading spaces\n\n\ttabs  "), [" ", " leading", " spaces", "\n\n", "\ttabs", "  "])
        XCTAssertEqual(scanner.pieces(of: "don't THEY'RE"), ["don", "'t", " THEY", "'RE"])
        XCTAssertEqual(scanner.pieces(of: "2+2?"), ["2", "+", "2", "?"])
        XCTAssertEqual(Qwen2Splitter.forPattern(Qwen2Splitter.llama3Pattern)!.pieces(of: "12345"), ["123", "45"])
        XCTAssertNil(Qwen2Splitter.forPattern("\\s+"))
    }
}
