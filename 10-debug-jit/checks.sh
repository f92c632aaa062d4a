# 10-debug-jit/checks.sh: what this chapter claims, checked (see tests/lib.sh).
. ../tests/lib.sh

# --- The program: runs, refuses bad arguments in one line, reports failed writes.
check "runs countdown: three ticks, then returns" \
    stdout_is $'tick 3\ntick 2\ntick 1\ncountdown returned\n' ./seejit
check "--help prints the usage on stdout and exits 0" help_ok ./seejit
check "an unknown option is a one-line usage error" usage_error "unknown option '--bogus'" ./seejit --bogus
check "a bad --ticks is a one-line usage error" usage_error "--ticks: not a number.*'0'" ./seejit --ticks 0
check "a bad --perf-map value is a one-line usage error" usage_error "--perf-map=keep" ./seejit --perf-map=keep
check "a failed write to stdout is one line and status 74" write_error_reported ./seejit

# --- The object: dumped with --dump-elf, read by readelf.
check "--dump-elf to a file that cannot be created: status 73" \
    status_is 73 ./seejit --dump-elf "$TMP/no/such/dir/x.elf"
check "  ... in one line" stderr_one_line ./seejit --dump-elf "$TMP/no/such/dir/x.elf"
./seejit --no-gdb --dump-elf "$TMP/countdown.elf" > /dev/null

# readelf_clean FILE: readelf -a -w reads FILE without a warning or an error.
readelf_clean() {
    readelf -a -w "$1" > "$TMP/readelf.out" 2> "$TMP/readelf.err" || { echo "readelf exits $?: $(head -1 "$TMP/readelf.err")"; return 1; }
    [ ! -s "$TMP/readelf.err" ] || { echo "readelf says: $(head -1 "$TMP/readelf.err")"; return 1; }
    ! grep -m1 -i -e 'warning' -e 'error' -e 'corrupt' "$TMP/readelf.out" || return 1
}
check "readelf -a -w reads the object with no warning" readelf_clean "$TMP/countdown.elf"
check "the object is an x86-64 relocatable file" \
    stdout_matches '^  Type: +REL \(Relocatable file\)$' readelf -h "$TMP/countdown.elf"
check "its symbol table has countdown, a 51-byte function in .text" \
    stdout_matches '^ +2: 0+ +51 FUNC +LOCAL +DEFAULT +1 countdown$' readelf -s "$TMP/countdown.elf"

# lines_are FILE: the object's line table, as readelf decodes it, is the one
# seejit.c builds: each statement of countdown.src at its offset in the code.
lines_are() {
    local want="2 0 3 7 5 13 6 26 7 41 8 44 9 46" got
    readelf --debug-dump=decodedline "$1" > "$TMP/lines" 2>&1 || { echo "readelf fails: $(head -1 "$TMP/lines")"; return 1; }
    # Rows look like "countdown.src   2   0x7f...000   x": line and address;
    # the addresses are turned into offsets from the first.
    local file line addr rest base=""
    got=$(while read -r file line addr rest; do
        if [ "$file" != countdown.src ] || [ "$line" = - ]; then continue; fi
        : "${base:=$addr}"
        printf "%s %d " "$line" $((addr - base))
    done < "$TMP/lines")
    got=${got% }
    [ "$got" = "$want" ] && return 0
    echo "line table (line offset ...) is '$got', expected '$want'"
    return 1
}
check "the line table maps each statement of countdown.src to its code" lines_are "$TMP/countdown.elf"

# frames_are FILE: readelf's table of the unwind rules, row by row: where the
# CFA is, and where rbp, rbx, r12 and the return address are saved.
frames_are() {
    local got want
    readelf --debug-dump=frames-interp "$1" > "$TMP/frames" 2>&1 || { echo "readelf fails"; return 1; }
    got=$(awk '/^   LOC/ { on = 1; rows = ""; next } on && !NF { on = 0 } on { $1 = ""; rows = rows substr($0, 2) ";" } END { print rows }' "$TMP/frames")
    want="rsp+8 u u u c-8;rsp+16 u c-16 u c-8;rbp+16 u c-16 u c-8;rbp+16 c-24 c-16 u c-8;rbp+16 c-24 c-16 c-32 c-8;rsp+8 u u u c-8;"
    # (the columns: CFA rbx rbp r12 ra, in DWARF register order)
    [ "$got" = "$want" ] && return 0
    echo "the rows are '$(show "$got")'"
    return 1
}
check "the unwind rules follow the prologue: rsp+8, rsp+16, rbp+16, and rsp+8 at the ret" frames_are "$TMP/countdown.elf"

