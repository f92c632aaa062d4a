/* Exercise 2 (07-emitter): the ModRM byte of a memory operand, and its two traps.
 *
 * put_modrm_mem writes what follows the opcode for a [base + disp] operand:
 * ModRM = mod(2 bits) reg(3) rm(3), then the displacement. mod 00 means no
 * displacement, 01 a disp8 (signed), 10 a disp32; rm is the base register's
 * low three bits (its fourth bit goes in REX.B, which the harness writes).
 *
 * The version below is what most first attempts look like. It is right for
 * rax, rcx, rdx, rbx, rsi, rdi and most of r8..r15, and wrong for four bases.
 * Make it right for all sixteen, without looking at emit.c's put_modrm_mem
 * (that is the answer). The README's section "Memory operands" and
 * `./emit-demo --explain rsp-base r12-base rbp-base r13-base` show the rules.
 *
 * Check it with `make -C 07-emitter exercises`: the check encodes
 * mov r64, qword [base + disp] with your function for every register, base
 * and the awkward displacements, and compares with nasm byte for byte.
 */
#include <stdint.h>

/* Write ModRM (and SIB, displacement) for [base + disp], reg in ModRM.reg;
 * return the position after them. */
uint8_t *put_modrm_mem(uint8_t *p, unsigned reg, unsigned base, int32_t disp)
{
    /* rbp and r13 need a disp8 of 0, rsp and r12 a SIB byte... or so it seems:
     * the tests look at base, not at its low three bits. */
    unsigned mod = (disp == 0 && base != 5) ? 0x00 : (disp >= -128 && disp <= 127) ? 0x40 : 0x80;
    *p++ = (uint8_t)(mod | (reg & 7) << 3 | (base & 7));
    if (base == 4)
        *p++ = 0x24;
    if (mod == 0x40) {
        *p++ = (uint8_t)disp;
    } else if (mod == 0x80) {
        for (int i = 0; i < 4; i++)
            *p++ = (uint8_t)((uint32_t)disp >> (8 * i));
    }
    return p;
}
