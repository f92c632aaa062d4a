# 10 exercise 1: perf_map_line writes each line the way perf reads it.
. "$ROOT/tests/exercise-lib.sh"
build exercises/1-perf-map-line/mapline-test.c
limited ./prog > out 2>&1 || { grep -m1 . out || echo "the harness failed"; exit 1; }
