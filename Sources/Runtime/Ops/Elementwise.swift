import Foundation

/// Binary arithmetic with numpy broadcasting, scaling and SiLU. Backward reduces a broadcast
/// gradient back to each input's shape.
extension Tensor {
    public func add(_ other: Tensor) throws -> Tensor { try binary(other, op: "add", .add) }
    public func sub(_ other: Tensor) throws -> Tensor { try binary(other, op: "sub", .sub) }
    public func mul(_ other: Tensor) throws -> Tensor { try binary(other, op: "mul", .mul) }

    /// self · factor.
    public func scaled(_ factor: Float) throws -> Tensor {
        try requireF32("scale")
        let out = Tensor(uninitialized: shape)
        let src = data, dst = out.data
        Parallel.forEachChunk(count, grain: 1 << 15) { r in for i in r { dst[i] = src[i] * factor } }
        Tape.record(out, inputs: [self]) { g in
            let gx = Tensor(uninitialized: self.shape)
            for i in 0..<self.count { gx.data[i] = g.data[i] * factor }
            self.accumulateGrad(gx)
        }
        return out
    }

    /// x · sigmoid(x).
    public func silu() throws -> Tensor {
        try requireF32("silu")
        let out = Tensor(uninitialized: shape)
        let src = data, dst = out.data
        Parallel.forEachChunk(count, grain: 1 << 14) { r in
            for i in r { let x = src[i]; dst[i] = x / (1 + expf(-x)) }
        }
        Tape.record(out, inputs: [self]) { g in
            let gx = Tensor(uninitialized: self.shape)
            let x = self.data, gi = g.data, go = gx.data
            Parallel.forEachChunk(self.count, grain: 1 << 14) { r in
                for i in r {
                    let s = 1 / (1 + expf(-x[i]))
                    go[i] = gi[i] * s * (1 + x[i] * (1 - s))
                }
            }
            self.accumulateGrad(gx)
        }
        return out
    }

    enum BinaryKind { case add, sub, mul }

    private func binary(_ other: Tensor, op: String, _ kind: BinaryKind) throws -> Tensor {
        try requireF32(op)
        try other.requireF32(op)
        guard let outShape = Shape.broadcast(shape, other.shape) else {
            throw TensorError.incompatibleShapes(op: op, shape, other.shape)
        }
        let out = Tensor(uninitialized: outShape)
        Tensor.broadcastApply(out, self, other) { a, b in
            switch kind {
            case .add: return a + b
            case .sub: return a - b
            case .mul: return a * b
            }
        }
        Tape.record(out, inputs: [self, other]) { g in
            if self.requiresGrad {
                let ga: Tensor
                switch kind {
                case .add, .sub: ga = g.summed(toShape: self.shape)
                case .mul:
                    let t = Tensor(uninitialized: outShape)
                    Tensor.broadcastApply(t, g, other) { $0 * $1 }
                    ga = t.summed(toShape: self.shape)
                }
                self.accumulateGrad(ga)
            }
            if other.requiresGrad {
                let gb: Tensor
                switch kind {
                case .add: gb = g.summed(toShape: other.shape)
                case .sub:
                    let t = g.summed(toShape: other.shape)
                    for i in 0..<t.count { t.data[i] = -t.data[i] }
                    gb = t
                case .mul:
                    let t = Tensor(uninitialized: outShape)
                    Tensor.broadcastApply(t, g, self) { $0 * $1 }
                    gb = t.summed(toShape: other.shape)
                }
                other.accumulateGrad(gb)
            }
        }
        return out
    }

    /// out[i] = f(a[i'], b[i'']) with a and b broadcast to out's shape.
    @inline(__always)
    static func broadcastApply(_ out: Tensor, _ a: Tensor, _ b: Tensor, _ f: (Float, Float) -> Float) {
        let n = out.count, pa = a.data, pb = b.data, po = out.data
        if a.shape == out.shape && b.shape == out.shape {
            for i in 0..<n { po[i] = f(pa[i], pb[i]) }
        } else if a.shape == out.shape && b.count > 0 && b.rank <= out.rank && Array(out.shape.suffix(b.rank)) == b.shape {
            let m = b.count // b repeats over the leading axes
            for i in 0..<n { po[i] = f(pa[i], pb[i % m]) }
        } else {
            let sa = Shape.broadcastStrides(a.shape, into: out.shape), sb = Shape.broadcastStrides(b.shape, into: out.shape)
            forEachIndex(out.shape) { i, offsets in
                po[i] = f(pa[offsets(sa)], pb[offsets(sb)])
            }
        }
    }

    /// Sums a broadcast gradient down to `target` shape (an owned tensor).
    func summed(toShape target: [Int]) -> Tensor {
        if target == shape {
            let out = Tensor(uninitialized: target)
            out.data.update(from: data, count: count)
            return out
        }
        let out = Tensor(zeros: target)
        let st = Shape.broadcastStrides(target, into: shape)
        let src = data, dst = out.data
        Tensor.forEachIndex(shape) { i, offsets in dst[offsets(st)] += src[i] }
        return out
    }

    /// Visits every flat index of `shape` with a function mapping a stride vector to an offset.
    static func forEachIndex(_ shape: [Int], _ body: (Int, ([Int]) -> Int) -> Void) {
        let n = Shape.count(shape), r = shape.count
        if n == 0 { return }
        var idx = [Int](repeating: 0, count: r)
        for i in 0..<n {
            body(i) { strides in
                var o = 0
                for d in 0..<r { o += idx[d] * strides[d] }
                return o
            }
            var d = r - 1
            while d >= 0 {
                idx[d] += 1
                if idx[d] < shape[d] { break }
                idx[d] = 0
                d -= 1
            }
        }
    }
}
