# 08-bf-jit/checks.sh: what this chapter claims, checked (see tests/lib.sh).
. ../tests/lib.sh
# Signals a program once it has used 0.1 s of CPU: for the ones that loop for ever.
swb=$ROOT/tests/signal-when-busy

# --- The chapter's programs, in both modes, against their expected output.
# progs/NAME.bf prints progs/NAME.out, given progs/NAME.in (or nothing) as input.
runs_as_expected() {
    local mode=$1 prog=$2 in=/dev/null
    [ -f "progs/$prog.in" ] && in="progs/$prog.in"
    limited ./bfjit "$mode" "progs/$prog.bf" < "$in" > "$TMP/out" 2> "$TMP/err" || {
        echo "exit status $?: $(head -1 "$TMP/err")"; return 1; }
    [ -s "$TMP/err" ] && { echo "stderr: $(head -1 "$TMP/err")"; return 1; }
    cmp -s "$TMP/out" "progs/$prog.out" && return 0
    echo "prints '$(show "$(cat -A "$TMP/out")")', expected '$(show "$(cat -A "progs/$prog.out")")'"
    return 1
}
# same_as_expected NAME OPTIONS...: the JIT with OPTIONS prints progs/NAME.out.
same_as_expected() {
    local prog=$1; shift
    limited ./bfjit "$@" "progs/$prog.bf" < /dev/null > "$TMP/out" 2> "$TMP/err" || { echo "exit status $?"; return 1; }
    cmp -s "$TMP/out" "progs/$prog.out" || { echo "prints '$(show "$(cat -A "$TMP/out")")'"; return 1; }
}
for prog in hello nested echo wrap eof patterns deep far-right closed even copy; do
    for mode in --jit --interp; do
        check "progs/$prog.bf prints progs/$prog.out ($mode)" runs_as_expected "$mode" "$prog"
    done
done
check "end of input leaves the cell unchanged (eof.bf with no input prints AA)" stdout_is 'AA' ./bfjit progs/eof.bf
check "  ... and the interpreter agrees" stdout_is 'AA' ./bfjit --interp progs/eof.bf

# --- The front end recognises each pattern (read from its IR listing).
ir_has() { local re=$1; shift; stdout_matches "$re" ./bfjit --ir "$@"; }
check "runs of + fold into one add ([0] +8)" ir_has '^ +0  add \[0\] \+8$' progs/patterns.bf
check "[-] becomes set 0" ir_has '^ +[0-9]+  set \[3\] 10$' progs/patterns.bf
check "[<] becomes a scan -1" ir_has '^ +[0-9]+  scan -1$' progs/patterns.bf
check "[>] becomes a scan +1" ir_has '^ +[0-9]+  scan \+1$' progs/patterns.bf
check "[->+>+<<] becomes two multiplies" ir_has '^ +[0-9]+ +mul \[3\] \+= \[1\] \* 1$' progs/patterns.bf
check "[--->+<] multiplies by the inverse of 3 (mod 256)" ir_has 'mul \[-?[0-9]+\] \+= \[-?[0-9]+\] \* -85$' progs/patterns.bf
check "moves are folded into offsets (no move before the first output)" \
    stdout_matches '^ +6  out \[1\]$' ./bfjit --ir progs/patterns.bf
check "--no-opt=all leaves one op per command" stdout_matches '^ +7  add \[0\] \+1$' ./bfjit --ir --no-opt=all progs/patterns.bf

# --- Dead stores and closed loops (progs/closed.bf): the loops become their effect.
check "closed loops: no loop is left of progs/closed.bf" stdout_lacks 'open|close' ./bfjit --ir progs/closed.bf
check "  ... a counter that wraps: 251 passes of +2 become add -10 (502 mod 256 = 246)" \
    ir_has '^ +[0-9]+  add \[4\] -10$' progs/closed.bf
check "  ... a counter read from input, step -3: an if that tests, mul by 171 (-85)" \
    ir_has '^ +[0-9]+  if \[2\] -> [0-9]+ \(tested\)$' progs/closed.bf
check "  ... the delay nest: 10 x 10 passes leave three clears" ir_has '^ +2  set \[0\] 0$' progs/closed.bf
check "dse: the store of 100 the loop clears right after is gone (--no-opt=close)" \
    stdout_lacks 'set \[2\] 100' ./bfjit --ir --no-opt=close progs/closed.bf
check "  ... and it is there with --no-opt=dse,close" stdout_matches 'set \[2\] 100$' ./bfjit --ir --no-opt=dse,close progs/closed.bf
# bench/nest.bf counts its inner loops from the 0 the pass before left (>-[):
# closed by peeling one pass, then the rest knows the counter starts at 0.
check "peeling: no loop is left of bench/nest.bf (20 x 255 x 255 x 255 passes)" \
    stdout_lacks 'open|close' ./bfjit --ir bench/nest.bf
