/* emit.h: a small x86-64 encoder. Each emit_* call appends one instruction's
 * machine code to a code buffer the caller owns; labels with forward references
 * are patched by emit_finish. Errors are values: the first one is kept in the
 * Emitter (later calls then do nothing) and returned by emit_finish.
 *
 * Usage:
 *     uint8_t buf[256];
 *     Emitter e;
 *     emit_init(&e, buf, sizeof buf);
 *     EmitLabel done = emit_label_new(&e);
 *     emit_xor_r32_r32(&e, RAX, RAX);         // xor eax, eax
 *     emit_test_r64_r64(&e, RDI, RDI);        // test rdi, rdi
 *     emit_jcc8(&e, CC_E, done);              // je short done  (forward)
 *     emit_mov_r64_r64(&e, RAX, RDI);         // mov rax, rdi
 *     emit_label_bind(&e, done);              // done:
 *     emit_ret(&e);                           // ret
 *     if (emit_finish(&e) != EMIT_OK) { char msg[160]; emit_format_error(&e, msg, sizeof msg); ... }
 *     // e.len bytes of code are now in buf
 *
 * Scope: the 16 general registers; memory operands are [base + disp32] (the
 * encoder picks no displacement, disp8 or disp32) or [rip + label]; no index
 * registers, no 16-bit operands, no ah/ch/dh/bh (a byte register is always the
 * low byte: al, cl, dl, bl, spl, bpl, sil, dil, r8b..r15b).
 * Where two encodings are legal the encoder picks the one NASM picks by default
 * (e.g. mov rax, rbx is 48 89 d8, the "MR" form), so the tests can compare
 * against NASM byte for byte. One exception, on purpose: a jump to a label
 * not bound yet. NASM reads the whole source and makes several passes, so it
 * can make a forward jump short when it turns out to reach. This encoder
 * writes each instruction once, in one pass, and hands out offsets as it goes
 * (e->len, emit_label_offset; chapter 08 keeps them to map a fault back to its
 * op): shrinking a jump afterwards would move every byte after it, those
 * offsets and every call rel32 to a fixed address with them. So emit_jmp and
 * emit_jcc make a forward jump rel32; ask for emit_jmp8/emit_jcc8 when you
 * know it is short (emit_finish checks that it reaches).
 *
 * The Emitter holds pointers into itself (its built-in label tables): do not
 * copy an Emitter after emit_init.
 */
#ifndef EMIT_H
#define EMIT_H

#include <stddef.h>
#include <stdint.h>

/* The 16 general registers, numbered as the hardware numbers them. Numbers 8..15
 * need a REX prefix bit (REX.R, REX.X or REX.B) to be reached. As a byte
 * register, 4..7 mean spl, bpl, sil, dil (also REX-only), never ah..bh. */
typedef enum Reg {
    RAX, RCX, RDX, RBX, RSP, RBP, RSI, RDI,
    R8, R9, R10, R11, R12, R13, R14, R15
} Reg;

/* Condition codes, numbered as the hardware numbers them (jcc is 0x70+cc or
 * 0x0f 0x80+cc). A condition's negation is cc ^ 1. */
typedef enum Cond {
    CC_O, CC_NO, CC_B, CC_AE, CC_E, CC_NE, CC_BE, CC_A,
    CC_S, CC_NS, CC_P, CC_NP, CC_L, CC_GE, CC_LE, CC_G,
    CC_C = CC_B, CC_NC = CC_AE, CC_Z = CC_E, CC_NZ = CC_NE
} Cond;

