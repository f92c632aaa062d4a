/* errors.c: every error the encoder reports, provoked on purpose (--errors).
 * Each scenario runs twice: into a buffer of exactly its size (so valgrind or
 * ASan see a write past it) and into one followed by canary bytes that must
 * come back untouched. The encoder never aborts: each error is a value, kept
 * in the Emitter, and every later call does nothing.
 */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demo.h"
#include "helpers.h"

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
/* Labels asked for after an error: emit.h says later calls do nothing, so
 * the label table must stay empty (checked by holds_no_labels). */
static void label_after_error(Emitter *e)
{
    emit_shl_r64_imm(e, RAX, 64);
    emit_label_new(e);
    emit_label_new(e);
}
static bool holds_no_labels(const Emitter *e) { return e->nlabels == 0; }
/* emit_call with a C function in reach and a scratch register that does not
 * exist: the register is checked whichever form emit_call picks. */
static void call_bad_scratch(Emitter *e) { emit_call(e, e->run_address + 0x100, (Reg)16); }
/* Padding that is already done, on an empty buffer at NULL: no memset(NULL)
 * (which the C library may assume never happens; UBSan reports it). */
static void align_empty_null(Emitter *e)
{
    emit_init(e, NULL, 0);
    emit_align(e, 16);
}
/* The example of emit.h's emit_format_error, for real: label 2, a short
 * jump at offset 0x14 to a label 128 bytes on. */
static void header_example(Emitter *e)
{
    emit_label_new(e);
    emit_label_new(e);
    EmitLabel far = emit_label_new(e);
    for (int i = 0; i < 0x14; i++)
        emit_nop(e);
    emit_jmp8(e, far);
    for (int i = 0; i < 128; i++)
        emit_nop(e);
    emit_label_bind(e, far);
}

static const struct {
    const char *what;
    void (*provoke)(Emitter *e);
    size_t cap;
    EmitStatus want;
    bool (*holds)(const Emitter *e);   /* what must also hold afterwards, if anything */
} scenarios[] = {
    { "fill 32 bytes, then one more", fill_to_the_brim, 32, EMIT_ERR_FULL, NULL },
    { "a 10-byte mov with 7 bytes left", overflow_mid_instruction, 37, EMIT_ERR_FULL, NULL },
    { "emit after an error", sticky_error, 64, EMIT_ERR_IMM_RANGE, NULL },
    { "jump to a label never bound", unbound_label, 64, EMIT_ERR_LABEL_UNBOUND, NULL },
    { "rel8 jump 128 bytes forward", rel8_forward_too_far, 256, EMIT_ERR_REL8_RANGE, NULL },
    { "rel8 jump 129 bytes back", rel8_backward_too_far, 256, EMIT_ERR_REL8_RANGE, NULL },
    { "shl rax, 64", shift_count_64, 64, EMIT_ERR_IMM_RANGE, NULL },
    { "add rax, 0x80000000", imm32_too_big, 64, EMIT_ERR_IMM_RANGE, NULL },
    { "mov eax, 0x100000000", mov32_imm_too_big, 64, EMIT_ERR_IMM_RANGE, NULL },
    { "mov byte [rdi], 256", byte_imm_256, 64, EMIT_ERR_IMM_RANGE, NULL },
    { "mov rax, [rbx+0x80000000]", disp_too_big, 64, EMIT_ERR_DISP_RANGE, NULL },
    { "call rel32 127 TiB away", call_out_of_reach, 64, EMIT_ERR_REL32_RANGE, NULL },
    { "bind a label twice", label_bound_twice, 64, EMIT_ERR_LABEL_REBOUND, NULL },
    { "jump to label 7 of 0", not_a_label, 64, EMIT_ERR_LABEL_BAD, NULL },
    { "65 labels in a table of 64", too_many_labels, 64, EMIT_ERR_LABELS_FULL, NULL },
    { "65 forward jumps, 64 fixups", too_many_fixups, 512, EMIT_ERR_FIXUPS_FULL, NULL },
    { "register number 16", register_16, 64, EMIT_ERR_BAD_REG, NULL },
    { "condition code 16", condition_16, 64, EMIT_ERR_BAD_ARG, NULL },
    { "align 3", align_3, 64, EMIT_ERR_BAD_ARG, NULL },
    { "labels made after an error", label_after_error, 64, EMIT_ERR_IMM_RANGE, holds_no_labels },
    { "emit_call in reach, register 16", call_bad_scratch, 64, EMIT_ERR_BAD_REG, NULL },
    { "align 16, empty NULL buffer", align_empty_null, 64, EMIT_OK, NULL },
    { "emit.h's example", header_example, 256, EMIT_ERR_REL8_RANGE, NULL },
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
    if (exact == NULL || guarded == NULL)
        die(EXIT_SOFTWARE, "out of memory");
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
    bool holds = scenarios[i].holds == NULL || scenarios[i].holds(&e);
    bool ok = got == scenarios[i].want && touched == 0 && holds;
    printf("%-31s %s\n", scenarios[i].what, msg);
    if (got != scenarios[i].want)
        printf("  UNEXPECTED: wanted \"%s\"\n", emit_error_string(scenarios[i].want));
    if (!holds)
        printf("  UNEXPECTED: the emitter changed after its error\n");
    if (touched != 0)
        printf("  OUT OF BOUNDS: %zu bytes past the %zu written were changed\n", touched, e.len);
    free(exact);
    free(guarded);
    return ok;
}

/* --errors: every scenario; exit 0 only if each gave its error and wrote nothing out of bounds. */
int run_error_scenarios(void)
{
    size_t failed = 0;
    for (size_t i = 0; i < N(scenarios); i++)
        failed += !run_scenario(i);
    if (failed != 0) {
        printf("%zu of %zu error scenarios went wrong\n", failed, N(scenarios));
        return EXIT_SOFTWARE;
    }
    printf("%zu scenarios, each reported as expected, nothing written out of bounds\n", N(scenarios));
    return 0;
}

/* ==== The benchmark ====================================================================== */
