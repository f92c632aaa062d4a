/* Exercise 1 (a small change): one line of a perf map.
 *
 * perf reads /tmp/perf-PID.map as "START SIZE NAME", one function a line,
 * with START and SIZE in hexadecimal and WITHOUT a 0x in front. This version
 * writes what many people write first. perf report then names nothing (it
 * skips lines it cannot read), and says nothing about it either.
 * Fix perf_map_line so that it writes what perf reads; the check calls it
 * with a few functions and compares each line with what perf expects.
 */
#include "mapline.h"

#include <stdio.h>

int perf_map_line(char *buf, size_t size, uint64_t start, uint32_t len, const char *name)
{
    return snprintf(buf, size, "%#llx %u %s\n", (unsigned long long)start, len, name);
}
