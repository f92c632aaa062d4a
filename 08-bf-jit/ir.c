/* ir.c: the front end. Parses Brainfuck source into the IR of bf.h and
 * optimises it on the way, in one pass:
 *   - runs of + - (and of < >) fold into one ADD (one MOVE);
 *   - moves are deferred: between two brackets the pointer stays put and each
 *     op carries the offset of its cell; one MOVE at the end of the block;
 *   - at each ], the loop just closed is looked at: [-] becomes SET 0, [>] a
 *     SCAN, and a loop that only adds, comes back to where it started and
 *     changes its own cell by an odd amount becomes multiplications.
 * Deferring moves must not hide a move off the tape: the block remembers the
 * farthest cells the pointer reached on each side, and if no op touches one of
 * them, a TOUCH op does, before the next input or output and at the block's end.
 * A second pass (carry_offsets) then carries the offsets on through the IFs
 * and the loops that end where they started, so fewer MOVEs are left.
 */
#define _GNU_SOURCE
#include "bf.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The parser's state: the IR so far and the block being built. */
typedef struct Parser {
    Program *prog;
    unsigned opts;
    long ptr;                 /* the pointer, relative to where the block started */
    long lo, hi;              /* the farthest cells reached on each side */
    int lo_touched, hi_touched;
    SrcPos lo_pos, hi_pos;    /* the move that reached each */
    size_t merge_from;        /* ops from here on may absorb a following ADD */
    size_t *open;             /* stack of OPEN op indexes */
    SrcPos *open_pos;         /* and where their [ was */
    size_t depth, open_cap;
} Parser;

/* Append an op; returns its index (exits on out of memory). */
static size_t push_op(Parser *ps, int kind, long off, long arg, SrcPos where)
{
    Program *p = ps->prog;
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 256;
        p->ops = realloc(p->ops, p->cap * sizeof *p->ops);
        p->pos = realloc(p->pos, p->cap * sizeof *p->pos);
        if (!p->ops || !p->pos) { perror("bfjit: realloc"); exit(70); }
    }
    p->ops[p->n] = (Op){ .kind = (uint8_t)kind, .off = (int32_t)off, .arg = (int32_t)arg, .jump = -1, .src = 0 };
    /* An op that first touches the farthest cell reached is charged, in error
     * messages, to the move that went there. */
    if (off == ps->hi && !ps->hi_touched) where = ps->hi_pos;
    else if (off == ps->lo && !ps->lo_touched) where = ps->lo_pos;
    p->pos[p->n] = where;
    if (off == ps->hi) ps->hi_touched = 1;
    if (off == ps->lo) ps->lo_touched = 1;
    return p->n++;
}

/* Emit TOUCH ops for the farthest cells no op has touched yet, except the
 * cell at offset except (the next op touches that one). */
static void flush_touches_except(Parser *ps, long except)
{
    if (!ps->hi_touched && ps->hi != except) push_op(ps, OP_TOUCH, ps->hi, 0, ps->hi_pos);
    if (!ps->lo_touched && ps->lo != except) push_op(ps, OP_TOUCH, ps->lo, 0, ps->lo_pos);
}

/* Emit TOUCH ops for the farthest cells no op has touched yet. */
static void flush_touches(Parser *ps)
{
    flush_touches_except(ps, LONG_MAX);
}

/* End the block: touch what must be touched and emit the deferred MOVE.
 * tested says whether the next thing that runs reads the cell the pointer
 * ends on (a bracket's test does); if not, it is touched here. */
static void end_block(Parser *ps, int tested, SrcPos where)
{
    if (tested) {
        if (ps->ptr == ps->hi) ps->hi_touched = 1;
        if (ps->ptr == ps->lo) ps->lo_touched = 1;
    }
    flush_touches(ps);
    if (ps->ptr != 0) push_op(ps, OP_MOVE, 0, ps->ptr, where);
    ps->ptr = ps->lo = ps->hi = 0;
    ps->lo_touched = ps->hi_touched = 1;
    ps->merge_from = ps->prog->n;
}

/* Move the pointer by one cell (dir is +1 or -1). */
static void move(Parser *ps, int dir, SrcPos where)
{
    int fold = ps->opts & OPT_FOLD, offsets = ps->opts & OPT_OFFSET;
    /* Without offsets every run of moves is its own block; without folding
     * every single move is. A block also ends before it would reach too far. */
    if (ps->ptr != 0 && ((!offsets && !fold) || labs(ps->ptr + dir) > MAX_REACH))
        end_block(ps, 0, where);
    ps->ptr += dir;
    if (ps->ptr > ps->hi) { ps->hi = ps->ptr; ps->hi_touched = 0; ps->hi_pos = where; }
    if (ps->ptr < ps->lo) { ps->lo = ps->ptr; ps->lo_touched = 0; ps->lo_pos = where; }
}

/* Before an op that is not a move: without offsets, the moves so far become a
 * MOVE now (and the op's access at offset 0 checks where the pointer went). */
static void before_op(Parser *ps, SrcPos where)
{
    if (!(ps->opts & OPT_OFFSET) && ps->ptr != 0) end_block(ps, 1, where);
}

