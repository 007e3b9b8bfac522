import Foundation
import XCTest

/// Inputs a hostile user (or a damaged download) gives, run through the executable: each ends in
/// exit status 1 with a message naming the file, field or argument, never a signal, a trap or
/// "Fatal error: out of memory" (../shared/fixtures/hostile holds several of them).
final class HostileInputTests: XCTestCase {
    static let fixtures = TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    var work: URL!

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: work) }

    func tina(_ code: String, env: [String: String] = [:]) throws -> ChildRun {
        try ChildRun.run(try XCTUnwrap(TestPaths.binary).path, ["-e", code], in: work, env: env)
    }

    /// A copy of tiny-r1 (links to its files) with `file` replaced by `replacement`.
    func model(replacing file: String, with replacement: URL) throws -> String {
        let dir = work.appendingPathComponent("model-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let source = Self.fixtures.appendingPathComponent("models/tiny-r1")
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path) where name != file {
            try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent(name), withDestinationURL: source.appendingPathComponent(name))
        }
        try FileManager.default.copyItem(at: replacement, to: dir.appendingPathComponent(file))
        return dir.path
    }

    func assertFails(_ run: ChildRun, with message: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(run.status, 1, "exit status (stderr: \(run.err.suffix(400)))", file: file, line: line)
        XCTAssertTrue(run.err.contains(message), "expected \(message) in: \(run.err.suffix(600))", file: file, line: line)
    }

    func testDamagedSafetensorsHeadersAreErrors() throws {
        for (name, message) in [("hdrlen_2p63", "header length 9223372036854775813 exceeds the 100 MB limit"),
                                ("hdrlen_max", "header length 18446744073709551615 exceeds the 100 MB limit"),
                                ("garbage_4k", "model.safetensors: bad safetensors header"),
                                ("hdrlen_past_eof", "runs past the end")] {
            let bad = Self.fixtures.appendingPathComponent("hostile/\(name).safetensors")
            let dir = try model(replacing: "model.safetensors", with: bad)
            assertFails(try tina("load_model(\"\(dir)\")"), with: message)
            // The same file as an adapter.
            let adapter = work.appendingPathComponent("adapter-\(name)")
            try FileManager.default.createDirectory(at: adapter, withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("models/tiny-r1-lora/adapter_config.json"),
                                             to: adapter.appendingPathComponent("adapter_config.json"))
            try FileManager.default.copyItem(at: bad, to: adapter.appendingPathComponent("adapter_model.safetensors"))
            let m = Self.fixtures.appendingPathComponent("models/tiny-r1").path
            assertFails(try tina("let m = load_model(\"\(m)\")\nm.load_adapter(\"\(adapter.path)\")"), with: "adapter_model.safetensors")
        }
        let dir = try model(replacing: "config.json", with: Self.fixtures.appendingPathComponent("models/tiny-r1/config.json"))
        try FileManager.default.removeItem(atPath: dir + "/model.safetensors")
        try FileManager.default.createDirectory(atPath: dir + "/model.safetensors", withIntermediateDirectories: true)
        assertFails(try tina("load_model(\"\(dir)\")"), with: "model.safetensors: not a regular file")
        assertFails(try tina("load_model(\"/nonexistent/x\")"), with: "/nonexistent/x: no such model folder")
    }

    func testConfigsThatWouldComputeNaNAreRefusedByField() throws {
        for (name, field) in [("config_rope_theta_0", "rope_theta must be a positive number, got 0.0"),
                              ("config_rms_norm_eps_neg", "rms_norm_eps must be ≥ 0 and finite, got -1e-06")] {
            let dir = try model(replacing: "config.json", with: Self.fixtures.appendingPathComponent("hostile/\(name).json"))
            assertFails(try tina("load_model(\"\(dir)\")"), with: "config.json: " + field)
        }
        let shape = #"{"intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 100"#
        assertFails(try tina("model_init(\(shape), \"hidden_size\": 64.5})"), with: "hidden_size must be an integer, got 64.5")
    }

    /// Sizes past what the machine holds are refused before allocating, naming the size and the limit.
    func testAbsurdSizesAreRefusedBeforeAllocating() throws {
        let m = Self.fixtures.appendingPathComponent("models/tiny-r1").path
        let shape = #"{"intermediate_size": 128, "num_hidden_layers": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 151936"#
        assertFails(try tina("model_init(\(shape), \"hidden_size\": 1000000})"), with: "do not fit this machine's")
        assertFails(try tina("let m = load_model(\"\(m)\")\nm.lora(rank: 100000000)"), with: "rank 100000000 makes")
        assertFails(try tina("let m = load_model(\"\(m)\")\nm.generate(\"ab\", n: 100000000, max_tokens: 1)"), with: "100000000 sequences of up to")
        // max_tokens is capped at the context (max_position_embeddings 16 here).
        let small = try tina("""
        let m = model_init(\(shape), "hidden_size": 64, "max_position_embeddings": 16})
        print(len(m.generate_ids([1, 2], max_tokens: 1000000000000, temperature: 0)))
        """)
        XCTAssertEqual(small.status, 0, small.err)
        XCTAssertEqual(small.out, "14\n")
        // Strings and lists past the interpreter's limit, refused where they are written.
        assertFails(try tina("let s = \"ab\" * 1000000000000"), with: "-e:1:14: error: result too large (2000000000000 elements")
        assertFails(try tina("let r = 0..<1000000000000"), with: "-e:1:")
    }

    func testDeepAndLongValues() throws {
        let deep = try tina("""
        let a = []
        for i in range(3000000) { a = [a] }
        a = nil
        let x = []
        let y = []
        for i in range(2000) { x = [x, i]; y = [y, i] }
        print(x == y)
        print(\(Array(repeating: "1", count: 500).joined(separator: "+")))
        """)
        XCTAssertEqual(deep.status, 0, deep.err)
        XCTAssertEqual(deep.out, "true\n500\n")
    }

    func testSmallDefectsGiveClearMessages() throws {
        let csv = try tina("print(load_dataset(\"\(Self.fixtures.appendingPathComponent("hostile/bom.csv").path)\").columns)")
        XCTAssertEqual(csv.out, "[\"problem\", \"solution\", \"answer\", \"level\"]\n", csv.err)
        let row = try tina("let ds = load_dataset(\"\(Self.fixtures.appendingPathComponent("data/mini_math.jsonl").path)\")\nds[100]")
        assertFails(row, with: "-e:2:3: error: row index 100 is out of range for a dataset of 60 rows")
        let m = Self.fixtures.appendingPathComponent("models/tiny-r1").path
        try "x".write(to: work.appendingPathComponent("taken"), atomically: true, encoding: .utf8)
        assertFails(try tina("let m = load_model(\"\(m)\")\nm.lora(rank: 2)\nm.save_adapter(\"taken\")"),
                    with: "taken: exists and is a file; an adapter is saved as a folder")
        // Maps keep one order from run to run.
        let maps = "print(json(recipe(\"tina-open-rs2\")))\nprint(json(load_model(\"\(m)\").config))"
        let first = try tina(maps), second = try tina(maps)
        XCTAssertEqual(first.out, second.out)
        XCTAssertFalse(first.out.isEmpty, first.err)
    }

    /// A crash that cannot be prevented ends at once with one line and status 70.
    func testACrashEndsAtOnceWithOneLine() throws {
        let p = Process()
        p.executableURL = try XCTUnwrap(TestPaths.binary)
        p.arguments = ["-e", "while true { }"]
        let err = Pipe()
        p.standardError = err
        try p.run()
        usleep(500_000)
        kill(p.processIdentifier, SIGSEGV)
        let start = Date()
        let text = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        XCTAssertLessThan(Date().timeIntervalSince(start), 10, "no backtracer holding the terminal")
        XCTAssertEqual(p.terminationStatus, 70)
        XCTAssertTrue(text.contains("tina-repl: crashed with SIGSEGV. Cells typed in the REPL are in ~/.tina_history. Exiting with status 70."), text)
    }
}
