/* 01-vm-maps/vm-maps.h: what the lesson (vm-maps.c) and its self-test
 * (vm-maps-check.c) share: the table of the things we look up. */
#ifndef VM_MAPS_H
#define VM_MAPS_H

#include <stdint.h>
#include <string.h>

/* The things we look up, one row each: what the reader sees, and what
 * --check expects of the mapping that holds it. (Arrays, not pointers, so
 * that the table needs no relocations: it is read-only data in the file.) */
enum { MAIN, LITERAL, DATA_GLOBAL, BSS_GLOBAL, HEAP_BLOCK, STACK_VAR, LIBC_FUNC, N_THINGS };
struct thing {
    char name[24];          /* e.g. "main" */
    char what[40];          /* what kind of thing it is */
    char perms[4];          /* the rwx --check expects, e.g. "r-x" */
    char file[8];           /* where --check expects it: "exe" (this program's own
                               file), "libc", "[heap]", "[stack]", or "" (anywhere) */
};
extern const struct thing things[N_THINGS];

/* check_facts: vm-maps --check. Verifies the page size and, for each thing
 * (its address in addrs), the permissions and file of the mapping that holds
 * it, then that no mapping is writable and executable; prints "ok: FACT" per
 * fact. The first fact that fails gets one line on stderr and exit status 1. */
void check_facts(const uintptr_t addrs[N_THINGS], long page_size);

/* base_name: the part of path after its last '/' (all of it if there is none). */
static inline const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

#endif
