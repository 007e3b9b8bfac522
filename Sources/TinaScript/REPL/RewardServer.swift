import Foundation

/// `tina-repl --rewards SCRIPT`: the TinaScript rewards of an exported TRL project, served to
/// train.py in JSON lines on stdin/stdout. It runs the script (its output goes to stderr, which
/// stdout keeps for the protocol), announces `{"ready": true, "functions": [...]}`, then answers
/// each `{"function", "completions", "examples"}` line with `{"scores": [number|null, …]}` or
/// `{"error": "…"}`, until the end of its input.
enum RewardServer {
    static func run(script: String) -> Int32 {
        let session = Session(echo: false, display: Session.standardError)
        session.interpreter.setGlobal("argv", Value(strings: []))
        guard session.runFile(script) else { return 1 }
        let functions = session.interpreter.userVariables.compactMap { name, value -> String? in
            if case .function(let f) = value, f.builtin == nil { return name }
            return nil
        }
        reply(["ready": true, "functions": functions])
        while let line = readLine(strippingNewline: true) {
            if line.isEmpty { continue }
            do {
                reply(["scores": try score(line, session.interpreter)])
            } catch {
                reply(["error": "\(error)"])
            }
        }
        return 0
    }

    static func score(_ line: String, _ interpreter: Interpreter) throws -> [Any] {
        guard case .map(let request) = try JSONCodec.decode(line) else { throw ScriptError.fail("a request must be a JSON object") }
        guard case .string(let name)? = request["function"] else { throw ScriptError.fail("the request names no \"function\"") }
        guard case .function(let f)? = interpreter.global(name), f.builtin == nil else {
            throw ScriptError.fail("\(name) is not a TinaScript function of the script")
        }
        guard case .list(let completions)? = request["completions"], case .list(let examples)? = request["examples"],
              completions.items.count == examples.items.count else {
            throw ScriptError.fail("\"completions\" and \"examples\" must be lists of the same length")
        }
        return try zip(completions.items, examples.items).map { c, ex -> Any in
            let v = try interpreter.call(f, [c, ex])
            return v.isNil ? NSNull() : try v.asDouble("reward \(name)")
        }
    }

    private static func reply(_ object: [String: Any]) {
        let data = (try? JSONSerialization.data(withJSONObject: object)) ?? Data("{\"error\": \"unencodable answer\"}".utf8)
        FileHandle.standardOutput.write(data + Data([0x0A]))
    }
}
