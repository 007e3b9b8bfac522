import Foundation
import XCTest

/// The executable's non-interactive modes, run as a child process.
final class ExecutableTests: XCTestCase {
    private let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tina-exec-\(getpid())")

    override func setUpWithError() throws {
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private struct Result { let status: Int32; let out: String; let err: String }

    private func tina(_ args: [String], stdin: String = "") throws -> Result {
        guard let binary = TestPaths.binary else {
            XCTFail("tina-repl is not built (swift build -c release)")
            return Result(status: -1, out: "", err: "")
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = args
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(stdin.utf8))
        try input.fileHandleForWriting.close()
        let out = output.fileHandleForReading.readDataToEndOfFile(), err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, out: String(decoding: out, as: UTF8.self), err: String(decoding: err, as: UTF8.self))
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func testScriptWithArguments() throws {
        let path = try write("args.tina", "print(len(argv), join(argv, \"+\"))\n1 + 1\n")
        let r = try tina([path, "a", "b"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.out, "2 a+b\n", "a plain script does not echo values")
    }

    func testScriptErrorGoesToStderrWithPosition() throws {
        let path = try write("bad.tina", "print(\"before\")\nlet x = [1][3]\nprint(\"after\")\n")
        let r = try tina([path])
        XCTAssertEqual(r.status, 1)
        XCTAssertEqual(r.out, "before\n")
        XCTAssertTrue(r.err.hasPrefix("\(path):2:12: error: index 3 out of range (length 1)"), r.err)
    }

    func testPipedStandardInput() throws {
        var r = try tina([], stdin: "print(1 + 1)\n")
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.out, "2\n", "no prompt, no echo")
        r = try tina([], stdin: "let a = (1 +\n")
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.hasPrefix("<stdin>:2:1: syntax error: expected an expression but found end of input"), r.err)
    }

    func testEvaluateOption() throws {
        let r = try tina(["-e", "let xs = [1, 2]\nsum(xs) + len(argv)", "x"])
        XCTAssertEqual(r.status, 0)
        XCTAssertEqual(r.out, "4\n")
        XCTAssertEqual(try tina(["-e", "nope"]).status, 1)
    }

    func testNotebookMode() throws {
        let script = try write("cells.tina", "# %% setup\nlet n = 6\n# %% compute\nprint(\"n is\", n)\nn * 7\n")
        let notebook = dir.appendingPathComponent("out.md").path
        let r = try tina(["--notebook", notebook, script])
        XCTAssertEqual(r.status, 0, r.err)
        XCTAssertEqual(r.out, "n is 6\nOut[2]: 42\n", "cells echo their values")
        let md = try String(contentsOfFile: notebook, encoding: .utf8)
        XCTAssertTrue(md.contains("```tina\nprint(\"n is\", n)\nn * 7\n```\n```text\nn is 6\nOut[2]: 42\n```"), md)
        let rerun = try tina([notebook])
        XCTAssertEqual(rerun.out, "n is 6\nOut[2]: 42\n", "a saved notebook runs again")
    }

    func testDeepRecursionIsAnErrorNotACrash() throws {
        let r = try tina(["-e", "fn down(n) { return down(n + 1) + 1 }\ndown(0)"])
        XCTAssertEqual(r.status, 1)
        XCTAssertTrue(r.err.contains("call depth over 1000"), r.err)
    }
}
