/* 04-args/args.c: the lesson. JIT'd functions that take arguments, called from
 * C under the System V AMD64 calling convention: add(x, y), add4(n), six(a..f)
 * (all six argument registers) and add32(x, y), a 32-bit add where 64 bits were
 * meant, then two type mistakes. The instruments are apart: args-selftest.c (the
 * functions in C, the self-test, the callee-saved check), args-cli.c (options).
 * Exit status: 0; 64 bad arguments; 70 a result differs from C's or the system
 * refuses a step; 74 stdout cannot be written. */
#define _GNU_SOURCE /* MAP_ANONYMOUS */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include "args.h"
#include "helpers.h"

_Static_assert(sizeof(long) == 8, "Linux x86-64 is LP64: a long is 64 bits, one register");

/* ---- The machine code (tools/asm2bytes FILE.asm prints each array) ---- */

/* asm2bytes add.asm */
static const unsigned char add_code[] = {
    /* add: */
    0x48, 0x89, 0xf8,                        /* mov rax,rdi */
    0x48, 0x01, 0xf0,                        /* add rax,rsi */
    0xc3,                                    /* ret */
};

/* asm2bytes add4.asm */
static const unsigned char add4_code[] = {
    /* add4: */
    0x48, 0x89, 0xf8,                        /* mov rax,rdi */
    0x48, 0x83, 0xc0, 0x04,                  /* add rax,0x4 */
    0xc3,                                    /* ret */
};

/* asm2bytes six.asm */
static const unsigned char six_code[] = {
    /* six: */
    0x48, 0x89, 0xf8,                        /* mov rax,rdi */
    0x48, 0x6b, 0xc0, 0x0a,                  /* imul rax,rax,0xa */
    0x48, 0x01, 0xf0,                        /* add rax,rsi */
    0x48, 0x6b, 0xc0, 0x0a,                  /* imul rax,rax,0xa */
    0x48, 0x01, 0xd0,                        /* add rax,rdx */
    0x48, 0x6b, 0xc0, 0x0a,                  /* imul rax,rax,0xa */
    0x48, 0x01, 0xc8,                        /* add rax,rcx */
    0x48, 0x6b, 0xc0, 0x0a,                  /* imul rax,rax,0xa */
    0x4c, 0x01, 0xc0,                        /* add rax,r8 */
    0x48, 0x6b, 0xc0, 0x0a,                  /* imul rax,rax,0xa */
    0x4c, 0x01, 0xc8,                        /* add rax,r9 */
    0xc3,                                    /* ret */
};

/* asm2bytes add32.asm */
static const unsigned char add32_code[] = {
    /* add32: */
    0x89, 0xf8,                              /* mov eax,edi */
    0x01, 0xf0,                              /* add eax,esi */
    0xc3,                                    /* ret */
};

/* ---- The W^X path: map writable, copy, make executable, call, unmap ---- */

static char seen_after_mmap[5], seen_after_mprotect[5]; /* /proc/self/maps, shown by the demo */

/* expect_perms: exit 70 unless PAGE is WANT ("rw-p") and no mapping is W and X. */
static void expect_perms(const void *page, const char *want, const char *step, char seen[5])
{
    snprintf(seen, 5, "%s", maps_perms(page));
    if (strcmp(seen, want) != 0)
        die(EXIT_SOFTWARE, "after %s, /proc/self/maps lists the code's page as %s, not %s", step, seen, want);
    if (maps_count_wx() != 0)
        die(EXIT_SOFTWARE, "after %s, a mapping is writable and executable at once", step);
}

