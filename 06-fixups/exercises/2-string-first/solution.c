/* 06-fixups, exercise 2, a solution: the string at offset 0, the code after
 * it at offset 27; both displacements are now negative (the labels lie
 * behind the lea's), and the fixups need no change at all. */
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
static const char message[] = "hello from before the code\n";

int main(void)
{
    struct kit j;
    kit_new(&j);
    label_bind(&j, LABEL_MSG);
    emit(&j, message, strlen(message));
    label_bind(&j, LABEL_MSG_END);
    size_t code_at = j.len;                 /* the code starts after the string */
    emit(&j, head, sizeof head);
    fixup_last_disp32(&j, LABEL_MSG);
    emit(&j, lea_rdx, sizeof lea_rdx);
    fixup_last_disp32(&j, LABEL_MSG_END);
    emit(&j, tail, sizeof tail);
    resolve_fixups(&j);
    kit_dump(&j, "buffer.bin");             /* keep this line: the check reads the buffer */
    long written = kit_call(&j, code_at);
    fprintf(stderr, "write returned %ld\n", written);
    return 0;
}