/* What went wrong. EMIT_OK is 0; emit_error_string names each one. */
typedef enum EmitStatus {
    EMIT_OK = 0,
    EMIT_ERR_FULL,           /* the code buffer is full: the instruction does not fit */
    EMIT_ERR_IMM_RANGE,      /* an immediate does not fit the instruction's form */
    EMIT_ERR_DISP_RANGE,     /* a displacement does not fit in 32 bits */
    EMIT_ERR_REL8_RANGE,     /* a short (rel8) jump does not reach its label */
    EMIT_ERR_REL32_RANGE,    /* a call/jump target is more than 2 GiB away */
    EMIT_ERR_LABEL_UNBOUND,  /* a label was referenced but never bound */
    EMIT_ERR_LABEL_REBOUND,  /* a label was bound twice */
    EMIT_ERR_LABEL_BAD,      /* not a label this emitter made */
    EMIT_ERR_LABELS_FULL,    /* the label table is full */
    EMIT_ERR_FIXUPS_FULL,    /* the fixup table (forward references) is full */
    EMIT_ERR_BAD_REG,        /* a register number outside 0..15 */
    EMIT_ERR_BAD_ARG,        /* another bad operand (condition code, alignment) */
    EMIT_STATUS_COUNT
} EmitStatus;

/* A label: a position in the code, possibly not known yet. Made by emit_label_new. */
typedef int32_t EmitLabel;

/* One reference to a label not bound yet: emit_finish writes the distance
 * from the end of the field (the end of the instruction) to the label. */
typedef struct EmitFixup {
    uint32_t at;      /* offset of the rel8 or rel32 field in the code */
    int32_t  label;   /* the label it refers to */
    uint32_t size;    /* 1 (rel8) or 4 (rel32) */
    uint32_t insn;    /* offset of the instruction the field belongs to (for messages) */
} EmitFixup;

#define EMIT_BUILTIN_LABELS 64    /* labels available without emit_use_label_tables */
#define EMIT_BUILTIN_FIXUPS 64    /* forward references available likewise */
#define EMIT_UNBOUND UINT32_MAX   /* position of a label not bound yet */

/* The encoder's state. Read code, len and status; change them only through the
 * functions below. */
typedef struct Emitter {
    uint8_t   *code;        /* the caller's buffer */
    size_t     cap;         /* its capacity in bytes (at most INT32_MAX is used) */
    size_t     len;         /* bytes of code written so far */
    uint64_t   run_address; /* where code[0] will be when it runs (for call rel32) */
    EmitStatus status;      /* the first error, or EMIT_OK */
    size_t     status_at;   /* code offset where that error happened */
    EmitLabel  status_label;/* the label involved, or -1 */
    uint32_t  *labels;      /* position of each label, or EMIT_UNBOUND */
    size_t     nlabels, max_labels;
    EmitFixup *fixups;      /* references waiting for emit_finish */
    size_t     nfixups, max_fixups;
    uint8_t    scratch[16]; /* where an instruction is built when the buffer is nearly full */
    size_t     fast_limit;  /* internal: while len < fast_limit, build in place (0 after an error) */
    uint32_t   builtin_labels[EMIT_BUILTIN_LABELS];
    EmitFixup  builtin_fixups[EMIT_BUILTIN_FIXUPS];
} Emitter;

/* ---- Setting up, finishing, errors ------------------------------------ */

/* Start emitting into code[0..cap); nothing is ever written at or past code[cap].
 * run_address starts as the address of code (change it with emit_set_run_address). */
void emit_init(Emitter *e, uint8_t *code, size_t cap);

/* Use the caller's tables for labels and fixups instead of the built-in ones
 * (for programs with many labels). Call right after emit_init, before any label. */
void emit_use_label_tables(Emitter *e, uint32_t *labels, size_t max_labels,
                           EmitFixup *fixups, size_t max_fixups);

/* Say where code[0] will be when the code runs, when that is not where it is
 * written (e.g. the code is copied afterwards). emit_call_abs uses it. */
void emit_set_run_address(Emitter *e, uint64_t address);

/* Patch every forward reference; returns the first error (EMIT_OK if none).
 * Fixups that cannot be resolved give EMIT_ERR_LABEL_UNBOUND or EMIT_ERR_REL8_RANGE. */
EmitStatus emit_finish(Emitter *e);

/* The first error so far, or EMIT_OK. */
EmitStatus emit_status(const Emitter *e);

