/* emit-demo.c: chapter 07's program. It builds small functions with the encoder
 * in emit.c (loops with forward and backward labels, calls out to C, data after
 * the code), runs them through the W^X path (mmap RW, write, mprotect RX, call,
 * munmap) and compares every result with the same function written in C.
 * Other modes show and check the encoder itself:
 *   --table               the encoder reference table, from the encoder
 *   --explain [NAME...]   worked examples, each byte taken apart
 *   --dump NAME FILE      write a generated function's bytes (for objdump)
 *   --nasm-source FILE    the differential test's NASM source
 *   --nasm-compare BIN LST  compare nasm output (and listing) for it with the encoder
 *   --errors              provoke every error the encoder reports
 *   --bench [SECONDS]     instructions emitted per second
 *   --deny-exec           forbid executable memory first (prctl PR_SET_MDWE)
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <time.h>

#include "emit.h"

#define EX_USAGE 64
#define EX_DATAERR 65
#define EX_NOINPUT 66
#define EX_UNAVAILABLE 69
#define EX_SOFTWARE 70

#ifndef PR_SET_MDWE
#define PR_SET_MDWE 65
#define PR_MDWE_REFUSE_EXEC_GAIN 1
#endif

static const char *const r64[16] = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                                     "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };
static const char *const r32[16] = { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
                                     "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d" };
static const char *const r8[16] = { "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
                                    "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b" };
static const char *const cc_name[16] = { "o", "no", "b", "ae", "e", "ne", "be", "a",
                                         "s", "ns", "p", "np", "l", "ge", "le", "g" };

/* A short string returned by value (lives until the end of the full expression). */
typedef struct Str {
    char s[64];
} Str;

/* ==== W^X: executable memory that is never writable at the same time ========= */

/* The name of an errno value the calls below can give. */
static const char *errno_name(int err)
{
    switch (err) {
    case EACCES: return "EACCES";
    case EPERM: return "EPERM";
    case ENOMEM: return "ENOMEM";
    case EINVAL: return "EINVAL";
    default: return "errno";
    }
}

/* Print one line naming a failed call, its errno and a likely reason; exit 70. */
static void die_call(const char *call, int err, const char *reason)
{
    fprintf(stderr, "emit-demo: %s: %s (%s): %s\n", call, strerror(err), errno_name(err), reason);
    exit(EX_SOFTWARE);
}

/* Map size bytes read-write, near the program's code if the kernel agrees (so
 * that call rel32 reaches C functions). */
static uint8_t *jit_alloc(size_t size)
{
    uintptr_t here = (uintptr_t)&jit_alloc & ~(uintptr_t)0xfffff;
    uintptr_t hint = here > (1u << 31) ? here - (1u << 30) : here + (1u << 30);
    void *p = mmap((void *)hint, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED)
        die_call("mmap(PROT_READ|PROT_WRITE)", errno, "out of memory or address space");
    return p;
}

/* Turn the mapping read+execute (and no longer writable). */
static void jit_make_executable(uint8_t *mem, size_t size)
{
    if (mprotect(mem, size, PROT_READ | PROT_EXEC) != 0)
        die_call("mprotect(PROT_READ|PROT_EXEC)", errno,
                 "the system refuses executable memory that was writable (SELinux execmem, "
                 "systemd MemoryDenyWriteExecute or prctl PR_SET_MDWE)");
}

/* Unmap it. */
static void jit_free(uint8_t *mem, size_t size)
{
    if (munmap(mem, size) != 0)
        die_call("munmap", errno, "the mapping is not what jit_alloc returned");
}

/* The permissions of the mapping that holds addr, as /proc/self/maps shows
 * them ("r-xp"), or "?" if it cannot be read. */
static Str mapping_perms(const void *addr)
{
    Str perms = { "?" };
    FILE *f = fopen("/proc/self/maps", "r");
    if (f == NULL)
        return perms;
    char line[512];
    while (fgets(line, sizeof line, f)) {
        unsigned long lo, hi;
        char p[5];
        if (sscanf(line, "%lx-%lx %4s", &lo, &hi, p) == 3 && (uintptr_t)addr >= lo && (uintptr_t)addr < hi) {
            snprintf(perms.s, sizeof perms.s, "%s", p);
            break;
        }
    }
    fclose(f);
    return perms;
}

/* Stop with the encoder's error, if any (a bug in a builder below). */
static void finish_or_die(Emitter *e, const char *what)
{
    if (emit_finish(e) != EMIT_OK) {
        char msg[160];
        emit_format_error(e, msg, sizeof msg);
        fprintf(stderr, "emit-demo: building %s: %s\n", what, msg);
        exit(EX_SOFTWARE);
    }
}

/* ==== The functions, built with the encoder ====================================== */

/* long sum_to(long n): 1 + 2 + ... + n, 0 for n <= 0. */
static void build_sum_to(Emitter *e)
{
    EmitLabel loop = emit_label_new(e), done = emit_label_new(e);
    emit_xor_r32_r32(e, RAX, RAX);          /* xor eax, eax: rax = 0 */
    emit_test_r64_r64(e, RDI, RDI);
    emit_jcc8(e, CC_LE, done);              /* forward: done is not bound yet */
    emit_label_bind(e, loop);
    emit_add_r64_r64(e, RAX, RDI);
    emit_dec_r64(e, RDI);
    emit_jcc(e, CC_NZ, loop);               /* backward: bound, so rel8 */
    emit_label_bind(e, done);
    emit_ret(e);
}
/* sum_to in C. */
static long c_sum_to(long n) { long s = 0; for (; n > 0; n--) s += n; return s; }

/* long factorial(long n): n! (wrapping), 1 for n <= 1. */
static void build_factorial(Emitter *e)
{
    EmitLabel loop = emit_label_new(e), done = emit_label_new(e);
    emit_mov_r64_imm(e, RAX, 1);
    emit_label_bind(e, loop);
    emit_cmp_r64_imm(e, RDI, 1);
    emit_jcc32(e, CC_LE, done);             /* a rel32 forward jump */
    emit_imul_r64_r64(e, RAX, RDI);
    emit_sub_r64_imm(e, RDI, 1);
    emit_jmp32(e, loop);                    /* a rel32 backward jump */
    emit_label_bind(e, done);
    emit_ret(e);
}
/* factorial in C (unsigned: wraps like the CPU). */
static long c_factorial(long n)
{
    unsigned long f = 1;
    for (; n > 1; n--)
        f *= (unsigned long)n;
    return (long)f;
}

/* long mix(long a, long b): shifts, logic, lea and the wide registers. */
static void build_mix(Emitter *e)
{
    emit_mov_r64_r64(e, R8, RDI);
    emit_shl_r64_imm(e, R8, 3);             /* r8 = a << 3 */
    emit_mov_r64_r64(e, R9, RSI);
    emit_sar_r64_imm(e, R9, 2);             /* r9 = b >> 2 (arithmetic) */
    emit_xor_r64_r64(e, R8, R9);
    emit_mov_r64_r64(e, R10, RDI);
    emit_shr_r64_imm(e, R10, 60);           /* r10 = (unsigned)a >> 60 */
    emit_or_r64_r64(e, R8, R10);
    emit_lea(e, R11, RSI, -129);            /* r11 = b - 129 */
    emit_and_r64_imm(e, R11, 0xff0);
    emit_add_r64_r64(e, R8, R11);
    emit_mov_r64_r64(e, RAX, RDI);
    emit_not_r64(e, RAX);
    emit_neg_r64(e, RAX);                   /* rax = -~a = a + 1 */
    emit_imul_r64_r64_imm(e, RAX, RAX, 1000);
    emit_sub_r64_r64(e, RAX, R8);
    emit_mov_r64_imm(e, RCX, INT64_C(0x123456789abcdef));
    emit_xor_r64_r64(e, RAX, RCX);
    emit_ret(e);
}
/* mix in C. */
static long c_mix(long a, long b)
{
    unsigned long ua = (unsigned long)a, ub = (unsigned long)b;
    unsigned long r8 = (ua << 3) ^ (unsigned long)(b >> 2);   /* >> of a negative long is arithmetic in gcc and clang */
    r8 |= ua >> 60;
    r8 += (ub - 129) & 0xff0;
    unsigned long rax = (ua + 1) * 1000;
    return (long)((rax - r8) ^ 0x123456789abcdefUL);
}

/* size_t length(const char *s): strlen, one byte at a time. */
static void build_length(Emitter *e)
{
    EmitLabel loop = emit_label_new(e), done = emit_label_new(e);
    emit_mov_r64_r64(e, RAX, RDI);
    emit_label_bind(e, loop);
    emit_load8zx(e, RCX, RAX, 0);           /* movzx ecx, byte [rax] */
    emit_test_r32_r32(e, RCX, RCX);
    emit_jcc(e, CC_Z, done);                /* forward, automatic: rel32 */
    emit_inc_r64(e, RAX);
    emit_jmp(e, loop);                      /* backward, automatic: rel8 */
    emit_label_bind(e, done);
    emit_sub_r64_r64(e, RAX, RDI);
    emit_ret(e);
}

/* void upcase(char *s): a..z become A..Z in place (byte loads and stores). */
static void build_upcase(Emitter *e)
{
    EmitLabel loop = emit_label_new(e), next = emit_label_new(e), done = emit_label_new(e);
    emit_label_bind(e, loop);
    emit_load8zx(e, RSI, RDI, 0);           /* movzx esi, byte [rdi] */
    emit_test_r32_r32(e, RSI, RSI);
    emit_jcc8(e, CC_Z, done);
    emit_sub_r32_imm(e, RSI, 'a');
    emit_cmp_r32_imm(e, RSI, 'z' - 'a');
    emit_jcc8(e, CC_A, next);               /* unsigned: below 'a' wrapped around */
    emit_add_r32_imm(e, RSI, 'A');
    emit_store8(e, RDI, 0, RSI);            /* mov byte [rdi], sil */
    emit_label_bind(e, next);
    emit_inc_r64(e, RDI);
    emit_jmp8(e, loop);
    emit_label_bind(e, done);
    emit_ret(e);
}
/* upcase in C. */
static void c_upcase(char *s)
{
    for (; *s; s++)
        if (*s >= 'a' && *s <= 'z')
            *s = (char)(*s - 'a' + 'A');
}

/* long triple(long x): the C function the JIT'd code calls. */
static long triple(long x) { return (long)(3 * (unsigned long)x); }

