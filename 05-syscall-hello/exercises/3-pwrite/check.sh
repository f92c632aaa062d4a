# 05-syscall-hello exercise 3: jit_pwrite passes its 4th argument in r10.
# shellcheck source=../../../tests/exercise-lib.sh
. "$ROOT/tests/exercise-lib.sh"
asm_bytes "$SRC" snippet.inc
SRC=$EXERCISE/harness.c build
printf 'xxxxxxxxxx' > file
limited ./prog > out 2> err 5<> file
[ "$(cat out)" = "returned 2" ] || { echo "jit_pwrite(fd, \"AB\", 2, 4) $(head -1 out; head -1 err), expected 'returned 2'"; exit 1; }
[ "$(cat file)" = "xxxxABxxxx" ] || { echo "the file holds '$(show "$(cat file)")', expected 'xxxxABxxxx' (AB at offset 4)"; exit 1; }
