/* jit.c: the back end. Turns the IR into x86-64 machine code with chapter
 * 07's encoder (emit.h), one short instruction sequence per op, in a mapping
 * that is writable while the code is written and executable only after
 * (jit_alloc, jit_make_executable). Running the code is jitrun.c's job.
 * Calls the encoder (../07-emitter/emit.c) only; rt_putc and rt_getc
 * (runtime.c) are not called from here, their addresses go into the code.
 *
 * The generated function is  uint8_t *run(uint8_t *tape, Runtime *rt)  and
 * follows the System V AMD64 ABI. Registers:
 *   rbx   the tape pointer p (callee-saved, so it survives the calls out)
 *   r12   the Runtime, the first argument of rt_putc/rt_getc (callee-saved)
 *   r13   the IFs' careful flags (see OP_IF below; callee-saved)
 *   rax   scratch: the counting cell of a multiply (loaded by its IF), the byte
 *         an OUT writes, the return value
 *   rcx   scratch: a product in a multiply; an OUT's outlen, then where its byte goes
 *   rdx   scratch: an OUT's out_limit, then its outlen + 1
 * rbp is pushed and set as a frame pointer; with rbx, r12, r13 and the
 * return address that makes 40 bytes, so 8 more are taken from the stack
 * and rsp is 16-byte aligned at every call out.
 */
#define _GNU_SOURCE
#include "bf.h"
#include "emit.h"
#include "helpers.h"

#include <errno.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#define MAX_OP_BYTES 64          /* no op's code is longer (a call out is 29, an IF 17 + 17 out of
                                    line, an inline OUT 41 + 22 out of line) */
#define FRAME_BYTES 96           /* prologue, epilogue, and the second entry (23 + 14 + 25) */

/* Call a C function at an absolute address: mov rax, imm64; call rax. (A
 * call rel32 may not reach from the mapping to the program's code.) */
static void emit_call_c(Emitter *e, const void *fn)
{
    emit_mov_r64_imm64(e, RAX, (uint64_t)(uintptr_t)fn);
    emit_call_r64(e, RAX);
}

#ifndef MFD_NOEXEC_SEAL
#define MFD_NOEXEC_SEAL 0x0008U      /* Linux 6.3: the memfd can never be execve'd */
#endif

WxStrategy jit_wx = WX_MPROTECT;

/* jit_refused: j->error = "CALL: strerror (ENAME)" for errno; returns -1. */
static int jit_refused(Jit *j, const char *call)
{
    int err = errno;
    snprintf(j->error, sizeof j->error, "%s: %s (%s)", call, strerror(err), errno_name(err));
    errno = err;
    return -1;
}

/* The code's memory: j->map_len bytes, written through j->write (read+write,
 * not executable). With WX_DUAL, j->code is a second, read+execute view of
 * the same memfd (chapter 09); with WX_MPROTECT it is j->write. 0, or -1
 * with the call and errno in j->error (nothing mapped). The one place the
 * JIT asks for memory: see also jit_make_executable. */
