import Foundation
import Runtime
import XCTest

/// Bad files and bad input give named errors, never a crash.
final class TokenizerErrorTests: XCTestCase {
    /// A small byte-level BPE tokenizer.json; `replacing` swaps one top-level section.
    func miniTokenizer(replacing key: String? = nil, with section: String = "") -> Data {
        // The 256 byte tokens in alphabet order of their ids, then two merges.
        var next = 256
        var ids: [(String, Int)] = []
        for b in 0..<256 {
            let printable = (33...126).contains(b) || (161...172).contains(b) || (174...255).contains(b)
            let scalar = printable ? b : { defer { next += 1 }; return next }()
            ids.append((String(Character(Unicode.Scalar(UInt32(scalar))!)), b))
        }
        ids += [("ab", 256), ("abc", 257)]
        let vocab = ids.map { "\(jsonString($0.0)): \($0.1)" }
        var sections: [String: String] = [
            "normalizer": #"{"type": "NFC"}"#,
            "pre_tokenizer": #"{"type": "ByteLevel", "add_prefix_space": false, "use_regex": true}"#,
            "post_processor": #"{"type": "ByteLevel"}"#,
            "decoder": #"{"type": "ByteLevel"}"#,
            "added_tokens": #"[{"id": 258, "content": "<eos>", "special": true}, {"id": 259, "content": "<sep>", "special": false, "lstrip": true, "rstrip": true}]"#,
            "model": #"{"type": "BPE", "vocab": {\#(vocab.joined(separator: ", "))}, "merges": ["a b", ["ab", "c"]]}"#,
        ]
        if let key { sections[key] = section }
        let body = sections.sorted { $0.key < $1.key }.map { "\"\($0.key)\": \($0.value)" }.joined(separator: ",\n")
        return Data("{\n\(body)\n}".utf8)
    }

