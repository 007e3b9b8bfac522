import Runtime
import XCTest

/// HMAC-SHA256 against RFC 4231's test vectors (the Jupyter kernel signs every message with it).
final class HMACTests: XCTestCase {
    private func mac(_ key: [UInt8], _ message: String, split: Int? = nil) -> String {
        let bytes = Array(message.utf8)
        let parts = split.map { [Array(bytes[..<$0]), Array(bytes[$0...])] } ?? [bytes]
        return SHA256Hasher.hexText(HMACSHA256(key: key).mac(parts))
    }

    func testRFC4231Vectors() {
        XCTAssertEqual(mac([UInt8](repeating: 0x0b, count: 20), "Hi There"),
                       "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
        XCTAssertEqual(mac(Array("Jefe".utf8), "what do ya want for nothing?"),
                       "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
        // A key longer than the block is hashed first.
        XCTAssertEqual(mac([UInt8](repeating: 0xaa, count: 131), "Test Using Larger Than Block-Size Key - Hash Key First"),
                       "60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
    }

    func testPartsAreConcatenatedAndComparisonIsExact() {
        let key = Array("Jefe".utf8)
        XCTAssertEqual(mac(key, "what do ya want for nothing?", split: 9), mac(key, "what do ya want for nothing?"))
        let a = HMACSHA256(key: key).mac([Array("x".utf8)])
        var b = a
        b[31] ^= 1
        XCTAssertTrue(HMACSHA256.equalInConstantTime(a, a))
        XCTAssertFalse(HMACSHA256.equalInConstantTime(a, b))
        XCTAssertFalse(HMACSHA256.equalInConstantTime(a, Array(a.prefix(31))))
    }
}
