/* 08-bf-jit exercise 1 (a small change): end of input gives 0.
 *
 * bfjit leaves a cell as it was when ',' finds the end of input. The other
 * common choice is 0. Change rt_getc (below) so that ',' at end of input
 * stores 0, in both modes (the interpreter and the JIT'd code both call it),
 * every time: the first read that finds the end, and every read after it.
 * `make exercises` runs ",.,.,." with "a" as input, with the JIT and with
 * the interpreter: each must print the bytes 'a', 0, 0.
 *
 * This file is a copy of runtime.c: the chapter's own runtime.c, and its
 * checks, stay as they are.
 */
/* runtime.c: what a running Brainfuck program needs from C: the tape, with
 * guard pages around it; buffered output and input; and how a run ended.
 * Both the interpreter and the JIT'd code use it; it calls nothing else in
 * this chapter. (The fault handler that catches a touch of a guard page is
 * the JIT's, in jitrun.c.)
 *
 * The mapping, in pages (4 KiB here):
 *
 *   | guard ... | cells 0..4095 | ... | cells 28672..29999 + 2768 spare | guard ... |
 *     PROT_NONE   read+write             the edge page                     PROT_NONE
 *
 * Cell 0 starts a page, so the guard before it catches the left end exactly.
 * 30000 is not a multiple of 4096, so the right end falls inside a page: while
 * JIT'd code runs, that whole edge page is PROT_NONE too. A fault there at a
 * real cell (28672..29999) is not an error: the run leaves the JIT'd code and
 * the interpreter carries on from the op that faulted (jit_run). A fault by
 * the body of an IF whose cell is 0 is not one either (jit.c runs such bodies
 * without a branch): the handler skips to the ENDIF. Any other fault in the
 * mapping is a move off the tape.
 *
 * Output is buffered (one write per 64 KiB, not per '.'), so it must be
 * written out at the right moments: before reading input, at the end, at
 * each newline when a person is watching (a terminal), and when the user
 * stops the program with Ctrl-C or kill. JIT'd code writes most bytes into
 * the buffer itself, without a call (jit.c, OP_OUT); rt_putc gets the one
 * that fills it, and on a terminal every one (out_limit, bf.h).
 */
#define _GNU_SOURCE
#include "bf.h"
#include "helpers.h"

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <stddef.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define GUARD_BYTES (64 * 1024)     /* each side; at least MAX_REACH, a whole number of pages */

_Static_assert(GUARD_BYTES > MAX_REACH, "the guards must cover the farthest reach of an op");

/* The runtime whose buffered output SIGINT and SIGTERM write out. */
static Runtime *signal_rt;

/* Resize an array to n elements of size bytes (old may be NULL); on
 * failure, free old, one line and exit 70. */
void *bf_grow(void *old, size_t n, size_t size)
{
    size_t bytes = size != 0 && n > SIZE_MAX / size ? SIZE_MAX : n * size != 0 ? n * size : 1;
    void *p = bytes == SIZE_MAX ? NULL : realloc(old, bytes);   /* realloc(p, 0) may free p */
    if (!p) {
        free(old);                   /* realloc kept it; the caller will not */
        die(EXIT_SOFTWARE, "out of memory (%zu bytes)", bytes);
    }
    return p;
}

/* Map the tape between its guards and set up I/O on stdin/stdout; 0, or -1 after a message. */
int rt_init(Runtime *rt)
{
    /* Every field but the two buffers: 70 KB that nothing reads before it
     * writes them (outlen and inbuf_len say how much of each holds data).
     * Clearing them was a third of a short program's instructions. (out_limit
     * is 0 until rt_reset: every byte through rt_putc.) */
    memset(rt, 0, offsetof(Runtime, outbuf));
    memset(&rt->in_fd, 0, offsetof(Runtime, inbuf) - offsetof(Runtime, in_fd));
    memset(&rt->inbuf_len, 0, sizeof *rt - offsetof(Runtime, inbuf_len));
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0 || GUARD_BYTES % page != 0) {
        fprintf(stderr, "bfjit: unexpected page size %ld\n", page);
        return -1;
    }
    rt->page = (size_t)page;
    size_t tape_bytes = (TAPE_CELLS + rt->page - 1) / rt->page * rt->page;
    rt->map_len = GUARD_BYTES + tape_bytes + GUARD_BYTES;
    void *m = mmap(NULL, rt->map_len, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) {
        fprintf(stderr, "bfjit: mmap(tape): %s\n", strerror(errno));
        return -1;
    }
    rt->map = m;
    rt->tape = rt->map + GUARD_BYTES;
    rt->edge_page = rt->tape + tape_bytes - rt->page;
    if (mprotect(rt->tape, tape_bytes, PROT_READ | PROT_WRITE) != 0) {
        fprintf(stderr, "bfjit: mprotect(tape, PROT_READ|PROT_WRITE): %s\n", strerror(errno));
        munmap(rt->map, rt->map_len);
        return -1;
    }
    rt->out_fd = 1;
    rt->in_fd = 0;
    rt->line_buffered = isatty(rt->out_fd);
    rt->tape_clean = true;           /* fresh anonymous memory is all zero */
    return 0;
}

