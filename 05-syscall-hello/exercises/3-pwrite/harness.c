/* 05-syscall-hello/exercises/3-pwrite/harness.c: JIT the learner's snippet
 * (snippet.inc, from tools/asm2bytes) as
 *     long jit_pwrite(int fd, const void *buf, size_t len, long offset)
 * and call it on fd 5, a file check.sh fills with "xxxxxxxxxx", writing "AB"
 * at offset 4. Prints what it returned on stdout. r10 is set to a wrong
 * offset first, so that a snippet which never loads r10 cannot pass by luck. */
#define _GNU_SOURCE
#include <stdio.h>

#include "exercises/jit-page.h"

static const unsigned char code[] =
#include "snippet.inc"
;

CALLS_JIT_CODE int main(void)
{
    void *mem = jit_load(code, sizeof code);
    long (*jit_pwrite)(int, const void *, size_t, long) = (long (*)(int, const void *, size_t, long))mem;
    register long r10 __asm__("r10") = 8;  /* a wrong offset, left where the kernel looks */
    __asm__ volatile("" : : "r"(r10));
    long ret = jit_pwrite(5, "AB", 2, 4);
    jit_free(mem, sizeof code);
    printf("returned %ld\n", ret);
    return 0;
}
