import Foundation
import Runtime
import XCTest

/// The Qwen2 forward pass and greedy decoding against transformers' outputs on the tiny-r1 fixture.
final class ModelGoldenTests: XCTestCase {
    static let modelDir = Paths.fixtures.appendingPathComponent("models/tiny-r1").path
    static let golden: [String: Any] = {
        let data = FileManager.default.contents(atPath: Paths.fixtures.appendingPathComponent("golden/tiny-r1-golden.json").path)!
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }()
    static let tensors = try! SafetensorsFile(path: Paths.fixtures.appendingPathComponent("golden/tiny-r1-golden.safetensors").path)
    static let model = try! CausalLM.load(directory: modelDir)

    func testForwardMatchesTransformers() throws {
        let cases = Self.golden["forward"] as! [[String: Any]]
        XCTAssertFalse(cases.isEmpty)
        for (i, c) in cases.enumerated() {
            let ids = c["input_ids"] as! [Int]
            let hidden = try Tape.withoutRecording { try Self.model.hidden(ids: ids, batch: 1) }
            assertClose(hidden.floats, try Self.tensors.tensor("forward.\(i).hidden").floats, atol: 1e-4, "forward \(i) hidden")
            let last = try Self.model.logits(hidden.rows(ids.count - 1..<ids.count))
            assertClose(last.floats, try Self.tensors.tensor("forward.\(i).logits_last").floats, atol: 1e-4, "forward \(i) logits")
            let lp = try Self.model.logProbs(ids)
            assertClose(lp, try Self.tensors.tensor("forward.\(i).next_logprobs").floats, atol: 1e-4, "forward \(i) log-probs")
            let top = try Self.model.logits(hidden).topK(5).map(\.indices)
            XCTAssertEqual(top, c["top5_ids"] as! [[Int]], "forward \(i) top-5")
        }
    }

    func testGreedyDecodingIsExact() throws {
        for (i, c) in (Self.golden["greedy"] as! [[String: Any]]).enumerated() {
            let prompt = c["prompt_ids"] as! [Int], expected = c["new_ids"] as! [Int]
            let out = try Self.model.generate(prompts: [prompt], options: GenerationOptions(maxTokens: expected.count))
            XCTAssertEqual(out[0].ids, expected, "greedy \(i)")
            XCTAssertEqual(out[0].finishReason, .length)
        }
    }