/* long calls_c(long x): triple(triple(x) + x) - x, once through call rel32
 * (emit_call; it falls back to a register when the C function is out of
 * reach) and once through call rax. r12 is callee-saved: push it to use it. */
static void build_calls_c(Emitter *e)
{
    emit_push_r64(e, R12);                  /* also aligns the stack to 16 for the calls */
    emit_mov_r64_r64(e, R12, RDI);
    emit_call(e, (uint64_t)(uintptr_t)&triple, RAX);
    emit_add_r64_r64(e, RAX, R12);
    emit_mov_r64_r64(e, RDI, RAX);
    emit_mov_r64_imm(e, RAX, (int64_t)(uintptr_t)&triple);
    emit_call_r64(e, RAX);
    emit_sub_r64_r64(e, RAX, R12);
    emit_pop_r64(e, R12);
    emit_ret(e);
}
/* calls_c in C. */
static long c_calls_c(long x)
{
    unsigned long t = (unsigned long)triple(x) + (unsigned long)x;   /* unsigned: wraps like the CPU */
    return (long)((unsigned long)triple((long)t) - (unsigned long)x);
}

/* long sum_array(const long *a, long n): 64-bit loads through [base + disp]. */
static void build_sum_array(Emitter *e)
{
    EmitLabel loop = emit_label_new(e), tail = emit_label_new(e), done = emit_label_new(e);
    emit_xor_r32_r32(e, RAX, RAX);
    emit_label_bind(e, loop);               /* two at a time: [rdi] and [rdi+8] */
    emit_cmp_r64_imm(e, RSI, 2);
    emit_jcc8(e, CC_L, tail);
    emit_load64(e, RDX, RDI, 0);
    emit_add_r64_r64(e, RAX, RDX);
    emit_load64(e, RDX, RDI, 8);
    emit_add_r64_r64(e, RAX, RDX);
    emit_add_r64_imm(e, RDI, 16);
    emit_sub_r64_imm(e, RSI, 2);
    emit_jmp8(e, loop);
    emit_label_bind(e, tail);
    emit_test_r64_r64(e, RSI, RSI);
    emit_jcc8(e, CC_LE, done);
    emit_load64(e, RDX, RDI, 0);
    emit_add_r64_r64(e, RAX, RDX);
    emit_label_bind(e, done);
    emit_ret(e);
}

/* const char *greeting(void): the address of a string laid out after ret,
 * reached with lea rax, [rip + label] (chapter 06's patch, done by a label). */
static const char greeting_text[] = "hello from after the ret";
/* Build greeting: lea, ret, then the string. */
static void build_greeting(Emitter *e)
{
    EmitLabel text = emit_label_new(e);
    emit_lea_rip(e, RAX, text);             /* forward reference: a fixup */
    emit_ret(e);
    emit_label_bind(e, text);
    emit_bytes(e, greeting_text, sizeof greeting_text);
}

/* ==== Running them against C ==================================================== */

/* Each check runs the JIT'd code on many inputs and compares with C. It returns
 * the number of inputs compared, or -1 after writing the first difference to why. */
typedef long (*Check)(const void *code, char *why, size_t size);

/* A function pointer to the code at mem (POSIX lets a data pointer become a function pointer). */
#define AS_FUNCTION(type, mem) ((type)(uintptr_t)(mem))

static const long edge_values[] = { 0, 1, -1, 2, -2, 7, 127, -128, 128, 1000, -1000, 65535,
                                    0x7fffffff, -0x7fffffffL - 1, 0x80000000L, 0x123456789abL,
                                    INT64_MAX, INT64_MIN, INT64_MAX - 1, INT64_MIN + 1 };
#define NEDGES (sizeof edge_values / sizeof edge_values[0])

/* sum_to on -3..3000 against C. */
static long check_sum_to(const void *code, char *why, size_t size)
{
    long (*f)(long) = AS_FUNCTION(long (*)(long), code), n;
    for (n = -3; n <= 3000; n++)
        if (f(n) != c_sum_to(n)) {
            snprintf(why, size, "sum_to(%ld) is %ld, C says %ld", n, f(n), c_sum_to(n));
            return -1;
        }
    return n + 3;
}

/* factorial on -2..25 against C. */
static long check_factorial(const void *code, char *why, size_t size)
{
    long (*f)(long) = AS_FUNCTION(long (*)(long), code), n;
    for (n = -2; n <= 25; n++)
        if (f(n) != c_factorial(n)) {
            snprintf(why, size, "factorial(%ld) is %ld, C says %ld", n, f(n), c_factorial(n));
            return -1;
        }
    return n + 2;
}

/* mix on every pair of edge values against C. */
static long check_mix(const void *code, char *why, size_t size)
{
    long (*f)(long, long) = AS_FUNCTION(long (*)(long, long), code), cases = 0;
    for (size_t i = 0; i < NEDGES; i++)
        for (size_t j = 0; j < NEDGES; j++, cases++) {
            long a = edge_values[i], b = edge_values[j];
            if (f(a, b) != c_mix(a, b)) {
                snprintf(why, size, "mix(%ld, %ld) is %ld, C says %ld", a, b, f(a, b), c_mix(a, b));
                return -1;
            }
        }
    return cases;
}

static const char *const sample_strings[] = {
    "", "a", "Z", "hello, world", "ABC abc xyz XYZ @[`{", "0123456789",
    /* not machine code: text with bytes above 0x7f, input for the JIT'd length and upcase */
    "the quick brown fox jumps over the lazy dog", "\x7f\x80\xff high bytes stay",
};
#define NSTRINGS (sizeof sample_strings / sizeof sample_strings[0])

/* length on each sample string against strlen. */
static long check_length(const void *code, char *why, size_t size)
{
    size_t (*f)(const char *) = AS_FUNCTION(size_t (*)(const char *), code);
    for (size_t i = 0; i < NSTRINGS; i++)
        if (f(sample_strings[i]) != strlen(sample_strings[i])) {
            snprintf(why, size, "length(\"%s\") is %zu, strlen says %zu", sample_strings[i],
                     f(sample_strings[i]), strlen(sample_strings[i]));
            return -1;
        }
    return NSTRINGS;
}

/* upcase on each sample string (a copy) against C. */
static long check_upcase(const void *code, char *why, size_t size)
{
    void (*f)(char *) = AS_FUNCTION(void (*)(char *), code);
    for (size_t i = 0; i < NSTRINGS; i++) {
        char jit[64], c[64];
        snprintf(jit, sizeof jit, "%s", sample_strings[i]);
        snprintf(c, sizeof c, "%s", sample_strings[i]);
        f(jit);
        c_upcase(c);
        if (strcmp(jit, c) != 0) {
            snprintf(why, size, "upcase(\"%s\") gives \"%s\", C gives \"%s\"", sample_strings[i], jit, c);
            return -1;
        }
    }
    return NSTRINGS;
}

/* calls_c on -1000..1000 and the edge values against C. */
static long check_calls_c(const void *code, char *why, size_t size)
{
    long (*f)(long) = AS_FUNCTION(long (*)(long), code), cases = 0;
    for (long x = -1000; x <= 1000; x++, cases++)
        if (f(x) != c_calls_c(x)) {
            snprintf(why, size, "calls_c(%ld) is %ld, C says %ld", x, f(x), c_calls_c(x));
            return -1;
        }
    for (size_t i = 0; i < NEDGES; i++, cases++)
        if (f(edge_values[i]) != c_calls_c(edge_values[i])) {
            snprintf(why, size, "calls_c(%ld) is %ld, C says %ld", edge_values[i], f(edge_values[i]),
                     c_calls_c(edge_values[i]));
            return -1;
        }
    return cases;
}

/* sum_array on the first n edge values, n = 0..all, against C. */
static long check_sum_array(const void *code, char *why, size_t size)
{
    long (*f)(const long *, long) = AS_FUNCTION(long (*)(const long *, long), code);
    long a[NEDGES];
    memcpy(a, edge_values, sizeof a);
    long n;
    for (n = 0; n <= (long)NEDGES; n++) {
        unsigned long want = 0;
        for (long i = 0; i < n; i++)
            want += (unsigned long)a[i];
        if (f(a, n) != (long)want) {
            snprintf(why, size, "sum_array(a, %ld) is %ld, C says %ld", n, f(a, n), (long)want);
            return -1;
        }
    }
    return n;
}

/* greeting returns a pointer to the string laid out after its code. */
static long check_greeting(const void *code, char *why, size_t size)
{
    const char *(*f)(void) = AS_FUNCTION(const char *(*)(void), code);
    if (strcmp(f(), greeting_text) != 0) {
        snprintf(why, size, "greeting() points at \"%.30s\"", f());
        return -1;
    }
    return 1;
}

typedef struct Demo {
    const char *name;                /* for --dump */
    const char *what;                /* what it shows */
    void (*build)(Emitter *e);
    Check check;
} Demo;

static const Demo demos[] = {
    { "sum_to", "loop; a forward rel8 and a backward auto jump", build_sum_to, check_sum_to },
    { "factorial", "imul; rel32 jumps both ways", build_factorial, check_factorial },
    { "mix", "shifts, logic, lea, not/neg, imm64, r8-r11", build_mix, check_mix },
    { "length", "strlen: movzx byte loads", build_length, check_length },
    { "upcase", "byte stores from sil (REX 40)", build_upcase, check_upcase },
    { "sum_array", "64-bit loads at [rdi] and [rdi+8]", build_sum_array, check_sum_array },
    { "calls_c", "call rel32 and call rax into C; push r12", build_calls_c, check_calls_c },
    { "greeting", "lea rax, [rip+label] to data after ret", build_greeting, check_greeting },
};
#define NDEMOS (sizeof demos / sizeof demos[0])

/* Build every function into its own mapping, make it executable, run it
 * against C, unmap it. Returns the exit status. */
