#!/usr/bin/env python3
"""Writes Sources/CDeflate/card_huffman_counts.h: the symbol counts from which
thidua's PNG encoder makes the Huffman code of every deflate block.

Usage (after building the bench's national site, see scripts/bench/run.sh):

    python3 scripts/png/card_huffman_counts.py CAMPAIGN_FOLDER > Sources/CDeflate/card_huffman_counts.h

CAMPAIGN_FOLDER is a built campaign, e.g. <output>/toan-quoc-2026: 61 of its
units' share cards (anh-chia-se.png, chosen with a fixed seed among the sorted
paths) are decoded to their PNG rows (filter byte + RGB, as PNGEncoder
deflates them) and counted by ISA-L's own level-0 histogram
(isal_update_histogram, through ctypes), which is what isal_create_hufftables
makes the code from. Any rows can still be written: the code gives every
symbol a length. The pixels, not the PNG's compression, decide the counts.
Changing the counts changes every PNG's bytes: bump the `h1` in
PNGEncoder.name with them. Standard library and libisal only.
"""
import ctypes
import ctypes.util
import glob
import os
import random
import struct
import sys
import zlib

LIT_LEN, DIST = 286, 30          # ISAL_DEF_LIT_LEN_SYMBOLS, ISAL_DEF_DIST_SYMBOLS
# sizeof(struct isal_huff_histogram) is 18,912 bytes in ISA-L 2.30 (the two
# histograms, then a hash table); room for a larger one in another version.
HISTOGRAM_BYTES = 1 << 20


def rows(path):
    """The decompressed IDAT of a PNG: its rows as the encoder deflated them."""
    data = open(path, "rb").read()
    i, idat = 8, b""
    while i < len(data):
        length = struct.unpack(">I", data[i:i + 4])[0]
        if data[i + 4:i + 8] == b"IDAT":
            idat += data[i + 8:i + 8 + length]
        i += 12 + length
    return zlib.decompress(idat)


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    cards = sorted(glob.glob(os.path.join(sys.argv[1], "*", "anh-chia-se.png")))
    if len(cards) < 61:
        sys.exit("%s: %d unit cards, 61 needed" % (sys.argv[1], len(cards)))
    random.seed(7)
    chosen = random.sample(cards, 61)
    isal = ctypes.CDLL(ctypes.util.find_library("isal") or "libisal.so.2")
    histogram = ctypes.create_string_buffer(HISTOGRAM_BYTES)
    for path in chosen:
        raw = rows(path)
        isal.isal_update_histogram(ctypes.c_char_p(raw), ctypes.c_int(len(raw)), histogram)
    counts = struct.unpack_from("<%dQ" % (LIT_LEN + DIST), histogram.raw)

    def table(name, size, values):
        lines = ["    " + ", ".join(str(v) for v in values[i:i + 12]) + "," for i in range(0, len(values), 12)]
        return "static const uint32_t %s[%s] = {\n%s\n};\n" % (name, size, "\n".join(lines))

    sys.stdout.write(
        "/* The symbol counts thidua's igzip Huffman tables are made from\n"
        "   (thidua_igzip_block): literals and lengths, then distances, that igzip\n"
        "   level 0 produced for the rows of 61 national share cards. Made by\n"
        "   scripts/png/card_huffman_counts.py; a change here changes every PNG's\n"
        "   bytes, so PNGEncoder.name names the tables (`h1`). */\n"
        + table("thidua_card_lit_len_counts", "ISAL_DEF_LIT_LEN_SYMBOLS", counts[:LIT_LEN])
        + table("thidua_card_dist_counts", "ISAL_DEF_DIST_SYMBOLS", counts[LIT_LEN:]))


if __name__ == "__main__":
    main()
