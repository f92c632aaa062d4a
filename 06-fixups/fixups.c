/* 06-fixups/fixups.c: a JIT'd hello world whose code finds its own data.
 * main runs the lesson in order: map a page read-write; emit code with
 * `lea reg, [rip + 0]` placeholders, recording a fixup for each; lay the
 * string out after `ret`, binding its labels; patch each displacement to
 * target - end of instruction, as a linker resolves R_X86_64_PC32; flip the
 * page to read-execute (/proc/self/maps confirms both states); call; unmap.
 * The instruments (options, hex dumps, --dump, --call-padding) are in
 * instruments.c. usage: fixups [--align N] [--dump FILE] [--unbound-label] [--call-padding]
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>

#include "helpers.h"
#include "instruments.h"

/* The code, in three pieces so that each placeholder ends a piece: right after
 * emitting head or lea_rdx, the last four bytes emitted are the displacement. */
/* asm2bytes head.asm */
static const unsigned char head[] = {
    /* head: */
    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */
    0xbf, 0x01, 0x00, 0x00, 0x00,            /* mov edi,0x1 */
    0x48, 0x8d, 0x35, 0x00, 0x00, 0x00, 0x00, /* lea rsi,[rip+0x0] # 11 <next_insn> */
};

/* asm2bytes lea_rdx.asm */
static const unsigned char lea_rdx[] = {
    /* lea_rdx: */
    0x48, 0x8d, 0x15, 0x00, 0x00, 0x00, 0x00, /* lea rdx,[rip+0x0] # 7 <next_insn> */
};

/* asm2bytes tail.asm */
static const unsigned char tail[] = {
    0x48, 0x29, 0xf2,                        /* sub rdx,rsi */
    0x0f, 0x05,                              /* syscall */
    0xc3,                                    /* ret */
};

/* The padding byte between ret and the data, when --align asks for some. */
/* asm2bytes int3.asm */
static const unsigned char int3[] = {
    0xcc,                                    /* int3 */
};

/* The data laid out after ret. */
static const char message[] = "hello from after the ret\n";

/* The labels: names for positions in the buffer, known once bound. */
enum { LABEL_MSG, LABEL_MSG_END, LABEL_COUNT };
static const char *const label_name[LABEL_COUNT] = { "msg", "msg_end" };

/* A reference to a label, made before the label's offset is known. */
struct fixup {
    size_t at;                  /* offset of the 4-byte displacement */
    size_t insn_end;            /* offset of the end of its instruction: rip */
    int label;                  /* the label the displacement must reach */
};

/* The buffer being filled, with its labels and fixups. An error in building
 * it is one line and exit 70, at once (chapter 07 makes errors sticky instead). */
struct jit {
    unsigned char *buf;         /* the mapping: writable while it is filled */
    size_t cap, len;            /* its size; bytes emitted so far */
    struct label labels[LABEL_COUNT];   /* offset and bound (instruments.h) */
    struct fixup fixups[8];
    size_t nfixups;
};

/* emit: append N bytes to the buffer. A full buffer is an error. */
static void emit(struct jit *j, const void *bytes, size_t n)
{
    if (n > j->cap - j->len)
        die(EXIT_SOFTWARE, "the code buffer is full (%zu bytes)", j->cap);
    memcpy(j->buf + j->len, bytes, n);
    j->len += n;
}

/* fixup_last_disp32: record that the instruction just emitted ends in a disp32
 * that must reach LABEL: the displacement is its last 4 bytes, and rip, when
 * it runs, is the end of the instruction, which is here. */
static void fixup_last_disp32(struct jit *j, int label)
{
    if (j->nfixups == sizeof j->fixups / sizeof j->fixups[0] || j->len < 4)
        die(EXIT_SOFTWARE, "cannot record a fixup at offset 0x%zx", j->len);
    j->fixups[j->nfixups++] = (struct fixup){ .at = j->len - 4, .insn_end = j->len, .label = label };
}

/* label_bind: bind LABEL to the current offset: what is emitted next starts there. */
static void label_bind(struct jit *j, int label)
{
    j->labels[label] = (struct label){ .offset = j->len, .bound = true };
}

/* resolve_fixups: patch every fixup, disp32 = target - insn_end, and print
 * each on stdout. One line and exit 70 at the first fixup whose label was
 * never bound, or that does not sit on a zero placeholder, or cannot reach. */
