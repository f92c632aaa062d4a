/* fixups.c: a JIT'd hello world whose code finds its own data.
 *
 * The code is emitted from byte templates with `lea reg, [rip + 0]` as
 * placeholders; each placeholder is recorded in a small fixup list (where its
 * 4-byte displacement sits, where its instruction ends, which label it must
 * reach). The string is laid out after `ret`, which binds the labels. Then
 * every displacement is patched to target - end of instruction, the way a
 * linker resolves an R_X86_64_PC32 relocation. All of it happens W^X: mmap
 * RW, emit, patch, mprotect RX, call, munmap.
 *
 * usage: fixups [--align N] [--dump FILE] [--unbound-label] [--call-padding]
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sysexits.h>
#include <unistd.h>

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

struct label {
    const char *name;
    size_t offset;              /* bytes from the start of the buffer */
    int bound;                  /* 0 until label_bind gives it an offset */
};

/* A reference to a label, made before the label's offset is known. */
struct fixup {
    size_t at;                  /* offset of the 4-byte displacement */
    size_t insn_end;            /* offset of the end of its instruction: rip */
    int label;                  /* the label the displacement must reach */
};

#define MAX_FIXUPS 8

/* The buffer being filled, with its labels and fixups. Errors are sticky, as
 * in DynASM and chapter 07: the first one prints a line and sets failed, and
 * from then on emitting does nothing, so the caller checks once, at the end. */
struct jit {
    unsigned char *buf;         /* the mapping: writable while it is filled */
    size_t cap, len;            /* its size; bytes emitted so far */
    int failed;                 /* set by the first error */
    struct label labels[LABEL_COUNT];
    struct fixup fixups[MAX_FIXUPS];
    size_t nfixups;
};

/* The JIT'd function: write(1, msg, length), returning write's result. */
typedef long (*hello_fn)(void);

static const char *progname = "fixups";

/* errno's symbolic name for the errors this program can meet, e.g. "EACCES"; "errno N" for others. */
static const char *errno_name(int e)
{
    switch (e) {
    case EACCES: return "EACCES";
    case EPERM:  return "EPERM";
    case ENOMEM: return "ENOMEM";
    case EINVAL: return "EINVAL";
    case ENOSPC: return "ENOSPC";
    case EBADF:  return "EBADF";
    case EFAULT: return "EFAULT";
    case ENOENT: return "ENOENT";
    case EAGAIN: return "EAGAIN";
    case EPIPE:  return "EPIPE";
    case EIO:    return "EIO";
    case ENOSYS: return "ENOSYS";
    default: {
        static char name[32];
        snprintf(name, sizeof name, "errno %d", e);
        return name;
    }
    }
}

/* Print "fixups: CALL: strerror (ENAME)[: why]" on one line, for errno e. */
static void report_errno(const char *call, int e, const char *why)
{
    fprintf(stderr, "%s: %s: %s (%s)%s%s\n", progname, call, strerror(e),
            errno_name(e), why ? ": " : "", why ? why : "");
}

/* Map size bytes readable and writable (never executable); NULL after one error line. */
static unsigned char *jit_alloc(size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) {
        int e = errno;
        report_errno("mmap(PROT_READ|PROT_WRITE)", e,
                     e == ENOMEM ? "out of memory, or of address space (ulimit -v)" : NULL);
        return NULL;
    }
    return p;
}

/* Flip the mapping to read+execute, so it is no longer writable; 0, or -1 after one error line. */
static int jit_make_executable(unsigned char *p, size_t size)
{
    if (mprotect(p, size, PROT_READ | PROT_EXEC) != 0) {
        int e = errno;
        report_errno("mprotect(PROT_READ|PROT_EXEC)", e,
                     e == EACCES || e == EPERM
                         ? "this process may not make memory executable "
                           "(SELinux execmem, systemd MemoryDenyWriteExecute=, prctl PR_SET_MDWE)"
                         : NULL);
        return -1;
    }
    return 0;
}

