/* 04-args/args-cli.c: the command line of args (see args.c for the lesson).
 *
 *   args               the guided demo
 *   args X Y           add(X, Y) with the JIT'd add
 *   args --self-test   the JIT'd functions against C over many values
 *   args --help        this summary, on stdout
 *
 * Every refusal is one line naming the bad argument, and exit status 64.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "args.h"
#include "helpers.h"

void help(void)
{
    printf("usage: args [X Y | --self-test | --help]\n"
           "  args               a guided demo of the calling convention\n"
           "  args X Y           add(X, Y) with the JIT'd add; X and Y are 64-bit\n"
           "                     integers, written as in C: -7, 0x7fffffff\n"
           "  args --self-test   compare the JIT'd functions with C over many values\n");
}

/* integer: TEXT as a long, written as a C integer literal: decimal, 0x hex or
 * 0 octal, with an optional '-' in front. No space and no '+' (strtol would
 * take both), nothing after the digits, and it must fit in a long. Anything
 * else is a usage error naming TEXT. (lib/helpers' parse_long reads decimal
 * only; this program promises C's notation, so it keeps its own.) */
static long integer(const char *text)
{
    const char *digits = text[0] == '-' ? text + 1 : text;
    if (digits[0] < '0' || digits[0] > '9')
        usage_error("'%s': not an integer", text);
    char *end;
    errno = 0;
    long value = strtol(text, &end, 0);
    if (*end != '\0')
        usage_error("'%s': not an integer", text);
    if (errno == ERANGE)
        usage_error("'%s': out of range (a long holds -9223372036854775808 to 9223372036854775807)", text);
    return value;
}

/* is_option: true if ARG looks like an option (--x or -x), not a negative number. */
static bool is_option(const char *arg)
{
    return arg[0] == '-' && (arg[1] < '0' || arg[1] > '9');
}

struct command parse_command_line(int argc, char **argv)
{
    struct command cmd = { MODE_DEMO, 0, 0 };
    if (argc == 1)
        return cmd;
    if (strcmp(argv[1], "--self-test") == 0 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0) {
        if (argc > 2)
            usage_error("'%s': unexpected after %s", argv[2], argv[1]);
        cmd.mode = argv[1][2] == 's' ? MODE_SELF_TEST : MODE_HELP;
        return cmd;
    }
    for (int i = 1; i < argc && i <= 2; i++)
        if (is_option(argv[i]))
            usage_error("'%s': unknown option", argv[i]);
    if (argc == 2)
        usage_error("'%s': expected two integers, or --self-test", argv[1]);
    if (argc > 3)
        usage_error("'%s': too many arguments (expected two integers)", argv[3]);
    cmd.mode = MODE_ADD;
    cmd.x = integer(argv[1]);
    cmd.y = integer(argv[2]);
    return cmd;
}

/* add_from_command_line: print add(x, y) from the JIT'd add; 70 if it differs from C. */
CALLS_JIT_CODE int add_from_command_line(long x, long y)
{
    struct jitted j = jit_load_all();
    long r = j.add(x, y), want = c_add(x, y);
    jit_free_all(&j);
    long ignored;
    printf("add(%ld, %ld) = %ld%s\n", x, y, r,
           __builtin_add_overflow(x, y, &ignored) ? "    the true sum needs 65 bits: it wrapped around" : "");
    if (r != want)
        die(EXIT_SOFTWARE, "the JIT'd add gives %ld, C gives %ld", r, want);
    return 0;
}
