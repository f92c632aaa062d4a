/* 10-debug-jit/exercises/3-loop-names/names.h: what exercise 3's harness calls. */
#ifndef NAMES_H
#define NAMES_H
#include <stddef.h>
#include <stdint.h>

/* A loop of the source: its code is [start, end) (offsets), its '[' at line:col.
 * Loops come in the order of their '[' and nest properly: two loops are
 * either one inside the other or apart. */
typedef struct Loop { uint32_t start, end, line, col; } Loop;

/* A named piece of the code, [start, end). */
typedef struct Named { uint32_t start, end; char name[40]; } Named;

/* name_ranges: cut the code [0, len) at every loop's start and end, and name
 * each non-empty piece after the innermost loop that holds it,
 * "bf_loop_LINE_COL", or "bf_main" when no loop holds it. Pieces come in
 * order of address; returns how many there are (out has room for 2n + 1). */
size_t name_ranges(const Loop *loops, size_t n, uint32_t len, Named *out);

#endif