check "  ... and it prints 236 (JIT)" stdout_is $'\354' ./bfjit bench/nest.bf
check "  ... as it does without closing (--no-opt=close)" stdout_is $'\354' ./bfjit --no-opt=close bench/nest.bf
# --- Even steps, copies through a temporary, loops that run at most once
# (progs/even.bf, progs/copy.bf, bench/loops.bf): prune.c's even, copy, once.
check "even: 10 counted down by 2 is 5 passes of add 13: add [1] +65, no loop (progs/even.bf)" \
    ir_has '^ +0  add \[1\] \+65$' progs/even.bf
check "  ... and the nest counting down by 2 from the 0 the pass before left: no loop left" \
    stdout_lacks 'open|close' ./bfjit --ir progs/even.bf
check "  ... both stay loops with --no-opt=even" stdout_matches '^ +9    open \[3\]' ./bfjit --ir --no-opt=even progs/even.bf
check "even: bench/loops.bf's innermost loop (step 2, from 254) is closed: 127 passes" \
    ir_has 'mul \[5\] \+= \[3\] \* 127$' bench/loops.bf
check "  ... and it prints 236 (JIT)" stdout_is $'\354' ./bfjit bench/loops.bf
check "  ... as it does without (--no-opt=even)" stdout_is $'\354' ./bfjit --no-opt=even bench/loops.bf
# An odd counter stepped by 2 never reaches 0: the loop must stay, and hang.
printf '+++[>+<--]' > "$TMP/hang.bf"
check "even: a known odd counter stepped by 2 never ends: the loop stays" stdout_matches '^ +[0-9]+  open \[0\]' ./bfjit --ir "$TMP/hang.bf"
check "  ... and the JIT runs it for ever (still running after 0.1 s of CPU, then stopped)" dies_of TERM "$swb" TERM ./bfjit "$TMP/hang.bf"
check "  ... and so does the interpreter" dies_of TERM "$swb" TERM ./bfjit --interp "$TMP/hang.bf"
check "copy: a copy through a temporary and back is one multiply, the test of it an if on the original" \
    ir_has '^ +[0-9]+  if \[1\] -> [0-9]+ \(tested\)$' progs/copy.bf
check "  ... no multiply is left of the copy" stdout_lacks 'mul \[[23]\]|mul \[1\] \+= \[3\]' ./bfjit --ir progs/copy.bf
check "  ... which --no-opt=copy keeps" stdout_matches 'mul \[1\] \+= \[3\] \* 1$' ./bfjit --ir --no-opt=copy progs/copy.bf
check "once: a loop whose body clears its counter is an if (tested), not a loop" stdout_lacks 'open|close' ./bfjit --ir progs/copy.bf
check "  ... which --no-opt=once keeps a loop" stdout_matches '^ +[0-9]+  open \[2\]' ./bfjit --ir --no-opt=once progs/copy.bf
# Cleared only inside an if (cell 1 is 0, so it never is): not once, for ever.
printf '+[>[<[-]>[-]]<]' > "$TMP/cleared.bf"
check "once: a loop that clears its counter only inside an if stays a loop" stdout_matches '^ +[0-9]+  open \[0\]' ./bfjit --ir "$TMP/cleared.bf"
check "  ... and the JIT runs it for ever (still running after 0.1 s of CPU, then stopped)" dies_of TERM "$swb" TERM ./bfjit "$TMP/cleared.bf"
for prog in even copy; do
    check "progs/$prog.bf prints progs/$prog.out (the naive interpreter)" runs_as_expected --naive "$prog"
    check "  ... and the JIT with --no-opt=even,copy,once" same_as_expected "$prog" --no-opt=even,copy,once
done
# A loop that never runs, on a cell off the tape: its test still reads that cell.
printf '<[>[-]<-]>+.' > "$TMP/gone.bf"
for mode in --jit --interp --naive; do
    check "a loop closed away on a cell left of cell 0 is still a move off the tape ($mode)" \
        stderr_matches '^bfjit: gone\.bf:1:1: runtime error: moved off the left end of the tape$' ./bfjit "$mode" "$TMP/gone.bf"
done

same_with() {
    local opts=$1
    limited ./bfjit "$opts" progs/closed.bf < progs/closed.in > "$TMP/out" 2> "$TMP/err" || { echo "exit status $?"; return 1; }
    cmp -s "$TMP/out" progs/closed.out || { echo "prints '$(show "$(cat -A "$TMP/out")")'"; return 1; }
}
for off in close dse dse,close; do
    check "progs/closed.bf prints the same with --no-opt=$off" same_with "--no-opt=$off"
done

