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
 * Exit status: 0 when the program showed what it set out to show (the fault,
 * or the call returning 1 from an executable heap), 64 for bad arguments,
 * 70 when something else went wrong. --crash dies of SIGSEGV on purpose.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <setjmp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/personality.h>
#include <ucontext.h>

/* int return_one(void) { return 1; } as machine code. */
/* asm2bytes return_one.asm */
static const unsigned char return_one_code[] = {
    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */
    0xc3,                                    /* ret */
};

typedef int (*return_one_fn)(void);

enum mode { MODE_CATCH, MODE_CRASH, MODE_READ_IMPLIES_EXEC };

/* What the SIGSEGV handler saw. The handler writes these, main reads them
 * after the handler has jumped back (volatile: they change behind main's back). */
static void *volatile fault_addr;          /* siginfo si_addr: the address that faulted */
static volatile sig_atomic_t fault_code;   /* siginfo si_code: why it faulted */
static volatile uintptr_t fault_rip;       /* the instruction pointer at the fault */
static volatile uintptr_t fault_error;     /* the CPU's page-fault error code */
static volatile sig_atomic_t fault_on_altstack; /* did the handler run on signal_stack? */
static sigjmp_buf after_fault;

/* The handler's own stack. A fixed size, because SIGSTKSZ is no longer a
 * compile-time constant in glibc 2.34 and later; 64 KiB is plenty. */
static unsigned char signal_stack[64 * 1024];

/* usage: print the usage line to OUT and exit with STATUS. */
static void usage(FILE *out, int status)
{
    fprintf(out, "usage: malloc-jit [--crash | --read-implies-exec]\n");
    exit(status);
}

/* parse_args: the mode the arguments ask for; exits 64 on anything else. */
static enum mode parse_args(int argc, char **argv)
{
    if (argc == 1)
        return MODE_CATCH;
    if (argc == 2 && strcmp(argv[1], "--crash") == 0)
        return MODE_CRASH;
    if (argc == 2 && strcmp(argv[1], "--read-implies-exec") == 0)
        return MODE_READ_IMPLIES_EXEC;
    if (argc == 2 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0))
        usage(stdout, 0);
    usage(stderr, 64);
    return MODE_CATCH; /* not reached */
}

/* errno_name: the symbolic name of the errno values this program can meet. */
static const char *errno_name(int err)
{
    switch (err) {
    case EPERM: return "EPERM";
    case EINVAL: return "EINVAL";
    case ENOMEM: return "ENOMEM";
    default: return "?";
    }
}

/* enable_read_implies_exec: set the READ_IMPLIES_EXEC personality, so that
 * memory the kernel maps readable from now on is executable as well. Must run
 * before the first malloc, while the heap does not exist yet. Exits 70 if refused. */
static void enable_read_implies_exec(void)
{
    int before = personality(0xffffffff); /* 0xffffffff: only ask */
    if (before == -1 || personality((unsigned long)before | READ_IMPLIES_EXEC) == -1) {
        int err = errno;
        fprintf(stderr, "malloc-jit: personality(READ_IMPLIES_EXEC): %s (%s); a seccomp filter "
                "(a container's default profile) may forbid it\n", strerror(err), errno_name(err));
        exit(70);
    }
    if (!(personality(0xffffffff) & READ_IMPLIES_EXEC)) {
        fprintf(stderr, "malloc-jit: personality(READ_IMPLIES_EXEC) succeeded but the flag is not set\n");
        exit(70);
    }
    printf("personality READ_IMPLIES_EXEC set: from now on, readable memory is executable too\n");
}

/* jit_alloc: SIZE bytes of ordinary heap memory, the naive way. Exits 70 if none. */
static unsigned char *jit_alloc(size_t size)
{
    unsigned char *buf = malloc(size);
    if (buf == NULL) {
        fprintf(stderr, "malloc-jit: malloc(%zu): out of memory\n", size);
        exit(70);
    }
    return buf;
}

/* jit_emit: copy LEN bytes of machine code to BUF. */
static void jit_emit(unsigned char *buf, const unsigned char *code, size_t len)
{
    memcpy(buf, code, len);
}

/* maps_line_for: copy into LINE the /proc/self/maps line whose range holds
 * ADDR, with runs of spaces squeezed to one; false if there is none. */
