/* harness.c (exercise 1-movsx): with no argument, emits movsx r64, byte
 * [base+disp] with the learner's emit_movsx_r64_m8 for every register, every
 * base and the displacements where the encoding changes, and records each
 * for nasm (record.h). With "run", builds long f(const void *p) { movsx rax,
 * byte [rdi+1]; ret } the W^X way and calls it: a byte 0xff must load as -1. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "emit.h"
#include "helpers.h"
#include "exercises/record.h"

void emit_movsx_r64_m8(Emitter *e, Reg dst, Reg base, int64_t disp);

/* Build and call movsx rax, byte [rdi+1]; ret on bytes {0, 0xff}; 0 if it
 * gives -1. (CALLS_JIT_CODE: see lib/helpers.h.) */
CALLS_JIT_CODE
static int run(void)
{
    uint8_t *mem = mmap(NULL, 4096, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED) {
        perror("mmap");
        return 70;
    }
    Emitter e;
    emit_init(&e, mem, 4096);
    emit_movsx_r64_m8(&e, RAX, RDI, 1);
    emit_ret(&e);
    if (emit_finish(&e) != EMIT_OK || mprotect(mem, 4096, PROT_READ | PROT_EXEC) != 0) {
        printf("cannot build or protect the test function\n");
        return 1;
    }
    /* not machine code: the two data bytes the movsx loads from */
    static const uint8_t bytes[2] = { 0x00, 0xff };
    long (*f)(const void *) = (long (*)(const void *))(uintptr_t)mem;
    long got = f(bytes);
    munmap(mem, 4096);
    if (got != -1) {
        printf("movsx rax, byte [rdi+1] on the byte 0xff gives %ld, not -1\n", got);
        return 1;
    }
    return 0;
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "run") == 0)
        return run();
    static const int64_t disps[] = { 0, 1, -1, 127, -128, 128, -129, 0x7fffffff, -0x7fffffff - 1 };
    static uint8_t code[1 << 16];
    Emitter e;
    emit_init(&e, code, sizeof code);
    rec_open();
    for (int r = 0; r < 16; r++)
        for (int b = 0; b < 16; b++)
            for (size_t i = 0; i < sizeof disps / sizeof disps[0]; i++) {
                size_t at = e.len;
                emit_movsx_r64_m8(&e, r, b, disps[i]);
                rec(at, "movsx %s, byte [%s%+lld]", reg64[r], reg64[b], (long long)disps[i]);
            }
    if (emit_finish(&e) != EMIT_OK) {
        fprintf(stderr, "the encoder reports: %s\n", emit_error_string(e.status));
        return 1;
    }
    return rec_close(code, e.len);
}
