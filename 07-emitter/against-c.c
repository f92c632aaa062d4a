/* against-c.c: the functions of functions.c written in C, and the runs that
 * compare them: each JIT'd function is called on many inputs (negative, zero,
 * the int64 edges) and must give what C gives. C's signed overflow is
 * undefined, so the C versions compute in unsigned, which wraps like the CPU.
 */
#include <stdio.h>
#include <string.h>

#include "demo.h"

/* A function pointer to the code at mem (POSIX lets a data pointer become a function pointer). */
#define AS_FUNCTION(type, mem) ((type)(uintptr_t)(mem))

/* ==== The functions in C ========================================================== */

/* sum_to in C. */
static long c_sum_to(long n) { long s = 0; for (; n > 0; n--) s += n; return s; }

/* factorial in C (unsigned: wraps like the CPU). */
static long c_factorial(long n)
{
    unsigned long f = 1;
    for (; n > 1; n--)
        f *= (unsigned long)n;
    return (long)f;
}

/* mix in C. */
static long c_mix(long a, long b)
{
    unsigned long ua = (unsigned long)a, ub = (unsigned long)b;
    unsigned long r8 = (ua << 3) ^ (unsigned long)(b >> 2);   /* >> of a negative long is arithmetic in gcc and clang */
    r8 |= ua >> 60;
    r8 += (ub - 129) & 0xff0;
    unsigned long rax = (ua + 1) * 1000;
    return (long)((rax - r8) ^ 0x123456789abcdefUL);
}

/* upcase in C. */
static void c_upcase(char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 'a' + 'A');
}

/* calls_c in C. */
static long c_calls_c(long x)
{
    unsigned long t = (unsigned long)triple(x) + (unsigned long)x;   /* unsigned: wraps like the CPU */
    return (long)((unsigned long)triple((long)t) - (unsigned long)x);
}

/* ==== Running them against C ====================================================== */

static const long edge_values[] = { 0, 1, -1, 2, -2, 7, 127, -128, 128, 1000, -1000, 65535,
                                    0x7fffffff, -0x7fffffffL - 1, 0x80000000L, 0x123456789abL,
                                    INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1 };
#define NEDGES (sizeof edge_values / sizeof edge_values[0])

/* sum_to on -3..3000 against C. */
CALLS_JIT_CODE long check_sum_to(const void *code, char *why, size_t size)
{
    long (*f)(long) = AS_FUNCTION(long (*)(long), code), n;
    for (n = -3; n <= 3000; n++)
        if (f(n) != c_sum_to(n)) {
            snprintf(why, size, "sum_to(%ld) is %ld, C says %ld", n, f(n), c_sum_to(n));
            return -1;
        }
    return n + 3;
}

/* factorial on -2..25 against C. */
CALLS_JIT_CODE long check_factorial(const void *code, char *why, size_t size)
{
    long (*f)(long) = AS_FUNCTION(long (*)(long), code), n;
    for (n = -2; n <= 25; n++)
        if (f(n) != c_factorial(n)) {
            snprintf(why, size, "factorial(%ld) is %ld, C says %ld", n, f(n), c_factorial(n));
            return -1;
        }
    return n + 2;
}

/* mix on every pair of edge values against C. */
CALLS_JIT_CODE long check_mix(const void *code, char *why, size_t size)
{
    long (*f)(long, long) = AS_FUNCTION(long (*)(long, long), code), cases = 0;
    for (size_t i = 0; i < NEDGES; i++)
        for (size_t j = 0; j < NEDGES; j++, cases++) {
            long a = edge_values[i], b = edge_values[j];
            if (f(a, b) != c_mix(a, b)) {
                snprintf(why, size, "mix(%ld, %ld) is %ld, C says %ld", a, b, f(a, b), c_mix(a, b));
                return -1;
            }
        }
    return cases;
}

static const char *const sample_strings[] = {
    "", "a", "Z", "hello, world", "ABC abc xyz XYZ @[`{", "0123456789",
    /* not machine code: sample text for the string functions, high bytes included */
    "the quick brown fox jumps over the lazy dog", "\x7f\x80\xff high bytes stay",
};
#define NSTRINGS (sizeof sample_strings / sizeof sample_strings[0])

/* length on each sample string against strlen. */
CALLS_JIT_CODE long check_length(const void *code, char *why, size_t size)
{
    size_t (*f)(const char *) = AS_FUNCTION(size_t (*)(const char *), code);
    for (size_t i = 0; i < NSTRINGS; i++)
        if (f(sample_strings[i]) != strlen(sample_strings[i])) {
            snprintf(why, size, "length(\"%s\") is %zu, strlen says %zu", sample_strings[i],
                     f(sample_strings[i]), strlen(sample_strings[i]));
            return -1;
        }
    return NSTRINGS;
}

/* upcase on each sample string (a copy) against C. */
CALLS_JIT_CODE long check_upcase(const void *code, char *why, size_t size)
{
    void (*f)(char *) = AS_FUNCTION(void (*)(char *), code);
    for (size_t i = 0; i < NSTRINGS; i++) {
        char jit[64], c[64];
        snprintf(jit, sizeof jit, "%s", sample_strings[i]);
        snprintf(c, sizeof c, "%s", sample_strings[i]);
        f(jit);
        c_upcase(c);
        if (strcmp(jit, c) != 0) {
            snprintf(why, size, "upcase(\"%s\") gives \"%s\", C gives \"%s\"", sample_strings[i], jit, c);
            return -1;
        }
    }
    return NSTRINGS;
}

/* calls_c on -1000..1000 and the edge values against C. */
CALLS_JIT_CODE long check_calls_c(const void *code, char *why, size_t size)
{
    long (*f)(long) = AS_FUNCTION(long (*)(long), code), cases = 0;
    for (long x = -1000; x <= 1000; x++, cases++)
        if (f(x) != c_calls_c(x)) {
            snprintf(why, size, "calls_c(%ld) is %ld, C says %ld", x, f(x), c_calls_c(x));
            return -1;
        }
    for (size_t i = 0; i < NEDGES; i++, cases++)
        if (f(edge_values[i]) != c_calls_c(edge_values[i])) {
            snprintf(why, size, "calls_c(%ld) is %ld, C says %ld", edge_values[i], f(edge_values[i]),
                     c_calls_c(edge_values[i]));
            return -1;
        }
    return cases;
}

/* sum_array on the first n edge values, n = 0..all, against C. */
CALLS_JIT_CODE long check_sum_array(const void *code, char *why, size_t size)
{
    long (*f)(const long *, long) = AS_FUNCTION(long (*)(const long *, long), code);
    long a[NEDGES];
    memcpy(a, edge_values, sizeof a);
    long n;
    for (n = 0; n <= (long)NEDGES; n++) {
        unsigned long want = 0;
        for (long i = 0; i < n; i++)
            want += (unsigned long)a[i];
        if (f(a, n) != (long)want) {
            snprintf(why, size, "sum_array(a, %ld) is %ld, C says %ld", n, f(a, n), (long)want);
            return -1;
        }
    }
    return n;
}

/* greeting returns a pointer to the string laid out after its code. */
CALLS_JIT_CODE long check_greeting(const void *code, char *why, size_t size)
{
    const char *(*f)(void) = AS_FUNCTION(const char *(*)(void), code);
    if (strcmp(f(), greeting_text) != 0) {
        snprintf(why, size, "greeting() points at \"%.30s\"", f());
        return -1;
    }
    return 1;
}
