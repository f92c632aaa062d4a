/* 02-segfault-malloc/malloc-jit-report.c: malloc-jit's instruments, kept apart
 * from the lesson in malloc-jit.c: the options, the personality switch, and
 * the report of what the call did, decoded from the signal, the CPU's error
 * code and /proc/self/maps. Each value printed is one the program computed
 * or read, so a reader who changes the code sees the change.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/personality.h>
#include <sys/resource.h>

#include "helpers.h"
#include "malloc-jit.h"

enum mode parse_args(int argc, char **argv)
{
    if (argc > 1 && (strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0)) {
        printf("usage: malloc-jit [--crash | --read-implies-exec]\n"
               "  (none)               call the code in malloc'd memory, catch the SIGSEGV, explain it\n"
               "  --crash              call it with no handler, and die of SIGSEGV (no core file)\n"
               "  --read-implies-exec  set READ_IMPLIES_EXEC first: the heap is executable, the call works\n");
        exit(0);
    }
    if (argc > 2)
        usage_error("one argument at most: '%s' is one too many", argv[2]);
    if (argc == 1)
        return MODE_CATCH;
    if (strcmp(argv[1], "--crash") == 0)
        return MODE_CRASH;
    if (strcmp(argv[1], "--read-implies-exec") == 0)
        return MODE_READ_IMPLIES_EXEC;
    usage_error("unknown argument '%s'", argv[1]);
}

void enable_read_implies_exec(void)
{
    int before = personality(0xffffffff); /* 0xffffffff: only ask */
    if (before == -1 || personality((unsigned long)before | READ_IMPLIES_EXEC) == -1)
        die(EXIT_SOFTWARE, "personality(READ_IMPLIES_EXEC): %s (%s); a seccomp filter "
            "(a container's default profile) may forbid it", strerror(errno), errno_name(errno));
    if (!(personality(0xffffffff) & READ_IMPLIES_EXEC))
        die(EXIT_SOFTWARE, "personality(READ_IMPLIES_EXEC) succeeded but the flag is not set");
    printf("personality READ_IMPLIES_EXEC set: from now on, readable memory is executable too\n");
}

void no_core_dumps(void)
{
    /* --crash dies of SIGSEGV on purpose, to show what a naive JIT does. Under
     * `ulimit -c unlimited` that would leave a core file of several MiB in
     * the reader's folder each time, untracked and never cleaned: a core file
     * is for a crash nobody expected, and this one teaches nothing more. */
    const struct rlimit none = { 0, 0 };
    if (setrlimit(RLIMIT_CORE, &none) == -1)
        die_errno(EXIT_SOFTWARE, "setrlimit(RLIMIT_CORE, 0)", errno);
}

void print_code(const unsigned char *code, size_t size)
{
    printf("code     ");
    for (size_t i = 0; i < size; i++)
        printf("%02x ", code[i]);
    printf(" %zu bytes, from return_one.asm\n", size);
}

/* expected_result: what the code should return, read from the code itself:
 * it starts with mov eax, imm32 (b8 and four bytes, least significant first),
 * so eax holds imm32 at the ret. False if the code does not start that way. */
static bool expected_result(const unsigned char *code, size_t size, int *want)
{
    if (size < 5 || code[0] != 0xb8)
        return false;
    unsigned int imm = (unsigned int)code[1] | (unsigned int)code[2] << 8
                     | (unsigned int)code[3] << 16 | (unsigned int)code[4] << 24;
    *want = (int)imm;
    return true;
}

/* print_mapping: print the maps line that holds addr and what its permissions
 * say; returns whether the mapping is executable (false if there is none). */
static bool print_mapping(const void *addr)
{
    struct mapping m;
    if (!maps_find(addr, &m)) { /* exits 70 with one line if maps cannot be read */
        printf("  mapping  none: no line of /proc/self/maps holds %p\n", addr);
        return false;
    }
    bool executable = m.perms[2] == 'x';
    printf("  mapping  %lx-%lx %s %s\n", m.start, m.end, m.perms, m.name[0] ? m.name : "(anonymous)");
    printf("  perms    %-16s %s, %s, %s\n", m.perms,
           m.perms[0] == 'r' ? "readable" : "not readable",
           m.perms[1] == 'w' ? "writable" : "not writable",
           executable ? "executable" : "NOT executable (no x)");
    return executable;
}

int report_return(const unsigned char *code, size_t size, const void *buf, int result, bool asked)
{
    int want;
    if (!expected_result(code, size, &want))
        die(EXIT_SOFTWARE, "the call returned %d, but the code does not start with "
            "mov eax, imm32 (b8): what it should return is unknown", result);
    if (result != want)
        die(EXIT_SOFTWARE, "the call returned %d, expected %d (the imm32 of mov eax at the start of the code)",
            result, want);
    printf("the call returned %d, the value its mov eax sets: this heap is executable, so the bytes ran as code\n", result);
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

int report_fault(const void *buf, const struct fault *f)
{
    const uintptr_t b = (uintptr_t)buf, addr = (uintptr_t)f->addr, rip = f->rip;
    printf("caught SIGSEGV (the handler ran on the %s)\n",
           f->on_altstack ? "alternate signal stack" : "ordinary stack");
    printf("  si_addr  %-16p %s\n", f->addr,
           addr == b ? "= the buffer: the access that failed was to its first byte"
                     : "!= the buffer: not the fault this program expected");
    printf("  rip      %-16p %s\n", (void *)rip,
           rip == b ? "= the buffer: the CPU was fetching its first instruction"
                    : "!= the buffer: the CPU was not running the buffer");
    print_si_code(f->code);
    print_error_code(f->error);
    bool executable = print_mapping(f->addr);
    if (addr != b || rip != b || f->code != SEGV_ACCERR || executable)
        return EXIT_SOFTWARE;
    printf("The buffer's page is readable and writable but not executable: its page-table\n"
           "entry has the NX bit set, so the CPU refused to fetch an instruction from it.\n"
           "malloc hands out data memory, never code memory.\n"
           "Next, chapter 03: mmap fresh pages, write the code, then mprotect them to r-x.\n");
    return 0;
}