static bool maps_line_for(const void *addr, char *line, size_t size)
{
    FILE *maps = fopen("/proc/self/maps", "r");
    if (maps == NULL) {
        perror("malloc-jit: /proc/self/maps");
        return false;
    }
    bool found = false;
    char *raw = NULL;
    size_t cap = 0;
    while (!found && getline(&raw, &cap, maps) != -1) {
        unsigned long start, end;
        if (sscanf(raw, "%lx-%lx", &start, &end) != 2)
            continue;
        if ((uintptr_t)addr < start || (uintptr_t)addr >= end)
            continue;
        size_t n = 0;
        for (const char *p = raw; *p != '\0' && *p != '\n' && n + 1 < size; p++)
            if (!(*p == ' ' && n > 0 && line[n - 1] == ' '))
                line[n++] = *p;
        line[n] = '\0';
        found = true;
    }
    free(raw);
    fclose(maps);
    return found;
}

/* print_mapping: print the maps line that holds ADDR and what its permissions
 * say; returns whether the mapping is executable (false if none was found). */
static bool print_mapping(const void *addr)
{
    char line[512];
    if (!maps_line_for(addr, line, sizeof line)) {
        printf("  mapping  none: no line of /proc/self/maps holds %p\n", addr);
        return false;
    }
    const char *space = strchr(line, ' ');
    const char *perms = space != NULL ? space + 1 : "????"; /* after the range: "rw-p" */
    bool executable = perms[2] == 'x';
    printf("  mapping  %s\n", line);
    printf("  perms    %-16.4s %s, %s, %s\n", perms,
           perms[0] == 'r' ? "readable" : "not readable",
           perms[1] == 'w' ? "writable" : "not writable",
           executable ? "executable" : "NOT executable (no x)");
    return executable;
}

/* print_si_code: print the name of a SIGSEGV si_code and what it means. */
static void print_si_code(int code)
{
    switch (code) {
    case SEGV_ACCERR:
        printf("  si_code  %-16s %s\n", "SEGV_ACCERR", "the page is mapped, but this kind of access is not allowed");
        printf("  %-25s %s\n", "", "(SEGV_MAPERR would mean nothing is mapped there at all)");
        break;
    case SEGV_MAPERR:
        printf("  si_code  %-16s %s\n", "SEGV_MAPERR", "nothing is mapped at that address");
        break;
    default:
        printf("  si_code  %-16d %s\n", code, "neither SEGV_ACCERR nor SEGV_MAPERR");
    }
}

/* print_error_code: decode the x86 page-fault error code (Intel SDM vol. 3A, 4.7). */
static void print_error_code(unsigned long err)
{
    char hex[20];
    snprintf(hex, sizeof hex, "0x%02lx", err);
    printf("  error    %-16s %s\n", hex, "the CPU's page-fault error code:");
    printf("  %-25s P=%lu %s, W=%lu %s, U=%lu %s, I=%lu %s\n", "",
           err & 1, err & 1 ? "present" : "not present",
           err >> 1 & 1, err >> 1 & 1 ? "write" : "read",
           err >> 2 & 1, err >> 2 & 1 ? "user mode" : "kernel mode",
           err >> 4 & 1, err >> 4 & 1 ? "instruction fetch" : "data access");
}

/* on_segv: SIGSEGV handler. It only notes what happened and jumps back into
 * main: plain stores and siglongjmp, both async-signal-safe (man 7 signal-safety).
 * Jumping out is safe because the fault is in our JIT'd code, never inside libc. */
static void on_segv(int sig, siginfo_t *info, void *context)
{
    const ucontext_t *uc = context;
    const uintptr_t here = (uintptr_t)&uc; /* an address on the stack this handler runs on */
    (void)sig;
    fault_addr = info->si_addr;
    fault_code = info->si_code;
    fault_rip = (uintptr_t)uc->uc_mcontext.gregs[REG_RIP];
    fault_error = (uintptr_t)uc->uc_mcontext.gregs[REG_ERR];
    fault_on_altstack = here >= (uintptr_t)signal_stack && here < (uintptr_t)(signal_stack + sizeof signal_stack);
    siglongjmp(after_fault, 1);
}

/* install_segv_handler: run on_segv for SIGSEGV, on its own stack. Exits 70 on failure. */
static void install_segv_handler(void)
{
    stack_t ss = { .ss_sp = signal_stack, .ss_size = sizeof signal_stack, .ss_flags = 0 };
    if (sigaltstack(&ss, NULL) == -1) {
        perror("malloc-jit: sigaltstack");
        exit(70);
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_sigaction = on_segv;
    sa.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGSEGV, &sa, NULL) == -1) {
        perror("malloc-jit: sigaction(SIGSEGV)");
        exit(70);
    }
}

