/* Exercise 3 (07-emitter), a stretch: index registers, [base + index*scale + disp].
 *
 * The encoder of this chapter has no index registers. Real code wants them:
 * a[i] is [rdi + rsi*8]. The operand is written as ModRM with rm 100 ("a SIB
 * byte follows"), then SIB = scale(2 bits) index(3) base(3), then the
 * displacement. scale is 1, 2, 4 or 8, but the SIB field holds 0, 1, 2 or 3.
 * The fourth bit of index goes in REX.X and that of base in REX.B; the
 * harness writes REX for you, so write only ModRM, SIB and the displacement.
 *
 * Write put_modrm_sib below. Find out, with the check's help:
 *   - which displacements need which mod (as for [base + disp]);
 *   - what SIB.base 101 with mod 00 means, and so what rbp and r13 need;
 *   - why the harness never asks for rsp as an index, yet r12 is fine.
 *
 * Check it with `make -C 07-emitter exercises`: the check encodes
 * mov r64, qword [base + index*scale + disp] with your function for many
 * registers, every base, every index but rsp, every scale and the awkward
 * displacements, and compares with nasm byte for byte.
 */
#include <stdint.h>

/* Write ModRM, SIB and the displacement for [base + index*scale + disp]
 * (index is never 4, rsp; scale is 1, 2, 4 or 8), reg in ModRM.reg; return
 * the position after them. */
uint8_t *put_modrm_sib(uint8_t *p, unsigned reg, unsigned base, unsigned index, unsigned scale, int32_t disp)
{
    unsigned b = base & 7;
    /* SIB.base 101 with mod 00 means "no base, disp32": rbp and r13 take a disp8 of 0. */
    unsigned mod = (disp == 0 && b != 5) ? 0x00 : (disp >= -128 && disp <= 127) ? 0x40 : 0x80;
    unsigned ss = scale == 8 ? 3 : scale == 4 ? 2 : scale == 2 ? 1 : 0;   /* log2(scale) */
    *p++ = (uint8_t)(mod | (reg & 7) << 3 | 4);                          /* rm 100: SIB follows */
    *p++ = (uint8_t)(ss << 6 | (index & 7) << 3 | b);
    if (mod == 0x40) {
        *p++ = (uint8_t)disp;
    } else if (mod == 0x80) {
        for (int i = 0; i < 4; i++)
            *p++ = (uint8_t)((uint32_t)disp >> (8 * i));
    }
    return p;
}
