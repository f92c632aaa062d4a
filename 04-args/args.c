/* 04-args/args.c: JIT'd functions that take arguments, under the System V
 * AMD64 calling convention that C uses on Linux x86-64.
 *
 * Four small functions are copied into memory as machine code and called
 * through C function pointers: add(x, y), add4(n), six(a, b, c, d, e, f),
 * which uses all six integer argument registers, and add32(x, y), a 32-bit
 * add where 64 bits were meant. Every JIT'd result is compared with the same
 * function written in C.
 *
 *   ./args               a guided demo, including two type mistakes and the
 *                        really wrong values they give
 *   ./args X Y           add(X, Y) with the JIT'd add (X, Y: 64-bit integers)
 *   ./args --self-test   JIT'd code against C over edge and pseudo-random values
 *
 * Exit status: 0 when all is well, 64 for bad arguments, 70 when a JIT'd
 * function disagrees with C or the system refuses mmap/mprotect/munmap.
 */
#define _GNU_SOURCE /* MAP_ANONYMOUS */
#include <errno.h>
#include <limits.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

_Static_assert(sizeof(long) == 8, "Linux x86-64 is LP64: a long is 64 bits, one register");

/* ---- The machine code (tools/asm2bytes FILE.asm prints each array) ---- */

/* asm2bytes add.asm */
static const unsigned char add_code[] = {
    /* add: */
    0x48, 0x89, 0xf8,                        /* mov rax,rdi */
    0x48, 0x01, 0xf0,                        /* add rax,rsi */
    0xc3,                                    /* ret */
};

/* asm2bytes add4.asm */
static const unsigned char add4_code[] = {
    /* add4: */
    0x48, 0x89, 0xf8,                        /* mov rax,rdi */
    0x48, 0x83, 0xc0, 0x04,                  /* add rax,0x4 */
    0xc3,                                    /* ret */
};

/* asm2bytes six.asm */
static const unsigned char six_code[] = {
    /* six: */
    0x48, 0x89, 0xf8,                        /* mov rax,rdi */
    0x48, 0x6b, 0xc0, 0x0a,                  /* imul rax,rax,0xa */
    0x48, 0x01, 0xf0,                        /* add rax,rsi */
    0x48, 0x6b, 0xc0, 0x0a,                  /* imul rax,rax,0xa */
    0x48, 0x01, 0xd0,                        /* add rax,rdx */
    0x48, 0x6b, 0xc0, 0x0a,                  /* imul rax,rax,0xa */
    0x48, 0x01, 0xc8,                        /* add rax,rcx */
    0x48, 0x6b, 0xc0, 0x0a,                  /* imul rax,rax,0xa */
    0x4c, 0x01, 0xc0,                        /* add rax,r8 */
    0x48, 0x6b, 0xc0, 0x0a,                  /* imul rax,rax,0xa */
    0x4c, 0x01, 0xc8,                        /* add rax,r9 */
    0xc3,                                    /* ret */
};

/* asm2bytes add32.asm */
static const unsigned char add32_code[] = {
    /* add32: */
    0x89, 0xf8,                              /* mov eax,edi */
    0x01, 0xf0,                              /* add eax,esi */
    0xc3,                                    /* ret */
};

/* How C calls them: each long is one 64-bit register, in rdi, rsi, rdx, rcx,
 * r8, r9 order, and the long result comes back in rax. */
typedef long (*add_fn)(long x, long y);
typedef long (*add4_fn)(long n);
typedef long (*six_fn)(long a, long b, long c, long d, long e, long f);

/* ---- The same functions in C, the reference the JIT'd code must match ----
 *
 * The CPU's add wraps around at 2^64. C's signed + does not: a signed
 * overflow is undefined behaviour, and the compiler may assume it never
 * happens. Unsigned arithmetic is defined to wrap, so these compute in
 * unsigned long and convert the bits back at the end. */

/* to_long: the long with the same 64 bits as U (C11 leaves converting an
 * out-of-range value to a signed type implementation-defined, not undefined;
 * gcc and clang both define it as keeping the bits). */
static long to_long(unsigned long u) { return (long)u; }

/* c_add: x + y, wrapping at 2^64 like the add instruction. */
static long c_add(long x, long y) { return to_long((unsigned long)x + (unsigned long)y); }

