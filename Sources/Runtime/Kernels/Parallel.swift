import CBLAS
import Dispatch
import Foundation

/// How many ways to split parallel loops: the machine's cores (override with TINA_THREADS).
public enum Parallel {
    public static let threads: Int = {
        if let s = ProcessInfo.processInfo.environment["TINA_THREADS"], let n = Int(s), n > 0 { return n }
        return max(1, ProcessInfo.processInfo.activeProcessorCount)
    }()

    /// Runs `body(range)` over `0..<n` split into contiguous chunks, one per thread, when the work is
    /// large enough (`grain` items or more per chunk); inline otherwise. Never call it from inside a
    /// multi-threaded OpenBLAS call.
    @inline(__always)
    public static func forEachChunk(_ n: Int, grain: Int = 1, _ body: (Range<Int>) -> Void) {
        let chunks = min(threads, max(1, n / max(grain, 1)))
        if chunks <= 1 { body(0..<n); return }
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let lo = n * c / chunks, hi = n * (c + 1) / chunks
            if lo < hi { body(lo..<hi) }
        }
    }

    /// OpenBLAS's worker threads (set once at start-up to the core count).
    public static func configureBLAS() {
        tina_blas_set_threads(Int32(threads))
    }

    public static var blasDescription: String {
        String(cString: tina_blas_config()) + " core=" + String(cString: tina_blas_core())
    }
}
