/* hardened-jit.c: a JIT's code on a system that refuses writable-and-executable
 * memory, by mapping the same memory twice.
 *
 * Chapter 03 wrote code into a page and then flipped the page from RW to RX
 * with mprotect. Under prctl(PR_SET_MDWE), systemd's MemoryDenyWriteExecute=
 * and some SELinux policies, that flip is refused. This program keeps W^X
 * another way: it creates an anonymous file in memory (memfd_create) and maps
 * it twice, once readable and writable, once readable and executable. It writes
 * the code through the first view and calls it through the second. No mapping
 * is ever writable and executable, and no mapping ever gains execute permission,
 * so MDWE has nothing to refuse. After every step the program asks
 * /proc/self/maps how many mappings are W+X, and shows the answer.
 *
 * Then it patches the running code (the immediate of `mov eax, 1`), as inline
 * caches and tiered JITs do, by the route you choose: through the dual
 * mapping; mprotect RW, write, mprotect RX (SpiderMonkey's way); protection
 * keys (V8's way, where the CPU has them); or chapter 03's RWX shortcut.
 *
 *   hardened-jit                 the dual mapping, step by step, and its catch
 *   hardened-jit --route=ROUTE   patch by one route: dual, mprotect, pku, rwx
 *   hardened-jit --seccomp=STYLE first install a seccomp filter: systemd, noexec
 *   hardened-jit --memfd-exec    ask memfd_create for MFD_EXEC (see vm.memfd_noexec)
 *   hardened-jit --seccomp=STYLE --run CMD [ARGS...]   run CMD under the filter
 *   hardened-jit --bench         what each route costs, as ratios (make bench)
 *
 * Exit status: 0 done; 64 bad arguments; 69 this machine lacks protection
 * keys; 70 a call was refused or the code returned the wrong value; with
 * --run, CMD's (126/127 if it cannot be run). */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <unistd.h>

#include "hardened.h"
#include "helpers.h"

#ifndef MFD_NOEXEC_SEAL
#define MFD_NOEXEC_SEAL 0x0008U  /* Linux 6.3: never chmod +x, never execve */
#endif
#ifndef MFD_EXEC
#define MFD_EXEC 0x0010U         /* Linux 6.3: may be executed with execve */
#endif

/* int return_value(void) { return 1; } */
/* asm2bytes return_value.asm */
static const unsigned char return_value_code[] = {
    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */
    0xc3,                                    /* ret */
};

static const char usage_line[] =
    "usage: hardened-jit [--seccomp=systemd|noexec] [--memfd-exec] [--route=dual|mprotect|pku|rwx | --bench]\n"
    "       hardened-jit --seccomp=systemd|noexec --run COMMAND [ARGS...]";
static bool memfd_exec;    /* --memfd-exec */

/* map_dual: c->write and c->exec, two views of one new memfd of c->size bytes:
 * rw- for writing, r-x for running. Each step is shown; a refusal exits 70. */
