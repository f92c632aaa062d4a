/* emit.c: the x86-64 encoder declared in emit.h. Every instruction is built
 * from the same few parts, in this order:
 *
 *     [REX] opcode [ModRM] [SIB] [displacement] [immediate]
 *
 * REX     0100WRXB: W = 64-bit operand; R, X, B = bit 3 of the register in
 *         ModRM.reg, SIB.index and ModRM.rm/SIB.base (or the opcode's low 3 bits).
 * ModRM   mod(2) reg(3) rm(3): mod 11 = register operand, 00 = [base],
 *         01 = [base + disp8], 10 = [base + disp32]; reg is a register or an
 *         opcode extension (the "/n" of the manual).
 * SIB     scale(2) index(3) base(3): needed when rm is 100 (rsp, r12 as base).
 *
 * An instruction is built at the end of the buffer when at least 16 bytes are
 * free (no instruction here is longer than 10), else in e->scratch and copied
 * only if it fits: nothing is ever written past code[cap].
 */
#include "emit.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#define REX_W 8u        /* the W bit of REX, or 0 for 32-bit operands */
#define NO_LABEL (-1)

/* ---- Errors ---------------------------------------------------------------- */

static const char *const status_text[EMIT_STATUS_COUNT] = {
    [EMIT_OK]                = "no error",
    [EMIT_ERR_FULL]          = "the code buffer is full",
    [EMIT_ERR_IMM_RANGE]     = "an immediate does not fit the instruction's form",
    [EMIT_ERR_DISP_RANGE]    = "a displacement does not fit in 32 bits",
    [EMIT_ERR_REL8_RANGE]    = "a short (rel8) jump does not reach its label",
    [EMIT_ERR_REL32_RANGE]   = "a call or jump target is more than 2 GiB away",
    [EMIT_ERR_LABEL_UNBOUND] = "a label is referenced but never bound",
    [EMIT_ERR_LABEL_REBOUND] = "a label is bound twice",
    [EMIT_ERR_LABEL_BAD]     = "not a label of this emitter",
    [EMIT_ERR_LABELS_FULL]   = "the label table is full",
    [EMIT_ERR_FIXUPS_FULL]   = "the fixup table (forward references) is full",
    [EMIT_ERR_BAD_REG]       = "a register number outside 0..15",
    [EMIT_ERR_BAD_ARG]       = "a bad operand (condition code or alignment)",
};

/* A one-line description of a status. */
const char *emit_error_string(EmitStatus status)
{
    if ((unsigned)status >= EMIT_STATUS_COUNT)
        return "unknown emitter status";
    return status_text[status];
}

/* Out of the fast path: the compiler keeps error handling out of line. */
#define COLD __attribute__((cold, noinline))
/* Small helpers the compiler must inline, so an emit_* call is one function. */
#define INLINE static inline __attribute__((always_inline))

/* Record the first error, where it happened and the label involved; keep any earlier one. */
static COLD void fail_at(Emitter *e, EmitStatus s, size_t at, EmitLabel label)
{
    if (e->status != EMIT_OK)
        return;
    e->status = s;
    e->fast_limit = 0;              /* from now on every instruction goes through scratch */
    e->status_at = at;
    e->status_label = label;
}

/* Record an error at the current position. */
static COLD void fail(Emitter *e, EmitStatus s)
{
    fail_at(e, s, e->len, NO_LABEL);
}

/* The first error so far. */
EmitStatus emit_status(const Emitter *e)
{
    return e->status;
}

/* The first error as one line, with its offset (and label). */
void emit_format_error(const Emitter *e, char *buf, size_t size)
{
    if (size == 0)
        return;
    if (e->status == EMIT_OK)
        snprintf(buf, size, "%s", emit_error_string(EMIT_OK));
    else if (e->status_label >= 0)
        snprintf(buf, size, "%s (label %d, at offset 0x%zx)",
                 emit_error_string(e->status), (int)e->status_label, e->status_at);
    else
        snprintf(buf, size, "%s (at offset 0x%zx)", emit_error_string(e->status), e->status_at);
}

/* ---- Setting up ------------------------------------------------------------ */

/* Start emitting into code[0..cap). Every field is set here, by name: a
 * field added to Emitter later starts at zero without a change here. */
void emit_init(Emitter *e, uint8_t *code, size_t cap)
{
    size_t usable = cap > INT32_MAX ? INT32_MAX : cap;   /* offsets must fit in rel32 */
    *e = (Emitter){
        .code = code,
        .cap = usable,
        .fast_limit = usable >= 16 ? usable - 15 : 0,
        .run_address = (uint64_t)(uintptr_t)code,
        .status = EMIT_OK,
        .status_label = NO_LABEL,
        .max_labels = EMIT_BUILTIN_LABELS,
        .max_fixups = EMIT_BUILTIN_FIXUPS,
    };
    e->labels = e->builtin_labels;   /* pointers into *e itself: see emit.h */
    e->fixups = e->builtin_fixups;
}

