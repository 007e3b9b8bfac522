#ifndef TINA_CZSTD_SHIM_H
#define TINA_CZSTD_SHIM_H
#include <zstd.h>

/* Typed entry points for one-shot decompression; the error check is a function in libzstd. */
static inline size_t tina_zstd_decompress(void *dst, size_t dst_cap, const void *src, size_t src_size) {
    return ZSTD_decompress(dst, dst_cap, src, src_size);
}
static inline unsigned tina_zstd_is_error(size_t code) { return ZSTD_isError(code); }
static inline const char *tina_zstd_error_name(size_t code) { return ZSTD_getErrorName(code); }
#endif
