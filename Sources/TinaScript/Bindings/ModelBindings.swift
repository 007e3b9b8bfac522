import Foundation
import Runtime

/// `m`: a causal LM (Qwen2, Qwen3 or Llama), its tokenizer, and its LoRA adapter.
final class ModelHandle: NativeHandle {
    let model: CausalLM
    let tokenizer: TokenizerHandle?
    let source: String

    init(model: CausalLM, tokenizer: TokenizerHandle?, source: String) {
        self.model = model
        self.tokenizer = tokenizer
        self.source = source
    }

    var display: String {
        let c = model.config
        return "<model \(c.family.modelType) \(source): \(c.numHiddenLayers) layers, hidden \(c.hiddenSize)\(model.adapterConfig.map { ", LoRA r=\($0.r)" } ?? "")>"
    }

    func requireTokenizer(_ what: String) throws -> Tokenizer {
        guard let t = tokenizer?.tokenizer else { throw ScriptError.fail("\(what): the model has no tokenizer (no tokenizer.json in \(source))") }
        return t
    }

    /// EOS ids from generation_config.json and the tokenizer.
    var stopIds: Set<Int> { model.generationDefaults.stopTokenIds(tokenizer: tokenizer?.tokenizer) }

    /// What generate and generate_ids need of this model.
    var generation: GenerationCall {
        GenerationCall(sampler: model, tokenizer: tokenizer?.tokenizer, defaults: model.generationDefaults, stopIds: stopIds,
                       noTokenizer: "the model has no tokenizer (no tokenizer.json in \(source))")
    }

