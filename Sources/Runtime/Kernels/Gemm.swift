import CBLAS

/// C[m, n] = alpha · op(A)[m, k] · op(B)[k, n] + beta · C, row-major, with leading dimensions.
/// The fast path is OpenBLAS; `gemmReference` is the plain triple loop the tests compare against.
@inline(__always)
public func gemm(transA: Bool, transB: Bool, m: Int, n: Int, k: Int, alpha: Float = 1,
                 a: UnsafePointer<Float>, lda: Int, b: UnsafePointer<Float>, ldb: Int,
                 beta: Float = 0, c: UnsafeMutablePointer<Float>, ldc: Int) {
    if m == 0 || n == 0 { return }
    if k == 0 {
        for i in 0..<m { for j in 0..<n { c[i * ldc + j] *= beta } }
        return
    }
    tina_sgemm(transA ? 1 : 0, transB ? 1 : 0, Int32(m), Int32(n), Int32(k), alpha, a, Int32(lda),
               b, Int32(ldb), beta, c, Int32(ldc))
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
