# 00 exercise 2: exit 0 when the write worked, 74 when stdout is full or closed.
. "$ROOT/tests/exercise-lib.sh"
build
expect stdout_is $'hello world :)\n' ./prog
expect status_is 0 ./prog
expect status_is 74 sh -c './prog > /dev/full'
expect status_is 74 sh -c './prog >&-'
