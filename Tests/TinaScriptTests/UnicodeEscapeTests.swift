import TinaScript
import XCTest

/// String escapes in both spellings, so JSON text pasted into a script reads the same.
final class UnicodeEscapeTests: XCTestCase {
    func testJSONAndBracedUnicodeEscapes() {
        let s = CapturedSession(echo: false)
        XCTAssertEqual(s.run(#"print("\u6570\u5b66", "\u{6570}", len("\ud83d\ude00"), "\u00e9" == "é")"#), "数学 数 1 true\n")
        XCTAssertTrue(s.run(#"print("\ud83d")"#).contains("unpaired surrogate"))
        XCTAssertTrue(s.run(#"print("\u12")"#).contains("bad unicode escape"))
    }
}
