/* 05-syscall-hello/exercises/1-move-order/harness.c: JIT the learner's
 * snippet (its bytes in snippet.inc, from tools/asm2bytes) as
 *     long jit_write(const char *buf, size_t len)
 * call it once with "some text\n", and print what it returned on stderr. */
#define _GNU_SOURCE
#include <stdio.h>

#include "exercises/jit-page.h"

static const unsigned char code[] =
#include "snippet.inc"
;

CALLS_JIT_CODE int main(void)
{
    void *mem = jit_load(code, sizeof code);
    long ret = ((long (*)(const char *, size_t))mem)("some text\n", 10);
    jit_free(mem, sizeof code);
    fprintf(stderr, "returned %ld\n", ret);
    return 0;
}
