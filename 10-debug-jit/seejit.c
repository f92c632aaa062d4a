/* seejit.c: JIT'd code that gdb and perf can see.
 *
 * A debugger names a function by looking its address up in the symbol
 * tables of the files the process has mapped; a profiler does the same. Code
 * made at run time sits in an anonymous mapping that no file describes, so
 * both say "??" or "[unknown]". The cure is to describe the code ourselves:
 *
 *   1. compile a function, countdown(n, work), with chapter 07's encoder,
 *      noting where each statement of countdown.src starts in the code;
 *   2. make it executable (W^X, as in chapter 03);
 *   3. describe it (jitdebug.h): its name, its line table, its stack frame;
 *   4. tell perf (a line in /tmp/perf-PID.map) and gdb (an ELF object in
 *      memory, handed over through GDB's JIT interface);
 *   5. call it. It calls back into C, tick(i), where gdb can stop and look.
 *
 *   seejit [--no-gdb] [--perf-map[=remove]] [--jitdump DIR] [--dump-elf FILE] [--ticks N] [--work N]
 *   seejit --objects N     (register N objects: what gdb's registration costs)
 */
#define _GNU_SOURCE
#include "emit.h"
#include "helpers.h"
#include "jitdebug.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define CODE_SIZE 4096
/* Where we ask for the code (a hint, not MAP_FIXED: any address works). The
 * same address every run keeps the dumps in the README comparable with yours. */
#define CODE_HINT ((void *)0x10000000)

int register_objects(long n);            /* objects.c: the --objects measurement */

/* tick: the C function the JIT'd code calls once per round (gdb stops here). */
__attribute__((noinline)) void tick(long i)
{
    printf("tick %ld\n", i);
}

/* A row of the line table: the code from here on is countdown.src line:col. */
static void at_line(JdLine *rows, size_t *n, const Emitter *e, uint32_t line, uint32_t col)
{
    rows[(*n)++] = (JdLine){ (uint32_t)e->len, line, col };
}

/* Compile countdown(n, work) into code; fill in its line table and frame. */
static size_t compile_countdown(uint8_t *code, JdLine *rows, size_t *nrows, JdFrame *frame)
{
    Emitter e;
    emit_init(&e, code, CODE_SIZE);
    EmitLabel repeat = emit_label_new(&e), spun = emit_label_new(&e), spin = emit_label_new(&e);

    at_line(rows, nrows, &e, 2, 1);          /* countdown(n, work): */
    emit_push_r64(&e, RBP);                  /*   push rbp         the frame pointer chain */
    frame->after_push_rbp = (uint32_t)e.len;
    emit_mov_r64_r64(&e, RBP, RSP);          /*   mov rbp, rsp */
    frame->after_mov_rbp = (uint32_t)e.len;
    emit_push_r64(&e, RBX);                  /*   push rbx         i lives in rbx, */
    frame->saved[0].dwarf_reg = JD_RBX;
    frame->saved[0].after = (uint32_t)e.len;
    emit_push_r64(&e, R12);                  /*   push r12         work in r12 (callee-saved) */
    frame->saved[1].dwarf_reg = JD_R12;
    frame->saved[1].after = (uint32_t)e.len;
    frame->nsaved = 2;
    at_line(rows, nrows, &e, 3, 5);          /* i = n */
    emit_mov_r64_r64(&e, RBX, RDI);
    emit_mov_r64_r64(&e, R12, RSI);
    emit_label_bind(&e, repeat);             /* repeat: */
    at_line(rows, nrows, &e, 5, 9);          /* spin work times */
    emit_mov_r64_r64(&e, RCX, R12);
    emit_test_r64_r64(&e, RCX, RCX);
    emit_jcc8(&e, CC_E, spun);
    emit_label_bind(&e, spin);
    emit_dec_r64(&e, RCX);
    emit_jcc8(&e, CC_NE, spin);
    emit_label_bind(&e, spun);
    at_line(rows, nrows, &e, 6, 9);          /* tick(i) */
    emit_mov_r64_r64(&e, RDI, RBX);
    emit_mov_r64_imm64(&e, RAX, (uint64_t)(uintptr_t)tick);
    emit_call_r64(&e, RAX);
    at_line(rows, nrows, &e, 7, 9);          /* i = i - 1 */
    emit_dec_r64(&e, RBX);
    at_line(rows, nrows, &e, 8, 5);          /* until i == 0 */
    emit_jcc8(&e, CC_NE, repeat);
    at_line(rows, nrows, &e, 9, 5);          /* return */
    emit_pop_r64(&e, R12);
    emit_pop_r64(&e, RBX);
    emit_pop_r64(&e, RBP);
    frame->ret_at = (uint32_t)e.len;
    emit_ret(&e);
    if (emit_finish(&e) != EMIT_OK) {
        char why[160];
        emit_format_error(&e, why, sizeof why);
        die(EXIT_SOFTWARE, "the encoder failed: %s", why);
    }
    return e.len;
}

static const char usage_text[] =
    "usage: seejit [--no-gdb] [--perf-map[=remove]] [--jitdump DIR] [--dump-elf FILE] [--ticks N] [--work N]\n"
    "       seejit --objects N\n"
    "JIT-compiles countdown.src's function, describes it to gdb and perf, and runs it.\n"
    "  --no-gdb          do not register the code with gdb (bt then cannot name it)\n"
    "  --perf-map        write /tmp/perf-PID.map for perf report (kept after exit)\n"
    "  --perf-map=remove the same, removed at exit (for perf top, which reads it live)\n"
    "  --jitdump DIR     write DIR/jit-PID.dump for perf inject --jit (record with -k mono)\n"
    "  --dump-elf FILE   write the ELF object gdb is given to FILE (for readelf)\n"
    "  --ticks N         rounds of the loop, each calling tick (default 3)\n"
    "  --work N          how long each round spins before its tick (default 0)\n"
    "  --objects N       register N small objects with gdb, then exit\n";

