/// HMAC-SHA256 (RFC 2104): Jupyter signs each message's four JSON frames with the connection
/// file's key.
public struct HMACSHA256 {
    private let inner: SHA256Hasher
    private let outerKey: [UInt8]

    public init(key: [UInt8]) {
        // Keys longer than the 64-byte block are hashed first, shorter ones padded with zeros.
        var block = key.count > 64 ? { var h = SHA256Hasher(); h.update(key); return h.finalize() }() : key
        block += [UInt8](repeating: 0, count: 64 - block.count)
        var inner = SHA256Hasher()
        inner.update(block.map { $0 ^ 0x36 })
        self.inner = inner
        outerKey = block.map { $0 ^ 0x5c }
    }

    /// The MAC of the concatenation of `parts`.
    public func mac(_ parts: [[UInt8]]) -> [UInt8] {
        var h = inner
        for part in parts { h.update(part) }
        var outer = SHA256Hasher()
        outer.update(outerKey)
        outer.update(h.finalize())
        return outer.finalize()
    }

    /// Compares in time independent of where the first difference lies, so a forger learns
    /// nothing from how fast a bad signature is refused.
    public static func equalInConstantTime(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for i in a.indices { difference |= a[i] ^ b[i] }
        return difference == 0
    }
}