/* + or - : add delta to the current cell, folding into the op before if it
 * is an ADD or SET of the same cell. */
static void add(Parser *ps, int delta, SrcPos where)
{
    Program *p = ps->prog;
    before_op(ps, where);
    if ((ps->opts & OPT_FOLD) && p->n > ps->merge_from) {
        Op *last = &p->ops[p->n - 1];
        if ((last->kind == OP_ADD || last->kind == OP_SET) && last->off == ps->ptr) {
            last->arg = (uint8_t)(last->arg + delta);
            return;
        }
    }
    push_op(ps, OP_ADD, ps->ptr, (uint8_t)delta, where);
}

/* The inverse of an odd number modulo 256 (x * inverse(x) == 1 mod 256). */
static unsigned inverse256(unsigned x)
{
    unsigned y = x;                  /* Newton's iteration: correct to 3 bits, then 6, 12 */
    for (int i = 0; i < 3; i++) y = y * (2 - x * y);
    return y & 0xff;
}

/* The loop whose OPEN is at index o has just been closed (its body is
 * ops[o+1 .. n-1]). Replace it with a cheaper equivalent if it is a known
 * pattern. Returns 1 if it did. */
static int simplify_loop(Parser *ps, size_t o, SrcPos where)
{
    Program *p = ps->prog;
    Op *body = &p->ops[o + 1];
    size_t nbody = p->n - o - 1;
    SrcPos at = p->pos[o];

    /* [>] [<] [>>] ...: the body is one MOVE. */
    if ((ps->opts & OPT_SCAN) && nbody == 1 && body[0].kind == OP_MOVE) {
        int step = body[0].arg;
        p->n = o;
        push_op(ps, OP_SCAN, 0, step, at);
        ps->merge_from = p->n;
        return 1;
    }

    /* A body of ADDs (and TOUCHes) that does not move: each pass adds the
     * same to each cell. If it adds an odd d to its own cell, the loop runs
     * n times, where cell[0] + n*d == 0 (mod 256), so n = cell[0] * inverse(-d),
     * and cell[k] gains n * (its per-pass amount). */
    unsigned d = 0;
    for (size_t i = 0; i < nbody; i++) {
        if (body[i].kind != OP_ADD && body[i].kind != OP_TOUCH) return 0;
        if (body[i].kind == OP_ADD && body[i].off == 0) d += body[i].arg;
    }
    if (!(d & 1)) return 0;
    int only_self = 1;
    for (size_t i = 0; i < nbody; i++)
        if (body[i].kind != OP_ADD || body[i].off != 0) only_self = 0;

    if (only_self) {                 /* [-] [+] [---]: the cell ends at 0 */
        if (!(ps->opts & OPT_CLEAR)) return 0;
        p->n = o;
        push_op(ps, OP_SET, 0, 0, at);
        ps->merge_from = o;          /* [-]+++ becomes SET 3 */
        return 1;
    }
    if (!(ps->opts & OPT_MUL)) return 0;

    /* Gather the per-pass amount of each cell, in order of first appearance. */
    unsigned times = inverse256((0u - d) & 0xff);
    Op *copy = malloc(nbody * sizeof *copy);
    SrcPos *copy_pos = malloc(nbody * sizeof *copy_pos);
    if (!copy || !copy_pos) { perror("bfjit: malloc"); exit(70); }
    size_t ncopy = 0;
    for (size_t i = 0; i < nbody; i++) {
        if (body[i].off == 0) continue;
        size_t j = 0;
        while (j < ncopy && !(copy[j].kind == body[i].kind && copy[j].off == body[i].off)) j++;
        if (j == ncopy) { copy[ncopy] = body[i]; copy_pos[ncopy] = p->pos[o + 1 + i]; copy[ncopy++].arg = 0; }
        if (body[i].kind == OP_ADD) copy[j].arg = (uint8_t)(copy[j].arg + body[i].arg);
    }
    p->n = o;
    size_t iff = push_op(ps, OP_IF, 0, 0, at);
    for (size_t j = 0; j < ncopy; j++) {
        if (copy[j].kind == OP_TOUCH) push_op(ps, OP_TOUCH, copy[j].off, 0, copy_pos[j]);
        else if (copy[j].arg != 0)
            push_op(ps, OP_MUL, copy[j].off, (uint8_t)(copy[j].arg * times), copy_pos[j]);
        else push_op(ps, OP_TOUCH, copy[j].off, 0, copy_pos[j]);
    }
    push_op(ps, OP_SET, 0, 0, where);
    size_t endif = push_op(ps, OP_ENDIF, 0, 0, where);
    p->ops[iff].jump = (int32_t)endif;
    p->ops[endif].jump = (int32_t)iff;
    ps->merge_from = p->n;
    free(copy);
    free(copy_pos);
    return 1;
}

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
    size_t *stack = malloc((prog->n + 1) * sizeof *stack), depth = 0;
    Span top = { .balanced = 1 };        /* the program itself, as a frame */
    Span *frames = malloc((prog->n + 1) * sizeof *frames);
    if (!stack || !frames) { perror("bfjit: malloc"); exit(70); }
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
static void carry_offsets(Program *prog)
{
    Span *span = calloc(prog->n + 1, sizeof *span);
    Op *out = malloc((prog->n + 1) * sizeof *out);
    SrcPos *out_pos = malloc((prog->n + 1) * sizeof *out_pos);
    size_t *stack = malloc((prog->n + 1) * sizeof *stack), depth = 0;   /* new index of each open construct */
    uint8_t *carried = malloc(prog->n + 1);
    if (!span || !out || !out_pos || !stack || !carried) { perror("bfjit: malloc"); exit(70); }
    find_spans(prog, span);

    size_t n = 0;
    long d = 0;                      /* moves not emitted yet */
    SrcPos d_pos = { 1, 1 };
#define FLUSH() do { if (d != 0) { out[n] = (Op){ .kind = OP_MOVE, .arg = (int32_t)d, .jump = -1 }; \
                                    out_pos[n++] = d_pos; d = 0; } } while (0)
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
        out_pos[n++] = prog->pos[i];
    }
    FLUSH();
