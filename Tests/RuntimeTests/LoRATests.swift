import Foundation
import Runtime
import XCTest

/// LoRA against PEFT: forward with the fixture adapter, SFT gradients, optimiser and schedule
/// goldens, file round trips and bad adapters.
final class LoRATests: XCTestCase {
    static let adapterDir = Paths.fixtures.appendingPathComponent("models/tiny-r1-lora").path
    var golden: [String: Any] { ModelGoldenTests.golden }
    var tensors: SafetensorsFile { ModelGoldenTests.tensors }
    var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("tina-lora-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    func freshModel(dtype: DType? = nil) throws -> CausalLM {
        try CausalLM.load(directory: ModelGoldenTests.modelDir, dtype: dtype)
    }

    func testForwardWithFixtureAdapterMatchesPEFT() throws {
        let m = try freshModel()
        try m.loadAdapter(directory: Self.adapterDir)
        XCTAssertEqual(m.adapterConfig?.r, 4)
        XCTAssertEqual(m.adapterParameters.count, 28)
        for (i, c) in (golden["forward"] as! [[String: Any]]).enumerated() {
            let ids = c["input_ids"] as! [Int]
            let h = try Tape.withoutRecording { try m.hidden(ids: ids, batch: 1) }
            assertClose(h.floats, try tensors.tensor("lora.\(i).hidden").floats, atol: 1e-4, "lora \(i) hidden")
            assertClose(try m.logProbs(ids), try tensors.tensor("lora.\(i).next_logprobs").floats, atol: 1e-4, "lora \(i) log-probs")
        }
        // Disabled, the adapter leaves the base model: GRPO's reference policy.
        m.adapterEnabled = false
        let ids = (golden["forward"] as! [[String: Any]])[0]["input_ids"] as! [Int]
        assertClose(try m.logProbs(ids), try tensors.tensor("forward.0.next_logprobs").floats, atol: 1e-4, "adapter disabled")
    }

    func testSFTGradientsMatchPEFT() throws {
        for checkpointing in [false, true] {
            let m = try freshModel()
            try m.loadAdapter(directory: Self.adapterDir)
            let sft = golden["sft_grad"] as! [String: Any]
            let ids = sft["input_ids"] as! [Int], start = sft["loss_mask_start"] as! Int
            let trainer = try SFTTrainer(model: m, parameters: m.adapterParameters.map(\.tensor), optimizer: AdamW(),
                                         checkpointing: checkpointing)
            let (loss, tokens) = try trainer.lossAndGradients([SFTExample(prompt: Array(ids[...start]), completion: Array(ids[(start + 1)...]))])
            XCTAssertEqual(tokens, ids.count - start - 1)
            XCTAssertEqual(loss, Float(sft["loss"] as! Double), accuracy: 1e-4)
            for (name, t) in m.adapterParameters {
                let ref = try tensors.tensor("sft_grad." + name).floats
                let scale = ref.map(abs).max()!
                assertClose(t.grad!.floats, ref, atol: 2e-3 * scale, rtol: 2e-3, "grad \(name) checkpointing=\(checkpointing)")
            }
        }
    }

    func testAdamWMatchesTorch() throws {
        let p = try tensors.tensor("adamw.p0").copy()
        let opt = try AdamW(lr: 1e-2, betas: (0.9, 0.999), eps: 1e-8, weightDecay: 0.01)
        for g in ["adamw.g1", "adamw.g2"] {
            p.grad = try tensors.tensor(g).copy()
            try opt.update([p])
        }
        assertClose(p.floats, try tensors.tensor("adamw.p2").floats, atol: 1e-6, rtol: 1e-5, "adamw p2")
    }

    func testCosineWithMinLRScheduleMatchesTransformers() throws {
        let ref = golden["lr_schedule"] as! [String: Any]
        let s = try LRSchedule(kind: .cosineWithMinLR, warmupSteps: ref["warmup_steps"] as! Int,
                               totalSteps: ref["total_steps"] as! Int, minLRRate: ref["min_lr_rate"] as! Double)
        for (step, want) in (ref["lr_multiplier_by_step"] as! [Double]).enumerated() {
            XCTAssertEqual(s.multiplier(at: step), want, accuracy: 1e-12, "step \(step)")
        }
        let linear = try LRSchedule(kind: .linear, warmupSteps: 2, totalSteps: 10)
        XCTAssertEqual(linear.multiplier(at: 1), 0.5)
        XCTAssertEqual(linear.multiplier(at: 6), 0.5)
        XCTAssertEqual(try LRSchedule(kind: .cosine, warmupSteps: 0, totalSteps: 10).multiplier(at: 5), 0.5, accuracy: 1e-12)
        XCTAssertEqual(try LRSchedule(kind: .constant, warmupSteps: 4, totalSteps: 10).multiplier(at: 9), 1)
    }