static int run_demos(void)
{
    const size_t size = 4096;
    int status = 0;
    bool wx_ok = true;
    printf("function   bytes  what it shows %-34s compared with C\n", "");
    for (size_t i = 0; i < NDEMOS; i++) {
        uint8_t *mem = jit_alloc(size);
        Emitter e;
        emit_init(&e, mem, size);
        demos[i].build(&e);
        finish_or_die(&e, demos[i].name);
        Str written = mapping_perms(mem);
        jit_make_executable(mem, size);
        Str run = mapping_perms(mem);
        if (strcmp(written.s, "rw-p") != 0 || strcmp(run.s, "r-xp") != 0) {
            printf("%s: the mapping was %s while written and %s while run\n", demos[i].name, written.s, run.s);
            wx_ok = false;
        }
        char why[200];
        long cases = demos[i].check(mem, why, sizeof why);
        if (cases < 0) {
            printf("%-10s %5zu  %-48s MISMATCH: %s\n", demos[i].name, e.len, demos[i].what, why);
            status = EX_SOFTWARE;
        } else {
            printf("%-10s %5zu  %-48s %5ld %s\n", demos[i].name, e.len, demos[i].what, cases,
                   cases == 1 ? "case matches" : "cases match");
        }
        jit_free(mem, size);
    }
    if (wx_ok)
        printf("W^X: each mapping was rw-p while written and r-xp while run (/proc/self/maps)\n");
    return wx_ok ? status : EX_SOFTWARE;
}

/* Write one function's bytes to a file (built at its run address, as in run_demos). */
static int dump_demo(const char *name, const char *path)
{
    for (size_t i = 0; i < NDEMOS; i++) {
        if (strcmp(demos[i].name, name) != 0)
            continue;
        const size_t size = 4096;
        uint8_t *mem = jit_alloc(size);
        Emitter e;
        emit_init(&e, mem, size);
        demos[i].build(&e);
        finish_or_die(&e, name);
        FILE *f = fopen(path, "wb");
        if (f == NULL || fwrite(mem, 1, e.len, f) != e.len || fclose(f) != 0) {
            fprintf(stderr, "emit-demo: cannot write %s: %s\n", path, strerror(errno));
            return EX_SOFTWARE;
        }
        jit_free(mem, size);
        return 0;
    }
    fprintf(stderr, "emit-demo: no function named '%s' (try sum_to, length, greeting)\n", name);
    return EX_USAGE;
}

/* ==== The differential test: every form, every register, against nasm ========== */

/* The run address of the test code: nasm's `org`, the encoder's run_address. */
#define TEST_ORG UINT64_C(0x400000)

/* One entry of the walk: an instruction (or a label) with its NASM text and
 * the offset where the encoder put it. */
typedef struct Entry {
    uint32_t at;
    bool is_label;
    char text[72];
} Entry;

typedef struct Walk {
    Emitter *e;
    Entry *entries;
    size_t n, max;
} Walk;


/* [base+disp] in NASM syntax; [rbx+0] assembles as [rbx], as the encoder does. */
static Str mem(Reg base, int64_t disp)
{
    Str m;
    snprintf(m.s, sizeof m.s, "[%s%+lld]", r64[base], (long long)disp);
    return m;
}

/* An immediate for NASM: decimal, or hex when it needs all 64 bits. */
static Str imm(int64_t v)
{
    Str m;
    if (v >= INT32_MIN && v <= (int64_t)UINT32_MAX)
        snprintf(m.s, sizeof m.s, "%lld", (long long)v);
    else
        snprintf(m.s, sizeof m.s, "0x%llx", (unsigned long long)v);
    return m;
}

/* Record the instruction the encoder just put at offset at, with its NASM text. */
static void walk_add(Walk *w, size_t at, bool is_label, const char *fmt, ...)
{
    if (w->n == w->max) {
        fprintf(stderr, "emit-demo: the differential test has more than %zu entries\n", w->max);
        exit(EX_SOFTWARE);
    }
    Entry *en = &w->entries[w->n++];
    en->at = (uint32_t)at;
    en->is_label = is_label;
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(en->text, sizeof en->text, fmt, ap);
    va_end(ap);
}

/* Emit with call (which uses e), then record it with its NASM text. */
#define T(call, ...) do { size_t at_ = e->len; call; walk_add(w, at_, false, __VA_ARGS__); } while (0)
/* Bind a label and write it into the NASM source as L<n>: */
#define BIND(label) do { emit_label_bind(e, label); walk_add(w, e->len, true, "L%d:", (int)(label)); } while (0)

static const int64_t imm_alu[] = { 0, 1, -1, 127, -128, 128, -129, 255, 0x7fff, INT32_MAX, INT32_MIN };
static const int64_t imm_alu32[] = { 0x80000000, 0xffffffff, 0xffffff80 };   /* also for r32 forms */
static const int64_t imm_mov[] = { 0, 1, -1, 127, -128, 128, -129, INT32_MAX, INT32_MIN,
                                   0x80000000, 0xffffffff, 0x100000000, -0x80000001LL,
                                   INT64_MAX, INT64_MIN, 0x123456789abcdef0 };
static const int64_t imm_mov32[] = { 0, 1, -1, 127, INT32_MAX, INT32_MIN, 0x80000000, 0xffffffff };
static const int64_t imm_byte[] = { 0, 1, -1, 127, -128, 255 };
static const int64_t imm_imul[] = { 0, 1, -1, 127, -128, 128, -129, INT32_MAX, INT32_MIN };
static const int64_t disps[] = { 0, 1, -1, 127, -128, 128, -129, INT32_MAX, INT32_MIN };
static const int64_t counts[] = { 0, 1, 2, 31, 32, 63 };
#define N(a) (sizeof(a) / sizeof((a)[0]))

typedef void (*EmitRR)(Emitter *, Reg, Reg);
typedef void (*EmitRI)(Emitter *, Reg, int64_t);
typedef void (*EmitR)(Emitter *, Reg);
typedef void (*EmitMem)(Emitter *, Reg, Reg, int64_t);      /* reg, base, disp (loads, lea) */
typedef void (*EmitStore)(Emitter *, Reg, int64_t, Reg);    /* base, disp, reg */
typedef void (*EmitMemImm)(Emitter *, Reg, int64_t, int64_t);

static const struct {
    const char *name;
    EmitRR rr64, rr32;
    EmitRI ri64, ri32;
} alu_ops[] = {
    { "add", emit_add_r64_r64, emit_add_r32_r32, emit_add_r64_imm, emit_add_r32_imm },
    { "or", emit_or_r64_r64, emit_or_r32_r32, emit_or_r64_imm, emit_or_r32_imm },
    { "and", emit_and_r64_r64, emit_and_r32_r32, emit_and_r64_imm, emit_and_r32_imm },
    { "sub", emit_sub_r64_r64, emit_sub_r32_r32, emit_sub_r64_imm, emit_sub_r32_imm },
    { "xor", emit_xor_r64_r64, emit_xor_r32_r32, emit_xor_r64_imm, emit_xor_r32_imm },
    { "cmp", emit_cmp_r64_r64, emit_cmp_r32_r32, emit_cmp_r64_imm, emit_cmp_r32_imm },
    { "test", emit_test_r64_r64, emit_test_r32_r32, emit_test_r64_imm, emit_test_r32_imm },
};

static const struct { const char *name; EmitR fn; } unary_ops[] = {
    { "inc", emit_inc_r64 }, { "dec", emit_dec_r64 }, { "neg", emit_neg_r64 }, { "not", emit_not_r64 },
    { "push", emit_push_r64 }, { "pop", emit_pop_r64 }, { "call", emit_call_r64 }, { "jmp", emit_jmp_r64 },
};

static const struct { const char *name; EmitRI fn; } shift_ops[] = {
    { "shl", emit_shl_r64_imm }, { "shr", emit_shr_r64_imm }, { "sar", emit_sar_r64_imm },
};

/* Loads and lea: "fmt" takes the register name and the memory operand. */
static const struct { const char *fmt; EmitMem fn; const char *const *names; } load_ops[] = {
    { "mov %s, qword %s", emit_load64, r64 },
    { "mov %s, dword %s", emit_load32, r32 },
    { "mov %s, byte %s", emit_load8, r8 },
    { "movzx %s, byte %s", emit_load8zx, r32 },
    { "lea %s, %s", emit_lea, r64 },
};

/* Stores and byte ALU with a register: "fmt" takes the memory operand and the register. */
static const struct { const char *fmt; EmitStore fn; const char *const *names; } store_ops[] = {
    { "mov qword %s, %s", emit_store64, r64 },
    { "mov dword %s, %s", emit_store32, r32 },
    { "mov byte %s, %s", emit_store8, r8 },
    { "add byte %s, %s", emit_add8_mem_r8, r8 },
    { "sub byte %s, %s", emit_sub8_mem_r8, r8 },
};

static const struct { const char *name; EmitMemImm fn; } mem_imm_ops[] = {
    { "mov", emit_store8_imm }, { "add", emit_add8_mem_imm }, { "sub", emit_sub8_mem_imm }, { "cmp", emit_cmp8_mem_imm },
};

/* Every register form: moves, ALU, unary, shifts, setcc, imul. */
static void walk_registers(Walk *w)
{
    Emitter *e = w->e;
    for (int d = 0; d < 16; d++) {
        for (int s = 0; s < 16; s++) {
            T(emit_mov_r64_r64(e, d, s), "mov %s, %s", r64[d], r64[s]);
            T(emit_mov_r32_r32(e, d, s), "mov %s, %s", r32[d], r32[s]);
            for (size_t op = 0; op < N(alu_ops); op++) {
                T(alu_ops[op].rr64(e, d, s), "%s %s, %s", alu_ops[op].name, r64[d], r64[s]);
                T(alu_ops[op].rr32(e, d, s), "%s %s, %s", alu_ops[op].name, r32[d], r32[s]);
            }
            T(emit_imul_r64_r64(e, d, s), "imul %s, %s", r64[d], r64[s]);
            for (size_t i = 0; i < N(imm_imul); i++)
                T(emit_imul_r64_r64_imm(e, d, s, imm_imul[i]), "imul %s, %s, %s", r64[d], r64[s], imm(imm_imul[i]).s);
        }
        for (size_t i = 0; i < N(imm_mov); i++)
            T(emit_mov_r64_imm(e, d, imm_mov[i]), "mov %s, %s", r64[d], imm(imm_mov[i]).s);
        for (size_t i = 0; i < N(imm_mov); i++)
            T(emit_mov_r64_imm64(e, d, (uint64_t)imm_mov[i]), "mov %s, strict qword %s", r64[d], imm(imm_mov[i]).s);
        for (size_t i = 0; i < N(imm_mov32); i++)
            T(emit_mov_r32_imm(e, d, imm_mov32[i]), "mov %s, %s", r32[d], imm(imm_mov32[i]).s);
        for (size_t op = 0; op < N(alu_ops); op++) {
            for (size_t i = 0; i < N(imm_alu); i++) {
                T(alu_ops[op].ri64(e, d, imm_alu[i]), "%s %s, %s", alu_ops[op].name, r64[d], imm(imm_alu[i]).s);
                T(alu_ops[op].ri32(e, d, imm_alu[i]), "%s %s, %s", alu_ops[op].name, r32[d], imm(imm_alu[i]).s);
            }
            for (size_t i = 0; i < N(imm_alu32); i++)
                T(alu_ops[op].ri32(e, d, imm_alu32[i]), "%s %s, %s", alu_ops[op].name, r32[d], imm(imm_alu32[i]).s);
        }
        for (size_t op = 0; op < N(unary_ops); op++)
            T(unary_ops[op].fn(e, d), "%s %s", unary_ops[op].name, r64[d]);
        for (size_t op = 0; op < N(shift_ops); op++)
            for (size_t i = 0; i < N(counts); i++)
                T(shift_ops[op].fn(e, d, counts[i]), "%s %s, %lld", shift_ops[op].name, r64[d], (long long)counts[i]);
        for (int cc = 0; cc < 16; cc++)
            T(emit_setcc(e, cc, d), "set%s %s", cc_name[cc], r8[d]);
    }
}

