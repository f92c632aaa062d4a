/* bf.h: what the parts of bfjit share: the IR, the tape and the runtime that
 * both the interpreter and the JIT'd code use for input and output.
 *
 * The files, and what each may call. Calls go one way, down this list; no
 * file calls a file above it:
 *   bfjit.c    the JIT's main path: read, IR, compile, W^X, run, report
 *   cli.c      its options; tools.c the modes that are instruments
 *              (--ir --emit-c --naive --abi-check --fuzz --gen --maps)
 *   fuzz.c     random terminating programs: the interpreters against the JIT
 *   jitrun.c   runs JIT'd code; its SIGSEGV handler turns guard-page faults
 *              into tape errors      -> jit.c, interp.c, runtime.c
 *   jit.c      IR -> x86-64 machine code, through chapter 07's encoder
 *   interp.c   runs the IR (and, for the benchmark, the text itself) -> ir.c, runtime.c
 *   emitc.c    IR-free translation of the program to C (for the benchmark)
 *   ir.c       source text -> IR (parser and optimiser) -> carry.c
 *   carry.c    the IR's second pass: offsets carried through loops
 *   prune.c    the third: dead stores, copies, and loops closed into their effect
 *   runtime.c  the tape with its guard pages, buffered I/O, how a run ended;
 *              calls nothing here (ir.c, carry.c, prune.c and cli.c use its bf_grow)
 * (The JIT'd code calls rt_putc and rt_getc; when one of them fails it jumps
 * back to jitrun.c's siglongjmp target, which is a return, not a call.)
 */
#ifndef BF_H
#define BF_H

#include <setjmp.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Resize an array to n elements of size bytes (old may be NULL); out of
 * memory is one line and exit 70. (runtime.c; every file may call it.) */
void *bf_grow(void *old, size_t n, size_t size);

/* ---- The tape ------------------------------------------------------------ */

#define TAPE_CELLS 30000      /* cells 0..29999, 8 bits each, wrapping */
#define MAX_REACH  1024       /* no IR operation reaches further than this from the pointer */

/* ---- The IR -------------------------------------------------------------- */

/* One IR operation. p is the tape pointer, cell[x] the cell at p + x.
 * Every operation that names an offset reads or writes cell[p + off] (TOUCH
 * only reads it): that access is where a move off the tape is caught. */
typedef enum OpKind {
    OP_ADD,     /* cell[off] += arg                                   (+ - folded) */
    OP_SET,     /* cell[off] = arg                                    ([-] and [-]+++) */
    OP_MOVE,    /* p += arg                                           (> < folded) */
    OP_OUT,     /* write cell[off] */
    OP_IN,      /* cell[off] = next input byte; unchanged at end of input */
    OP_TOUCH,   /* read cell[off] and ignore it: the pointer went that far */
    OP_OPEN,    /* [ : if cell[off] == 0, go to the op after jump (its CLOSE) */
    OP_CLOSE,   /* ] : if cell[off] != 0, go to the op after jump (its OPEN) */
    OP_IF,      /* if cell[off] == 0, go to the op after jump (its ENDIF); arg 1:
                   the body has effects when cell[off] is 0, so it must be skipped */
    OP_ENDIF,   /* the end of an IF */
    OP_MUL,     /* cell[off] += cell[src] * arg                       (multiply loops) */
    OP_SCAN,    /* while cell[0] != 0: p += arg                       ([>] [<] [>>] ...) */
    OP_KINDS
} OpKind;

typedef struct Op {
    uint8_t kind;      /* an OpKind */
    int32_t off;       /* the cell, relative to p */
    int32_t arg;       /* the amount, value, factor or step */
    int32_t jump;      /* OPEN/CLOSE/IF/ENDIF: index of the matching op */
    int32_t src;       /* MUL: the cell that counts the passes (its IF's) */
} Op;

/* Where an op came from in the source, for error messages. */
typedef struct SrcPos { uint32_t line, col; } SrcPos;

