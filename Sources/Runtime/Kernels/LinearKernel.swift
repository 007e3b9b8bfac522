import CBLAS
import CKernels
import Foundation

/// Products against a weight matrix W [out, in] stored in any dtype (bf16/f16 weights stay 16-bit in
/// memory). Few rows (decoding) stream each weight row once for all rows in a SIMD kernel; many rows
/// (prefill, training) convert W in row panels to float32 and call sgemm.
public enum LinearKernel {
    /// Rows at or below this use the skinny kernel.
    public static let skinnyRows = 16
    /// Weight rows converted per panel: bounds the scratch buffer while keeping sgemm efficient.
    static let panelRows = 512

    /// How the large products treat activations: `.f32` float32-exact (the fp32 GEMM kernels), `.bf16`
    /// activations rounded to bf16 for vdpbf16ps (as PyTorch autocast and vLLM do; on a CPU without
    /// AVX512-BF16 it runs the fp32 kernels).
    public enum Compute: String, Sendable { case bf16, f32 }

    /// The mode of the products that run now: a model sets its own before each forward pass, and the
    /// tape's backward of a product uses the mode its forward ran in.
    nonisolated(unsafe) public static var compute: Compute = defaultCompute
    /// `.f32`: the goldens (transformers, PEFT, TRL in float32) hold to 1e-4 only in the exact mode,
    /// so it is the default; `.bf16` is the fast mode (2-3x the large products on AVX512-BF16, the
    /// rounding llama.cpp's BF16 path, vLLM and PyTorch autocast use), asked for per model.
    public static let defaultCompute: Compute = .f32
    /// Off: every large product goes to OpenBLAS (the fallback; benchmarks compare against it).
    nonisolated(unsafe) public static var ownGemm = true
    /// Forces a kernel (TINA_GEMM_* id) for benchmarks and tests; nil: chosen by mode and CPU.
    nonisolated(unsafe) public static var forcedKernel: Int32? = nil

    /// The GEMM kernel a large product runs in `mode` against weights of `dtype`; nil: OpenBLAS.
    public static func gemmKernel(_ mode: Compute, _ dtype: DType) -> Int32? {
        guard ownGemm, dtype != .f16 else { return nil }
        if let k = forcedKernel { return tina_gemm_available(k) != 0 ? k : nil }
        let k = tina_gemm_choose(mode == .f32 ? 1 : 0, dtype == .bf16 ? 1 : 0, blasIsVectorised ? 1 : 0)
        return k < 0 ? nil : k
    }

    /// Whether OpenBLAS runs AVX2-or-wider kernels here. A DYNAMIC_ARCH build that does not know the
    /// CPU falls back to its SSE3 "Prescott" kernels: OpenBLAS 0.3.21 on a Xeon of model 207 (with
    /// AVX-512 and AVX512-BF16) ran the quickstart's products at a fraction of the own fp32 kernel's
    /// rate, so exact products go to the own kernel there.
    static let blasIsVectorised: Bool = {
        let core = String(cString: tina_blas_core()).lowercased()
        return ["haswell", "zen", "skylakex", "cooperlake", "sapphirerapids"].contains(core)
    }()

    /// The name of what a product of `rows` rows runs.
    public static func kernelName(rows: Int, mode: Compute, dtype: DType) -> String {
        if rows <= skinnyRows { return "skinny " + skinnyKernels }
        guard let k = gemmKernel(mode, dtype) else { return "OpenBLAS sgemm" }
        return String(cString: tina_gemm_name(k))
    }

    /// Which skinny kernels run (chosen by the CPU, or by TINA_SIMD=off|avx2|avx512).
    public static var skinnyKernels: String { String(cString: tina_skinny_kernels()) }

