/* 10-debug-jit/exercises/2-leb128/leb-test.c: the harness of exercise 2:
 * encodes numbers with the learner's sleb128, compares the bytes with the
 * DWARF standard's, and decodes them back; names the first wrong one (exit 1). */
#include "leb.h"

#include <stdio.h>
#include <string.h>

/* Read a signed LEB128 number back, the way a debugger does. */
static int64_t decode(const uint8_t *p, size_t n)
{
    uint64_t v = 0;
    unsigned shift = 0;
    for (size_t i = 0; i < n; i++) {
        v |= (uint64_t)(p[i] & 0x7f) << shift;
        shift += 7;
        if (!(p[i] & 0x80)) {
            if (shift < 64 && (p[i] & 0x40)) v |= ~(uint64_t)0 << shift;   /* sign-extend bit 6 */
            break;
        }
    }
    return (int64_t)v;
}

int main(void)
{
    static const struct { int64_t v; size_t n; uint8_t bytes[10]; } cases[] = {
        { 2, 1, { 0x02 } }, { -2, 1, { 0x7e } }, { -8, 1, { 0x78 } }, { 63, 1, { 0x3f } },
        { 64, 2, { 0xc0, 0x00 } }, { -64, 1, { 0x40 } }, { -65, 2, { 0xbf, 0x7f } },
        { 127, 2, { 0xff, 0x00 } }, { -128, 2, { 0x80, 0x7f } }, { 129, 2, { 0x81, 0x01 } },
        { 300, 2, { 0xac, 0x02 } }, { -123456, 3, { 0xc0, 0xbb, 0x78 } },
        { INT64_MAX, 10, { 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00 } },
        { INT64_MIN, 10, { 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7f } },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uint8_t got[16];
        memset(got, 0xee, sizeof got);
        size_t n = sleb128(cases[i].v, got);
        if (n != cases[i].n || memcmp(got, cases[i].bytes, n) != 0) {
            printf("sleb128(%lld) gives", (long long)cases[i].v);
            for (size_t k = 0; k < n && k < 10; k++) printf(" %02x", got[k]);
            printf(" (read back: %lld); DWARF says", (long long)decode(got, n < 10 ? n : 10));
            for (size_t k = 0; k < cases[i].n; k++) printf(" %02x", cases[i].bytes[k]);
            printf("\n");
            return 1;
        }
        if (decode(got, n) != cases[i].v) {
            printf("the harness decodes sleb128(%lld) as %lld\n", (long long)cases[i].v, (long long)decode(got, n));
            return 1;
        }
    }
    return 0;
}
