# 06-fixups/arm64/checks.sh: fixups into AArch64 bit fields, checked against
# the assembler's own layout (see tests/lib.sh; RUN from tests/arm64.sh).
. ../../tests/lib.sh
. ../../tests/arm64.sh

check "prints the message laid out after the ret, exit 0" stdout_matches '^hello from after the ret$' "${RUN[@]}" ./fixups
check "exits with status 0" status_is 0 "${RUN[@]}" ./fixups

# same_as_reference PROGRAM: PROGRAM's final buffer (--dump) is byte for byte
# what the assembler makes of reference.s, where real labels replace the fixups.
same_as_reference() {
    (cd "$TMP" && "${A64}as" -o reference.o "$OLDPWD/reference.s" && "${A64}objcopy" -O binary -j .text reference.o reference.bin) || return 1
    rm -f "$TMP/fixups.bin"
    "${RUN[@]}" "$1" --dump "$TMP/fixups.bin" > /dev/null 2>&1  # it dumps before it runs the code
    [ -s "$TMP/fixups.bin" ] || { echo "$1 --dump wrote nothing"; return 1; }
    cmp "$TMP/reference.bin" "$TMP/fixups.bin" > "$TMP/cmp" 2>&1 && return 0
    echo "the buffer differs from the assembler's: $(cat "$TMP/cmp")"; return 1
}
check "the patched buffer equals the assembler's for reference.s, byte for byte" same_as_reference ./fixups

# x86's rule (target - the END of the instruction, chapter 06) is wrong here:
# arm64 offsets count from the instruction's own address. A copy patched the
# x86 way must differ from the assembler's, so the check above can fail.
x86_rule_is_caught() {
    sed 's/(int64_t)f->target - (int64_t)f->at;/(int64_t)f->target - (int64_t)(f->at + 4);/' fixups.c > "$TMP/x86rule.c"
    ! cmp -s fixups.c "$TMP/x86rule.c" || { echo "could not plant the x86 rule"; return 1; }
    local static=(); [ -z "$A64" ] || static=(-static)
    "${A64}gcc" -std=c11 -O2 -I"$ROOT/lib" "${static[@]}" -o "$TMP/x86rule" "$TMP/x86rule.c" "$ROOT/lib/helpers.c" || return 1
    local why
    why=$(same_as_reference "$TMP/x86rule") && { echo "a buffer patched with x86's rule matched the assembler's"; return 1; }
    case $why in *differs*) return 0 ;; esac
    echo "unexpected: $why"; return 1
}
check "x86's rule (target - end of instruction) gives a buffer that differs: 4 bytes off" x86_rule_is_caught

check "--far: the adr cannot reach 1 MiB away: one line naming it, exit 70" \
    stderr_matches '^fixups: fixup: adr at \+0x4 cannot reach \+0x100020: 1048604 bytes away, and adr reaches \+-1048576$' "${RUN[@]}" ./fixups --far
check "--far: exit status 70" status_is 70 "${RUN[@]}" ./fixups --far
check "--dump to a file that cannot be created: exit 73" status_is 73 "${RUN[@]}" ./fixups --dump /nonexistent/dir/x.bin
check "--dump with no FILE: one line, exit 64" usage_error '--dump needs a FILE' "${RUN[@]}" ./fixups --dump
check "an unknown argument: one line naming it, exit 64" usage_error "'--bogus'" "${RUN[@]}" ./fixups --bogus
check "--help prints the usage on stdout and exits 0" help_ok "${RUN[@]}" ./fixups
check "a failed write (closed, full, pipe) is one line and status 74" write_error_reported "${RUN[@]}" ./fixups
