import Foundation
import TinaScript
import XCTest

/// The REPL's echo of report builtins and of handles on the tiny-r1 fixture: `m.info()`,
/// `t.samples()` and `compare` show their report once, the value stays data; `:who` gives
/// models and datasets their memory.
final class ReplDisplayTests: XCTestCase {
    let fixtures = TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")

    func testReportBuiltinsEchoTheirReportNotASecondDump() throws {
        let s = CapturedSession()
        let model = fixtures.appendingPathComponent("models/tiny-r1").path
        let data = fixtures.appendingPathComponent("data/mini_math.jsonl").path
        s.run("let m = load_model(\"\(model)\")")
        let info = s.run("m.info()")
        XCTAssertTrue(info.hasPrefix("Out[2]:\nsource           \(model)\nfamily           Qwen2\narchitecture     Qwen2ForCausalLM\nparameters       19534400\nlayers           2\n"), info)
        XCTAssertEqual(s.run("_2[\"layers\"]"), "Out[3]: 2\n", "the value is still the map")

        s.run("""
        let ds = load_dataset("\(data)").take(4)
        let t = grpo(m, ds, rewards: ["format"], generations: 2, prompts_per_step: 2, max_completion_tokens: 4, steps: 1, seed: 1)
        """)
        let step = s.run("t.step()")
        XCTAssertTrue(step.hasPrefix("Out[5]: {\n  \"step\": 1,\n  \"loss\": "), step)
        XCTAssertTrue(step.contains("\n  \"lr\": 1e-06,\n"), step)
        let samples = s.run("t.samples(1)")
        XCTAssertEqual(samples.components(separatedBy: "prompt: ").count, 2, samples)
        XCTAssertTrue(samples.hasSuffix("Out[6]: 4 samples as maps (the first 1 shown above)\n"), samples)
        XCTAssertEqual(s.run("len(Out[6])"), "Out[7]: 4\n")

        s.run("let r = evaluate(m, ds, max_tokens: 4, name: \"tiny\")")
        let table = s.run("compare(r, r)")
        XCTAssertTrue(table.hasPrefix("Out[9]:\nbenchmark "), table)
        XCTAssertFalse(table.contains("\\n"), "the table is not echoed as a quoted string: \(table)")
        XCTAssertEqual(s.run("type(_9)"), "Out[10]: \"string\"\n")

        _ = Commands.run(":who", in: s.session)
        let who = s.output.split(separator: "\n").map(String.init)
        // 19,534,400 bf16 weights (2 bytes each, 37.3 MB) and the float32 LoRA grpo attached.
        XCTAssertTrue(who.contains("m     model        37.5 MB"), s.output)
        XCTAssertTrue(who.contains { $0.hasPrefix("ds    dataset      len 4, ") && $0.hasSuffix(" B") }, s.output)
        XCTAssertTrue(who.contains("t     trainer"), s.output)
    }
}
