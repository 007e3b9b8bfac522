#include "CKernels.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int features = -1;

/* What the CPU has, with the 16-lane kernels on where it has AVX-512F. */
static int detected(void) {
    int f = 0;
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) f |= 1;
    if (__builtin_cpu_supports("avx512f")) f |= 2 | 16;
    if (__builtin_cpu_supports("avx512bf16")) f |= 4;
    if (__builtin_cpu_supports("f16c")) f |= 8;
#endif
    return f;
}

int tina_simd_use(const char *mode) {
    int f = detected();
    if (mode && strcmp(mode, "off") == 0) f = 0;
    else if (mode && strcmp(mode, "avx2") == 0) f &= ~(2 | 4 | 16);
    else if (mode && strcmp(mode, "avx512") == 0) f |= 16;
    else if (mode && *mode) return -1;
    features = f;
    return 0;
}

int tina_cpu_features(void) {
    if (features >= 0) return features;
    const char *mode = getenv("TINA_SIMD");
    if (tina_simd_use(mode) != 0) {
        fprintf(stderr, "TINA_SIMD=%s is not off, avx2 or avx512: using what the CPU has\n", mode);
        tina_simd_use(NULL);
    }
    return features;
}
