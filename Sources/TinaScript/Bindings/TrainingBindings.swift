import Foundation
import Runtime

/// `adamw(...)`: an optimiser whose state lives across `sft` / GRPO calls.
final class OptimizerHandle: NativeHandle {
    let optimizer: AdamW
    init(_ o: AdamW) { optimizer = o }
    var display: String { "<adamw lr=\(optimizer.lr), step \(optimizer.state.step)>" }

    static let nativeType = NativeType(
        OptimizerHandle.self, name: "optimizer", help: "AdamW (torch semantics: decoupled weight decay, bias correction).",
        fields: [
            NativeField(OptimizerHandle.self, "lr", help: "base learning rate", get: { Value(float32: $0.optimizer.lr) },
                        set: { h, v in h.optimizer.lr = Float(try v.asDouble("lr")) }),
            NativeField(OptimizerHandle.self, "step", help: "updates taken") { .int($0.optimizer.state.step) },
        ])
}

/// `schedule(...)`: a learning-rate multiplier by step.
final class ScheduleHandle: NativeHandle {
    let schedule: LRSchedule
    init(_ s: LRSchedule) { schedule = s }
    var display: String { "<schedule \(schedule.kind.rawValue), warmup \(schedule.warmupSteps), total \(schedule.totalSteps)>" }

    static let nativeType = NativeType(
        ScheduleHandle.self, name: "schedule", help: "A learning-rate schedule with linear warmup (transformers' formulas).",
        methods: [
            Builtin("at", [Param("step", .int)], returns: "float", help: "The multiplier of the base rate at step (0-based).",
                    example: "schedule(\"cosine\", warmup: 10, total: 100).at(50)") { a in
                .float(try a.this(ScheduleHandle.self).schedule.multiplier(at: try a.int("step")))
            },
        ])
}

enum TrainingBindings {
    static let builtins: [Builtin] = [
        Builtin("adamw", [Param("lr", .float, default: .float(1e-3)), Param("betas", .list, default: Value(doubles: [0.9, 0.999])),
                          Param("eps", .float, default: .float(1e-8)), Param("weight_decay", .float, default: .float(0.01))],
                returns: "optimizer", help: "An AdamW optimiser.", example: "let opt = adamw(lr: 1e-4, weight_decay: 0)") { a in
            let betas = try a.doubles("betas")
            guard betas.count == 2 else { throw ScriptError.fail("adamw: betas must be a list of two numbers") }
            return .native(OptimizerHandle(try AdamW(lr: Float(try a.double("lr")), betas: (Float(betas[0]), Float(betas[1])),
                                                     eps: Float(try a.double("eps")), weightDecay: Float(try a.double("weight_decay")))))
        },
        Builtin("schedule", [Param("kind", .string), Param("warmup", .int, default: .int(0)), Param("total", .int),
                             Param("min_lr_rate", .float, default: .float(0))],
                returns: "schedule",
                help: "A learning-rate schedule: kind is constant, linear, cosine or cosine_with_min_lr; warmup and\ntotal are steps.",
                example: "schedule(\"cosine_with_min_lr\", warmup: 10, total: 100, min_lr_rate: 0.1)") { a in
            let name = try a.string("kind")
            guard let kind = LRSchedule.Kind(rawValue: name) else {
                throw ScriptError.fail("schedule: unknown kind '\(name)' (known: \(LRSchedule.Kind.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return .native(ScheduleHandle(try LRSchedule(kind: kind, warmupSteps: try a.int("warmup"), totalSteps: try a.int("total"),
                                                        minLRRate: try a.double("min_lr_rate"))))
        },
        Builtin("sft", [Param("model", .native("model")), Param("examples", .list), Param("optimizer", .native("optimizer")),
                        Param("steps", .int, default: .int(1)), Param("batch", .int, default: .int(8)),
                        Param("schedule", .orNil(.native("schedule")), default: .null),
                        Param("max_grad_norm", .orNil(.float), default: .float(1)), Param("grad_accum", .int, default: .int(1)),
                        Param("checkpointing", .bool, default: .bool(false)), Param("train", .string, default: .string("adapter")),
                        Param("seed", .int, default: .int(0))],
                returns: "list",
                help: "Supervised fine-tuning: cross-entropy on completion tokens of {\"prompt\", \"completion\"} examples\n(text or token ids; text completions get EOS appended). train: \"adapter\" (LoRA) or \"all\" (every\nweight of a float32 model). Shows progress; Ctrl-C stops between steps. Returns per-step metrics.",
                example: "sft(m, [{\"prompt\": \"2+2=\", \"completion\": \"4\"}], optimizer: adamw(lr: 1e-3), steps: 100, batch: 16)") { a in
            let h = try a.native("model", as: ModelHandle.self)
            let examples = try sftExamples(try a.list("examples"), h)
            let train = try a.string("train")
            guard let weights = SFTWeights(rawValue: train) else {
                throw ScriptError.fail("sft: train must be \"adapter\" or \"all\", got '\(train)'")
            }
            if weights == .adapter && h.model.adapterParameters.isEmpty {
                throw ScriptError.fail("sft: the model has no adapter; call m.lora(...) or pass train: \"all\"")
            }
            let trainer = try SFTTrainer(model: h.model, weights: weights, optimizer: try a.native("optimizer", as: OptimizerHandle.self).optimizer,
                                         schedule: try a.optional("schedule") { try $0.asNative(ScheduleHandle.self, $1) }?.schedule,
                                         maxGradNorm: try a.optional("max_grad_norm") { Float(try $0.asDouble($1)) },
                                         gradAccum: try a.int("grad_accum"), checkpointing: try a.bool("checkpointing"))
            // A Ctrl-C that stopped the run stays pending: the interpreter reports it.
            let reports = try trainer.run(examples, steps: try a.int("steps"), batchSize: try a.int("batch"), seed: UInt64(try a.int("seed")))
            return Value(reports.map { r in
                Value(entries: [("step", .int(r.step)), ("loss", Value(float32: r.loss)), ("grad_norm", Value(float32: r.gradNorm)),
                                ("lr", Value(float32: r.lr)), ("tokens", .int(r.tokens)), ("seconds", .float(r.seconds)),
                                ("skipped", .bool(r.skipped))])
            })
        },
    ]

    /// {"prompt", "completion"} maps of text or ids → token ids.
    static func sftExamples(_ list: ScriptList, _ h: ModelHandle) throws -> [SFTExample] {
        guard !list.items.isEmpty else { throw ScriptError.fail("sft: no examples") }
        return try list.items.enumerated().map { i, item in
            let m = try item.asMap("examples[\(i)]")
            func ids(_ key: String, completion: Bool) throws -> [Int] {
                guard let v = m[key] else { throw ScriptError.fail("sft: examples[\(i)] has no \"\(key)\"") }
                if case .string(let text) = v {
                    let tok = try h.requireTokenizer("sft with text examples")
                    if !completion { return tok.encode(text) }
                    return tok.encode(text, addSpecialTokens: false) + (h.stopIds.min().map { [$0] } ?? [])
                }
                return try v.asInts("examples[\(i)][\"\(key)\"]")
            }
            return SFTExample(prompt: try ids("prompt", completion: false), completion: try ids("completion", completion: true))
        }
    }
}
