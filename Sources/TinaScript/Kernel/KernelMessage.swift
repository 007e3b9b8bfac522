import Foundation
import Runtime

/// One message of the Jupyter messaging protocol (5.3) and its wire form:
/// `[routing ids…, "<IDS|MSG>", HMAC hex, header, parent_header, metadata, content, buffers…]`.
/// The JSON parts are TinaScript maps, which keep key order and the int/float distinction.
struct KernelMessage {
    var identities: [[UInt8]] = []
    var header: ScriptMap
    var parentHeader: ScriptMap
    var metadata: ScriptMap = ScriptMap()
    var content: ScriptMap
    var buffers: [[UInt8]] = []

    var type: String { header["msg_type"].flatMap { if case .string(let s) = $0 { return s } else { return nil } } ?? "" }

    static let delimiter = Array("<IDS|MSG>".utf8)
    static let protocolVersion = "5.3"

    enum WireError: Error, CustomStringConvertible {
        case noDelimiter, tooFewFrames, badSignature, badJSON(String, String)
        var description: String {
            switch self {
            case .noDelimiter: return "no <IDS|MSG> delimiter"
            case .tooFewFrames: return "fewer than the five frames after the delimiter"
            case .badSignature: return "missing or wrong HMAC signature"
            case .badJSON(let part, let why): return "\(part) is not a JSON object: \(why)"
            }
        }
    }

    /// Reads and verifies a received message; a message whose signature does not match the key
    /// is refused before any of its JSON is parsed.
    init(frames: [[UInt8]], signer: MessageSigner) throws {
        guard let split = frames.firstIndex(of: Self.delimiter) else { throw WireError.noDelimiter }
        guard frames.count >= split + 6 else { throw WireError.tooFewFrames }
        let parts = Array(frames[(split + 2)..<(split + 6)])
        guard signer.verify(signature: frames[split + 1], parts: parts) else { throw WireError.badSignature }
        func object(_ bytes: [UInt8], _ name: String) throws -> ScriptMap {
            do {
                guard case .map(let map) = try JSONCodec.decode(String(decoding: bytes, as: UTF8.self)) else {
                    throw WireError.badJSON(name, "not an object")
                }
                return map
            } catch let error as WireError {
                throw error
            } catch {
                throw WireError.badJSON(name, "\(error)")
            }
        }
        identities = Array(frames[..<split])
        header = try object(parts[0], "header")
        parentHeader = try object(parts[1], "parent_header")
        metadata = try object(parts[2], "metadata")
        content = try object(parts[3], "content")
        buffers = Array(frames[(split + 6)...])
    }

    /// A new message of `type` answering (or caused by) `parent`, for the kernel's `session`.
    init(type: String, content: ScriptMap, parent: KernelMessage?, session: String) {
        header = ScriptMap([
            ("msg_id", .string(UUID().uuidString.lowercased())), ("session", .string(session)),
            ("username", .string("tina-repl")), ("date", .string(Self.timestamp())),
            ("msg_type", .string(type)), ("version", .string(Self.protocolVersion)),
        ])
        parentHeader = parent?.header ?? ScriptMap()
        self.content = content
        identities = parent?.identities ?? []
    }

    /// The frames to send, signed.
    func frames(signer: MessageSigner) throws -> [[UInt8]] {
        let parts = try [header, parentHeader, metadata, content].map { Array(try JSONCodec.encode(.map($0)).utf8) }
        return identities + [Self.delimiter, signer.signature(parts)] + parts + buffers
    }

    /// ISO 8601 in UTC with microseconds, as Jupyter writes dates.
    static func timestamp(_ date: Date = Date()) -> String {
        var seconds = time_t(date.timeIntervalSince1970)
        let micros = Int((date.timeIntervalSince1970 - Double(seconds)) * 1_000_000)
        var parts = tm()
        gmtime_r(&seconds, &parts)
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%06dZ", parts.tm_year + 1900, parts.tm_mon + 1, parts.tm_mday,
                      parts.tm_hour, parts.tm_min, parts.tm_sec, micros)
    }
}

/// Signs and checks messages with the connection file's key (`signature_scheme` hmac-sha256).
/// An empty key means the connection file turned signing off: messages then carry an empty
/// signature, as Jupyter's own sessions do.
struct MessageSigner {
    private let hmac: HMACSHA256?

    init(key: String) { hmac = key.isEmpty ? nil : HMACSHA256(key: Array(key.utf8)) }

    func signature(_ parts: [[UInt8]]) -> [UInt8] {
        guard let hmac else { return [] }
        return Array(SHA256Hasher.hexText(hmac.mac(parts)).utf8)
    }

    func verify(signature: [UInt8], parts: [[UInt8]]) -> Bool {
        guard hmac != nil else { return true }
        return HMACSHA256.equalInConstantTime(signature, self.signature(parts))
    }
}
