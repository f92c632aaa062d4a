/* 02-segfault-malloc/malloc-jit.c: the first naive JIT, and why it crashes.
 *
 * It copies the machine code of `int return_one(void) { return 1; }` into a
 * buffer from malloc and calls the buffer through a function pointer. On a
 * current Linux x86-64 system that call faults: malloc hands out data memory,
 * whose pages carry the NX (no-execute) bit, and the CPU will not fetch
 * instructions from them.
 *
 *   malloc-jit                      catch the SIGSEGV and show the evidence
 *   malloc-jit --crash              no handler: die of SIGSEGV, as a naive JIT does
 *   malloc-jit --read-implies-exec  first set the READ_IMPLIES_EXEC personality,
 *                                   which makes new heap pages executable
 *
 * This file is the lesson: get memory, write the code, call it, catch the
 * fault. What decodes and prints the evidence is in malloc-jit-report.c.
 *
 * Exit status: 0 when the program showed what it set out to show (the fault,
 * or the call returning what the code returns from an executable heap), 64
 * for bad arguments, 70 when something else went wrong, 74 when stdout cannot
 * be written. --crash dies of SIGSEGV on purpose.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#include "helpers.h"
#include "malloc-jit.h"

/* int return_one(void) { return 1; } as machine code. */
/* asm2bytes return_one.asm */
static const unsigned char return_one_code[] = {
    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */
    0xc3,                                    /* ret */
};

typedef int (*return_one_fn)(void);

/* jit_alloc: size bytes of ordinary heap memory, the naive way. Exits 70 if none. */
static unsigned char *jit_alloc(size_t size)
{
    unsigned char *buf = malloc(size);
    if (buf == NULL)
        die(EXIT_SOFTWARE, "malloc(%zu): out of memory", size);
    return buf;
}

/* jit_emit: copy len bytes of machine code to buf. */
static void jit_emit(unsigned char *buf, const unsigned char *code, size_t len)
{
    memcpy(buf, code, len);
}

/* What the SIGSEGV handler saw. The handler writes these, main reads them
 * after the handler has jumped back (volatile: they change behind main's back). */
static void *volatile fault_addr;
static volatile int fault_code;
static volatile uintptr_t fault_rip, fault_error;
static volatile bool fault_on_altstack;
static sigjmp_buf after_fault;

/* The handler's own stack. A fixed size, because SIGSTKSZ is no longer a
 * compile-time constant in glibc 2.34 and later; 64 KiB is plenty. */
static unsigned char signal_stack[64 * 1024];

/* on_segv: SIGSEGV handler. It only notes what happened and jumps back into
 * main: plain stores and siglongjmp, both async-signal-safe (man 7 signal-safety).
 * Jumping out is safe because the fault is in our JIT'd code, never inside libc. */
static void on_segv(int sig, siginfo_t *info, void *context)
{
    const ucontext_t *uc = context;
    /* An address on the stack this handler runs on: its frame's (not a local's
     * address, which AddressSanitizer may move to a stack of its own). */
    const uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    (void)sig;
    fault_addr = info->si_addr;
    fault_code = info->si_code;
    fault_rip = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    fault_error = (uintptr_t)uc->uc_mcontext.gregs[REG_ERR];
    fault_on_altstack = here >= (uintptr_t)signal_stack && here < (uintptr_t)(signal_stack + sizeof signal_stack);
    siglongjmp(after_fault, 1);
}

/* set_segv_handler: run on_segv for SIGSEGV, on its own stack; or, with
 * on false, give SIGSEGV its default action (end the process) back. Exits 70 on failure. */
static void set_segv_handler(bool on)
{
    stack_t ss = { .ss_sp = signal_stack, .ss_size = sizeof signal_stack, .ss_flags = 0 };
    if (on && sigaltstack(&ss, NULL) == -1)
        die_errno(EXIT_SOFTWARE, "sigaltstack", errno);
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    if (on) {
        sa.sa_sigaction = on_segv;
        sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    } else {
        sa.sa_handler = SIG_DFL;
    }
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGSEGV, &sa, NULL) == -1)
        die_errno(EXIT_SOFTWARE, "sigaction(SIGSEGV)", errno);
}

int main(int argc, char **argv)
{
    guard_stdout(); /* a failed write to stdout: one line and status 74 */
    if (setvbuf(stdout, NULL, _IOLBF, 0) != 0) /* a pipe sees the lines as a terminal would */
        die_errno(EXIT_SOFTWARE, "setvbuf", errno);
    enum mode mode = parse_args(argc, argv);
    bool asked = mode == MODE_READ_IMPLIES_EXEC;
    if (asked)
        enable_read_implies_exec(); /* before the first malloc creates the heap */

    unsigned char *buf = jit_alloc(sizeof return_one_code);       /* get memory */
    jit_emit(buf, return_one_code, sizeof return_one_code);       /* write the code */
    print_code(buf, sizeof return_one_code);
    printf("buffer   %-18p malloc(%zu), the code copied in\n", (void *)buf, sizeof return_one_code);
    return_one_fn return_one = (return_one_fn)buf;

    if (mode == MODE_CRASH) {
        no_core_dumps(); /* this crash is on purpose: it leaves no core file */
        set_segv_handler(false); /* no handler at all, not even a sanitizer's */
        printf("calling the buffer with no SIGSEGV handler: the process should die\n");
        int result = return_one();                                /* call it */
        int status = report_return(return_one_code, sizeof return_one_code, buf, result, false);
        free(buf); /* only if the heap is executable */
        return status;
    }

    printf("calling the buffer through a function pointer...\n");
    set_segv_handler(true);
    int status;
    if (sigsetjmp(after_fault, 1) == 0) {
        int result = return_one();                                /* call it */
        set_segv_handler(false);
        status = report_return(return_one_code, sizeof return_one_code, buf, result, asked);
    } else {
        set_segv_handler(false);
        struct fault f = { fault_addr, fault_code, fault_rip, fault_error, fault_on_altstack };
        status = report_fault(buf, &f);
    }
    free(buf);
    return status;
}
