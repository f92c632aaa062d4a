# 08-bf-jit exercise 2: OP_TOUCH reads its cell, so the JIT catches a move off the tape and back.
# shellcheck source=../../../tests/exercise-lib.sh
. "$ROOT/tests/exercise-lib.sh"
# shellcheck source=../bfjit-kit.sh
. "$EXERCISE/../bfjit-kit.sh"
build_bfjit jit.c
bf '.<<<<'
expect status_is 70 ./prog --jit prog.bf
expect stderr_matches '^bfjit: prog\.bf:1:2: runtime error: moved off the left end' ./prog --jit prog.bf
{ printf '+'; printf '>%.0s' $(seq 30000); printf '<%.0s' $(seq 30000); printf '.'; } > there.bf
expect status_is 70 ./prog --jit there.bf
expect stdout_is $'Hello World!\n' ./prog --jit "$CHAPTER_DIR/progs/hello.bf"
expect stdout_matches ' 0 disagreements$' ./prog --fuzz 300
