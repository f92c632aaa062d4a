# 05-syscall-hello exercise 1: jit_write with its moves in a working order.
# shellcheck source=../../../tests/exercise-lib.sh
. "$ROOT/tests/exercise-lib.sh"
asm_bytes "$SRC" snippet.inc
SRC=$EXERCISE/harness.c build
limited ./prog > out 2> err
ret=$(sed -n 's/^returned //p' err)
[ "$ret" = 10 ] || { printf 'jit_write("some text\\n", 10) returned %s, not 10\n' "${ret:-nothing}"; exit 1; }
expect stdout_is $'some text\n' ./prog