# --- Errors: unbalanced brackets (65), usage (64), missing file (66).
printf '+++\n  [[-]\n' > "$TMP/open.bf"
printf '+]\n' > "$TMP/close.bf"
check "an unmatched [ is reported with line and column" stderr_matches '^bfjit: open\.bf:2:3: unmatched .\[.$' ./bfjit "$TMP/open.bf"
check "  ... exit status 65" status_is 65 ./bfjit "$TMP/open.bf"
check "an unmatched ] is reported with line and column" stderr_matches '^bfjit: close\.bf:1:2: unmatched .\].$' ./bfjit "$TMP/close.bf"
check "  ... exit status 65" status_is 65 ./bfjit --interp "$TMP/close.bf"
check "--help: the usage on stdout, exit status 0" help_ok ./bfjit
check "  ... its first line" stdout_matches '^usage: bfjit \[--interp \| --jit\] \[--wx=auto\|mprotect\|dual\] \[--dump FILE\] \[--stats\] PROGRAM.bf$' ./bfjit --help
# Every refusal of the arguments: one line naming what was wrong, exit 64 (tests/lib.sh).
check "no program: one line, exit status 64" usage_error '^bfjit: no program given' ./bfjit
check "an unknown option: named, in one line (not the 17 lines of --help)" usage_error "unknown option '--turbo'" ./bfjit --turbo progs/hello.bf
check "two modes at once" usage_error 'choose one of --jit, --interp' ./bfjit --interp --jit progs/hello.bf
check "an unknown optimisation name" usage_error "unknown optimisation 'speed'" ./bfjit --no-opt=speed progs/hello.bf
check "--dump with no FILE says it needs one" usage_error '--dump needs an argument \(a FILE\)' ./bfjit progs/hello.bf --dump
check "--fuzz 18446744073709551615: refused, not run for ever" usage_error "--fuzz: '18446744073709551615' is not a number from 0 to 1000000" ./bfjit --fuzz 18446744073709551615
check "--fuzz 4294967297: refused, not wrapped to 1" usage_error "--fuzz: '4294967297' is not a number" ./bfjit --fuzz 4294967297
check "' 5' is not a number" usage_error "--gen: ' 5' is not a number" ./bfjit --gen ' 5'
check "'+5' is not a number" usage_error "--fuzz: '\+5' is not a number" ./bfjit --fuzz +5
check "--seed without --fuzz or --gen is refused, not ignored" usage_error '--seed goes with --fuzz or --gen' ./bfjit --seed 3 progs/hello.bf
check "--stats with a mode it says nothing about is refused" usage_error '--stats goes with --jit or --interp' ./bfjit --stats --ir progs/hello.bf
check "a missing file: a clear error" stderr_one_line ./bfjit "$TMP/nothing.bf"
check "  ... naming the file and the reason" stderr_matches '^bfjit: cannot open .*/nothing\.bf: No such file or directory$' ./bfjit "$TMP/nothing.bf"
check "  ... exit status 66" status_is 66 ./bfjit "$TMP/nothing.bf"

check "stdout closed, full, or a pipe with no reader: one line, exit status 74 (JIT)" write_error_reported ./bfjit progs/hello.bf
check "  ... (interpreter)" write_error_reported ./bfjit --interp progs/hello.bf
check "  ... (--ir, through stdio)" write_error_reported ./bfjit --ir progs/hello.bf
check "output that cannot be written (/dev/full): one line naming write and the reason" \
    stderr_matches '^bfjit: write: No space left on device$' sh -c './bfjit progs/hello.bf > /dev/full'
check "  ... exit status 74" status_is 74 sh -c './bfjit progs/hello.bf > /dev/full'
check "  ... and the same from the interpreter" status_is 74 sh -c './bfjit --interp progs/hello.bf > /dev/full'
printf '+[.]' > "$TMP/endless.bf"
check "endless output to /dev/full: the JIT'd code is stopped when its buffer fills (74)" \
    status_is 74 sh -c "./bfjit '$TMP/endless.bf' > /dev/full"
check "  ... and so is the interpreter" status_is 74 sh -c "./bfjit --interp '$TMP/endless.bf' > /dev/full"

# --- Output the JIT'd code writes into the buffer itself (OPT_INLINE_OUT):
# 255 x 255 passes print the inner counter twice (255 255 254 254 ... 1 1),
# 130050 bytes in all: two buffers' worth, so the byte that fills the buffer
# goes through rt_putc, out of line, twice.
printf 'prints 130050 bytes\n-[>-[\n..\n-]<-]\n' > "$TMP/fill.bf"
# same_as_interp MIN PROG [ARGS...]: bfjit ARGS PROG, through a pipe, prints
# byte for byte what the interpreter prints, and that is more than MIN bytes.
same_as_interp() {
    local min=$1 prog=$2; shift 2
    { limited ./bfjit --interp "$prog" 2> /dev/null; echo $? > "$TMP/st"; } | cat > "$TMP/interp.out"
    [ "$(cat "$TMP/st")" = 0 ] || { echo "the interpreter exits $(cat "$TMP/st")"; return 1; }
    [ "$(wc -c < "$TMP/interp.out")" -gt "$min" ] || { echo "only $(wc -c < "$TMP/interp.out") bytes: not more than $min"; return 1; }
    { limited ./bfjit "$@" "$prog" 2> /dev/null; echo $? > "$TMP/st"; } | cat > "$TMP/jit.out"
    [ "$(cat "$TMP/st")" = 0 ] || { echo "bfjit $* exits $(cat "$TMP/st")"; return 1; }
    cmp -s "$TMP/interp.out" "$TMP/jit.out" && return 0
    echo "bfjit $* prints something else: $(cmp "$TMP/interp.out" "$TMP/jit.out" 2>&1 | head -1)"
    return 1
}
check "inline output: 130050 bytes through a pipe, byte for byte the interpreter's (JIT)" same_as_interp 65536 "$TMP/fill.bf" --jit
check "  ... and with every '.' a call to rt_putc (--no-opt=inline-out)" same_as_interp 65536 "$TMP/fill.bf" --no-opt=inline-out
# stores_itself YES|NO ARGS...: the code bfjit ARGS makes for fill.bf does
# (YES) or does not (NO) store a byte at [rcx+outbuf] itself, and does or
# does not put calls out of line, after the epilogue's ret.
stores_itself() {
    local want=$1 n calls_after_ret; shift
    ./bfjit --dump "$TMP/fill.bin" "$@" "$TMP/fill.bf" > /dev/null || { echo "bfjit --dump failed"; return 1; }
    objdump -D -b binary -m i386:x86-64 -M intel "$TMP/fill.bin" > "$TMP/fill.dis" || return 1
    n=$(grep -Ec '	88 41 [0-9a-f]{2} +	mov +BYTE PTR \[rcx\+0x[0-9a-f]+\],al$' "$TMP/fill.dis")
    calls_after_ret=$(awk '/	ret/ { r = 1 } r && /	call / { c++ } END { print c + 0 }' "$TMP/fill.dis")
    case $want in
    YES) [ "$n" = 2 ] && [ "$calls_after_ret" = 2 ] && return 0 ;;
    NO) [ "$n" = 0 ] && [ "$calls_after_ret" = 0 ] && return 0 ;;
    esac
    echo "$n stores of al at [rcx+...], $calls_after_ret calls after the ret"
    return 1
}
check "  ... the code stores each of the two '.'s bytes itself (mov [rcx+outbuf], al), a call to rt_putc out of line" \
    stores_itself YES
