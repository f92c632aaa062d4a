/* bench.c: hardened-jit --bench (make bench), what each way of patching
 * running code costs. Each route patches the immediate and calls the code,
 * many times; the routes take turns within a round, and the rounds repeat, so
 * that a slow moment of the machine hits them all. It prints ratios (the
 * median over the rounds and their range), never absolute times: those say
 * more about the machine than about the route. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "hardened.h"
#include "helpers.h"

enum { ROUNDS = 7, ITERATIONS = 50000, MAX_KINDS = 4 };

/* now: seconds on the monotonic clock. */
static double now(void)
{
    struct timespec t;
    if (clock_gettime(CLOCK_MONOTONIC, &t) != 0)
        die(EXIT_SOFTWARE, "clock_gettime failed");
    return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* time_patches: seconds for ITERATIONS rounds of "patch the immediate to i, call, check". */
static double time_patches(struct jit_code *c)
{
    return_value_fn fn = (return_value_fn)(void *)c->exec;
    double start = now();
    for (int32_t i = 0; i < ITERATIONS; i++) {
        jit_write(c, IMM32_AT, &i, sizeof i);
        if (fn() != i)
            die(EXIT_SOFTWARE, "bench: %s: the patched code returned the wrong value", c->route);
    }
    return now() - start;
}

static volatile int32_t ordinary_data;

/* time_stores: seconds for ITERATIONS rounds of "store to target, call the code". */
static double time_stores(struct jit_code *c, volatile int32_t *target)
{
    return_value_fn fn = (return_value_fn)(void *)c->exec;
    double start = now();
    for (int32_t i = 0; i < ITERATIONS; i++) {
        *target = target == (volatile int32_t *)(c->write + IMM32_AT) ? i : 1;
        if (fn() < 0)
            die(EXIT_SOFTWARE, "bench: the code returned a negative value");
    }
    return now() - start;
}

/* by_value: qsort's order for doubles. */
static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

/* print_ratios: for each kind, its time over kind 0's, per round: median (min-max). */
static void print_ratios(int kinds, const char *const names[], double t[][ROUNDS])
{
    for (int k = 0; k < kinds; k++) {
        double r[ROUNDS];
        for (int i = 0; i < ROUNDS; i++)
            r[i] = t[k][i] / t[0][i];
        qsort(r, ROUNDS, sizeof r[0], by_value);
        if (k == 0)
            printf("  %-44s %6.2f\n", names[k], 1.0);
        else
            printf("  %-44s %6.2f  (%.2f-%.2f)\n", names[k], r[ROUNDS / 2], r[0], r[ROUNDS - 1]);
    }
}

void run_bench(void)
{
    static const char *const routes[MAX_KINDS] = { "dual", "mprotect", "rwx", "pku" };
    static const char *const route_names[MAX_KINDS] = {
        "dual: a store through the write view", "mprotect: RW, a store, RX",
        "rwx: a store into the RWX mapping (03)", "pku: open the key, a store, close it" };
    static const char *const store_names[MAX_KINDS] = {
        "ordinary data, elsewhere in memory", "the code's page, 2048 bytes away",
        "the code's cache line, 32 bytes away", "the code itself: the imm32" };
    struct jit_code code[MAX_KINDS];
    double t[MAX_KINDS][ROUNDS];
    int kinds = cpu_has_pku() ? 4 : 3;

    for (int k = 0; k < kinds; k++)
        jit_new(&code[k], routes[k]);
    printf("patch the immediate, then call: %d times a round, %d rounds, the routes taking turns\n",
           ITERATIONS, ROUNDS);
    printf("time as a multiple of the dual mapping's: median (lowest-highest)\n");
    for (int i = 0; i < ROUNDS; i++)
        for (int j = 0; j < kinds; j++) {
            int k = (i + j) % kinds;  /* a different route goes first each round */
            t[k][i] = time_patches(&code[k]);
        }
    print_ratios(kinds, route_names, t);
    if (kinds == 3)
        printf("  %-44s not measured: /proc/cpuinfo has no pku flag\n", "pku");
    for (int k = 1; k < kinds; k++)
        jit_free(&code[k]);

    /* The self-modifying-code penalty: where a store lands, with the code about to run. */
    volatile int32_t *targets[MAX_KINDS] = {
        &ordinary_data, (volatile int32_t *)(code[0].write + 2048),
        (volatile int32_t *)(code[0].write + 32), (volatile int32_t *)(code[0].write + IMM32_AT) };
    printf("a store, then a call of the code (dual mapping): where the store lands\n");
    printf("time as a multiple of a store to ordinary data: median (lowest-highest)\n");
    for (int i = 0; i < ROUNDS; i++)
        for (int j = 0; j < MAX_KINDS; j++) {
            int k = (i + j) % MAX_KINDS;
            t[k][i] = time_stores(&code[0], targets[k]);
        }
    print_ratios(MAX_KINDS, store_names, t);
    jit_free(&code[0]);
}
