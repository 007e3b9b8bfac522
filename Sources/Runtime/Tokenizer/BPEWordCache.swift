import Foundation

/// Remembers the tokens of recently seen words (raw bytes → ids). Text repeats its words, so most
/// pieces skip BPE entirely. Open addressing over flat arenas; when full it simply starts over.
/// A class, so the hot path reaches it by reference instead of copying a struct of arrays.
final class BPEWordCache {
    static let slotCount = 1 << 16
    static let maxEntries = slotCount / 2
    static let maxWordBytes = 64

    private var hashes = [UInt64](repeating: 0, count: slotCount)
    private var keyOffsets = [Int32](repeating: 0, count: slotCount)
    private var keyLengths = [Int32](repeating: 0, count: slotCount)
    private var idOffsets = [Int32](repeating: 0, count: slotCount)
    private var idCounts = [Int32](repeating: 0, count: slotCount)
    private var keyBytes: [UInt8] = []
    private var ids: [UInt32] = []
    private var entries = 0

    @inline(__always) static func hash(_ p: UnsafePointer<UInt8>, _ n: Int) -> UInt64 {
        var h: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(n)
        var i = 0
        let raw = UnsafeRawPointer(p)
        while i + 8 <= n {
            h = (h ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15
            h ^= h >> 29
            i += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while i < n {
            tail |= UInt64(p[i]) << shift
            shift += 8
            i += 1
        }
        h = (h ^ tail) &* 0xBF58_476D_1CE4_E5B9
        h ^= h >> 31
        return h | 1 // 0 marks an empty slot
    }

    /// Appends the cached ids of the word to `out` and returns true, or returns false.
    @inline(__always) func lookup(_ p: UnsafePointer<UInt8>, _ n: Int, hash h: UInt64, into out: inout [UInt32]) -> Bool {
        var slot = Int(truncatingIfNeeded: h >> 16) & (Self.slotCount - 1)
        return hashes.withUnsafeBufferPointer { hs in
            while true {
                let s = hs[slot]
                if s == 0 { return false }
                if s == h && Int(keyLengths[slot]) == n
                    && (n == 0 || keyBytes.withUnsafeBufferPointer({ memcmp($0.baseAddress! + Int(keyOffsets[slot]), p, n) == 0 })) {
                    let start = Int(idOffsets[slot])
                    let count = Int(idCounts[slot])
                    ids.withUnsafeBufferPointer { out.append(contentsOf: UnsafeBufferPointer(rebasing: $0[start..<(start + count)])) }
                    return true
                }
                slot = (slot + 1) & (Self.slotCount - 1)
            }
        }
    }

    func insert(_ p: UnsafePointer<UInt8>, _ n: Int, hash h: UInt64, ids wordIds: UnsafeBufferPointer<UInt32>) {
        guard n <= Self.maxWordBytes else { return }
        if entries >= Self.maxEntries { clear() }
        var slot = Int(truncatingIfNeeded: h >> 16) & (Self.slotCount - 1)
        while hashes[slot] != 0 { slot = (slot + 1) & (Self.slotCount - 1) }
        hashes[slot] = h
        keyOffsets[slot] = Int32(keyBytes.count)
        keyLengths[slot] = Int32(n)
        idOffsets[slot] = Int32(ids.count)
        idCounts[slot] = Int32(wordIds.count)
        keyBytes.append(contentsOf: UnsafeBufferPointer(start: p, count: n))
        ids.append(contentsOf: wordIds)
        entries += 1
    }

    private func clear() {
        for i in 0..<Self.slotCount { hashes[i] = 0 }
        keyBytes.removeAll(keepingCapacity: true)
        ids.removeAll(keepingCapacity: true)
        entries = 0
    }
}
