#!/usr/bin/env bash
# bench.sh [PROGRAM.bf ...]: time bfjit's ways of running a Brainfuck program
# against each other and against the program translated to C and compiled
# with cc -O2 (gcc and clang, whichever are installed). Every time is the
# median of RUNS runs (default 5; the naive interpreter, which is slow, gets
# at most 3), wall clock, compile time included. With no program, times the
# chapter's own workloads in bench/.
#   OPTS=1 ./bench.sh PROG.bf    also times the JIT with each optimisation off
set -u
cd "$(dirname "$0")" || exit 70
RUNS=${RUNS:-5}
progs=("$@")
[ ${#progs[@]} -gt 0 ] || progs=(bench/*.bf)
tmp=$(mktemp -d) || exit 70
trap 'rm -rf "$tmp"' EXIT

# median_time N CMD...: run CMD N times (stdout to $tmp/out), print the median seconds.
median_time() {
    local n=$1 i start end; shift
    for ((i = 0; i < n; i++)); do
        start=$(date +%s%N)
        "$@" < /dev/null > "$tmp/out" || { echo "bench: '$*' failed" >&2; exit 70; }
        end=$(date +%s%N)
        echo $(((end - start) / 1000))
    done | sort -n | awk '{ t[NR] = $1 } END { printf "%.3f", t[int((NR + 1) / 2)] / 1e6 }'
}

# same_output NAME: the last run printed what the JIT printed.
same_output() {
    cmp -s "$tmp/out" "$tmp/jit.out" || { echo "bench: $1 printed something else than the JIT" >&2; exit 70; }
}

compilers=()
for cc in gcc clang; do command -v "$cc" > /dev/null && compilers+=("$cc"); done

echo "bench: median of $RUNS runs (naive: $(( RUNS < 3 ? RUNS : 3 ))), wall-clock seconds, ratio to the JIT"
for prog in "${progs[@]}"; do
    [ -r "$prog" ] || { echo "bench: cannot read $prog" >&2; exit 66; }
    name=$(basename "$prog")
    ./bfjit "$prog" < /dev/null > "$tmp/jit.out" || exit 70
    jit=$(median_time "$RUNS" ./bfjit "$prog"); same_output "the JIT"
    interp=$(median_time "$RUNS" ./bfjit --interp "$prog"); same_output "the interpreter"
    naive=$(median_time $(( RUNS < 3 ? RUNS : 3 )) ./bfjit --naive "$prog"); same_output "the naive interpreter"
    ./bfjit --emit-c "$prog" > "$tmp/prog.c"
    rows=("naive interpreter:$naive" "IR interpreter:$interp" "JIT:$jit")
    for cc in "${compilers[@]}"; do
        "$cc" -O2 -w -o "$tmp/prog-$cc" "$tmp/prog.c" || exit 70
        t=$(median_time "$RUNS" "$tmp/prog-$cc"); same_output "the C translation ($cc)"
        rows+=("C translation, $cc -O2:$t")
    done
    stats=$(./bfjit --stats "$prog" 2>&1 > /dev/null < /dev/null)
    echo
    echo "== $name: $(printf '%s\n' "$stats" | sed -n 's/^bfjit: \([0-9]*\) commands -> \([0-9]*\) IR ops.*/\1 commands, \2 IR ops/p'), $(printf '%s\n' "$stats" | sed -n 's/^bfjit: \([0-9]*\) bytes of machine code, compiled in \([0-9.]*\) ms.*/\1 bytes of code, compiled in \2 ms/p')"
    for row in "${rows[@]}"; do
        awk -v label="${row%%:*}" -v t="${row##*:}" -v jit="$jit" \
            'BEGIN { printf "  %-28s %8.3f s  %7.2f x the JIT\n", label, t, (jit > 0 ? t / jit : 0) }'
    done

    if [ -n "${OPTS:-}" ]; then
        echo "  the JIT with one optimisation off (and with none):"
        for off in fold offset clear scan mul carry all; do
            t=$(median_time "$RUNS" ./bfjit --no-opt="$off" "$prog"); same_output "--no-opt=$off"
            ops=$(./bfjit --no-opt="$off" --stats "$prog" 2>&1 > /dev/null < /dev/null | sed -n 's/.*-> \([0-9]*\) IR ops.*/\1/p')
            awk -v label="--no-opt=$off" -v t="$t" -v jit="$jit" -v ops="$ops" \
                'BEGIN { printf "  %-28s %8.3f s  %7.2f x the JIT  (%s IR ops)\n", label, t, t / jit, ops }'
        done
    fi
done
