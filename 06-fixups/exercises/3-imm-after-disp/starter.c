/* 06-fixups, exercise 3 (stretch): a displacement that does not end its instruction.
 *
 * The JIT'd function is  long starts_with_h(void):  it compares the first
 * byte of TEXT, laid out after its ret, with 'h' and returns 1 or 0. Its cmp
 * (cmp.asm) is  80 3d [00 00 00 00] 68 : the immediate 0x68 comes AFTER the
 * displacement. fixup_last_disp32 assumes the displacement is the last four
 * bytes of the instruction, so here it records the wrong place; the kit says
 * so and exits 70. Write a fixup recorder that takes the number of immediate
 * bytes after the displacement, and use it. Where is rip while the cmp runs?
 * Done when `./prog hello` prints 1 and `./prog jello` prints 0. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

#include "exercises/fixup-kit.h"

/* The bytes of cmp.asm and rest.asm (beside this file), from tools/asm2bytes. */
static const unsigned char cmp[] =      /* cmp byte [rip + 0], 0x68 */
#include "cmp.inc"
;
static const unsigned char rest[] =     /* sete al; movzx eax, al; ret */
#include "rest.inc"
;

int main(int argc, char **argv)
{
    if (argc != 2)
        usage_error("expected one TEXT");
    struct kit j;
    kit_new(&j);
    emit(&j, cmp, sizeof cmp);
    fixup_last_disp32(&j, LABEL_MSG);       /* wrong here: 0x68 ends the cmp */
    emit(&j, rest, sizeof rest);
    label_bind(&j, LABEL_MSG);
    emit(&j, argv[1], strlen(argv[1]) + 1);
    resolve_fixups(&j);
    printf("%ld\n", kit_call(&j, 0));
    return 0;
}
