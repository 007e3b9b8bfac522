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

/// A child process run to its end: status, stdout and stderr. `input` is written and stderr
/// drained on threads of their own, so no pipe fills while another is waited on.
struct ChildRun {
    let status: Int32
    let out: String
    let err: String

    static func run(_ program: String, _ args: [String], in dir: URL? = nil, env: [String: String] = [:],
                    input: String? = nil) throws -> ChildRun {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: program)
        p.arguments = args
        if let dir { p.currentDirectoryURL = dir }
        p.environment = ProcessInfo.processInfo.environment.merging(env) { $1 }
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        let inPipe = Pipe()
        if input != nil { p.standardInput = inPipe }
        try p.run()
        if let input {
            Thread {
                inPipe.fileHandleForWriting.write(Data(input.utf8))
                try? inPipe.fileHandleForWriting.close()
            }.start()
        }
        final class Drain: @unchecked Sendable { var data = Data() }
        let errors = Drain(), drained = DispatchSemaphore(value: 0)
        Thread { errors.data = err.fileHandleForReading.readDataToEndOfFile(); drained.signal() }.start()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        drained.wait()
        return ChildRun(status: p.terminationStatus, out: text, err: String(decoding: errors.data, as: UTF8.self))
    }
}
