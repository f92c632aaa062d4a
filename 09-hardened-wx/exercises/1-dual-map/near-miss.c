/* Exercise 1 (09-hardened-wx): map the code twice. A near miss: the exec
 * view is writable too, so that mapping is W+X.
 *
 * map_dual below must return two views of the same memory: *write readable
 * and writable, *exec readable and executable, at two addresses, so that the
 * code written through one view runs through the other, and a patch through
 * the write view changes what the exec view runs. Right now it maps one
 * anonymous RW page and hands it out as both views, so the call dies of
 * SIGSEGV. Replace its body with the dual mapping: memfd_create, ftruncate,
 * two mmap calls with MAP_SHARED, close.
 *
 * Done when the program prints, also under ../../tools/mdwe:
 *     views: two addresses
 *     W+X mappings: 0
 *     returned 1
 *     returned 2
 *     W+X mappings: 0
 * Check it with `make -C 09-hardened-wx exercises`.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "helpers.h"

/* int return_value(void) { return 1; }: the imm32 is at byte offset 1. */
/* asm2bytes ../../return_value.asm */
static const unsigned char code[] = {
    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */
    0xc3,                                    /* ret */
};

/* map_dual: two views of size bytes of one memory; exits 70 with one line if refused. */
static void map_dual(size_t size, unsigned char **write, unsigned char **exec)
{
    int fd = memfd_create("jit-code", MFD_CLOEXEC);
    if (fd < 0)
        die_errno(EXIT_SOFTWARE, "memfd_create", errno);
    if (ftruncate(fd, (off_t)size) != 0)
        die_errno(EXIT_SOFTWARE, "ftruncate", errno);
    *write = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (*write == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap(PROT_READ|PROT_WRITE)", errno);
    *exec = mmap(NULL, size, PROT_READ | PROT_WRITE | PROT_EXEC, MAP_SHARED, fd, 0);
    if (*exec == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap(PROT_READ|PROT_EXEC)", errno);
    if (close(fd) != 0)
        die_errno(EXIT_SOFTWARE, "close", errno);
}

int main(void)
{
    size_t size = (size_t)sysconf(_SC_PAGESIZE);
    unsigned char *write, *exec;
    int32_t two = 2;

    guard_stdout();
    setvbuf(stdout, NULL, _IONBF, 0);
    map_dual(size, &write, &exec);
    memcpy(write, code, sizeof code);
    printf("views: %s\n", write == exec ? "one address" : "two addresses");
    printf("W+X mappings: %d\n", maps_count_wx());
    printf("returned %d\n", ((int (*)(void))(void *)exec)());
    memcpy(write + 1, &two, sizeof two);
    printf("returned %d\n", ((int (*)(void))(void *)exec)());
    printf("W+X mappings: %d\n", maps_count_wx());
    return 0;
}
