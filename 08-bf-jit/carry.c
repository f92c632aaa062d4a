/* carry.c: the front end's second pass. After ir.c's one pass, each block
 * between two brackets ends with its own MOVE. Here a pending move is
 * carried on through the IFs and the loops that come back to where they
 * started: their ops get the move added to their offsets, and the MOVE
 * goes after them, or away. The cells touched, and their order, stay the
 * same. Calls bf_grow (runtime.c) only.
 */
#define _GNU_SOURCE
#include "bf.h"

#include <stdlib.h>
#include <string.h>

/* What carry_offsets needs to know about one IF or loop. */
typedef struct Span {
    long net;          /* how far the body moves the pointer (0: it comes back) */
    long lo, hi;       /* the farthest cells it touches, relative to its start */
    int balanced;      /* comes back, and so does everything inside it */
} Span;

/* For each OPEN and IF in prog, fill span[i]: does the construct come back to
 * where it started, and how far from there does it reach? */
static void find_spans(const Program *prog, Span *span)
{
    size_t *stack = bf_grow(NULL, prog->n + 1, sizeof *stack), depth = 0;
    Span top = { .balanced = 1 };        /* the program itself, as a frame */
    Span *frames = bf_grow(NULL, prog->n + 1, sizeof *frames);
    for (size_t i = 0; i < prog->n; i++) {
        const Op *op = &prog->ops[i];
        long rel = top.net + op->off;    /* the cell this op touches, from the frame's start */
        if (op->kind != OP_ENDIF && op->kind != OP_MOVE) {
            if (rel < top.lo) top.lo = rel;
            if (rel > top.hi) top.hi = rel;
        }
        switch (op->kind) {
        case OP_MOVE: top.net += op->arg; break;
        case OP_SCAN: top.balanced = 0; break;
        case OP_OPEN: case OP_IF:
            frames[depth] = top;
            stack[depth++] = i;
            top = (Span){ .balanced = 1 };
            break;
        case OP_CLOSE: case OP_ENDIF: {
            size_t o = stack[--depth];
            top.balanced = top.balanced && top.net == 0;
            span[o] = top;
            Span inner = top;
            top = frames[depth];
            if (!inner.balanced) top.balanced = 0;
            if (top.net + inner.lo < top.lo) top.lo = top.net + inner.lo;
            if (top.net + inner.hi > top.hi) top.hi = top.net + inner.hi;
            break;
        }
        default: break;
        }
    }
    free(stack);
    free(frames);
}

/* Carry the pending move d through IFs and balanced loops instead of
 * emitting a MOVE before each: their ops get d added to their offsets. The
 * cells touched, and their order, stay the same: only the MOVEs go. */
void ir_carry_offsets(Program *prog)
{
    Span *span = bf_grow(NULL, prog->n + 1, sizeof *span);
    Op *out = bf_grow(NULL, prog->n + 1, sizeof *out);
    SrcPos *out_pos = bf_grow(NULL, prog->n + 1, sizeof *out_pos);
    OpBlock *out_blk = bf_grow(NULL, prog->n + 1, sizeof *out_blk);
    size_t *stack = bf_grow(NULL, prog->n + 1, sizeof *stack), depth = 0;   /* new index of each open construct */
    uint8_t *carried = bf_grow(NULL, prog->n + 1, 1);
    memset(span, 0, (prog->n + 1) * sizeof *span);
    find_spans(prog, span);

    size_t n = 0;
    long d = 0;                      /* moves not emitted yet */
    SrcPos d_pos = { 1, 1 };
#define FLUSH() do { if (d != 0) { out[n] = (Op){ .kind = OP_MOVE, .arg = (int32_t)d, .jump = -1 }; \
                                    out_blk[n] = (OpBlock){ -1, 0 }; out_pos[n++] = d_pos; d = 0; } } while (0)
    for (size_t i = 0; i < prog->n; i++) {
        Op op = prog->ops[i];
        switch (op.kind) {
        case OP_MOVE:
            d += op.arg;
            d_pos = prog->pos[i];
            continue;
        case OP_OPEN: case OP_IF: {
            const Span *sp = &span[i];
            int carry = sp->balanced && labs(d + sp->lo) <= MAX_REACH && labs(d + sp->hi) <= MAX_REACH;
            if (!carry) FLUSH();
            carried[depth] = (uint8_t)carry;
            stack[depth++] = n;
            break;
        }
        case OP_CLOSE: case OP_ENDIF: {
            size_t o = stack[--depth];
            if (!carried[depth]) FLUSH();
            out[o].jump = (int32_t)n;
            op.jump = (int32_t)o;
            break;
        }
        case OP_SCAN:
            FLUSH();
            break;
        default:
            if (labs(d + op.off) > MAX_REACH) FLUSH();
            break;
        }
        op.off += (int32_t)d;
        if (op.kind == OP_MUL) op.src = (int32_t)d;   /* inside an IF, d stays as it was at the IF */
        out[n] = op;
        out_blk[n] = prog->blk[i];       /* the pointer is d behind: its block's start is d further */
        if (out_blk[n].block >= 0) out_blk[n].base += (int32_t)d;
        out_pos[n++] = prog->pos[i];
    }
    FLUSH();
#undef FLUSH
    free(prog->ops);
    free(prog->pos);
    free(prog->blk);
    prog->ops = out;
    prog->pos = out_pos;
    prog->blk = out_blk;
    prog->n = n;
    prog->cap = prog->n + 1;
    free(span);
    free(stack);
    free(carried);
}