/* Switch to caller-owned label and fixup tables. */
void emit_use_label_tables(Emitter *e, uint32_t *labels, size_t max_labels,
                           EmitFixup *fixups, size_t max_fixups)
{
    if (e->nlabels != 0 || e->nfixups != 0 || labels == NULL || fixups == NULL) {
        fail(e, EMIT_ERR_BAD_ARG);
        return;
    }
    e->labels = labels;
    e->max_labels = max_labels > INT32_MAX ? INT32_MAX : max_labels;
    e->fixups = fixups;
    e->max_fixups = max_fixups;
}

/* Set the address code[0] will run at. */
void emit_set_run_address(Emitter *e, uint64_t address)
{
    e->run_address = address;
}

/* ---- Writing bytes ----------------------------------------------------- */

/* Where to build the next instruction: in place when 16 bytes are free and all
 * is well (len < fast_limit), else in the scratch area (see end_insn). */
INLINE uint8_t *begin_insn(Emitter *e)
{
    if (__builtin_expect(e->len < e->fast_limit, 1))
        return e->code + e->len;
    return e->scratch;
}

/* Is there room for n more bytes? If not, record EMIT_ERR_FULL. The one
 * place that decides whether something fits in the buffer. */
static bool have_room(Emitter *e, size_t n)
{
    if (e->cap - e->len >= n)
        return true;
    fail(e, EMIT_ERR_FULL);
    return false;
}

/* Copy an instruction built in scratch into the buffer if it fits. */
static COLD void commit_scratch(Emitter *e, size_t n)
{
    if (e->status != EMIT_OK || !have_room(e, n))
        return;
    memcpy(e->code + e->len, e->scratch, n);
    e->len += n;
}

/* Finish an instruction that begin_insn started at start and that ends at p. */
INLINE void end_insn(Emitter *e, const uint8_t *start, const uint8_t *p)
{
    size_t n = (size_t)(p - start);
    if (start != e->scratch)
        e->len += n;
    else
        commit_scratch(e, n);
}

/* Little-endian 32- and 64-bit values. */
INLINE uint8_t *put32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
    p[2] = (uint8_t)(v >> 16);
    p[3] = (uint8_t)(v >> 24);
    return p + 4;
}

/* Little-endian 64-bit value. */
INLINE uint8_t *put64(uint8_t *p, uint64_t v)
{
    p = put32(p, (uint32_t)v);
    return put32(p, (uint32_t)(v >> 32));
}

/* The ranges a field can hold. A field the CPU sign-extends (imm8 and disp8,
 * imm32 and disp32 of a 64-bit operation, rel8, rel32) holds int8 or int32
 * values. A field that is the whole operand (the imm8 of a byte operation,
 * the imm32 of a 32-bit one) holds any value whose low bits mean it: signed
 * or unsigned, -128..255 or INT32_MIN..UINT32_MAX. */
INLINE bool fits_int8(int64_t v) { return v >= INT8_MIN && v <= INT8_MAX; }
INLINE bool fits_int32(int64_t v) { return v >= INT32_MIN && v <= INT32_MAX; }
INLINE bool fits_int8_or_uint8(int64_t v) { return v >= INT8_MIN && v <= UINT8_MAX; }
INLINE bool fits_int32_or_uint32(int64_t v) { return v >= INT32_MIN && v <= (int64_t)UINT32_MAX; }

/* Registers are 0..15; one compare checks several at once. */
INLINE bool bad_regs(Emitter *e, unsigned regs_or)
{
    if (regs_or <= 15)
        return false;
    fail(e, EMIT_ERR_BAD_REG);
    return true;
}

/* Condition codes are 0..15: the one check for setcc and jcc. */
INLINE bool bad_cond(Emitter *e, Cond cc)
{
    if ((unsigned)cc <= 15)
        return false;
    fail(e, EMIT_ERR_BAD_ARG);
    return true;
}

/* The imm32 of an operation of width w (REX_W or 0): sign-extended to 64
 * bits, or the whole 32-bit operand. Records EMIT_ERR_IMM_RANGE if imm does not fit. */
INLINE bool bad_imm32(Emitter *e, unsigned w, int64_t imm)
{
    if (w ? fits_int32(imm) : fits_int32_or_uint32(imm))
        return false;
    fail(e, EMIT_ERR_IMM_RANGE);
    return true;
}

/* spl, bpl, sil, dil exist only with a REX prefix (without one, 4..7 mean ah..bh). */
INLINE bool is_rex_byte_reg(unsigned r) { return r >= 4 && r <= 7; }

/* The REX prefix 0100WRXB, left out when it would be plain 0x40 and not forced. */
INLINE uint8_t *put_rex(uint8_t *p, unsigned w, unsigned reg, unsigned rm, bool force)
{
    unsigned rex = 0x40 | w | ((reg >> 3) << 2) | (rm >> 3);
    if (rex != 0x40 || force)
        *p++ = (uint8_t)rex;
    return p;
}

