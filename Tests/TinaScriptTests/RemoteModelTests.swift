import CKernels
import Foundation
import XCTest

/// remote_model against the real vLLM CPU server (scripts/setup-vllm installs it; one server for the
/// whole class, serving fixtures/models/tiny-serve in float32), and failure cases against a loopback
/// stub (openai_stub.py) where a real server cannot be made to fail on demand. A missing vLLM
/// fails: scripts/test installs it.
final class RemoteModelTests: XCTestCase {
    static let fixtures = TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    static let servedModel = fixtures.appendingPathComponent("models/tiny-serve").path
    static let adapter = fixtures.appendingPathComponent("models/tiny-serve-lora").path
    nonisolated(unsafe) static var server: (pid: Int32, url: String)?
    nonisolated(unsafe) static var startFailure: String?

    static func freePort() -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var addr = sockaddr_in()
        addr.sin_family = sa_family_t(AF_INET)
        addr.sin_addr.s_addr = inet_addr("127.0.0.1")
        addr.sin_port = 0
        var len = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, len) } }
        _ = withUnsafeMutablePointer(to: &addr) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &len) } }
        return Int(UInt16(bigEndian: addr.sin_port))
    }

    override class func setUp() {
        let venv = TestPaths.packageRoot.appendingPathComponent(".build-vllm/bin/python").path
        guard FileManager.default.isExecutableFile(atPath: venv) else { startFailure = "vLLM is not installed (scripts/setup-vllm)"; return }
        let port = freePort()
        // popen, not Process: Foundation's waitUntilExit never returned here once the script had
        // left the server running in a session of its own.
        let script = TestPaths.packageRoot.appendingPathComponent("scripts/vllm-serve").path
        guard let pipe = popen("'\(script)' '\(servedModel)' tiny \(port) --logprobs-mode processed_logprobs --max-lora-rank 32 </dev/null", "r") else {
            startFailure = "cannot run scripts/vllm-serve"; return
        }
        var text = ""
        var buffer = [CChar](repeating: 0, count: 256)
        while fgets(&buffer, Int32(buffer.count), pipe) != nil { text += String(cString: buffer) }
        let status = pclose(pipe)
        guard status == 0, let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            startFailure = "scripts/vllm-serve failed (status \(status)); see its log"
            return
        }
        server = (pid, "http://127.0.0.1:\(port)")
    }

    override class func tearDown() {
        if let server {
            kill(-server.pid, SIGTERM)
            for _ in 0..<100 where kill(server.pid, 0) == 0 { usleep(100_000) }
            kill(-server.pid, SIGKILL)
        }
        server = nil
    }

    func requireServer() throws -> String {
        if let server = Self.server { return server.url }
        struct NoServer: Error, CustomStringConvertible { let description: String }
        throw NoServer(description: Self.startFailure ?? "no server")
    }

    static let golden: [[String: Any]] = {
        let data = try! Data(contentsOf: fixtures.appendingPathComponent("golden/tiny-serve-golden.json"))
        return (try! JSONSerialization.jsonObject(with: data) as! [String: Any])["greedy"] as! [[String: Any]]
    }()

    func session(_ url: String) -> CapturedSession {
        let s = CapturedSession(echo: false)
        s.run("""
        let m = load_model("\(Self.servedModel)", dtype: "f32")
        let r = remote_model("\(url)", model: "tiny", tokenizer: m, timeout: 120)
        """)
        return s
    }

    /// Greedy ids equal the golden (and the local model's), with and without the adapter loaded
    /// through /v1/load_lora_adapter; n samples; a text prompt through the chat template.
    func testGreedyIdsMatchTheLocalModelWithAndWithoutTheAdapter() throws {
        let s = session(try requireServer())
        for (i, g) in Self.golden.enumerated() {
            let prompt = (g["prompt_ids"] as! [Int]).map(String.init).joined(separator: ", ")
            let out = s.run("""
            print(r.generate_ids([\(prompt)], max_tokens: 16, temperature: 0) == m.generate_ids([\(prompt)], max_tokens: 16, temperature: 0))
            print(r.generate_ids([\(prompt)], max_tokens: 16, temperature: 0))
            """)
            let want = (g["new_ids"] as! [Int]).map(String.init).joined(separator: ", ")
            XCTAssertEqual(out, "true\n[\(want)]\n", "prompt \(i)")
        }
        // vLLM refuses n > 1 with temperature 0; the greedy completion is asked once and repeated.
        let greedy = s.run("""
        let g = r.generate("What is 2+2?", n: 3, max_tokens: 8, temperature: 0)
        print(len(g), g[0] == g[1] && g[1] == g[2], g[0] == m.generate("What is 2+2?", max_tokens: 8, temperature: 0))
        """)
        XCTAssertEqual(greedy, "3 true true\n")
        // A 4xx carries the server's own message (vLLM: max_tokens beyond the context).
        let refusal = s.run("r.generate_ids([1, 2], max_tokens: 5000)\n")
        XCTAssertTrue(refusal.contains("/v1/completions answered 400: ") && refusal.contains("5000"), refusal)
        let load = s.run("""
        r.load_adapter("\(Self.adapter)", name: "golden-lora")
        m.load_adapter("\(Self.adapter)")
        print(r.model, contains(r.models(), "golden-lora"))
        """)
        XCTAssertEqual(load, "golden-lora true\n")
        for (i, g) in Self.golden.enumerated() {
            let prompt = (g["prompt_ids"] as! [Int]).map(String.init).joined(separator: ", ")
            let out = s.run("print(r.generate_ids([\(prompt)], max_tokens: 16, temperature: 0))\n")
            XCTAssertEqual(out, "[\((g["lora_new_ids"] as! [Int]).map(String.init).joined(separator: ", "))]\n", "prompt \(i) with the adapter")
        }
        let sampled = s.run("""
        r.unload_adapter("golden-lora")
        let a = r.generate("What is 2+2?", n: 4, max_tokens: 8, temperature: 1.0, seed: 1)
        let b = r.generate("What is 2+2?", n: 4, max_tokens: 8, temperature: 1.0, seed: 1)
        print(len(a), a == b, r.model)
        """)
        XCTAssertEqual(sampled, "4 true tiny\n")
    }

    /// Two GRPO steps whose batches the server samples: the adapter is synced before each, so the
    /// server's log-probs of its tokens equal the local policy's, and greedy ids on the server equal
    /// the local model's after training.
    func testGRPOStepsSampleOnTheServerWithTheSyncedAdapter() throws {
        let s = session(try requireServer())
        let out = s.run("""
        m.lora(rank: 8, alpha: 16, dropout: 0)
        let prompts = [{"prompt": "1+1=", "answer": "2"}, {"prompt": "2+3=", "answer": "5"}]
        let t = grpo(m, prompts, rewards: [fn(c, ex) { len(c) / 10.0 }], generations: 4, prompts_per_step: 2,
                     max_completion_tokens: 6, temperature: 1.0, lr: 0.05, beta: 0.0, seed: 5, rollouts: r)
        let a = t.step()
        let b = t.step()
        print(a["adapter_version"], b["adapter_version"], a["sampling_logp_diff"] < 0.001, b["sampling_logp_diff"] < 0.001)
        t.rollout()
        print(r.generate_ids([151646, 16, 10, 16, 28], max_tokens: 8, temperature: 0) == m.generate_ids([151646, 16, 10, 16, 28], max_tokens: 8, temperature: 0))
        """)
        XCTAssertEqual(out, "1.0 2.0 true true\ntrue\n", out)
        // Each version under a name of its own, the previous unloaded; TRL's truncated importance
        // sampling weights are ≈ 1 where the server samples the local policy.
        let renamed = s.run("""
        let t2 = grpo(m, prompts, rewards: [fn(c, ex) { len(c) / 10.0 }], generations: 4, prompts_per_step: 2,
                      max_completion_tokens: 6, temperature: 1.0, lr: 0.05, beta: 0.0, seed: 6, rollouts: r,
                      sync_mode: "rename", sampling_correction: "token_truncate", sampling_correction_max: 2.0)
        let c = t2.step()
        let d = t2.step()
        print(r.model, contains(r.models(), "tina-policy-v1"), abs(d["sampling/importance_sampling_ratio/mean"] - 1) < 0.001)
        """)
        XCTAssertEqual(renamed, "tina-policy-v2 false true\n", renamed)
    }

    func testEvaluateOnTheServer() throws {
        let s = session(try requireServer())
        let out = s.run("""
        let rows = [{"prompt": "1+1=", "answer": "2"}, {"prompt": "2+2=", "answer": "4"}, {"prompt": "3+3=", "answer": "6"}]
        let e = evaluate(r, rows, samples: 3, max_tokens: 8, temperature: 1.0)
        print(e.summary["problems"], e.summary["samples"], len(e.problems[0]["completions"]))
        """)
        XCTAssertEqual(out, "3 3 3\n", out)
    }

    /// A `save:` file is written as problems are scored; a rerun with it samples only the problems
    /// it does not hold (here: the one whose lines were cut off, as by a killed run).
    func testEvaluateResumesFromItsSaveFile() throws {
        let s = session(try requireServer())
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("eval-\(UUID().uuidString).jsonl").path
        defer { try? FileManager.default.removeItem(atPath: file) }
        let run = """
        let rows = [{"prompt": "1+1=", "answer": "2"}, {"prompt": "2+2=", "answer": "4"}, {"prompt": "3+3=", "answer": "6"}]
        let e = evaluate(r, rows, samples: 2, max_tokens: 8, temperature: 1.0, save: "\(file)", name: "sums")
        print(e.summary["problems"], len(e.problems[2]["completions"]))
        """
        XCTAssertEqual(s.run(run), "3 2\n")
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 6)
        // Keep problems 0 and 1 and half a line of problem 2.
        try (lines[0..<4].joined(separator: "\n") + "\n" + lines[4].prefix(20)).write(toFile: file, atomically: true, encoding: .utf8)
        let again = s.run(run)
        XCTAssertEqual(again, "evaluate: 2 problems already scored in \(file)\n3 2\n", again)
        let kept = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(Array(kept[0..<4]), Array(lines[0..<4]), "the saved problems are kept, not sampled again")
        XCTAssertEqual(kept.count, 6)
        let other = s.run("""
        evaluate(r, [{"prompt": "1+1=", "answer": "3"}], samples: 2, max_tokens: 8, save: "\(file)", name: "sums")
        """)
        XCTAssertTrue(other.contains("\(file): line 1: row 0's gold answer differs; it holds another evaluation"), other)
    }

    /// examples/remote_vllm.tina, the README's recipe on a server, on the tiny model and data.
    func testRemoteExampleScript() throws {
        let url = try requireServer()
        let binary = try XCTUnwrap(TestPaths.binary, "tina-repl is not built")
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("remote-example-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let p = Process()
        p.executableURL = binary
        p.currentDirectoryURL = work
        p.arguments = [TestPaths.packageRoot.appendingPathComponent("examples/remote_vllm.tina").path, url, "tiny", Self.servedModel,
                       Self.fixtures.appendingPathComponent("data/mini_math.jsonl").path, "2", "8"]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertEqual(p.terminationStatus, 0, errors.suffix(1500) + "")
        XCTAssertTrue(text.contains("step 1: adapter v1,") && text.contains("step 2: adapter v2,"), text)
        XCTAssertTrue(text.contains("\"problems\": 4"), text)
        let saved = try String(contentsOf: work.appendingPathComponent("out/remote/eval.jsonl"), encoding: .utf8)
        XCTAssertEqual(saved.split(separator: "\n").count, 8)
    }

    // MARK: failures, against the stub

    func withStub(_ mode: String, _ body: (String) throws -> Void) throws {
        let port = Self.freePort()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", TestPaths.testsDir.appendingPathComponent("openai_stub.py").path, String(port), mode]
        let out = Pipe()
        p.standardOutput = out
        try p.run()
        defer {
            // waitpid, not waitUntilExit (see setUp).
            kill(p.processIdentifier, SIGTERM)
            var status: Int32 = 0
            waitpid(p.processIdentifier, &status, 0)
        }
        var ready = Data()
        while !String(decoding: ready, as: UTF8.self).contains("ready") {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            ready.append(chunk)
        }
        try body("http://127.0.0.1:\(port)")
    }

    func testServerFailuresAreErrorsAndLeaveTheTrainerUnchanged() throws {
        let model = Self.servedModel
        try withStub("error500") { url in
            let s = CapturedSession(echo: false)
            let out = s.run("""
            let m = load_model("\(model)")
            let r = remote_model("\(url)", model: "tiny", tokenizer: m)
            r.generate_ids([1, 2], max_tokens: 4, temperature: 0)
            """)
            XCTAssertTrue(out.contains("answered 500: stub failure (after 4 tries)"), out)
        }
        try withStub("drop") { url in
            let s = CapturedSession(echo: false)
            let out = s.run("""
            let m = load_model("\(model)")
            m.lora(rank: 2, alpha: 4, dropout: 0)
            let r = remote_model("\(url)", model: "tiny", tokenizer: m, timeout: 5)
            let t = grpo(m, [{"prompt": "1+1=", "answer": "2"}], rewards: [fn(c, ex) { 1.0 }], generations: 2,
                         max_completion_tokens: 4, rollouts: r)
            t.step()
            """)
            XCTAssertTrue(out.contains("error: the connection to \(url)/v1/completions broke before the answer was complete"), out)
            XCTAssertEqual(s.run("print(t.step, len(t.metrics))\n"), "0 0\n", "the failed step left no trace")
        }
        // A failed adapter sync stops the step before anything is sampled with a stale adapter.
        try withStub("error500") { url in
            let s = CapturedSession(echo: false)
            let out = s.run("""
            let m = load_model("\(model)")
            m.lora(rank: 2, alpha: 4, dropout: 0)
            let r = remote_model("\(url)", model: "tiny", tokenizer: m)
            let t = grpo(m, [{"prompt": "1+1=", "answer": "2"}], rewards: [fn(c, ex) { 1.0 }], generations: 2,
                         max_completion_tokens: 4, rollouts: r)
            t.step()
            """)
            XCTAssertTrue(out.contains("grpo: syncing the adapter to the server failed, so no batch was sampled with a stale adapter: \(url)/v1/load_lora_adapter answered 500: stub failure"), out)
            XCTAssertEqual(s.run("print(t.step)\n"), "0\n")
        }
        // Ctrl-C (the interrupt flag SIGINT sets) cancels the requests in flight at once.
        try withStub("hang") { url in
            let s = CapturedSession(echo: false)
            _ = s.run("let m = load_model(\"\(model)\")\nlet r = remote_model(\"\(url)\", model: \"tiny\", tokenizer: m, concurrency: 4)\n")
            DispatchQueue.global().asyncAfter(deadline: .now() + 1) { tina_interrupt_set() }
            let start = Date()
            let out = s.run("r.generate(\"1+1=\", n: 1, max_tokens: 4, stream: false)\n")
            XCTAssertLessThan(Date().timeIntervalSince(start), 30, "cancelled at once, not after the 600 s timeout")
            XCTAssertTrue(out.lowercased().contains("interrupt"), out)
            XCTAssertEqual(s.run("print(1 + 1)\n"), "2\n", "the session goes on")
        }
        try withStub("hang") { url in
            let out = CapturedSession(echo: false).run("""
            let m = load_model("\(model)")
            remote_model("\(url)", model: "tiny", tokenizer: m, timeout: 1).generate_ids([1, 2], max_tokens: 4)
            """)
            XCTAssertTrue(out.contains("\(url)/v1/completions sent nothing for 1 s (timeout: raise it with timeout:)"), out)
        }
        try withStub("text") { url in
            let out = CapturedSession(echo: false).run("""
            let m = load_model("\(model)")
            m.lora(rank: 2, alpha: 4, dropout: 0)
            let r = remote_model("\(url)", model: "tiny", tokenizer: m)
            print(r.generate_ids([1, 2], max_tokens: 4))
            let t = grpo(m, [{"prompt": "1+1=", "answer": "2"}], rewards: [fn(c, ex) { 1.0 }], generations: 2,
                         max_completion_tokens: 4, rollouts: r)
            t.step()
            """)
            XCTAssertTrue(out.hasPrefix("warning: the server returned text without token ids; these ids re-encode it"), out)
            XCTAssertTrue(out.contains("grpo: the server returned no token ids (only text:  2…); GRPO must train on the sampled tokens"), out)
        }
        let refused = CapturedSession(echo: false).run("""
        let m = load_model("\(model)")
        remote_model("http://127.0.0.1:\(Self.freePort())", model: "tiny", tokenizer: m).generate_ids([1], max_tokens: 2)
        """)
        XCTAssertTrue(refused.contains("cannot reach http://127.0.0.1:"), refused)
    }
}
