# 10-debug-jit/bfjit-checks.sh: chapter 10's checks of bfjit's --perf-map,
# --gdb and --dump-elf. Sourced by 08-bf-jit/checks.sh (after tests/lib.sh),
# so they run in 08's folder, on the bfjit 08 has just built; the logic lives
# here, with the code it checks (bfdebug.c, jitdebug.c). 12 checks.
# shellcheck shell=bash

# --- Refusals.
check "10: --dump-elf to a file that cannot be created: status 73" \
    status_is 73 ./bfjit --dump-elf "$TMP/no/such/dir/x.elf" progs/hello.bf
check "10:   ... in one line" stderr_one_line ./bfjit --dump-elf "$TMP/no/such/dir/x.elf" progs/hello.bf
check "10: --perf-map=keep is a usage error (say --perf-map or --perf-map=remove)" \
    usage_error "--perf-map=keep" ./bfjit --perf-map=keep progs/hello.bf
check "10: --gdb with --interp is a usage error" usage_error "need the JIT" ./bfjit --interp --gdb progs/hello.bf

# --- The object, for hello.bf.
./bfjit --dump-elf "$TMP/hello.elf" progs/hello.bf > /dev/null
# bf_object_ok: readelf reads it with no warning; its functions cover the
# code from offset 0 to the end of .text, one after the other, no overlap.
bf_object_ok() {
    local f=$TMP/hello.elf value size name at=0 text
    readelf -a -w "$f" > "$TMP/re.out" 2> "$TMP/re.err" || { echo "readelf exits $?"; return 1; }
    [ ! -s "$TMP/re.err" ] || { echo "readelf says: $(head -1 "$TMP/re.err")"; return 1; }
    ! grep -m1 -i -e warning -e corrupt "$TMP/re.out" || return 1
    text=$(readelf -S -W "$f" | sed -n 's/.*] \.text *PROGBITS *[0-9a-f]* [0-9a-f]* \([0-9a-f]*\) .*/\1/p')
    while read -r value size name; do
        [ $((16#$value)) -eq "$at" ] || { echo "$name starts at 0x$value, the piece before ends at $at"; return 1; }
        at=$((16#$value + size))
    done < <(readelf -s -W "$f" | awk '$4 == "FUNC" { print $2, $3, $8 }' | sort)
    [ "$at" -eq $((16#${text:-0})) ] || { echo "the pieces end at $at, .text is 0x$text bytes"; return 1; }
}
check "10: --dump-elf: readelf reads it with no warning; its names cover the code, no two overlap" bf_object_ok
check "10: --dump-elf: hello.bf's loop (line 3, column 11) is a function, bf_loop_3_11" \
    stdout_matches ' FUNC +LOCAL +DEFAULT +1 bf_loop_3_11$' readelf -s -W "$TMP/hello.elf"
# bf_lines_are: the line table's rows name progs/hello.bf, lines 3 to 15,
# and 16: the end of the file, where the IR applies the last pending move.
bf_lines_are() {
    local got
    got=$(readelf --debug-dump=decodedline "$TMP/hello.elf" | awk '$1 == "progs/hello.bf" && $2 != "-" { print $2 }' | sort -nu | xargs)
    [ "$got" = "3 4 5 6 7 8 9 10 11 12 13 14 15 16" ] && return 0
    echo "the rows name lines '$got' of progs/hello.bf"
    return 1
}
check "10: --dump-elf: its line table names progs/hello.bf, lines 3 to 16" bf_lines_are
# bf_second_entry_unwinds: the last rows of the unwind table are the second
# entry's prologue (08's hand-back from the interpreter): CFA rsp+8, then
# rsp+16 after push rbp, then rbp+16 while rbx, r12 and r13 are pushed.
bf_second_entry_unwinds() {
    local got
    got=$(readelf --debug-dump=frames-interp "$TMP/hello.elf" | awk '$1 ~ /^[0-9a-f]+$/ && NF == 7 { print $2 }' | tail -6 | xargs)
    [ "$got" = "rsp+8 rsp+16 rbp+16 rbp+16 rbp+16 rbp+16" ] && return 0
    echo "the last six rows' CFA are '$got'"
    return 1
}
check "10: --dump-elf: the unwind table covers the second entry's prologue too" bf_second_entry_unwinds

# --- gdb, stopped in rt_putc. JIT'd code stores most bytes of output in
# the buffer itself, and calls rt_putc, out of line, for the byte that fills
# it; --no-opt=inline-out makes every '.' a call, where it is in the code.
# bf_gdb REGEX... -- GDB-ARGS: every REGEX matches a line of gdb's output.
bf_gdb() {
    local res=() re
    while [ "$1" != -- ]; do res+=("$1"); shift; done
    shift
    limited gdb -q -nx -batch -ex 'set print frame-arguments none' -ex 'break rt_putc' -ex run "$@" > "$TMP/gdb" 2>&1
    for re in "${res[@]}"; do
        grep -Eq -- "$re" "$TMP/gdb" && continue
        echo "no line of gdb's output matches /$re/; it says '$(show "$(grep -E '^#|^Line' "$TMP/gdb")")'"
        return 1
    done
}
check_if gdb "10: gdb: with --gdb, bt shows the JIT frame, named, at its .bf line, between rt_putc and call_code (in jit_run)" \
    bf_gdb '^#0 .*rt_putc ' '^#1 +0x[0-9a-f]+ in bf_(main|loop_[0-9]+_[0-9]+) \(\) at progs/hello\.bf:4$' '^#2 .* in call_code ' '^#3 .* in jit_run ' \
    -- -ex bt --args ./bfjit --gdb --no-opt=inline-out progs/hello.bf
check_if gdb "10: gdb:   ... and without --gdb, that frame is ??" \
    bf_gdb '^#1 +0x[0-9a-f]+ in \?\? \(\)$' -- -ex 'bt 3' --args ./bfjit --no-opt=inline-out progs/hello.bf
# 255 x 255 passes print two bytes each (line 3): the 65536th is rt_putc's,
# called from the code out of line after the epilogue, which has its own line row.
printf 'prints 130050 bytes\n-[>-[\n..\n-]<-]\n' > "$TMP/fill.bf"
check_if gdb "10: gdb:   ... the call out of line, for the byte that fills the buffer, is at its .bf line too" \
    bf_gdb '^#0 .*rt_putc ' '^#1 +0x[0-9a-f]+ in bf_main \(\) at .*/fill\.bf:3$' '^#2 .* in call_code ' '^#3 .* in jit_run ' \
    -- -ex bt --args ./bfjit --gdb "$TMP/fill.bf"
# Line 2 prints 'A' then 'B': at the first '.', the JIT frame's pc (the return
# address) is in the '+' after it, on line 2 too.
printf 'prints AB\n++++++++[>++++++++<-]>+.+.\n' > "$TMP/ab.bf"
# shellcheck disable=SC2016  # $pc is gdb's
check_if gdb "10: gdb: info line *\$pc in the JIT frame names the .bf file and line 2" \
    bf_gdb '^Line 2 of ".*/ab\.bf" starts at address 0x[0-9a-f]+ <bf_main\+[0-9]+> and ends at' \
    -- -ex 'frame 1' -ex 'info line *$pc' --args ./bfjit --gdb --no-opt=inline-out "$TMP/ab.bf"

# --- perf, on a program that runs for a second in its innermost loop.
# bf_perf_top REGEX: the top symbol of perf report for bench/walk.bf run
# with --perf-map matches REGEX.
bf_perf_top() {
    local pid
    ( cd "$TMP" && limited perf record -q -e cpu-clock -o bf.data "$OLDPWD/bfjit" --perf-map "$OLDPWD/bench/walk.bf" > /dev/null 2>&1 ) \
        || { echo "perf record failed"; return 1; }
    limited perf report --stdio -i "$TMP/bf.data" --sort sym 2> /dev/null | grep -m1 '%' > "$TMP/top"
    pid=$(perf script -i "$TMP/bf.data" -F pid 2> /dev/null | head -1 | tr -d ' ')
    [ -n "$pid" ] && rm -f "/tmp/perf-$pid.map"
    grep -Eq -- "$1" "$TMP/top" && return 0
    echo "perf report's top line: '$(show "$(cat "$TMP/top")")'"
    return 1
}
check_if perf "10: perf: with --perf-map, perf report names a bf_loop first (bench/walk.bf)" \
    bf_perf_top '^ +[0-9.]+% +\[\.\] bf_loop_[0-9]+_[0-9]+ *$'