/* One opcode byte, or two for 0F xx (written as 0x0fxx). */
INLINE uint8_t *put_op(uint8_t *p, unsigned op)
{
    if (op > 0xff)
        *p++ = (uint8_t)(op >> 8);
    *p++ = (uint8_t)op;
    return p;
}

/* ModRM for a register operand: mod 11, reg, rm. */
INLINE uint8_t *put_modrm_reg(uint8_t *p, unsigned reg, unsigned rm)
{
    *p++ = (uint8_t)(0xc0 | (reg & 7) << 3 | (rm & 7));
    return p;
}

/* ModRM (and SIB, displacement) for [base + disp]. rm 100 (rsp, r12) means
 * "a SIB byte follows", so those bases take SIB 0x24 (no index, base 100);
 * mod 00 with rm 101 (rbp, r13) means [rip + disp32], so those bases take
 * mod 01 with a disp8 of 0 instead. */
INLINE uint8_t *put_modrm_mem(uint8_t *p, unsigned reg, unsigned base, int32_t disp)
{
    unsigned b = base & 7, r = (reg & 7) << 3;
    unsigned mod = (disp == 0 && b != 5) ? 0x00 : fits_int8(disp) ? 0x40 : 0x80;
    *p++ = (uint8_t)(mod | r | b);
    if (b == 4)
        *p++ = 0x24;
    if (mod == 0x40)
        *p++ = (uint8_t)disp;
    else if (mod == 0x80)
        p = put32(p, (uint32_t)disp);
    return p;
}

/* ModRM for [rip + disp32]: mod 00 with rm 101 (the form that [rbp] cannot
 * use, see above). The disp32 follows, measured from the end of the instruction. */
INLINE uint8_t *put_modrm_rip(uint8_t *p, unsigned reg)
{
    *p++ = (uint8_t)(0x00 | (reg & 7) << 3 | 5);
    return p;
}

/* ---- Instruction shapes ---------------------------------------------------- */

/* [REX] op ModRM(11, reg, rm): an instruction on two registers, or on one with
 * an opcode extension in reg. force_rex: a REX even with no bits set (for
 * the byte registers spl, bpl, sil, dil). */
INLINE uint8_t *shape_rr(uint8_t *p, unsigned w, unsigned op, unsigned reg, unsigned rm, bool force_rex)
{
    p = put_rex(p, w, reg, rm, force_rex);
    p = put_op(p, op);
    return put_modrm_reg(p, reg, rm);
}

/* [REX] op ModRM [SIB] [disp]: an instruction with a [base + disp] operand. */
INLINE uint8_t *shape_rm(uint8_t *p, unsigned w, unsigned op, unsigned reg, unsigned base, int32_t disp, bool force_rex)
{
    p = put_rex(p, w, reg, base, force_rex);
    p = put_op(p, op);
    return put_modrm_mem(p, reg, base, disp);
}

/* Emit op with ModRM on two registers (reg field = reg, rm field = rm). */
INLINE void insn_rr(Emitter *e, unsigned w, unsigned op, unsigned reg, unsigned rm, bool force_rex)
{
    if (bad_regs(e, reg | rm))
        return;
    uint8_t *start = begin_insn(e);
    end_insn(e, start, shape_rr(start, w, op, reg, rm, force_rex));
}

/* Emit op with a [base + disp] operand; reg is a register or an opcode extension. */
INLINE void insn_rm(Emitter *e, unsigned w, unsigned op, unsigned reg, unsigned base, int64_t disp, bool force_rex)
{
    if (bad_regs(e, reg | base))
        return;
    if (!fits_int32(disp)) {
        fail(e, EMIT_ERR_DISP_RANGE);
        return;
    }
    uint8_t *start = begin_insn(e);
    end_insn(e, start, shape_rm(start, w, op, reg, base, (int32_t)disp, force_rex));
}

/* Emit a byte-sized instruction with a [base + disp] operand and an imm8. */
INLINE void insn_rm_imm8(Emitter *e, unsigned op, unsigned ext, unsigned base, int64_t disp, int64_t imm)
{
    if (bad_regs(e, base))
        return;
    if (!fits_int32(disp)) {
        fail(e, EMIT_ERR_DISP_RANGE);
        return;
    }
    if (!fits_int8_or_uint8(imm)) {
        fail(e, EMIT_ERR_IMM_RANGE);
        return;
    }
    uint8_t *start = begin_insn(e);
    uint8_t *p = shape_rm(start, 0, op, ext, base, (int32_t)disp, false);
    *p++ = (uint8_t)imm;
    end_insn(e, start, p);
}

/* Emit op+r (the register in the opcode's low 3 bits, its bit 3 in REX.B). */
INLINE void insn_plus_r(Emitter *e, unsigned w, unsigned op, unsigned r)
{
    if (bad_regs(e, r))
        return;
    uint8_t *start = begin_insn(e);
    uint8_t *p = put_rex(start, w, 0, r, false);
    *p++ = (uint8_t)(op + (r & 7));
    end_insn(e, start, p);
}

