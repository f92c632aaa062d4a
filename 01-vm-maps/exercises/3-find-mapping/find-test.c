/* 01-vm-maps/exercises/3-find-mapping/find-test.c: the harness of exercise 3:
 * asks the learner's find_mapping about code, a literal, a global, the heap,
 * the stack, the C library, the first byte after a mapping, and an address no
 * mapping holds, and compares each answer with lib/helpers.c's maps_find.
 * Names the first wrong answer (exit 1). */
#define _DEFAULT_SOURCE /* MAP_ANONYMOUS */
#include "find.h"
#include "helpers.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int global = 1;

/* agrees: whether find_mapping and maps_find say the same about addr; if not, says how. */
static bool agrees(const char *what, const void *addr)
{
    unsigned long start = 0, end = 0;
    char perms[5] = "";
    struct mapping m;
    bool found = find_mapping(addr, &start, &end, perms);
    bool truth = maps_find(addr, &m);
    if (found != truth) {
        printf("find_mapping(%s, %p) says %s, but %s\n", what, addr,
               found ? "it found one" : "no mapping holds it", truth ? "one does" : "none does");
        return false;
    }
    if (truth && (start != m.start || end != m.end || strcmp(perms, m.perms) != 0)) {
        printf("find_mapping(%s, %p) gives %lx-%lx %s, the maps line is %lx-%lx %s\n",
               what, addr, start, end, perms, m.start, m.end, m.perms);
        return false;
    }
    return true;
}

int main(void)
{
    long page = sysconf(_SC_PAGESIZE);
    int local = 0;
    char *heap = malloc(16);
    /* Two pages, the second made PROT_NONE: the kernel splits them into two
     * mappings, and the first byte of the second is where the first ends. */
    char *two = mmap(NULL, 2 * (size_t)page, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (heap == NULL || two == MAP_FAILED || page <= 0)
        die_errno(EXIT_SOFTWARE, "malloc or mmap", errno);
    if (mprotect(two + page, (size_t)page, PROT_NONE) != 0)
        die_errno(EXIT_SOFTWARE, "mprotect", errno);

    bool ok = agrees("main", (const void *)&main) && agrees("a literal", "a literal")
           && agrees("a global", &global) && agrees("a heap block", heap)
           && agrees("a local", &local) && agrees("printf", (const void *)&printf)
           && agrees("the byte after a mapping", two + page)
           && agrees("an address in no mapping", (const void *)(uintptr_t)page);
    free(heap);
    if (munmap(two, 2 * (size_t)page) != 0)
        die_errno(EXIT_SOFTWARE, "munmap", errno);
    if (ok)
        printf("find_mapping: all answers agree with /proc/self/maps\n");
    return ok ? 0 : 1;
}
