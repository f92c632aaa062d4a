/* wx-jit-diagnose.c: what wx-jit shows and reports, kept apart from the lesson
 * in wx-jit.c: the /proc/self/maps line after each step; a fault in the JIT'd
 * code (SIGSEGV, SIGBUS, SIGILL, SIGTRAP), turned into one line on stderr; and,
 * when the kernel refuses executable memory, the likeliest policy behind it.
 * It also holds the --broken variants, each a small bug that makes the CPU or
 * the kernel stop the code in its own way, and the --mdwe switch.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <setjmp.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h> /* glibc's, which includes <linux/prctl.h>, the kernel's UAPI header */
#include <ucontext.h>
#include <unistd.h>

#include "helpers.h"
#include "wx-jit.h"

/* The names come from the kernel's UAPI header <linux/prctl.h> (Debian's
 * linux-libc-dev), not from glibc; a header older than Linux 6.3 lacks them. */
#ifndef PR_SET_MDWE
#define PR_SET_MDWE 65
#endif
#ifndef PR_GET_MDWE
#define PR_GET_MDWE 66
#endif
#ifndef PR_MDWE_REFUSE_EXEC_GAIN
#define PR_MDWE_REFUSE_EXEC_GAIN 1UL
#endif

enum { EXIT_UNAVAILABLE = 69 }; /* EX_UNAVAILABLE: the kernel lacks the feature */

static bool mdwe_by_flag; /* --mdwe turned memory-deny-write-execute on */

/* ---- the maps line after each step ------------------------------------- */

bool show_step(const char *step, const char *call, const void *addr, bool wx_allowed)
{
    struct mapping m;
    /* Not maps_find: --heap calls this while a heap page is r-x, when a malloc
     * (which stdio's fopen makes) could crash. */
    if (!maps_find_nomalloc(addr, &m)) {
        printf("%-20s %-37s gone: no mapping holds %p\n", step, call, addr);
        return false;
    }
    bool wx = m.perms[1] == 'w' && m.perms[2] == 'x';
    printf("%-20s %-37s %s %lx-%lx%s%s%s\n", step, call, m.perms, m.start, m.end,
           m.name[0] ? " " : "", m.name, wx ? "  <- writable and executable" : "");
    if (wx && !wx_allowed)
        die(EXIT_SOFTWARE, "W^X broken after %s: the page at %p is %s", step, addr, m.perms);
    return wx;
}

/* ---- a fault in the JIT'd code ------------------------------------------ */

static sigjmp_buf fault_return;
static volatile sig_atomic_t fault_signal;
static void *volatile fault_address; /* si_addr: the address the access or fetch failed at */
static void *volatile fault_rip;     /* where the CPU was */
static char *volatile fault_rsp;     /* the stack pointer at the fault */
static const void *call_argument;    /* the pointer --broken bus passes to its code */

/* The handler's own stack (SA_ONSTACK), as chapter 02 explains: a JIT bug that
 * breaks rsp (a push too many, a recursion without end) must still get its
 * report. A fixed size: SIGSTKSZ is no longer a constant in glibc 2.34+. */
static unsigned char signal_stack[64 * 1024];
static const int fault_signals[] = { SIGSEGV, SIGBUS, SIGILL, SIGTRAP };
enum { FAULT_SIGNALS = sizeof fault_signals / sizeof fault_signals[0] };

/* on_fault: the handler while the JIT'd code runs: note what happened, jump
 * back to call_code. Only stores and siglongjmp: async-signal-safe. */
static void on_fault(int sig, siginfo_t *info, void *context)
{
    const ucontext_t *uc = context;
    fault_signal = sig;
    fault_address = info->si_addr;
    fault_rip = (void *)uc->uc_mcontext.gregs[REG_RIP];
    fault_rsp = (char *)uc->uc_mcontext.gregs[REG_RSP];
    siglongjmp(fault_return, 1);
}