/* Every memory form: every register with every base and displacement. */
static void walk_memory(Walk *w)
{
    Emitter *e = w->e;
    for (int b = 0; b < 16; b++) {
        for (size_t i = 0; i < N(disps); i++) {
            Str m = mem(b, disps[i]);
            for (int r = 0; r < 16; r++) {
                for (size_t op = 0; op < N(load_ops); op++)
                    T(load_ops[op].fn(e, r, b, disps[i]), load_ops[op].fmt, load_ops[op].names[r], m.s);
                for (size_t op = 0; op < N(store_ops); op++)
                    T(store_ops[op].fn(e, b, disps[i], r), store_ops[op].fmt, m.s, store_ops[op].names[r]);
            }
            for (size_t op = 0; op < N(mem_imm_ops); op++)
                for (size_t k = 0; k < N(imm_byte); k++)
                    T(mem_imm_ops[op].fn(e, b, disps[i], imm_byte[k]), "%s byte %s, %lld",
                      mem_imm_ops[op].name, m.s, (long long)imm_byte[k]);
        }
    }
}

/* Labels, jumps and calls: both directions, both sizes, the rel8 edges. */
static void walk_control(Walk *w)
{
    Emitter *e = w->e;
    for (int cc = 0; cc < 16; cc++) {
        EmitLabel back = emit_label_new(e), fwd = emit_label_new(e);
        BIND(back);
        T(emit_jcc8(e, cc, back), "j%s short L%d", cc_name[cc], back);
        T(emit_jcc32(e, cc, back), "j%s near L%d", cc_name[cc], back);
        T(emit_jcc(e, cc, back), "j%s short L%d", cc_name[cc], back);   /* bound and near: rel8 */
        T(emit_jcc8(e, cc, fwd), "j%s short L%d", cc_name[cc], fwd);
        T(emit_jcc32(e, cc, fwd), "j%s near L%d", cc_name[cc], fwd);
        T(emit_jcc(e, cc, fwd), "j%s near L%d", cc_name[cc], fwd);      /* not bound yet: rel32 */
        BIND(fwd);
    }
    EmitLabel back = emit_label_new(e), fwd = emit_label_new(e);
    BIND(back);
    T(emit_jmp8(e, back), "jmp short L%d", back);
    T(emit_jmp32(e, back), "jmp near L%d", back);
    T(emit_jmp(e, back), "jmp short L%d", back);
    T(emit_call_label(e, back), "call L%d", back);
    T(emit_jmp8(e, fwd), "jmp short L%d", fwd);
    T(emit_jmp32(e, fwd), "jmp near L%d", fwd);
    T(emit_jmp(e, fwd), "jmp near L%d", fwd);
    T(emit_call_label(e, fwd), "call L%d", fwd);
    BIND(fwd);
    EmitLabel data = emit_label_new(e);
    for (int r = 0; r < 16; r++) {
        T(emit_lea_rip(e, r, back), "lea %s, [rel L%d]", r64[r], back);
        T(emit_lea_rip(e, r, data), "lea %s, [rel L%d]", r64[r], data);
    }
    BIND(data);

    /* The rel8 edges: +127 forward, -128 backward; one byte further needs rel32. */
    EmitLabel edge = emit_label_new(e);
    T(emit_jmp8(e, edge), "jmp short L%d", edge);
    T(emit_jcc8(e, CC_NE, edge), "jne short L%d", edge);
    for (int i = 0; i < 125; i++)
        T(emit_nop(e), "nop");
    BIND(edge);                          /* the jne reaches +125, the jmp +127 */
    for (int i = 0; i < 126; i++)
        T(emit_nop(e), "nop");
    T(emit_jmp8(e, edge), "jmp short L%d", edge);          /* -128 */
    T(emit_jmp(e, edge), "jmp near L%d", edge);            /* -130: too far for rel8 */
    T(emit_jcc(e, CC_E, edge), "je near L%d", edge);
    EmitLabel near = emit_label_new(e);
    BIND(near);
    for (int i = 0; i < 126; i++)
        T(emit_nop(e), "nop");
    T(emit_jcc(e, CC_E, near), "je short L%d", near);      /* exactly -128: rel8 */

    /* Calls to absolute addresses, measured from run_address (nasm's org). */
    T(emit_call_abs(e, TEST_ORG), "call 0x%llx", (unsigned long long)TEST_ORG);
    T(emit_call_abs(e, TEST_ORG + 0x12345), "call 0x%llx", (unsigned long long)(TEST_ORG + 0x12345));
    uint64_t far = TEST_ORG + e->len + 5 + INT32_MAX;
    T(emit_call_abs(e, far), "call 0x%llx", (unsigned long long)far);
    T(emit_call(e, TEST_ORG + 0x100, RAX), "call 0x%llx", (unsigned long long)(TEST_ORG + 0x100));
    T(emit_call(e, UINT64_C(0x123456789abc), R11), "mov r11, 0x123456789abc\n    call r11");
    uint64_t beyond = TEST_ORG + e->len + 5 + UINT64_C(0x80000000);   /* one byte out of reach, below 4 GiB */
    T(emit_call(e, beyond, RCX), "mov ecx, 0x%llx\n    call rcx", (unsigned long long)beyond);

    T(emit_ret(e), "ret");
    T(emit_syscall(e), "syscall");
    T(emit_int3(e), "int3");
    T(emit_nop(e), "nop");
    /* not machine code: three data bytes for emit_bytes, compared with nasm's db */
    T(emit_bytes(e, "\x01\x02\xff", 3), "db 1, 2, 255");
    T(emit_align(e, 16), "align 16");
    T(emit_align(e, 16), "align 16");   /* already aligned: nothing */
}

/* ==== The encoder reference table ================================================== */

/* One row per encoder function (several for the ones that pick a form): the
 * call, the same instruction in NASM syntax, and (printed) the encoder's bytes.
 * Each row runs at the label `here` (NASM's $) with run_address TEST_ORG, and
 * the differential test checks every row against nasm too. */
