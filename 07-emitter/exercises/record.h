/* record.h: what the harnesses of chapter 07's exercises share. A harness
 * emits instructions with the learner's code and records each one: its NASM
 * text goes to a source file, its offset to a list, and at the end the bytes
 * to a file. against-nasm.sh then has nasm assemble the source and compares.
 */
#ifndef RECORD_H
#define RECORD_H

#include <stddef.h>
#include <stdint.h>

extern const char *const reg64[16];   /* "rax" .. "r15" */

/* Start recording: the NASM source to src.asm, the offsets to offsets.txt. */
void rec_open(void);
/* The instruction that starts at offset at, in NASM syntax (printf-style). */
void rec(size_t at, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Write the len bytes of code to enc.bin and close everything. Returns 0, or
 * 70 with a line on stderr if a file cannot be written. */
int rec_close(const uint8_t *code, size_t len);

#endif
