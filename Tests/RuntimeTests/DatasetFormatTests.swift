import Foundation
import Runtime
import XCTest

final class DatasetFormatTests: XCTestCase {
    private func jsonl() throws -> Dataset { try Dataset.load(DatasetTestPaths.data("mini_math.jsonl")) }

    func testEveryFixtureFileLoadsToTheRowsOfTheJSONL() throws {
        let expected = try jsonl()
        XCTAssertEqual(expected.count, 60)
        XCTAssertEqual(expected.columns, ["problem", "solution", "answer", "level"])
        XCTAssertEqual(try expected.row(0), ["problem": "What is $67 + 81$?",
                                              "solution": "Adding, $67 + 81 = 148$. The answer is $\\boxed{148}$.",
                                              "answer": "148", "level": "Level 1"])
        for name in ["mini_math.json", "mini_math.csv", "mini_math.plain.parquet", "mini_math.snappy.parquet", "mini_math.zstd.parquet"] {
            let ds = try Dataset.load(DatasetTestPaths.data(name))
            XCTAssertEqual(ds.columns, expected.columns, name)
            XCTAssertEqual(try ds.rows, try expected.rows, name)
        }
        // The dataset viewer's /rows page holds the first 20 rows.
        let bytes = [UInt8](FileManager.default.contents(atPath: DatasetTestPaths.data("viewer_rows_page.json"))!)
        let page = try DatasetViewer.parsePage(bytes, source: "viewer_rows_page.json")
        XCTAssertEqual(page.total, 60)
        XCTAssertEqual(page.columns, expected.columns)
        XCTAssertEqual(page.rows, Array(try expected.rows.prefix(20)))
    }

    private func write(_ text: String, _ name: String) throws -> String {
        let dir = try DatasetTestPaths.temporaryDirectory("formats")
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func message(_ body: () throws -> Any) -> String {
        do { _ = try body(); return "no error" } catch { return "\(error)" }
    }

    func testMalformedJSONAndJSONLReportTheLine() throws {
        let jsonl = try write("{\"a\": 1}\n{\"a\": 2}\n{\"a\": 3,}\n", "bad.jsonl")
        XCTAssertEqual(message { try Dataset.load(jsonl) }, "\(jsonl):3: invalid JSON: expected a key string")
        let notObject = try write("{\"a\": 1}\n[1, 2]\n", "list.jsonl")
        XCTAssertEqual(message { try Dataset.load(notObject) }, "\(notObject):2: line is not a JSON object")
        let json = try write("[\n {\"a\": 1},\n {\"a\": \"x\n\"}\n]", "bad.json")
        XCTAssertEqual(message { try Dataset.load(json) }, "\(json):3: invalid JSON: control character in string")
        let truncated = try write("[{\"a\": 1}, {\"a\":", "cut.json")
        XCTAssertEqual(message { try Dataset.load(truncated) }, "\(truncated):1: invalid JSON: unexpected end of input")
    }

    func testJSONShapesAndValueTypes() throws {
        let columnar = try write("{\"q\": [\"a\", \"b\"], \"n\": [1, 2.5]}", "columns.json")
        XCTAssertEqual(try Dataset.load(columnar).rows, [["q": "a", "n": 1], ["q": "b", "n": 2.5]])
        let typed = try write("{\"z\": null, \"t\": true, \"big\": 12345678901234, \"e\": 1e3, \"s\": \"\\u00e9\\ud83d\\ude00\", \"l\": [1, {\"k\": \"v\"}]}\n", "typed.jsonl")
        let row = try Dataset.load(typed).row(0)
        XCTAssertEqual(row.keys, ["z", "t", "big", "e", "s", "l"])
        XCTAssertEqual(row["z"], .null)
        XCTAssertEqual(row["t"], .bool(true))
        XCTAssertEqual(row["big"]?.intValue, 12_345_678_901_234)
        XCTAssertEqual(row["e"], .double(1000))
        XCTAssertEqual(row["s"]?.stringValue, "é😀")
        XCTAssertEqual(row["l"], .list([.int(1), .map(["k": "v"])]))
        XCTAssertEqual(row["l"]?.text, "[1, {\"k\": \"v\"}]")
    }

    func testCSVQuotingTypesAndErrors() throws {
        let good = try write("q,n,x,flag\r\n\"a, \"\"quoted\"\"\n line\",1,,true\r\nb,2,1.5,false\r\n", "good.csv")
        let ds = try Dataset.load(good)
        XCTAssertEqual(try ds.rows, [["q": "a, \"quoted\"\n line", "n": 1, "x": nil, "flag": true],
                                 ["q": "b", "n": 2, "x": 1.5, "flag": false]])
        let ragged = try write("a,b\n1,2\n3\n", "ragged.csv")
        XCTAssertEqual(message { try Dataset.load(ragged) }, "\(ragged):3: invalid CSV: 1 fields, the header has 2")
        let open = try write("a,b\n1,\"2\n3,4\n", "open.csv")
        XCTAssertEqual(message { try Dataset.load(open) }, "\(open):2: invalid CSV: unterminated quoted field")
        let stray = try write("a,b\n1,x\"y\n", "stray.csv")
        XCTAssertEqual(message { try Dataset.load(stray) }, "\(stray):2: invalid CSV: quote inside an unquoted field")
    }

    func testMissingAndUnknownFiles() throws {
        XCTAssertEqual(message { try Dataset.load("/nonexistent/data.jsonl") }, "dataset file not found: /nonexistent/data.jsonl")
        let txt = try write("hello", "notes.txt")
        XCTAssertEqual(message { try Dataset.load(txt) },
                       "cannot tell the format of \(txt): expected .json, .jsonl, .csv or .parquet")
        let bad = try write("not parquet at all", "bad.parquet")
        XCTAssertEqual(message { try Dataset.load(bad) }, "parquet file \(bad): bad magic: the file does not start with PAR1")
    }

    func testLocalFolderPicksTheSplitFiles() throws {
        let dir = try DatasetTestPaths.temporaryDirectory("folder")
        addTeardownBlock { try? FileManager.default.removeItem(at: dir) }
        let src = URL(fileURLWithPath: DatasetTestPaths.data("mini_math.jsonl"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("data"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: src, to: dir.appendingPathComponent("data/train-00000.jsonl"))
        try "{\"problem\": \"p\", \"answer\": \"1\"}\n".write(to: dir.appendingPathComponent("data/test.jsonl"), atomically: true, encoding: .utf8)
        XCTAssertEqual(try Dataset.load(dir.path).count, 60)
        XCTAssertEqual(try Dataset.load(dir.path, split: "test").count, 1)
        XCTAssertThrowsError(try Dataset.load(dir.path, split: "validation"))
        XCTAssertEqual(try Dataset.load(dir.path, files: ["data/test*"]).count, 1)
        // A format name with explicit files, as in datasets' load_dataset("json", data_files=...).
        XCTAssertEqual(try Dataset.load("json", files: [dir.path + "/data/*.jsonl"]).count, 61)
        XCTAssertThrowsError(try Dataset.load("csv", files: [dir.path + "/none*.csv"])) { e in
            XCTAssertEqual(e as? DatasetError, .fileNotFound(dir.path + "/none*.csv"))
        }
    }
}
