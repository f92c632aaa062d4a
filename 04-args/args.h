/* 04-args/args.h: what the lesson (args.c) shares with its instruments,
 * args-selftest.c (the C references, the self-test, the callee-saved check)
 * and args-cli.c (the command line). */
#ifndef ARGS_H
#define ARGS_H

#include <stdbool.h>

#include "helpers.h"

/* How C calls the JIT'd functions: each long is one 64-bit register, in rdi,
 * rsi, rdx, rcx, r8, r9 order, and the long result comes back in rax. */
typedef long (*add_fn)(long x, long y);
typedef long (*add4_fn)(long n);
typedef long (*six_fn)(long a, long b, long c, long d, long e, long f);


/* The four JIT'd functions of the lesson, each in its own page. */
struct jitted {
    add_fn add;
    add4_fn add4;
    six_fn six;
    add_fn add32; /* 32-bit code called as if it were add: the mistake */
};

/* args.c: the W^X path. jit_load returns a fresh page holding LEN bytes of
 * CODE, read+execute, and exits 70 with one line if the system refuses. */
void *jit_load(const unsigned char *code, unsigned long len);
void jit_free(void *page);
struct jitted jit_load_all(void);
void jit_free_all(struct jitted *j);

/* args-selftest.c: the same functions in C, wrapping like the CPU's add. */
long c_add(long x, long y);
long c_add4(long n);
long c_six(long a, long b, long c, long d, long e, long f);
long c_add32(long x, long y);

/* args-selftest.c: same_as_c ends a demo line, marked MISMATCH first if GOT
 * differs from WANT, C's result; demo_mismatches counts those lines. */
void same_as_c(long got, long want);
int demo_mismatches(void);

/* args-selftest.c: --self-test (0, or exit 70 at the first difference), and the
 * demo's part on callee-saved registers (0, or 70 if the check missed). */
int self_test(void);
int demo_callee_saved(void);

/* args-cli.c: what the command line asks for. */
enum mode { MODE_DEMO, MODE_ADD, MODE_SELF_TEST, MODE_HELP };
struct command {
    enum mode mode;
    long x, y; /* MODE_ADD's two numbers */
};

/* parse_command_line: the command in ARGV; a usage error exits 64. */
struct command parse_command_line(int argc, char **argv);
void help(void);
int add_from_command_line(long x, long y);

#endif
