# 08-bf-jit/exercises/bfjit-kit.sh: sourced by each exercise's check.sh (after
# tests/exercise-lib.sh). Each exercise edits one of bfjit's files; this
# builds bfjit with the learner's file in its place.

# build_bfjit FILE [EXTRA...]: build ./prog from the chapter's sources, with
# $SRC instead of FILE (EXTRA: more files, as for build).
build_bfjit() {
    local replaced=$1 srcs=() f
    shift
    # jit.c includes chapter 07's emit.h, bfjit.c chapter 10's bfdebug.h;
    # the learner's copy lives elsewhere.
    ln -sf "$CHAPTER_DIR/../07-emitter/emit.h" emit.h
    ln -sf "$CHAPTER_DIR/../10-debug-jit/bfdebug.h" bfdebug.h
    ln -sf "$CHAPTER_DIR/../10-debug-jit/jitdebug.h" jitdebug.h
    for f in bfjit.c cli.c tools.c ir.c carry.c prune.c interp.c jit.c jitrun.c runtime.c emitc.c fuzz.c; do
        [ "$f" = "$replaced" ] || srcs+=("$f")
    done
    # The files the learner does not edit are compiled once, for all three of
    # 08's exercises (cached_object): they include nothing from an exercise.
    local objs=() o EXERCISE_CACHE=${EXERCISE_CACHE:+${EXERCISE_CACHE%/*}/bfjit-kit}
    for f in "${srcs[@]}" ../07-emitter/emit.c ../10-debug-jit/jitdebug.c ../10-debug-jit/bfdebug.c; do
        o=$(cached_object "$CHAPTER_DIR/$f") || exit 1
        objs+=("$o")
    done
    build "${objs[@]}" abi.asm "$@"
}

# bf TEXT: write TEXT to prog.bf (the Brainfuck program a check runs).
bf() { printf '%s' "$1" > prog.bf; }