#undef FLUSH
    free(prog->ops);
    free(prog->pos);
    prog->ops = out;
    prog->pos = out_pos;
    prog->n = n;
    prog->cap = prog->n + 1;
    free(span);
    free(stack);
    free(carried);
}

/* ---- Dead stores and closed loops: two passes over the finished IR -------- */

#define DEAD 0xff            /* an op kind: this op is gone (compact() drops it) */
#define LOOKAHEAD 64         /* how far dead_stores and known_value look: keeps them linear */

/* Does op read cell x (its value, or just its address, as a guard-page touch)?
 * IN counts: at end of input it keeps the old value. */
static int reads_cell(const Op *op, long x)
{
    switch (op->kind) {
    case OP_ADD: case OP_OUT: case OP_IN: case OP_TOUCH:
    case OP_OPEN: case OP_CLOSE: case OP_IF:
        return op->off == x;
    case OP_MUL:
        return op->off == x || op->src == x;
    default:
        return 0;
    }
}

/* Is ops[i], a SET, ADD or MUL of cell x, overwritten by a SET of x before
 * anything reads x? Looks forward at most LOOKAHEAD ops, never past a move,
 * a scan, input or output, or the end of a loop it is in. An IF or a loop
 * on the way may not run: a read inside it keeps the store, a SET inside it
 * does not kill it. Returns the index of the SET that kills it, or 0. */
static size_t killed_by(const Op *ops, size_t i, size_t end)
{
    long x = ops[i].off;
    int depth = 0;               /* IFs and loops entered since ops[i] */
    for (size_t j = i + 1; j < end && j < i + LOOKAHEAD; j++) {
        const Op *op = &ops[j];
        if (op->kind == DEAD) continue;
        if (reads_cell(op, x)) return 0;
        switch (op->kind) {
        case OP_MOVE: case OP_SCAN: case OP_OUT: case OP_IN:
            return 0;            /* a move changes what x means; I/O is seen */
        case OP_OPEN: case OP_IF:
            depth++;
            break;
        case OP_CLOSE:
            if (depth == 0) return 0;   /* the loop ops[i] is in may come round again */
            depth--;
            break;
        case OP_ENDIF:
            if (depth > 0) depth--;     /* else ops[i] was in this IF: go on after it */
            break;
        case OP_SET:
            if (op->off == x && depth == 0) return j;
            break;
        default:
            break;
        }
    }
    return 0;
}

/* Drop the ops marked DEAD from ops[from..*n), keeping OPEN/CLOSE/IF/ENDIF
 * jumps right (all of them within the range). */
static void compact(Program *prog, size_t from)
{
    size_t *to = malloc((prog->n + 1) * sizeof *to), m = from;
    if (!to) { perror("bfjit: malloc"); exit(70); }
    for (size_t i = from; i < prog->n; i++) {
        to[i] = m;
        if (prog->ops[i].kind != DEAD) m++;
    }
    m = from;
    for (size_t i = from; i < prog->n; i++) {
        Op op = prog->ops[i];
        if (op.kind == DEAD) continue;
        if ((op.kind == OP_OPEN || op.kind == OP_CLOSE || op.kind == OP_IF || op.kind == OP_ENDIF) &&
            op.jump >= (int32_t)from)
            op.jump = (int32_t)to[op.jump];
        prog->pos[m] = prog->pos[i];
        prog->ops[m++] = op;
    }
    prog->n = m;
    free(to);
}

/* Dead-store elimination on ops[from..n): a store that is overwritten before
 * anything reads it goes (the SET that overwrites it takes over its place in
 * the source, for error messages: it now makes the first access). Then an IF
 * left with nothing in it but clearing its own cell is that SET alone, and
 * an IF left empty is a TOUCH. Returns how many ops went. */
