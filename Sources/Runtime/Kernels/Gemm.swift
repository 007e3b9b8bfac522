import CBLAS

/// C[m, n] = alpha · op(A)[m, k] · op(B)[k, n] + beta · C, row-major, with leading dimensions.
/// The fast path is OpenBLAS, or the own fp32 kernel where OpenBLAS runs no vector kernel for this
/// CPU (see `LinearKernel.blasIsVectorised`); `gemmReference` is the plain triple loop the tests
/// compare against.
public func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
                 a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                 beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int) {
    if m == 0 || n == 0 { return }
    if k == 0 {
        // C is not read when beta is 0 (it may be uninitialised), as BLAS specifies.
        for i in 0..<m { for j in 0..<n { c[i * ldc + j] = beta == 0 ? 0 : beta * c[i * ldc + j] } }
        return
    }
    if let kernel = LinearKernel.gemmKernel(.f32, .f32) {
        if beta != 0 && beta != 1 {
            for i in 0..<m { for j in 0..<n { c[i * ldc + j] *= beta } }
        }
        LinearKernel.runGemm(kernel, a: a, lda: lda, transA: transA, alpha: alpha, m: m, k: k,
                             b: UnsafeRawPointer(b), bf16: false, transB: transB, ldb: ldb, n: n,
                             c: c, ldc: ldc, accumulate: beta != 0)
        return
    }
    Parallel.blasOnOneThread()
    func call(m: Int, n: Int, a: UnsafePointer<Float>, b: UnsafePointer<Float>, c: UnsafeMutablePointer<Float>) {
        tina_sgemm(transA ? 1 : 0, transB ? 1 : 0, Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda),
                   b, Int32(ldb), beta, c, Int32(ldc))
    }
    // Slabs of C on the worker pool, each an OpenBLAS call on one thread: OpenBLAS's
    // own threads would spin (sched_yield) for milliseconds after every call, stealing the cores
    // from the pool's kernels between GEMMs. Slabs are whole blocks of 16 rows or columns,
    // at least one per thread.
    let threads = Parallel.threads
    guard threads > 1, m * n * k >= 1 << 21 else { return call(m: m, n: n, a: a, b: b, c: c) }
    let splitColumns = n >= m
    let blocks = ((splitColumns ? n : m) + 15) / 16
    Parallel.forEachChunk(blocks, grain: max(1, blocks / threads)) { r in
        let lo = r.lowerBound * 16, hi = min(splitColumns ? n : m, r.upperBound * 16)
        if splitColumns {
            call(m: m, n: hi - lo, a: a, b: transB ? b + lo * ldb : b + lo, c: c + lo)
        } else {
            call(m: hi - lo, n: n, a: transA ? a + lo : a + lo * lda, b: b, c: c + lo * ldc)
        }
    }
}

public func gemmReference(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
                          a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                          beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int) {
    for i in 0..<m {
        for j in 0..<n {
            var acc: Double = 0
            for p in 0..<k {
                let x = transA ? a[p * lda + i] : a[i * lda + p]
                let y = transB ? b[j * ldb + p] : b[p * ldb + j]
                acc += Double(x) * Double(y)
            }
            c[i * ldc + j] = alpha * Float(acc) + (beta == 0 ? 0 : beta * c[i * ldc + j])
        }
    }
}
