/* 04-args/args-selftest.c: the instruments of the lesson in args.c.
 *   - the same functions in C, the reference every JIT'd result must equal;
 *   - --self-test: the JIT'd functions against C over edge and pseudo-random values;
 *   - the callee-saved check: with_canary.asm calls a function with a known value
 *     in rbx and reports what rbx holds afterwards, which catches sum_rbx.asm
 *     using rbx without saving it.
 */
#include <limits.h>
#include <stdint.h>
#include <stdio.h>

#include "args.h"
#include "helpers.h"

/* ---- The same functions in C ----
 *
 * The CPU's add wraps around at 2^64. C's signed + does not: a signed overflow
 * is undefined behaviour, and the compiler may assume it never happens.
 * Unsigned arithmetic is defined to wrap, so these compute in unsigned long
 * and convert the bits back at the end. */

/* to_long: the long with the same 64 bits as U (C11 leaves converting an
 * out-of-range value to a signed type implementation-defined, not undefined;
 * gcc and clang both define it as keeping the bits). */
static long to_long(unsigned long u) { return (long)u; }

long c_add(long x, long y) { return to_long((unsigned long)x + (unsigned long)y); }

long c_add4(long n) { return to_long((unsigned long)n + 4); }

long c_six(long a, long b, long c, long d, long e, long f)
{
    unsigned long r = (unsigned long)a;
    r = r * 10 + (unsigned long)b;
    r = r * 10 + (unsigned long)c;
    r = r * 10 + (unsigned long)d;
    r = r * 10 + (unsigned long)e;
    r = r * 10 + (unsigned long)f;
    return to_long(r);
}

/* c_add32: what add32.asm computes: the low 32 bits of x + y, zero-extended
 * to 64 bits (uint32_t arithmetic wraps at 2^32; it is not promoted to int). */
long c_add32(long x, long y)
{
    uint32_t sum = (uint32_t)x + (uint32_t)y;
    return (long)sum;
}

static int mismatches; /* demo lines whose JIT'd result differs from C's */

void same_as_c(long got, long want)
{
    if (got != want) {
        printf("   <- MISMATCH: C gives %ld", want);
        mismatches++;
    }
    printf("\n");
}

int demo_mismatches(void) { return mismatches; }

/* ---- A callee-saved register, kept and not kept ---- */

/* asm2bytes sum_rbx.asm */
static const unsigned char sum_rbx_code[] = {
    /* sum_rbx: */
    0x48, 0x89, 0xfb,                        /* mov rbx,rdi */
    0x48, 0x01, 0xf3,                        /* add rbx,rsi */
    0x48, 0x89, 0xd8,                        /* mov rax,rbx */
    0xc3,                                    /* ret */
};

/* asm2bytes sum_rbx_saved.asm */
static const unsigned char sum_rbx_saved_code[] = {
    /* sum_rbx_saved: */
    0x53,                                    /* push rbx */
    0x48, 0x89, 0xfb,                        /* mov rbx,rdi */
    0x48, 0x01, 0xf3,                        /* add rbx,rsi */
    0x48, 0x89, 0xd8,                        /* mov rax,rbx */
    0x5b,                                    /* pop rbx */
    0xc3,                                    /* ret */
};

/* asm2bytes with_canary.asm */
static const unsigned char with_canary_code[] = {
    /* with_canary: */
    0x53,                                    /* push rbx */
    0x51,                                    /* push rcx */
    0x48, 0x83, 0xec, 0x08,                  /* sub rsp,0x8 */
    0x48, 0x89, 0xf8,                        /* mov rax,rdi */
    0x48, 0x89, 0xf7,                        /* mov rdi,rsi */
    0x48, 0x89, 0xd6,                        /* mov rsi,rdx */
    0xbb, 0x34, 0x12, 0xed, 0x5e,            /* mov ebx,0x5eed1234 */
    0xff, 0xd0,                              /* call rax */
    0x48, 0x83, 0xc4, 0x08,                  /* add rsp,0x8 */
    0x59,                                    /* pop rcx */
    0x48, 0x89, 0x19,                        /* mov QWORD PTR [rcx],rbx */
    0x5b,                                    /* pop rbx */
    0xc3,                                    /* ret */
};

