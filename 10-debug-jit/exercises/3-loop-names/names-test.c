/* 10-debug-jit/exercises/3-loop-names/names-test.c: the harness of exercise
 * 3: runs the learner's name_ranges on a few loop layouts and compares the
 * pieces with the expected ones; names the first difference (exit 1). */
#include "names.h"

#include <stdio.h>
#include <string.h>

typedef struct Case {
    const char *what;
    uint32_t len;
    size_t nloops;
    Loop loops[4];
    const char *want;     /* "start-end name;" for each piece */
} Case;

int main(void)
{
    static const Case cases[] = {
        { "no loop", 100, 0, { { 0 } }, "0-100 bf_main;" },
        { "one loop", 100, 1, { { 10, 30, 1, 3 } }, "0-10 bf_main;10-30 bf_loop_1_3;30-100 bf_main;" },
        { "a loop in a loop", 100, 2, { { 10, 80, 2, 1 }, { 20, 40, 2, 5 } },
          "0-10 bf_main;10-20 bf_loop_2_1;20-40 bf_loop_2_5;40-80 bf_loop_2_1;80-100 bf_main;" },
        { "two loops side by side in a loop", 100, 3, { { 0, 100, 1, 1 }, { 10, 20, 1, 4 }, { 20, 30, 1, 9 } },
          "0-10 bf_loop_1_1;10-20 bf_loop_1_4;20-30 bf_loop_1_9;30-100 bf_loop_1_1;" },
        { "three deep, ending together", 60, 3, { { 5, 60, 3, 2 }, { 10, 60, 3, 3 }, { 20, 50, 4, 1 } },
          "0-5 bf_main;5-10 bf_loop_3_2;10-20 bf_loop_3_3;20-50 bf_loop_4_1;50-60 bf_loop_3_3;" },
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        Named out[16];
        memset(out, 0, sizeof out);
        size_t n = name_ranges(cases[i].loops, cases[i].nloops, cases[i].len, out);
        char got[512] = "";
        for (size_t k = 0; k < n && k < 16; k++) {
            char piece[64];
            snprintf(piece, sizeof piece, "%u-%u %.40s;", out[k].start, out[k].end, out[k].name);
            strncat(got, piece, sizeof got - strlen(got) - 1);
        }
        if (strcmp(got, cases[i].want) != 0) {
            printf("%s: the pieces are '%s', expected '%s'\n", cases[i].what, got, cases[i].want);
            return 1;
        }
    }
    return 0;
}
