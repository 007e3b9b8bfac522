import Foundation
import XCTest

/// Replacing a GRPO checkpoint is crash-safe at every instant: the process is killed (SIGKILL, by
/// strace's fault injection) at the entry of each rename and directory removal of two saves in a
/// row, and after every kill `grpo_resume` finds a complete checkpoint, the old or the new one, and
/// leaves no debris. Needs strace (scripts/setup installs it); a missing strace fails the test.
final class CheckpointKillTests: XCTestCase {
    private let dir = FileManager.default.temporaryDirectory.appendingPathComponent("tina-kill-\(getpid())")
    private let model = TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures/models/tiny-r1").path

    override func setUpWithError() throws { try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true) }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: dir) }

    private var strace: String? {
        ["/usr/bin/strace", "/bin/strace"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @discardableResult
    private func run(_ executable: String, _ args: [String]) throws -> (status: Int32, out: String, err: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.currentDirectoryURL = dir
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let o = out.fileHandleForReading.readDataToEndOfFile(), e = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
    }

    private func trainer(_ make: String) -> String {
        """
        let m = load_model("\(model)")
        let data = [{"prompt": "1+1=", "answer": "2"}, {"prompt": "2+2=", "answer": "4"}]
        let t = \(make)
        """
    }

    func testKillAtEveryRenameLeavesAResumableCheckpoint() throws {
        guard let strace else { return XCTFail("strace is missing (scripts/setup installs it)") }
        guard let binary = TestPaths.binary?.path else { return XCTFail("tina-repl is not built") }
        let rewards = "rewards: [fn(c, ex) { len(c) / 10.0 }]"
        let save = dir.appendingPathComponent("save.tina").path, resume = dir.appendingPathComponent("resume.tina").path
        try (trainer("grpo(m, data, \(rewards), generations: 2, max_completion_tokens: 3, lr: 0.01, seed: 1)") + """

        t.step()
        t.save("ckpt")
        t.step()
        t.save("ckpt")
        print("saved", t.step)
        """).write(toFile: save, atomically: true, encoding: .utf8)
        try (trainer("grpo_resume(\"ckpt\", m, data, \(rewards))") + "\nprint(\"resumed\", t.step)\n")
            .write(toFile: resume, atomically: true, encoding: .utf8)
        let ckpt = dir.appendingPathComponent("ckpt").path
        func clean() throws {
            for name in try FileManager.default.contentsOfDirectory(atPath: dir.path) where name.hasPrefix("ckpt") {
                try FileManager.default.removeItem(atPath: dir.appendingPathComponent(name).path)
            }
        }
        // How often each call happens in an uninterrupted run.
        let log = dir.appendingPathComponent("calls.log").path
        let calls = ["rename", "renameat2", "rmdir"]
        let traced = try run(strace, ["-f", "-qq", "-o", log, "-e", "trace=" + calls.joined(separator: ","), binary, save])
        XCTAssertEqual(traced.out, "saved 2\n", traced.err)
        let lines = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        var counts: [String: Int] = [:]
        for call in calls { counts[call] = lines.filter { $0.contains(" \(call)(") || $0.hasPrefix("\(call)(") }.count }
        XCTAssertGreaterThan(counts["renameat2"] ?? 0, 0, "the second save replaces the checkpoint by an exchange: \(lines)")
        var kills = 0
        for call in calls {
            for n in 1...max(counts[call] ?? 0, 1) where (counts[call] ?? 0) > 0 {
                try clean()
                let killed = try run(strace, ["-f", "-qq", "-o", "/dev/null", "-e", "trace=" + call, "-e", "inject=\(call):signal=KILL:when=\(n)",
                                              binary, save])
                guard !killed.out.contains("saved 2") else { continue } // the call was not reached in this run
                kills += 1
                let r = try run(binary, [resume])
                let what = "killed at \(call) #\(n)"
                if r.status == 0 {
                    XCTAssertTrue(r.out.hasSuffix("resumed 1\n") || r.out.hasSuffix("resumed 2\n"), "\(what): \(r.out) \(r.err)")
                } else {
                    // Only a kill inside the very first save may leave no checkpoint at all, and then the error says so.
                    XCTAssertFalse(FileManager.default.fileExists(atPath: ckpt + "/trainer_state.json"), "\(what): \(r.err)")
                    XCTAssertTrue(r.err.contains("trainer_state.json"), "\(what): \(r.err)")
                }
                let debris = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix("ckpt.") }
                if r.status == 0 { XCTAssertEqual(debris, [], "\(what): leftovers after resume") }
            }
        }
        XCTAssertGreaterThanOrEqual(kills, (counts["rename"] ?? 0) + (counts["renameat2"] ?? 0), "every rename was tried")
    }
}