/* with_canary(f, x, y, &after): f(x, y), called with CANARY in rbx; after = rbx when f returned. */
typedef long (*canary_fn)(add_fn f, long x, long y, long *rbx_after);
#define CANARY 0x5eed1234L

/* The callee-saved instrument and its two subjects, each in its own page. */
struct canary_kit {
    canary_fn with_canary;
    add_fn sum_rbx, sum_rbx_saved;
};

static struct canary_kit canary_load(void)
{
    return (struct canary_kit){
        .with_canary = (canary_fn)jit_load(with_canary_code, sizeof with_canary_code),
        .sum_rbx = (add_fn)jit_load(sum_rbx_code, sizeof sum_rbx_code),
        .sum_rbx_saved = (add_fn)jit_load(sum_rbx_saved_code, sizeof sum_rbx_saved_code),
    };
}

static void canary_free(struct canary_kit *k)
{
    jit_free((void *)k->with_canary);
    jit_free((void *)k->sum_rbx);
    jit_free((void *)k->sum_rbx_saved);
}

/* rbx_kept: call F(X, Y) through with_canary; true if rbx held the canary
 * afterwards. *RESULT gets F's result, *AFTER what rbx held. */
static CALLS_JIT_CODE bool rbx_kept(const struct canary_kit *k, add_fn f, long x, long y, long *result, long *after)
{
    *after = 0;
    *result = k->with_canary(f, x, y, after);
    return *after == CANARY;
}

int demo_callee_saved(void)
{
    struct canary_kit k = canary_load();
    long r_bad, after_bad, r_good, after_good;
    bool bad_kept = rbx_kept(&k, k.sum_rbx, 2, 3, &r_bad, &after_bad);
    bool good_kept = rbx_kept(&k, k.sum_rbx_saved, 2, 3, &r_good, &after_good);
    canary_free(&k);
    printf("\nA broken promise: sum_rbx adds in rbx and does not save it first, but rbx is\n"
           "callee-saved: the caller may keep a value of its own there across the call.\n"
           "with_canary calls each with %#lx in rbx and reads rbx when it returns:\n", CANARY);
    printf("  sum_rbx(2, 3) = %ld         rbx after: %#lx%s\n", r_bad, (unsigned long)after_bad,
           bad_kept ? ", as it was" : "   <- CLOBBERED: the caller's rbx is lost");
    printf("  sum_rbx_saved(2, 3) = %ld   rbx after: %#lx%s\n", r_good, (unsigned long)after_good,
           good_kept ? ", as it was (push rbx ... pop rbx)" : "   <- CLOBBERED: the caller's rbx is lost");
    if (bad_kept || !good_kept) {
        fprintf(stderr, "args: with_canary %s\n",
                bad_kept ? "did not catch sum_rbx, which overwrites rbx" : "blames sum_rbx_saved, which keeps rbx");
        return EXIT_SOFTWARE;
    }
    return 0;
}

/* ---- The self-test: JIT'd code against C over many values ---- */

/* next_random: the next value of a splitmix64 generator (fixed seed: the same
 * values on every run, so a failure can be reproduced). */
