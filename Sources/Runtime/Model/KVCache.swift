/// Keys and values of every layer for a batch of sequences being decoded, after RoPE.
/// Buffers are [batch · capacity, kvWidth]; `valid` marks real (non-padding) positions.
public final class KVCache {
    public private(set) var batch: Int
    public let capacity: Int
    let kvWidth: Int
    var keys: [Tensor]
    var values: [Tensor]
    /// Positions filled so far (the same for every row: rows are left-padded to a common length).
    public private(set) var length = 0
    /// [batch · capacity]: whether a filled position holds a real token.
    var valid: [Bool]
    /// Real tokens so far per row: the next token's RoPE position.
    public private(set) var realTokens: [Int]

    public init(config: ModelConfig, batch: Int, capacity: Int) {
        self.batch = batch
        self.capacity = capacity
        kvWidth = config.kvWidth
        keys = (0..<config.numHiddenLayers).map { _ in Tensor(zeros: [batch * capacity, config.kvWidth]) }
        values = (0..<config.numHiddenLayers).map { _ in Tensor(zeros: [batch * capacity, config.kvWidth]) }
        valid = [Bool](repeating: false, count: batch * capacity)
        realTokens = [Int](repeating: 0, count: batch)
    }

    /// Positions for `count` new tokens per row with the given validity ([batch · count]), and
    /// reserves them. Throws when the cache is full.
    func append(validity: [Bool], count: Int) throws -> [Int] {
        guard length + count <= capacity else {
            throw ModelError.invalidArgument("KV cache full: \(length) + \(count) tokens exceed its capacity \(capacity)")
        }
        var positions = [Int](repeating: 0, count: batch * count)
        for b in 0..<batch {
            for t in 0..<count {
                let ok = validity[b * count + t]
                valid[b * capacity + length + t] = ok
                positions[b * count + t] = realTokens[b]
                if ok { realTokens[b] += 1 }
            }
        }
        length += count
        return positions
    }

    /// Copies the new keys/values of `layer` ([batch · count, kvWidth]) into place; `append` has
    /// already advanced `length`.
    func store(layer: Int, k: Tensor, v: Tensor, count: Int) {
        let start = length - count
        for b in 0..<batch {
            let dst = (b * capacity + start) * kvWidth, src = b * count * kvWidth
            (keys[layer].data + dst).update(from: k.data + src, count: count * kvWidth)
            (values[layer].data + dst).update(from: v.data + src, count: count * kvWidth)
        }
    }

    /// The validity mask of the filled positions, [batch · length].
    func filledMask() -> [Bool] {
        var m = [Bool]()
        m.reserveCapacity(batch * length)
        for b in 0..<batch { m.append(contentsOf: valid[(b * capacity)..<(b * capacity + length)]) }
        return m
    }

    /// Keeps only `rows` (in that order): finished sequences stop costing compute.
    public func keep(rows: [Int]) {
        if rows == Array(0..<batch) { return }
        for l in 0..<keys.count {
            for (bufferIndex, buffer) in [keys[l], values[l]].enumerated() {
                let fresh = Tensor(zeros: [rows.count * capacity, kvWidth])
                for (i, r) in rows.enumerated() {
                    (fresh.data + i * capacity * kvWidth).update(from: buffer.data + r * capacity * kvWidth, count: length * kvWidth)
                }
                if bufferIndex == 0 { keys[l] = fresh } else { values[l] = fresh }
            }
        }
        var v = [Bool](repeating: false, count: rows.count * capacity)
        for (i, r) in rows.enumerated() {
            for s in 0..<length { v[i * capacity + s] = valid[r * capacity + s] }
        }
        valid = v
        realTokens = rows.map { realTokens[$0] }
        batch = rows.count
    }
}