void *jit_load(const unsigned char *code, unsigned long len)
{
    long size = sysconf(_SC_PAGESIZE);
    if (size <= 0 || len > (unsigned long)size)
        die(EXIT_SOFTWARE, "%lu bytes of code do not fit in one page", len);
    void *page = mmap(NULL, (size_t)size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (page == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap(PROT_READ|PROT_WRITE)", errno);
    expect_perms(page, "rw-p", "mmap", seen_after_mmap);
    memcpy(page, code, len);
    if (mprotect(page, (size_t)size, PROT_READ | PROT_EXEC) != 0)
        die(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_EXEC): %s (%s): this system forbids making memory "
            "executable (SELinux execmem, systemd MemoryDenyWriteExecute or prctl PR_SET_MDWE)",
            strerror(errno), errno_name(errno));
    expect_perms(page, "r-xp", "mprotect", seen_after_mprotect);
    return page;
}

void jit_free(void *page)
{
    if (munmap(page, (size_t)sysconf(_SC_PAGESIZE)) != 0)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
}

/* jit_load_all: the four functions. A data pointer converted to a function
 * pointer is not ISO C, but POSIX (dlsym) and every Linux compiler allow it:
 * this is how a JIT calls the code it made. */
struct jitted jit_load_all(void)
{
    return (struct jitted){
        .add = (add_fn)jit_load(add_code, sizeof add_code),
        .add4 = (add4_fn)jit_load(add4_code, sizeof add4_code),
        .six = (six_fn)jit_load(six_code, sizeof six_code),
        .add32 = (add_fn)jit_load(add32_code, sizeof add32_code),
    };
}

void jit_free_all(struct jitted *j)
{
    void *pages[] = { (void *)j->add, (void *)j->add4, (void *)j->six, (void *)j->add32 };
    for (size_t i = 0; i < 4; i++)
        jit_free(pages[i]);
}

/* ---- The demo: JIT'd functions called like any C function ---- */

/* demo_calls: add, add4 and six on a few values; x goes in rdi, y in rsi, ... */
static CALLS_JIT_CODE void demo_calls(const struct jitted *j)
{
    static const struct { long x, y; const char *note; } adds[] = { { 2, 3, "" }, { -7, 4, "" },
        { INT_MAX, 1, "          past INT_MAX: a 64-bit add" }, { LONG_MAX, 1, "    past LONG_MAX: it wraps around" } };
    printf("add(x, y) = x + y                   mov rax, rdi; add rax, rsi; ret\n"
           "  x arrives in rdi, y in rsi; the result leaves in rax.\n");
    for (size_t i = 0; i < sizeof adds / sizeof adds[0]; i++) {
        long r = j->add(adds[i].x, adds[i].y);
        printf("  add(%ld, %ld) = %ld%s", adds[i].x, adds[i].y, r, adds[i].note);
        same_as_c(r, c_add(adds[i].x, adds[i].y));
    }
    static const long ns[] = { 2, -4, INT_MAX };
    printf("\nadd4(n) = n + 4                     mov rax, rdi; add rax, 4; ret\n");
    for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++) {
        long r = j->add4(ns[i]);
        printf("  add4(%ld) = %ld", ns[i], r);
        same_as_c(r, c_add4(ns[i]));
    }
    static const long sixes[][6] = { { 1, 2, 3, 4, 5, 6 }, { 6, 5, 4, 3, 2, 1 }, { 0, 0, 0, 7, 0, 0 } };
    printf("\nsix(a, b, c, d, e, f) = ((((a*10 + b)*10 + c)*10 + d)*10 + e)*10 + f\n"
           "  a..f arrive in rdi, rsi, rdx, rcx, r8, r9: each register becomes one digit.\n");
    for (size_t i = 0; i < sizeof sixes / sizeof sixes[0]; i++) {
        const long *a = sixes[i];
        long r = j->six(a[0], a[1], a[2], a[3], a[4], a[5]);
        printf("  six(%ld, %ld, %ld, %ld, %ld, %ld) = %ld", a[0], a[1], a[2], a[3], a[4], a[5], r);
        same_as_c(r, c_six(a[0], a[1], a[2], a[3], a[4], a[5]));
    }
}

/* demo_mistakes: a long result kept in an int, and 32-bit code called as a 64-bit add. */
static CALLS_JIT_CODE void demo_mistakes(const struct jitted *j)
{
    long n = INT_MAX;
    long as_long = j->add4(n);
    int as_int = j->add4(n); /* the mistake: -Wall -Wextra say nothing */
    printf("\nMistake 1, on the C side: add4 returns a long, the caller keeps an int.\n");
    printf("  long r = add4(%ld);   r = %ld   (%#lx in rax)\n", n, as_long, (unsigned long)as_long);
    printf("  int  r = add4(%ld);   r = %d  (%#x in eax: bit 31 is an int's sign)\n", n, as_int, (unsigned)as_int);
    static const struct { long x, y; } cases[] = { { 4000000000, 1000000000 }, { -5, 3 } };
    printf("\nMistake 2, in the machine code: add32 is mov eax, edi; add eax, esi; ret,\n"
           "called as long add32(long, long). It adds 32 bits, and writing eax zeroes\nthe top half of rax:\n");
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        long r = j->add32(cases[i].x, cases[i].y);
        printf("  add32(%ld, %ld) = %ld   (%#lx in rax; add gives %ld)\n",
               cases[i].x, cases[i].y, r, (unsigned long)r, c_add(cases[i].x, cases[i].y));
    }
}

/* demo: the guided tour; 0, or 70 if a JIT'd result differed from C's. */
static int demo(void)
{
    struct jitted j = jit_load_all();
    printf("Each function is machine code copied into its own page and called through\na C function "
           "pointer. /proc/self/maps lists the page as %s after mmap, %s\nafter mprotect: never writable "
           "and executable at once.\n\n", seen_after_mmap, seen_after_mprotect);
    demo_calls(&j);
    demo_mistakes(&j);
    jit_free_all(&j);
    int status = demo_callee_saved();
    if (demo_mismatches() > 0)
        die(EXIT_SOFTWARE, "%d JIT'd results differ from C's", demo_mismatches());
    if (status == 0)
        printf("\nThe results of add, add4 and six equal C's. More values: ./args --self-test\n");
    return status;
}

int main(int argc, char **argv)
{
    guard_stdout();
    struct command cmd = parse_command_line(argc, argv);
    switch (cmd.mode) {
    case MODE_HELP: help(); return 0;
    case MODE_SELF_TEST: return self_test();
    case MODE_ADD: return add_from_command_line(cmd.x, cmd.y);
    default: return demo();
    }
}
