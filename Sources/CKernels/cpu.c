#include "CKernels.h"
#include <stdlib.h>
#include <string.h>

int tina_cpu_features(void) {
    static int cached = -1;
    if (cached >= 0) return cached;
    int f = 0;
#if defined(__x86_64__)
    __builtin_cpu_init();
    if (__builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma")) f |= 1;
    if (__builtin_cpu_supports("avx512f")) f |= 2;
    if (__builtin_cpu_supports("avx512bf16")) f |= 4;
    if (__builtin_cpu_supports("f16c")) f |= 8;
#endif
    /* TINA_SIMD=off runs the portable kernels: how the tests check them on a machine with SIMD. */
    const char *simd = getenv("TINA_SIMD");
    if (simd && strcmp(simd, "off") == 0) f = 0;
    cached = f;
    return f;
}
