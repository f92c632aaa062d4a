# 01 exercise 2: pages_spanned gives the right count for every case of the harness.
. "$ROOT/tests/exercise-lib.sh"
build exercises/2-pages-spanned/pages-test.c
limited ./prog > out 2>&1 || { grep -m1 . out || echo "the harness failed"; exit 1; }