/* c_add4: n + 4, wrapping at 2^64. */
static long c_add4(long n) { return to_long((unsigned long)n + 4); }

/* c_six: ((((a*10 + b)*10 + c)*10 + d)*10 + e)*10 + f, wrapping at 2^64. */
static long c_six(long a, long b, long c, long d, long e, long f)
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
static long c_add32(long x, long y)
{
    uint32_t sum = (uint32_t)x + (uint32_t)y;
    return (long)sum;
}

/* ---- The W^X path: map writable, copy, make executable, call, unmap ---- */

/* errno_name: the symbolic name of an errno that mmap, mprotect or munmap give. */
static const char *errno_name(int e)
{
    switch (e) {
    case EACCES: return "EACCES";
    case EPERM:  return "EPERM";
    case ENOMEM: return "ENOMEM";
    case EINVAL: return "EINVAL";
    case EAGAIN: return "EAGAIN";
    default:     return "errno";
    }
}

/* die_refused: print one line naming CALL, errno and a likely REASON; exit 70. */
static _Noreturn void die_refused(const char *call, const char *reason)
{
    int e = errno;
    fprintf(stderr, "args: %s: %s (%s): %s\n", call, strerror(e), errno_name(e), reason);
    exit(70);
}

/* page_size: the size of one page of memory, from the kernel. */
static size_t page_size(void)
{
    long size = sysconf(_SC_PAGESIZE);
    if (size <= 0)
        die_refused("sysconf(_SC_PAGESIZE)", "the page size is unknown");
    return (size_t)size;
}

/* jit_load: a fresh page holding the LEN bytes of CODE, readable and
 * executable. It is writable only before it is executable, never both. */
static void *jit_load(const unsigned char *code, size_t len)
{
    size_t size = page_size();
    if (len > size) {
        fprintf(stderr, "args: %zu bytes of code do not fit in one page\n", len);
        exit(70);
    }
    void *page = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED)
        die_refused("mmap(PROT_READ|PROT_WRITE)", "out of memory, or of address space (ulimit -v)");
    memcpy(page, code, len);
    if (mprotect(page, size, PROT_READ | PROT_EXEC) != 0)
        die_refused("mprotect(PROT_READ|PROT_EXEC)",
                    "this system forbids making memory executable (SELinux execmem, "
                    "systemd MemoryDenyWriteExecute or prctl PR_SET_MDWE)");
    return page;
}

/* jit_free: give back a page that jit_load returned. */
static void jit_free(void *page)
{
    if (munmap(page, page_size()) != 0)
        die_refused("munmap", "not a page this program mapped");
}

/* The four JIT'd functions, each in its own page. */
struct jitted {
    add_fn add;
    add4_fn add4;
    six_fn six;
    add_fn add32; /* 32-bit code called as if it were add: the mistake */
};

/* jit_load_all: load the four functions. A data pointer converted to a
 * function pointer is not ISO C, but POSIX (dlsym) and every Linux compiler
 * allow it: this is how a JIT calls the code it made. */
static struct jitted jit_load_all(void)
{
    struct jitted j;
    j.add = (add_fn)jit_load(add_code, sizeof add_code);
    j.add4 = (add4_fn)jit_load(add4_code, sizeof add4_code);
    j.six = (six_fn)jit_load(six_code, sizeof six_code);
    j.add32 = (add_fn)jit_load(add32_code, sizeof add32_code);
    return j;
}

/* jit_free_all: unmap the four functions' pages. */
static void jit_free_all(struct jitted *j)
{
    jit_free((void *)j->add);
    jit_free((void *)j->add4);
    jit_free((void *)j->six);
    jit_free((void *)j->add32);
}

/* ---- The guided demo ---- */

static int demo_mismatches; /* JIT'd results in the demo that differ from C's */

/* expect_same: end the line; when GOT != WANT, first mark it MISMATCH with C's WANT, and count it. */
static void expect_same(long got, long want)
{
    if (got != want) {
        printf("   <- MISMATCH: C gives %ld", want);
        demo_mismatches++;
    }
    printf("\n");
}