static size_t dead_stores(Program *prog, size_t from)
{
    Op *ops = prog->ops;
    size_t gone = 0;
    for (size_t i = from; i < prog->n; i++) {
        if (ops[i].kind != OP_SET && ops[i].kind != OP_ADD && ops[i].kind != OP_MUL) continue;
        size_t k = killed_by(ops, i, prog->n);
        if (!k) continue;
        int same_level = 1;      /* ops[i] runs whenever ops[k] does: k inherits its place */
        for (size_t j = i + 1; j < k; j++) if (ops[j].kind == OP_ENDIF) same_level = 0;
        if (same_level) prog->pos[k] = prog->pos[i];
        ops[i].kind = DEAD;
        gone++;
    }
    for (size_t i = from; i < prog->n; i++) {
        if (ops[i].kind != OP_IF) continue;
        size_t e = (size_t)ops[i].jump, live = 0, last = 0;
        for (size_t j = i + 1; j < e; j++) if (ops[j].kind != DEAD) { live++; last = j; }
        if (live == 0) {                              /* if [c] endif: c was read */
            ops[i].kind = OP_TOUCH; ops[e].kind = DEAD; gone++;
        } else if (live == 1 && ops[last].kind == OP_SET && ops[last].off == ops[i].off && ops[last].arg == 0) {
            ops[i].kind = DEAD; ops[e].kind = DEAD; gone += 2;   /* if [c] set [c] 0 endif */
        }
    }
    if (gone) compact(prog, from);
    return gone;
}

/* The value cell x surely holds right before ops[at], if the ops since
 * ops[lo] say so: the last SET of x (plus the ADDs since), with no IF, loop,
 * MUL or input on the way that might change x; or, from_start (ops[lo] is
 * the program's first op), the 0 every cell starts with. Returns 0..255, or -1. */
static int known_value(const Op *ops, size_t lo, size_t at, long x, int from_start)
{
    unsigned added = 0;
    int depth = 0;               /* inside an IF body (looking backwards) */
    for (size_t j = at; j-- > lo && at - j <= LOOKAHEAD; ) {
        const Op *op = &ops[j];
        switch (op->kind) {
        case OP_SET:
            if (op->off == x) return depth ? -1 : (int)((op->arg + added) & 0xff);
            break;
        case OP_ADD:
            if (op->off == x) { if (depth) return -1; added += (unsigned)op->arg; }
            break;
        case OP_MUL: case OP_IN:
            if (op->off == x) return -1;
            break;
        case OP_ENDIF: depth++; break;
        case OP_IF: depth--; break;
        case OP_TOUCH: case OP_OUT: case DEAD: break;
        default: return -1;      /* a loop, a move, a scan: not known */
        }
        if (j == lo && from_start && depth == 0) return (int)(added & 0xff);
    }
    if (at == lo && from_start) return 0;
    return -1;
}

/* Inside a loop body ops[lo..hi), an IF whose cell holds a known value is
 * decided now: its body runs unconditionally (its own MULs become ADDs of
 * the known product) or not at all. */
static void decide_ifs(Program *prog, size_t lo, size_t hi)
{
    Op *ops = prog->ops;
    for (size_t i = lo; i < hi; i++) {
        if (ops[i].kind != OP_IF) continue;
        int v = known_value(ops, lo, i, ops[i].off, 0);
        if (v < 0) continue;
        size_t e = (size_t)ops[i].jump;
        if (v == 0) {            /* never runs; the cell was SET, so touched already */
            for (size_t j = i; j <= e; j++) ops[j].kind = DEAD;
            i = e;
            continue;
        }
        int depth = 0;           /* the MULs of this IF, not of one inside it */
        for (size_t j = i + 1; j < e; j++) {
            if (ops[j].kind == OP_IF) depth++;
            if (ops[j].kind == OP_ENDIF) depth--;
            if (ops[j].kind == OP_MUL && depth == 0 && ops[j].src == ops[i].off)
                ops[j] = (Op){ .kind = OP_ADD, .off = ops[j].off, .arg = (uint8_t)(v * ops[j].arg), .jump = -1 };
        }
        ops[i].kind = DEAD;      /* and go on into the body: its IFs may be known now */
        ops[e].kind = DEAD;
    }
}

/* What a closable loop does to one cell per pass. */
typedef struct CellEffect {
    long off;
    int set;                 /* the body sets it: it ends at value */
    unsigned value;          /* after a SET: the value; else the amount added per pass */
    SrcPos pos;              /* its first access in the body */
    int touched_only;
} CellEffect;

/* The loop ops[o..c] (OPEN .. CLOSE, the last ops of prog) has a body of ADD,
 * SET and TOUCH only? Its counter must change by an odd amount per pass and
 * only by ADDs. Then it is replaced by its effect, computed with the pass
 * count n = cell * inverse(-step) mod 256: cells set end at their value,
 * cells increased gain n times their increase. If the counter's value before
 * the loop is known, so is n, and no IF is needed. lo: where the enclosing
 * body starts (for known_value; from_start: it is the program's start).
 * Returns 1 if it closed the loop. */
