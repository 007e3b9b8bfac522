import Foundation
import Runtime
import XCTest

final class TokenizerRoundTripTests: XCTestCase {
    /// decode(encode(text)) gives back the text in NFC, for random text of many scripts.
    func testDecodeOfEncodeIsNFC() throws {
        let tok = try TokenizerFixtures.tokenizer.get()
        var random = TokenizerTestRandom(state: 2026)
        for _ in 0..<1500 {
            let text = TokenizerRandomText.make(&random, length: random.below(60))
            let ids = tok.encode(text, addSpecialTokens: false)
            let back = try tok.decode(ids)
            // Added tokens are cut out before normalisation, so NFC applies between them.
            let expected = text.precomposedStringWithCanonicalMapping
            XCTAssertSameScalars(back, expected, "text: \(text.debugDescription)")
        }
    }

    /// Text already in NFC is encoded the same whether or not the quick check lets it skip
    /// normalisation; and every scalar the quick check calls stable is its own NFC.
    func testQuickCheckOnlyPassesNFCText() {
        var stable = 0
        for v in 0..<0x20000 {
            guard let s = Unicode.Scalar(UInt32(v)), TokenizerNFCQuickCheck.isStableScalar(UInt32(v)) else { continue }
            stable += 1
            let text = String(Character(s))
            XCTAssertSameScalars(text.precomposedStringWithCanonicalMapping, text, "U+\(String(v, radix: 16))")
            XCTAssertEqual(s.properties.canonicalCombiningClass, .notReordered, "U+\(String(v, radix: 16))")
        }
        XCTAssertGreaterThan(stable, 30000)
        XCTAssertFalse(TokenizerNFCQuickCheck.isStable("Cafe\u{301}"))
        XCTAssertFalse(TokenizerNFCQuickCheck.isStable("\u{2126} ohm"))
        XCTAssertTrue(TokenizerNFCQuickCheck.isStable("plain ASCII, 数学, 😀"))
    }

    /// Streaming decode returns only whole characters and adds up to the full decode.
    func testStreamDecoderMatchesFullDecode() throws {
        let tok = try TokenizerFixtures.tokenizer.get()
        var random = TokenizerTestRandom(state: 99)
        for round in 0..<300 {
            var ids = tok.encode(TokenizerRandomText.make(&random, length: random.below(30)), addSpecialTokens: round % 2 == 0)
            // Single-byte tokens split characters across tokens, sometimes invalidly.
            for _ in 0..<random.below(4) {
                let byteToken = tok.id(for: String(Character(Unicode.Scalar(0x100 + UInt32(random.below(34)))!)))
                    ?? tok.id(for: "\u{00C3}")!
                ids.insert(byteToken, at: random.below(ids.count + 1))
            }
            for skip in [false, true] {
                var stream = TokenizerStreamDecoder(tokenizer: tok, skipSpecialTokens: skip)
                var pieces: [String] = []
                for id in ids { pieces.append(try stream.push(id)) }
                pieces.append(stream.finish())
                XCTAssertSameScalars(pieces.joined(), try tok.decode(ids, skipSpecialTokens: skip), "ids \(ids)")
            }
        }
        // " 🎉" is split over three tokens (11162 236 231): the emoji waits until it completes.
        var stream = TokenizerStreamDecoder(tokenizer: tok)
        XCTAssertEqual(try stream.push(11162), " ")
        XCTAssertEqual(try stream.push(236), "")
        XCTAssertEqual(try stream.push(231), "🎉")
        XCTAssertEqual(stream.finish(), "")
    }

    func testLongWordsUseTheSameMergesAsShortOnes() throws {
        // Words longer than the linear-scan limit take the heap path; both must agree with the
        // per-word result of shorter text (a CJK run with no spaces is one long word).
        let tok = try TokenizerFixtures.tokenizer.get()
        let phrase = "数学问题求的值"
        let long = String(repeating: phrase, count: 40)
        let ids = tok.encode(long, addSpecialTokens: false)
        XCTAssertSameScalars(try tok.decode(ids), long)
        let aaa = String(repeating: "a", count: 300)
        XCTAssertSameScalars(try tok.decode(tok.encode(aaa, addSpecialTokens: false)), aaa)
        let dashes = String(repeating: "=", count: 1000)
        XCTAssertSameScalars(try tok.decode(tok.encode(dashes, addSpecialTokens: false)), dashes)
    }
}

final class TokenizerConcurrencyTests: XCTestCase {
    /// One tokenizer shared by several threads gives each the same ids as a lone caller.
    func testConcurrentEncodesAgree() throws {
        let tok = try TokenizerFixtures.tokenizer.get()
        var random = TokenizerTestRandom(state: 31)
        let texts = (0..<64).map { _ in TokenizerRandomText.make(&random, length: 40) }
        let expected = texts.map { tok.encode($0) }
        let results = UnsafeMutableBufferPointer<[Int]>.allocate(capacity: texts.count * 4)
        results.initialize(repeating: [])
        defer { results.deallocate() }
        DispatchQueue.concurrentPerform(iterations: texts.count * 4) { i in
            results[i] = tok.encode(texts[i % texts.count])
        }
        for i in 0..<results.count { XCTAssertEqual(results[i], expected[i % texts.count]) }
    }
}
