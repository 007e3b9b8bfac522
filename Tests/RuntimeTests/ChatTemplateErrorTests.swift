import Foundation
import Runtime
import XCTest

/// Unsupported constructs and mistakes in templates are errors naming the place.
final class ChatTemplateErrorTests: XCTestCase {
    func compileError(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> JinjaError? {
        do {
            _ = try JinjaTemplate(source)
            XCTFail("compiled", file: file, line: line)
            return nil
        } catch {
            return error as? JinjaError
        }
    }

    func renderError(_ source: String, _ variables: [String: JinjaValue] = [:], file: StaticString = #filePath, line: UInt = #line) -> JinjaError? {
        do {
            let out = try JinjaTemplate(source).render(variables)
            XCTFail("rendered \(out.debugDescription)", file: file, line: line)
            return nil
        } catch {
            return error as? JinjaError
        }
    }

    func testUnsupportedStatementsAreNamedWithPosition() {
        XCTAssertEqual(compileError("hello\n  {% call greet(n) %}hi{% endcall %}"),
                       .unsupported(construct: "{% call %}", line: 2, column: 3))
        XCTAssertEqual(compileError("{% include 'x.jinja' %}"), .unsupported(construct: "{% include %}", line: 1, column: 1))
        XCTAssertEqual(compileError("{% set x %}block{% endset %}"),
                       .unsupported(construct: "block set ({% set x %}...{% endset %})", line: 1, column: 1))
        XCTAssertEqual(compileError("{% for x in y recursive %}{% endfor %}"),
                       .unsupported(construct: "recursive for loop", line: 1, column: 1))
        XCTAssertEqual("\(JinjaError.unsupported(construct: "{% call %}", line: 2, column: 3))",
                       "chat template 2:3: unsupported Jinja construct: {% call %}")
    }

    /// Found by the `template` fuzz target: 700 nested parentheses overflowed the stack.
    func testNestingAndLengthAreBoundedBeforeTheStackIs() {
        for (source, message) in [
            ("{{ " + String(repeating: "(", count: 1000) + "1" + String(repeating: ")", count: 1000) + " }}", "nested more than 100 deep"),
            ("{{ " + String(repeating: "not ", count: 1000) + "x }}", "nested more than 100 deep"),
            ("{{ " + String(repeating: "- ", count: 1000) + "1 }}", "nested more than 100 deep"),
            ("{{ f(" + String(repeating: "[", count: 1000) + " }}", "nested more than 100 deep"),
            ("{{ 1" + String(repeating: " + 1", count: 5000) + " }}", "a tag of 10001 tokens is longer than the 4096 allowed"),
            ("\n" + String(repeating: "{% if true %}", count: 5000), "blocks nested more than 200 deep"),
        ] {
            guard let error = compileError(source) else { continue }
            XCTAssertTrue("\(error)".contains(message), "\(error)")
        }
        // Well inside the limits, the same shapes render.
        let fine = "{{ " + String(repeating: "(", count: 50) + "1" + String(repeating: ")", count: 50) + " ~ (1" + String(repeating: " + 1", count: 1000) + ") }}"
            + String(repeating: "{% if true %}", count: 150) + "x" + String(repeating: "{% endif %}", count: 150)
        XCTAssertEqual(try JinjaTemplate(fine).render([:]), "11001x")
    }

    func testUnsupportedFiltersTestsAndMethodsAreNamed() {
        XCTAssertEqual(renderError("ab\n{{ 'x' | wordwrap(3) }}"), .unsupported(construct: "filter 'wordwrap' on string", line: 2, column: 8))
        XCTAssertEqual(renderError("{{ 3 is prime }}"), .unsupported(construct: "test 'prime'", line: 1, column: 6))
        XCTAssertEqual(renderError("{{ 'x'.zfill(3) }}"), .unsupported(construct: "method 'zfill' of string", line: 1, column: 7))
        XCTAssertEqual(renderError("{{ cycler(1, 2) }}"), .unsupported(construct: "function 'cycler'", line: 1, column: 4))
        XCTAssertEqual(renderError("{{ items(1) }}", ["items": [1]]), .runtime(message: "list is not callable", line: 1, column: 9))
        XCTAssertEqual(renderError("{{ '%s' % 'x' }}"), .unsupported(construct: "string formatting with '%'", line: 1, column: 9))
    }

    func testSyntaxErrors() {
        XCTAssertEqual(compileError("{% if x %}never closed"), .syntax(message: "missing elif or else or endif", line: 1, column: 23))
        XCTAssertEqual(compileError("{{ 1 + }}"), .syntax(message: "expected an expression", line: 1, column: 1))
        XCTAssertEqual(compileError("{{ 'open }}"), .syntax(message: "unterminated string", line: 1, column: 4))
        XCTAssertEqual(compileError("{% endfor %}"), .syntax(message: "unexpected 'endfor'", line: 1, column: 1))
        XCTAssertEqual(compileError("{% frobnicate %}"), .syntax(message: "unknown statement 'frobnicate'", line: 1, column: 1))
        XCTAssertEqual(compileError("{{ x "), .syntax(message: "tag is not closed with '}}'", line: 1, column: 1))
        XCTAssertEqual(compileError("{{ a ? b }}"), .syntax(message: "unexpected character '?'", line: 1, column: 6))
    }

    func testRuntimeErrors() {
        XCTAssertEqual(renderError("{{ missing.attr }}"),
                       .runtime(message: "'missing' is undefined (reading attribute 'attr')", line: 1, column: 11))
        XCTAssertEqual(renderError("{{ 'a' + 1 }}"),
                       .runtime(message: "unsupported operand types for +: string and integer", line: 1, column: 8))
        XCTAssertEqual(renderError("{{ 'a' + nope }}"), .runtime(message: "undefined 'nope' used with '+'", line: 1, column: 8))
        XCTAssertEqual(renderError("{% set x = 1 %}{% set x.y = 2 %}"),
                       .runtime(message: "cannot assign attribute 'y' on 'x', which is not a namespace", line: 1, column: 16))
        XCTAssertEqual(renderError("{{ raise_exception('no system role') }}"), .raised(message: "no system role", line: 1, column: 4))
        XCTAssertEqual(renderError("{{ 1 // 0 }}"), .runtime(message: "division by zero", line: 1, column: 6))
        XCTAssertEqual(renderError("{% for a, b in [1] %}{% endfor %}"),
                       .runtime(message: "cannot unpack integer into 2 names", line: 1, column: 1))
    }

    func testHostileTemplatesFailCleanly() throws {
        XCTAssertEqual(renderError("{{ 'x' * 1000000000 }}"), .runtime(message: "repetition of 1000000000 would be too large", line: 1, column: 8))
        XCTAssertEqual(renderError("{{ range(1000000000000) | length }}"),
                       .runtime(message: "range() of more than 10000000 numbers", line: 1, column: 4))
        XCTAssertEqual(renderError("{{ (-9223372036854775807 - 1) // -1 }}"),
                       .runtime(message: "integer overflow in '//'", line: 1, column: 31))
        XCTAssertEqual(try JinjaTemplate("{{ 2 ** 10 }} {{ -7 // 2 }} {{ -7 % 3 }} {{ 7 % -3 }}").render([:]), "1024 -4 2 -2")
        // Beyond Int the result is a float rather than Python's big integer, but nothing traps.
        XCTAssertNoThrow(try JinjaTemplate("{{ 10 ** 400 }}{{ -(-9223372036854775807 - 1) }}").render([:]))
        var deep = ""
        for _ in 0..<600 { deep += "[" }
        XCTAssertThrowsError(try TokenizerJSON.parse(Data(deep.utf8), source: "deep.json"))
    }

    func testValuesFromSwift() throws {
        let t = try JinjaTemplate("{% for m in messages %}{{ m.role }}:{{ m.content | trim }};{% endfor %}{{ extra['k'] }}")
        let out = try t.render(["messages": [["role": "user", "content": " hi "], ["role": "assistant", "content": "yo"]],
                                "extra": ["k": 1.5]])
        XCTAssertEqual(out, "user:hi;assistant:yo;1.5")
    }
}
