import Foundation
import TinaScript
import XCTest

/// Tab inside a string literal: file paths, `ds["` column names and map keys, `help("` topics.
final class StringCompletionTests: XCTestCase {
    func testPathsColumnsKeysAndHelpTopics() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tina-complete-\(getpid())")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("data/sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["data/mini_math.jsonl", "data/mini_math.csv", "data/other.json", "data/.hidden"] {
            FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data("{\"question\": \"1+1\", \"answer\": \"2\"}\n".utf8))
        }
        let interpreter = Interpreter()
        let root = dir.path
        // Readline's word stops at `/`, so candidates replace only the part after it.
        XCTAssertEqual(Completer.candidates("mi", line: "load_dataset(\"\(root)/data/mi", interpreter: interpreter),
                       ["mini_math.csv", "mini_math.jsonl"])
        XCTAssertEqual(Completer.candidates("", line: "load_dataset(\"\(root)/data/", interpreter: interpreter),
                       ["mini_math.csv", "mini_math.jsonl", "other.json", "sub/"])
        XCTAssertEqual(Completer.candidates(".h", line: "x = \"\(root)/data/.h", interpreter: interpreter), [".hidden"])
        XCTAssertEqual(Completer.candidates("nothing", line: "\"\(root)/nothing", interpreter: interpreter), [])

        _ = try interpreter.run(SourceText(name: "t", text: """
        let ds = load_dataset("\(root)/data/mini_math.jsonl")
        let cfg = {"alpha": 1, "rank": 2}
        """))
        XCTAssertEqual(Completer.candidates("", line: "ds[\"", interpreter: interpreter), ["question", "answer"])
        XCTAssertEqual(Completer.candidates("qu", line: "print(ds[\"qu", interpreter: interpreter), ["question"])
        XCTAssertEqual(Completer.candidates("r", line: "cfg[\"r", interpreter: interpreter), ["rank"])

        XCTAssertEqual(Completer.candidates("grp", line: "help(\"grp", interpreter: interpreter), ["grpo", "grpo_resume"])
        XCTAssertEqual(Completer.candidates("model.gen", line: "help(\"model.gen", interpreter: interpreter),
                       ["model.generate", "model.generate_ids"])
        // Outside a string nothing changes: names, not paths.
        XCTAssertEqual(Completer.candidates("grpo_r", line: "grpo_r", interpreter: interpreter), ["grpo_resume"])
        // A string closed after an escaped quote is closed: names again.
        XCTAssertEqual(Completer.candidates("pu", line: "print(\"a\\\"b\", pu", interpreter: interpreter), ["push"])
        XCTAssertEqual(Completer.candidates("pu", line: "print(\"a\\\" pu", interpreter: interpreter), [])
    }
}
