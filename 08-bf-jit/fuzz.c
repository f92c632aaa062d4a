/* fuzz.c: the differential test. Generates random Brainfuck programs that are
 * sure to terminate, and runs each four ways: the naive interpreter on the
 * text, the IR interpreter without and with the optimisations, and the JIT.
 * All four must print the same bytes and end the same way (or with the same
 * tape error); the IR interpreter and the JIT, which run the same IR, must
 * also agree on the final tape, the pointer and the op where a tape error hit.
 * After a tape error all four must name the same command as the one that
 * left the tape: the naive interpreter's character is the truth there.
 * Calls ir.c, interp.c, jit.c, jitrun.c and runtime.c.
 *
 * Why the programs terminate: every loop is given a counter cell that no
 * code inside the loop may change, except one step at the end of the body
 * that adds an odd number to it. Adding an odd number to an 8-bit cell
 * reaches 0 within 256 passes, whatever the start. Most loops first set
 * their counter to a small number and step by -1, so nested loops stay short.
 */
#define _GNU_SOURCE
#include "bf.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define WINDOW 12                 /* generated programs use cells 0..11 */

/* The generator's state: a random stream and the text so far. */
typedef struct Gen {
    uint64_t rng;
    char *text;
    size_t len, cap;
    int at;                       /* the pointer's cell (known: loops come back) */
    int locked[WINDOW];           /* counters of the enclosing loops */
} Gen;

