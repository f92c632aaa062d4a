/* wx-jit.c (arm64): W^X on AArch64, and the step x86 lets you forget.
 *
 * Maps a page readable and writable, copies `mov w0, #1; ret` into it,
 * FLUSHES THE INSTRUCTION CACHE for those bytes, turns the page readable and
 * executable, calls it, and unmaps it. After each step it prints the page's
 * permissions as /proc/self/maps shows them, and stops if any mapping of the
 * process is writable and executable at once.
 *
 *   wx-jit            the W^X sequence, with the flush
 *   wx-jit --patch    then patch the running code (1 becomes 2), flush, call again
 *
 * Exit status: 0 when the code returned what it should; 64 bad arguments;
 * 70 a call was refused or failed, or a result was wrong (one line on stderr). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "helpers.h"

/* asm2bytes return_one.s */
static const uint32_t return_one_code[] = {
    0x52800020,                              /* mov w0, #0x1 */
    0xd65f03c0,                              /* ret */
};
/* asm2bytes return_two.s */
static const uint32_t return_two_code[] = {
    0x52800040,                              /* mov w0, #0x2 */
    0xd65f03c0,                              /* ret */
};
typedef int (*int_fn)(void);

/* show: print a step and the permissions the kernel now gives the code's page;
 * exit 70 if any mapping of this process is writable and executable. */
static void show(const char *step, const void *code)
{
    printf("%-44s %s\n", step, maps_perms(code));
    if (maps_count_wx() != 0)
        die(EXIT_SOFTWARE, "a mapping is writable and executable at once after: %s", step);
}

/* jit_flush: make the instruction side of the CPU see the words just written
 * to [code, code + size). On arm64 the data and instruction caches are not
 * kept coherent by the hardware; this is dc cvau, dsb ish, ic ivau, dsb ish,
 * isb over the range (see README.md). On x86 it compiles to nothing. */
static void jit_flush(void *code, size_t size)
{
    __builtin___clear_cache((char *)code, (char *)code + size);
}

/* call_expecting: call the code and check that it returns want. */
static void call_expecting(void *code, int want)
{
    int got = ((int_fn)code)();
    printf("%-44s returned %d\n", "call it", got);
    if (got != want)
        die(EXIT_SOFTWARE, "the code returned %d, expected %d", got, want);
}

int main(int argc, char **argv)
{
    guard_stdout();
    if (argc == 2 && strcmp(argv[1], "--help") == 0) {
        printf("usage: wx-jit [--patch]\n");
        return 0;
    }
    int patch = argc == 2 && strcmp(argv[1], "--patch") == 0;
    if (argc > 2 || (argc == 2 && !patch))
        usage_error("unknown argument '%s'", argv[argc - 1]);

    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0)
        die_errno(EXIT_SOFTWARE, "sysconf(_SC_PAGESIZE)", errno);

    /* 1. Memory that is writable, not executable. */
    void *code = mmap(NULL, (size_t)page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap(PROT_READ|PROT_WRITE)", errno);
    char step[64];
    snprintf(step, sizeof step, "mmap(RW) at %p", code);
    show(step, code);

    /* 2. Write the code, then flush it out of the data side. */
    memcpy(code, return_one_code, sizeof return_one_code);
    show("write mov w0, #1; ret (8 bytes)", code);
    jit_flush(code, sizeof return_one_code);

    /* 3. Executable, no longer writable; then call it. */
    if (mprotect(code, (size_t)page, PROT_READ | PROT_EXEC) != 0)
        die_errno(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_EXEC)", errno);
    show("mprotect(RX)", code);
    call_expecting(code, 1);

    if (patch) {
        /* Patch the running code: writable again, change the imm16 field of
         * the first word, flush, executable again, call. */
        if (mprotect(code, (size_t)page, PROT_READ | PROT_WRITE) != 0)
            die_errno(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_WRITE)", errno);
        show("mprotect(RW) to patch", code);
        ((uint32_t *)code)[0] = return_two_code[0];
        show("write mov w0, #2 over the first word", code);
        jit_flush(code, sizeof(uint32_t));
        if (mprotect(code, (size_t)page, PROT_READ | PROT_EXEC) != 0)
            die_errno(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_EXEC)", errno);
        show("mprotect(RX)", code);
        call_expecting(code, 2);
    }

    /* 4. Give the page back. */
    if (munmap(code, (size_t)page) != 0)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
    show("munmap", code);
    return 0;
}
