/* tools/mdwe.c: run a command with the kernel's memory-deny-write-execute
 * policy on, as a hardened system would: prctl(PR_SET_MDWE,
 * PR_MDWE_REFUSE_EXEC_GAIN) (Linux 6.3+). The policy survives execve, so the
 * command runs under it and the kernel refuses it any memory that is, or
 * becomes, executable without having been so from the start: an RWX mmap, or
 * an mprotect from RW to RX. Use it to see how a JIT behaves when it is refused.
 *
 *   usage: mdwe COMMAND [ARGS...]   (mdwe --help prints this line)
 *   exit status: the command's; 64 on bad usage; 69 if this kernel has no
 *   PR_SET_MDWE; 126/127 if the command cannot be run. */
#define _GNU_SOURCE
#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/prctl.h>
#include <unistd.h>

#ifndef PR_SET_MDWE
#define PR_SET_MDWE 65
#endif
#ifndef PR_MDWE_REFUSE_EXEC_GAIN
#define PR_MDWE_REFUSE_EXEC_GAIN 1
#endif

int main(int argc, char **argv)
{
    if (argc == 2 && strcmp(argv[1], "--help") == 0) {
        printf("usage: mdwe COMMAND [ARGS...]   (runs COMMAND under prctl(PR_SET_MDWE))\n");
        return 0;
    }
    if (argc < 2 || argv[1][0] == '-') {
        fprintf(stderr, "mdwe: %s (see mdwe --help)\n", argc < 2 ? "no command to run" : "options come after the command");
        return 64;
    }
    if (prctl(PR_SET_MDWE, PR_MDWE_REFUSE_EXEC_GAIN, 0L, 0L, 0L) != 0) {
        fprintf(stderr, "mdwe: prctl(PR_SET_MDWE): %s: this kernel has no memory-deny-write-execute (Linux 6.3+)\n",
                strerror(errno));
        return 69;
    }
    execvp(argv[1], argv + 1);
    fprintf(stderr, "mdwe: %s: %s\n", argv[1], strerror(errno));
    return errno == ENOENT ? 127 : 126;
}
