/* 04-args exercise 3's harness: calls the learner's seven (code.inc, from
 * tools/asm2bytes) with seven arguments, the seventh on the stack, and
 * compares with C on digit patterns and edge values. One line; exit 0 or 1. */
#define _GNU_SOURCE
#include "exercises/jit.h"

static const unsigned char code[] =
#include "code.inc"
;

typedef long (*seven_fn)(long a, long b, long c, long d, long e, long f, long g);

/* want: ((((((a*10 + b)*10 + c)*10 + d)*10 + e)*10 + f)*10 + g, wrapping at 2^64. */
static long want(const long v[7])
{
    unsigned long r = 0;
    for (int i = 0; i < 7; i++)
        r = r * 10 + (unsigned long)v[i];
    return wrap(r);
}

static CALLS_JIT_CODE int run(seven_fn f)
{
    long cases[2 + N_EDGES][7] = { { 1, 2, 3, 4, 5, 6, 7 }, { 0, 0, 0, 0, 0, 0, 9 } };
    for (size_t i = 0; i < N_EDGES; i++)
        for (int k = 0; k < 7; k++)
            cases[2 + i][k] = edges[(i + (size_t)k * 5) % N_EDGES];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const long *v = cases[i];
        long got = f(v[0], v[1], v[2], v[3], v[4], v[5], v[6]);
        if (got != want(v)) {
            printf("seven(%ld, %ld, %ld, %ld, %ld, %ld, %ld) = %ld, expected %ld\n",
                   v[0], v[1], v[2], v[3], v[4], v[5], v[6], got, want(v));
            return 1;
        }
    }
    printf("seven agrees with C on %zu argument lists\n", sizeof cases / sizeof cases[0]);
    return 0;
}

int main(void)
{
    guard_stdout();
    return run((seven_fn)jit(code, sizeof code));
}
