/* bench.c: how fast the encoder emits (--bench, `make bench`). A JIT's
 * compile time is part of its run time, so the encoder must be quick: this
 * emits blocks of the kind chapter 08 produces, again and again, and reports
 * the best of five trials.
 */
#define _GNU_SOURCE
#include <stdio.h>
#include <time.h>

#include "demo.h"
#include "helpers.h"

static void emit_bench_block(Emitter *e, uint64_t callee)
{
    EmitLabel top = emit_label_new(e), out = emit_label_new(e);
    emit_label_bind(e, top);
    emit_mov_r64_r64(e, RAX, RDI);
    emit_add_r64_imm(e, RDI, 8);
    emit_load64(e, RCX, RBP, -16);
    emit_store64(e, RSP, 8, RCX);
    emit_add8_mem_imm(e, RBX, 3, 1);
    emit_cmp8_mem_imm(e, RBX, 0, 0);
    emit_jcc32(e, CC_E, out);
    emit_lea(e, RDX, R12, 32);
    emit_imul_r64_r64(e, RAX, RDX);
    emit_sub_r32_r32(e, RSI, RDI);
    emit_mov_r64_imm(e, R8, 12345);
    emit_shl_r64_imm(e, R8, 3);
    emit_push_r64(e, R12);
    emit_call_abs(e, callee);
    emit_pop_r64(e, R12);
    emit_test_r64_r64(e, RAX, RAX);
    emit_jcc(e, CC_NE, top);
    emit_label_bind(e, out);
    emit_inc_r64(e, R9);
    emit_xor_r32_r32(e, RAX, RAX);
    emit_ret(e);
}
#define BENCH_INSNS_PER_BLOCK 20
#define BENCH_BLOCKS 512

/* The monotonic clock, in seconds. */
static double now_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* Emit BENCH_BLOCKS blocks into code from scratch; returns the bytes emitted, or 0 on an error. */
static size_t bench_round(uint8_t *code, size_t cap, uint32_t *labels, EmitFixup *fixups)
{
    Emitter e;
    emit_init(&e, code, cap);
    emit_use_label_tables(&e, labels, 2 * BENCH_BLOCKS, fixups, BENCH_BLOCKS);
    for (int b = 0; b < BENCH_BLOCKS; b++)
        emit_bench_block(&e, (uint64_t)(uintptr_t)code);
    if (emit_finish(&e) != EMIT_OK) {
        char msg[160];
        emit_format_error(&e, msg, sizeof msg);
        fprintf(stderr, "emit-demo: bench: %s\n", msg);   /* a bug in the block above */
        return 0;
    }
    return e.len;
}

#define BENCH_TRIALS 5

/* --bench [SECONDS]: emit the mix again and again for about SECONDS, in 5
 * trials; report the best trial (the one least disturbed by other processes). */
int run_bench(double seconds)
{
    static uint8_t code[64 * 1024];
    static uint32_t labels[2 * BENCH_BLOCKS];
    static EmitFixup fixups[BENCH_BLOCKS];
    double best = 0, best_bytes = 0, total_insns = 0;
    for (int trial = 0; trial < BENCH_TRIALS; trial++) {
        double start = now_seconds(), elapsed;
        unsigned long long rounds = 0, bytes = 0;
        do {
            size_t n = bench_round(code, sizeof code, labels, fixups);
            if (n == 0)
                return EXIT_SOFTWARE;
            rounds++;
            bytes += n;
            elapsed = now_seconds() - start;
        } while (elapsed < seconds / BENCH_TRIALS);
        double insns = (double)rounds * BENCH_BLOCKS * BENCH_INSNS_PER_BLOCK;
        total_insns += insns;
        if (insns / elapsed > best) {
            best = insns / elapsed;
            best_bytes = (double)bytes / elapsed;
        }
    }
    printf("%.0f million instructions/s, %.0f MB/s (best of %d trials; %.0f million instructions emitted)\n",
           best / 1e6, best_bytes / 1e6, BENCH_TRIALS, total_insns / 1e6);
    printf("(a mix of %d instructions a block, %d blocks a buffer, labels and fixups included)\n",
           BENCH_INSNS_PER_BLOCK, BENCH_BLOCKS);
    return 0;
}
