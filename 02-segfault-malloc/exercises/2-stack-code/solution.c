/* Exercise 02/2-stack-code: is the stack any better than the heap?
 *
 * This program copies `mov eax, 1; ret` into a buffer from malloc and calls
 * it. On a fault, it prints the si_code and the /proc/self/maps line of the
 * buffer, as malloc-jit does: "mapping rw-p [heap]".
 *
 * Task: put the code in a local array of main instead, on the stack, and see
 * what happens. Before you run it, predict: which mapping holds the array,
 * with which permissions, and does the call still fault? Only main needs to
 * change (the call is in a function of its own, so sigsetjmp cannot clobber
 * main's locals). Then run `make -C 02-segfault-malloc exercises`.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static const unsigned char code[] =
#include "return_one.inc" /* the bytes of return_one.asm, made by the check */
;

static volatile int fault_code;
static sigjmp_buf back;

/* on_segv: note si_code, jump back. */
static void on_segv(int sig, siginfo_t *info, void *context)
{
    (void)sig;
    (void)context;
    fault_code = info->si_code;
    siglongjmp(back, 1);
}

/* call_and_report: call the code at target; print what it returned, or the
 * fault and the maps line that holds target. */
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
    struct mapping m;
    printf("si_code %s\n", fault_code == SEGV_ACCERR ? "SEGV_ACCERR" : "not SEGV_ACCERR");
    if (maps_find(target, &m))
        printf("mapping %s %s\n", m.perms, m.name[0] ? m.name : "(anonymous)");
    else
        printf("mapping none\n");
}

int main(void)
{
    guard_stdout();
    unsigned char buf[sizeof code]; /* on the stack: the [stack] mapping, rw-p */
    memcpy(buf, code, sizeof code);
    call_and_report(buf);
    return 0;
}
