/* 01-vm-maps/exercises/2-pages-spanned/pages.h: what exercise 2's harness calls. */
#ifndef PAGES_H
#define PAGES_H
#include <stddef.h>
#include <stdint.h>

/* pages_spanned: how many pages the n bytes from address start touch, for the
 * page size sysconf(_SC_PAGESIZE) gives; 0 when n is 0. */
size_t pages_spanned(uintptr_t start, size_t n);

#endif
