import CBLAS
import CKernels
import Foundation

/// How many ways to split parallel loops: the machine's cores (override with TINA_THREADS).
public enum Parallel {
    public static let threads: Int = {
        if let s = ProcessInfo.processInfo.environment["TINA_THREADS"], let n = Int(s), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// Runs `body(range)` over `0..<n` split into contiguous chunks on the worker pool
    /// (CKernels/pool.c) when the work is large enough (`grain` items or more per chunk); inline
    /// otherwise, when nested, or while another thread holds the pool. Up to `chunksPerThread`
    /// chunks per thread, claimed as threads come free, so that a thread the rest of the machine
    /// slows down takes fewer.
    @inline(__always)
    public static func forEachChunk(_ n: Int, grain: Int = 1, _ body: (Range<Int>) -> Void) {
        let chunks = min(threads * chunksPerThread, max(1, n / max(grain, 1)))
        if chunks <= 1 || threads == 1 { body(0..<n); return }
        _ = poolStarted
        withoutActuallyEscaping(body) { body in
            var job = Job(n: n, chunks: chunks, body: body)
            // The pool returns only after every chunk ran, so `job` outlives every use.
            withUnsafeMutablePointer(to: &job) { ptr in
                tina_pool_run(chunks, { ctx, c in
                    let job = ctx!.assumingMemoryBound(to: Job.self).pointee
                    let lo = job.n * c / job.chunks, hi = job.n * (c + 1) / job.chunks
                    if lo < hi { job.body(lo..<hi) }
                }, ptr)
            }
        }
    }

    static let chunksPerThread = 4

    private struct Job {
        let n: Int, chunks: Int
        let body: (Range<Int>) -> Void
    }

    private static let poolStarted: Void = tina_pool_start(Int32(threads))

    /// OpenBLAS runs on the calling thread only; `gemm` spreads large products over the pool.
    static func blasOnOneThread() { _ = blasThreadsSet }
    private static let blasThreadsSet: Void = tina_blas_set_threads(1)

    public static var blasDescription: String {
        String(cString: tina_blas_config()) + " core=" + String(cString: tina_blas_core())
    }
}
