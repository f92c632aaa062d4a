/* Exercise 03/2-second-function: add code to a page that is already sealed.
 *
 * This program writes return_one at the start of a page, seals the page
 * (r-x) and calls it. Then, as a JIT does when the program needs one more
 * function, it writes return_two 16 bytes further on, and calls both. As it
 * stands, that second write dies of SIGSEGV: the page is no longer writable.
 *
 * Task: make add_function work the W^X way, so that the program prints
 * "first returned 1", "second returned 2" and "first again returned 1", and
 * show_step (which prints maps after each step and exits 70 if the page is
 * ever writable and executable at once) never finds w and x together.
 * Change add_function only. Then run `make -C 03-mmap-mprotect exercises`.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "helpers.h"

static const unsigned char return_one[] =
#include "return_one.inc" /* the bytes of ../../return_one.asm, made by the check */
;
static const unsigned char return_two[] =
#include "return_two.inc" /* the bytes of return_two.asm, made by the check */
;

typedef int (*int_fn)(void);

/* show_step: print the page's permissions after STEP; exit 70 if they are
 * writable and executable at once. */
static void show_step(const char *step, const void *page)
{
    const char *perms = maps_perms(page);
    printf("%-16s %s\n", step, perms);
    if (perms[1] == 'w' && perms[2] == 'x')
        die(EXIT_SOFTWARE, "W^X broken after %s: the page is %s", step, perms);
}

/* add_function: copy the len bytes at bytes to offset at of the page, which
 * is sealed (r-x), and leave the page sealed again. */
static void add_function(unsigned char *page, size_t size, size_t at, const unsigned char *bytes, size_t len)
{
    (void)size;
    memcpy(page + at, bytes, len);
}

int main(void)
{
    guard_stdout();
    size_t size = (size_t)sysconf(_SC_PAGESIZE);
    unsigned char *page = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap", errno);
    memcpy(page, return_one, sizeof return_one);
    if (mprotect(page, size, PROT_READ | PROT_EXEC) == -1)
        die_errno(EXIT_SOFTWARE, "mprotect", errno);
    show_step("sealed", page);
    printf("first returned %d\n", ((int_fn)page)());

    add_function(page, size, 16, return_two, sizeof return_two);
    show_step("added", page);
    printf("second returned %d\n", ((int_fn)(page + 16))());
    printf("first again returned %d\n", ((int_fn)page)());

    if (munmap(page, size) == -1)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
    return 0;
}
