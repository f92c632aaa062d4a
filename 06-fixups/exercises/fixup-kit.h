/* 06-fixups/exercises/fixup-kit.h: the chapter's buffer, labels and fixups,
 * cut down for the exercises (fixups.c is the full lesson). Header-only and
 * static inline, so that a program using part of it compiles under -Werror.
 * Every error is one line on stderr and exit 70. */
#ifndef EXERCISES_FIXUP_KIT_H
#define EXERCISES_FIXUP_KIT_H

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "helpers.h"

/* Calls into JIT'd code: no clang -fsanitize=function probe (see chapter 05's README). */

enum { LABEL_MSG, LABEL_MSG_END, LABEL_OTHER, LABEL_COUNT };

struct kit_label { size_t offset; bool bound; };
/* A reference to a label: the disp32 at AT, in an instruction that ends at INSN_END. */
struct kit_fixup { size_t at, insn_end; int label; };

struct kit {
    unsigned char *buf;                 /* one page, read-write until kit_call */
    size_t cap, len;
    struct kit_label labels[LABEL_COUNT];
    struct kit_fixup fixups[8];
    size_t nfixups;
};

/* kit_new: an empty buffer, one page mapped read-write. */
static inline void kit_new(struct kit *j)
{
    *j = (struct kit){ .cap = 4096 };
    j->buf = mmap(NULL, j->cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (j->buf == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap", errno);
}

/* emit: append N bytes. */
static inline void emit(struct kit *j, const void *bytes, size_t n)
{
    if (n > j->cap - j->len)
        die(EXIT_SOFTWARE, "the code buffer is full");
    memcpy(j->buf + j->len, bytes, n);
    j->len += n;
}

/* fixup_last_disp32: the instruction just emitted ENDS in a disp32 that must reach LABEL. */
static inline void fixup_last_disp32(struct kit *j, int label)
{
    if (j->nfixups == sizeof j->fixups / sizeof j->fixups[0] || j->len < 4)
        die(EXIT_SOFTWARE, "cannot record a fixup at offset 0x%zx", j->len);
    j->fixups[j->nfixups++] = (struct kit_fixup){ .at = j->len - 4, .insn_end = j->len, .label = label };
}

/* label_bind: LABEL is here: whatever is emitted next starts at it. */
static inline void label_bind(struct kit *j, int label)
{
    j->labels[label] = (struct kit_label){ .offset = j->len, .bound = true };
}

/* resolve_fixups: disp32 = target - insn_end for every fixup. */
static inline void resolve_fixups(struct kit *j)
{
    static const unsigned char zeros[4];
    for (size_t i = 0; i < j->nfixups; i++) {
        const struct kit_fixup *f = &j->fixups[i];
        if (f->label < 0 || f->label >= LABEL_COUNT || !j->labels[f->label].bound)
            die(EXIT_SOFTWARE, "fixup at offset 0x%zx refers to a label that was never bound", f->at);
        if (f->at + 4 > j->len || memcmp(j->buf + f->at, zeros, 4) != 0)
            die(EXIT_SOFTWARE, "fixup at offset 0x%zx is not on a 4-byte zero placeholder", f->at);
        int32_t d32 = (int32_t)((int64_t)j->labels[f->label].offset - (int64_t)f->insn_end);
        memcpy(j->buf + f->at, &d32, sizeof d32);
    }
}

/* kit_dump: write the buffer to PATH (the checks read it). */
static inline void kit_dump(const struct kit *j, const char *path)
{
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        die_errno(EXIT_CANTCREAT, path, errno);
    if (fwrite(j->buf, 1, j->len, f) != j->len || fclose(f) != 0)
        die_errno(EXIT_IOERR, path, errno);
}

/* kit_call: make the page read-execute, call the code at offset AT as
 * long f(void), unmap the page, and return what the code returned. */
CALLS_JIT_CODE static inline long kit_call(struct kit *j, size_t at)
{
    if (mprotect(j->buf, j->cap, PROT_READ | PROT_EXEC) != 0)
        die_errno(EXIT_SOFTWARE, "mprotect", errno);
    long ret = ((long (*)(void))(void *)(j->buf + at))();
    if (munmap(j->buf, j->cap) != 0)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
    return ret;
}

#endif