#define TABLE(X) \
    X(emit_mov_r64_r64(e, RAX, RBX), "mov rax, rbx") \
    X(emit_mov_r32_r32(e, RAX, RBX), "mov eax, ebx") \
    X(emit_mov_r64_imm(e, RAX, 1), "mov rax, 1") \
    X(emit_mov_r64_imm(e, RAX, -1), "mov rax, -1") \
    X(emit_mov_r64_imm(e, RAX, 0x100000000), "mov rax, 0x100000000") \
    X(emit_mov_r64_imm64(e, RAX, 1), "mov rax, strict qword 1") \
    X(emit_mov_r32_imm(e, RAX, -1), "mov eax, -1") \
    X(emit_add_r64_r64(e, RAX, RBX), "add rax, rbx") \
    X(emit_or_r64_r64(e, RAX, RBX), "or rax, rbx") \
    X(emit_and_r64_r64(e, RAX, RBX), "and rax, rbx") \
    X(emit_sub_r64_r64(e, RAX, RBX), "sub rax, rbx") \
    X(emit_xor_r64_r64(e, RAX, RBX), "xor rax, rbx") \
    X(emit_cmp_r64_r64(e, RAX, RBX), "cmp rax, rbx") \
    X(emit_test_r64_r64(e, RAX, RBX), "test rax, rbx") \
    X(emit_add_r32_r32(e, RAX, RBX), "add eax, ebx") \
    X(emit_or_r32_r32(e, RAX, RBX), "or eax, ebx") \
    X(emit_and_r32_r32(e, RAX, RBX), "and eax, ebx") \
    X(emit_sub_r32_r32(e, RAX, RBX), "sub eax, ebx") \
    X(emit_xor_r32_r32(e, RAX, RAX), "xor eax, eax") \
    X(emit_cmp_r32_r32(e, RAX, RBX), "cmp eax, ebx") \
    X(emit_test_r32_r32(e, RAX, RBX), "test eax, ebx") \
    X(emit_add_r64_imm(e, RCX, 1), "add rcx, 1") \
    X(emit_add_r64_imm(e, RCX, 1000), "add rcx, 1000") \
    X(emit_add_r64_imm(e, RAX, 1000), "add rax, 1000") \
    X(emit_or_r64_imm(e, RCX, 1), "or rcx, 1") \
    X(emit_and_r64_imm(e, RCX, 1), "and rcx, 1") \
    X(emit_sub_r64_imm(e, RCX, 1), "sub rcx, 1") \
    X(emit_xor_r64_imm(e, RCX, 1), "xor rcx, 1") \
    X(emit_cmp_r64_imm(e, RCX, 1), "cmp rcx, 1") \
    X(emit_test_r64_imm(e, RCX, 1), "test rcx, 1") \
    X(emit_test_r64_imm(e, RAX, 1), "test rax, 1") \
    X(emit_add_r32_imm(e, RCX, 1), "add ecx, 1") \
    X(emit_or_r32_imm(e, RCX, 1), "or ecx, 1") \
    X(emit_and_r32_imm(e, RCX, 0xff), "and ecx, 0xff") \
    X(emit_sub_r32_imm(e, RCX, 1), "sub ecx, 1") \
    X(emit_xor_r32_imm(e, RCX, 1), "xor ecx, 1") \
    X(emit_cmp_r32_imm(e, RCX, 1), "cmp ecx, 1") \
    X(emit_test_r32_imm(e, RCX, 1), "test ecx, 1") \
    X(emit_inc_r64(e, RCX), "inc rcx") \
    X(emit_dec_r64(e, RCX), "dec rcx") \
    X(emit_neg_r64(e, RCX), "neg rcx") \
    X(emit_not_r64(e, RCX), "not rcx") \
    X(emit_imul_r64_r64(e, RAX, RBX), "imul rax, rbx") \
    X(emit_imul_r64_r64_imm(e, RAX, RBX, 10), "imul rax, rbx, 10") \
    X(emit_imul_r64_r64_imm(e, RAX, RBX, 1000), "imul rax, rbx, 1000") \
    X(emit_shl_r64_imm(e, RCX, 1), "shl rcx, 1") \
    X(emit_shl_r64_imm(e, RCX, 4), "shl rcx, 4") \
    X(emit_shr_r64_imm(e, RCX, 4), "shr rcx, 4") \
    X(emit_sar_r64_imm(e, RCX, 4), "sar rcx, 4") \
    X(emit_setcc(e, CC_E, RAX), "sete al") \
    X(emit_setcc(e, CC_L, RSI), "setl sil") \
    X(emit_load64(e, RAX, RBX, 8), "mov rax, qword [rbx+8]") \
    X(emit_load32(e, RAX, RBX, 8), "mov eax, dword [rbx+8]") \
    X(emit_load8(e, RAX, RBX, 8), "mov al, byte [rbx+8]") \
    X(emit_load8zx(e, RAX, RBX, 8), "movzx eax, byte [rbx+8]") \
    X(emit_store64(e, RBX, 8, RAX), "mov qword [rbx+8], rax") \
    X(emit_store32(e, RBX, 8, RAX), "mov dword [rbx+8], eax") \
    X(emit_store8(e, RBX, 8, RAX), "mov byte [rbx+8], al") \
    X(emit_store8_imm(e, RBX, 8, 0), "mov byte [rbx+8], 0") \
    X(emit_add8_mem_imm(e, RBX, 8, 1), "add byte [rbx+8], 1") \
    X(emit_sub8_mem_imm(e, RBX, 8, 1), "sub byte [rbx+8], 1") \
    X(emit_cmp8_mem_imm(e, RBX, 8, 0), "cmp byte [rbx+8], 0") \
    X(emit_add8_mem_r8(e, RBX, 8, RAX), "add byte [rbx+8], al") \
    X(emit_sub8_mem_r8(e, RBX, 8, RAX), "sub byte [rbx+8], al") \
    X(emit_lea(e, RAX, RBX, 8), "lea rax, [rbx+8]") \
    X(emit_load64(e, RAX, RBX, 0), "mov rax, qword [rbx]") \
    X(emit_load64(e, RAX, RBX, 128), "mov rax, qword [rbx+128]") \
    X(emit_load64(e, RAX, RSP, 8), "mov rax, qword [rsp+8]") \
    X(emit_load64(e, RAX, R12, 8), "mov rax, qword [r12+8]") \
    X(emit_load64(e, RAX, RBP, 0), "mov rax, qword [rbp]") \
    X(emit_load64(e, RAX, R13, 0), "mov rax, qword [r13]") \
    X(emit_lea_rip(e, RSI, here), "lea rsi, [rel $]") \
    X(emit_push_r64(e, RBX), "push rbx") \
    X(emit_push_r64(e, R12), "push r12") \
    X(emit_pop_r64(e, R12), "pop r12") \
    X(emit_call_abs(e, 0x401000), "call 0x401000") \
    X(emit_call(e, 0x401000, RAX), "call 0x401000") \
    X(emit_call_label(e, here), "call $") \
    X(emit_call_r64(e, RAX), "call rax") \
    X(emit_jmp_r64(e, RAX), "jmp rax") \
    X(emit_jmp8(e, here), "jmp short $") \
    X(emit_jmp32(e, here), "jmp near $") \
    X(emit_jcc8(e, CC_NE, here), "jne short $") \
    X(emit_jcc32(e, CC_NE, here), "jne near $") \
    X(emit_jmp(e, here), "jmp short $") \
    X(emit_jcc(e, CC_NE, here), "jne short $") \
    X(emit_ret(e), "ret") \
    X(emit_syscall(e), "syscall") \
    X(emit_int3(e), "int3") \
    X(emit_nop(e), "nop")

/* Emit row i of the table at the current position (with here bound to it). */
static void table_row(Emitter *e, size_t i, EmitLabel here)
{
    size_t row = 0;
    (void)here;
#define TABLE_CASE(call, nasm) if (row++ == i) { call; return; }
    TABLE(TABLE_CASE)
#undef TABLE_CASE
}

#define TABLE_TEXT(call, nasm) { #call, nasm },
static const struct { const char *call, *nasm; } table_text[] = { TABLE(TABLE_TEXT) };
#define NROWS N(table_text)

/* Print the table: each row emitted into its own small buffer. */
static int print_table(void)
{
    printf("%-42s %-26s %s\n", "encoder call", "nasm", "bytes");
    for (size_t i = 0; i < NROWS; i++) {
        uint8_t buf[32];
        Emitter e;
        emit_init(&e, buf, sizeof buf);
        emit_set_run_address(&e, TEST_ORG);
        EmitLabel here = emit_label_new(&e);
        emit_label_bind(&e, here);
        table_row(&e, i, here);
        if (emit_finish(&e) != EMIT_OK)
            return EX_SOFTWARE;
        printf("%-42s %-26s", table_text[i].call, table_text[i].nasm);
        for (size_t k = 0; k < e.len; k++)
            printf(" %02x", buf[k]);
        printf("\n");
    }
    return 0;
}

/* The table's rows in the differential test, each at a label of its own ($ in nasm). */
static void walk_table(Walk *w)
{
    Emitter *e = w->e;
    for (size_t i = 0; i < NROWS; i++) {
        EmitLabel here = emit_label_new(e);
        BIND(here);
        T(table_row(e, i, here), "%s", table_text[i].nasm);
    }
}

/* ==== Worked examples, byte by byte ================================================ */

/* What ModRM.reg holds in an example: a register of 64, 32 or 8 bits, an
 * opcode extension, or there is no ModRM (the register, if any, is in the opcode). */
enum { REG_EXT = 0, REG_IN_OPCODE = -1, NO_REGISTER = -2 };

#define EXAMPLES(X) \
    X(mov-rr, emit_mov_r64_r64(e, RAX, RBX), "mov rax, rbx", "89 = mov r/m64, r64: ModRM.reg is the source", 64, 64, 0) \
    X(rex-rb, emit_mov_r64_r64(e, R9, R12), "mov r9, r12", "89 = mov r/m64, r64", 64, 64, 0) \
    X(mov-r32, emit_mov_r32_r32(e, RAX, RBX), "mov eax, ebx", "89 = mov r/m32, r32", 32, 32, 0) \
    X(imm8, emit_add_r64_imm(e, RCX, 1), "add rcx, 1", "83 /0 = add r/m64, imm8 (sign-extended)", REG_EXT, 64, 1) \
    X(imm32, emit_add_r64_imm(e, RCX, 1000), "add rcx, 1000", "81 /0 = add r/m64, imm32 (sign-extended)", REG_EXT, 64, 4) \
    X(rax-imm32, emit_add_r64_imm(e, RAX, 1000), "add rax, 1000", "05 = add rax, imm32: no ModRM", NO_REGISTER, 0, 4) \
    X(plain-base, emit_load64(e, RAX, RBX, 0), "mov rax, qword [rbx]", "8b = mov r64, r/m64", 64, 64, 0) \
    X(disp32, emit_load64(e, RAX, RBX, 128), "mov rax, qword [rbx+128]", "8b = mov r64, r/m64", 64, 64, 0) \
    X(rsp-base, emit_load64(e, RAX, RSP, 8), "mov rax, qword [rsp+8]", "8b = mov r64, r/m64", 64, 64, 0) \
    X(r12-base, emit_load64(e, RAX, R12, 0), "mov rax, qword [r12]", "8b = mov r64, r/m64", 64, 64, 0) \
    X(rbp-base, emit_load64(e, RAX, RBP, 0), "mov rax, qword [rbp]", "8b = mov r64, r/m64", 64, 64, 0) \
    X(r13-base, emit_store64(e, R13, 0, R8), "mov qword [r13], r8", "89 = mov r/m64, r64", 64, 64, 0) \
    X(byte-dl, emit_store8(e, RDI, 0, RDX), "mov byte [rdi], dl", "88 = mov r/m8, r8", 8, 64, 0) \
    X(byte-sil, emit_store8(e, RDI, 0, RSI), "mov byte [rdi], sil", "88 = mov r/m8, r8", 8, 64, 0) \
    X(mov-zero-ext, emit_mov_r64_imm(e, RAX, 0xffffffff), "mov rax, 0xffffffff", "b8+r = mov r32, imm32 (zero-extended)", REG_IN_OPCODE, 32, 4) \
    X(mov-sign-ext, emit_mov_r64_imm(e, RAX, -1), "mov rax, -1", "c7 /0 = mov r/m64, imm32 (sign-extended)", REG_EXT, 64, 4) \
    X(mov-imm64, emit_mov_r64_imm(e, RAX, 0x100000000), "mov rax, 0x100000000", "b8+r = mov r64, imm64", REG_IN_OPCODE, 64, 8) \
    X(push-r12, emit_push_r64(e, R12), "push r12", "50+r = push r64", REG_IN_OPCODE, 64, 0)

#define EXAMPLE_CASE(id, call, ...) if (row++ == i) { call; return; }
/* Emit example i. */
static void example_emit(Emitter *e, size_t i)
{
    size_t row = 0;
    EXAMPLES(EXAMPLE_CASE)
}
#undef EXAMPLE_CASE

typedef struct Example {
    const char *id, *call, *nasm, *opcode;
    int reg;       /* ModRM.reg: 64/32/8 = a register of that size, or REG_EXT, REG_IN_OPCODE, NO_REGISTER */
    int rm;        /* the size of the register in ModRM.rm (mod 11) or in the opcode */
    int imm;       /* bytes of immediate */
} Example;
#define EXAMPLE_INFO(id, call, nasm, opcode, reg, rm, imm) { #id, #call, nasm, opcode, reg, rm, imm },
static const Example examples[] = { EXAMPLES(EXAMPLE_INFO) };
#undef EXAMPLE_INFO
#define NEXAMPLES N(examples)

