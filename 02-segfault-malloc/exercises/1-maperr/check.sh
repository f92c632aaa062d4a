# 02/1-maperr: the call faults with SEGV_MAPERR, P=0 (no page), I=1 (a fetch).
. "$ROOT/tests/exercise-lib.sh"
asm_bytes "$CHAPTER_DIR/return_one.asm" return_one.inc
# clang 17+'s -fsanitize=function (part of -fsanitize=undefined) reads the 8
# bytes before every function called through a pointer, on a page JIT'd code
# may not have: off for the learner's code, as chapter 04 explains.
if [[ ${CFLAGS:-} == *sanitize=* ]] && $CC -fno-sanitize=function -E -x c /dev/null > /dev/null 2>&1; then
    CFLAGS="$CFLAGS -fno-sanitize=function"
fi
build
expect stdout_matches '^si_code SEGV_MAPERR$' ./prog
expect stdout_matches '^P=0 I=1$' ./prog
expect status_is 0 ./prog
