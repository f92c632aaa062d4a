# 05-syscall-hello/checks.sh: what this chapter claims, checked (see tests/lib.sh).
. ../tests/lib.sh

# ---- The message: stdout carries exactly what the JIT'd write wrote ----
hello=$'hello world :)\n'
check "prints 'hello world :)' and a newline (byte 10), nothing else on stdout" stdout_is "$hello" ./jit-write
check "exits with status 0" status_is 0 ./jit-write
check "write's result is the message's length, ${#hello}" \
    stderr_matches "^jit_write returned ${#hello}, the length of the message\$" ./jit-write

# The length is an argument, not a constant: texts of other lengths come out
# whole, and write returns each one's length (the text plus its newline).
long_text=$(printf 'x%.0s' $(seq 5000))
for text in "some text" "" "-" "$long_text"; do
    what="'$(show "$text" | cut -c1-12)'"; [ ${#text} -gt 12 ] && what="a ${#text}-byte text"
    check "TEXT $what is written whole, with a newline" stdout_is "$text"$'\n' ./jit-write "$text"
    check "TEXT $what: write returns its length, $(( ${#text} + 1 ))" \
        stderr_matches "^jit_write returned $(( ${#text} + 1 )), the length of the message\$" ./jit-write "$text"
done
check "-- lets TEXT start with '-'" stdout_is $'-n\n' ./jit-write -- -n

# ---- A failing write: the raw -errno, reported properly by the C side ----
closed_stdout=(sh -c './jit-write >&-')
full_disk=(sh -c './jit-write > /dev/full')
check "stdout closed: one line, write returned -9 (-EBADF), named" \
    stderr_matches '^jit-write: write returned -9: Bad file descriptor \(EBADF\)$' "${closed_stdout[@]}"
check "stdout closed: the report is one line" stderr_one_line "${closed_stdout[@]}"
check "stdout closed: exit status 74 (EX_IOERR), no crash" status_is 74 "${closed_stdout[@]}"
check "stdout is /dev/full: write returned -28 (-ENOSPC), named" \
    stderr_matches '^jit-write: write returned -28: No space left on device \(ENOSPC\)$' "${full_disk[@]}"
check "stdout is /dev/full: exit status 74" status_is 74 "${full_disk[@]}"

# ---- rcx and r11 after a syscall, read from the running process ----
# The offset just past the syscall (0f 05) in show_rcx.asm, counted here from
# the assembler's output, independently of the program.
syscall_end=$(../tools/asm2bytes show_rcx.asm |
    awk '{ is_syscall = /\/\* syscall \*\//; sub(/\/\*.*/, ""); n += gsub(/0x/, "") }
         is_syscall { print n; exit }')

# rcx_is_return_address: the rcx line shows rcx = the code's address + the
# offset after the syscall, and the sum is right.
rcx_is_return_address() {
    limited ./jit-write > /dev/null 2> "$TMP/err"
    local re='^rcx: 0x11111111 before the syscall, (0x[0-9a-f]+) after: the code.s (0x[0-9a-f]+) \+ ([0-9]+), the address after the syscall$'
    local line; line=$(grep -E "$re" "$TMP/err") || { echo "no rcx line; stderr: '$(show "$(cat "$TMP/err")")'"; return 1; }
    [[ $line =~ $re ]]
    local rcx=${BASH_REMATCH[1]} code=${BASH_REMATCH[2]} offset=${BASH_REMATCH[3]}
    [ "$offset" = "$syscall_end" ] || { echo "the program says code + $offset, show_rcx.asm's syscall ends at byte $syscall_end"; return 1; }
    [ $(( rcx )) -eq $(( code + syscall_end )) ] || { echo "rcx $rcx is not $code + $syscall_end"; return 1; }
}

# r11_is_rflags: the r11 line shows rflags with the status flags masked off,
# and that value has bit 1 and IF (bit 9) set and no bit above 21.
r11_is_rflags() {
    limited ./jit-write > /dev/null 2> "$TMP/err"
    local re='^r11: 0x11111111 before the syscall, rflags after: (0x[0-9a-f]+) without the status flags'
    local line; line=$(grep -E "$re" "$TMP/err") || { echo "no r11 line; stderr: '$(show "$(cat "$TMP/err")")'"; return 1; }
    [[ $line =~ $re ]]
    local r11=$(( BASH_REMATCH[1] ))
    (( r11 & 2 )) || { echo "r11 ${BASH_REMATCH[1]}: bit 1 is clear"; return 1; }
    (( r11 & 0x200 )) || { echo "r11 ${BASH_REMATCH[1]}: IF (bit 9) is clear"; return 1; }
    (( r11 >> 22 == 0 )) || { echo "r11 ${BASH_REMATCH[1]}: a bit above 21 is set"; return 1; }
}

# FRED (newer Intel CPUs, with a kernel that turns it on) delivers syscall
# without touching rcx and r11; the program says so, and the facts differ.
if grep -qw fred /proc/cpuinfo; then
    echo "SKIP $CHAPTER: rcx and r11 after a syscall: this CPU uses FRED, where syscall may keep them (see the README)"
    check "with FRED, the program still exits 0 and says what it saw" status_is 0 ./jit-write
else
    check "show_rcx.asm has one syscall; it ends at byte $syscall_end" test -n "$syscall_end"
    check "after a syscall, rcx is the address of the instruction after it (code + $syscall_end)" rcx_is_return_address
    check "after a syscall, r11 is rflags (bit 1 and IF set, no bit above 21)" r11_is_rflags
fi

# ---- Bad usage: one line, exit 64 ----
check "two TEXT arguments: exit status 64" status_is 64 ./jit-write some text
check "two TEXT arguments: one line naming the extra argument, with the usage" \
    stderr_matches "^jit-write: unexpected argument 'text' .*; usage: jit-write " ./jit-write some text
check "two TEXT arguments: the refusal is one line" stderr_one_line ./jit-write some text
check "two TEXT arguments: nothing is written" stdout_is '' ./jit-write some text
check "an unknown option: exit status 64" status_is 64 ./jit-write -x
check "an unknown option: one line naming it, with the usage" \
    stderr_matches "^jit-write: unknown option '-x'; usage: jit-write " ./jit-write -x
check "--help: the usage on stdout, exit status 0" stdout_is $'usage: jit-write [--] [TEXT]\n' ./jit-write --help

# ---- A refused mprotect: one clear line, no crash ----
# ../tools/mdwe runs ./jit-write under prctl(PR_SET_MDWE) (Linux 6.3+): the
# kernel refuses to make memory executable that was not. The README shows it.
if ../tools/mdwe true 2> /dev/null; then
    check "under PR_SET_MDWE, mprotect(RX) is refused: one line naming the call and EACCES" \
        stderr_matches '^jit-write: mprotect\(PROT_READ\|PROT_EXEC\): Permission denied \(EACCES\): ' ../tools/mdwe ./jit-write
    check "under PR_SET_MDWE, the refusal is one line on stderr" stderr_one_line ../tools/mdwe ./jit-write
    check "under PR_SET_MDWE, the refusal exits 70, not a crash" status_is 70 ../tools/mdwe ./jit-write
    check "under PR_SET_MDWE, nothing is written" stdout_is '' ../tools/mdwe ./jit-write
else
    echo "SKIP $CHAPTER: a refused mprotect: this kernel has no PR_SET_MDWE (Linux 6.3+)"
fi
