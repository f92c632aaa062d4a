/* Exercise 3 (a stretch): names that do not overlap. A solution: walk the
 * boundaries in order with a stack of the loops that are open. */
#include "names.h"

#include <stdio.h>

size_t name_ranges(const Loop *loops, size_t n, uint32_t len, Named *out)
{
    const Loop *open[64];            /* the loops around `at`, innermost last */
    size_t depth = 0, next = 0, count = 0;
    uint32_t at = 0;
    while (at < len) {
        /* The next boundary: the end of the innermost open loop or the start
         * of the next loop, whichever comes first. */
        uint32_t to = len;
        if (next < n && loops[next].start < to) to = loops[next].start;
        if (depth && open[depth - 1]->end < to) to = open[depth - 1]->end;
        if (to > at) {
            Named *r = &out[count++];
            r->start = at;
            r->end = to;
            if (depth) snprintf(r->name, sizeof r->name, "bf_loop_%u_%u", open[depth - 1]->line, open[depth - 1]->col);
            else snprintf(r->name, sizeof r->name, "bf_main");
            at = to;
        }
        /* One boundary at `at`: a loop closes (first), or one opens. */
        if (depth && open[depth - 1]->end == at) depth--;
        else if (next < n && loops[next].start == at && depth < 64) open[depth++] = &loops[next++];
    }
    return count;
}