static uint64_t next_random(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* random_long: a pseudo-random long: any 64 bits, any 32-bit int, or a small number. */
static long random_long(uint64_t *state)
{
    uint64_t r = next_random(state);
    switch (r % 3) {
    case 0:  return to_long(next_random(state));
    case 1:  return (long)(int32_t)(uint32_t)next_random(state);
    default: return (long)(next_random(state) % 2001) - 1000;
    }
}

/* The edges: zero, one, and both sides of each 32- and 64-bit limit. */
static const long edges[] = {
    0, 1, -1,
    INT_MIN - 1L, INT_MIN, INT_MIN + 1L, INT_MAX - 1L, INT_MAX, INT_MAX + 1L,
    UINT_MAX - 1L, UINT_MAX, UINT_MAX + 1L,
    LONG_MIN, LONG_MIN + 1, LONG_MAX - 1, LONG_MAX,
};
#define N_EDGES (sizeof edges / sizeof edges[0])
#define N_RANDOM 4000

static unsigned long compared; /* how many JIT'd results the self-test checked */

/* check_two: compare one JIT'd two-argument result with C's; exit 70 on a difference. */
static CALLS_JIT_CODE void check_two(const char *name, add_fn jit, long (*c)(long, long), long x, long y)
{
    long got = jit(x, y), want = c(x, y);
    compared++;
    if (got != want)
        die(EXIT_SOFTWARE, "self-test: %s(%ld, %ld): the JIT'd code gives %ld, C gives %ld", name, x, y, got, want);
}

/* check_add4: compare one JIT'd add4 result with C's; exit 70 on a difference. */
static CALLS_JIT_CODE void check_add4(add4_fn jit, long n)
{
    long got = jit(n), want = c_add4(n);
    compared++;
    if (got != want)
        die(EXIT_SOFTWARE, "self-test: add4(%ld): the JIT'd code gives %ld, C gives %ld", n, got, want);
}

/* check_six: compare one JIT'd six result with C's; exit 70 on a difference. */
static CALLS_JIT_CODE void check_six(six_fn jit, const long a[6])
{
    long got = jit(a[0], a[1], a[2], a[3], a[4], a[5]);
    long want = c_six(a[0], a[1], a[2], a[3], a[4], a[5]);
    compared++;
    if (got != want)
        die(EXIT_SOFTWARE, "self-test: six(%ld, %ld, %ld, %ld, %ld, %ld): the JIT'd code gives %ld, C gives %ld",
            a[0], a[1], a[2], a[3], a[4], a[5], got, want);
}

/* check_rbx: F(X, Y) through with_canary must equal C's WANT and leave rbx as it
 * was, unless F is sum_rbx, which must be caught; exit 70 otherwise. */
static void check_rbx(const struct canary_kit *k, const char *name, add_fn f, long x, long y, long want)
{
    long got, after;
    bool kept = rbx_kept(k, f, x, y, &got, &after);
    if (got != want)
        die(EXIT_SOFTWARE, "self-test: %s(%ld, %ld) through with_canary gives %ld, C gives %ld", name, x, y, got, want);
    if (kept != (f != k->sum_rbx))
        die(EXIT_SOFTWARE, "self-test: %s(%ld, %ld) leaves %#lx in rbx, and with_canary calls that %s",
            name, x, y, (unsigned long)after, kept ? "kept" : "clobbered");
}

/* self_test: add and add32 on every pair of edges, add4 on every edge, then
 * N_RANDOM rounds of add, add32, add4 on random values and six on six values
 * (edges in even rounds, random in odd ones); then rbx across add, add32 and
 * sum_rbx_saved on every pair of edges, and sum_rbx caught on each. Exits 70
 * at the first difference; 0 if all agree. */
int self_test(void)
{
    struct jitted j = jit_load_all();
    uint64_t state = 2013; /* any fixed seed */

    for (size_t a = 0; a < N_EDGES; a++) {
        check_add4(j.add4, edges[a]);
        for (size_t b = 0; b < N_EDGES; b++) {
            check_two("add", j.add, c_add, edges[a], edges[b]);
            check_two("add32", j.add32, c_add32, edges[a], edges[b]);
        }
    }
    for (int i = 0; i < N_RANDOM; i++) {
        long x = random_long(&state), y = random_long(&state);
        check_two("add", j.add, c_add, x, y);
        check_two("add32", j.add32, c_add32, x, y);
        check_add4(j.add4, x);
        long six_args[6];
        for (int k = 0; k < 6; k++)
            six_args[k] = (i % 2 == 0) ? edges[next_random(&state) % N_EDGES] : random_long(&state);
        check_six(j.six, six_args);
    }
    printf("self-test: %lu JIT'd results (add, add4, six, add32), each equal to C's\n", compared);

    struct canary_kit k = canary_load();
    unsigned long calls = 0;
    for (size_t a = 0; a < N_EDGES; a++)
        for (size_t b = 0; b < N_EDGES; b++, calls += 4) {
            long x = edges[a], y = edges[b];
            check_rbx(&k, "add", j.add, x, y, c_add(x, y));
            check_rbx(&k, "add32", j.add32, x, y, c_add32(x, y));
            check_rbx(&k, "sum_rbx_saved", k.sum_rbx_saved, x, y, c_add(x, y));
            check_rbx(&k, "sum_rbx", k.sum_rbx, x, y, c_add(x, y));
        }
    canary_free(&k);
    jit_free_all(&j);
    printf("self-test: %lu calls through with_canary: add, add32 and sum_rbx_saved keep rbx, "
           "sum_rbx is caught each time\n", calls);
    return 0;
}
