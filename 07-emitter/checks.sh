# 07-emitter/checks.sh: what this chapter claims, checked (see tests/lib.sh).
. ../tests/lib.sh

# stderr_is_empty CMD...: CMD writes nothing to stderr (a sanitizer report would be there).
stderr_is_empty() {
    limited "$@" > "$TMP/out" 2> "$TMP/err"
    [ ! -s "$TMP/err" ] && return 0
    echo "stderr: '$(show "$(cat "$TMP/err")")'"
    return 1
}

# --- The functions built with the encoder run, and agree with C.
check "runs every function and exits 0" status_is 0 ./emit-demo
for f in sum_to factorial mix length upcase sum_array calls_c greeting; do
    check "$f, built with the encoder and run, matches the same function in C" \
        stdout_matches "^$f +[0-9]+ .* [0-9]+ cases? match(es)?\$" ./emit-demo
done
check "no function disagrees with C" stdout_lacks 'MISMATCH' ./emit-demo
check "each function's mapping is rw-p while written, r-xp while run (read from /proc/self/maps)" \
    stdout_matches '^W\^X: each mapping was rw-p while written and r-xp while run' ./emit-demo

# --- The differential test: every form, every register, against nasm.
agrees_with_nasm() {
    ./emit-demo --nasm-source "$TMP/diff.asm" || return 1
    nasm -f bin -l "$TMP/diff.lst" -o "$TMP/diff.bin" "$TMP/diff.asm" 2>&1 | grep -m1 . && return 1
    ./emit-demo --nasm-compare "$TMP/diff.bin" "$TMP/diff.lst" > "$TMP/diff.out" || { cat "$TMP/diff.out"; return 1; }
    local n
    n=$(sed -n 's/^\([0-9]*\) instructions, .* agree byte for byte$/\1/p' "$TMP/diff.out")
    [ "${n:-0}" -ge 30000 ] || { echo "only ${n:-0} instructions compared: $(cat "$TMP/diff.out")"; return 1; }
}
check "the encoder's bytes equal nasm's for every form, register, immediate and displacement" agrees_with_nasm

# Every instruction function in emit.h is in the reference table, whose rows
# the differential test also assembles with nasm.
every_function_in_table() {
    local f missing=""
    ./emit-demo --table > "$TMP/table" || return 1
    while read -r f; do
        case $f in emit_init|emit_use_label_tables|emit_set_run_address|emit_label_bind|emit_format_error|emit_bytes|emit_align) continue ;; esac
        grep -q "^$f(" "$TMP/table" || missing="$missing $f"
    done < <(sed -n 's/^void \(emit_[a-z0-9_]*\)(Emitter \*e.*/\1/p' emit.h)
    [ -z "$missing" ] || { echo "not in --table (so not checked against nasm there):$missing"; return 1; }
}
check "every instruction function in emit.h has a row in the reference table" every_function_in_table

# A broken comparison must be able to fail: change one byte of nasm's output
# (the first instruction, mov rax, rbx = 48 89 d8, becomes 48 89 c8) and the
# comparison must name that instruction and both byte strings.
# shellcheck disable=SC2016  # the backquotes are part of the expected line
names_a_mismatch() {
    [ -f "$TMP/diff.bin" ] || { echo "no nasm output from the check before"; return 1; }
    cp "$TMP/diff.bin" "$TMP/bad.bin" && printf '\310' | dd of="$TMP/bad.bin" bs=1 seek=2 conv=notrunc 2> /dev/null
    stdout_matches '^mismatch: `mov rax, rbx` \(line 6\): nasm gives 48 89 c8, the encoder gives 48 89 d8$' \
        ./emit-demo --nasm-compare "$TMP/bad.bin" "$TMP/diff.lst"
}
check "a mismatch names the instruction, nasm's bytes and the encoder's" names_a_mismatch

# --- The encoder stands alone: emit.c needs only emit.h (chapter 08 builds it so).
builds_alone() {
    mkdir -p "$TMP/alone" && cp emit.c emit.h "$TMP/alone/" || return 1
    (cd "$TMP/alone" && ${CC:-cc} -std=c11 -Wall -Wextra -Werror -pedantic -c emit.c -o emit.o 2>&1 | head -1)
    [ -f "$TMP/alone/emit.o" ] || { echo "emit.c does not compile on its own"; return 1; }
}
check "emit.c compiles on its own with emit.h (-std=c11 -pedantic)" builds_alone

# --- Errors are values: each one provoked, reported, nothing written out of bounds.
check "every error scenario gives its error and writes nothing past the buffer" status_is 0 ./emit-demo --errors
check "the error scenarios write nothing to stderr (no sanitizer report: memset(NULL) and the like)" \
    stderr_is_empty ./emit-demo --errors
check "a full buffer is reported with the offset" \
    stdout_matches '^fill 32 bytes, then one more +the code buffer is full \(at offset 0x20\)$' ./emit-demo --errors
check "a jump to a label never bound is reported" \
    stdout_matches '^jump to a label never bound +a label is referenced but never bound \(label 0' ./emit-demo --errors
check "a rel8 jump that does not reach is reported, forward and back" \
    stdout_matches '^rel8 jump 129 bytes back +a short \(rel8\) jump does not reach its label' ./emit-demo --errors
