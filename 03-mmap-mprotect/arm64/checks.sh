# 03-mmap-mprotect/arm64/checks.sh: W^X on AArch64, and proof that the
# instruction cache is flushed between writing code and running it.
. ../../tests/lib.sh
. ../../tests/arm64.sh

# steps_are OUTPUT-FILE PERMS...: the maps permissions printed after each step, in order.
steps_are() {
    local file=$1 got; shift
    got=$(grep -v -e '^call it' -e '^(flush-spy)' "$file" | awk '{ print $NF }' | tr '\n' ' ')
    [ "$got" = "$* " ] && return 0
    echo "the steps' permissions are '$got', expected '$* '"; return 1
}
"${RUN[@]}" ./wx-jit > "$TMP/run" 2>&1
"${RUN[@]}" ./wx-jit --patch > "$TMP/patch" 2>&1
"${RUN[@]}" ./wx-jit-spy --patch > "$TMP/spy" 2>&1

check "run: exits with status 0" status_is 0 "${RUN[@]}" ./wx-jit
check "run: the JIT'd code returns 1" stdout_matches '^call it +returned 1$' cat "$TMP/run"
check "run: /proc/self/maps after each step: rw-p, rw-p, r-xp, then no mapping" \
    steps_are "$TMP/run" rw-p rw-p r-xp none
check "--patch: the patched code returns 2" stdout_matches '^call it +returned 2$' cat "$TMP/patch"
check "--patch: rw-p, rw-p, r-xp, rw-p, rw-p, r-xp, none: never writable and executable" \
    steps_are "$TMP/patch" rw-p rw-p r-xp rw-p rw-p r-xp none

# flushed_between FROM TO RANGE-END-OFFSET: in the spy's output, a flush comes
# after the line matching FROM and before the next line matching TO, and it
# covers the code's first bytes up to the given offset from the mapping.
flushed_between() {
    local from=$1 to=$2 size=$3 code flush
    code=$(sed -n 's/^mmap(RW) at \(0x[0-9a-f]*\).*/\1/p' "$TMP/spy")
    flush=$(awk -v from="$from" -v to="$to" '
        index($0, from) == 1 { armed = 1; next }
        armed && index($0, to) == 1 { exit }
        armed && /^\(flush-spy\)/ { print $NF; exit }' "$TMP/spy")
    [ -n "$flush" ] || { echo "no instruction-cache flush between '$from' and '$to': the code would run stale bytes on real arm64 hardware"; return 1; }
    [ $((${flush%-*})) -le $((code)) ] && [ $((${flush#*-})) -ge $((code + size)) ] && return 0
    echo "the flush covers $flush, but the code is at $code and $size bytes long"; return 1
}
check "the flush runs after the code is written and before it is made executable, over its 8 bytes" \
    flushed_between "write mov w0, #1" "call it" 8
check "--patch: the patched word is flushed before the code runs again" \
    flushed_between "write mov w0, #2" "call it" 4

# The checker must be able to fail: the same program with jit_flush emptied.
no_flush_is_caught() {
    sed 's/__builtin___clear_cache((char \*)code, (char \*)code + size);/(void)code; (void)size;/' wx-jit.c > "$TMP/noflush.c"
    ! cmp -s wx-jit.c "$TMP/noflush.c" || { echo "could not remove the flush from wx-jit.c"; return 1; }
    local static=(); [ -z "$A64" ] || static=(-static)
    "${A64}gcc" -std=c11 -O2 -I"$ROOT/lib" "${static[@]}" -Wl,--wrap=__clear_cache \
        -o "$TMP/noflush-spy" "$TMP/noflush.c" flush-spy.c "$ROOT/lib/helpers.c" || return 1
    "${RUN[@]}" "$TMP/noflush-spy" --patch > "$TMP/spy" 2>&1
    local why
    why=$(flushed_between "write mov w0, #1" "call it" 8) && { echo "a program without the flush passed the flush check"; return 1; }
    case $why in *"no instruction-cache flush"*) return 0 ;; esac
    echo "unexpected reason: $why"; return 1
}
check "with the flush removed, the flush check fails and names the missing flush" no_flush_is_caught

# What __builtin___clear_cache runs: clean the data cache to the point of
# unification (dc cvau), wait (dsb ish), invalidate the instruction cache (ic
# ivau), wait, and resynchronise the pipeline (isb).
flush_routine_has() {
    local insn
    "${A64}objdump" -d --no-show-raw-insn wx-jit | awk '/^[0-9a-f]+ <__aarch64_sync_cache_range>:/,/^$/' > "$TMP/flush.dis"
    for insn in 'dc	cvau' 'dsb	ish' 'ic	ivau' 'isb'; do
        grep -q "	$insn" "$TMP/flush.dis" || { echo "no '$insn' in __aarch64_sync_cache_range"; return 1; }
    done
}
check "the flush routine in the program does dc cvau, dsb ish, ic ivau, isb" flush_routine_has

# qemu-user hides the bug: it notices writes to code it has translated and
# translates again, so stale code runs the new bytes anyway. On real hardware
# the result of the no-flush program is not predictable, so this is qemu-only.
qemu_runs_new_bytes() {
    "${RUN[@]}" "$TMP/noflush-spy" --patch | grep -q '^call it  *returned 2$' && return 0
    echo "under qemu, the patched code without a flush did not return 2"; return 1
}
if [ "$(uname -m)" = aarch64 ]; then
    skip "under qemu-user, code patched without a flush still runs the new bytes (the emulator hides the bug)" "this is real arm64 hardware, not qemu"
else
    check "under qemu-user, code patched without a flush still runs the new bytes (the emulator hides the bug)" qemu_runs_new_bytes
fi

# A hardened kernel refuses the mprotect. qemu-user itself needs writable and
# executable memory for its translator, so this runs only natively.
if [ "$(uname -m)" != aarch64 ]; then
    skip "under tools/mdwe, mprotect(RX) is refused: one line naming the call and EACCES, exit 70" "qemu-user cannot run under PR_SET_MDWE (its translator needs W+X memory)"
else
    check_if mdwe "under tools/mdwe, mprotect(RX) is refused: one line naming the call and EACCES, exit 70" \
        stderr_matches '^wx-jit: mprotect\(PROT_READ\|PROT_EXEC\): .*\(EACCES\)$' "$ROOT/tools/mdwe" ./wx-jit
fi

check "--help prints the usage on stdout and exits 0" help_ok "${RUN[@]}" ./wx-jit
check "a bad argument: one line naming it, exit 64" usage_error "'--bogus'" "${RUN[@]}" ./wx-jit --bogus
check "a failed write (closed, full, pipe) is one line and status 74" write_error_reported "${RUN[@]}" ./wx-jit
