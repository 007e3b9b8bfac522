/// Open-addressing hash from a pair of token ids to the rank of their merge and the id it makes.
/// Linear probing over one flat allocation keeps a lookup to about one cache miss.
struct BPEMergeTable {
    private var keys: [UInt64]
    private var values: [UInt64]
    private let mask: Int
    static let empty = UInt64.max
    static let noMerge = UInt32.max

    init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: Self.empty, count: size)
        values = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always) private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    /// Records a merge; a pair listed twice keeps its last rank, as Hugging Face tokenizers does.
    mutating func insert(left: UInt32, right: UInt32, rank: UInt32, result: UInt32) {
        let key = UInt64(left) << 32 | UInt64(right)
        var i = Self.slot(key, mask)
        while keys[i] != Self.empty && keys[i] != key {
            i = (i + 1) & mask
        }
        keys[i] = key
        values[i] = UInt64(rank) << 32 | UInt64(result)
    }

    /// A view for hot loops: no copy-on-write checks, no bounds checks.
    func withLookup<R>(_ body: (Lookup) throws -> R) rethrows -> R {
        try keys.withUnsafeBufferPointer { k in
            try values.withUnsafeBufferPointer { v in
                try body(Lookup(keys: k.baseAddress!, values: v.baseAddress!, mask: mask))
            }
        }
    }

    struct Lookup {
        let keys: UnsafePointer<UInt64>
        let values: UnsafePointer<UInt64>
        let mask: Int

        /// (rank << 32 | result) of merging `left` then `right`, or UInt64.max when they never merge.
        @inline(__always) func find(_ left: UInt32, _ right: UInt32) -> UInt64 {
            let key = UInt64(left) << 32 | UInt64(right)
            var i = BPEMergeTable.slot(key, mask)
            while true {
                let k = keys[i]
                if k == key { return values[i] }
                if k == BPEMergeTable.empty { return UInt64.max }
                i = (i + 1) & mask
            }
        }
    }
}
