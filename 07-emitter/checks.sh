# 07-emitter/checks.sh: what this chapter claims, checked (see tests/lib.sh).
. ../tests/lib.sh

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
check "a full buffer is reported with the offset" \
    stdout_matches '^fill 32 bytes, then one more +the code buffer is full \(at offset 0x20\)$' ./emit-demo --errors
check "a jump to a label never bound is reported" \
    stdout_matches '^jump to a label never bound +a label is referenced but never bound \(label 0' ./emit-demo --errors
check "a rel8 jump that does not reach is reported, forward and back" \
    stdout_matches '^rel8 jump 129 bytes back +a short \(rel8\) jump does not reach its label' ./emit-demo --errors
check "an immediate that does not fit is reported" \
    stdout_matches '^shl rax, 64 +an immediate does not fit' ./emit-demo --errors
if command -v valgrind > /dev/null; then
    check "the error scenarios are clean under valgrind (no write past a malloc'd buffer)" \
        status_is 0 valgrind -q --error-exitcode=99 ./emit-demo --errors
else
    echo "SKIP $CHAPTER: the error scenarios under valgrind: valgrind is not installed (sudo apt-get install valgrind)"
fi

# --- The benchmark runs (its figure is for `make bench`; machines differ).
check "--bench reports instructions per second" stdout_matches '^[0-9]+ million instructions/s' ./emit-demo --bench 0.05

# --- Bad input: a usage line and a sysexits status, never a crash.
check "an unknown option gives status 64" status_is 64 ./emit-demo --bogus
check "an unknown option prints the usage line" stderr_matches '^usage: emit-demo ' ./emit-demo --bogus
check "--bench with a bad number gives status 64" status_is 64 ./emit-demo --bench fast
check "--dump of an unknown function gives status 64" status_is 64 ./emit-demo --dump nope "$TMP/x.bin"
check "--explain of an unknown example gives status 64" status_is 64 ./emit-demo --explain nope
check "--nasm-compare on a missing file gives status 66" status_is 66 ./emit-demo --nasm-compare "$TMP/none.bin" "$TMP/none.lst"
printf 'not a listing\n' > "$TMP/junk.lst"; printf 'xx' > "$TMP/junk.bin"
check "--nasm-compare on files that are not nasm's output gives status 65" \
    status_is 65 ./emit-demo --nasm-compare "$TMP/junk.bin" "$TMP/junk.lst"

# --- A refused mprotect: one line naming the call and the errno.
./emit-demo --deny-exec > /dev/null 2>&1
if [ $? -eq 69 ]; then
    echo "SKIP $CHAPTER: refused mprotect: this kernel has no prctl(PR_SET_MDWE) (Linux 6.3 or later)"
else
    check "with PR_SET_MDWE, mprotect(PROT_EXEC) is refused with status 70" status_is 70 ./emit-demo --deny-exec
    check "the refusal is one line on stderr" stderr_one_line ./emit-demo --deny-exec
    check "the refusal names mprotect and EACCES" \
        stderr_matches '^emit-demo: mprotect\(PROT_READ\|PROT_EXEC\): Permission denied \(EACCES\): ' ./emit-demo --deny-exec
fi
