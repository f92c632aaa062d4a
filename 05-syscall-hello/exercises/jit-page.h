/* 05-syscall-hello/exercises/jit-page.h: what the exercises' harnesses share:
 * load a snippet's bytes into a fresh page, W^X (read-write while copied,
 * read-execute when called), and give it back. Header-only, static inline,
 * so that a harness that uses part of it still compiles under -Werror. */
#ifndef EXERCISES_JIT_PAGE_H
#define EXERCISES_JIT_PAGE_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <string.h>
#include <sys/mman.h>

#include "helpers.h"

/* Calls into JIT'd code: no clang -fsanitize=function probe (see chapter 05's README). */

/* jit_load: CODE's SIZE bytes in a fresh read-execute page; exits 70 on a refusal. */
static inline void *jit_load(const unsigned char *code, size_t size)
{
    void *mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap", errno);
    memcpy(mem, code, size);
    if (mprotect(mem, size, PROT_READ | PROT_EXEC) != 0)
        die_errno(EXIT_SOFTWARE, "mprotect", errno);
    return mem;
}

/* jit_free: unmap what jit_load made. */
static inline void jit_free(void *mem, size_t size)
{
    if (munmap(mem, size) != 0)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
}

#endif
