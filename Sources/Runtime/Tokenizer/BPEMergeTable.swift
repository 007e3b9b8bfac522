/// Open-addressing hash from a pair of token ids to the rank of their merge, plus the id each
/// rank makes. BPE on long unseen words (CJK runs) spends its time on cache misses in this
/// table, so a slot is one UInt64 — left id (22 bits), right id (22 bits), rank (20 bits) — and
/// probing is linear: a lookup costs about one miss in a 4–8 MB table.
struct BPEMergeTable {
    static let maxId = (1 << 22) - 2
    static let maxRank = (1 << 20) - 2
    static let notFound = UInt32.max
    private static let empty = UInt64.max

    private var slots: [UInt64]
    private var results: [UInt32]
    private let mask: Int

    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        slots = [UInt64](repeating: Self.empty, count: size)
        results = [UInt32](repeating: 0, count: max(capacity, 1))
        mask = size - 1
    }

    @inline(__always) private static func pairKey(_ left: UInt32, _ right: UInt32) -> UInt64 {
        UInt64(left) << 42 | UInt64(right) << 20
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// Records a merge (ids up to `maxId`, ranks below `capacity` and up to `maxRank`); a pair
    /// listed twice keeps its last rank, as Hugging Face tokenizers does.
    mutating func insert(left: UInt32, right: UInt32, rank: UInt32, result: UInt32) {
        let key = Self.pairKey(left, right)
        var i = Self.slot(key, mask)
        while slots[i] != Self.empty && slots[i] & ~0xFFFFF != key {
            i = (i + 1) & mask
        }
        slots[i] = key | UInt64(rank)
        results[Int(rank)] = result
    }

    /// A view for hot loops: no copy-on-write checks, no bounds checks.
    func withLookup<R>(_ body: (Lookup) throws -> R) rethrows -> R {
        try slots.withUnsafeBufferPointer { s in
            try results.withUnsafeBufferPointer { r in
                try body(Lookup(slots: s.baseAddress!, results: r.baseAddress!, mask: mask))
            }
        }
    }

    struct Lookup {
        let slots: UnsafePointer<UInt64>
        let results: UnsafePointer<UInt32>
        let mask: Int

        /// Rank of merging `left` then `right`, or `notFound`.
        @inline(__always) func rank(_ left: UInt32, _ right: UInt32) -> UInt32 {
            let key = BPEMergeTable.pairKey(left, right)
            var i = BPEMergeTable.slot(key, mask)
            while true {
                let s = slots[i]
                if s & ~0xFFFFF == key { return UInt32(truncatingIfNeeded: s & 0xFFFFF) }
                if s == BPEMergeTable.empty { return BPEMergeTable.notFound }
                i = (i + 1) & mask
            }
        }

        /// The id the merge of this rank makes.
        @inline(__always) func result(_ rank: UInt32) -> UInt32 { results[Int(rank)] }
    }
}
