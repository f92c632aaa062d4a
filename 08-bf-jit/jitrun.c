/* jitrun.c: running JIT'd code, and the SIGSEGV handler that makes a touch
 * of a guard page a tape error instead of a crash.
 *
 * jit_run calls the code. If the code touches a guard page, the handler
 * below sees where (rip: which op, through jit.c's jit_op_at; si_addr: which
 * cell) and goes back to jit_run with siglongjmp. Three cases (runtime.c's
 * top comment draws the pages):
 *   - the access was speculative, in the body of an IF whose cell is 0: not
 *     an error, the handler moves rip on to the ENDIF and the code goes on;
 *   - a real cell on the tape's edge page: not an error either, the
 *     interpreter (interp.c) finishes the run from the op that faulted;
 *   - anything else in the tape's mapping: a move off the tape.
 * Calls jit.c, interp.c and runtime.c; nothing calls back up into it (a
 * failed write in rt_putc comes back by siglongjmp, a return, not a call).
 */
#define _GNU_SOURCE
#include "bf.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <ucontext.h>

/* What the handler needs; set by jit_run while the code runs, else NULL. */
static Runtime *armed_rt;
static const Jit *armed_jit;

/* SIGSEGV: a fault by JIT'd code on the tape's mapping goes back to jit_run
 * (through rt->escape) as a move off the tape, or, at a real cell on the edge
 * page, as a request to carry on in the interpreter. Anything else crashes. */
static void on_segv(int sig, siginfo_t *si, void *ucv)
{
    ucontext_t *uc = ucv;
    Runtime *rt = armed_rt;
    const Jit *j = armed_jit;
    uintptr_t addr = (uintptr_t)si->si_addr;
    greg_t *regs = uc->uc_mcontext.gregs;
    uintptr_t rip = (uintptr_t)regs[REG_RIP];
    uintptr_t rbx = (uintptr_t)regs[REG_RBX];            /* the tape pointer, in JIT'd code */
    if (rt && j && rip - (uintptr_t)j->code < j->len &&
        addr - (uintptr_t)rt->map < rt->map_len) {
        /* Inside an IF whose cell is 0, the access was speculative (see jit.c):
         * carry on after the ENDIF, as if the body had been jumped over, and
         * from now on let that IF test its cell first. (An IF's own load has
         * if_of -1: it is the loop's test, a real access.) */
        size_t op = jit_op_at(j, rip);
        if (op != (size_t)-1 && j->if_of[op] >= 0) {
            const Op *iff = &j->prog->ops[j->if_of[op]];
            if (*(const uint8_t *)(rbx + (uintptr_t)(intptr_t)iff->off) == 0) {
                regs[REG_RIP] = (greg_t)(uintptr_t)(j->code + j->op_start[iff->jump]);
                j->careful[j->if_of[op]] = 1;
                rt->skipped++;
                return;
            }
        }
        long cell = (long)(addr - (uintptr_t)rt->tape);
        if (cell < 0) rt->status = RUN_OFF_LEFT;
        else if (cell >= TAPE_CELLS) rt->status = RUN_OFF_RIGHT;
        else rt->status = RUN_EDGE;
        rt->fault_rip = rip;
        rt->fault_p = (long)(rbx - (uintptr_t)rt->tape);
        siglongjmp(*rt->escape, 1);
    }
    /* Not ours: let the fault happen again with the default action. */
    signal(sig, SIG_DFL);
}

