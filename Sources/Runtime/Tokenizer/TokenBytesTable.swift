import Foundation

/// Token spelling (UTF-8 bytes) → id, in one arena with open addressing. Swift's String-keyed
/// Dictionary hashes through Unicode normalisation, which made loading a 151k vocabulary with
/// 294k merges (three lookups each) take over a second.
struct TokenBytesTable {
    /// One slot holds all a probe needs, so a lookup touches one slot and the arena.
    private struct Slot {
        var hash: UInt64 = 0
        /// -1 marks an empty slot.
        var length: Int32 = -1
        var offset: Int32 = 0
        var id: Int32 = 0
    }
    private var slots: [Slot]
    private var count = 0
    private var arena: [UInt8] = []
    private var mask: Int

    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(), count: size)
        mask = size - 1
    }

    @inline(__always) private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return 1 }
        return BPEWordCache.hash(base, bytes.count)
    }

    /// Inserts or replaces the id of a spelling.
    mutating func insert(_ token: String, id: Int) {
        var token = token
        token.withUTF8 { insert($0, id: id) }
    }

    mutating func insert(_ bytes: UnsafeBufferPointer<UInt8>, id: Int) {
        if (count + 1) * 2 > slots.count { grow() }
        let h = Self.hash(bytes)
        if let slot = find(bytes, hash: h) {
            slots[slot].id = Int32(id)
            return
        }
        count += 1
        place(Slot(hash: h, length: Int32(bytes.count), offset: Int32(arena.count), id: Int32(id)))
        arena.append(contentsOf: bytes)
    }

    private mutating func place(_ new: Slot) {
        var slot = Int(truncatingIfNeeded: new.hash >> 20) & mask
        while slots[slot].length >= 0 { slot = (slot + 1) & mask }
        slots[slot] = new
    }

    private mutating func grow() {
        let old = slots
        slots = [Slot](repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for s in old where s.length >= 0 { place(s) }
    }

    /// The slot holding `bytes`, if any.
    private func find(_ bytes: UnsafeBufferPointer<UInt8>, hash h: UInt64) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            arena.withUnsafeBufferPointer { arena in
                var slot = Int(truncatingIfNeeded: h >> 20) & mask
                while true {
                    let s = slots[slot]
                    if s.length < 0 { return nil }
                    if s.hash == h && Int(s.length) == bytes.count
                        && (bytes.count == 0 || memcmp(arena.baseAddress! + Int(s.offset), bytes.baseAddress!, bytes.count) == 0) {
                        return slot
                    }
                    slot = (slot + 1) & mask
                }
            }
        }
    }

    func id(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        find(bytes, hash: Self.hash(bytes)).map { Int(slots[$0].id) }
    }

    func id(_ token: String) -> Int? {
        var token = token
        return token.withUTF8 { id($0) }
    }

    func id(_ token: Substring) -> Int? {
        var token = token
        return token.withUTF8 { id($0) }
    }

    /// The id of `left` followed by `right`, spelled together.
    func id(_ left: Substring, _ right: Substring, scratch: inout [UInt8]) -> Int? {
        scratch.removeAll(keepingCapacity: true)
        scratch.append(contentsOf: left.utf8)
        scratch.append(contentsOf: right.utf8)
        return scratch.withUnsafeBufferPointer { id($0) }
    }
}
