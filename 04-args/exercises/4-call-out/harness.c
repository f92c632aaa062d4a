/* 04-args exercise 4's harness: calls the learner's twice (code.inc) through
 * call_checked.asm, with probe.asm as f (both from tools/asm2bytes): the
 * result must be f(f(x)), each call made on an aligned stack, and every
 * callee-saved register given back. One line; exit 0 or 1. */
#define _GNU_SOURCE
#include "exercises/jit.h"

static const unsigned char code[] =
#include "code.inc"
;
static const unsigned char probe_code[] =
#include "probe.inc"
;
static const unsigned char checked_code[] =
#include "call_checked.inc"
;

typedef long (*checked_fn)(add_fn g, long x, long y, long *changed);

static CALLS_JIT_CODE int run(add_fn twice, long probe, checked_fn call_checked)
{
    static const char *names[] = { "rbx", "rbp", "r12", "r13", "r14", "r15" };
    static const long xs[] = { 0, 1, 5, -7, 1000000 };
    for (size_t i = 0; i < sizeof xs / sizeof xs[0]; i++) {
        long x = xs[i], changed = 0;
        long got = call_checked(twice, x, probe, &changed);
        long want = 9 * x + 4; /* 3(3x + 1) + 1 */
        if (got != want) {
            printf("twice(%ld, f) = %ld, expected f(f(%ld)) = %ld%s\n", x, got, x, want,
                   got == -1000 || got == -2999 ? ": f was called with rsp not a multiple of 16" : "");
            return 1;
        }
        for (int r = 0; r < 6; r++)
            if (changed & (1L << r)) {
                printf("twice(%ld, f) = %ld, right, but %s is not given back: it is callee-saved\n",
                       x, got, names[r]);
                return 1;
            }
    }
    printf("twice: f(f(x)) on an aligned stack, every callee-saved register kept\n");
    return 0;
}

int main(void)
{
    guard_stdout();
    return run((add_fn)jit(code, sizeof code), (long)jit(probe_code, sizeof probe_code),
               (checked_fn)jit(checked_code, sizeof checked_code));
}
