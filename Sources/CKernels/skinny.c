#include "CKernels.h"
#include <string.h>
#if defined(__x86_64__)
#include <immintrin.h>
#endif

/* y[r, o] = dot(x[r, :], w[o, :]) for o in [o0, o1): each weight row is read once for all rows of x,
   which is what makes batched decoding cost the same memory traffic as a single sequence. */

enum { WEIGHT_F32, WEIGHT_BF16, WEIGHT_F16 };

/* Element `at` of a weight matrix of this kind, as float32. */
static inline float weight_value(int kind, const void *w, size_t at) {
    if (kind == WEIGHT_F32) return ((const float *)w)[at];
    float f;
    if (kind == WEIGHT_F16) {
        tina_f16_to_f32((const uint16_t *)w + at, &f, 1);
    } else {
        uint32_t bits = (uint32_t)((const uint16_t *)w)[at] << 16;
        memcpy(&f, &bits, 4);
    }
    return f;
}

/* The plain reference. */
static void skinny_portable(int kind, const float *x, size_t rows, size_t in, const void *w,
                            size_t o0, size_t o1, size_t out, float *y) {
    for (size_t o = o0; o < o1; o++)
        for (size_t r = 0; r < rows; r++) {
            const float *xr = x + r * in;
            float acc = 0;
            for (size_t i = 0; i < in; i++) acc += xr[i] * weight_value(kind, w, o * in + i);
            y[r * out + o] = acc;
        }
}

/* Enough for the split of either width (steps of 16 or 32 inputs). */
size_t tina_skinny_split_size(size_t rows, size_t in) { return rows * (in & ~(size_t)15); }

#if defined(__x86_64__)
/* The bf16 kernel's x: per block of 16 inputs, [8 even | 8 odd]. A 32-byte load of 16 bf16 weights
   holds the even ones in the low and the odd ones in the high halves of its 32-bit lanes, so a shift
   and a mask widen them with no shuffles in the inner loop. */
__attribute__((target("avx2,fma")))
static void split_avx2(const float *x, size_t rows, size_t in, float *xs) {
    size_t in16 = in & ~(size_t)15;
    for (size_t r = 0; r < rows; r++)
        for (size_t b = 0; b < in16; b += 16) {
            __m256 lo = _mm256_loadu_ps(x + r * in + b), hi = _mm256_loadu_ps(x + r * in + b + 8);
            // shuffle_ps picks within 128-bit lanes: [e0 e1 e4 e5 | e2 e3 e6 e7] until the permute.
            __m256d even = _mm256_castps_pd(_mm256_shuffle_ps(lo, hi, 0x88));
            __m256d odd = _mm256_castps_pd(_mm256_shuffle_ps(lo, hi, 0xDD));
            _mm256_storeu_ps(xs + r * in16 + b, _mm256_castpd_ps(_mm256_permute4x64_pd(even, 0xD8)));
            _mm256_storeu_ps(xs + r * in16 + b + 8, _mm256_castpd_ps(_mm256_permute4x64_pd(odd, 0xD8)));
        }
}

__attribute__((target("avx2,fma")))
static inline float hsum256(__m256 v) {
    __m128 s = _mm_add_ps(_mm256_castps256_ps128(v), _mm256_extractf128_ps(v, 1));
    s = _mm_add_ps(s, _mm_movehl_ps(s, s));
    s = _mm_add_ss(s, _mm_shuffle_ps(s, s, 1));
    return _mm_cvtss_f32(s);
}

/* Half h (0 or 1) of 16 weights at w[at..], widened to float32: for bf16 the even (h = 0) or odd
   (h = 1) elements, matching the split x; for f32 and f16 elements 8h..8h+7. */
__attribute__((target("avx2,fma,f16c"), always_inline))
static inline __m256 weight_half(const int kind, const void *w, size_t at, int h) {
    if (kind == WEIGHT_F32) return _mm256_loadu_ps((const float *)w + at + 8 * h);
    if (kind == WEIGHT_F16) return _mm256_cvtph_ps(_mm_loadu_si128((const __m128i *)((const uint16_t *)w + at + 8 * h)));
    __m256i v = _mm256_loadu_si256((const __m256i *)((const uint16_t *)w + at));
    v = h ? _mm256_and_si256(v, _mm256_set1_epi32((int)0xFFFF0000u)) : _mm256_slli_epi32(v, 16);
    return _mm256_castsi256_ps(v);
}

