/* 06-fixups, exercise 3, a near miss: the displacement is found, but rip is
 * taken to be the end of the displacement, not of the instruction: every
 * access lands one byte too far, on the string's second byte. */
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

/* fixup_disp32_imm: the instruction just emitted has a disp32 that must
 * reach LABEL, followed by IMM bytes of immediate. */
static void fixup_disp32_imm(struct kit *j, int label, size_t imm)
{
    j->fixups[j->nfixups++] = (struct kit_fixup){ .at = j->len - imm - 4, .insn_end = j->len - imm, .label = label };
}

int main(int argc, char **argv)
{
    if (argc != 2)
        usage_error("expected one TEXT");
    struct kit j;
    kit_new(&j);
    emit(&j, cmp, sizeof cmp);
    fixup_disp32_imm(&j, LABEL_MSG, 1);
    emit(&j, rest, sizeof rest);
    label_bind(&j, LABEL_MSG);
    emit(&j, argv[1], strlen(argv[1]) + 1);
    resolve_fixups(&j);
    printf("%ld\n", kit_call(&j, 0));
    return 0;
}
