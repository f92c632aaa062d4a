/* bfjit.c: a Brainfuck JIT with an interpreter to fall back on. The driver:
 * reads the options and the program, builds the IR (ir.c), and runs it with
 * the JIT (jit.c) or, if executable memory is refused or --interp is given,
 * with the interpreter (interp.c). Both run on the same guarded tape
 * (runtime.c). Program input comes from stdin, output goes to stdout.
 *
 *   bfjit [--interp | --jit] [--dump FILE] [--stats] PROGRAM.bf
 *
 * The tape: 30000 cells of 8 bits that wrap around (255 + 1 is 0), all 0 at
 * the start, the pointer on cell 0. At end of input, ',' leaves the cell as
 * it was. Touching a cell off either end is a runtime error (exit status 70).
 */
#define _GNU_SOURCE
#include "bf.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#ifndef PR_SET_MDWE                  /* Linux 6.3; older headers lack the names */
#define PR_SET_MDWE 65
#define PR_MDWE_REFUSE_EXEC_GAIN 1
#endif

/* sysexits.h's numbers, for the exit statuses this program uses. */
enum { EX_USAGE_ = 64, EX_DATAERR_ = 65, EX_NOINPUT_ = 66, EX_UNAVAILABLE_ = 69,
       EX_SOFTWARE_ = 70, EX_IOERR_ = 74 };

static const char usage_text[] =
    "usage: bfjit [--interp | --jit] [--dump FILE] [--stats] PROGRAM.bf\n"
    "       bfjit [--naive | --ir | --emit-c | --abi-check] [--no-opt=LIST] [--mdwe] PROGRAM.bf\n"
    "       bfjit --fuzz N [--seed S] | --gen I [--seed S] | --maps\n"
    "Runs PROGRAM.bf with a JIT (the default) or the interpreter; input on stdin.\n"
    "  --dump FILE    write the machine code to FILE (objdump -D -b binary -m i386:x86-64 FILE)\n"
    "  --stats        print the IR size, the code size and the compile time on stderr\n"
    "  --naive        run the text one character at a time (the benchmark's baseline)\n"
    "  --ir           print the IR instead of running the program\n"
    "  --emit-c       print the program translated to C instead of running it\n"
    "  --no-opt=LIST  turn off optimisations: fold,offset,clear,scan,mul,\n"
    "                 carry,branchless,dse,close or all\n"
    "  --mdwe         first forbid executable memory (prctl PR_SET_MDWE) to try the fallback\n"
    "  --abi-check    run the JIT'd code under the ABI checker (abi.asm)\n"
    "  --fuzz N       the differential test: N random programs, interpreter against JIT\n"
    "  --gen I        print random program I of the --fuzz series\n"
    "  --maps         show the tape's mapping: the guard pages around it\n";

/* Print a one-line usage error and the usage, then exit 64. */
static void usage_error(const char *why)
{
    if (why) fprintf(stderr, "bfjit: %s\n", why);
    fputs(usage_text, stderr);
    exit(EX_USAGE_);
}

/* Seconds on a monotonic clock. */
static double now(void)
{
    struct timespec ts;
    if (clock_gettime(CLOCK_MONOTONIC, &ts) != 0) return 0;
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* Read the whole file into memory; exits 66 with a one-line error if it cannot. */
static char *read_program(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) {
        fprintf(stderr, "bfjit: cannot open %s: %s\n", path, strerror(errno));
        exit(EX_NOINPUT_);
    }
    if (S_ISDIR(st.st_mode)) {
        fprintf(stderr, "bfjit: cannot read %s: it is a directory\n", path);
        exit(EX_NOINPUT_);
    }
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (;;) {
        if (!buf) { perror("bfjit: malloc"); exit(EX_SOFTWARE_); }
        ssize_t got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            fprintf(stderr, "bfjit: cannot read %s: %s\n", path, strerror(errno));
            exit(EX_NOINPUT_);
        }
        if (got == 0) break;
        n += (size_t)got;
        if (n == cap) buf = realloc(buf, cap *= 2);
    }
    close(fd);
    *len = n;
    return buf;
}

