# check.sh (exercise 3-sib): mov r64, qword [base + index*scale + disp] with
# the learner's ModRM and SIB must give nasm's bytes for every base, index,
# scale and displacement.
. "$ROOT/tests/exercise-lib.sh"
. "$EXERCISE/../against-nasm.sh"
build exercises/record.c exercises/3-sib/harness.c
expect agrees_with_nasm
