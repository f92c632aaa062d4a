/* Exercise 02/3-mprotect-the-heap (stretch): make malloc'd code run.
 *
 * This program copies `mov eax, 1; ret` into a buffer from malloc and calls
 * it, with no handler: as it stands it dies of SIGSEGV, like malloc-jit --crash.
 *
 * Task: write make_executable and make_writable with mprotect(2), so that the
 * call returns 1 and the program goes on to free the buffer and allocate
 * again without a crash. mprotect works on whole pages, and the address you
 * give it must be the start of one: malloc's pointer is not. Get the page
 * size from sysconf(_SC_PAGESIZE). Keep W^X: read and execute for the call,
 * read and write again before free (chapter 03 shows why the neighbours on
 * that page make this a shortcut, not the way). Then run
 * `make -C 02-segfault-malloc exercises`.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "helpers.h"

static const unsigned char code[] =
#include "return_one.inc" /* the bytes of return_one.asm, made by the check */
;

/* make_executable: make the size bytes at p readable and executable, not
 * writable (with all of the pages that hold them). Exits 70 if refused. */
static void make_executable(void *p, size_t size)
{
    (void)p;
    (void)size;
}

/* make_writable: make the size bytes at p readable and writable again, not
 * executable, before anything else writes to their pages. Exits 70 if refused. */
static void make_writable(void *p, size_t size)
{
    (void)p;
    (void)size;
}

int main(void)
{
    guard_stdout();
    unsigned char *buf = malloc(sizeof code);
    if (buf == NULL)
        die(EXIT_SOFTWARE, "out of memory");
    memcpy(buf, code, sizeof code);

    /* Nothing between these two calls may allocate: the first printf would
     * (stdout's buffer), and malloc writes on pages that are r-x by then. */
    make_executable(buf, sizeof code);
    int result = ((int (*)(void))buf)();
    make_writable(buf, sizeof code);
    printf("returned %d\n", result);

    free(buf);
    void *more = malloc(32); /* the allocator writes on its pages again */
    if (more == NULL)
        die(EXIT_SOFTWARE, "out of memory");
    free(more);
    printf("free and malloc work again\n");
    return 0;
}
