/* 01-vm-maps/vm-maps.c: where things live in a process's address space.
 *
 * For main, a string literal, two globals, a heap block, a stack variable and
 * a C library function, prints the address, the page it is on, the line of
 * /proc/self/maps whose mapping holds it, and what that mapping's permissions
 * mean. `vm-maps --check` verifies the same facts from the running process
 * (code r-x from the program's own file, constants r--, data rw-, ...) and
 * names the first one that does not hold.
 *
 * Exit status: 0 all is as claimed, 1 a --check fact does not hold,
 * 64 usage, 70 a failed system call or an address in no mapping.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <inttypes.h>
#include <limits.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int initialised_global = 42; /* has a value in the file: .data */
int zeroed_global;           /* starts at zero, takes no bytes in the file: .bss */

/* The things we look up, one row each: what the reader sees, and what
 * --check expects of the mapping that holds it. (Arrays, not pointers, so
 * that the table needs no relocations: it is read-only data in the file.) */
enum { MAIN, LITERAL, DATA_GLOBAL, BSS_GLOBAL, HEAP_BLOCK, STACK_VAR, LIBC_FUNC, N_THINGS };
static const struct thing {
    char name[24];          /* e.g. "main" */
    char what[40];          /* what kind of thing it is */
    char perms[4];          /* the rwx --check expects, e.g. "r-x" */
    char file[8];           /* where --check expects it: "exe" (this program's own
                               file), "libc", "[heap]", "[stack]", or "" (anywhere) */
} things[N_THINGS] = {
    [MAIN]        = { "main",                "this program's code",                "r-x", "exe" },
    [LITERAL]     = { "\"a string literal\"", "a constant",                        "r--", "exe" },
    [DATA_GLOBAL] = { "initialised_global",  "a global with a value: .data",       "rw-", "exe" },
    [BSS_GLOBAL]  = { "zeroed_global",       "a global that starts at zero: .bss", "rw-", "" },
    [HEAP_BLOCK]  = { "malloc(sizeof(int))", "a small heap block",                 "rw-", "[heap]" },
    [STACK_VAR]   = { "on_stack",            "a local variable",                   "rw-", "[stack]" },
    [LIBC_FUNC]   = { "printf",              "a function in the C library",        "r-x", "libc" },
};

/* One line of /proc/self/maps, without the device and inode fields. */
struct mapping {
    uintptr_t start, end;   /* [start, end), page-aligned */
    char perms[5];          /* e.g. "r-xp": read, write, execute, then private or shared */
    unsigned long offset;   /* where in the file the mapping starts */
    char path[PATH_MAX];    /* the file, [heap], [stack], ... or "" (anonymous) */
};

/* errno_name: the symbolic name of the errno values this program can meet, else "errno N". */
static const char *errno_name(int e)
{
    static char other[32];
    switch (e) {
    case EACCES: return "EACCES";
    case ENOENT: return "ENOENT";
    case ENOMEM: return "ENOMEM";
    case EPERM:  return "EPERM";
    case EINVAL: return "EINVAL";
    case EMFILE: return "EMFILE";
    }
    snprintf(other, sizeof other, "errno %d", e);
    return other;
}

/* die: print "vm-maps: WHAT: strerror (ENAME)" for the current errno on stderr, exit 70. */
static void die(const char *what)
{
    int e = errno;
    fprintf(stderr, "vm-maps: %s: %s (%s)\n", what, strerror(e), errno_name(e));
    exit(70);
}

/* parse_maps_line: fill *M from one line of /proc/self/maps; 0 on success, -1 if malformed. */
static int parse_maps_line(const char *line, struct mapping *m)
{
    unsigned long start, end;
    int path_at = 0;
    /* start-end perms offset dev inode [path] */
    if (sscanf(line, "%lx-%lx %4s %lx %*s %*s %n", &start, &end, m->perms, &m->offset, &path_at) != 4
        || path_at == 0)
        return -1;
    m->start = start;
    m->end = end;
    snprintf(m->path, sizeof m->path, "%s", line + path_at);
    m->path[strcspn(m->path, "\n")] = '\0';
    return 0;
}

