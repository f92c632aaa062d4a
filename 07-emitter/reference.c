/* reference.c: the encoder shown, not tested: --table prints one row per
 * encoder function with its NASM form and the bytes the encoder makes, and
 * --explain takes worked examples apart byte by byte (REX, opcode, ModRM,
 * SIB, displacement, immediate). The differential test (differential.c)
 * assembles every row and every example with nasm too, so what is shown
 * here is checked.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "demo.h"
#include "helpers.h"


/* Register and condition names, numbered as the hardware numbers them. */
const char *const r64[16] = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                              "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };
const char *const r32[16] = { "eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
                              "r8d", "r9d", "r10d", "r11d", "r12d", "r13d", "r14d", "r15d" };
const char *const r8[16] = { "al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil",
                             "r8b", "r9b", "r10b", "r11b", "r12b", "r13b", "r14b", "r15b" };
const char *const cc_name[16] = { "o", "no", "b", "ae", "e", "ne", "be", "a",
                                  "s", "ns", "p", "np", "l", "ge", "le", "g" };

/* A short string returned by value (lives until the end of the full expression). */
typedef struct Str {
    char s[64];
} Str;

/* ==== The encoder reference table ================================================ */

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
void table_emit(Emitter *e, size_t i, EmitLabel here)
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

/* How many rows; row i's NASM text. */
size_t table_rows(void) { return NROWS; }
const char *table_nasm(size_t i) { return table_text[i].nasm; }

/* --table: each row emitted into its own small buffer, and printed. */
int print_table(void)
{
    printf("%-42s %-26s %s\n", "encoder call", "nasm", "bytes");
    for (size_t i = 0; i < NROWS; i++) {
        uint8_t buf[32];
        Emitter e;
        emit_init(&e, buf, sizeof buf);
        emit_set_run_address(&e, TEST_ORG);
        EmitLabel here = emit_label_new(&e);
        emit_label_bind(&e, here);
        table_emit(&e, i, here);
        if (emit_finish(&e) != EMIT_OK)
            die(EXIT_SOFTWARE, "table row %zu does not encode: %s", i, emit_error_string(e.status));
        printf("%-42s %-26s", table_text[i].call, table_text[i].nasm);
        for (size_t k = 0; k < e.len; k++)
            printf(" %02x", buf[k]);
        printf("\n");
    }
    return 0;
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
void example_emit(Emitter *e, size_t i)
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

/* How many examples; example i's NASM text. */
size_t example_count(void) { return NEXAMPLES; }
const char *example_nasm(size_t i) { return examples[i].nasm; }

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

/* The example named id, or NULL. */
static const Example *find_example(const char *id)
{
    for (size_t i = 0; i < NEXAMPLES; i++)
        if (strcmp(id, examples[i].id) == 0)
            return &examples[i];
    return NULL;
}

/* --explain [ID...]: the examples named (all of them if n is 0), each emitted
 * and taken apart. An unknown name is a usage error, before anything is printed. */
int print_examples(int n, char **ids)
{
    for (int k = 0; k < n; k++) {
        if (find_example(ids[k]) != NULL)
            continue;
        char names[400] = "";
        for (size_t i = 0; i < NEXAMPLES; i++)
            snprintf(names + strlen(names), sizeof names - strlen(names), " %s", examples[i].id);
        usage_error("--explain: no example named '%s'; the examples are:%s", ids[k], names);
    }
    for (int k = 0; k < (n == 0 ? (int)NEXAMPLES : n); k++) {
        const Example *x = n == 0 ? &examples[k] : find_example(ids[k]);
        uint8_t buf[16];
        Emitter e;
        emit_init(&e, buf, sizeof buf);
        example_emit(&e, (size_t)(x - examples));
        if (emit_finish(&e) != EMIT_OK)
            die(EXIT_SOFTWARE, "example %s does not encode: %s", x->id, emit_error_string(e.status));
        if (k > 0)
            printf("\n");
        explain(x, buf, e.len);
    }
    return 0;
}
