/* 01-vm-maps/vm-maps-check.c: `vm-maps --check`, the program's self-test.
 * For each thing of vm-maps.c's table it reads, from /proc/self/maps now, the
 * mapping that holds its address and compares it with what the table claims:
 * the permissions, and the file (this program's own, the C library, [heap],
 * [stack]). Then it checks that no mapping is writable and executable. */
#define _DEFAULT_SOURCE /* readlink */
#include "helpers.h"
#include "vm-maps.h"

#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* is_libc: whether path is the C library: libc.so.6, or libc-2.NN.so on older systems. */
static bool is_libc(const char *path)
{
    const char *b = base_name(path);
    return strncmp(b, "libc.so.", 8) == 0 || (strncmp(b, "libc-", 5) == 0 && strstr(b, ".so") != NULL);
}

/* where_expected: whether mapping m is where thing i should be, by its file;
 * exe is this program's own path (from /proc/self/exe). */
static bool where_expected(int i, const struct mapping *m, const char *exe)
{
    const char *file = things[i].file;
    if (file[0] == '\0')
        return true;
    if (strcmp(file, "exe") == 0)
        return strcmp(m->name, exe) == 0;
    if (strcmp(file, "libc") == 0)
        return is_libc(m->name);
    return strcmp(m->name, file) == 0;
}

/* print_fact: write to out the fact --check claims for thing i, e.g.
 * "main is in an r-x mapping of this program's own file" (no newline). */
static void print_fact(FILE *out, int i)
{
    const char *file = things[i].file;
    const char *where = file[0] == '\0'           ? ""
                      : strcmp(file, "exe") == 0    ? " of this program's own file"
                      : strcmp(file, "libc") == 0   ? " of the C library"
                      :                               file;   /* [heap], [stack] */
    fprintf(out, "%s is in an %s mapping%s%s", things[i].name, things[i].perms,
            file[0] == '[' ? ", " : "", where);
}

void check_facts(const uintptr_t addrs[N_THINGS], long page_size)
{
    if (page_size <= 0 || (page_size & (page_size - 1)) != 0) {
        flush_stdout();
        fprintf(stderr, "vm-maps --check: the page size, %ld, is not a power of two\n", page_size);
        exit(1);
    }
    printf("ok: the page size, %ld bytes, is a power of two\n", page_size);

    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len == -1)
        die_errno(EXIT_SOFTWARE, "readlink /proc/self/exe", errno);
    exe[len] = '\0';

    for (int i = 0; i < N_THINGS; i++) {
        struct mapping m;
        if (!maps_find((const void *)addrs[i], &m))
            die(EXIT_SOFTWARE, "%s at 0x%" PRIxPTR " is in no mapping of /proc/self/maps", things[i].name, addrs[i]);
        if (strncmp(m.perms, things[i].perms, 3) != 0 || !where_expected(i, &m, exe)) {
            flush_stdout(); /* the ok lines before it, in order */
            fprintf(stderr, "vm-maps --check: not so: ");
            print_fact(stderr, i);
            fprintf(stderr, "; it is in %lx-%lx %s %s\n",
                    m.start, m.end, m.perms, *m.name ? base_name(m.name) : "(anonymous)");
            exit(1);
        }
        printf("ok: ");
        print_fact(stdout, i);
        printf("\n");
    }

    int wx = maps_count_wx();
    if (wx != 0) {
        flush_stdout();
        fprintf(stderr, "vm-maps --check: not so: no mapping is writable and executable at once; %d are (see /proc/self/maps)\n", wx);
        exit(1);
    }
    printf("ok: no mapping is writable and executable at once\n");
    printf("vm-maps --check: all %d facts hold\n", N_THINGS + 2);
}