/* Emit an instruction without operands (1 or 2 opcode bytes). */
INLINE void insn_plain(Emitter *e, unsigned op)
{
    uint8_t *start = begin_insn(e);
    end_insn(e, start, put_op(start, op));
}

/* ---- Moves ----------------------------------------------------------------- */

/* mov dst, src (REX.W 89 /r: src in reg, dst in rm). */
void emit_mov_r64_r64(Emitter *e, Reg dst, Reg src) { insn_rr(e, REX_W, 0x89, src, dst, false); }
/* mov dst32, src32 (89 /r). */
void emit_mov_r32_r32(Emitter *e, Reg dst, Reg src) { insn_rr(e, 0, 0x89, src, dst, false); }

/* mov dst, imm64 always: REX.W B8+r io. */
void emit_mov_r64_imm64(Emitter *e, Reg dst, uint64_t imm)
{
    if (bad_regs(e, dst))
        return;
    uint8_t *start = begin_insn(e);
    uint8_t *p = put_rex(start, REX_W, 0, dst, false);
    *p++ = (uint8_t)(0xb8 + (dst & 7));
    end_insn(e, start, put64(p, imm));
}

/* mov dst32, imm32: B8+r id (the CPU zeroes bits 63..32). */
void emit_mov_r32_imm(Emitter *e, Reg dst, int64_t imm)
{
    if (bad_regs(e, dst) || bad_imm32(e, 0, imm))
        return;
    uint8_t *start = begin_insn(e);
    uint8_t *p = put_rex(start, 0, 0, dst, false);
    *p++ = (uint8_t)(0xb8 + (dst & 7));
    end_insn(e, start, put32(p, (uint32_t)imm));
}

/* mov dst, imm in the shortest of three forms (see emit.h). */
void emit_mov_r64_imm(Emitter *e, Reg dst, int64_t imm)
{
    if (imm >= 0 && imm <= (int64_t)UINT32_MAX) {
        emit_mov_r32_imm(e, dst, imm);               /* zero-extended: 5 or 6 bytes */
    } else if (fits_int32(imm)) {
        if (bad_regs(e, dst))                        /* sign-extended: 7 bytes */
            return;
        uint8_t *start = begin_insn(e);
        uint8_t *p = shape_rr(start, REX_W, 0xc7, 0, dst, false);
        end_insn(e, start, put32(p, (uint32_t)imm));
    } else {
        emit_mov_r64_imm64(e, dst, (uint64_t)imm);   /* the full 64 bits: 10 bytes */
    }
}

/* ---- Arithmetic and logic -------------------------------------------------- */

/* The ALU group: the /n of 81 and 83, and the MR opcode n*8+1. */
enum { ALU_ADD = 0, ALU_OR = 1, ALU_AND = 4, ALU_SUB = 5, ALU_XOR = 6, ALU_CMP = 7 };

/* op dst, src for the ALU group (MR form n*8+1: src in reg, dst in rm). */
INLINE void alu_rr(Emitter *e, unsigned w, unsigned n, Reg dst, Reg src)
{
    insn_rr(e, w, n * 8 + 1, src, dst, false);
}

/* op dst, imm for the ALU group: 83 /n ib when imm fits in int8 (the CPU
 * sign-extends it), else the accumulator form n*8+5 id for rax, else 81 /n id. */
INLINE void alu_imm(Emitter *e, unsigned w, unsigned n, Reg dst, int64_t imm)
{
    if (bad_regs(e, dst) || bad_imm32(e, w, imm))
        return;
    int32_t v = (int32_t)(uint32_t)imm;   /* the 32 bits the CPU will see */
    uint8_t *start = begin_insn(e), *p;
    if (fits_int8(v)) {
        p = shape_rr(start, w, 0x83, n, dst, false);
        *p++ = (uint8_t)v;
    } else {
        if (dst == RAX) {
            p = put_rex(start, w, 0, 0, false);
            *p++ = (uint8_t)(n * 8 + 5);
        } else {
            p = shape_rr(start, w, 0x81, n, dst, false);
        }
        p = put32(p, (uint32_t)v);
    }
    end_insn(e, start, p);
}

/* test is not in that group: its opcodes are 85 /r, F7 /0 id and A9 id (rax),
 * and it has no imm8 form. test dst, src: src in reg, dst in rm, as NASM does. */
INLINE void test_rr(Emitter *e, unsigned w, Reg dst, Reg src)
{
    insn_rr(e, w, 0x85, src, dst, false);
}

/* test dst, imm32: A9 id for rax, else F7 /0 id. */
INLINE void test_imm(Emitter *e, unsigned w, Reg dst, int64_t imm)
{
    if (bad_regs(e, dst) || bad_imm32(e, w, imm))
        return;
    uint8_t *start = begin_insn(e), *p;
    if (dst == RAX) {
        p = put_rex(start, w, 0, 0, false);
        *p++ = 0xa9;
    } else {
        p = shape_rr(start, w, 0xf7, 0, dst, false);
    }
    end_insn(e, start, put32(p, (uint32_t)imm));
}

