# 10 exercise 2: sleb128 gives DWARF's bytes for every number of the harness.
. "$ROOT/tests/exercise-lib.sh"
build exercises/2-leb128/leb-test.c
limited ./prog > out 2>&1 || { grep -m1 . out || echo "the harness failed"; exit 1; }
