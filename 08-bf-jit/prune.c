/* prune.c: the IR's third pass, after ir.c's parse and carry.c's offsets.
 *   - dead stores (OPT_DSE): a SET, ADD or MUL whose cell is SET again before
 *     anything reads it goes; an IF left with nothing to do goes with it;
 *   - closed loops (OPT_CLOSE): a loop with no I/O and no moves whose counter
 *     changes by an odd constant each pass, and whose other cells are set to
 *     constants or increased by constants, becomes its effect: the pass count
 *     n = counter * inverse(-step) mod 256, cells set get their value (if n is
 *     not 0), cells increased get n times their increase. IFs on cells whose
 *     value is known are decided first, and nests close from the inside out.
 *     A loop that relies on what the pass before left (>-[ ... ]) closes after
 *     one pass is peeled off and run as it is;
 *   - even steps (OPT_EVEN): a step 2^t*m closes too when the counter is
 *     known and 2^t divides it (else the loop never ends, and stays); peeling
 *     goes into loops with loops inside, closing those with what it knows;
 *   - copies (OPT_COPY): a copy through a temporary and back,
 *     [->+>+<<]>>[-<<+>>], is one multiply, and an IF on the copy right
 *     after it tests the original;
 *   - once (OPT_ONCE): a loop whose body clears its own counter is an IF.
 * Ops keep their place in the source (pos) and their block of moves (blk),
 * for error messages. Calls bf_grow (runtime.c) and die (lib/helpers) only.
 */
#define _GNU_SOURCE
#include "bf.h"
#include "helpers.h"

#include <stdlib.h>
#include <string.h>

#define DEAD 0xff            /* an op kind: this op is gone (compact() drops it) */
#define LOOKAHEAD 64         /* how far dead_stores and known_value look: keeps them linear */

/* Where an op came from: its place in the source and its block of moves. */
typedef struct Where { SrcPos pos; OpBlock blk; } Where;

/* ops[i]'s Where. */
static Where where(const Program *p, size_t i)
{
    return (Where){ p->pos[i], p->blk ? p->blk[i] : (OpBlock){ -1, 0 } };
}

/* Give ops[i] the Where w. */
static void set_where(Program *p, size_t i, Where w)
{
    p->pos[i] = w.pos;
    if (p->blk) p->blk[i] = w.blk;
}

/* Append an op (jump -1, src 0), growing the arrays; returns its index. */
static size_t put_op(Program *p, int kind, long off, long arg, Where w)
{
    if (p->n == p->cap || !p->blk) {
        p->cap = p->cap > p->n ? p->cap : p->n ? 2 * p->n : 64;
        p->ops = bf_grow(p->ops, p->cap, sizeof *p->ops);
        p->pos = bf_grow(p->pos, p->cap, sizeof *p->pos);
        p->blk = bf_grow(p->blk, p->cap, sizeof *p->blk);
    }
    p->ops[p->n] = (Op){ .kind = (uint8_t)kind, .off = (int32_t)off, .arg = (int32_t)arg, .jump = -1, .src = 0 };
    set_where(p, p->n, w);
    return p->n++;
}

/* Free a scratch program's arrays. */
static void free_arrays(Program *p)
{
    free(p->ops);
    free(p->pos);
    free(p->blk);
}

/* The inverse of an odd number modulo 256, as in ir.c (x * inverse(x) == 1 mod 256). */
static unsigned inverse256(unsigned x)
{
    unsigned y = x;                  /* Newton's iteration: correct to 3 bits, then 6, 12 */
    for (int i = 0; i < 3; i++) y = y * (2 - x * y);
    return y & 0xff;
}

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

/* Does op access cell x in any way (its value, or as a MUL's source)? */
static int accesses(const Op *op, long x)
{
    switch (op->kind) {
    case OP_MOVE: case OP_SCAN: case OP_ENDIF: case OP_CLOSE: case DEAD:
        return op->kind == OP_CLOSE && op->off == x;
    case OP_MUL:
        return op->off == x || op->src == x;
    default:
        return op->off == x;
    }
}

/* Did an op before ops[at] that surely ran access cell x, since the pointer
 * last moved? Looks back from at, past whole IFs (their tests ran) and out
 * of the IF at is in, but not past a loop, a move or a scan, nor further
 * than LOOKAHEAD ops or before ops[lo]. */
