/* harness.c (exercise 3-sib): encodes mov r64, qword [base + index*scale +
 * disp] as REX.W(+R, +X, +B) 8B, then the learner's put_modrm_sib, for four
 * destination registers, every base, every index but rsp, every scale and
 * the displacements where the encoding changes, and records each for nasm
 * (exercises/record.h). */
#include <stdint.h>

#include "exercises/record.h"

uint8_t *put_modrm_sib(uint8_t *p, unsigned reg, unsigned base, unsigned index, unsigned scale, int32_t disp);

int main(void)
{
    static const int32_t disps[] = { 0, 1, -128, 128, -0x7fffffff - 1 };
    static const unsigned regs[] = { 0, 5, 8, 15 }, scales[] = { 1, 2, 4, 8 };
    static uint8_t code[1 << 18];
    uint8_t *p = code;
    rec_open();
    for (size_t r = 0; r < 4; r++)
        for (unsigned b = 0; b < 16; b++)
            for (unsigned x = 0; x < 16; x++)
                for (size_t s = 0; s < 4; s++)
                    for (size_t i = 0; i < sizeof disps / sizeof disps[0]; i++) {
                        if (x == 4)
                            continue;                       /* index 100 without REX.X means "no index" */
                        unsigned reg = regs[r];
                        rec((size_t)(p - code), "mov %s, qword [%s+%s*%u%+d]", reg64[reg], reg64[b], reg64[x],
                            scales[s], disps[i]);
                        *p++ = (uint8_t)(0x48 | (reg >> 3) << 2 | (x >> 3) << 1 | (b >> 3));   /* REX.W R X B */
                        *p++ = 0x8b;
                        p = put_modrm_sib(p, reg, b, x, scales[s], disps[i]);
                    }
    return rec_close(code, (size_t)(p - code));
}
