# 02/3-mprotect-the-heap: the call returns 1, and free and malloc work after.
. "$ROOT/tests/exercise-lib.sh"
asm_bytes "$CHAPTER_DIR/return_one.asm" return_one.inc
# clang 17+'s -fsanitize=function (part of -fsanitize=undefined) reads the 8
# bytes before every function called through a pointer, on a page JIT'd code
# may not have: off for the learner's code, as chapter 04 explains.
if [[ ${CFLAGS:-} == *sanitize=* ]] && $CC -fno-sanitize=function -E -x c /dev/null > /dev/null 2>&1; then
    CFLAGS="$CFLAGS -fno-sanitize=function"
fi
build
expect status_is 0 ./prog
expect stdout_is $'returned 1\nfree and malloc work again\n' ./prog