# A check that cannot fail proves nothing: change one byte of the line
# program (the first advance_line, +1, becomes +2) and lines_are must say no.
line_program_at() { echo $((0x$(readelf -S -W "$1" | sed -n "s/.*] .debug_line *PROGBITS *[0-9a-f]* \([0-9a-f]*\) .*/\1/p"))); }
refuses_a_broken_line_program() {
    local at
    cp "$TMP/countdown.elf" "$TMP/broken.elf" && at=$(line_program_at "$TMP/broken.elf") || return 1
    # .debug_line: 0x2f bytes of header, 11 of set_address, then 03 01: advance_line +1.
    [ "$(od -An -tx1 -j $((at + 0x3a)) -N2 "$TMP/broken.elf" | tr -d ' ')" = "0301" ] || { echo "no advance_line +1 where expected"; return 1; }
    printf '\002' | dd of="$TMP/broken.elf" bs=1 seek=$((at + 0x3b)) conv=notrunc 2> /dev/null
    if lines_are "$TMP/broken.elf" > /dev/null; then echo "a wrong line program passed"; return 1; fi
}
check "  ... and a line program with one byte changed fails that check" refuses_a_broken_line_program

# --- perf's map: /tmp/perf-PID.map, one line per name.
# perf_map_after REGEX OPTION: run seejit with OPTION; what its map file holds
# after it exits ("none" if there is none) has a line that matches REGEX.
perf_map_after() {
    local re=$1 pid
    ./seejit "$2" > /dev/null 2>&1 &      # (not under timeout: $! must be seejit itself)
    pid=$!
    wait "$pid"
    if [ -f "/tmp/perf-$pid.map" ]; then mv "/tmp/perf-$pid.map" "$TMP/map"; else echo none > "$TMP/map"; fi
    grep -Eq -- "$re" "$TMP/map" && return 0
    echo "the map holds '$(show "$(cat "$TMP/map")")'"
    return 1
}
check "--perf-map writes START SIZE NAME, in hex, to /tmp/perf-PID.map (kept after exit)" \
    perf_map_after '^[0-9a-f]{6,16} 33 countdown$' --perf-map
check "--perf-map=remove removes it at exit" perf_map_after '^none$' --perf-map=remove

# --- gdb: a breakpoint in tick, called from the JIT'd countdown.
# gdb_says REGEX GDB-ARGS...: some line of what gdb -batch prints matches REGEX.
gdb_says() {
    local re=$1; shift
    limited gdb -q -nx -batch -ex 'set print frame-arguments none' "$@" > "$TMP/gdb" 2>&1
    grep -Eq -- "$re" "$TMP/gdb" && return 0
    echo "no line of gdb's output matches /$re/; it says '$(show "$(grep -E '^#|^Line|in section|[Ww]arning' "$TMP/gdb")")'"
    return 1
}
# gdb_quiet GDB-ARGS...: gdb prints no warning and no error.
gdb_quiet() {
    limited gdb -q -nx -batch "$@" > "$TMP/gdb" 2>&1
    ! grep -m1 -E '[Ww]arning|[Ee]rror' "$TMP/gdb"
}
at_tick=(-ex 'break tick' -ex run)
check_if gdb "gdb: bt names the JIT frame, countdown at countdown.src:6, between tick and main" \
    gdb_says '^#1 .* in countdown \(\) at countdown\.src:6$' "${at_tick[@]}" -ex bt --args ./seejit
check_if gdb "gdb: ... and walks through it to main (the unwind info)" \
    gdb_says '^#2 .* in main \(.*\) at seejit\.c:[0-9]+$' "${at_tick[@]}" -ex bt --args ./seejit
check_if gdb "gdb: without the registration (--no-gdb) the same frame is ??" \
    gdb_says '^#1 +0x[0-9a-f]+ in \?\? \(\)$' "${at_tick[@]}" -ex 'bt 3' --args ./seejit --no-gdb
check_if gdb "gdb: the saved rbx and r12 come from .debug_frame (info frame)" \
    gdb_says '^  rbx at 0x[0-9a-f]+, rbp at 0x[0-9a-f]+, r12 at 0x[0-9a-f]+, rip at' \
    "${at_tick[@]}" -ex 'frame 1' -ex 'info frame' --args ./seejit
