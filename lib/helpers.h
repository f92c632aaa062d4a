/* lib/helpers.h: the few helpers every C chapter links, so that each chapter's
 * own files hold only its lesson and its instruments. mk/chapter.mk compiles
 * lib/helpers.c into every C program. What is here, and why it is shared
 * rather than copied, is in the root README ("Layout").
 *
 * Conventions they keep for the whole workbook:
 *   - every message starts with the program's name: "wx-jit: ...";
 *   - exit statuses follow sysexits: 64 usage, 65 bad data, 70 internal or a
 *     refused call, 73 cannot create a file, 74 a failed write;
 *   - a failed write to stdout, a closed pipe included, is one line and 74.
 */
#ifndef WORKBOOK_HELPERS_H
#define WORKBOOK_HELPERS_H

#include <stdbool.h>
#include <stddef.h>

enum {
    EXIT_USAGE = 64,     /* EX_USAGE: bad arguments */
    EXIT_DATAERR = 65,   /* EX_DATAERR: bad input data */
    EXIT_SOFTWARE = 70,  /* EX_SOFTWARE: a call failed or was refused */
    EXIT_CANTCREAT = 73, /* EX_CANTCREAT: an output file cannot be created */
    EXIT_IOERR = 74,     /* EX_IOERR: a write failed */
};

/* errno_name: the symbolic name of err ("EACCES"), or "errno N" for one not listed. */
const char *errno_name(int err);

/* die: print "PROG: MESSAGE" (printf-style) and a newline on stderr, then exit(status). */
_Noreturn void die(int status, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* die_errno: print "PROG: WHAT: strerror (ENAME)" on stderr, then exit(status). */
_Noreturn void die_errno(int status, const char *what, int err);

/* usage_error: print "PROG: MESSAGE (see PROG --help)" on stderr, one line, then exit 64. */
_Noreturn void usage_error(const char *fmt, ...)
    __attribute__((format(printf, 1, 2)));

/* guard_stdout: make a failed write to stdout end the program with one line and
 * status 74: ignores SIGPIPE (a closed pipe becomes EPIPE, reported like any
 * other write error) and checks stdout when the program exits. Call it first. */
void guard_stdout(void);

/* flush_stdout: flush stdout now; on failure, one line and exit 74. */
void flush_stdout(void);

/* parse_long: TEXT as a whole decimal number in [min, max], written the plain
 * way ("-12", not " 12", "+12" or "12abc"). False if it is not one. */
bool parse_long(const char *text, long min, long max, long *out);

/* The line of /proc/self/maps that holds an address, as the kernel says now. */
struct mapping {
    unsigned long start, end; /* its range, end excluded */
    char perms[5];            /* "r-xp": read, write, execute, private or shared */
    char name[256];           /* "[heap]", a file's path, or "" for anonymous memory */
};

/* maps_find: fill m with the mapping that holds addr; false if none does.
 * Exits 70 with one line if /proc/self/maps cannot be read. */
bool maps_find(const void *addr, struct mapping *m);

/* maps_perms: the permissions of the mapping that holds addr ("r-xp"), or
 * "none" if no mapping holds it. The text lives until the next call. */
const char *maps_perms(const void *addr);

/* maps_count_wx: how many mappings of this process are writable and executable at once. */
int maps_count_wx(void);

/* maps_offset: where in its file the mapping that holds addr starts, in bytes
 * (the offset field of its /proc/self/maps line; 0 for anonymous memory), or
 * -1 if no mapping holds addr. Exits 70 with one line if the file cannot be read.
 * (Chapter 01 prints it.) */
long maps_offset(const void *addr);

/* maps_find_nomalloc: maps_find that never calls malloc. It reads
 * /proc/self/maps with read(2) into a static buffer instead of through stdio,
 * so it still works while part of the heap is not writable (03's --heap makes
 * a heap page r-x, and a malloc then may crash). Not thread-safe. Exits 70
 * with one line if the file cannot be read. */
bool maps_find_nomalloc(const void *addr, struct mapping *m);

/* maps_count_named: how many mappings are named NAME ("[heap]"), read the
 * same way, without malloc. */
int maps_count_named(const char *name);

/* CALLS_JIT_CODE marks each function that calls JIT'd code through a pointer.
 * clang 17 and later include -fsanitize=function in -fsanitize=undefined: before
 * every indirect call it reads the 8 bytes in front of the target, where clang
 * puts a type signature ahead of each function it compiles. JIT'd code has
 * none, and it starts a fresh page, so those 8 bytes may not even be mapped:
 * the check itself faults. This turns the check off for these calls only.
 * gcc has no such check and rejects the attribute. Chapter 04 teaches it
 * (README: "Sanitizers and JIT'd code"); build with -DSANITIZE_JIT_CALLS to
 * see the fault. */
#if defined(__clang__) && !defined(SANITIZE_JIT_CALLS)
#define CALLS_JIT_CODE __attribute__((no_sanitize("function")))
#else
#define CALLS_JIT_CODE
#endif

#endif
