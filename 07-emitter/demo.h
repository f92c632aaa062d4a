/* demo.h: what the files of emit-demo share. Each file has one job:
 *
 *   functions.c     the lesson: functions built with the encoder, made
 *                   executable the W^X way and run against C
 *   emit-demo.c     the command line: which mode to run
 *   against-c.c     the same functions in C, and the runs that compare them
 *   reference.c     the reference table (--table) and the worked examples (--explain)
 *   differential.c  the differential test against nasm (--nasm-source, --nasm-compare)
 *   errors.c        every error the encoder reports, provoked (--errors)
 *   bench.c         how fast the encoder emits (--bench)
 */
#ifndef DEMO_H
#define DEMO_H

#include <stddef.h>

#include "helpers.h"
#include <stdint.h>

#include "emit.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* The run address of the reference rows and of the differential test:
 * nasm's `org`, the encoder's run_address. */
#define TEST_ORG UINT64_C(0x400000)

/* ---- functions.c */
int run_demos(void);                                 /* no option; returns the exit status */
int dump_demo(const char *name, const char *path);   /* --dump NAME FILE */
/* What the JIT'd functions use from C. */
long triple(long x);                  /* the C function calls_c calls */
extern const char greeting_text[];    /* the string greeting's code points at */


/* ---- against-c.c: run the JIT'd code at code on many inputs and compare with
 * C. Each returns how many inputs it compared, or -1 after writing the first
 * difference to why. */
typedef long (*Check)(const void *code, char *why, size_t size);
long check_sum_to(const void *code, char *why, size_t size);
long check_factorial(const void *code, char *why, size_t size);
long check_mix(const void *code, char *why, size_t size);
long check_length(const void *code, char *why, size_t size);
long check_upcase(const void *code, char *why, size_t size);
long check_sum_array(const void *code, char *why, size_t size);
long check_calls_c(const void *code, char *why, size_t size);
long check_greeting(const void *code, char *why, size_t size);

/* ---- reference.c */
extern const char *const r64[16], *const r32[16], *const r8[16];   /* register names */
extern const char *const cc_name[16];                             /* "o", "no", ... "g" */
int print_table(void);                       /* --table; returns the exit status */
int print_examples(int n, char **ids);        /* --explain [ID...]; n == 0: all of them */
/* The table's rows and the examples, for the differential test: how many,
 * each one emitted into e (a table row with `here` bound where it starts),
 * and its NASM text. */
size_t table_rows(void);
void table_emit(Emitter *e, size_t i, EmitLabel here);
const char *table_nasm(size_t i);
size_t example_count(void);
void example_emit(Emitter *e, size_t i);
const char *example_nasm(size_t i);

/* ---- differential.c */
int write_nasm_source(const char *path);                 /* --nasm-source FILE */
int compare_with_nasm(const char *bin, const char *lst); /* --nasm-compare BIN LST */

/* ---- errors.c */
int run_error_scenarios(void);               /* --errors */

/* ---- bench.c */
int run_bench(double seconds);               /* --bench [SECONDS] */

#endif
