/* Exercise 03/1-seal-it: one flag too many.
 *
 * This program does wx-jit's five steps, but its mprotect asks for
 * PROT_READ | PROT_WRITE | PROT_EXEC: the page is writable and executable
 * at once while the code runs, and the line it prints after the mprotect says
 * "rwxp". The code still returns 1, so nothing looks wrong.
 *
 * Task: make step 3 seal the page the W^X way, so that maps says "r-xp"
 * after it and the code still returns 1. Then run
 * `make -C 03-mmap-mprotect exercises`.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "helpers.h"

static const unsigned char code[] =
#include "return_one.inc" /* the bytes of return_one.asm, made by the check */
;

int main(void)
{
    guard_stdout();
    size_t size = (size_t)sysconf(_SC_PAGESIZE); /* the code fits in one page */

    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap", errno);
    printf("after mmap:     %s\n", maps_perms(p));

    memcpy(p, code, sizeof code);

    if (mprotect(p, size, PROT_READ | PROT_EXEC) == -1) /* step 3: read and execute, no write */
        die_errno(EXIT_SOFTWARE, "mprotect", errno);
    printf("after mprotect: %s\n", maps_perms(p));

    printf("returned %d\n", ((int (*)(void))p)());

    if (munmap(p, size) == -1)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
    return 0;
}