    /// y[rows, out] = x[rows, in] · Wᵀ.
    public static func forward(x: UnsafePointer<Float>, rows: Int, w: Tensor, y: UnsafeMutablePointer<Float>,
                               mode: Compute = compute) {
        let out = w.shape[0], inF = w.shape[1]
        if rows > skinnyRows, let kernel = gemmKernel(mode, w.dtype) {
            runGemm(kernel, a: x, m: rows, k: inF, w: w, trans: true, n: out, c: y, accumulate: false)
            return
        }
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
    public static func backwardInput(dy: UnsafePointer<Float>, rows: Int, w: Tensor, dx: UnsafeMutablePointer<Float>,
                                     mode: Compute = compute) {
        let out = w.shape[0], inF = w.shape[1]
        if rows > skinnyRows, let kernel = gemmKernel(mode, w.dtype) {
            runGemm(kernel, a: dy, m: rows, k: out, w: w, trans: false, n: inF, c: dx, accumulate: true)
            return
        }
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

    /// C[m, n] (+)= A[m, k] · B with B(k, j) = W[j, k] (trans) or W[k, j].
    public static func runGemm(_ kernel: Int32, a: UnsafePointer<Float>, m: Int, k: Int, w: Tensor, trans: Bool, n: Int,
                               c: UnsafeMutablePointer<Float>, accumulate: Bool) {
        let bf16 = w.dtype == .bf16
        runGemm(kernel, a: a, lda: k, transA: false, alpha: 1, m: m, k: k,
                b: bf16 ? UnsafeRawPointer(w.halfData) : UnsafeRawPointer(w.data), bf16: bf16, transB: trans,
                ldb: w.shape[1], n: n, c: c, ldc: n, accumulate: accumulate)
    }

    /// C[m, n] (+)= alpha · op(A)[m, k] · B, with A(i, p) = a[i·lda + p] (a[p·lda + i] when transA)
    /// and B(p, j) = b[j·ldb + p] (transB) or b[p·ldb + j]: A packed once on the pool, then column
    /// blocks of C on the pool, each packing its own panels of B.
    static func runGemm(_ kernel: Int32, a: UnsafePointer<Float>, lda: Int, transA: Bool, alpha: Float, m: Int, k: Int,
                        b: UnsafeRawPointer, bf16: Bool, transB: Bool, ldb: Int, n: Int,
                        c: UnsafeMutablePointer<Float>, ldc: Int, accumulate: Bool) {
        if m == 0 || n == 0 { return }
        if k == 0 {
            if !accumulate { for i in 0..<m { (c + i * ldc).update(repeating: 0, count: n) } }
            return
        }
        let mr = Int(tina_gemm_mr(kernel)), nr = Int(tina_gemm_nr(kernel))
        let bytes = tina_gemm_pack_a_size(kernel, m, k)
        let packed = Scratch.take(bytes)
        defer { Scratch.give(packed, bytes) }
        let tiles = (m + mr - 1) / mr
        Parallel.forEachChunk(tiles, grain: max(1, 4096 / max(k, 1))) { r in
            tina_gemm_pack_a(kernel, a, lda, transA ? 1 : 0, alpha, m, k, r.lowerBound, r.upperBound, packed)
        }
        let blocks = (n + nr - 1) / nr
        // A chunk of at least ~2 M multiply-adds, so small products stay on one thread.
        let grain = max(1, (1 << 21) / max(1, m * k * nr))
        Parallel.forEachChunk(blocks, grain: grain) { r in
            tina_gemm_run(kernel, packed, m, k, b, bf16 ? 1 : 0, transB ? 1 : 0, ldb, n, r.lowerBound * nr,
                          min(n, r.upperBound * nr), c, ldc, accumulate ? 1 : 0)
        }
    }

    /// Reused 64-byte-aligned buffers for packed activations (a fresh allocation of megabytes per
    /// product would cost page faults each time).
    enum Scratch {
        nonisolated(unsafe) static var free: [(UnsafeMutableRawPointer, Int)] = []
        static let lock = NSLock()
        static func take(_ bytes: Int) -> UnsafeMutableRawPointer {
            lock.lock(); defer { lock.unlock() }
            if let i = free.firstIndex(where: { $0.1 >= bytes }) { return free.remove(at: i).0 }
            return UnsafeMutableRawPointer.allocate(byteCount: max(bytes, 64), alignment: 64)
        }
        static func give(_ p: UnsafeMutableRawPointer, _ bytes: Int) {
            lock.lock(); defer { lock.unlock() }
            free.append((p, max(bytes, 64)))
            if free.count > 4 {
                let i = free.indices.min(by: { free[$0].1 < free[$1].1 })!
                free.remove(at: i).0.deallocate()
            }
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
