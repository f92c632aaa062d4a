/* Exercise 03/3-bigger-than-a-page (stretch): code that does not fit a page.
 *
 * big.asm is return_one after 5000 nops: 5006 bytes. This program maps
 * enough whole pages for it, copies it, seals it and calls it. As it stands
 * it dies of SIGSEGV: which byte of the code was the CPU at, and why there?
 * (Run it under gdb, or work it out from the page size.)
 *
 * Task: fix the sealing so that the whole code is executable and the call
 * returns 1, for any code size and page size. Then run
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
#include "big.inc" /* the bytes of big.asm, made by the check */
;

int main(void)
{
    guard_stdout();
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t size = (sizeof code + page - 1) / page * page; /* whole pages */

    unsigned char *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap", errno);
    memcpy(p, code, sizeof code);

    if (mprotect(p, sizeof code / page * page, PROT_READ | PROT_EXEC) == -1) /* whole pages */
        die_errno(EXIT_SOFTWARE, "mprotect", errno);

    printf("%zu bytes of code in %zu pages; returned %d\n", sizeof code, size / page, ((int (*)(void))p)());

    if (munmap(p, size) == -1)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
    return 0;
}