/* A one-line description of a status, e.g. "the code buffer is full". */
const char *emit_error_string(EmitStatus status);

/* The first error as one line with where it happened, e.g.
 * "a short (rel8) jump does not reach its label (label 2, at offset 0x14)";
 * writes at most size bytes (NUL included) to buf. */
void emit_format_error(const Emitter *e, char *buf, size_t size);

/* ---- Labels -------------------------------------------------------------- */

/* A new, unbound label; -1 after an error, or (recording EMIT_ERR_LABELS_FULL)
 * when the table is full. A -1 label makes every later call a no-op too. */
EmitLabel emit_label_new(Emitter *e);

/* Bind a label to the current position (e->len). A label is bound once. */
void emit_label_bind(Emitter *e, EmitLabel label);

/* Where a label is bound, as a code offset, or -1 if it is not bound (yet). */
int64_t emit_label_offset(const Emitter *e, EmitLabel label);

/* ---- Moves ------------------------------------------------------------- */

void emit_mov_r64_r64(Emitter *e, Reg dst, Reg src);   /* mov dst, src         REX.W 89 /r */
void emit_mov_r32_r32(Emitter *e, Reg dst, Reg src);   /* mov dst32, src32     89 /r (zeroes bits 63..32) */
/* mov dst, imm in the shortest form: 0..0xffffffff as mov dst32, imm32 (B8+r,
 * zero-extended), other int32 values as mov dst, simm32 (REX.W C7 /0,
 * sign-extended), anything else as mov dst, imm64 (REX.W B8+r). */
void emit_mov_r64_imm(Emitter *e, Reg dst, int64_t imm);
void emit_mov_r64_imm64(Emitter *e, Reg dst, uint64_t imm); /* mov dst, imm64 always (10 bytes, patchable) */
/* mov dst32, imm32 (B8+r); imm must be in INT32_MIN..UINT32_MAX (EMIT_ERR_IMM_RANGE). */
void emit_mov_r32_imm(Emitter *e, Reg dst, int64_t imm);

/* ---- Arithmetic and logic ------------------------------------------------ */
/* op dst, src (REX.W 01/09/21/29/31/39/85 /r: the "MR" forms, as NASM picks). */
void emit_add_r64_r64(Emitter *e, Reg dst, Reg src);
void emit_or_r64_r64(Emitter *e, Reg dst, Reg src);
void emit_and_r64_r64(Emitter *e, Reg dst, Reg src);
void emit_sub_r64_r64(Emitter *e, Reg dst, Reg src);
void emit_xor_r64_r64(Emitter *e, Reg dst, Reg src);
void emit_cmp_r64_r64(Emitter *e, Reg dst, Reg src);
void emit_test_r64_r64(Emitter *e, Reg dst, Reg src);
/* The same on 32-bit registers (no REX.W; the result zeroes bits 63..32). */
void emit_add_r32_r32(Emitter *e, Reg dst, Reg src);
void emit_or_r32_r32(Emitter *e, Reg dst, Reg src);
void emit_and_r32_r32(Emitter *e, Reg dst, Reg src);
void emit_sub_r32_r32(Emitter *e, Reg dst, Reg src);
void emit_xor_r32_r32(Emitter *e, Reg dst, Reg src);
void emit_cmp_r32_r32(Emitter *e, Reg dst, Reg src);
void emit_test_r32_r32(Emitter *e, Reg dst, Reg src);

/* op dst, imm: the imm8 form (83 /n ib, sign-extended) when imm fits in int8,
 * else the imm32 form (81 /n id, or the one-byte-shorter accumulator form
 * 05/0d/25/2d/35/3d id for rax). imm must fit in int32 (EMIT_ERR_IMM_RANGE):
 * the CPU sign-extends it to 64 bits. test has no imm8 form: always F7 /0 id
 * (A9 id for rax). */
