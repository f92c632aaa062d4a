/* malloc-jit.h: what the lesson (malloc-jit.c) shares with its instruments
 * in malloc-jit-report.c: the options, and the report of what the call did. */
#ifndef MALLOC_JIT_H
#define MALLOC_JIT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum mode { MODE_CATCH, MODE_CRASH, MODE_READ_IMPLIES_EXEC };

/* What the SIGSEGV handler saw. */
struct fault {
    void *addr;        /* siginfo si_addr: the address that faulted */
    int code;          /* siginfo si_code: why (SEGV_ACCERR, SEGV_MAPERR) */
    uintptr_t rip;     /* the instruction pointer at the fault */
    uintptr_t error;   /* the CPU's page-fault error code */
    bool on_altstack;  /* did the handler run on its own stack? */
};

/* parse_args: the mode the arguments ask for; --help prints the usage and
 * exits 0, a bad argument is one line and exit 64. */
enum mode parse_args(int argc, char **argv);

/* enable_read_implies_exec: set the READ_IMPLIES_EXEC personality, so that
 * memory mapped readable from now on is executable too. Exits 70 if refused. */
void enable_read_implies_exec(void);

/* no_core_dumps: RLIMIT_CORE to 0 for a crash on purpose; exits 70 if refused. */
void no_core_dumps(void);

/* print_code: the bytes of the code, as they are in the array. */
void print_code(const unsigned char *code, size_t size);

/* report_return: the call at buf came back with result: say so, and how that
 * could be (asked: this process set READ_IMPLIES_EXEC). Returns the exit status. */
int report_return(const unsigned char *code, size_t size, const void *buf, int result, bool asked);

/* report_fault: the call at buf faulted: the evidence, decoded. Returns 0 for
 * the fault this chapter explains (an instruction fetch from a page without
 * execute permission), 70 for any other. */
int report_fault(const void *buf, const struct fault *f);

#endif
