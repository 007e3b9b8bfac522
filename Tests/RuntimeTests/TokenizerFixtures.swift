import Foundation
import Runtime

/// Paths of the shared fixtures and of test data beside these sources, found from this file.
enum TokenizerFixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    static let tinyR1 = fixtures.appendingPathComponent("models/tiny-r1").path
    static let templates = testsDirectory.appendingPathComponent("templates")
    /// The real chat templates of other models with transformers' renderings (fixtures README, `templates/`).
    static let sharedTemplates = fixtures.appendingPathComponent("templates")

    /// The models whose tokenizer goldens share tiny-r1-golden.json's format.
    static let r1 = GoldenTokenizer(name: "tiny-r1", counts: (20, 3, 6))
    static let qwen3 = GoldenTokenizer(name: "tiny-qwen3", counts: (20, 6, 13))
    static let llama3 = GoldenTokenizer(name: "tiny-llama3", counts: (20, 6, 9))
    static let goldenModels = [r1, qwen3, llama3]

    /// Loaded once: the vocabulary is large.
    static var tokenizer: Result<Tokenizer, Error> { r1.tokenizer }
}

/// One model folder of the shared fixtures and its golden file: `tokenizer[]`, `decode[]` and
/// `chat_template[]` cases, of which there are `counts`.
final class GoldenTokenizer: @unchecked Sendable {
    let name: String
    let counts: (tokenizer: Int, decode: Int, chat: Int)
    let directory: String
    let golden: URL
    /// Loaded on first use, once: the vocabularies are large.
    lazy var tokenizer: Result<Tokenizer, Error> = Result { try Tokenizer(directory: self.directory) }

    init(name: String, counts: (Int, Int, Int)) {
        self.name = name
        self.counts = counts
        directory = TokenizerFixtures.fixtures.appendingPathComponent("models/\(name)").path
        golden = TokenizerFixtures.fixtures.appendingPathComponent("golden/\(name)-golden.json")
    }

    func goldenJSON() throws -> TokenizerJSON {
        try TokenizerJSON.parse(Data(contentsOf: golden), source: golden.lastPathComponent)
    }
}

extension TokenizerJSON {
    var intArray: [Int] { (arrayValue ?? []).compactMap { $0.intValue } }
}
