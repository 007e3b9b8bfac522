import CCurl
import CKernels
import Foundation

/// Something that samples continuations of token-id prompts: the local model, or a server.
/// Generation, GRPO rollouts and evaluation take either.
public protocol CompletionSampler: AnyObject {
    /// One continuation per prompt (equal consecutive prompts may be sampled as one group).
    func generate(prompts: [[Int]], options: GenerationOptions, decode: (([Int]) -> String)?,
                  onToken: ((Int, Int) -> Void)?) throws -> [GeneratedSequence]
}

extension CausalLM: CompletionSampler {}

/// Failures of an OpenAI-compatible server, as ordinary errors naming the URL.
public enum RemoteError: Error, CustomStringConvertible, Equatable {
    case connection(url: String, message: String)
    /// The server accepted the request and the connection broke before its answer was whole.
    case dropped(url: String, message: String)
    case http(status: Int, url: String, message: String)
    case badResponse(url: String, message: String)
    case timeout(url: String, seconds: Double)

    public var description: String {
        switch self {
        case let .connection(url, m): return "cannot reach \(url): \(m)"
        case let .dropped(url, m): return "the connection to \(url) broke before the answer was complete: \(m)"
        case let .http(status, url, m): return "\(url) answered \(status): \(m)"
        case let .badResponse(url, m): return "unexpected answer from \(url): \(m)"
        case let .timeout(url, s): return "\(url) sent nothing for \(Int(s)) s (timeout: raise it with timeout:)"
        }
    }
}

/// A model served by an OpenAI-compatible server (vLLM): completions of token-id prompts with the
/// sampled token ids back (`return_token_ids`), and vLLM's runtime LoRA loading. Prompts are sent
/// as ids, so the server sees exactly what the local model would.
public final class RemoteModel: CompletionSampler {
    /// The server's root, without a trailing `/v1`.
    public let baseURL: String
    /// The served model name requests go to; `adapter`, when set, is used instead.
    public let servedName: String
    public var adapter: String?
    let apiKey: String?
    /// Re-encodes a completion's text where the server returns no token ids.
    public let tokenizer: Tokenizer?
    public var connectTimeout = 10.0
    /// A request that receives no byte for this long fails.
    public var readTimeout = 600.0
    /// Retries of a 5xx answer or a dropped connection, with exponential backoff.
    public var maxRetries = 3
    public var backoff = 0.5
    /// Requests in flight at once.
    public var concurrency = 8

    public init(baseURL: String, servedName: String, apiKey: String?, tokenizer: Tokenizer?) throws {
        var root = baseURL
        while root.hasSuffix("/") { root.removeLast() }
        if root.hasSuffix("/v1") { root.removeLast(3) }
        guard let c = URLComponents(string: root), ["http", "https"].contains(c.scheme?.lowercased() ?? ""), c.host != nil else {
            throw RemoteError.connection(url: baseURL, message: "not an http(s) URL")
        }
        guard !servedName.isEmpty else { throw RemoteError.badResponse(url: baseURL, message: "the served model name is empty") }
        self.baseURL = root; self.servedName = servedName; self.apiKey = apiKey; self.tokenizer = tokenizer
    }

    /// The model name requests use now.
    public var requestModel: String { adapter ?? servedName }

    // MARK: requests