/* splitmix64: a small, good, seedable random number generator. */
static uint64_t next(Gen *g)
{
    uint64_t z = (g->rng += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* A random number in 0..n-1. */
static int below(Gen *g, int n) { return (int)(next(g) % (uint64_t)n); }

/* Append count copies of c. */
static void put(Gen *g, char c, int count)
{
    for (int i = 0; i <= count; i++) {
        if (g->len + 1 >= g->cap) {
            g->cap = g->cap ? g->cap * 2 : 1024;
            g->text = bf_grow(g->text, g->cap, 1);
        }
        if (i < count) g->text[g->len++] = c;
    }
    g->text[g->len] = 0;
}

/* Move the pointer to cell to. */
static void go(Gen *g, int to)
{
    put(g, to > g->at ? '>' : '<', abs(to - g->at));
    g->at = to;
}

/* A cell no enclosing loop counts with, or -1. */
static int free_cell(Gen *g)
{
    for (int tries = 0; tries < 20; tries++) {
        int c = below(g, WINDOW);
        if (!g->locked[c]) return c;
    }
    return -1;
}

static void block(Gen *g, int depth, int budget, int arith_only);

/* How many passes a loop that adds step to its counter makes from v, or -1
 * if it never ends. */
static int passes_of(int v, int step)
{
    for (int n = 0; n < 256; n++, v += step)
        if ((v & 0xff) == 0) return n;
    return -1;
}

/* Clear the cell the pointer is on. */
static void clear(Gen *g) { put(g, '[', 1); put(g, '-', 1); put(g, ']', 1); }

/* A loop the optimiser may close (prune.c, close_loop): on a free cell, a
 * body of adds, clears with a constant after them, and such loops nested
 * inside, and a counter with a constant step. The step is odd (1, 3, 5, up
 * or down), so the loop ends whatever the start, or even (2^t * m: 2, 4, 8,
 * 6, 12, 24) on a counter the generator knows 2^t divides: set to a multiple
 * of 2^t, made 2^t times a cell by a multiply loop (a value the optimiser
 * does not know: it leaves the loop), or counted down from the 0 the pass
 * before left (--[ as in bench/loops.bf, peeled: the enclosing loop clears
 * that cell before it starts, reserved, and nothing else touches it). Odd
 * counters start anywhere, count up from a small number and wrap around 0,
 * or are not set at all but rely on the pass before leaving 0 (-[, as in
 * bench/nest.bf: prune.c closes those by peeling a pass). work is how many
 * passes the enclosing loops make at most: a loop that may run 256 times
 * goes only where that keeps the product small. reserved: a cell that is 0
 * at every pass of the enclosing loop, for an even --[, or -1. */
static void closable(Gen *g, int depth, long work, int reserved)
{
    int from_zero = reserved >= 0 && work <= 16 && below(g, 2) == 0;
    int c = from_zero ? reserved : free_cell(g);
    if (c < 0) return;
    int r = -1;                                   /* this loop's reserved cell, for a nest inside */
    if (depth < 2 && below(g, 3) == 0) {
        r = free_cell(g);
        if (r == c) r = -1;
        if (r >= 0) { go(g, r); clear(g); g->locked[r] = 1; }
    }
    go(g, c);
    int even = from_zero || below(g, 4) == 0;
    int t = 1 + below(g, 3), m = below(g, 3) == 0 ? 3 : 1;
    int step = even ? (1 << t) * m : 1 + 2 * below(g, 3);
    int wide = work * 256 <= 1024;               /* room for up to 256 passes */
    long passes;
    int up = wide && !even && below(g, 2);        /* count up: the counter wraps */
    if (from_zero) {                              /* --[ : from the 0 the pass before left */
        put(g, '-', step);
        passes = passes_of(-step, -step);
        up = 0;
    } else if (even && work == 1 && below(g, 3) == 0) {   /* 2^t times a cell, at the top: unknown here */
        int x = free_cell(g);
        clear(g);
        if (x >= 0 && x != c) {
            go(g, x);
            put(g, '[', 1); put(g, '-', 1); go(g, c); put(g, '+', 1 << t); go(g, x); put(g, ']', 1);
            go(g, c);
        }
        passes = 256;
        up = below(g, 2);
    } else if (even) {                            /* [-] then a multiple of 2^t */
        clear(g);
        up = below(g, 2);
        int v = 0;
        passes = 0;
        for (int tries = 0; tries < 4; tries++) {
            int k = below(g, 4) << t;
            int n = passes_of(k, up ? step : -step);
            if (n >= 0 && (n + 1) * work <= 1024) { v = k; passes = n; break; }
        }
        put(g, '+', v);
    } else if (wide && below(g, 3) == 0) {        /* whatever the cell holds: up to 255 passes */
        passes = 255;
    } else if (work <= 16 && below(g, 2) == 0) {  /* -[ : 255 passes if the last pass left 0 */
        put(g, '-', 1);
        passes = 256;
        step = 1;
        up = 0;
    } else {                                      /* a small count */
        clear(g);
        int k = below(g, 5);
        put(g, '+', k);
        passes = up ? 256 : k;                    /* counting up from k wraps: 256 - k passes */
        if (!up) step = 1;
    }
    int was_locked = g->locked[c];
    g->locked[c] = 1;
    put(g, '[', 1);
    for (int n = 1 + below(g, 5); n > 0; n--) {
        int choice = below(g, 8);
        int x = free_cell(g);
        if (x < 0) break;
        if (choice < 3) {                         /* add */
            go(g, x);
            char sign = below(g, 2) ? '+' : '-';  /* one draw per statement, as in block */
            put(g, sign, 1 + below(g, 6));
        } else if (choice < 5) {                  /* set: a clear, then a constant */
            go(g, x);
            clear(g);
            put(g, '+', below(g, 24));
        } else if (choice < 7 && depth < 3) {     /* a nest */
            closable(g, depth + 1, work * (passes + 1), r);
        } else {                                  /* the odd plain block: moves, a multiply loop */
            block(g, depth + 1, 1 + below(g, 3), 1);
        }
    }
    go(g, c);
    put(g, up ? '+' : '-', step);
    put(g, ']', 1);
    g->locked[c] = was_locked;
    if (r >= 0) g->locked[r] = 0;
}

/* A copy of cell a through a temporary u, as generated code makes them:
 * a[-t+u+]u[-a+] (prune.c, copies), u cleared first (or, one time in four,
 * not: then it is no copy the optimiser may take), the factors now and then
 * 3 and its inverse 171, or ones that do not undo each other. Then, now and
 * then, a test of the copy t that runs at most once (prune.c, runs_once and
 * copy_tests): t[ ... t[-] ... ], where nothing else touches t. */
static void copy_through(Gen *g, int depth)
{
    int a = free_cell(g), t = free_cell(g), u = free_cell(g);
    if (a < 0 || t < 0 || u < 0 || a == t || a == u || t == u) return;
    int f = 1, back = 1;
    switch (below(g, 8)) {
    case 0: f = 3; back = 171; break;             /* 3 * 171 = 513 = 1 (mod 256) */
    case 1: f = 2; back = 1 + below(g, 3); break; /* no copy: a ends at a*2*back */
    default: break;
    }
    if (below(g, 4)) { go(g, u); clear(g); }
    if (below(g, 2)) { go(g, t); clear(g); }
    go(g, a);
    put(g, '[', 1); put(g, '-', 1); go(g, t); put(g, '+', 1); go(g, u); put(g, '+', f); go(g, a); put(g, ']', 1);
    go(g, u);
    put(g, '[', 1); put(g, '-', 1); go(g, a); put(g, '+', back); go(g, u); put(g, ']', 1);
    if (depth >= 3 || below(g, 2)) return;
    g->locked[t] = 1;                             /* t[ ... t[-] ... ]: one pass at most */
    go(g, t);
    put(g, '[', 1);
    int size = 1 + below(g, 4), arith = below(g, 2);   /* in this order, whatever the compiler */
    block(g, depth + 1, size, arith);
    go(g, t);
    clear(g);
    if (below(g, 3) == 0) block(g, depth + 1, 1 + below(g, 3), 1);
    go(g, t);
    put(g, ']', 1);
    g->locked[t] = 0;
}

/* Generate about budget commands at loop depth depth. arith_only: no I/O or
 * inner loops (a body the optimiser can turn into multiplications). */
static void block(Gen *g, int depth, int budget, int arith_only)
{
    while (budget-- > 0) {
        int choice = below(g, arith_only ? 6 : 14);
        int c = free_cell(g);
        if (c < 0) return;
        switch (choice) {
        case 0: case 1: case 2: {                /* change a cell */
            go(g, c);
            char sign = below(g, 2) ? '+' : '-';  /* one random draw per statement: */
            put(g, sign, 1 + below(g, 6));        /* C leaves argument order open */
            break;
        }
        case 3: case 4: case 5:                  /* wander (balanced: comes back) */
            go(g, c);
            break;
        case 6: case 7:                          /* output */
            go(g, c);
            put(g, '.', 1);
            break;
        case 8:                                  /* input */
            go(g, c);
            put(g, ',', 1);
            break;
        case 9:                                  /* a loop the optimiser may close */
            if (depth == 0) closable(g, 0, 1, -1);   /* at the top: nests stay short */
            break;
        case 12: case 13:                        /* a copy through a temporary, and a test of it */
            copy_through(g, depth);
            break;
        default: {                               /* a loop */
            if (depth >= 3) break;
            go(g, c);
            int counted = depth > 0 || below(g, 3) != 0;
            if (counted) {                       /* [-] then a small count */
                put(g, '[', 1); put(g, '-', 1); put(g, ']', 1);
                put(g, '+', below(g, 5));
            }
            g->locked[c] = 1;
            put(g, '[', 1);
            int size = 1 + below(g, 8);
            block(g, depth + 1, size, below(g, 3) == 0);
            go(g, c);
            int step = counted ? 1 : 1 + 2 * below(g, 3);     /* odd */
            put(g, below(g, 4) || counted ? '-' : '+', step);
            put(g, ']', 1);
            g->locked[c] = 0;
            break;
        }
        }
    }
}

/* Generate program i of the seed's series: NUL-terminated text (free it). */
static char *generate(unsigned long i, uint64_t seed, size_t *len, int size)
{
    Gen g = { .rng = seed * 0x100000001b3u + i };
    put(&g, ' ', 0);
    /* Every 32nd program starts with a visit to the tape's last page: the
     * JIT's first trip to the interpreter, which must hand the run back at a
     * loop head of what follows (jit_run). Half of those visit it on every
     * pass of a loop (up to 255 passes: trip after trip, each waiting
     * longer before it hands back). The pointer comes back to cell 0. */
    if (i % 32 == 17) {
        int far = 28672 + below(&g, TAPE_CELLS - 28672);
        int each_pass = i % 64 == 49;
        if (each_pass) { put(&g, '-', below(&g, 2)); put(&g, '+', below(&g, 40)); put(&g, '[', 1); put(&g, '-', 1); }
        put(&g, '>', far);
        put(&g, '+', 1 + below(&g, 9));
        put(&g, '<', far);
        if (each_pass) put(&g, ']', 1);
    }
    block(&g, 0, size, 0);
    /* Now and then, an ending that moves a lot. Every 32nd program goes to
     * the tape's last page (where the JIT hands over to the interpreter), and
     * either comes back or runs off the right end. */
    switch (i % 64 == 1 ? 1 : i % 64 == 33 ? 4 : below(&g, 16)) {
    case 0: put(&g, '<', g.at + 1 + below(&g, 3)); put(&g, '.', 1); break;   /* off the left end */
    case 1: put(&g, '+', 1); put(&g, '[', 1); put(&g, '>', 1 + below(&g, 2)); put(&g, '+', 1); put(&g, ']', 1); break;  /* off the right end, through the edge page */
    case 2: put(&g, '[', 1); put(&g, '<', 1); put(&g, ']', 1); put(&g, '.', 1); break;   /* scan left */
    case 3: put(&g, '[', 1); put(&g, '>', 1 + below(&g, 3)); put(&g, ']', 1); put(&g, '+', 1); put(&g, '.', 1); break;
    case 4: put(&g, '>', TAPE_CELLS - 1 - g.at); put(&g, '+', 1 + below(&g, 9)); put(&g, '.', 1);
            put(&g, '<', TAPE_CELLS - 1 - g.at); put(&g, '.', 1); break;             /* to cell 29999 and back */
    case 5: {                                    /* a multiply that reaches left of cell 0 */
        int k = 1 + below(&g, 2);
        go(&g, 0);
        put(&g, '[', 1); put(&g, '-', 1); put(&g, '<', k); put(&g, '+', 1); put(&g, '>', k); put(&g, ']', 1);
        put(&g, '+', 1); put(&g, '.', 1);
        break;
    }
    default: break;
    }
    *len = g.len;
    return g.text;
}

/* Print program i of the seed's series on stdout. */
void fuzz_print(unsigned long i, uint64_t seed, size_t size)
{
    size_t len;
    char *text = generate(i, seed, &len, (int)size);
    printf("%s\n", text);
    free(text);
}

/* One run's outcome, for comparing. */
typedef struct Outcome {
    RunStatus status;
    size_t fault_op;
    SrcPos at;                    /* after a tape error: the command that left the tape */
    long p;
    uint8_t *out; size_t out_len;
    uint8_t *tape;
} Outcome;

/* Keep what rt holds after a run (its buffered output flushed to the
 * capture first); at is where it says a tape error was. */
static void keep(Outcome *o, Runtime *rt, RunStatus status, long p, SrcPos at)
{
    rt_flush(rt);                 /* to the capture: cannot fail */
    o->status = status;
    o->fault_op = rt->fault_op;
    o->at = status == RUN_OK ? (SrcPos){ 0, 0 } : at;
    o->p = p;
    o->out_len = rt->capture_len;
    o->out = bf_grow(NULL, rt->capture_len + 1, 1);
    o->tape = bf_grow(NULL, TAPE_CELLS, 1);
    memcpy(o->out, rt->capture, rt->capture_len);
    memcpy(o->tape, rt->tape, TAPE_CELLS);
}

static void drop(Outcome *o) { free(o->out); free(o->tape); }

/* Why two outcomes differ, or NULL. level 0: status and output; 1: also the
 * tape and pointer after a run that ended well; 2: also after a tape error,
 * and which op hit it. */
static const char *differ(const Outcome *a, const Outcome *b, int level)
{
    int full = level == 2;
    if (a->status != b->status) return "status";
    if (a->out_len != b->out_len || memcmp(a->out, b->out, a->out_len) != 0) return "output";
    if (a->at.line != b->at.line || a->at.col != b->at.col) return "the command that left the tape";
    if (level == 0) return NULL;
    if (full && a->status != RUN_OK && a->fault_op != b->fault_op) return "the op that left the tape";
    if (a->status == RUN_OK && a->p != b->p) return "final pointer";
    if ((full || a->status == RUN_OK) && memcmp(a->tape, b->tape, TAPE_CELLS) != 0) return "tape";
    return NULL;
}

/* Run count random programs four ways and compare; prints a summary, returns 0 if all agreed. */
int fuzz_run(unsigned long count, uint64_t seed, Runtime *rt, int verbose)
{
    static const uint8_t input[] = "fuzz";
    unsigned long failures = 0, errors = 0;
    size_t commands = 0, printed = 0;
    for (unsigned long i = 0; i < count; i++) {
        size_t len;
        char *text = generate(i, seed, &len, 30);
        unsigned opts = i % 4 == 3 ? (unsigned)(i / 4) % (OPT_ALL + 1) : OPT_ALL;
        size_t in_len = i % 3;                   /* 0..2 bytes of input: reads hit the end */
        Program plain, opt;
        if (ir_build(&plain, "fuzz", text, len, 0) != 0 || ir_build(&opt, "fuzz", text, len, opts) != 0) {
            printf("fuzz: program %lu does not parse\n", i);
            ir_free(&plain);
            free(text);
            return 1;
        }
        commands += plain.commands;
        Outcome naive, slow, fast, jit;
        size_t bad = 0;                          /* naive_run sets it only at a tape error */
        long p;

        rt_reset(rt, 1, input, in_len);
        RunStatus st = naive_run(text, len, rt, &bad);
        keep(&naive, rt, st, 0, ir_pos_of(text, bad));
        rt_reset(rt, 1, input, in_len);
        st = interp_run(&plain, rt, &p);
        keep(&slow, rt, st, p, ir_fault_pos(&plain, rt->fault_op, rt->fault_p, st));
        rt_reset(rt, 1, input, in_len);
        st = interp_run(&opt, rt, &p);
        keep(&fast, rt, st, p, ir_fault_pos(&opt, rt->fault_op, rt->fault_p, st));

        Jit j;
        if (jit_compile(&j, &opt, NULL) != 0 || jit_make_executable(&j) != 0) {
            printf("fuzz: program %lu: no JIT: %s\n", i, j.error);
            jit_free(&j);
            drop(&naive); drop(&slow); drop(&fast);
            ir_free(&plain); ir_free(&opt);
            free(text);
            return 1;
        }
        rt_reset(rt, 1, input, in_len);
        /* The JIT'd code writes the output buffer itself (OPT_INLINE_OUT)
         * until out_limit, then calls rt_putc. Both paths, and a switch from
         * one to the other in mid-run, are under test: one program in four
         * has room for only 0 to 7 bytes before the calls start. */
        if (i % 4 == 1) rt->out_limit = i / 4 % 8;
        st = jit_run(&j, &opt, rt, &p, NULL);
        keep(&jit, rt, st, p, ir_fault_pos(&opt, rt->fault_op, rt->fault_p, st));
        jit_free(&j);

        const char *why;
        if (fast.status != RUN_OK) errors++;
        printed += naive.out_len;                /* 0 in all: the outputs compared are empty */
        if ((why = differ(&naive, &slow, 0)) || (why = differ(&slow, &fast, 1)) || (why = differ(&fast, &jit, 2))) {
            if (failures++ < 5)
                printf("fuzz: program %lu (optimisations %#x) disagrees on %s: %s\n", i, opts, why, text);
        } else if (verbose) {
            printf("fuzz: program %lu ok (%s)\n", i, fast.status == RUN_OK ? "ran" : "tape error");
        }
        drop(&naive); drop(&slow); drop(&fast); drop(&jit);
        ir_free(&plain); ir_free(&opt);
        free(text);
    }
    printf("fuzz: %lu programs (%zu commands, %zu bytes printed, %lu ending in a tape error), %lu disagreements\n",
           count, commands, printed, errors, failures);
    return failures != 0;
}