/* Install the SIGSEGV handler on an alternate stack; 0, or -1 after a message. */
int jit_install_fault_handler(void)
{
    static uint8_t altstack[64 * 1024];
    stack_t ss = { .ss_sp = altstack, .ss_size = sizeof altstack };
    if (sigaltstack(&ss, NULL) != 0) {
        fprintf(stderr, "bfjit: sigaltstack: %s\n", strerror(errno));
        return -1;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sigemptyset(&sa.sa_mask);
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sa.sa_sigaction = on_segv;
    if (sigaction(SIGSEGV, &sa, NULL) != 0) {
        fprintf(stderr, "bfjit: sigaction(SIGSEGV): %s\n", strerror(errno));
        return -1;
    }
    return 0;
}

/* CALLS_JIT_CODE marks the one function that calls JIT'd code through a
 * pointer. clang's -fsanitize=function (part of -fsanitize=undefined since
 * clang 17) reads the 8 bytes before every indirect-call target, looking for
 * the type signature compiled functions carry. JIT'd code has none, and it
 * starts a fresh page, so those bytes may not be mapped: the check itself
 * crashes. This turns it off here, and only here. */
#if defined(__clang__)
#define CALLS_JIT_CODE __attribute__((no_sanitize("function")))
#else
#define CALLS_JIT_CODE
#endif

/* Call the code once: from its start (at == NULL) with the pointer on cell 0,
 * or through its second entry from the OPEN at code address at, with the
 * pointer on cell p. The status says how it ended; *final_p gets the pointer. */
CALLS_JIT_CODE static RunStatus call_code(const Jit *j, Runtime *rt, const uint8_t *at, long p,
                                          long *final_p, unsigned *abi_bad)
{
    sigjmp_buf escape;
    void *fn = at ? (void *)(j->code + j->resume_at) : (void *)j->code;
    rt->status = RUN_OK;
    if (rt_guard_edge(rt, 1) != 0) return rt->status = RUN_FAILED;
    rt->escape = &escape;
    rt->careful = j->careful;
    armed_jit = j;
    armed_rt = rt;
    unsigned bad = 0;
    if (sigsetjmp(escape, 1) == 0) {
        uint8_t *end = abi_bad ? abi_call(fn, rt->tape + p, rt, &bad, at)
                     : at ? ((JitResumeFn)(uintptr_t)fn)(rt->tape + p, rt, at)
                          : ((JitFn)(uintptr_t)fn)(rt->tape, rt);
        *final_p = (long)(end - rt->tape);
        if (abi_bad) *abi_bad |= bad;
    } else if (rt->status != RUN_IO_ERROR) {
        rt->fault_op = jit_op_at(j, rt->fault_rip);   /* came back from the fault handler */
        *final_p = rt->fault_p;
    }
    armed_rt = NULL;
    armed_jit = NULL;
    rt->escape = NULL;
    if (rt_guard_edge(rt, 0) != 0) return rt->status = RUN_FAILED;
    return rt->status;
}

/* Run the code on rt's tape, turning faults into tape errors, and a touch of
 * the edge page into a trip to the interpreter and back.
 *
 * The trip: the op that faulted had done nothing yet (each op's first access
 * to a cell comes before any of its effects), so the interpreter runs it
 * again, with the same pointer, and goes on. At a loop head (an OPEN that
 * j->entry allows) with the pointer clear of the edge page, it stops, and
 * the code takes over again from that OPEN: on-stack replacement, in the
 * small. A program that keeps going back to the edge would bounce between
 * the two, a signal and two mprotects a time, so each new trip makes the
 * interpreter wait twice as many loop heads before it hands back. */
RunStatus jit_run(const Jit *j, const Program *prog, Runtime *rt, long *final_p, unsigned *abi_bad)
{
    unsigned long wait = 0;                /* loop heads the next trip waits */
    const uint8_t *at = NULL;              /* where the code starts: its start, then an OPEN */
    long p = 0;
    for (;;) {
        RunStatus st = call_code(j, rt, at, p, final_p, abi_bad);
        if (st != RUN_EDGE) return st;
        if (rt->edge_trips++ == 0) rt->first_edge_op = rt->fault_op;
        rt->entry = j->entry;
        rt->handback_wait = wait;
        rt->status = RUN_OK;
        st = interp_resume(prog, rt, rt->fault_op, rt->fault_p, final_p);
        rt->entry = NULL;
        if (st != RUN_HANDBACK) return st;
        rt->handbacks++;
        wait = wait ? 2 * wait : 16;
        at = j->code + j->op_start[rt->fault_op];
        p = *final_p;
    }
}
