# 03/2-second-function: both functions run, the first still runs after the
# second was added, and the page is never writable and executable at once.
. "$ROOT/tests/exercise-lib.sh"
asm_bytes "$CHAPTER_DIR/return_one.asm" return_one.inc
asm_bytes "$EXERCISE/return_two.asm" return_two.inc
# clang 17+'s -fsanitize=function (part of -fsanitize=undefined) reads the 8
# bytes before every function called through a pointer, on a page JIT'd code
# may not have: off for the learner's code, as chapter 04 explains.
if [[ ${CFLAGS:-} == *sanitize=* ]] && $CC -fno-sanitize=function -E -x c /dev/null > /dev/null 2>&1; then
    CFLAGS="$CFLAGS -fno-sanitize=function"
fi
build
expect status_is 0 ./prog
expect stdout_matches '^second returned 2$' ./prog
expect stdout_matches '^first again returned 1$' ./prog
expect stdout_lacks '^[a-z]+ +[r-]wx' ./prog
