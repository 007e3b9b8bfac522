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

/* ---- vector primitives for few-query attention ---- */
float tina_dot(const float *a, const float *b, size_t n);
void tina_axpy(float alpha, const float *x, float *y, size_t n); /* y += alpha * x */

/* ---- memory-bandwidth probe: reads n bytes, folded into a value the compiler cannot drop ---- */
uint64_t tina_read_bytes(const void *p, size_t n);
#endif
