# 10 exercise 3: name_ranges cuts the code at loop boundaries and names each piece after its innermost loop.
. "$ROOT/tests/exercise-lib.sh"
build exercises/3-loop-names/names-test.c
limited ./prog > out 2>&1 || { grep -m1 . out || echo "the harness failed"; exit 1; }
