#!/usr/bin/env bash
# bench.sh: what registering JIT'd code with gdb costs, as the objects pile
# up. For N = 1, 10, 100, 1000 and 2000 it runs
#     gdb -batch -ex run --args ./seejit --objects N
# RUNS times (default 3); seejit times each registration itself (the program
# is stopped while gdb reads the object). Printed per N, from the run with the
# smallest total: the total, the mean per registration, the mean over the
# first and the last tenth of the registrations, and the range of the totals
# over the runs (how much the figure wanders).
set -u
export LC_ALL=C     # printf and awk read and write numbers with a decimal point
cd "$(dirname "$0")" || exit 70
command -v gdb > /dev/null || { echo "bench: gdb is not installed (sudo apt-get install gdb)"; exit 0; }
runs=${RUNS:-3}
out=$(mktemp) || exit 70
trap 'rm -f "$out"' EXIT

printf '%8s  %12s  %10s  %14s  %14s  %18s\n' objects "total, ms" "ms each" "first tenth" "last tenth" "totals, range"
for n in 1 10 100 1000 2000; do
    best="" lo="" hi=""
    for ((r = 0; r < runs; r++)); do
        gdb -q -nx -batch -ex run --args ./seejit --objects "$n" > "$out" 2>&1
        line=$(grep '^registration: ' "$out") || { echo "bench: gdb did not run seejit --objects $n: $(head -1 "$out")"; exit 70; }
        # "registration: T ms in all, E ms each; the first K: F ms each, the last K: L ms each"
        read -r total each first last < <(echo "$line" | sed -E 's/^registration: ([0-9.]+) ms in all, ([0-9.]+) ms each; the first [0-9]+: ([0-9.]+) ms each, the last [0-9]+: ([0-9.]+) ms each$/\1 \2 \3 \4/')
        if [ -z "$best" ] || awk -v a="$total" -v b="${best%% *}" 'BEGIN { exit !(a < b) }'; then best="$total $each $first $last"; fi
        if [ -z "$lo" ] || awk -v a="$total" -v b="$lo" 'BEGIN { exit !(a < b) }'; then lo=$total; fi
        if [ -z "$hi" ] || awk -v a="$total" -v b="$hi" 'BEGIN { exit !(a > b) }'; then hi=$total; fi
    done
    read -r total each first last <<< "$best"
    printf '%8d  %12.1f  %10.2f  %14.2f  %14.2f  %18s\n' "$n" "$total" "$each" "$first" "$last" \
        "$(printf '%.0f-%.0f' "$lo" "$hi")"
done