/* The ALU group, register-register, 64 and 32 bits (contracts in emit.h). */
void emit_add_r64_r64(Emitter *e, Reg dst, Reg src)  { alu_rr(e, REX_W, ALU_ADD, dst, src); }
void emit_or_r64_r64(Emitter *e, Reg dst, Reg src)   { alu_rr(e, REX_W, ALU_OR, dst, src); }
void emit_and_r64_r64(Emitter *e, Reg dst, Reg src)  { alu_rr(e, REX_W, ALU_AND, dst, src); }
void emit_sub_r64_r64(Emitter *e, Reg dst, Reg src)  { alu_rr(e, REX_W, ALU_SUB, dst, src); }
void emit_xor_r64_r64(Emitter *e, Reg dst, Reg src)  { alu_rr(e, REX_W, ALU_XOR, dst, src); }
void emit_cmp_r64_r64(Emitter *e, Reg dst, Reg src)  { alu_rr(e, REX_W, ALU_CMP, dst, src); }
void emit_test_r64_r64(Emitter *e, Reg dst, Reg src) { test_rr(e, REX_W, dst, src); }
void emit_add_r32_r32(Emitter *e, Reg dst, Reg src)  { alu_rr(e, 0, ALU_ADD, dst, src); }
void emit_or_r32_r32(Emitter *e, Reg dst, Reg src)   { alu_rr(e, 0, ALU_OR, dst, src); }
void emit_and_r32_r32(Emitter *e, Reg dst, Reg src)  { alu_rr(e, 0, ALU_AND, dst, src); }
void emit_sub_r32_r32(Emitter *e, Reg dst, Reg src)  { alu_rr(e, 0, ALU_SUB, dst, src); }
void emit_xor_r32_r32(Emitter *e, Reg dst, Reg src)  { alu_rr(e, 0, ALU_XOR, dst, src); }
void emit_cmp_r32_r32(Emitter *e, Reg dst, Reg src)  { alu_rr(e, 0, ALU_CMP, dst, src); }
void emit_test_r32_r32(Emitter *e, Reg dst, Reg src) { test_rr(e, 0, dst, src); }

/* The ALU group, register-immediate. */
void emit_add_r64_imm(Emitter *e, Reg dst, int64_t imm)  { alu_imm(e, REX_W, ALU_ADD, dst, imm); }
void emit_or_r64_imm(Emitter *e, Reg dst, int64_t imm)   { alu_imm(e, REX_W, ALU_OR, dst, imm); }
void emit_and_r64_imm(Emitter *e, Reg dst, int64_t imm)  { alu_imm(e, REX_W, ALU_AND, dst, imm); }
void emit_sub_r64_imm(Emitter *e, Reg dst, int64_t imm)  { alu_imm(e, REX_W, ALU_SUB, dst, imm); }
void emit_xor_r64_imm(Emitter *e, Reg dst, int64_t imm)  { alu_imm(e, REX_W, ALU_XOR, dst, imm); }
void emit_cmp_r64_imm(Emitter *e, Reg dst, int64_t imm)  { alu_imm(e, REX_W, ALU_CMP, dst, imm); }
void emit_test_r64_imm(Emitter *e, Reg dst, int64_t imm) { test_imm(e, REX_W, dst, imm); }
void emit_add_r32_imm(Emitter *e, Reg dst, int64_t imm)  { alu_imm(e, 0, ALU_ADD, dst, imm); }
void emit_or_r32_imm(Emitter *e, Reg dst, int64_t imm)   { alu_imm(e, 0, ALU_OR, dst, imm); }
void emit_and_r32_imm(Emitter *e, Reg dst, int64_t imm)  { alu_imm(e, 0, ALU_AND, dst, imm); }
void emit_sub_r32_imm(Emitter *e, Reg dst, int64_t imm)  { alu_imm(e, 0, ALU_SUB, dst, imm); }
void emit_xor_r32_imm(Emitter *e, Reg dst, int64_t imm)  { alu_imm(e, 0, ALU_XOR, dst, imm); }
void emit_cmp_r32_imm(Emitter *e, Reg dst, int64_t imm)  { alu_imm(e, 0, ALU_CMP, dst, imm); }
void emit_test_r32_imm(Emitter *e, Reg dst, int64_t imm) { test_imm(e, 0, dst, imm); }

/* One-operand group: FF /0 inc, FF /1 dec, F7 /2 not, F7 /3 neg. */
void emit_inc_r64(Emitter *e, Reg r) { insn_rr(e, REX_W, 0xff, 0, r, false); }
void emit_dec_r64(Emitter *e, Reg r) { insn_rr(e, REX_W, 0xff, 1, r, false); }
void emit_not_r64(Emitter *e, Reg r) { insn_rr(e, REX_W, 0xf7, 2, r, false); }
void emit_neg_r64(Emitter *e, Reg r) { insn_rr(e, REX_W, 0xf7, 3, r, false); }