void emit_add_r64_imm(Emitter *e, Reg dst, int64_t imm);
void emit_or_r64_imm(Emitter *e, Reg dst, int64_t imm);
void emit_and_r64_imm(Emitter *e, Reg dst, int64_t imm);
void emit_sub_r64_imm(Emitter *e, Reg dst, int64_t imm);
void emit_xor_r64_imm(Emitter *e, Reg dst, int64_t imm);
void emit_cmp_r64_imm(Emitter *e, Reg dst, int64_t imm);
void emit_test_r64_imm(Emitter *e, Reg dst, int64_t imm);
/* The same on 32-bit registers; imm must be in INT32_MIN..UINT32_MAX. */
void emit_add_r32_imm(Emitter *e, Reg dst, int64_t imm);
void emit_or_r32_imm(Emitter *e, Reg dst, int64_t imm);
void emit_and_r32_imm(Emitter *e, Reg dst, int64_t imm);
void emit_sub_r32_imm(Emitter *e, Reg dst, int64_t imm);
void emit_xor_r32_imm(Emitter *e, Reg dst, int64_t imm);
void emit_cmp_r32_imm(Emitter *e, Reg dst, int64_t imm);
void emit_test_r32_imm(Emitter *e, Reg dst, int64_t imm);

void emit_inc_r64(Emitter *e, Reg r);                  /* inc r    REX.W FF /0 */
void emit_dec_r64(Emitter *e, Reg r);                  /* dec r    REX.W FF /1 */
void emit_neg_r64(Emitter *e, Reg r);                  /* neg r    REX.W F7 /3 */
void emit_not_r64(Emitter *e, Reg r);                  /* not r    REX.W F7 /2 */
void emit_imul_r64_r64(Emitter *e, Reg dst, Reg src);  /* imul dst, src    REX.W 0F AF /r */
/* imul dst, src, imm: 6B /r ib when imm fits in int8, else 69 /r id (int32). */
void emit_imul_r64_r64_imm(Emitter *e, Reg dst, Reg src, int64_t imm);
/* Shifts by a constant count 0..63 (else EMIT_ERR_IMM_RANGE): D1 /n for a
 * count of 1, else C1 /n ib. */
void emit_shl_r64_imm(Emitter *e, Reg r, int64_t count);
void emit_shr_r64_imm(Emitter *e, Reg r, int64_t count);
void emit_sar_r64_imm(Emitter *e, Reg r, int64_t count);

/* setcc r8: the low byte of r becomes 1 if cc holds, else 0 (0F 90+cc /0). */
void emit_setcc(Emitter *e, Cond cc, Reg r);

/* ---- Memory: [base + disp] -------------------------------------------- */
/* disp must fit in int32 (EMIT_ERR_DISP_RANGE). The encoder uses no
 * displacement when disp is 0 (except for base rbp/r13, which need a disp8 of
 * 0), disp8 when it fits in int8, else disp32; base rsp/r12 get a SIB byte. */
