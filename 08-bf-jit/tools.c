/* tools.c: the modes of bfjit that are instruments rather than the JIT's
 * main path (bfjit.c): --ir and --emit-c print the program in another form,
 * --naive runs the benchmark's baseline, --abi-check runs the JIT'd code
 * under abi.asm's checker, --fuzz and --gen are the differential test, and
 * --maps shows the tape's guard pages.
 * Calls fuzz.c, emitc.c, ir.c, jit.c, jitrun.c, interp.c and runtime.c.
 */
#define _GNU_SOURCE
#include "bf.h"
#include "helpers.h"

#include <stdio.h>
#include <stdlib.h>

enum { EXIT_UNAVAILABLE = 69 };      /* sysexits' EX_UNAVAILABLE: no executable memory for --abi-check */

static Runtime rt;                   /* static: 70 KiB, and nothing to free on any path */

/* --abi-check: run prog's code through abi_call, with the calls out going to
 * abi_putc/abi_getc; report the run, then what the checker saw. */
static int abi_check(const Program *prog)
{
    Jit j;
    JitHooks hooks = { (const void *)abi_putc, (const void *)abi_getc };
    abi_putc_target = (const void *)rt_putc;
    abi_getc_target = (const void *)rt_getc;
    if (jit_compile(&j, prog, &hooks) != 0 || jit_make_executable(&j) != 0) {
        fprintf(stderr, "bfjit: %s\n", j.error);
        jit_free(&j);
        return EXIT_UNAVAILABLE;
    }
    /* Every '.' through its call out, as on a terminal: the JIT'd code stores
     * most bytes itself (OP_OUT in jit.c), a call only for the byte that
     * fills the buffer, so a short program would check none of the calls
     * it has. The code is the same; only the runtime's limit is 0. */
    rt.out_limit = 0;
    unsigned bad = 0;
    long p;
    RunStatus st = jit_run(&j, prog, &rt, &p, &bad);
    jit_free(&j);
    int code = rt_report(&rt, prog->name, st, ir_fault_pos(prog, rt.fault_op, rt.fault_p, st));
    static const char *const regs[] = { "rbx", "rbp", "r12", "r13", "r14", "r15" };
    printf("abi-check: callee-saved registers %s", bad ? "CHANGED:" : "intact");
    for (int r = 0; r < 6; r++) if (bad & (1u << r)) printf(" %s", regs[r]);
    printf("; %llu calls out, %llu with a misaligned stack\n",
           (unsigned long long)abi_calls, (unsigned long long)abi_misaligned);
    return code ? code : (bad || abi_misaligned) ? EXIT_SOFTWARE : 0;
}

/* The modes that need a program: read it, build its IR, and do the one asked for. */
static int with_program(const Options *o)
{
    size_t len;
    char *src = cli_read_program(o->path, &len);
    Program prog;
    int code = ir_build(&prog, cli_name(o->path), src, len, o->opts);
    if (code == 0 && o->mode == MODE_IR) ir_print(&prog);
    else if (code == 0 && o->mode == MODE_EMIT_C) emit_c(src, len);
    else if (code == 0 && (rt_init(&rt) != 0 || jit_install_fault_handler() != 0 || rt_flush_on_signals(&rt) != 0))
        code = EXIT_SOFTWARE;
    else if (code == 0) {
        rt_reset(&rt, 0, NULL, 0);
        if (o->mode == MODE_ABI_CHECK) {
            code = abi_check(&prog);
        } else {                     /* --naive: the error's place is the character's */
            size_t bad = 0;
            RunStatus st = naive_run(src, len, &rt, &bad);
            code = rt_report(&rt, prog.name, st, ir_pos_of(src, bad));
        }
    }
    rt_free(&rt);
    ir_free(&prog);
    free(src);
    return code;
}

/* Run the instrument o asks for; the exit status. */
int tool_run(const Options *o)
{
    switch (o->mode) {
    case MODE_GEN:
        fuzz_print(o->count, o->seed, 30);
        return 0;
    case MODE_FUZZ: {
        if (rt_init(&rt) != 0 || jit_install_fault_handler() != 0) return EXIT_SOFTWARE;
        int bad = fuzz_run(o->count, o->seed, &rt, 0);
        rt_free(&rt);
        return bad ? EXIT_SOFTWARE : 0;
    }
    case MODE_MAPS: {                /* the tape as JIT'd code sees it */
        int ok = rt_init(&rt) == 0 && rt_guard_edge(&rt, 1) == 0 && rt_print_maps(&rt) == 0;
        rt_free(&rt);
        return ok ? 0 : EXIT_SOFTWARE;
    }
    default:
        return with_program(o);
    }
}