/* Parse --no-opt's list into the optimisations left on. */
static unsigned parse_no_opt(const char *list)
{
    static const struct { const char *name; unsigned bit; } names[] = {
        { "fold", OPT_FOLD }, { "offset", OPT_OFFSET }, { "clear", OPT_CLEAR },
        { "scan", OPT_SCAN }, { "mul", OPT_MUL }, { "carry", OPT_CARRY },
        { "branchless", OPT_BRANCHLESS }, { "dse", OPT_DSE }, { "close", OPT_CLOSE },
        { "all", OPT_ALL },
    };
    unsigned opts = OPT_ALL;
    char *copy = strdup(list), *save = NULL;
    if (!copy) { perror("bfjit: strdup"); exit(EX_SOFTWARE_); }
    for (char *w = strtok_r(copy, ",", &save); w; w = strtok_r(NULL, ",", &save)) {
        size_t i;
        for (i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strcmp(w, names[i].name) == 0) break;
        if (i == sizeof names / sizeof names[0]) {
            char why[120];
            snprintf(why, sizeof why, "--no-opt: unknown optimisation '%.40s'", w);
            usage_error(why);
        }
        opts &= ~names[i].bit;
    }
    free(copy);
    return opts;
}

/* Parse a whole non-negative number, or exit with a usage error. */
static unsigned long long parse_number(const char *s, const char *what)
{
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || end == s || *end || *s == '-') {
        char why[120];
        snprintf(why, sizeof why, "%s: not a number: '%.40s'", what, s);
        usage_error(why);
    }
    return v;
}

/* Say how the run ended, on stderr, and return the exit status. */
static int report(const Program *prog, Runtime *rt, RunStatus status, size_t op)
{
    /* What the program printed before it ended goes out first, whatever the end. */
    if (status != RUN_IO_ERROR && rt_flush(rt) != 0) status = RUN_IO_ERROR;
    if (status == RUN_OK) return 0;
    if (status == RUN_IO_ERROR) {
        fprintf(stderr, "bfjit: %s: %s\n", rt->error_call ? rt->error_call : "write", strerror(rt->error_errno));
        return EX_IOERR_;
    }
    const char *end = status == RUN_OFF_LEFT ? "left" : "right";
    if (op < prog->n)
        fprintf(stderr, "bfjit: %s:%u:%u: runtime error: moved off the %s end of the tape\n",
                prog->name, prog->pos[op].line, prog->pos[op].col, end);
    else
        fprintf(stderr, "bfjit: %s: runtime error: moved off the %s end of the tape\n", prog->name, end);
    return EX_SOFTWARE_;
}

