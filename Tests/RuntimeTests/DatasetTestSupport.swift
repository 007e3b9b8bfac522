import Foundation
import XCTest

/// Paths the data and hub tests share: the fixtures live next to the package root, in
/// ../shared/fixtures.
enum DatasetTestPaths {
    static let packageRoot: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir.deleteLastPathComponent()
        }
        fatalError("no Package.swift above \(#filePath)")
    }()

    static let fixtures = packageRoot.deletingLastPathComponent().appendingPathComponent("shared/fixtures")
    static func data(_ name: String) -> String { fixtures.appendingPathComponent("data/\(name)").path }
    static let testSources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()

    /// A fresh empty directory under the system temporary directory.
    static func temporaryDirectory(_ label: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("tina-\(label)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
