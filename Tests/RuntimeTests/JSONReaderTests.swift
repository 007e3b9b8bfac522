import Foundation
import Runtime
import XCTest

/// The one JSON reader behind tokenizer files and dataset files (DatasetFormatTests covers the
/// dataset side): its number grammar, pandas' non-finite literals and its errors.
final class JSONReaderTests: XCTestCase {
    func parse(_ text: String) throws -> TokenizerJSON { try TokenizerJSON.parse(Data(text.utf8), source: "t.json") }

    func message(_ text: String) -> String {
        do { _ = try parse(text); return "no error" } catch { return "\(error)" }
    }

    func testNumbersAndNonFiniteLiterals() throws {
        let v = try parse(" [0, -7, 9223372036854775807, 9223372036854775808, 2.5, -1e-3, 1E2, NaN, Infinity, -Infinity] ")
        let items = try XCTUnwrap(v.arrayValue)
        XCTAssertEqual(Array(items[0..<3]), [.int(0), .int(-7), .int(.max)])
        XCTAssertEqual(items[3], .double(9223372036854775808), "past 64 bits: a double")
        XCTAssertEqual(Array(items[4..<7]), [.double(2.5), .double(-0.001), .double(100)])
        guard case .double(let nan) = items[7] else { return XCTFail("\(items[7])") }
        XCTAssertTrue(nan.isNaN)
        XCTAssertEqual(Array(items[8...]), [.double(.infinity), .double(-.infinity)])
    }

    func testRepeatedKeysStayInOrder() throws {
        let v = try parse(#"{"b": 1, "a": 2, "b": 3}"#)
        XCTAssertEqual(v.objectValue?.map(\.0), ["b", "a", "b"])
        XCTAssertEqual(v["b"], .int(3), "the last value, as Python reads it")
    }

    func testErrorsNameLineAndColumn() {
        XCTAssertEqual(message("[1, 2] x"), "t.json:1:8: malformed JSON: unexpected text after the JSON value")
        XCTAssertEqual(message("[1.]"), "t.json:1:4: malformed JSON: bad number: no digits after '.'")
        XCTAssertEqual(message("{\"a\":\n tru}"), "t.json:2:2: malformed JSON: expected 'true'")
        XCTAssertEqual(message("[-]"), "t.json:1:3: malformed JSON: bad number")
        XCTAssertEqual(message(String(repeating: "[", count: 600)), "t.json:1:513: malformed JSON: nesting deeper than 512 levels")
        XCTAssertEqual(message(""), "t.json:1:1: malformed JSON: unexpected end of input")
    }
}
