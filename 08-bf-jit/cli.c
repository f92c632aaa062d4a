/* cli.c: bfjit's command line: the options, the usage text, and reading the
 * program's file. Every refusal is one line naming what was wrong, and exit
 * status 64 (lib/helpers' usage_error); --help prints the usage on stdout.
 * Calls lib/helpers and bf_grow (runtime.c) only.
 */
#define _GNU_SOURCE
#include "bf.h"
#include "helpers.h"

#include <errno.h>
#include <fcntl.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

enum { EXIT_NOINPUT = 66 };          /* sysexits' EX_NOINPUT: the program cannot be read */

static const char usage_text[] =
    "usage: bfjit [--interp | --jit] [--wx=auto|mprotect|dual] [--dump FILE] [--stats] PROGRAM.bf\n"
    "       bfjit [--naive | --ir | --emit-c | --abi-check] [--no-opt=LIST] [--mdwe] PROGRAM.bf\n"
    "       bfjit --fuzz N [--seed S] | --gen I [--seed S] | --maps\n"
    "Runs PROGRAM.bf with a JIT (the default) or the interpreter; input on stdin.\n"
    "  --wx=HOW       how the code becomes executable (chapter 09): mprotect, dual (two\n"
    "                 views of one memfd), or auto (the default: mprotect, then dual)\n"
    "  --dump FILE    write the machine code to FILE (objdump -D -b binary -m i386:x86-64 FILE)\n"
    "  --stats        print the IR size, the code size, its memory's permissions and the time on stderr\n"
    "  --naive        run the text one character at a time (the benchmark's baseline)\n"
    "  --ir           print the IR instead of running the program\n"
    "  --emit-c       print the program translated to C instead of running it\n"
    "  --no-opt=LIST  turn off optimisations: fold,offset,clear,scan,mul,\n"
    "                 carry,branchless,dse,close,even,copy,once,inline-out or all\n"
    "  --mdwe         first forbid executable memory (prctl PR_SET_MDWE) to try the fallback\n"
    "  --abi-check    run the JIT'd code under the ABI checker (abi.asm)\n"
    "  --fuzz N       the differential test: N random programs (at most 1000000), interpreter against JIT\n"
    "  --gen I        print random program I of the --fuzz series\n"
    "  --maps         show the tape's mapping: the guard pages around it\n"
    "Describing the code to tools (chapter 10):\n"
    "  --perf-map     write /tmp/perf-PID.map for perf report (=remove: delete it at exit)\n"
    "  --gdb          register the code with gdb: names, .bf lines, unwind information\n"
    "  --dump-elf FILE  write the ELF object gdb is given to FILE (for readelf)\n";

/* Parse --no-opt's comma-separated list into the optimisations left on. */
static unsigned parse_no_opt(const char *list)
{
    static const struct { const char *name; unsigned bit; } names[] = {
        { "fold", OPT_FOLD }, { "offset", OPT_OFFSET }, { "clear", OPT_CLEAR },
        { "scan", OPT_SCAN }, { "mul", OPT_MUL }, { "carry", OPT_CARRY },
        { "branchless", OPT_BRANCHLESS }, { "dse", OPT_DSE }, { "close", OPT_CLOSE },
        { "even", OPT_EVEN }, { "copy", OPT_COPY }, { "once", OPT_ONCE },
        { "inline-out", OPT_INLINE_OUT },
        { "all", OPT_ALL },
    };
    unsigned opts = OPT_ALL;
    const char *w = list;
    for (;;) {
        size_t len = strcspn(w, ","), i;
        for (i = 0; i < sizeof names / sizeof names[0]; i++)
            if (strlen(names[i].name) == len && strncmp(w, names[i].name, len) == 0) break;
        if (i == sizeof names / sizeof names[0])
            usage_error("--no-opt: unknown optimisation '%.*s'", (int)(len > 40 ? 40 : len), w);
        opts &= ~names[i].bit;
        if (w[len] == '\0') return opts;
        w += len + 1;
    }
}

/* OPTION's argument TEXT as a whole number in [0, max], or a usage error. */
static unsigned long number(const char *option, const char *text, long max)
{
    long v;
    if (!parse_long(text, 0, max, &v))
        usage_error("%s: '%.40s' is not a number from 0 to %ld", option, text, max);
    return (unsigned long)v;
}