static int close_loop(Program *prog, size_t lo, size_t o, size_t c, int from_start)
{
    Op *ops = prog->ops;
    long counter = ops[o].off;
    if (ops[c].off != counter) return 0;
    unsigned step = 0;
    size_t nbody = c - o - 1, ncell = 0;
    CellEffect *cell = malloc((nbody + 1) * sizeof *cell);
    if (!cell) { perror("bfjit: malloc"); exit(70); }
    for (size_t i = o + 1; i < c; i++) {
        const Op *op = &ops[i];
        if (op->kind != OP_ADD && op->kind != OP_SET && op->kind != OP_TOUCH) { free(cell); return 0; }
        if (op->off == counter) {
            if (op->kind == OP_SET) { free(cell); return 0; }
            if (op->kind == OP_ADD) step += (unsigned)op->arg;
            continue;
        }
        size_t k = 0;
        while (k < ncell && cell[k].off != op->off) k++;
        if (k == ncell) cell[ncell++] = (CellEffect){ .off = op->off, .pos = prog->pos[i], .touched_only = 1 };
        if (op->kind == OP_SET) { cell[k].set = 1; cell[k].value = (unsigned)op->arg; cell[k].touched_only = 0; }
        if (op->kind == OP_ADD) { cell[k].value += (unsigned)op->arg; cell[k].touched_only = 0; }
    }
    if (!(step & 1)) { free(cell); return 0; }        /* an even step may never end: leave it */
    unsigned per = inverse256((0u - step) & 0xff);    /* passes per unit of the counter */
    int known = known_value(ops, lo, o, counter, from_start);
    SrcPos at = prog->pos[o], end = prog->pos[c];

    prog->n = o;
    Parser ps = { .prog = prog, .lo = LONG_MIN, .hi = LONG_MAX };   /* push_op without touch bookkeeping */
    if (known == 0) {                                 /* the loop never runs */
        free(cell);
        return 1;
    }
    int tested = 0;
    size_t iff = 0;
    if (known < 0) {
        for (size_t k = 0; k < ncell; k++) if (cell[k].set) tested = 1;
        iff = push_op(&ps, OP_IF, counter, tested, at);   /* arg 1: the body must not run on 0 */
    }
    unsigned n = known > 0 ? ((unsigned)known * per) & 0xff : 0;
    for (size_t k = 0; k < ncell; k++) {
        CellEffect *ce = &cell[k];
        if (ce->set) push_op(&ps, OP_SET, ce->off, ce->value & 0xff, ce->pos);
        else if (ce->touched_only || (ce->value & 0xff) == 0) push_op(&ps, OP_TOUCH, ce->off, 0, ce->pos);
        else if (known > 0) {
            if ((n * ce->value & 0xff) != 0) push_op(&ps, OP_ADD, ce->off, (n * ce->value) & 0xff, ce->pos);
            else push_op(&ps, OP_TOUCH, ce->off, 0, ce->pos);
        } else {
            size_t m = push_op(&ps, OP_MUL, ce->off, (uint8_t)(ce->value * per), ce->pos);
            prog->ops[m].src = (int32_t)counter;
        }
    }
    push_op(&ps, OP_SET, counter, 0, end);
    if (known < 0) {
        size_t endif = push_op(&ps, OP_ENDIF, 0, 0, end);
        prog->ops[iff].jump = (int32_t)endif;
        prog->ops[endif].jump = (int32_t)iff;
    }
    free(cell);
    return 1;
}

/* ---- Peeling: what a pass leaves behind ------------------------------------
 * A loop like  [ >-[ ...[-] ]< - ]  relies on its inner counter being 0 when
 * a pass starts: the pass before left it so. The optimiser cannot know that
 * for the first pass, but it can for the others. So: find the cells whose
 * value is known at the end of every pass (Facts), run the first pass as it
 * is, and close the rest of the loop with those cells set at its head. */

typedef struct Facts { long *off; int *val; size_t n; } Facts;

/* The known value of cell x, or -1. */
static int fact_get(const Facts *f, long x)
{
    for (size_t i = 0; i < f->n; i++) if (f->off[i] == x) return f->val[i];
    return -1;
}

/* Cell x is now known to hold v (0..255), or unknown (v -1). */
static void fact_set(Facts *f, long x, int v)
{
    for (size_t i = 0; i < f->n; i++)
        if (f->off[i] == x) {
            if (v < 0) { f->off[i] = f->off[--f->n]; f->val[i] = f->val[f->n]; }
            else f->val[i] = v;
            return;
        }
    if (v >= 0) { f->off[f->n] = x; f->val[f->n++] = v; }
}

/* Space for cap facts (exits on out of memory). */
static Facts facts_new(size_t cap)
{
    Facts f = { malloc((cap + 1) * sizeof *f.off), malloc((cap + 1) * sizeof *f.val), 0 };
    if (!f.off || !f.val) { perror("bfjit: malloc"); exit(70); }
    return f;
}

static void facts_free(Facts *f) { free(f->off); free(f->val); }

static Facts facts_copy(const Facts *f, size_t cap)
{
    Facts g = facts_new(cap);
    for (size_t i = 0; i < f->n; i++) fact_set(&g, f->off[i], f->val[i]);
    return g;
}

/* Run ops[from..to) (ADD, SET, TOUCH, MUL, IF, ENDIF) on what f knows. After
 * an IF that may or may not run, a cell stays known if both ways agree; on
 * the way that skips it, the IF's cell is 0. */