    /// POSTs a JSON object (GET when nil) and returns the decoded answer; 5xx answers and dropped
    /// connections are retried. With `onLine`, a streamed (server-sent events) answer is handed over
    /// line by line instead.
    func request(_ path: String, _ payload: [String: Any]?, textAnswer: Bool = false, onLine: ((String) throws -> Void)? = nil) throws -> Any? {
        let url = baseURL + path
        let body = try payload.map { try [UInt8](JSONSerialization.data(withJSONObject: $0)) }
        var headers = ["Content-Type: application/json", "Accept: application/json"]
        if let apiKey { headers.append("Authorization: Bearer " + apiKey) }
        var retries = 0
        while true {
            if Interruption.isPending { throw Interrupted() } // every worker stops; `concurrently` clears the press
            let t = HTTPTransfer()
            t.readTimeout = readTimeout
            var pending: [UInt8] = [], lineError: Error?
            if let onLine {
                t.onChunk = { chunk in
                    pending.append(contentsOf: chunk)
                    while let nl = pending.firstIndex(of: 0x0A) {
                        let line = String(decoding: pending[..<nl], as: UTF8.self)
                        pending.removeSubrange(...nl)
                        do { try onLine(line.trimmingCharacters(in: .whitespacesAndNewlines)) } catch { lineError = error; return false }
                    }
                    return true
                }
            }
            let rc = try t.perform(method: body == nil ? "GET" : "POST", url: url, headers: headers, body: body, connectTimeout: connectTimeout)
            if let lineError { throw lineError }
            if t.interrupted { throw Interrupted() }
            if t.timedOut { throw RemoteError.timeout(url: url, seconds: readTimeout) }
            let transient = rc != CURLE_OK && HTTPTransfer.transientFailures.contains(rc.rawValue) && rc != CURLE_COULDNT_CONNECT
            if rc != CURLE_OK && !transient {
                throw RemoteError.connection(url: url, message: String(cString: curl_easy_strerror(rc)))
            }
            if transient || t.status >= 500 {
                guard retries < maxRetries else {
                    if transient { throw RemoteError.dropped(url: url, message: String(cString: curl_easy_strerror(rc)) + " (after \(retries + 1) tries)") }
                    throw RemoteError.http(status: t.status, url: url, message: Self.errorMessage(t.body) + " (after \(retries + 1) tries)")
                }
                try sleep(backoff * pow(2, Double(retries)))
                retries += 1
                continue
            }
            guard t.isSuccess else { throw RemoteError.http(status: t.status, url: url, message: Self.errorMessage(t.body)) }
            if onLine != nil {
                if !pending.isEmpty { try onLine?(String(decoding: pending, as: UTF8.self)) }
                return nil
            }
            if t.body.isEmpty { return nil }
            // vLLM's LoRA routes answer in plain text ("Success: LoRA adapter … added").
            if textAnswer { return String(decoding: t.body, as: UTF8.self) }
            do { return try JSONSerialization.jsonObject(with: Data(t.body), options: [.fragmentsAllowed]) } catch {
                throw RemoteError.badResponse(url: url, message: "not JSON: " + String(decoding: t.body.prefix(200), as: UTF8.self))
            }
        }
    }

    /// The server's own words from an error body (OpenAI's `{"error": {"message"}}`, vLLM's
    /// `{"message"}`, else the text).
    static func errorMessage(_ body: [UInt8]) -> String {
        if let o = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] {
            if let e = o["error"] as? [String: Any], let m = e["message"] as? String { return m }
            if let m = o["error"] as? String { return m } // vLLM's 401: {"error": "Unauthorized"}
            if let m = o["message"] as? String { return m }
            if let m = o["detail"] as? String { return m }
        }
        let text = String(decoding: body.prefix(300), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return text.isEmpty ? "(no message)" : text
    }

    private func sleep(_ seconds: Double) throws {
        let end = HTTPTransfer.now() + seconds
        while HTTPTransfer.now() < end {
            if Interruption.isPending { throw Interrupted() } // every worker stops; `concurrently` clears the press
            usleep(20_000)
        }
    }

    // MARK: completions

    /// One sampled continuation as the server returned it.
    public struct Completion {
        public var ids: [Int]
        public var text: String
        public var finishReason: FinishReason
        /// The sampled tokens' log-probs as the server computed them (when asked for).
        public var logprobs: [Float]?
        /// The server gave no token ids: `ids` are the text re-encoded, not the tokens it sampled.
        public var idsFromText: Bool
    }