    func jsonString(_ s: String) -> String {
        var out = "\""
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out += c.value < 0x20 ? String(format: "\\u%04x", c.value) : String(c)
            }
        }
        return out + "\""
    }

    func expectError(_ data: Data, _ expected: TokenizerError, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try Tokenizer(tokenizerJSON: data), file: file, line: line) { error in
            XCTAssertEqual(error as? TokenizerError, expected, "\(error)", file: file, line: line)
            XCTAssertFalse("\(error)".isEmpty)
        }
    }

    func testMiniTokenizerWorks() throws {
        let tok = try Tokenizer(tokenizerJSON: miniTokenizer())
        XCTAssertEqual(tok.encode("abc", addSpecialTokens: true), [257])
        XCTAssertEqual(tok.encode("ab<eos>c"), [256, 258, Int(UInt8(ascii: "c"))])
        // lstrip/rstrip swallow the spaces around <sep>.
        XCTAssertEqual(tok.encode("ab  <sep>  ab"), [256, 259, 256])
        XCTAssertEqual(try tok.decode([256, 258, 257]), "ab<eos>abc")
        XCTAssertEqual(try tok.decode([256, 258, 257], skipSpecialTokens: true), "ababc")
        XCTAssertEqual(tok.vocabSize, 260)
    }

    func testEdgeCasesDoNotTrap() throws {
        let noMerges = String(decoding: miniTokenizer(), as: UTF8.self)
            .replacingOccurrences(of: #"["a b", ["ab", "c"]]"#, with: "[]")
        let tok = try Tokenizer(tokenizerJSON: Data(noMerges.utf8))
        XCTAssertEqual(tok.encode("abc"), [97, 98, 99])
        XCTAssertEqual(tok.encode(""), [])
        XCTAssertEqual(tok.encode("<eos>"), [258])
        XCTAssertEqual(try tok.decode([]), "")
        let hugeId = String(decoding: miniTokenizer(), as: UTF8.self)
            .replacingOccurrences(of: #""id": 258"#, with: #""id": 99999999999"#)
        expectError(Data(hugeId.utf8), .invalidField(file: "tokenizer.json", field: "added_tokens[].id",
                                                     reason: "99999999999 is not from 0 to 4194302"))
    }

    func testMalformedJSONNamesThePosition() {
        expectError(Data("{\n  \"model\": {\"type\": \"BPE\",,}\n}".utf8),
                    .malformedJSON(file: "tokenizer.json", line: 2, column: 27, message: "expected a key string"))
        expectError(Data("[1, 2".utf8), .malformedJSON(file: "tokenizer.json", line: 1, column: 6, message: "unterminated array"))
        expectError(Data("{\"a\": \"\\q\"}".utf8), .malformedJSON(file: "tokenizer.json", line: 1, column: 10, message: "invalid escape '\\q'"))
    }

    func testUnknownComponentsAreNamed() {
        expectError(miniTokenizer(replacing: "model", with: #"{"type": "WordPiece", "vocab": {}}"#),
                    .unsupported(file: "tokenizer.json", component: "model", type: "WordPiece"))
        expectError(miniTokenizer(replacing: "pre_tokenizer", with: #"{"type": "Metaspace"}"#),
                    .unsupported(file: "tokenizer.json", component: "pre-tokenizer", type: "Metaspace"))
        expectError(miniTokenizer(replacing: "normalizer", with: #"{"type": "Precompiled"}"#),
                    .unsupported(file: "tokenizer.json", component: "normalizer", type: "Precompiled"))
        expectError(miniTokenizer(replacing: "decoder", with: #"{"type": "WordPiece"}"#),
                    .unsupported(file: "tokenizer.json", component: "decoder", type: "WordPiece"))
        expectError(miniTokenizer(replacing: "post_processor", with: #"{"type": "BertProcessing"}"#),
                    .unsupported(file: "tokenizer.json", component: "post-processor", type: "BertProcessing"))
        XCTAssertThrowsError(try Tokenizer(tokenizerJSON: miniTokenizer(
            replacing: "pre_tokenizer", with: #"{"type": "Split", "pattern": {"Regex": "(unclosed"}, "behavior": "Isolated"}"#))) { error in
            guard case let .invalidField(_, field, reason)? = error as? TokenizerError else { return XCTFail("\(error)") }
            XCTAssertEqual(field, "pre_tokenizer.pattern.Regex")
            XCTAssertTrue(reason.hasPrefix("cannot compile '(unclosed'"), reason)
        }
    }

    func testBadMergesAndMissingFields() {
        let vocabOnly = String(decoding: miniTokenizer(), as: UTF8.self)
        let missingToken = vocabOnly.replacingOccurrences(of: #"["a b", ["ab", "c"]]"#, with: #"["a b", "ab zz"]"#)
        expectError(Data(missingToken.utf8),
                    .badMerge(file: "tokenizer.json", index: 1, merge: "ab zz", reason: "a token is not in the vocabulary"))
        let threeParts = vocabOnly.replacingOccurrences(of: #"["a b", ["ab", "c"]]"#, with: #"["a b c"]"#)
        expectError(Data(threeParts.utf8),
                    .badMerge(file: "tokenizer.json", index: 0, merge: "a b c", reason: "expected two tokens separated by one space"))
        expectError(Data("{}".utf8), .missingField(file: "tokenizer.json", field: "model"))
    }

    func testDecodeRejectsUnknownIds() throws {
        let tok = try TokenizerFixtures.tokenizer.get()
        XCTAssertThrowsError(try tok.decode([9707, 151665])) { error in
            XCTAssertEqual(error as? TokenizerError, .idOutOfRange(id: 151665, vocabSize: 151665))
            XCTAssertEqual("\(error)", "token id 151665 is out of range (vocabulary size 151665)")
        }
        XCTAssertThrowsError(try tok.decode([-1]))
        var stream = TokenizerStreamDecoder(tokenizer: tok)
        XCTAssertThrowsError(try stream.push(1_000_000))
    }

    func testInvalidUTF8IsReplaced() throws {
        let tok = try TokenizerFixtures.tokenizer.get()
        let bytes: [UInt8] = [0x68, 0xFF, 0x69, 0xE2, 0x82]
        XCTAssertEqual(tok.encode(utf8: bytes, addSpecialTokens: false), tok.encode("h\u{FFFD}i\u{FFFD}", addSpecialTokens: false))
        // Ids that spell broken UTF-8 decode with replacement characters.
        XCTAssertEqual(try tok.decode([11162, 236]), " \u{FFFD}")
    }

    func testMissingFilesAndTemplate() throws {
        XCTAssertThrowsError(try Tokenizer(directory: "/nonexistent/model")) { error in
            XCTAssertEqual(error as? TokenizerError, .fileUnreadable(path: "/nonexistent/model/tokenizer.json", reason: "no such file"))
        }
        let tok = try Tokenizer(tokenizerJSON: miniTokenizer())
        XCTAssertThrowsError(try tok.applyChatTemplate(messages: [["role": "user", "content": "hi"]])) { error in
            XCTAssertEqual(error as? TokenizerError, .noChatTemplate)
        }
        XCTAssertThrowsError(try Tokenizer(tokenizerJSON: miniTokenizer(), config: Data("{\"chat_template\": 3}".utf8)))
    }

    /// A file holding a relative path (a link as git checks it out without symlinks) is read
    /// through; one pointing nowhere is an error naming both.
    func testLinkFilesAreFollowed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("tok-link-\(UUID().uuidString)")
        let folder = root.appendingPathComponent("model")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try miniTokenizer().write(to: root.appendingPathComponent("shared.json"))
        try Data("../shared.json\n".utf8).write(to: folder.appendingPathComponent("tokenizer.json"))
        XCTAssertEqual(try Tokenizer(directory: folder.path).encode("abc", addSpecialTokens: false), [257])
        try Data("../missing.json".utf8).write(to: folder.appendingPathComponent("tokenizer.json"))
        XCTAssertThrowsError(try Tokenizer(directory: folder.path)) { error in
            XCTAssertEqual(error as? TokenizerError, .fileUnreadable(path: folder.appendingPathComponent("tokenizer.json").path,
                                                                     reason: "it is a link to '../missing.json', which does not exist"))
        }
    }
}
