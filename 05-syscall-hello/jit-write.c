/* 05-syscall-hello/jit-write.c: a JIT'd function that makes a system call.
 *
 * It copies the bytes of  long jit_write(const char *buf, size_t len)  into
 * fresh memory (W^X: mapped read-write, then flipped to read-execute), calls
 * it, and checks that write's raw result is the message's length, or reports
 * the -errno it returns. Then two more JIT'd snippets show, from this very
 * process, what the syscall instruction does to rcx and r11.
 *
 * stdout carries exactly the bytes the JIT'd code writes, nothing else:
 * every report goes to stderr. So `./jit-write > file` holds the message
 * alone, and a closed stdout can still be reported.
 *
 * usage: jit-write [--] [TEXT]
 *   TEXT   write TEXT and a newline instead of "hello world :)"
 *   --     ends the options, so that TEXT may start with "-"
 * Exit status: 0 all went as claimed, 64 bad usage, 70 a refused or failed
 * mmap/mprotect/munmap or a surprise about rcx/r11, 74 write failed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sysexits.h>

/* long jit_write(const char *buf, size_t len): write(1, buf, len), made by
 * the JIT'd code itself; returns the bytes written or -errno. */
/* asm2bytes jit_write.asm */
static const unsigned char jit_write_code[] = {
    0x48, 0x89, 0xf2,                        /* mov rdx,rsi */
    0x48, 0x89, 0xfe,                        /* mov rsi,rdi */
    0xbf, 0x01, 0x00, 0x00, 0x00,            /* mov edi,0x1 */
    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */
    0x0f, 0x05,                              /* syscall */
    0xc3,                                    /* ret */
};

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

typedef long jit_write_fn(const char *buf, size_t len);
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

static const char usage_line[] = "usage: jit-write [--] [TEXT]";

/* errno_name: the symbolic name of ERR ("EBADF") for the errnos this
 * program can meet, "errno N" for any other. */
static const char *errno_name(int err)
{
    static char other[32];
    switch (err) {
    case EBADF:  return "EBADF";
    case ENOSPC: return "ENOSPC";
    case EPIPE:  return "EPIPE";
    case EFAULT: return "EFAULT";
    case EINVAL: return "EINVAL";
    case EIO:    return "EIO";
    case EAGAIN: return "EAGAIN";
    case EINTR:  return "EINTR";
    case EFBIG:  return "EFBIG";
    case EDQUOT: return "EDQUOT";
    case EACCES: return "EACCES";
    case EPERM:  return "EPERM";
    case ENOMEM: return "ENOMEM";
    }
    snprintf(other, sizeof other, "errno %d", err);
    return other;
}

/* die_errno: print "jit-write: WHAT: <strerror> (<ENAME>)", then ": HINT"
 * if HINT is not NULL, as one line on stderr, and exit with STATUS. */
static void die_errno(const char *what, int err, const char *hint, int status)
{
    fprintf(stderr, "jit-write: %s: %s (%s)%s%s\n", what, strerror(err),
            errno_name(err), hint ? ": " : "", hint ? hint : "");
    exit(status);
}

/* usage_error: print "jit-write: WHAT 'ARG'NOTE; usage: ..." as one line, exit 64. */
static void usage_error(const char *what, const char *arg, const char *note)
{
    fprintf(stderr, "jit-write: %s '%s'%s; %s\n", what, arg, note, usage_line);
    exit(EX_USAGE);
}

/* jit_alloc: a fresh private mapping of SIZE bytes, readable and writable
 * but not executable. Exits with one line if the kernel refuses. */
static void *jit_alloc(size_t size)
{
    void *mem = mmap(NULL, size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED)
        die_errno("mmap(PROT_READ|PROT_WRITE)", errno, NULL, EX_SOFTWARE);
    return mem;
}

/* jit_make_executable: flip MEM's SIZE bytes from read-write to
 * read-execute, so they are never writable and executable at once.
 * Exits with one line, and the likely reason, if the kernel refuses. */
static void jit_make_executable(void *mem, size_t size)
{
    if (mprotect(mem, size, PROT_READ | PROT_EXEC) != 0) {
        int err = errno;
        const char *hint = (err == EACCES || err == EPERM)
            ? "this process may not make memory executable (SELinux execmem, "
              "systemd MemoryDenyWriteExecute=, prctl PR_SET_MDWE)"
            : NULL;
        die_errno("mprotect(PROT_READ|PROT_EXEC)", err, hint, EX_SOFTWARE);
    }
}

