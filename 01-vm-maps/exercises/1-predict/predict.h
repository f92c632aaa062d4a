/* 01-vm-maps/exercises/1-predict/predict.h: the harness of exercise 1 (not to edit). */
#ifndef PREDICT_H
#define PREDICT_H
#include <stdbool.h>

/* predict: compare a prediction for the thing called name, at addr, with the
 * mapping that holds it now (/proc/self/maps). perms: "r--", "rw-" or "r-x";
 * where: "exe" (this program's own file), "[heap]", "[stack]", or "" for
 * anonymous memory (no file). Prints "right: NAME" or "wrong: NAME: ..." and
 * returns whether the prediction was right. */
bool predict(const char *name, const void *addr, const char *perms, const char *where);

#endif
