/* Exercise 3 (a stretch, the chapter's idea for bfjit): names that do not overlap.
 *
 * A profiler charges each sample to ONE name, and a debugger shows one name
 * per address, so a JIT cannot name a loop and also the loop around it: the
 * outer name would cover the inner loop's code. Instead, cut the code at every
 * loop boundary and give each piece the name of the innermost loop that holds
 * it. For code  a [ b [ c ] d ] e  (the loops' '[' at 1:3 and 1:7) that is
 *     a: bf_main   b: bf_loop_1_3   c: bf_loop_1_7   d: bf_loop_1_3   e: bf_main
 * Note d: after the inner loop, the name goes back to the outer one.
 * Write name_ranges (names.h says exactly what it returns); the check runs it
 * on nested, adjacent and empty loops and compares the pieces.
 */
#include "names.h"

#include <stdio.h>

size_t name_ranges(const Loop *loops, size_t n, uint32_t len, Named *out)
{
    (void)loops; /* this line only keeps -Werror quiet until you use loops and n */
    (void)n;
    out[0] = (Named){ .start = 0, .end = len };
    snprintf(out[0].name, sizeof out[0].name, "bf_main");
    return 1;
}