    /// `n` continuations of one token-id prompt (`/v1/completions`). `onToken(choice, id)` streams.
    public func complete(prompt: [Int], n: Int, options: GenerationOptions, seed: UInt64, logprobs: Bool = false,
                         onToken: ((Int, Int) -> Void)? = nil) throws -> [Completion] {
        try options.sampling.validate()
        guard n >= 1 else { throw ModelError.invalidArgument("n must be ≥ 1, got \(n)") }
        guard options.maxTokens >= 1 else { throw ModelError.invalidArgument("max_tokens must be ≥ 1, got \(options.maxTokens)") }
        // vLLM refuses n > 1 with greedy sampling (400); greedy samples are all the same one.
        if options.sampling.temperature == 0 && n > 1 {
            let one = try complete(prompt: prompt, n: 1, options: options, seed: seed, logprobs: logprobs,
                                   onToken: onToken.map { f in { _, id in for i in 0..<n { f(i, id) } } })
            return Array(repeating: one[0], count: n)
        }
        var payload: [String: Any] = [
            "model": requestModel, "prompt": prompt, "n": n, "max_tokens": options.maxTokens,
            "temperature": Double(options.sampling.temperature), "top_p": Double(options.sampling.topP),
            "seed": Int(truncatingIfNeeded: seed & 0x7FFF_FFFF), "return_token_ids": true, "skip_special_tokens": false,
        ]
        if options.sampling.topK > 0 { payload["top_k"] = options.sampling.topK }
        if options.sampling.minP > 0 { payload["min_p"] = Double(options.sampling.minP) }
        if !options.stopStrings.isEmpty { payload["stop"] = options.stopStrings }
        if !options.stopTokenIds.isEmpty { payload["stop_token_ids"] = options.stopTokenIds.sorted() }
        if logprobs { payload["logprobs"] = 0 }
        let url = baseURL + "/v1/completions"
        var choices: [[String: Any]]
        if let onToken {
            payload["stream"] = true
            var merged = [[String: Any]](repeating: [:], count: n)
            _ = try request("/v1/completions", payload) { line in
                guard line.hasPrefix("data:") else { return }
                let data = line.dropFirst(5).trimmingCharacters(in: .whitespaces)
                guard data != "[DONE]", let chunk = try? JSONSerialization.jsonObject(with: Data(data.utf8)) as? [String: Any],
                      let parts = chunk["choices"] as? [[String: Any]] else { return }
                for part in parts {
                    let i = part["index"] as? Int ?? 0
                    guard i >= 0 && i < n else { continue }
                    let ids = part["token_ids"] as? [Int] ?? []
                    for id in ids { onToken(i, id) }
                    merged[i]["token_ids"] = (merged[i]["token_ids"] as? [Int] ?? []) + ids
                    merged[i]["text"] = (merged[i]["text"] as? String ?? "") + (part["text"] as? String ?? "")
                    if let lp = (part["logprobs"] as? [String: Any])?["token_logprobs"] as? [Any] {
                        merged[i]["lp"] = (merged[i]["lp"] as? [Any] ?? []) + lp
                    }
                    for key in ["finish_reason", "stop_reason"] where !(part[key] is NSNull) && part[key] != nil { merged[i][key] = part[key] }
                }
            }
            choices = merged
        } else {
            guard let answer = try request("/v1/completions", payload) as? [String: Any], let list = answer["choices"] as? [[String: Any]] else {
                throw RemoteError.badResponse(url: url, message: "no \"choices\" in the answer")
            }
            choices = list.sorted { ($0["index"] as? Int ?? 0) < ($1["index"] as? Int ?? 0) }
            for i in choices.indices {
                if let lp = (choices[i]["logprobs"] as? [String: Any])?["token_logprobs"] as? [Any] { choices[i]["lp"] = lp }
            }
        }
        guard choices.count == n else { throw RemoteError.badResponse(url: url, message: "\(choices.count) choices for n = \(n)") }
        return try choices.map { c in
            let text = c["text"] as? String ?? ""
            var ids = c["token_ids"] as? [Int]
            let fromText = ids == nil
            if ids == nil {
                guard let tokenizer else { throw RemoteError.badResponse(url: url, message: "no token_ids and no tokenizer to re-encode the text") }
                ids = tokenizer.encode(text, addSpecialTokens: false)
            }
            // A stop token id ends the completion as EOS does locally: kept as its last token.
            if let stopId = c["stop_reason"] as? Int, ids!.last != stopId { ids!.append(stopId) }
            let reason: FinishReason
            switch c["finish_reason"] as? String {
            case "length": reason = .length
            case "stop": reason = c["stop_reason"] is String ? .stop : .eos
            default: reason = ids!.last.map(options.stopTokenIds.contains) == true ? .eos : .length
            }
            let lps = (c["lp"] as? [Any])?.map { Float(($0 as? Double) ?? .nan) }
            return Completion(ids: ids!, text: text, finishReason: reason, logprobs: lps, idsFromText: fromText)
        }
    }