/* The name of register number r as a register of the given size. */
static const char *reg_name(unsigned r, int size)
{
    return size == 8 ? r8[r & 15] : size == 32 ? r32[r & 15] : r64[r & 15];
}

/* One line of the breakdown: the bytes of a field, its name, its bits, what it says. */
static void field(const uint8_t *b, size_t n, const char *name, const char *bits, const char *fmt, ...)
{
    char hex[16] = "", what[160];
    for (size_t k = 0; k < n && k < 4; k++)
        snprintf(hex + strlen(hex), sizeof hex - strlen(hex), "%s%02x", k ? " " : "", b[k]);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    printf("  %-11s  %-6s  %-10s  %s\n", hex, name, bits, what);
    if (n > 4)                                  /* an imm64: its high 4 bytes on a line of their own */
        printf("  %02x %02x %02x %02x\n", b[4], b[5], b[6], b[7]);
}

/* A ModRM or SIB byte split 2-3-3: "01 000 100". */
static Str bits233(unsigned v)
{
    Str s;
    snprintf(s.s, sizeof s.s, "%u%u %u%u%u %u%u%u", v >> 7 & 1, v >> 6 & 1, v >> 5 & 1, v >> 4 & 1,
             v >> 3 & 1, v >> 2 & 1, v >> 1 & 1, v & 1);
    return s;
}

/* "rax", or "r12 (100 + REX.B)" when a REX bit adds 8 to the 3 bits. */
static Str reg_text(unsigned bits, unsigned rex_bit, const char *bit_name, int size)
{
    Str t;
    if (rex_bit)
        snprintf(t.s, sizeof t.s, "%s (%u%u%u + %.6s)", reg_name(bits | 8, size), bits >> 2 & 1, bits >> 1 & 1,
                 bits & 1, bit_name);
    else
        snprintf(t.s, sizeof t.s, "%s", reg_name(bits, size));
    return t;
}

/* Take the encoder's bytes for one example apart, field by field. */
static void explain(const Example *x, const uint8_t *b, size_t len)
{
    size_t i = 0;
    unsigned rex = 0, W = 0, R = 0, X = 0, B = 0;
    printf("%s: %s\n", x->call, x->nasm);
    if (b[0] >= 0x40 && b[0] <= 0x4f) {
        rex = b[i];
        W = rex >> 3 & 1, R = rex >> 2 & 1, X = rex >> 1 & 1, B = rex & 1;
        char bits[12], what[120] = "";
        snprintf(bits, sizeof bits, "0100 %u%u%u%u", W, R, X, B);
        if (rex == 0x40)
            snprintf(what, sizeof what, "no bits set: its presence makes 4..7 mean spl, bpl, sil, dil");
        if (W)
            snprintf(what + strlen(what), sizeof what - strlen(what), "W: 64-bit operand");
        if (R)
            snprintf(what + strlen(what), sizeof what - strlen(what), "%sR: reg + 8", *what ? "; " : "");
        if (X)
            snprintf(what + strlen(what), sizeof what - strlen(what), "%sX: index + 8", *what ? "; " : "");
        if (B)
            snprintf(what + strlen(what), sizeof what - strlen(what), "%sB: %s + 8", *what ? "; " : "",
                     x->reg == REG_IN_OPCODE ? "the opcode's register" : "rm (or SIB base)");
        field(b + i++, 1, "REX", bits, "%s", what);
    }
    size_t nop = b[i] == 0x0f ? 2 : 1;
    if (x->reg == REG_IN_OPCODE)
        field(b + i, nop, "opcode", "", "%s: register %s", x->opcode, reg_text(b[i] & 7, B, "REX.B", x->rm).s);
    else
        field(b + i, nop, "opcode", "", "%s", x->opcode);
    i += nop;
    if (x->reg != REG_IN_OPCODE && x->reg != NO_REGISTER) {
        unsigned m = b[i], mod = m >> 6, reg = m >> 3 & 7, rm = m & 7;
        static const char *const mods[4] = { "[base]", "[base+disp8]", "[base+disp32]", "a register" };
        char regtext[80], rmtext[80];
        if (x->reg == REG_EXT)
            snprintf(regtext, sizeof regtext, "/%u, part of the opcode", reg);
        else
            snprintf(regtext, sizeof regtext, "%s", reg_text(reg, R, "REX.R", x->reg).s);
        if (mod == 3)
            snprintf(rmtext, sizeof rmtext, "%s", reg_text(rm, B, "REX.B", x->rm).s);
        else if (rm == 4)
            snprintf(rmtext, sizeof rmtext, "100 = a SIB byte follows");
        else
            snprintf(rmtext, sizeof rmtext, "base %s", reg_text(rm, B, "REX.B", 64).s);
        field(b + i++, 1, "ModRM", bits233(m).s, "mod %u%u: %s; reg: %s; rm: %s", mod >> 1, mod & 1, mods[mod], regtext, rmtext);
        if (mod != 3 && rm == 4) {
            unsigned sib = b[i];
            field(b + i++, 1, "SIB", bits233(sib).s, "index 100: none; base %s", reg_text(sib & 7, B, "REX.B", 64).s);
        }
        if (mod == 1) {
            field(b + i, 1, "disp8", "", "%d%s", (int8_t)b[i],
                  rm == 5 && b[i] == 0 ? " (mod 00 with rm 101 would mean [rip+disp32])" : "");
            i += 1;
        } else if (mod == 2) {
            int32_t d = (int32_t)((uint32_t)b[i] | (uint32_t)b[i + 1] << 8 | (uint32_t)b[i + 2] << 16 | (uint32_t)b[i + 3] << 24);
            field(b + i, 4, "disp32", "", "%d, little-endian", d);
            i += 4;
        }
    }
    if (x->imm > 0) {
        uint64_t v = 0;
        for (int k = x->imm - 1; k >= 0; k--)
            v = v << 8 | b[i + (size_t)k];
        field(b + i, (size_t)x->imm, x->imm == 1 ? "imm8" : x->imm == 4 ? "imm32" : "imm64", "",
              "0x%llx, little-endian", (unsigned long long)v);
        i += (size_t)x->imm;
    }
    if (i != len)
        printf("  (%zu bytes left unexplained)\n", len - i);
}

/* --explain [ID]: every worked example, or the one named. Returns the exit status. */
static int print_examples(const char *id)
{
    bool found = false;
    for (size_t i = 0; i < NEXAMPLES; i++) {
        if (id != NULL && strcmp(id, examples[i].id) != 0)
            continue;
        uint8_t buf[16];
        Emitter e;
        emit_init(&e, buf, sizeof buf);
        example_emit(&e, i);
        if (emit_finish(&e) != EMIT_OK)
            return EX_SOFTWARE;
        if (found)
            printf("\n");
        explain(&examples[i], buf, e.len);
        found = true;
    }
    if (!found) {
        fprintf(stderr, "emit-demo: no example named '%s'; the examples are:", id);
        for (size_t i = 0; i < NEXAMPLES; i++)
            fprintf(stderr, " %s", examples[i].id);
        fprintf(stderr, "\n");
        return EX_USAGE;
    }
    return 0;
}

/* The examples in the differential test too. */
static void walk_examples(Walk *w)
{
    Emitter *e = w->e;
    for (size_t i = 0; i < NEXAMPLES; i++)
        T(example_emit(e, i), "%s", examples[i].nasm);
}

/* ==== Writing the test source, comparing nasm's output ============================ */

/* Run every walk into one emitter. */
static void walk_all(Walk *w, Emitter *e, uint8_t *code, size_t cap, uint32_t *labels, EmitFixup *fixups,
                     size_t max_labels)
{
    emit_init(e, code, cap);
    emit_use_label_tables(e, labels, max_labels, fixups, max_labels);
    emit_set_run_address(e, TEST_ORG);
    w->e = e;
    w->n = 0;
    walk_examples(w);
    walk_table(w);
    walk_registers(w);
    walk_memory(w);
    walk_control(w);
    if (emit_finish(e) != EMIT_OK) {
        char msg[160];
        emit_format_error(e, msg, sizeof msg);
        fprintf(stderr, "emit-demo: the differential test itself failed to encode: %s\n", msg);
        exit(EX_SOFTWARE);
    }
}

/* Everything a walk needs, allocated once. */
typedef struct TestRun {
    Emitter e;
    Walk w;
    uint8_t *code;
    uint32_t *labels;
    EmitFixup *fixups;
} TestRun;

#define TEST_CODE_CAP (4u << 20)
#define TEST_MAX_ENTRIES 65536
#define TEST_MAX_LABELS 4096
#define SOURCE_HEADER_LINES 5     /* the lines write_nasm_source puts before the first entry */

/* Allocate and run the walk. */
static void test_run(TestRun *t)
{
    t->code = malloc(TEST_CODE_CAP);
    t->labels = malloc(TEST_MAX_LABELS * sizeof *t->labels);
    t->fixups = malloc(TEST_MAX_LABELS * sizeof *t->fixups);
    t->w.entries = malloc(TEST_MAX_ENTRIES * sizeof *t->w.entries);
    t->w.max = TEST_MAX_ENTRIES;
    if (!t->code || !t->labels || !t->fixups || !t->w.entries) {
        fprintf(stderr, "emit-demo: out of memory for the differential test\n");
        exit(EX_SOFTWARE);
    }
    walk_all(&t->w, &t->e, t->code, TEST_CODE_CAP, t->labels, t->fixups, TEST_MAX_LABELS);
}

/* Free what test_run allocated. */
static void test_free(TestRun *t)
{
    free(t->code);
    free(t->labels);
    free(t->fixups);
    free(t->w.entries);
}

/* How many source lines an entry takes. */
static size_t entry_lines(const Entry *en)
{
    size_t n = 1;
    for (const char *nl = strchr(en->text, '\n'); nl; nl = strchr(nl + 1, '\n'))
        n++;
    return n;
}

/* --nasm-source FILE: the NASM source of every instruction, one entry a line
 * (two for emit_call through a register), labels on lines of their own. */