/* The optimisations, each of which can be turned off (--no-opt=...). */
enum {
    OPT_FOLD   = 1 << 0,   /* runs of + - and of < > become one op */
    OPT_OFFSET = 1 << 1,   /* moves are deferred: ops carry offsets, one MOVE per block */
    OPT_CLEAR  = 1 << 2,   /* [-] becomes SET 0 (and [-]+++ SET 3) */
    OPT_SCAN   = 1 << 3,   /* [>] [<] become SCAN */
    OPT_MUL    = 1 << 4,   /* [->+>++<<] becomes IF, MUL, MUL, SET 0, ENDIF */
    OPT_CARRY  = 1 << 5,   /* offsets carried through IFs and loops that come back */
    OPT_BRANCHLESS = 1 << 6, /* the JIT runs an IF's body without a branch (jit.c) */
    OPT_DSE    = 1 << 7,   /* a store overwritten before anything reads it goes */
    OPT_CLOSE  = 1 << 8,   /* a loop whose passes can be counted becomes its effect */
    OPT_EVEN   = 1 << 9,   /* ... also one with an even step, when its counter is known and it ends */
    OPT_COPY   = 1 << 10,  /* a copy through a temporary and back ([->+>+<<]>>[-<<+>>]) is one multiply */
    OPT_ONCE   = 1 << 11,  /* a loop whose body clears its own counter runs at most once: an IF */
    OPT_INLINE_OUT = 1 << 12, /* the JIT'd code writes the output buffer itself (jit.c) */
    OPT_ALL    = (1 << 13) - 1
};

/* Which moves a tape error is charged to. Moves are deferred (one MOVE per
 * block), so the op that finds the pointer off the tape is not the command
 * that took it there. Each block keeps, in order, the moves that reached a
 * cell farther than any before on their side; an op knows its block and where
 * that block started relative to the pointer, so at a tape error the distance
 * from the block's start to the edge picks the move that crossed it. */
typedef struct OpBlock {
    int32_t block;       /* the block of moves that last moved the pointer, or -1 */
    int32_t base;        /* that block's start, relative to the pointer at this op */
} OpBlock;
typedef struct Reach {
    int8_t dir;          /* +1 a new farthest cell to the right, -1 to the left */
    SrcPos pos;          /* the move that reached it */
} Reach;

typedef struct Program {
    const char *name;    /* the file name, for messages */
    Op *ops;             /* the IR */
    SrcPos *pos;         /* pos[i]: where ops[i] came from */
    OpBlock *blk;        /* blk[i]: ops[i]'s block of moves */
    size_t n, cap;
    Reach *reach;        /* every block's new farthest moves, block after block */
    uint32_t *block_first; /* block b's are reach[block_first[b] .. block_first[b + 1]) */
    size_t nreach, reach_cap, nblocks, blocks_cap;
    size_t commands;     /* how many of the 8 command characters the source has */
    unsigned opts;       /* the optimisations it was built with */
} Program;

/* Parse and optimise src[0..len) into prog. Returns 0, or 65 after printing
 * "NAME:LINE:COL: unmatched '['" (or ']') on stderr (prog is then empty). */
int ir_build(Program *prog, const char *name, const char *src, size_t len, unsigned opts);
/* Match the brackets of src: match[i] is the partner of the bracket at i
 * (match has len entries). Returns 0, or 65 after the unmatched message. */
int ir_match_brackets(const char *name, const char *src, size_t len, size_t *match);
/* The line and column of src[index]. */
SrcPos ir_pos_of(const char *src, size_t index);
/* The command that moved the pointer off the tape, when op found it there
 * with the pointer on cell p (side: RUN_OFF_LEFT or RUN_OFF_RIGHT). */
SrcPos ir_fault_pos(const Program *prog, size_t op, long p, int side);
/* carry.c: carry the pending moves through IFs and balanced loops (OPT_CARRY). */
void ir_carry_offsets(Program *prog);
/* prune.c: dead stores (OPT_DSE), closed loops (OPT_CLOSE, OPT_EVEN), copies
 * (OPT_COPY) and loops that run once (OPT_ONCE), after carry.c. */
void ir_close_and_prune(Program *prog);
/* Free the IR's arrays. */
void ir_free(Program *prog);
/* Print the IR, one op a line, indented by nesting, on stdout. */
void ir_print(const Program *prog);
/* The name of an op kind ("add", "move", ...). */
const char *ir_kind_name(int kind);

/* ---- The runtime: tape, input, output --------------------------------- */

