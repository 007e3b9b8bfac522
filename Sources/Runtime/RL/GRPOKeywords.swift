import Foundation

/// The `grpo` builtin's keywords that set a hyperparameter, and how they are laid over a preset
/// or a saved configuration: the keywords are the configuration's own snake_case coding keys
/// (a few nested, one renamed), and the result decodes through `Codable`, so no field is
/// copied by hand.
extension GRPOConfig {
    /// A value given for a keyword.
    public enum KeywordValue: Equatable, Sendable {
        case int(Int), double(Double), string(String), bool(Bool)
    }

    /// A keyword that sets a configuration field.
    public struct Keyword: Sendable {
        public enum Kind: Sendable { case int, double, string, bool }
        public let name: String
        public let kind: Kind
        /// The strings it accepts, when it names one of a few choices.
        public let choices: [String]?
        /// Where it lands in the encoded configuration.
        let path: [String]

        init(_ name: String, _ kind: Kind, at path: [String]? = nil, choices: [String]? = nil) {
            self.name = name; self.kind = kind; self.path = path ?? [name]; self.choices = choices
        }
    }

    public static let keywords: [Keyword] = [
        Keyword("steps", .int, at: ["stop_step"]),
        Keyword("generations", .int), Keyword("prompts_per_step", .int), Keyword("max_prompt_tokens", .int),
        Keyword("max_completion_tokens", .int), Keyword("iterations", .int), Keyword("grad_accum", .int), Keyword("seed", .int),
        Keyword("temperature", .double), Keyword("top_p", .double), Keyword("lr", .double), Keyword("beta", .double),
        Keyword("epsilon", .double), Keyword("epsilon_high", .double), Keyword("max_grad_norm", .double),
        Keyword("warmup_ratio", .double, at: ["schedule", "warmup_ratio"]), Keyword("min_lr_rate", .double, at: ["schedule", "min_lr_rate"]),
        Keyword("schedule", .string, at: ["schedule", "kind"], choices: LRSchedule.Kind.allCases.map(\.rawValue)),
        Keyword("loss_type", .string, choices: GRPOLossType.allCases.map(\.rawValue)),
        Keyword("scale_rewards", .string, choices: RewardScaling.allCases.map(\.rawValue)),
        Keyword("system_prompt", .string),
        Keyword("mask_truncated", .bool),
        // The mode before its bounds: the bounds need a correction to bound.
        Keyword("sampling_correction", .string, at: ["sampling_correction", "mode"],
                choices: ["none"] + SamplingCorrection.Mode.allCases.map(\.rawValue)),
        Keyword("sampling_correction_max", .double, at: ["sampling_correction", "max"]),
        Keyword("sampling_correction_min", .double, at: ["sampling_correction", "min"]),
    ]

    /// This configuration with the given keywords applied (names as in `keywords`), and the
    /// defaults that follow from them: `epsilon` alone sets both clip bounds; the
    /// `cosine_with_min_lr` schedule gets a floor of 0.1 when none is set; a sampling correction
    /// turned on gets TRL's bounds (max 3.0, no min) unless bounds were set, and "none" turns it
    /// off. Messages name the keyword.
    public func applying(_ arguments: [String: KeywordValue]) throws -> GRPOConfig {
        let known = Set(Self.keywords.map(\.name))
        if let unknown = arguments.keys.sorted().first(where: { !known.contains($0) }) {
            throw RecipeError.invalid("\(unknown) is not a GRPO hyperparameter")
        }
        var tree = try ConfigTree(encoding: self)
        for keyword in Self.keywords {
            guard let value = arguments[keyword.name] else { continue }
            if let choices = keyword.choices, case .string(let s) = value, !choices.contains(s) {
                throw RecipeError.invalid("\(keyword.name) must be one of \(choices.joined(separator: ", ")), got \"\(s)\"")
            }
            switch (keyword.name, value) {
            case ("sampling_correction", .string("none")):
                tree[["sampling_correction"]] = nil
            case ("sampling_correction", .string(let mode)):
                let bounds = tree[["sampling_correction"]]
                var correction: [String: ConfigTree] = ["mode": .string(mode), "max": bounds?[["max"]] ?? .double(3.0)]
                correction["min"] = bounds?[["min"]]
                tree[["sampling_correction"]] = .object(correction)
            case ("sampling_correction_max", _), ("sampling_correction_min", _):
                guard tree[["sampling_correction"]] != nil else { throw RecipeError.invalid("\(keyword.name) needs sampling_correction") }
                tree[keyword.path] = ConfigTree(value)
            default:
                tree[keyword.path] = ConfigTree(value)
            }
        }
        var c: GRPOConfig
        do { c = try JSONDecoder().decode(GRPOConfig.self, from: JSONEncoder().encode(tree)) } catch let e as DecodingError {
            throw RecipeError.invalid(Self.keywordNaming(e))
        }
        if arguments["epsilon"] != nil && arguments["epsilon_high"] == nil { c.epsilonHigh = c.epsilon }
        if arguments["schedule"] != nil && c.schedule.kind == .cosineWithMinLR && c.schedule.minLRRate == nil { c.schedule.minLRRate = 0.1 }
        return c
    }

