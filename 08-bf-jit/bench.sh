#!/usr/bin/env bash
# bench.sh [PROGRAM.bf ...]: the JIT against the same program translated to C
# (--emit-c) and compiled with gcc -O2 and clang -O2, whichever are installed.
# With no program, runs the corpus in bench/. For each program it prints
#   - CPU time (user + system), the median of RUNS runs (default 5), the JIT
#     and the compiled programs run in turn (interleaved), so that a slow
#     moment of this shared machine hits all of them alike; the JIT's time
#     includes its compile time, the C programs' does not;
#   - where valgrind is installed, instructions (callgrind, the whole process
#     from exec to exit): exact and the same on every run;
#   - compile times apart: the JIT's (--stats, parse to executable code) and
#     the C compilers'.
# A ratio is the best C program's figure over the JIT's: above 1, the JIT wins.
# Then the JIT's compile time for the largest program, 1, 10 and 100 times
# over (wrapped in a loop that does not run, so only the compile counts).
#   OPTS=1 ./bench.sh PROG.bf   the JIT with the optimisations turned on one at
#                               a time, then each of the newest alone off
#                               (make bench-opts)
#   INTERP=1 ./bench.sh ...     also the IR and the naive interpreter
set -u
cd "$(dirname "$0")" || exit 70
RUNS=${RUNS:-5}
progs=("$@")
[ ${#progs[@]} -gt 0 ] || progs=(bench/*.bf)
tmp=$(mktemp -d) || exit 70
trap 'rm -rf "$tmp"' EXIT

# cpu_ms CMD...: run CMD once (stdout to $tmp/out), print its CPU time in ms.
# CPU time rather than wall-clock time: on a shared machine the wall clock
# also counts the time other processes had the CPU.
cpu_ms() {
    { TIMEFORMAT='%3U %3S'; time "$@" < /dev/null > "$tmp/out" 2> /dev/null; } 2> "$tmp/time" ||
        { echo "bench: '$*' failed" >&2; exit 70; }
    awk '{ printf "%d\n", ($1 + $2) * 1000 + 0.5 }' "$tmp/time"
}

# median: the median of the numbers on stdin.
median() { sort -n | awk '{ t[NR] = $1 } END { print t[int((NR + 1) / 2)] }'; }

# same_output NAME: the last run printed what the JIT printed.
same_output() {
    cmp -s "$tmp/out" "$tmp/jit.out" || { echo "bench: $1 printed something else than the JIT" >&2; exit 70; }
}

# instructions CMD...: the instructions CMD executes (callgrind), in millions;
# its output must be the JIT's. bfjit runs its JIT under valgrind only when
# told to (BFJIT_VALGRIND_JIT): by default valgrind does not keep every
# register up to date at each memory access, so a fault handler may read an
# old rbx.
# (allregs-at-mem-access: at a fault, the handler sees the registers as the
# real CPU would leave them, for the runs that do touch the edge page.)
instructions() {
    BFJIT_VALGRIND_JIT=1 valgrind --tool=callgrind --callgrind-out-file=/dev/null \
        --vex-iropt-register-updates=allregs-at-mem-access "$@" < /dev/null \
        2> "$tmp/vg" > "$tmp/out" || { echo "bench: valgrind $* failed" >&2; exit 70; }
    same_output "$* under valgrind"
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' "$tmp/vg" | awk '{ printf "%.1f", $1 / 1e6 }'
}

# jit_compile_ms PROG: the JIT's compile time (--stats), median of 3, in ms.
jit_compile_ms() {
    for _ in 1 2 3; do
        ./bfjit --stats "$@" 2>&1 > /dev/null < /dev/null |
            sed -n 's/.*compiled in \([0-9.]*\) ms in all.*/\1/p'
    done | median
}

compilers=()
for cc in gcc clang; do command -v "$cc" > /dev/null && compilers+=("$cc"); done
have_valgrind=0
command -v valgrind > /dev/null && have_valgrind=1

if [ -n "${OPTS:-}" ]; then
    for prog in "${progs[@]}"; do
        [ -r "$prog" ] || { echo "bench: cannot read $prog" >&2; exit 66; }
        ./bfjit "$prog" < /dev/null > "$tmp/jit.out" || exit 70
        echo "== $(basename "$prog"): the JIT, turning the optimisations on one by one (CPU ms, median of $RUNS)"
        prev=""
        later=close,even,copy,once,inline-out
        for step in "none:all" "fold:offset,clear,scan,mul,carry,branchless,dse,$later" \
                    "+ offset:clear,scan,mul,carry,branchless,dse,$later" "+ clear:scan,mul,carry,branchless,dse,$later" \
                    "+ scan:mul,carry,branchless,dse,$later" "+ mul:carry,branchless,dse,$later" \
                    "+ carry:branchless,dse,$later" "+ branchless:dse,$later" "+ dse:$later" "+ close:even,copy,once,inline-out" \
                    "+ even:copy,once,inline-out" "+ copy:once,inline-out" "+ once:inline-out" "+ inline-out (all):" \
                    "all but dse:dse" "all but close:close" "all but even:even" "all but copy:copy" "all but once:once" \
                    "all but inline-out:inline-out"; do
            label=${step%%:*} off=${step#*:}
            args=(); [ -n "$off" ] && args=(--no-opt="$off")
            t=$(for ((r = 0; r < RUNS; r++)); do cpu_ms ./bfjit "${args[@]}" "$prog"; done | median)
            same_output "the JIT with only ${label}"
            ops=$(./bfjit "${args[@]}" --stats "$prog" 2>&1 > /dev/null < /dev/null | sed -n 's/.*-> \([0-9]*\) IR ops.*/\1/p')
            awk -v label="$label" -v t="$t" -v prev="$prev" -v ops="$ops" \
                'BEGIN { printf "  %-16s %7d ms  %6s IR ops", label, t, ops
                         if (prev != "" && t > 0) printf "  %6.2f x faster than the row above", prev / t
                         printf "\n" }'
            case $label in "all but"*) ;; *) prev=$t ;; esac
        done
    done
    exit 0
