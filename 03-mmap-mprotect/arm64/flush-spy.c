/* flush-spy.c (arm64): an instrument for the checks, not part of the lesson.
 * Linked into wx-jit-spy with `-Wl,--wrap=__clear_cache`, it sees every
 * instruction-cache flush that __builtin___clear_cache asks for, and prints the
 * range in the program's own output, in order, before doing the real flush.
 * The checks use it to prove that the flush happens between writing the code
 * and calling it, over the right bytes: an emulator such as qemu-user runs
 * stale-cache code correctly anyway, so the result alone proves nothing. */
#include <stdio.h>

void __real___clear_cache(char *begin, char *end);
void __wrap___clear_cache(char *begin, char *end);

/* __wrap___clear_cache: report the range, then flush it for real. */
void __wrap___clear_cache(char *begin, char *end)
{
    printf("%-44s %p-%p\n", "(flush-spy) __clear_cache", (void *)begin, (void *)end);
    __real___clear_cache(begin, end);
}
