# 00-hello-asm/arm64/checks.sh: what the arm64 hello claims, checked (see tests/lib.sh).
. ../../tests/lib.sh
. ../../tests/arm64.sh

check "prints 'hello world :)' and a newline, nothing else" stdout_is $'hello world :)\n' "${RUN[@]}" ./hello
check "exits with status 0" status_is 0 "${RUN[@]}" ./hello

# The system calls, as the kernel (or qemu) sees them: write is 64 and exit is
# 93 on arm64, passed in x8.
syscalls_made() {
    trace ./hello > /dev/null 2> "$TMP/trace"
    grep -q 'write(1,.*,15)' "$TMP/trace" || { echo "no write(1, ..., 15) in the trace: $(show "$(cat "$TMP/trace")")"; return 1; }
    grep -Eq 'exit\(0\)|exit_group\(0\)' "$TMP/trace" || { echo "no exit(0) in the trace: $(show "$(cat "$TMP/trace")")"; return 1; }
}
if [ "$(uname -m)" = aarch64 ] && ! command -v strace > /dev/null; then
    skip "the program makes write(1, msg, 15) then exit(0) (traced)" "strace not installed (sudo apt-get install strace)"
else
    check "the program makes write(1, msg, 15) then exit(0) (traced)" syscalls_made
fi

# The length is computed by the assembler: change the message and nothing else.
longer_message_needs_no_other_edit() {
    mkdir -p "$TMP/edit" && cp hello.s "$TMP/edit/" || return 1
    sed -i 's/"hello world :)\\n"/"a longer message, counted by as\\n"/' "$TMP/edit/hello.s"
    (cd "$TMP/edit" && "${A64}as" -o hello.o hello.s && "${A64}ld" -o hello hello.o) || return 1
    stdout_is $'a longer message, counted by as\n' "${RUN[@]}" "$TMP/edit/hello"
}
check "the length comes from '.equ msg_len, . - msg': a new message needs no other edit" longer_message_needs_no_other_edit

check "a failed write (stdout closed, full, or a pipe with no reader) is one line and status 74" \
    write_error_reported "${RUN[@]}" ./hello

no_libc() { ! readelf -lW hello | grep -q INTERP || { echo "hello asks for a dynamic loader"; return 1; }; }
check "no C library: the program has no dynamic loader (INTERP)" no_libc
check "it is an AArch64 program (readelf: Machine AArch64)" stdout_matches 'Machine: +AArch64' readelf -h hello
check "the stack is not executable (readelf -lW: GNU_STACK is RW)" stdout_matches 'GNU_STACK .* RW +0x' readelf -lW hello
