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
 * A second pass (ir_carry_offsets, in carry.c) then carries the offsets on
 * through the IFs and the loops that end where they started, so fewer MOVEs
 * are left.
 *
 * A tape error is reported at the command that left the tape, not at the op
 * that noticed: each block of moves keeps the moves that reached a new
 * farthest cell (bf.h, OpBlock and Reach), and ir_fault_pos picks the one
 * that crossed the edge. Calls carry.c, and bf_grow (runtime.c) for memory.
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
    int32_t block;            /* this block's number once it has moved, else -1 */
    int32_t last_block;       /* the last block that moved the pointer, or -1 */
    long last_ptr;            /* how far that block moved it */
    size_t merge_from;        /* ops from here on may absorb a following ADD */
    size_t *open;             /* stack of OPEN op indexes */
    size_t depth, open_cap;
} Parser;

/* Append an op; returns its index (exits on out of memory). Its block of
 * moves is this block if it has moved, else the last one that did. */
static size_t push_op(Parser *ps, int kind, long off, long arg, SrcPos where)
{
    Program *p = ps->prog;
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 256;
        p->ops = bf_grow(p->ops, p->cap, sizeof *p->ops);
        p->pos = bf_grow(p->pos, p->cap, sizeof *p->pos);
        p->blk = bf_grow(p->blk, p->cap, sizeof *p->blk);
    }
    p->ops[p->n] = (Op){ .kind = (uint8_t)kind, .off = (int32_t)off, .arg = (int32_t)arg, .jump = -1, .src = 0 };
    p->pos[p->n] = where;
    p->blk[p->n] = ps->block >= 0 ? (OpBlock){ ps->block, 0 }
                                  : (OpBlock){ ps->last_block, (int32_t)-ps->last_ptr };
    if (off == ps->hi) ps->hi_touched = 1;
    if (off == ps->lo) ps->lo_touched = 1;
    return p->n++;
}

/* Note that a move at where reached a cell farther than any before on side dir. */
static void push_reach(Parser *ps, int dir, SrcPos where)
{
    Program *p = ps->prog;
    if (ps->block < 0) {             /* the block's first move: the block begins */
        if (p->nblocks == p->blocks_cap) {
            p->blocks_cap = p->blocks_cap ? p->blocks_cap * 2 : 64;
            p->block_first = bf_grow(p->block_first, p->blocks_cap, sizeof *p->block_first);
        }
        p->block_first[p->nblocks] = (uint32_t)p->nreach;
        ps->block = (int32_t)p->nblocks++;
    }
    if (p->nreach == p->reach_cap) {
        p->reach_cap = p->reach_cap ? p->reach_cap * 2 : 256;
        p->reach = bf_grow(p->reach, p->reach_cap, sizeof *p->reach);
    }
    p->reach[p->nreach++] = (Reach){ .dir = (int8_t)dir, .pos = where };
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
    if (ps->block >= 0) {
        ps->last_block = ps->block;
        ps->last_ptr = ps->ptr;
        ps->block = -1;
    }
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
    if (ps->ptr > ps->hi) { ps->hi = ps->ptr; ps->hi_touched = 0; ps->hi_pos = where; push_reach(ps, 1, where); }
    if (ps->ptr < ps->lo) { ps->lo = ps->ptr; ps->lo_touched = 0; ps->lo_pos = where; push_reach(ps, -1, where); }
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
    OpBlock open_blk = p->blk[o];    /* what replaces the OPEN tests its cell as the OPEN did */

    /* [>] [<] [>>] ...: the body is one MOVE. If the pointer moved right
     * before the loop, a TOUCH tests the cell first, charged to that move;
     * the SCAN's own faults are charged to the moves of its body (the block
     * that ended last, which push_op gives it). */
    if ((ps->opts & OPT_SCAN) && nbody == 1 && body[0].kind == OP_MOVE) {
        int step = body[0].arg;
        p->n = o;
        if (o > 0 && p->ops[o - 1].kind == OP_MOVE) {
            size_t t = push_op(ps, OP_TOUCH, 0, 0, at);
            p->blk[t] = open_blk;
        }
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
        p->blk[push_op(ps, OP_SET, 0, 0, at)] = open_blk;
        ps->merge_from = o;          /* [-]+++ becomes SET 3 */
        return 1;
    }
    if (!(ps->opts & OPT_MUL)) return 0;

    /* Gather the per-pass amount of each cell, in order of first appearance. */
    unsigned times = inverse256((0u - d) & 0xff);
    Op *copy = bf_grow(NULL, nbody, sizeof *copy);
    SrcPos *copy_pos = bf_grow(NULL, nbody, sizeof *copy_pos);
    OpBlock *copy_blk = bf_grow(NULL, nbody, sizeof *copy_blk);
    size_t ncopy = 0;
    for (size_t i = 0; i < nbody; i++) {
        if (body[i].off == 0) continue;
        size_t j = 0;
        while (j < ncopy && !(copy[j].kind == body[i].kind && copy[j].off == body[i].off)) j++;
        if (j == ncopy) {
            copy[ncopy] = body[i];
            copy_pos[ncopy] = p->pos[o + 1 + i];
            copy_blk[ncopy] = p->blk[o + 1 + i];
            copy[ncopy++].arg = 0;
        }
        if (body[i].kind == OP_ADD) copy[j].arg = (uint8_t)(copy[j].arg + body[i].arg);
    }
    p->n = o;
    size_t iff = push_op(ps, OP_IF, 0, 0, at);
    p->blk[iff] = open_blk;
    for (size_t j = 0; j < ncopy; j++) {
        size_t k;
        if (copy[j].kind == OP_TOUCH) k = push_op(ps, OP_TOUCH, copy[j].off, 0, copy_pos[j]);
        else if (copy[j].arg != 0)
            k = push_op(ps, OP_MUL, copy[j].off, (uint8_t)(copy[j].arg * times), copy_pos[j]);
        else k = push_op(ps, OP_TOUCH, copy[j].off, 0, copy_pos[j]);
        p->blk[k] = copy_blk[j];
    }
    push_op(ps, OP_SET, 0, 0, where);
    size_t endif = push_op(ps, OP_ENDIF, 0, 0, where);
    p->ops[iff].jump = (int32_t)endif;
    p->ops[endif].jump = (int32_t)iff;
    ps->merge_from = p->n;
    free(copy);
    free(copy_pos);
    free(copy_blk);
    return 1;
}

