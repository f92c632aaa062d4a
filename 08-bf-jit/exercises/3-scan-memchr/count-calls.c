/* count-calls.c: counts the calls to memchr and memrchr, for exercise 3's
 * check. Linked with -Wl,--wrap=memchr -Wl,--wrap=memrchr, every call the
 * program makes to them comes here first. With SCAN_CALLS set, the count is
 * printed on stderr when the program exits. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *__real_memchr(const void *s, int c, size_t n);
void *__real_memrchr(const void *s, int c, size_t n);
void *__wrap_memchr(const void *s, int c, size_t n);
void *__wrap_memrchr(const void *s, int c, size_t n);

static unsigned long calls;

void *__wrap_memchr(const void *s, int c, size_t n) { calls++; return __real_memchr(s, c, n); }
void *__wrap_memrchr(const void *s, int c, size_t n) { calls++; return __real_memrchr(s, c, n); }

__attribute__((destructor)) static void report(void)
{
    if (getenv("SCAN_CALLS")) fprintf(stderr, "scan calls: %lu\n", calls);
}
