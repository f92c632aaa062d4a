/* 01-vm-maps/exercises/1-predict/predict.c: the harness of exercise 1: checks
 * the learner's predictions against /proc/self/maps (lib/helpers.c's maps_find).
 * It says which half of a prediction is wrong, not what the answer is. */
#define _DEFAULT_SOURCE /* readlink */
#include "predict.h"
#include "helpers.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

bool predict(const char *name, const void *addr, const char *perms, const char *where)
{
    char exe[PATH_MAX];
    ssize_t len = readlink("/proc/self/exe", exe, sizeof exe - 1);
    if (len == -1)
        die_errno(EXIT_SOFTWARE, "readlink /proc/self/exe", errno);
    exe[len] = '\0';

    struct mapping m;
    if (!maps_find(addr, &m))
        die(EXIT_SOFTWARE, "%s is in no mapping", name);
    const char *is = strcmp(m.name, exe) == 0 ? "exe" : m.name;
    if (strncmp(m.perms, perms, 3) == 0 && strlen(perms) == 3 && strcmp(is, where) == 0) {
        printf("right: %s: %.3s in \"%s\"\n", name, m.perms, is);
        return true;
    }
    /* Not the answer, only which half is wrong: the hints are there for the rest. */
    bool perms_right = strncmp(m.perms, perms, 3) == 0 && strlen(perms) == 3;
    printf("wrong: %s: not %s in \"%s\" (%s)\n", name, perms, where,
           perms_right ? "the permissions are right, the place is not"
           : strcmp(is, where) == 0 ? "the place is right, the permissions are not"
           : "neither is right");
    return false;
}
