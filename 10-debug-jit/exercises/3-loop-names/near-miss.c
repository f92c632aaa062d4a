/* Exercise 3, a near miss: it remembers only the innermost loop, so when an
 * inner loop ends, the rest of the outer loop is called bf_main. The perf
 * report then charges the outer loop's own work to the whole program. */
#include "names.h"

#include <stdio.h>

size_t name_ranges(const Loop *loops, size_t n, uint32_t len, Named *out)
{
    const Loop *inner = NULL;
    size_t next = 0, count = 0;
    uint32_t at = 0;
    while (at < len) {
        uint32_t to = len;
        if (next < n && loops[next].start < to) to = loops[next].start;
        if (inner && inner->end < to) to = inner->end;
        if (to > at) {
            Named *r = &out[count++];
            r->start = at;
            r->end = to;
            if (inner) snprintf(r->name, sizeof r->name, "bf_loop_%u_%u", inner->line, inner->col);
            else snprintf(r->name, sizeof r->name, "bf_main");
            at = to;
        }
        if (inner && inner->end == at) inner = NULL;
        else if (next < n && loops[next].start == at) inner = &loops[next++];
    }
    return count;
}