/* How a run ended. */
typedef enum RunStatus {
    RUN_OK = 0,
    RUN_OFF_LEFT,     /* touched a cell before cell 0 */
    RUN_OFF_RIGHT,    /* touched a cell after cell 29999 */
    RUN_IO_ERROR,     /* a read or write failed (Runtime.error_call, error_errno) */
    RUN_FAILED,       /* the run could not start or go on (a message was printed) */
    RUN_EDGE,         /* JIT'd code touched a real cell on the guarded edge page */
    RUN_HANDBACK      /* the interpreter stopped at a loop head JIT'd code can take on from */
} RunStatus;

typedef struct Runtime {
    uint8_t *tape;          /* cell 0 */
    uint8_t *careful;       /* the running JIT code's IF flags (jit.c), loaded into r13 */
    uint8_t *map;           /* the whole mapping: guard, tape pages, guard */
    size_t map_len;
    uint8_t *edge_page;     /* the tape's last page, which it shares with no cell past 29999 */
    size_t page;
    bool tape_clean;        /* the tape is all 0 (just mapped): rt_reset need not clear it */

    /* Output: buffered, flushed when full, before reading input and at the
     * end, at each newline when out_fd is a terminal, and on SIGINT/SIGTERM.
     * Flushed to memory instead of fd when capture is set (the differential
     * test), through the same buffer. JIT'd code stores a byte in outbuf
     * itself while outlen < out_limit, and calls rt_putc when it is not
     * (jit.c, OP_OUT): out_limit is sizeof outbuf - 1, so the byte that fills
     * the buffer goes through rt_putc, which flushes; or 0 on a terminal, so
     * that every byte does and a newline is seen. outlen and out_limit come
     * before outbuf: the JIT'd code reaches them with a one-byte displacement. */
    int out_fd;
    bool line_buffered;     /* out_fd is a terminal: flush at each newline */
    size_t outlen;          /* bytes in outbuf */
    size_t out_limit;       /* JIT'd code stores the byte itself while outlen < out_limit */
    uint8_t *capture; size_t capture_len, capture_cap;
    uint8_t outbuf[1 << 16];

    /* Input: from in_fd, or from memory when in_mem is set. */
    int in_fd;
    const uint8_t *in_mem; size_t in_mem_len, in_mem_pos;
    uint8_t inbuf[1 << 12]; size_t inbuf_len, inbuf_pos;
    int in_eof;

    /* How the run ended, and where (an op index, or a code address in JIT'd code). */
    RunStatus status;
    size_t fault_op;
    uintptr_t fault_rip;
    long fault_p;           /* the tape pointer at a tape error (rbx, in JIT'd code) */
    /* Tiering at the tape's edge page (jitrun.c). While entry is set (to
     * Jit.entry), interp_resume hands the run back to JIT'd code at a loop
     * head that entry allows, once it has passed handback_wait such heads
     * and the pointer is MAX_REACH cells clear of the edge page. */
    const uint8_t *entry;
    unsigned long handback_wait;
    unsigned long edge_trips;     /* JIT'd code to the interpreter, at the edge page */
    unsigned long handbacks;      /* the interpreter back to JIT'd code */
    unsigned long interp_ops;     /* ops the interpreter ran in those trips */
    size_t first_edge_op;         /* the op that made the first trip */
    unsigned long skipped;  /* speculative touches of a guard page by an IF of 0, skipped */
    const char *error_call; /* "read" or "write" */
    int error_errno;
    sigjmp_buf *escape;     /* where a runtime error in JIT'd code goes (siglongjmp) */
} Runtime;

/* Map the tape with guard pages and set up I/O on stdin/stdout. Returns 0, or
 * -1 after printing the failed call on stderr. */
int rt_init(Runtime *rt);
/* Zero the tape and reset I/O state (keeps the mapping; output to capture
 * when capture is non-zero, input from in[0..in_len) when in is non-NULL). */
void rt_reset(Runtime *rt, int capture, const uint8_t *in, size_t in_len);
/* Unmap the tape and free the capture buffer. */
void rt_free(Runtime *rt);
/* Make the tape's last page inaccessible (1) for JIT'd code, or accessible (0). */
int rt_guard_edge(Runtime *rt, int on);
/* Print the /proc/self/maps lines of the tape's mapping, each part named. */
int rt_print_maps(const Runtime *rt);
/* On SIGINT and SIGTERM, write what rt has buffered, then die of the signal
 * (unless the signal was ignored when bfjit started). 0, or -1 after a message. */