/* Unmap the buffer; 0, or -1 after one error line. */
static int jit_free(unsigned char *p, size_t size)
{
    if (munmap(p, size) != 0) {
        report_errno("munmap", errno, NULL);
        return -1;
    }
    return 0;
}

/* Append n bytes to the buffer. A full buffer is an error (sticky, see struct jit). */
static void emit(struct jit *j, const void *bytes, size_t n)
{
    if (j->failed)
        return;
    if (n > j->cap - j->len) {
        fprintf(stderr, "%s: the code buffer is full (%zu bytes)\n", progname, j->cap);
        j->failed = 1;
        return;
    }
    memcpy(j->buf + j->len, bytes, n);
    j->len += n;
}

/* Record that the instruction just emitted ends in a disp32 that must reach
 * label: the displacement is its last 4 bytes, and rip, when it runs, is the
 * end of the instruction, which is here. A full fixup list is an error. */
static void fixup_last_disp32(struct jit *j, int label)
{
    if (j->failed)
        return;
    if (j->nfixups == MAX_FIXUPS || j->len < 4) {
        fprintf(stderr, "%s: cannot record a fixup at offset 0x%zx\n", progname, j->len);
        j->failed = 1;
        return;
    }
    j->fixups[j->nfixups++] = (struct fixup){ .at = j->len - 4, .insn_end = j->len, .label = label };
}

/* Bind label to the current offset: whatever is emitted next starts there. */
static void label_bind(struct jit *j, int label)
{
    if (j->failed)
        return;
    j->labels[label].offset = j->len;
    j->labels[label].bound = 1;
}

/* Print every label and its offset on one line: "labels: msg = 0x1e, msg_end = 0x37". */
static void print_labels(const struct jit *j)
{
    printf("labels:");
    for (int i = 0; i < LABEL_COUNT; i++) {
        if (j->labels[i].bound)
            printf("%s %s = 0x%zx", i ? "," : "", j->labels[i].name, j->labels[i].offset);
        else
            printf("%s %s not bound", i ? "," : "", j->labels[i].name);
    }
    printf("\n");
}

/* Print v as signed hex, "0xd" or "-0x20". */
static void print_signed_hex(int64_t v)
{
    if (v < 0)
        printf("-0x%llx", (unsigned long long)-(uint64_t)v);
    else
        printf("0x%llx", (unsigned long long)v);
}

/* Patch every fixup: disp32 = target - insn_end, little-endian, and say so on
 * stdout. 0, or -1 after one error line naming the first bad fixup (a label that
 * does not exist or was never bound, a displacement that does not fit in 32 bits,
 * or a fixup that does not sit on a zero placeholder). */
static int resolve_fixups(struct jit *j)
{
    for (size_t i = 0; i < j->nfixups; i++) {
        const struct fixup *f = &j->fixups[i];
        static const unsigned char zeros[4];
        if (f->label < 0 || f->label >= LABEL_COUNT) {
            fprintf(stderr, "%s: fixup at offset 0x%zx refers to label #%d, which does not exist\n",
                    progname, f->at, f->label);
            return -1;
        }
        const struct label *l = &j->labels[f->label];
        if (!l->bound) {
            fprintf(stderr, "%s: fixup at offset 0x%zx refers to label '%s', which was never bound\n",
                    progname, f->at, l->name);
            return -1;
        }
        if (f->at + 4 > f->insn_end || f->insn_end > j->len || memcmp(j->buf + f->at, zeros, 4) != 0) {
            fprintf(stderr, "%s: fixup at offset 0x%zx is not on a 4-byte zero placeholder\n",
                    progname, f->at);
            return -1;
        }
        int64_t disp = (int64_t)l->offset - (int64_t)f->insn_end;
        if (disp < INT32_MIN || disp > INT32_MAX) {
            fprintf(stderr, "%s: fixup at offset 0x%zx: label '%s' is too far for a disp32\n",
                    progname, f->at, l->name);
            return -1;
        }
        int32_t d32 = (int32_t)disp;
        /* x86-64 is little-endian, so memcpy lays the int32 down low byte first,
         * which is the order the CPU reads a displacement in. */
        memcpy(j->buf + f->at, &d32, sizeof d32);

        printf("fixup at 0x%zx -> %s: 0x%zx - 0x%zx (end of the lea) = ", f->at, l->name,
               l->offset, f->insn_end);
        print_signed_hex(disp);
        printf(", stored as %02x %02x %02x %02x\n", j->buf[f->at], j->buf[f->at + 1],
               j->buf[f->at + 2], j->buf[f->at + 3]);
    }
    return 0;
}

