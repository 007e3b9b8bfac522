import Foundation
import Runtime
import XCTest

/// The GRPO loss against TRL's formulas on the fixture group (the adapter-disabled reference, the
/// `reference: "base"` option): log-probs, reference log-probs, the four reductions, and the LoRA
/// gradients of grpo and dr_grpo. That golden predates TRL's bias-corrected KL (KL·ρ, whose gradient
/// gains k3·∇logp); the test adds that term, computed separately, to the golden gradients.
final class GRPOLossTests: XCTestCase {
    func testAllLossTypesAndGradientsMatchTRL() throws {
        let golden = ModelGoldenTests.golden["grpo"] as! [String: Any], tensors = ModelGoldenTests.tensors
        let m = try CausalLM.load(directory: ModelGoldenTests.modelDir)
        try m.loadAdapter(directory: LoRATests.adapterDir)
        let prompt = golden["prompt_ids"] as! [Int], completions = golden["completion_ids"] as! [[Int]]
        let mask = golden["completion_mask"] as! [[Double]], advantages = (golden["advantages"] as! [Double]).map(Float.init)
        let temperature = Float(golden["temperature"] as! Double), beta = Float(golden["beta"] as! Double)
        let eps = Float(golden["epsilon"] as! Double), maxLen = golden["max_completion_length"] as! Int
        let sequences = completions.map { prompt + $0 }
        m.adapterEnabled = false
        let ref = try Tape.withoutRecording { try m.sequenceLogProbs(sequences, temperature: temperature) }
        m.adapterEnabled = true
        let offset = prompt.count - 1
        let refRows = (0..<4).map { b in (0..<maxLen).map { ref.data[b * ref.cols + offset + $0] } }
        assertClose(refRows.flatMap { $0 }, try tensors.tensor("grpo.ref_logps").floats, atol: 1e-4, "reference log-probs")
        let expectedLoss = golden["loss"] as! [String: Double]
        for type in GRPOLossType.allCases {
            let params = m.adapterParameters
            let logp = try m.sequenceLogProbs(sequences, temperature: temperature)
            let policyRows = (0..<4).map { b in (0..<maxLen).map { logp.data[b * logp.cols + offset + $0] } }
            assertClose(policyRows.flatMap { $0 }, try tensors.tensor("grpo.logps").floats, atol: 1e-4, "policy log-probs")
            let samples = (0..<4).map { b in
                GRPOSample(offset: offset, length: Int(mask[b].reduce(0, +)), advantage: advantages[b], refLogProbs: refRows[b])
            }
            let (loss, stats) = try logp.grpoLoss(samples, type: type, beta: beta, epsilonLow: eps, epsilonHigh: eps,
                                                  maxCompletionLength: maxLen)
            XCTAssertEqual(loss.scalar, Float(expectedLoss[type.rawValue]!), accuracy: 2e-3 * abs(Float(expectedLoss[type.rawValue]!)), "\(type) loss")
            // TRL logs the KL as a token mean over the batch, from the golden's own log-probs.
            let goldLogp = try tensors.tensor("grpo.logps").floats, goldRef = try tensors.tensor("grpo.ref_logps").floats
            var klSum = 0.0, tokens = 0.0
            for b in 0..<4 { for j in 0..<maxLen where mask[b][j] > 0 {
                let d = Double(goldRef[b * maxLen + j] - goldLogp[b * maxLen + j])
                klSum += exp(d) - d - 1; tokens += 1
            } }
            XCTAssertEqual(Double(stats.meanKL), klSum / tokens, accuracy: 1e-3 * klSum / tokens, "token-mean KL")
            try loss.backward()
            if type == .grpo || type == .drGRPO {
                var ours: [String: [Float]] = [:]
                for (name, t) in params { ours[name] = t.grad!.floats }
                Gradients.zero(params.map(\.tensor))
                // The bias correction's term: ∇ Σ w·β·k3·logp with k3 held fixed.
                let coefficients = Tensor(zeros: logp.shape)
                for b in 0..<4 {
                    let length = samples[b].length
                    let w: Float = type == .grpo ? 1 / Float(length * 4) : 1 / Float(4 * maxLen)
                    for j in 0..<length {
                        let d = refRows[b][j] - policyRows[b][j]
                        coefficients.data[b * logp.cols + offset + j] = w * beta * (expf(d) - d - 1)
                    }
                }
                let again = try m.sequenceLogProbs(sequences, temperature: temperature)
                try again.mul(coefficients).sum().backward()
                for (name, t) in params {
                    let correction = t.grad!.floats
                    let want = zip(try tensors.tensor("grpo_grad.\(type.rawValue).\(name)").floats, correction).map { $0 + $1 }
                    let scale = want.map(abs).max()!
                    assertClose(ours[name]!, want, atol: 2e-3 * scale, rtol: 2e-3, "\(type) grad \(name)")
                }
            }
            Gradients.zero(params.map(\.tensor))
        }
    }

