/* record.c: see record.h. */
#include "record.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

const char *const reg64[16] = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
                                "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };

static FILE *src, *offsets;

/* Open a file for writing, or stop with one line. */
static FILE *open_or_die(const char *path, const char *mode)
{
    FILE *f = fopen(path, mode);
    if (f == NULL) {
        perror(path);
        exit(70);
    }
    return f;
}

/* Start both files; nasm's source begins with `bits 64`. */
void rec_open(void)
{
    src = open_or_die("src.asm", "w");
    offsets = open_or_die("offsets.txt", "w");
    fprintf(src, "bits 64\n");
}

/* One line of source, and "OFFSET TEXT" in the list. */
void rec(size_t at, const char *fmt, ...)
{
    char text[96];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    fprintf(src, "    %s\n", text);
    fprintf(offsets, "%zu %s\n", at, text);
}

/* The bytes, then close all three files, checking each. */
int rec_close(const uint8_t *code, size_t len)
{
    FILE *bin = open_or_die("enc.bin", "wb");
    int bad = fwrite(code, 1, len, bin) != len;
    bad |= fclose(bin) != 0;
    bad |= fclose(src) != 0;
    bad |= fclose(offsets) != 0;
    if (bad) {
        fprintf(stderr, "harness: cannot write its files\n");
        return 70;
    }
    return 0;
}