    /// A new run's configuration: the preset (or the defaults for `dataset`) with the keywords
    /// applied; without a preset's horizon the schedule runs over the steps asked for (else 100).
    public static func forNewRun(preset: String?, dataset: String, keywords: [String: KeywordValue]) throws -> GRPOConfig {
        var c = try (preset.map(Self.preset) ?? GRPOConfig(dataset: dataset)).applying(keywords)
        if c.schedule.totalSteps == nil { c.schedule.totalSteps = c.stopStep ?? 100 }
        try c.validate()
        return c
    }

    /// Where `t.run()` stops by default: the recipe's stop step, else the schedule's end, else 100.
    public var plannedSteps: Int { stopStep ?? schedule.totalSteps ?? 100 }

    /// The fields that differ from `earlier`, as "path before → after" (JSON values), sorted.
    public func changes(from earlier: GRPOConfig) throws -> [String] {
        let before = try earlier.flattened(), after = try flattened()
        return after.compactMap { key, value in before[key] == value ? nil : "\(key) \(before[key] ?? "nil") → \(value)" }.sorted()
    }

    /// Every field as "path" → JSON text.
    func flattened() throws -> [String: String] {
        guard let object = try JSONSerialization.jsonObject(with: try JSONEncoder().encode(self)) as? [String: Any] else { return [:] }
        var out: [String: String] = [:]
        func walk(_ prefix: String, _ v: Any) {
            if let m = v as? [String: Any] {
                for (k, x) in m { walk(prefix.isEmpty ? k : prefix + "." + k, x) }
            } else {
                out[prefix] = String(decoding: (try? JSONSerialization.data(withJSONObject: v, options: [.fragmentsAllowed, .sortedKeys])) ?? Data(), as: UTF8.self)
            }
        }
        walk("", object)
        return out
    }

    /// A decoding failure as the keyword it concerns (or the field's path) and what is wrong.
    static func keywordNaming(_ e: DecodingError) -> String {
        let path: [CodingKey]
        switch e {
        case .typeMismatch(_, let c), .valueNotFound(_, let c), .dataCorrupted(let c): path = c.codingPath
        case .keyNotFound(let key, let c): path = c.codingPath + [key]
        @unknown default: path = []
        }
        let names = path.map(\.stringValue)
        let field = keywords.first { $0.path == names }?.name ?? names.joined(separator: ".")
        return "\(field): \(ModelConfig.describe(e))"
    }
}

/// A configuration as a JSON tree, to lay keyword values over before decoding it again.
/// Numbers keep their exact value: JSONEncoder writes the shortest text that reads back the same.
private indirect enum ConfigTree: Codable, Equatable {
    case null, bool(Bool), int(Int), double(Double), string(String), array([ConfigTree]), object([String: ConfigTree])

    init(_ value: GRPOConfig.KeywordValue) {
        switch value {
        case .int(let i): self = .int(i)
        case .double(let d): self = .double(d)
        case .string(let s): self = .string(s)
        case .bool(let b): self = .bool(b)
        }
    }

    init<T: Encodable>(encoding value: T) throws {
        self = try JSONDecoder().decode(ConfigTree.self, from: JSONEncoder().encode(value))
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let i = try? c.decode(Int.self) { self = .int(i) }
        else if let d = try? c.decode(Double.self) { self = .double(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([ConfigTree].self) { self = .array(a) }
        else { self = .object(try c.decode([String: ConfigTree].self)) }
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .null: try c.encodeNil()
        case .bool(let b): try c.encode(b)
        case .int(let i): try c.encode(i)
        case .double(let d): try c.encode(d)
        case .string(let s): try c.encode(s)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        }
    }

    /// The value at a path of object keys; setting nil removes it (an absent optional field).
    subscript(path: [String]) -> ConfigTree? {
        get {
            guard let key = path.first else { return self }
            guard case .object(let o) = self else { return nil }
            return o[key]?[Array(path.dropFirst())]
        }
        set {
            guard let key = path.first else { self = newValue ?? .null; return }
            guard case .object(var o) = self else { return }
            if path.count == 1 { o[key] = newValue } else {
                var child = o[key] ?? .object([:])
                child[Array(path.dropFirst())] = newValue
                o[key] = child
            }
            self = .object(o)
        }
    }
}
