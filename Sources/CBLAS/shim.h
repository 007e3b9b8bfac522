#ifndef TINA_CBLAS_SHIM_H
#define TINA_CBLAS_SHIM_H
#include <cblas.h>

/* Typed wrappers so Swift sees plain Int32 flags instead of C enums. */
static inline void tina_sgemm(int transA, int transB, int m, int n, int k, float alpha,
                              const float *a, int lda, const float *b, int ldb, float beta,
                              float *c, int ldc) {
    cblas_sgemm(CblasRowMajor, transA ? CblasTrans : CblasNoTrans, transB ? CblasTrans : CblasNoTrans,
                m, n, k, alpha, a, lda, b, ldb, beta, c, ldc);
}

static inline void tina_sgemv(int trans, int m, int n, float alpha, const float *a, int lda,
                              const float *x, float beta, float *y) {
    cblas_sgemv(CblasRowMajor, trans ? CblasTrans : CblasNoTrans, m, n, alpha, a, lda, x, 1, beta, y, 1);
}

static inline void tina_blas_set_threads(int n) { openblas_set_num_threads(n); }
static inline int tina_blas_get_threads(void) { return openblas_get_num_threads(); }
static inline const char *tina_blas_config(void) { return openblas_get_config(); }
static inline const char *tina_blas_core(void) { return openblas_get_corename(); }
#endif
