import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import XCTest

/// Runs hub_server.py (a Python stand-in for the Hub) on 127.0.0.1 with random free ports, for
/// the lifetime of a test class. Closing its stdin ends it even if the tests crash.
final class HubTestServer {
    let process = Process()
    private let input = Pipe()
    private let output = Pipe()
    let port: Int
    let cdnPort: Int

    var endpoint: String { "http://127.0.0.1:\(port)" }

    init() throws {
        let script = DatasetTestPaths.testSources.appendingPathComponent("hub_server.py").path
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", script, DatasetTestPaths.fixtures.path]
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        var line = Data()
        let deadline = Date().addingTimeInterval(60)
        while !line.contains(UInt8(ascii: "\n")) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty || Date() > deadline { throw HubTestServerError.noStart }
            line.append(chunk)
        }
        let words = String(decoding: line, as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard words.count == 3, words[0] == "PORTS", let p = Int(words[1]), let c = Int(words[2]) else { throw HubTestServerError.noStart }
        port = p
        cdnPort = c
    }

    func stop() {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.terminate() }
        process.waitUntilExit()
    }

    private func get(_ path: String) throws -> Data {
        let url = URL(string: endpoint + path)!
        let done = DispatchSemaphore(value: 0)
        let box = LockedBox<Data?>(nil)
        URLSession.shared.dataTask(with: url) { data, _, _ in box.set(data); done.signal() }.resume()
        _ = done.wait(timeout: .now() + 30)
        guard let result = box.get() else { throw HubTestServerError.control(path) }
        return result
    }

    /// Arms faults (`fail500`, `drop`, `slow`, `corrupt` counts; `stall` seconds) or `reset`.
    func control(_ query: String) throws { _ = try get("/_control?" + query) }

    struct Request: Decodable {
        let server: String
        let method: String
        let path: String
        let auth: String?
        let range: String?
    }

    func log() throws -> [Request] { try JSONDecoder().decode([Request].self, from: try get("/_log")) }
}

enum HubTestServerError: Error, CustomStringConvertible {
    case noStart, control(String)

    var description: String {
        switch self {
        case .noStart: return "hub_server.py did not start (python3 must be on PATH)"
        case .control(let path): return "the test server did not answer \(path)"
        }
    }
}

/// A value shared between threads in tests.
final class LockedBox<T>: @unchecked Sendable {
    private var value: T
    private let lock = NSLock()
    init(_ value: T) { self.value = value }
    func get() -> T { lock.lock(); defer { lock.unlock() }; return value }
    func set(_ v: T) { lock.lock(); value = v; lock.unlock() }
    func update(_ f: (inout T) -> Void) { lock.lock(); f(&value); lock.unlock() }
}
