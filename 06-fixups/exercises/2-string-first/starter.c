/* 06-fixups, exercise 2: the string before the code.
 *
 * Put the string first in the buffer: bind msg, emit the string, bind
 * msg_end, and only then emit the code. The code then no longer starts at
 * offset 0, so call it where it does start (kit_call's second argument).
 * Before you run it: what sign do the two displacements have now? Compare
 * `objdump -D -b binary -m i386:x86-64 -M intel buffer.bin` with the
 * chapter's `make dis`.
 * Done when buffer.bin starts with the string, and calling the code writes
 * "hello from before the code" and a newline, and write returns 27. */
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
    emit(&j, head, sizeof head);
    fixup_last_disp32(&j, LABEL_MSG);
    emit(&j, lea_rdx, sizeof lea_rdx);
    fixup_last_disp32(&j, LABEL_MSG_END);
    emit(&j, tail, sizeof tail);
    label_bind(&j, LABEL_MSG);
    emit(&j, message, strlen(message));
    label_bind(&j, LABEL_MSG_END);
    resolve_fixups(&j);
    kit_dump(&j, "buffer.bin");             /* keep this line: the check reads the buffer */
    long written = kit_call(&j, 0);         /* the code starts at offset 0 */
    fprintf(stderr, "write returned %ld\n", written);
    return 0;
}