static void resolve_fixups(struct jit *j)
{
    static const unsigned char zeros[4];
    for (size_t i = 0; i < j->nfixups; i++) {
        const struct fixup *f = &j->fixups[i];
        const struct label *l = &j->labels[f->label];
        const char *name = label_name[f->label];
        if (!l->bound)
            die(EXIT_SOFTWARE, "fixup at offset 0x%zx refers to label '%s', which was never bound",
                f->at, name);
        if (f->at + 4 > f->insn_end || memcmp(j->buf + f->at, zeros, 4) != 0)
            die(EXIT_SOFTWARE, "fixup at offset 0x%zx is not on a 4-byte zero placeholder", f->at);
        int64_t disp = (int64_t)l->offset - (int64_t)f->insn_end;
        if (disp < INT32_MIN || disp > INT32_MAX)
            die(EXIT_SOFTWARE, "fixup at offset 0x%zx: label '%s' is too far for a disp32", f->at, name);
        int32_t d32 = (int32_t)disp;
        /* x86-64 is little-endian, so memcpy lays the int32 down low byte first,
         * which is the order the CPU reads a displacement in. */
        memcpy(j->buf + f->at, &d32, sizeof d32);
        show_fixup(f->at, name, l->offset, f->insn_end, disp, j->buf + f->at);
    }
}

/* page_is: W^X as the kernel sees it: the page at MEM is PERMS ("rw-p") in /proc/self/maps
 * after STEP, and no mapping is writable and executable; else one line and exit 70. */
static void page_is(const void *mem, const char *perms, const char *step)
{
    const char *now = maps_perms(mem);
    if (strcmp(now, perms) != 0)
        die(EXIT_SOFTWARE, "W^X broken: after %s the page is %s, expected %s", step, now, perms);
    if (maps_count_wx() != 0)
        die(EXIT_SOFTWARE, "W^X broken: after %s a mapping is writable and executable", step);
}

CALLS_JIT_CODE int main(int argc, char **argv)
{
    guard_stdout();
    setvbuf(stdout, NULL, _IOLBF, 0);   /* the JIT'd write and printf stay in order in a pipe */
    struct options opt = parse_options(argc, argv);
    struct jit j = { .cap = 4096 };

    /* 1. A page, read-write, not executable. */
    j.buf = mmap(NULL, j.cap, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (j.buf == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap(PROT_READ|PROT_WRITE)", errno);
    page_is(j.buf, "rw-p", "mmap");

    /* 2. The code, recording a fixup for each placeholder as it goes by. */
    emit(&j, head, sizeof head);            /* mov eax, 1; mov edi, 1; lea rsi, [rip + 0] */
    fixup_last_disp32(&j, LABEL_MSG);
    emit(&j, lea_rdx, sizeof lea_rdx);      /* lea rdx, [rip + 0] */
    fixup_last_disp32(&j, LABEL_MSG_END);
    emit(&j, tail, sizeof tail);            /* sub rdx, rsi; syscall; ret */
    size_t code_len = j.len;

    /* 3. The data, after ret: int3 padding if --align asks, then the string between its labels. */
    while (j.len % opt.align != 0)
        emit(&j, int3, sizeof int3);
    size_t pad_len = j.len - code_len;
    if (!opt.unbound_label)                 /* --unbound-label forgets to bind msg */
        label_bind(&j, LABEL_MSG);
    emit(&j, message, strlen(message));
    label_bind(&j, LABEL_MSG_END);
    if (opt.call_padding && pad_len == 0)
        usage_error("--call-padding needs padding to call: add --align 16");

    printf("emitted %zu bytes of code, %zu of padding, %zu of data; [ ] marks each placeholder:\n",
           code_len, pad_len, strlen(message));
    size_t marks[sizeof j.fixups / sizeof j.fixups[0]];
    for (size_t i = 0; i < j.nfixups; i++)
        marks[i] = j.fixups[i].at;
    hexdump(j.buf, j.len, marks, j.nfixups);
    print_labels(label_name, j.labels, LABEL_COUNT);
    flush_stdout();                         /* a stdout that fails is one line, here */

    /* 4. Patch, now that every label has its offset. */
    resolve_fixups(&j);
    printf("patched:\n");
    hexdump(j.buf, j.len, marks, j.nfixups);
    if (opt.dump_path != NULL)
        dump_buffer(j.buf, j.len, opt.dump_path);

    /* 5. Executable, no longer writable; then call it, and unmap it. */
    if (mprotect(j.buf, j.cap, PROT_READ | PROT_EXEC) != 0)
        die_mprotect(errno);
    page_is(j.buf, "r-xp", "mprotect");
    printf("the page was rw-p while written and is r-xp now, as /proc/self/maps shows\n");
    if (opt.call_padding)
        call_padding(j.buf, code_len);      /* dies of SIGTRAP */
    printf("calling the code at %p:\n", (void *)j.buf);
    flush_stdout();
    long written = ((long (*)(void))(void *)j.buf)();
    if (munmap(j.buf, j.cap) != 0)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
    if (written != (long)strlen(message))   /* a short count, or -errno (chapter 05) */
        die(EXIT_IOERR, "the JIT'd write returned %ld, not %zu", written, strlen(message));
    printf("it returned %ld: write's result, the number of bytes written\n", written);
    return 0;
}