check "  ... which --no-opt=inline-out does not" stores_itself NO --no-opt=inline-out
check "  ... endless output to /dev/full: rt_putc's write, for the byte that fills the buffer, fails: one line" \
    stderr_matches '^bfjit: write: No space left on device$' sh -c "./bfjit '$TMP/endless.bf' > /dev/full"

# --- Moving off the tape: a runtime error (70) in both modes, same message.
printf '+++\n>>+<<<.' > "$TMP/left.bf"
printf '+[>+]' > "$TMP/right.bf"
for mode in --jit --interp; do
    check "moving off the left end: line and column ($mode)" \
        stderr_matches '^bfjit: left\.bf:2:6: runtime error: moved off the left end of the tape$' ./bfjit "$mode" "$TMP/left.bf"
    check "  ... exit status 70, no output ($mode)" status_is 70 ./bfjit "$mode" "$TMP/left.bf"
    check "running off the right end ($mode)" \
        stderr_matches '^bfjit: right\.bf:1:3: runtime error: moved off the right end of the tape$' ./bfjit "$mode" "$TMP/right.bf"
    check "  ... exit status 70 ($mode)" status_is 70 ./bfjit "$mode" "$TMP/right.bf"
done
check "moving off the left end prints nothing of what came after" stdout_is '' ./bfjit "$TMP/left.bf"
# The error names the command that left the tape, not the farthest move of
# its folded run: in .<<<< the first < leaves cell 0 (column 2), and after
# >>[-] the third < does (column 8).
printf '.<<<<' > "$TMP/first.bf"
printf '>>[-]<<<<<.' > "$TMP/third.bf"
for mode in --jit --interp --naive; do
    check "the command that left the tape is named, not the farthest move ($mode)" \
        stderr_matches '^bfjit: first\.bf:1:2: runtime error: moved off the left end' ./bfjit "$mode" "$TMP/first.bf"
    check "  ... also when the pointer did not start on cell 0 ($mode)" \
        stderr_matches '^bfjit: third\.bf:1:8: runtime error: moved off the left end' ./bfjit "$mode" "$TMP/third.bf"
done
printf '++++++++[>+++++++++<-]>.<<' > "$TMP/late.bf"
check "output before the error is written (H), then the error" stdout_is 'H' ./bfjit "$TMP/late.bf"
check "  ... exit status 70" status_is 70 ./bfjit "$TMP/late.bf"
# 30000 moves right and back: folded away, but the pointer did leave the tape.
{ printf '+'; printf '>%.0s' $(seq 30000); printf '<%.0s' $(seq 30000); printf '.'; } > "$TMP/there.bf"
check "a move off the end and back is still caught (JIT)" status_is 70 ./bfjit "$TMP/there.bf"
check "  ... and by the interpreter" status_is 70 ./bfjit --interp "$TMP/there.bf"
# To the last cell and back is fine: 29999 moves right.
{ printf '+'; printf '>%.0s' $(seq 29999); printf '+++.<'; printf '<%.0s' $(seq 29998); printf '.'; } > "$TMP/last.bf"
check "the last cell (29999) is on the tape (JIT)" stdout_is $'\003\001' ./bfjit "$TMP/last.bf"
check "  ... and for the interpreter" stdout_is $'\003\001' ./bfjit --interp "$TMP/last.bf"
check "  ... its page is guarded: the interpreter took over from the JIT there (no loop after: it finished)" \
    stderr_matches '^bfjit: the tape.s last page: 1 trip to the interpreter \(the first from op [0-9]+\), 0 back to the JIT; the interpreter ran [0-9]+ ops$' ./bfjit --stats "$TMP/last.bf"