/* Micro-kernel: WR weight rows from o (of the caller's [o0, o1)) against XR rows of x from r0, with
   WR * XR accumulators in registers (WR * XR + WR + 1 <= 16: the ymm registers). WR, XR and kind are
   constants at every call, so the loops unroll. Each 16-input step does all even halves, then all
   odd ones, so the two FMAs into one accumulator are a whole half-step apart. xv is the x the SIMD
   loop reads (split for bf16) with row stride xstride; the ragged tail past in16 reads x. */
__attribute__((target("avx2,fma,f16c"), always_inline))
static inline void micro(const int kind, const int WR, const int XR, const float *x, const float *xv,
                         size_t xstride, size_t in, const void *w, size_t o, size_t o1, size_t r0, size_t out, float *y) {
    size_t in16 = in & ~(size_t)15;
    __m256 acc[4][4], wh[4];
    for (int a = 0; a < WR; a++)
        for (int r = 0; r < XR; r++) acc[a][r] = _mm256_setzero_ps();
    // The next block's rows, a cache line per row every 64 bytes: the hardware prefetcher alone
    // leaves the FMAs waiting at each jump to new rows.
    const size_t wbytes = kind == WEIGHT_F32 ? 4 : 2;
    const char *next = (const char *)w + (o + WR) * in * wbytes;
    int prefetch = o + 2 * WR <= o1;
    for (size_t i = 0; i < in16; i += 16) {
        if (prefetch && (i * wbytes) % 64 == 0)
            for (int a = 0; a < WR; a++) _mm_prefetch(next + (a * in + i) * wbytes, _MM_HINT_T0);
        for (int h = 0; h < 2; h++) {
            for (int a = 0; a < WR; a++) wh[a] = weight_half(kind, w, (o + a) * in + i, h);
            for (int r = 0; r < XR; r++) {
                __m256 xh = _mm256_loadu_ps(xv + (r0 + r) * xstride + i + 8 * h);
                for (int a = 0; a < WR; a++) acc[a][r] = _mm256_fmadd_ps(xh, wh[a], acc[a][r]);
            }
        }
    }
    for (int a = 0; a < WR; a++)
        for (int r = 0; r < XR; r++) {
            float s = hsum256(acc[a][r]);
            const float *xr = x + (r0 + r) * in;
            for (size_t j = in16; j < in; j++)
                s += xr[j] * weight_value(kind, w, (o + a) * in + j);
            y[(r0 + r) * out + o + a] = s;
        }
}

/* One row of x: four weight rows at a time keep four DRAM streams in flight (bandwidth-bound).
   Several rows: three weight rows against four x rows, the x rows in passes (compute-bound); the
   second pass finds those weight rows in cache. */
__attribute__((target("avx2,fma,f16c"), always_inline))
static inline void skinny_avx2(const int kind, const float *x, const float *xv, size_t xstride, size_t rows,
                               size_t in, const void *w, size_t o0, size_t o1, size_t out, float *y) {
    size_t o = o0;
    if (rows == 1) {
        for (; o + 4 <= o1; o += 4) micro(kind, 4, 1, x, xv, xstride, in, w, o, o1, 0, out, y);
    } else {
        for (; o + 3 <= o1; o += 3) {
            size_t r0 = 0;
            for (; r0 + 4 <= rows; r0 += 4) micro(kind, 3, 4, x, xv, xstride, in, w, o, o1, r0, out, y);
            switch (rows - r0) {
            case 3: micro(kind, 3, 3, x, xv, xstride, in, w, o, o1, r0, out, y); break;
            case 2: micro(kind, 3, 2, x, xv, xstride, in, w, o, o1, r0, out, y); break;
            case 1: micro(kind, 3, 1, x, xv, xstride, in, w, o, o1, r0, out, y); break;
            }
        }
    }
    for (; o < o1; o++)
        for (size_t r = 0; r < rows; r++) micro(kind, 1, 1, x, xv, xstride, in, w, o, o1, r, out, y);
}

__attribute__((target("avx2,fma,f16c")))
static void skinny_bf16_avx2(const float *x, const float *xs, size_t rows, size_t in, const uint16_t *w,
                             size_t o0, size_t o1, size_t out, float *y) {
    skinny_avx2(WEIGHT_BF16, x, xs, in & ~(size_t)15, rows, in, w, o0, o1, out, y);
}

