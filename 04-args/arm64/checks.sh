# 04-args/arm64/checks.sh: JIT'd functions with arguments on AArch64, checked
# against C (see tests/lib.sh; RUN from tests/arm64.sh).
. ../../tests/lib.sh
. ../../tests/arm64.sh

check "demo: exits 0, every JIT'd result equals C's" status_is 0 "${RUN[@]}" ./args
check "demo: no line says DIFFERENT" stdout_lacks 'DIFFERENT' "${RUN[@]}" ./args
check "const64: movz and three movk build 0x1234567890abcdef" \
    stdout_matches '^const64\(\) += 0x1234567890abcdef ' "${RUN[@]}" ./args
check "add32's result read as a long: writing w0 zeroed bits 63-32 (-1 becomes 4294967295)" \
    stdout_matches '^add32\(-1, 0\) read as a long += 4294967295 ' "${RUN[@]}" ./args
check "--self-test: 41173 calls over edge and random values, none differs from C" \
    stdout_is $'self-test: 41173 calls, 0 differ from C\n' "${RUN[@]}" ./args --self-test
add_is() { stdout_matches "^add\(X, Y\) += $(( $1 + $2 )) " "${RUN[@]}" ./args "$1" "$2"; }
check "args 5 -7: the JIT'd add gives what the shell computes" add_is 5 -7
check "args 9223372036854775807 1: wraps as the CPU does" add_is 9223372036854775807 1

# The self-test can fail: six with two registers swapped (sub x0, x1, x0).
swapped_register_is_caught() {
    sed 's/0xcb010000,  /0xcb000020,  /' args.c > "$TMP/swapped.c"
    ! cmp -s args.c "$TMP/swapped.c" || { echo "could not plant the swap"; return 1; }
    local static=(); [ -z "$A64" ] || static=(-static)
    "${A64}gcc" -std=c11 -O2 -I"$ROOT/lib" "${static[@]}" -o "$TMP/swapped" "$TMP/swapped.c" "$ROOT/lib/helpers.c" || return 1
    status_is 70 "${RUN[@]}" "$TMP/swapped" --self-test
}
check "a planted swap of two registers in six makes --self-test fail (exit 70)" swapped_register_is_caught

check "--help prints the usage on stdout and exits 0" help_ok "${RUN[@]}" ./args
check "' 5' is not a number: one line, exit 64" usage_error "' 5': not a decimal long" "${RUN[@]}" ./args ' 5' 1
check "+5 is not a number either" usage_error "'\+5': not a decimal long" "${RUN[@]}" ./args 1 +5
check "three numbers: one line, exit 64" usage_error 'too many arguments' "${RUN[@]}" ./args 1 2 3
check "a failed write (closed, full, pipe) is one line and status 74" write_error_reported "${RUN[@]}" ./args
