# check.sh (exercise 2-modrm): mov r64, qword [base + disp] with the
# learner's ModRM must give nasm's bytes for every register, base and displacement.
. "$ROOT/tests/exercise-lib.sh"
. "$EXERCISE/../against-nasm.sh"
build exercises/record.c exercises/2-modrm/harness.c
expect agrees_with_nasm
