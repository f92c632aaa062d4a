/* wx-jit.c: W^X ("write xor execute") for a JIT, one step at a time.
 *
 * Maps one page readable and writable, copies `mov eax, 1; ret` into it, turns
 * the page readable and executable, calls it, and unmaps it. After every step it
 * prints the page's permissions as /proc/self/maps shows them at that moment,
 * and it stops if the page is ever writable and executable at once.
 *
 *   wx-jit                  the W^X way: mmap RW, write, mprotect RX, call, munmap
 *   wx-jit --rwx            shortcut 1: one mmap that is writable and executable
 *   wx-jit --heap           shortcut 2: page-aligned heap memory made executable
 *   wx-jit --skip-mprotect  forget the mprotect, and see the fault reported
 *   wx-jit --mdwe ...       first ask the kernel to refuse executable memory
 *                           (prctl PR_SET_MDWE), and see the refusal reported
 *
 * Exit status: 0 when the code ran and returned 1; 64 bad arguments; 69 the
 * kernel has no PR_SET_MDWE; 70 a call was refused or failed, or the code
 * faulted (always one line on stderr).
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

/* Memory-deny-write-execute (Linux 6.3); older headers lack the names. */
#ifndef PR_SET_MDWE
#define PR_SET_MDWE 65
#endif
#ifndef PR_GET_MDWE
#define PR_GET_MDWE 66
#endif
#ifndef PR_MDWE_REFUSE_EXEC_GAIN
#define PR_MDWE_REFUSE_EXEC_GAIN 1UL
#endif

enum { EXIT_USAGE = 64, EXIT_UNAVAILABLE = 69, EXIT_SOFTWARE = 70 };

/* int return_one(void) { return 1; } */
/* asm2bytes return_one.asm */
static const unsigned char return_one_code[] = {
    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */
    0xc3,                                    /* ret */
};
typedef int (*return_one_fn)(void);

static const char usage_line[] =
    "usage: wx-jit [--mdwe] [--rwx | --heap | --skip-mprotect]";

static long page_size;        /* from sysconf(_SC_PAGESIZE) */
static char code_bytes[32];   /* "6 bytes of code", from sizeof return_one_code */
static bool mdwe_by_flag;     /* --mdwe turned memory-deny-write-execute on */

/* ---- errors ------------------------------------------------------------ */

/* errno_name: the symbolic name of the errno values this program can meet. */
static const char *errno_name(int err)
{
    switch (err) {
    case EACCES: return "EACCES";
    case EPERM:  return "EPERM";
    case ENOMEM: return "ENOMEM";
    case EINVAL: return "EINVAL";
    case EAGAIN: return "EAGAIN";
    case ENOENT: return "ENOENT";
    default: {
        static char number[32];
        snprintf(number, sizeof number, "errno %d", err);
        return number;
    }
    }
}

/* die_failed: one line naming the call that failed and its errno; exit 70. */
static void die_failed(const char *call, int err)
{
    fprintf(stderr, "wx-jit: %s failed: %s (%s)\n", call, strerror(err), errno_name(err));
    exit(EXIT_SOFTWARE);
}

/* read_proc_file: read a whole /proc file into buf as a C string; exit 70 on failure. */
static void read_proc_file(const char *path, char *buf, size_t size)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd == -1)
        die_failed(path, errno);
    size_t used = 0;
    for (;;) {
        ssize_t n = read(fd, buf + used, size - 1 - used);
        if (n == -1 && errno == EINTR)
            continue;
        if (n == -1)
            die_failed(path, errno);
        if (n == 0)
            break;
        used += (size_t)n;
        if (used == size - 1) {
            fprintf(stderr, "wx-jit: %s is larger than %zu bytes\n", path, size - 1);
            exit(EXIT_SOFTWARE);
        }
    }
    buf[used] = '\0';
    if (close(fd) == -1)
        die_failed(path, errno);
}

/* seccomp_filtered: true if a seccomp filter is installed (/proc/self/status says "Seccomp: 2"). */
static bool seccomp_filtered(void)
{
    static char status[16384];
    read_proc_file("/proc/self/status", status, sizeof status);
    const char *field = strstr(status, "\nSeccomp:");
    return field && atoi(field + strlen("\nSeccomp:")) == 2;
}

