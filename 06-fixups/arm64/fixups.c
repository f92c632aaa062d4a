/* fixups.c (arm64): data after code, reached PC-relative, with each offset
 * patched into the instruction's bit field once the target is known.
 *
 * The buffer is the code of code.s (write(1, msg, len) and return), then the
 * message, then an 8-byte literal holding its length. Three instructions refer
 * forward to things laid out later, each with a placeholder offset of 0, and
 * each is recorded in a fixup list. When everything is laid out, the fixups
 * are resolved: offset = target - the instruction's own address, checked for
 * range and alignment, and written into that instruction kind's field:
 *   adr   imm21 in bits 30-29 (low 2) and 23-5 (high 19), bytes,  +-1 MiB
 *   ldr   imm19 in bits 23-5, words (offset / 4),                  +-1 MiB
 *   b     imm26 in bits 25-0, words (offset / 4),                  +-128 MiB
 *
 *   fixups               build, patch, run: prints the message
 *   fixups --dump FILE   also write the final buffer to FILE (for objdump)
 *   fixups --far         put the message 1 MiB away: the adr cannot reach it
 *
 * Exit status: 0 when the message was written; 64 bad arguments; 70 a fixup
 * cannot be resolved, or a call failed; 73 FILE cannot be created; 74 the
 * write failed. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "helpers.h"

/* asm2bytes code.s */
static const uint32_t code_words[] = {
    0xd2800020,                              /* mov x0, #0x1 */
    0x10000001,                              /* adr x1, 4 <.text+0x4> */
    0x58000002,                              /* ldr x2, 8 <.text+0x8> */
    0xd2800808,                              /* mov x8, #0x40 */
    0xd4000001,                              /* svc #0x0 */
    0x14000000,                              /* b 14 <.text+0x14> */
    0xd4200000,                              /* brk #0x0 */
    0xd65f03c0,                              /* ret */
};
enum { AT_ADR = 1, AT_LDR = 2, AT_B = 5 }; /* the placeholders' word indexes in code_words */

static const char message[] = "hello from after the ret\n";

enum kind { ADR, LDR_LITERAL, B };
static const char *const kind_name[] = { "adr", "ldr", "b" };
struct fixup { size_t at; enum kind kind; size_t target; };

/* patch: write OFFSET (target - instruction, in bytes) into the placeholder
 * word at buf + at, in the bit field its kind uses. Exits 70 with one line
 * if the offset is out of the kind's range or not a multiple of 4. */
static void patch(unsigned char *buf, const struct fixup *f)
{
    int64_t offset = (int64_t)f->target - (int64_t)f->at;
    uint32_t word;
    memcpy(&word, buf + f->at, 4);
    int64_t limit = f->kind == B ? (int64_t)1 << 27 : (int64_t)1 << 20; /* bytes either way */
    if (offset < -limit || offset >= limit)
        die(EXIT_SOFTWARE, "fixup: %s at +0x%zx cannot reach +0x%zx: %lld bytes away, and %s reaches +-%lld",
            kind_name[f->kind], f->at, f->target, (long long)offset, kind_name[f->kind], (long long)limit);
    if (f->kind != ADR && offset % 4 != 0)
        die(EXIT_SOFTWARE, "fixup: %s at +0x%zx: target +0x%zx is not a multiple of 4 bytes away",
            kind_name[f->kind], f->at, f->target);
    uint32_t u = (uint32_t)offset;
    switch (f->kind) {
    case ADR: /* immlo = offset bits 1-0 -> word bits 30-29; immhi = offset bits 20-2 -> word bits 23-5 */
        word |= (u & 3) << 29 | ((u >> 2) & 0x7ffff) << 5;
        break;
    case LDR_LITERAL: /* imm19 = offset / 4 -> word bits 23-5 */
        word |= ((u >> 2) & 0x7ffff) << 5;
        break;
    case B: /* imm26 = offset / 4 -> word bits 25-0 */
        word |= (u >> 2) & 0x3ffffff;
        break;
    }
    memcpy(buf + f->at, &word, 4);
    printf("fixup  %-3s at +0x%02zx -> +0x%02zx  offset %+lld  word %08x\n",
           kind_name[f->kind], f->at, f->target, (long long)offset, word);
}

int main(int argc, char **argv)
{
    guard_stdout();
    const char *dump = NULL;
    int far = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0) {
            printf("usage: fixups [--dump FILE] [--far]\n");
            return 0;
        } else if (strcmp(argv[i], "--far") == 0) {
            far = 1;
        } else if (strcmp(argv[i], "--dump") == 0) {
            if (i + 1 == argc)
                usage_error("--dump needs a FILE");
            dump = argv[++i];
        } else {
            usage_error("unknown argument '%s'", argv[i]);
        }
    }

    /* Lay out: code, then the message (1 MiB further with --far), then the
     * length, 8-aligned. */
    size_t msg_at = sizeof code_words + (far ? (size_t)1 << 20 : 0);
    size_t len_at = (msg_at + strlen(message) + 7) & ~(size_t)7;
    size_t size = len_at + 8;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    size_t mapped = (size + page - 1) / page * page;
    unsigned char *buf = mmap(NULL, mapped, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (buf == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap(PROT_READ|PROT_WRITE)", errno);
    memcpy(buf, code_words, sizeof code_words);
    memcpy(buf + msg_at, message, strlen(message));
    uint64_t len = strlen(message);
    memcpy(buf + len_at, &len, 8);

    /* The fixup list, then resolve it. */
    const struct fixup fixups[] = {
        { AT_ADR * 4, ADR, msg_at },
        { AT_LDR * 4, LDR_LITERAL, len_at },
        { AT_B * 4, B, sizeof code_words - 4 }, /* the ret */
    };
    for (size_t i = 0; i < sizeof fixups / sizeof fixups[0]; i++)
        patch(buf, &fixups[i]);

    if (dump != NULL) {
        FILE *f = fopen(dump, "wb");
        if (f == NULL)
            die(EXIT_CANTCREAT, "cannot create %s: %s (%s)", dump, strerror(errno), errno_name(errno));
        if (fwrite(buf, 1, size, f) != size || fclose(f) != 0)
            die_errno(EXIT_IOERR, dump, errno);
    }

    /* W^X, with the cache flush, then call it. */
    __builtin___clear_cache((char *)buf, (char *)buf + size);
    if (mprotect(buf, mapped, PROT_READ | PROT_EXEC) != 0)
        die_errno(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_EXEC)", errno);
    if (strcmp(maps_perms(buf), "r-xp") != 0 || maps_count_wx() != 0)
        die(EXIT_SOFTWARE, "the buffer's page is %s, expected r-xp with no W+X mapping", maps_perms(buf));
    flush_stdout();
    long written = ((long (*)(void))(void *)buf)();
    if (munmap(buf, mapped) != 0)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
    if (written != (long)len)
        die(EXIT_IOERR, "the JIT'd write returned %ld, expected %llu", written, (unsigned long long)len);
    return 0;
}
