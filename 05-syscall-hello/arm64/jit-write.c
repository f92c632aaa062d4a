/* jit-write.c (arm64): a JIT'd function that makes a system call itself. The
 * function takes a string and its length, does write(1, msg, len) with svc,
 * and returns what the kernel returned. A second JIT'd function shows that,
 * unlike x86's syscall, svc leaves every register but x0 as it was.
 *
 *   jit-write [--] [TEXT]   write TEXT (default "hello from JIT'd code") and a newline
 *   jit-write --survivors   do the register experiment
 *
 * Exit status: 0 when write wrote everything; 64 bad arguments; 70 a call was
 * refused or failed, or a register did not survive; 74 the write failed. */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "helpers.h"

/* asm2bytes jit_write.s */
static const uint32_t jit_write_code[] = {
    0xaa0103e2,                              /* mov x2, x1 */
    0xaa0003e1,                              /* mov x1, x0 */
    0xd2800020,                              /* mov x0, #0x1 */
    0xd2800808,                              /* mov x8, #0x40 */
    0xd4000001,                              /* svc #0x0 */
    0xd65f03c0,                              /* ret */
};
/* asm2bytes survivors.s */
static const uint32_t survivors_code[] = {
    0xd2800021,                              /* mov x1, #0x1 */
    0xd2800042,                              /* mov x2, #0x2 */
    0xd2800063,                              /* mov x3, #0x3 */
    0xd2800084,                              /* mov x4, #0x4 */
    0xd28000a5,                              /* mov x5, #0x5 */
    0xd28000c6,                              /* mov x6, #0x6 */
    0xd28000e7,                              /* mov x7, #0x7 */
    0xd2800129,                              /* mov x9, #0x9 */
    0xd280014a,                              /* mov x10, #0xa */
    0xd280016b,                              /* mov x11, #0xb */
    0xd280018c,                              /* mov x12, #0xc */
    0xd28001ad,                              /* mov x13, #0xd */
    0xd28001ce,                              /* mov x14, #0xe */
    0xd28001ef,                              /* mov x15, #0xf */
    0xd2801588,                              /* mov x8, #0xac */
    0xd4000001,                              /* svc #0x0 */
    0xd1000421,                              /* sub x1, x1, #0x1 */
    0xd1000842,                              /* sub x2, x2, #0x2 */
    0xd1000c63,                              /* sub x3, x3, #0x3 */
    0xd1001084,                              /* sub x4, x4, #0x4 */
    0xd10014a5,                              /* sub x5, x5, #0x5 */
    0xd10018c6,                              /* sub x6, x6, #0x6 */
    0xd1001ce7,                              /* sub x7, x7, #0x7 */
    0xd1002529,                              /* sub x9, x9, #0x9 */
    0xd100294a,                              /* sub x10, x10, #0xa */
    0xd1002d6b,                              /* sub x11, x11, #0xb */
    0xd100318c,                              /* sub x12, x12, #0xc */
    0xd10035ad,                              /* sub x13, x13, #0xd */
    0xd10039ce,                              /* sub x14, x14, #0xe */
    0xd1003def,                              /* sub x15, x15, #0xf */
    0xaa020020,                              /* orr x0, x1, x2 */
    0xaa030000,                              /* orr x0, x0, x3 */
    0xaa040000,                              /* orr x0, x0, x4 */
    0xaa050000,                              /* orr x0, x0, x5 */
    0xaa060000,                              /* orr x0, x0, x6 */
    0xaa070000,                              /* orr x0, x0, x7 */
    0xaa090000,                              /* orr x0, x0, x9 */
    0xaa0a0000,                              /* orr x0, x0, x10 */
    0xaa0b0000,                              /* orr x0, x0, x11 */
    0xaa0c0000,                              /* orr x0, x0, x12 */
    0xaa0d0000,                              /* orr x0, x0, x13 */
    0xaa0e0000,                              /* orr x0, x0, x14 */
    0xaa0f0000,                              /* orr x0, x0, x15 */
    0xd65f03c0,                              /* ret */
};

typedef long (*write_fn)(const char *msg, unsigned long len);
typedef long (*survivors_fn)(void);

/* jit_load: a fresh page holding the words, flushed and made read+execute (W^X). */
static void *jit_load(const uint32_t *words, size_t size, size_t *page)
{
    *page = (size_t)sysconf(_SC_PAGESIZE);
    void *code = mmap(NULL, *page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap(PROT_READ|PROT_WRITE)", errno);
    memcpy(code, words, size);
    __builtin___clear_cache((char *)code, (char *)code + size);
    if (mprotect(code, *page, PROT_READ | PROT_EXEC) != 0)
        die_errno(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_EXEC)", errno);
    if (strcmp(maps_perms(code), "r-xp") != 0 || maps_count_wx() != 0)
        die(EXIT_SOFTWARE, "the code's page is %s, expected r-xp with no W+X mapping", maps_perms(code));
    return code;
}

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--help") == 0) {
        printf("usage: jit-write [--] [TEXT] | --survivors\n");
        return 0;
    }
    /* No guard_stdout: the JIT'd code writes to fd 1 itself, and reports its
     * own errors below. SIGPIPE is still ignored, so a closed pipe is -EPIPE. */
    if (signal(SIGPIPE, SIG_IGN) == SIG_ERR)
        die_errno(EXIT_SOFTWARE, "signal(SIGPIPE)", errno);
    size_t page;
    if (argc == 2 && strcmp(argv[1], "--survivors") == 0) {
        void *code = jit_load(survivors_code, sizeof survivors_code, &page);
        long diff = ((survivors_fn)code)();
        munmap(code, page);
        guard_stdout();
        printf("after svc, x1-x7 and x9-x15 %s\n", diff == 0 ? "all hold what they held before" : "CHANGED");
        return diff == 0 ? 0 : EXIT_SOFTWARE;
    }
    int first = argc > 1 && strcmp(argv[1], "--") == 0 ? 2 : 1;
    if (argc > first + 1)
        usage_error("unexpected argument '%s' (quote a TEXT with spaces)", argv[first + 1]);
    if (first == 1 && argc == 2 && argv[1][0] == '-')
        usage_error("unknown option '%s' (put -- before a TEXT that starts with -)", argv[1]);
    const char *text = argc > first ? argv[first] : "hello from JIT'd code";

    size_t len = strlen(text);
    char *msg = malloc(len + 2);
    if (msg == NULL)
        die(EXIT_SOFTWARE, "malloc failed");
    memcpy(msg, text, len);
    msg[len] = '\n';
    msg[len + 1] = '\0';

    void *code = jit_load(jit_write_code, sizeof jit_write_code, &page);
    long ret = ((write_fn)code)(msg, len + 1);
    if (munmap(code, page) != 0)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
    free(msg);
    if (ret < 0)
        die(EXIT_IOERR, "the JIT'd write returned %ld (-%s: %s)", ret, errno_name((int)-ret), strerror((int)-ret));
    if ((size_t)ret != len + 1)
        die(EXIT_IOERR, "the JIT'd write wrote %ld of %zu bytes", ret, len + 1);
    return 0;
}
