import Foundation
import Runtime

/// `tina-bench tokenizer --model DIR --text FILE [--runs N] [--ids-out FILE] [--paragraphs]`
/// Loads the tokenizer (timed), encodes the text on one thread `runs` times and reports the best
/// MB/s: the whole text as one string, or with `--paragraphs` each paragraph (split at blank
/// lines) as its own string, the way prompts and dataset rows arrive. Optionally writes the ids
/// as little-endian UInt32 for comparison.
func benchTokenizer(_ args: [String]) throws {
    var model: String?
    var textPath: String?
    var runs = 5
    var idsOut: String?
    var paragraphs = false
    var i = 0
    while i < args.count {
        let flag = args[i]
        if flag == "--paragraphs" {
            paragraphs = true
            i += 1
            continue
        }
        guard i + 1 < args.count else { throw TokenizerBenchError.usage("missing value after \(flag)") }
        let value = args[i + 1]
        switch flag {
        case "--model": model = value
        case "--text": textPath = value
        case "--runs":
            guard let n = Int(value), n > 0 else { throw TokenizerBenchError.usage("--runs needs a positive integer") }
            runs = n
        case "--ids-out": idsOut = value
        default: throw TokenizerBenchError.usage("unknown option \(flag)")
        }
        i += 2
    }
    guard let model, let textPath else { throw TokenizerBenchError.usage("--model and --text are required") }


    let loadStart = DispatchTime.now()
    let tokenizer = try Tokenizer(directory: model)
    let loadSeconds = seconds(since: loadStart)
    guard let data = FileManager.default.contents(atPath: textPath) else {
        throw TokenizerBenchError.usage("cannot read \(textPath)")
    }
    let text = String(decoding: data, as: UTF8.self)
    let megabytes = Double(data.count) / 1e6
    let inputs = paragraphs ? text.components(separatedBy: "\n\n") : [text]

    var best = Double.infinity
    var ids: [Int] = []
    for _ in 0..<runs {
        let start = DispatchTime.now()
        ids = []
        for input in inputs { ids += tokenizer.encode(input, addSpecialTokens: false) }
        best = min(best, seconds(since: start))
    }
    print(String(format: "load_seconds %.3f", loadSeconds))
    print(String(format: "bytes %d tokens %d", data.count, ids.count))
    print(String(format: "encode_seconds %.4f", best))
    print(String(format: "encode_MBps %.2f", megabytes / best))

    if let idsOut {
        var raw = Data(capacity: ids.count * 4)
        for id in ids { withUnsafeBytes(of: UInt32(id).littleEndian) { raw.append(contentsOf: $0) } }
        try raw.write(to: URL(fileURLWithPath: idsOut))
    }
}

private func seconds(since start: DispatchTime) -> Double {
    Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
}

enum TokenizerBenchError: Error, CustomStringConvertible {
    case usage(String)
    var description: String {
        switch self {
        case .usage(let m):
            return "tina-bench tokenizer: \(m)\nusage: tina-bench tokenizer --model DIR --text FILE [--runs N] [--ids-out FILE] [--paragraphs]"
        }
    }
}
