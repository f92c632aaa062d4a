/* malloc-jit.c (arm64): the first naive JIT, on AArch64. Copy the two
 * instructions of `mov w0, #1; ret` into malloc'd memory and call them. The
 * heap is readable and writable but not executable, so the CPU refuses to
 * fetch an instruction from it: a SIGSEGV, which a handler catches and explains.
 *
 *   malloc-jit           call the buffer under a SIGSEGV handler and report
 *   malloc-jit --crash   call it with no handler: the process dies of SIGSEGV
 *
 * Exit status: 0 after the fault is caught and explained (or if the code ran
 * after all); 64 bad arguments; 70 a call failed. */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <ucontext.h>

#include "helpers.h"

/* int return_one(void) { return 1; } */
/* asm2bytes return_one.s */
static const uint32_t return_one_code[] = {
    0x52800020,                              /* mov w0, #0x1 */
    0xd65f03c0,                              /* ret */
};
typedef int (*return_one_fn)(void);

static sigjmp_buf after_fault;
static void *volatile fault_addr; /* si_addr: the address the CPU could not use */
static volatile uintptr_t fault_pc; /* pc when it happened: the instruction's own address */
static volatile int fault_code;     /* si_code: SEGV_ACCERR or SEGV_MAPERR */

/* on_segv: remember where and why the fault happened, then jump back to main. */
static void on_segv(int sig, siginfo_t *info, void *context)
{
    (void)sig;
    fault_addr = info->si_addr;
    fault_code = info->si_code;
    fault_pc = ((ucontext_t *)context)->uc_mcontext.pc;
    siglongjmp(after_fault, 1);
}

/* install_segv_handler: catch SIGSEGV on a stack of its own (a fault may come
 * from code that has broken the stack; a JIT's handler must not need it). */
static void install_segv_handler(void)
{
    static char alt_stack[64 * 1024];
    stack_t ss = { .ss_sp = alt_stack, .ss_size = sizeof alt_stack };
    if (sigaltstack(&ss, NULL) != 0)
        die_errno(EXIT_SOFTWARE, "sigaltstack", errno);
    struct sigaction sa = { .sa_sigaction = on_segv, .sa_flags = SA_SIGINFO | SA_ONSTACK };
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGSEGV, &sa, NULL) != 0)
        die_errno(EXIT_SOFTWARE, "sigaction(SIGSEGV)", errno);
}

int main(int argc, char **argv)
{
    guard_stdout();
    if (argc == 2 && strcmp(argv[1], "--help") == 0) {
        printf("usage: malloc-jit [--crash]\n");
        return 0;
    }
    int crash = argc == 2 && strcmp(argv[1], "--crash") == 0;
    if (argc > 2 || (argc == 2 && !crash))
        usage_error("unknown argument '%s'", argv[argc - 1]);

    /* The naive JIT: malloc, copy, call. */
    uint32_t *buf = malloc(sizeof return_one_code);
    if (buf == NULL)
        die(EXIT_SOFTWARE, "malloc failed");
    memcpy(buf, return_one_code, sizeof return_one_code);
    printf("code     %08x %08x  mov w0, #1; ret (two 4-byte words)\n", buf[0], buf[1]);
    printf("buffer   %p     malloc(%zu), the code copied in\n", (void *)buf, sizeof return_one_code);

    if (crash) {
        /* Crashing on purpose: no core file, whatever `ulimit -c` says. */
        struct rlimit none = { 0, 0 };
        if (setrlimit(RLIMIT_CORE, &none) != 0)
            die_errno(EXIT_SOFTWARE, "setrlimit(RLIMIT_CORE)", errno);
        printf("calling the buffer with no SIGSEGV handler: the process should die\n");
        flush_stdout();
        int r = ((return_one_fn)(void *)buf)();
        printf("the call returned %d: this heap is executable\n", r);
        free(buf);
        return 0;
    }

    install_segv_handler();
    printf("calling the buffer through a function pointer...\n");
    flush_stdout();
    if (sigsetjmp(after_fault, 1) == 0) {
        int r = ((return_one_fn)(void *)buf)();
        printf("the call returned %d: this heap is executable, so the bytes ran as code\n", r);
        printf("  perms    %s\n", maps_perms(buf));
        free(buf);
        return 0;
    }
    struct mapping m;
    bool mapped = maps_find(buf, &m);
    printf("caught SIGSEGV\n");
    printf("  si_addr  %p   %s\n", fault_addr,
           fault_addr == (void *)buf ? "= the buffer: the access that failed was to its first byte" : "(not the buffer)");
    printf("  pc       0x%lx   %s\n", (unsigned long)fault_pc,
           fault_pc == (uintptr_t)buf ? "= the buffer: the CPU was fetching its first instruction" : "(not the buffer)");
    printf("  si_code  %s\n", fault_code == SEGV_ACCERR ? "SEGV_ACCERR      the page is mapped, but this access is not allowed"
                              : fault_code == SEGV_MAPERR ? "SEGV_MAPERR      nothing is mapped there" : "another code");
    if (mapped)
        printf("  mapping  %lx-%lx %s\n  perms    %s             %s\n", m.start, m.end, m.perms, m.perms,
               m.perms[2] == 'x' ? "executable" : "readable, writable, NOT executable (no x)");
    else
        printf("  mapping  none: no mapping holds the buffer\n");
    printf("The heap's pages are marked execute-never (arm64's XN bits, the NX bit of\n"
           "x86), so the CPU refused to fetch an instruction from them.\n");
    free(buf);
    return 0;
}
