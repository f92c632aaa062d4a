/* Exercise 2 (the chapter's idea): signed LEB128. A solution, the same as
 * jitdebug.c's sleb. */
#include "leb.h"

#include <stdbool.h>

size_t sleb128(int64_t v, uint8_t out[10])
{
    size_t n = 0;
    for (;;) {
        uint8_t byte = v & 0x7f;
        v >>= 7;                      /* arithmetic: the sign stays (gcc and clang) */
        bool done = (v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40));
        out[n++] = done ? byte : byte | 0x80;
        if (done) return n;
    }
}