static void facts_run(const Op *ops, size_t from, size_t to, Facts *f, size_t cap)
{
    for (size_t i = from; i < to; i++) {
        const Op *op = &ops[i];
        int v = fact_get(f, op->off);
        switch (op->kind) {
        case OP_SET: fact_set(f, op->off, op->arg & 0xff); break;
        case OP_ADD: if (v >= 0) fact_set(f, op->off, (v + op->arg) & 0xff); break;
        case OP_MUL: fact_set(f, op->off, -1); break;
        case OP_IF: {
            size_t e = (size_t)op->jump;
            if (v == 0) { i = e; break; }
            Facts taken = facts_copy(f, cap);
            facts_run(ops, i + 1, e, &taken, cap);
            if (v < 0) {         /* merge with the way that skips: f, with the cell at 0 */
                fact_set(f, op->off, 0);
                for (size_t k = f->n; k-- > 0; )
                    if (fact_get(&taken, f->off[k]) != f->val[k]) fact_set(f, f->off[k], -1);
            } else {
                f->n = 0;
                for (size_t k = 0; k < taken.n; k++) fact_set(f, taken.off[k], taken.val[k]);
            }
            facts_free(&taken);
            i = e;
            break;
        }
        default: break;
        }
    }
}

/* Do a and b know the same cells, with the same values? */
static int facts_same(const Facts *a, const Facts *b)
{
    if (a->n != b->n) return 0;
    for (size_t i = 0; i < a->n; i++) if (fact_get(b, a->off[i]) != a->val[i]) return 0;
    return 1;
}

/* Append an op to prog (exits on out of memory); returns its index. */
static size_t append_op(Program *prog, Op op, SrcPos pos)
{
    Parser ps = { .prog = prog, .lo = LONG_MIN, .hi = LONG_MAX };
    size_t i = push_op(&ps, op.kind, op.off, op.arg, pos);
    prog->ops[i].jump = op.jump;
    prog->ops[i].src = op.src;
    return i;
}

/* Try to close the loop whose body is body[0..nbody) on counter, given that
 * the cells of head hold their values at the head of every pass (the body
 * is simplified as if it started by setting them). On success
 * fills out with the closed code and returns 1. If it cannot, and the facts
 * at the end of a pass say more than head, peel a pass: out gets
 * IF [counter] { the body; the rest of the loop, closed with those facts }. */
static int close_with(const Op *body, const SrcPos *bpos, size_t nbody, long counter,
                      SrcPos at, SrcPos end, const Facts *head, int peels, Program *out)
{
    Program s = { .opts = out->opts };
    append_op(&s, (Op){ .kind = OP_OPEN, .off = (int32_t)counter }, at);
    for (size_t k = 0; k < head->n; k++)      /* src 1: only there to say what is known */
        append_op(&s, (Op){ .kind = OP_SET, .off = (int32_t)head->off[k], .arg = head->val[k], .jump = -1, .src = 1 }, at);
    size_t base = s.n;
    for (size_t k = 0; k < nbody; k++) {
        Op op = body[k];
        if (op.kind == OP_IF || op.kind == OP_ENDIF) op.jump += (int32_t)base;
        append_op(&s, op, bpos[k]);
    }
    decide_ifs(&s, 1, s.n);
    compact(&s, 1);
    if (s.opts & OPT_DSE) dead_stores(&s, 1);
    /* The SETs at the head store what the cells hold already: they go (and
     * with them any touch of a cell the pass itself might not touch). */
    for (size_t k = 1; k < s.n; k++) if (s.ops[k].kind == OP_SET && s.ops[k].src == 1) s.ops[k].kind = DEAD;
    compact(&s, 1);
    size_t c = append_op(&s, (Op){ .kind = OP_CLOSE, .off = (int32_t)counter }, end);
    s.ops[0].jump = (int32_t)c;
    s.ops[c].jump = 0;
    int ok = 0;
    if (close_loop(&s, 0, 0, c, 0)) {
        int32_t shift = (int32_t)out->n;
        for (size_t k = 0; k < s.n; k++) {
            Op op = s.ops[k];
            if (op.kind == OP_IF || op.kind == OP_ENDIF) op.jump += shift;
            append_op(out, op, s.pos[k]);
        }
        ok = 1;
    } else if (peels > 0) {
        Facts next = facts_copy(head, nbody + head->n);
        facts_run(body, 0, nbody, &next, nbody + head->n);
        fact_set(&next, counter, -1);
        /* They must hold at the head of every pass from the second on. */
        Facts again = facts_copy(&next, nbody + next.n);
        facts_run(body, 0, nbody, &again, nbody + next.n);
        int holds = next.n > 0 && !facts_same(&next, head);
        for (size_t k = 0; k < next.n && holds; k++) if (fact_get(&again, next.off[k]) != next.val[k]) holds = 0;
        if (holds) {
            size_t mark = out->n;
            size_t iff = append_op(out, (Op){ .kind = OP_IF, .off = (int32_t)counter, .arg = 1 }, at);
            for (size_t k = 0; k < nbody; k++) {
                Op op = body[k];
                if (op.kind == OP_IF || op.kind == OP_ENDIF) op.jump += (int32_t)(iff + 1);
                append_op(out, op, bpos[k]);
            }
            if (close_with(body, bpos, nbody, counter, at, end, &next, peels - 1, out)) {
                size_t endif = append_op(out, (Op){ .kind = OP_ENDIF }, end);
                out->ops[iff].jump = (int32_t)endif;
                out->ops[endif].jump = (int32_t)iff;
                ok = 1;
            } else {
                out->n = mark;
            }
        }
        facts_free(&again);
        facts_free(&next);
    }
    free(s.ops);
    free(s.pos);
    return ok;
}

