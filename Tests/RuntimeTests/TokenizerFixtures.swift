import Foundation
import Runtime

/// Paths of the shared fixtures and of test data beside these sources, found from this file.
enum TokenizerFixtures {
    static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsDirectory.deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    static let tinyR1 = fixtures.appendingPathComponent("models/tiny-r1").path
    static let golden = fixtures.appendingPathComponent("golden/tiny-r1-golden.json")
    static let templates = testsDirectory.appendingPathComponent("templates")

    /// Loaded once: the vocabulary is large.
    static let tokenizer: Result<Tokenizer, Error> = Result { try Tokenizer(directory: tinyR1) }

    static func goldenJSON() throws -> TokenizerJSON {
        try TokenizerJSON.parse(Data(contentsOf: golden), source: "tiny-r1-golden.json")
    }
}

extension TokenizerJSON {
    var intArray: [Int] { (arrayValue ?? []).compactMap { $0.intValue } }
}
