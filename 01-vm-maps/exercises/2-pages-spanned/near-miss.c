/* Exercise 2 (the chapter's idea): how many pages?
 *
 * Permissions belong to whole pages, so a JIT that makes n bytes at start
 * executable changes every page those bytes touch (chapter 03). Write
 * pages_spanned: how many pages the n bytes from address start touch, for the
 * page size sysconf(_SC_PAGESIZE) gives; 0 when n is 0. Nothing is read or
 * written at those addresses: this is arithmetic on them.
 * The check calls it with starts and lengths around page boundaries.
 */
#include "pages.h"

#include <unistd.h>

size_t pages_spanned(uintptr_t start, size_t n)
{
    uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
    /* n bytes, plus how far into its page start is, rounded up to whole pages */
    return (start % page + n + page - 1) / page;
}