/* report_fault: one line on what stopped the code at code; exit 70. */
static _Noreturn void report_fault(void *code)
{
    long at = (char *)fault_rip - (char *)code; /* the byte of the code the CPU was at */
    struct mapping m;
    bool mapped = maps_find_nomalloc(code, &m);
    switch (fault_signal) {
    case SIGILL:
        die(EXIT_SOFTWARE, "the code at %p raised SIGILL (illegal instruction) at byte %ld of it: "
            "the CPU cannot run the bytes there (ud2 is 0f 0b); are its bytes right?", code, at);
    case SIGTRAP:
        die(EXIT_SOFTWARE, "the code at %p raised SIGTRAP (breakpoint trap) at byte %ld of it: "
            "an int3 (cc) ran; are its bytes right?", code, at - 1); /* rip is past the int3 */
    case SIGBUS:
        die(EXIT_SOFTWARE, "the code at %p raised SIGBUS (bus error) at byte %ld of it, reading %p: "
            "mapped memory with nothing behind it (past the end of a file)", code, at, fault_address);
    default:
        if (fault_address == code && mapped && m.perms[2] != 'x')
            die(EXIT_SOFTWARE, "calling %p raised SIGSEGV at that address: the page is not "
                "executable (maps: %s); was the mprotect skipped?", code, m.perms);
        if ((uintptr_t)fault_address == (uintptr_t)fault_rsp - 8)
            die(EXIT_SOFTWARE, "the code at %p raised SIGSEGV at byte %ld of it, pushing at %p: rsp is %#lx, "
                "no stack; only a handler on a stack of its own (sigaltstack) can tell", code, at,
                fault_address, (unsigned long)fault_rsp);
        if (!maps_find_nomalloc(fault_address, &m))
            die(EXIT_SOFTWARE, "the code at %p raised SIGSEGV at byte %ld of it, accessing %p, "
                "where nothing is mapped", code, at, fault_address);
        die(EXIT_SOFTWARE, "the code at %p raised SIGSEGV at byte %ld of it, accessing %p (maps: %s)",
            code, at, fault_address, m.perms);
    }
}

/* call_through: call the code, with call_argument as its first argument (the
 * code of return_one ignores it). clang 17+'s -fsanitize=function would read
 * 8 bytes before code, on a page that may not exist: it is off here. */
CALLS_JIT_CODE
static int call_through(void *code)
{
    return ((int (*)(const void *))code)(call_argument);
}

int call_code(void *code)
{
    stack_t ss = { .ss_sp = signal_stack, .ss_size = sizeof signal_stack, .ss_flags = 0 };
    if (sigaltstack(&ss, NULL) == -1)
        die_errno(EXIT_SOFTWARE, "sigaltstack", errno);
    struct sigaction handler = { .sa_sigaction = on_fault, .sa_flags = SA_SIGINFO | SA_ONSTACK };
    static struct sigaction old[FAULT_SIGNALS];
    sigemptyset(&handler.sa_mask);
    for (int i = 0; i < FAULT_SIGNALS; i++)
        if (sigaction(fault_signals[i], &handler, &old[i]) == -1)
            die_errno(EXIT_SOFTWARE, "sigaction", errno);
    if (sigsetjmp(fault_return, 1) != 0)
        report_fault(code);
    int result = call_through(code);
    for (int i = 0; i < FAULT_SIGNALS; i++)
        if (sigaction(fault_signals[i], &old[i], NULL) == -1)
            die_errno(EXIT_SOFTWARE, "sigaction", errno);
    return result;
}

int result_status(int result)
{
    if (result == 1)
        return 0;
    fprintf(stderr, "wx-jit: the code returned %d, expected 1: are its bytes right?\n", result);
    return EXIT_SOFTWARE;
}

/* ---- --broken: one bug per signal --------------------------------------- */

/* asm2bytes return_one_int3.asm */
static const unsigned char int3_code[] = {
    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */
    0xcc,                                    /* int3 */
};
/* asm2bytes return_one_ud2.asm */
static const unsigned char ud2_code[] = {
    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */
    0x0f, 0x0b,                              /* ud2 */
};
/* asm2bytes wreck_rsp.asm */
static const unsigned char stack_code[] = {
    0x31, 0xe4,                              /* xor esp,esp */
    0x50,                                    /* push rax */
    0xc3,                                    /* ret */
};
/* asm2bytes load_past_eof.asm */
static const unsigned char load_code[] = {
    0x8b, 0x07,                              /* mov eax,DWORD PTR [rdi] */
    0xc3,                                    /* ret */
};