# Tiering: after a trip to the last page, the interpreter hands the run back
# at the first loop head clear of the edge. visit.bf goes to cell 28700 and
# back, then prints 255 bytes from a loop (with output, so it stays a loop), and a newline.
{ printf '>%.0s' $(seq 28700); printf '+'; printf '<%.0s' $(seq 28700); printf '%s' '-[>-[>+<-]>.<<-]++++++++++.'; } > "$TMP/visit.bf"
check "after a trip to the last page, the JIT gets the run back at the next loop head (the interpreter ran under 100 ops)" \
    stderr_matches '^bfjit: the tape.s last page: 1 trip to the interpreter \(the first from op [0-9]+\), 1 back to the JIT; the interpreter ran [0-9]{1,2} ops$' \
    ./bfjit --stats "$TMP/visit.bf"
check "  ... and prints what the interpreter prints" same_as_interp 0 "$TMP/visit.bf"
check "  ... and the second entry keeps the ABI (--abi-check)" \
    stdout_matches '^abi-check: callee-saved registers intact; 256 calls out, 0 with a misaligned stack$' ./bfjit --abi-check "$TMP/visit.bf"
# A loop that visits the last page on each of its 255 passes would make 255
# trips, a signal and two mprotects each; each trip waits twice as long
# before it hands back, so there are a few.
{ printf -- '-[-'; printf '>%.0s' $(seq 28700); printf '+'; printf '<%.0s' $(seq 28700); printf ']'; printf '>%.0s' $(seq 28700); printf '.'; } > "$TMP/bounce.bf"
check "a loop that visits the last page on every pass: fewer than 10 trips for its 255 passes" \
    stderr_matches '^bfjit: the tape.s last page: [1-9] trips to the interpreter \(the first from op [0-9]+\), [0-9] back to the JIT' \
    ./bfjit --stats "$TMP/bounce.bf"
check "  ... and prints what the interpreter prints" same_as_interp 0 "$TMP/bounce.bf"

# A multiply loop at cell 0 that reaches cell -1: the JIT runs its body
# whatever cell 0 holds, so with cell 0 at 0 it touches the guard for nothing.
# Five times here (a loop on cell 1), but after the first fault the IF is
# careful: it tests its cell first, so there is one fault, not five.
printf '>+++++[<[-<+>]>-]<+.' > "$TMP/spec.bf"
printf '+[-<+>]+.' > "$TMP/spec-off.bf"
check "a multiply skipped by its IF does not count as a move off the tape" stdout_is $'\001' ./bfjit "$TMP/spec.bf"
check "  ... the JIT touched the guard once, skipped the body, and was careful after (--stats)" \
    stderr_matches '^bfjit: 1 speculative touches of a guard page skipped \(IFs of 0\)$' ./bfjit --stats "$TMP/spec.bf"
check "  ... but one that runs is a move off the tape (JIT)" \
    stderr_matches '^bfjit: spec-off\.bf:1:4: runtime error: moved off the left end of the tape$' ./bfjit "$TMP/spec-off.bf"
check "  ... and for the interpreter" \
    stderr_matches '^bfjit: spec-off\.bf:1:4: runtime error: moved off the left end of the tape$' ./bfjit --interp "$TMP/spec-off.bf"

# --- The guard pages, read from /proc/self/maps.
check "a PROT_NONE guard ends right before cell 0" stdout_matches '^[0-9a-f]+-[0-9a-f]+ ---p  bytes -65536\.\.    -1 from cell 0' ./bfjit --maps
check "the cells are read+write" stdout_matches '^[0-9a-f]+-[0-9a-f]+ rw-p  bytes      0\.\. 28671 from cell 0  cells$' ./bfjit --maps
check "the last page, which holds cells 28672..29999, is PROT_NONE under JIT'd code" \
    stdout_matches '^[0-9a-f]+-[0-9a-f]+ ---p  bytes  28672\.\. 98303 from cell 0' ./bfjit --maps

# --- W^X, on any kernel: the code's memory, read from /proc/self/maps by --stats.
check "W^X: the code is rw-p while written, r-xp while it runs, never writable and executable" \
    stderr_matches '^bfjit: the code.s memory is rw-p while written, r-xp while it runs; 0 writable\+executable mappings$' \
    ./bfjit --stats progs/hello.bf

# --- Fallback: with mprotect's way refused and the only one allowed (--wx=mprotect),
# the interpreter runs instead.
check_if mdwe "under tools/mdwe (a hardened kernel), --wx=mprotect: one line on stderr" stderr_one_line ../tools/mdwe ./bfjit --wx=mprotect progs/hello.bf
check_if mdwe "  ... and the output is right" stdout_is $'Hello World!\n' ../tools/mdwe ./bfjit --wx=mprotect progs/hello.bf
check_if mdwe "with --mdwe (PR_SET_MDWE from inside), --wx=mprotect: one line on stderr" stderr_one_line ./bfjit --mdwe --wx=mprotect progs/hello.bf
check_if mdwe "  ... naming the refused call and errno, and the fallback" \
    stderr_matches '^bfjit: mprotect\(PROT_READ\|PROT_EXEC\): Permission denied \(EACCES\): no executable memory .*running the interpreter instead$' \
    ./bfjit --mdwe --wx=mprotect progs/hello.bf
