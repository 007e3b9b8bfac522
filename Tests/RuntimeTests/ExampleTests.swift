import Foundation
import XCTest

/// Every example script, run by the real tina-repl in a tiny mode: the quickstart offline, the
/// others against the fixture model and data served by the local Hub stand-in.
final class ExampleTests: XCTestCase {
    static var server: HubTestServer!
    var work: URL!

    override class func setUp() { server = try? HubTestServer() }
    override class func tearDown() { server?.stop() }

    override func setUpWithError() throws {
        work = FileManager.default.temporaryDirectory.appendingPathComponent("tina-examples-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: work) }

    /// Runs an example; returns stdout, failing the test on a non-zero exit.
    @discardableResult
    func run(_ args: [String], file: StaticString = #filePath, line: UInt = #line) throws -> String {
        let bin = try XCTUnwrap(Paths.tinaRepl, "tina-repl is not built", file: file, line: line)
        let p = Process()
        p.executableURL = bin
        p.arguments = args
        p.currentDirectoryURL = work
        var env = ProcessInfo.processInfo.environment
        env["HF_ENDPOINT"] = Self.server.endpoint
        env["HF_HUB_CACHE"] = work.appendingPathComponent("hub").path
        env["HF_HUB_DISABLE_PROGRESS_BARS"] = "1"
        env["HF_TOKEN"] = nil
        p.environment = env
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile(), stderr = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        let text = String(decoding: stdout, as: UTF8.self)
        XCTAssertEqual(p.terminationStatus, 0, "\(args): \(String(decoding: stderr, as: UTF8.self).suffix(1500))", file: file, line: line)
        return text
    }

    func example(_ name: String) -> String { Paths.packageRoot.appendingPathComponent("examples/\(name)").path }

    func testQuickstartTinyMode() throws {
        let out = try run([example("quickstart.tina"), "tiny"])
        XCTAssertTrue(out.contains("held-out accuracy:"), out)
        XCTAssertTrue(out.contains("pass@1"), out)
        for f in ["adapter/adapter_config.json", "adapter/adapter_model.safetensors", "reward.png", "metrics.jsonl"] {
            XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/quickstart/" + f).path), f)
        }
        let png = try Data(contentsOf: work.appendingPathComponent("out/quickstart/reward.png"))
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    func testTinaOpenRS2AgainstTheLocalHub() throws {
        guard Self.server != nil else { return XCTFail("hub test server did not start") }
        let out = try run([example("tina_open_rs2.tina"), "tina/tiny-r1", "tina/mini-math", "1", "4"])
        XCTAssertTrue(out.contains("recipe: lr 1e-06"), out)
        let metrics = try String(contentsOf: work.appendingPathComponent("out/open_rs2/metrics.jsonl"), encoding: .utf8)
        XCTAssertEqual(metrics.split(separator: "\n").count, 1)
        XCTAssertTrue(metrics.contains("\"rewards/accuracy/mean\""))
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/open_rs2/adapter/adapter_model.safetensors").path))
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/open_rs2/final/trainer_state.json").path))
    }

    func testTinaOpenRS2GPUExportAgainstTheLocalHub() throws {
        guard Self.server != nil else { return XCTFail("hub test server did not start") }
        let out = try run([example("tina_open_rs2_gpu.tina"), "tina/tiny-r1", "deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B", "tina/mini-math", "2"])
        XCTAssertTrue(out.contains("check step 2: reward"), out)
        let config = try String(contentsOf: work.appendingPathComponent("out/open_rs2_gpu/config.yaml"), encoding: .utf8)
        for line in ["model_name_or_path: \"deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B\"", "max_completion_length: 3584", "lora_r: 32",
                     "learning_rate: 1.0e-06", "stop_step: 850", "max_steps: 1500", "use_vllm: true"] {
            XCTAssertTrue(config.contains(line + "\n"), line)
        }
        let accelerate = try String(contentsOf: work.appendingPathComponent("out/open_rs2_gpu/accelerate.yaml"), encoding: .utf8)
        XCTAssertTrue(accelerate.contains("num_processes: 2\n"))
    }

    func testEvalScriptAgainstTheLocalHub() throws {
        guard Self.server != nil else { return XCTFail("hub test server did not start") }
        let out = try run([example("eval_r1_distill.tina"), "tina/tiny-r1", "", "2", "4", "3", "tina/mini-math"])
        XCTAssertTrue(out.contains("benchmark"), out)
        XCTAssertTrue(out.contains("tina/mini-math"), out)
        let lines = try String(contentsOf: work.appendingPathComponent("out/eval/tina_mini-math.jsonl"), encoding: .utf8)
        XCTAssertEqual(lines.split(separator: "\n").count, 6)
    }

    func testWalkthroughNotebook() throws {
        guard Self.server != nil else { return XCTFail("hub test server did not start") }
        let notebook = work.appendingPathComponent("walkthrough.md").path
        try run(["--notebook", notebook, example("walkthrough.tina"), "tina/tiny-r1", "tina/mini-math"])
        let md = try String(contentsOfFile: notebook, encoding: .utf8)
        XCTAssertTrue(md.contains("saved"), md)
        XCTAssertTrue(md.contains("<|User|>") || md.contains("｜User｜"), "chat template output is in the notebook")
        XCTAssertTrue(FileManager.default.fileExists(atPath: work.appendingPathComponent("out/walkthrough/adapter/adapter_config.json").path))
    }
}
