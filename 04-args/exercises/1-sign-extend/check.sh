# 04-args exercise 1's check: assemble the learner's add32s, run it from
# harness.c on every pair of edge values, compare with C's sign-extended sum.
. "$ROOT/tests/exercise-lib.sh"
asm_bytes "$SRC" code.inc
SRC="$EXERCISE/harness.c" build
limited ./prog > out 2>&1
status=$?
[ "$status" -eq 0 ] && exit 0
if [ "$status" -gt 128 ]; then
    echo "the JIT'd code crashed the harness: killed by SIG$(kill -l "$((status - 128))")"
else
    grep -m1 . out || echo "the harness exits $status"
fi
exit 1
