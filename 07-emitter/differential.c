/* differential.c: the differential test. The encoder is run over every form
 * it has, crossed with all 16 registers (all 256 pairs for two-register
 * forms), immediates and displacements at their edges, jumps both ways in
 * both sizes, the rows of the reference table and the worked examples. Each
 * instruction is written down as one line of NASM (--nasm-source); nasm
 * assembles that file with a listing, and --nasm-compare checks the
 * encoder's bytes against nasm's, instruction by instruction.
 */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "demo.h"
#include "helpers.h"

#define EXIT_NOINPUT 66   /* EX_NOINPUT: an input file cannot be read */

/* A short string returned by value (lives until the end of the full expression). */
typedef struct Str {
    char s[64];
} Str;

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
        die(EXIT_SOFTWARE, "the differential test has more than %zu entries", w->max);
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
    /* not machine code: db 1, 2, 255, three data bytes emitted as they are */
    T(emit_bytes(e, "\x01\x02\xff", 3), "db 1, 2, 255");
    T(emit_align(e, 16), "align 16");
    T(emit_align(e, 16), "align 16");   /* already aligned: nothing */
}

/* ==== The encoder reference table ================================================== */

/* The table's rows, each at a label of its own ($ in nasm). */
static void walk_table(Walk *w)
{
    Emitter *e = w->e;
    for (size_t i = 0; i < table_rows(); i++) {
        EmitLabel here = emit_label_new(e);
        BIND(here);
        T(table_emit(e, i, here), "%s", table_nasm(i));
    }
}

/* The worked examples. */
static void walk_examples(Walk *w)
{
    Emitter *e = w->e;
    for (size_t i = 0; i < example_count(); i++)
        T(example_emit(e, i), "%s", example_nasm(i));
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
        die(EXIT_SOFTWARE, "the differential test itself failed to encode: %s", msg);
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
    if (!t->code || !t->labels || !t->fixups || !t->w.entries)
        die(EXIT_SOFTWARE, "out of memory for the differential test");
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
int write_nasm_source(const char *path)
{
    FILE *f = fopen(path, "w");
    if (f == NULL)
        die(EXIT_CANTCREAT, "cannot create %s: %s (%s)", path, strerror(errno), errno_name(errno));
    TestRun t;
    test_run(&t);
    fprintf(f, "; The differential test of chapter 07, written by emit-demo --nasm-source:\n"
               "; every encoder form with every register. nasm -f bin -l assembles it, and\n"
               "; emit-demo --nasm-compare checks the encoder's bytes against nasm's.\n"
               "bits 64\norg 0x%llx\n", (unsigned long long)TEST_ORG);
    for (size_t i = 0; i < t.w.n; i++)
        fprintf(f, "%s%s\n", t.w.entries[i].is_label ? "" : "    ", t.w.entries[i].text);
    int bad = ferror(f);
    test_free(&t);
    if (fclose(f) != 0 || bad)
        die(EXIT_IOERR, "cannot write %s: %s (%s)", path, strerror(errno), errno_name(errno));
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
        fprintf(stderr, "emit-demo: cannot read %s: %s (%s)\n", path, strerror(errno), errno_name(errno));
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
int compare_with_nasm(const char *bin_path, const char *lst_path)
{
    size_t size, lst_size;
    uint8_t *bin = read_file(bin_path, &size);
    char *lst = bin ? (char *)read_file(lst_path, &lst_size) : NULL;
    if (lst == NULL) {
        free(bin);
        return EXIT_NOINPUT;
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
        return EXIT_DATAERR;
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
