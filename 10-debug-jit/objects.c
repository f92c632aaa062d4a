/* objects.c: seejit --objects N, the measurement behind the README's table of
 * what registering code with gdb costs. It compiles N tiny functions, gives
 * each its own ELF object and registers them one by one, the way a JIT that
 * compiles function after function would, and times each registration. Run
 * alone, a registration is a function call; under gdb, the program stops at
 * every one while gdb reads the new object, and that is the time measured.
 * bench.sh runs it under gdb for 1 to 1000 objects.
 */
#define _GNU_SOURCE
#include "emit.h"
#include "helpers.h"
#include "jitdebug.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

#define STRIDE 16           /* bytes per function: 9 used, the rest int3 */

int register_objects(long n);

/* Milliseconds on a monotonic clock. */
static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec * 1e-6;
}

/* Register n objects, one per function, call each, and leave them registered
 * (the descriptor's list keeps them reachable until exit). Returns the exit status. */
int register_objects(long n)
{
    size_t map_len = ((size_t)n * STRIDE + 4095) / 4096 * 4096;
    if (n == 0) { printf("registered 0 objects\n"); return 0; }
    uint8_t *code = mmap(NULL, map_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED) die_errno(EXIT_SOFTWARE, "mmap", errno);
    JdCode *desc = calloc((size_t)n, sizeof *desc);
    JdRange *names = calloc((size_t)n, sizeof *names);
    if (!desc || !names) die(EXIT_SOFTWARE, "out of memory");

    /* Function k: push rbp; mov rbp, rsp; mov eax, k; pop rbp; ret. */
    for (long k = 0; k < n; k++) {
        uint8_t *at = code + k * STRIDE;
        Emitter e;
        emit_init(&e, at, STRIDE);
        emit_push_r64(&e, RBP);
        emit_mov_r64_r64(&e, RBP, RSP);
        emit_mov_r32_imm(&e, RAX, k);
        emit_pop_r64(&e, RBP);
        uint32_t ret_at = (uint32_t)e.len;
        emit_ret(&e);
        while (e.len < STRIDE) emit_int3(&e);
        if (emit_finish(&e) != EMIT_OK) die(EXIT_SOFTWARE, "the encoder failed");
        names[k] = (JdRange){ .start = 0, .end = ret_at + 1 };
        snprintf(names[k].name, sizeof names[k].name, "jit_object_%ld", k);
        desc[k] = (JdCode){ .source = "objects", .comp_dir = "/", .producer = "seejit --objects",
                            .addr = (uintptr_t)at, .size = ret_at + 1, .ranges = &names[k], .nranges = 1,
                            .frame = { .after_push_rbp = 1, .after_mov_rbp = 4, .ret_at = ret_at } };
    }
    if (mprotect(code, map_len, PROT_READ | PROT_EXEC) != 0) die_errno(EXIT_SOFTWARE, "mprotect", errno);

    /* Register them one by one, timing each registration alone. */
    double *took = calloc((size_t)n, sizeof *took);
    if (!took) die(EXIT_SOFTWARE, "out of memory");
    long sum = 0;
    for (long k = 0; k < n; k++) {
        size_t size;
        uint8_t *obj = jd_elf_build(&desc[k], &size);
        if (!obj) die(EXIT_SOFTWARE, "out of memory for object %ld", k);
        double t0 = now_ms();
        if (!jd_gdb_register(obj, size)) die(EXIT_SOFTWARE, "out of memory for object %ld", k);
        took[k] = now_ms() - t0;
        sum += ((int (*)(void))(uintptr_t)(code + k * STRIDE))();
    }
    /* The whole, and the first and last tenth (at least one object each). */
    long tenth = n >= 10 ? n / 10 : 1;
    double all = 0, first = 0, last = 0;
    for (long k = 0; k < n; k++) {
        all += took[k];
        if (k < tenth) first += took[k];
        if (k >= n - tenth) last += took[k];
    }
    printf("registered %ld objects (their functions returned 0 to %ld, sum %ld)\n", n, n - 1, sum);
    printf("registration: %.3f ms in all, %.3f ms each; the first %ld: %.3f ms each, the last %ld: %.3f ms each\n",
           all, all / (double)n, tenth, first / (double)tenth, tenth, last / (double)tenth);
    free(took);
    free(desc);
    free(names);
    return 0;
}