/* empty_file_page: a page mapped from an empty file (memfd): mapped, but no
 * byte of the file is behind it, so a load from it raises SIGBUS. */
static const void *empty_file_page(void)
{
    int fd = memfd_create("wx-jit-empty", MFD_CLOEXEC);
    if (fd == -1)
        die_errno(EXIT_SOFTWARE, "memfd_create", errno);
    void *p = mmap(NULL, (size_t)sysconf(_SC_PAGESIZE), PROT_READ, MAP_SHARED, fd, 0);
    if (p == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap of an empty file", errno);
    if (close(fd) == -1)
        die_errno(EXIT_SOFTWARE, "close", errno);
    return p;
}

bool broken_code(const char *name, const unsigned char **code, size_t *size)
{
    if (strcmp(name, "int3") == 0) {
        *code = int3_code, *size = sizeof int3_code;
    } else if (strcmp(name, "ud2") == 0) {
        *code = ud2_code, *size = sizeof ud2_code;
    } else if (strcmp(name, "stack") == 0) {
        *code = stack_code, *size = sizeof stack_code;
    } else if (strcmp(name, "bus") == 0) {
        *code = load_code, *size = sizeof load_code;
        call_argument = empty_file_page();
    } else {
        return false;
    }
    return true;
}

/* ---- when the system says no -------------------------------------------- */

/* seccomp_filtered: true if a seccomp filter is installed ("Seccomp: 2" in /proc/self/status). */
static bool seccomp_filtered(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    if (f == NULL)
        die_errno(EXIT_SOFTWARE, "cannot read /proc/self/status", errno);
    char line[256];
    int mode = 0;
    while (fgets(line, sizeof line, f) != NULL)
        if (sscanf(line, "Seccomp: %d", &mode) == 1)
            break;
    fclose(f);
    return mode == 2;
}

/* likely_policy: the likeliest reason the kernel refused executable memory with err. */
static const char *likely_policy(int err, bool heap)
{
    int mdwe = prctl(PR_GET_MDWE, 0L, 0L, 0L, 0L);
    if (mdwe > 0 && (mdwe & PR_MDWE_REFUSE_EXEC_GAIN))
        return mdwe_by_flag
            ? "memory-deny-write-execute is on for this process (prctl PR_SET_MDWE, set by --mdwe)"
            : "memory-deny-write-execute is on for this process (prctl PR_SET_MDWE, inherited; systemd's MemoryDenyWriteExecute=yes sets it)";
    if (err == EPERM && seccomp_filtered())
        return "a seccomp filter refuses it (systemd's MemoryDenyWriteExecute=yes, when it cannot use PR_SET_MDWE)";
    if (err == EACCES)
        return heap ? "likely an LSM policy such as SELinux denying execmem or execheap (look for an AVC denial: ausearch -m avc)"
                    : "likely an LSM policy such as SELinux denying execmem (look for an AVC denial: ausearch -m avc)";
    return "likely a hardened kernel or a security policy";
}

void die_refused(const char *call, int err, bool heap)
{
    if (err != EACCES && err != EPERM)
        die(EXIT_SOFTWARE, "%s failed: %s (%s)", call, strerror(err), errno_name(err));
    die(EXIT_SOFTWARE, "%s refused: %s (%s); %s", call, strerror(err), errno_name(err),
        likely_policy(err, heap));
}

void turn_on_mdwe(void)
{
    if (prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0L, 0L, 0L) == -1) {
        if (errno == EINVAL)
            die(EXIT_UNAVAILABLE, "prctl(PR_SET_MDWE) is not supported by this kernel "
                "(EINVAL; it needs Linux 6.3 or later)");
        die_errno(EXIT_SOFTWARE, "prctl(PR_SET_MDWE)", errno);
    }
    mdwe_by_flag = true;
    printf("memory-deny-write-execute: on (prctl PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN)\n");
}
