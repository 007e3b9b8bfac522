import CKernels
import Foundation
import Runtime
import XCTest

final class HubClientTests: XCTestCase {
    static var server: HubTestServer?
    static let token = "hf_TestSecretToken_never_shown_123"

    override class func setUp() {
        super.setUp()
        server = try? HubTestServer()
    }

    override class func tearDown() {
        server?.stop()
        super.tearDown()
    }

    var server: HubTestServer { HubClientTests.server! }
    private var cacheDir: URL!
    private var progressLines: [String] = []

    override func setUpWithError() throws {
        guard HubClientTests.server != nil else { throw HubTestServerError.noStart }
        try server.control("reset=1")
        cacheDir = try DatasetTestPaths.temporaryDirectory("hub")
        progressLines = []
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: cacheDir)
    }

    private func settings(retries: Int = 3, readTimeout: Double = 5) -> HubSettings {
        var s = HubSettings(endpoint: server.endpoint + "/", datasetsServer: server.endpoint, token: HubClientTests.token,
                            cacheDirectory: cacheDir.path, showProgress: true)
        s.backoff = 0.01
        s.maxRetries = retries
        s.readTimeout = readTimeout
        s.connectTimeout = 5
        s.progressOutput = { [weak self] line in self?.progressLines.append(line) }
        return s
    }

    private func client(retries: Int = 3, readTimeout: Double = 5) -> HubClient {
        HubClient(settings: settings(retries: retries, readTimeout: readTimeout))
    }

    private func fixture(_ name: String) -> Data {
        FileManager.default.contents(atPath: DatasetTestPaths.fixtures.appendingPathComponent("models/tiny-r1/\(name)").path)!
    }

    private static let modelCommit = "89dd72e02d5a02c305a4995cdac544e97f28ddfb"  // sha1("model/tina/tiny-r1") in hub_server.py
    private static let safetensorsSHA = "0e6f84b9375de6918e6fa74dd2012f4f74f88960c457d46af5b9ddfda5f0aa6d"

    private func assertNoTokenLeak(_ texts: [String], file: StaticString = #filePath, line: UInt = #line) {
        for t in texts { XCTAssertFalse(t.contains(HubClientTests.token), "token leaked in: \(t)", file: file, line: line) }
    }

    func testDownloadsModelFilesIntoTheHuggingFaceCacheLayout() throws {
        let hub = client()
        for name in ["config.json", "tokenizer.json", "tokenizer_config.json", "model.safetensors"] {
            let path = try hub.download(repo: "tina/tiny-r1", file: name)
            XCTAssertEqual(path, cacheDir.path + "/models--tina--tiny-r1/snapshots/\(HubClientTests.modelCommit)/\(name)")
            XCTAssertEqual(FileManager.default.contents(atPath: path), fixture(name), name)
        }
        let repoDir = cacheDir.path + "/models--tina--tiny-r1"
        XCTAssertEqual(try String(contentsOfFile: repoDir + "/refs/main", encoding: .utf8), HubClientTests.modelCommit)
        let link = try FileManager.default.destinationOfSymbolicLink(atPath: repoDir + "/snapshots/\(HubClientTests.modelCommit)/model.safetensors")
        XCTAssertEqual(link, "../../blobs/\(HubClientTests.safetensorsSHA)")
        // Small files are named by their git blob id, as the Hub's ETag gives it.
        var gitOid = "blob \(fixture("config.json").count)\0".data(using: .utf8)!
        gitOid.append(fixture("config.json"))
        let blobs = try FileManager.default.contentsOfDirectory(atPath: repoDir + "/blobs")
        XCTAssertEqual(blobs.count, 4)
        XCTAssertTrue(blobs.contains(HubClientTests.safetensorsSHA))
        XCTAssertFalse(blobs.contains { $0.hasSuffix(".incomplete") })
        XCTAssertTrue(FileManager.default.fileExists(atPath: cacheDir.path + "/.locks/models--tina--tiny-r1/\(HubClientTests.safetensorsSHA).lock"))

        // The token went to the Hub, never to the CDN on the other port.
        let log = try server.log()
        XCTAssertTrue(log.filter { $0.server == "hub" }.allSatisfy { $0.auth == "Bearer " + HubClientTests.token })
        let cdn = log.filter { $0.server == "cdn" }
        XCTAssertEqual(cdn.count, 1)
        XCTAssertTrue(cdn.allSatisfy { $0.auth == nil })
        XCTAssertTrue(progressLines.joined().contains("MB"), progressLines.joined())
        assertNoTokenLeak(progressLines + ["\(hub.settings)"])

        // A second call finds the blob: metadata only, no new transfer.
        try server.control("reset=1")
        _ = try hub.download(repo: "tina/tiny-r1", file: "model.safetensors")
        XCTAssertEqual(try server.log().map(\.method), ["HEAD"])
    }

    func testEnvironmentVariablesConfigureTheDefaultClient() throws {
        let names = ["HF_ENDPOINT", "HF_HUB_CACHE", "HF_TOKEN", "HF_HUB_DISABLE_PROGRESS_BARS", "HF_HUB_OFFLINE"]
        let saved = names.map { ProcessInfo.processInfo.environment[$0] }
        defer { for (n, v) in zip(names, saved) { if let v { setenv(n, v, 1) } else { unsetenv(n) } } }
        setenv("HF_ENDPOINT", server.endpoint, 1)
        setenv("HF_HUB_CACHE", cacheDir.path, 1)
        setenv("HF_TOKEN", HubClientTests.token, 1)
        setenv("HF_HUB_DISABLE_PROGRESS_BARS", "1", 1)
        unsetenv("HF_HUB_OFFLINE")
        let path = try HubClient().download(repo: "tina/tiny-r1", file: "generation_config.json")
        XCTAssertTrue(path.hasPrefix(cacheDir.path + "/models--tina--tiny-r1/snapshots/"), path)
        XCTAssertEqual(try server.log().first?.auth, "Bearer " + HubClientTests.token)
        setenv("HF_HUB_OFFLINE", "1", 1)
        XCTAssertEqual(try HubClient().download(repo: "tina/tiny-r1", file: "generation_config.json"), path)
    }

    func testResumesAfterAConnectionDropsMidway() throws {
        try server.control("drop=1")
        let path = try client().download(repo: "tina/tiny-r1", file: "model.safetensors")
        XCTAssertEqual(FileManager.default.contents(atPath: path), fixture("model.safetensors"))
        let cdn = try server.log().filter { $0.server == "cdn" }
        XCTAssertEqual(cdn.count, 2)
        XCTAssertNil(cdn.first?.range)
        let resumedAt = Int(cdn.last?.range?.dropFirst("bytes=".count).dropLast() ?? "") ?? 0
        XCTAssertGreaterThan(resumedAt, 0, "\(cdn)")
    }

    /// A server that answers the Range retries with 200 and the whole file: the partial file
    /// starts again from byte 0 each time and never grows past the file's size.
    func testARangeAnsweredWith200RestartsThePartialFile() throws {
        try server.control("drop=2&norange=2")
        let path = try client().download(repo: "tina/tiny-r1", file: "model.safetensors")
        XCTAssertEqual(FileManager.default.contents(atPath: path), fixture("model.safetensors"))
        let cdn = try server.log().filter { $0.server == "cdn" }
        XCTAssertEqual(cdn.count, 3, "\(cdn)")
        XCTAssertNotNil(cdn.last?.range, "the retries asked for the rest")
    }

    /// With the Hub unreachable, a cached snapshot serves within 10 s of the first failed
    /// connection (not after every retry), saying so; with nothing cached the error names
    /// HF_HUB_OFFLINE.
    func testAnUnreachableHubFallsBackToTheCachedSnapshot() throws {
        let cached = try client().snapshot(repo: "tina/tiny-r1", allow: ["config.json"])
        var down = settings(retries: 5)
        down.endpoint = "http://127.0.0.1:9"  // nothing listens there
        down.backoff = 1                       // 1 + 2 + 4 + 8 + 8 s of retries were the old wait
        let start = Date()
        XCTAssertEqual(try HubClient(settings: down).snapshot(repo: "tina/tiny-r1", allow: ["config.json"]), cached)
        XCTAssertLessThan(Date().timeIntervalSince(start), 15)
        down.maxRetries = 0
        XCTAssertThrowsError(try HubClient(settings: down).snapshot(repo: "tina/never-fetched")) { e in
            XCTAssertTrue("\(e)".contains("HF_HUB_OFFLINE=1 uses only the cache"), "\(e)")
        }
        down.endpoint = "http://user:secret@127.0.0.1:9"
        XCTAssertThrowsError(try HubClient(settings: down).download(repo: "tina/never-fetched", file: "config.json")) { e in
            XCTAssertFalse("\(e)".contains("secret"), "credentials in HF_ENDPOINT are masked: \(e)")
            XCTAssertTrue("\(e)".contains("http://***@127.0.0.1:9"), "\(e)")
        }
    }

    func testResumesFromAnIncompleteFileLeftBehind() throws {
        let blobs = cacheDir.path + "/models--tina--tiny-r1/blobs"
        try FileManager.default.createDirectory(atPath: blobs, withIntermediateDirectories: true)
        try fixture("model.safetensors").prefix(1_000_000).write(to: URL(fileURLWithPath: blobs + "/\(HubClientTests.safetensorsSHA).incomplete"))
        let path = try client().download(repo: "tina/tiny-r1", file: "model.safetensors")
        XCTAssertEqual(FileManager.default.contents(atPath: path), fixture("model.safetensors"))
        XCTAssertEqual(try server.log().filter { $0.server == "cdn" }.map(\.range), ["bytes=1000000-"])
    }

    func testRetriesA500AndGivesUpAfterTheLimit() throws {
        try server.control("fail500=1")
        _ = try client().download(repo: "tina/tiny-r1", file: "config.json")
        XCTAssertEqual(try server.log().filter { $0.method == "HEAD" }.count, 2)

        try server.control("reset=1&fail500=10")
        XCTAssertThrowsError(try client(retries: 2).download(repo: "tina/tiny-r1", file: "generation_config.json")) { e in
            XCTAssertEqual(e as? HubError, .http(status: 500, url: self.server.endpoint + "/tina/tiny-r1/resolve/main/generation_config.json"))
        }
        XCTAssertEqual(try server.log().count, 3)
    }

    func testNotFoundErrorsNameWhatIsMissing() throws {
        let hub = client()
        var errors: [String] = []
        XCTAssertThrowsError(try hub.download(repo: "tina/tiny-r1", file: "nope.bin")) { e in
            XCTAssertEqual(e as? HubError, .fileNotFound(repo: "tina/tiny-r1", file: "nope.bin", revision: "main"))
            errors.append("\(e)")
        }
        XCTAssertThrowsError(try hub.download(repo: "tina/no-such-model", file: "config.json")) { e in
            XCTAssertEqual(e as? HubError, .repoNotFound(repo: "tina/no-such-model", detail: ""))
            errors.append("\(e)")
        }
        XCTAssertThrowsError(try hub.download(repo: "tina/tiny-r1", file: "config.json", revision: "v9")) { e in
            XCTAssertEqual(e as? HubError, .revisionNotFound(repo: "tina/tiny-r1", revision: "v9"))
            errors.append("\(e)")
        }
        XCTAssertEqual(errors.count, 3)
        assertNoTokenLeak(errors)
    }

    func testStalledTransferTimesOutAndResumes() throws {
        try server.control("stall=4&slow=1")
        let path = try client(readTimeout: 1).download(repo: "tina/tiny-r1", file: "model.safetensors")
        XCTAssertEqual(FileManager.default.contents(atPath: path), fixture("model.safetensors"))
        let cdn = try server.log().filter { $0.server == "cdn" }
        XCTAssertEqual(cdn.count, 2)
        XCTAssertNotNil(cdn.last?.range)

        try server.control("reset=1&stall=4&slow=5")
        XCTAssertThrowsError(try client(retries: 1, readTimeout: 1).download(repo: "tina/tiny-r1-lora", file: "adapter_model.safetensors")) { e in
            guard case HubError.network(_, let message) = e else { return XCTFail("\(e)") }
            XCTAssertTrue(message.lowercased().contains("timeout") || message.lowercased().contains("timed out"), message)
            XCTAssertTrue(message.contains("after 2 tries"), message)
        }
        // The partial file stays for the next try.
        let blobs = try FileManager.default.contentsOfDirectory(atPath: cacheDir.path + "/models--tina--tiny-r1-lora/blobs")
        XCTAssertTrue(blobs.contains { $0.hasSuffix(".incomplete") }, "\(blobs)")
    }

    func testCorruptDownloadIsRejectedAndRemoved() throws {
        try server.control("corrupt=1")
        XCTAssertThrowsError(try client().download(repo: "tina/tiny-r1", file: "model.safetensors")) { e in
            guard case HubError.checksumMismatch(let file, let expected, _) = e else { return XCTFail("\(e)") }
            XCTAssertEqual(file, "model.safetensors")
            XCTAssertEqual(expected, HubClientTests.safetensorsSHA)
        }
        let blobs = try FileManager.default.contentsOfDirectory(atPath: cacheDir.path + "/models--tina--tiny-r1/blobs")
        XCTAssertEqual(blobs, [])
        _ = try client().download(repo: "tina/tiny-r1", file: "model.safetensors")
    }

    func testOfflineModeAndNetworkLossServeTheCache() throws {
        let cached = try client().download(repo: "tina/tiny-r1", file: "config.json")
        var offline = settings()
        offline.offline = true
        offline.endpoint = "http://127.0.0.1:9"  // nothing listens there
        let hub = HubClient(settings: offline)
        XCTAssertEqual(try hub.download(repo: "tina/tiny-r1", file: "config.json"), cached)
        XCTAssertThrowsError(try hub.download(repo: "tina/tiny-r1", file: "tokenizer.json")) { e in
            guard case HubError.offline = e else { return XCTFail("\(e)") }
        }
        var down = offline
        down.offline = false
        down.maxRetries = 0
        XCTAssertEqual(try HubClient(settings: down).download(repo: "tina/tiny-r1", file: "config.json"), cached)
        XCTAssertThrowsError(try HubClient(settings: down).download(repo: "tina/tiny-r1", file: "tokenizer.json")) { e in
            guard case HubError.network = e else { return XCTFail("\(e)") }
        }
    }

    func testNamesThatWouldEscapeTheCacheAreRefused() throws {
        let hub = client()
        XCTAssertThrowsError(try hub.listFiles(repo: "tina/evil")) { e in
            XCTAssertEqual(e as? HubError, .invalidPath("../../escape.json", reason: "'..' component would escape the cache"))
        }
        XCTAssertThrowsError(try hub.snapshot(repo: "tina/evil")) { e in
            guard case HubError.invalidPath = e else { return XCTFail("\(e)") }
        }
        for bad in ["../config.json", "/etc/passwd", "a//b", "a/./b", "a\\b"] {
            XCTAssertThrowsError(try hub.download(repo: "tina/tiny-r1", file: bad), bad) { e in
                guard case HubError.invalidPath = e else { return XCTFail("\(e)") }
            }
        }
        for bad in ["", "a/b/c", "../x", "a--b/c", "-a/b", "a/b.git", "a b/c"] {
            XCTAssertThrowsError(try hub.download(repo: bad, file: "config.json"), bad) { e in
                XCTAssertEqual(e as? HubError, .invalidRepoId(bad))
            }
        }
        XCTAssertThrowsError(try hub.download(repo: "tina/tiny-r1", file: "config.json", revision: "../../x")) { e in
            XCTAssertEqual(e as? HubError, .invalidRevision("../../x"))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: cacheDir.deletingLastPathComponent().appendingPathComponent("escape.json").path))
    }

    func testRelativeRedirectOfARenamedRepoIsFollowed() throws {
        let path = try client().download(repo: "tina/old-tiny-r1", file: "config.json")
        XCTAssertEqual(FileManager.default.contents(atPath: path), fixture("config.json"))
    }

    func testListingSnapshotAndModelResolution() throws {
        let hub = client()
        let files = try hub.listFiles(repo: "tina/tiny-r1")
        XCTAssertEqual(files.map(\.path), ["README.md", "config.json", "generation_config.json", "model.safetensors",
                                           "tokenizer.json", "tokenizer_config.json"])
        XCTAssertEqual(files.first { $0.path == "model.safetensors" }?.sha256, HubClientTests.safetensorsSHA)
        XCTAssertEqual(files.first { $0.path == "model.safetensors" }?.size, Int64(fixture("model.safetensors").count))

        let jsonOnly = try hub.snapshot(repo: "tina/tiny-r1", allow: ["*.json"])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: jsonOnly).sorted(),
                       ["config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json"])

        let model = try hub.resolveModel("tina/tiny-r1")
        XCTAssertEqual(model, cacheDir.path + "/models--tina--tiny-r1/snapshots/\(HubClientTests.modelCommit)")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: model).sorted(),
                       ["config.json", "generation_config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json"])
        XCTAssertEqual(FileManager.default.contents(atPath: model + "/model.safetensors"), fixture("model.safetensors"))
        // A local folder is used as it is.
        let local = DatasetTestPaths.fixtures.appendingPathComponent("models/tiny-r1").path
        XCTAssertEqual(try hub.resolveModel(local), local)

        var offline = settings()
        offline.offline = true
        XCTAssertEqual(try HubClient(settings: offline).resolveModel("tina/tiny-r1"), model)
        XCTAssertEqual(try HubClient(settings: offline).listFiles(repo: "tina/tiny-r1").count, 5)
    }

    func testConcurrentDownloadsOfOneBlobShareOneTransfer() throws {
        let group = DispatchGroup()
        let results = LockedBox<[Result<String, Error>]>([])
        for _ in 0..<3 {
            let hub = client()
            DispatchQueue.global().async(group: group) {
                let r = Result { try hub.download(repo: "tina/tiny-r1", file: "model.safetensors") }
                results.update { $0.append(r) }
            }
        }
        group.wait()
        XCTAssertEqual(results.get().count, 3)
        for r in results.get() { XCTAssertEqual(FileManager.default.contents(atPath: try r.get()), fixture("model.safetensors")) }
        XCTAssertEqual(try server.log().filter { $0.server == "cdn" }.count, 1)
    }

    func testInterruptStopsADownloadAndKeepsThePartialFile() throws {
        try server.control("stall=2&slow=1")
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.5) { tina_interrupt_set() }
        defer { tina_interrupt_clear() }
        XCTAssertThrowsError(try client().download(repo: "tina/tiny-r1", file: "model.safetensors")) { e in
            XCTAssertEqual(e as? Interrupted, Interrupted(detail: Interrupted.partialDownloadKept))
        }
        let partial = cacheDir.path + "/models--tina--tiny-r1/blobs/\(HubClientTests.safetensorsSHA).incomplete"
        XCTAssertTrue(FileManager.default.fileExists(atPath: partial))
        tina_interrupt_clear()
        _ = try client().download(repo: "tina/tiny-r1", file: "model.safetensors")
        XCTAssertEqual(try server.log().filter { $0.server == "cdn" }.last?.range?.hasPrefix("bytes="), true)
    }
}