    /// The portable kernels (TINA_SIMD=off) and the 16-lane ones (TINA_SIMD=avx512, through AVX2 on
    /// a CPU without AVX-512), run by tina-repl: with the checkpoint's bf16 weights against
    /// transformers (log-probs within 1e-4, greedy ids exact), and with the weights widened to f16
    /// and f32 against the kernels this process uses, so that every product of each selection runs.
    func testPortableAnd16LaneKernelsMatchTransformersAndTheDefaultKernels() throws {
        let bin = try XCTUnwrap(Paths.tinaRepl, "tina-repl is not built (swift build -c release)")
        let forward = (Self.golden["forward"] as! [[String: Any]])[0], greedy = (Self.golden["greedy"] as! [[String: Any]])[0]
        let ids = forward["input_ids"] as! [Int], prompt = greedy["prompt_ids"] as! [Int]
        let expected = greedy["new_ids"] as! [Int]
        let script = FileManager.default.temporaryDirectory.appendingPathComponent("portable-\(UUID().uuidString).tina")
        defer { try? FileManager.default.removeItem(at: script) }
        for mode in ["off", "avx512"] {
            for dtype in [DType.bf16, .f16, .f32] {
                try """
                let m = load_model("\(Self.modelDir)", dtype: "\(dtype.rawValue.lowercased())")
                print(json(m.logprobs(\(ids))))
                print(json(m.generate_ids(\(prompt), max_tokens: \(expected.count), temperature: 0)))
                """.write(to: script, atomically: true, encoding: .utf8)
                let p = Process()
                p.executableURL = bin
                p.arguments = [script.path]
                p.environment = ProcessInfo.processInfo.environment.merging(["TINA_SIMD": mode]) { $1 }
                let out = Pipe()
                p.standardOutput = out
                try p.run()
                let lines = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self).split(separator: "\n")
                p.waitUntilExit()
                XCTAssertEqual(p.terminationStatus, 0, "\(mode) \(dtype)")
                let logprobs = try XCTUnwrap(lines.first.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [Double] })
                let greedyIds = try XCTUnwrap(lines.dropFirst().first.flatMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [Int] })
                if dtype == .bf16 {
                    assertClose(logprobs.map(Float.init), try Self.tensors.tensor("forward.0.next_logprobs").floats, atol: 1e-4, "\(mode) log-probs")
                    XCTAssertEqual(greedyIds, expected, "\(mode) greedy")
                } else {
                    let simd = try CausalLM.load(directory: Self.modelDir, dtype: dtype)
                    assertClose(logprobs.map(Float.init), try simd.logProbs(ids), atol: 1e-4, "\(mode) vs default log-probs, \(dtype)")
                    let simdIds = try simd.generate(prompts: [prompt], options: GenerationOptions(maxTokens: expected.count))[0].ids
                    XCTAssertEqual(greedyIds, simdIds, "\(mode) vs default greedy, \(dtype)")
                }
            }
        }
    }

    /// Left-padded batches give each sequence the same results as running it alone.
    func testBatchEqualsOneAtATime() throws {
        let m = Self.model
        let a = [151646, 151644, 3838, 374, 220, 17, 10, 17, 30], b = [151646, 9707, 1879]
        let width = a.count
        let ids = a + [Int](repeating: 0, count: width - b.count) + b
        let valid = [Bool](repeating: true, count: width) + [Bool](repeating: false, count: width - b.count) + [Bool](repeating: true, count: b.count)
        let both = try Tape.withoutRecording { try m.hidden(ids: ids, batch: 2, valid: valid) }
        let alone = try Tape.withoutRecording { try m.hidden(ids: b, batch: 1) }
        assertClose(try both.rows(2 * width - b.count..<2 * width).floats, alone.floats, atol: 1e-5, "padded row")
        // Batched generation, mixed lengths, each matching its solo run.
        let opts = GenerationOptions(maxTokens: 6)
        let together = try m.generate(prompts: [a, b], options: opts)
        XCTAssertEqual(together[0].ids, try m.generate(prompts: [a], options: opts)[0].ids)
        XCTAssertEqual(together[1].ids, try m.generate(prompts: [b], options: opts)[0].ids)
    }

    func testSamplingIsSeededAndStopsPerSequence() throws {
        let m = Self.model
        let prompt = [151646, 151644, 3838, 374]
        var opts = GenerationOptions(maxTokens: 8, sampling: SamplingOptions(temperature: 0.9, topP: 0.95, topK: 50, minP: 0.01), seed: 7)
        let first = try m.generate(prompts: [prompt, prompt, prompt], options: opts)
        let again = try m.generate(prompts: [prompt, prompt, prompt], options: opts)
        XCTAssertEqual(first.map(\.ids), again.map(\.ids))
        XCTAssertNotEqual(first[0].ids, first[1].ids, "rows of a group sample independently")
        // Stop on the second token of row 0: that row ends with .eos, the others go on.
        let stopId = first[0].ids[1]
        opts.stopTokenIds = [stopId]
        let stopped = try m.generate(prompts: [prompt, prompt, prompt], options: opts)
        XCTAssertEqual(stopped[0].finishReason, .eos)
        XCTAssertEqual(stopped[0].ids.last, stopId)
        XCTAssertLessThanOrEqual(stopped[0].ids.count, 2)
        for s in stopped where s.finishReason == .length { XCTAssertEqual(s.ids.count, 8) }
        // Stop strings end a sequence once its decoded text holds one.
        opts.stopTokenIds = []
        opts.stopStrings = ["x"]
        let byText = try m.generate(prompts: [prompt], options: opts, decode: { ids in ids.count >= 3 ? "x" : "" })
        XCTAssertEqual(byText[0].finishReason, .stop)
        XCTAssertEqual(byText[0].ids.count, 3)
    }
}
