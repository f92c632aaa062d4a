/* bfjit.c: a Brainfuck JIT with an interpreter to fall back on. This file is
 * the JIT's main path, in the order it runs:
 *
 *   1. read the program and build the IR (ir.c): parsed and optimised;
 *   2. compile the IR to x86-64 in memory that is writable, not executable (jit.c);
 *   3. flip that memory to read+execute, never both at once: W^X;
 *   4. run it on a tape with guard pages around it (jitrun.c, runtime.c);
 *   5. say how it ended: output flushed, a tape error as LINE:COL, a status.
 *
 * If step 3 is refused (a W^X policy, MDWE), step 2 is tried again with the
 * dual mapping of chapter 09 (--wx=auto, the default). If that is refused
 * too, or bfjit runs under valgrind, the interpreter (interp.c) runs the
 * same IR instead, after one line on stderr that says why. The options are in cli.c; the modes that are
 * instruments rather than this path (--ir, --fuzz, --abi-check, ...) in tools.c.
 *
 *   bfjit [--interp | --jit] [--wx=auto|mprotect|dual] [--dump FILE] [--stats] PROGRAM.bf
 *
 * The tape: 30000 cells of 8 bits that wrap around (255 + 1 is 0), all 0 at
 * the start, the pointer on cell 0. At end of input, ',' leaves the cell as
 * it was. Touching a cell off either end is a runtime error (exit status 70).
 */
#define _GNU_SOURCE
#include "bf.h"
#include "bfdebug.h"
#include "helpers.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <time.h>

#ifndef PR_SET_MDWE                  /* Linux 6.3, <linux/prctl.h>; older headers lack the names */
#define PR_SET_MDWE 65
#define PR_MDWE_REFUSE_EXEC_GAIN 1
#endif

enum { EXIT_UNAVAILABLE = 69 };      /* sysexits' EX_UNAVAILABLE: --mdwe on a kernel without it */

static double now(void);
static bool under_valgrind(void);
static int dump_code(const Jit *j, const char *path);

/* What --stats says about the code's memory: its permissions in
 * /proc/self/maps at each step, and how many mappings were W and X at once. */
typedef struct WxNote { char written[5], running[5]; int wx; } WxNote;

/* Steps 2 to 4: compile prog, make it executable, run it on rt. Returns 1
 * with *st set; 0 if the JIT cannot run here (one line said why: the
 * caller interprets); -1 with *code set if --dump FILE failed (73). */
static int run_jit(const Program *prog, Runtime *rt, const Options *o, RunStatus *st, int *code, double t0)
{
    if (under_valgrind()) {
        fprintf(stderr, "bfjit: valgrind hides the JIT's guard-page faults, running the interpreter instead\n");
        return 0;
    }
    Jit j;
    WxNote wx = { "", "", 0 };
    char first[sizeof j.error] = "";  /* why mprotect was refused, when --wx=auto moved on */
    /* 2. and 3., with --wx=auto twice: mprotect's way, then the dual mapping. */
    for (WxStrategy s = o->wx == WX_DUAL ? WX_DUAL : WX_MPROTECT;; s = WX_DUAL) {
        jit_wx = s;
        int compiled = jit_compile(&j, prog, NULL) == 0;      /* 2. written RW, not X */
        if (compiled && o->stats) {
            snprintf(wx.written, sizeof wx.written, "%s", maps_perms(j.write));
            wx.wx = maps_count_wx();
        }
        if (compiled && o->dump && dump_code(&j, o->dump) != 0) {
            jit_free(&j);
            *code = EXIT_CANTCREAT;
            return -1;
        }
        if (compiled && jit_make_executable(&j) == 0)         /* 3. RX, not W */
            break;
        if (o->wx == WX_AUTO && s == WX_MPROTECT) {
            snprintf(first, sizeof first, "%s", j.error);
            jit_free(&j);
            continue;
        }
        fprintf(stderr, "bfjit: %s%s%s: %srunning the interpreter instead\n", first, *first ? "; then " : "", j.error,
                compiled || *first ? "no executable memory (a W^X policy?), " : "");
        if (o->stats) fprintf(stderr, "bfjit: W^X strategy: none, the interpreter ran\n");
        jit_free(&j);
        return 0;
    }
    if (o->stats) {
        snprintf(wx.running, sizeof wx.running, "%s", maps_perms(j.code));
        wx.wx += maps_count_wx();
        fprintf(stderr, "bfjit: W^X strategy: %s%s%s\n", j.wx == WX_DUAL ? "dual (two views of one memfd)" : "mprotect",
                *first ? ", after " : "", first);
        fprintf(stderr, "bfjit: %zu bytes of machine code, compiled in %.3f ms in all\n", j.len, (now() - t0) * 1e3);
        fprintf(stderr, "bfjit: the code's memory is %s while written, %s while it runs; %d writable+executable mappings\n",
                wx.written, wx.running, wx.wx);
    }
    /* Chapter 10: names, lines and unwind information for perf and gdb. */
    BfDebug dbg = { .perf_map = o->perf_map, .gdb = o->gdb, .dump_elf = o->dump_elf };
    if ((*code = bf_debug_begin(&dbg, &j, prog, o->path)) != 0) {
        jit_free(&j);
        return -1;
    }
    long p;
    *st = jit_run(&j, prog, rt, &p, NULL);                    /* 4. run it */
    bf_debug_end(&dbg);
    if (o->stats && rt->skipped)
        fprintf(stderr, "bfjit: %lu speculative touches of a guard page skipped (IFs of 0)\n", rt->skipped);
    if (o->stats && rt->edge_trips)
        fprintf(stderr, "bfjit: the tape's last page: %lu %s to the interpreter (the first from op %zu), "
                "%lu back to the JIT; the interpreter ran %lu ops\n", rt->edge_trips,
                rt->edge_trips == 1 ? "trip" : "trips", rt->first_edge_op, rt->handbacks, rt->interp_ops);
    jit_free(&j);
    return 1;
}