/* Zero the tape and the I/O state for a new run. */
void rt_reset(Runtime *rt, int capture, const uint8_t *in, size_t in_len)
{
    rt_guard_edge(rt, 0);
    if (!rt->tape_clean) memset(rt->tape, 0, TAPE_CELLS);
    rt->tape_clean = false;          /* the run about to start writes it */
    rt->outlen = 0;
    rt->capture_len = 0;
    if (capture && !rt->capture) {
        rt->capture_cap = 1 << 16;
        rt->capture = bf_grow(NULL, rt->capture_cap, 1);
    }
    if (!capture) { free(rt->capture); rt->capture = NULL; rt->capture_cap = 0; }
    /* JIT'd code fills the buffer itself up to its last byte, which rt_putc
     * stores and flushes; on a terminal rt_putc sees every byte, for the
     * newlines. A capture is no terminal, whatever out_fd is. */
    rt->out_limit = rt->line_buffered && !rt->capture ? 0 : sizeof rt->outbuf - 1;
    rt->in_mem = in;
    rt->in_mem_len = in_len;
    rt->in_mem_pos = 0;
    rt->inbuf_len = rt->inbuf_pos = 0;
    rt->in_eof = 0;
    rt->status = RUN_OK;
    rt->fault_op = 0;
    rt->fault_rip = 0;
    rt->fault_p = 0;
    rt->entry = NULL;
    rt->edge_trips = rt->handbacks = rt->interp_ops = 0;
    rt->skipped = 0;
}

/* Unmap the tape and free the capture buffer. */
void rt_free(Runtime *rt)
{
    if (rt->map && munmap(rt->map, rt->map_len) != 0) perror("bfjit: munmap(tape)");
    rt->map = NULL;
    free(rt->capture);
    rt->capture = NULL;
}

/* Make the edge page PROT_NONE (on) or read+write (off); 0, or -1 after a message. */
int rt_guard_edge(Runtime *rt, int on)
{
    if (mprotect(rt->edge_page, rt->page, on ? PROT_NONE : PROT_READ | PROT_WRITE) != 0) {
        fprintf(stderr, "bfjit: mprotect(edge page): %s\n", strerror(errno));
        return -1;
    }
    return 0;
}

/* Note an I/O error; in JIT'd code, go back to the driver through rt->escape
 * (the interpreter checks rt->status after each call instead). */
static void io_failed(Runtime *rt, const char *call)
{
    rt->status = RUN_IO_ERROR;
    rt->error_call = call;
    rt->error_errno = errno;
    if (rt->escape) siglongjmp(*rt->escape, 1);
}

/* Write the buffered output (or append it to the capture); 0, or -1 with
 * status RUN_IO_ERROR. */
int rt_flush(Runtime *rt)
{
    if (rt->capture) {               /* the differential test: to memory, through the same buffer */
        if (rt->capture_cap - rt->capture_len < rt->outlen) {
            while (rt->capture_cap - rt->capture_len < rt->outlen) rt->capture_cap *= 2;
            rt->capture = bf_grow(rt->capture, rt->capture_cap, 1);
        }
        memcpy(rt->capture + rt->capture_len, rt->outbuf, rt->outlen);
        rt->capture_len += rt->outlen;
        rt->outlen = 0;
        return 0;
    }
    size_t done = 0;
    while (done < rt->outlen) {
        ssize_t n = write(rt->out_fd, rt->outbuf + done, rt->outlen - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            if (n == 0) errno = EIO;
            rt->outlen = 0;
            rt->status = RUN_IO_ERROR;
            rt->error_call = "write";
            rt->error_errno = errno;
            return -1;
        }
        done += (size_t)n;
    }
    rt->outlen = 0;
    return 0;
}

/* Buffer one byte of output: called by the interpreters for every byte, and
 * by JIT'd code for the bytes it does not store itself (jit.c, OP_OUT: the
 * one that fills the buffer, or every one on a terminal). outlen is below
 * sizeof outbuf here: whoever fills the buffer up is this function, and it
 * empties it. */
void rt_putc(Runtime *rt, int c)
{
    rt->outbuf[rt->outlen++] = (uint8_t)c;
    if ((rt->outlen == sizeof rt->outbuf || (c == '\n' && rt->line_buffered)) && rt_flush(rt) != 0)
        io_failed(rt, "write");
}

