/* Exercise 2 (09-hardened-wx): pick a strategy, as a JIT on a hardened system must.
 *
 * jit_install copies code into fresh memory and returns where to call it. It
 * does it chapter 03's way: mmap RW, copy, mprotect RX. On a hardened system
 * that mprotect is refused, and this program stops there.
 *
 * Make it fall back to the dual mapping (jit_install_dual, below, works)
 * when the mprotect is refused, whatever the policy that refused it: MDWE
 * and SELinux say EACCES, a seccomp filter says EPERM. Give the unused page
 * back. Set *strategy to "mprotect" or "dual", the one that was used. Any
 * other error still ends the program.
 *
 * Done when it prints "strategy: mprotect" then "returned 1" when nothing
 * refuses, and "strategy: dual" then "returned 1" both under a seccomp
 * filter like systemd's (`./prog --seccomp`) and under ../../tools/mdwe.
 * Check it with `make -C 09-hardened-wx exercises`.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "hardened.h"  /* seccomp_refuse_exec, from ../../refusals-and-maps.c */
#include "helpers.h"

/* asm2bytes ../../return_value.asm */
static const unsigned char code[] = {
    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */
    0xc3,                                    /* ret */
};

/* jit_install_dual: code copied into a new memfd mapped twice; returns the exec view. */
void *jit_install_dual(const unsigned char *bytes, size_t n, size_t size)
{
    int fd = memfd_create("jit-code", MFD_CLOEXEC);
    void *write, *exec;
    if (fd < 0 || ftruncate(fd, (off_t)size) != 0)
        die_errno(EXIT_SOFTWARE, "memfd_create", errno);
    write = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    exec = mmap(NULL, size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    if (write == MAP_FAILED || exec == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap of the memfd", errno);
    memcpy(write, bytes, n);
    if (munmap(write, size) != 0 || close(fd) != 0)  /* this code is never patched */
        die_errno(EXIT_SOFTWARE, "munmap", errno);
    return exec;
}

/* jit_install: code copied into new memory that can run it; says how in *strategy. */
static void *jit_install(const unsigned char *bytes, size_t n, const char **strategy)
{
    size_t size = (size_t)sysconf(_SC_PAGESIZE);
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap", errno);
    memcpy(p, bytes, n);
    if (mprotect(p, size, PROT_READ | PROT_EXEC) != 0)
        die_errno(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_EXEC)", errno);
    *strategy = "mprotect";
    return p;
}

int main(int argc, char **argv)
{
    const char *strategy = "none";
    void *exec;

    guard_stdout();
    if (argc > 1 && strcmp(argv[1], "--seccomp") == 0)
        seccomp_refuse_exec("systemd");
    exec = jit_install(code, sizeof code, &strategy);
    printf("strategy: %s\n", strategy);
    printf("returned %d\n", ((int (*)(void))exec)());
    return 0;
}