# A breakpoint on the JIT'd function by name, set before the function exists.
# shellcheck disable=SC2016  # $pc is gdb's, not the shell's
in_countdown=(-ex 'set breakpoint pending on' -ex 'break countdown' -ex run)
# shellcheck disable=SC2016
check_if gdb "gdb: break countdown stops after its prologue, and info line *\$pc says countdown.src line 3" \
    gdb_says '^Line 3 of "countdown\.src" starts at address 0x[0-9a-f]+ <countdown\+7> and ends at 0x[0-9a-f]+ <countdown\+13>\.$' \
    "${in_countdown[@]}" -ex 'info line *$pc' --args ./seejit
# shellcheck disable=SC2016
check_if gdb "gdb: info symbol names the JIT'd code and the object it came from" \
    gdb_says '^countdown \+ 7 in section \.text of <in-memory@0x[0-9a-f]+>$' \
    "${in_countdown[@]}" -ex 'info symbol $pc' --args ./seejit
check "--objects 300 registers 300 objects and exits 0 (with no debugger: no one listens)" \
    status_is 0 ./seejit --objects 300
# (LeakSanitizer cannot run under a debugger, so a sanitizer build is told not
# to try there; the check above runs the same without gdb, leaks checked.)
check_if gdb "gdb: 300 objects registered, read without a warning" \
    gdb_quiet -ex 'set environment ASAN_OPTIONS=detect_leaks=0' -ex run --args ./seejit --objects 300

# --- perf: where the time goes, with and without the map.
# perf_top REGEX [OPTION]: one of the first three symbols perf report gives
# for a run that spends about half a second in countdown's spin loop matches
# REGEX (or, with a leading !, none does).
perf_top() {
    local re=$1 pid; shift
    ( cd "$TMP" && limited perf record -q -e cpu-clock -o perf.data "$OLDPWD/seejit" "$@" --ticks 2 --work 150000000 > /dev/null 2>&1 ) \
        || { echo "perf record failed"; return 1; }
    limited perf report --stdio -i "$TMP/perf.data" --sort sym 2> /dev/null | grep -m3 '%' > "$TMP/top"
    pid=$(perf report --stdio -i "$TMP/perf.data" --sort pid 2> /dev/null | sed -n 's/.* \([0-9][0-9]*\):seejit *$/\1/p' | head -1)
    [ -n "$pid" ] && rm -f "/tmp/perf-$pid.map"
    if [ "${re#!}" != "$re" ]; then
        grep -Eq -- "${re#!}" "$TMP/top" || return 0
    else
        grep -Eq -- "$re" "$TMP/top" && return 0
    fi
    echo "perf report's top lines: '$(show "$(cat "$TMP/top")")'"
    return 1
}
check_if perf "perf report names countdown first when --perf-map is given" \
    perf_top '^ +[0-9.]+% +\[\.\] countdown *$' --perf-map
check_if perf "  ... and cannot without it" perf_top '!countdown'

# --- perf: jitdump, then perf inject --jit.
check "--jitdump into a folder that does not exist: status 73" \
    status_is 73 ./seejit --jitdump "$TMP/no/such/dir"
# jitdump_top REGEX: after perf record -k mono and perf inject --jit, the top
# entry of perf report, sorted by symbol and source line, matches REGEX.
jitdump_top() {
    mkdir -p "$TMP/jd" || return 1
    ( cd "$TMP/jd" && limited perf record -q -k mono -e cpu-clock -o perf.data "$OLDPWD/seejit" --jitdump . --ticks 2 --work 150000000 > /dev/null 2>&1 ) \
        || { echo "perf record failed"; return 1; }
    ( cd "$TMP/jd" && limited perf inject --jit -i perf.data -o perf.jit.data > inject.out 2>&1 ) || { echo "perf inject failed: $(head -1 "$TMP/jd/inject.out")"; return 1; }
    limited perf report --stdio -i "$TMP/jd/perf.jit.data" --sort sym,srcline 2> /dev/null | grep -m1 '%' > "$TMP/top"
    grep -Eq -- "$1" "$TMP/top" && return 0
    echo "perf report's top line: '$(show "$(cat "$TMP/top")")'"
    return 1
}
check_if perf "jitdump: after perf inject --jit, perf report names countdown and its line, countdown.src:5" \
    jitdump_top '\[\.\] countdown +countdown\.src:5 *$'