/* The next input byte, or old at end of input (flushes output before it waits). */
int rt_getc(Runtime *rt, int old)
{
    if (rt->in_mem)
        return rt->in_mem_pos < rt->in_mem_len ? rt->in_mem[rt->in_mem_pos++] : old;
    if (rt->inbuf_pos == rt->inbuf_len) {
        if (rt->in_eof) return old;
        /* Whoever is feeding us input may be waiting for our output first. */
        if (!rt->capture && rt->outlen > 0 && rt_flush(rt) != 0) io_failed(rt, "write");
        ssize_t n;
        do n = read(rt->in_fd, rt->inbuf, sizeof rt->inbuf); while (n < 0 && errno == EINTR);
        if (n < 0) { io_failed(rt, "read"); rt->in_eof = 1; return old; }
        if (n == 0) { rt->in_eof = 1; return old; }
        rt->inbuf_len = (size_t)n;
        rt->inbuf_pos = 0;
    }
    return rt->inbuf[rt->inbuf_pos++];
}

/* Print the /proc/self/maps lines of the tape's mapping, each part named. */
int rt_print_maps(const Runtime *rt)
{
    FILE *f = fopen("/proc/self/maps", "r");
    if (!f) { fprintf(stderr, "bfjit: /proc/self/maps: %s\n", strerror(errno)); return -1; }
    char line[512];
    uintptr_t lo = (uintptr_t)rt->map, hi = lo + rt->map_len;
    while (fgets(line, sizeof line, f)) {
        unsigned long start, end;
        char perms[8];
        if (sscanf(line, "%lx-%lx %7s", &start, &end, perms) != 3 || end <= lo || start >= hi) continue;
        /* Name each part by the cells it holds (tape-relative, so it reads the same every run). */
        long first = (long)(start - (uintptr_t)rt->tape), last = (long)(end - (uintptr_t)rt->tape) - 1;
        const char *what = last < 0 ? "guard: before cell 0"
                         : first >= TAPE_CELLS ? "guard: after the tape"
                         : last >= TAPE_CELLS ? "the edge page and the guard after it"
                         : "cells";
        printf("%lx-%lx %s  bytes %6ld..%6ld from cell 0  %s\n", start, end, perms, first, last, what);
    }
    fclose(f);
    return 0;
}

/* SIGINT, SIGTERM: write what the program printed so far, then die of the
 * signal as if bfjit had not caught it (the handler was reset by SA_RESETHAND;
 * the signal, blocked while the handler runs, arrives as it returns). Only
 * write(2) here: it is async-signal-safe, stdio is not. JIT'd code may have
 * been between storing a byte and storing the new outlen: that byte is not
 * written, and nothing after it runs (jit.c, OP_OUT). */
static void on_stop(int sig)
{
    Runtime *rt = signal_rt;
    int saved = errno;
    if (rt && !rt->capture) {
        size_t done = 0, len = rt->outlen;
        while (done < len) {
            ssize_t n = write(rt->out_fd, rt->outbuf + done, len - done);
            if (n <= 0 && errno != EINTR) break;
            if (n > 0) done += (size_t)n;
        }
        rt->outlen = 0;
    }
    errno = saved;
    raise(sig);
}

/* Flush rt's output on SIGINT and SIGTERM; a signal ignored at start stays ignored. */
int rt_flush_on_signals(Runtime *rt)
{
    static const int sigs[] = { SIGINT, SIGTERM };
    signal_rt = rt;
    for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++) {
        struct sigaction sa, old;
        memset(&sa, 0, sizeof sa);
        sigemptyset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND;
        sa.sa_handler = on_stop;
        if (sigaction(sigs[i], NULL, &old) != 0 ||
            (old.sa_handler != SIG_IGN && sigaction(sigs[i], &sa, NULL) != 0)) {
            fprintf(stderr, "bfjit: sigaction(%s): %s\n", sigs[i] == SIGINT ? "SIGINT" : "SIGTERM", strerror(errno));
            return -1;
        }
    }
    return 0;
}

/* Flush, then say how the run ended (one line for an error); the exit status. */
int rt_report(Runtime *rt, const char *name, RunStatus status, SrcPos at)
{
    /* What the program printed before it ended goes out first, whatever the end. */
    if (status != RUN_IO_ERROR && rt_flush(rt) != 0) status = RUN_IO_ERROR;
    switch (status) {
    case RUN_OK:
        return 0;
    case RUN_IO_ERROR:
        fprintf(stderr, "bfjit: %s: %s\n", rt->error_call ? rt->error_call : "write", strerror(rt->error_errno));
        return EXIT_IOERR;
    case RUN_OFF_LEFT: case RUN_OFF_RIGHT: {
        const char *end = status == RUN_OFF_LEFT ? "left" : "right";
        if (at.line)
            fprintf(stderr, "bfjit: %s:%u:%u: runtime error: moved off the %s end of the tape\n",
                    name, at.line, at.col, end);
        else
            fprintf(stderr, "bfjit: %s: runtime error: moved off the %s end of the tape\n", name, end);
        return EXIT_SOFTWARE;
    }
    case RUN_FAILED: case RUN_EDGE: case RUN_HANDBACK:  /* jit_run printed why; the other two never leave it */
        break;
    }
    return EXIT_SOFTWARE;
}
