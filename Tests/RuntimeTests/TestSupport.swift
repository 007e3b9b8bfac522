import Foundation
import Runtime
import XCTest

/// Random float32 tensor with N(0, scale²) entries from a seeded generator.
func randomTensor(_ shape: [Int], seed: UInt64, scale: Float = 1, requiresGrad: Bool = false) -> Tensor {
    var rng = SeededRandom(seed: seed)
    let values = (0..<shape.reduce(1, *)).map { _ in rng.normal() * scale }
    return try! Tensor(values, shape: shape, requiresGrad: requiresGrad)
}

func assertClose(_ a: [Float], _ b: [Float], atol: Float, rtol: Float = 0, _ what: String,
                 file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.count, b.count, "\(what): length", file: file, line: line)
    var worst: Float = 0, at = -1
    for i in 0..<min(a.count, b.count) {
        let excess = abs(a[i] - b[i]) - (atol + rtol * abs(b[i]))
        if excess > worst || a[i].isNaN != b[i].isNaN { worst = max(excess, worst); at = i }
    }
    if at >= 0 {
        XCTFail("\(what): element \(at): \(a[at]) vs \(b[at])", file: file, line: line)
    }
}

/// Locations shared by the tests: the package root and ../shared/fixtures beside it.
enum Paths {
    static let packageRoot: URL = {
        var url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) {
            url.deleteLastPathComponent()
        }
        return url
    }()
    static let fixtures = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    /// The built tina-repl: beside the test bundle, or in the release build folder.
    static var tinaRepl: URL? {
        [URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tina-repl"),
         packageRoot.appendingPathComponent(".build/release/tina-repl")]
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }
}
