import Foundation
import XCTest

/// Drives the real binary under a pseudo-terminal, as a user would: prompts, continuation,
/// tab completion, history recall, Ctrl-C at the prompt and during a loop, Ctrl-D.
final class PseudoTerminalTests: XCTestCase {
    func testInteractiveSession() throws {
        guard let binary = TestPaths.binary else { return XCTFail("tina-repl is not built (swift build -c release)") }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tina-pty-\(getpid())")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }

        let term = try Terminal(binary.path, environment: ["HOME=\(home.path)", "TERM=dumb"])
        defer { term.close() }
        try term.expect("[1]> ")

        // A cell spanning lines: the parser says "incomplete", the prompt changes.
        term.send("fn twice(x) {\r")
        try term.expect("...> ")
        term.send("return x * 2 }\r")
        try term.expect("[2]> ")
        term.send("twice(21)\r")
        try term.expect("Out[2]: 42")
        try term.expect("[3]> ")

        // Tab completion of a builtin and of a map key after `name.`.
        term.send("let cfg = {\"alpha\": 7}\r")
        try term.expect("[4]> ")
        term.send("cfg.al\t + su\t([1, 1])\r")
        try term.expect("Out[4]: 9")
        try term.expect("[5]> ")

        // History recall (Ctrl-P is previous-history) re-runs the last cell.
        term.send("\u{10}\r")
        try term.expect("Out[5]: 9")
        try term.expect("[6]> ")

        // Ctrl-C at the prompt drops the input and keeps the cell number.
        term.send("this is not code")
        try term.expect("this is not code")
        term.send("\u{03}")
        try term.expect("^C")
        try term.expect("[6]> ")

        // Ctrl-C during a running loop interrupts it; the session survives.
        term.send("let spins = 0\r")
        try term.expect("[7]> ")
        term.send("while true { spins += 1 }\r")
        Thread.sleep(forTimeInterval: 0.3)
        term.send("\u{03}")
        try term.expect("interrupt: stopping at the next safe point")
        try term.expect("interrupted")
        try term.expect("[8]> ")
        term.send("spins > 0\r")
        try term.expect("Out[8]: true")
        try term.expect("[9]> ")

        // A bare `help` lists the builtins; `:help name` explains one.
        term.send("help\r")
        try term.expect("Builtins (help(name) for details and an example):")
        try term.expect("[10]> ")
        term.send(":help push\r")
        try term.expect("Appends a value to a list in place.")
        try term.expect("[10]> ")

        // Ctrl-D leaves; the history file has one entry per complete cell.
        term.send("\u{04}")
        XCTAssertEqual(try term.waitForExit(), 0)
        let history = try String(contentsOfFile: home.appendingPathComponent(".tina_history").path, encoding: .utf8)
        XCTAssertTrue(history.contains("fn twice(x) {"), history)
        XCTAssertTrue(history.contains("twice(21)"), history)
        XCTAssertFalse(history.contains("this is not code"), history)

        // A new session recalls the multi-line cell as one entry (10 entries back).
        let again = try Terminal(binary.path, environment: ["HOME=\(home.path)", "TERM=dumb"])
        defer { again.close() }
        try again.expect("[1]> ")
        again.send(String(repeating: "\u{10}", count: 10) + "\r")
        try again.expect("[2]> ")
        again.send("twice(5)\r")
        try again.expect("Out[2]: 10")
        again.send(":quit\r")
        XCTAssertEqual(try again.waitForExit(), 0)
    }
}

