import Foundation
import Runtime

/// `generate` and `generate_ids` as the local model and a server share them: the same keywords,
/// defaults, prompt encoding (text, or chat messages through the session's chat template),
/// stop strings and streaming; only the sampler differs.
struct GenerationCall {
    let sampler: CompletionSampler
    let tokenizer: Tokenizer?
    let defaults: GenerationDefaults
    let stopIds: Set<Int>
    /// Why there is no tokenizer, for the error message.
    var noTokenizer = "no tokenizer"

    static let samplingParams: [Param] = [
        Param("max_tokens", .int, default: .int(256)),
        Param("temperature", .orNil(.float), default: .null),
        Param("top_p", .orNil(.float), default: .null),
        Param("top_k", .int, default: .int(0)),
        Param("min_p", .float, default: .float(0)),
        Param("seed", .orNil(.int), default: .null),
        Param("stop", .list, default: Value([Value]())),
    ]

    static let generateParams: [Param] = [Param("prompt", .oneOf([.string, .list])), Param("n", .int, default: .int(1))] + samplingParams
        + [Param("stream", .orNil(.bool), default: .null)]

    func requireTokenizer(_ what: String) throws -> Tokenizer {
        guard let tokenizer else { throw ScriptError.fail("\(what): \(noTokenizer)") }
        return tokenizer
    }

    /// Sampling options from the call, defaults from generation_config.json.
    func options(_ a: Arguments) throws -> GenerationOptions {
        let sampling = SamplingOptions(
            temperature: Float(try a.optional("temperature") { try $0.asDouble($1) } ?? defaults.temperature ?? 1),
            topP: Float(try a.optional("top_p") { try $0.asDouble($1) } ?? defaults.topP ?? 1),
            topK: try a.int("top_k"), minP: Float(try a.double("min_p")))
        let seed = try a.optional("seed") { try $0.asInt($1) }.map { UInt64(bitPattern: Int64($0)) } ?? a.interpreter.random.next()
        return GenerationOptions(maxTokens: try a.int("max_tokens"), sampling: sampling, seed: seed, stopTokenIds: stopIds,
                                 stopStrings: try a.strings("stop"))
    }

    /// The `generate_ids` and `generate` methods of a handle type; `help` texts say what samples.
    static func methods<H: NativeHandle>(_ type: H.Type, receiver: String, idsHelp: String, generateHelp: String,
                                         call: @escaping (H) -> GenerationCall) -> [Builtin] {
        [
            Builtin("generate_ids", [Param("ids", .list)] + samplingParams, returns: "list", help: idsHelp,
                    example: "\(receiver).generate_ids([151646, 9707], max_tokens: 24, temperature: 0)") { a in
                try call(try a.this(H.self)).generateIds(a)
            },
            Builtin("generate", generateParams, returns: "string|list", help: generateHelp,
                    example: "\(receiver).generate([{\"role\": \"user\", \"content\": \"What is 2+2?\"}], max_tokens: 64)") { a in
                try call(try a.this(H.self)).generate(a)
            },
        ]
    }

    func generateIds(_ a: Arguments) throws -> Value {
        let options = try options(a)
        let tok = options.stopStrings.isEmpty ? nil : try requireTokenizer("stop strings")
        let out = try sampler.generate(prompts: [try a.ints("ids")], options: options,
                                       decode: tok.map { t in { (try? t.completionText($0)) ?? "" } }, onToken: nil)
        if out[0].idsFromText { a.write("warning: the server returned text without token ids; these ids re-encode it and may differ from the tokens it sampled\n") }
        return Value(ints: out[0].ids)
    }

    func generate(_ a: Arguments) throws -> Value {
        let tok = try requireTokenizer("generate")
        let n = try a.int("n")
        guard n >= 1 else { throw ScriptError.fail("generate: n must be ≥ 1, got \(n)") }
        let ids: [Int]
        if case .string(let text) = try a["prompt"] {
            ids = tok.encode(text)
        } else {
            ids = try tok.encodeChatPrompt(messages: try jinjaMessages(try a["prompt"]))
        }
        let options = try options(a)
        let stream = try a.optional("stream") { try $0.asBool($1) } ?? (n == 1 && isatty(STDOUT_FILENO) == 1)
        var decoder = TokenizerStreamDecoder(tokenizer: tok, skipSpecialTokens: true)
        let out = try sampler.generate(prompts: Array(repeating: ids, count: n), options: options,
                                       decode: { (try? tok.completionText($0)) ?? "" },
                                       onToken: stream ? { _, id in if id < tok.vocabSize { a.write((try? decoder.push(id)) ?? "") } } : nil)
        if stream { a.write(decoder.finish() + "\n") }
        let texts = try out.map { options.trimmedAtStopStrings(try tok.completionText($0.ids)) }
        return n == 1 ? .string(texts[0]) : Value(strings: texts)
    }
}
