import Runtime

/// The reward functions of Tina and open-r1, one builtin each.
enum RewardBindings {
    static func optional(_ d: Double?) -> Value { d.map { .float($0) } ?? .null }

    static let builtins: [Builtin] = [
        Builtin("accuracy_reward", [Param("completion", .string), Param("gold", .string)], returns: "float?",
                help: "1.0 when the completion's answer (\\boxed{} first, then \"final answer is\", then \"answer:\") is\nmathematically equal to the gold as math-verify judges it; 0.0 if not; nil when the gold cannot be parsed.",
                example: "accuracy_reward(\"so \\\\boxed{\\\\frac{1}{2}}\", \"0.5\")  # 1.0") { a in
            optional(MathAnswerCheck.accuracy(completion: try a.string("completion"), gold: try a.string("gold")))
        },
        Builtin("format_reward", [Param("completion", .string)], returns: "float",
                help: "Tina's format reward: 1.0 when the completion holds exactly one \"\\n</think>\\n\".",
                example: "format_reward(\"reasoning\\n</think>\\nanswer\")  # 1.0") { a in
            .float(FormatRewards.format(completion: try a.string("completion")))
        },
        Builtin("tag_count_reward", [Param("completion", .string), Param("style", .string, default: .string("tina"))], returns: "float",
                help: "Partial credit for the think/answer tags: style \"tina\" (0.5 + 0.5) or \"open-r1\" (4 × 0.25).",
                example: "tag_count_reward(\"<think>\\nx\\n</think>\\n\")") { a in
            let c = try a.string("completion")
            switch try a.string("style") {
            case "tina": return .float(FormatRewards.tagCount(completion: c))
            case "open-r1": return .float(FormatRewards.tagCountOpenR1(completion: c))
            case let s: throw ScriptError.fail("tag_count_reward: style must be \"tina\" or \"open-r1\", got '\(s)'")
            }
        },
        Builtin("strict_format_reward", [Param("completion", .string)], returns: "float",
                help: "open-r1's strict format: ^<think>\\n.*?\\n</think>\\n<answer>\\n.*?\\n</answer>\\n$ (1.0 or 0.0).",
                example: "strict_format_reward(\"<think>\\na\\n</think>\\n<answer>\\nb\\n</answer>\\n\")") { a in
            .float(FormatRewards.strictFormat(completion: try a.string("completion")))
        },
        Builtin("cosine_reward", [Param("completion", .string), Param("gold", .string), Param("length", .orNil(.int), default: .null)],
                returns: "float",
                help: "Tina's cosine-scaled length reward (correct: 1.0 → 0.5, wrong: −0.5 → 0.0 over 1000); length\ndefaults to the completion's characters as Tina measures it.",
                example: "cosine_reward(\"\\\\boxed{4}\", \"4\")") { a in
            let c = try a.string("completion")
            let length = try a.optional("length") { try $0.asInt($1) } ?? c.unicodeScalars.count
            return .float(try LengthRewards.cosine(completion: c, gold: try a.string("gold"), length: length))
        },
        Builtin("length_reward", [Param("completions", .list), Param("golds", .list)], returns: "list",
                help: "open-r1's group length reward (Kimi 1.5): shorter correct answers gain, long wrong ones lose.",
                example: "length_reward([\"\\\\boxed{4}\", \"long … \\\\boxed{5}\"], [\"4\", \"4\"])") { a in
            Value(doubles: try LengthRewards.length(completions: try a.strings("completions"), golds: try a.strings("golds")))
        },
    ]
}
