/* bfdebug.c: bfjit's code described to perf and gdb (see bfdebug.h). Three
 * steps: find the names (loops), the line rows (ops) and the frame (checked
 * against the bytes jit.c writes), then hand them to jitdebug.c. */
#define _GNU_SOURCE
#include "bfdebug.h"
#include "helpers.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* asm2bytes bf-prologue.asm */
static const unsigned char prologue[] = {
    0x55,                                    /* push rbp */
    0x48, 0x89, 0xe5,                        /* mov rbp,rsp */
    0x53,                                    /* push rbx */
    0x41, 0x54,                              /* push r12 */
    0x41, 0x55,                              /* push r13 */
};

/* asm2bytes bf-epilogue.asm */
static const unsigned char epilogue[] = {
    0x48, 0x89, 0xd8,                        /* mov rax,rbx */
    0x48, 0x83, 0xc4, 0x08,                  /* add rsp,0x8 */
    0x41, 0x5d,                              /* pop r13 */
    0x41, 0x5c,                              /* pop r12 */
    0x5b,                                    /* pop rbx */
    0x5d,                                    /* pop rbp */
    0xc3,                                    /* ret */
};

/* Where op i's loop ends, if op i starts a loop (OPEN, IF, SCAN): the index
 * of its last op (CLOSE, ENDIF, or itself); else -1. An IF is a multiply
 * loop of the source, a SCAN a loop like [>]. */
static long loop_last_op(const Program *prog, size_t i)
{
    switch (prog->ops[i].kind) {
    case OP_OPEN: case OP_IF: return prog->ops[i].jump;
    case OP_SCAN: return (long)i;
    default: return -1;
    }
}

/* From offset at on, the code is named after loop op `loop` (bf_main for -1):
 * end the piece before there, unless it has that name already. */
static void name_from(JdRange *r, size_t *n, uint32_t at, long loop, const Program *prog)
{
    char name[sizeof r->name];
    if (loop < 0) snprintf(name, sizeof name, "bf_main");
    else snprintf(name, sizeof name, "bf_loop_%u_%u", prog->pos[loop].line, prog->pos[loop].col);
    if (*n && r[*n - 1].start == at) (*n)--;            /* drop a piece of no bytes */
    if (*n && strcmp(r[*n - 1].name, name) == 0) return; /* the same name goes on */
    if (*n) r[*n - 1].end = at;
    r[*n].start = at;
    memcpy(r[*n].name, name, sizeof name);
    (*n)++;
}

/* Cut the code at every loop boundary and name each piece after its innermost
 * loop; open[] is room for the loops open at once. Returns how many pieces. */
static size_t find_names(const Jit *j, const Program *prog, JdRange *r, long (*open)[2])
{
    size_t n = 0, depth = 0;
    name_from(r, &n, 0, -1, prog);                      /* the prologue */
    for (size_t i = 0; i < prog->n; i++) {
        long last = loop_last_op(prog, i);
        if (last >= 0) {                                /* a loop starts at op i */
            open[depth][0] = (long)i;
            open[depth][1] = last;
            depth++;
            name_from(r, &n, j->op_start[i], (long)i, prog);
        }
        while (depth && open[depth - 1][1] == (long)i) {/* and ends after op i */
            depth--;
            name_from(r, &n, j->op_start[i + 1], depth ? open[depth - 1][0] : -1, prog);
        }
    }
    /* The epilogue, and the code out of line after it (the IFs' careful
     * paths, the OUTs' calls to rt_putc), are bf_main's. */
    r[n - 1].end = (uint32_t)j->len;
    return n;
}

/* One line row per op that has code: where its first instruction is, and
 * where the op came from in the .bf file. The prologue gets op 0's row, the
 * epilogue the last op's. Then one more per op with code out of line, after
 * the epilogue and in op order (jit.c's ool_start): an OUT that calls
 * rt_putc from there is at its own line in a backtrace. */
static size_t find_lines(const Jit *j, const Program *prog, JdLine *rows)
{
    size_t n = 0;
    for (size_t i = 0; i < prog->n; i++) {
        uint32_t at = i == 0 ? 0 : j->op_start[i];
        if (i + 1 < prog->n && j->op_start[i + 1] == j->op_start[i]) continue;  /* no code */
        rows[n++] = (JdLine){ at, prog->pos[i].line, prog->pos[i].col };
    }
    for (size_t i = 0; j->ool_start && i < prog->n; i++)   /* NULL: an exercise's older jit.c */
        if (j->ool_start[i]) rows[n++] = (JdLine){ j->ool_start[i], prog->pos[i].line, prog->pos[i].col };
    return n;
}