    func testClippingFollowsTorchMinAndClamp() throws {
        // One token, A = 1: a ratio above 1 + ε is clipped (no gradient, counted); A = −1 is not.
        let logp = try Tensor([0.5], shape: [1, 1], requiresGrad: true)
        for (a, clipped) in [(Float(1), true), (-1, false)] {
            let s = GRPOSample(offset: 0, length: 1, advantage: a, oldLogProbs: [0])
            let (loss, stats) = try logp.grpoLoss([s], type: .bnpo, beta: 0, epsilonLow: 0.2, epsilonHigh: 0.28, maxCompletionLength: 1)
            try loss.backward()
            let ratio = expf(0.5)
            XCTAssertEqual(loss.scalar, clipped ? -1.28 : ratio, accuracy: 1e-5)
            XCTAssertEqual(logp.grad!.floats[0], clipped ? 0 : ratio, accuracy: 1e-5)
            XCTAssertEqual(stats.clipRatio, clipped ? 1 : 0)
            logp.zeroGrad()
        }
    }

    /// TRL's vllm_importance_sampling_correction: the weights of each mode, and a weight multiplies
    /// the policy term and its gradient but not the KL term.
    func testSamplingCorrectionWeightsThePolicyTermOnly() throws {
        let policy: [Float] = [-1, -2, -0.5], server: [Float] = [-1.5, -1, .nan]
        func weights(_ mode: GRPOConfig.SamplingCorrection.Mode, max: Double? = 3, min: Double? = nil) -> [Float] {
            GRPOConfig.SamplingCorrection(mode: mode, max: max, min: min).weights(policy: policy, server: server)
        }
        // Differences 0.5, −1, 0 (NaN: no correction); their sum −0.5.
        assertClose(weights(.tokenTruncate, max: 1.5), [1.5, expf(-1), 1], atol: 1e-6, "token_truncate")
        assertClose(weights(.tokenMask, max: 1.5, min: 0.5), [0, 0, 1], atol: 1e-6, "token_mask")
        assertClose(weights(.sequenceTruncate, min: 0.7), [0.7, 0.7, 0.7], atol: 1e-6, "sequence_truncate")
        assertClose(weights(.sequenceMask), Array(repeating: expf(-0.5), count: 3), atol: 1e-6, "sequence_mask")

        let logp = try Tensor([0.1, -0.3], shape: [1, 2], requiresGrad: true)
        var results: [(Float, [Float])] = []
        for w in [nil, [Float(2), 0.5]] {
            let s = GRPOSample(offset: 0, length: 2, advantage: 1, refLogProbs: [0, 0], samplingWeights: w)
            let (loss, _) = try logp.grpoLoss([s], type: .bnpo, beta: 0.1, epsilonLow: 0.2, epsilonHigh: 0.2, maxCompletionLength: 2)
            try loss.backward()
            results.append((loss.scalar, logp.grad!.floats))
            logp.zeroGrad()
        }
        // Per token: −w·A + β·k3 (ρ = 1, the policy term's gradient −w·A), over 2 tokens.
        let k3 = [0.1, -0.3].map { (x: Float) in expf(-x) + x - 1 }, dk3 = [0.1, -0.3].map { (x: Float) in 1 - expf(-x) + (expf(-x) + x - 1) }
        XCTAssertEqual(results[0].0, (-1 - 1 + 0.1 * (k3[0] + k3[1])) / 2, accuracy: 1e-6)
        XCTAssertEqual(results[1].0, (-2 - 0.5 + 0.1 * (k3[0] + k3[1])) / 2, accuracy: 1e-6)
        assertClose(results[1].1, [(-2 + 0.1 * dk3[0]) / 2, (-0.5 + 0.1 * dk3[1]) / 2], atol: 1e-6, "weighted gradient")
    }
}