/* holds_addr: whether mapping M contains the address ADDR. */
static int holds_addr(const struct mapping *m, uintptr_t addr)
{
    return m->start <= addr && addr < m->end;
}

/* is_writable_executable: whether mapping M is both writable and executable (UNUSED ignored). */
static int is_writable_executable(const struct mapping *m, uintptr_t unused)
{
    (void)unused;
    return m->perms[1] == 'w' && m->perms[2] == 'x';
}

/* find_mapping: the first mapping of this process, read from /proc/self/maps
 * now, for which WANTED(m, ARG) is true; 0 if found (into *OUT), -1 if none.
 * Dies (70) when the file cannot be read. */
static int find_mapping(int (*wanted)(const struct mapping *, uintptr_t), uintptr_t arg, struct mapping *out)
{
    FILE *maps = fopen("/proc/self/maps", "r");
    if (maps == NULL)
        die("open /proc/self/maps");
    char *line = NULL;
    size_t cap = 0;
    int found = -1;
    while (found != 0 && getline(&line, &cap, maps) != -1) {
        struct mapping m;
        if (parse_maps_line(line, &m) == 0 && wanted(&m, arg)) {
            *out = m;
            found = 0;
        }
    }
    if (found != 0 && ferror(maps))
        die("read /proc/self/maps");
    free(line);
    fclose(maps);
    return found;
}

/* mapping_of: the mapping that holds thing I's address ADDR; dies (70) if none does. */
static struct mapping mapping_of(int i, uintptr_t addr)
{
    struct mapping m;
    if (find_mapping(holds_addr, addr, &m) != 0) {
        fprintf(stderr, "vm-maps: %s at 0x%" PRIxPTR " is in no mapping of /proc/self/maps\n", things[i].name, addr);
        exit(70);
    }
    return m;
}

/* base_name: the part of PATH after its last '/' (all of it if there is none). */
static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* perms_meaning: what the rwx of PERMS allow, in a few words for the reader. */
static const char *perms_meaning(const char *perms)
{
    if (strncmp(perms, "r-x", 3) == 0) return "code: readable and executable, not writable";
    if (strncmp(perms, "r--", 3) == 0) return "constants: readable only, not writable, not executable";
    if (strncmp(perms, "rw-", 3) == 0) return "data: readable and writable, not executable";
    if (strncmp(perms, "rwx", 3) == 0) return "readable, writable AND executable: what W^X forbids";
    return "an unusual combination";
}

/* print_thing: thing I's address ADDR, its page, its maps line (dev and inode
 * left out, the file's base name only) and what the permissions mean. */
static void print_thing(int i, uintptr_t addr, uintptr_t page_size)
{
    struct mapping m = mapping_of(i, addr);
    const char *file = base_name(m.path);
    printf("%s (%s)\n"
           "  address  0x%" PRIxPTR "  on page 0x%" PRIxPTR "\n"
           "  mapping  %" PRIxPTR "-%" PRIxPTR " %s %08lx%s%s\n"
           "  %.3s      %s\n\n",
           things[i].name, things[i].what,
           addr, addr & ~(page_size - 1),
           m.start, m.end, m.perms, m.offset, *file ? " " : "", file,
           m.perms, perms_meaning(m.perms));
}

/* is_libc: whether PATH is the C library: libc.so.6, or libc-2.NN.so on older systems. */
static int is_libc(const char *path)
{
    const char *b = base_name(path);
    return strncmp(b, "libc.so.", 8) == 0 || (strncmp(b, "libc-", 5) == 0 && strstr(b, ".so") != NULL);
}

/* where_expected: whether mapping M is where thing I should be, by its file;
 * EXE is this program's own path (from /proc/self/exe). */
