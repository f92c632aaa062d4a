/* 06-fixups/instruments.c: the instruments of fixups.c (see instruments.h):
 * everything that shows or steers the lesson without being part of it. */
#define _GNU_SOURCE
#include "instruments.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <stdlib.h>
#include <sys/resource.h>

#include "helpers.h"

struct options parse_options(int argc, char **argv)
{
    struct options opt = { .align = 1 };
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        long n;
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            printf("usage: fixups [--align N] [--dump FILE] [--unbound-label] [--call-padding]\n");
            exit(0);
        } else if (strcmp(arg, "--align") == 0 || strcmp(arg, "--dump") == 0) {
            if (i + 1 == argc)
                usage_error("%s needs %s", arg, arg[2] == 'a' ? "a number N" : "a FILE");
            if (arg[2] == 'd') {
                opt.dump_path = argv[++i];
                continue;
            }
            if (!parse_long(argv[++i], 1, 256, &n) || (n & (n - 1)) != 0)
                usage_error("--align takes a power of two from 1 to 256, not '%s'", argv[i]);
            opt.align = (size_t)n;
        } else if (strcmp(arg, "--unbound-label") == 0) {
            opt.unbound_label = true;
        } else if (strcmp(arg, "--call-padding") == 0) {
            opt.call_padding = true;
        } else {
            usage_error("unknown option '%s'", arg);
        }
    }
    return opt;
}

/* mark_at: is offset I inside one of the displacements at MARKS? 1 for its
 * first byte, 2 for its last, 3 for one in between, 0 for none. */
static int mark_at(const size_t *marks, size_t nmarks, size_t i)
{
    for (size_t k = 0; k < nmarks; k++) {
        if (i == marks[k]) return 1;
        if (i == marks[k] + 3) return 2;
        if (i > marks[k] && i < marks[k] + 3) return 3;
    }
    return 0;
}

void hexdump(const unsigned char *buf, size_t len, const size_t *marks, size_t nmarks)
{
    for (size_t row = 0; row < len; row += 16) {
        char ascii[17] = "";
        printf("  %04zx ", row);
        size_t i;
        for (i = row; i < row + 16 && i < len; i++) {
            int here = mark_at(marks, nmarks, i), before = i > row ? mark_at(marks, nmarks, i - 1) : 0;
            char sep = here == 1 ? '[' : before == 2 ? ']' : ' ';
            printf("%c%02x", sep, buf[i]);
            ascii[i - row] = buf[i] >= 0x20 && buf[i] < 0x7f ? (char)buf[i] : '.';
        }
        ascii[i - row] = '\0';
        printf("%c%*s |%s|\n", mark_at(marks, nmarks, i - 1) == 2 ? ']' : ' ',
               (int)(3 * (row + 16 - i)), "", ascii);
    }
}

void print_labels(const char *const *names, const struct label *labels, int n)
{
    printf("labels:");
    for (int i = 0; i < n; i++) {
        if (labels[i].bound)
            printf("%s %s = 0x%zx", i ? "," : "", names[i], labels[i].offset);
        else
            printf("%s %s not bound", i ? "," : "", names[i]);
    }
    printf("\n");
}

void show_fixup(size_t at, const char *name, size_t target, size_t insn_end, int64_t disp,
                const unsigned char *bytes)
{
    printf("fixup at 0x%zx -> %s: 0x%zx - 0x%zx (end of the lea) = %s0x%llx, "
           "stored as %02x %02x %02x %02x\n", at, name, target, insn_end, disp < 0 ? "-" : "",
           (unsigned long long)(disp < 0 ? -(uint64_t)disp : (uint64_t)disp),
           bytes[0], bytes[1], bytes[2], bytes[3]);
}

void dump_buffer(const unsigned char *buf, size_t len, const char *path)
{
    FILE *f = fopen(path, "wb");
    if (f == NULL)
        die(EXIT_CANTCREAT, "cannot create %s: %s (%s)", path, strerror(errno), errno_name(errno));
    size_t n = fwrite(buf, 1, len, f);
    int err = errno;
    if (fclose(f) != 0 || n != len) {
        err = n != len ? err : errno;
        die(EXIT_IOERR, "cannot write %s: %s (%s)", path, strerror(err), errno_name(err));
    }
    printf("wrote %zu bytes to %s\n", len, path);
}

void die_mprotect(int err)
{
    if (err != EACCES && err != EPERM)
        die_errno(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_EXEC)", err);
    die(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_EXEC): %s (%s): this process may not make memory "
        "executable (SELinux execmem, systemd MemoryDenyWriteExecute=, prctl PR_SET_MDWE)",
        strerror(err), errno_name(err));
}

CALLS_JIT_CODE void call_padding(const unsigned char *page, size_t at)
{
    /* This call crashes on purpose. A reader with `ulimit -c unlimited` would
     * find a core file in the chapter after every run, so this process gives
     * up its right to one first: RLIMIT_CORE 0, soft and hard. */
    if (setrlimit(RLIMIT_CORE, &(struct rlimit){ 0, 0 }) != 0)
        die_errno(EXIT_SOFTWARE, "setrlimit(RLIMIT_CORE)", errno);
    printf("calling the padding at offset 0x%zx, an int3 (0x%02x), instead of the code:\n",
           at, page[at]);
    flush_stdout();
    ((void (*)(void))(const void *)(page + at))();
    die(EXIT_SOFTWARE, "internal error: the int3 at offset 0x%zx returned", at);
}
