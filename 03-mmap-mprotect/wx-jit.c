/* wx-jit.c: W^X ("write xor execute") for a JIT, one step at a time.
 *
 * Maps one page readable and writable, copies `mov eax, 1; ret` into it, turns
 * the page readable and executable, calls it, and unmaps it. After every step
 * it prints the page's permissions as /proc/self/maps shows them at that
 * moment, and it stops if the page is ever writable and executable at once.
 *
 * This file is the lesson. What only shows or reports is apart (wx-jit.h):
 * wx-jit-diagnose.c (show_step, the fault handler, why a call was refused) and
 * wx-jit-shortcuts.c (the options, and the shortcuts --rwx and --heap).
 *
 * Exit status: 0 when the code ran and returned 1; 64 bad arguments; 69 the
 * kernel has no PR_SET_MDWE (--mdwe); 70 a call was refused or failed, or the
 * code faulted (always one line on stderr).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "helpers.h"
#include "wx-jit.h"

/* int return_one(void) { return 1; } */
/* asm2bytes return_one.asm */
const unsigned char return_one_code[] = {
    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */
    0xc3,                                    /* ret */
};
const size_t return_one_size = sizeof return_one_code;

static long page_size; /* from sysconf(_SC_PAGESIZE), never a constant */

/* jit_alloc: map size bytes (whole pages) of fresh zeroed memory, readable and
 * writable, never executable; NULL with errno set if the kernel refuses. */
static void *jit_alloc(size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* jit_make_executable: turn the pages at p readable and executable, no longer
 * writable; 0, or -1 with errno set if the kernel refuses. */
static int jit_make_executable(void *p, size_t size)
{
    return mprotect(p, size, PROT_READ | PROT_EXEC);
}

/* jit_free: unmap the pages jit_alloc returned; 0, or -1 with errno set. */
static int jit_free(void *p, size_t size)
{
    return munmap(p, size);
}

/* run_wx: the W^X way: mmap RW, copy the n bytes at bytes, mprotect RX, call,
 * munmap, showing maps after each step; with skip_mprotect, leave out the
 * mprotect (the call then faults). Returns the exit status. */
static int run_wx(const unsigned char *bytes, size_t n, bool skip_mprotect)
{
    size_t size = round_to_pages(n);
    void *code = jit_alloc(size);                          /* 1. get memory */
    if (code == NULL)
        die_refused("mmap(PROT_READ|PROT_WRITE)", errno, false);
    show_step("jit_alloc", "mmap(PROT_READ|PROT_WRITE)", code, false);

    memcpy(code, bytes, n);                                /* 2. write the code */
    char what[32];
    snprintf(what, sizeof what, "%zu bytes of code", n);
    show_step("memcpy", what, code, false);

    if (skip_mprotect) {                                   /* 3. seal it */
        show_step("jit_make_executable", "skipped (--skip-mprotect)", code, false);
    } else {
        if (jit_make_executable(code, size) == -1)
            die_refused("mprotect(PROT_READ|PROT_EXEC)", errno, false);
        show_step("jit_make_executable", "mprotect(PROT_READ|PROT_EXEC)", code, false);
    }

    int result = call_code(code);                          /* 4. run it */
    printf("%-20s returned %d\n", "return_one()", result);

    if (jit_free(code, size) == -1)                        /* 5. give it back */
        die_errno(EXIT_SOFTWARE, "munmap", errno);
    show_step("jit_free", "munmap", code, false);
    printf("W^X held: the page was writable, then executable, never both at once\n");
    return result_status(result);
}

size_t round_to_pages(size_t size)
{
    size_t page = (size_t)page_size;
    return (size + page - 1) / page * page;
}

int main(int argc, char **argv)
{
    guard_stdout(); /* a failed write to stdout: one line and status 74 */
    struct options opt = wx_setup(argc, argv);

    page_size = sysconf(_SC_PAGESIZE);
    if (page_size <= 0)
        die_errno(EXIT_SOFTWARE, "sysconf(_SC_PAGESIZE)", errno ? errno : EINVAL);
    printf("page size: %ld bytes, from sysconf(_SC_PAGESIZE)\n", page_size);
    if (opt.mdwe)
        turn_on_mdwe(); /* --mdwe: the kernel refuses executable memory from now on */

    switch (opt.mode) {
    case MODE_RWX:  return run_rwx();
    case MODE_HEAP: return run_heap();
    default:        return run_wx(opt.code, opt.code_size, opt.skip_mprotect);
    }
}
