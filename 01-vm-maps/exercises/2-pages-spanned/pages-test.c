/* 01-vm-maps/exercises/2-pages-spanned/pages-test.c: the harness of exercise 2:
 * calls the learner's pages_spanned with starts and lengths around page
 * boundaries, and names the first answer that is wrong (exit 1). */
#include "pages.h"
#include "helpers.h"

#include <stdio.h>
#include <unistd.h>

int main(void)
{
    long page = sysconf(_SC_PAGESIZE);
    if (page <= 0)
        die(EXIT_SOFTWARE, "sysconf(_SC_PAGESIZE) gives no page size");
    uintptr_t p = (uintptr_t)page;
    static const struct { int start_pages, start_plus; int n_pages, n_plus; size_t want; } cases[] = {
        { 1, 0, 0, 1, 1 },   /* one byte at the start of a page */
        { 1, 0, 1, 0, 1 },   /* exactly one page */
        { 1, 0, 1, 1, 2 },   /* one page and one byte */
        { 2, -1, 0, 1, 1 },  /* the last byte of a page */
        { 2, -1, 0, 2, 2 },  /* two bytes across a page boundary */
        { 1, 5, 1, 0, 2 },   /* a page's worth, not page-aligned */
        { 3, 100, 0, 0, 0 }, /* nothing */
        { 5, 7, 3, -7, 3 },  /* ends on the last byte of its third page */
        { 5, 7, 3, -6, 4 },  /* one byte more */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        uintptr_t start = cases[i].start_pages * p + (uintptr_t)(intptr_t)cases[i].start_plus;
        size_t n = cases[i].n_pages * p + (size_t)(intptr_t)cases[i].n_plus;
        size_t got = pages_spanned(start, n);
        if (got != cases[i].want) {
            printf("pages_spanned(0x%lx, %zu) is %zu, expected %zu (pages of %ld bytes)\n",
                   (unsigned long)start, n, got, cases[i].want, page);
            return 1;
        }
    }
    printf("pages_spanned: all %zu cases right\n", sizeof cases / sizeof cases[0]);
    return 0;
}
