#!/usr/bin/env bash
# bench.sh [PROGRAM.bf ...]: time bfjit's ways of running a Brainfuck program
# against each other and against the program translated to C and compiled
# with cc -O2 (gcc and clang, whichever are installed). Every time is the
# median of RUNS runs (default 5; the naive interpreter, which is slow, gets
# at most 3), in CPU seconds, compile time included. With no program, times the
# chapter's own workloads in bench/.
#   OPTS=1 ./bench.sh PROG.bf    also times the JIT with the optimisations
#                                turned on one at a time (make bench-opts)
set -u
cd "$(dirname "$0")" || exit 70
RUNS=${RUNS:-5}
progs=("$@")
[ ${#progs[@]} -gt 0 ] || progs=(bench/*.bf)
tmp=$(mktemp -d) || exit 70
trap 'rm -rf "$tmp"' EXIT

# median_time N CMD...: run CMD N times (stdout to $tmp/out), print the median
# CPU time (user + system) in seconds. CPU time rather than wall-clock time,
# because on a shared machine the wall clock also counts the time other
# processes had the CPU.
median_time() {
    local n=$1 i; shift
    for ((i = 0; i < n; i++)); do
        { TIMEFORMAT='%3U %3S'; time "$@" < /dev/null > "$tmp/out" 2> /dev/null; } 2> "$tmp/time" ||
            { echo "bench: '$*' failed" >&2; exit 70; }
        awk '{ printf "%d\n", ($1 + $2) * 1000 + 0.5 }' "$tmp/time"
    done | sort -n | awk '{ t[NR] = $1 } END { printf "%.3f", t[int((NR + 1) / 2)] / 1e3 }'
}

# same_output NAME: the last run printed what the JIT printed.
same_output() {
    cmp -s "$tmp/out" "$tmp/jit.out" || { echo "bench: $1 printed something else than the JIT" >&2; exit 70; }
}

compilers=()
for cc in gcc clang; do command -v "$cc" > /dev/null && compilers+=("$cc"); done

echo "bench: median of $RUNS runs (naive: $(( RUNS < 3 ? RUNS : 3 ))), CPU seconds (user + system), ratio to the JIT"
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
        echo "  the JIT, turning the optimisations on one by one:"
        prev=""
        for step in "none:all" "fold:offset,clear,scan,mul,carry,branchless" \
                    "+ offset:clear,scan,mul,carry,branchless" "+ clear:scan,mul,carry,branchless" \
                    "+ scan:mul,carry,branchless" "+ mul:carry,branchless" "+ carry:branchless" "+ branchless:"; do
            label=${step%%:*} off=${step#*:}
            args=(); [ -n "$off" ] && args=(--no-opt="$off")
            t=$(median_time "$RUNS" ./bfjit "${args[@]}" "$prog"); same_output "the JIT with only ${label}"
            ops=$(./bfjit "${args[@]}" --stats "$prog" 2>&1 > /dev/null < /dev/null | sed -n 's/.*-> \([0-9]*\) IR ops.*/\1/p')
            awk -v label="$label" -v t="$t" -v prev="$prev" -v ops="$ops" \
                'BEGIN { printf "  %-28s %8.3f s  %6s IR ops", label, t, ops
                         if (prev != "") printf "  %5.2f x faster than the row above", prev / t
                         printf "\n" }'
            prev=$t
        done
    fi
done