int jit_alloc(Jit *j)
{
    if (j->wx == WX_DUAL) {
        int fd = memfd_create("bfjit-code", MFD_CLOEXEC | MFD_NOEXEC_SEAL);
        if (fd < 0 && errno == EINVAL)                  /* a kernel before 6.3 */
            fd = memfd_create("bfjit-code", MFD_CLOEXEC);
        if (fd < 0) return jit_refused(j, "memfd_create");
        void *w = MAP_FAILED, *x = MAP_FAILED;
        if (ftruncate(fd, (off_t)j->map_len) != 0) jit_refused(j, "ftruncate");
        else if ((w = mmap(NULL, j->map_len, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)) == MAP_FAILED)
            jit_refused(j, "mmap(PROT_READ|PROT_WRITE, MAP_SHARED)");
        else if ((x = mmap(NULL, j->map_len, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0)) == MAP_FAILED) {
            jit_refused(j, "mmap(PROT_READ|PROT_EXEC, MAP_SHARED)");
            munmap(w, j->map_len);
        }
        int err = errno;
        close(fd);                                      /* the views keep the memory */
        errno = err;
        if (x == MAP_FAILED) return -1;
        j->write = w, j->code = x;
        return 0;
    }
    void *m = mmap(NULL, j->map_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (m == MAP_FAILED) return jit_refused(j, "mmap(PROT_READ|PROT_WRITE)");
    j->write = j->code = m;
    return 0;
}

/* Prologue: save what we use of the callee-saved registers, and set up
 * rbx, r12 and r13 from the arguments (p, rt). */
static void emit_prologue(Emitter *e)
{
    emit_push_r64(e, RBP);
    emit_mov_r64_r64(e, RBP, RSP);
    emit_push_r64(e, RBX);
    emit_push_r64(e, R12);
    emit_push_r64(e, R13);
    emit_sub_r64_imm(e, RSP, 8);             /* align the stack for the calls out */
    emit_mov_r64_r64(e, RBX, RDI);           /* p: cell 0, or where the interpreter stopped */
    emit_mov_r64_r64(e, R12, RSI);           /* keep rt for the calls out */
    emit_load64(e, R13, RSI, offsetof(Runtime, careful));   /* r13 = rt->careful */
}

/* Generate prog's code into a fresh RW mapping; 0, or -1 with j->error. */
int jit_compile(Jit *j, const Program *prog, const JitHooks *hooks)
{
    memset(j, 0, sizeof *j);
    j->wx = jit_wx;
    size_t cap = FRAME_BYTES + prog->n * MAX_OP_BYTES;
    j->map_len = (cap + 4095) / 4096 * 4096;
    if (jit_alloc(j) != 0) return -1;
    j->nops = prog->n;
    j->prog = prog;
    j->op_start = malloc((prog->n + 1) * sizeof *j->op_start);
    j->ool_start = calloc(prog->n + 1, sizeof *j->ool_start);
    j->if_of = malloc((prog->n + 1) * sizeof *j->if_of);
    j->careful = calloc(prog->n + 1, 1);
    j->entry = calloc(prog->n + 1, 1);
    /* Three labels per IF at most, and two forward references per op. */
    size_t max_labels = 3 * prog->n + 8, max_fixups = 2 * prog->n + 8;
    uint32_t *labels = malloc(max_labels * sizeof *labels);
    EmitFixup *fixups = malloc(max_fixups * sizeof *fixups);
    EmitLabel *label_of = malloc((prog->n + 1) * sizeof *label_of);   /* per OPEN/IF: the label after its partner;
                                                                         per OUT: the way back from its call */
    EmitLabel *body_of = malloc((prog->n + 1) * sizeof *body_of);     /* per OPEN and IF: the start of its body */
    EmitLabel *careful_of = malloc((prog->n + 1) * sizeof *careful_of); /* per IF: its careful path, out of line;
                                                                           per OUT: its call, out of line */
    if (!j->op_start || !j->ool_start || !j->if_of || !j->careful || !j->entry || !labels || !fixups || !label_of || !body_of || !careful_of) {
        snprintf(j->error, sizeof j->error, "out of memory");
        free(labels); free(fixups); free(label_of); free(body_of); free(careful_of);
        return -1;
    }
    const void *putc_fn = hooks && hooks->putc_fn ? hooks->putc_fn : (const void *)rt_putc;
    const void *getc_fn = hooks && hooks->getc_fn ? hooks->getc_fn : (const void *)rt_getc;

    Emitter e;
    emit_init(&e, j->write, cap);
    emit_use_label_tables(&e, labels, max_labels, fixups, max_fixups);

    emit_prologue(&e);

    /* After add byte [rbx+off], n the zero flag says whether cell[off] is
     * now 0: a CLOSE that tests that cell right after needs no cmp. */
    int flags_valid = 0;
    int32_t flags_off = 0;
    /* An IF runs its body whatever the cell: the body only multiplies by the
     * cell and sets it to 0, which changes nothing when it is 0 already, and
     * a branch the CPU cannot predict costs more than the few instructions.
     * The body's accesses are then speculative: if one touches a guard page
     * while the IF's cell is 0, the fault handler skips to the ENDIF and sets
     * the IF's careful flag, and from then on that IF takes a path out of line
     * that tests the cell first (a branch that is now always predicted). */
    int32_t if_now = -1;
    int if_depth = 0;                    /* IFs open around op i */
    for (size_t i = 0; i < prog->n; i++) {
        const Op *op = &prog->ops[i];
        j->if_of[i] = if_now;            /* -1 for an IF itself: if_now is set below */
        int flags_were_valid = flags_valid && flags_off == op->off;
        flags_valid = 0;
        j->op_start[i] = (uint32_t)e.len;
        switch (op->kind) {
        case OP_ADD:                         /* add byte [rbx+off], arg */
            emit_add8_mem_imm(&e, RBX, op->off, (uint8_t)op->arg);
            flags_valid = 1;
            flags_off = op->off;
            break;
        case OP_SET:                         /* mov byte [rbx+off], arg */
            emit_store8_imm(&e, RBX, op->off, (uint8_t)op->arg);
            break;
        case OP_MOVE:                        /* add rbx, arg */
            emit_add_r64_imm(&e, RBX, op->arg);
            break;
        case OP_TOUCH:                       /* cmp byte [rbx+off], 0: a read that may fault */
            emit_cmp8_mem_imm(&e, RBX, op->off, 0);
            break;
        case OP_OUT:
            if (!(prog->opts & OPT_INLINE_OUT)) {    /* rt_putc(rt, cell[off]) */
                emit_load8zx(&e, RSI, RBX, op->off);
                emit_mov_r64_r64(&e, RDI, R12);
                emit_call_c(&e, putc_fn);
                break;
            }
            /* The byte goes into rt->outbuf from here, as putchar puts it
             * in stdio's buffer, while outlen < out_limit; else (the byte
             * that fills the buffer, or any byte on a terminal) a call to
             * rt_putc, out of line after the epilogue:
             *   movzx eax, [rbx+off]      the cell: this op's first access,
             *                             before any effect (jitrun.c re-runs it)
             *   mov rcx, [r12+outlen]
             *   mov rdx, [r12+out_limit]
             *   cmp rcx, rdx
             *   jae out_of_line           not taken, but for one byte in 65536
             *   lea rdx, [rcx+1]          the new outlen
             *   add rcx, r12              (the encoder has no index register)
             *   mov [rcx+outbuf], al
             *   mov [r12+outlen], rdx
             * A SIGINT or SIGTERM anywhere in these nine, say between the
             * byte's store and outlen's, loses that byte and nothing else:
             * runtime.c's on_stop writes outbuf[0..outlen), the bytes before
             * it, and the process then dies of the signal. It never comes
             * back here to store an outlen that on_stop has written out
             * already, so no byte is printed twice, nor one never stored. */
            label_of[i] = emit_label_new(&e);          /* back from out of line */
            careful_of[i] = emit_label_new(&e);        /* the call, out of line */
            emit_load8zx(&e, RAX, RBX, op->off);
            emit_load64(&e, RCX, R12, offsetof(Runtime, outlen));
            emit_load64(&e, RDX, R12, offsetof(Runtime, out_limit));
            emit_cmp_r64_r64(&e, RCX, RDX);
            emit_jcc32(&e, CC_AE, careful_of[i]);
            emit_lea(&e, RDX, RCX, 1);
            emit_add_r64_r64(&e, RCX, R12);
            emit_store8(&e, RCX, offsetof(Runtime, outbuf), RAX);
            emit_store64(&e, R12, offsetof(Runtime, outlen), RDX);
            emit_label_bind(&e, label_of[i]);
            break;
        case OP_IN:                          /* cell[off] = rt_getc(rt, cell[off]) */
            emit_load8zx(&e, RSI, RBX, op->off);
            emit_mov_r64_r64(&e, RDI, R12);
            emit_call_c(&e, getc_fn);
            emit_store8(&e, RBX, op->off, RAX);
            break;
        case OP_OPEN:                        /* cmp byte [rbx+off], 0; je after the loop */
            label_of[i] = emit_label_new(&e);
            body_of[i] = emit_label_new(&e);
            /* The interpreter may hand the run back here (jit_run): the
             * code of an OPEN outside any IF needs nothing in a register
             * but rbx, r12 and r13. */
            j->entry[i] = if_depth == 0;
            emit_cmp8_mem_imm(&e, RBX, op->off, 0);
            emit_jcc32(&e, CC_E, label_of[i]);
            emit_label_bind(&e, body_of[i]);
            break;
        case OP_CLOSE:                       /* cmp byte [rbx+off], 0; jne the body */
            if (!flags_were_valid) emit_cmp8_mem_imm(&e, RBX, op->off, 0);
            emit_jcc(&e, CC_NE, body_of[op->jump]);
            emit_label_bind(&e, label_of[op->jump]);
            break;
        case OP_IF:                          /* eax = cell[off]; careful? test it out of line */
            label_of[i] = emit_label_new(&e);
            body_of[i] = emit_label_new(&e);
            careful_of[i] = emit_label_new(&e);
            if_depth++;
            /* Only a branchless body's accesses are speculative: one that
             * tests its cell first (arg 1, or no branchless) runs on a cell
             * that is not 0, and may change it (a peeled pass, prune.c). */
            if_now = (prog->opts & OPT_BRANCHLESS) && !op->arg ? (int32_t)i : -1;
            emit_load8zx(&e, RAX, RBX, op->off);
            if ((prog->opts & OPT_BRANCHLESS) && !op->arg) {
                emit_cmp8_mem_imm(&e, R13, (int64_t)i, 0);
                emit_jcc32(&e, CC_NE, careful_of[i]);
            } else {                         /* --no-opt=branchless: test and jump */
                emit_test_r32_r32(&e, RAX, RAX);
                emit_jcc32(&e, CC_E, label_of[i]);
            }
            emit_label_bind(&e, body_of[i]);
            break;
        case OP_ENDIF:
            emit_label_bind(&e, label_of[op->jump]);
            if_now = -1;
            if_depth--;
            break;
        case OP_MUL: {                       /* cell[off] += eax * arg (eax: cell[src], loaded by the IF) */
            int8_t factor = (int8_t)op->arg;
            if (factor == 1) {
                emit_add8_mem_r8(&e, RBX, op->off, RAX);
            } else if (factor == -1) {
                emit_sub8_mem_r8(&e, RBX, op->off, RAX);
            } else {
                emit_imul_r64_r64_imm(&e, RCX, RAX, factor);
                emit_add8_mem_r8(&e, RBX, op->off, RCX);
            }
            break;
        }
        case OP_SCAN: {                      /* while (cell[0]) p += arg */
            EmitLabel again = emit_label_new(&e), done = emit_label_new(&e);
            emit_cmp8_mem_imm(&e, RBX, 0, 0);
            emit_jcc8(&e, CC_E, done);
            emit_label_bind(&e, again);
            emit_add_r64_imm(&e, RBX, op->arg);
            emit_cmp8_mem_imm(&e, RBX, 0, 0);
            emit_jcc8(&e, CC_NE, again);
            emit_label_bind(&e, done);
            break;
        }
        }                                /* ir.c makes no other kind of op */
    }
    j->op_start[prog->n] = (uint32_t)e.len;

    /* Epilogue: return p, restore the callee-saved registers. */
    emit_mov_r64_r64(&e, RAX, RBX);
    emit_add_r64_imm(&e, RSP, 8);
    emit_pop_r64(&e, R13);
    emit_pop_r64(&e, R12);
    emit_pop_r64(&e, RBX);
    emit_pop_r64(&e, RBP);
    emit_ret(&e);

    /* Out of line, each IF's careful path: skip the body if the cell is 0;
     * and each OUT's call to rt_putc(rt, the byte in eax), and back. */
    for (size_t i = 0; i < prog->n; i++) {
        const Op *op = &prog->ops[i];
        if (op->kind == OP_IF && !op->arg && (prog->opts & OPT_BRANCHLESS)) {
            j->ool_start[i] = (uint32_t)e.len;
            emit_label_bind(&e, careful_of[i]);
            emit_test_r32_r32(&e, RAX, RAX);
            emit_jcc32(&e, CC_E, label_of[i]);
            emit_jmp32(&e, body_of[i]);
        } else if (op->kind == OP_OUT && (prog->opts & OPT_INLINE_OUT)) {
            j->ool_start[i] = (uint32_t)e.len;
            emit_label_bind(&e, careful_of[i]);
            emit_mov_r32_r32(&e, RSI, RAX);
            emit_mov_r64_r64(&e, RDI, R12);
            emit_call_c(&e, putc_fn);
            emit_jmp32(&e, label_of[i]);
        }
    }

    /* The second entry, for a hand-back from the interpreter (jit_run):
     * uint8_t *resume(uint8_t *p, Runtime *rt, const uint8_t *at): the same
     * prologue, then a jump to at, the code of an OPEN with j->entry set. The
     * epilogue it returns through is the one above. */
    j->resume_at = (uint32_t)e.len;
    emit_prologue(&e);
    emit_jmp_r64(&e, RDX);

    EmitStatus st = emit_finish(&e);
    free(labels); free(fixups); free(label_of); free(body_of); free(careful_of);
    if (st != EMIT_OK) {
        char why[160];
        emit_format_error(&e, why, sizeof why);
        snprintf(j->error, sizeof j->error, "the encoder failed: %s", why);
        return -1;
    }
    j->len = e.len;
    return 0;
}

/* Make the code executable and no longer writable: flip the mapping from
 * RW to RX (WX_MPROTECT), or unmap the RW view (WX_DUAL: the RX view was
 * executable from the start, and no writable view of the code remains).
 * 0, or -1 with the call and errno in j->error. */
int jit_make_executable(Jit *j)
{
    if (j->wx == WX_DUAL) {
        if (munmap(j->write, j->map_len) != 0) return jit_refused(j, "munmap(the write view)");
        j->write = NULL;
        return 0;
    }
    if (mprotect(j->code, j->map_len, PROT_READ | PROT_EXEC) != 0) return jit_refused(j, "mprotect(PROT_READ|PROT_EXEC)");
    return 0;
}

/* The op whose code holds address rip, or (size_t)-1 (safe in a signal handler). */
size_t jit_op_at(const Jit *j, uintptr_t rip)
{
    uintptr_t at = rip - (uintptr_t)j->code;
    if (rip < (uintptr_t)j->code || at >= j->len || j->nops == 0 || at < j->op_start[0])
        return (size_t)-1;
    size_t lo = 0, hi = j->nops;     /* the last op whose code starts at or before at */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (j->op_start[mid] <= at) lo = mid; else hi = mid;
    }
    return lo;
}

/* Unmap the code and free the tables. */
void jit_free(Jit *j)
{
    if (j->code && munmap(j->code, j->map_len) != 0) perror("bfjit: munmap(code)");
    if (j->write && j->write != j->code && munmap(j->write, j->map_len) != 0) perror("bfjit: munmap(write view)");
    free(j->op_start);
    free(j->ool_start);
    free(j->if_of);
    free(j->careful);
    free(j->entry);
    memset(j, 0, sizeof *j);
}