/* Parse the options, build the IR, run it with the JIT or the interpreter; returns the exit status. */
int main(int argc, char **argv)
{
    setvbuf(stdout, NULL, _IOLBF, 0);
    enum { JIT, INTERP, NAIVE, IR, EMIT_C, ABI_CHECK, FUZZ, GEN, MAPS } mode = JIT;
    int modes = 0, stats = 0, mdwe = 0;
    const char *dump = NULL;
    unsigned opts = OPT_ALL;
    unsigned long long count = 0, seed = 8;
    enum { O_DUMP = 256, O_NO_OPT, O_SEED };
    static const struct option longopts[] = {
        { "jit", no_argument, NULL, 'j' }, { "interp", no_argument, NULL, 'i' },
        { "naive", no_argument, NULL, 'n' }, { "ir", no_argument, NULL, 'r' },
        { "emit-c", no_argument, NULL, 'c' }, { "abi-check", no_argument, NULL, 'a' },
        { "fuzz", required_argument, NULL, 'f' }, { "gen", required_argument, NULL, 'g' },
        { "stats", no_argument, NULL, 's' }, { "mdwe", no_argument, NULL, 'm' },
        { "dump", required_argument, NULL, O_DUMP }, { "no-opt", required_argument, NULL, O_NO_OPT },
        { "seed", required_argument, NULL, O_SEED }, { "help", no_argument, NULL, 'h' },
        { "maps", no_argument, NULL, 'M' },
        { NULL, 0, NULL, 0 },
    };
    opterr = 0;
    int c;
    while ((c = getopt_long(argc, argv, "", longopts, NULL)) != -1) {
        switch (c) {
        case 'j': mode = JIT; modes++; break;
        case 'i': mode = INTERP; modes++; break;
        case 'n': mode = NAIVE; modes++; break;
        case 'r': mode = IR; modes++; break;
        case 'c': mode = EMIT_C; modes++; break;
        case 'M': mode = MAPS; modes++; break;
        case 'a': mode = ABI_CHECK; modes++; break;
        case 'f': mode = FUZZ; modes++; count = parse_number(optarg, "--fuzz"); break;
        case 'g': mode = GEN; modes++; count = parse_number(optarg, "--gen"); break;
        case 's': stats = 1; break;
        case 'm': mdwe = 1; break;
        case O_DUMP: dump = optarg; break;
        case O_NO_OPT: opts = parse_no_opt(optarg); break;
        case O_SEED: seed = parse_number(optarg, "--seed"); break;
        case 'h': fputs(usage_text, stdout); return 0;
        default: {
            char why[120];
            snprintf(why, sizeof why, "unknown option '%.60s'", argv[optind - 1]);
            usage_error(why);
        }
        }
    }
    if (modes > 1) usage_error("choose one of --jit, --interp, --naive, --ir, --emit-c, --abi-check, --fuzz, --gen, --maps");
    if (dump && mode != JIT && mode != ABI_CHECK) usage_error("--dump needs the JIT");

    if (mode == GEN) {
        if (optind != argc) usage_error("--gen takes no program");
        fuzz_print((unsigned)count, seed, 30);
        return 0;
    }
    if (mdwe && prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0L, 0L, 0L) != 0) {
        fprintf(stderr, "bfjit: prctl(PR_SET_MDWE): %s (the kernel has no MDWE: Linux 6.3 or later has)\n",
                strerror(errno));
        return EX_UNAVAILABLE_;
    }
    Runtime *rt = malloc(sizeof *rt);
    if (!rt) { perror("bfjit: malloc"); return EX_SOFTWARE_; }
    if (mode == FUZZ) {
        if (optind != argc) usage_error("--fuzz takes no program");
        if (rt_init(rt) != 0 || rt_install_fault_handler(rt) != 0) return EX_SOFTWARE_;
        int bad = fuzz_run((unsigned)count, seed, rt, 0);
        rt_free(rt);
        return bad ? EX_SOFTWARE_ : 0;
    }
    if (mode == MAPS) {              /* the tape as JIT'd code sees it */
        if (optind != argc) usage_error("--maps takes no program");
        if (rt_init(rt) != 0 || rt_guard_edge(rt, 1) != 0 || rt_print_maps(rt) != 0) return EX_SOFTWARE_;
        return 0;
    }
    if (optind == argc) usage_error("no program given");
    if (optind + 1 != argc) usage_error("one program at a time");

    const char *path = argv[optind];
    size_t len;
    char *src = read_program(path, &len);
    const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;

    double t0 = now();
    Program prog;
    int st = ir_build(&prog, name, src, len, opts);
    double t_ir = now();
    if (st != 0) return st;
    if (mode == IR) { ir_print(&prog); return 0; }
    if (mode == EMIT_C) { emit_c(src, len); return 0; }

    if (rt_init(rt) != 0 || rt_install_fault_handler(rt) != 0) return EX_SOFTWARE_;
    rt_reset(rt, 0, NULL, 0);
    RunStatus status;
    long p;
    size_t fault_op = (size_t)-1;

    if (mode == NAIVE) {
        size_t bad = 0;
        status = naive_run(src, len, rt, &bad);
        if (status == RUN_OFF_LEFT || status == RUN_OFF_RIGHT) {
            /* Report the character: find its line and column. */
            SrcPos at = { 1, 1 };
            for (size_t i = 0; i < bad; i++, at.col++)
                if (src[i] == '\n') { at.line++; at.col = 0; }
            fprintf(stderr, "bfjit: %s:%u:%u: runtime error: moved off the %s end of the tape\n",
                    name, at.line, at.col, status == RUN_OFF_LEFT ? "left" : "right");
            rt_flush(rt);
            return EX_SOFTWARE_;
        }
        return report(&prog, rt, status, 0);
    }

    if (mode == JIT || mode == ABI_CHECK) {
        Jit j;
        JitHooks hooks = { abi_putc, abi_getc };
        abi_putc_target = (const void *)rt_putc;
        abi_getc_target = (const void *)rt_getc;
        /* Compile into writable memory, then ask for it to be made executable.
         * Either step may be refused; then the interpreter runs the same IR. */
        int compiled = jit_compile(&j, &prog, mode == ABI_CHECK ? &hooks : NULL) == 0;
        const char *why = "no memory for the code";
        if (compiled && dump) {
            FILE *f = fopen(dump, "wb");
            if (!f || fwrite(j.code, 1, j.len, f) != j.len || fclose(f) != 0) {
                fprintf(stderr, "bfjit: cannot write %s: %s\n", dump, strerror(errno));
                return EX_IOERR_;
            }
        }
        int ok = compiled;
        if (ok && jit_make_executable(&j) != 0) {
            ok = 0;
            why = "no executable memory (a W^X policy?)";
        }
        double t_code = now();
        if (stats) {
            fprintf(stderr, "bfjit: %zu commands -> %zu IR ops (%.3f ms)\n", prog.commands, prog.n, (t_ir - t0) * 1e3);
            if (ok) fprintf(stderr, "bfjit: %zu bytes of machine code, compiled in %.3f ms in all\n", j.len, (t_code - t0) * 1e3);
        }
        if (ok) {
            unsigned bad = 0;
            status = jit_run(&j, &prog, rt, &p, mode == ABI_CHECK ? &bad : NULL);
            fault_op = rt->fault_op;
            if (stats && rt->skipped)
                fprintf(stderr, "bfjit: %lu speculative touches of a guard page skipped (IFs of 0)\n", rt->skipped);
            if (stats && rt->resumed)
                fprintf(stderr, "bfjit: op %zu touched the tape's last page: the interpreter finished the run\n",
                        rt->fault_op);
            if (mode == ABI_CHECK) {
                int code = report(&prog, rt, status, fault_op);
                printf("abi-check: callee-saved registers %s", bad ? "CHANGED:" : "intact");
                static const char *const regs[] = { "rbx", "rbp", "r12", "r13", "r14", "r15" };
                for (int r = 0; r < 6; r++) if (bad & (1u << r)) printf(" %s", regs[r]);
                printf("; %llu calls out, %llu with a misaligned stack\n",
                       (unsigned long long)abi_calls, (unsigned long long)abi_misaligned);
                jit_free(&j);
                return code ? code : (bad || abi_misaligned) ? EX_SOFTWARE_ : 0;
            }
            jit_free(&j);
            return report(&prog, rt, status, fault_op);
        }
        if (mode == ABI_CHECK) {
            fprintf(stderr, "bfjit: %s\n", j.error);
            return EX_UNAVAILABLE_;
        }
        fprintf(stderr, "bfjit: %s: %s, running the interpreter instead\n", j.error, why);
        jit_free(&j);
    }
    status = interp_run(&prog, rt, &p);
    return report(&prog, rt, status, rt->fault_op);
}