/* Is offset i inside some fixup's displacement? Returns 1 for its first byte,
 * 2 for its last, 3 for one in between, 0 for none. */
static int in_fixup(const struct jit *j, size_t i)
{
    for (size_t k = 0; k < j->nfixups; k++) {
        size_t at = j->fixups[k].at;
        if (i == at) return 1;
        if (i == at + 3) return 2;
        if (i > at && i < at + 3) return 3;
    }
    return 0;
}

/* Print the buffer as hex and ASCII, 16 bytes a row, each displacement in [ ]. */
static void hexdump(const struct jit *j)
{
    for (size_t row = 0; row < j->len; row += 16) {
        char ascii[17] = "";
        printf("  %04zx ", row);
        size_t i;
        for (i = row; i < row + 16 && i < j->len; i++) {
            int here = in_fixup(j, i), before = i > row ? in_fixup(j, i - 1) : 0;
            char sep = here == 1 ? '[' : before == 2 ? ']' : ' ';
            unsigned char b = j->buf[i];
            printf("%c%02x", sep, b);
            ascii[i - row] = b >= 0x20 && b < 0x7f ? (char)b : '.';
        }
        ascii[i - row] = '\0';
        printf("%c%*s |%s|\n", in_fixup(j, i - 1) == 2 ? ']' : ' ',
               (int)(3 * (row + 16 - i)), "", ascii);
    }
}

/* Write the buffer's len bytes to path; 0, or -1 after one error line. */
static int dump_buffer(const struct jit *j, const char *path)
{
    FILE *f = fopen(path, "wb");
    if (f == NULL) {
        fprintf(stderr, "%s: cannot create %s: %s (%s)\n", progname, path, strerror(errno), errno_name(errno));
        return -1;
    }
    size_t n = fwrite(j->buf, 1, j->len, f);
    int e = errno;
    if (fclose(f) != 0 || n != j->len) {
        fprintf(stderr, "%s: cannot write %s: %s\n", progname, path, strerror(n != j->len ? e : errno));
        return -1;
    }
    printf("wrote %zu bytes to %s\n", j->len, path);
    return 0;
}

/* Print the usage line to f. */
static void usage(FILE *f)
{
    fprintf(f, "usage: %s [--align N] [--dump FILE] [--unbound-label] [--call-padding]\n", progname);
}

/* Parse --align's argument: a power of two from 1 to 256; 0 if it is not one. */
static size_t parse_align(const char *s)
{
    char *end;
    errno = 0;
    unsigned long n = strtoul(s, &end, 10);
    if (errno != 0 || end == s || *end != '\0' || s[0] == '-' || n == 0 || n > 256 || (n & (n - 1)) != 0)
        return 0;
    return (size_t)n;
}