check_if mdwe "  ... and the output is right" stdout_is $'Hello World!\n' ./bfjit --mdwe --wx=mprotect progs/hello.bf
check_if mdwe "  ... input too (echo.bf)" stdout_is $'hello\n' sh -c './bfjit --mdwe --wx=mprotect progs/echo.bf < progs/echo.in 2>/dev/null'
check_if mdwe "  ... and a runtime error is still one (exit status 70)" status_is 70 ./bfjit --mdwe --wx=mprotect "$TMP/left.bf"

# --- W^X strategies (chapter 09): --wx=auto tries mprotect, then two views of
# one memfd (the dual mapping), then the interpreter; --stats says which ran.
# The refusals are real: tools/mdwe, and seccomp filters that 09's
# hardened-jit installs before it runs bfjit (--seccomp=STYLE --run).
# A private build of 09's program: chapter 09's own checks clean and rebuild
# its folder, maybe at the same moment (check-all runs chapters side by side).
hardened_jit=$TMP/hardened-jit
"${CC:-cc}" -std=c11 -O2 -I../lib -o "$hardened_jit" ../09-hardened-wx/hardened-jit.c \
    ../09-hardened-wx/refusals-and-maps.c ../09-hardened-wx/bench.c ../lib/helpers.c > "$TMP/hj.log" 2>&1 \
    || echo "(cannot build 09's hardened-jit: $(head -1 "$TMP/hj.log"))" >&2
# same_output_as_interp PROG CMD...: CMD (a bfjit run, under some policy) says
# on stderr that it used the dual mapping, and prints byte for byte what
# bfjit --interp prints for PROG.
same_output_as_interp() {
    local prog=$1; shift
    limited ./bfjit --interp "$prog" > "$TMP/interp.out" 2> /dev/null || { echo "bfjit --interp $prog failed"; return 1; }
    limited "$@" --stats "$prog" > "$TMP/dual.out" 2> "$TMP/dual.err"
    grep -q '^bfjit: W^X strategy: dual' "$TMP/dual.err" || { echo "not run through the dual mapping: '$(show "$(cat "$TMP/dual.err")")'"; return 1; }
    cmp -s "$TMP/interp.out" "$TMP/dual.out" && return 0
    echo "the output differs from the interpreter's: $(cmp "$TMP/interp.out" "$TMP/dual.out" 2>&1 | head -1)"
    return 1
}
check "--stats names the strategy: mprotect, here" stderr_matches '^bfjit: W\^X strategy: mprotect$' ./bfjit --stats progs/hello.bf
check "--wx=dual: the code is rw-s while written, r-xs while it runs, never W+X" \
    stderr_matches '^bfjit: the code.s memory is rw-s while written, r-xs while it runs; 0 writable\+executable mappings$' \
    ./bfjit --wx=dual --stats progs/hello.bf
check "--wx=dual: the output is right" stdout_is $'Hello World!\n' ./bfjit --wx=dual progs/hello.bf
check_if mdwe "under tools/mdwe, --wx=auto: --stats says dual, after mprotect's EACCES" \
    stderr_matches '^bfjit: W\^X strategy: dual \(two views of one memfd\), after mprotect\(PROT_READ\|PROT_EXEC\): Permission denied \(EACCES\)$' \
    ../tools/mdwe ./bfjit --stats progs/hello.bf
check_if mdwe "under tools/mdwe: nothing falls back, nothing on stderr, the output is right" \
    stdout_is $'Hello World!\n' sh -c '../tools/mdwe ./bfjit progs/hello.bf 2>&1'
check_if mdwe "under tools/mdwe: bench/scan.bf, JIT'd through the dual mapping, prints what the interpreter prints" \
    same_output_as_interp bench/scan.bf ../tools/mdwe ./bfjit
check "under a seccomp filter like systemd's (EPERM): --stats says dual, after mprotect's EPERM" \
    stderr_matches '^bfjit: W\^X strategy: dual \(two views of one memfd\), after mprotect\(PROT_READ\|PROT_EXEC\): Operation not permitted \(EPERM\)$' \
    "$hardened_jit" --seccomp=systemd --run ./bfjit --stats progs/hello.bf
check "both refused (a seccomp filter against every executable mapping but a file's): one line naming both" \
    stderr_matches '^bfjit: mprotect\(PROT_READ\|PROT_EXEC\): Operation not permitted \(EPERM\); then mmap\(PROT_READ\|PROT_EXEC, MAP_SHARED\): Operation not permitted \(EPERM\): no executable memory .*running the interpreter instead$' \
    "$hardened_jit" --seccomp=noexec --run ./bfjit progs/hello.bf
