/* 10-debug-jit/exercises/2-leb128/leb.h: what exercise 2's harness calls. */
#ifndef LEB_H
#define LEB_H
#include <stddef.h>
#include <stdint.h>

/* sleb128: write v as a signed LEB128 number into out (10 bytes are always
 * enough); return how many bytes it took. */
size_t sleb128(int64_t v, uint8_t out[10]);

#endif
