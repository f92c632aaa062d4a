/* 04-args/exercises/jit.h: what every exercise harness here shares. jit()
 * copies machine code into a fresh page the W^X way (mmap RW, copy, mprotect
 * RX) and returns it; a refusal prints one line and exits 70. The harness is
 * built with -I for the chapter (args.h: CALLS_JIT_CODE) and lib/ (helpers.h).
 * Define _GNU_SOURCE before including this first. */
#ifndef EXERCISE_JIT_H
#define EXERCISE_JIT_H

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "args.h"
#include "helpers.h"

/* jit: LEN bytes of CODE in a page of their own, read+execute. */
static void *jit(const unsigned char *code, size_t len)
{
    size_t size = (size_t)sysconf(_SC_PAGESIZE);
    if (len > size)
        die(EXIT_SOFTWARE, "%zu bytes of code do not fit in one page", len);
    void *page = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap", errno);
    memcpy(page, code, len);
    if (mprotect(page, size, PROT_READ | PROT_EXEC) != 0)
        die_errno(EXIT_SOFTWARE, "mprotect", errno);
    return page;
}

/* wrap: the long with the same 64 bits as U: arithmetic that wraps like the CPU's. */
static inline long wrap(unsigned long u) { return (long)u; }

/* The values every harness tries: zero, one, both sides of the 32- and 64-bit limits. */
static const long edges[] = {
    0, 1, -1, 2, -5, 3, 4000000000, 1000000000,
    INT32_MIN - 1L, INT32_MIN, INT32_MAX, INT32_MAX + 1L,
    UINT32_MAX, UINT32_MAX + 1L, INT64_MIN, INT64_MAX,
};
#define N_EDGES (sizeof edges / sizeof edges[0])

#endif
