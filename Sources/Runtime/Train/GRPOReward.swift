import Foundation

/// A reward the trainer sums with a weight: builtin (by name) or supplied by the caller (a
/// TinaScript function). Scores a batch of completions (G consecutive ones share a prompt); nil
/// entries abstain.
public struct GRPOReward {
    public var name: String
    public var weight: Double
    public var score: (_ completions: [String], _ prompts: [DatasetPrompt]) throws -> [Double?]

    public init(name: String, weight: Double, score: @escaping ([String], [DatasetPrompt]) throws -> [Double?]) {
        self.name = name; self.weight = weight; self.score = score
    }

    /// A builtin reward by its recipe name, with the recipe's parameters; `length` normalises
    /// within each prompt's group of G.
    public static func builtin(_ name: String, weight: Double, config: GRPOConfig) throws -> GRPOReward {
        guard let kind = BuiltinReward(rawValue: name) else {
            throw RecipeError.invalid("unknown reward '\(name)' (builtin: \(BuiltinReward.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        return GRPOReward(name: name, weight: weight) { completions, prompts in
            try kind.rewards(completions: completions, golds: prompts.map(\.answer), groupSize: config.generations,
                             cosine: config.cosine, repetitionNgramSize: config.repetitionNgramSize,
                             repetitionMaxPenalty: config.repetitionMaxPenalty)
        }
    }
}

extension [GRPOReward] {
    /// Every reward's values for a batch of completions (G consecutive ones share a prompt), by
    /// name; a reward that returns the wrong number of values is refused.
    func scores(_ completions: [String], _ prompts: [DatasetPrompt]) throws -> [(name: String, values: [Double?])] {
        try map { r in
            let s = try r.score(completions, prompts)
            guard s.count == completions.count else {
                throw RecipeError.invalid("reward '\(r.name)' returned \(s.count) values for \(completions.count) completions")
            }
            return (r.name, s)
        }
    }
}
