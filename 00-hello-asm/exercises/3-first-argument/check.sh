# 00 exercise 3: print argv[1] and a newline, or "hello world :)" with no argument.
. "$ROOT/tests/exercise-lib.sh"
build
expect stdout_is $'hello world :)\n' ./prog
expect stdout_is $'abc\n' ./prog abc
expect stdout_is $'two words\n' ./prog 'two words'
expect stdout_is $'\n' ./prog ''
expect status_is 0 ./prog abc
