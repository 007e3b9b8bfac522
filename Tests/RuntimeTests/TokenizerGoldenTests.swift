import Foundation
import Runtime
import XCTest

final class TokenizerGoldenTests: XCTestCase {
    func testEncodeGoldens() throws {
        let tok = try TokenizerFixtures.tokenizer.get()
        let cases = try XCTUnwrap(TokenizerFixtures.goldenJSON()["tokenizer"]?.arrayValue)
        XCTAssertEqual(cases.count, 20)
        for c in cases {
            let text = try XCTUnwrap(c["text"]?.stringValue)
            XCTAssertEqual(tok.encode(text, addSpecialTokens: false), c["ids"]!.intArray, "text: \(text.debugDescription)")
            XCTAssertEqual(tok.encode(text, addSpecialTokens: true), c["ids_with_special"]!.intArray, "text: \(text.debugDescription)")
        }
    }

    func testDecodeGoldens() throws {
        let tok = try TokenizerFixtures.tokenizer.get()
        let cases = try XCTUnwrap(TokenizerFixtures.goldenJSON()["decode"]?.arrayValue)
        XCTAssertEqual(cases.count, 3)
        for c in cases {
            let ids = c["ids"]!.intArray
            XCTAssertEqual(try tok.decode(ids), c["text"]?.stringValue)
            XCTAssertEqual(try tok.decode(ids, skipSpecialTokens: true), c["text_skip_special"]?.stringValue)
        }
    }

    func testChatTemplateGoldens() throws {
        let tok = try TokenizerFixtures.tokenizer.get()
        let cases = try XCTUnwrap(TokenizerFixtures.goldenJSON()["chat_template"]?.arrayValue)
        XCTAssertEqual(cases.count, 6)
        for c in cases {
            let messages = (c["messages"]?.arrayValue ?? []).map(JinjaValue.init(json:))
            let generation = try XCTUnwrap(c["add_generation_prompt"]?.boolValue)
            let text = try tok.applyChatTemplate(messages: messages, addGenerationPrompt: generation)
            XCTAssertEqual(text, c["text"]?.stringValue)
            XCTAssertEqual(tok.encode(text, addSpecialTokens: false), c["ids"]!.intArray)
        }
    }

    func testSpecialTokenIdsAndVocabulary() throws {
        let tok = try TokenizerFixtures.tokenizer.get()
        XCTAssertEqual(tok.vocabSize, 151665)
        XCTAssertEqual(tok.bosTokenId, 151646)
        XCTAssertEqual(tok.eosTokenIds, [151643])
        XCTAssertEqual(tok.padTokenId, 151643)
        XCTAssertEqual(tok.token(for: 1879), "Ġworld")
        XCTAssertEqual(tok.id(for: "Ġworld"), 1879)
        XCTAssertEqual(tok.id(for: "<think>"), 151648)
        XCTAssertEqual(tok.token(for: 151649), "</think>")
        XCTAssertNil(tok.token(for: 151665))
        XCTAssertNil(tok.token(for: -1))
        XCTAssertNil(tok.id(for: "no such token here"))
    }

    func testConvenienceMessages() throws {
        let tok = try TokenizerFixtures.tokenizer.get()
        let text = try tok.applyChatTemplate(messages: [["role": "user", "content": "What is 2+2?"]])
        XCTAssertEqual(text, "<｜begin▁of▁sentence｜><｜User｜>What is 2+2?<｜Assistant｜><think>\n")
    }
}
