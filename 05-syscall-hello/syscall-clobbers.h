/* 05-syscall-hello/syscall-clobbers.h: the instrument that shows, from the
 * running process, what the syscall instruction leaves in rcx and r11, and
 * the two functions of jit-write.c it borrows to load its snippets. */
#ifndef SYSCALL_CLOBBERS_H
#define SYSCALL_CLOBBERS_H

#include <stddef.h>

#include "helpers.h"

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


#endif