static int where_expected(int i, const struct mapping *m, const char *exe)
{
    const char *file = things[i].file;
    if (file[0] == '\0')
        return 1;
    if (strcmp(file, "exe") == 0)
        return strcmp(m->path, exe) == 0;
    if (strcmp(file, "libc") == 0)
        return is_libc(m->path);
    return strcmp(m->path, file) == 0;
}

/* print_fact: write to OUT the fact --check claims for thing I, e.g.
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

/* check_facts: verify the facts for ADDRS (one per thing) and the page size,
 * printing "ok: FACT" per fact; the first that fails gets one line on stderr
 * and exit status 1. Last, no mapping may be writable and executable at once. */
static void check_facts(const uintptr_t *addrs, uintptr_t page_size)
{
    if (page_size == 0 || (page_size & (page_size - 1)) != 0) {
        fprintf(stderr, "vm-maps --check: the page size, %" PRIuPTR ", is not a power of two\n", page_size);
        exit(1);
    }
    printf("ok: the page size, %" PRIuPTR " bytes, is a power of two\n", page_size);

    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len == -1)
        die("readlink /proc/self/exe");
    exe[len] = '\0';

    for (int i = 0; i < N_THINGS; i++) {
        struct mapping m = mapping_of(i, addrs[i]);
        if (strncmp(m.perms, things[i].perms, 3) != 0 || !where_expected(i, &m, exe)) {
            fprintf(stderr, "vm-maps --check: not so: ");
            print_fact(stderr, i);
            fprintf(stderr, "; it is in %" PRIxPTR "-%" PRIxPTR " %s %s\n",
                    m.start, m.end, m.perms, *m.path ? base_name(m.path) : "(anonymous)");
            exit(1);
        }
        printf("ok: ");
        print_fact(stdout, i);
        printf("\n");
    }

    struct mapping wx;
    if (find_mapping(is_writable_executable, 0, &wx) == 0) {
        fprintf(stderr, "vm-maps --check: not so: no mapping is writable and executable at once; %" PRIxPTR "-%" PRIxPTR " %s %s is both\n",
                wx.start, wx.end, wx.perms, *wx.path ? base_name(wx.path) : "(anonymous)");
        exit(1);
    }
    printf("ok: no mapping is writable and executable at once\n");
    printf("vm-maps --check: all %d facts hold\n", N_THINGS + 2);
}

/* usage: the one-line usage message on stderr, exit 64. */
static void usage(void)
{
    fprintf(stderr, "usage: vm-maps [--check]   (print where things live; --check verifies their permissions)\n");
    exit(64);
}

/* main: print where each thing lives, or with --check verify the facts (exit statuses atop this file). */
int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    int checking = argc == 2 && strcmp(argv[1], "--check") == 0;
    if (argc != 1 && !checking)
        usage();

    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0) {
        fprintf(stderr, "vm-maps: sysconf(_SC_PAGESIZE) gives no page size\n");
        exit(70);
    }

    int on_stack = 0;
    int *on_heap = malloc(sizeof *on_heap);
    if (on_heap == NULL)
        die("malloc");

    uintptr_t addrs[N_THINGS] = {
        [MAIN]        = (uintptr_t)&main,
        [LITERAL]     = (uintptr_t)"a string literal",
        [DATA_GLOBAL] = (uintptr_t)&initialised_global,
        [BSS_GLOBAL]  = (uintptr_t)&zeroed_global,
        [HEAP_BLOCK]  = (uintptr_t)on_heap,
        [STACK_VAR]   = (uintptr_t)&on_stack,
        [LIBC_FUNC]   = (uintptr_t)&printf,
    };

    if (checking) {
        check_facts(addrs, (uintptr_t)page);
    } else {
        printf("page size: %ld bytes (sysconf(_SC_PAGESIZE)); a page starts at a multiple of it\n", page);
        printf("mapping: start-end perms offset file, from /proc/self/maps (dev and inode left out)\n\n");
        for (int i = 0; i < N_THINGS; i++)
            print_thing(i, addrs[i], (uintptr_t)page);
        printf("The addresses change from run to run (ASLR); the permissions do not.\n");
    }
    free(on_heap);
    return 0;
}
