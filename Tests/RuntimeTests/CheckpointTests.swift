import Foundation
import Runtime
import XCTest

/// Checkpoint formats (both config styles, sharding, saving) and every malformed-file error.
final class CheckpointTests: XCTestCase {
    var tmp: URL!

    override func setUpWithError() throws {
        tmp = FileManager.default.temporaryDirectory.appendingPathComponent("tina-ckpt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: tmp, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: tmp) }

    let ids = [151646, 151644, 3838, 374, 220, 17]

    func testNewStyleConfigAndShardedCheckpoint() throws {
        let src = ModelGoldenTests.modelDir
        let reference = try ModelGoldenTests.model.logProbs(ids)
        let dir = tmp.appendingPathComponent("sharded")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        var config = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: src + "/config.json"))) as! [String: Any]
        let theta = config.removeValue(forKey: "rope_theta")!
        config["rope_parameters"] = ["rope_theta": theta, "rope_type": "default"]
        config["dtype"] = config.removeValue(forKey: "torch_dtype")
        config["layer_types"] = ["full_attention", "full_attention"]
        try JSONSerialization.data(withJSONObject: config).write(to: dir.appendingPathComponent("config.json"))
        let file = try SafetensorsFile(path: src + "/model.safetensors")
        var shards: [[String: Tensor]] = [[:], [:]]
        var map: [String: String] = [:]
        for (i, n) in file.names.enumerated() {
            shards[i % 2][n] = try file.tensor(n)
            map[n] = "model-0000\(i % 2 + 1)-of-00002.safetensors"
        }
        for s in 0..<2 { try SafetensorsFile.write(shards[s], to: dir.appendingPathComponent("model-0000\(s + 1)-of-00002.safetensors").path) }
        try JSONSerialization.data(withJSONObject: ["metadata": [:], "weight_map": map]).write(to: dir.appendingPathComponent("model.safetensors.index.json"))
        let m = try CausalLM.load(directory: dir.path)
        XCTAssertEqual(m.config.ropeTheta, 10000)
        XCTAssertEqual(try m.logProbs(ids), reference)
        // Converted to float32 on load: the same numbers (bf16 values are exact in f32).
        let f32 = try CausalLM.load(directory: src, dtype: .f32)
        XCTAssertEqual(f32.embedTokens.dtype, .f32)
        assertClose(try f32.logProbs(ids), reference, atol: 1e-5, "f32 load")
    }

    func testSaveRoundTripAndRandomInit() throws {
        let m = ModelGoldenTests.model
        try m.save(directory: tmp.appendingPathComponent("copy").path)
        let back = try CausalLM.load(directory: tmp.appendingPathComponent("copy").path)
        XCTAssertEqual(try back.logProbs(ids), try m.logProbs(ids))
        XCTAssertEqual(back.generationDefaults.eosTokenIds, [151643])
        XCTAssertEqual(back.config, m.config)
        let config = ModelConfig(hiddenSize: 32, intermediateSize: 48, numHiddenLayers: 2, numAttentionHeads: 4,
                                 numKeyValueHeads: 2, vocabSize: 50, tieWordEmbeddings: true)
        let r1 = try CausalLM.random(config: config, seed: 3), r2 = try CausalLM.random(config: config, seed: 3)
        XCTAssertEqual(try r1.logProbs([1, 2, 3]), try r2.logProbs([1, 2, 3]))
        XCTAssertNotEqual(try r1.logProbs([1, 2, 3]), try CausalLM.random(config: config, seed: 4).logProbs([1, 2, 3]))
        try r1.save(directory: tmp.appendingPathComponent("rand").path)
        let saved = try SafetensorsFile(path: tmp.appendingPathComponent("rand/model.safetensors").path)
        XCTAssertFalse(saved.names.contains("lm_head.weight"), "tied embeddings store no lm_head")
        XCTAssertEqual(saved.names.count, 1 + 1 + 2 * 12)
        XCTAssertEqual(try CausalLM.load(directory: tmp.appendingPathComponent("rand").path).logProbs([1, 2, 3]), try r1.logProbs([1, 2, 3]))
        XCTAssertEqual(ModelConfig.r1Distill1_5B.headDim, 128)
    }

    // MARK: bad input

    func write(_ bytes: [UInt8], _ name: String = "bad.safetensors") -> String {
        let p = tmp.appendingPathComponent(name).path
        XCTAssertTrue(FileManager.default.createFile(atPath: p, contents: Data(bytes)), p)
        return p
    }

    func file(header: String, data: Int) -> [UInt8] {
        let h = Array(header.utf8)
        return withUnsafeBytes(of: UInt64(h.count).littleEndian, Array.init) + h + [UInt8](repeating: 0, count: data)
    }

    func expectError(_ path: String, _ needle: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try SafetensorsFile(path: path), file: file, line: line) { e in
            XCTAssertTrue("\(e)".contains(needle), "'\(e)' should mention '\(needle)'", file: file, line: line)
        }
    }

    func testMalformedSafetensorsGiveClearErrors() throws {
        expectError(tmp.appendingPathComponent("nope.safetensors").path, "missing file")
        expectError(write([1, 2, 3]), "truncated")
        expectError(write(withUnsafeBytes(of: UInt64(5000).littleEndian, Array.init) + [0x7b, 0x7d]), "past the end")
        expectError(write(withUnsafeBytes(of: UInt64(1 << 40).littleEndian, Array.init)), "100 MB")
        expectError(write(file(header: "{not json", data: 0)), "header is not valid JSON (line 1, column 2")
        expectError(write(file(header: "[1, 2]", data: 0)), "not a JSON object")
        expectError(write(file(header: #"{"w": {"dtype": "F32", "shape": [1], "data_offsets": [0, 4]}, "w": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]}}"#, data: 8)), "tensor 'w' appears twice")
        expectError(write(file(header: #"{"w": {"dtype": "F32", "shape": [1.5], "data_offsets": [0, 4]}}"#, data: 4)), "entry 'w' lacks dtype, shape or data_offsets")
        expectError(write(file(header: #"{"w": {"dtype": "F32", "shape": [2], "data_offsets": [0, 8]}}"#, data: 4)), "truncated")
        expectError(write(file(header: #"{"w": {"dtype": "F32", "shape": [3], "data_offsets": [0, 8]}}"#, data: 8)), "'w'")
        expectError(write(file(header: #"{"w": {"dtype": "I64", "shape": [1], "data_offsets": [0, 8]}}"#, data: 8)), "unknown dtype 'I64'")
        expectError(write(file(header: #"{"w": {"dtype": "F32", "shape": [1], "data_offsets": [4, 8]}}"#, data: 8)), "holes or overlaps")
        expectError(write(file(header: #"{"w": {"shape": [1]}}"#, data: 0)), "lacks dtype")
    }

    func testBadModelDirectoriesGiveClearErrors() throws {
        let src = URL(fileURLWithPath: ModelGoldenTests.modelDir)
        func dir(_ name: String, config: (inout [String: Any]) -> Void, tensors: (inout [String: Tensor]) throws -> Void) throws -> String {
            let d = tmp.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: d, withIntermediateDirectories: true)
            var c = try JSONSerialization.jsonObject(with: Data(contentsOf: src.appendingPathComponent("config.json"))) as! [String: Any]
            config(&c)
            try JSONSerialization.data(withJSONObject: c).write(to: d.appendingPathComponent("config.json"))
            let f = try SafetensorsFile(path: src.appendingPathComponent("model.safetensors").path)
            var t: [String: Tensor] = [:]
            for n in f.names { t[n] = try f.tensor(n) }
            try tensors(&t)
            try SafetensorsFile.write(t, to: d.appendingPathComponent("model.safetensors").path)
            return d.path
        }
        func expect(_ path: String, _ needle: String, file: StaticString = #filePath, line: UInt = #line) {
            XCTAssertThrowsError(try CausalLM.load(directory: path), file: file, line: line) { e in
                XCTAssertTrue("\(e)".contains(needle), "'\(e)' should mention '\(needle)'", file: file, line: line)
            }
        }
        expect(tmp.appendingPathComponent("absent").path, "missing file")
        expect(try dir("arch", config: { $0["architectures"] = ["GemmaForCausalLM"] }, tensors: { _ in }),
               "unknown architecture 'GemmaForCausalLM' (supported: Qwen2ForCausalLM, Qwen3ForCausalLM, LlamaForCausalLM)")
        expect(try dir("family", config: { $0["architectures"] = ["LlamaForCausalLM"] }, tensors: { _ in }),
               "tensor 'model.layers.0.self_attn.k_proj.bias' is not part of a Llama model")
        expect(try dir("rope", config: { $0["rope_scaling"] = ["rope_type": "yarn", "factor": 4] }, tensors: { _ in }),
               "RoPE type 'yarn' is not supported (supported: default, llama3)")
        expect(try dir("window", config: { $0["use_sliding_window"] = true; $0["max_window_layers"] = 1 }, tensors: { _ in }), "sliding-window attention is not supported")
        expect(try dir("missing", config: { _ in }, tensors: { $0["model.layers.1.mlp.up_proj.weight"] = nil }),
               "model.layers.1.mlp.up_proj.weight")
        expect(try dir("shape", config: { _ in }, tensors: { $0["model.norm.weight"] = Tensor(zeros: [63]) }), "expected shape [64], found [63]")
        expect(try dir("nokey", config: { $0["hidden_size"] = nil }, tensors: { _ in }), "hidden_size")
    }
}
