import Foundation
import Runtime

/// `r = remote_model(url, model: name, tokenizer: m)`: a model served by vLLM (or any
/// OpenAI-compatible server) with the local model's generation methods.
final class RemoteHandle: NativeHandle {
    let remote: RemoteModel
    let defaults: GenerationDefaults
    let stopIds: Set<Int>

    init(_ remote: RemoteModel, defaults: GenerationDefaults, stopIds: Set<Int>) {
        self.remote = remote; self.defaults = defaults; self.stopIds = stopIds
    }

    var display: String { "<remote model \(remote.requestModel) at \(remote.baseURL)>" }

    var generation: GenerationCall {
        GenerationCall(sampler: remote, tokenizer: remote.tokenizer, defaults: defaults, stopIds: stopIds)
    }

    static let nativeType = NativeType(
        RemoteHandle.self, name: "remote_model",
        help: "A model on an OpenAI-compatible server (vLLM). Same generate/generate_ids as a local model; prompts go as\ntoken ids rendered by the session's tokenizer and chat template. r.load_adapter, r.unload_adapter, r.models().",
        methods: GenerationCall.methods(
            RemoteHandle.self, receiver: "r",
            idsHelp: "New token ids continuing ids, sampled by the server (/v1/completions with return_token_ids).\ntemperature 0 is greedy; temperature and top_p are always sent (defaults: the tokenizer's model, else 1).",
            generateHelp: "Completes a prompt (text, or chat messages rendered by the session's chat template) on the server.\nn > 1 samples a group (one request with n) and returns a list. stream prints tokens as they come.",
            call: \.generation) + [
            Builtin("load_adapter", [Param("path", .string), Param("name", .string), Param("inplace", .bool, default: .bool(false)),
                                     Param("use", .bool, default: .bool(true))], returns: "nil",
                    help: "Loads a PEFT adapter folder (a path the server can read) under name: vLLM's POST /v1/load_lora_adapter\n(server started with --enable-lora and VLLM_ALLOW_RUNTIME_LORA_UPDATING=True). inplace replaces one loaded\nunder that name; use: later requests go to it.",
                    example: "m.save_adapter(\"out/a\")\nr.load_adapter(\"out/a\", name: \"policy\")") { a in
                let h = try a.this(RemoteHandle.self), name = try a.string("name")
                try h.remote.loadAdapter(path: try a.string("path"), name: name, inPlace: try a.bool("inplace"))
                if try a.bool("use") { h.remote.adapter = name }
                return .null
            },
            Builtin("unload_adapter", [Param("name", .string)], returns: "nil",
                    help: "Unloads an adapter from the server (POST /v1/unload_lora_adapter); requests go to the base model again.",
                    example: "r.unload_adapter(\"policy\")") { a in
                try a.this(RemoteHandle.self).remote.unloadAdapter(name: try a.string("name"))
                return .null
            },
            Builtin("use", [Param("name", .orNil(.string), default: .null)], returns: "nil",
                    help: "Sends later requests to a loaded adapter by name (nil: the base model).",
                    example: "r.use(\"policy\")") { a in
                try a.this(RemoteHandle.self).remote.adapter = try a.optional("name") { try $0.asString($1) }
                return .null
            },
            Builtin("models", returns: "list", help: "The names the server serves (/v1/models): the base model and loaded adapters.",
                    example: "r.models()") { a in
                Value(strings: try a.this(RemoteHandle.self).remote.models())
            },
        ],
        fields: [
            NativeField(RemoteHandle.self, "url", help: "the server's root URL") { .string($0.remote.baseURL) },
            NativeField(RemoteHandle.self, "model", help: "the model name requests use now") { .string($0.remote.requestModel) },
        ])
}

enum RemoteBindings {
    static let builtins: [Builtin] = [
        Builtin("remote_model", [Param("url", .string), Param("model", .string),
                                 Param("tokenizer", .oneOf([.native("tokenizer"), .native("model")])),
                                 Param("api_key", .orNil(.string), default: .null), Param("timeout", .float, default: .float(600)),
                                 Param("concurrency", .int, default: .int(8))],
                returns: "remote_model",
                help: "A model served by vLLM or another OpenAI-compatible server, with generate/generate_ids as a local model.\nmodel: the served name (--served-model-name). tokenizer: a tokenizer, or a local model (its tokenizer,\ngeneration defaults and EOS ids). api_key: sent as a bearer token (default: $OPENAI_API_KEY; never printed).\ntimeout: seconds without a byte before a request fails; concurrency: requests in flight at once.\nStart the server on the GPU machine with: vllm serve MODEL --served-model-name NAME --enable-lora\n--max-lora-rank 32 (and VLLM_ALLOW_RUNTIME_LORA_UPDATING=True for adapter syncing).",
                example: "let r = remote_model(\"http://gpu-box:8000\", model: \"r1-1.5b\", tokenizer: m)\nr.generate(\"1+1=\", max_tokens: 8)") { a in
            let tokenizer: Tokenizer, defaults: GenerationDefaults, stopIds: Set<Int>
            if case .native(let h) = try a["tokenizer"], let m = h as? ModelHandle {
                tokenizer = try m.requireTokenizer("remote_model")
                defaults = m.model.generationDefaults
                stopIds = m.stopIds
            } else {
                tokenizer = try a.native("tokenizer", as: TokenizerHandle.self).tokenizer
                defaults = GenerationDefaults()
                stopIds = defaults.stopTokenIds(tokenizer: tokenizer)
            }
            let key = try a.optional("api_key") { try $0.asString($1) } ?? ProcessInfo.processInfo.environment["OPENAI_API_KEY"]
            let remote = try RemoteModel(baseURL: try a.string("url"), servedName: try a.string("model"),
                                         apiKey: key?.isEmpty == true ? nil : key, tokenizer: tokenizer)
            let timeout = try a.double("timeout"), concurrency = try a.int("concurrency")
            guard timeout > 0 else { throw ScriptError.fail("remote_model: timeout must be positive, got \(timeout)") }
            guard concurrency >= 1 else { throw ScriptError.fail("remote_model: concurrency must be ≥ 1, got \(concurrency)") }
            remote.readTimeout = timeout
            remote.concurrency = concurrency
            return .native(RemoteHandle(remote, defaults: defaults, stopIds: stopIds))
        },
    ]
}
