import Foundation
import Runtime

/// `tok`: a Hugging Face tokenizer with its chat template.
final class TokenizerHandle: NativeHandle {
    let tokenizer: Tokenizer
    /// The source files by name, written back when a model is saved.
    let files: [String: Data]
    /// Where the chat template came from, for its errors: a tokenizer_config.json path.
    let templateOrigin: String

    init(_ tokenizer: Tokenizer, files: [String: Data], templateOrigin: String) {
        self.tokenizer = tokenizer; self.files = files; self.templateOrigin = templateOrigin
    }

    static let fileNames = ["tokenizer.json", "tokenizer_config.json"]

    /// Reads tokenizer.json (required) and tokenizer_config.json / generation_config.json (optional).
    static func load(directory: String) throws -> TokenizerHandle {
        var files: [String: Data] = [:]
        for name in fileNames {
            if let d = try Tokenizer.readFile(name, in: directory, required: false) { files[name] = d }
        }
        guard let json = files["tokenizer.json"] else { throw ScriptError.fail("no tokenizer.json in \(directory)") }
        let generation = try Tokenizer.readFile("generation_config.json", in: directory, required: false)
        return TokenizerHandle(try Tokenizer(tokenizerJSON: json, config: files["tokenizer_config.json"], generationConfig: generation),
                               files: files, templateOrigin: directory + "/tokenizer_config.json")
    }

    func save(directory: String) throws {
        for (name, data) in files { try AtomicFile.write(data, to: directory + "/" + name) }
    }

    var display: String { "<tokenizer, \(tokenizer.vocabSize) ids>" }

    static let nativeType = NativeType(
        TokenizerHandle.self, name: "tokenizer",
        help: "Byte-level BPE tokenizer and chat template from tokenizer.json / tokenizer_config.json.",
        methods: [
            Builtin("encode", [Param("text", .string), Param("special", .bool, default: .bool(true))], returns: "list",
                    help: "Token ids of text; special: true adds the post-processor's tokens (BOS).",
                    example: "m.tokenizer.encode(\"Hello world\", special: false)") { a in
                Value(ints: try a.this(TokenizerHandle.self).tokenizer.encode(try a.string("text"), addSpecialTokens: try a.bool("special")))
            },
            Builtin("decode", [Param("ids", .list), Param("skip_special", .bool, default: .bool(false))], returns: "string",
                    help: "Text of token ids; skip_special: true drops special tokens.",
                    example: "m.tokenizer.decode([9707, 1879])") { a in
                .string(try a.this(TokenizerHandle.self).tokenizer.decode(try a.ints("ids"), skipSpecialTokens: try a.bool("skip_special")))
            },
            Builtin("chat", [Param("messages", .list), Param("add_generation_prompt", .bool, default: .bool(true))],
                    extraKeywords: Param("variables", .any), returns: "string",
                    help: """
                    Renders the chat template for a list of {"role", "content"} maps (other keys, such as \
                    tool_calls or reasoning_content, reach the template too). add_generation_prompt: true \
                    (the default) ends with the assistant's header. Every other keyword becomes a template \
                    variable of that name, as in transformers' apply_chat_template(**kwargs): enable_thinking \
                    (Qwen3), tools and documents (lists of maps; nil when not given), thinking, date_string, and \
                    any other the template reads. A template that refuses the conversation (raise_exception) is \
                    an error holding its message.
                    """,
                    example: "tok.chat([{\"role\": \"user\", \"content\": \"What is 2+2?\"}], enable_thinking: false)") { a in
                let handle = try a.this(TokenizerHandle.self)
                var variables: [String: JinjaValue] = [:]
                for (name, value) in a.extraKeywords {
                    do { variables[name] = try jinjaValue(value) } catch {
                        throw ScriptError.fail("chat: keyword '\(name)': \((error as? ScriptError)?.message ?? "\(error)")")
                    }
                }
                do {
                    return .string(try handle.tokenizer.applyChatTemplate(messages: try jinjaMessages(a["messages"]),
                                                                          addGenerationPrompt: try a.bool("add_generation_prompt"),
                                                                          context: variables))
                } catch let error as JinjaError {
                    throw ScriptError.fail("chat: \(handle.templateOrigin): \(error)")
                }
            },
            Builtin("token", [Param("id", .int)], returns: "string?", help: "The token string of an id (nil when out of range).",
                    example: "m.tokenizer.token(151648)  # \"<think>\"") { a in
                try a.this(TokenizerHandle.self).tokenizer.token(for: try a.int("id")).map(Value.init) ?? .null
            },
            Builtin("id", [Param("token", .string)], returns: "int?", help: "The id of a token string (nil when unknown).",
                    example: "m.tokenizer.id(\"<think>\")  # 151648") { a in
                try a.this(TokenizerHandle.self).tokenizer.id(for: try a.string("token")).map(Value.init) ?? .null
            },
        ],
        fields: [
            NativeField(TokenizerHandle.self, "vocab_size", help: "number of ids, added tokens included") { .int($0.tokenizer.vocabSize) },
            NativeField(TokenizerHandle.self, "bos_id", help: "beginning-of-sequence id or nil") { $0.tokenizer.bosTokenId.map(Value.init) ?? .null },
            NativeField(TokenizerHandle.self, "eos_ids", help: "end-of-sequence ids") { Value(ints: $0.tokenizer.eosTokenIds) },
        ])
}

/// TinaScript values as Jinja values (messages and anything else a template reads).
func jinjaValue(_ v: Value) throws -> JinjaValue {
    switch v {
    case .null: return .none
    case .bool(let b): return .bool(b)
    case .int(let i): return .int(i)
    case .float(let d): return .double(d)
    case .string(let s): return .string(s)
    case .list(let l): return .list(try l.items.map(jinjaValue))
    case .map(let m): return .map(JinjaMap(try m.entries.map { ($0, try jinjaValue($1)) }))
    case .function, .native: throw ScriptError.fail("a \(v.typeName) cannot be passed to a chat template")
    }
}

func jinjaMessages(_ v: Value) throws -> [JinjaValue] {
    try v.asMaps("messages").map { try jinjaValue(.map($0)) }
}

enum TokenizerBindings {
    static let builtins: [Builtin] = [
        Builtin("char_tokenizer", returns: "tokenizer",
                help: "A built-in tokenizer of one token per printable ASCII character, with <|bos|>, <|eos|>,\n<|user|>, <|assistant|>, <think>, </think> and a minimal chat template (for offline demos).",
                example: "let tok = char_tokenizer()\nprint(tok.encode(\"12+30=\"))") { _ in
            let (json, config) = try CharacterTokenizer.files()
            return .native(TokenizerHandle(try Tokenizer(tokenizerJSON: json, config: config),
                                           files: ["tokenizer.json": json, "tokenizer_config.json": config],
                                           templateOrigin: "char_tokenizer()"))
        },
        Builtin("load_tokenizer", [Param("path", .string)], returns: "tokenizer",
                help: "Loads tokenizer.json (+ tokenizer_config.json) from a directory.",
                example: "let tok = load_tokenizer(\"models/tiny-r1\")") { a in
            .native(try TokenizerHandle.load(directory: try a.string("path")))
        },
    ]
}
