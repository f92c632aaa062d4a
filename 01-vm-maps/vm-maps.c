/* 01-vm-maps/vm-maps.c: where things live in a process's address space.
 *
 * For main, a string literal, two globals, a heap block, a stack variable and
 * a C library function, prints the address, the page it is on, the line of
 * /proc/self/maps whose mapping holds it, and what that mapping's permissions
 * mean. `vm-maps --check` verifies the same facts from inside; that self-test
 * is in vm-maps-check.c. Reading the maps file is lib/helpers.c's maps_find.
 *
 * Exit status: 0 all is as claimed, 1 a --check fact does not hold,
 * 64 usage, 70 a failed call or an address in no mapping, 74 a failed write.
 */
#include "helpers.h"
#include "vm-maps.h"

#include <errno.h>
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int initialised_global = 42; /* has a value in the file: .data */
int zeroed_global;           /* starts at zero, takes no bytes in the file: .bss */

/* What each thing is, and (for --check) what its mapping should be. */
const struct thing things[N_THINGS] = {
    [MAIN]        = { "main",                "this program's code",                "r-x", "exe" },
    [LITERAL]     = { "\"a string literal\"", "a constant",                        "r--", "exe" },
    [DATA_GLOBAL] = { "initialised_global",  "a global with a value: .data",       "rw-", "exe" },
    [BSS_GLOBAL]  = { "zeroed_global",       "a global that starts at zero: .bss", "rw-", "" },
    [HEAP_BLOCK]  = { "malloc(sizeof(int))", "a small heap block",                 "rw-", "[heap]" },
    [STACK_VAR]   = { "on_stack",            "a local variable",                   "rw-", "[stack]" },
    [LIBC_FUNC]   = { "printf",              "a function in the C library",        "r-x", "libc" },
};

/* perms_meaning: what the rwx of perms allow, in a few words for the reader. */
static const char *perms_meaning(const char *perms)
{
    if (strncmp(perms, "r-x", 3) == 0) return "code: readable and executable, not writable";
    if (strncmp(perms, "r--", 3) == 0) return "constants: readable only, not writable, not executable";
    if (strncmp(perms, "rw-", 3) == 0) return "data: readable and writable, not executable";
    if (strncmp(perms, "rwx", 3) == 0) return "readable, writable AND executable: what W^X forbids";
    return "an unusual combination";
}

/* print_thing: thing i's address, its page, the maps line of the mapping that
 * holds it (dev and inode left out, the file's base name only) and what the
 * permissions mean. Exits 70 if no mapping holds the address. */
static void print_thing(int i, uintptr_t addr, uintptr_t page_size)
{
    struct mapping m;
    if (!maps_find((const void *)addr, &m))
        die(EXIT_SOFTWARE, "%s at 0x%" PRIxPTR " is in no mapping of /proc/self/maps", things[i].name, addr);
    long offset = maps_offset((const void *)addr);
    const char *file = base_name(m.name);

    printf("%s (%s)\n", things[i].name, things[i].what);
    printf("  address  0x%" PRIxPTR "  on page 0x%" PRIxPTR "\n", addr, addr & ~(page_size - 1));
    printf("  mapping  %lx-%lx %s %08lx%s%s\n", m.start, m.end, m.perms, (unsigned long)offset,
           *file ? " " : "", file);
    printf("  %.3s      %s\n\n", m.perms, perms_meaning(m.perms));
}

/* main: print where each thing lives, or with --check verify the facts (exit statuses atop this file). */
int main(int argc, char **argv)
{
    guard_stdout();
    const char *mode = argc > 1 ? argv[1] : "";
    if (argc > 1 && strcmp(mode, "--check") != 0 && strcmp(mode, "--help") != 0)
        usage_error("unknown argument '%s'", mode);
    if (argc > 2)
        usage_error("unexpected argument '%s' after %s", argv[2], mode);
    if (strcmp(mode, "--help") == 0) {
        printf("usage: vm-maps [--check]   (print where things live; --check verifies their permissions)\n");
        return 0;
    }

    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0)
        die(EXIT_SOFTWARE, "sysconf(_SC_PAGESIZE) gives no page size");

    int on_stack = 0;
    int *on_heap = malloc(sizeof *on_heap);
    if (on_heap == NULL)
        die_errno(EXIT_SOFTWARE, "malloc", errno);

    uintptr_t addrs[N_THINGS] = {
        [MAIN]        = (uintptr_t)&main,
        [LITERAL]     = (uintptr_t)"a string literal",
        [DATA_GLOBAL] = (uintptr_t)&initialised_global,
        [BSS_GLOBAL]  = (uintptr_t)&zeroed_global,
        [HEAP_BLOCK]  = (uintptr_t)on_heap,
        [STACK_VAR]   = (uintptr_t)&on_stack,
        [LIBC_FUNC]   = (uintptr_t)&printf,
    };

    if (strcmp(mode, "--check") == 0) {
        check_facts(addrs, page);
    } else {
        printf("page size: %ld bytes (sysconf(_SC_PAGESIZE)); a page starts at a multiple of it\n", page);
        printf("mapping: start-end perms offset file, from /proc/self/maps (dev and inode left out)\n\n");
        for (int i = 0; i < N_THINGS; i++)
            print_thing(i, addrs[i], (uintptr_t)page);
        printf("The addresses change from run to run (ASLR); the permissions do not.\n");
    }
    free(on_heap);
    return 0;
}
