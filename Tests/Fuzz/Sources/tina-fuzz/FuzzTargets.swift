import Foundation
@testable import Runtime
@testable import TinaScript

/// One parser of outside input, driven with arbitrary bytes. A thrown error is the right answer
/// to bad input; a crash, a sanitizer report, a hang or an allocation past libFuzzer's limit is a
/// bug. `seeds` are folders (relative to the project root, `../shared/…` for the fixtures) whose
/// files start the corpus beside the committed `Tests/Fuzz/Seeds/<name>`.
struct FuzzTarget {
    let name: String
    /// The largest input worth mutating: past it the parser only sees more of the same.
    let maxLength: Int
    let seeds: [String]
    let run: (_ bytes: [UInt8]) throws -> Void
}

extension FuzzTarget {
    static let all: [FuzzTarget] = [
        FuzzTarget(name: "safetensors", maxLength: 4096, seeds: ["../shared/fixtures/hostile"]) { bytes in
            let path = try ScratchFile.write(bytes, name: "model.safetensors")
            let file = try SafetensorsFile(path: path)
            for name in file.names { _ = try file.tensor(name).converted(to: .f32) }
        },
        FuzzTarget(name: "safetensors-index", maxLength: 4096, seeds: []) { bytes in
            let path = try ScratchFile.write(bytes, name: "model.safetensors.index.json")
            _ = try CausalLM.weightFiles(URL(fileURLWithPath: (path as NSString).deletingLastPathComponent))
        },
        FuzzTarget(name: "config", maxLength: 4096, seeds: ["../shared/fixtures/hostile"]) { bytes in
            let config = try ModelConfig.decode(Data(bytes), file: "config.json")
            try config.validate(file: "config.json")
            _ = try ScratchFile.write(bytes, name: "generation_config.json")
            _ = try GenerationDefaults.load(ScratchFile.path("generation_config.json"))
        },
        FuzzTarget(name: "tokenizer", maxLength: 16_384, seeds: []) { bytes in
            let tokenizer = try Tokenizer(tokenizerJSON: Data(bytes))
            let ids = tokenizer.encode("Hello, wörld! 12345 <|im_end|>\n\t  x̃ 🙂 ")
            _ = try tokenizer.decode(ids)
            _ = try tokenizer.decode(Array(0..<min(tokenizer.vocabSize + 2, 300)), skipSpecialTokens: true)
        },
        FuzzTarget(name: "template", maxLength: 8192, seeds: ["Tests/RuntimeTests/templates"]) { bytes in
            let template = try JinjaTemplate(String(decoding: bytes, as: UTF8.self))
            _ = try template.render(ChatTemplateInput.variables)
        },
        FuzzTarget(name: "json", maxLength: 8192, seeds: ["../shared/fixtures/data"]) { bytes in
            _ = try? JSONRowsReader.readJSON(bytes, file: "data.json")
            _ = try JSONRowsReader.readJSONL(bytes, file: "data.jsonl")
        },
        FuzzTarget(name: "csv", maxLength: 8192, seeds: ["../shared/fixtures/data", "../shared/fixtures/hostile"]) { bytes in
            _ = try CSVRowsReader.read(bytes, file: "data.csv")
        },
        FuzzTarget(name: "parquet", maxLength: 65_536,
                   seeds: ["../shared/fixtures/data", "../shared/fixtures/data/nested", "Tests/RuntimeTests/ParquetData"]) { bytes in
            _ = try ParquetReader.read(bytes: bytes, file: "data.parquet")
        },
        FuzzTarget(name: "tinascript", maxLength: 4096, seeds: ["examples", "Tests/TinaScriptTests/transcripts"]) { bytes in
            let interpreter = Interpreter(builtins: SandboxBuiltins.all, output: { _ in })
            interpreter.readInput = { _ in "typed" }  // never the fuzzer's own stdin
            interpreter.stepLimit = 20_000
            _ = try interpreter.run(String(decoding: bytes, as: UTF8.self), name: "fuzz.tina")
        },
        FuzzTarget(name: "http", maxLength: 4096, seeds: []) { bytes in
            let r = HTTPAnswer.parse(bytes, url: "http://127.0.0.1:1/api/models/org/name/tree/main?recursive=True")
            _ = try? HubClient.FileMetadata(r, url: r.url)
            _ = RemoteModel.errorMessage(r.body)
            _ = try HubClient.treePage(r)
        },
    ]
}

/// The builtins a fuzzed script may call: the pure ones (no files, clocks or models).
enum SandboxBuiltins {
    static let excluded: Set<String> = ["read_file", "write_file", "time", "help"]
    static let all: [Builtin] = (CoreBuiltins.builtins + CollectionBuiltins.builtins + TextBuiltins.builtins)
        .filter { !excluded.contains($0.name) }
}

/// A conversation as chat templates receive it, with the variables transformers passes.
enum ChatTemplateInput {
    static let variables: [String: JinjaValue] = {
        let message = { (role: String, content: String) -> JinjaValue in
            .map(JinjaMap([("role", .string(role)), ("content", .string(content))]))
        }
        return [
            "messages": .list([message("system", "Be brief."), message("user", "What is 2+2?"),
                               message("assistant", "<think>2+2=4</think>4"), message("user", "And 3+3?")]),
            "add_generation_prompt": .bool(true),
            "bos_token": .string("<s>"), "eos_token": .string("</s>"),
        ]
    }()
}

/// A raw HTTP answer (`HTTP/1.1 200 OK`, header lines, an empty line, the body) read the way the
/// transfer reads libcurl's header lines.
enum HTTPAnswer {
    static func parse(_ bytes: [UInt8], url: String) -> HTTPResponse {
        let transfer = HTTPTransfer()
        var start = 0
        var bodyStart = bytes.count
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")).map { $0 + 1 } ?? bytes.count
            let line = bytes[start..<end]
            if line.allSatisfy({ $0 == 13 || $0 == 10 }) { bodyStart = end; break }
            line.withUnsafeBytes { transfer.receiveHeaderLine($0) }
            start = end
        }
        return HTTPResponse(status: transfer.status, headers: transfer.headers, url: url, body: Array(bytes[min(bodyStart, bytes.count)...]))
    }
}

/// Files the parsers that read from disk are given, in a folder of this process's own.
enum ScratchFile {
    static let folder: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        let dir = "\(base)/tina-fuzz-\(getpid())"
        try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }()

    static func path(_ name: String) -> String { folder + "/" + name }

    static func write(_ bytes: [UInt8], name: String) throws -> String {
        let p = path(name)
        guard FileManager.default.createFile(atPath: p, contents: Data(bytes)) else {
            fatalError("tina-fuzz: cannot write \(p)")
        }
        return p
    }
}