    /// Runs the groups of equal consecutive prompts as requests with `n`, `concurrency` at a time.
    public func generate(prompts: [[Int]], options: GenerationOptions, decode: (([Int]) -> String)? = nil,
                         onToken: ((Int, Int) -> Void)? = nil) throws -> [GeneratedSequence] {
        try sample(prompts: prompts, options: options, logprobs: false, onToken: onToken).map {
            GeneratedSequence(ids: $0.ids, finishReason: $0.finishReason, idsFromText: $0.idsFromText)
        }
    }

    /// As `generate`, with everything the server said about each completion.
    public func sample(prompts: [[Int]], options: GenerationOptions, logprobs: Bool,
                       onToken: ((Int, Int) -> Void)? = nil) throws -> [Completion] {
        var groups: [(start: Int, count: Int)] = []
        for (i, p) in prompts.enumerated() {
            if let last = groups.last, prompts[last.start] == p { groups[groups.count - 1].count += 1 } else { groups.append((i, 1)) }
        }
        var results = [[Completion]?](repeating: nil, count: groups.count)
        let lock = NSLock()
        var rng = SeededRandom(seed: options.seed)
        let seeds = groups.map { _ in rng.next() }
        // One streaming request at a time keeps the printed tokens in order.
        try Self.concurrently(groups.count, width: onToken == nil ? max(1, concurrency) : 1) { g in
            let group = groups[g]
            let out = try self.complete(prompt: prompts[group.start], n: group.count, options: options, seed: seeds[g], logprobs: logprobs,
                                   onToken: onToken.map { f in { choice, id in f(group.start + choice, id) } })
            lock.lock(); results[g] = out; lock.unlock()
        }
        return results.flatMap { $0! }
    }

    /// Runs `body(i)` for i in 0..<count on `width` threads taking the next index as they finish
    /// (threads of their own: requests block on the network, and concurrentPerform runs no more at
    /// once than there are cores). The first error stops handing out work and is thrown, an
    /// interruption before any other.
    static func concurrently(_ count: Int, width: Int, _ body: @escaping (Int) throws -> Void) throws {
        final class Work: @unchecked Sendable {
            let lock = NSLock(), finished = DispatchSemaphore(value: 0)
            var next = 0
            var failure: Error?
            let count: Int, body: (Int) throws -> Void
            init(_ count: Int, _ body: @escaping (Int) throws -> Void) { self.count = count; self.body = body }

            func run() {
                while true {
                    lock.lock()
                    guard failure == nil, next < count else { lock.unlock(); break }
                    let i = next
                    next += 1
                    lock.unlock()
                    do { try body(i) } catch {
                        lock.lock()
                        if failure == nil || error is Interrupted { failure = error }
                        lock.unlock()
                    }
                }
                finished.signal()
            }
        }
        let work = Work(count, body), workers = min(width, count)
        for _ in 0..<workers { Thread { work.run() }.start() }
        for _ in 0..<workers { work.finished.wait() }
        if let failure = work.failure {
            if failure is Interrupted { Interruption.clear() }
            throw failure
        }
    }

    // MARK: adapters

    /// Loads a PEFT adapter folder the server can read under `name` (vLLM's runtime LoRA loading;
    /// `inPlace` replaces an adapter already loaded under that name).
    public func loadAdapter(path: String, name: String, inPlace: Bool = false) throws {
        var payload: [String: Any] = ["lora_name": name, "lora_path": path]
        if inPlace { payload["load_inplace"] = true }
        _ = try request("/v1/load_lora_adapter", payload, textAnswer: true)
    }

    public func unloadAdapter(name: String) throws {
        _ = try request("/v1/unload_lora_adapter", ["lora_name": name], textAnswer: true)
        if adapter == name { adapter = nil }
    }

    /// The served model names (`/v1/models`: the base model and every loaded adapter).
    public func models() throws -> [String] {
        guard let answer = try request("/v1/models", nil) as? [String: Any], let data = answer["data"] as? [[String: Any]] else {
            throw RemoteError.badResponse(url: baseURL + "/v1/models", message: "no \"data\" list")
        }
        return data.compactMap { $0["id"] as? String }
    }
}