static int write_nasm_source(const char *path)
{
    TestRun t;
    test_run(&t);
    FILE *f = fopen(path, "w");
    if (f == NULL) {
        fprintf(stderr, "emit-demo: cannot write %s: %s\n", path, strerror(errno));
        return EX_SOFTWARE;
    }
    fprintf(f, "; The differential test of chapter 07, written by emit-demo --nasm-source:\n"
               "; every encoder form with every register. nasm -f bin -l assembles it, and\n"
               "; emit-demo --nasm-compare checks the encoder's bytes against nasm's.\n"
               "bits 64\norg 0x%llx\n", (unsigned long long)TEST_ORG);
    for (size_t i = 0; i < t.w.n; i++)
        fprintf(f, "%s%s\n", t.w.entries[i].is_label ? "" : "    ", t.w.entries[i].text);
    int bad = ferror(f);
    if (fclose(f) != 0 || bad) {
        fprintf(stderr, "emit-demo: cannot write %s: %s\n", path, strerror(errno));
        return EX_SOFTWARE;
    }
    test_free(&t);
    return 0;
}

/* Bytes as "48 89 d8" (or "nothing"). */
static void hex_text(char *out, size_t size, const uint8_t *b, size_t n)
{
    if (n == 0) {
        snprintf(out, size, "nothing");
        return;
    }
    out[0] = '\0';
    for (size_t k = 0; k < n && strlen(out) + 4 < size; k++)
        snprintf(out + strlen(out), size - strlen(out), "%s%02x", k ? " " : "", b[k]);
}

/* Read a whole file into a new buffer; NULL (with a message) if it cannot. */
static uint8_t *read_file(const char *path, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "emit-demo: cannot read %s: %s\n", path, strerror(errno));
        return NULL;
    }
    size_t cap = 1 << 16, n = 0;
    uint8_t *buf = malloc(cap + 1);
    while (buf != NULL) {
        n += fread(buf + n, 1, cap - n, f);
        if (n < cap)
            break;
        uint8_t *bigger = realloc(buf, 2 * cap + 1);
        if (bigger == NULL)
            free(buf);
        buf = bigger;
        cap *= 2;
    }
    bool failed = buf == NULL || ferror(f);
    fclose(f);
    if (failed) {
        fprintf(stderr, "emit-demo: cannot read %s\n", path);
        free(buf);
        return NULL;
    }
    buf[n] = '\0';
    *size = n;
    return buf;
}

/* From nasm's listing, the offset of the first byte of each source line that
 * made code: listing lines look like "  1234 0000ABCD 4889D8   mov rax, rbx"
 * (line number, offset, bytes, source). starts[line] is -1 for other lines. */
static bool parse_listing(char *text, long *starts, size_t nlines)
{
    bool found = false;
    for (size_t k = 0; k <= nlines; k++)
        starts[k] = -1;
    for (char *line = text, *next; *line; line = next) {
        next = strchr(line, '\n');
        next = next ? next + 1 : line + strlen(line);
        char *p = line;
        while (*p == ' ')
            p++;
        char *end;
        unsigned long lineno = strtoul(p, &end, 10);
        if (end == p || *end != ' ')
            continue;
        p = end + 1;
        size_t hex = strspn(p, "0123456789ABCDEF");
        if (hex != 8 || p[8] != ' ')
            continue;                    /* no offset: a label, a comment, nothing emitted */
        if (lineno > nlines)
            return false;
        if (starts[lineno] < 0)
            starts[lineno] = (long)strtoul(p, NULL, 16);
        found = true;
    }
    return found;
}

/* --nasm-compare FILE.bin FILE.lst: nasm's output for the source, instruction
 * by instruction, against the encoder's. */
static int compare_with_nasm(const char *bin_path, const char *lst_path)
{
    size_t size, lst_size;
    uint8_t *bin = read_file(bin_path, &size);
    char *lst = bin ? (char *)read_file(lst_path, &lst_size) : NULL;
    if (lst == NULL) {
        free(bin);
        return EX_NOINPUT;
    }
    TestRun t;
    test_run(&t);
    size_t nlines = SOURCE_HEADER_LINES;
    for (size_t i = 0; i < t.w.n; i++)
        nlines += entry_lines(&t.w.entries[i]);
    long *starts = malloc((nlines + 2) * sizeof *starts);
    if (starts == NULL || !parse_listing(lst, starts, nlines)) {
        fprintf(stderr, "emit-demo: %s is not nasm's listing of the current --nasm-source\n", lst_path);
        free(bin), free(lst), free(starts), test_free(&t);
        return EX_DATAERR;
    }
    /* Now make starts[k] the offset of the first code at or after line k, so
     * that the code of lines a..b-1 is bin[starts[a], starts[b]). */
    starts[nlines + 1] = (long)size;
    for (size_t k = nlines; k >= 1; k--)
        if (starts[k] < 0)
            starts[k] = starts[k + 1];
    size_t bad = 0, instructions = 0, line = SOURCE_HEADER_LINES + 1;
    for (size_t i = 0; i < t.w.n; i++) {
        const Entry *en = &t.w.entries[i];
        size_t first = line;
        line += entry_lines(en);
        if (en->is_label)
            continue;
        instructions++;
        size_t want_at = (size_t)starts[first], want_end = (size_t)starts[line];
        size_t have_at = en->at, have_end = i + 1 < t.w.n ? t.w.entries[i + 1].at : t.e.len;
        if (want_end < want_at || want_end > size) {
            printf("mismatch: %s and %s disagree at line %zu\n", lst_path, bin_path, first);
            bad++;
            break;
        }
        if (want_end - want_at == have_end - have_at &&
            memcmp(bin + want_at, t.code + have_at, want_end - want_at) == 0)
            continue;
        if (++bad <= 10) {
            char want[64], have[64], text[sizeof en->text];
            hex_text(want, sizeof want, bin + want_at, want_end - want_at);
            hex_text(have, sizeof have, t.code + have_at, have_end - have_at);
            snprintf(text, sizeof text, "%s", en->text);
            for (char *nl = strchr(text, '\n'); nl; nl = strchr(nl, '\n'))
                *nl = ';';
            printf("mismatch: `%s` (line %zu): nasm gives %s, the encoder gives %s\n", text, first, want, have);
        }
    }
    if (bad == 0 && size != t.e.len) {
        printf("mismatch: nasm made %zu bytes, the encoder %zu\n", size, t.e.len);
        bad++;
    }
    if (bad == 0)
        printf("%zu instructions, %zu bytes: the encoder and nasm agree byte for byte\n", instructions, t.e.len);
    else
        printf("%zu of %zu instructions differ from nasm\n", bad, instructions);
    free(bin), free(lst), free(starts), test_free(&t);
    return bad == 0 ? 0 : 1;
}
/* ==== The error paths ================================================================ */

/* Each scenario provokes one error on a buffer of cap bytes. */
/* Fill the buffer exactly, then one byte more. */
static void fill_to_the_brim(Emitter *e)
{
    for (int i = 0; i < 3; i++)
        emit_mov_r64_imm64(e, RAX, UINT64_MAX);   /* 3 x 10 bytes */
    emit_nop(e);
    emit_nop(e);                                  /* 32 of 32: still fine */
    emit_nop(e);                                  /* one byte too many */
}
/* A 10-byte instruction with 7 bytes left. */
static void overflow_mid_instruction(Emitter *e)
{
    for (int i = 0; i < 4; i++)
        emit_mov_r64_imm64(e, R15, UINT64_MAX);   /* the 4th needs 10 bytes, 7 are left */
}
/* An error, then an instruction that must do nothing. */
static void sticky_error(Emitter *e)
{
    emit_shl_r64_imm(e, RAX, 64);                 /* the error */
    emit_ret(e);                                  /* does nothing now */
}
/* A jump to a label that is never bound. */
static void unbound_label(Emitter *e)
{
    EmitLabel never = emit_label_new(e);
    emit_jcc32(e, CC_E, never);
    emit_ret(e);
}
/* A short jump 128 bytes forward. */
static void rel8_forward_too_far(Emitter *e)
{
    EmitLabel far = emit_label_new(e);
    emit_jmp8(e, far);
    for (int i = 0; i < 128; i++)
        emit_nop(e);
    emit_label_bind(e, far);                      /* rel would be +128 */
}
/* A short jump 129 bytes back. */
static void rel8_backward_too_far(Emitter *e)
{
    EmitLabel top = emit_label_new(e);
    emit_label_bind(e, top);
    for (int i = 0; i < 127; i++)
        emit_nop(e);
    emit_jcc8(e, CC_NE, top);                     /* rel would be -129 */
}
/* Immediates and displacements that do not fit. */
static void shift_count_64(Emitter *e) { emit_shl_r64_imm(e, RAX, 64); }
static void imm32_too_big(Emitter *e) { emit_add_r64_imm(e, RAX, 0x80000000); }
static void mov32_imm_too_big(Emitter *e) { emit_mov_r32_imm(e, RAX, 0x100000000); }
static void byte_imm_256(Emitter *e) { emit_store8_imm(e, RDI, 0, 256); }
static void disp_too_big(Emitter *e) { emit_load64(e, RAX, RBX, 0x80000000); }
/* call rel32 to an address 127 TiB away. */
static void call_out_of_reach(Emitter *e)
{
    emit_set_run_address(e, 0x10000);
    emit_call_abs(e, UINT64_C(0x7f0000000000));
}
/* Bind one label at two places. */
static void label_bound_twice(Emitter *e)
{
    EmitLabel l = emit_label_new(e);
    emit_label_bind(e, l);
    emit_nop(e);
    emit_label_bind(e, l);
}
/* A jump to a label number this emitter never made. */
static void not_a_label(Emitter *e) { emit_jmp32(e, 7); }
/* One label more than the table holds. */
static void too_many_labels(Emitter *e)
{
    for (int i = 0; i <= EMIT_BUILTIN_LABELS; i++)
        emit_label_new(e);
}
/* One forward jump more than the fixup table holds. */
static void too_many_fixups(Emitter *e)
{
    EmitLabel l = emit_label_new(e);
    for (int i = 0; i <= EMIT_BUILTIN_FIXUPS; i++)
        emit_jmp32(e, l);
}
/* A register number that does not exist, and an alignment that is not a power of two. */
static void register_16(Emitter *e) { emit_mov_r64_r64(e, (Reg)16, RAX); }
/* A condition code that does not exist. */
static void condition_16(Emitter *e)
{
    EmitLabel l = emit_label_new(e);
    emit_label_bind(e, l);
    emit_jcc8(e, (Cond)16, l);
}
static void align_3(Emitter *e) { emit_align(e, 3); }