    static let nativeType = NativeType(
        ModelHandle.self, name: "model",
        help: "A causal language model of the Qwen2 (DeepSeek-R1-Distill-Qwen, Qwen2.5), Qwen3 or Llama 3 family,\nwith an optional LoRA adapter. m.info() names its family and shape.",
        methods: [
            Builtin("info", returns: "map", help: "Family, shape, parameter count, weight dtype, compute mode and adapter of the model, as a map (the REPL echoes it as a table).",
                    example: "m.info()") { a in
                let h = try a.this(ModelHandle.self), m = h.model, c = m.config
                var entries: [(String, Value)] = [
                    ("source", .string(h.source)), ("family", .string(c.family.name)), ("architecture", .string(c.family.architecture)),
                    ("parameters", .int(m.parameterCount)), ("layers", .int(c.numHiddenLayers)),
                    ("hidden", .int(c.hiddenSize)), ("intermediate", .int(c.intermediateSize)),
                    ("heads", .int(c.numAttentionHeads)), ("kv_heads", .int(c.numKeyValueHeads)), ("head_dim", .int(c.headDim)),
                    ("vocab", .int(c.vocabSize)), ("tied_embeddings", .bool(c.tieWordEmbeddings)),
                    ("dtype", .string(m.embedTokens.dtype.rawValue.lowercased())), ("compute", .string(m.compute.rawValue)),
                ]
                if let l = m.adapterConfig {
                    entries.append(("adapter", Value(entries: [
                        ("r", .int(l.r)), ("alpha", .float(l.loraAlpha)), ("dropout", .float(l.loraDropout)),
                        ("targets", Value(strings: l.targetModules)), ("enabled", .bool(m.adapterEnabled)),
                        ("parameters", .int(m.adapterParameters.reduce(0) { $0 + $1.tensor.count })),
                    ])))
                }
                return a.interpreter.report(Value(entries: entries), display: Report.keyValueLines(entries))
            },
            Builtin("logprobs", [Param("ids", .list), Param("temperature", .float, default: .float(1))], returns: "list",
                    help: "log p(ids[t+1] | ids[..t]) for each t: a list of len(ids) − 1 floats.",
                    example: "m.logprobs(m.tokenizer.encode(\"Hello world\"))") { a in
                Value(floats: try a.this(ModelHandle.self).model.logProbs(try a.ints("ids"), temperature: Float(try a.double("temperature"))))
            },
        ] + GenerationCall.methods(
            ModelHandle.self, receiver: "m",
            idsHelp: "New token ids continuing ids (KV cache). temperature 0 is greedy; defaults come from\ngeneration_config.json; stops at EOS or a stop string.",
            generateHelp: "Completes a prompt (text, or chat messages rendered by the chat template). n > 1 samples a\ngroup and returns a list of n texts. stream (default: on for n = 1 in the REPL) prints tokens as they come.",
            call: \.generation) + [
            Builtin("save", [Param("dir", .string)], help: "Writes config.json, generation_config.json, model.safetensors (HF layout).",
                    example: "m.save(\"out/merged\")") { a in
                let h = try a.this(ModelHandle.self), dir = try a.string("dir")
                try h.model.save(directory: dir)
                try h.tokenizer?.save(directory: dir)
                return .null
            },
            Builtin("lora", [Param("rank", .int, default: .int(8)), Param("alpha", .float, default: .float(16)),
                             Param("dropout", .float, default: .float(0.05)),
                             Param("targets", .list, default: Value(strings: LoRAConfig.allTargets)),
                             Param("rslora", .bool, default: .bool(false)), Param("layers", .orNil(.list), default: .null),
                             Param("seed", .int, default: .int(42))],
                    returns: "model",
                    help: "Attaches a fresh LoRA adapter (PEFT init: A kaiming-uniform, B zero); scale alpha/rank\n(alpha/√rank with rslora). Replaces any adapter. Returns the model.",
                    example: "m.lora(rank: 32, alpha: 128, dropout: 0.05)") { a in
                let h = try a.this(ModelHandle.self)
                let config = try LoRAConfig(r: try a.int("rank"), alpha: try a.double("alpha"), dropout: try a.double("dropout"),
                                            targets: try a.strings("targets"), rslora: try a.bool("rslora"),
                                            layers: try a.optional("layers") { try $0.asInts($1) }, baseModel: h.source)
                try h.model.attachLoRA(config, seed: UInt64(try a.int("seed")))
                return .native(h)
            },
            Builtin("load_adapter", [Param("dir", .string)], returns: "model",
                    help: "Loads a PEFT LoRA adapter (adapter_config.json + adapter_model.safetensors).",
                    example: "m.load_adapter(\"out/adapter\")") { a in
                let h = try a.this(ModelHandle.self)
                try h.model.loadAdapter(directory: try a.string("dir"))
                return .native(h)
            },
            Builtin("save_adapter", [Param("dir", .string)], help: "Writes the adapter in PEFT's format (PeftModel.from_pretrained loads it).",
                    example: "m.save_adapter(\"out/adapter\")") { a in
                let h = try a.this(ModelHandle.self)
                try h.model.saveAdapter(directory: try a.string("dir"), baseModel: h.source)
                return .null
            },
            Builtin("merge_adapter", help: "Folds the adapter into the base weights (in their dtype) and removes it.",
                    example: "m.merge_adapter(); m.save(\"out/merged\")") { a in
                try a.this(ModelHandle.self).model.mergeAdapter()
                return .null
            },
        ],
        fields: [
            NativeField(ModelHandle.self, "tokenizer", help: "the model's tokenizer (nil without tokenizer.json)") { $0.tokenizer.map { .native($0) } ?? .null },
            NativeField(ModelHandle.self, "config", help: "config.json as a map") { h in
                try JSONCodec.value(encoding: h.model.config)
            },
            NativeField(ModelHandle.self, "adapter_enabled", help: "whether the LoRA adapter is applied (false: the reference policy)",
                        get: { .bool($0.model.adapterEnabled) },
                        set: { h, v in
                            guard h.model.adapterConfig != nil else { throw ScriptError.fail("adapter_enabled: the model has no adapter") }
                            h.model.adapterEnabled = try v.asBool("adapter_enabled")
                        }),
        ])
}

enum ModelBindings {
    static let dtypeParam = Param("dtype", .orNil(.string), default: .null)

