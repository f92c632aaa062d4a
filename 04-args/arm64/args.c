/* args.c (arm64): JIT'd functions that take arguments, on AArch64 (AAPCS64,
 * the Arm procedure call standard): arguments in x0-x7, the result in x0, and
 * w0-w7 for their 32-bit halves. Each function's words come from the .s file
 * beside it; each is loaded W^X (mmap RW, copy, flush, mprotect RX) and its
 * results are compared with the same function compiled by C.
 *
 *   args               a short demo of each function
 *   args X Y           add(X, Y) with the JIT'd add (decimal longs)
 *   args --self-test   the JIT'd functions against C over edge and random values
 *
 * Exit status: 0 when every JIT'd result equals C's; 64 bad arguments; 70 a
 * call was refused or failed, or a result differed. */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "helpers.h"

/* asm2bytes add.s */
static const uint32_t add_code[] = {
    0x8b010000,                              /* add x0, x0, x1 */
    0xd65f03c0,                              /* ret */
};
/* asm2bytes add32.s */
static const uint32_t add32_code[] = {
    0x0b010000,                              /* add w0, w0, w1 */
    0xd65f03c0,                              /* ret */
};
/* asm2bytes add4.s */
static const uint32_t add4_code[] = {
    0x91001000,                              /* add x0, x0, #0x4 */
    0xd65f03c0,                              /* ret */
};
/* asm2bytes six.s */
static const uint32_t six_code[] = {
    0xcb010000,                              /* sub x0, x0, x1 */
    0x8b020000,                              /* add x0, x0, x2 */
    0xcb030000,                              /* sub x0, x0, x3 */
    0x8b040000,                              /* add x0, x0, x4 */
    0xcb050000,                              /* sub x0, x0, x5 */
    0xd65f03c0,                              /* ret */
};
/* asm2bytes const64.s */
static const uint32_t const64_code[] = {
    0xd299bde0,                              /* mov x0, #0xcdef */
    0xf2b21560,                              /* movk x0, #0x90ab, lsl #16 */
    0xf2cacf00,                              /* movk x0, #0x5678, lsl #32 */
    0xf2e24680,                              /* movk x0, #0x1234, lsl #48 */
    0xd65f03c0,                              /* ret */
};

typedef long (*add_fn)(long, long);
typedef int (*add32_fn)(int, int);
typedef long (*add4_fn)(long);
typedef long (*six_fn)(long, long, long, long, long, long);
typedef long (*const64_fn)(void);

/* The same functions in C; wrapping arithmetic through unsigned, as the CPU does. */
static long c_add(long x, long y) { return (long)((unsigned long)x + (unsigned long)y); }
static int c_add32(int x, int y) { return (int)(uint32_t)((uint32_t)x + (uint32_t)y); }
static long c_add4(long n) { return (long)((unsigned long)n + 4); }
static long c_six(long a, long b, long c, long d, long e, long f)
{
    return (long)((unsigned long)a - (unsigned long)b + (unsigned long)c - (unsigned long)d
                  + (unsigned long)e - (unsigned long)f);
}

