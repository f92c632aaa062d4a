# 08-bf-jit exercise 1: ',' at end of input stores 0, in both modes, every time.
# shellcheck source=../../../tests/exercise-lib.sh
. "$ROOT/tests/exercise-lib.sh"
# shellcheck source=../bfjit-kit.sh
. "$EXERCISE/../bfjit-kit.sh"
build_bfjit runtime.c
bf ',.,.,.'
for mode in --jit --interp; do
    limited ./prog "$mode" prog.bf < <(printf a) > out 2> err || { echo "bfjit $mode exited with status $?: $(head -1 err)"; exit 1; }
    got=$(od -An -tx1 out | xargs)
    [ "$got" = '61 00 00' ] || { echo "with input \"a\", ,.,.,. prints the bytes $got ($mode), not 61 00 00 ('a', 0, 0)"; exit 1; }
done
cp "$CHAPTER_DIR/progs/echo.bf" echo.bf
# shellcheck disable=SC2016  # $1 is sh -c's
expect stdout_is $'hello\n' sh -c './prog echo.bf < "$1"' sh "$CHAPTER_DIR/progs/echo.in"
