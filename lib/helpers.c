/* lib/helpers.c: the helpers every C chapter links (see helpers.h). */
#define _GNU_SOURCE
#include "helpers.h"

#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* progname: this program's name for messages (glibc and musl both provide it). */
static const char *progname(void) { return program_invocation_short_name; }

/* dying: set by die, so that the exit it makes reports one line, not also a
 * failed stdout (guard_stdout's check) on top of the reason it gave. */
static int dying;

const char *errno_name(int err)
{
    static const struct { int err; const char *name; } names[] = {
        { EPERM, "EPERM" },   { ENOENT, "ENOENT" }, { EINTR, "EINTR" },   { EIO, "EIO" },
        { EBADF, "EBADF" },   { EAGAIN, "EAGAIN" }, { ENOMEM, "ENOMEM" }, { EACCES, "EACCES" },
        { EFAULT, "EFAULT" }, { EEXIST, "EEXIST" }, { ENOTDIR, "ENOTDIR" }, { EISDIR, "EISDIR" },
        { EINVAL, "EINVAL" }, { ENFILE, "ENFILE" }, { EMFILE, "EMFILE" }, { EFBIG, "EFBIG" },
        { ENOSPC, "ENOSPC" }, { EROFS, "EROFS" },   { EPIPE, "EPIPE" },   { ERANGE, "ERANGE" },
        { ENOSYS, "ENOSYS" }, { EOVERFLOW, "EOVERFLOW" }, { ETXTBSY, "ETXTBSY" },
    };
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (names[i].err == err)
            return names[i].name;
    static char number[32];
    snprintf(number, sizeof number, "errno %d", err);
    return number;
}

void die(int status, const char *fmt, ...)
{
    va_list ap;
    fflush(stdout); /* what the program printed so far still goes out, if it can */
    dying = 1;
    fprintf(stderr, "%s: ", progname());
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(status);
}

void die_errno(int status, const char *what, int err)
{
    die(status, "%s: %s (%s)", what, strerror(err), errno_name(err));
}

void usage_error(const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s: ", progname());
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, " (see %s --help)\n", progname());
    exit(EXIT_USAGE);
}

/* stdout_failed: one line naming the write error, then _exit(74): exit() cannot be called again from atexit. */
static _Noreturn void stdout_failed(int err)
{
    fprintf(stderr, "%s: cannot write to standard output: %s (%s)\n", progname(), strerror(err), errno_name(err));
    _exit(EXIT_IOERR);
}

/* check_stdout_at_exit: the atexit half of guard_stdout. */
static void check_stdout_at_exit(void)
{
    if (!dying)
        flush_stdout();
}

void guard_stdout(void)
{
    if (signal(SIGPIPE, SIG_IGN) == SIG_ERR)
        die_errno(EXIT_SOFTWARE, "signal(SIGPIPE)", errno);
    if (atexit(check_stdout_at_exit) != 0)
        die(EXIT_SOFTWARE, "atexit failed");
}

void flush_stdout(void)
{
    /* errno is not cleared first: when an earlier buffered write failed,
     * errno usually still holds its error (EPIPE, ENOSPC), the best name for it. */
    int failed = fflush(stdout) == EOF || ferror(stdout);
    if (failed)
        stdout_failed(errno ? errno : EIO);
}

bool parse_long(const char *text, long min, long max, long *out)
{
    const char *digits = text[0] == '-' ? text + 1 : text;
    if (digits[0] < '0' || digits[0] > '9')
        return false; /* no sign but '-', no space, not empty */
    char *end;
    errno = 0;
    long v = strtol(text, &end, 10);
    if (errno == ERANGE || *end != '\0' || v < min || v > max)
        return false;
    *out = v;
    return true;
}

/* maps_each: call fn on each line of /proc/self/maps until it returns true; true if one did. */
static bool maps_each(bool (*fn)(const struct mapping *m, const void *arg), const void *arg, struct mapping *m)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (f == NULL)
        die_errno(EXIT_SOFTWARE, "cannot read /proc/self/maps", errno);
    char line[512];
    bool found = false;
    while (!found && fgets(line, sizeof line, f) != NULL) {
        int name_at = 0;
        line[strcspn(line, "\n")] = '\0';
        if (sscanf(line, "%lx-%lx %4s %*s %*s %*s %n", &m->start, &m->end, m->perms, &name_at) < 3)
            continue;
        snprintf(m->name, sizeof m->name, "%s", name_at ? line + name_at : "");
        found = fn(m, arg);
    }
    if (ferror(f))
        die_errno(EXIT_SOFTWARE, "cannot read /proc/self/maps", errno);
    fclose(f);
    return found;
}

