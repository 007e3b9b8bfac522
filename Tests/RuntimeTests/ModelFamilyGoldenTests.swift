import Foundation
import Runtime
import XCTest

/// One tiny checkpoint of a family with its PEFT adapter and transformers' goldens
/// (`golden/<name>-golden.{json,safetensors}`, made by the fixtures' make_zoo_fixtures.py).
struct FamilyFixture {
    let name: String
    let modelDir: String
    let adapterDir: String
    let golden: [String: Any]
    let tensors: SafetensorsFile

    init(_ name: String) {
        self.name = name
        modelDir = Paths.fixtures.appendingPathComponent("models/\(name)").path
        adapterDir = Paths.fixtures.appendingPathComponent("models/\(name)-lora").path
        let data = FileManager.default.contents(atPath: Paths.fixtures.appendingPathComponent("golden/\(name)-golden.json").path)!
        golden = try! JSONSerialization.jsonObject(with: data) as! [String: Any]
        tensors = try! SafetensorsFile(path: Paths.fixtures.appendingPathComponent("golden/\(name)-golden.safetensors").path)
    }

    var forward: [[String: Any]] { golden["forward"] as! [[String: Any]] }

    static let qwen3 = FamilyFixture("tiny-qwen3")
    static let llama3 = FamilyFixture("tiny-llama3")
}

/// Qwen3 (per-head q/k RMSNorm, head_dim × heads ≠ hidden, no biases, tied embeddings) and
/// Llama 3 (llama3 RoPE scaling, θ 500000, eos list) against transformers and PEFT: the same
/// decoder serves both, and Qwen2 (ModelGoldenTests, LoRATests) too.
final class ModelFamilyGoldenTests: XCTestCase {
    let fixtures = [FamilyFixture.qwen3, FamilyFixture.llama3]

    func testConfigsReadAsTheirFamilies() throws {
        let qwen3 = try ModelConfig.load(FamilyFixture.qwen3.modelDir + "/config.json")
        XCTAssertEqual(qwen3.family, .qwen3)
        XCTAssertEqual(qwen3.headDim, 16)
        XCTAssertEqual(qwen3.queryWidth, 64)
        XCTAssertFalse(qwen3.queryKeyValueBias)
        XCTAssertTrue(qwen3.tieWordEmbeddings)
        let llama = try ModelConfig.load(FamilyFixture.llama3.modelDir + "/config.json")
        XCTAssertEqual(llama.family, .llama)
        XCTAssertEqual(llama.eosTokenIds, [128001, 128008, 128009])
        XCTAssertEqual(llama.ropeScaling, .llama3(factor: 32, lowFreqFactor: 1, highFreqFactor: 4, originalMaxPositions: 8192))
        for f in fixtures {
            let m = try CausalLM.load(directory: f.modelDir)
            let model = f.golden["model"] as! [String: Any]
            XCTAssertEqual(m.family.architecture, model["arch"] as? String)
            XCTAssertEqual(Set(m.generationDefaults.eosTokenIds), Set(model["eos_ids"] as! [Int]), f.name)
        }
    }

    /// Qwen3's head_dim is 128 when config.json has none; Qwen2's and Llama's hidden / heads.
    func testDefaultHeadDimFollowsTheFamily() throws {
        func config(_ arch: String) throws -> ModelConfig {
            try ModelConfig.decode(Data("""
            {"architectures": ["\(arch)"], "hidden_size": 64, "intermediate_size": 96, "num_hidden_layers": 1,
             "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 10}
            """.utf8), file: "config.json")
        }
        XCTAssertEqual(try config("Qwen3ForCausalLM").headDim, 128)
        XCTAssertEqual(try config("Qwen2ForCausalLM").headDim, 16)
        XCTAssertEqual(try config("LlamaForCausalLM").headDim, 16)
        XCTAssertThrowsError(try config("GemmaForCausalLM")) { e in
            XCTAssertEqual("\(e)", "config.json: unknown architecture 'GemmaForCausalLM' (supported: Qwen2ForCausalLM, Qwen3ForCausalLM, LlamaForCausalLM)")
        }
    }

    /// RoPE frequencies of the fixtures' configs and of the real Llama 3.1 and 3.2 settings.
    func testRopeFrequenciesMatchTransformers() throws {
        var cases: [[String: Any]] = fixtures.map { $0.golden["rope"] as! [String: Any] }
        cases += FamilyFixture.llama3.golden["rope_cases"] as! [[String: Any]]
        XCTAssertEqual(cases.count, 4)
        for (i, c) in cases.enumerated() {
            let headDim = c["head_dim"] as! Int
            let parameters = try JSONSerialization.data(withJSONObject: c["rope_parameters"]!)
            let config = try ModelConfig.decode(Data("""
            {"architectures": ["LlamaForCausalLM"], "hidden_size": \(headDim * 2), "intermediate_size": 8, "num_hidden_layers": 1,
             "num_attention_heads": 2, "head_dim": \(headDim), "vocab_size": 10, "rope_parameters": \(String(decoding: parameters, as: UTF8.self))}
            """.utf8), file: "rope case \(i)")
            let table = RotaryTable(headDim: headDim, theta: Float(config.ropeTheta), scaling: config.ropeScaling)
            let expected = (c["inv_freq"] as! [Double]).map(Float.init)
            assertClose(table.invFreq, expected, atol: 0, rtol: 1e-6, "rope case \(i)")
        }
    }

