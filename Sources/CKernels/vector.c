#include "CKernels.h"
#if defined(__x86_64__)
#include <immintrin.h>
#endif

static float dot_portable(const float *a, const float *b, size_t n) {
    float s = 0;
    for (size_t i = 0; i < n; i++) s += a[i] * b[i];
    return s;
}

static void axpy_portable(float alpha, const float *x, float *y, size_t n) {
    for (size_t i = 0; i < n; i++) y[i] += alpha * x[i];
}

#if defined(__x86_64__)
__attribute__((target("avx2,fma")))
static float dot_avx2(const float *a, const float *b, size_t n) {
    __m256 s0 = _mm256_setzero_ps(), s1 = _mm256_setzero_ps();
    size_t i = 0;
    for (; i + 16 <= n; i += 16) {
        s0 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i), _mm256_loadu_ps(b + i), s0);
        s1 = _mm256_fmadd_ps(_mm256_loadu_ps(a + i + 8), _mm256_loadu_ps(b + i + 8), s1);
    }
    s0 = _mm256_add_ps(s0, s1);
    __m128 h = _mm_add_ps(_mm256_castps256_ps128(s0), _mm256_extractf128_ps(s0, 1));
    h = _mm_add_ps(h, _mm_movehl_ps(h, h));
    h = _mm_add_ss(h, _mm_shuffle_ps(h, h, 1));
    return _mm_cvtss_f32(h) + dot_portable(a + i, b + i, n - i);
}

__attribute__((target("avx2,fma")))
static void axpy_avx2(float alpha, const float *x, float *y, size_t n) {
    __m256 a = _mm256_set1_ps(alpha);
    size_t i = 0;
    for (; i + 8 <= n; i += 8) _mm256_storeu_ps(y + i, _mm256_fmadd_ps(a, _mm256_loadu_ps(x + i), _mm256_loadu_ps(y + i)));
    axpy_portable(alpha, x + i, y + i, n - i);
}

__attribute__((target("avx2")))
static uint64_t read_bytes_avx2(const uint8_t *p, size_t n) {
    __m256i a = _mm256_setzero_si256(), b = a, c = a, d = a;
    size_t i = 0;
    for (; i + 128 <= n; i += 128) {
        a = _mm256_xor_si256(a, _mm256_loadu_si256((const __m256i *)(p + i)));
        b = _mm256_xor_si256(b, _mm256_loadu_si256((const __m256i *)(p + i + 32)));
        c = _mm256_xor_si256(c, _mm256_loadu_si256((const __m256i *)(p + i + 64)));
        d = _mm256_xor_si256(d, _mm256_loadu_si256((const __m256i *)(p + i + 96)));
    }
    a = _mm256_xor_si256(_mm256_xor_si256(a, b), _mm256_xor_si256(c, d));
    uint64_t h = (uint64_t)_mm256_extract_epi64(a, 0) ^ (uint64_t)_mm256_extract_epi64(a, 1) ^
                 (uint64_t)_mm256_extract_epi64(a, 2) ^ (uint64_t)_mm256_extract_epi64(a, 3);
    for (; i < n; i++) h ^= p[i];
    return h;
}
#endif

uint64_t tina_read_bytes(const void *p, size_t n) {
#if defined(__x86_64__)
    if (tina_cpu_features() & 1) return read_bytes_avx2(p, n);
#endif
    uint64_t h = 0;
    for (size_t i = 0; i < n; i++) h ^= ((const uint8_t *)p)[i];
    return h;
}

float tina_dot(const float *a, const float *b, size_t n) {
#if defined(__x86_64__)
    if (tina_cpu_features() & 1) return dot_avx2(a, b, n);
#endif
    return dot_portable(a, b, n);
}

void tina_axpy(float alpha, const float *x, float *y, size_t n) {
#if defined(__x86_64__)
    if (tina_cpu_features() & 1) { axpy_avx2(alpha, x, y, n); return; }
#endif
    axpy_portable(alpha, x, y, n);
}
