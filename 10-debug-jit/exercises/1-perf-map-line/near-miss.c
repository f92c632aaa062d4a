/* Exercise 1, a near miss: the 0x is gone from the start, but the size is
 * still decimal. countdown is 0x33 = 51 bytes; this writes "51", which perf
 * reads as 0x51 = 81 bytes, and charges samples in the 30 bytes after the
 * function to it. (A size of 10 would even become 16.) */
#include "mapline.h"

#include <stdio.h>

int perf_map_line(char *buf, size_t size, uint64_t start, uint32_t len, const char *name)
{
    return snprintf(buf, size, "%llx %u %s\n", (unsigned long long)start, len, name);
}