check "  ... only that line on stderr" stderr_one_line "$hardened_jit" --seccomp=noexec --run ./bfjit progs/hello.bf
check "  ... the interpreter's output is right" stdout_is $'Hello World!\n' "$hardened_jit" --seccomp=noexec --run ./bfjit progs/hello.bf
check "  ... and --stats says so" stderr_matches '^bfjit: W\^X strategy: none, the interpreter ran$' \
    "$hardened_jit" --seccomp=noexec --run ./bfjit --stats progs/hello.bf
check "--wx with an unknown strategy: one line naming it" usage_error "--wx: unknown strategy 'rwx'" ./bfjit --wx=rwx progs/hello.bf
check "--wx without the JIT: one line" usage_error '--wx goes with the JIT' ./bfjit --interp --wx=dual progs/hello.bf

# --- Under valgrind the guard pages cannot work (valgrind drops the loads of
# TOUCH, and rbx is not exact at a fault): bfjit says so and interprets.
# Three probes of the machine: bfjit is not built with a sanitizer (ASan and
# valgrind cannot run together), valgrind is installed, and it can read the
# debug info this compiler writes (valgrind 3.19 stops at clang's DWARF 5; bfjit,
# like this probe, is built with -gdwarf-4).
valgrind_reads_debug_info() {
    printf 'int main(void) { return 0; }\n' > "$TMP/vg.c"
    # shellcheck disable=SC2086  # CFLAGS is words
    ${CC:-cc} ${CFLAGS:--O2 -g} -gdwarf-4 -o "$TMP/vg" "$TMP/vg.c" 2> /dev/null || { echo "cannot build a probe with ${CC:-cc}"; return 1; }
    [ -z "$(valgrind -q "$TMP/vg" 2>&1 > /dev/null)" ] || { echo "valgrind $(valgrind --version 2>&1 | sed 's/valgrind-//') cannot read the debug info ${CC:-cc} writes (clang's DWARF 5?)"; return 1; }
}
VALGRIND_WHY=
for probe in 'have unsanitized ./bfjit' 'have valgrind' valgrind_reads_debug_info; do
    # shellcheck disable=SC2086  # a command and its words
    [ -z "$VALGRIND_WHY" ] && ! VALGRIND_WHY=$($probe) && VALGRIND_WHY=${VALGRIND_WHY:-$probe failed}
done
check_valgrind() {
    if [ -n "$VALGRIND_WHY" ]; then skip "$1" "$VALGRIND_WHY"; else check "$@"; fi
}
check_valgrind "under valgrind: one line saying it interprets instead" \
    stderr_matches "^bfjit: valgrind hides the JIT's guard-page faults, running the interpreter instead$" valgrind -q ./bfjit "$TMP/first.bf"
check_valgrind "  ... and the tape error is caught, at the right command (70)" \
    stderr_matches '^bfjit: first\.bf:1:2: runtime error' valgrind -q ./bfjit "$TMP/first.bf"
check_valgrind "  ... exit status 70" status_is 70 valgrind -q ./bfjit "$TMP/first.bf"

