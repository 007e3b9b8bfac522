/// Matrix products: general (batched, any transposes) and `linear` against a [out, in] weight.
extension Tensor {
    /// op(self) · op(other) over the last two axes. Leading axes are batch axes; `other` may be
    /// 2-D and shared by every batch entry.
    public func matmul(_ other: Tensor, transposeSelf: Bool = false, transposeOther: Bool = false) throws -> Tensor {
        try requireF32("matmul")
        try other.requireF32("matmul")
        guard rank >= 2, other.rank >= 2 else {
            throw TensorError.incompatibleShapes(op: "matmul", shape, other.shape)
        }
        let (r0, c0) = (shape[rank - 2], shape[rank - 1])
        let (r1, c1) = (other.shape[other.rank - 2], other.shape[other.rank - 1])
        let m = transposeSelf ? c0 : r0, k = transposeSelf ? r0 : c0
        let k2 = transposeOther ? c1 : r1, n = transposeOther ? r1 : c1
        let batchShape = Array(shape.dropLast(2))
        let shared = other.rank == 2
        guard k == k2, shared || Array(other.shape.dropLast(2)) == batchShape else {
            throw TensorError.incompatibleShapes(op: "matmul", shape, other.shape)
        }
        let batch = Shape.count(batchShape)
        let out = Tensor(zeros: batchShape + [m, n])
        let aStride = r0 * c0, bStride = shared ? 0 : r1 * c1
        for i in 0..<batch {
            gemm(transA: transposeSelf, transB: transposeOther, m: m, n: n, k: k, a: data + i * aStride, lda: c0,
                 b: other.data + i * bStride, ldb: c1, c: out.data + i * m * n, ldc: n)
        }
        Tape.record(out, inputs: [self, other]) { g in
            if self.requiresGrad {
                // C = A·B: dA = dC·Bᵀ; with A stored transposed the product is swapped accordingly.
                let ga = Tensor(zeros: self.shape)
                for i in 0..<batch {
                    let dc = g.data + i * m * n, b = other.data + i * bStride
                    if transposeSelf {
                        gemm(transA: transposeOther, transB: true, m: k, n: m, k: n, a: b, lda: c1, b: dc, ldb: n,
                             c: ga.data + i * aStride, ldc: c0)
                    } else {
                        gemm(transA: false, transB: !transposeOther, m: m, n: k, k: n, a: dc, lda: n, b: b, ldb: c1,
                             c: ga.data + i * aStride, ldc: c0)
                    }
                }
                self.accumulateGrad(ga)
            }
            if other.requiresGrad {
                let gb = Tensor(zeros: other.shape)
                for i in 0..<batch {
                    let dc = g.data + i * m * n, a = self.data + i * aStride
                    let beta: Float = shared && i > 0 ? 1 : 0
                    if transposeOther {
                        gemm(transA: true, transB: transposeSelf, m: n, n: k, k: m, a: dc, lda: n, b: a, ldb: c0,
                             beta: beta, c: gb.data + i * bStride, ldc: c1)
                    } else {
                        gemm(transA: !transposeSelf, transB: false, m: k, n: n, k: m, a: a, lda: c0, b: dc, ldb: n,
                             beta: beta, c: gb.data + i * bStride, ldc: c1)
                    }
                }
                other.accumulateGrad(gb)
            }
        }
        return out
    }

    /// x [..., in] · Wᵀ + bias, with W [out, in] in any dtype. A frozen W passes the gradient to x
    /// without ever materialising dW; a trainable W must be float32.
    public func linear(_ weight: Tensor, bias: Tensor? = nil) throws -> Tensor {
        try requireF32("linear")
        guard weight.rank == 2, cols == weight.shape[1] else {
            throw TensorError.incompatibleShapes(op: "linear", shape, weight.shape)
        }
        let out = weight.shape[0], inF = weight.shape[1], r = rows
        if let bias, bias.shape != [out] {
            throw TensorError.shapeMismatch(op: "linear bias", expected: [out], found: bias.shape)
        }
        if weight.requiresGrad { try weight.requireF32("linear (trainable weight)") }
        let y = Tensor(uninitialized: Array(shape.dropLast()) + [out])
        let mode = LinearKernel.compute // backward runs in the mode of this forward
        LinearKernel.forward(x: data, rows: r, w: weight, y: y.data, mode: mode)
        if let bias {
            let b = try bias.toF32()
            let yp = y.data, bp = b.data
            Parallel.forEachChunk(r, grain: 8) { range in
                for i in range { for j in 0..<out { yp[i * out + j] += bp[j] } }
            }
        }
        var inputs = [self, weight]
        if let bias { inputs.append(bias) }
        Tape.record(y, inputs: inputs) { g in
            if self.requiresGrad {
                let gx = Tensor(zeros: self.shape)
                LinearKernel.backwardInput(dy: g.data, rows: r, w: weight, dx: gx.data, mode: mode)
                self.accumulateGrad(gx)
            }
            if weight.requiresGrad {
                let gw = Tensor(uninitialized: weight.shape)
                gemm(transA: true, transB: false, m: out, n: inF, k: r, a: g.data, lda: out, b: self.data, ldb: inF,
                     c: gw.data, ldc: inF)
                weight.accumulateGrad(gw)
            }
            if let bias, bias.requiresGrad {
                let gb = Tensor(zeros: [out])
                for i in 0..<r { for j in 0..<out { gb.data[j] += g.data[i * out + j] } }
                bias.accumulateGrad(gb)
            }
        }
        return y
    }
}