/* Read the options, compile, describe, register, run; exit status as helpers.h says. */
int main(int argc, char **argv)
{
    guard_stdout();
    int gdb = 1, perf_map = 0, remove_map = 0;
    long ticks = 3, work = 0, objects = -1;
    const char *dump = NULL, *jitdump = NULL;
    static const struct option longopts[] = {
        { "no-gdb", no_argument, NULL, 'g' }, { "perf-map", optional_argument, NULL, 'p' },
        { "dump-elf", required_argument, NULL, 'd' }, { "ticks", required_argument, NULL, 't' },
        { "work", required_argument, NULL, 'w' }, { "objects", required_argument, NULL, 'o' },
        { "jitdump", required_argument, NULL, 'j' },
        { "help", no_argument, NULL, 'h' }, { NULL, 0, NULL, 0 },
    };
    opterr = 0;
    for (int c; (c = getopt_long(argc, argv, "", longopts, NULL)) != -1;) {
        switch (c) {
        case 'g': gdb = 0; break;
        case 'p':
            if (optarg && strcmp(optarg, "remove") != 0) usage_error("--perf-map=%s: say --perf-map or --perf-map=remove", optarg);
            perf_map = 1; remove_map = optarg != NULL; break;
        case 'd': dump = optarg; break;
        case 'j': jitdump = optarg; break;
        case 't': if (!parse_long(optarg, 1, 1000000, &ticks)) usage_error("--ticks: not a number from 1 to 1000000: '%s'", optarg); break;
        case 'w': if (!parse_long(optarg, 0, 1L << 40, &work)) usage_error("--work: not a number from 0 to 2^40: '%s'", optarg); break;
        case 'o': if (!parse_long(optarg, 0, 100000, &objects)) usage_error("--objects: not a number from 0 to 100000: '%s'", optarg); break;
        case 'h': fputs(usage_text, stdout); return 0;
        default: usage_error("unknown option '%s'", argv[optind - 1]);
        }
    }
    if (optind != argc) usage_error("unexpected argument '%s'", argv[optind]);
    if (objects >= 0) return register_objects(objects);

    /* 1 and 2: compile into writable memory, then make it executable. */
    uint8_t *code = mmap(CODE_HINT, CODE_SIZE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED) die_errno(EXIT_SOFTWARE, "mmap", errno);
    JdLine rows[16];
    size_t nrows = 0;
    JdFrame frame = { 0 };
    size_t len = compile_countdown(code, rows, &nrows, &frame);
    if (mprotect(code, CODE_SIZE, PROT_READ | PROT_EXEC) != 0) die_errno(EXIT_SOFTWARE, "mprotect", errno);

    /* 3: describe it. One name for the whole function. */
    char cwd[4096];
    if (!getcwd(cwd, sizeof cwd)) die_errno(EXIT_SOFTWARE, "getcwd", errno);
    JdRange name = { 0, (uint32_t)len, "countdown" };
    JdCode desc = {
        .source = "countdown.src", .comp_dir = cwd, .producer = "seejit",
        .addr = (uintptr_t)code, .size = (uint32_t)len, .bytes = code,
        .ranges = &name, .nranges = 1, .lines = rows, .nlines = nrows, .frame = frame,
    };

    /* 4: tell perf and gdb. */
    if (perf_map && jd_perf_map_add(&desc) != 0) die_errno(EXIT_CANTCREAT, "/tmp/perf-PID.map", errno);
    JdDump jd;
    if (jitdump && (jd_jitdump_open(&jd, jitdump) != 0 || jd_jitdump_add(&jd, &desc) != 0))
        die(EXIT_CANTCREAT, "cannot write %s/jit-%ld.dump: %s (%s)", jitdump, (long)getpid(), strerror(errno), errno_name(errno));
    JdEntry *entry = NULL;
    if (gdb || dump) {
        size_t size;
        uint8_t *obj = jd_elf_build(&desc, &size);
        if (!obj) die(EXIT_SOFTWARE, "out of memory for the ELF object");
        if (dump) {
            FILE *f = fopen(dump, "wb");
            if (!f) die(EXIT_CANTCREAT, "cannot create %s: %s (%s)", dump, strerror(errno), errno_name(errno));
            if (fwrite(obj, 1, size, f) != size || fclose(f) != 0)
                die(EXIT_IOERR, "cannot write %s: %s (%s)", dump, strerror(errno), errno_name(errno));
        }
        if (gdb) entry = jd_gdb_register(obj, size);
        else free(obj);
        if (gdb && !entry) die(EXIT_SOFTWARE, "out of memory for gdb's entry");
    }

    /* 5: run it. */
    void (*countdown)(long n, long work) = (void (*)(long, long))(uintptr_t)code;
    countdown(ticks, work);
    printf("countdown returned\n");

    /* Forget the code in the order it was made known: gdb first, then the memory. */
    jd_gdb_unregister(entry);
    if (jitdump && jd_jitdump_close(&jd) != 0) die_errno(EXIT_IOERR, "jitdump", errno);
    if (munmap(code, CODE_SIZE) != 0) die_errno(EXIT_SOFTWARE, "munmap", errno);
    if (remove_map && jd_perf_map_remove() != 0) die_errno(EXIT_SOFTWARE, "unlink /tmp/perf-PID.map", errno);
    return 0;
}
