# 06-fixups exercise 3: a fixup with an immediate after the displacement.
# shellcheck source=../../../tests/exercise-lib.sh
. "$ROOT/tests/exercise-lib.sh"
for piece in cmp rest; do asm_bytes "$EXERCISE/$piece.asm" "$piece.inc"; done
build
for text in hello jello hhx; do
    case $text in h*) want=1 ;; *) want=0 ;; esac
    got=$(limited ./prog "$text" 2> err)
    status=$?
    [ "$status" -eq 0 ] || { echo "./prog $text exited with status $status: $(head -1 err)"; exit 1; }
    [ "$got" = "$want" ] || { echo "./prog $text printed '$got', expected $want: the cmp looked at the wrong byte"; exit 1; }
done
