# 08-bf-jit exercise 3: the interpreter's scans of step 1 call memchr/memrchr, with the same results and errors.
# shellcheck source=../../../tests/exercise-lib.sh
. "$ROOT/tests/exercise-lib.sh"
# shellcheck source=../bfjit-kit.sh
. "$EXERCISE/../bfjit-kit.sh"
CFLAGS="${CFLAGS:--O2 -g} -Wl,--wrap=memchr -Wl,--wrap=memrchr"
build_bfjit interp.c "$EXERCISE/count-calls.c"
# A scan that starts on a 0 does not move: cell 1 is 0, so [>] stays, and < prints cell 0.
bf '+>[>]<.'
expect stdout_is $'\001' ./prog --interp prog.bf
# 100 cells of 1, then a scan left to cell 0, and a scan right to cell 101.
bf ">$(printf '+>%.0s' $(seq 100))<[<]>.[>]<<."
expect stdout_is $'\001\001' ./prog --interp prog.bf
SCAN_CALLS=1 limited ./prog --interp prog.bf > out 2> err
n=$(sed -n 's/^scan calls: //p' err)
[ "${n:-0}" -gt 0 ] || { echo "the interpreter's scans never called memchr or memrchr"; exit 1; }
# Off the left end: the scan's < (column 7) is the command that left the tape.
bf '+>+>+[<]'
expect status_is 70 ./prog --interp prog.bf
expect stderr_matches '^bfjit: prog\.bf:1:7: runtime error: moved off the left end' ./prog --interp prog.bf
expect stdout_matches ' 0 disagreements$' ./prog --fuzz 300
