import Foundation
import Runtime
import XCTest

/// Encodings from Hugging Face `tokenizers` itself (tokenizer-reference/make_reference.py) of
/// random text in many scripts, of long words that take the heap merge path, and with small
/// tokenizers: added-token flags, ignore_merges, and every Split behaviour.
final class TokenizerHFReferenceTests: XCTestCase {
    func reference() throws -> TokenizerJSON {
        let url = TokenizerFixtures.testsDirectory.appendingPathComponent("tokenizer-reference/hf-reference.json")
        return try TokenizerJSON.parse(Data(contentsOf: url), source: "hf-reference.json")
    }

    func testSmallTokenizersMatchHuggingFaceTokenizers() throws {
        let sections = try XCTUnwrap(reference()["small_tokenizers"]?.arrayValue)
        XCTAssertEqual(sections.count, 14)
        for section in sections {
            let name = section["name"]?.stringValue ?? "?"
            let spec = try XCTUnwrap(section["tokenizer"])
            let tok = try Tokenizer(tokenizerJSON: Data(TokenizerJSONWriterForTests.write(spec).utf8))
            for c in section["cases"]?.arrayValue ?? [] {
                let text = try XCTUnwrap(c["text"]?.stringValue)
                XCTAssertEqual(tok.encode(text), c["ids"]!.intArray, "\(name): \(text.debugDescription)")
            }
        }
    }

    func testEncodingsMatchHuggingFaceTokenizers() throws {
        let tok = try TokenizerFixtures.tokenizer.get()
        let cases = try XCTUnwrap(reference()["cases"]?.arrayValue)
        XCTAssertEqual(cases.count, 308)
        for c in cases {
            let text = try XCTUnwrap(c["text"]?.stringValue)
            XCTAssertEqual(tok.encode(text, addSpecialTokens: false), c["ids"]!.intArray, "text: \(text.debugDescription)")
        }
    }
}

/// Serialises parsed JSON back to text, to hand a section of a reference file to the loader.
enum TokenizerJSONWriterForTests {
    static func write(_ value: TokenizerJSON) -> String {
        switch value {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .string(let s):
            var out = "\""
            for c in s.unicodeScalars {
                switch c {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                default: out += c.value < 0x20 ? String(format: "\\u%04x", c.value) : String(c)
                }
            }
            return out + "\""
        case .array(let a): return "[" + a.map(write).joined(separator: ",") + "]"
        case .object(let o): return "{" + o.map { write(.string($0.0)) + ":" + write($0.1) }.joined(separator: ",") + "}"
        }
    }
}
