# 03/1-seal-it: after the mprotect the page is r-xp (readable, executable,
# not writable), and the code returns 1.
. "$ROOT/tests/exercise-lib.sh"
asm_bytes "$CHAPTER_DIR/return_one.asm" return_one.inc
# clang 17+'s -fsanitize=function (part of -fsanitize=undefined) reads the 8
# bytes before every function called through a pointer, on a page JIT'd code
# may not have: off for the learner's code, as chapter 04 explains.
if [[ ${CFLAGS:-} == *sanitize=* ]] && $CC -fno-sanitize=function -E -x c /dev/null > /dev/null 2>&1; then
    CFLAGS="$CFLAGS -fno-sanitize=function"
fi
build
expect stdout_matches '^after mmap: +rw-p$' ./prog
expect stdout_matches '^after mprotect: +r-xp$' ./prog
expect stdout_matches '^returned 1$' ./prog
expect status_is 0 ./prog
