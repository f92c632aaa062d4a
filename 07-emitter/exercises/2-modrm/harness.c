/* harness.c (exercise 2-modrm): encodes mov r64, qword [base + disp] as
 * REX.W(+R, +B) 8B, then the learner's put_modrm_mem, for every register,
 * every base and the displacements where the encoding changes, and records
 * each for nasm (exercises/record.h). */
#include <stdint.h>

#include "exercises/record.h"

uint8_t *put_modrm_mem(uint8_t *p, unsigned reg, unsigned base, int32_t disp);

int main(void)
{
    static const int32_t disps[] = { 0, 1, -1, 127, -128, 128, -129, 0x7fffffff, -0x7fffffff - 1 };
    static uint8_t code[1 << 16];
    uint8_t *p = code;
    rec_open();
    for (unsigned r = 0; r < 16; r++)
        for (unsigned b = 0; b < 16; b++)
            for (size_t i = 0; i < sizeof disps / sizeof disps[0]; i++) {
                rec((size_t)(p - code), "mov %s, qword [%s%+d]", reg64[r], reg64[b], disps[i]);
                *p++ = (uint8_t)(0x48 | (r >> 3) << 2 | (b >> 3));   /* REX.W, R, B */
                *p++ = 0x8b;                                         /* mov r64, r/m64 */
                p = put_modrm_mem(p, r, b, disps[i]);
            }
    return rec_close(code, (size_t)(p - code));
}