/* demo_add: add on a few values, each compared with c_add. */
static void demo_add(const struct jitted *j)
{
    static const struct { long x, y; const char *note; } cases[] = {
        { 2, 3, "" },
        { -7, 4, "" },
        { INT_MAX, 1, "          past INT_MAX: a 64-bit add" },
        { LONG_MAX, 1, "    past LONG_MAX: it wraps around" },
    };
    printf("add(x, y) = x + y                   mov rax, rdi; add rax, rsi; ret\n");
    printf("  x arrives in rdi, y in rsi; the result leaves in rax.\n");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        long r = j->add(cases[i].x, cases[i].y);
        printf("  add(%ld, %ld) = %ld%s", cases[i].x, cases[i].y, r, cases[i].note);
        expect_same(r, c_add(cases[i].x, cases[i].y));
    }
}

/* demo_add4: add4 on a few values, each compared with c_add4. */
static void demo_add4(const struct jitted *j)
{
    static const long cases[] = { 2, -4, INT_MAX };
    printf("\nadd4(n) = n + 4                     mov rax, rdi; add rax, 4; ret\n");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        long r = j->add4(cases[i]);
        printf("  add4(%ld) = %ld", cases[i], r);
        expect_same(r, c_add4(cases[i]));
    }
}

/* demo_six: six on digit patterns that show which register each argument used. */
static void demo_six(const struct jitted *j)
{
    static const long cases[][6] = {
        { 1, 2, 3, 4, 5, 6 },
        { 6, 5, 4, 3, 2, 1 },
        { 0, 0, 0, 7, 0, 0 },
    };
    printf("\nsix(a, b, c, d, e, f) = ((((a*10 + b)*10 + c)*10 + d)*10 + e)*10 + f\n");
    printf("  a..f arrive in rdi, rsi, rdx, rcx, r8, r9: each register becomes one digit.\n");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        const long *a = cases[i];
        long r = j->six(a[0], a[1], a[2], a[3], a[4], a[5]);
        printf("  six(%ld, %ld, %ld, %ld, %ld, %ld) = %ld",
               a[0], a[1], a[2], a[3], a[4], a[5], r);
        expect_same(r, c_six(a[0], a[1], a[2], a[3], a[4], a[5]));
    }
}

/* demo_int_result: mistake 1, a long result stored in an int on the C side. */
static void demo_int_result(const struct jitted *j)
{
    long n = INT_MAX;
    long as_long = j->add4(n);
    int as_int = j->add4(n); /* the mistake: -Wall -Wextra say nothing */
    printf("\nMistake 1, on the C side: add4 returns a long, the caller keeps an int.\n");
    printf("  long r = add4(%ld);   r = %ld   (%#lx in rax)\n", n, as_long, (unsigned long)as_long);
    printf("  int  r = add4(%ld);   r = %d  (%#x in eax: bit 31 is an int's sign)\n",
           n, as_int, (unsigned)as_int);
}

/* demo_add32: mistake 2, 32-bit machine code called as a 64-bit add. */
static void demo_add32(const struct jitted *j)
{
    static const struct { long x, y; } cases[] = {
        { 4000000000, 1000000000 },
        { -5, 3 },
    };
    printf("\nMistake 2, in the machine code: add32 is mov eax, edi; add eax, esi; ret,\n");
    printf("called as long add32(long, long). It adds 32 bits, and writing eax zeroes\n");
    printf("the top half of rax:\n");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        long r = j->add32(cases[i].x, cases[i].y);
        printf("  add32(%ld, %ld) = %ld   (%#lx in rax; add gives %ld)\n",
               cases[i].x, cases[i].y, r, (unsigned long)r, c_add(cases[i].x, cases[i].y));
    }
}

