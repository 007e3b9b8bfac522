import Foundation
import Runtime
import XCTest

/// SHA-256, settings from the environment and the progress bar the downloads use.
final class HubSupportTests: XCTestCase {
    func testSHA256KnownVectors() {
        XCTAssertEqual(SHA256Hasher.hex([]), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        XCTAssertEqual(SHA256Hasher.hex(Array("abc".utf8)), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        XCTAssertEqual(SHA256Hasher.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)),
                       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        // One million 'a' fed in uneven pieces exercises the partial-block buffer.
        var h = SHA256Hasher()
        var fed = 0
        var step = 1
        while fed < 1_000_000 {
            let n = min(step, 1_000_000 - fed)
            h.update([UInt8](repeating: UInt8(ascii: "a"), count: n))
            fed += n
            step = step * 3 % 1000 + 1
        }
        XCTAssertEqual(h.finalizeHex(), "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
    }

    func testSettingsFollowTheHuggingFaceEnvironment() throws {
        let home = try DatasetTestPaths.temporaryDirectory("hfhome")
        addTeardownBlock { try? FileManager.default.removeItem(at: home) }
        try "hf_saved_token\n".write(to: home.appendingPathComponent("token"), atomically: true, encoding: .utf8)
        let s = HubSettings.fromEnvironment(["HOME": "/home/x", "HF_HOME": home.path, "HF_ENDPOINT": "http://mirror.local/",
                                             "HF_HUB_OFFLINE": "1", "HF_HUB_DISABLE_PROGRESS_BARS": "1"])
        XCTAssertEqual(s.endpoint, "http://mirror.local")
        XCTAssertEqual(s.cacheDirectory, home.path + "/hub")
        XCTAssertEqual(s.token, "hf_saved_token")
        XCTAssertTrue(s.offline)
        XCTAssertFalse(s.showProgress)
        XCTAssertFalse("\(s)".contains("hf_saved_token"))
        let t = HubSettings.fromEnvironment(["HOME": "/home/x", "HF_HUB_CACHE": "/data/cache", "HF_TOKEN": "hf_env"])
        XCTAssertEqual(t.cacheDirectory, "/data/cache")
        XCTAssertEqual(t.endpoint, "https://huggingface.co")
        XCTAssertEqual(t.token, "hf_env")
        XCTAssertFalse(t.offline)
        XCTAssertEqual(HubSettings.fromEnvironment(["HOME": "/home/x"]).cacheDirectory, "/home/x/.cache/huggingface/hub")
    }

    func testRepoTypeNames() throws {
        XCTAssertEqual(try HubRepoType(name: "datasets"), .dataset)
        XCTAssertEqual(try HubRepoType(name: "Model"), .model)
        XCTAssertThrowsError(try HubRepoType(name: "weights")) { e in
            XCTAssertEqual("\(e)", "unknown repository type 'weights': expected model, dataset or space")
        }
    }

    func testProgressBarRendersBytesRateAndETA() {
        let bar = ProgressBar(label: "model.safetensors", total: 40_000_000, unit: .bytes, isTerminal: true, output: { _ in })
        bar.update(to: 10_000_000)
        XCTAssertEqual(bar.render(elapsed: 2), "model.safetensors   25% |██████                  |  10.0 MB/40.0 MB  5.0 MB/s  ETA 0:06")
        let steps = ProgressBar(label: "train", total: nil, unit: .steps("step"), isTerminal: true, output: { _ in })
        steps.update(to: 3)
        steps.status = "loss 0.412"
        XCTAssertEqual(steps.render(elapsed: 12), "train  3  4.00 s/step  0:12  loss 0.412")
        steps.update(to: 30)
        XCTAssertEqual(steps.render(elapsed: 12), "train  30  2.50 step/s  0:12  loss 0.412")
    }

    func testProgressBarRedrawsInPlaceOnATerminalAndPrintsLinesOtherwise() {
        let lines = LockedBox<[String]>([])
        let tty = ProgressBar(label: "x", total: 10, isTerminal: true, redrawInterval: 0, output: { s in lines.update { $0.append(s) } })
        for i in 1...3 { tty.update(to: Int64(i)) }
        tty.finish()
        tty.finish()
        XCTAssertEqual(lines.get().count, 4)
        XCTAssertTrue(lines.get().allSatisfy { $0.hasPrefix("\r") })
        XCTAssertTrue(lines.get().last!.hasSuffix("\n"))
        XCTAssertTrue(lines.get().last!.contains(" 30%"), lines.get().last!)

        let log = LockedBox<[String]>([])
        let pipe = ProgressBar(label: "y", total: 1000, isTerminal: false, lineInterval: 3600, output: { s in log.update { $0.append(s) } })
        for i in 1...1000 { pipe.update(to: Int64(i)) }
        pipe.finish()
        XCTAssertEqual(log.get().count, 1)  // sparse: only the final line within the interval
        XCTAssertFalse(log.get()[0].contains("\r"))
    }
}
