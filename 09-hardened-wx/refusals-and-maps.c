/* refusals-and-maps.c: hardened-jit's instruments. It shows each step with the
 * mapping /proc/self/maps has for it and the count of W+X mappings; installs
 * seccomp filters that refuse executable memory (one like systemd's
 * MemoryDenyWriteExecute= before it used MDWE, one stricter); names the
 * policy that most likely refused a call, from what the kernel says about
 * this process; and reads /proc/cpuinfo for protection keys. */
#define _GNU_SOURCE
#include <errno.h>
#include <linux/audit.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/prctl.h>
#include <sys/syscall.h>

#include "hardened.h"
#include "helpers.h"

#ifndef PR_GET_MDWE
#define PR_GET_MDWE 66
#endif
#ifndef __X32_SYSCALL_BIT
#define __X32_SYSCALL_BIT 0x40000000
#endif

bool narrate;
int most_wx;

void step(const char *name, const char *what, const void *addr)
{
    int wx = maps_count_wx();
    struct mapping m;
    most_wx = wx > most_wx ? wx : most_wx;
    if (!narrate)
        return;
    if (addr != NULL && maps_find(addr, &m))
        printf("%-10s %-42s %s %lx-%lx %s  W+X: %d\n", name, what, m.perms, m.start, m.end, m.name, wx);
    else
        printf("%-10s %-42s W+X: %d\n", name, what, wx);
}

/* file_has_line: whether the file at path has a line that starts with prefix
 * and holds word (a whole word, or anywhere if word is NULL). */
static bool file_has_line(const char *path, const char *prefix, const char *word)
{
    FILE *f = fopen(path, "r");
    char line[4096];
    bool found = false;
    if (f == NULL)
        return false;
    while (!found && fgets(line, sizeof line, f) != NULL) {
        if (strncmp(line, prefix, strlen(prefix)) != 0)
            continue;
        if (word == NULL) {
            found = true;
            continue;
        }
        for (char *w = strtok(line + strlen(prefix), " \t\n"); w && !found; w = strtok(NULL, " \t\n"))
            found = strcmp(w, word) == 0;
    }
    fclose(f);
    return found;
}

bool cpu_has_pku(void)
{
    return file_has_line("/proc/cpuinfo", "flags", "pku");
}

/* likely_policy: the policy that most likely refused CALL with err, in a few words. */
static const char *likely_policy(const char *call, int err)
{
    static char memfd_text[160];
    if (err == EACCES && prctl(PR_GET_MDWE, 0L, 0L, 0L, 0L) > 0)
        return "memory-deny-write-execute (prctl PR_SET_MDWE is on for this process: "
               "tools/mdwe, or systemd 254+ with MemoryDenyWriteExecute=yes)";
    if (err == EPERM && file_has_line("/proc/self/status", "Seccomp:\t2", NULL))
        return "a seccomp filter (Seccomp: 2 in /proc/self/status), "
               "like systemd's MemoryDenyWriteExecute=yes without MDWE";
    if (err == EACCES && strncmp(call, "memfd_create", 12) == 0) {
        FILE *f = fopen("/proc/sys/vm/memfd_noexec", "r");
        int level = -1;
        if (f != NULL) {
            if (fscanf(f, "%d", &level) != 1)
                level = -1;
            fclose(f);
        }
        snprintf(memfd_text, sizeof memfd_text,
                 "vm.memfd_noexec=%d in this PID namespace (2 refuses MFD_EXEC)", level);
        return memfd_text;
    }
    if (err == EACCES || err == EPERM)
        return "an LSM such as SELinux (execmem, execheap): look for an AVC denial (ausearch -m avc -ts recent)";
    return "none known: a bug, or a resource limit";
}

void refused(const char *call, int err)
{
    die(EXIT_SOFTWARE, "%s refused: %s (%s); likely policy: %s", call, strerror(err), errno_name(err),
        likely_policy(call, err));
}

bool seccomp_refuse_exec(const char *style)
{
    /* Which mmap calls to refuse: those whose flags have a bit of flags_mask
     * and whose prot has all of prot_mask. systemd's filter refuses write and
     * execute together, in any mapping; "noexec" refuses execute in any
     * mapping but a private one of a file (how programs and libraries are
     * loaded, so a command still starts under it). Both refuse mprotect and
     * pkey_mprotect asking for execute, with EPERM. */
    unsigned flags_mask, prot_mask;
    if (strcmp(style, "systemd") == 0)
        flags_mask = MAP_SHARED | MAP_PRIVATE, prot_mask = PROT_WRITE | PROT_EXEC;
    else if (strcmp(style, "noexec") == 0)
        flags_mask = MAP_SHARED | MAP_ANONYMOUS, prot_mask = PROT_EXEC;
    else
        return false;
    struct sock_filter filter[] = {
        /* 0 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch)),
        /* 1 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, AUDIT_ARCH_X86_64, 0, 12),      /* else 14: allow */
        /* 2 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr)),
        /* 3 */ BPF_JUMP(BPF_JMP | BPF_JGE | BPF_K, __X32_SYSCALL_BIT, 11, 0),      /* x32 calls: 15: refuse */
        /* 4 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_mmap, 2, 0),                /* 7 */
        /* 5 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_mprotect, 6, 0),            /* 12 */
        /* 6 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, SYS_pkey_mprotect, 5, 7),       /* 12, else 14 */
        /* 7 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[3])), /* flags */
        /* 8 */ BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, flags_mask, 0, 5),             /* 9, else 14 */
        /* 9 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[2])), /* prot */
        /* 10 */ BPF_STMT(BPF_ALU | BPF_AND | BPF_K, prot_mask),
        /* 11 */ BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, prot_mask, 3, 2),              /* 15, else 14 */
        /* 12 */ BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[2])),
        /* 13 */ BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, PROT_EXEC, 1, 0),             /* 15, else 14 */
        /* 14 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW),
        /* 15 */ BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (EPERM & SECCOMP_RET_DATA)),
    };
    struct sock_fprog program = { .len = sizeof filter / sizeof filter[0], .filter = filter };
    /* Without privileges, a process may only filter itself after promising
     * never to gain any (no setuid binaries from here on). */
    if (prctl(PR_SET_NO_NEW_PRIVS, 1L, 0L, 0L, 0L) != 0)
        refused("prctl(PR_SET_NO_NEW_PRIVS)", errno);
    if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &program, 0L, 0L) != 0)
        refused("prctl(PR_SET_SECCOMP)", errno);
    return true;
}
