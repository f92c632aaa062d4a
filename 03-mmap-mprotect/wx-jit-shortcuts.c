/* wx-jit-shortcuts.c: the two shortcuts to executable memory that other
 * write-ups take, each run so that /proc/self/maps shows what it costs, and
 * the options that choose what wx-jit runs.
 *
 *   --rwx   one mmap that is writable and executable from the start
 *   --heap  page-aligned heap memory (posix_memalign) made executable with
 *           mprotect, and what that does to the rest of the heap: children
 *           made with fork show the crashes, so the demonstration goes on
 */
#define _GNU_SOURCE
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "helpers.h"
#include "wx-jit.h"

/* ---- the options --------------------------------------------------------- */

static const char usage_text[] =
    "usage: wx-jit [--mdwe] [--rwx | --heap | --skip-mprotect | --broken int3|ud2|bus]\n"
    "  (none)           mmap RW, copy the code, mprotect RX, call it, munmap\n"
    "  --rwx            shortcut 1: one mmap, writable and executable at once\n"
    "  --heap           shortcut 2: posix_memalign'd heap memory, mprotect'd RX\n"
    "  --skip-mprotect  leave out the mprotect, and see the fault reported\n"
    "  --broken int3    the W^X way with a bug in the code: ret (c3) became int3 (cc)\n"
    "  --broken ud2     ... ret became ud2 (0f 0b), an undefined instruction\n"
    "  --broken bus     ... the code loads from a page of an empty file\n"
    "  --broken stack   ... the code sets rsp to 0, then pushes\n"
    "  --mdwe           first turn on prctl(PR_SET_MDWE), and see the refusal\n";

struct options wx_setup(int argc, char **argv)
{
    /* A static buffer: stdio allocates none, so --heap sees only its own
     * allocations. Line buffered, so a pipe sees stdout and stderr in order. */
    static char stdout_buffer[BUFSIZ];
    if (setvbuf(stdout, stdout_buffer, _IOLBF, sizeof stdout_buffer) != 0)
        die_errno(EXIT_SOFTWARE, "setvbuf", errno);

    struct options opt = { MODE_WX, false, false, return_one_code, return_one_size };
    const char *mode_arg = NULL; /* the option that chose the mode, for the error */
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0) {
            fputs(usage_text, stdout);
            exit(0);
        } else if (strcmp(arg, "--mdwe") == 0) {
            opt.mdwe = true;
            continue;
        }
        if (mode_arg != NULL)
            usage_error("%s and %s do not go together", mode_arg, arg);
        if (strcmp(arg, "--rwx") == 0) {
            opt.mode = MODE_RWX;
        } else if (strcmp(arg, "--heap") == 0) {
            opt.mode = MODE_HEAP;
        } else if (strcmp(arg, "--skip-mprotect") == 0) {
            opt.skip_mprotect = true;
        } else if (strcmp(arg, "--broken") == 0) {
            if (i + 1 == argc)
                usage_error("--broken needs a variant: int3, ud2, bus or stack");
            if (!broken_code(argv[++i], &opt.code, &opt.code_size))
                usage_error("--broken: unknown variant '%s'; the variants are int3, ud2, bus and stack", argv[i]);
        } else {
            usage_error("unknown argument '%s'", arg);
        }
        mode_arg = arg;
    }
    return opt;
}

/* ---- shortcut 1: one RWX mapping ----------------------------------------- */

int run_rwx(void)
{
    size_t size = round_to_pages(return_one_size);
    void *code = mmap(NULL, size, PROT_READ | PROT_WRITE | PROT_EXEC,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED)
        die_refused("mmap(PROT_READ|PROT_WRITE|PROT_EXEC)", errno, false);
    bool wx = show_step("mmap", "mmap(PROT_READ|PROT_WRITE|PROT_EXEC)", code, true);

    memcpy(code, return_one_code, return_one_size);
    char what[32];
    snprintf(what, sizeof what, "%zu bytes of code", return_one_size);
    wx |= show_step("memcpy", what, code, true);

    int result = call_code(code);
    printf("%-20s returned %d\n", "return_one()", result);

    if (munmap(code, size) == -1)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
    show_step("munmap", "munmap", code, true);
    if (wx)
        printf("W^X broken: the page was writable and executable at once, from mmap to munmap\n");
    return result_status(result);
}

/* ---- shortcut 2: page-aligned heap memory -------------------------------- */

enum { NEIGHBOUR_SIZE = 32, MAX_NEIGHBOURS = 1024 };
static void *neighbours[MAX_NEIGHBOURS];
static int neighbour_count;
static void *volatile malloc_result;

/* same_page: true if a and b lie on the same page. */
static bool same_page(const void *a, const void *b)
{
    unsigned long mask = ~((unsigned long)sysconf(_SC_PAGESIZE) - 1);
    return ((unsigned long)a & mask) == ((unsigned long)b & mask);
}

/* malloc_until_same_page: malloc small objects, as the rest of a program would,
 * until one lands on code's page; that object, or NULL if none did. */