static bool holds(const struct mapping *m, const void *addr)
{
    return m->start <= (unsigned long)addr && (unsigned long)addr < m->end;
}

bool maps_find(const void *addr, struct mapping *m)
{
    return maps_each(holds, addr, m);
}

const char *maps_perms(const void *addr)
{
    static struct mapping m;
    return maps_find(addr, &m) ? m.perms : "none";
}

/* count_wx: maps_each's callback for maps_count_wx; never stops the walk. */
static bool count_wx(const struct mapping *m, const void *count)
{
    if (m->perms[1] == 'w' && m->perms[2] == 'x')
        ++*(int *)count;
    return false;
}

int maps_count_wx(void)
{
    int count = 0;
    struct mapping m;
    maps_each(count_wx, (const void *)&count, &m);
    return count;
}

/* maps_offset (chapter 01 prints it) */
long maps_offset(const void *addr)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (f == NULL)
        die_errno(EXIT_SOFTWARE, "cannot read /proc/self/maps", errno);
    char line[512];
    long offset = -1;
    while (offset == -1 && fgets(line, sizeof line, f) != NULL) {
        unsigned long start, end, at;
        if (sscanf(line, "%lx-%lx %*s %lx", &start, &end, &at) == 3
            && start <= (unsigned long)addr && (unsigned long)addr < end)
            offset = (long)at;
    }
    if (ferror(f))
        die_errno(EXIT_SOFTWARE, "cannot read /proc/self/maps", errno);
    fclose(f);
    return offset;
}

/* Reading /proc/self/maps without malloc (chapter 03, --heap) */
#include <fcntl.h>

/* maps_text: /proc/self/maps as read last by read_maps_nomalloc. */
static char maps_text[1 << 18];

/* read_maps_nomalloc: read /proc/self/maps into maps_text with open and read
 * (no stdio, so no malloc); exits 70 with one line if it cannot. */
static void read_maps_nomalloc(void)
{
    int fd = open("/proc/self/maps", O_RDONLY | O_CLOEXEC);
    if (fd == -1)
        die_errno(EXIT_SOFTWARE, "cannot read /proc/self/maps", errno);
    size_t used = 0;
    for (;;) {
        ssize_t n = read(fd, maps_text + used, sizeof maps_text - 1 - used);
        if (n == -1 && errno == EINTR)
            continue;
        if (n == -1)
            die_errno(EXIT_SOFTWARE, "cannot read /proc/self/maps", errno);
        if (n == 0)
            break;
        used += (size_t)n;
        if (used == sizeof maps_text - 1)
            die(EXIT_SOFTWARE, "/proc/self/maps is larger than %zu bytes", sizeof maps_text - 1);
    }
    maps_text[used] = '\0';
    if (close(fd) == -1)
        die_errno(EXIT_SOFTWARE, "cannot read /proc/self/maps", errno);
}

/* maps_each_nomalloc: maps_each over maps_text, read afresh; true if fn said stop. */
static bool maps_each_nomalloc(bool (*fn)(const struct mapping *m, const void *arg), const void *arg, struct mapping *m)
{
    read_maps_nomalloc();
    for (char *line = maps_text; *line != '\0';) {
        char *end = strchr(line, '\n');
        if (end != NULL)
            *end = '\0';
        int name_at = 0;
        if (sscanf(line, "%lx-%lx %4s %*s %*s %*s %n", &m->start, &m->end, m->perms, &name_at) >= 3) {
            snprintf(m->name, sizeof m->name, "%s", name_at ? line + name_at : "");
            if (fn(m, arg))
                return true;
        }
        if (end == NULL)
            break;
        line = end + 1;
    }
    return false;
}

bool maps_find_nomalloc(const void *addr, struct mapping *m)
{
    return maps_each_nomalloc(holds, addr, m);
}

/* A name to look for, and how many mappings had it (count_named's argument). */
struct name_count {
    const char *name;
    int count;
};

/* count_named: maps_each_nomalloc's callback for maps_count_named; never stops the walk. */
static bool count_named(const struct mapping *m, const void *arg)
{
    struct name_count *c = (struct name_count *)arg; /* maps_count_named's own local */
    if (strcmp(m->name, c->name) == 0)
        c->count++;
    return false;
}

int maps_count_named(const char *name)
{
    struct name_count c = { name, 0 };
    struct mapping m;
    maps_each_nomalloc(count_named, &c, &m);
    return c.count;
}
