/* interp.c: two interpreters. interp_run runs the IR, the same IR the JIT
 * compiles: it is what bfjit falls back to when executable memory is refused,
 * and the reference the differential test holds the JIT to. naive_run runs
 * the source text one character at a time: the benchmark's baseline.
 * Both check every tape access explicitly (no guard pages needed here).
 * Calls runtime.c (I/O) and ir.c (naive_run's bracket matching) only.
 */
#define _GNU_SOURCE
#include "bf.h"

#include <stdlib.h>

/* Is cell index c on the tape? One unsigned compare covers both ends. */
#define ON_TAPE(c) ((unsigned long)(c) < TAPE_CELLS)

/* Run the whole IR from op 0 with the pointer on cell 0. */
RunStatus interp_run(const Program *prog, Runtime *rt, long *final_p)
{
    return interp_resume(prog, rt, 0, 0, final_p);
}

/* Hand the run back to JIT'd code at the OPEN at pc? Only where rt->entry
 * allows, after rt->handback_wait loop heads, and with the pointer clear of
 * the edge page: no op reaches further than MAX_REACH cells. */
static bool handback(Runtime *rt, size_t pc, long p)
{
    if (!rt->entry[pc]) return false;
    if (rt->handback_wait > 0) {
        rt->handback_wait--;
        return false;
    }
    return p < (long)(rt->edge_page - rt->tape) - MAX_REACH;
}

/* Run the IR from op pc with the pointer on cell p; returns how the run ended. */
RunStatus interp_resume(const Program *prog, Runtime *rt, size_t pc, long p, long *final_p)
{
    uint8_t *t = rt->tape;
    const Op *ops = prog->ops;
    size_t n = prog->n;
    long c = 0;
    unsigned long ran = 0;           /* ops run (for --stats, when JIT'd code handed over) */

    for (; pc < n; pc++, ran++) {
        const Op *op = &ops[pc];
        c = p + op->off;             /* the cell this op touches */
        if (!ON_TAPE(c)) goto off_tape;
        switch (op->kind) {
        case OP_ADD:   t[c] = (uint8_t)(t[c] + op->arg); break;
        case OP_SET:   t[c] = (uint8_t)op->arg; break;
        case OP_MOVE:  p += op->arg; break;
        case OP_OUT:   rt_putc(rt, t[c]); if (rt->status) goto io_error; break;
        case OP_IN:    t[c] = (uint8_t)rt_getc(rt, t[c]); if (rt->status) goto io_error; break;
        case OP_TOUCH: break;
        case OP_OPEN:
            if (rt->entry && handback(rt, pc, p)) goto hand_back;
            if (t[c] == 0) pc = (size_t)op->jump;
            break;
        case OP_CLOSE:
            if (t[c] != 0) {
                pc = (size_t)op->jump;   /* pc++ goes on into the body */
                if (rt->entry && handback(rt, pc, p)) goto hand_back;
            }
            break;
        case OP_IF:    if (t[c] == 0) pc = (size_t)op->jump; break;
        case OP_ENDIF: break;
        /* p + op->src is not checked here, and need not be: a MUL is only
         * ever inside an IF (ir.c's simplify_loop), its src is that IF's
         * cell, and the IF's own access checked that cell before its body. */
        case OP_MUL:   t[c] = (uint8_t)(t[c] + t[p + op->src] * op->arg); break;
        case OP_SCAN:
            while (t[p] != 0) {
                p += op->arg;
                if (!ON_TAPE(p)) { c = p; goto off_tape; }
            }
            break;
        default: abort();
        }
    }
    *final_p = p;
    rt->interp_ops += ran;
    return RUN_OK;

hand_back:                           /* JIT'd code runs the OPEN at pc itself */
    rt->fault_op = pc;
    *final_p = p;
    rt->interp_ops += ran;
    return rt->status = RUN_HANDBACK;

io_error:
    *final_p = p;
    rt->interp_ops += ran;
    return rt->status;

off_tape:
    rt->interp_ops += ran;
    rt->fault_op = pc;
    rt->fault_p = p;
    *final_p = p;
    return rt->status = c < 0 ? RUN_OFF_LEFT : RUN_OFF_RIGHT;
}

/* Run the source text one character at a time (brackets must balance). */
RunStatus naive_run(const char *src, size_t len, Runtime *rt, size_t *bad)
{
    /* match[i]: for a bracket at i, the index of its partner (the caller
     * has already checked that they balance, with ir_build). */
    size_t *match = bf_grow(NULL, len + 1, sizeof *match);
    if (ir_match_brackets("naive", src, len, match) != 0) {
        free(match);
        return rt->status = RUN_FAILED;
    }

    uint8_t *t = rt->tape;
    long p = 0;
    RunStatus status = RUN_OK;
    for (size_t i = 0; i < len; i++) {
        switch (src[i]) {
        case '+': t[p]++; break;
        case '-': t[p]--; break;
        case '>': if (++p == TAPE_CELLS) { status = RUN_OFF_RIGHT; *bad = i; goto out; } break;
        case '<': if (--p < 0) { status = RUN_OFF_LEFT; *bad = i; goto out; } break;
        case '.': rt_putc(rt, t[p]); if (rt->status) { status = rt->status; goto out; } break;
        case ',': t[p] = (uint8_t)rt_getc(rt, t[p]); if (rt->status) { status = rt->status; goto out; } break;
        case '[': if (t[p] == 0) i = match[i]; break;
        case ']': if (t[p] != 0) i = match[i]; break;
        default: break;
        }
    }
out:
    free(match);
    return rt->status = status;
}
