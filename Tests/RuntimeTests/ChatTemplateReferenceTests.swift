import Foundation
import Runtime
import XCTest

/// The Swift renderer against Python's jinja2 (configured as transformers configures it) on the
/// chat templates of Qwen2.5-Instruct, Llama 3, Llama 3.1 and DeepSeek-R1-Distill, and on
/// snippets aimed at single constructs.
/// templates/expected.json comes from templates/render_expected.py.
final class ChatTemplateReferenceTests: XCTestCase {
    func testTemplatesRenderLikeJinja2() throws {
        let dir = TokenizerFixtures.templates
        let cases = try XCTUnwrap(TokenizerJSON.parse(Data(contentsOf: dir.appendingPathComponent("expected.json")),
                                                      source: "expected.json").arrayValue)
        XCTAssertEqual(cases.count, 46)
        let r1 = try XCTUnwrap(TokenizerFixtures.tokenizer.get().chatTemplate)
        var compiled: [String: JinjaTemplate] = [:]
        for (n, c) in cases.enumerated() {
            let name = try XCTUnwrap(c["template"]?.stringValue)
            if name == "snippet" {
                let source = try XCTUnwrap(c["source"]?.stringValue)
                compiled[name] = try JinjaTemplate(source)
            } else if compiled[name] == nil {
                let source = name == "deepseek-r1-distill"
                    ? r1 : try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
                compiled[name] = try JinjaTemplate(source)
            }
            var variables: [String: JinjaValue] = [:]
            for (k, v) in try XCTUnwrap(c["context"]?.objectValue) { variables[k] = JinjaValue(json: v) }
            if let expected = c["expected"]?.stringValue {
                let rendered = try compiled[name]!.render(variables)
                // Scalar by scalar: String's == would accept canonically equivalent text.
                XCTAssertEqual(Array(rendered.unicodeScalars), Array(expected.unicodeScalars), "case \(n) of \(name)")
                if rendered.unicodeScalars.elementsEqual(expected.unicodeScalars) == false {
                    print("case \(n):\n got: \(rendered.debugDescription)\nwant: \(expected.debugDescription)")
                }
            } else {
                let message = try XCTUnwrap(c["error"]?.stringValue)
                XCTAssertThrowsError(try compiled[name]!.render(variables), "case \(n)") { error in
                    guard case .raised(let m, _, _)? = error as? JinjaError else { return XCTFail("\(error)") }
                    XCTAssertEqual(m, message)
                }
            }
        }
    }
}
