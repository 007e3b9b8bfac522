import Foundation
import TinaScript

/// Paths found from this file, so tests work from any working directory.
enum TestPaths {
    static let testsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDir.deletingLastPathComponent().deletingLastPathComponent()
    static let transcripts = testsDir.appendingPathComponent("transcripts")

    /// The built executable: next to the test executable (same configuration), else a build folder.
    static var binary: URL? {
        let candidates = [
            URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tina-repl"),
            packageRoot.appendingPathComponent(".build/release/tina-repl"),
            packageRoot.appendingPathComponent(".build/debug/tina-repl"),
        ]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}

/// A session whose output (and errors) are collected in a string.
final class CapturedSession {
    private(set) var output = ""
    private(set) var session: Session!

    init(echo: Bool = true, interpreter: Interpreter = Interpreter()) {
        session = Session(interpreter: interpreter, echo: echo, display: { [unowned self] in self.output += $0 },
                          displayError: { [unowned self] in self.output += $0 })
    }

    /// Runs cells on a large stack (as the executable does) and returns what they printed.
    @discardableResult
    func run(_ code: String) -> String {
        let start = output.endIndex
        _ = FrontEnd.onLargeStack { [self] in session.run(code) }
        return String(output[start...])
    }
}