/* imul dst, src (REX.W 0F AF /r: dst in reg, src in rm). */
void emit_imul_r64_r64(Emitter *e, Reg dst, Reg src) { insn_rr(e, REX_W, 0x0faf, dst, src, false); }

/* imul dst, src, imm (6B /r ib or 69 /r id). */
void emit_imul_r64_r64_imm(Emitter *e, Reg dst, Reg src, int64_t imm)
{
    if (bad_regs(e, dst | src) || bad_imm32(e, REX_W, imm))
        return;
    uint8_t *start = begin_insn(e), *p;
    if (fits_int8(imm)) {
        p = shape_rr(start, REX_W, 0x6b, dst, src, false);
        *p++ = (uint8_t)imm;
    } else {
        p = put32(shape_rr(start, REX_W, 0x69, dst, src, false), (uint32_t)imm);
    }
    end_insn(e, start, p);
}

/* Shift group: D1 /n (by 1) or C1 /n ib; n = 4 shl, 5 shr, 7 sar. */
INLINE void shift_imm(Emitter *e, unsigned n, Reg r, int64_t count)
{
    if (bad_regs(e, r))
        return;
    if (count < 0 || count > 63) {
        fail(e, EMIT_ERR_IMM_RANGE);
        return;
    }
    uint8_t *start = begin_insn(e), *p;
    if (count == 1) {
        p = shape_rr(start, REX_W, 0xd1, n, r, false);
    } else {
        p = shape_rr(start, REX_W, 0xc1, n, r, false);
        *p++ = (uint8_t)count;
    }
    end_insn(e, start, p);
}

/* Shifts: /4 shl, /5 shr, /7 sar. */
void emit_shl_r64_imm(Emitter *e, Reg r, int64_t count) { shift_imm(e, 4, r, count); }
void emit_shr_r64_imm(Emitter *e, Reg r, int64_t count) { shift_imm(e, 5, r, count); }
void emit_sar_r64_imm(Emitter *e, Reg r, int64_t count) { shift_imm(e, 7, r, count); }

/* setcc r8 (0F 90+cc /0). */
void emit_setcc(Emitter *e, Cond cc, Reg r)
{
    if (bad_cond(e, cc))
        return;
    insn_rr(e, 0, 0x0f90 + (unsigned)cc, 0, r, is_rex_byte_reg(r));
}

/* ---- Memory ------------------------------------------------------------------ */

void emit_load64(Emitter *e, Reg dst, Reg base, int64_t disp)  { insn_rm(e, REX_W, 0x8b, dst, base, disp, false); }
void emit_load32(Emitter *e, Reg dst, Reg base, int64_t disp)  { insn_rm(e, 0, 0x8b, dst, base, disp, false); }
void emit_load8(Emitter *e, Reg dst, Reg base, int64_t disp)   { insn_rm(e, 0, 0x8a, dst, base, disp, is_rex_byte_reg(dst)); }
void emit_load8zx(Emitter *e, Reg dst, Reg base, int64_t disp) { insn_rm(e, 0, 0x0fb6, dst, base, disp, false); }
void emit_store64(Emitter *e, Reg base, int64_t disp, Reg src) { insn_rm(e, REX_W, 0x89, src, base, disp, false); }
void emit_store32(Emitter *e, Reg base, int64_t disp, Reg src) { insn_rm(e, 0, 0x89, src, base, disp, false); }
void emit_store8(Emitter *e, Reg base, int64_t disp, Reg src)  { insn_rm(e, 0, 0x88, src, base, disp, is_rex_byte_reg(src)); }
void emit_lea(Emitter *e, Reg dst, Reg base, int64_t disp)     { insn_rm(e, REX_W, 0x8d, dst, base, disp, false); }

/* Byte operations on memory with an immediate or a byte register. */
void emit_store8_imm(Emitter *e, Reg base, int64_t disp, int64_t imm)   { insn_rm_imm8(e, 0xc6, 0, base, disp, imm); }
void emit_add8_mem_imm(Emitter *e, Reg base, int64_t disp, int64_t imm) { insn_rm_imm8(e, 0x80, 0, base, disp, imm); }
void emit_sub8_mem_imm(Emitter *e, Reg base, int64_t disp, int64_t imm) { insn_rm_imm8(e, 0x80, 5, base, disp, imm); }
void emit_cmp8_mem_imm(Emitter *e, Reg base, int64_t disp, int64_t imm) { insn_rm_imm8(e, 0x80, 7, base, disp, imm); }
void emit_add8_mem_r8(Emitter *e, Reg base, int64_t disp, Reg src) { insn_rm(e, 0, 0x00, src, base, disp, is_rex_byte_reg(src)); }
void emit_sub8_mem_r8(Emitter *e, Reg base, int64_t disp, Reg src) { insn_rm(e, 0, 0x28, src, base, disp, is_rex_byte_reg(src)); }