check "an immediate that does not fit is reported" \
    stdout_matches '^shl rax, 64 +an immediate does not fit' ./emit-demo --errors
# scenario_ok REGEX: the --errors line matching REGEX is there, and no
# "  UNEXPECTED" or "  OUT OF BOUNDS" line follows it.
scenario_ok() {
    stdout_matches "$1" ./emit-demo --errors || return 1
    local next
    next=$(grep -E -A1 -- "$1" "$TMP/out" | sed -n 2p)
    case $next in "  "*) echo "after the scenario: '$next'"; return 1 ;; esac
}
check "after an error, emit_label_new does nothing (emit.h: later calls do nothing)" \
    scenario_ok '^labels made after an error +an immediate does not fit'
check "emit_call checks its scratch register even when the target is in reach" \
    scenario_ok '^emit_call in reach, register 16 +a register number outside 0\.\.15'
check "emit_align with nothing to pad on an empty NULL buffer is no error" \
    scenario_ok '^align 16, empty NULL buffer +no error$'

# The message emit.h shows for emit_format_error is the one the encoder prints.
header_example_is_real() {
    local want
    want=$(sed -n 's/^ \* "\(a short (rel8) jump .*)\)";$/\1/p' emit.h)
    [ -n "$want" ] || { echo "emit.h shows no example message for emit_format_error"; return 1; }
    stdout_matches "^emit\.h's example +$(printf '%s' "$want" | sed 's/[][().*^$]/\\&/g')\$" ./emit-demo --errors
}
check "the error message emit.h shows is what emit_format_error prints" header_example_is_real
# valgrind cannot run a program built with ASan: both are decided from the machine.
valgrind_name="the error scenarios are clean under valgrind (no write past a malloc'd buffer)"
if why=$(have valgrind); then
    check_if "unsanitized ./emit-demo" "$valgrind_name" status_is 0 valgrind -q --error-exitcode=99 ./emit-demo --errors
else
    skip "$valgrind_name" "$why"
fi

# --- The benchmark runs (its figure is for `make bench`; machines differ).
check "--bench reports instructions per second" stdout_matches '^[0-9]+ million instructions/s' ./emit-demo --bench 0.05

# --- Bad input: one line naming what was wrong, and a sysexits status.
check "--help prints the usage on stdout and exits 0" help_ok ./emit-demo
check "an unknown option is one line naming it (64)" usage_error "unknown option '--bogus'" ./emit-demo --bogus
check "--bench with a bad number names it (64)" usage_error "--bench: 'fast' is not a number" ./emit-demo --bench fast
check "--dump of an unknown function names it (64)" usage_error "--dump: no function named 'nope'" ./emit-demo --dump nope "$TMP/x.bin"
check "--dump with a missing argument says so (64)" usage_error "--dump: missing argument" ./emit-demo --dump sum_to
check "--explain of an unknown example names it, before printing any (64)" \
    usage_error "--explain: no example named 'nope'" ./emit-demo --explain mov-rr nope
check "--table with an extra argument says so (64)" usage_error "--table: too many arguments" ./emit-demo --table x
check "--dump to a file that cannot be created gives 73" status_is 73 ./emit-demo --dump sum_to "$TMP/no/such/dir/x.bin"
check "--dump to a file that cannot be created is one line naming it" \
    stderr_matches "^emit-demo: cannot create .*/no/such/dir/x\.bin: No such file or directory \(ENOENT\)$" \
    ./emit-demo --dump sum_to "$TMP/no/such/dir/x.bin"
check "--nasm-source to a file that cannot be created gives 73" status_is 73 ./emit-demo --nasm-source "$TMP/no/such/dir/x.asm"
check "--nasm-compare on a missing file gives status 66" status_is 66 ./emit-demo --nasm-compare "$TMP/none.bin" "$TMP/none.lst"
printf 'not a listing\n' > "$TMP/junk.lst"; printf 'xx' > "$TMP/junk.bin"
check "--nasm-compare on files that are not nasm's output gives status 65" \
    status_is 65 ./emit-demo --nasm-compare "$TMP/junk.bin" "$TMP/junk.lst"

# --- Output that cannot be written: one line and 74 (stdout closed, full, a pipe with no reader).
check "the lesson's output that cannot be written gives one line and 74" write_error_reported ./emit-demo
check "--table's output that cannot be written gives one line and 74" write_error_reported ./emit-demo --table

# --- A refused mprotect: one line naming the call and the errno. Whether the
# kernel can refuse (PR_SET_MDWE, Linux 6.3+) is asked of the machine (tools/mdwe).
check_if mdwe "with PR_SET_MDWE, mprotect(PROT_EXEC) is refused with status 70" status_is 70 "$ROOT/tools/mdwe" ./emit-demo
check_if mdwe "the refusal is one line on stderr" stderr_one_line "$ROOT/tools/mdwe" ./emit-demo
check_if mdwe "the refusal names mprotect and EACCES" \
    stderr_matches '^emit-demo: mprotect\(PROT_READ\|PROT_EXEC\): Permission denied \(EACCES\): ' "$ROOT/tools/mdwe" ./emit-demo
