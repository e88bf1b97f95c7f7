#include <zlib.h>
#include <libdeflate.h>
#include <isa-l.h>
#include <isa-l/igzip_lib.h>
#include <stdlib.h>
#include <string.h>

/* igzip (Intel ISA-L) at level 0, compressing independent blocks that each
   end on a byte boundary (a full flush), as PNGEncoder joins them. The
   stream is opaque to Swift: isal_zstream holds arrays of tens of
   thousands of bytes, which Swift would import as tuples.

   Level 0 and stateless, because only they gave the same bytes for the
   same rows every time (measured with ISA-L 2.30.0, national cards, C
   harness): level 1 (and 2) encoded the same rows differently on
   different threads, even with one call at a time, and the stateful
   isal_deflate reads past the input it copies into a buffer of its own. */
typedef struct thidua_igzip {
    struct isal_zstream stream;
} thidua_igzip;

static inline thidua_igzip *thidua_igzip_new(void) {
    return (thidua_igzip *)calloc(1, sizeof(thidua_igzip));
}

/* The ISA-L version thidua was built with, e.g. 0x021E00 for 2.30.0. */
static inline int thidua_igzip_version(void) { return ISAL_VERSION; }

static inline void thidua_igzip_free(thidua_igzip *z) { free(z); }

/* Bytes the input of thidua_igzip_block must have room for after its end:
   igzip may read a few bytes past its input (its hashing loads several
   bytes at a time), so they are set to zero first; 64 leaves a margin. */
#define THIDUA_IGZIP_PADDING 64

/* Deflates `count` bytes as raw deflate blocks ending with a full flush
   (no history, no final block), after zeroing the THIDUA_IGZIP_PADDING
   bytes that follow them in `in`: the bytes written depend on the input
   alone. Returns the bytes written to `out`, or -1 when igzip fails or
   `capacity` is too small. */
static inline long thidua_igzip_block(thidua_igzip *z, uint8_t *in, uint32_t count,
                                      uint8_t *out, uint32_t capacity) {
    struct isal_zstream *s = &z->stream;
    memset(in + count, 0, THIDUA_IGZIP_PADDING);
    isal_deflate_stateless_init(s);
    s->level = 0;
    s->end_of_stream = 0;
    s->flush = FULL_FLUSH;
    s->gzip_flag = IGZIP_DEFLATE;
    s->hist_bits = 0;  /* the default window: isal_deflate_stateless_init leaves it as it was */
    s->next_in = in;
    s->avail_in = count;
    s->next_out = out;
    s->avail_out = capacity;
    if (isal_deflate_stateless(s) != COMP_OK || s->avail_in != 0) return -1;
    return (long)(capacity - s->avail_out);
}
