/// Sums and means, over everything or over the last axis.
extension Tensor {
    /// Sum of all elements (a scalar tensor).
    public func sum() throws -> Tensor {
        try requireF32("sum")
        var acc: Double = 0
        for i in 0..<count { acc += Double(data[i]) }
        let out = Tensor(scalar: Float(acc))
        Tape.record(out, inputs: [self]) { g in
            let gx = Tensor(zeros: self.shape)
            let v = g.data[0]
            for i in 0..<self.count { gx.data[i] = v }
            self.accumulateGrad(gx)
        }
        return out
    }

    /// Mean of all elements (a scalar tensor).
    public func mean() throws -> Tensor {
        guard count > 0 else { throw TensorError.invalidArgument(op: "mean", "empty tensor of shape \(shape)") }
        return try sum().scaled(1 / Float(count))
    }

    /// Sum over the last axis: [..., C] → [...].
    public func sumLastAxis() throws -> Tensor {
        try requireF32("sum")
        guard rank >= 1 else { throw TensorError.invalidArgument(op: "sum", "needs at least one axis") }
        let c = cols, r = rows
        let out = Tensor(zeros: Array(shape.dropLast()))
        for i in 0..<r {
            var acc: Float = 0
            for j in 0..<c { acc += data[i * c + j] }
            out.data[i] = acc
        }
        Tape.record(out, inputs: [self]) { g in
            let gx = Tensor(zeros: self.shape)
            for i in 0..<r { for j in 0..<c { gx.data[i * c + j] = g.data[i] } }
            self.accumulateGrad(gx)
        }
        return out
    }

    /// Mean over the last axis: [..., C] → [...].
    public func meanLastAxis() throws -> Tensor {
        guard cols > 0 else { throw TensorError.invalidArgument(op: "mean", "empty last axis in \(shape)") }
        return try sumLastAxis().scaled(1 / Float(cols))
    }
}
