# check.sh (exercise 1-movsx): the learner's movsx, for every register, base
# and displacement, must give nasm's bytes, and a byte 0xff must load as -1.
. "$ROOT/tests/exercise-lib.sh"
. "$EXERCISE/../against-nasm.sh"
build exercises/record.c exercises/1-movsx/harness.c
expect agrees_with_nasm
./prog run || exit 1