    func testForwardMatchesTransformers() throws {
        for f in fixtures {
            let m = try CausalLM.load(directory: f.modelDir)
            XCTAssertFalse(f.forward.isEmpty)
            for (i, c) in f.forward.enumerated() {
                let ids = c["input_ids"] as! [Int]
                let hidden = try Tape.withoutRecording { try m.hidden(ids: ids, batch: 1) }
                assertClose(hidden.floats, try f.tensors.tensor("forward.\(i).hidden").floats, atol: 1e-4, "\(f.name) forward \(i) hidden")
                let last = try m.logits(hidden.rows(ids.count - 1..<ids.count))
                assertClose(last.floats, try f.tensors.tensor("forward.\(i).logits_last").floats, atol: 1e-4, "\(f.name) forward \(i) logits")
                assertClose(try m.logProbs(ids), try f.tensors.tensor("forward.\(i).next_logprobs").floats, atol: 1e-4,
                            "\(f.name) forward \(i) log-probs")
                XCTAssertEqual(try m.logits(hidden).topK(5).map(\.indices), c["top5_ids"] as! [[Int]], "\(f.name) forward \(i) top-5")
            }
        }
    }

    func testGreedyDecodingIsExact() throws {
        for f in fixtures {
            let m = try CausalLM.load(directory: f.modelDir)
            for (i, c) in (f.golden["greedy"] as! [[String: Any]]).enumerated() {
                let prompt = c["prompt_ids"] as! [Int], expected = c["new_ids"] as! [Int]
                let out = try m.generate(prompts: [prompt], options: GenerationOptions(maxTokens: expected.count))
                XCTAssertEqual(out[0].ids, expected, "\(f.name) greedy \(i)")
            }
        }
    }

    func testForwardWithFixtureAdapterMatchesPEFT() throws {
        for f in fixtures {
            let m = try CausalLM.load(directory: f.modelDir)
            try m.loadAdapter(directory: f.adapterDir)
            let lora = f.golden["lora"] as! [String: Any]
            XCTAssertEqual(m.adapterConfig?.r, lora["r"] as? Int)
            XCTAssertEqual(m.adapterParameters.count, 2 * 7 * m.layers.count, "\(f.name): q_norm/k_norm are not targets")
            for (i, c) in f.forward.enumerated() {
                let ids = c["input_ids"] as! [Int]
                let h = try Tape.withoutRecording { try m.hidden(ids: ids, batch: 1) }
                assertClose(h.floats, try f.tensors.tensor("lora.\(i).hidden").floats, atol: 1e-4, "\(f.name) lora \(i) hidden")
                assertClose(try m.logProbs(ids), try f.tensors.tensor("lora.\(i).next_logprobs").floats, atol: 1e-4, "\(f.name) lora \(i)")
            }
        }
    }

    func testSFTGradientsMatchPEFT() throws {
        for f in fixtures {
            for checkpointing in [false, true] {
                let m = try CausalLM.load(directory: f.modelDir)
                try m.loadAdapter(directory: f.adapterDir)
                let sft = f.golden["sft_grad"] as! [String: Any]
                let ids = sft["input_ids"] as! [Int], start = sft["loss_mask_start"] as! Int
                let trainer = try SFTTrainer(model: m, parameters: m.adapterParameters.map(\.tensor), optimizer: AdamW(),
                                             checkpointing: checkpointing)
                let (loss, _) = try trainer.lossAndGradients([SFTExample(prompt: Array(ids[...start]), completion: Array(ids[(start + 1)...]))])
                XCTAssertEqual(loss, Float(sft["loss"] as! Double), accuracy: 1e-4, f.name)
                for (name, t) in m.adapterParameters {
                    let ref = try f.tensors.tensor("sft_grad." + name).floats
                    assertClose(t.grad!.floats, ref, atol: 2e-3 * ref.map(abs).max()!, rtol: 2e-3, "\(f.name) grad \(name) checkpointing=\(checkpointing)")
                }
            }
        }
    }

    /// An adapter saved and loaded again, and a merged model saved in the family's layout and
    /// loaded again, give the same log-probs as the adapter applied.
    func testAdapterAndMergedModelRoundTrip() throws {
        let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("tina-family-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: tmp) }
        for f in fixtures {
            let ids = f.forward[0]["input_ids"] as! [Int]
            let m = try CausalLM.load(directory: f.modelDir, dtype: .f32)
            try m.loadAdapter(directory: f.adapterDir)
            let withAdapter = try m.logProbs(ids)
            let adapterDir = tmp.appendingPathComponent("\(f.name)-adapter").path
            try m.saveAdapter(directory: adapterDir)
            let reloaded = try CausalLM.load(directory: f.modelDir, dtype: .f32)
            try reloaded.loadAdapter(directory: adapterDir)
            XCTAssertEqual(try reloaded.logProbs(ids), withAdapter, f.name)
            try m.mergeAdapter()
            let merged = tmp.appendingPathComponent("\(f.name)-merged").path
            try m.save(directory: merged)
            let back = try CausalLM.load(directory: merged)
            var written = m.config
            written.dtype = "float32"
            XCTAssertEqual(back.config, written, f.name)
            XCTAssertEqual(back.generationDefaults.eosTokenIds, m.generationDefaults.eosTokenIds, f.name)
            assertClose(try back.logProbs(ids), withAdapter, atol: 1e-4, "\(f.name) merged, saved")
        }
    }
}
