/* Exercise 3, a stretch (09-hardened-wx): a child must not patch its parent's code.
 * A near miss: it keeps the exec view from children, not the write view.
 *
 * This program maps the code twice from one memfd (a write view and an exec
 * view), then forks. The child writes 42 into the code's immediate through
 * the write view it inherited, and the parent's next call returns 42:
 * MAP_SHARED mappings stay shared across fork(). That is the catch of the
 * dual mapping.
 *
 * Close it without giving up the dual mapping: right after mapping, ask the
 * kernel not to give the write view to children at all. Then the child's
 * write lands on an address it no longer maps and dies of SIGSEGV, while
 * the parent can still patch its own code.
 *
 * Done when it prints:
 *     child: killed by SIGSEGV
 *     parent: returned 1
 *     parent, after its own patch: returned 2
 * Check it with `make -C 09-hardened-wx exercises`.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "helpers.h"

/* asm2bytes ../../return_value.asm */
static const unsigned char code[] = {
    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */
    0xc3,                                    /* ret */
};

/* map_dual: two views of one new memfd of size bytes, RW and RX. */
static void map_dual(size_t size, unsigned char **write, unsigned char **exec)
{
    int fd = memfd_create("jit-code", MFD_CLOEXEC);
    if (fd < 0 || ftruncate(fd, (off_t)size) != 0)
        die_errno(EXIT_SOFTWARE, "memfd_create", errno);
    *write = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    *exec = mmap(NULL, size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    if (*write == MAP_FAILED || *exec == MAP_FAILED || close(fd) != 0)
        die_errno(EXIT_SOFTWARE, "mmap of the memfd", errno);
}

/* patch: make the code return value, through the write view. */
static void patch(unsigned char *write, int32_t value)
{
    memcpy(write + 1, &value, sizeof value);
}

int main(void)
{
    size_t size = (size_t)sysconf(_SC_PAGESIZE);
    unsigned char *write, *exec;
    int (*fn)(void);
    int status;
    pid_t child;

    guard_stdout();
    map_dual(size, &write, &exec);
    if (madvise(exec, size, MADV_DONTFORK) != 0)
        die_errno(EXIT_SOFTWARE, "madvise(MADV_DONTFORK)", errno);
    memcpy(write, code, sizeof code);
    fn = (int (*)(void))(void *)exec;

    flush_stdout();
    if ((child = fork()) < 0)
        die_errno(EXIT_SOFTWARE, "fork", errno);
    if (child == 0) {
        signal(SIGSEGV, SIG_DFL);  /* die of it, whatever handler a sanitizer set up */
        patch(write, 42);
        _exit(0);
    }
    if (waitpid(child, &status, 0) != child)
        die_errno(EXIT_SOFTWARE, "waitpid", errno);
    if (WIFSIGNALED(status))
        printf("child: killed by SIG%s\n", WTERMSIG(status) == SIGSEGV ? "SEGV" : "(another signal)");
    else
        printf("child: wrote 42 into the parent's code\n");
    printf("parent: returned %d\n", fn());
    patch(write, 2);
    printf("parent, after its own patch: returned %d\n", fn());
    return 0;
}