extension PseudoTerminalTests {
    /// The habits of IPython and the Julia REPL: ?name, !cmd, :env with tokens masked, :cd,
    /// :timeit, the echo wrapped to the terminal's width, Out[n], a file path completed inside a
    /// string, and Ctrl-D in a half-typed cell discarding it.
    func testResearcherHabits() throws {
        guard let binary = TestPaths.binary else { return XCTFail("tina-repl is not built (swift build -c release)") }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tina-pty-habits-\(getpid())")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(at: home.appendingPathComponent("data"), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: home.appendingPathComponent("data/mini_math.jsonl").path, contents: Data())
        let term = try Terminal(binary.path, environment: ["HOME=\(home.path)", "TERM=dumb", "HF_TOKEN=hf_secretvalue"])
        defer { term.close() }
        try term.expect("[1]> ")

        term.send("?push\r")
        try term.expect("Appends a value to a list in place.")
        try term.expect("[1]> ")
        term.send("grpo?\r")
        try term.expect("grpo(model, dataset, …) -> trainer")
        try term.expect("    lr: float? = nil")
        try term.expect("tina-open-rs2: 1e-06")
        try term.expect("[1]> ")

        term.send("!echo shell says hi\r")
        try term.expect("shell says hi")
        try term.expect("[1]> ")
        term.send(":env\r")
        try term.expect("HF_TOKEN")
        try term.expect("hf_s****")
        try term.expect("[1]> ")
        XCTAssertFalse(term.transcript.contains("secretvalue"), term.transcript)
        term.send(":cd \(home.path)\r")
        try term.expect("[1]> ")
        term.send("!pwd\r")
        try term.expect(home.lastPathComponent)
        try term.expect("[1]> ")

        // The terminal is 100 columns wide: a longer map prints one entry a line.
        term.send("{\"model\": \"deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B\", \"rank\": 32, \"alpha\": 128, \"targets\": [\"q_proj\"]}\r")
        try term.expect("Out[1]: {\r\n  \"model\": \"deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B\",\r\n  \"rank\": 32,")
        try term.expect("[2]> ")
        term.send("range(0, 1000)\r")
        try term.expect("Out[2]: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …, 997, 998, 999] (1000 items)")
        try term.expect("[3]> ")
        term.send("Out[1][\"rank\"] + len(Out[2])\r")
        try term.expect("Out[3]: 1032")
        try term.expect("[4]> ")
        term.send(":timeit len(Out[2])\r")
        try term.expect("Out[4]: 1000")
        try term.expect("timeit: ")
        try term.expect(" runs, best ")
        try term.expect("[5]> ")

        // Tab inside a string completes a file path (the folder is the one :cd entered).
        term.send("\"data/mi\t\"\r")
        try term.expect("Out[5]: \"data/mini_math.jsonl\"")
        try term.expect("[6]> ")

        // Ctrl-D in a half-typed cell discards the cell; at an empty prompt it quits.
        term.send("fn f(x) {\r")
        try term.expect("...> ")
        term.send("\u{04}")
        try term.expect("cell discarded")
        try term.expect("[6]> ")
        term.send("f\r")
        try term.expect("undefined variable 'f'")
        try term.expect("[7]> ")
        term.send("\u{04}")
        XCTAssertEqual(try term.waitForExit(), 0)
    }
}

extension PseudoTerminalTests {
    /// A terminal session (its own HOME) that has made `t`, a small GRPO trainer on the tiny-r1
    /// fixture with these rewards; the next prompt is [2].
    private func trainerSession(_ binary: URL, rewards: String) throws -> (Terminal, URL) {
        let fixtures = TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tina-pty-trainer-\(getpid())")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let term = try Terminal(binary.path, environment: ["HOME=\(home.path)", "TERM=dumb"])
        try term.expect("[1]> ")
        let model = fixtures.appendingPathComponent("models/tiny-r1").path
        let data = fixtures.appendingPathComponent("data/mini_math.jsonl").path
        term.send("let t = grpo(load_model(\"\(model)\"), load_dataset(\"\(data)\"), rewards: \(rewards), generations: 2, prompts_per_step: 2, max_completion_tokens: 4, seed: 1)\r")
        try term.expect("[2]> ", timeout: 60)
        return (term, home)
    }

    /// `t.step()` on a terminal ends with its progress line (every phase done), then the metrics.
    func testStepShowsItsProgress() throws {
        guard let binary = TestPaths.binary else { return XCTFail("tina-repl is not built (swift build -c release)") }
        let (term, home) = try trainerSession(binary, rewards: "[\"format\"]")
        defer { term.close(); try? FileManager.default.removeItem(at: home) }
        term.send("t.step()\r")
        try term.expect("step 1", timeout: 60)
        try term.expect("7/7")
        try term.expect("done\u{1B}[K\r\n")
        try term.expect("Out[2]: {")
        try term.expect("[3]> ")
        term.send(":quit\r")
        XCTAssertEqual(try term.waitForExit(), 0)
    }

    /// A step that fails mid-way (here its reward function) ends its progress line before the error
    /// prints, so the error starts a line of its own; the session goes on.
    func testProgressLineEndsBeforeAnError() throws {
        guard let binary = TestPaths.binary else { return XCTFail("tina-repl is not built (swift build -c release)") }
        let (term, home) = try trainerSession(binary, rewards: "[fn(c, e) { error(\"the reward failed\") }]")
        defer { term.close(); try? FileManager.default.removeItem(at: home) }
        term.send("t.step()\r")
        // The bar's last draw (its line still open: clear-to-end, no newline), the newline that
        // ends it, then the error at the start of its own line.
        try term.expect("generation", timeout: 60)
        try term.expect("\u{1B}[K\r\n[1]:1:", timeout: 60)
        try term.expect("error: the reward failed")
        try term.expect("[3]> ")
        term.send("t.step\r")
        try term.expect("[4]> ")
        term.send(":quit\r")
        XCTAssertEqual(try term.waitForExit(), 0)
    }

