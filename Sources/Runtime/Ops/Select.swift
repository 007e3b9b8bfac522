/// Index selection over the last axis (no gradient).
extension Tensor {
    /// Index of the largest value in each row (the first on ties).
    public func argmax() throws -> [Int] {
        let t = try toF32()
        let c = cols
        guard c > 0 else { throw TensorError.invalidArgument(op: "argmax", "empty last axis in \(shape)") }
        return (0..<rows).map { r in
            let row = t.data + r * c
            var best = 0
            for j in 1..<c where row[j] > row[best] { best = j }
            return best
        }
    }

    /// The k largest values of each row with their indices, largest first (ties: lower index first).
    public func topK(_ k: Int) throws -> [(indices: [Int], values: [Float])] {
        let t = try toF32()
        let c = cols
        guard k >= 1 && k <= c else { throw TensorError.invalidArgument(op: "topK", "k = \(k) outside 1...\(c)") }
        return (0..<rows).map { r in
            let row = t.data + r * c
            // A sorted window of k: O(c·k) worst case, fast for the small k of sampling and tests.
            var idx: [Int] = []
            idx.reserveCapacity(k + 1)
            for j in 0..<c {
                if idx.count == k, row[j] <= row[idx[k - 1]] { continue }
                var p = idx.count
                while p > 0 && row[idx[p - 1]] < row[j] { p -= 1 }
                idx.insert(j, at: p)
                if idx.count > k { idx.removeLast() }
            }
            return (idx, idx.map { row[$0] })
        }
    }
}
