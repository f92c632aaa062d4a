# 00-hello-asm/checks.sh: what this chapter claims, checked (see tests/lib.sh).
. ../tests/lib.sh

check "prints 'hello world :)' and a newline, nothing else" stdout_is $'hello world :)\n' ./hello
check "exits with status 0" status_is 0 ./hello

# build_edited DIR SED-SCRIPT: hello.asm (and what it includes) copied to DIR,
# edited by SED-SCRIPT, assembled and linked there; ld's messages in DIR/ld.err.
build_edited() {
    mkdir -p "$1" && cp hello.asm args-and-errors.inc "$1/" || return 1
    sed -i "$2" "$1/hello.asm"
    cmp -s hello.asm "$1/hello.asm" && { echo "the edit '$2' changed nothing in hello.asm"; return 1; }
    (cd "$1" && nasm -f elf64 -o hello.o hello.asm && ld -o hello hello.o 2> ld.err)
}

# The length is computed by the assembler: change the message and nothing else,
# and the whole new message still comes out.
longer_message_needs_no_other_edit() {
    build_edited "$TMP/edit" 's/db "hello world :)", 10/db "a longer message, counted by nasm", 10/' || return 1
    stdout_is $'a longer message, counted by nasm\n' "$TMP/edit/hello"
}
check "the length comes from 'equ \$ - msg': a new message needs no other edit" longer_message_needs_no_other_edit

# --- Arguments: hello takes none; --help says so.
check "--help prints a usage line on stdout and exits 0" help_ok ./hello
check "--help prints exactly the usage line, no stray bytes" \
    stdout_is $'usage: hello   (prints \'hello world :)\'; takes no arguments)\n' ./hello --help
check "an argument is refused in one line naming it, status 64" usage_error "^hello: unexpected argument '--bogus' " ./hello --bogus
check "--help followed by more: the extra argument is named" usage_error "'extra'" ./hello --help extra
check "--helpx is not --help (the compare includes the NUL)" usage_error "'--helpx'" ./hello --helpx

# --- A write that fails: one line, status 74, SIGPIPE ignored (rt_sigaction).
check "a failed write (stdout closed, /dev/full, a pipe with no reader): one line, status 74" write_error_reported ./hello
check "the same for --help's usage line" write_error_reported ./hello --help
# names_the_result: the line shows write's own result: -9 (EBADF), -28 (ENOSPC), -32 (EPIPE).
names_the_result() {
    stderr_matches '^hello: cannot write to standard output \(write returned -9\)$' sh -c './hello >&-' || return 1
    stderr_matches 'returned -28\)$' sh -c './hello > /dev/full' || return 1
    rm -f "$TMP/fifo"; mkfifo "$TMP/fifo" || return 1
    # shellcheck disable=SC2094  # one fifo opened twice on purpose, as in write_error_reported
    ( exec 3<> "$TMP/fifo" 4> "$TMP/fifo" 3<&-; ./hello >&4 4>&- 2> "$TMP/pipe.err" )
    grep -q 'returned -32)$' "$TMP/pipe.err" || { echo "a pipe with no reader: stderr is '$(show "$(cat "$TMP/pipe.err")")', expected write returned -32 (EPIPE)"; return 1; }
}
check "the line names what write returned: -9 closed, -28 full, -32 no reader" names_the_result

# --- The program file.
no_libc() { ! readelf -lW hello | grep -q INTERP || { echo "hello asks for a dynamic loader"; return 1; }; }
check "no C library: the program has no dynamic loader (INTERP)" no_libc
check "the stack is not executable (readelf -lW: GNU_STACK is RW)" stdout_matches 'GNU_STACK .* RW +0x' readelf -lW hello
# Without the note, this ld writes no GNU_STACK header at all, and says nothing.
no_note_no_header() {
    build_edited "$TMP/nonote" '/^section \.note\.GNU-stack/d' || return 1
    [ ! -s "$TMP/nonote/ld.err" ] || { echo "ld warned: $(show "$(cat "$TMP/nonote/ld.err")")"; return 1; }
    readelf -lW "$TMP/nonote/hello" > "$TMP/nonote/headers" || return 1
    ! grep -q GNU_STACK "$TMP/nonote/headers" || { echo "without the note: $(grep GNU_STACK "$TMP/nonote/headers")"; return 1; }
}
check "without the .note.GNU-stack line, ld writes no GNU_STACK header and no warning" no_note_no_header
