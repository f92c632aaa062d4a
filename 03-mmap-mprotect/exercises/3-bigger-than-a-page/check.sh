# 03/3-bigger-than-a-page: 5006 bytes of code over two pages run to the end
# and return 1.
. "$ROOT/tests/exercise-lib.sh"
asm_bytes "$EXERCISE/big.asm" big.inc
# clang 17+'s -fsanitize=function (part of -fsanitize=undefined) reads the 8
# bytes before every function called through a pointer, on a page JIT'd code
# may not have: off for the learner's code, as chapter 04 explains.
if [[ ${CFLAGS:-} == *sanitize=* ]] && $CC -fno-sanitize=function -E -x c /dev/null > /dev/null 2>&1; then
    CFLAGS="$CFLAGS -fno-sanitize=function"
fi
build
expect status_is 0 ./prog
expect stdout_matches '^5006 bytes of code in [0-9]+ pages; returned 1$' ./prog
