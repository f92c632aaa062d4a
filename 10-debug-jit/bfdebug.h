/* bfdebug.h: bfjit's code (chapter 08) described to perf and gdb, with
 * jitdebug.h. Chapter 08's bfjit links bfdebug.c and jitdebug.c and calls
 * these two functions around its run; --perf-map, --gdb and --dump-elf are
 * its options.
 *
 * The names: the code is cut at every loop's start and end, and each piece is
 * named after the innermost loop that holds it, bf_loop_LINE_COL (the
 * position of its '['), or bf_main outside every loop. The lines: one row
 * per IR op, at the op's position in the .bf file.
 */
#ifndef BFDEBUG_H
#define BFDEBUG_H

#include "bf.h"
#include "jitdebug.h"

#include <stdbool.h>

/* What the options ask for, and what bf_debug_end must undo. */
typedef struct BfDebug {
    int perf_map;          /* 0 none, 1 write /tmp/perf-PID.map and keep it, 2 remove it at the end */
    bool gdb;              /* register the object with gdb */
    const char *dump_elf;  /* write the object to this file, or NULL */
    JdEntry *entry;        /* the registration, for bf_debug_end */
} BfDebug;

/* Describe j's code (made from prog, read from the file at path) as d asks.
 * Call after the code is made executable, before it runs. Returns 0, or an
 * exit status after one line on stderr: 73 if the --dump-elf file cannot be
 * created, 70 for anything else (the code is not the shape this file knows,
 * out of memory, /tmp not writable). */
int bf_debug_begin(BfDebug *d, const Jit *j, const Program *prog, const char *path);

/* Unregister from gdb and remove the perf map if d asks; call before the
 * code is freed. */
void bf_debug_end(BfDebug *d);

#endif
