#include "CKernels.h"
#include <stdlib.h>
#include <string.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

/* GEMM for the large products of the linear layers: C[m, n] (+)= A[m, k] · B[k, n], A float32
   activations (row-major, leading dimension lda), B a weight matrix W in bf16 or f32, read either
   as B(k, j) = W[j * ldb + k] (trans: y = x·Wᵀ with W [n, k]) or B(k, j) = W[k * ldb + j]
   (dX = dY·W with W [k, n]). Neither matrix is transposed in memory: A is packed once per call into
   tiles of MR rows, and each thread packs the B panels of its columns (KC × NC, in L2) into
   micro-panels of NR columns that the micro-kernel streams against an MR-row tile of A (in L1).

   Kernels:
   - AVX512-BF16, activations rounded to bf16 (vdpbf16ps on the weights as stored, bf16 pairs);
   - AVX512-BF16 split: each activation as hi + lo, two bf16 halves (hi = bf16(a), lo = bf16(a - hi)),
     two dot-products per pair: float32-level accuracy (about 2^-17 relative) at the fp32 FMA rate;
   - AVX-512 fp32 and AVX2+FMA fp32: bf16 weights are widened while packing the panel.
   The plain reference tina_gemm_reference computes what each kernel means, in double. */

enum { KC = 256, NC = 512 };

static int mr_of(int kernel) { return kernel == TINA_GEMM_AVX2_F32 ? 6 : 12; }
static int nr_of(int kernel) { return kernel == TINA_GEMM_AVX2_F32 ? 16 : 32; }
static int is_bf16_kernel(int kernel) { return kernel == TINA_GEMM_BF16 || kernel == TINA_GEMM_SPLIT; }

/* How many of the `width` indices from `start` lie below `end`: the rows of a tile or the columns of
   a micro-panel that exist. */
static inline size_t part(size_t start, size_t end, size_t width) {
    return start >= end ? 0 : end - start < width ? end - start : width;
}

int tina_gemm_mr(int kernel) { return mr_of(kernel); }
int tina_gemm_nr(int kernel) { return nr_of(kernel); }