static void map_dual(struct jit_code *c)
{
    /* The file is never run with execve, so say so (NOEXEC_SEAL); kernels
     * before 6.3 do not know the flag (EINVAL) and get none. */
    unsigned flags = MFD_CLOEXEC | (memfd_exec ? MFD_EXEC : MFD_NOEXEC_SEAL);
    int fd = memfd_create("jit-code", flags);
    if (fd < 0 && errno == EINVAL)
        fd = memfd_create("jit-code", flags = MFD_CLOEXEC);
    if (fd < 0)
        refused(memfd_exec ? "memfd_create(MFD_EXEC)" : "memfd_create", errno);
    step("memfd", flags & MFD_EXEC ? "memfd_create(MFD_CLOEXEC|MFD_EXEC)" : flags & MFD_NOEXEC_SEAL
         ? "memfd_create(MFD_CLOEXEC|MFD_NOEXEC_SEAL)" : "memfd_create(MFD_CLOEXEC)", NULL);
    if (ftruncate(fd, (off_t)c->size) != 0)
        refused("ftruncate", errno);
    c->write = mmap(NULL, c->size, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    if (c->write == MAP_FAILED)
        refused("mmap(PROT_READ|PROT_WRITE, MAP_SHARED)", errno);
    step("mmap", "the write view: PROT_READ|PROT_WRITE", c->write);
    c->exec = mmap(NULL, c->size, PROT_READ | PROT_EXEC, MAP_SHARED, fd, 0);
    if (c->exec == MAP_FAILED)
        refused("mmap(PROT_READ|PROT_EXEC, MAP_SHARED)", errno);
    step("mmap", "the exec view: PROT_READ|PROT_EXEC", c->exec);
    if (close(fd) != 0)  /* the views keep the file; no descriptor left to find it by */
        refused("close", errno);
}

/* mprotect's way: one mapping, RW while writing and RX otherwise.
 * mprotect_rw: make the code's page writable (and not executable). */
static void mprotect_rw(struct jit_code *c)
{
    if (mprotect(c->write, c->size, PROT_READ | PROT_WRITE) != 0)
        refused("mprotect(PROT_READ|PROT_WRITE)", errno);
}
/* mprotect_rx: make the code's page executable again (and not writable). */
static void mprotect_rx(struct jit_code *c)
{
    if (mprotect(c->exec, c->size, PROT_READ | PROT_EXEC) != 0)
        refused("mprotect(PROT_READ|PROT_EXEC)", errno);
}

/* Protection keys' way: the page is RWX in the page tables, and this thread's
 * PKRU register denies writes to pages with our key except while writing. */
static int pkey = -1;  /* the key of the code's page, from pkey_alloc */
/* pkey_allow_write, pkey_deny_write: lift and restore this thread's write denial. */
static void pkey_allow_write(struct jit_code *c) { (void)c; pkey_set(pkey, 0); }
static void pkey_deny_write(struct jit_code *c) { (void)c; pkey_set(pkey, PKEY_DISABLE_WRITE); }

void jit_new(struct jit_code *c, const char *route)
{
    *c = (struct jit_code){ .route = route, .size = (size_t)sysconf(_SC_PAGESIZE) };
    int prot = strcmp(route, "rwx") == 0 ? PROT_READ | PROT_WRITE | PROT_EXEC : PROT_READ | PROT_WRITE;
    if (strcmp(route, "dual") == 0) {
        map_dual(c);
    } else {
        c->write = c->exec = mmap(NULL, c->size, prot, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (c->write == MAP_FAILED)
            refused(prot & PROT_EXEC ? "mmap(PROT_READ|PROT_WRITE|PROT_EXEC)" : "mmap(PROT_READ|PROT_WRITE)", errno);
    }
    if (strcmp(route, "mprotect") == 0) {
        c->open = mprotect_rw, c->close = mprotect_rx;
    } else if (strcmp(route, "pku") == 0) {
        if ((pkey = pkey_alloc(0, PKEY_DISABLE_WRITE)) < 0)
            die(69, "pkey_alloc: %s (%s): no protection keys here (/proc/cpuinfo %s the pku flag)",
                strerror(errno), errno_name(errno), cpu_has_pku() ? "has" : "lacks");
        if (pkey_mprotect(c->write, c->size, PROT_READ | PROT_WRITE | PROT_EXEC, pkey) != 0)
            refused("pkey_mprotect(PROT_READ|PROT_WRITE|PROT_EXEC)", errno);
        c->open = pkey_allow_write, c->close = pkey_deny_write;
    }
    if (c->open) /* from here on, writes go through jit_write */
        c->open(c);
    memcpy(c->write, return_value_code, sizeof return_value_code);
    if (c->close)
        c->close(c);
    step("memcpy", "6 bytes of code, into the write view", c->write);
}

void jit_write(struct jit_code *c, size_t offset, const void *bytes, size_t n)
{
    if (c->open)
        c->open(c);
    memcpy(c->write + offset, bytes, n);
    if (c->close)
        c->close(c);
}

void jit_free(struct jit_code *c)
{
    if (munmap(c->write, c->size) != 0 || (c->exec != c->write && munmap(c->exec, c->size) != 0))
        refused("munmap", errno);
    if (pkey >= 0 && pkey_free(pkey) != 0)
        refused("pkey_free", errno);
    pkey = -1;
}

/* call: run the code through its exec view; exit 70 unless it returns want. */
static int call(struct jit_code *c, const char *what, int want)
{
    int got = ((return_value_fn)(void *)c->exec)();
    char text[64];
    snprintf(text, sizeof text, "%s: returned %d", what, got);
    step("call", text, c->exec);
    if (got != want)
        die(EXIT_SOFTWARE, "%s: the code returned %d, expected %d", c->route, got, want);
    return got;
}

/* patch: make the running code return value, through jit_write. */
static void patch(struct jit_code *c, int32_t value)
{
    jit_write(c, IMM32_AT, &value, sizeof value);
    step("patch", "the imm32, through the write view", c->write);
}

/* the_catch: a fork()ed child inherits the write view, and what it writes, the parent runs. */
static void the_catch(struct jit_code *c)
{
    pid_t child = fork();
    int status;
    if (child < 0)
        refused("fork", errno);
    if (child == 0) {
        int32_t value = 42;
        memcpy(c->write + IMM32_AT, &value, sizeof value);
        _exit(0);
    }
    if (waitpid(child, &status, 0) != child || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        die(EXIT_SOFTWARE, "the child did not write its patch");
    step("fork", "a child wrote 42 through its write view", NULL);
    call(c, "the exec view", 42);
}

int main(int argc, char **argv)
{
    const char *route = NULL, *seccomp = NULL;
    char **run = NULL;
    bool bench = false;
    guard_stdout();
    setvbuf(stdout, NULL, _IOLBF, 0);  /* each step shows before a refusal on stderr */
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--help") == 0)
            return printf("%s\n", usage_line) < 0;
        else if (strncmp(a, "--route=", 8) == 0 && !route)
            route = a + 8;
        else if (strncmp(a, "--seccomp=", 10) == 0 && !seccomp)
            seccomp = a + 10;
        else if (strcmp(a, "--memfd-exec") == 0)
            memfd_exec = true;
        else if (strcmp(a, "--bench") == 0)
            bench = true;
        else if (strcmp(a, "--run") == 0 && i + 1 < argc && (run = argv + i + 1))
            break;
        else
            usage_error("unknown or repeated argument '%s'", a);
    }
    if (route && strcmp(route, "dual") && strcmp(route, "mprotect") && strcmp(route, "pku") && strcmp(route, "rwx"))
        usage_error("unknown route '%s': dual, mprotect, pku or rwx", route);
    if (route && bench)
        usage_error("--route and --bench: choose one");
    if (run && (!seccomp || route || bench || memfd_exec))
        usage_error("--run takes only --seccomp=STYLE before it");
    if (seccomp && !seccomp_refuse_exec(seccomp))
        usage_error("unknown seccomp style '%s': systemd or noexec", seccomp);
    if (run) {  /* the filter stays on across execve, like MDWE */
        execvp(run[0], run);
        die(errno == ENOENT ? 127 : 126, "%s: %s", run[0], strerror(errno));
    }
    if (bench) {
        run_bench();
        return 0;
    }

    struct jit_code c;
    narrate = route == NULL;
    jit_new(&c, route ? route : "dual");
    call(&c, "the exec view", 1);
    patch(&c, 2);
    call(&c, "the exec view again", 2);
    if (narrate) {
        the_catch(&c);
        printf("no mapping was writable and executable at any step (W+X: %d at most)\n", most_wx);
    } else {
        printf("%-9s returned 1; patched; returned 2; W+X mappings at most: %d\n", c.route, most_wx);
    }
    jit_free(&c);
    return 0;
}
