import Foundation
import Runtime
import XCTest

/// Files tina-repl writes for Qwen3 and Llama 3 models load in transformers and PEFT (the
/// `.build-trl` environment of scripts/setup-trl) and give the log-probs tina-repl computes:
/// a LoRA adapter trained away from identity, and the model with it merged and saved.
final class FamilyInteropTests: XCTestCase {
    static let fixtures = TestPaths.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    static let python = TestPaths.packageRoot.appendingPathComponent(".build-trl/bin/python").path
    static let check = TestPaths.testsDir.appendingPathComponent("family_interop_check.py").path

    struct Failure: Error, CustomStringConvertible { let description: String }

    func transformersLogProbs(model: String, adapter: String?, ids: [Int]) throws -> [Float] {
        let r = try ChildRun.run(Self.python, [Self.check, model, adapter ?? "-", "\(ids)"])
        guard r.status == 0 else { throw Failure(description: "family_interop_check.py exited \(r.status):\n" + String(r.err.suffix(3000))) }
        let values = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(r.out.utf8)) as? [Double])
        return values.map(Float.init)
    }

    func assertClose(_ a: [Float], _ b: [Float], atol: Float, _ what: String) {
        XCTAssertEqual(a.count, b.count, what)
        let worst = zip(a, b).map { abs($0 - $1) }.max() ?? 0
        XCTAssertLessThanOrEqual(worst, atol, "\(what): largest difference \(worst)")
    }

    func testSavedAdaptersAndMergedModelsLoadInTransformersAndPEFT() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python) else {
            throw Failure(description: "transformers is not installed: scripts/setup-trl makes .build-trl/")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("family-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: work) }
        for name in ["tiny-qwen3", "tiny-llama3"] {
            let dir = Self.fixtures.appendingPathComponent("models/\(name)").path
            let m = try CausalLM.load(directory: dir, dtype: .f32)
            try m.attachLoRA(LoRAConfig(r: 4, alpha: 8, dropout: 0), seed: 3)
            for (_, t) in m.adapterParameters { t.fillNormal(seed: 5, std: 0.2) }
            let ids = Array(0..<12).map { ($0 * 7919 + 11) % m.config.vocabSize }
            let ours = try m.logProbs(ids)
            let adapter = work.appendingPathComponent("\(name)-adapter").path
            try m.saveAdapter(directory: adapter, baseModel: dir)
            assertClose(try transformersLogProbs(model: dir, adapter: adapter, ids: ids), ours, atol: 1e-4, "\(name) through PEFT")
            try m.mergeAdapter()
            let merged = work.appendingPathComponent("\(name)-merged").path
            try m.save(directory: merged)
            assertClose(try transformersLogProbs(model: merged, adapter: nil, ids: ids), ours, atol: 1e-4, "\(name) merged, in transformers")
        }
    }
}
