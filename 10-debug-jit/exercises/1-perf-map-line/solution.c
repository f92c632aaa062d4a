/* Exercise 1 (a small change): one line of a perf map. A solution: both
 * numbers in hex, no 0x (jitdebug.c's jd_perf_map_add writes the same). */
#include "mapline.h"

#include <stdio.h>

int perf_map_line(char *buf, size_t size, uint64_t start, uint32_t len, const char *name)
{
    return snprintf(buf, size, "%llx %x %s\n", (unsigned long long)start, len, name);
}
