import CKernels

/// Products against a weight matrix W [out, in] stored in any dtype (bf16/f16 weights stay 16-bit in
/// memory). Few rows (decoding) stream each weight row once for all rows in a SIMD kernel; many rows
/// (prefill, training) convert W in row panels to float32 and call sgemm.
public enum LinearKernel {
    /// Rows at or below this use the skinny kernel.
    public static let skinnyRows = 16
    /// Weight rows converted per panel: bounds the scratch buffer while keeping sgemm efficient.
    static let panelRows = 512

    /// Which skinny kernels run (chosen by the CPU, or by TINA_SIMD=off|avx2|avx512).
    public static var skinnyKernels: String { String(cString: tina_skinny_kernels()) }

    /// y[rows, out] = x[rows, in] · Wᵀ.
    public static func forward(x: UnsafePointer<Float>, rows: Int, w: Tensor, y: UnsafeMutablePointer<Float>) {
        let out = w.shape[0], inF = w.shape[1]
        if rows <= skinnyRows {
            switch w.dtype {
            case .f32:
                Parallel.forEachChunk(out, grain: 64) { r in
                    tina_skinny_f32(x, rows, inF, w.data, r.lowerBound, r.upperBound, out, y)
                }
            case .f16:
                Parallel.forEachChunk(out, grain: 64) { r in
                    tina_skinny_f16(x, rows, inF, w.halfData, r.lowerBound, r.upperBound, out, y)
                }
            case .bf16:
                let split = UnsafeMutablePointer<Float>.allocate(capacity: max(1, tina_skinny_split_size(rows, inF)))
                defer { split.deallocate() }
                tina_skinny_bf16_split(x, rows, inF, split)
                Parallel.forEachChunk(out, grain: 64) { r in
                    tina_skinny_bf16(x, split, rows, inF, w.halfData, r.lowerBound, r.upperBound, out, y)
                }
            }
            return
        }
        if w.dtype == .f32 {
            gemm(transA: false, transB: true, m: rows, n: out, k: inF, a: x, lda: inF, b: w.data, ldb: inF, c: y, ldc: out)
            return
        }
        withPanels(w) { o0, panel, n in
            gemm(transA: false, transB: true, m: rows, n: n, k: inF, a: x, lda: inF, b: panel, ldb: inF,
                 c: y + o0, ldc: out)
        }
    }

    /// dx[rows, in] += dy[rows, out] · W (the input gradient through a possibly frozen weight).
    public static func backwardInput(dy: UnsafePointer<Float>, rows: Int, w: Tensor, dx: UnsafeMutablePointer<Float>) {
        let out = w.shape[0], inF = w.shape[1]
        if w.dtype == .f32 {
            gemm(transA: false, transB: false, m: rows, n: inF, k: out, a: dy, lda: out, b: w.data, ldb: inF,
                 beta: 1, c: dx, ldc: inF)
            return
        }
        withPanels(w) { o0, panel, n in
            gemm(transA: false, transB: false, m: rows, n: inF, k: n, a: dy + o0, lda: out, b: panel, ldb: inF,
                 beta: 1, c: dx, ldc: inF)
        }
    }

    /// Calls `body(firstRow, panel, panelRowCount)` with consecutive float32 panels of W.
    static func withPanels(_ w: Tensor, _ body: (Int, UnsafePointer<Float>, Int) -> Void) {
        let out = w.shape[0], inF = w.shape[1]
        let rowsPerPanel = min(out, panelRows)
        let panel = UnsafeMutablePointer<Float>.allocate(capacity: rowsPerPanel * inF)
        defer { panel.deallocate() }
        var o0 = 0
        while o0 < out {
            let n = min(rowsPerPanel, out - o0)
            let src = w.halfData + o0 * inF
            Parallel.forEachChunk(n * inF, grain: 1 << 16) { r in
                if w.dtype == .bf16 {
                    tina_bf16_to_f32(src + r.lowerBound, panel + r.lowerBound, r.count)
                } else {
                    tina_f16_to_f32(src + r.lowerBound, panel + r.lowerBound, r.count)
                }
            }
            body(o0, panel, n)
            o0 += n
        }
    }

    /// Plain reference: y = x · Wᵀ in double accumulation.
    public static func reference(x: UnsafePointer<Float>, rows: Int, w: Tensor, y: UnsafeMutablePointer<Float>) throws {
        let wf = try w.toF32()
        gemmReference(transA: false, transB: true, m: rows, n: w.shape[0], k: w.shape[1], a: x, lda: w.shape[1],
                      b: wf.data, ldb: w.shape[1], c: y, ldc: w.shape[0])
    }
}
