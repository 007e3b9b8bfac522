import Foundation
import TinaScript
import XCTest

/// Runs every `transcripts/*.tina` file cell by cell and compares its output with the file's
/// `# expect:` lines. The transcripts double as documentation of the language; a one-line cell
/// can also be a REPL command (`:who`, `!echo hi`, `?len`), as typed at the prompt.
final class TranscriptTests: XCTestCase {
    func testTranscripts() throws {
        // Transcripts name fixture files relative to the package root, as a user at its prompt would.
        let previous = FileManager.default.currentDirectoryPath
        FileManager.default.changeCurrentDirectoryPath(TestPaths.packageRoot.path)
        defer { FileManager.default.changeCurrentDirectoryPath(previous) }
        let files = try FileManager.default.contentsOfDirectory(atPath: TestPaths.transcripts.path)
            .filter { $0.hasSuffix(".tina") }.sorted()
        XCTAssertGreaterThanOrEqual(files.count, 8)
        for file in files {
            let text = try String(contentsOf: TestPaths.transcripts.appendingPathComponent(file), encoding: .utf8)
            let expected = Self.expectations(text)
            XCTAssertFalse(expected.isEmpty, "\(file) has no # expect: lines")
            let actual = Self.run(text, name: file)
            if actual != expected {
                XCTFail("\(file): output differs\n" + Self.diff(expected, actual))
            }
        }
    }

    static func expectations(_ text: String) -> [String] {
        text.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line -> String? in
            let trimmed = line.drop { $0 == " " }
            guard trimmed.hasPrefix("# expect:") else { return nil }
            let rest = trimmed.dropFirst("# expect:".count)
            return String(rest.hasPrefix(" ") ? rest.dropFirst() : rest)
        }
    }

    /// Every cell runs, even after a failing one, so one transcript can show several errors.
    static func run(_ text: String, name: String) -> [String] {
        var output = ""
        let session = Session(interpreter: Interpreter(), echo: true, display: { output += $0 }, displayError: { output += $0 })
        FrontEnd.onLargeStack {
            for cell in Notebook.cells(of: text, path: name) {
                // A one-line cell may be what the REPL treats itself (`:who`, `!ls`, `?grpo`).
                let code = cell.text.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("#") }
                if code.count == 1, Commands.interactive(String(code[0]), in: session) != nil { continue }
                session.run(cell.text, name: name, firstLine: cell.firstLine)
            }
        }
        var lines = output.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    static func diff(_ expected: [String], _ actual: [String]) -> String {
        var out = ""
        for i in 0..<max(expected.count, actual.count) {
            let e = i < expected.count ? expected[i] : "<none>", a = i < actual.count ? actual[i] : "<none>"
            out += (e == a ? "   " : "!! ") + "expected: \(e)\n" + (e == a ? "" : "   actual:   \(a)\n")
        }
        return out
    }
}
