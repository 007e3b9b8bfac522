import Foundation
import Runtime
import XCTest

final class DatasetHubTests: XCTestCase {
    static var server: HubTestServer?

    override class func setUp() {
        super.setUp()
        server = try? HubTestServer()
    }

    override class func tearDown() {
        server?.stop()
        super.tearDown()
    }

    private var cacheDir: URL!

    var server: HubTestServer { DatasetHubTests.server! }

    override func setUpWithError() throws {
        guard DatasetHubTests.server != nil else { throw HubTestServerError.noStart }
        try server.control("reset=1")
        cacheDir = try DatasetTestPaths.temporaryDirectory("hubdata")
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: cacheDir)
    }

    private func hub(offline: Bool = false) -> HubClient {
        var s = HubSettings(endpoint: server.endpoint, datasetsServer: server.endpoint,
                            cacheDirectory: cacheDir.path, offline: offline, showProgress: false)
        s.backoff = 0.01
        return HubClient(settings: s)
    }

    private func expected() throws -> [DataRow] { try DatasetFiles.read(path: DatasetTestPaths.data("mini_math.jsonl")) }

    func testSplitsFromARepoOfParquetShards() throws {
        let train = try Dataset.load("tina/mini-math", hub: hub())
        XCTAssertEqual(try train.rows, try expected() + expected())  // two shards: snappy and zstd
        XCTAssertEqual(train.source, "tina/mini-math:train")
        let test = try Dataset.load("tina/mini-math", split: "test", hub: hub())
        XCTAssertEqual(try test.rows, try expected())
        let csv = try Dataset.load("tina/mini-math", files: ["raw/*.csv"], hub: hub())
        XCTAssertEqual(try csv.rows, try expected())
        let cached = cacheDir.path + "/datasets--tina--mini-math/snapshots"
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: cached).count, 1)
        // Offline, the cached files still load.
        XCTAssertEqual(try Dataset.load("tina/mini-math", split: "test", hub: hub(offline: true)).rows, try expected())
        XCTAssertThrowsError(try Dataset.load("tina/mini-math", split: "validation", hub: hub()))
    }

    func testConfigsDeclaredInTheDatasetCard() throws {
        XCTAssertEqual(try Dataset.load("tina/with-configs", hub: hub()).rows, try expected() + expected())  // default: full
        XCTAssertEqual(try Dataset.load("tina/with-configs", config: "easy", hub: hub()).rows, try expected())
        XCTAssertEqual(try Dataset.load("tina/with-configs", split: "test", config: "easy", hub: hub()).rows, try expected())
        XCTAssertEqual(try Dataset.load("tina/with-configs", files: ["hard/*"], hub: hub()).rows, try expected())
    }

    func testParquetExportAndViewerFallbacks() throws {
        XCTAssertEqual(try Dataset.load("tina/converted", split: "test", hub: hub()).rows, try expected())
        let viewer = try Dataset.load("tina/viewer-only", hub: hub())
        XCTAssertEqual(viewer.columns, ["problem", "solution", "answer", "level"])
        XCTAssertEqual(try viewer.rows, try expected())
        XCTAssertThrowsError(try Dataset.load("tina/viewer-only", split: "test", hub: hub())) { e in
            XCTAssertTrue("\(e)".hasPrefix("no data files for tina/viewer-only"), "\(e)")
        }
        XCTAssertThrowsError(try Dataset.load("tina/absent", hub: hub())) { e in
            XCTAssertEqual(e as? HubError, .repoNotFound(repo: "tina/absent", detail: ""))
        }
    }
}