/* jit_free: unmap the SIZE bytes at MEM. Exits with one line on failure. */
static void jit_free(void *mem, size_t size)
{
    if (munmap(mem, size) != 0)
        die_errno("munmap", errno, NULL, EX_SOFTWARE);
}

/* jit_load: copy CODE (SIZE bytes) into a fresh mapping, make it
 * executable, and return its address (free it with jit_free). */
static void *jit_load(const unsigned char *code, size_t size)
{
    void *mem = jit_alloc(size);
    memcpy(mem, code, size);
    jit_make_executable(mem, size);
    return mem;
}

/* write_message: write MSG (LEN bytes) to stdout through the JIT'd
 * jit_write and report the result on stderr. Returns the exit status:
 * 0 when write returned LEN, 74 (EX_IOERR) when it failed or fell short. */
static int write_message(const char *msg, size_t len)
{
    void *code = jit_load(jit_write_code, sizeof jit_write_code);
    jit_write_fn *jit_write = (jit_write_fn *)code;
    long ret = jit_write(msg, len);
    jit_free(code, sizeof jit_write_code);

    if (ret < 0) {
        /* The raw system call: the error comes back as -errno in rax. Nothing
         * set the errno variable; that is libc's wrapper's job, not ours. */
        int err = (int)-ret;
        fprintf(stderr, "jit-write: write returned %ld: %s (%s)\n",
                ret, strerror(err), errno_name(err));
        return EX_IOERR;
    }
    if ((size_t)ret != len) {
        fprintf(stderr, "jit-write: write returned %ld, not the message's length, %zu\n",
                ret, len);
        return EX_IOERR;
    }
    fprintf(stderr, "jit_write returned %ld, the length of the message\n", ret);
    return 0;
}

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
    if (found != 1) {
        fprintf(stderr, "jit-write: internal error: expected one syscall (0f 05) "
                "in the snippet, found %zu\n", found);
        exit(EX_SOFTWARE);
    }
    return end;
}

/* run_show: JIT the snippet CODE (SIZE bytes), call it with MARKER, and
 * return its result; *ADDR gets the address the code ran at. */
static unsigned long run_show(const unsigned char *code, size_t size, unsigned long *addr)
{
    void *mem = jit_load(code, size);
    unsigned long value = ((show_reg_fn *)mem)(MARKER);
    *addr = (unsigned long)mem;
    jit_free(mem, size);
    return value;
}

/* show_clobbers: show what rcx and r11 hold right after a syscall, and
 * check it against what the CPU manuals say: rcx = the address after the
 * syscall, r11 = rflags (the same, status flags aside, as the rflags that
 * C reads with pushfq). Returns the exit status: 0 or 70. */
static int show_clobbers(void)
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
                "uses FRED; the ABI still lets the kernel clobber them\n",
                MARKER);
        return 0;
    }
    fprintf(stderr, "jit-write: unexpected: after the syscall rcx = 0x%lx (the address "
            "after it is 0x%lx), r11 = 0x%lx (rflags is 0x%lx)\n",
            rcx, return_address, r11, rflags);
    return EX_SOFTWARE;
}

int main(int argc, char **argv)
{
    static const char hello[] = "hello world :)\n";
    int i = 1;

    for (; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            printf("%s\n", usage_line);
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            usage_error("unknown option", argv[i], "");
        } else {
            break;
        }
    }
    if (argc - i > 1)
        usage_error("unexpected argument", argv[i + 1], " (quote TEXT to make it one)");

    /* The message and its length, counted here and passed in: "hello world :)"
     * and a newline (byte 10), or TEXT and a newline. */
    const char *msg = hello;
    size_t len = sizeof hello - 1;          /* the array also holds a '\0' */
    char *text = NULL;
    if (i < argc) {
        size_t n = strlen(argv[i]);
        text = malloc(n + 1);
        if (text == NULL)
            die_errno("malloc", errno, NULL, EX_SOFTWARE);
        memcpy(text, argv[i], n);
        text[n] = '\n';
        msg = text;
        len = n + 1;
    }

    int status = write_message(msg, len);
    free(text);
    if (status != 0)
        return status;
    return show_clobbers();
}
