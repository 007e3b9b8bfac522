/* The 16-lane skinny kernel (AVX-512: 32 vector registers, so 3 weight rows x 8 x rows), included
   by skinny.c once per instruction set. Before including, define TARGET (the target attribute
   string) and NAME(f) (the instantiation's name for f). It is written with clang's generic vectors:
   under an AVX2 target the compiler splits each 16-float vector into two ymm registers, which is
   how the same logic runs, and is tested, on machines without AVX-512. */

#define LANES 16
#define X_BLOCK 8

typedef float NAME(f32v) __attribute__((vector_size(LANES * 4), aligned(2)));
typedef uint32_t NAME(u32v) __attribute__((vector_size(LANES * 4), aligned(2)));
typedef _Float16 NAME(f16v) __attribute__((vector_size(LANES * 2), aligned(2)));
#define F32V NAME(f32v)
#define ATTR __attribute__((target(TARGET), always_inline)) static inline

ATTR F32V NAME(load)(const float *p) { return *(const F32V *)p; }

/* Lane sums halve the vector down to one float, in the same order for every call. */
ATTR float NAME(hsum)(F32V v) {
    typedef float __attribute__((vector_size(32), aligned(4))) f8;
    f8 t = __builtin_shufflevector(v, v, 0, 1, 2, 3, 4, 5, 6, 7) +
           __builtin_shufflevector(v, v, 8, 9, 10, 11, 12, 13, 14, 15);
    typedef float __attribute__((vector_size(16), aligned(4))) f4;
    f4 u = __builtin_shufflevector(t, t, 0, 1, 2, 3) + __builtin_shufflevector(t, t, 4, 5, 6, 7);
    return (u[0] + u[2]) + (u[1] + u[3]);
}

/* Half h (0 or 1) of the 2 * LANES weights at w[at..], as float32: for bf16 the even (h = 0) or odd
   (h = 1) elements, matching the split x; for f32 and f16 elements LANES * h onwards. */
ATTR F32V NAME(weight_half)(const int kind, const void *w, size_t at, int h) {
    if (kind == WEIGHT_F32) return NAME(load)((const float *)w + at + LANES * h);
    if (kind == WEIGHT_F16)
        return __builtin_convertvector(*(const NAME(f16v) *)((const _Float16 *)w + at + LANES * h), F32V);
    NAME(u32v) v = *(const NAME(u32v) *)((const uint16_t *)w + at);
    return (F32V)(h ? v & 0xFFFF0000u : v << 16);
}

/* x rearranged for the bf16 kernel: per step of 2 * LANES inputs, [LANES even | LANES odd]. */
__attribute__((target(TARGET))) static void NAME(split)(const float *x, size_t rows, size_t in, float *xs) {
    size_t whole = in / (2 * LANES) * (2 * LANES);
    for (size_t r = 0; r < rows; r++)
        for (size_t b = 0; b < whole; b += 2 * LANES)
            for (int j = 0; j < LANES; j++) {
                xs[r * whole + b + j] = x[r * in + b + 2 * j];
                xs[r * whole + b + LANES + j] = x[r * in + b + 2 * j + 1];
            }
}

/* Micro-kernel: WR weight rows from o (of the caller's [o0, o1)) against XR rows of x from r0, all
   WR * XR accumulators in registers. WR, XR and kind are constants at every call, so the loops
   unroll. Each step does all even halves, then all odd ones, so the two FMAs into one accumulator
   are a half-step apart. xv is the x the vector loop reads (split for bf16) with row stride
   xstride; the ragged tail past the last whole step reads x. Same structure as skinny.c's micro. */
