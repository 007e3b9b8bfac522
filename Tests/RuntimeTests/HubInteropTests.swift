import Foundation
import Runtime
import XCTest

/// The cache is shared with Python's huggingface_hub: what either fetched, the other finds.
/// huggingface_hub (a reference tool, not a project dependency) comes from the project-local
/// environment that scripts/test installs (`scripts/setup-test-tools`); without it the test fails.
final class HubInteropTests: XCTestCase {
    static let python = Paths.packageRoot.appendingPathComponent(".build-testenv/bin/python")

    private func python(_ code: String, env: [String: String]) throws -> (Int32, String) {
        let p = Process()
        p.executableURL = Self.python
        p.arguments = ["-c", code]
        var e = ProcessInfo.processInfo.environment
        for (k, v) in env { e[k] = v }
        p.environment = e
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return (p.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Every path under `root` with its link target, ignoring lock files and the cache tag.
    private func tree(_ root: String) throws -> [String] {
        let fm = FileManager.default
        return (fm.enumerator(atPath: root)?.allObjects as? [String] ?? []).filter { !$0.hasPrefix(".locks") && $0 != "CACHEDIR.TAG" }
            .map { rel in (try? fm.destinationOfSymbolicLink(atPath: root + "/" + rel)).map { "\(rel) -> \($0)" } ?? rel }
            .sorted()
    }

    func testCachesWrittenByEitherSideMatchAndAreShared() throws {
        guard FileManager.default.isExecutableFile(atPath: Self.python.path), try python("import huggingface_hub", env: [:]).0 == 0 else {
            return XCTFail("huggingface_hub is not installed in .build-testenv (scripts/setup-test-tools installs it)")
        }
        let server = try HubTestServer()
        defer { server.stop() }
        let ours = try DatasetTestPaths.temporaryDirectory("ours")
        let theirs = try DatasetTestPaths.temporaryDirectory("theirs")
        defer { try? FileManager.default.removeItem(at: ours); try? FileManager.default.removeItem(at: theirs) }

        let files = [("tina/tiny-r1", "model", "config.json"), ("tina/tiny-r1", "model", "model.safetensors"),
                     ("tina/mini-math", "dataset", "data/train-00000-of-00002.parquet")]
        var settings = HubSettings(endpoint: server.endpoint, cacheDirectory: ours.path, showProgress: false)
        settings.backoff = 0.01
        let hub = HubClient(settings: settings)
        for (repo, type, file) in files {
            _ = try hub.download(repo: repo, file: file, repoType: try HubRepoType(name: type))
        }
        let calls = files.map { "hf_hub_download('\($0.0)', '\($0.2)', repo_type='\($0.1)')" }.joined(separator: ", ")
        let fetch = "from huggingface_hub import hf_hub_download\nfor p in [\(calls)]: print(p)"
        let (rc, out) = try python(fetch, env: ["HF_ENDPOINT": server.endpoint, "HF_HUB_CACHE": theirs.path,
                                                "HF_HUB_DISABLE_TELEMETRY": "1", "HF_HUB_DISABLE_PROGRESS_BARS": "1"])
        XCTAssertEqual(rc, 0, out)
        XCTAssertEqual(try tree(ours.path), try tree(theirs.path))

        // huggingface_hub, offline, finds our files where we put them...
        let (rc2, out2) = try python(fetch, env: ["HF_HUB_OFFLINE": "1", "HF_HUB_CACHE": ours.path])
        XCTAssertEqual(rc2, 0, out2)
        XCTAssertEqual(out2.split(separator: "\n").map(String.init),
                       files.map { try! hub.cache.cachedFile($0.0, type: HubRepoType(name: $0.1), revision: "main", file: $0.2)! })
        // Its cache scanner sees two sound repositories with the right sizes.
        let scan = "from huggingface_hub import scan_cache_dir\nr = scan_cache_dir()\n"
            + "print(sorted((x.repo_type, x.repo_id, x.nb_files, x.size_on_disk) for x in r.repos), [str(w) for w in r.warnings])"
        let (rc3, out3) = try python(scan, env: ["HF_HUB_CACHE": ours.path])
        XCTAssertEqual(rc3, 0, out3)
        let modelSize = ["config.json", "model.safetensors"].map {
            FileManager.default.contents(atPath: DatasetTestPaths.fixtures.appendingPathComponent("models/tiny-r1/\($0)").path)!.count
        }.reduce(0, +)
        let parquetSize = FileManager.default.contents(atPath: DatasetTestPaths.data("mini_math.snappy.parquet"))!.count
        XCTAssertEqual(out3.trimmingCharacters(in: .whitespacesAndNewlines),
                       "[('dataset', 'tina/mini-math', 1, \(parquetSize)), ('model', 'tina/tiny-r1', 2, \(modelSize))] []")
        // ...and we find theirs.
        var offline = settings
        offline.offline = true
        offline.cacheDirectory = theirs.path
        let reader = HubClient(settings: offline)
        XCTAssertEqual(try Dataset.load("tina/mini-math", files: ["data/train-00000-of-00002.parquet"], hub: reader).count, 60)
        XCTAssertEqual(FileManager.default.contents(atPath: try reader.download(repo: "tina/tiny-r1", file: "model.safetensors")),
                       FileManager.default.contents(atPath: DatasetTestPaths.fixtures.appendingPathComponent("models/tiny-r1/model.safetensors").path))
    }
}
