/* Exercise 02/1-maperr: a fault with nothing mapped.
 *
 * This program copies `mov eax, 1; ret` into a buffer from malloc, calls it,
 * and reports the SIGSEGV as malloc-jit does: si_code, and the P and I bits of
 * the CPU's error code. As it stands it shows SEGV_ACCERR with P=1: the page
 * is there, but may not be executed.
 *
 * Task: make the fault a SEGV_MAPERR, with P=0 (no page at all) and I=1 (still
 * an instruction fetch), by changing only what `target` points to: an address
 * where nothing is mapped. Then run `make -C 02-segfault-malloc exercises`.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ucontext.h>

#include "helpers.h"

static const unsigned char code[] =
#include "return_one.inc" /* the bytes of return_one.asm, made by the check */
;

static volatile int fault_code;
static volatile uintptr_t fault_error;
static sigjmp_buf back;

/* on_segv: note si_code and the error code, jump back. */
static void on_segv(int sig, siginfo_t *info, void *context)
{
    (void)sig;
    fault_code = info->si_code;
    fault_error = (uintptr_t)((ucontext_t *)context)->uc_mcontext.gregs[REG_ERR];
    siglongjmp(back, 1);
}

/* call_and_report: call the code at target; print what it returned, or the fault. */
static void call_and_report(void *target)
{
    struct sigaction sa = { .sa_sigaction = on_segv, .sa_flags = SA_SIGINFO };
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGSEGV, &sa, NULL) == -1)
        die_errno(EXIT_SOFTWARE, "sigaction", errno);
    if (sigsetjmp(back, 1) == 0) {
        printf("returned %d\n", ((int (*)(void))target)());
        return;
    }
    printf("si_code %s\n", fault_code == SEGV_MAPERR ? "SEGV_MAPERR" : fault_code == SEGV_ACCERR ? "SEGV_ACCERR" : "other");
    printf("P=%lu I=%lu\n", (unsigned long)(fault_error & 1), (unsigned long)(fault_error >> 4 & 1));
}

int main(void)
{
    guard_stdout();
    unsigned char *buf = malloc(sizeof code);
    if (buf == NULL)
        die(EXIT_SOFTWARE, "out of memory");
    memcpy(buf, code, sizeof code);

    void *target = buf; /* change this line */

    call_and_report(target);
    free(buf);
    return 0;
}