ATTR void NAME(micro)(const int kind, const int WR, const int XR, const float *x, const float *xv,
                      size_t xstride, size_t in, const void *w, size_t o, size_t o1, size_t r0,
                      size_t out, float *y) {
    const size_t whole = in / (2 * LANES) * (2 * LANES); // inputs in whole steps
    F32V acc[4][X_BLOCK], wh[4];
    for (int a = 0; a < WR; a++)
        for (int r = 0; r < XR; r++) acc[a][r] = (F32V){0};
    // The next block's rows, a cache line per row every 64 bytes: the hardware prefetcher alone
    // leaves the FMAs waiting at each jump to new rows.
    const size_t wbytes = kind == WEIGHT_F32 ? 4 : 2;
    const char *next = (const char *)w + (o + WR) * in * wbytes;
    const int prefetch = o + 2 * WR <= o1;
    for (size_t i = 0; i < whole; i += 2 * LANES) {
        if (prefetch && (i * wbytes) % 64 == 0)
            for (size_t line = 0; line < 2 * LANES * wbytes; line += 64)
                for (int a = 0; a < WR; a++) __builtin_prefetch(next + (a * in + i) * wbytes + line, 0, 3);
        for (int h = 0; h < 2; h++) {
            for (int a = 0; a < WR; a++) wh[a] = NAME(weight_half)(kind, w, (o + a) * in + i, h);
            for (int r = 0; r < XR; r++) {
                F32V xh = NAME(load)(xv + (r0 + r) * xstride + i + LANES * h);
                for (int a = 0; a < WR; a++) acc[a][r] = __builtin_elementwise_fma(xh, wh[a], acc[a][r]);
            }
        }
    }
    for (int a = 0; a < WR; a++)
        for (int r = 0; r < XR; r++) {
            float s = NAME(hsum)(acc[a][r]);
            const float *xr = x + (r0 + r) * in;
            for (size_t j = whole; j < in; j++) s += xr[j] * weight_value(kind, w, (o + a) * in + j);
            y[(r0 + r) * out + o + a] = s;
        }
}

/* One row of x: four weight rows at a time keep four DRAM streams in flight (bandwidth-bound).
   Several rows: three weight rows against X_BLOCK x rows, the x rows in passes (compute-bound);
   later passes find those weight rows in cache. */
ATTR void NAME(skinny)(const int kind, const float *x, const float *xv, size_t xstride, size_t rows,
                       size_t in, const void *w, size_t o0, size_t o1, size_t out, float *y) {
    size_t o = o0;
    if (rows == 1) {
        for (; o + 4 <= o1; o += 4) NAME(micro)(kind, 4, 1, x, xv, xstride, in, w, o, o1, 0, out, y);
    } else {
        for (; o + 3 <= o1; o += 3) {
            size_t r0 = 0;
            for (; r0 + X_BLOCK <= rows; r0 += X_BLOCK)
                NAME(micro)(kind, 3, X_BLOCK, x, xv, xstride, in, w, o, o1, r0, out, y);
            switch (rows - r0) {
            case 7: NAME(micro)(kind, 3, 7, x, xv, xstride, in, w, o, o1, r0, out, y); break;
            case 6: NAME(micro)(kind, 3, 6, x, xv, xstride, in, w, o, o1, r0, out, y); break;
            case 5: NAME(micro)(kind, 3, 5, x, xv, xstride, in, w, o, o1, r0, out, y); break;
            case 4: NAME(micro)(kind, 3, 4, x, xv, xstride, in, w, o, o1, r0, out, y); break;
            case 3: NAME(micro)(kind, 3, 3, x, xv, xstride, in, w, o, o1, r0, out, y); break;
            case 2: NAME(micro)(kind, 3, 2, x, xv, xstride, in, w, o, o1, r0, out, y); break;
            case 1: NAME(micro)(kind, 3, 1, x, xv, xstride, in, w, o, o1, r0, out, y); break;
            }
        }
    }
    for (; o < o1; o++)
        for (size_t r = 0; r < rows; r++) NAME(micro)(kind, 1, 1, x, xv, xstride, in, w, o, o1, r, out, y);
}

/* The three entry points: one per weight kind, each with its own register allocation. */
__attribute__((target(TARGET))) static void NAME(bf16)(const float *x, const float *xs, size_t rows, size_t in,
                                                      const uint16_t *w, size_t o0, size_t o1, size_t out, float *y) {
    NAME(skinny)(WEIGHT_BF16, x, xs, in / (2 * LANES) * (2 * LANES), rows, in, w, o0, o1, out, y);
}

__attribute__((target(TARGET))) static void NAME(f16)(const float *x, size_t rows, size_t in, const uint16_t *w,
                                                     size_t o0, size_t o1, size_t out, float *y) {
    NAME(skinny)(WEIGHT_F16, x, x, in, rows, in, w, o0, o1, out, y);
}

__attribute__((target(TARGET))) static void NAME(f32)(const float *x, size_t rows, size_t in, const float *w,
                                                     size_t o0, size_t o1, size_t out, float *y) {
    NAME(skinny)(WEIGHT_F32, x, x, in, rows, in, w, o0, o1, out, y);
}

#undef F32V
#undef ATTR
#undef LANES
#undef X_BLOCK