/* likely_policy: the likeliest reason the kernel refused executable memory with err. */
static const char *likely_policy(int err, bool heap)
{
    int mdwe = prctl(PR_GET_MDWE, 0L, 0L, 0L, 0L);
    if (mdwe > 0 && (mdwe & PR_MDWE_REFUSE_EXEC_GAIN))
        return mdwe_by_flag
            ? "memory-deny-write-execute is on for this process (prctl PR_SET_MDWE, set by --mdwe)"
            : "memory-deny-write-execute is on for this process (prctl PR_SET_MDWE, inherited; systemd's MemoryDenyWriteExecute=yes sets it)";
    if (err == EPERM && seccomp_filtered())
        return "a seccomp filter refuses it (systemd's MemoryDenyWriteExecute=yes, when it cannot use PR_SET_MDWE)";
    if (err == EACCES)
        return heap ? "likely an LSM policy such as SELinux denying execmem or execheap (look for an AVC denial: ausearch -m avc)"
                    : "likely an LSM policy such as SELinux denying execmem (look for an AVC denial: ausearch -m avc)";
    return "likely a hardened kernel or a security policy";
}

/* die_refused: one line for a refused or failed mmap/mprotect, with the likely policy; exit 70. */
static void die_refused(const char *call, int err, bool heap)
{
    if (err != EACCES && err != EPERM)
        die_failed(call, err);
    fprintf(stderr, "wx-jit: %s refused: %s (%s); %s\n",
            call, strerror(err), errno_name(err), likely_policy(err, heap));
    exit(EXIT_SOFTWARE);
}

/* ---- /proc/self/maps ---------------------------------------------------- */

struct mapping {
    unsigned long start, end;   /* the mapping's range, end excluded */
    char perms[5];              /* "r-xp": read, write, execute, private/shared */
    char name[64];              /* "[heap]", a file, or "" for anonymous memory */
};

static char maps_text[1 << 18];

/* maps_lookup: fill m with the mapping that holds addr, as the kernel says now; false if none does. */
static bool maps_lookup(const void *addr, struct mapping *m)
{
    unsigned long a = (unsigned long)addr;
    read_proc_file("/proc/self/maps", maps_text, sizeof maps_text);
    for (char *line = maps_text; *line; ) {
        char *end = strchr(line, '\n');
        if (end)
            *end = '\0';
        int name_at = 0;
        if (sscanf(line, "%lx-%lx %4s %*s %*s %*s %n", &m->start, &m->end, m->perms, &name_at) >= 3
            && m->start <= a && a < m->end) {
            snprintf(m->name, sizeof m->name, "%s", name_at ? line + name_at : "");
            return true;
        }
        if (!end)
            break;
        line = end + 1;
    }
    return false;
}

/* heap_mappings: how many lines of /proc/self/maps are the [heap]. */
static int heap_mappings(void)
{
    int count = 0;
    read_proc_file("/proc/self/maps", maps_text, sizeof maps_text);
    for (const char *p = maps_text; (p = strstr(p, "[heap]\n")) != NULL; p++)
        count++;
    return count;
}

/* show_step: print a step, what it called, and the maps line now holding addr;
 * if the page is writable and executable and must not be, say so and exit 70.
 * Returns true if the page is writable and executable. */
static bool show_step(const char *step, const char *call, const void *addr, bool wx_allowed)
{
    struct mapping m;
    if (!maps_lookup(addr, &m)) {
        printf("%-20s %-37s gone: no mapping holds %p\n", step, call, addr);
        return false;
    }
    bool wx = m.perms[1] == 'w' && m.perms[2] == 'x';
    printf("%-20s %-37s %s %lx-%lx%s%s%s\n", step, call, m.perms, m.start, m.end,
           m.name[0] ? " " : "", m.name, wx ? "  <- writable and executable" : "");
    if (wx && !wx_allowed) {
        fprintf(stderr, "wx-jit: W^X broken after %s: the page at %p is %s\n", step, addr, m.perms);
        exit(EXIT_SOFTWARE);
    }
    return wx;
}

/* ---- the JIT's memory -------------------------------------------------- */

/* round_to_pages: size rounded up to a whole number of pages. */
static size_t round_to_pages(size_t size)
{
    size_t page = (size_t)page_size;
    return (size + page - 1) / page * page;
}

/* jit_alloc: map size bytes (whole pages) of fresh zeroed memory, readable and
 * writable, never executable; NULL with errno set if the kernel refuses. */