fi

printf 'bench: CPU ms (user + system), median of %s interleaved runs; Minstr: millions of instructions (callgrind)\n' "$RUNS"
printf '| program | commands | JIT ms | gcc ms | clang ms | best C / JIT | JIT Minstr | gcc Minstr | clang Minstr | best C / JIT | JIT compile ms | gcc compile ms | clang compile ms |\n'
printf '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n'
largest="" largest_size=0
for prog in "${progs[@]}"; do
    [ -r "$prog" ] || { echo "bench: cannot read $prog" >&2; exit 66; }
    name=$(basename "$prog" .bf)
    size=$(wc -c < "$prog")
    [ "$size" -gt "$largest_size" ] && { largest=$prog; largest_size=$size; }
    ./bfjit "$prog" < /dev/null > "$tmp/jit.out" || exit 70
    ./bfjit --emit-c "$prog" > "$tmp/prog.c"
    declare -A ccms=() ms=() ins=()
    for cc in "${compilers[@]}"; do
        ccms[$cc]=$(cpu_ms "$cc" -O2 -w -o "$tmp/prog-$cc" "$tmp/prog.c")
        cpu_ms "$tmp/prog-$cc" > /dev/null; same_output "the C translation ($cc)"
    done
    # Interleaved: the JIT, then each C program, RUNS times.
    for ((r = 0; r < RUNS; r++)); do
        echo "jit $(cpu_ms ./bfjit "$prog")"
        for cc in "${compilers[@]}"; do echo "$cc $(cpu_ms "$tmp/prog-$cc")"; done
    done > "$tmp/times"
    for who in jit "${compilers[@]}"; do
        ms[$who]=$(awk -v w="$who" '$1 == w { print $2 }' "$tmp/times" | median)
    done
    for who in jit "${compilers[@]}"; do ins[$who]="-"; done
    if [ "$have_valgrind" = 1 ]; then
        ins[jit]=$(instructions ./bfjit "$prog")
        for cc in "${compilers[@]}"; do ins[$cc]=$(instructions "$tmp/prog-$cc"); done
    fi
    row="| $name | $(./bfjit --stats "$prog" 2>&1 > /dev/null < /dev/null | sed -n 's/^bfjit: \([0-9]*\) commands.*/\1/p')"
    row+=" | ${ms[jit]}"
    best_ms="" best_ins=""
    for cc in gcc clang; do
        row+=" | ${ms[$cc]:--}"
        [ -n "${ms[$cc]:-}" ] && { [ -z "$best_ms" ] || [ "${ms[$cc]}" -lt "$best_ms" ]; } && best_ms=${ms[$cc]}
    done
    row+=" | $(awk -v c="$best_ms" -v j="${ms[jit]}" 'BEGIN { if (c == "" || j == 0) print "-"; else printf "%.2f", c / j }')"
    row+=" | ${ins[jit]}"
    for cc in gcc clang; do
        row+=" | ${ins[$cc]:--}"
        [ "${ins[$cc]:--}" != "-" ] && { [ -z "$best_ins" ] || awk -v a="${ins[$cc]}" -v b="$best_ins" 'BEGIN { exit !(a < b) }'; } && best_ins=${ins[$cc]}
    done
    row+=" | $(awk -v c="$best_ins" -v j="${ins[jit]}" 'BEGIN { if (c == "" || j == "-" || j == 0) print "-"; else printf "%.2f", c / j }')"
    row+=" | $(jit_compile_ms "$prog")"
    for cc in gcc clang; do row+=" | ${ccms[$cc]:--}"; done
    echo "$row |"
    if [ -n "${INTERP:-}" ]; then
        i=$(for ((r = 0; r < RUNS; r++)); do cpu_ms ./bfjit --interp "$prog"; done | median); same_output "the IR interpreter"
        n=$(cpu_ms ./bfjit --naive "$prog"); same_output "the naive interpreter"
        echo "|   ($name: IR interpreter $i ms, naive interpreter $n ms) |"
    fi
    unset ccms ms ins
