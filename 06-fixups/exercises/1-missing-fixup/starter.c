/* 06-fixups, exercise 1: a fixup that was never recorded.
 *
 * This is the chapter's hello, cut down, with one line missing: nothing
 * records a fixup for the `lea rsi, [rip + 0]` at the end of head. Nothing
 * complains either: resolve_fixups only sees the fixups it was given.
 * Before you run it, predict how many bytes write sends. (The lea at 0xa
 * ends at 0x11; the string starts at 0x1e and ends at 0x37; rdx still
 * reaches the end.) Then run `make -C 06-fixups exercises`, see if you were
 * right, and add the missing line.
 * Done when the program writes "hello from after the ret" and a newline,
 * and write returns 25. */
#define _GNU_SOURCE
#include <stdio.h>
#include <string.h>

#include "exercises/fixup-kit.h"

/* The bytes of ../../head.asm, ../../lea_rdx.asm and ../../tail.asm, from tools/asm2bytes. */
static const unsigned char head[] =     /* mov eax, 1; mov edi, 1; lea rsi, [rip + 0] */
#include "head.inc"
;
static const unsigned char lea_rdx[] =  /* lea rdx, [rip + 0] */
#include "lea_rdx.inc"
;
static const unsigned char tail[] =     /* sub rdx, rsi; syscall; ret */
#include "tail.inc"
;
static const char message[] = "hello from after the ret\n";

int main(void)
{
    struct kit j;
    kit_new(&j);
    emit(&j, head, sizeof head);
    emit(&j, lea_rdx, sizeof lea_rdx);
    fixup_last_disp32(&j, LABEL_MSG_END);
    emit(&j, tail, sizeof tail);
    label_bind(&j, LABEL_MSG);
    emit(&j, message, strlen(message));
    label_bind(&j, LABEL_MSG_END);
    resolve_fixups(&j);
    long written = kit_call(&j, 0);
    fprintf(stderr, "write returned %ld\n", written);
    return 0;
}
