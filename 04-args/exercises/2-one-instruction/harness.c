/* 04-args exercise 2's harness: the learner's add (code.inc, from
 * tools/asm2bytes) must fit in 5 bytes and equal x + y, wrapping at 2^64, on
 * every pair of edge values. Prints one line; exits 0 if so, 1 if not. */
#define _GNU_SOURCE
#include "exercises/jit.h"

static const unsigned char code[] =
#include "code.inc"
;

static CALLS_JIT_CODE int run(add_fn f)
{
    for (size_t a = 0; a < N_EDGES; a++)
        for (size_t b = 0; b < N_EDGES; b++) {
            long x = edges[a], y = edges[b], got = f(x, y);
            long want = wrap((unsigned long)x + (unsigned long)y);
            if (got != want) {
                printf("add(%ld, %ld) = %ld, expected %ld\n", x, y, got, want);
                return 1;
            }
        }
    if (sizeof code > 5) {
        printf("add gives the right sums in %zu bytes: one instruction and ret fit in 5\n", sizeof code);
        return 1;
    }
    printf("add: the right sums in %zu bytes\n", sizeof code);
    return 0;
}

int main(void)
{
    guard_stdout();
    return run((add_fn)jit(code, sizeof code));
}
