#include <zlib.h>
#include <libdeflate.h>
#include <isa-l.h>
#include <isa-l/igzip_lib.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include "card_huffman_counts.h"

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

/* The Huffman code of every block: made once from the symbol counts of
   share cards (card_huffman_counts.h), it writes a card 9 % smaller than
   igzip's default code (122,761 instead of 134,588 bytes, measured on
   cards it was not made from) and the example site's PNGs, charts
   included, 4 % smaller. Every literal, length and distance has a code
   (isal_create_hufftables), so any rows can be written. */
/* Function-local statics: Swift's importer emits the inline functions of
   this header but not its file-scope variables. */
static inline struct isal_hufftables *thidua_card_tables_storage(void) {
    static struct isal_hufftables tables;
    return &tables;
}

static inline void thidua_card_tables_make(void) {
    static struct isal_huff_histogram histogram;
    for (int i = 0; i < ISAL_DEF_LIT_LEN_SYMBOLS; i++)
        histogram.lit_len_histogram[i] = thidua_card_lit_len_counts[i];
    for (int i = 0; i < ISAL_DEF_DIST_SYMBOLS; i++)
        histogram.dist_histogram[i] = thidua_card_dist_counts[i];
    isal_create_hufftables(thidua_card_tables_storage(), &histogram);
}

/* The cards' code, made on first use by whichever thread comes first. */
static inline struct isal_hufftables *thidua_card_tables(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, thidua_card_tables_make);
    return thidua_card_tables_storage();
}

/* Bytes the input of thidua_igzip_block must have room for after its end:
   igzip may read a few bytes past its input (its hashing loads several
   bytes at a time), so they are set to zero first; 64 leaves a margin. */
#define THIDUA_IGZIP_PADDING 64

/* Deflates `count` bytes with the cards' Huffman code as raw deflate
   blocks ending with a full flush (no history, no final block), after zeroing the THIDUA_IGZIP_PADDING
   bytes that follow them in `in`: the bytes written depend on the input
   alone. Returns the bytes written to `out`, or -1 when igzip fails or
   `capacity` is too small. */
static inline long thidua_igzip_block(thidua_igzip *z, uint8_t *in, uint32_t count,
                                      uint8_t *out, uint32_t capacity) {
    struct isal_zstream *s = &z->stream;
    memset(in + count, 0, THIDUA_IGZIP_PADDING);
    isal_deflate_stateless_init(s);
    isal_deflate_set_hufftables(s, thidua_card_tables(), IGZIP_HUFFTABLE_CUSTOM);
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