static const struct {
    const char *what;
    void (*provoke)(Emitter *e);
    size_t cap;
    EmitStatus want;
} scenarios[] = {
    { "fill 32 bytes, then one more", fill_to_the_brim, 32, EMIT_ERR_FULL },
    { "a 10-byte mov with 7 bytes left", overflow_mid_instruction, 37, EMIT_ERR_FULL },
    { "emit after an error", sticky_error, 64, EMIT_ERR_IMM_RANGE },
    { "jump to a label never bound", unbound_label, 64, EMIT_ERR_LABEL_UNBOUND },
    { "rel8 jump 128 bytes forward", rel8_forward_too_far, 256, EMIT_ERR_REL8_RANGE },
    { "rel8 jump 129 bytes back", rel8_backward_too_far, 256, EMIT_ERR_REL8_RANGE },
    { "shl rax, 64", shift_count_64, 64, EMIT_ERR_IMM_RANGE },
    { "add rax, 0x80000000", imm32_too_big, 64, EMIT_ERR_IMM_RANGE },
    { "mov eax, 0x100000000", mov32_imm_too_big, 64, EMIT_ERR_IMM_RANGE },
    { "mov byte [rdi], 256", byte_imm_256, 64, EMIT_ERR_IMM_RANGE },
    { "mov rax, [rbx+0x80000000]", disp_too_big, 64, EMIT_ERR_DISP_RANGE },
    { "call rel32 127 TiB away", call_out_of_reach, 64, EMIT_ERR_REL32_RANGE },
    { "bind a label twice", label_bound_twice, 64, EMIT_ERR_LABEL_REBOUND },
    { "jump to label 7 of 0", not_a_label, 64, EMIT_ERR_LABEL_BAD },
    { "65 labels in a table of 64", too_many_labels, 64, EMIT_ERR_LABELS_FULL },
    { "65 forward jumps, 64 fixups", too_many_fixups, 512, EMIT_ERR_FIXUPS_FULL },
    { "register number 16", register_16, 64, EMIT_ERR_BAD_REG },
    { "condition code 16", condition_16, 64, EMIT_ERR_BAD_ARG },
    { "align 3", align_3, 64, EMIT_ERR_BAD_ARG },
};

#define CANARY 0xa5
#define CANARY_BYTES 64

/* Run one scenario into a buffer of exactly cap bytes (so valgrind or ASan
 * catch a write past it) and again into one followed by canary bytes, which
 * must be untouched, as must everything past e.len. Returns false on a surprise. */
static bool run_scenario(size_t i)
{
    size_t cap = scenarios[i].cap;
    uint8_t *exact = malloc(cap), *guarded = malloc(cap + CANARY_BYTES);
    if (exact == NULL || guarded == NULL) {
        fprintf(stderr, "emit-demo: out of memory\n");
        exit(EX_SOFTWARE);
    }
    Emitter e;
    memset(exact, CANARY, cap);
    emit_init(&e, exact, cap);
    scenarios[i].provoke(&e);
    emit_finish(&e);

    memset(guarded, CANARY, cap + CANARY_BYTES);
    emit_init(&e, guarded, cap);
    scenarios[i].provoke(&e);
    EmitStatus got = emit_finish(&e);
    size_t touched = 0;
    for (size_t k = e.len; k < cap + CANARY_BYTES; k++)
        touched += guarded[k] != CANARY;

    char msg[160];
    emit_format_error(&e, msg, sizeof msg);
    bool ok = got == scenarios[i].want && touched == 0;
    printf("%-31s %s\n", scenarios[i].what, msg);
    if (got != scenarios[i].want)
        printf("  UNEXPECTED: wanted \"%s\"\n", emit_error_string(scenarios[i].want));
    if (touched != 0)
        printf("  OUT OF BOUNDS: %zu bytes past the %zu written were changed\n", touched, e.len);
    free(exact);
    free(guarded);
    return ok;
}

/* --errors: every scenario; exit 0 only if each gave its error and wrote nothing out of bounds. */
static int run_error_scenarios(void)
{
    size_t failed = 0;
    for (size_t i = 0; i < N(scenarios); i++)
        failed += !run_scenario(i);
    if (failed != 0) {
        printf("%zu of %zu error scenarios went wrong\n", failed, N(scenarios));
        return EX_SOFTWARE;
    }
    printf("%zu errors provoked, each reported, nothing written out of bounds\n", N(scenarios));
    return 0;
}

/* ==== The benchmark ====================================================================== */

/* A block of the kind a JIT for a small language emits: 20 instructions,
 * a backward loop and a forward exit, memory operands, immediates, a call. */
static void emit_bench_block(Emitter *e, uint64_t callee)
{
    EmitLabel top = emit_label_new(e), out = emit_label_new(e);
    emit_label_bind(e, top);
    emit_mov_r64_r64(e, RAX, RDI);
    emit_add_r64_imm(e, RDI, 8);
    emit_load64(e, RCX, RBP, -16);
    emit_store64(e, RSP, 8, RCX);
    emit_add8_mem_imm(e, RBX, 3, 1);
    emit_cmp8_mem_imm(e, RBX, 0, 0);
    emit_jcc32(e, CC_E, out);
    emit_lea(e, RDX, R12, 32);
    emit_imul_r64_r64(e, RAX, RDX);
    emit_sub_r32_r32(e, RSI, RDI);
    emit_mov_r64_imm(e, R8, 12345);
    emit_shl_r64_imm(e, R8, 3);
    emit_push_r64(e, R12);
    emit_call_abs(e, callee);
    emit_pop_r64(e, R12);
    emit_test_r64_r64(e, RAX, RAX);
    emit_jcc(e, CC_NE, top);
    emit_label_bind(e, out);
    emit_inc_r64(e, R9);
    emit_xor_r32_r32(e, RAX, RAX);
    emit_ret(e);
}
#define BENCH_INSNS_PER_BLOCK 20
#define BENCH_BLOCKS 512

static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Emit BENCH_BLOCKS blocks into code from scratch; returns the bytes emitted, or 0 on an error. */
static size_t bench_round(uint8_t *code, size_t cap, uint32_t *labels, EmitFixup *fixups)
{
    Emitter e;
    emit_init(&e, code, cap);
    emit_use_label_tables(&e, labels, 2 * BENCH_BLOCKS, fixups, BENCH_BLOCKS);
    for (int b = 0; b < BENCH_BLOCKS; b++)
        emit_bench_block(&e, (uint64_t)(uintptr_t)code);
    if (emit_finish(&e) != EMIT_OK) {
        char msg[160];
        emit_format_error(&e, msg, sizeof msg);
        fprintf(stderr, "emit-demo: bench: %s\n", msg);
        return 0;
    }
    return e.len;
}

#define BENCH_TRIALS 5

/* --bench [SECONDS]: emit the mix again and again for about SECONDS, in 5
 * trials; report the best trial (the one least disturbed by other processes). */
static int run_bench(double seconds)
{
    static uint8_t code[64 * 1024];
    static uint32_t labels[2 * BENCH_BLOCKS];
    static EmitFixup fixups[BENCH_BLOCKS];
    double best = 0, best_bytes = 0, total_insns = 0;
    for (int trial = 0; trial < BENCH_TRIALS; trial++) {
        double start = now_seconds(), elapsed;
        unsigned long long rounds = 0, bytes = 0;
        do {
            size_t n = bench_round(code, sizeof code, labels, fixups);
            if (n == 0)
                return EX_SOFTWARE;
            rounds++;
            bytes += n;
            elapsed = now_seconds() - start;
        } while (elapsed < seconds / BENCH_TRIALS);
        double insns = (double)rounds * BENCH_BLOCKS * BENCH_INSNS_PER_BLOCK;
        total_insns += insns;
        if (insns / elapsed > best) {
            best = insns / elapsed;
            best_bytes = (double)bytes / elapsed;
        }
    }
    printf("%.0f million instructions/s, %.0f MB/s (best of %d trials; %.0f million instructions emitted)\n",
           best / 1e6, best_bytes / 1e6, BENCH_TRIALS, total_insns / 1e6);
    printf("(a mix of %d instructions a block, %d blocks a buffer, labels and fixups included)\n",
           BENCH_INSNS_PER_BLOCK, BENCH_BLOCKS);
    return 0;
}

/* ==== main ============================================================================ */

static int usage(void)
{
    fprintf(stderr, "usage: emit-demo [--table | --explain [NAME...] | --dump FUNCTION FILE | --errors |\n"
                    "                  --nasm-source FILE.asm | --nasm-compare FILE.bin FILE.lst | --bench [SECONDS] |\n"
                    "                  --deny-exec]\n");
    return EX_USAGE;
}

/* The demo with no arguments, else the mode the first argument names. */
int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc == 1)
        return run_demos();
    const char *opt = argv[1];
    if (strcmp(opt, "--table") == 0 && argc == 2)
        return print_table();
    if (strcmp(opt, "--explain") == 0) {
        if (argc == 2)
            return print_examples(NULL);
        for (int i = 2; i < argc; i++) {
            if (i > 2)
                printf("\n");
            int status = print_examples(argv[i]);
            if (status != 0)
                return status;
        }
        return 0;
    }
    if (strcmp(opt, "--dump") == 0 && argc == 4)
        return dump_demo(argv[2], argv[3]);
    if (strcmp(opt, "--errors") == 0 && argc == 2)
        return run_error_scenarios();
    if (strcmp(opt, "--nasm-source") == 0 && argc == 3)
        return write_nasm_source(argv[2]);
    if (strcmp(opt, "--nasm-compare") == 0 && argc == 4)
        return compare_with_nasm(argv[2], argv[3]);
    if (strcmp(opt, "--bench") == 0 && argc <= 3) {
        char *end = NULL;
        double seconds = argc == 3 ? strtod(argv[2], &end) : 1.0;
        if (argc == 3 && (end == argv[2] || *end != '\0' || !(seconds > 0 && seconds <= 60))) {
            fprintf(stderr, "emit-demo: --bench takes a number of seconds between 0 and 60, not '%s'\n", argv[2]);
            return EX_USAGE;
        }
        return run_bench(seconds);
    }
    if (strcmp(opt, "--deny-exec") == 0 && argc == 2) {
        if (prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0L, 0L, 0L) != 0) {
            fprintf(stderr, "emit-demo: prctl(PR_SET_MDWE): %s (%s): this kernel cannot forbid executable memory (Linux 6.3 or later can)\n",
                    strerror(errno), errno_name(errno));
            return EX_UNAVAILABLE;
        }
        return run_demos();
    }
    return usage();
}
