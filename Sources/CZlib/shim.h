#ifndef TINA_CZLIB_SHIM_H
#define TINA_CZLIB_SHIM_H
#include <zlib.h>

/* inflateInit2 is a macro (it passes the library version and struct size), invisible to Swift. */
static inline int tina_inflate_init2(z_stream *s, int window_bits) { return inflateInit2(s, window_bits); }
static inline int tina_inflate(z_stream *s, int flush) { return inflate(s, flush); }
static inline int tina_inflate_end(z_stream *s) { return inflateEnd(s); }
#endif