/* Read the options into o; exits 64 with one line on a usage error, 0 after --help. */
void cli_parse(int argc, char **argv, Options *o)
{
    *o = (Options){ .mode = MODE_JIT, .opts = OPT_ALL, .seed = 8 };
    int modes = 0;
    bool wx_given = false;
    enum { O_DUMP = 256, O_NO_OPT, O_SEED, O_WX, O_PERF_MAP, O_GDB, O_DUMP_ELF };
    static const struct option longopts[] = {
        { "jit", no_argument, NULL, 'j' }, { "interp", no_argument, NULL, 'i' },
        { "naive", no_argument, NULL, 'n' }, { "ir", no_argument, NULL, 'r' },
        { "emit-c", no_argument, NULL, 'c' }, { "abi-check", no_argument, NULL, 'a' },
        { "fuzz", required_argument, NULL, 'f' }, { "gen", required_argument, NULL, 'g' },
        { "stats", no_argument, NULL, 's' }, { "mdwe", no_argument, NULL, 'm' },
        { "dump", required_argument, NULL, O_DUMP }, { "no-opt", required_argument, NULL, O_NO_OPT },
        { "seed", required_argument, NULL, O_SEED }, { "help", no_argument, NULL, 'h' },
        { "maps", no_argument, NULL, 'M' }, { "wx", required_argument, NULL, O_WX },
        { "perf-map", optional_argument, NULL, O_PERF_MAP }, { "gdb", no_argument, NULL, O_GDB },
        { "dump-elf", required_argument, NULL, O_DUMP_ELF },
        { NULL, 0, NULL, 0 },
    };
    opterr = 0;                      /* our own one-line messages, not getopt's */
    int c;
    while ((c = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
        switch (c) {
        case 'j': o->mode = MODE_JIT; modes++; break;
        case 'i': o->mode = MODE_INTERP; modes++; break;
        case 'n': o->mode = MODE_NAIVE; modes++; break;
        case 'r': o->mode = MODE_IR; modes++; break;
        case 'c': o->mode = MODE_EMIT_C; modes++; break;
        case 'M': o->mode = MODE_MAPS; modes++; break;
        case 'a': o->mode = MODE_ABI_CHECK; modes++; break;
        case 'f': o->mode = MODE_FUZZ; modes++; o->count = number("--fuzz", optarg, (long)MAX_FUZZ); break;
        case 'g': o->mode = MODE_GEN; modes++; o->count = number("--gen", optarg, 0x7fffffffL); break;
        case 's': o->stats = true; break;
        case 'm': o->mdwe = true; break;
        case O_DUMP: o->dump = optarg; break;
        case O_WX:
            if (strcmp(optarg, "auto") == 0) o->wx = WX_AUTO;
            else if (strcmp(optarg, "mprotect") == 0) o->wx = WX_MPROTECT;
            else if (strcmp(optarg, "dual") == 0) o->wx = WX_DUAL;
            else usage_error("--wx: unknown strategy '%.40s': auto, mprotect or dual", optarg);
            wx_given = true;
            break;
        case O_NO_OPT: o->opts = parse_no_opt(optarg); break;
        case O_PERF_MAP:
            if (optarg && strcmp(optarg, "remove") != 0) usage_error("--perf-map=%.40s: say --perf-map or --perf-map=remove", optarg);
            o->perf_map = optarg ? 2 : 1;
            break;
        case O_GDB: o->gdb = true; break;
        case O_DUMP_ELF: o->dump_elf = optarg; break;
        case O_SEED: o->seed = number("--seed", optarg, 0x7fffffffffffffffL); o->seed_given = true; break;
        case 'h':
            fputs(usage_text, stdout);
            exit(0);                 /* guard_stdout checks that it was written */
        case ':':
            usage_error("%.60s needs an argument (%s)", argv[optind - 1],
                        optopt == O_DUMP || optopt == O_DUMP_ELF ? "a FILE" : optopt == O_NO_OPT ? "a LIST" : optopt == 'f' || optopt == 'g' ? "a number" : "a seed");
        default:
            usage_error("unknown option '%.60s'", argv[optind - 1]);
        }
    }
    if (modes > 1) usage_error("choose one of --jit, --interp, --naive, --ir, --emit-c, --abi-check, --fuzz, --gen, --maps");
    if (o->dump && o->mode != MODE_JIT && o->mode != MODE_ABI_CHECK) usage_error("--dump needs the JIT");
    if ((o->perf_map || o->gdb || o->dump_elf) && o->mode != MODE_JIT) usage_error("--perf-map, --gdb and --dump-elf need the JIT");
    if (o->stats && o->mode != MODE_JIT && o->mode != MODE_INTERP) usage_error("--stats goes with --jit or --interp");
    if (wx_given && o->mode != MODE_JIT) usage_error("--wx goes with the JIT");
    if (o->seed_given && o->mode != MODE_FUZZ && o->mode != MODE_GEN) usage_error("--seed goes with --fuzz or --gen");
    bool takes_program = o->mode != MODE_FUZZ && o->mode != MODE_GEN && o->mode != MODE_MAPS;
    if (!takes_program && optind != argc) usage_error("%s takes no program", o->mode == MODE_FUZZ ? "--fuzz" : o->mode == MODE_GEN ? "--gen" : "--maps");
    if (takes_program && optind == argc) usage_error("no program given");
    if (takes_program && optind + 1 != argc) usage_error("one program at a time ('%.60s' is one too many)", argv[optind + 1]);
    o->path = takes_program ? argv[optind] : NULL;
}

/* The name in messages: the path without its directories. */
const char *cli_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

/* Read the whole file into memory (the caller frees it); exits 66 with one line if it cannot. */
char *cli_read_program(const char *path, size_t *len)
{
    int fd = open(path, O_RDONLY);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0) die(EXIT_NOINPUT, "cannot open %s: %s", path, strerror(errno));
    if (S_ISDIR(st.st_mode)) die(EXIT_NOINPUT, "cannot read %s: it is a directory", path);
    size_t cap = 1 << 16, n = 0;
    char *buf = bf_grow(NULL, cap, 1);
    for (;;) {
        ssize_t got = read(fd, buf + n, cap - n);
        if (got < 0 && errno == EINTR) continue;
        if (got < 0) {
            int err = errno;
            free(buf);
            die(EXIT_NOINPUT, "cannot read %s: %s", path, strerror(err));
        }
        if (got == 0) break;
        n += (size_t)got;
        if (n == cap) buf = bf_grow(buf, cap *= 2, 1);
    }
    close(fd);
    *len = n;
    return buf;
}
