# 00-hello-asm/checks.sh: what this chapter claims, checked (see tests/lib.sh).
. ../tests/lib.sh

check "prints 'hello world :)' and a newline, nothing else" stdout_is $'hello world :)\n' ./hello
check "exits with status 0" status_is 0 ./hello

# The length is computed by the assembler: change the message and nothing else,
# and the whole new message still comes out.
longer_message_needs_no_other_edit() {
    mkdir -p "$TMP/edit" && cp hello.asm "$TMP/edit/" || return 1
    sed -i 's/db "hello world :)", 10/db "a longer message, counted by nasm", 10/' "$TMP/edit/hello.asm"
    (cd "$TMP/edit" && nasm -f elf64 -o hello.o hello.asm && ld -o hello hello.o) || return 1
    stdout_is $'a longer message, counted by nasm\n' "$TMP/edit/hello"
}
check "the length comes from 'equ \$ - msg': a new message needs no other edit" longer_message_needs_no_other_edit

check "a write that fails (stdout closed) gives exit status 1" status_is 1 sh -c './hello >&-'
check "a write that fails (stdout is /dev/full) gives exit status 1" status_is 1 sh -c './hello > /dev/full'

no_libc() { ! readelf -lW hello | grep -q INTERP || { echo "hello asks for a dynamic loader"; return 1; }; }
check "no C library: the program has no dynamic loader (INTERP)" no_libc
check "the stack is not executable (readelf -lW: GNU_STACK is RW)" stdout_matches 'GNU_STACK .* RW +0x' readelf -lW hello