void emit_load64(Emitter *e, Reg dst, Reg base, int64_t disp);   /* mov dst, qword [base+disp]     REX.W 8B /r */
void emit_load32(Emitter *e, Reg dst, Reg base, int64_t disp);   /* mov dst32, dword [base+disp]   8B /r */
void emit_load8(Emitter *e, Reg dst, Reg base, int64_t disp);    /* mov dst8, byte [base+disp]     8A /r */
void emit_load8zx(Emitter *e, Reg dst, Reg base, int64_t disp);  /* movzx dst32, byte [base+disp]  0F B6 /r */
void emit_store64(Emitter *e, Reg base, int64_t disp, Reg src);  /* mov qword [base+disp], src     REX.W 89 /r */
void emit_store32(Emitter *e, Reg base, int64_t disp, Reg src);  /* mov dword [base+disp], src32   89 /r */
void emit_store8(Emitter *e, Reg base, int64_t disp, Reg src);   /* mov byte [base+disp], src8     88 /r */
/* mov byte [base+disp], imm8 (C6 /0 ib); imm in -128..255. */
void emit_store8_imm(Emitter *e, Reg base, int64_t disp, int64_t imm);
/* add/sub/cmp byte [base+disp], imm8 (80 /0, /5, /7 ib); imm in -128..255. */
void emit_add8_mem_imm(Emitter *e, Reg base, int64_t disp, int64_t imm);
void emit_sub8_mem_imm(Emitter *e, Reg base, int64_t disp, int64_t imm);
void emit_cmp8_mem_imm(Emitter *e, Reg base, int64_t disp, int64_t imm);
/* add/sub byte [base+disp], src8 (00 /r, 28 /r). */
void emit_add8_mem_r8(Emitter *e, Reg base, int64_t disp, Reg src);
void emit_sub8_mem_r8(Emitter *e, Reg base, int64_t disp, Reg src);
/* lea dst, [base+disp] (REX.W 8D /r): the address, no memory access. */
void emit_lea(Emitter *e, Reg dst, Reg base, int64_t disp);
/* lea dst, [rip+label] (REX.W 8D /r, mod 00 rm 101, disp32 patched to the label). */
void emit_lea_rip(Emitter *e, Reg dst, EmitLabel label);

/* ---- Stack and control flow ------------------------------------------ */
void emit_push_r64(Emitter *e, Reg r);                 /* push r   50+r (41 50+r for r8..r15) */
void emit_pop_r64(Emitter *e, Reg r);                  /* pop r    58+r (41 58+r for r8..r15) */
/* call target (E8 rel32): target is an absolute address (e.g. a C function);
 * rel32 is measured from where the code will run (run_address), and must
 * reach (EMIT_ERR_REL32_RANGE); if it may not, use mov rax, imm64; call rax. */
void emit_call_abs(Emitter *e, uint64_t target);
/* call target, reachable or not: E8 rel32 when it reaches from run_address,
 * else mov scratch, target; call scratch (scratch is clobbered). scratch must
 * be a register (EMIT_ERR_BAD_REG) whichever form is picked. */
void emit_call(Emitter *e, uint64_t target, Reg scratch);
void emit_call_label(Emitter *e, EmitLabel label);     /* call label  E8 rel32 */
void emit_call_r64(Emitter *e, Reg r);                 /* call r   FF /2 */
void emit_jmp_r64(Emitter *e, Reg r);                  /* jmp r    FF /4 */
/* Jumps to a label, before or after it is bound. The 8 forms are 2 bytes
 * (EB rel8, 70+cc rel8) and reach -128..127 bytes from the end of the jump
 * (else EMIT_ERR_REL8_RANGE, found when the label is known); the 32 forms
 * are 5 and 6 bytes (E9 rel32, 0F 80+cc rel32). emit_jmp and emit_jcc choose:
 * rel8 for a label already bound within reach, else rel32 (a forward jump is
 * always rel32: see the top of this file). */
void emit_jmp8(Emitter *e, EmitLabel label);
void emit_jmp32(Emitter *e, EmitLabel label);
void emit_jmp(Emitter *e, EmitLabel label);
void emit_jcc8(Emitter *e, Cond cc, EmitLabel label);
void emit_jcc32(Emitter *e, Cond cc, EmitLabel label);
void emit_jcc(Emitter *e, Cond cc, EmitLabel label);

void emit_ret(Emitter *e);                             /* ret      C3 */
void emit_syscall(Emitter *e);                         /* syscall  0F 05 (clobbers rcx, r11) */
void emit_int3(Emitter *e);                            /* int3     CC (a breakpoint trap) */
void emit_nop(Emitter *e);                             /* nop      90 */

/* ---- Data and padding ------------------------------------------------ */
void emit_bytes(Emitter *e, const void *data, size_t n);   /* copy n raw bytes (data after code) */
/* Pad with nop (90) until e->len is a multiple of align (a power of two,
 * 1..4096); align the buffer itself at least as much for this to mean anything. */
void emit_align(Emitter *e, size_t align);

#endif /* EMIT_H */