/* Report an unmatched bracket as NAME:LINE:COL: ... and return 65. */
static int unmatched(const char *name, SrcPos at, char c)
{
    fprintf(stderr, "bfjit: %s:%u:%u: unmatched '%c'\n", name, at.line, at.col, c);
    return 65;
}

/* The line and column of src[index] (lines and columns count from 1). */
SrcPos ir_pos_of(const char *src, size_t index)
{
    SrcPos at = { 1, 1 };
    for (size_t i = 0; i < index; i++, at.col++)
        if (src[i] == '\n') { at.line++; at.col = 0; }
    return at;
}

/* Match src's brackets into match[]; 0, or 65 after reporting the first
 * unmatched ']' or the innermost unclosed '['. Until its ']' comes, an open
 * '[' keeps in match[] the index of the '[' it is inside: a stack in place. */
int ir_match_brackets(const char *name, const char *src, size_t len, size_t *match)
{
    const size_t none = (size_t)-1;
    size_t top = none;               /* the innermost '[' not yet closed */
    for (size_t i = 0; i < len; i++) {
        if (src[i] == '[') {
            match[i] = top;
            top = i;
        } else if (src[i] == ']') {
            if (top == none) return unmatched(name, ir_pos_of(src, i), ']');
            size_t o = top;
            top = match[o];
            match[o] = i;
            match[i] = o;
        }
    }
    return top == none ? 0 : unmatched(name, ir_pos_of(src, top), '[');
}

/* The move that crossed the edge: see bf.h. The block started on cell
 * p + base; the dist-th move that reached farther on the side went off. */
SrcPos ir_fault_pos(const Program *prog, size_t op, long p, int side)
{
    if (op >= prog->n) return (SrcPos){ 0, 0 };
    const OpBlock *b = &prog->blk[op];
    if (b->block >= 0) {
        long start = p + b->base;
        int dir = side == RUN_OFF_LEFT ? -1 : 1;
        long dist = dir < 0 ? start + 1 : TAPE_CELLS - start;
        size_t end = (size_t)b->block + 1 < prog->nblocks ? prog->block_first[b->block + 1] : prog->nreach;
        for (size_t i = prog->block_first[b->block]; i < end && dist > 0; i++)
            if (prog->reach[i].dir == dir && --dist == 0) return prog->reach[i].pos;
    }
    return prog->pos[op];            /* the op itself, if no move of its block crossed */
}

/* Parse and optimise src into prog; 0, or 65 after reporting an unmatched bracket. */
int ir_build(Program *prog, const char *name, const char *src, size_t len, unsigned opts)
{
    memset(prog, 0, sizeof *prog);
    prog->name = name;
    prog->opts = opts;
    size_t *match = bf_grow(NULL, len + 1, sizeof *match);
    int status = ir_match_brackets(name, src, len, match);
    free(match);
    if (status != 0) return status;

    Parser ps = { .prog = prog, .opts = opts, .lo_touched = 1, .hi_touched = 1, .block = -1, .last_block = -1 };
    SrcPos at = { 1, 1 };
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
        case '[':                    /* the brackets match: ir_match_brackets said so */
            prog->commands++;
            end_block(&ps, 1, at);
            if (ps.depth == ps.open_cap) {
                ps.open_cap = ps.open_cap ? ps.open_cap * 2 : 64;
                ps.open = bf_grow(ps.open, ps.open_cap, sizeof *ps.open);
            }
            ps.open[ps.depth++] = push_op(&ps, OP_OPEN, 0, 0, at);
            ps.merge_from = prog->n;
            break;
        case ']': {
            prog->commands++;
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
    end_block(&ps, 0, at);
    if ((opts & OPT_CARRY) && (opts & OPT_OFFSET)) ir_carry_offsets(prog);   /* carry.c */
    if (opts & (OPT_DSE | OPT_CLOSE | OPT_COPY | OPT_ONCE)) ir_close_and_prune(prog);   /* prune.c */
    free(ps.open);
    return 0;
}

/* Free the IR's arrays. */
void ir_free(Program *prog)
{
    free(prog->ops);
    free(prog->pos);
    free(prog->blk);
    free(prog->reach);
    free(prog->block_first);
    const char *name = prog->name;
    memset(prog, 0, sizeof *prog);
    prog->name = name;
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