    static func dtype(_ a: Arguments) throws -> DType? {
        guard let name = try a.optional("dtype", { try $0.asString($1) }) else { return nil }
        guard let d = DType(name: name) else { throw ScriptError.fail("dtype must be one of f32, bf16, f16; got '\(name)'") }
        return d
    }

    static let computeParam = Param("compute", .string, default: .string(LinearKernel.defaultCompute.rawValue))
    static let computeHelp = "compute: \"f32\" (default: float32-exact products) or \"bf16\" (activations rounded to bf16\nin the large products, as llama.cpp's BF16 path and PyTorch autocast do: 2-3x faster on\nAVX512-BF16 CPUs, log-probs within about 1e-1 instead of 1e-4)."

    static func compute(_ a: Arguments) throws -> LinearKernel.Compute {
        let name = try a.string("compute")
        guard let mode = LinearKernel.Compute(rawValue: name) else { throw ScriptError.fail("compute must be f32 or bf16; got '\(name)'") }
        return mode
    }

    static let builtins: [Builtin] = [
        Builtin("load_model", [Param("path", .string), dtypeParam, computeParam], returns: "model",
                help: "Loads a Qwen2ForCausalLM, Qwen3ForCausalLM or LlamaForCausalLM checkpoint from a directory, or\n\"org/name\" through the Hugging Face cache (downloading what is missing). Weights stay\nmemory-mapped in their dtype unless dtype (f32, bf16, f16; default: as stored) asks otherwise.\n" + computeHelp,
                example: "let m = load_model(\"deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B\", compute: \"bf16\")") { a in
            let path = try a.string("path")
            let mode = try compute(a)
            let dir = try HubClient().resolveModel(path)
            let model = try CausalLM.load(directory: dir, dtype: try dtype(a))
            model.compute = mode
            let tokenizer = FileManager.default.fileExists(atPath: dir + "/tokenizer.json") ? try TokenizerHandle.load(directory: dir) : nil
            return .native(ModelHandle(model: model, tokenizer: tokenizer, source: path))
        },
        Builtin("model_init", [Param("config", .oneOf([.string, .map])), Param("seed", .int, default: .int(0)),
                               Param("dtype", .string, default: .string("bf16")),
                               Param("tokenizer", .orNil(.native("tokenizer")), default: .null), computeParam],
                returns: "model",
                help: "A random-weight model (transformers' init) of any shape: config is a map of config.json keys\n(\"architectures\": [\"Qwen3ForCausalLM\"] or [\"LlamaForCausalLM\"] picks the family; Qwen2 without),\nor the name of a real checkpoint's exact shape: \(ModelConfig.presets.map(\.name).joined(separator: ", ")).\nseed defaults to 0, dtype to bf16; dtype f32 makes weights trainable.\n" + computeHelp,
                example: "let m = model_init({\"hidden_size\": 64, \"intermediate_size\": 128, \"num_hidden_layers\": 2,\n    \"num_attention_heads\": 4, \"num_key_value_heads\": 2, \"vocab_size\": 100}, seed: 1)") { a in
            let config: ModelConfig
            switch try a["config"] {
            case .string(let name):
                guard let preset = ModelConfig.presets.first(where: { $0.name == name }) else {
                    throw ScriptError.fail("model_init: unknown preset '\(name)' (known: \(ModelConfig.presets.map(\.name).joined(separator: ", ")))")
                }
                config = preset.config
            default:
                config = try ModelConfig.decode(Data(try JSONCodec.encode(try a["config"], indent: 0).utf8), file: "model_init's config")
            }
            guard let d = DType(name: try a.string("dtype")) else { throw ScriptError.fail("dtype must be one of f32, bf16, f16") }
            let mode = try compute(a)
            let model = try CausalLM.random(config: config, seed: UInt64(try a.int("seed")), dtype: d)
            model.compute = mode
            let tok = try a.optional("tokenizer") { try $0.asNative(TokenizerHandle.self, $1) }
            return .native(ModelHandle(model: model, tokenizer: tok, source: "model_init"))
        },
    ]
}