static inline float bf16_value(uint16_t h) {
    uint32_t bits = (uint32_t)h << 16;
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

static inline uint16_t bf16_round(float f) {
    uint32_t bits;
    memcpy(&bits, &f, 4);
    if ((bits & 0x7fffffffu) > 0x7f800000u) return (uint16_t)((bits >> 16) | 0x40);
    return (uint16_t)((bits + 0x7fffu + ((bits >> 16) & 1u)) >> 16);
}

static inline float b_value(const void *b, int bf16, int trans, size_t ldb, size_t k, size_t j) {
    size_t at = trans ? j * ldb + k : k * ldb + j;
    return bf16 ? bf16_value(((const uint16_t *)b)[at]) : ((const float *)b)[at];
}

int tina_gemm_available(int kernel) {
    int f = tina_cpu_features();
    switch (kernel) {
    case TINA_GEMM_BF16:
    case TINA_GEMM_SPLIT: return (f & 6) == 6;
    case TINA_GEMM_AVX512_F32: return (f & 2) != 0;
    case TINA_GEMM_AVX2_F32: return (f & 1) != 0;
    default: return 0;
    }
}

int tina_gemm_choose(int exact, int weight_bf16, int blas_vectorised) {
    int f = tina_cpu_features();
    /* Measured on an AMD EPYC with AVX512-BF16 (2 cores, scripts/bench-kernels, 512-row products of
       the 1.5B shapes): a zmm vdpbf16ps issues at the rate of a zmm FMA and does twice the work, so the
       bf16 kernel runs at 1.9-3.0x OpenBLAS on bf16 weights; in exact mode the fp32 kernel beats
       OpenBLAS on bf16 weights (1.1-1.4x: no widened copy) but not on f32 weights (0.65-0.98x), which
       go to OpenBLAS (-1) where OpenBLAS runs vector kernels for this CPU. The split kernel, exact
       too, runs at about the fp32 kernel's rate here. */
    if (!exact && (f & 6) == 6) return TINA_GEMM_BF16;
    if (exact && !weight_bf16 && blas_vectorised) return -1;
    if (f & 2) return TINA_GEMM_AVX512_F32;
    if (f & 1) return TINA_GEMM_AVX2_F32;
    return -1;
}

const char *tina_gemm_name(int kernel) {
    switch (kernel) {
    case TINA_GEMM_BF16: return "AVX512-BF16 (bf16 activations)";
    case TINA_GEMM_SPLIT: return "AVX512-BF16 split (hi+lo activations)";
    case TINA_GEMM_AVX512_F32: return "AVX-512 fp32";
    case TINA_GEMM_AVX2_F32: return "AVX2+FMA fp32";
    default: return "OpenBLAS sgemm";
    }
}

/* ---- packing A: per tile of MR rows, the whole k. bf16: [pairs][MR] u32 (a bf16 pair k, k+1 per
   row); split: [pairs][hi MR | lo MR] u32; fp32: [k][MR] floats. Rows past m and k past the end
   are zero. ---- */
static size_t a_tile_bytes(int kernel, size_t k) {
    size_t pairs = (k + 1) / 2;
    switch (kernel) {
    case TINA_GEMM_BF16: return pairs * 12 * 4;
    case TINA_GEMM_SPLIT: return pairs * 24 * 4;
    default: return k * (size_t)mr_of(kernel) * 4;
    }
}

size_t tina_gemm_pack_a_size(int kernel, size_t m, size_t k) {
    size_t mr = (size_t)mr_of(kernel);
    return (m + mr - 1) / mr * a_tile_bytes(kernel, k);
}

/* One bf16 or split tile: per row, the bf16 pairs (k, k + 1), and for split the low halves. */
static void pack_a_bf16_tile(int kernel, const float *a, size_t lda, int trans_a, float alpha, size_t m, size_t k,
                             size_t t, uint32_t *dst) {
    size_t pairs = (k + 1) / 2, stride = kernel == TINA_GEMM_SPLIT ? 24 : 12;
    for (size_t r = 0; r < 12; r++) {
        size_t row = t * 12 + r;
        /* A(row, i): row-major, or the transpose of a [k, m] matrix. */
        const float *ar = trans_a ? a + row : a + row * lda;
        size_t step = trans_a ? lda : 1;
        for (size_t p = 0; p < pairs; p++) {
            float x0 = row < m ? alpha * ar[2 * p * step] : 0;
            float x1 = row < m && 2 * p + 1 < k ? alpha * ar[(2 * p + 1) * step] : 0;
            uint16_t h0 = bf16_round(x0), h1 = bf16_round(x1);
            dst[p * stride + r] = (uint32_t)h0 | (uint32_t)h1 << 16;
            if (kernel == TINA_GEMM_SPLIT) {
                uint16_t l0 = bf16_round(x0 - bf16_value(h0)), l1 = bf16_round(x1 - bf16_value(h1));
                dst[p * stride + 12 + r] = (uint32_t)l0 | (uint32_t)l1 << 16;
            }
        }
    }
}

/* One fp32 tile, written in order: for each i the MR values A(row0 + r, i). Transposed A gives a
   contiguous run of MR floats per i; row-major A is MR rows read side by side. */
static void pack_a_f32_tile(const float *a, size_t lda, int trans_a, float alpha, size_t m, size_t k, size_t mr,
                            size_t t, float *dst) {
    size_t row0 = t * mr, rows = part(row0, m, mr);
    for (size_t i = 0; i < k; i++) {
        float *d = dst + i * mr;
        size_t r = 0;
        if (trans_a) {
            const float *s = a + i * lda + row0;
            for (; r < rows; r++) d[r] = alpha * s[r];
        } else {
            const float *s = a + row0 * lda + i;
            for (; r < rows; r++) d[r] = alpha * s[r * lda];
        }
        for (; r < mr; r++) d[r] = 0;
    }
}

void tina_gemm_pack_a(int kernel, const float *a, size_t lda, int trans_a, float alpha, size_t m, size_t k,
                      size_t tile0, size_t tile1, void *packed) {
    for (size_t t = tile0; t < tile1; t++) {
        char *base = (char *)packed + t * a_tile_bytes(kernel, k);
        if (is_bf16_kernel(kernel)) pack_a_bf16_tile(kernel, a, lda, trans_a, alpha, m, k, t, (uint32_t *)base);
        else pack_a_f32_tile(a, lda, trans_a, alpha, m, k, (size_t)mr_of(kernel), t, (float *)base);
    }
}

/* ---- packing B: the columns [j0, j0 + NR) of rows [p0, p0 + kc) of B. bf16 kernels: [pairs][NR]
   u32 of bf16 pairs (rounded if W is f32); fp32 kernels: [kc][NR] floats. ---- */
static void pack_b(int kernel, const void *b, int bf16, int trans, size_t ldb, size_t k, size_t n,
                   size_t p0, size_t kc, size_t j0, void *dst) {
    size_t nr = (size_t)nr_of(kernel);
    if (is_bf16_kernel(kernel)) {
        uint32_t *d = dst;
        size_t pairs = (kc + 1) / 2;
        for (size_t jj = 0; jj < nr; jj++) {
            size_t j = j0 + jj;
            if (j >= n) {
                for (size_t p = 0; p < pairs; p++) d[p * nr + jj] = 0;
                continue;
            }
            if (bf16 && trans) {
                const uint16_t *w = (const uint16_t *)b + j * ldb + p0;
                size_t whole = kc / 2;
                for (size_t p = 0; p < whole; p++) {
                    uint32_t v;
                    memcpy(&v, w + 2 * p, 4);
                    d[p * nr + jj] = v;
                }
                if (kc & 1) d[whole * nr + jj] = w[kc - 1];
            } else {
                for (size_t p = 0; p < pairs; p++) {
                    size_t k0 = p0 + 2 * p;
                    uint16_t lo, hi = 0;
                    if (bf16) {
                        const uint16_t *w = b;
                        lo = trans ? w[j * ldb + k0] : w[k0 * ldb + j];
                        if (2 * p + 1 < kc) hi = trans ? w[j * ldb + k0 + 1] : w[(k0 + 1) * ldb + j];
                    } else {
                        lo = bf16_round(b_value(b, 0, trans, ldb, k0, j));
                        if (2 * p + 1 < kc) hi = bf16_round(b_value(b, 0, trans, ldb, k0 + 1, j));
                    }
                    d[p * nr + jj] = (uint32_t)lo | (uint32_t)hi << 16;
                }
            }
        }
        (void)k;
    } else {
        /* [kc][NR] floats, each row of the micro-panel written in order. Not transposed: B's row
           p0 + i holds the NR columns side by side; transposed: NR rows of W read side by side. */
        float *d = dst;
        size_t cols = part(j0, n, nr);
        const float *w32 = b;
        const uint16_t *w16 = b;
        for (size_t i = 0; i < kc; i++) {
            float *di = d + i * nr;
            size_t jj = 0;
            if (!trans) {
                size_t at = (p0 + i) * ldb + j0;
                if (bf16) for (; jj < cols; jj++) di[jj] = bf16_value(w16[at + jj]);
                else for (; jj < cols; jj++) di[jj] = w32[at + jj];
            } else {
                size_t at = j0 * ldb + p0 + i;
                if (bf16) for (; jj < cols; jj++) di[jj] = bf16_value(w16[at + jj * ldb]);
                else for (; jj < cols; jj++) di[jj] = w32[at + jj * ldb];
            }
            for (; jj < nr; jj++) di[jj] = 0;
        }
    }
}

/* ---- micro-kernels: an MR × NR tile of C from a packed A tile and a packed B micro-panel over
   `steps` (pairs for bf16, k for fp32); `rows` × `cols` of the tile are stored, added to C when
   `add`. ---- */
#if defined(__x86_64__)
__attribute__((target("avx512f")))
static inline void store16(float *c, __m512 v, int cols, int add) {
    __mmask16 m = cols >= 16 ? (__mmask16)0xFFFF : cols <= 0 ? 0 : (__mmask16)((1u << cols) - 1);
    if (add) v = _mm512_add_ps(v, _mm512_maskz_loadu_ps(m, c));
    _mm512_mask_storeu_ps(c, m, v);
}

/* The rows × cols corner of a 12 × 32 accumulator tile into C. */
__attribute__((target("avx512f")))
static inline void store_tile(float *c, size_t ldc, const __m512 *c0, const __m512 *c1, int rows, int cols, int add) {
    for (int r = 0; r < rows; r++) {
        store16(c + r * ldc, c0[r], cols, add);
        store16(c + r * ldc + 16, c1[r], cols - 16, add);
    }
}

__attribute__((target("avx512f,avx512bf16")))
static void micro_bf16(const uint32_t *a, const uint32_t *b, size_t pairs, float *c, size_t ldc,
                       int rows, int cols, int add) {
    __m512 c0[12], c1[12];
    for (int r = 0; r < 12; r++) c0[r] = c1[r] = _mm512_setzero_ps();
    for (size_t p = 0; p < pairs; p++) {
        __m512bh b0 = (__m512bh)_mm512_loadu_si512(b + p * 32), b1 = (__m512bh)_mm512_loadu_si512(b + p * 32 + 16);
        for (int r = 0; r < 12; r++) {
            __m512bh av = (__m512bh)_mm512_set1_epi32((int)a[p * 12 + r]);
            c0[r] = _mm512_dpbf16_ps(c0[r], av, b0);
            c1[r] = _mm512_dpbf16_ps(c1[r], av, b1);
        }
    }
    store_tile(c, ldc, c0, c1, rows, cols, add);
}

__attribute__((target("avx512f,avx512bf16")))
static void micro_split(const uint32_t *a, const uint32_t *b, size_t pairs, float *c, size_t ldc,
                        int rows, int cols, int add) {
    __m512 c0[12], c1[12];
    for (int r = 0; r < 12; r++) c0[r] = c1[r] = _mm512_setzero_ps();
    for (size_t p = 0; p < pairs; p++) {
        __m512bh b0 = (__m512bh)_mm512_loadu_si512(b + p * 32), b1 = (__m512bh)_mm512_loadu_si512(b + p * 32 + 16);
        for (int r = 0; r < 12; r++) {
            __m512bh hi = (__m512bh)_mm512_set1_epi32((int)a[p * 24 + r]);
            c0[r] = _mm512_dpbf16_ps(c0[r], hi, b0);
            c1[r] = _mm512_dpbf16_ps(c1[r], hi, b1);
        }
        for (int r = 0; r < 12; r++) {
            __m512bh lo = (__m512bh)_mm512_set1_epi32((int)a[p * 24 + 12 + r]);
            c0[r] = _mm512_dpbf16_ps(c0[r], lo, b0);
            c1[r] = _mm512_dpbf16_ps(c1[r], lo, b1);
        }
    }
    store_tile(c, ldc, c0, c1, rows, cols, add);
}

__attribute__((target("avx512f")))
static void micro_f32_512(const float *a, const float *b, size_t k, float *c, size_t ldc, int rows, int cols, int add) {
    __m512 c0[12], c1[12];
    for (int r = 0; r < 12; r++) c0[r] = c1[r] = _mm512_setzero_ps();
    for (size_t i = 0; i < k; i++) {
        __m512 b0 = _mm512_loadu_ps(b + i * 32), b1 = _mm512_loadu_ps(b + i * 32 + 16);
        for (int r = 0; r < 12; r++) {
            __m512 av = _mm512_set1_ps(a[i * 12 + r]);
            c0[r] = _mm512_fmadd_ps(av, b0, c0[r]);
            c1[r] = _mm512_fmadd_ps(av, b1, c1[r]);
        }
    }
    store_tile(c, ldc, c0, c1, rows, cols, add);
}

__attribute__((target("avx2,fma")))
static void micro_f32_avx2(const float *a, const float *b, size_t k, float *c, size_t ldc, int rows, int cols, int add) {
    __m256 c0[6], c1[6];
    for (int r = 0; r < 6; r++) c0[r] = c1[r] = _mm256_setzero_ps();
    for (size_t i = 0; i < k; i++) {
        __m256 b0 = _mm256_loadu_ps(b + i * 16), b1 = _mm256_loadu_ps(b + i * 16 + 8);
        for (int r = 0; r < 6; r++) {
            __m256 av = _mm256_broadcast_ss(a + i * 6 + r);
            c0[r] = _mm256_fmadd_ps(av, b0, c0[r]);
            c1[r] = _mm256_fmadd_ps(av, b1, c1[r]);
        }
    }
    for (int r = 0; r < rows; r++) {
        float *cr = c + r * ldc;
        if (cols >= 16) {
            __m256 v0 = c0[r], v1 = c1[r];
            if (add) { v0 = _mm256_add_ps(v0, _mm256_loadu_ps(cr)); v1 = _mm256_add_ps(v1, _mm256_loadu_ps(cr + 8)); }
            _mm256_storeu_ps(cr, v0);
            _mm256_storeu_ps(cr + 8, v1);
        } else {
            float t[16];
            _mm256_storeu_ps(t, c0[r]);
            _mm256_storeu_ps(t + 8, c1[r]);
            for (int j = 0; j < cols; j++) cr[j] = add ? cr[j] + t[j] : t[j];
        }
    }
}
#endif

/* Per-thread B panel, kept between calls (KC × NC floats at most). */
static _Thread_local void *panel;

void tina_gemm_run(int kernel, const void *packed_a, size_t m, size_t k, const void *b, int b_bf16, int trans,
                   size_t ldb, size_t n, size_t n0, size_t n1, float *c, size_t ldc, int accumulate) {
#if defined(__x86_64__)
    if (!panel) panel = aligned_alloc(64, (size_t)KC * NC * 4);
    size_t mr = (size_t)mr_of(kernel), nr = (size_t)nr_of(kernel), tiles = (m + mr - 1) / mr;
    size_t tile_bytes = a_tile_bytes(kernel, k);
    int bf = is_bf16_kernel(kernel);
    for (size_t jc = n0; jc < n1; jc += NC) {
        size_t nc = n1 - jc < NC ? n1 - jc : NC;
        for (size_t pc = 0; pc < k; pc += KC) {
            size_t kc = k - pc < KC ? k - pc : KC;
            size_t steps = bf ? (kc + 1) / 2 : kc;
            size_t micro_bytes = steps * nr * 4;
            for (size_t jr = 0; jr < nc; jr += nr)
                pack_b(kernel, b, b_bf16, trans, ldb, k, n1, pc, kc, jc + jr, (char *)panel + jr / nr * micro_bytes);
            int add = accumulate || pc > 0;
            /* A's offset into a tile at pc: pairs pc/2 (bf16), or pc rows (fp32). */
            size_t a_off = kernel == TINA_GEMM_BF16 ? pc / 2 * 12 * 4 : kernel == TINA_GEMM_SPLIT ? pc / 2 * 24 * 4 : pc * mr * 4;
            for (size_t t = 0; t < tiles; t++) {
                const char *at = (const char *)packed_a + t * tile_bytes + a_off;
                int rows = (int)part(t * mr, m, mr);
                for (size_t jr = 0; jr < nc; jr += nr) {
                    const void *bp = (const char *)panel + jr / nr * micro_bytes;
                    float *ct = c + t * mr * ldc + jc + jr;
                    int cols = (int)(nc - jr);
                    switch (kernel) {
                    case TINA_GEMM_BF16: micro_bf16((const uint32_t *)at, bp, steps, ct, ldc, rows, cols, add); break;
                    case TINA_GEMM_SPLIT: micro_split((const uint32_t *)at, bp, steps, ct, ldc, rows, cols, add); break;
                    case TINA_GEMM_AVX512_F32: micro_f32_512((const float *)at, bp, steps, ct, ldc, rows, cols, add); break;
                    default: micro_f32_avx2((const float *)at, bp, steps, ct, ldc, rows, cols, add); break;
                    }
                }
            }
        }
    }
    (void)n;
#else
    (void)kernel; (void)packed_a; (void)m; (void)k; (void)b; (void)b_bf16; (void)trans; (void)ldb; (void)n;
    (void)n0; (void)n1; (void)c; (void)ldc; (void)accumulate;
#endif
}

/* The plain reference: what `kernel` computes, with the activations as that kernel sees them
   (bf16-rounded, or hi + lo) and the weights as the kernel sees them (f32 weights rounded to bf16
   for the bf16 kernels), accumulated in double. kernel -1: plain float32 inputs. */
void tina_gemm_reference(int kernel, const float *a, size_t lda, size_t m, size_t k, const void *b, int b_bf16,
                         int trans, size_t ldb, size_t n, float *c, size_t ldc, int accumulate) {
    for (size_t i = 0; i < m; i++)
        for (size_t j = 0; j < n; j++) {
            double s = 0;
            for (size_t p = 0; p < k; p++) {
                float x = a[i * lda + p], w = b_value(b, b_bf16, trans, ldb, p, j);
                if (kernel == TINA_GEMM_BF16 || kernel == TINA_GEMM_SPLIT) w = bf16_value(bf16_round(w));
                if (kernel == TINA_GEMM_BF16) x = bf16_value(bf16_round(x));
                if (kernel == TINA_GEMM_SPLIT) {
                    float hi = bf16_value(bf16_round(x));
                    x = hi + bf16_value(bf16_round(x - hi));
                }
                s += (double)x * (double)w;
            }
            c[i * ldc + j] = accumulate ? c[i * ldc + j] + (float)s : (float)s;
        }
}