# --- Output reaches a person in time: per line on a terminal, and what was
# printed before SIGINT or SIGTERM. hiloop.bf prints "HI" and a newline, then
# loops for ever; it is stopped by SIGKILL (nothing can flush then: only the
# per-line flush can have written it) or by SIGTERM.
printf '++++++++[>+++++++++<-]>.+.[-]++++++++++.+[]' > "$TMP/hiloop.bf"
# The signal goes once bfjit has used 0.1 s of CPU, and is in its endless
# loop (tests/signal-when-busy): a fixed second was too short on a loaded
# machine. script runs its command with $SHELL -c; the exec keeps a shell
# (dash, or script's default with no SHELL set, as in CI) from adding lines.
# The paths go in the environment, so that a space in them is no problem.
# shellcheck disable=SC2016  # the $ are for the shell that script starts
on_a_terminal=(sh -c 'script -qec '\''exec "$SWB" KILL ./bfjit "$MODE" "$BF"'\'' /dev/null < /dev/null | tr -d "\r"')
check "on a terminal, each line is written when it ends (JIT, under script)" \
    stdout_is $'HI\n' env SWB="$swb" BF="$TMP/hiloop.bf" MODE=--jit "${on_a_terminal[@]}"
check "  ... (interpreter)" stdout_is $'HI\n' env SWB="$swb" BF="$TMP/hiloop.bf" MODE=--interp "${on_a_terminal[@]}"
check "killed by SIGTERM, it writes what was printed first" stdout_is $'HI\n' "$swb" TERM ./bfjit "$TMP/hiloop.bf"
check "  ... then dies of SIGTERM, as the user asked" dies_of TERM "$swb" TERM ./bfjit "$TMP/hiloop.bf"

# --- The ABI, checked at run time by abi.asm. --abi-check makes every '.'
# take its call out (out_limit 0, tools.c): 13 calls for "hello\n", 6 putc
# and 7 getc, the last at end of input.
check "JIT'd code keeps rbx rbp r12-r15 and calls out with rsp 16-byte aligned" \
    stdout_matches '^abi-check: callee-saved registers intact; 13 calls out, 0 with a misaligned stack$' \
    sh -c './bfjit --abi-check progs/echo.bf < progs/echo.in'
check "  ... (and the abi-check run's output is still right)" \
    stdout_matches '^hello$' sh -c './bfjit --abi-check progs/echo.bf < progs/echo.in'

# --- The differential test: random terminating programs, interpreter against JIT.
# About a second here; a sanitized build (make sanitize) needs half a minute on a busy machine.
CHECK_TIMEOUT=180 check "3000 random programs: the naive and IR interpreters and the JIT agree (output, tape, the command that left it)" \
    stdout_matches '^fuzz: 3000 programs \([0-9]+ commands, [1-9][0-9]* bytes printed, [1-9][0-9]* ending in a tape error\), 0 disagreements$' ./bfjit --fuzz 3000

# --- --dump and --stats.
dump_disassembles() {
    ./bfjit --dump "$TMP/code.bin" progs/hello.bf > /dev/null || return 1
    objdump -D -b binary -m i386:x86-64 -M intel "$TMP/code.bin" > "$TMP/dis" || return 1
    grep -q '^ *0:	55 *	push   rbp$' "$TMP/dis" || { echo "the code does not start with push rbp"; return 1; }
    grep -q '	ret *$' "$TMP/dis" || { echo "the code has no ret"; return 1; }
}
check "--dump writes code objdump disassembles (push rbp, ..., ret)" dump_disassembles
check "--stats gives the IR size" stderr_matches '^bfjit: 111 commands -> 32 IR ops \([0-9.]+ ms\)$' ./bfjit --stats progs/hello.bf
check "--stats gives the code size and compile time" \
    stderr_matches '^bfjit: [0-9]+ bytes of machine code, compiled in [0-9.]+ ms in all$' ./bfjit --stats progs/hello.bf
check "--stats --interp gives the stats that apply (the IR size)" \
    stderr_matches '^bfjit: 111 commands -> 32 IR ops \([0-9.]+ ms\)$' ./bfjit --stats --interp progs/hello.bf
check "--dump to a file that cannot be created: exit status 73" status_is 73 ./bfjit --dump "$TMP/no/such/dir/code.bin" progs/hello.bf
check "  ... in one line naming the file" stderr_matches "^bfjit: cannot create $TMP/no/such/dir/code\.bin: No such file or directory$" \
    ./bfjit --dump "$TMP/no/such/dir/code.bin" progs/hello.bf

# --- The C translation compiles and prints the same.
c_translation_agrees() {
    ./bfjit --emit-c progs/patterns.bf > "$TMP/p.c" && ${CC:-cc} -O1 -w -o "$TMP/p" "$TMP/p.c" || return 1
    cmp -s <("$TMP/p") progs/patterns.out || { echo "the compiled C prints something else"; return 1; }
}
check "--emit-c: the program as C, compiled, prints the same" c_translation_agrees

# --- bench/bfgen (bench/bfgen.c), the compiler that made four of bench/'s
# programs: it still makes them byte for byte, so a changed generator or a
# hand-edited program goes red.
bfgen_builds() {
    local why
    why=$(limited make -s --no-print-directory bench/bfgen 2>&1) && return 0
    printf '%s\n' "$why" | grep -m1 -E 'error|\*\*\*' || printf '%s\n' "$why" | head -1
    return 1
}
check "bench/bfgen builds (make bench/bfgen)" bfgen_builds
generates_committed() {
    local name=$1
    limited ./bench/bfgen "$name" > "$TMP/$name.bf" 2> "$TMP/err" || { echo "exit status $?: $(head -1 "$TMP/err")"; return 1; }
    cmp "$TMP/$name.bf" "bench/$name.bf" > "$TMP/cmp" 2>&1 && return 0
    echo "./bench/bfgen $name differs from bench/$name.bf: $(sed -e "s|^cmp: ||" -e "s|.* differ: |first at |" -e "s|$TMP/$name.bf|its output|" "$TMP/cmp")"
    return 1
}
for name in primes fib squares wave; do
    check "./bench/bfgen $name prints bench/$name.bf, byte for byte" generates_committed "$name"
done
check "bench/bfgen --help: the usage on stdout, exit status 0" help_ok ./bench/bfgen
check "bench/bfgen with no program: one line, exit status 64" usage_error '^bfgen: no program named: give one of primes, fib, squares, wave' ./bench/bfgen
check "  ... an unknown program, named" usage_error "^bfgen: no program named 'hello': give one of" ./bench/bfgen hello
check "  ... an unknown option, named" usage_error "^bfgen: unknown option '--turbo'" ./bench/bfgen --turbo
check "  ... two programs" usage_error "^bfgen: one program at a time: 'wave' is one too many" ./bench/bfgen fib wave
check "bench/bfgen: stdout closed, full, or a pipe with no reader: one line, exit status 74" write_error_reported ./bench/bfgen fib
check "  ... naming the reason (/dev/full)" \
    stderr_matches '^bfgen: cannot write to standard output: No space left on device \(ENOSPC\)$' sh -c './bench/bfgen fib > /dev/full'

# --- Chapter 10's options (--perf-map, --gdb, --dump-elf), checked on this bfjit.
# shellcheck source=../10-debug-jit/bfjit-checks.sh
. ../10-debug-jit/bfjit-checks.sh
