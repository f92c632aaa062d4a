/* Exercise 2, a near miss: it stops as soon as the rest is all sign bits,
 * without looking at bit 6 of the last byte. Right for most numbers, wrong
 * for 64 (40, which reads back as -64) and for -65 (3f, which reads back as 63). */
#include "leb.h"

size_t sleb128(int64_t v, uint8_t out[10])
{
    size_t n = 0;
    for (;;) {
        uint8_t byte = v & 0x7f;
        v >>= 7;
        if (v == 0 || v == -1) {
            out[n++] = byte;
            return n;
        }
        out[n++] = byte | 0x80;
    }
}