/* The frame: jit.c's prologue and epilogue, and the second entry's prologue
 * (jit_run's hand-back from the interpreter), checked byte for byte, since the
 * unwind table is only true for them. 0, or -1 if the code is not that shape. */
static int find_frame(const Jit *j, const Program *prog, JdFrame *f)
{
    uint32_t end = j->op_start[prog->n];
    if (j->len < sizeof prologue || memcmp(j->code, prologue, sizeof prologue) != 0
        || end + sizeof epilogue > j->len || memcmp(j->code + end, epilogue, sizeof epilogue) != 0
        || j->resume_at < end + sizeof epilogue || j->resume_at + sizeof prologue > j->len
        || memcmp(j->code + j->resume_at, prologue, sizeof prologue) != 0)   /* the second entry */
        return -1;
    *f = (JdFrame){ .after_push_rbp = 1, .after_mov_rbp = 4, .nsaved = 3,
                    .ret_at = end + (uint32_t)sizeof epilogue - 1, .entry2_at = j->resume_at };
    f->saved[0].dwarf_reg = JD_RBX; f->saved[0].after = 5;
    f->saved[1].dwarf_reg = JD_R12; f->saved[1].after = 7;
    f->saved[2].dwarf_reg = JD_R13; f->saved[2].after = 9;
    return 0;
}

/* Describe j's code as d asks (bfdebug.h); 0, or an exit status after one line. */
int bf_debug_begin(BfDebug *d, const Jit *j, const Program *prog, const char *path)
{
    d->entry = NULL;
    if (!d->perf_map && !d->gdb && !d->dump_elf) return 0;
    JdRange *ranges = calloc(2 * prog->n + 2, sizeof *ranges);
    JdLine *rows = calloc(2 * prog->n + 1, sizeof *rows);      /* in line and out of line */
    long (*open)[2] = calloc(prog->n + 1, sizeof *open);
    char cwd[4096];
    int status = 0;
    if (!ranges || !rows || !open) {
        fprintf(stderr, "bfjit: out of memory for the debug information\n");
        status = EXIT_SOFTWARE;
        goto out;
    }
    if (!getcwd(cwd, sizeof cwd)) { status = EXIT_SOFTWARE; perror("bfjit: getcwd"); goto out; }
    JdCode c = { .source = path, .comp_dir = cwd, .producer = "bfjit",
                 .addr = (uintptr_t)j->code, .size = (uint32_t)j->len, .bytes = j->code };
    if (find_frame(j, prog, &c.frame) != 0) {
        fprintf(stderr, "bfjit: the code does not start and end the way bfdebug.c knows (bf-prologue.asm, bf-epilogue.asm)\n");
        status = EXIT_SOFTWARE;
        goto out;
    }
    c.ranges = ranges;
    c.nranges = find_names(j, prog, ranges, open);
    c.lines = rows;
    c.nlines = find_lines(j, prog, rows);

    if (d->perf_map && jd_perf_map_add(&c) != 0) {
        fprintf(stderr, "bfjit: cannot write /tmp/perf-%ld.map: %s\n", (long)getpid(), strerror(errno));
        status = EXIT_SOFTWARE;
        goto out;
    }
    if (d->gdb || d->dump_elf) {
        size_t size;
        uint8_t *obj = jd_elf_build(&c, &size);
        if (!obj) { fprintf(stderr, "bfjit: out of memory for the ELF object\n"); status = EXIT_SOFTWARE; goto out; }
        if (d->dump_elf) {
            FILE *f = fopen(d->dump_elf, "wb");
            if (!f) status = EXIT_CANTCREAT;
            else {
                bool written = fwrite(obj, 1, size, f) == size;
                if (fclose(f) != 0 || !written) status = EXIT_IOERR;
            }
            if (status) {
                fprintf(stderr, "bfjit: cannot %s %s: %s\n", f ? "write" : "create", d->dump_elf, strerror(errno));
                free(obj);
                goto out;
            }
        }
        if (d->gdb) d->entry = jd_gdb_register(obj, size);
        else free(obj);
    }
out:
    free(ranges);
    free(rows);
    free(open);
    return status;
}

/* Undo what bf_debug_begin did that must not outlive the code. */
void bf_debug_end(BfDebug *d)
{
    jd_gdb_unregister(d->entry);
    d->entry = NULL;
    if (d->perf_map == 2) jd_perf_map_remove();
}