/* The loop ops[o..c], the last ops of prog, did not close as it is: close it
 * by peeling up to three passes (close_with). Returns 1 if it did. */
static int peel_loop(Program *prog, size_t o, size_t c)
{
    if (prog->ops[c].off != prog->ops[o].off) return 0;
    size_t nbody = c - o - 1;
    Op *body = malloc((nbody + 1) * sizeof *body);
    SrcPos *bpos = malloc((nbody + 1) * sizeof *bpos);
    if (!body || !bpos) { perror("bfjit: malloc"); exit(70); }
    for (size_t k = 0; k < nbody; k++) {
        body[k] = prog->ops[o + 1 + k];
        bpos[k] = prog->pos[o + 1 + k];
        if (body[k].kind == OP_IF || body[k].kind == OP_ENDIF) body[k].jump -= (int32_t)(o + 1);
    }
    Facts none = facts_new(0);
    Program out = { .opts = prog->opts };
    int ok = close_with(body, bpos, nbody, prog->ops[o].off, prog->pos[o], prog->pos[c], &none, 3, &out);
    if (ok) {
        prog->n = o;
        for (size_t k = 0; k < out.n; k++) {
            Op op = out.ops[k];
            if (op.kind == OP_IF || op.kind == OP_ENDIF) op.jump += (int32_t)o;
            append_op(prog, op, out.pos[k]);
        }
    }
    facts_free(&none);
    free(out.ops);
    free(out.pos);
    free(body);
    free(bpos);
    return ok;
}

/* The pass: rebuild the IR, and at each CLOSE look at the loop just copied
 * (its inner loops have been looked at already: nests close inside out).
 * With OPT_DSE its body loses its dead stores, with OPT_CLOSE its IFs on
 * known values are decided and the loop is closed if it can be. At the end,
 * dead stores go from the whole program. */
static void close_and_prune(Program *prog)
{
    Op *in = prog->ops;
    SrcPos *in_pos = prog->pos;
    size_t nin = prog->n;
    prog->ops = malloc((nin + 1) * sizeof *prog->ops);
    prog->pos = malloc((nin + 1) * sizeof *prog->pos);
    size_t *stack = malloc((nin + 1) * sizeof *stack), depth = 0;
    if (!prog->ops || !prog->pos || !stack) { perror("bfjit: malloc"); exit(70); }
    prog->cap = nin + 1;
    prog->n = 0;
    for (size_t i = 0; i < nin; i++) {
        size_t n = append_op(prog, in[i], in_pos[i]);   /* (peeling may make the IR grow) */
        switch (in[i].kind) {
        case OP_OPEN: case OP_IF:
            stack[depth++] = n;
            break;
        case OP_ENDIF:
            prog->ops[n].jump = (int32_t)stack[--depth];
            prog->ops[stack[depth]].jump = (int32_t)n;
            break;
        case OP_CLOSE: {
            size_t o = stack[--depth];
            prog->ops[n].jump = (int32_t)o;
            prog->ops[o].jump = (int32_t)n;
            /* Only a body with no loop, move or I/O left in it can close. */
            int candidate = 1;
            for (size_t j = o + 1; j < n && candidate; j++) {
                int k = prog->ops[j].kind;
                candidate = k == OP_ADD || k == OP_SET || k == OP_TOUCH || k == OP_MUL || k == OP_IF || k == OP_ENDIF;
            }
            if (!candidate) break;
            size_t lo = depth > 0 ? stack[depth - 1] + 1 : 0;   /* the enclosing body */
            prog->n = n;                                        /* the body alone */
            if (prog->opts & OPT_CLOSE) decide_ifs(prog, o + 1, n);
            if (prog->opts & OPT_DSE) { compact(prog, o + 1); dead_stores(prog, o + 1); }
            else compact(prog, o + 1);
            size_t c = append_op(prog, in[i], in_pos[i]);       /* the CLOSE again */
            prog->ops[c].jump = (int32_t)o;
            prog->ops[o].jump = (int32_t)c;
            if ((prog->opts & OPT_CLOSE) && !close_loop(prog, lo, o, c, depth == 0)) peel_loop(prog, o, c);
            break;
        }
        default:
            break;
        }
    }
    if (prog->opts & OPT_DSE) dead_stores(prog, 0);
    free(in);
    free(in_pos);
    free(stack);
}

/* Report an unmatched bracket as NAME:LINE:COL: ... and return 65. */
static int unmatched(const char *name, SrcPos at, char c)
{
    fprintf(stderr, "bfjit: %s:%u:%u: unmatched '%c'\n", name, at.line, at.col, c);
    return 65;
}