static int accessed_before(const Op *ops, size_t lo, size_t at, long x)
{
    for (size_t j = at; j-- > lo && at - j <= LOOKAHEAD; ) {
        const Op *op = &ops[j];
        switch (op->kind) {
        case OP_ENDIF:
            j = (size_t)op->jump;            /* the IF: its test ran, its body may not have */
            if (j < lo) return 0;
            if (ops[j].off == x) return 1;
            break;
        case OP_OPEN: case OP_CLOSE: case OP_MOVE: case OP_SCAN:
            return 0;
        default:
            if (accesses(op, x)) return 1;
            break;
        }
    }
    return 0;
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

/* Does an op of this kind jump to its partner (OPEN, CLOSE, IF, ENDIF)? */
static int jumps(int kind)
{
    return kind == OP_OPEN || kind == OP_CLOSE || kind == OP_IF || kind == OP_ENDIF;
}

/* Drop the ops marked DEAD from ops[from..*n), keeping OPEN/CLOSE/IF/ENDIF
 * jumps right (all of them within the range). */
static void compact(Program *prog, size_t from)
{
    size_t *to = malloc((prog->n + 1) * sizeof *to), m = from;
    if (!to) { die(EXIT_SOFTWARE, "out of memory"); }
    for (size_t i = from; i < prog->n; i++) {
        to[i] = m;
        if (prog->ops[i].kind != DEAD) m++;
    }
    m = from;
    for (size_t i = from; i < prog->n; i++) {
        Op op = prog->ops[i];
        if (op.kind == DEAD) continue;
        if (jumps(op.kind) &&
            op.jump >= (int32_t)from)
            op.jump = (int32_t)to[op.jump];
        set_where(prog, m, where(prog, i));
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
        if (same_level) set_where(prog, k, where(prog, i));
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
    for (size_t i = from; i < prog->n; i++)       /* a touch of a cell some op has tested */
        if (ops[i].kind == OP_TOUCH && accessed_before(ops, from, i, ops[i].off)) { ops[i].kind = DEAD; gone++; }
    if (gone) compact(prog, from);
    return gone;
}

/* The value cell x surely holds right before ops[at], if the ops since
 * ops[lo] say so: the last SET of x (plus the ADDs since), with no IF, loop,
 * MUL or input on the way that might change x; or, from_start (ops[lo] is
 * the program's first op), the 0 every cell starts with. Looking back from
 * inside an IF's body goes on past the IF: what held before it still holds.
 * *seen (if not NULL) is set to whether an op on the way accessed x (a SET
 * or an ADD), so that a guard page there has been tested already. Returns
 * 0..255, or -1. */
static int known_value(const Op *ops, size_t lo, size_t at, long x, int from_start, int *seen)
{
    unsigned added = 0;
    int depth = 0;               /* inside an IF body (looking backwards) */
    if (seen) *seen = 0;
    for (size_t j = at; j-- > lo && at - j <= LOOKAHEAD; ) {
        const Op *op = &ops[j];
        switch (op->kind) {
        case OP_SET:
            if (op->off == x) {
                if (seen) *seen = 1;
                return depth ? -1 : (int)((op->arg + added) & 0xff);
            }
            break;
        case OP_ADD:
            if (op->off == x) { if (depth) return -1; added += (unsigned)op->arg; if (seen) *seen = 1; }
            break;
        case OP_MUL: case OP_IN:
            if (op->off == x) return -1;
            break;
        case OP_ENDIF: depth++; break;
        case OP_IF: if (depth > 0) depth--; break;   /* at depth 0: ops[at] is in its body */
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
        int v = known_value(ops, lo, i, ops[i].off, 0, NULL);
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


/* Is the IF at ops[i] a multiply (ir.c's, or close_loop's): its body MULs
 * from its cell a into other cells, TOUCHes, and set [a] 0 last? */
static int multiply_if(const Op *ops, size_t i)
{
    size_t e = (size_t)ops[i].jump;
    long a = ops[i].off;
    if (e < i + 2 || ops[e - 1].kind != OP_SET || ops[e - 1].off != a || ops[e - 1].arg != 0) return 0;
    for (size_t k = i + 1; k < e - 1; k++)
        if (ops[k].kind != OP_TOUCH && (ops[k].kind != OP_MUL || ops[k].src != a || ops[k].off == a)) return 0;
    return 1;
}

/* Copies through a temporary (OPT_COPY), in ops[from..n): [->+>+<<]>>[-<<+>>]
 * is a multiply IF on a that adds a*f to t (t is 0 before it) and clears a,
 * then a multiply IF on t that adds t*g back to a and clears t. If f*g = 1
 * (mod 256), a ends where it started and t at 0 again: the two IFs become
 * one on a, without the MUL into t, the clears, or the MUL back, and any
 * other MUL of the second IF (t*h into y) becomes a MUL from a (a*f*h into y).
 * f is odd (it has an inverse), so t is 0 exactly when a is: the second
 * IF's body ran exactly when the first's did. t must be known to be 0 from a
 * SET (which also tested its guard page, as the second IF's test did).
 * lo: where the enclosing loop's body starts. Returns how many ops went. */
static size_t copies(Program *prog, size_t from, size_t lo)
{
    Op *ops = prog->ops;
    size_t gone = 0;
    for (size_t i = from; i < prog->n; i++) {
        if (ops[i].kind != OP_IF || !multiply_if(ops, i)) continue;
        size_t e1 = (size_t)ops[i].jump, j = e1 + 1;
        if (j >= prog->n || ops[j].kind != OP_IF || !multiply_if(ops, j)) continue;
        long a = ops[i].off, t = ops[j].off;
        size_t e2 = (size_t)ops[j].jump, into_t = 0, n_into = 0;
        for (size_t k = i + 1; k < e1; k++) if (ops[k].kind == OP_MUL && ops[k].off == t) { into_t = k; n_into++; }
        if (n_into != 1) continue;
        unsigned f = (unsigned)ops[into_t].arg & 0xff, g = 0;
        for (size_t k = j + 1; k < e2; k++) if (ops[k].kind == OP_MUL && ops[k].off == a) g += (unsigned)ops[k].arg;
        if (((f * g) & 0xff) != 1) continue;     /* (so f is odd) */
        if (known_value(ops, lo, i, t, 0, NULL) != 0) continue;
        ops[into_t].kind = DEAD;                 /* the MUL into t */
        ops[e1 - 1].kind = DEAD;                 /* set [a] 0 */
        ops[e1].kind = DEAD;                     /* the first ENDIF and the second IF: one IF now */
        ops[j].kind = DEAD;
        ops[e2 - 1].kind = DEAD;                 /* set [t] 0 */
        for (size_t k = j + 1; k < e2 - 1; k++) {
            if (ops[k].kind != OP_MUL) continue;
            if (ops[k].off == a) { ops[k].kind = DEAD; continue; }
            ops[k].src = (int32_t)a;
            ops[k].arg = (uint8_t)(f * (unsigned)ops[k].arg);
        }
        ops[i].jump = (int32_t)e2;
        ops[e2].jump = (int32_t)i;
        gone++;
        i = e2;
    }
    if (gone) compact(prog, from);
    return gone;
}

/* Tests of a copy (OPT_COPY), in ops[from..n): after the copies above, an IF
 * on a whose body only multiplies a into other cells leaves a as it was
 * and t = f*a, for an odd f, where t was 0: t is 0 exactly when a is. So an
 * IF on t right after it may test a instead. If that IF's body does nothing
 * with t but clear it last, t is 0 after it whichever way it went (on the
 * way that skips, t = f*0): the clear moves after the ENDIF, and the MUL
 * into t, which nothing reads now, goes. Generated code tests a variable
 * this way: copy it to a temporary, then t[ ... t[-] ]. lo: where the
 * enclosing loop's body starts. Returns how many tests it changed. */
static size_t copy_tests(Program *prog, size_t from, size_t lo)
{
    Op *ops = prog->ops;
    size_t changed = 0;
    for (size_t i = from; i < prog->n; i++) {
        if (ops[i].kind != OP_IF) continue;
        size_t e1 = (size_t)ops[i].jump, j = e1 + 1, into_t = 0;
        long a = ops[i].off;
        if (j >= prog->n || ops[j].kind != OP_IF) continue;
        long t = ops[j].off;
        size_t e2 = (size_t)ops[j].jump;
        int ok = e1 > i + 1;
        for (size_t k = i + 1; k < e1 && ok; k++) {
            if (ops[k].kind == OP_TOUCH) continue;
            ok = ops[k].kind == OP_MUL && ops[k].src == a && ops[k].off != a;
            if (ok && ops[k].off == t) { ok = !into_t && (ops[k].arg & 1); into_t = k; }
        }
        if (!ok || !into_t) continue;
        /* The second IF: clears t last, and does nothing else with it. */
        if (e2 < j + 2 || ops[e2 - 1].kind != OP_SET || ops[e2 - 1].off != t || ops[e2 - 1].arg != 0) continue;
        for (size_t k = j + 1; k < e2 - 1 && ok; k++)
            ok = !accesses(&ops[k], t) && ops[k].kind != OP_MOVE && ops[k].kind != OP_SCAN &&
                 !(ops[k].kind == OP_MUL && ops[k].src == t);
        if (!ok || known_value(ops, lo, i, t, 0, NULL) != 0) continue;
        ops[into_t].kind = DEAD;                 /* the MUL into t */
        ops[j].off = (int32_t)a;                 /* the IF tests a */
        Op clear = ops[e2 - 1];                  /* the clear goes after the ENDIF */
        Where w = where(prog, e2 - 1);
        ops[e2 - 1] = ops[e2];
        set_where(prog, e2 - 1, where(prog, e2));
        ops[e2] = clear;
        set_where(prog, e2, w);
        ops[j].jump = (int32_t)(e2 - 1);
        ops[e2 - 1].jump = (int32_t)j;
        changed++;
        i = e2;
    }
    if (changed) compact(prog, from);
    return changed;
}
/* Does the loop ops[o..c] run at most once (OPT_ONCE)? It does if its body
 * does not move and sets its counter to 0 at its own level (not inside an
 * IF or a loop that may not run), and nothing after that changes it. */
static int runs_once(const Op *ops, size_t o, size_t c)
{
    long x = ops[o].off;
    if (ops[c].off != x) return 0;
    int depth = 0, cleared = 0;
    for (size_t k = o + 1; k < c; k++) {
        const Op *op = &ops[k];
        switch (op->kind) {
        case OP_MOVE: case OP_SCAN: return 0;
        case OP_OPEN: case OP_IF: depth++; break;
        case OP_CLOSE: case OP_ENDIF: depth--; break;
        case OP_SET: case OP_ADD: case OP_MUL: case OP_IN:
            if (op->off != x) break;
            if (op->kind == OP_SET && op->arg == 0) cleared |= depth == 0;
            else cleared = 0;
            break;
        default: break;
        }
    }
    return cleared;
}
/* What a closable loop does to one cell per pass. */
typedef struct CellEffect {
    long off;
    int set;                 /* the body sets it: it ends at value */
    unsigned value;          /* after a SET: the value; else the amount added per pass */
    Where pos;               /* its first access in the body */
    int touched_only;
} CellEffect;

/* The loop ops[o..c] (OPEN .. CLOSE, the last ops of prog) has a body of ADD,
 * SET and TOUCH only? Its counter must change by a constant step per pass,
 * only by ADDs, and the step must be odd, or even with a known counter the
 * loop surely brings to 0. Then it is replaced by its effect, computed with
 * the pass count n = cell * inverse(-step) mod 256 (for an even step 2^t*m,
 * n = (cell / 2^t) * inverse(-m) mod 2^(8-t)): cells set end at their value,
 * cells increased gain n times their increase. If the counter's value before
 * the loop is known, so is n, and no IF is needed. lo: where the enclosing
 * loop's body starts (for known_value; from_start: it is the program's
 * start). Returns 1 if it closed the loop. */
static int close_loop(Program *prog, size_t lo, size_t o, size_t c, int from_start)
{
    Op *ops = prog->ops;
    long counter = ops[o].off;
    if (ops[c].off != counter) return 0;
    unsigned step = 0;
    size_t nbody = c - o - 1, ncell = 0;
    CellEffect *cell = malloc((nbody + 1) * sizeof *cell);
    if (!cell) { die(EXIT_SOFTWARE, "out of memory"); }
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
        if (k == ncell) cell[ncell++] = (CellEffect){ .off = op->off, .pos = where(prog, i), .touched_only = 1 };
        if (op->kind == OP_SET) { cell[k].set = 1; cell[k].value = (unsigned)op->arg; cell[k].touched_only = 0; }
        if (op->kind == OP_ADD) { cell[k].value += (unsigned)op->arg; cell[k].touched_only = 0; }
    }
    /* step = 2^t * m with m odd. An odd step (t = 0) reaches 0 from any value.
     * An even one (OPT_EVEN) from a known value v, if 2^t divides v: then
     * v/2^t + n*m = 0 mod 2^(8-t). Otherwise the loop never ends, and must
     * not: it stays (as does one whose counter is not known). */
    step &= 0xff;
    unsigned t = 0;
    while (t < 8 && !((step >> t) & 1)) t++;
    int seen;
    int known = known_value(ops, lo, o, counter, from_start, &seen);
    if (t > 0 && (!(prog->opts & OPT_EVEN) || known < 0 || (known & ((1 << t) - 1)) != 0)) {
        free(cell);
        return 0;
    }
    unsigned per = inverse256((0u - (step >> t)) & 0xff);   /* passes per unit of the counter */
    Where at = where(prog, o), end = where(prog, c);

    prog->n = o;
    if (known == 0) {                                 /* the loop never runs */
        if (!seen) put_op(prog, OP_TOUCH, counter, 0, at);   /* but its test read the cell */
        free(cell);
        return 1;
    }
    int tested = 0;
    size_t iff = 0;
    if (known < 0) {
        for (size_t k = 0; k < ncell; k++) if (cell[k].set) tested = 1;
        iff = put_op(prog, OP_IF, counter, tested, at);   /* arg 1: the body must not run on 0 */
    }
    unsigned n = known > 0 ? (((unsigned)known >> t) * per) & ((1u << (8 - t)) - 1) : 0;
    for (size_t k = 0; k < ncell; k++) {
        CellEffect *ce = &cell[k];
        if (ce->set) put_op(prog, OP_SET, ce->off, ce->value & 0xff, ce->pos);
        else if (ce->touched_only || (ce->value & 0xff) == 0) put_op(prog, OP_TOUCH, ce->off, 0, ce->pos);
        else if (known > 0) {
            if ((n * ce->value & 0xff) != 0) put_op(prog, OP_ADD, ce->off, (n * ce->value) & 0xff, ce->pos);
            else put_op(prog, OP_TOUCH, ce->off, 0, ce->pos);
        } else {
            size_t m = put_op(prog, OP_MUL, ce->off, (uint8_t)(ce->value * per), ce->pos);
            prog->ops[m].src = (int32_t)counter;
        }
    }
    put_op(prog, OP_SET, counter, 0, end);
    if (known < 0) {
        size_t endif = put_op(prog, OP_ENDIF, 0, 0, end);
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
    if (!f.off || !f.val) { die(EXIT_SOFTWARE, "out of memory"); }
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
        case OP_OPEN: {          /* a loop that was not closed: what it writes is not known */
            size_t e = (size_t)op->jump;
            if (v == 0) { i = e; break; }
            int moves = 0;
            for (size_t k = i + 1; k < e && !moves; k++) {
                int kind = ops[k].kind;
                moves = kind == OP_MOVE || kind == OP_SCAN;
                if (kind == OP_SET || kind == OP_ADD || kind == OP_MUL || kind == OP_IN) fact_set(f, ops[k].off, -1);
            }
            if (moves) f->n = 0;       /* the offsets after it mean other cells */
            else fact_set(f, op->off, 0);   /* it ends with its counter at 0, if it ends */
            i = e;
            break;
        }
        case OP_IN: fact_set(f, op->off, -1); break;
        case OP_MOVE: case OP_SCAN: f->n = 0; break;
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
static size_t append_op(Program *prog, Op op, Where pos)
{
    size_t i = put_op(prog, op.kind, op.off, op.arg, pos);
    prog->ops[i].jump = op.jump;
    prog->ops[i].src = op.src;
    return i;
}

/* How many more ops close_with may go over again (see ir_close_and_prune). */
static long budget;
static int peeled_loop;       /* a pass peeled off has a loop in it: go over the program again */
static void rebuild(Program *prog, int top);

/* Try to close the loop whose body is body[0..nbody) on counter, given that
 * the cells of head hold their values at the head of every pass (the body
 * is simplified as if it started by setting them). On success
 * fills out with the closed code and returns 1. If it cannot, and the facts
 * at the end of a pass say more than head, peel a pass: out gets
 * IF [counter] { the body; the rest of the loop, closed with those facts }. */
static int close_with(const Op *body, const Where *bpos, size_t nbody, long counter,
                      Where at, Where end, const Facts *head, int peels, Program *out)
{
    Program s = { .opts = out->opts };
    append_op(&s, (Op){ .kind = OP_OPEN, .off = (int32_t)counter }, at);
    for (size_t k = 0; k < head->n; k++)      /* src 1: only there to say what is known */
        append_op(&s, (Op){ .kind = OP_SET, .off = (int32_t)head->off[k], .arg = head->val[k], .jump = -1, .src = 1 }, at);
    size_t base = s.n;
    for (size_t k = 0; k < nbody; k++) {
        Op op = body[k];
        if (jumps(op.kind)) op.jump += (int32_t)base;
        append_op(&s, op, bpos[k]);
    }
    decide_ifs(&s, 1, s.n);
    compact(&s, 1);
    /* Loops inside that could not close may close now, knowing head: go
     * over the body again as the pass over the program does (the OPEN at 0,
     * never closed there, makes it a loop body). Only while the budget lasts:
     * nests inside nests would make this exponential. */
    int inner = 0;
    for (size_t k = 1; k < s.n; k++) inner |= s.ops[k].kind == OP_OPEN;
    if (inner && head->n > 0 && budget > 0) {
        budget -= (long)s.n;
        rebuild(&s, 0);
        decide_ifs(&s, 1, s.n);
        compact(&s, 1);
    }
    if (s.opts & OPT_COPY) { copies(&s, 1, 1); copy_tests(&s, 1, 1); }
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
            if (jumps(op.kind)) op.jump += shift;
            append_op(out, op, where(&s, k));
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
            for (size_t k = 0; k < nbody; k++) peeled_loop |= body[k].kind == OP_OPEN;
            for (size_t k = 0; k < nbody; k++) {
                Op op = body[k];
                if (jumps(op.kind)) op.jump += (int32_t)(iff + 1);
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
    free_arrays(&s);
    return ok;
}

/* The loop ops[o..c], the last ops of prog, did not close as it is: close it
 * by peeling up to three passes (close_with). Returns 1 if it did. */
static int peel_loop(Program *prog, size_t o, size_t c)
{
    if (prog->ops[c].off != prog->ops[o].off) return 0;
    size_t nbody = c - o - 1;
    Op *body = malloc((nbody + 1) * sizeof *body);
    Where *bpos = malloc((nbody + 1) * sizeof *bpos);
    if (!body || !bpos) { die(EXIT_SOFTWARE, "out of memory"); }
    for (size_t k = 0; k < nbody; k++) {
        body[k] = prog->ops[o + 1 + k];
        bpos[k] = where(prog, o + 1 + k);
        if (jumps(body[k].kind)) body[k].jump -= (int32_t)(o + 1);
    }
    Facts none = facts_new(0);
    Program out = { .opts = prog->opts };
    int ok = close_with(body, bpos, nbody, prog->ops[o].off, where(prog, o), where(prog, c), &none, 3, &out);
    if (ok) {
        prog->n = o;
        for (size_t k = 0; k < out.n; k++) {
            Op op = out.ops[k];
            if (jumps(op.kind)) op.jump += (int32_t)o;
            append_op(prog, op, where(&out, k));
        }
    }
    facts_free(&none);
    free_arrays(&out);
    free(body);
    free(bpos);
    return ok;
}

/* Rebuild the IR, and at each CLOSE look at the loop just copied (its inner
 * loops have been looked at already: nests close inside out). A loop that
 * runs at most once becomes an IF (OPT_ONCE). Otherwise, if its body has no
 * move and no I/O (and, but with OPT_EVEN, no loop) in it, the body loses
 * its copies through a temporary (OPT_COPY) and its dead stores (OPT_DSE),
 * its IFs on known values are decided, and the loop is closed if it can be,
 * or peeled (OPT_CLOSE). top: prog is the whole program, which starts with
 * every cell 0 (else it is a loop's body, close_with's, whose OPEN at 0 is
 * never closed). */
static void rebuild(Program *prog, int top)
{
    Program in = *prog;          /* the IR as it is; prog is rebuilt from it */
    size_t nin = in.n;
    size_t *stack = bf_grow(NULL, nin + 1, sizeof *stack), depth = 0;   /* OPENs and IFs */
    size_t *loops = bf_grow(NULL, nin + 1, sizeof *loops), nloops = 0;  /* OPENs */
    prog->ops = NULL; prog->pos = NULL; prog->blk = NULL;
    prog->n = prog->cap = 0;
    for (size_t i = 0; i < nin; i++) {
        size_t n = append_op(prog, in.ops[i], where(&in, i));   /* (peeling may make the IR grow) */
        switch (in.ops[i].kind) {
        case OP_OPEN:
            loops[nloops++] = n;
            stack[depth++] = n;
            break;
        case OP_IF:
            stack[depth++] = n;
            break;
        case OP_ENDIF:
            prog->ops[n].jump = (int32_t)stack[--depth];
            prog->ops[stack[depth]].jump = (int32_t)n;
            break;
        case OP_CLOSE: {
            size_t o = stack[--depth];
            nloops--;
            prog->ops[n].jump = (int32_t)o;
            prog->ops[o].jump = (int32_t)n;
            if ((prog->opts & OPT_ONCE) && runs_once(prog->ops, o, n)) {
                prog->ops[o].kind = OP_IF;
                prog->ops[o].arg = 1;            /* tested: its body has effects on 0 */
                prog->ops[n] = (Op){ .kind = OP_ENDIF, .jump = (int32_t)o };
                break;
            }
            /* Only a body with no move or I/O (or loop) left in it can close. */
            int candidate = 1;
            for (size_t j = o + 1; j < n && candidate; j++) {
                int k = prog->ops[j].kind;
                candidate = k == OP_ADD || k == OP_SET || k == OP_TOUCH || k == OP_MUL || k == OP_IF || k == OP_ENDIF ||
                            ((prog->opts & OPT_EVEN) && (k == OP_OPEN || k == OP_CLOSE));
            }
            if (!candidate) break;
            size_t lo = nloops > 0 ? loops[nloops - 1] + 1 : 0;   /* the enclosing loop's body */
            prog->n = n;                                        /* the body alone */
            if (prog->opts & OPT_COPY) { copies(prog, o + 1, o + 1); copy_tests(prog, o + 1, o + 1); }
            if (prog->opts & OPT_CLOSE) decide_ifs(prog, o + 1, prog->n);
            compact(prog, o + 1);
            if (prog->opts & OPT_DSE) dead_stores(prog, o + 1);
            size_t c = append_op(prog, in.ops[i], where(&in, i));   /* the CLOSE again */
            prog->ops[c].jump = (int32_t)o;
            prog->ops[o].jump = (int32_t)c;
            if ((prog->opts & OPT_CLOSE) && !close_loop(prog, lo, o, c, top && nloops == 0)) peel_loop(prog, o, c);
            break;
        }
        default:
            break;
        }
    }
    free_arrays(&in);
    free(stack);
    free(loops);
}

/* The pass: rebuild the IR (above), then take the copies and the dead
 * stores out of the whole program. Peeling goes over a loop's body again
 * (close_with), which goes over the loops inside it again, and so on: the
 * budget keeps that to a few times the program's size. */
void ir_close_and_prune(Program *prog)
{
    budget = 16 * (long)prog->n + 4096;
    peeled_loop = 0;
    rebuild(prog, 1);
    if (peeled_loop) rebuild(prog, 1);   /* what comes before a peeled pass may close its loops */
    if (prog->opts & OPT_COPY) { copies(prog, 0, 0); copy_tests(prog, 0, 0); }
    if (prog->opts & OPT_DSE) dead_stores(prog, 0);
}
