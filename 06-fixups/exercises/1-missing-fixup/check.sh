# 06-fixups exercise 1: the lea rsi gets its fixup, and write sends the string alone.
# shellcheck source=../../../tests/exercise-lib.sh
. "$ROOT/tests/exercise-lib.sh"
for piece in head lea_rdx tail; do asm_bytes "$CHAPTER_DIR/$piece.asm" "$piece.inc"; done
build
limited ./prog > out 2> err
status=$?
[ "$status" -eq 0 ] || { echo "the program exited with status $status: $(head -1 err)"; exit 1; }
ret=$(sed -n 's/^write returned //p' err)
[ "$ret" = 25 ] || { echo "write returned ${ret:-nothing}, not 25"; exit 1; }
expect stdout_is $'hello from after the ret\n' ./prog
