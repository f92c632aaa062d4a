/* 04-args exercise 1's harness: runs the learner's add32s (code.inc, from
 * tools/asm2bytes) on every pair of edge values and compares each result with
 * C's (long)(int32_t)(x + y). Prints one line; exits 0 if all agree, 1 if not. */
#define _GNU_SOURCE
#include "exercises/jit.h"

static const unsigned char code[] =
#include "code.inc"
;

/* want: the 32-bit sum of x and y, read as a signed int, widened to long. */
static long want(long x, long y) { return (long)(int32_t)(uint32_t)((uint32_t)x + (uint32_t)y); }

static CALLS_JIT_CODE int run(add_fn f)
{
    for (size_t a = 0; a < N_EDGES; a++)
        for (size_t b = 0; b < N_EDGES; b++) {
            long x = edges[a], y = edges[b], got = f(x, y);
            if (got != want(x, y)) {
                printf("add32s(%ld, %ld) = %ld, expected %ld\n", x, y, got, want(x, y));
                return 1;
            }
        }
    printf("add32s agrees with (long)(int32_t)(x + y) on %zu pairs\n", N_EDGES * N_EDGES);
    return 0;
}

int main(void)
{
    guard_stdout();
    return run((add_fn)jit(code, sizeof code));
}