/* ---- Labels ------------------------------------------------------------------ */

/* A new unbound label. */
EmitLabel emit_label_new(Emitter *e)
{
    if (e->status != EMIT_OK)         /* after an error, as every call: nothing */
        return NO_LABEL;
    if (e->nlabels >= e->max_labels) {
        fail(e, EMIT_ERR_LABELS_FULL);
        return NO_LABEL;
    }
    e->labels[e->nlabels] = EMIT_UNBOUND;
    return (EmitLabel)e->nlabels++;
}

/* Is label one of ours? (Records EMIT_ERR_LABEL_BAD if not.) */
INLINE bool good_label(Emitter *e, EmitLabel label)
{
    if (label >= 0 && (size_t)label < e->nlabels)
        return true;
    fail_at(e, EMIT_ERR_LABEL_BAD, e->len, label);
    return false;
}

/* Bind label to the current position. */
void emit_label_bind(Emitter *e, EmitLabel label)
{
    if (e->status != EMIT_OK || !good_label(e, label))
        return;
    if (e->labels[label] != EMIT_UNBOUND) {
        fail_at(e, EMIT_ERR_LABEL_REBOUND, e->len, label);
        return;
    }
    e->labels[label] = (uint32_t)e->len;
}

/* Where label is bound, or -1. */
int64_t emit_label_offset(const Emitter *e, EmitLabel label)
{
    if (label < 0 || (size_t)label >= e->nlabels || e->labels[label] == EMIT_UNBOUND)
        return -1;
    return e->labels[label];
}

/* Emit an instruction that ends in a rel8/rel32 field pointing at label:
 * the nhead bytes of head (prefix, opcode, ModRM), then the field. A bound
 * label's distance is written now; an unbound one gets 0 and a fixup for
 * emit_finish. */
INLINE void insn_rel(Emitter *e, const uint8_t *head, unsigned nhead, unsigned size, EmitLabel label)
{
    if (!good_label(e, label))
        return;
    size_t insn = e->len, end = insn + nhead + size;
    int64_t rel = 0;
    bool bound = e->labels[label] != EMIT_UNBOUND;
    if (bound) {
        rel = (int64_t)e->labels[label] - (int64_t)end;
        if (size == 1 && !fits_int8(rel)) {
            fail_at(e, EMIT_ERR_REL8_RANGE, insn, label);
            return;
        }
    } else if (e->nfixups >= e->max_fixups) {
        fail_at(e, EMIT_ERR_FIXUPS_FULL, insn, label);
        return;
    }
    uint8_t *start = begin_insn(e), *p = start;
    for (unsigned i = 0; i < nhead; i++)
        *p++ = head[i];
    if (size == 1)
        *p++ = (uint8_t)rel;
    else
        p = put32(p, (uint32_t)rel);
    end_insn(e, start, p);
    if (!bound && e->status == EMIT_OK)
        e->fixups[e->nfixups++] = (EmitFixup){ .at = (uint32_t)(end - size), .label = label,
                                               .size = size, .insn = (uint32_t)insn };
}

/* jmp rel8 (EB), jmp rel32 (E9), call rel32 (E8) to a label. */
void emit_jmp8(Emitter *e, EmitLabel label)       { insn_rel(e, (const uint8_t[]){ 0xeb }, 1, 1, label); } /* encoder table: opcode */
void emit_jmp32(Emitter *e, EmitLabel label)      { insn_rel(e, (const uint8_t[]){ 0xe9 }, 1, 4, label); } /* encoder table: opcode */
void emit_call_label(Emitter *e, EmitLabel label) { insn_rel(e, (const uint8_t[]){ 0xe8 }, 1, 4, label); } /* encoder table: opcode */

/* Does a 2-byte short jump emitted now reach label (bound already)? */
static bool short_reaches(const Emitter *e, EmitLabel label)
{
    int64_t at = emit_label_offset(e, label);
    return at >= 0 && fits_int8(at - (int64_t)(e->len + 2));
}

/* jmp label: rel8 when bound and in reach, else rel32 (see emit.h for why
 * a forward jump is always rel32 here). */
void emit_jmp(Emitter *e, EmitLabel label)
{
    if (short_reaches(e, label))
        emit_jmp8(e, label);
    else
        emit_jmp32(e, label);
}

/* jcc rel8: 70+cc. */
void emit_jcc8(Emitter *e, Cond cc, EmitLabel label)
{
    if (bad_cond(e, cc))
        return;
    uint8_t head[1];
    insn_rel(e, head, (unsigned)(put_op(head, 0x70 + (unsigned)cc) - head), 1, label);
}

/* jcc rel32: 0F 80+cc, a two-byte opcode. */
void emit_jcc32(Emitter *e, Cond cc, EmitLabel label)
{
    if (bad_cond(e, cc))
        return;
    uint8_t head[2];
    insn_rel(e, head, (unsigned)(put_op(head, 0x0f80 + (unsigned)cc) - head), 4, label);
}

