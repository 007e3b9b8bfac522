import Foundation
import TinaScript
import XCTest

/// Feeds 100,000 random and mutated programs through the lexer, parser and interpreter (with a
/// step limit). Every outcome must be a value or a `ScriptError`: no crash, trap or hang.
/// Deterministic (fixed seed, or TINA_FUZZ_SEED to explore others), so a failure reproduces.
final class FuzzTests: XCTestCase {
    static let iterations = 100_000

    func testRandomAndMutatedInputs() throws {
        let seed = ProcessInfo.processInfo.environment["TINA_FUZZ_SEED"].flatMap { UInt64($0) } ?? 0x7105_F022
        var fuzzer = Fuzzer(seed: seed, corpus: try Self.corpus())
        // No file access from generated programs.
        let builtins = Builtin.all.filter { !["read_file", "write_file"].contains($0.name) }
        let interpreter = Interpreter(builtins: builtins, output: { _ in })
        interpreter.readInput = { _ in "typed" }  // never the test's own stdin
        interpreter.stepLimit = 4000
        interpreter.maxCallDepth = 100
        var outcomes = [String: Int]()
        var unexpected: [String] = []
        let start = Date()
        FrontEnd.onLargeStack {
            for i in 0..<Self.iterations {
                if i % 100 == 0 { interpreter.reset() }
                let input = fuzzer.next()
                do {
                    _ = try interpreter.run(SourceText(name: "fuzz", text: input))
                    outcomes["ran", default: 0] += 1
                } catch let error as ScriptError {
                    _ = error.description // the message and excerpt must render too
                    switch error {
                    case .incomplete: outcomes["incomplete", default: 0] += 1
                    case .syntax: outcomes["syntax error", default: 0] += 1
                    case .runtime: outcomes["runtime error", default: 0] += 1
                    case .interrupted: outcomes["interrupted", default: 0] += 1
                    }
                } catch {
                    unexpected.append("\(input.debugDescription): \(error)")
                }
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print("fuzz (seed \(seed)): \(Self.iterations) inputs in \(String(format: "%.1f", seconds)) s: \(outcomes.sorted { $0.key < $1.key })")
        XCTAssertEqual(unexpected, [])
        XCTAssertEqual(outcomes.values.reduce(0, +), Self.iterations)
        // The mix must reach the interpreter, not only the parser's error paths.
        XCTAssertGreaterThan(outcomes["ran", default: 0], Self.iterations / 20)
        XCTAssertGreaterThan(outcomes["runtime error", default: 0], Self.iterations / 50)
        XCTAssertGreaterThan(outcomes["syntax error", default: 0], Self.iterations / 20)
    }

    /// The transcripts' cells plus a few snippets that reach the loops and limits.
    static func corpus() throws -> [String] {
        var cells: [String] = []
        for file in try FileManager.default.contentsOfDirectory(atPath: TestPaths.transcripts.path) where file.hasSuffix(".tina") {
            let text = try String(contentsOf: TestPaths.transcripts.appendingPathComponent(file), encoding: .utf8)
            cells += Notebook.cells(of: text, path: file).map(\.text)
        }
        return cells + [
            "let s = 0\nfor i in 0..<100 { s += i * 2 }\ns",
            "fn f(n) { if n < 1 { return 0 } return f(n - 1) + 1 }\nf(50)",
            "let xs = []\nwhile len(xs) < 10 { push(xs, {\"k\": len(xs)}) }\njson(xs)",
            "let t = \"ab\"\nfor i in 0..<30 { t = t + t }",
            "let m = {}\nm.a = [1, 2]\nm[\"b\"] = m.a\nm.b[0] += 5\nm",
        ]
    }
}

/// Inputs: token soup, byte-level mutations of corpus programs, splices of two programs.
private struct Fuzzer {
    private var state: UInt64
    private let corpus: [[UInt8]]
    private static let tokens = [
        "let", "fn", "if", "else", "while", "for", "in", "break", "continue", "return", "try", "catch", "true", "false",
        "nil", "and", "or", "not", "x", "y", "f", "xs", "m", "e", "print", "len", "push", "pop", "range", "json",
        "parse_json", "map", "filter", "sort", "format", "str", "int", "keys", "help", "0", "1", "2", "-1", "3.5", "1e308",
        "9223372036854775807", "\"s\"", "\"{}\"", "r\"\\q{\"", "f\"{x}\"", "f\"{\"", "\"\"\"a\n\"\"\"", "\"\\u{41}\"", "+", "-",
        "*", "/", "//", "%", "**", "==", "!=", "<", "<=", ">", ">=", "=", "+=", "*=", "(", ")", "[", "]", "{", "}", ",",
        ":", ".", "..", "..<", "!", "&&", "||", ";", "\n", "# c\n", " ",
    ]

    init(seed: UInt64, corpus: [String]) {
        state = seed
        self.corpus = corpus.map { Array($0.utf8) }
    }

    private mutating func random(_ n: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(n))
    }

    mutating func next() -> String {
        switch random(4) {
        case 0:
            return (0..<(1 + random(40))).map { _ in Self.tokens[random(Self.tokens.count)] }.joined(separator: random(3) == 0 ? "" : " ")
        case 1, 2:
            var bytes = corpus[random(corpus.count)]
            for _ in 0..<(1 + random(4)) { mutate(&bytes) }
            return String(decoding: bytes, as: UTF8.self)
        default:
            let a = corpus[random(corpus.count)], b = corpus[random(corpus.count)]
            let cut = random(a.count + 1), from = random(b.count + 1)
            return String(decoding: a[..<cut] + b[from...], as: UTF8.self)
        }
    }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        guard !bytes.isEmpty else { bytes = Array(Self.tokens[random(Self.tokens.count)].utf8); return }
        let at = random(bytes.count)
        switch random(5) {
        case 0: bytes.remove(at: at)
        case 1: bytes.insert(UInt8(random(128)), at: at)
        case 2: bytes[at] = UInt8(random(256))
        case 3: bytes.insert(contentsOf: Array(Self.tokens[random(Self.tokens.count)].utf8), at: at)
        default:
            let end = min(bytes.count, at + 1 + random(20))
            bytes.insert(contentsOf: Array(bytes[at..<end]), at: random(bytes.count))
        }
    }
}