/* jit_load: a fresh page holding the words, flushed and made read+execute (W^X). */
static void *jit_load(const uint32_t *words, size_t size)
{
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    void *code = mmap(NULL, page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap(PROT_READ|PROT_WRITE)", errno);
    memcpy(code, words, size);
    __builtin___clear_cache((char *)code, (char *)code + size);
    if (mprotect(code, page, PROT_READ | PROT_EXEC) != 0)
        die_errno(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_EXEC)", errno);
    if (strcmp(maps_perms(code), "r-xp") != 0 || maps_count_wx() != 0)
        die(EXIT_SOFTWARE, "the code's page is %s, expected r-xp with no W+X mapping", maps_perms(code));
    return code;
}

/* jit_free: give a page from jit_load back. */
static void jit_free(void *code)
{
    if (munmap(code, (size_t)sysconf(_SC_PAGESIZE)) != 0)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
}

struct jitted { add_fn add; add32_fn add32; add4_fn add4; six_fn six; const64_fn const64; };

static struct jitted load_all(void)
{
    return (struct jitted){
        .add = (add_fn)jit_load(add_code, sizeof add_code),
        .add32 = (add32_fn)jit_load(add32_code, sizeof add32_code),
        .add4 = (add4_fn)jit_load(add4_code, sizeof add4_code),
        .six = (six_fn)jit_load(six_code, sizeof six_code),
        .const64 = (const64_fn)jit_load(const64_code, sizeof const64_code),
    };
}

static void free_all(struct jitted *j)
{
    jit_free((void *)j->add); jit_free((void *)j->add32); jit_free((void *)j->add4);
    jit_free((void *)j->six); jit_free((void *)j->const64);
}

static int mismatches;

/* same: print one result beside C's, counting a difference. */
static void same(const char *call, long got, long want)
{
    printf("%-34s = %-22ld C says %ld%s\n", call, got, want, got == want ? "" : "   DIFFERENT");
    mismatches += got != want;
}

/* demo: each function once, and the w-register lesson. */
static void demo(const struct jitted *j)
{
    same("add(2, 3)", j->add(2, 3), c_add(2, 3));
    same("add(LONG_MAX, 1)", j->add(LONG_MAX, 1), c_add(LONG_MAX, 1));
    same("add4(38)", j->add4(38), c_add4(38));
    same("six(1, 2, 3, 4, 5, 6)", j->six(1, 2, 3, 4, 5, 6), c_six(1, 2, 3, 4, 5, 6));
    same("add32(INT_MAX, 1)", j->add32(INT_MAX, 1), c_add32(INT_MAX, 1));
    printf("const64()                          = 0x%lx (movz + three movk)\n", (unsigned long)j->const64());
    mismatches += j->const64() != 0x1234567890abcdefL;
    /* The int/long mistake: add32's result read as a long. Writing w0 zeroed
     * the top half of x0, so -1 comes back as 4294967295. */
    long as_long = ((long (*)(long, long))(void *)j->add32)(-1, 0);
    printf("add32(-1, 0) read as a long        = %ld (w0 = -1, bits 63-32 zero)\n", as_long);
    mismatches += as_long != 4294967295L;
}

/* self_test: every pair of edge values through add, add32 and six's slots;
 * add4 on each edge value; then pseudo-random values. Returns the mismatches. */
static void self_test(const struct jitted *j)
{
    static const long edge[] = { 0, 1, -1, 2, -2, 4, -4, INT_MAX, INT_MIN, (long)INT_MAX + 1, (long)INT_MIN - 1,
                                 UINT_MAX, LONG_MAX, LONG_MIN, LONG_MAX - 3, LONG_MIN + 1, 0x5555555555555555L };
    size_t n = sizeof edge / sizeof edge[0];
    long calls = 0;
    for (size_t a = 0; a < n; a++) {
        mismatches += j->add4(edge[a]) != c_add4(edge[a]);
        calls++;
        for (size_t b = 0; b < n; b++) {
            mismatches += j->add(edge[a], edge[b]) != c_add(edge[a], edge[b]);
            mismatches += j->add32((int)edge[a], (int)edge[b]) != c_add32((int)edge[a], (int)edge[b]);
            mismatches += j->six(edge[a], edge[b], 3, 4, 5, 6) != c_six(edge[a], edge[b], 3, 4, 5, 6);
            mismatches += j->six(1, 2, edge[a], edge[b], edge[a], edge[b]) != c_six(1, 2, edge[a], edge[b], edge[a], edge[b]);
            calls += 4;
        }
    }
    uint64_t s = 0x9e3779b97f4a7c15u;
    for (int i = 0; i < 10000; i++) {
        long v[6];
        for (int k = 0; k < 6; k++) {
            s ^= s << 13; s ^= s >> 7; s ^= s << 17;
            v[k] = (long)s;
        }
        mismatches += j->add(v[0], v[1]) != c_add(v[0], v[1]);
        mismatches += j->add32((int)v[2], (int)v[3]) != c_add32((int)v[2], (int)v[3]);
        mismatches += j->add4(v[4]) != c_add4(v[4]);
        mismatches += j->six(v[0], v[1], v[2], v[3], v[4], v[5]) != c_six(v[0], v[1], v[2], v[3], v[4], v[5]);
        calls += 4;
    }
    printf("self-test: %ld calls, %d differ from C\n", calls, mismatches);
}

int main(int argc, char **argv)
{
    guard_stdout();
    if (argc == 2 && strcmp(argv[1], "--help") == 0) {
        printf("usage: args [X Y | --self-test]\n");
        return 0;
    }
    long x = 0, y = 0;
    int test = argc == 2 && strcmp(argv[1], "--self-test") == 0;
    if (argc == 3) {
        if (!parse_long(argv[1], LONG_MIN, LONG_MAX, &x))
            usage_error("'%s': not a decimal long", argv[1]);
        if (!parse_long(argv[2], LONG_MIN, LONG_MAX, &y))
            usage_error("'%s': not a decimal long", argv[2]);
    } else if (argc > 3) {
        usage_error("too many arguments");
    } else if (argc == 2 && !test) {
        usage_error("unknown argument '%s'", argv[1]);
    }

    struct jitted j = load_all();
    if (argc == 3)
        same("add(X, Y)", j.add(x, y), c_add(x, y));
    else if (test)
        self_test(&j);
    else
        demo(&j);
    free_all(&j);
    return mismatches == 0 ? 0 : EXIT_SOFTWARE;
}
