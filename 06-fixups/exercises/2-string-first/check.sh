# 06-fixups exercise 2: the string laid out before the code, and the code still finds it.
# shellcheck source=../../../tests/exercise-lib.sh
. "$ROOT/tests/exercise-lib.sh"
for piece in head lea_rdx tail; do asm_bytes "$CHAPTER_DIR/$piece.asm" "$piece.inc"; done
build
msg=$'hello from before the code\n'
limited ./prog > out 2> err
status=$?
[ -s buffer.bin ] || { echo "no buffer.bin: keep the kit_dump line (exit status $status: $(head -1 err))"; exit 1; }
printf '%s' "$msg" > want.bin
cmp -s -n ${#msg} buffer.bin want.bin || { echo "buffer.bin starts with $(od -An -tx1 -N8 buffer.bin | xargs), not the string"; exit 1; }
[ "$status" -eq 0 ] || { echo "the program exited with status $status: $(head -1 err)"; exit 1; }
ret=$(sed -n 's/^write returned //p' err)
[ "$ret" = ${#msg} ] || { echo "write returned ${ret:-nothing}, not ${#msg}"; exit 1; }
expect stdout_is "$msg" ./prog
