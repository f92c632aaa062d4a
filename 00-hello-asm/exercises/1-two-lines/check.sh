# 00 exercise 1: the program prints "hello world :)" then "bye :)", and exits 0.
. "$ROOT/tests/exercise-lib.sh"
build
expect stdout_is $'hello world :)\nbye :)\n' ./prog
expect status_is 0 ./prog