static char *malloc_until_same_page(const void *code)
{
    while (neighbour_count < MAX_NEIGHBOURS) {
        char *p = malloc(NEIGHBOUR_SIZE);
        if (p == NULL)
            die_errno(EXIT_SOFTWARE, "malloc", ENOMEM);
        neighbours[neighbour_count++] = p;
        if (same_page(p, code))
            return p;
    }
    return NULL;
}

/* write_byte: store one byte at p (run in a child). */
static void write_byte(void *p) { *(volatile char *)p = 'x'; }

/* malloc_small: one more malloc, as any part of the program might make (run in a child). */
static void malloc_small(void *unused) { (void)unused; malloc_result = malloc(NEIGHBOUR_SIZE); }

/* free_block: free p (run in a child). */
static void free_block(void *p) { free(p); }

/* in_child: run fn(arg) in a child process, core dumps off; how the child ended. */
static const char *in_child(void (*fn)(void *), void *arg)
{
    static char how[64];
    flush_stdout();
    pid_t pid = fork();
    if (pid == -1)
        die_errno(EXIT_SOFTWARE, "fork", errno);
    if (pid == 0) {
        /* The child dies on purpose: no core file, whatever `ulimit -c` says. */
        if (prctl(PR_SET_DUMPABLE, 0L, 0L, 0L, 0L) == -1)
            _exit(EXIT_SOFTWARE);
        fn(arg);
        _exit(0);
    }
    int status;
    if (waitpid(pid, &status, 0) == -1)
        die_errno(EXIT_SOFTWARE, "waitpid", errno);
    if (WIFSIGNALED(status) && WTERMSIG(status) == SIGSEGV)
        return "killed by SIGSEGV";
    if (WIFSIGNALED(status))
        snprintf(how, sizeof how, "killed by signal %d", WTERMSIG(status));
    else if (WEXITSTATUS(status) == 0)
        snprintf(how, sizeof how, "finished normally");
    else
        snprintf(how, sizeof how, "exited with status %d", WEXITSTATUS(status));
    return how;
}

int run_heap(void)
{
    void *code = NULL;
    int err = posix_memalign(&code, (size_t)sysconf(_SC_PAGESIZE), return_one_size);
    if (err != 0) /* posix_memalign returns the error; it does not set errno */
        die(EXIT_SOFTWARE, "posix_memalign failed: %s (%s)", strerror(err), errno_name(err));
    char label[64];
    snprintf(label, sizeof label, "a page-aligned block of %zu bytes", return_one_size);
    show_step("posix_memalign", label, code, false);

    char *neighbour = malloc_until_same_page(code);
    if (neighbour)
        printf("%-20s %-37s the latest lands on the code's page\n", "malloc(32)",
               "more objects, as any program makes");
    else
        printf("%-20s %-37s none of %d landed on the code's page\n", "malloc(32)",
               "more objects, as any program makes", MAX_NEIGHBOURS);

    memcpy(code, return_one_code, return_one_size);
    snprintf(label, sizeof label, "%zu bytes of code", return_one_size);
    show_step("memcpy", label, code, false);

    /* The length is the size of the code, as in many write-ups: the kernel rounds
     * it up to whole pages, and everything else on those pages changes too. */
    if (mprotect(code, return_one_size, PROT_READ | PROT_EXEC) == -1)
        die_refused("mprotect(PROT_READ|PROT_EXEC) on heap memory", errno, true);
    snprintf(label, sizeof label, "(code, %zu, PROT_READ|PROT_EXEC)", return_one_size);
    show_step("mprotect", label, code, false);
    struct mapping m;
    if (maps_find_nomalloc(code, &m))
        printf("%-20s %-37s %lu bytes, not %zu; [heap] is now %d mappings\n", "",
               "the kernel changed whole pages:", m.end - m.start, return_one_size,
               maps_count_named("[heap]"));

    int result = call_code(code);
    printf("%-20s returned %d\n", "return_one()", result);

    if (neighbour) {
        show_step("the neighbour", "malloc'd data, now on this page:", neighbour, false);
        printf("in a child process, with the page still r-x:\n");
        printf("  %-35s %s\n", "write to the neighbour", in_child(write_byte, neighbour));
        printf("  %-35s %s\n", "malloc(32)", in_child(malloc_small, NULL));
    }
    printf("  %-35s %s\n", "free(code)", in_child(free_block, code));

    if (mprotect(code, return_one_size, PROT_READ | PROT_WRITE) == -1)
        die_errno(EXIT_SOFTWARE, "mprotect(PROT_READ|PROT_WRITE) on heap memory", errno);
    snprintf(label, sizeof label, "(code, %zu, PROT_READ|PROT_WRITE)", return_one_size);
    show_step("mprotect", label, code, false);
    int heaps = maps_count_named("[heap]");
    printf("%-20s %-37s [heap] is %d mapping%s again\n", "", "restored before free():",
           heaps, heaps == 1 ? "" : "s");
    free(code);
    for (int i = 0; i < neighbour_count; i++)
        free(neighbours[i]);
    printf("%-20s %-37s fine, now that the page is writable\n", "free", "the code and the other objects");
    return result_status(result);
}