int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);   /* the JIT'd write and printf stay in order in a pipe */

    size_t align = 1;
    const char *dump_path = NULL;
    int unbound_label = 0, call_padding = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--align") == 0 && i + 1 < argc) {
            align = parse_align(argv[++i]);
            if (align == 0) {
                fprintf(stderr, "%s: --align takes a power of two from 1 to 256, not '%s'\n", progname, argv[i]);
                return EX_USAGE;
            }
        } else if (strcmp(argv[i], "--dump") == 0 && i + 1 < argc) {
            dump_path = argv[++i];
        } else if (strcmp(argv[i], "--unbound-label") == 0) {
            unbound_label = 1;
        } else if (strcmp(argv[i], "--call-padding") == 0) {
            call_padding = 1;
        } else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            usage(stdout);
            return 0;
        } else {
            usage(stderr);
            return EX_USAGE;
        }
    }

    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0) {
        report_errno("sysconf(_SC_PAGESIZE)", errno, NULL);
        return EX_SOFTWARE;
    }
    struct jit j = {
        .cap = (size_t)page,
        .labels = { [LABEL_MSG] = { .name = "msg" }, [LABEL_MSG_END] = { .name = "msg_end" } },
    };
    j.buf = jit_alloc(j.cap);
    if (j.buf == NULL)
        return EX_SOFTWARE;

    /* 1. The code, recording a fixup for each placeholder as it goes by. */
    emit(&j, head, sizeof head);            /* mov eax, 1; mov edi, 1; lea rsi, [rip + 0] */
    fixup_last_disp32(&j, LABEL_MSG);
    emit(&j, lea_rdx, sizeof lea_rdx);      /* lea rdx, [rip + 0] */
    fixup_last_disp32(&j, LABEL_MSG_END);
    emit(&j, tail, sizeof tail);            /* sub rdx, rsi; syscall; ret */
    size_t code_len = j.len;

    /* 2. The data, after ret: int3 padding if --align asks, then the string between its labels. */
    while (!j.failed && j.len % align != 0)
        emit(&j, int3, sizeof int3);
    size_t pad_len = j.len - code_len;
    if (!unbound_label)                     /* --unbound-label forgets to bind msg */
        label_bind(&j, LABEL_MSG);
    emit(&j, message, strlen(message));
    label_bind(&j, LABEL_MSG_END);
    if (j.failed) {
        jit_free(j.buf, j.cap);
        return EX_SOFTWARE;
    }

    if (call_padding && pad_len == 0) {
        fprintf(stderr, "%s: --call-padding needs padding to call: add --align 16\n", progname);
        jit_free(j.buf, j.cap);
        return EX_USAGE;
    }

    printf("emitted %zu bytes of code, %zu of padding, %zu of data; [ ] marks each placeholder:\n",
           code_len, pad_len, strlen(message));
    hexdump(&j);
    print_labels(&j);

    /* 3. Patch, now that every label has its offset. */
    if (resolve_fixups(&j) != 0) {
        jit_free(j.buf, j.cap);
        return EX_SOFTWARE;
    }
    printf("patched:\n");
    hexdump(&j);
    if (dump_path != NULL && dump_buffer(&j, dump_path) != 0) {
        jit_free(j.buf, j.cap);
        return EX_CANTCREAT;
    }

    /* 4. Executable, no longer writable; then call it. */
    if (jit_make_executable(j.buf, j.cap) != 0) {
        jit_free(j.buf, j.cap);
        return EX_SOFTWARE;
    }
    hello_fn hello = (hello_fn)(void *)j.buf;
    if (call_padding) {
        printf("calling the padding at offset 0x%zx, an int3 (0x%02x), instead of the code:\n",
               code_len, j.buf[code_len]);
        fflush(stdout);
        hello = (hello_fn)(void *)(j.buf + code_len);
    } else {
        printf("calling the code at %p:\n", (void *)j.buf);
    }
    fflush(stdout);
    long written = hello();

    if (jit_free(j.buf, j.cap) != 0)
        return EX_SOFTWARE;
    if (written != (long)strlen(message)) {
        fprintf(stderr, "%s: the JIT'd write returned %ld", progname, written);
        if (written < 0)
            fprintf(stderr, " (-%s: %s)", errno_name((int)-written), strerror((int)-written));
        fprintf(stderr, ", not %zu\n", strlen(message));
        return EX_IOERR;
    }
    printf("it returned %ld: write's result, the number of bytes written\n", written);
    return 0;
}
