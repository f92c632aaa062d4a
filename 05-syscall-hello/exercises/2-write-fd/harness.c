/* 05-syscall-hello/exercises/2-write-fd/harness.c: JIT the learner's snippet
 * (snippet.inc, from tools/asm2bytes) as
 *     long jit_write_fd(int fd, const char *buf, size_t len)
 * and call it for fd 2 (stderr) and for fd 5, which check.sh opens on a file;
 * print what each call returned on stdout. */
#define _GNU_SOURCE
#include <stdio.h>

#include "exercises/jit-page.h"

static const unsigned char code[] =
#include "snippet.inc"
;

CALLS_JIT_CODE int main(void)
{
    void *mem = jit_load(code, sizeof code);
    long (*jit_write_fd)(int, const char *, size_t) = (long (*)(int, const char *, size_t))mem;
    long to_stderr = jit_write_fd(2, "to fd 2\n", 8);
    long to_file = jit_write_fd(5, "to fd 5\n", 8);
    jit_free(mem, sizeof code);
    printf("returned %ld and %ld\n", to_stderr, to_file);
    return 0;
}