int rt_flush_on_signals(Runtime *rt);

/* Write one byte of program output (called from the interpreter and from JIT'd code). */
void rt_putc(Runtime *rt, int c);
/* Read one byte of program input; returns old (the cell's value) at end of input. */
int rt_getc(Runtime *rt, int old);
/* Flush buffered output; returns 0, or -1 with status RUN_IO_ERROR. */
int rt_flush(Runtime *rt);
/* Say how a run ended: flush the output, then for an error one line on stderr
 * ("NAME:LINE:COL: runtime error: ..." with at, for a tape error). Returns
 * the exit status: 0, 70 (a tape error) or 74 (a failed read or write). */
int rt_report(Runtime *rt, const char *name, RunStatus status, SrcPos at);

/* ---- The two ways to run the IR, and the naive one --------------------- */

/* Run the IR on rt's tape. Returns the status; on a tape error, rt->fault_op
 * is the op that touched the cell. *final_p gets the pointer's cell index. */
RunStatus interp_run(const Program *prog, Runtime *rt, long *final_p);
/* The same, starting at op pc with the pointer on cell p (where JIT'd code
 * left off: see jit_run). With rt->entry set it may stop at a loop head and
 * return RUN_HANDBACK, with that OPEN in rt->fault_op and p in *final_p. */
RunStatus interp_resume(const Program *prog, Runtime *rt, size_t pc, long p, long *final_p);

/* The benchmark's baseline: runs the source text one character at a time
 * (its brackets must balance). Returns the status; on a tape error *bad is
 * the index of the character. */
RunStatus naive_run(const char *src, size_t len, Runtime *rt, size_t *bad);

/* JIT'd code: called with the tape pointer (cell 0) and the runtime; returns
 * the final tape pointer. */
typedef uint8_t *(*JitFn)(uint8_t *tape, Runtime *rt);
/* Its second entry (Jit.resume_at): the same, with the pointer at p, going
 * on from code address at (the code of an OPEN that Jit.entry allows). */
typedef uint8_t *(*JitResumeFn)(uint8_t *p, Runtime *rt, const uint8_t *at);

/* How the code's memory becomes executable, never writable at the same time
 * (chapter 09): WX_MPROTECT, one mapping, RW while written and then RX;
 * WX_DUAL, two views of one memfd, written through the RW one (unmapped once
 * the code is done) and run through the RX one. WX_AUTO (bfjit --wx=auto)
 * tries mprotect, then the dual mapping, then the interpreter. */
typedef enum WxStrategy { WX_AUTO, WX_MPROTECT, WX_DUAL } WxStrategy;
extern WxStrategy jit_wx;    /* the strategy jit_compile uses: WX_MPROTECT or WX_DUAL */

typedef struct Jit {
    uint8_t *code;           /* the code, where it runs (mprotect: RW while writing, RX when ready) */
    uint8_t *write;          /* where it is written: code itself, or the dual mapping's RW view */
    WxStrategy wx;           /* WX_MPROTECT or WX_DUAL */
    size_t map_len;          /* its length, whole pages */
    size_t len;              /* bytes of code in it */
    uint32_t *op_start;      /* op_start[i]: code offset of op i's first instruction */
    uint32_t *ool_start;     /* ool_start[i]: offset of op i's code out of line, after the
                                epilogue (an OUT's call, an IF's careful path), or 0 */
    int32_t *if_of;          /* if_of[i]: the IF whose body op i is in, else -1 (also
                                for the IF itself: its load is not speculative) */
    uint8_t *careful;        /* careful[i]: IF i tests its cell before its body (r13 points here) */
    uint8_t *entry;          /* entry[i]: the interpreter may hand the run back at op i (an OPEN) */
    uint32_t resume_at;      /* code offset of the second entry: resume(p, rt, at) */
    const Program *prog;     /* the IR the code was made from */
    size_t nops;
    char error[200];         /* why jit_compile or jit_make_executable failed */
} Jit;

/* Hooks the ABI check swaps in for the I/O helpers (NULL: call rt_putc/rt_getc). */
typedef struct JitHooks { const void *putc_fn, *getc_fn; } JitHooks;

/* Generate code for prog into a fresh RW mapping (jit_alloc). Returns 0, or
 * -1 with j->error. */
