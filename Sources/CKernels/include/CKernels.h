#ifndef TINA_CKERNELS_H
#define TINA_CKERNELS_H
#include <stddef.h>
#include <stdint.h>

/* ---- cooperative interruption (Ctrl-C): set from a signal handler, polled at safe points ---- */
void tina_interrupt_set(void);
void tina_interrupt_clear(void);
int tina_interrupt_pending(void);
/* Crashes (SIGSEGV, SIGBUS, SIGFPE, traps) print one line ending with `note` and exit 70. */
void tina_install_crash_handler(const char *note);

/* ---- files: swap two paths atomically (Linux renameat2 RENAME_EXCHANGE); -1 with errno on failure ---- */
int tina_exchange_paths(const char *a, const char *b);

/* ---- worker threads for parallel loops: the caller and the workers claim chunks 0..<chunks one
   at a time; returns when every chunk has run. Calls made while the pool is busy (nested, or from
   another thread) run their chunks in order on the calling thread. ---- */
typedef void (*tina_chunk_fn)(void *ctx, long chunk);
void tina_pool_start(int threads);
void tina_pool_run(long chunks, tina_chunk_fn fn, void *ctx);

/* ---- CPU features, detected once at run time ---- */
/* Bit 0: AVX2+FMA, bit 1: AVX-512F, bit 2: AVX512-BF16, bit 3: F16C, bit 4: the skinny kernels run
   16 lanes wide (on by default with AVX-512F). The environment's TINA_SIMD, read at the first call,
   selects as tina_simd_use does. */
int tina_cpu_features(void);
/* Kernel selection: NULL or "" what the CPU has; "off" the portable kernels; "avx2" the 8-lane
   kernels; "avx512" the 16-lane ones, through AVX2 on a CPU without AVX-512 (so that their logic is
   tested on any x86 machine). Returns 0, or -1 (nothing changed) for an unknown mode. Call it only
   while no kernel runs. */
int tina_simd_use(const char *mode);

/* ---- dtype conversion (bf16 and f16 storage of frozen weights) ---- */
void tina_bf16_to_f32(const uint16_t *src, float *dst, size_t n);
void tina_f32_to_bf16(const float *src, uint16_t *dst, size_t n); /* round to nearest even */
void tina_f16_to_f32(const uint16_t *src, float *dst, size_t n);
void tina_f32_to_f16(const float *src, uint16_t *dst, size_t n);

/* ---- skinny GEMM over bf16 weights: y[r, o] = sum_i x[r, i] * w[o, i] (w row-major [out, in]) ----
   Streams each weight row once for all `rows` inputs (decode of a batch). Rows o in [o0, o1).
   xs is x rearranged once per call by tina_skinny_bf16_split into a buffer of
   tina_skinny_split_size(rows, in) floats, shared by all threads working on the same x. */
size_t tina_skinny_split_size(size_t rows, size_t in);
void tina_skinny_bf16_split(const float *x, size_t rows, size_t in, float *xs);
void tina_skinny_bf16(const float *x, const float *xs, size_t rows, size_t in, const uint16_t *w,
                      size_t o0, size_t o1, size_t out, float *y);
/* Which kernels the calls below run, in words ("8-lane AVX2", ...). */
const char *tina_skinny_kernels(void);
/* Same over f16 and f32 weights (x as given). */
void tina_skinny_f16(const float *x, size_t rows, size_t in, const uint16_t *w,
                     size_t o0, size_t o1, size_t out, float *y);
void tina_skinny_f32(const float *x, size_t rows, size_t in, const float *w,
                     size_t o0, size_t o1, size_t out, float *y);

/* ---- GEMM micro-kernels for the large products (gemm.c): C[m, n] (+)= A[m, k] · B[k, n], A float32
   activations, B a bf16 or f32 weight W read as B(k, j) = W[j*ldb + k] (trans) or W[k*ldb + j].
   A is packed once per call (tina_gemm_pack_a, tiles [tile0, tile1) of tina_gemm_mr rows, any
   thread may pack a share); tina_gemm_run computes the columns [n0, n1) (multiples of
   tina_gemm_nr, but for the last) and may run on several threads over disjoint column ranges. ---- */
enum { TINA_GEMM_BF16 = 0, TINA_GEMM_SPLIT = 1, TINA_GEMM_AVX512_F32 = 2, TINA_GEMM_AVX2_F32 = 3 };
int tina_gemm_available(int kernel);
/* The kernel for a mode (exact: float32-level; else bf16-rounded activations) on this CPU, as
   TINA_SIMD allows, given whether OpenBLAS runs vector (AVX2 or wider) kernels here; -1: none
   (OpenBLAS). */
int tina_gemm_choose(int exact, int weight_bf16, int blas_vectorised);
const char *tina_gemm_name(int kernel);
int tina_gemm_mr(int kernel);
int tina_gemm_nr(int kernel);
size_t tina_gemm_pack_a_size(int kernel, size_t m, size_t k);
/* A(i, p) = alpha · a[i*lda + p], or alpha · a[p*lda + i] when trans_a. */
void tina_gemm_pack_a(int kernel, const float *a, size_t lda, int trans_a, float alpha, size_t m, size_t k,
                      size_t tile0, size_t tile1, void *packed);
void tina_gemm_run(int kernel, const void *packed_a, size_t m, size_t k, const void *b, int b_bf16, int trans,
                   size_t ldb, size_t n, size_t n0, size_t n1, float *c, size_t ldc, int accumulate);
/* The plain reference of `kernel` (its rounding of inputs, double accumulation); -1: plain float32. */
void tina_gemm_reference(int kernel, const float *a, size_t lda, size_t m, size_t k, const void *b, int b_bf16,
                         int trans, size_t ldb, size_t n, float *c, size_t ldc, int accumulate);

/* ---- vector primitives for few-query attention ---- */
float tina_dot(const float *a, const float *b, size_t n);
void tina_axpy(float alpha, const float *x, float *y, size_t n); /* y += alpha * x */

/* ---- memory-bandwidth probe: reads n bytes, folded into a value the compiler cannot drop ---- */
uint64_t tina_read_bytes(const void *p, size_t n);
#endif