/* Run the program o names with the JIT, or the interpreter; the exit status. */
static int run_program(const Options *o)
{
    static Runtime rt;               /* 70 KiB of buffers: static, so nothing to free on any path */
    size_t len;
    char *src = cli_read_program(o->path, &len);
    double t0 = now();
    Program prog;
    int code = ir_build(&prog, cli_name(o->path), src, len, o->opts);   /* 1. */
    free(src);
    if (code != 0) return code;
    if (o->stats)
        fprintf(stderr, "bfjit: %zu commands -> %zu IR ops (%.3f ms)\n", prog.commands, prog.n, (now() - t0) * 1e3);
    if (rt_init(&rt) != 0 || jit_install_fault_handler() != 0 || rt_flush_on_signals(&rt) != 0) {
        ir_free(&prog);
        rt_free(&rt);
        return EXIT_SOFTWARE;
    }
    rt_reset(&rt, 0, NULL, 0);
    RunStatus st = RUN_OK;
    int ran = o->mode == MODE_JIT ? run_jit(&prog, &rt, o, &st, &code, t0) : 0;
    if (ran == 0) {                                           /* the fallback, or --interp */
        long p;
        st = interp_run(&prog, &rt, &p);
    }
    if (ran >= 0)                                             /* 5. */
        code = rt_report(&rt, prog.name, st, ir_fault_pos(&prog, rt.fault_op, rt.fault_p, st));
    ir_free(&prog);
    rt_free(&rt);
    return code;
}

/* Read the options, then run the program or one of the instruments. */
int main(int argc, char **argv)
{
    guard_stdout();                  /* a failed write to stdout: one line, 74 */
    Options o;
    cli_parse(argc, argv, &o);
    if (o.mdwe && prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0L, 0L, 0L) != 0)
        die(EXIT_UNAVAILABLE, "prctl(PR_SET_MDWE): %s (the kernel has no MDWE: Linux 6.3 or later has)", strerror(errno));
    if (o.mode == MODE_JIT || o.mode == MODE_INTERP) return run_program(&o);
    return tool_run(&o);
}

/* ---- Helpers of the main path ------------------------------------------- */

/* Seconds on a monotonic clock. */
static double now(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) return 0;
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Is this process running under valgrind? valgrind runs the code on a
 * synthetic CPU: it drops the loads whose result is unused (a TOUCH is one)
 * and rbx is not exact when a fault is delivered, so the guard pages would
 * miss tape errors. Its preloaded library is the sign (no valgrind.h needed). */
static bool under_valgrind(void)
{
    const char *preload = getenv("LD_PRELOAD");
    /* bench.sh counts the JIT's instructions with callgrind: it sets
     * BFJIT_VALGRIND_JIT for its programs, which never touch a guard page,
     * and compares their output with a run outside valgrind. */
    if (getenv("BFJIT_VALGRIND_JIT")) return false;
    return preload && strstr(preload, "vgpreload") != NULL;
}

/* Write j's code to path (--dump); 0, or -1 after one line. */
static int dump_code(const Jit *j, const char *path)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "bfjit: cannot create %s: %s\n", path, strerror(errno));
        return -1;
    }
    bool ok = fwrite(j->code, 1, j->len, f) == j->len;
    int err = errno;
    if (fclose(f) != 0 && ok) { ok = false; err = errno; }
    if (!ok) fprintf(stderr, "bfjit: cannot write %s: %s\n", path, strerror(err));
    return ok ? 0 : -1;
}
