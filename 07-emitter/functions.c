/* functions.c: chapter 07's lesson. Eight small functions are built with the
 * encoder of emit.h (loops with forward and backward labels, calls out to C,
 * data after the code), each into its own mapping the W^X way (mmap RW, emit,
 * mprotect RX, call, munmap), and run against the same functions in C.
 *
 * The instruments live in files of their own (see demo.h): against-c.c runs
 * the comparisons, reference.c prints the table and the worked examples,
 * differential.c checks the encoder against nasm, errors.c provokes every
 * error, bench.c times it, and emit-demo.c reads the command line.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "demo.h"
#include "helpers.h"

/* ==== The functions, built with the encoder ==================================== */

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

/* long triple(long x): the C function the JIT'd code calls. */
long triple(long x) { return (long)(3 * (unsigned long)x); }

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
const char greeting_text[] = "hello from after the ret";
/* Build greeting: lea, ret, then the string. */
static void build_greeting(Emitter *e)
{
    EmitLabel text = emit_label_new(e);
    emit_lea_rip(e, RAX, text);             /* forward reference: a fixup */
    emit_ret(e);
    emit_label_bind(e, text);
    emit_bytes(e, greeting_text, sizeof greeting_text);
}


/* ==== W^X: executable memory that is never writable at the same time ============ */

/* Print one line naming a failed call, its errno and a likely reason; exit 70. */
static _Noreturn void die_call(const char *call, int err, const char *reason)
{
    die(EXIT_SOFTWARE, "%s: %s (%s): %s", call, strerror(err), errno_name(err), reason);
}

/* Map size bytes read-write, near the program's code if the kernel agrees (so
 * that call rel32 reaches C functions; emit_call copes when it does not). */
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

/* ==== Build, run, compare ======================================================== */

typedef struct Demo {
    const char *name;                /* for --dump */
    const char *what;                /* what it shows */
    void (*build)(Emitter *e);
    Check check;                     /* in against-c.c */
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

/* Build demo d into a fresh RW mapping of size bytes; stop with the encoder's
 * error, if any (that would be a bug in a builder above). Returns the mapping. */
static uint8_t *build(const Demo *d, size_t size, size_t *len)
{
    uint8_t *mem = jit_alloc(size);
    Emitter e;
    emit_init(&e, mem, size);
    d->build(&e);
    if (emit_finish(&e) != EMIT_OK) {
        char msg[160];
        emit_format_error(&e, msg, sizeof msg);
        die(EXIT_SOFTWARE, "building %s: %s", d->name, msg);
    }
    *len = e.len;
    return mem;
}

/* Build every function into its own mapping, make it executable, run it
 * against C, unmap it; check with /proc/self/maps that each mapping was
 * rw-p while written and r-xp while run. Returns the exit status. */
int run_demos(void)
{
    const size_t size = 4096;
    int status = 0;
    bool wx_ok = true;
    printf("function   bytes  what it shows %-34s compared with C\n", "");
    for (size_t i = 0; i < N(demos); i++) {
        size_t len;
        uint8_t *mem = build(&demos[i], size, &len);
        char written[8], run[8];
        snprintf(written, sizeof written, "%s", maps_perms(mem));
        jit_make_executable(mem, size);
        snprintf(run, sizeof run, "%s", maps_perms(mem));
        if (strcmp(written, "rw-p") != 0 || strcmp(run, "r-xp") != 0) {
            printf("%s: the mapping was %s while written and %s while run\n", demos[i].name, written, run);
            wx_ok = false;
        }
        char why[200];
        long cases = demos[i].check(mem, why, sizeof why);
        if (cases < 0) {
            printf("%-10s %5zu  %-48s MISMATCH: %s\n", demos[i].name, len, demos[i].what, why);
            status = EXIT_SOFTWARE;
        } else {
            printf("%-10s %5zu  %-48s %5ld %s\n", demos[i].name, len, demos[i].what, cases,
                   cases == 1 ? "case matches" : "cases match");
        }
        jit_free(mem, size);
    }
    if (wx_ok)
        printf("W^X: each mapping was rw-p while written and r-xp while run (/proc/self/maps)\n");
    return wx_ok ? status : EXIT_SOFTWARE;
}

/* --dump NAME FILE: write one function's bytes, built at its run address as
 * above, to FILE (for objdump). Returns the exit status. */
int dump_demo(const char *name, const char *path)
{
    for (size_t i = 0; i < N(demos); i++) {
        if (strcmp(demos[i].name, name) != 0)
            continue;
        const size_t size = 4096;
        size_t len;
        uint8_t *mem = build(&demos[i], size, &len);
        FILE *f = fopen(path, "wb");
        if (f == NULL)
            die(EXIT_CANTCREAT, "cannot create %s: %s (%s)", path, strerror(errno), errno_name(errno));
        if (fwrite(mem, 1, len, f) != len || fclose(f) != 0)
            die(EXIT_IOERR, "cannot write %s: %s (%s)", path, strerror(errno), errno_name(errno));
        jit_free(mem, size);
        return 0;
    }
    usage_error("--dump: no function named '%s' (try sum_to, length, greeting)", name);
}
