/* emit-demo.c: chapter 07's program: reads the command line and runs one mode.
 * With no arguments it runs the lesson (functions.c): functions built with
 * the encoder, run against C. The other modes show and check the encoder
 * itself; demo.h says which file holds each.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "demo.h"
#include "helpers.h"

/* What --help prints. */
static const char usage_text[] =
    "usage: emit-demo [--table | --explain [NAME...] | --dump FUNCTION FILE | --errors |\n"
    "                  --nasm-source FILE.asm | --nasm-compare FILE.bin FILE.lst | --bench [SECONDS]]\n"
    "  (no option)   build eight functions with the encoder, run them, compare with C\n"
    "  --table       the encoder reference table    --explain  worked examples, byte by byte\n"
    "  --dump        one function's bytes, for objdump\n"
    "  --errors      provoke every error the encoder reports\n"
    "  --nasm-source, --nasm-compare   the differential test against nasm\n"
    "  --bench       instructions emitted per second (default 1 second)\n";

/* Is argc what opt needs (from min to max arguments after it)? If not, a usage error. */
static void want_args(int argc, const char *opt, int min, int max)
{
    if (argc - 2 < min)
        usage_error("%s: missing argument", opt);
    if (argc - 2 > max)
        usage_error("%s: too many arguments", opt);
}

/* The demo with no arguments, else the mode the first argument names. */
int main(int argc, char **argv)
{
    guard_stdout();
    setvbuf(stdout, NULL, _IOLBF, 0);
    if (argc == 1)
        return run_demos();
    const char *opt = argv[1];
    if (strcmp(opt, "--help") == 0) {
        want_args(argc, opt, 0, 0);
        fputs(usage_text, stdout);
        return 0;
    }
    if (strcmp(opt, "--table") == 0) {
        want_args(argc, opt, 0, 0);
        return print_table();
    }
    if (strcmp(opt, "--explain") == 0)
        return print_examples(argc - 2, argv + 2);
    if (strcmp(opt, "--dump") == 0) {
        want_args(argc, opt, 2, 2);
        return dump_demo(argv[2], argv[3]);
    }
    if (strcmp(opt, "--errors") == 0) {
        want_args(argc, opt, 0, 0);
        return run_error_scenarios();
    }
    if (strcmp(opt, "--nasm-source") == 0) {
        want_args(argc, opt, 1, 1);
        return write_nasm_source(argv[2]);
    }
    if (strcmp(opt, "--nasm-compare") == 0) {
        want_args(argc, opt, 2, 2);
        return compare_with_nasm(argv[2], argv[3]);
    }
    if (strcmp(opt, "--bench") == 0) {
        want_args(argc, opt, 0, 1);
        char *end = NULL;
        double seconds = argc == 3 ? strtod(argv[2], &end) : 1.0;
        if (argc == 3 && (end == argv[2] || *end != '\0' || !(seconds > 0 && seconds <= 60)))
            usage_error("--bench: '%s' is not a number of seconds between 0 and 60", argv[2]);
        return run_bench(seconds);
    }
    usage_error("unknown option '%s'", opt);
}
