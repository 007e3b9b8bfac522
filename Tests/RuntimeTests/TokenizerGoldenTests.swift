import Foundation
import Runtime
import XCTest

/// transformers' own encodings, decodings and chat-template renderings of the shared fixture
/// models (DeepSeek-R1-Distill, Qwen3 and Llama 3 layouts), from the golden files beside them.
final class TokenizerGoldenTests: XCTestCase {
    func testEncodeGoldens() throws {
        for model in TokenizerFixtures.goldenModels {
            let tok = try model.tokenizer.get()
            let cases = try XCTUnwrap(model.goldenJSON()["tokenizer"]?.arrayValue, model.name)
            XCTAssertEqual(cases.count, model.counts.tokenizer, model.name)
            for c in cases {
                let text = try XCTUnwrap(c["text"]?.stringValue)
                let what = "\(model.name), text: \(text.debugDescription)"
                XCTAssertEqual(tok.encode(text, addSpecialTokens: false), c["ids"]!.intArray, what)
                XCTAssertEqual(tok.encode(text, addSpecialTokens: true), c["ids_with_special"]!.intArray, what)
            }
        }
    }

    func testDecodeGoldens() throws {
        for model in TokenizerFixtures.goldenModels {
            let tok = try model.tokenizer.get()
            let cases = try XCTUnwrap(model.goldenJSON()["decode"]?.arrayValue, model.name)
            XCTAssertEqual(cases.count, model.counts.decode, model.name)
            for c in cases {
                let ids = c["ids"]!.intArray
                XCTAssertEqual(try tok.decode(ids), c["text"]?.stringValue, "\(model.name): \(ids)")
                XCTAssertEqual(try tok.decode(ids, skipSpecialTokens: true), c["text_skip_special"]?.stringValue, "\(model.name): \(ids)")
            }
        }
    }

    /// Cases with `template_kwargs` were rendered with those extra template variables.
    func testChatTemplateGoldens() throws {
        for model in TokenizerFixtures.goldenModels {
            let tok = try model.tokenizer.get()
            let cases = try XCTUnwrap(model.goldenJSON()["chat_template"]?.arrayValue, model.name)
            XCTAssertEqual(cases.count, model.counts.chat, model.name)
            for (n, c) in cases.enumerated() {
                let messages = (c["messages"]?.arrayValue ?? []).map(JinjaValue.init(json:))
                let generation = try XCTUnwrap(c["add_generation_prompt"]?.boolValue)
                var context: [String: JinjaValue] = [:]
                for (k, v) in c["template_kwargs"]?.objectValue ?? [] { context[k] = JinjaValue(json: v) }
                let text = try tok.applyChatTemplate(messages: messages, addGenerationPrompt: generation, context: context)
                XCTAssertSameScalars(text, c["text"]?.stringValue ?? "<no text>", "\(model.name) case \(n)")
                XCTAssertEqual(tok.encode(text, addSpecialTokens: false), c["ids"]!.intArray, "\(model.name) case \(n)")
            }
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

    /// Qwen3 has no BOS and stops on <|im_end|> and <|endoftext|>; Llama 3 prepends
    /// <|begin_of_text|> and stops on all three ids of generation_config.json.
    func testQwen3AndLlama3SpecialTokens() throws {
        let qwen = try TokenizerFixtures.qwen3.tokenizer.get()
        XCTAssertNil(qwen.bosTokenId)
        XCTAssertEqual(qwen.padTokenId, 151643)
        XCTAssertEqual(GenerationDefaults().stopTokenIds(tokenizer: qwen), [151643, 151645])
        XCTAssertEqual(qwen.encode("hi", addSpecialTokens: true), qwen.encode("hi", addSpecialTokens: false))
        // <think> is an added token but not a special one: skip_special keeps it.
        XCTAssertEqual(try qwen.decode([151667, 151668], skipSpecialTokens: true), "<think></think>")
        XCTAssertEqual(try qwen.decode([151644, 151645], skipSpecialTokens: true), "")

        let llama = try TokenizerFixtures.llama3.tokenizer.get()
        XCTAssertEqual(llama.bosTokenId, 128000)
        XCTAssertEqual(GenerationDefaults().stopTokenIds(tokenizer: llama), [128001, 128008, 128009])
        XCTAssertEqual(llama.encode("hi").first, 128000)
        // clean_up_tokenization_spaces is true in the file, and transformers 5 ignores it for BPE.
        XCTAssertEqual(try llama.decode(llama.encode("x != y , ok .", addSpecialTokens: false)), "x != y , ok .")
    }

    func testConvenienceMessages() throws {
        let tok = try TokenizerFixtures.tokenizer.get()
        let text = try tok.applyChatTemplate(messages: [["role": "user", "content": "What is 2+2?"]])
        XCTAssertEqual(text, "<｜begin▁of▁sentence｜><｜User｜>What is 2+2?<｜Assistant｜><think>\n")
    }

    /// One place turns a conversation into prompt ids; a system prompt replaces the conversation's.
    func testEncodeChatPromptWithSystemOverride() throws {
        let tok = try TokenizerFixtures.qwen3.tokenizer.get()
        let conversation = [["role": "system", "content": "old"], ["role": "user", "content": "What is 2+2?"]]
        let replaced = [["role": "system", "content": "new"], ["role": "user", "content": "What is 2+2?"]]
        XCTAssertEqual(try tok.encodeChatPrompt(messages: conversation, systemPrompt: "new"),
                       tok.encode(try tok.applyChatTemplate(messages: replaced), addSpecialTokens: false))
        XCTAssertEqual(try tok.encodeChatPrompt(messages: conversation, systemPrompt: ""),
                       tok.encode(try tok.applyChatTemplate(messages: [conversation[1]]), addSpecialTokens: false))
        XCTAssertEqual(try tok.encodeChatPrompt(messages: conversation),
                       tok.encode(try tok.applyChatTemplate(messages: conversation), addSpecialTokens: false))
        XCTAssertThrowsError(try tok.applyChatTemplate(messages: conversation, context: ["messages": []])) { error in
            XCTAssertEqual("\(error)", "chat template variable 'messages' is set from the call's own argument")
        }
    }
}