/* jcc label: rel8 when bound and in reach, else rel32. */
void emit_jcc(Emitter *e, Cond cc, EmitLabel label)
{
    if (short_reaches(e, label))
        emit_jcc8(e, cc, label);
    else
        emit_jcc32(e, cc, label);
}

/* lea dst, [rip + label]: REX.W 8D, ModRM mod 00 rm 101, disp32 to the label. */
void emit_lea_rip(Emitter *e, Reg dst, EmitLabel label)
{
    if (bad_regs(e, dst))
        return;
    uint8_t head[3], *p = put_rex(head, REX_W, dst, 0, false);
    p = put_op(p, 0x8d);
    p = put_modrm_rip(p, dst);
    insn_rel(e, head, (unsigned)(p - head), 4, label);
}

/* Patch every forward reference now that all labels are known. */
EmitStatus emit_finish(Emitter *e)
{
    if (e->status != EMIT_OK)
        return e->status;
    for (size_t i = 0; i < e->nfixups; i++) {
        const EmitFixup *f = &e->fixups[i];
        uint32_t target = e->labels[f->label];
        if (target == EMIT_UNBOUND) {
            fail_at(e, EMIT_ERR_LABEL_UNBOUND, f->insn, f->label);
            break;
        }
        int64_t rel = (int64_t)target - (int64_t)(f->at + f->size);
        if (f->size == 1) {
            if (!fits_int8(rel)) {
                fail_at(e, EMIT_ERR_REL8_RANGE, f->insn, f->label);
                break;
            }
            e->code[f->at] = (uint8_t)rel;
        } else {
            put32(e->code + f->at, (uint32_t)rel);
        }
    }
    e->nfixups = 0;
    return e->status;
}

/* ---- Stack and control flow -------------------------------------------------- */

/* push, pop (50+r, 58+r), and call, jmp through a register (FF /2, FF /4). */
void emit_push_r64(Emitter *e, Reg r) { insn_plus_r(e, 0, 0x50, r); }
void emit_pop_r64(Emitter *e, Reg r)  { insn_plus_r(e, 0, 0x58, r); }
void emit_call_r64(Emitter *e, Reg r) { insn_rr(e, 0, 0xff, 2, r, false); }
void emit_jmp_r64(Emitter *e, Reg r)  { insn_rr(e, 0, 0xff, 4, r, false); }

/* The rel32 of a 5-byte call emitted now: target minus the end of the call,
 * where the code will run (run_address), not where it is written. */
static int64_t call_rel32(const Emitter *e, uint64_t target)
{
    return (int64_t)(target - (e->run_address + e->len + 5));
}

/* call target: E8 rel32. */
void emit_call_abs(Emitter *e, uint64_t target)
{
    int64_t rel = call_rel32(e, target);
    if (!fits_int32(rel)) {
        fail(e, EMIT_ERR_REL32_RANGE);
        return;
    }
    uint8_t *start = begin_insn(e), *p = start;
    *p++ = 0xe8;
    end_insn(e, start, put32(p, (uint32_t)rel));
}

/* call target directly when rel32 reaches it, else through scratch. */
void emit_call(Emitter *e, uint64_t target, Reg scratch)
{
    if (bad_regs(e, scratch))         /* checked whichever form is used */
        return;
    if (fits_int32(call_rel32(e, target))) {
        emit_call_abs(e, target);
    } else {
        emit_mov_r64_imm(e, scratch, (int64_t)target);
        emit_call_r64(e, scratch);
    }
}

/* Instructions without operands. */
void emit_ret(Emitter *e)     { insn_plain(e, 0xc3); }
void emit_syscall(Emitter *e) { insn_plain(e, 0x0f05); }
void emit_int3(Emitter *e)    { insn_plain(e, 0xcc); }
void emit_nop(Emitter *e)     { insn_plain(e, 0x90); }

/* ---- Data and padding ---------------------------------------------------------- */

/* Copy n raw bytes. */
void emit_bytes(Emitter *e, const void *data, size_t n)
{
    if (e->status != EMIT_OK || n == 0 || !have_room(e, n))
        return;                       /* n == 0: memcpy may not be given a NULL buffer */
    memcpy(e->code + e->len, data, n);
    e->len += n;
}

/* Pad with nops to a multiple of align. */
void emit_align(Emitter *e, size_t align)
{
    if (align == 0 || align > 4096 || (align & (align - 1)) != 0) {
        fail(e, EMIT_ERR_BAD_ARG);
        return;
    }
    size_t pad = (align - (e->len & (align - 1))) & (align - 1);
    if (e->status != EMIT_OK || pad == 0 || !have_room(e, pad))
        return;                       /* pad == 0: memset may not be given a NULL buffer */
    memset(e->code + e->len, 0x90, pad);
    e->len += pad;
}
