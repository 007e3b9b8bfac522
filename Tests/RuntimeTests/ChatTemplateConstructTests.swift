import Foundation
import Runtime
import XCTest

/// Constructs that real chat templates use beyond the basic ones: macros (Hermes' JSON-schema
/// printer), transformers' {% generation %} block (Phi-4), and jinja2's undefined values, which
/// iterate as empty and contain nothing (Granite's `'citations' in controls`).
final class ChatTemplateConstructTests: XCTestCase {
    func render(_ source: String, _ variables: [String: JinjaValue] = [:]) throws -> String {
        try JinjaTemplate(source).render(variables)
    }

    func renderError(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> String {
        do {
            let out = try render(source)
            XCTFail("rendered \(out.debugDescription)", file: file, line: line)
            return ""
        } catch {
            return "\(error)"
        }
    }

    func testMacrosTakeArgumentsDefaultsAndRecurse() throws {
        XCTAssertEqual(try render("{% macro greet(name, punct='!') %}hi {{ name }}{{ punct }}{% endmacro %}"
                                  + "{{ greet('a') }} {{ greet('b', '?') }} {{ greet(punct='.', name='c') }}"), "hi a! hi b? hi c.")
        let schema = """
        {%- macro type_of(spec) -%}
        {%- if spec.type == 'array' -%}list[{{ type_of(spec.items) }}]{%- else -%}{{ spec.type }}{%- endif -%}
        {%- endmacro -%}
        {{ type_of(t) }}
        """
        XCTAssertEqual(try render(schema, ["t": ["type": "array", "items": ["type": "array", "items": ["type": "int"]]]]),
                       "list[list[int]]")
        // The body sees top-level names and its parameters, not the caller's loop variables;
        // a missing argument is undefined.
        XCTAssertEqual(try render("{% macro m(a) %}{{ g }}{{ x is defined }}{{ a is defined }}{% endmacro %}"
                                  + "{% for x in [1] %}{{ m() }}{% endfor %}", ["g": "G"]), "GFalseFalse")
        // A macro's set stays inside it; its output is a string that can be combined.
        XCTAssertEqual(try render("{% set v = 1 %}{% macro m() %}{% set v = 2 %}{{ v }}{% endmacro %}{{ m() + m() }}{{ v }}"), "221")
        XCTAssertEqual(try render("{% macro m() %}{% for i in [1, 2, 3] %}{% if i == 2 %}{% break %}{% endif %}{{ i }}{% endfor %}{% endmacro %}{{ m() }}"), "1")
    }

    func testMacroMistakesAreErrors() {
        XCTAssertEqual(renderError("{% macro m(a) %}{% endmacro %}{{ m(1, 2) }}"),
                       "chat template 1:34: macro 'm' takes at most 1 argument, got 2")
        XCTAssertEqual(renderError("{% macro m(a) %}{% endmacro %}{{ m(b=1) }}"), "chat template 1:34: macro 'm' has no parameter 'b'")
        XCTAssertEqual(renderError("{% macro m() %}{% break %}{% endmacro %}{% for i in [1] %}{{ m() }}{% endfor %}"),
                       "chat template 1:16: syntax error: break outside a loop")
        XCTAssertEqual(renderError("{% macro m() %}{{ m() }}{% endmacro %}{{ m() }}"),
                       "chat template 1:19: macro 'm' calls nested more than 50 deep")
        XCTAssertTrue(renderError("{% macro m(a, a) %}{% endmacro %}").contains("two parameters named 'a'"))
        XCTAssertTrue(renderError("{% macro m(a) %}never closed").contains("missing endmacro"))
        XCTAssertTrue(renderError("{% endmacro %}").contains("unexpected 'endmacro'"))
    }

    /// Deep recursion through deeply nested blocks stops with an error, not a stack overflow.
    func testRunawayRecursionInsideNestedBlocksFailsCleanly() {
        let nested = String(repeating: "{% if true %}", count: 150) + "{{ m() }}" + String(repeating: "{% endif %}", count: 150)
        XCTAssertTrue(renderError("{% macro m() %}" + nested + "{% endmacro %}{{ m() }}").contains("nested more than 1500 deep"))
        let negations = String(repeating: "not ", count: 95)
        XCTAssertTrue(renderError("{% macro m() %}{{ \(negations) m() }}{% endmacro %}{{ m() }}").contains("deep"))
    }

    func testGenerationBlockRendersItsBody() throws {
        XCTAssertEqual(try render("a{% generation %}{{ 'b' }}c{% endgeneration %}d"), "abcd")
        XCTAssertEqual(try render("{% for i in [1, 2] %}{% generation %}{% if i == 2 %}{% break %}{% endif %}{{ i }}{% endgeneration %}{% endfor %}"), "1")
        XCTAssertTrue(renderError("{% generation %}x").contains("missing endgeneration"))
    }

    func testUndefinedIsAnEmptyIterable() throws {
        XCTAssertEqual(try render("{{ 'a' in controls }} {{ 'a' not in controls }}"), "False True")
        XCTAssertEqual(try render("{% for c in controls %}x{% else %}none{% endfor %}"), "none")
        XCTAssertEqual(try render("{{ controls is iterable }} {{ controls is sequence }} {{ 3 is iterable }}"), "True True False")
    }
}
