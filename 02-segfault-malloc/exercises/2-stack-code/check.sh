# 02/2-stack-code: the code sits on the stack: the fault is SEGV_ACCERR, and
# the mapping that holds the buffer is [stack], rw-p (no x).
. "$ROOT/tests/exercise-lib.sh"
asm_bytes "$CHAPTER_DIR/return_one.asm" return_one.inc
# Built without sanitizers whatever CFLAGS says: AddressSanitizer may move a
# local array off the real stack, and this exercise is about the real one.
CFLAGS="-O2 -g" build
expect stdout_matches '^si_code SEGV_ACCERR$' ./prog
expect stdout_matches '^mapping rw-p \[stack\]$' ./prog
expect status_is 0 ./prog
