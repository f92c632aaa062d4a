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
check "stdout closed, full, or a pipe with no reader: one line and exit 74 each" write_error_reported ./jit-write

# ---- W^X, read back from /proc/self/maps by the running program ----
# wx_from_maps: the program says what /proc/self/maps showed after mmap and
# after mprotect; the line must name rw-p, then r-xp. (A page mapped RWX, or
# an mprotect dropped, makes the program stop with "W^X broken" instead.)
wx_from_maps() {
    limited ./jit-write > /dev/null 2> "$TMP/err"
    grep -q '^the page was rw-p after mmap and r-xp after mprotect, as /proc/self/maps showed' "$TMP/err" && return 0
    echo "no W^X line; stderr: '$(show "$(grep -v '^r[c1]' "$TMP/err")")'"
    return 1
}
check "W^X from /proc/self/maps: rw-p after mmap, r-xp after mprotect" wx_from_maps

# ---- rcx and r11 after a syscall, read from the running process ----
# The offset just past the syscall (0f 05) in show_rcx.asm, counted here from
# the assembler's output, independently of the program.
syscall_end=$(../tools/asm2bytes show_rcx.asm |
    awk '{ is_syscall = /\/\* syscall \*\//; sub(/\/\*.*/, ""); n += gsub(/0x/, "") }
         is_syscall { print n; exit }')

# rcx_line: run the program and set rcx, code and offset from its rcx line.
rcx_line() {
    limited ./jit-write > /dev/null 2> "$TMP/err"
    local re='^rcx: 0x11111111 before the syscall, (0x[0-9a-f]+) after: the code.s (0x[0-9a-f]+) \+ ([0-9]+), the address after the syscall$'
    local line; line=$(grep -E "$re" "$TMP/err") || { echo "no rcx line; stderr: '$(show "$(cat "$TMP/err")")'"; return 1; }
    [[ $line =~ $re ]]
    rcx=${BASH_REMATCH[1]} code=${BASH_REMATCH[2]} offset=${BASH_REMATCH[3]}
}

# syscall_offset_agrees: the offset the program found in its own copy of
# show_rcx is where the syscall ends in the assembler's bytes.
syscall_offset_agrees() {
    local rcx code offset
    [ -n "$syscall_end" ] || { echo "cannot count show_rcx.asm's bytes with asm2bytes"; return 1; }
    rcx_line || return 1
    [ "$offset" = "$syscall_end" ] || { echo "the program says code + $offset, show_rcx.asm's syscall ends at byte $syscall_end"; return 1; }
}

# rcx_is_return_address: rcx = the code's address + the assembler's offset.
rcx_is_return_address() {
    local rcx code offset
    rcx_line || return 1
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
# without touching rcx and r11, so the facts differ. The probe reads the CPU's
# flags, not the program: on such a machine three SKIP lines replace them.
if grep -qw fred /proc/cpuinfo; then
    for name in "the program's syscall offset" "rcx after a syscall" "r11 after a syscall"; do
        skip "$name" "this CPU uses FRED, where syscall may keep rcx and r11 (see the README)"
    done
else
    check "the program finds show_rcx's syscall ending at byte $syscall_end, as asm2bytes counts it" syscall_offset_agrees
    check "after a syscall, rcx is the address of the instruction after it (code + $syscall_end)" rcx_is_return_address
    check "after a syscall, r11 is rflags (bit 1 and IF set, no bit above 21)" r11_is_rflags
fi
check "rcx and r11 (or FRED's kept marker): the program exits 0 and says what it saw" \
    stderr_matches '^(rcx: 0x11111111 before|rcx and r11 kept 0x11111111)' ./jit-write

# ---- Bad usage: one line naming the argument, exit 64; --help on stdout ----
check "two TEXT arguments: one line naming the extra argument, exit 64, nothing written" \
    usage_error "^jit-write: unexpected argument 'text' " ./jit-write some text
check "an unknown option: one line naming it, exit 64" usage_error "^jit-write: unknown option '-x' " ./jit-write -x
check "an unknown option after TEXT is TEXT's second word: one line, exit 64" \
    usage_error "^jit-write: unexpected argument '-x' " ./jit-write hello -x
check "--help: the usage on stdout, exit status 0" help_ok ./jit-write
check "--help prints exactly the usage line" stdout_is $'usage: jit-write [--] [TEXT]\n' ./jit-write --help

# ---- mov rdi, 1: NASM picks the short form, GNU as keeps the long one ----
# bytes_are WANT FILE: asm2bytes prints exactly the bytes WANT ("bf 01 00 00 00") for FILE.
bytes_are() {
    local got
    got=$(limited ../tools/asm2bytes "$2" | sed 's,/\*.*\*/,,g' | grep -oE '0x[0-9a-f]{2}' | sed 's/0x//' | xargs)
    [ "$got" = "$1" ] && return 0
    echo "asm2bytes $2 gives '$got', expected '$1'"
    return 1
}
check "NASM assembles 'mov rdi, 1' to bf 01 00 00 00 (mov edi, 1)" bytes_are "bf 01 00 00 00" mov_rdi.asm
check "GNU as assembles the same line to 48 c7 c7 01 00 00 00" bytes_are "48 c7 c7 01 00 00 00" mov_rdi.s
# The seed's listing is Intel syntax; as reads AT&T unless told otherwise.
seed_line_in_as() {
    local got
    got=$(printf 'mov rdi, 1\n' | limited as --64 -o "$TMP/seed.o" 2>&1) && { echo "as accepted it"; return 1; }
    grep -q "Error: operand size mismatch for .mov'" <<< "$got" && return 0
    echo "as says: $(show "$got")"
    return 1
}
check "GNU as, in its default AT&T syntax, refuses 'mov rdi, 1': operand size mismatch" seed_line_in_as

# ---- A refused mprotect: one clear line, no crash ----
# ../tools/mdwe runs ./jit-write under prctl(PR_SET_MDWE) (Linux 6.3+): the
# kernel refuses to make memory executable that was not. The README shows it.
# These come on top of the /proc/self/maps checks above, which run everywhere.
check_if mdwe "under PR_SET_MDWE, mprotect(RX) is refused: one line naming the call and EACCES" \
    stderr_matches '^jit-write: mprotect\(PROT_READ\|PROT_EXEC\): Permission denied \(EACCES\): ' ../tools/mdwe ./jit-write
check_if mdwe "under PR_SET_MDWE, the refusal is one line on stderr" stderr_one_line ../tools/mdwe ./jit-write
check_if mdwe "under PR_SET_MDWE, the refusal exits 70, not a crash" status_is 70 ../tools/mdwe ./jit-write
check_if mdwe "under PR_SET_MDWE, nothing is written" stdout_is '' ../tools/mdwe ./jit-write

# ---- clang's -fsanitize=function and JIT'd code (see CALLS_JIT_CODE in syscall-clobbers.h).
# probed_callers: the functions of ./jit-write that check the 8 bytes before an
# indirect-call target for clang's signature (cmpl $0xc105cafe). None of those
# that call JIT'd code may: there, the bytes before the page may be unmapped.
no_probe_before_jit_calls() {
    local found
    found=$(objdump -d ./jit-write | awk '/^[0-9a-f]+ </ { f = $2 } /\$0xc105cafe,/ { print f }' |
        grep -E '^<(main|write_message|run_show|show_clobbers)>' | sort -u | xargs)
    [ -z "$found" ] && return 0
    echo "-fsanitize=function probes the JIT'd code's page in $found"
    return 1
}
check "calls into JIT'd code carry no -fsanitize=function probe (clang 17+ with UBSan)" no_probe_before_jit_calls