int jit_compile(Jit *j, const Program *prog, const JitHooks *hooks);
/* The memory the code is written to: j->map_len bytes, read+write, in
 * j->code. Returns 0, or -1 with the call and errno in j->error. */
int jit_alloc(Jit *j);
/* Flip the code to read+execute (W^X). Returns 0, or -1 with j->error set to
 * the call and errno (the caller then falls back to the interpreter). */
int jit_make_executable(Jit *j);
/* The index of the op whose code contains address rip, or (size_t)-1. */
size_t jit_op_at(const Jit *j, uintptr_t rip);
/* Unmap the code and free the tables. */
void jit_free(Jit *j);

/* jitrun.c. Install the SIGSEGV handler (on its own stack) that turns
 * guard-page faults in JIT'd code into tape errors; 0, or -1 after a message. */
int jit_install_fault_handler(void);
/* Run prog's code j on rt (its tape zeroed by rt_reset). Faults on the guard
 * pages come back as RUN_OFF_LEFT/RIGHT with rt->fault_op and fault_p set; a
 * touch of the edge page's real cells hands the run to the interpreter,
 * which hands it back at a loop head (rt->edge_trips, rt->handbacks). With
 * abi_bad, each call goes through abi_call and *abi_bad gets the registers
 * any call changed. */
RunStatus jit_run(const Jit *j, const Program *prog, Runtime *rt, long *final_p, unsigned *abi_bad);

/* ---- The driver (cli.c, tools.c) ---------------------------------------- */

typedef enum Mode { MODE_JIT, MODE_INTERP, MODE_NAIVE, MODE_IR, MODE_EMIT_C, MODE_ABI_CHECK,
                    MODE_FUZZ, MODE_GEN, MODE_MAPS } Mode;
typedef struct Options {
    Mode mode;
    bool stats, mdwe, seed_given;
    WxStrategy wx;           /* --wx=auto|mprotect|dual */
    const char *dump;        /* --dump FILE, or NULL */
    int perf_map;            /* --perf-map: 1, --perf-map=remove: 2 (chapter 10) */
    bool gdb;                /* --gdb: register the code with gdb (chapter 10) */
    const char *dump_elf;    /* --dump-elf FILE: the object gdb gets (chapter 10), or NULL */
    const char *path;        /* the program, or NULL for the modes that take none */
    unsigned opts;           /* the optimisations left on */
    unsigned long count;     /* --fuzz N, --gen I */
    uint64_t seed;
} Options;
#define MAX_FUZZ 1000000UL   /* --fuzz runs at most this many programs */

/* Read the options into o; a usage error is one line and exit 64, --help exits 0. */
void cli_parse(int argc, char **argv, Options *o);
/* Read the whole file into memory (free it); exits 66 with one line if it cannot. */
char *cli_read_program(const char *path, size_t *len);
/* The name messages use for a program: its path without the directories. */
const char *cli_name(const char *path);
/* Run one of the modes that are instruments rather than the JIT's main path
 * (--ir --emit-c --naive --abi-check --fuzz --gen --maps); the exit status. */
int tool_run(const Options *o);

/* ---- Other outputs ------------------------------------------------------ */

/* Print src as a C program (each command a statement, runs folded) on stdout. */
void emit_c(const char *src, size_t len);

/* The differential test: count random terminating programs from seed, each run
 * by the interpreter and the JIT; prints one line per disagreement and a
 * summary. Returns 0 if all agreed. */
int fuzz_run(unsigned long count, uint64_t seed, Runtime *rt, int verbose);
/* Print one generated program (the one fuzz_run would make for index i). */
void fuzz_print(unsigned long i, uint64_t seed, size_t size);

/* The ABI check (abi.asm): call fn(tape, rt) with canaries in the callee-saved
 * registers; *bad gets a bit per register found changed (rbx rbp r12 r13 r14 r15). */
uint8_t *abi_call(void *fn, uint8_t *tape, Runtime *rt, unsigned *bad, const uint8_t *at);
/* Stand-ins for rt_putc/rt_getc that count calls, check the stack is 16-byte
 * aligned at each and trash every caller-saved register the helper may. */
void abi_putc(Runtime *rt, int c);
int abi_getc(Runtime *rt, int old);
extern uint64_t abi_calls, abi_misaligned;
extern const void *abi_putc_target, *abi_getc_target;

#endif /* BF_H */
