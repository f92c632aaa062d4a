/* hardened.h: what the lesson (hardened-jit.c) shares with its instruments:
 * refusals-and-maps.c (each step's mapping and W+X count, policies that
 * refuse executable memory, naming the one behind a refusal) and bench.c
 * (what each way of patching code costs). */
#ifndef HARDENED_H
#define HARDENED_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef int (*return_value_fn)(void);
enum { IMM32_AT = 1 };  /* where `mov eax, imm32` keeps its immediate */

/* Code seen two ways: `write` to change it, `exec` to run it. One address or two. */
struct jit_code {
    const char *route;            /* "dual", "mprotect", "pku", "rwx" */
    unsigned char *write, *exec;  /* the same bytes, for writing and for running */
    size_t size;
    void (*open)(struct jit_code *);   /* make `write` writable; NULL if it always is */
    void (*close)(struct jit_code *);  /* and back; NULL if nothing to do */
};

/* jit_new: ROUTE's memory holding return_value.asm's code; refuses with one line (exit 70). */
void jit_new(struct jit_code *c, const char *route);
/* jit_write: copy n bytes to the code at offset, the route's way. */
void jit_write(struct jit_code *c, size_t offset, const void *bytes, size_t n);
/* jit_free: give the route's memory back. */
void jit_free(struct jit_code *c);

/* step: count the W+X mappings now (most_wx keeps the most seen); if narrate
 * is set, print "STEP WHAT", the maps line holding addr (if any), and the count. */
void step(const char *name, const char *what, const void *addr);
extern bool narrate;
extern int most_wx;

/* refused: "hardened-jit: CALL refused: TEXT (ENAME); likely policy: ...", exit 70. */
_Noreturn void refused(const char *call, int err);
/* seccomp_refuse_exec: install a seccomp filter like systemd's MemoryDenyWriteExecute=
 * ("systemd"), or one that refuses any executable memory but a private mapping
 * of a file ("noexec"); false if STYLE is neither. */
bool seccomp_refuse_exec(const char *style);
/* cpu_has_pku: whether /proc/cpuinfo lists the pku flag. */
bool cpu_has_pku(void);

/* run_bench: time each route's patch-and-call, and stores near running code; print ratios. */
void run_bench(void);

#endif
