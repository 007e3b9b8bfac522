import Foundation
import Runtime
import XCTest

final class RecipeTests: XCTestCase {
    /// open_rs2 as Tina's recipes/DeepSeek-R1-Distill-Qwen-1.5B/grpo/model_curated_open_rs2.yaml gives it.
    func testOpenRS2Preset() throws {
        let c = try GRPOConfig.preset("tina-open-rs2")
        XCTAssertEqual(c.dataset, "knoveleng/open-rs")
        XCTAssertEqual(c.lora, GRPOConfig.LoRA(rank: 32, alpha: 128, dropout: 0.05,
                                               targets: ["q_proj", "k_proj", "v_proj", "o_proj", "down_proj", "up_proj", "gate_proj"]))
        XCTAssertEqual(c.lr, 1e-6)
        XCTAssertEqual(c.schedule, GRPOConfig.Schedule(kind: .cosineWithMinLR, warmupRatio: 0.1, minLRRate: 0.1, totalSteps: 1500))
        XCTAssertEqual(c.stopStep, 850)
        XCTAssertEqual(c.generations, 6)
        XCTAssertEqual(c.gradAccum, 4)
        XCTAssertEqual(c.maxPromptTokens, 512)
        XCTAssertEqual(c.maxCompletionTokens, 3584)
        XCTAssertEqual(c.temperature, 0.7)
        XCTAssertEqual(c.beta, 0.04)
        XCTAssertEqual(c.iterations, 1)
        XCTAssertEqual(c.seed, 42)
        XCTAssertEqual(c.rewards, [GRPOConfig.Reward("format", weight: 1.0), GRPOConfig.Reward("accuracy", weight: 2.0)])
        XCTAssertEqual(c.systemPrompt, TinaSystemPrompts.openRS)
        XCTAssertEqual(c.cosine, LengthRewards.CosineConfig.tina)
        XCTAssertNoThrow(try c.validate())
    }

    func testOtherPresets() throws {
        let rs3 = try GRPOConfig.preset("tina-open-rs3")
        XCTAssertEqual(rs3.rewards, [GRPOConfig.Reward("format", weight: 1.0), GRPOConfig.Reward("cosine", weight: 2.0)])
        XCTAssertEqual(rs3.cosine.maxLength, 3584)  // post_train_grpo.sh: --cosine_max_len 3584
        XCTAssertEqual(rs3.cosine.minValueWrong, 0.0)
        XCTAssertEqual(rs3.promptsPerStep, 2)
        XCTAssertEqual(try GRPOConfig.preset("tina-open-rs2").cosine.maxLength, 1000)
        let dr = try GRPOConfig.preset("tina-open-rs3-drgrpo")
        XCTAssertEqual(dr.cosine.maxLength, 3584)
        XCTAssertEqual(dr.scaleRewards, .none)
        XCTAssertEqual(dr.lossType, .bnpo)
        let rs1 = try GRPOConfig.preset("tina-open-rs1")
        XCTAssertEqual(rs1.dataset, "knoveleng/open-s1")
        XCTAssertEqual(rs1.generations, 4)
        XCTAssertEqual(rs1.systemPrompt, TinaSystemPrompts.openRS)
        XCTAssertEqual(try GRPOConfig.preset("tina-deepscaler").systemPrompt, TinaSystemPrompts.openR1)
        XCTAssertEqual(try GRPOConfig.preset("tina-limr-rank4").lora.rank, 4)
        XCTAssertEqual(try GRPOConfig.preset("tina-limr-rank128").lora.alpha, 512)
        XCTAssertEqual(try GRPOConfig.preset("tina-limr-small-lr").lr, 5e-7)
        XCTAssertEqual(try GRPOConfig.preset("tina-thoughts").datasetConfig, "OpenThoughts-114k-math-default")
        XCTAssertEqual(try GRPOConfig.preset("tina-open-r1").rewards.count, 7)
        for name in GRPOConfig.presetNames {
            let c = try GRPOConfig.preset(name)
            XCTAssertEqual(c.preset, name)
            for reward in c.rewards { XCTAssertNotNil(BuiltinReward(rawValue: reward.name), "\(name): \(reward.name)") }
            XCTAssertNoThrow(try c.validate(), name)
        }
    }

    func testUnknownPresetNamesTheKnownOnes() {
        XCTAssertThrowsError(try GRPOConfig.preset("tina-open-rs9")) { error in
            XCTAssertTrue("\(error)".contains("tina-open-rs9"))
            XCTAssertTrue("\(error)".contains("tina-open-rs2"))
        }
    }

    func testValidationNamesTheBadValue() throws {
        var c = try GRPOConfig.preset("tina-open-rs2")
        c.generations = 1
        XCTAssertThrowsError(try c.validate()) { XCTAssertTrue("\($0)".contains("generations 1")) }
        c = try GRPOConfig.preset("tina-open-rs2")
        c.topP = 1.5
        XCTAssertThrowsError(try c.validate()) { XCTAssertTrue("\($0)".contains("top_p")) }
    }

    func testCodableRoundTripUsesSnakeCase() throws {
        let c = try GRPOConfig.preset("tina-open-rs3-drgrpo")
        let data = try JSONEncoder().encode(c)
        let text = String(decoding: data, as: UTF8.self)
        XCTAssertTrue(text.contains("\"prompts_per_step\""))
        XCTAssertTrue(text.contains("\"loss_type\":\"bnpo\""))
        XCTAssertTrue(text.contains("\"scale_rewards\":\"none\""))
        XCTAssertEqual(try JSONDecoder().decode(GRPOConfig.self, from: data), c)
    }

    /// The exact Python values of tina/utils/prompt.py, as `json.dumps` printed them.
    func testSystemPromptsVerbatim() throws {
        let python = try JSONDecoder().decode([String].self, from: Data(Self.pythonPrompts.utf8))
        XCTAssertEqual(TinaSystemPrompts.openR1, python[0])
        XCTAssertEqual(TinaSystemPrompts.openRS, python[1])
        XCTAssertEqual(TinaSystemPrompts.openR1.unicodeScalars.count, 273)
        XCTAssertEqual(TinaSystemPrompts.openRS.unicodeScalars.count, 503)
    }

    private static let pythonPrompts = #"""
["\nYou are a helpful AI Assistant that provides well-reasoned and detailed responses.\nYou first think about the reasoning process as an internal monologue and then provide the user with the answer.\nRespond in the following format: <think>\n...\n</think>\n<answer>\n...\n</answer>\n", "\nA conversation between User and Assistant. The user asks a question, and the Assistant solves it.\nThe assistant first thinks about the reasoning process in the mind and then provides the user with the answer, and put your final answer within \\boxed{{}} .\nThe reasoning process and answer are enclosed within <think> </think> and <answer> </answer> tags, respectively, \ni.e., <think> reasoning process here </think> <answer> answer here </answer>.\nNote that respond by English, NOT use other languages.\n"]
"""#
}
