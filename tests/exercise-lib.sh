# tests/exercise-lib.sh: what an exercise's check.sh sources (bash). It gives
# the assertions of tests/lib.sh, plus:
#   build [EXTRA...]   build the file under judgement ($SRC) into ./prog:
#                      a .c file with the chapter's compiler and flags and
#                      lib/helpers.c (EXTRA: more .c files or .o/.asm objects,
#                      relative to the chapter's folder); a .asm file with
#                      nasm and ld (a whole program, as in chapter 00).
#                      On a compiler error it prints the first error line and
#                      stops the check (exit 1).
#   cached_object FILE.c
#                      an object for a source the learner does not edit,
#                      compiled once per exercise and run (EXERCISE_CACHE)
#   asm_bytes FILE.asm OUT.inc
#                      the bytes tools/asm2bytes gives for FILE (relative to
#                      the current folder, or absolute), as a C initializer in
#                      OUT.inc, for a harness that does #include "OUT.inc".
#   expect ASSERTION [ARGS...]
#                      run one tests/lib.sh assertion (stdout_is, status_is,
#                      ...); if it fails, print its reason and stop (exit 1).
#
# A check.sh runs in a scratch folder (its current directory) with:
#   SRC          the absolute path of the file to judge (the learner's
#                exercise.c, or the starter, the solution, the near miss)
#   EXERCISE     the exercise's folder (hints.txt, solution, any harness file)
#   CHAPTER_DIR  the chapter's folder;  ROOT  the workbook's root
# It exits 0 when the exercise is solved; otherwise it prints one line that
# says what is still wrong and exits 1. Checks run the learner's code and look
# at what it does, never at its text.

# shellcheck source=tests/lib.sh
. "$ROOT/tests/lib.sh"
CC=${CC:-cc}

# first_error: the first line of a compiler's or assembler's output that names an error.
first_error() {
    local line
    line=$(grep -m1 -iE 'error|undefined reference' "$1" || head -1 "$1")
    line=${line//"$CHAPTER_DIR"\//}
    printf '%s\n' "${line//"$PWD"\//}"
}

# cc_exercise ARGS...: the compiler, with the flags every exercise is built with.
cc_exercise() {
    # shellcheck disable=SC2086  # CFLAGS is words
    $CC -std=c11 -Wall -Wextra -Werror ${CFLAGS:--O2 -g} -I"$ROOT/lib" -I"$CHAPTER_DIR" -I"$EXERCISE" -I. "$@"
}

# cached_object FILE.c: an object file for FILE, a source the learner does not
# edit, compiled once per run of tests/exercises and exercise (EXERCISE_CACHE)
# and reused by the starter, the solution and the near miss. Prints its path;
# on a compiler error, the first error line, and the check stops.
cached_object() {
    local dir=${EXERCISE_CACHE:-.} obj
    obj="$dir/$(printf '%s\n' "$1" | cksum | cut -d' ' -f1)-$(basename "$1" .c).o"
    if [ ! -f "$obj" ]; then
        mkdir -p "$dir" || exit 1
        if ! cc_exercise -c -o "$obj.$$" "$1" > build.log 2>&1; then
            echo "does not compile: $(first_error build.log)" >&2; exit 1
        fi
        mv "$obj.$$" "$obj" || exit 1
    fi
    printf '%s\n' "$obj"
}

# shellcheck disable=SC2120  # EXTRA is optional: most checks call plain "build"
build() {
    local extra=() f
    for f in "$@"; do
        case $f in /*) extra+=("$f") ;; *) extra+=("$CHAPTER_DIR/$f") ;; esac
    done
    case $SRC in
        *.asm)
            if ! nasm -f elf64 -o prog.o "$SRC" > build.log 2>&1 || ! ld -o prog prog.o >> build.log 2>&1; then
                echo "does not assemble: $(first_error build.log)"; exit 1
            fi ;;
        *.c)
            local objs=() srcs=()
            for f in "${extra[@]}"; do
                case $f in
                    *.asm) nasm -f elf64 -o "$(basename "$f" .asm).o" "$f" > build.log 2>&1 \
                               || { echo "does not assemble: $(first_error build.log)"; exit 1; }
                           objs+=("$(basename "$f" .asm).o") ;;
                    *) srcs+=("$f") ;;
                esac
            done
            local helpers
            helpers=$(cached_object "$ROOT/lib/helpers.c") || exit 1
            if ! cc_exercise -o prog "$SRC" "${srcs[@]}" "$helpers" "${objs[@]}" > build.log 2>&1; then
                echo "does not compile: $(first_error build.log)"; exit 1
            fi ;;
        *) echo "tests/exercise-lib.sh: build: cannot build $SRC (expected .c or .asm)"; exit 1 ;;
    esac
}

asm_bytes() {
    "$ROOT/tools/asm2bytes" "$1" > "$2" 2> build.log || { echo "does not assemble: $(first_error build.log)"; exit 1; }
}

expect() {
    local why
    why=$("$@" 2>&1) && return 0
    printf '%s\n' "$why" | grep -m1 . || echo "$1 failed"
    exit 1
}
