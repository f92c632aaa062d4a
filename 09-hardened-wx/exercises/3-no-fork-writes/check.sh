# 09-hardened-wx exercise 3: the child cannot write the parent's code; the parent still can.
. "$ROOT/tests/exercise-lib.sh"
build
expect status_is 0 ./prog
expect stdout_is $'child: killed by SIGSEGV\nparent: returned 1\nparent, after its own patch: returned 2\n' ./prog