/* Parse and optimise src into prog; 0, or 65 after reporting an unmatched bracket. */
int ir_build(Program *prog, const char *name, const char *src, size_t len, unsigned opts)
{
    memset(prog, 0, sizeof *prog);
    prog->name = name;
    prog->opts = opts;
    Parser ps = { .prog = prog, .opts = opts, .lo_touched = 1, .hi_touched = 1 };
    SrcPos at = { 1, 1 };
    int status = 0;

    for (size_t i = 0; i < len; i++, at.col++) {
        switch (src[i]) {
        case '\n': at.line++; at.col = 0; break;
        case '+': case '-':
            prog->commands++;
            add(&ps, src[i] == '+' ? 1 : -1, at);
            if (!(opts & OPT_FOLD)) ps.merge_from = prog->n;
            break;
        case '>': case '<':
            prog->commands++;
            move(&ps, src[i] == '>' ? 1 : -1, at);
            break;
        case '.': case ',':
            prog->commands++;
            before_op(&ps, at);
            /* No output or input after a move off the tape: touch the farthest
             * cells first (the op itself reads its own cell before its I/O). */
            flush_touches_except(&ps, ps.ptr);
            push_op(&ps, src[i] == '.' ? OP_OUT : OP_IN, ps.ptr, 0, at);
            ps.merge_from = prog->n;
            break;
        case '[':
            prog->commands++;
            end_block(&ps, 1, at);
            if (ps.depth == ps.open_cap) {
                ps.open_cap = ps.open_cap ? ps.open_cap * 2 : 64;
                ps.open = realloc(ps.open, ps.open_cap * sizeof *ps.open);
                ps.open_pos = realloc(ps.open_pos, ps.open_cap * sizeof *ps.open_pos);
                if (!ps.open || !ps.open_pos) { perror("bfjit: realloc"); exit(70); }
            }
            ps.open_pos[ps.depth] = at;
            ps.open[ps.depth++] = push_op(&ps, OP_OPEN, 0, 0, at);
            ps.merge_from = prog->n;
            break;
        case ']': {
            prog->commands++;
            if (ps.depth == 0) { status = unmatched(name, at, ']'); goto out; }
            end_block(&ps, 1, at);
            size_t o = ps.open[--ps.depth];
            if (!simplify_loop(&ps, o, at)) {
                size_t c = push_op(&ps, OP_CLOSE, 0, 0, at);
                prog->ops[o].jump = (int32_t)c;
                prog->ops[c].jump = (int32_t)o;
                ps.merge_from = prog->n;
            }
            break;
        }
        default: break;              /* any other character is a comment */
        }
    }
    if (ps.depth > 0) { status = unmatched(name, ps.open_pos[ps.depth - 1], '['); goto out; }
    end_block(&ps, 0, at);
    if ((opts & OPT_CARRY) && (opts & OPT_OFFSET)) carry_offsets(prog);
    if (opts & (OPT_DSE | OPT_CLOSE)) close_and_prune(prog);
out:
    free(ps.open);
    free(ps.open_pos);
    return status;
}

/* Free the IR's arrays. */
void ir_free(Program *prog)
{
    free(prog->ops);
    free(prog->pos);
    prog->ops = NULL;
    prog->pos = NULL;
    prog->n = prog->cap = 0;
}

/* The name --ir prints for an op kind. */
const char *ir_kind_name(int kind)
{
    static const char *const names[OP_KINDS] = {
        [OP_ADD] = "add", [OP_SET] = "set", [OP_MOVE] = "move", [OP_OUT] = "out",
        [OP_IN] = "in", [OP_TOUCH] = "touch", [OP_OPEN] = "open", [OP_CLOSE] = "close",
        [OP_IF] = "if", [OP_ENDIF] = "endif", [OP_MUL] = "mul", [OP_SCAN] = "scan",
    };
    return kind >= 0 && kind < OP_KINDS ? names[kind] : "?";
}

/* Print the IR on stdout, one op a line, indented by nesting. */
void ir_print(const Program *prog)
{
    int depth = 0;
    for (size_t i = 0; i < prog->n; i++) {
        const Op *op = &prog->ops[i];
        if (op->kind == OP_CLOSE || op->kind == OP_ENDIF) depth--;
        printf("%4zu  %*s%s", i, 2 * depth, "", ir_kind_name(op->kind));
        switch (op->kind) {
        case OP_ADD: printf(" [%d] %+d", op->off, (int8_t)op->arg); break;
        case OP_SET: printf(" [%d] %d", op->off, op->arg); break;
        case OP_MUL: printf(" [%d] += [%d] * %d", op->off, op->src, (int8_t)op->arg); break;
        case OP_MOVE: case OP_SCAN: printf(" %+d", op->arg); break;
        case OP_OUT: case OP_IN: case OP_TOUCH: printf(" [%d]", op->off); break;
        case OP_OPEN: case OP_CLOSE: printf(" [%d] -> %d", op->off, op->jump); break;
        case OP_IF: printf(" [%d] -> %d%s", op->off, op->jump, op->arg ? " (tested)" : ""); break;
        case OP_ENDIF: printf(" -> %d", op->jump); break;
        default: break;
        }
        putchar('\n');
        if (op->kind == OP_OPEN || op->kind == OP_IF) depth++;
    }
}
