/* 05-syscall-hello/jit-write.c: a JIT'd function that makes a system call.
 *
 * The lesson, in the order it runs: copy the 19 bytes of
 *     long jit_write(const char *buf, size_t len)
 * into a fresh page mapped read-write, flip the page to read-execute, call it,
 * unmap it, and judge what it returned: write's raw result, the number of
 * bytes written or a negative errno. At each step the page's permissions are
 * read back from /proc/self/maps, so W^X is shown on any kernel, not assumed.
 *
 * What syscall does to rcx and r11 is shown afterwards, by two more snippets
 * that live in syscall-clobbers.c (an instrument, not the lesson).
 *
 * stdout carries exactly the bytes the JIT'd code writes; every report goes
 * to stderr, so `./jit-write > file` holds the message alone.
 *
 * usage: jit-write [--] [TEXT]
 *   TEXT   write TEXT and a newline instead of "hello world :)"
 *   --     ends the options, so that TEXT may start with "-"
 * Exit status: 0 all went as claimed, 64 bad usage, 70 a refused or failed
 * mmap/mprotect/munmap, W^X broken, or a surprise about rcx/r11, 74 write failed.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#include "helpers.h"
#include "syscall-clobbers.h"

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

typedef long jit_write_fn(const char *buf, size_t len);

/* page_is: check, in /proc/self/maps, that the page at MEM has permissions
 * PERMS ("rw-p") now that STEP is done; one line and exit 70 if it has not. */
static void page_is(const void *mem, const char *perms, const char *step)
{
    const char *now = maps_perms(mem);
    if (strcmp(now, perms) != 0)
        die(EXIT_SOFTWARE, "W^X broken: after %s the page at %p is %s, expected %s",
            step, mem, now, perms);
}

/* jit_load: copy CODE (SIZE bytes) into a fresh page, W^X: mapped read-write,
 * then flipped to read-execute, so it is never writable and executable at
 * once; /proc/self/maps confirms each state. Returns the page (jit_free it).
 * A refused call is one line naming it, and exit 70. */
void *jit_load(const unsigned char *code, size_t size)
{
    void *mem = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (mem == MAP_FAILED)
        die_errno(EXIT_SOFTWARE, "mmap(PROT_READ|PROT_WRITE)", errno);
    page_is(mem, "rw-p", "mmap");

    memcpy(mem, code, size);

    if (mprotect(mem, size, PROT_READ | PROT_EXEC) != 0) {
        int err = errno;
        if (err != EACCES && err != EPERM)
            die_errno(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_EXEC)", err);
        die(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_EXEC): %s (%s): this process may not make "
            "memory executable (SELinux execmem, systemd MemoryDenyWriteExecute=, prctl PR_SET_MDWE)",
            strerror(err), errno_name(err));
    }
    page_is(mem, "r-xp", "mprotect");
    if (maps_count_wx() != 0)
        die(EXIT_SOFTWARE, "W^X broken: %d mappings are writable and executable", maps_count_wx());
    return mem;
}

/* jit_free: unmap the SIZE bytes at MEM. Exits with one line on failure. */
void jit_free(void *mem, size_t size)
{
    if (munmap(mem, size) != 0)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
}

/* write_message: write MSG (LEN bytes) to stdout through the JIT'd jit_write,
 * then report on stderr. Returns the exit status: 0 when write returned LEN,
 * 74 (EXIT_IOERR) when it failed or fell short. */
CALLS_JIT_CODE static int write_message(const char *msg, size_t len)
{
    void *code = jit_load(jit_write_code, sizeof jit_write_code);
    jit_write_fn *jit_write = (jit_write_fn *)code;
    long ret = jit_write(msg, len);
    jit_free(code, sizeof jit_write_code);

    if (ret < 0) {
        /* The raw system call: the error comes back as -errno in rax. Nothing
         * set the errno variable; that is libc's wrapper's job, not ours. */
        int err = (int)-ret;
        fprintf(stderr, "jit-write: write returned %ld: %s (%s)\n", ret, strerror(err), errno_name(err));
        return EXIT_IOERR;
    }
    if ((size_t)ret != len) {
        fprintf(stderr, "jit-write: write returned %ld, not the message's length, %zu\n", ret, len);
        return EXIT_IOERR;
    }
    fprintf(stderr, "the page was rw-p after mmap and r-xp after mprotect, "
            "as /proc/self/maps showed: never writable and executable at once\n");
    fprintf(stderr, "jit_write returned %ld, the length of the message\n", ret);
    return 0;
}

int main(int argc, char **argv)
{
    static const char hello[] = "hello world :)\n";
    int i = 1;

    guard_stdout();
    for (; i < argc; i++) {
        if (strcmp(argv[i], "--") == 0) {
            i++;
            break;
        } else if (strcmp(argv[i], "-h") == 0 || strcmp(argv[i], "--help") == 0) {
            printf("usage: jit-write [--] [TEXT]\n");
            return 0;
        } else if (argv[i][0] == '-' && argv[i][1] != '\0') {
            usage_error("unknown option '%s'", argv[i]);
        } else {
            break;
        }
    }
    if (argc - i > 1)
        usage_error("unexpected argument '%s' (quote TEXT to make it one)", argv[i + 1]);

    /* The message and its length, counted here and passed in: "hello world :)"
     * and a newline (byte 10), or TEXT and a newline. */
    const char *msg = hello;
    size_t len = sizeof hello - 1;          /* the array also holds a '\0' */
    char *text = NULL;
    if (i < argc) {
        size_t n = strlen(argv[i]);
        text = malloc(n + 1);
        if (text == NULL)
            die_errno(EXIT_SOFTWARE, "malloc", errno);
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
