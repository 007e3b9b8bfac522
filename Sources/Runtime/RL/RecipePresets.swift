/// Tina's GRPO recipes (shangshang-wang/Tina, recipes/DeepSeek-R1-Distill-Qwen-1.5B/grpo/
/// model_curated_*.yaml, with tina/utils/constant.py for dataset ids and
/// tina/post_train_hf/grpo.py for the system prompt choice).
///
/// Shared by every recipe: LoRA on all seven projections with dropout 0.05, AdamW at
/// `cosine_with_min_lr` (min_lr_rate 0.1, warmup_ratio 0.1), max prompt 512 and completion
/// 3584 tokens, temperature 0.7 (top_p unset, i.e. 1), gradient accumulation 4, seed 42,
/// beta 0.04 (the trainer default), one pass per batch. Tina's trainer samples with
/// `RepeatRandomSampler`, so `per_device_train_batch_size` counts completions: with the two
/// GPUs of the paper, 2 × batch / generations = 2 prompts per generation round in every
/// recipe (scripts/training/post_train_grpo.sh launches one process per GPU on GPUs 0,1).
/// That script also passes `--cosine_max_len 3584` for open_rs3, its Dr. GRPO ablation,
/// open_r1 and thoughts, so their cosine reward spans the whole completion budget.
/// `scale_reward: false` (the Dr. GRPO ablation) switches Tina's trainer to no std
/// division and a token-level mean over the batch, which is `bnpo`.
extension GRPOConfig {
    public static let presetNames = [
        "tina-open-rs1", "tina-open-rs2", "tina-open-rs3", "tina-open-rs3-drgrpo", "tina-deepscaler", "tina-still",
        "tina-limr", "tina-limr-large-lr", "tina-limr-small-lr", "tina-limr-rank4", "tina-limr-rank8",
        "tina-limr-rank16", "tina-limr-rank128", "tina-open-r1", "tina-thoughts",
    ]

    private static let allRewardsEqual = ["accuracy", "format", "tag_count", "length", "reasoning_steps", "cosine",
                                          "repetition_penalty"].map { Reward($0, weight: 1.0) }
    private static let formatAccuracy = [Reward("format", weight: 1.0), Reward("accuracy", weight: 2.0)]

    /// The recipe named `name` (see `presetNames`).
    public static func preset(_ name: String) throws -> GRPOConfig {
        switch name {
        case "tina-open-rs2":
            return tina(name, dataset: "knoveleng/open-rs", perDevice: 6, generations: 6, steps: 1500, stop: 850,
                        rewards: formatAccuracy, openRS: true)
        case "tina-open-rs3":
            var c = tina(name, dataset: "knoveleng/open-rs", perDevice: 6, generations: 6, steps: 1500, stop: 850,
                         rewards: [Reward("format", weight: 1.0), Reward("cosine", weight: 2.0)], openRS: true)
            c.cosine.maxLength = 3584
            return c
        case "tina-open-rs3-drgrpo":
            var c = try preset("tina-open-rs3")
            c.preset = name
            c.scaleRewards = .none
            c.lossType = .bnpo
            return c
        case "tina-open-rs1":
            return tina(name, dataset: "knoveleng/open-s1", perDevice: 4, generations: 4, steps: 5000, stop: 2400,
                        rewards: formatAccuracy, openRS: true)
        case "tina-deepscaler":
            return tina(name, dataset: "agentica-org/DeepScaleR-Preview-Dataset", perDevice: 4, generations: 4,
                        steps: 11000, stop: 5500, rewards: formatAccuracy, openRS: false)
        case "tina-still":
            return tina(name, dataset: "RUC-AIBOX/STILL-3-Preview-RL-Data", perDevice: 4, generations: 4, steps: 7500,
                        stop: 3750, rewards: [Reward("length", weight: 1.0), Reward("accuracy", weight: 2.0)], openRS: false)
        case "tina-limr", "tina-limr-large-lr", "tina-limr-small-lr", "tina-limr-rank4", "tina-limr-rank8",
             "tina-limr-rank16", "tina-limr-rank128":
            var c = tina(name, dataset: "GAIR/LIMR", perDevice: 4, generations: 4, steps: 360, stop: 180,
                         rewards: formatAccuracy, openRS: false)
            switch name {
            case "tina-limr-large-lr": c.lr = 5e-6
            case "tina-limr-small-lr": c.lr = 5e-7
            case "tina-limr-rank4": (c.lora.rank, c.lora.alpha) = (4, 16)
            case "tina-limr-rank8": (c.lora.rank, c.lora.alpha) = (8, 32)
            case "tina-limr-rank16": (c.lora.rank, c.lora.alpha) = (16, 64)
            case "tina-limr-rank128": (c.lora.rank, c.lora.alpha) = (128, 512)
            default: break
            }
            return c
        case "tina-open-r1":
            var c = tina(name, dataset: "open-r1/OpenR1-Math-220k", perDevice: 8, generations: 8, steps: nil, stop: nil,
                         rewards: allRewardsEqual, openRS: false)
            c.cosine.maxLength = 3584
            return c
        case "tina-thoughts":
            var c = tina(name, dataset: "bethgelab/CuratedThoughts", perDevice: 8, generations: 8, steps: nil, stop: nil,
                         rewards: allRewardsEqual, openRS: false)
            c.datasetConfig = "OpenThoughts-114k-math-default"
            c.cosine.maxLength = 3584
            return c
        default:
            throw RecipeError.unknownPreset(name, known: presetNames)
        }
    }

    /// The recipes' `lora_target_modules` as their YAML lists them: every projection of
    /// `LoRAConfig.allTargets`, the MLP's bottom-up. Kept in this order so that a recipe and its
    /// export read like the original; PEFT takes the list as a set.
    static let tinaLoRATargets = ["q_proj", "k_proj", "v_proj", "o_proj", "down_proj", "up_proj", "gate_proj"]

    private static func tina(_ name: String, dataset: String, perDevice: Int, generations: Int, steps: Int?, stop: Int?,
                             rewards: [Reward], openRS: Bool) -> GRPOConfig {
        let gpus = 2
        return GRPOConfig(
            dataset: dataset, generations: generations, promptsPerStep: perDevice * gpus / generations,
            maxPromptTokens: 512, maxCompletionTokens: 3584, temperature: 0.7, topP: 1.0, lr: 1e-6,
            schedule: Schedule(kind: .cosineWithMinLR, warmupRatio: 0.1, minLRRate: 0.1, totalSteps: steps),
            stopStep: stop, beta: 0.04, lossType: .grpo, scaleRewards: .group, iterations: 1, maskTruncated: false,
            gradAccum: 4, maxGradNorm: 1.0, systemPrompt: openRS ? TinaSystemPrompts.openRS : TinaSystemPrompts.openR1,
            seed: 42, lora: LoRA(rank: 32, alpha: 128, dropout: 0.05, targets: tinaLoRATargets), rewards: rewards,
            cosine: .tina, preset: name)
    }
}
