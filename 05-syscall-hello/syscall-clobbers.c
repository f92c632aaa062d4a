/* 05-syscall-hello/syscall-clobbers.c: what syscall does to rcx and r11,
 * seen from the running process (see syscall-clobbers.h). Each snippet puts
 * a marker in rcx and r11, calls getpid, and returns one of the registers;
 * the program compares it with the address after the syscall (rcx) and with
 * rflags as C reads it (r11). */
#include "syscall-clobbers.h"

#include <stdbool.h>
#include <stdio.h>

#include "helpers.h"

/* unsigned long show_rcx(unsigned long marker): puts MARKER in rcx and r11,
 * calls getpid, returns rcx as the syscall left it. */
/* asm2bytes show_rcx.asm */
static const unsigned char show_rcx_code[] = {
    0x48, 0x89, 0xf9,                        /* mov rcx,rdi */
    0x49, 0x89, 0xfb,                        /* mov r11,rdi */
    0xb8, 0x27, 0x00, 0x00, 0x00,            /* mov eax,0x27 */
    0x0f, 0x05,                              /* syscall */
    0x48, 0x89, 0xc8,                        /* mov rax,rcx */
    0xc3,                                    /* ret */
};

/* unsigned long show_r11(unsigned long marker): the same, returning r11. */
/* asm2bytes show_r11.asm */
static const unsigned char show_r11_code[] = {
    0x48, 0x89, 0xf9,                        /* mov rcx,rdi */
    0x49, 0x89, 0xfb,                        /* mov r11,rdi */
    0xb8, 0x27, 0x00, 0x00, 0x00,            /* mov eax,0x27 */
    0x0f, 0x05,                              /* syscall */
    0x4c, 0x89, 0xd8,                        /* mov rax,r11 */
    0xc3,                                    /* ret */
};

typedef unsigned long show_reg_fn(unsigned long marker);

/* What the snippets put in rcx and r11 before the syscall: not an address,
 * and bits 1 and 9 are clear, so it cannot pass for a return address or
 * for rflags. */
#define MARKER 0x11111111UL

#define RFLAGS_BIT1 (1UL << 1)      /* reserved, always 1 */
#define RFLAGS_IF   (1UL << 9)      /* interrupts enabled: always on in user code */
/* The status flags, set by arithmetic: CF, PF, AF, ZF, SF and OF (bits 0,
 * 2, 4, 6, 7 and 11). They depend on whatever code ran last. */
#define RFLAGS_STATUS 0x8d5UL

/* syscall_end: the offset just past the syscall instruction (0f 05) in
 * CODE, which must hold exactly one; exits with status 70 otherwise. */
static size_t syscall_end(const unsigned char *code, size_t size)
{
    size_t end = 0, found = 0;
    for (size_t i = 0; i + 1 < size; i++) {
        if (code[i] == 0x0f && code[i + 1] == 0x05) {
            end = i + 2;
            found++;
        }
    }
    if (found != 1)
        die(EXIT_SOFTWARE, "internal error: expected one syscall (0f 05) in the snippet, found %zu", found);
    return end;
}

/* run_show: JIT the snippet CODE (SIZE bytes), call it with MARKER, and
 * return its result; *ADDR gets the address the code ran at. */
CALLS_JIT_CODE static unsigned long run_show(const unsigned char *code, size_t size, unsigned long *addr)
{
    void *mem = jit_load(code, size);
    unsigned long value = ((show_reg_fn *)mem)(MARKER);
    *addr = (unsigned long)mem;
    jit_free(mem, size);
    return value;
}

int show_clobbers(void)
{
    unsigned long code, unused;
    size_t offset = syscall_end(show_rcx_code, sizeof show_rcx_code);
    unsigned long rcx = run_show(show_rcx_code, sizeof show_rcx_code, &code);
    unsigned long r11 = run_show(show_r11_code, sizeof show_r11_code, &unused);
    unsigned long rflags = __builtin_ia32_readeflags_u64();   /* pushfq; pop */
    unsigned long return_address = code + offset;
    bool rcx_is_return = rcx == return_address;
    bool r11_is_rflags = (r11 & ~RFLAGS_STATUS) == (rflags & ~RFLAGS_STATUS)
                         && (r11 & RFLAGS_BIT1) && (r11 & RFLAGS_IF);

    if (rcx_is_return && r11_is_rflags) {
        fprintf(stderr, "rcx: 0x%lx before the syscall, 0x%lx after: the code's 0x%lx + %zu, "
                "the address after the syscall\n", MARKER, rcx, code, offset);
        fprintf(stderr, "r11: 0x%lx before the syscall, rflags after: 0x%lx without the status "
                "flags, as pushfq reads it in C: bit 1 (always 1) and IF (bit 9) set\n",
                MARKER, r11 & ~RFLAGS_STATUS);
        return 0;
    }
    if (rcx == MARKER && r11 == MARKER) {
        /* FRED (Flexible Return and Event Delivery, on newer Intel CPUs) saves
         * the return address and rflags on the kernel's stack instead. */
        fprintf(stderr, "rcx and r11 kept 0x%lx across the syscall, as they do when the kernel "
                "uses FRED; the ABI still lets the kernel clobber them\n", MARKER);
        return 0;
    }
    fprintf(stderr, "jit-write: unexpected: after the syscall rcx = 0x%lx (the address "
            "after it is 0x%lx), r11 = 0x%lx (rflags is 0x%lx)\n",
            rcx, return_address, r11, rflags);
    return EXIT_SOFTWARE;
}
