/* Exercise 1 (small): predict, then look.
 *
 * Replace each "???" below with your prediction for the thing on that line:
 * the permissions of the mapping that holds it ("r--", "rw-" or "r-x"), and
 * where that mapping comes from: "exe" (this program's own file), "[heap]",
 * "[stack]", or "" (anonymous memory, backed by no file). Predict first, with
 * the chapter's run in mind; then `make -C 01-vm-maps exercises` runs this
 * program, which compares each prediction with /proc/self/maps.
 */
#include "predict.h"

#include <stdlib.h>

static const int answer = 42; /* a constant */
static char big[1 << 20];     /* a megabyte of .bss: zeroes, which take no room in the file */

int main(void)
{
    char *block = malloc(1 << 20); /* a megabyte from malloc */
    if (block == NULL)
        return 70;
    bool right = predict("answer, a static const int", &answer, "r--", "exe");
    right &= predict("the last byte of big, a 1 MiB .bss array", &big[sizeof big - 1], "rw-", "exe");
    right &= predict("a 1 MiB malloc block", block, "rw-", "");
    free(block);
    return right ? 0 : 1;
}
