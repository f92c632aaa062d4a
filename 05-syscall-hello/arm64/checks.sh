# 05-syscall-hello/arm64/checks.sh: a JIT'd system call on AArch64, and the
# registers svc leaves alone (see tests/lib.sh; RUN from tests/arm64.sh).
. ../../tests/lib.sh
. ../../tests/arm64.sh

check "prints its default text and a newline, exit 0" stdout_is $'hello from JIT\'d code\n' "${RUN[@]}" ./jit-write
check "prints the TEXT it is given" stdout_is $'bonjour\n' "${RUN[@]}" ./jit-write bonjour
check "-- lets a TEXT start with -" stdout_is $'-x\n' "${RUN[@]}" ./jit-write -- -x
# The system call, as qemu (or strace) sees it: write(1, ..., 22) returned 22.
write_traced() {
    trace ./jit-write > /dev/null 2> "$TMP/trace"
    grep -Eq 'write\(1, ?[^,]*, ?22\) += 22' "$TMP/trace" && return 0
    echo "no write(1, ..., 22) = 22 in the trace: $(show "$(grep write "$TMP/trace")")"; return 1
}
if [ "$(uname -m)" = aarch64 ] && ! command -v strace > /dev/null; then
    skip "the JIT'd code makes write(1, msg, 22), which returns 22 (traced)" "strace not installed (sudo apt-get install strace)"
else
    check "the JIT'd code makes write(1, msg, 22), which returns 22 (traced)" write_traced
fi
check "--survivors: x1-x7 and x9-x15 hold their values across svc" \
    stdout_is $'after svc, x1-x7 and x9-x15 all hold what they held before\n' "${RUN[@]}" ./jit-write --survivors
# The experiment can fail: a copy whose check of x4 expects the wrong value.
planted_change_is_caught() {
    sed 's/0xd1001084,  /0xd1001484,  /' jit-write.c > "$TMP/planted.c"
    ! cmp -s jit-write.c "$TMP/planted.c" || { echo "could not plant the change (sub x4, x4, #4 not found)"; return 1; }
    local static=(); [ -z "$A64" ] || static=(-static)
    "${A64}gcc" -std=c11 -O2 -I"$ROOT/lib" "${static[@]}" -o "$TMP/planted" "$TMP/planted.c" "$ROOT/lib/helpers.c" || return 1
    stdout_matches 'CHANGED' "${RUN[@]}" "$TMP/planted" --survivors
}
check "--survivors can fail: a planted wrong expectation for x4 says CHANGED" planted_change_is_caught
check "stdout closed: the JIT'd write returns -9, reported as -EBADF, exit 74" \
    stderr_matches '^jit-write: the JIT.d write returned -9 \(-EBADF' sh -c "${RUN[*]} ./jit-write >&-"
check "stdout full: -28, reported as -ENOSPC" stderr_matches 'returned -28 \(-ENOSPC' sh -c "${RUN[*]} ./jit-write > /dev/full"
check "a failed write (closed, full, pipe) is one line and status 74" write_error_reported "${RUN[@]}" ./jit-write
check "--help prints the usage on stdout and exits 0" help_ok "${RUN[@]}" ./jit-write
check "two TEXTs: one line naming the second, exit 64" usage_error "unexpected argument 'b'" "${RUN[@]}" ./jit-write a b
check "an unknown option: one line naming it, exit 64" usage_error "unknown option '-x'" "${RUN[@]}" ./jit-write -x