    /// Every finished cell reaches the session journal at once: after a kill -9 it holds the
    /// cells, `tina-repl --last-session` names it, and `:run` replays it in a new session.
    func testSessionJournalSurvivesAKill() throws {
        guard let binary = TestPaths.binary else { return XCTFail("tina-repl is not built (swift build -c release)") }
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("tina-pty-journal-\(getpid())")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = ["HOME=\(home.path)", "TERM=dumb"]

        let term = try Terminal(binary.path, environment: environment)
        defer { term.close() }
        try term.expect("[1]> ")
        term.send("let kept = 41\r")
        try term.expect("[2]> ")
        term.send("kept + 1\r")
        try term.expect("Out[2]: 42")
        try term.expect("[3]> ")
        term.send("missing\r")
        try term.expect("undefined variable 'missing'")
        try term.expect("[4]> ")
        term.send(":journal\r")
        try term.expect(home.appendingPathComponent(".tina/sessions/").path)
        try term.expect("[4]> ")
        term.close() // SIGKILL: nothing runs at exit

        let last = try ChildRun.run(binary.path, ["--last-session"], env: ["HOME": home.path])
        let path = last.out.trimmingCharacters(in: .whitespacesAndNewlines)
        XCTAssertEqual(last.status, 0, last.err)
        XCTAssertTrue(path.hasPrefix(home.appendingPathComponent(".tina/sessions/").path), path)
        let journal = try String(contentsOfFile: path, encoding: .utf8)
        XCTAssertTrue(journal.contains("<!-- [2] -->\n```tina\nkept + 1\n```\n```text\nOut[2]: 42\n```"), journal)
        XCTAssertTrue(journal.contains("<!-- [3] failed -->\n```tina\nmissing\n```"), journal)

        let again = try Terminal(binary.path, environment: environment)
        defer { again.close() }
        try again.expect("[1]> ")
        again.send(":run \(path)\r")
        try again.expect("[2]> kept + 1")
        try again.expect("Out[2]: 42")
        try again.expect("(skipping cell [3]: it failed when saved)")
        try again.expect("ran 2 cells from ")
        try again.expect("[4]> ")
        again.send("Out[2] - kept\r")
        try again.expect("Out[4]: 1")
        again.send(":quit\r")
        XCTAssertEqual(try again.waitForExit(), 0)
    }
}

/// A child process on a pseudo-terminal (openpty + posix_spawn with a new session, so the
/// terminal becomes its controlling terminal and Ctrl-C raises SIGINT in it).
private final class Terminal {
    struct Timeout: Error, CustomStringConvertible {
        let wanted: String, seen: String
        var description: String { "timed out waiting for \(wanted.debugDescription); output so far:\n\(seen)" }
    }

    /// glibc's POSIX_SPAWN_SETSID, which <spawn.h> declares only under _GNU_SOURCE (hidden from Swift).
    private static let spawnSetsid: Int16 = 0x80

    private let master: Int32
    private let pid: pid_t
    private var buffer = ""
    /// Everything the child wrote so far, for checks that something never appeared.
    private(set) var transcript = ""
    private var exited = false
    private var closed = false

    init(_ path: String, environment: [String]) throws {
        var master: Int32 = 0, slave: Int32 = 0
        var size = winsize(ws_row: 24, ws_col: 100, ws_xpixel: 0, ws_ypixel: 0)
        guard openpty(&master, &slave, nil, nil, &size) == 0 else { throw POSIXError(.ENXIO) }
        let slaveName = String(cString: ttyname(slave))
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addclose(&actions, master)
        posix_spawn_file_actions_addclose(&actions, slave)
        // Opened after setsid(): the terminal becomes the child's controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slaveName, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Self.spawnSetsid)
        let argv: [UnsafeMutablePointer<CChar>?] = [strdup(path), nil]
        let envp: [UnsafeMutablePointer<CChar>?] = environment.map { strdup($0) } + [nil]
        defer { (argv + envp).forEach { free($0) } }
        var pid: pid_t = 0
        let status = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        Glibc.close(slave)
        guard status == 0 else { Glibc.close(master); throw POSIXError(POSIXErrorCode(rawValue: status) ?? .EIO) }
        self.master = master
        self.pid = pid
    }

    func send(_ text: String) {
        _ = text.withCString { Glibc.write(master, $0, strlen($0)) }
    }

    /// Reads until `text` appears after what earlier expectations consumed.
    func expect(_ text: String, timeout: Double = 10) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let range = buffer.range(of: text) {
                buffer = String(buffer[range.upperBound...])
                return
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { throw Timeout(wanted: text, seen: buffer) }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, Int32(left * 1000)) > 0 else { continue }
            var bytes = [UInt8](repeating: 0, count: 4096)
            let n = Glibc.read(master, &bytes, bytes.count)
            guard n > 0 else { throw Timeout(wanted: text, seen: buffer + "\n<end of output>") }
            let text = String(decoding: bytes[0..<n], as: UTF8.self)
            buffer += text
            transcript += text
        }
    }

    func waitForExit(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        var status: Int32 = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            guard Date() < deadline else { throw Timeout(wanted: "<exit>", seen: buffer) }
            // Drain output so the child never blocks on a full terminal buffer.
            var bytes = [UInt8](repeating: 0, count: 4096)
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            if poll(&poller, 1, 50) > 0 { _ = Glibc.read(master, &bytes, bytes.count) }
        }
        exited = true
        return (status >> 8) & 0xff
    }

    /// Kills the child unless it has exited; a second call does nothing.
    func close() {
        guard !closed else { return }
        closed = true
        if !exited {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
        Glibc.close(master)
    }
}
