#ifndef TINA_CBROTLI_SHIM_H
#define TINA_CBROTLI_SHIM_H
#include <brotli/decode.h>

/* One-shot decompression into a buffer of known size (Parquet page headers give it):
   returns 1 on success and sets *produced, 0 on a corrupt stream or a full buffer. */
static inline int tina_brotli_decompress(const unsigned char *src, size_t src_size,
                                         unsigned char *dst, size_t dst_cap, size_t *produced) {
    size_t size = dst_cap;
    BrotliDecoderResult rc = BrotliDecoderDecompress(src_size, src, &size, dst);
    *produced = size;
    return rc == BROTLI_DECODER_RESULT_SUCCESS;
}
#endif