static void *jit_alloc(size_t size)
{
    void *p = mmap(NULL, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    return p == MAP_FAILED ? NULL : p;
}

/* jit_make_executable: turn the pages at p readable and executable, no longer
 * writable; 0, or -1 with errno set if the kernel refuses. */
static int jit_make_executable(void *p, size_t size)
{
    return mprotect(p, size, PROT_READ | PROT_EXEC);
}

/* jit_free: unmap the pages jit_alloc returned; 0, or -1 with errno set. */
static int jit_free(void *p, size_t size)
{
    return munmap(p, size);
}

/* ---- calling the code, and catching the fault if it is not executable --- */

static sigjmp_buf fault_return;
static void *volatile fault_address;

/* on_fault: SIGSEGV handler while the JIT'd code runs: note the address, jump back. */
static void on_fault(int sig, siginfo_t *info, void *context)
{
    (void)sig;
    (void)context;
    fault_address = info->si_addr;
    siglongjmp(fault_return, 1);
}

/* call_code: call the code at code and return its result; if it faults, say
 * why in one line on stderr and exit 70, rather than die silently. */
static int call_code(void *code)
{
    struct sigaction handler = { .sa_sigaction = on_fault, .sa_flags = SA_SIGINFO }, old;
    sigemptyset(&handler.sa_mask);
    if (sigaction(SIGSEGV, &handler, &old) == -1)
        die_failed("sigaction(SIGSEGV)", errno);
    if (sigsetjmp(fault_return, 1) != 0) {
        struct mapping m;
        bool mapped = maps_lookup(code, &m);
        if (fault_address == code && mapped && m.perms[2] != 'x')
            fprintf(stderr, "wx-jit: calling %p raised SIGSEGV at that address: "
                    "the page is not executable (maps: %s); was the mprotect skipped?\n",
                    code, m.perms);
        else
            fprintf(stderr, "wx-jit: SIGSEGV at %p while running the code at %p (maps: %s)\n",
                    fault_address, code, mapped ? m.perms : "no mapping");
        exit(EXIT_SOFTWARE);
    }
    int result = ((return_one_fn)code)();
    if (sigaction(SIGSEGV, &old, NULL) == -1)
        die_failed("sigaction(SIGSEGV)", errno);
    return result;
}

/* result_status: 0 if the code returned 1; otherwise say so in one line, and 70. */
static int result_status(int result)
{
    if (result == 1)
        return 0;
    fprintf(stderr, "wx-jit: the code returned %d, expected 1: are its bytes right?\n", result);
    return EXIT_SOFTWARE;
}

/* ---- the W^X way ------------------------------------------------------- */

/* run_wx: mmap RW, copy, mprotect RX, call, munmap, showing maps each time;
 * with skip_mprotect, leave out the mprotect. Returns the exit status. */
static int run_wx(bool skip_mprotect)
{
    size_t size = round_to_pages(sizeof return_one_code);
    void *code = jit_alloc(size);
    if (!code)
        die_refused("mmap(PROT_READ|PROT_WRITE)", errno, false);
    show_step("jit_alloc", "mmap(PROT_READ|PROT_WRITE)", code, false);

    memcpy(code, return_one_code, sizeof return_one_code);
    show_step("memcpy", code_bytes, code, false);

    if (skip_mprotect) {
        show_step("jit_make_executable", "skipped (--skip-mprotect)", code, false);
    } else {
        if (jit_make_executable(code, size) == -1)
            die_refused("mprotect(PROT_READ|PROT_EXEC)", errno, false);
        show_step("jit_make_executable", "mprotect(PROT_READ|PROT_EXEC)", code, false);
    }

    int result = call_code(code);
    printf("%-20s returned %d\n", "return_one()", result);

    if (jit_free(code, size) == -1)
        die_failed("munmap", errno);
    show_step("jit_free", "munmap", code, false);
    printf("W^X held: the page was writable, then executable, never both at once\n");
    return result_status(result);
}

/* ---- shortcut 1: one RWX mapping ---------------------------------------- */

/* run_rwx: the shortcut of one mmap that is writable and executable from the
 * start; shows maps saying rwxp. Returns the exit status. */
static int run_rwx(void)
{
    size_t size = round_to_pages(sizeof return_one_code);
    void *code = mmap(NULL, size, PROT_READ | PROT_WRITE | PROT_EXEC,
                      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (code == MAP_FAILED)
        die_refused("mmap(PROT_READ|PROT_WRITE|PROT_EXEC)", errno, false);
    bool wx = show_step("mmap", "mmap(PROT_READ|PROT_WRITE|PROT_EXEC)", code, true);

    memcpy(code, return_one_code, sizeof return_one_code);
    wx |= show_step("memcpy", code_bytes, code, true);

    int result = call_code(code);
    printf("%-20s returned %d\n", "return_one()", result);

    if (munmap(code, size) == -1)
        die_failed("munmap", errno);
    show_step("munmap", "munmap", code, true);
    if (wx)
        printf("W^X broken: the page was writable and executable at once, "
               "from mmap to munmap\n");
    return result_status(result);
}

/* ---- shortcut 2: page-aligned heap memory ------------------------------- */

enum { NEIGHBOUR_SIZE = 32, MAX_NEIGHBOURS = 1024 };
static void *neighbours[MAX_NEIGHBOURS];
static int neighbour_count;
static void *volatile malloc_result;

/* same_page: true if a and b lie on the same page. */
static bool same_page(const void *a, const void *b)
{
    unsigned long mask = ~((unsigned long)page_size - 1);
    return ((unsigned long)a & mask) == ((unsigned long)b & mask);
}

/* malloc_until_same_page: malloc small objects, as the rest of a program would,
 * until one lands on code's page; that object, or NULL if none did. */
static char *malloc_until_same_page(const void *code)
{
    while (neighbour_count < MAX_NEIGHBOURS) {
        char *p = malloc(NEIGHBOUR_SIZE);
        if (!p)
            die_failed("malloc", ENOMEM);
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
    if (fflush(stdout) == EOF)
        die_failed("fflush(stdout)", errno);
    pid_t pid = fork();
    if (pid == -1)
        die_failed("fork", errno);
    if (pid == 0) {
        if (prctl(PR_SET_DUMPABLE, 0L, 0L, 0L, 0L) == -1)
            _exit(EXIT_SOFTWARE);
        fn(arg);
        _exit(0);
    }
    int status;
    if (waitpid(pid, &status, 0) == -1)
        die_failed("waitpid", errno);
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

/* run_heap: the shortcut of posix_memalign'd heap memory made executable with
 * mprotect, and what it does to the rest of the heap. Returns the exit status. */
static int run_heap(void)
{
    void *code = NULL;
    int err = posix_memalign(&code, (size_t)page_size, sizeof return_one_code);
    if (err != 0)    /* posix_memalign returns the error; it does not set errno */
        die_failed("posix_memalign", err);
    char label[64];
    snprintf(label, sizeof label, "a page-aligned block of %zu bytes", sizeof return_one_code);
    show_step("posix_memalign", label, code, false);

    char *neighbour = malloc_until_same_page(code);
    if (neighbour)
        printf("%-20s %-37s the latest lands on the code's page\n", "malloc(32)",
               "more objects, as any program makes");
    else
        printf("%-20s %-37s none of %d landed on the code's page\n", "malloc(32)",
               "more objects, as any program makes", MAX_NEIGHBOURS);

    memcpy(code, return_one_code, sizeof return_one_code);
    show_step("memcpy", code_bytes, code, false);

    /* The length is the size of the code, as in many write-ups: the kernel rounds
     * it up to whole pages, and everything else on those pages changes too. */
    if (mprotect(code, sizeof return_one_code, PROT_READ | PROT_EXEC) == -1)
        die_refused("mprotect(PROT_READ|PROT_EXEC) on heap memory", errno, true);
    snprintf(label, sizeof label, "(code, %zu, PROT_READ|PROT_EXEC)", sizeof return_one_code);
    show_step("mprotect", label, code, false);
    struct mapping m;
    if (maps_lookup(code, &m))
        printf("%-20s %-37s %lu bytes, not %zu; [heap] is now %d mappings\n", "",
               "the kernel changed whole pages:", m.end - m.start, sizeof return_one_code,
               heap_mappings());

    int result = call_code(code);
    printf("%-20s returned %d\n", "return_one()", result);

    if (neighbour) {
        show_step("the neighbour", "malloc'd data, now on this page:", neighbour, false);
        printf("in a child process, with the page still r-x:\n");
        printf("  %-35s %s\n", "write to the neighbour", in_child(write_byte, neighbour));
        printf("  %-35s %s\n", "malloc(32)", in_child(malloc_small, NULL));
    }
    printf("  %-35s %s\n", "free(code)", in_child(free_block, code));

    if (mprotect(code, sizeof return_one_code, PROT_READ | PROT_WRITE) == -1)
        die_failed("mprotect(PROT_READ|PROT_WRITE) on heap memory", errno);
    snprintf(label, sizeof label, "(code, %zu, PROT_READ|PROT_WRITE)", sizeof return_one_code);
    show_step("mprotect", label, code, false);
    printf("%-20s %-37s [heap] is %d mapping%s again\n", "", "restored before free():",
           heap_mappings(), heap_mappings() == 1 ? "" : "s");
    free(code);
    for (int i = 0; i < neighbour_count; i++)
        free(neighbours[i]);
    printf("%-20s %-37s fine, now that the page is writable\n", "free", "the code and the other objects");
    return result_status(result);
}

/* ---- main ----------------------------------------------------------------- */

/* turn_on_mdwe: ask the kernel to refuse, from now on, memory that becomes
 * executable or is writable and executable; exit 69 if it cannot. */
static void turn_on_mdwe(void)
{
    if (prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0L, 0L, 0L) == -1) {
        int err = errno;
        if (err == EINVAL) {
            fprintf(stderr, "wx-jit: prctl(PR_SET_MDWE) is not supported by this kernel "
                    "(EINVAL; it needs Linux 6.3 or later)\n");
            exit(EXIT_UNAVAILABLE);
        }
        die_failed("prctl(PR_SET_MDWE)", err);
    }
    mdwe_by_flag = true;
    printf("memory-deny-write-execute: on (prctl PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN)\n");
}

/* usage_error: one line on stderr with the usage; exit 64. */
static void usage_error(const char *what, const char *arg)
{
    fprintf(stderr, "wx-jit: %s '%s'; %s\n", what, arg, usage_line);
    exit(EXIT_USAGE);
}

int main(int argc, char **argv)
{
    /* A static buffer: stdio allocates none, so the heap demo sees only its own
     * allocations. Line buffered, so a pipe sees stdout and stderr in order. */
    static char stdout_buffer[BUFSIZ];
    if (setvbuf(stdout, stdout_buffer, _IOLBF, sizeof stdout_buffer) != 0)
        die_failed("setvbuf", errno);

    enum { WX, RWX, HEAP, SKIP_MPROTECT } mode = WX;
    const char *mode_arg = NULL;
    bool mdwe = false;
    for (int i = 1; i < argc; i++) {
        const char *arg = argv[i];
        int chosen;
        if (strcmp(arg, "--mdwe") == 0) {
            mdwe = true;
            continue;
        } else if (strcmp(arg, "--rwx") == 0) {
            chosen = RWX;
        } else if (strcmp(arg, "--heap") == 0) {
            chosen = HEAP;
        } else if (strcmp(arg, "--skip-mprotect") == 0) {
            chosen = SKIP_MPROTECT;
        } else if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
            printf("%s\n"
                   "  (none)           mmap RW, copy the code, mprotect RX, call it, munmap\n"
                   "  --rwx            shortcut 1: one mmap, writable and executable at once\n"
                   "  --heap           shortcut 2: posix_memalign'd heap memory, mprotect'd RX\n"
                   "  --skip-mprotect  leave out the mprotect, and see the fault reported\n"
                   "  --mdwe           first turn on prctl(PR_SET_MDWE), and see the refusal\n",
                   usage_line);
            return 0;
        } else {
            usage_error("unknown argument", arg);
        }
        if (mode_arg && strcmp(mode_arg, arg) != 0) {
            fprintf(stderr, "wx-jit: %s and %s do not go together; %s\n", mode_arg, arg, usage_line);
            exit(EXIT_USAGE);
        }
        mode = chosen;
        mode_arg = arg;
    }

    page_size = sysconf(_SC_PAGESIZE);
    if (page_size <= 0)
        die_failed("sysconf(_SC_PAGESIZE)", errno ? errno : EINVAL);
    printf("page size: %ld bytes, from sysconf(_SC_PAGESIZE)\n", page_size);
    snprintf(code_bytes, sizeof code_bytes, "%zu bytes of code", sizeof return_one_code);
    if (mdwe)
        turn_on_mdwe();

    int status;
    switch (mode) {
    case RWX:           status = run_rwx(); break;
    case HEAP:          status = run_heap(); break;
    case SKIP_MPROTECT: status = run_wx(true); break;
    default:            status = run_wx(false); break;
    }
    if (fflush(stdout) == EOF || ferror(stdout)) {
        fprintf(stderr, "wx-jit: writing to stdout failed\n");
        return EXIT_SOFTWARE;
    }
    return status;
}
