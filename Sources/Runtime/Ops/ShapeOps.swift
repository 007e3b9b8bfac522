/// Layout operations: reshape is a view; transpose, slice and concat copy. Each backward maps the
/// gradient back to the input layout.
extension Tensor {
    /// Same elements, new shape (one dimension may be -1). Shares storage.
    public func reshaped(_ newShape: [Int]) throws -> Tensor {
        var s = newShape
        if let hole = s.firstIndex(of: -1) {
            let known = s.enumerated().filter { $0.offset != hole }.reduce(1) { $0 * $1.element }
            guard known > 0, count % known == 0 else {
                throw TensorError.shapeMismatch(op: "reshape", expected: newShape, found: shape)
            }
            s[hole] = count / known
        }
        guard Shape.count(s) == count, s.allSatisfy({ $0 >= 0 }) else {
            throw TensorError.shapeMismatch(op: "reshape", expected: newShape, found: shape)
        }
        let out = Tensor(shape: s, storage: storage, offset: offset)
        let inShape = shape
        Tape.record(out, inputs: [self]) { g in
            self.accumulateGrad(Tensor(shape: inShape, storage: g.storage, offset: g.offset))
        }
        return out
    }

    /// Rows `range` of the first axis, as a view sharing storage.
    public func rows(_ range: Range<Int>) throws -> Tensor {
        guard rank >= 1, range.lowerBound >= 0, range.upperBound <= shape[0] else {
            throw TensorError.invalidArgument(op: "rows", "range \(range) outside the first axis of shape \(shape)")
        }
        let inner = count / max(shape[0], 1)
        var s = shape
        s[0] = range.count
        let out = Tensor(shape: s, storage: storage, offset: offset + range.lowerBound * inner)
        Tape.record(out, inputs: [self]) { g in
            let full = Tensor(zeros: self.shape)
            (full.data + range.lowerBound * inner).update(from: g.data, count: g.count)
            self.accumulateGrad(full)
        }
        return out
    }

    /// Elements `range` along `axis` (a copy).
    public func slice(axis: Int, _ range: Range<Int>) throws -> Tensor {
        try requireF32("slice")
        let ax = try normalizedAxis(axis, op: "slice")
        guard range.lowerBound >= 0, range.upperBound <= shape[ax] else {
            throw TensorError.invalidArgument(op: "slice", "range \(range) outside axis \(ax) of shape \(shape)")
        }
        let outer = Shape.count(Array(shape[..<ax])), inner = Shape.count(Array(shape[(ax + 1)...]))
        let n = shape[ax], m = range.count
        var s = shape
        s[ax] = m
        let out = Tensor(zeros: s)
        let src = data, dst = out.data
        for o in 0..<outer {
            (dst + o * m * inner).update(from: src + (o * n + range.lowerBound) * inner, count: m * inner)
        }
        Tape.record(out, inputs: [self]) { g in
            let full = Tensor(zeros: self.shape)
            for o in 0..<outer {
                (full.data + (o * n + range.lowerBound) * inner).update(from: g.data + o * m * inner, count: m * inner)
            }
            self.accumulateGrad(full)
        }
        return out
    }

    /// Swaps two axes (a copy).
    public func transposed(_ a: Int = -2, _ b: Int = -1) throws -> Tensor {
        try requireF32("transpose")
        let x = try normalizedAxis(a, op: "transpose"), y = try normalizedAxis(b, op: "transpose")
        var perm = Array(0..<rank)
        perm.swapAt(x, y)
        let out = permutedCopy(perm)
        Tape.record(out, inputs: [self]) { g in
            self.accumulateGrad(g.permutedCopy(perm)) // a swap is its own inverse
        }
        return out
    }

    /// Joins tensors along `axis`; all other dimensions must agree.
    public static func concat(_ parts: [Tensor], axis: Int = 0) throws -> Tensor {
        guard let first = parts.first else { throw TensorError.invalidArgument(op: "concat", "no tensors") }
        let ax = try first.normalizedAxis(axis, op: "concat")
        for p in parts {
            try p.requireF32("concat")
            var a = p.shape, b = first.shape
            guard a.count == b.count else { throw TensorError.incompatibleShapes(op: "concat", first.shape, p.shape) }
            a[ax] = 0; b[ax] = 0
            guard a == b else { throw TensorError.incompatibleShapes(op: "concat", first.shape, p.shape) }
        }
        let outer = Shape.count(Array(first.shape[..<ax])), inner = Shape.count(Array(first.shape[(ax + 1)...]))
        let total = parts.reduce(0) { $0 + $1.shape[ax] }
        var s = first.shape
        s[ax] = total
        let out = Tensor(zeros: s)
        var start = 0
        for p in parts {
            let m = p.shape[ax]
            for o in 0..<outer {
                (out.data + (o * total + start) * inner).update(from: p.data + o * m * inner, count: m * inner)
            }
            start += m
        }
        Tape.record(out, inputs: parts) { g in
            var start = 0
            for p in parts {
                let m = p.shape[ax]
                if p.requiresGrad {
                    let gp = Tensor(zeros: p.shape)
                    for o in 0..<outer {
                        (gp.data + o * m * inner).update(from: g.data + (o * total + start) * inner, count: m * inner)
                    }
                    p.accumulateGrad(gp)
                }
                start += m
            }
        }
        return out
    }

    func normalizedAxis(_ axis: Int, op: String) throws -> Int {
        let a = axis < 0 ? axis + rank : axis
        guard a >= 0 && a < rank else {
            throw TensorError.invalidArgument(op: op, "axis \(axis) out of range for shape \(shape)")
        }
        return a
    }

    /// Copy with axes permuted: out.shape[i] = shape[perm[i]].
    func permutedCopy(_ perm: [Int]) -> Tensor {
        let outShape = perm.map { shape[$0] }
        let out = Tensor(zeros: outShape)
        let n = count
        if n == 0 { return out }
        var inStrides = [Int](repeating: 1, count: rank)
        for i in stride(from: rank - 2, through: 0, by: -1) { inStrides[i] = inStrides[i + 1] * shape[i + 1] }
        let strides = perm.map { inStrides[$0] }
        var idx = [Int](repeating: 0, count: rank)
        let src = data, dst = out.data
        var srcOff = 0
        for i in 0..<n {
            dst[i] = src[srcOff]
            var d = rank - 1
            while d >= 0 {
                idx[d] += 1
                srcOff += strides[d]
                if idx[d] < outShape[d] { break }
                srcOff -= strides[d] * outShape[d]
                idx[d] = 0
                d -= 1
            }
        }
        return out
    }
}
