#include "CKernels.h"
#include <string.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

/* y[r, o] = dot(x[r, :], w[o, :]) for o in [o0, o1): each weight row is read once for all rows of x,
   which is what makes batched decoding cost the same memory traffic as a single sequence. */

static inline float bf16_value(uint16_t h) {
    uint32_t bits = (uint32_t)h << 16;
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

static void skinny_bf16_portable(const float *x, size_t rows, size_t in, const uint16_t *w,
                                 size_t o0, size_t o1, size_t out, float *y) {
    for (size_t o = o0; o < o1; o++) {
        const uint16_t *wr = w + o * in;
        for (size_t r = 0; r < rows; r++) {
            const float *xr = x + r * in;
            float acc = 0;
            for (size_t i = 0; i < in; i++) acc += xr[i] * bf16_value(wr[i]);
            y[r * out + o] = acc;
        }
    }
}

static void skinny_f32_portable(const float *x, size_t rows, size_t in, const float *w,
                                size_t o0, size_t o1, size_t out, float *y) {
    for (size_t o = o0; o < o1; o++) {
        const float *wr = w + o * in;
        for (size_t r = 0; r < rows; r++) {
            const float *xr = x + r * in;
            float acc = 0;
            for (size_t i = 0; i < in; i++) acc += xr[i] * wr[i];
            y[r * out + o] = acc;
        }
    }
}

#if defined(__x86_64__)
__attribute__((target("avx2,fma")))
static inline float hsum256(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_shuffle_ps(s, s, 1));
    return _mm_cvtss_f32(s);
}

__attribute__((target("avx2,fma")))
static inline __m256 load_bf16x8(const uint16_t *p) {
    __m128i h = _mm_loadu_si128((const __m128i *)p);
    return _mm256_castsi256_ps(_mm256_slli_epi32(_mm256_cvtepu16_epi32(h), 16));
}

/* Two weight rows per pass against up to 4 rows of x at a time (8 accumulators). The input axis is
   cut into tiles of SKINNY_TILE so that the tile of x (8 rows x 2 KB) stays in L1 while every weight
   row pair streams through once; the next pair's tile is prefetched. Partial sums of later tiles
   are added into y. */
#define SKINNY_TILE 512
#define SKINNY_BODY(LOADW, WBYTES)                                                                  \
    for (size_t k0 = 0; k0 < in; k0 += SKINNY_TILE) {                                               \
        size_t k1 = in - k0 < SKINNY_TILE ? in : k0 + SKINNY_TILE;                                  \
        size_t o = o0;                                                                              \
        for (; o + 2 <= o1; o += 2) {                                                               \
            if (o + 3 < o1)                                                                         \
                for (size_t b = 0; b < (k1 - k0) * WBYTES; b += 64) {                               \
                    _mm_prefetch((const char *)(w + (o + 2) * in + k0) + b, _MM_HINT_T0);           \
                    _mm_prefetch((const char *)(w + (o + 3) * in + k0) + b, _MM_HINT_T0);           \
                }                                                                                   \
            for (size_t r0 = 0; r0 < rows; r0 += 4) {                                               \
                size_t nr = rows - r0 < 4 ? rows - r0 : 4;                                          \
                __m256 a[4][2];                                                                     \
                for (size_t r = 0; r < 4; r++) { a[r][0] = _mm256_setzero_ps(); a[r][1] = _mm256_setzero_ps(); } \
                size_t i = k0;                                                                      \
                for (; i + 8 <= k1; i += 8) {                                                       \
                    __m256 w0 = LOADW(w + o * in + i), w1 = LOADW(w + (o + 1) * in + i);            \
                    for (size_t r = 0; r < nr; r++) {                                               \
                        __m256 xv = _mm256_loadu_ps(x + (r0 + r) * in + i);                         \
                        a[r][0] = _mm256_fmadd_ps(xv, w0, a[r][0]);                                 \
                        a[r][1] = _mm256_fmadd_ps(xv, w1, a[r][1]);                                 \
                    }                                                                               \
                }                                                                                   \
                for (size_t r = 0; r < nr; r++) {                                                   \
                    float s0 = hsum256(a[r][0]), s1 = hsum256(a[r][1]);                             \
                    for (size_t j = i; j < k1; j++) {                                               \
                        float xv = x[(r0 + r) * in + j];                                            \
                        s0 += xv * SCALAR(w[o * in + j]);                                           \
                        s1 += xv * SCALAR(w[(o + 1) * in + j]);                                     \
                    }                                                                               \
                    float *yr = y + (r0 + r) * out + o;                                             \
                    if (k0 == 0) { yr[0] = s0; yr[1] = s1; } else { yr[0] += s0; yr[1] += s1; }     \
                }                                                                                   \
            }                                                                                       \
        }                                                                                           \
    }                                                                                               \
    if ((o1 - o0) % 2) PORTABLE(x, rows, in, w, o1 - 1, o1, out, y);

__attribute__((target("avx2,fma")))
static void skinny_bf16_avx2(const float *x, size_t rows, size_t in, const uint16_t *w,
                             size_t o0, size_t o1, size_t out, float *y) {
#define SCALAR(v) bf16_value(v)
#define PORTABLE skinny_bf16_portable
    SKINNY_BODY(load_bf16x8, 2)
#undef SCALAR
#undef PORTABLE
}

__attribute__((target("avx2,fma")))
static void skinny_f32_avx2(const float *x, size_t rows, size_t in, const float *w,
                            size_t o0, size_t o1, size_t out, float *y) {
#define SCALAR(v) (v)
#define PORTABLE skinny_f32_portable
    SKINNY_BODY(_mm256_loadu_ps, 4)
#undef SCALAR
#undef PORTABLE
}
#endif

void tina_skinny_bf16(const float *x, size_t rows, size_t in, const uint16_t *w,
                      size_t o0, size_t o1, size_t out, float *y) {
#if defined(__x86_64__)
    if (tina_cpu_features() & 1) { skinny_bf16_avx2(x, rows, in, w, o0, o1, out, y); return; }
#endif
    skinny_bf16_portable(x, rows, in, w, o0, o1, out, y);
}

void tina_skinny_f32(const float *x, size_t rows, size_t in, const float *w,
                     size_t o0, size_t o1, size_t out, float *y) {
#if defined(__x86_64__)
    if (tina_cpu_features() & 1) { skinny_f32_avx2(x, rows, in, w, o0, o1, out, y); return; }
#endif
    skinny_f32_portable(x, rows, in, w, o0, o1, out, y);
}
