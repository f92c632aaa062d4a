/* 10-debug-jit/exercises/1-perf-map-line/mapline.h: what exercise 1's harness calls. */
#ifndef MAPLINE_H
#define MAPLINE_H
#include <stddef.h>
#include <stdint.h>

/* perf_map_line: write the /tmp/perf-PID.map line for the code at start,
 * len bytes long, called name, newline included, into buf (size bytes).
 * Returns the line's length, as snprintf does. */
int perf_map_line(char *buf, size_t size, uint64_t start, uint32_t len, const char *name);

#endif
