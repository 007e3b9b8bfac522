/// Applies BPE merges to one word given as symbol ids, in place: always the pair of lowest rank,
/// the leftmost among equals, exactly the order of Hugging Face tokenizers' priority queue.
/// Short words use a linear scan over cached pair ranks; long ones (a paragraph of CJK text is one
/// word) a binary heap over a linked list, so a word of n bytes costs O(n log n).
struct BPEMerger {
    static let heapThreshold = 128

    /// Reusable scratch space so a word allocates nothing.
    private var ranks: [UInt32] = []
    private var heap: [UInt64] = []
    private var next: [Int32] = []
    private var prev: [Int32] = []

    /// Merges `symbols[0..<count]` and returns the new count.
    mutating func merge(_ symbols: UnsafeMutablePointer<UInt32>, count: Int, table: BPEMergeTable.Lookup) -> Int {
        if count < 2 { return count }
        if count <= Self.heapThreshold { return scanMerge(symbols, count: count, table: table) }
        return heapMerge(symbols, count: count, table: table)
    }

    private mutating func scanMerge(_ sym: UnsafeMutablePointer<UInt32>, count: Int, table: BPEMergeTable.Lookup) -> Int {
        if ranks.count < count { ranks = [UInt32](repeating: 0, count: max(count, 64)) }
        return ranks.withUnsafeMutableBufferPointer { rp in
            let r = rp.baseAddress!
            var n = count
            for i in 0..<(n - 1) { r[i] = table.rank(sym[i], sym[i + 1]) }
            while n > 1 {
                var best = BPEMergeTable.notFound
                var at = -1
                for i in 0..<(n - 1) where r[i] < best {
                    best = r[i]
                    at = i
                }
                if at < 0 { break }
                sym[at] = table.result(best)
                // Close the gap left by the right symbol.
                var j = at + 1
                while j < n - 1 {
                    sym[j] = sym[j + 1]
                    r[j] = r[j + 1]
                    j += 1
                }
                n -= 1
                if at > 0 { r[at - 1] = table.rank(sym[at - 1], sym[at]) }
                if at < n - 1 { r[at] = table.rank(sym[at], sym[at + 1]) }
            }
            return n
        }
    }

    private mutating func heapMerge(_ sym: UnsafeMutablePointer<UInt32>, count: Int, table: BPEMergeTable.Lookup) -> Int {
        if next.count < count {
            next = [Int32](repeating: 0, count: count)
            prev = [Int32](repeating: 0, count: count)
        }
        heap.removeAll(keepingCapacity: true)
        for i in 0..<count {
            next[i] = i + 1 < count ? Int32(i + 1) : -1
            prev[i] = Int32(i - 1)
        }
        // Heap entries order by rank, then position: (rank << 32) | position.
        func push(_ pos: Int) {
            let nx = Int(next[pos])
            guard nx >= 0 else { return }
            let rank = table.rank(sym[pos], sym[nx])
            guard rank != BPEMergeTable.notFound else { return }
            heapPush(UInt64(rank) << 32 | UInt64(pos))
        }
        for i in 0..<(count - 1) { push(i) }
        var alive = count
        while let top = heapPop() {
            let pos = Int(top & 0xFFFF_FFFF)
            let rank = UInt32(top >> 32)
            // Stale entries: the symbol was absorbed or its right neighbour changed.
            guard sym[pos] != UInt32.max else { continue }
            let nx = Int(next[pos])
            guard nx >= 0, table.rank(sym[pos], sym[nx]) == rank else { continue }
            sym[pos] = table.result(rank)
            sym[nx] = UInt32.max
            let after = next[nx]
            next[pos] = after
            if after >= 0 { prev[Int(after)] = Int32(pos) }
            alive -= 1
            if prev[pos] >= 0 { push(Int(prev[pos])) }
            push(pos)
        }
        // Compact the survivors to the front, in order.
        var w = 0
        for i in 0..<count where sym[i] != UInt32.max {
            sym[w] = sym[i]
            w += 1
        }
        return alive
    }

    private mutating func heapPush(_ v: UInt64) {
        heap.append(v)
        heap.withUnsafeMutableBufferPointer { h in
            var i = h.count - 1
            while i > 0 {
                let p = (i - 1) / 2
                if h[p] <= h[i] { break }
                h.swapAt(p, i)
                i = p
            }
        }
    }

    private mutating func heapPop() -> UInt64? {
        guard let last = heap.popLast() else { return nil }
        if heap.isEmpty { return last }
        return heap.withUnsafeMutableBufferPointer { h -> UInt64 in
            let top = h[0]
            h[0] = last
            var i = 0
            let n = h.count
            while true {
                let l = 2 * i + 1
                if l >= n { break }
                var c = l
                if l + 1 < n && h[l + 1] < h[l] { c = l + 1 }
                if h[i] <= h[c] { break }
                h.swapAt(i, c)
                i = c
            }
            return top
        }
    }
}
