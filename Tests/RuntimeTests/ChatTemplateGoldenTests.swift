import Foundation
import Runtime
import XCTest

/// The real chat templates of seven models (../shared/fixtures/templates), each folder loaded as
/// a tokenizer, against transformers' apply_chat_template renderings in goldens.json: exact text,
/// or for a conversation the template refuses, an error holding the template's message.
final class ChatTemplateGoldenTests: XCTestCase {
    func testSharedTemplatesRenderLikeTransformers() throws {
        let dir = TokenizerFixtures.sharedTemplates
        let goldens = try TokenizerJSON.parse(Data(contentsOf: dir.appendingPathComponent("goldens.json")), source: "goldens.json")
        let templates = try XCTUnwrap(goldens["templates"]?.arrayValue)
        XCTAssertEqual(templates.count, 7)
        var checked = 0
        for t in templates {
            let name = try XCTUnwrap(t["name"]?.stringValue)
            let tok = try Tokenizer(directory: dir.appendingPathComponent(name).path)
            for c in try XCTUnwrap(t["cases"]?.arrayValue) {
                let what = "\(name) / \(c["id"]?.stringValue ?? "?")"
                let messages = try XCTUnwrap(c["messages"]?.arrayValue).map(JinjaValue.init(json:))
                let generation = try XCTUnwrap(c["add_generation_prompt"]?.boolValue)
                var context: [String: JinjaValue] = [:]
                for (k, v) in c["kwargs"]?.objectValue ?? [] { context[k] = JinjaValue(json: v) }
                checked += 1
                if let message = c["error"]?.stringValue {
                    XCTAssertThrowsError(try tok.applyChatTemplate(messages: messages, addGenerationPrompt: generation, context: context),
                                         what) { error in
                        guard case .raised(let m, _, _)? = error as? JinjaError else { return XCTFail("\(what): \(error)") }
                        XCTAssertEqual(m, message, what)
                        XCTAssertTrue("\(error)".contains(message), what)
                    }
                    continue
                }
                var expected = try XCTUnwrap(c["text"]?.stringValue, what)
                // strftime_now renders the local date: the golden's day becomes today's.
                for pair in c["dates"]?.arrayValue ?? [] {
                    let format = try XCTUnwrap(pair.arrayValue?.first?.stringValue), value = try XCTUnwrap(pair.arrayValue?.last?.stringValue)
                    expected = expected.replacingOccurrences(of: value, with: Self.today(format))
                }
                do {
                    let text = try tok.applyChatTemplate(messages: messages, addGenerationPrompt: generation, context: context)
                    XCTAssertSameScalars(text, expected, what)
                    if !text.unicodeScalars.elementsEqual(expected.unicodeScalars) {
                        print("\(what):\n got: \(text.debugDescription)\nwant: \(expected.debugDescription)")
                    }
                } catch {
                    XCTFail("\(what): \(error)")
                }
            }
        }
        XCTAssertEqual(checked, 50)
    }

    /// Today's local date in a strftime format, as Python's datetime.now().strftime writes it.
    static func today(_ format: String) -> String {
        var now = time(nil)
        var parts = tm()
        localtime_r(&now, &parts)
        var buffer = [Int8](repeating: 0, count: 128)
        let n = strftime(&buffer, buffer.count, format, &parts)
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
