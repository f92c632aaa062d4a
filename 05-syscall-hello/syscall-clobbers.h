/* 05-syscall-hello/syscall-clobbers.h: the instrument that shows, from the
 * running process, what the syscall instruction leaves in rcx and r11, and
 * the two functions of jit-write.c it borrows to load its snippets. */
#ifndef SYSCALL_CLOBBERS_H
#define SYSCALL_CLOBBERS_H

#include <stddef.h>

/* jit_load, jit_free: in jit-write.c (the lesson). jit_load copies CODE into
 * a fresh page, W^X, and returns it; jit_free unmaps it. Both exit 70 with
 * one line when the kernel refuses. */
void *jit_load(const unsigned char *code, size_t size);
void jit_free(void *mem, size_t size);

/* show_clobbers: JIT two snippets that put a marker in rcx and r11, make a
 * system call and return one of the two; report on stderr what came back
 * against what the CPU manuals say. Returns the exit status: 0, or 70 when
 * the registers hold neither the manuals' values nor the marker. */
int show_clobbers(void);

/* CALLS_JIT_CODE marks a function that calls JIT'd code through a pointer.
 * clang's -fsanitize=function (part of -fsanitize=undefined since clang 17)
 * reads the 8 bytes before every indirect-call target, looking for a type
 * signature that compiled functions carry. JIT'd code has none, and it starts
 * a fresh page, so those 8 bytes may not even be mapped: the check crashes.
 * This turns it off where the JIT'd code is called, and only there. */
#if defined(__clang__)
#define CALLS_JIT_CODE __attribute__((no_sanitize("function")))
#else
#define CALLS_JIT_CODE
#endif

#endif
