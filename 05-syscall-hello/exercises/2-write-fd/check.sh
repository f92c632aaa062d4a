# 05-syscall-hello exercise 2: jit_write_fd writes to the fd it is given.
# shellcheck source=../../../tests/exercise-lib.sh
. "$ROOT/tests/exercise-lib.sh"
asm_bytes "$SRC" snippet.inc
SRC=$EXERCISE/harness.c build
limited ./prog > out 2> err 5> file
ret=$(grep '^returned' out)
[ "$(cat err)" = "to fd 2" ] || { echo "fd 2 (stderr) got '$(show "$(cat err)")', expected 'to fd 2' (and jit_write_fd $ret)"; exit 1; }
[ "$(cat file)" = "to fd 5" ] || { echo "fd 5 (a file) got '$(show "$(cat file)")', expected 'to fd 5'"; exit 1; }
[ "$ret" = "returned 8 and 8" ] || { echo "the two calls ${ret:-returned nothing}, expected 'returned 8 and 8'"; exit 1; }
