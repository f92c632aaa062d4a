/* 10-debug-jit/exercises/1-perf-map-line/mapline-test.c: the harness of
 * exercise 1: asks the learner's perf_map_line for a few lines and compares
 * each with the line perf reads; names the first wrong one (exit 1). */
#include "mapline.h"

#include <stdio.h>
#include <string.h>

int main(void)
{
    static const struct { uint64_t start; uint32_t len; const char *name, *want; } cases[] = {
        { 0x10000000, 0x33, "countdown", "10000000 33 countdown\n" },
        { 0x7f3a2c001040, 10, "bf_loop_12_5", "7f3a2c001040 a bf_loop_12_5\n" },
        { 0x7f3a2c001000, 4096, "bf_main", "7f3a2c001000 1000 bf_main\n" },
    };
    char got[128];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        memset(got, 0, sizeof got);
        int n = perf_map_line(got, sizeof got, cases[i].start, cases[i].len, cases[i].name);
        if (strcmp(got, cases[i].want) != 0 || n != (int)strlen(cases[i].want)) {
            got[strcspn(got, "\n")] = 0;
            printf("for %s at 0x%llx, %u bytes: the line is '%s', perf reads '%.*s'\n", cases[i].name,
                   (unsigned long long)cases[i].start, cases[i].len, got,
                   (int)strlen(cases[i].want) - 1, cases[i].want);
            return 1;
        }
    }
    return 0;
}