__attribute__((target("avx2,fma,f16c")))
static void skinny_f32_avx2(const float *x, size_t rows, size_t in, const float *w,
                            size_t o0, size_t o1, size_t out, float *y) {
    skinny_avx2(WEIGHT_F32, x, x, in, rows, in, w, o0, o1, out, y);
}

__attribute__((target("avx2,fma,f16c")))
static void skinny_f16_avx2(const float *x, size_t rows, size_t in, const uint16_t *w,
                            size_t o0, size_t o1, size_t out, float *y) {
    skinny_avx2(WEIGHT_F16, x, x, in, rows, in, w, o0, o1, out, y);
}

#define TARGET "avx512f,avx2,fma,f16c"
#define NAME(f) avx512_##f
#include "skinny16.h"
#undef TARGET
#undef NAME

/* The same 16-lane kernel through AVX2 (each vector two ymm registers; clang notes that passing
   such vectors between functions would change the ABI, but every helper is inlined). */
#pragma clang diagnostic push
#pragma clang diagnostic ignored "-Wpsabi"
#define TARGET "avx2,fma,f16c"
#define NAME(f) avx2x16_##f
#include "skinny16.h"
#undef TARGET
#undef NAME
#pragma clang diagnostic pop

#endif

/* The kernels that run: every SIMD one needs AVX2 + FMA (bit 0) and F16C (bit 3); the 16-lane ones
   (bit 4) are compiled for AVX-512 where the CPU has it (bit 1). */
enum { PORTABLE, AVX2, AVX2X16, AVX512 };

static int variant(void) {
#if defined(__x86_64__)
    int f = tina_cpu_features();
    if ((f & 9) != 9) return PORTABLE;
    if (!(f & 16)) return AVX2;
    return f & 2 ? AVX512 : AVX2X16;
#else
    return PORTABLE;
#endif
}

const char *tina_skinny_kernels(void) {
    static const char *const names[] = {"portable C", "8-lane AVX2", "16-lane, through AVX2", "16-lane AVX-512"};
    return names[variant()];
}

void tina_skinny_bf16_split(const float *x, size_t rows, size_t in, float *xs) {
    switch (variant()) {
#if defined(__x86_64__)
    case AVX512: avx512_split(x, rows, in, xs); return;
    case AVX2X16: avx2x16_split(x, rows, in, xs); return;
    case AVX2: split_avx2(x, rows, in, xs); return;
#endif
    default: return; /* the portable kernel reads x itself */
    }
}

void tina_skinny_bf16(const float *x, const float *xs, size_t rows, size_t in, const uint16_t *w,
                      size_t o0, size_t o1, size_t out, float *y) {
    switch (variant()) {
#if defined(__x86_64__)
    case AVX512: avx512_bf16(x, xs, rows, in, w, o0, o1, out, y); return;
    case AVX2X16: avx2x16_bf16(x, xs, rows, in, w, o0, o1, out, y); return;
    case AVX2: skinny_bf16_avx2(x, xs, rows, in, w, o0, o1, out, y); return;
#endif
    default: skinny_portable(WEIGHT_BF16, x, rows, in, w, o0, o1, out, y);
    }
}

void tina_skinny_f16(const float *x, size_t rows, size_t in, const uint16_t *w,
                     size_t o0, size_t o1, size_t out, float *y) {
    switch (variant()) {
#if defined(__x86_64__)
    case AVX512: avx512_f16(x, rows, in, w, o0, o1, out, y); return;
    case AVX2X16: avx2x16_f16(x, rows, in, w, o0, o1, out, y); return;
    case AVX2: skinny_f16_avx2(x, rows, in, w, o0, o1, out, y); return;
#endif
    default: skinny_portable(WEIGHT_F16, x, rows, in, w, o0, o1, out, y);
    }
}

void tina_skinny_f32(const float *x, size_t rows, size_t in, const float *w,
                     size_t o0, size_t o1, size_t out, float *y) {
    switch (variant()) {
#if defined(__x86_64__)
    case AVX512: avx512_f32(x, rows, in, w, o0, o1, out, y); return;
    case AVX2X16: avx2x16_f32(x, rows, in, w, o0, o1, out, y); return;
    case AVX2: skinny_f32_avx2(x, rows, in, w, o0, o1, out, y); return;
#endif
    default: skinny_portable(WEIGHT_F32, x, rows, in, w, o0, o1, out, y);
    }
}
