# 04-args exercise 4's check: assemble the learner's twice and the two
# instruments beside this file (probe.asm, call_checked.asm), then run
# harness.c: f(f(x)), an aligned stack at each call, callee-saved registers kept.
. "$ROOT/tests/exercise-lib.sh"
asm_bytes "$SRC" code.inc
asm_bytes "$EXERCISE/probe.asm" probe.inc
asm_bytes "$EXERCISE/call_checked.asm" call_checked.inc
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