/* demo: the guided tour; 0, or 70 if a JIT'd result differed from C's. */
static int demo(void)
{
    struct jitted j = jit_load_all();
    printf("Each function is machine code copied into its own page (mmap RW, copy,\n");
    printf("mprotect RX) and called through a C function pointer.\n\n");
    demo_add(&j);
    demo_add4(&j);
    demo_six(&j);
    demo_int_result(&j);
    demo_add32(&j);
    jit_free_all(&j);
    if (demo_mismatches > 0) {
        fprintf(stderr, "args: %d JIT'd results differ from C's\n", demo_mismatches);
        return 70;
    }
    printf("\nThe results of add, add4 and six equal C's. More values: ./args --self-test\n");
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
static void check_two(const char *name, add_fn jit, long (*c)(long, long), long x, long y)
{
    long got = jit(x, y), want = c(x, y);
    compared++;
    if (got != want) {
        fprintf(stderr, "args: self-test: %s(%ld, %ld): the JIT'd code gives %ld, C gives %ld\n",
                name, x, y, got, want);
        exit(70);
    }
}

/* check_add4: compare one JIT'd add4 result with C's; exit 70 on a difference. */
static void check_add4(add4_fn jit, long n)
{
    long got = jit(n), want = c_add4(n);
    compared++;
    if (got != want) {
        fprintf(stderr, "args: self-test: add4(%ld): the JIT'd code gives %ld, C gives %ld\n",
                n, got, want);
        exit(70);
    }
}

/* check_six: compare one JIT'd six result with C's; exit 70 on a difference. */
static void check_six(six_fn jit, const long a[6])
{
    long got = jit(a[0], a[1], a[2], a[3], a[4], a[5]);
    long want = c_six(a[0], a[1], a[2], a[3], a[4], a[5]);
    compared++;
    if (got != want) {
        fprintf(stderr, "args: self-test: six(%ld, %ld, %ld, %ld, %ld, %ld): "
                "the JIT'd code gives %ld, C gives %ld\n",
                a[0], a[1], a[2], a[3], a[4], a[5], got, want);
        exit(70);
    }
}

/* self_test: every edge pair and N_RANDOM random inputs for each function; 0 if all agree. */
static int self_test(void)
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
            six_args[k] = (i % 2 == 0) ? edges[next_random(&state) % N_EDGES]
                                       : random_long(&state);
        check_six(j.six, six_args);
    }
    jit_free_all(&j);
    printf("self-test: %lu JIT'd results (add, add4, six, add32), each equal to C's\n", compared);
    return 0;
}

/* ---- The command line ---- */

/* USAGE: the one-line summary of how to call this program. */
#define USAGE "usage: args [X Y | --self-test]"

/* help: print the usage line and what each form does, to stdout. */
static void help(void)
{
    printf(USAGE "\n"
           "  args               a guided demo of the calling convention\n"
           "  args X Y           add(X, Y) with the JIT'd add; X and Y are 64-bit\n"
           "                     integers, written as in C: -7, 0x7fffffff\n"
           "  args --self-test   compare the JIT'd functions with C over many values\n");
}

/* usage_exit: print the problem with ARG and the usage line to stderr; exit 64. */
static _Noreturn void usage_exit(const char *arg, const char *problem)
{
    if (arg != NULL)
        fprintf(stderr, "args: '%s': %s (see args --help)\n", arg, problem);
    else
        fprintf(stderr, "args: %s (see args --help)\n", problem);
    exit(64);
}

/* parse_long: TEXT as a long, written as in C (decimal, 0x hex, 0 octal);
 * anything else, or a number out of a long's range, is a usage error. */
static long parse_long(const char *text)
{
    char *end;
    errno = 0;
    long value = strtol(text, &end, 0);
    if (end == text || *end != '\0')
        usage_exit(text, "not an integer");
    if (errno == ERANGE)
        usage_exit(text, "out of range (a long holds -9223372036854775808 to 9223372036854775807)");
    return value;
}

/* add_from_command_line: print add(x, y) from the JIT'd code; 70 if it differs from C. */
static int add_from_command_line(long x, long y)
{
    struct jitted j = jit_load_all();
    long r = j.add(x, y), want = c_add(x, y);
    jit_free_all(&j);
    printf("add(%ld, %ld) = %ld", x, y, r);
    long ignored;
    if (__builtin_add_overflow(x, y, &ignored))
        printf("    the true sum needs 65 bits: it wrapped around");
    printf("\n");
    if (r != want) {
        fprintf(stderr, "args: the JIT'd add gives %ld, C gives %ld\n", r, want);
        return 70;
    }
    return 0;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0); /* keep stdout and stderr in order in a pipe */
    if (argc == 1)
        return demo();
    if (argc == 2 && strcmp(argv[1], "--self-test") == 0)
        return self_test();
    if (argc == 2 && (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)) {
        help();
        return 0;
    }
    if (argc == 3) {
        long x = parse_long(argv[1]);
        long y = parse_long(argv[2]);
        return add_from_command_line(x, y);
    }
    if (argc == 2)
        usage_exit(argv[1], "expected two integers, or --self-test");
    usage_exit(NULL, "too many arguments");
}