done

# Compile time against program size: the largest program, k times over, in
# a loop that does not run (cell 0 is 0), so the time is all compile.
if [ -n "$largest" ]; then
    echo
    echo "bench: the JIT's compile time for $(basename "$largest"), k times over (median of 3)"
    for k in 1 10 100; do
        { printf '['; for ((i = 0; i < k; i++)); do cat "$largest"; done; printf ']'; } > "$tmp/big.bf"
        cmds=$(./bfjit --stats "$tmp/big.bf" 2>&1 > /dev/null | sed -n 's/^bfjit: \([0-9]*\) commands.*/\1/p')
        t=$(jit_compile_ms "$tmp/big.bf")
        awk -v k="$k" -v c="$cmds" -v t="$t" \
            'BEGIN { printf "  %3dx: %8d commands  %9.3f ms  %6.1f ns per command\n", k, c, t, t * 1e6 / c }'
    done
fi

# The tape's last page: the largest program with a visit to cell 28700 and
# back in front, against the program alone. The visit sends the JIT'd code to
# the interpreter; the interpreter hands the run back at the next loop head.
if [ -n "$largest" ]; then
    echo
    echo "bench: the tape's last page: $(basename "$largest") with a visit to cell 28700 first, against it alone"
    { printf '>%.0s' $(seq 28700); printf '+'; printf '<%.0s' $(seq 28700); cat "$largest"; } > "$tmp/visit.bf"
    ./bfjit "$largest" < /dev/null > "$tmp/jit.out" || exit 70
    for ((r = 0; r < RUNS; r++)); do
        echo "alone $(cpu_ms ./bfjit "$largest")"; same_output "$(basename "$largest")"
        echo "visit $(cpu_ms ./bfjit "$tmp/visit.bf")"; same_output "$(basename "$largest") after a visit to the edge"
    done > "$tmp/times"
    a=$(awk '$1 == "alone" { print $2 }' "$tmp/times" | median)
    v=$(awk '$1 == "visit" { print $2 }' "$tmp/times" | median)
    trips=$(./bfjit --stats "$tmp/visit.bf" 2>&1 > /dev/null < /dev/null | sed -n "s/^bfjit: the tape's last page: //p")
    printf '  alone: %d ms, with the visit: %d ms (CPU, median of %s interleaved runs)\n' "$a" "$v" "$RUNS"
    if [ "$have_valgrind" = 1 ]; then
        ia=$(instructions ./bfjit "$largest") iv=$(instructions ./bfjit "$tmp/visit.bf")
        awk -v a="$ia" -v v="$iv" 'BEGIN { printf "  alone: %.1f Minstr, with the visit: %.1f Minstr: %+.2f %%\n", a, v, (v - a) * 100 / a }'
    fi
    echo "  ${trips:-no trip to the interpreter (the visit did not reach the edge page?)}"
fi
