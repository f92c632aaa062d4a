# 01 exercise 3: find_mapping agrees with /proc/self/maps on every address the harness asks about.
. "$ROOT/tests/exercise-lib.sh"
build exercises/3-find-mapping/find-test.c
limited ./prog > out 2>&1 || { grep -m1 . out || echo "the harness failed"; exit 1; }