/* remove_segv_handler: give SIGSEGV its default action (end the process) back. */
static void remove_segv_handler(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = SIG_DFL;
    sigemptyset(&sa.sa_mask);
    if (sigaction(SIGSEGV, &sa, NULL) == -1) {
        perror("malloc-jit: sigaction(SIGSEGV, SIG_DFL)");
        exit(70);
    }
}

/* report_return: the call came back with RESULT: say so, and how that could be.
 * ASKED is true when this process set READ_IMPLIES_EXEC itself. */
static int report_return(const unsigned char *buf, int result, bool asked)
{
    if (result != 1) {
        fprintf(stderr, "malloc-jit: the call returned %d, expected 1\n", result);
        return 70;
    }
    printf("the call returned 1: this heap is executable, so the bytes ran as code\n");
    if (!print_mapping(buf)) {
        printf("The mapping has no x and the code ran anyway: this CPU or kernel does\n"
               "not enforce NX.\n");
    } else if (asked) {
        printf("The heap was created after this process set READ_IMPLIES_EXEC, so the kernel\n"
               "mapped it with x. Any bytes that land in the heap can now run as code, an\n"
               "attacker's included: this is what NX exists to prevent.\n");
    } else {
        printf("Something made this heap executable: an old kernel, or a READ_IMPLIES_EXEC\n"
               "personality. Any bytes that land in the heap can now run as code, an\n"
               "attacker's included: this is what NX exists to prevent.\n");
    }
    return 0;
}

/* report_fault: the call faulted: show what the handler saw, and what it means.
 * Returns 0 when the fault is the one this chapter explains, 70 otherwise. */
static int report_fault(const unsigned char *buf)
{
    const uintptr_t b = (uintptr_t)buf, addr = (uintptr_t)fault_addr, rip = fault_rip;
    printf("caught SIGSEGV (the handler ran on the %s)\n",
           fault_on_altstack ? "alternate signal stack" : "ordinary stack");
    printf("  si_addr  %-16p %s\n", (void *)addr,
           addr == b ? "= the buffer: the access that failed was to its first byte"
                     : "!= the buffer: not the fault this program expected");
    printf("  rip      %-16p %s\n", (void *)rip,
           rip == b ? "= the buffer: the CPU was fetching its first instruction"
                    : "!= the buffer: the CPU was not running the buffer");
    print_si_code(fault_code);
    print_error_code(fault_error);
    bool executable = print_mapping((const void *)addr);
    if (addr != b || rip != b || fault_code != SEGV_ACCERR || executable)
        return 70;
    printf("The buffer's page is readable and writable but not executable: its page-table\n"
           "entry has the NX bit set, so the CPU refused to fetch an instruction from it.\n"
           "malloc hands out data memory, never code memory.\n"
           "Next, chapter 03: mmap fresh pages, write the code, then mprotect them to r-x.\n");
    return 0;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0); /* a pipe sees the lines as a terminal would */
    enum mode mode = parse_args(argc, argv);
    bool asked = mode == MODE_READ_IMPLIES_EXEC;
    if (asked)
        enable_read_implies_exec(); /* before the first malloc creates the heap */

    unsigned char *buf = jit_alloc(sizeof return_one_code);
    jit_emit(buf, return_one_code, sizeof return_one_code);
    printf("code     ");
    for (size_t i = 0; i < sizeof return_one_code; i++)
        printf("%02x ", return_one_code[i]);
    printf(" mov eax, 1; ret\n");
    printf("buffer   %-18p malloc(%zu), the code copied in\n", (void *)buf, sizeof return_one_code);
    return_one_fn return_one = (return_one_fn)buf;

    if (mode == MODE_CRASH) {
        printf("calling the buffer with no SIGSEGV handler: the process should die\n");
        int result = return_one();
        return report_return(buf, result, false); /* only if the heap is executable */
    }

    printf("calling the buffer through a function pointer...\n");
    install_segv_handler();
    if (sigsetjmp(after_fault, 1) == 0) {
        int result = return_one();
        remove_segv_handler();
        return report_return(buf, result, asked);
    }
    remove_segv_handler();
    return report_fault(buf);
}