    func testSaveLoadRoundTripInPEFTLayout() throws {
        let m = try freshModel()
        try m.attachLoRA(LoRAConfig(r: 8, alpha: 32, dropout: 0.05, targets: ["q_proj", "v_proj", "down_proj"]), seed: 1)
        for (_, t) in m.adapterParameters { t.fillNormal(seed: 3, std: 0.05) } // make B non-zero
        let ids = [151646, 151644, 3838, 374, 220, 17]
        let before = try m.logProbs(ids)
        let dir = tmp.appendingPathComponent("adapter").path
        try m.saveAdapter(directory: dir, baseModel: "tiny-r1")
        // The fixture's layout rules: names, shapes, dtypes, config keys.
        let ours = try SafetensorsFile(path: dir + "/adapter_model.safetensors")
        let fixture = try SafetensorsFile(path: Self.adapterDir + "/adapter_model.safetensors")
        XCTAssertEqual(ours.names.count, 2 * 3 * 2)
        for n in ours.names {
            let e = ours.entries[n]!
            XCTAssertEqual(e.dtype, .f32)
            let kind = n.contains("q_proj") ? "q_proj" : n.contains("v_proj") ? "v_proj" : "down_proj"
            let twin = fixture.names.first { $0.contains(kind) && $0.hasSuffix(n.hasSuffix("lora_A.weight") ? "lora_A.weight" : "lora_B.weight") && $0.contains("layers.0") }!
            XCTAssertEqual(n.replacingOccurrences(of: "layers.1.", with: "layers.0."), twin)
            let fixtureShape = fixture.entries[twin]!.shape
            if n.hasSuffix("lora_A.weight") { XCTAssertEqual(e.shape, [8, fixtureShape[1]]) } else { XCTAssertEqual(e.shape, [fixtureShape[0], 8]) }
        }
        let ourConfig = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: dir + "/adapter_config.json"))) as! [String: Any]
        let fixtureConfig = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.adapterDir + "/adapter_config.json"))) as! [String: Any]
        for key in ["r", "lora_alpha", "lora_dropout", "target_modules", "bias", "task_type", "peft_type", "use_rslora", "base_model_name_or_path", "fan_in_fan_out", "use_dora"] {
            XCTAssertNotNil(ourConfig[key], "config key \(key)")
            XCTAssertNotNil(fixtureConfig[key], "fixture key \(key)")
        }
        XCTAssertEqual(ourConfig["peft_type"] as? String, "LORA")
        let other = try freshModel()
        try other.loadAdapter(directory: dir)
        XCTAssertEqual(try other.logProbs(ids), before)
    }

    func testMergeEqualsAdapterAndSavesHFLayout() throws {
        let m = try freshModel(dtype: .f32)
        try m.loadAdapter(directory: Self.adapterDir)
        let ids = [151646, 151644, 3838, 374, 220, 17]
        let withAdapter = try m.logProbs(ids)
        try m.mergeAdapter()
        XCTAssertNil(m.adapterConfig)
        assertClose(try m.logProbs(ids), withAdapter, atol: 1e-4, "merged")
        try m.save(directory: tmp.appendingPathComponent("merged").path)
        assertClose(try CausalLM.load(directory: tmp.appendingPathComponent("merged").path).logProbs(ids), withAdapter, atol: 1e-4, "merged, saved")
    }

    func testBadAdaptersAndArguments() throws {
        let m = try freshModel()
        XCTAssertThrowsError(try LoRAConfig(r: 0, alpha: 1)) { XCTAssertTrue("\($0)".contains("rank")) }
        XCTAssertThrowsError(try LoRAConfig(r: 4, alpha: 1, targets: ["qq_proj"])) { XCTAssertTrue("\($0)".contains("qq_proj")) }
        XCTAssertThrowsError(try m.saveAdapter(directory: tmp.path)) { XCTAssertTrue("\($0)".contains("no adapter")) }
        // An adapter of another shape: rank mismatch in config vs tensors.
        let bad = tmp.appendingPathComponent("bad")
        try FileManager.default.createDirectory(at: bad, withIntermediateDirectories: true)
        var config = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.adapterDir + "/adapter_config.json"))) as! [String: Any]
        config["r"] = 8
        try JSONSerialization.data(withJSONObject: config).write(to: bad.appendingPathComponent("adapter_config.json"))
        try FileManager.default.copyItem(atPath: Self.adapterDir + "/adapter_model.safetensors", toPath: bad.appendingPathComponent("adapter_model.safetensors").path)
        XCTAssertThrowsError(try m.loadAdapter(directory: bad.path)) { e in
            XCTAssertTrue("\(e)".contains("lora_A.weight") && "\(e)".contains("[8, 64]"), "\(e)")
        }
        XCTAssertNil(m.adapterConfig, "a failed load leaves the model as it was")
        // Another architecture's tensor names.
        let foreign = tmp.appendingPathComponent("foreign")
        try FileManager.default.createDirectory(at: foreign, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.adapterDir + "/adapter_config.json", toPath: foreign.appendingPathComponent("adapter_config.json").path)
        let src = try SafetensorsFile(path: Self.adapterDir + "/adapter_model.safetensors")
        var renamed: [String: Tensor] = [:]
        for n in src.names { renamed[n] = try src.tensor(n) }
        renamed["base_model.model.transformer.h.0.attn.c_attn.lora_A.weight"] = Tensor(zeros: [4, 64])
        try SafetensorsFile.write(renamed, to: foreign.appendingPathComponent("adapter_model.safetensors").path)
        XCTAssertThrowsError(try m.loadAdapter(directory: foreign.path)) { XCTAssertTrue("\($0)".contains("c_attn")) }
    }

    func testNonFiniteStepIsSkippedAndWeightsUntouched() throws {
        let m = try freshModel()
        try m.loadAdapter(directory: Self.adapterDir)
        let params = m.adapterParameters.map(\.tensor)
        params[0].data[0] = .nan
        let before = params.map(\.floats)
        let trainer = try SFTTrainer(model: m, parameters: params, optimizer: AdamW(lr: 0.1))
        let report = try trainer.train([SFTExample(prompt: [151646, 9707], completion: [1879, 151643])])
        XCTAssertTrue(report.skipped)
        XCTAssertEqual(trainer.step, 0)
        for (a, b) in zip(params.map(\.floats), before) { XCTAssertEqual(a.count, b.count); XCTAssertTrue(zip(a, b).allSatisfy { $0 == $1 || ($0.isNaN && $1.isNaN) }) }
        XCTAssertTrue(params.allSatisfy { $0.grad == nil })
    }

    func testSFTLearnsAndTrainingStateResumes() throws {
        let m = try freshModel()
        try m.attachLoRA(LoRAConfig(r: 4, alpha: 8, dropout: 0.1), seed: 2)
        let params = m.adapterParameters.map(\.tensor)
        let opt = try AdamW(lr: 1e-2, weightDecay: 0)
        let trainer = try SFTTrainer(model: m, parameters: params, optimizer: opt, gradAccum: 2)
        let batch = [SFTExample(prompt: [151646, 9707], completion: [1879, 151643]),
                     SFTExample(prompt: [151646, 3838, 374], completion: [220, 17, 151643])]
        let first = try trainer.train(batch)
        var last = first
        for _ in 0..<15 { last = try trainer.train(batch) }
        XCTAssertLessThan(last.loss, first.loss * 0.5, "SFT reduces the loss")
        let dir = tmp.appendingPathComponent("state").path
        try TrainingState.save(TrainingState(step: trainer.step, optimizerStep: opt.state.step, lr: opt.lr, rng: [1, 2, 3, 4]),
                               model: m, optimizer: opt, to: dir)
        try TrainingState.save(TrainingState(step: trainer.step, optimizerStep: opt.state.step, lr: opt.lr, rng: [1, 2, 3, 4]),
                               model: m, optimizer: opt, to: dir) // overwrite in place
        let resumed = try freshModel()
        let opt2 = try AdamW(lr: 1e-2, weightDecay: 0)
        let state = try TrainingState.load(from: dir, model: resumed, optimizer: opt2)
        XCTAssertEqual(state.step, 16)
        XCTAssertEqual(opt2.state.step, 16)
        XCTAssertEqual(try resumed.logProbs([151646, 9707, 1879]), try m.logProbs([151646, 9707, 1879]))
        for (x, y) in zip(opt.state.m + opt.state.v, opt2.state.m + opt2.state.v) { XCTAssertEqual(x.floats, y.floats) }
    }
}
