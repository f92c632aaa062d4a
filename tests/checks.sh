# tests/checks.sh: the repo-wide checks, run by tests/check-all from the repo
# root after every chapter's own. Same one-line PASS/FAIL format (tests/lib.sh).
. tests/lib.sh

chapters=()
for d in [0-9][0-9]-*/; do chapters+=("${d%/}"); done

# --- The root README's shown output is real.
tests/check-readme README.md

# --- tools/asm2bytes: bytes from the assembler, and clear refusals.
printf 'mov eax, 1\nret\n' > "$TMP/one.asm"
check "asm2bytes prints a snippet's bytes, one instruction a line" \
    stdout_is $'{ /* '"$TMP"$'/one.asm */\n    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */\n    0xc3,                                    /* ret */\n}\n' \
    tools/asm2bytes "$TMP/one.asm"
printf '.intel_syntax noprefix\nmov rax, rdi\nret\n' > "$TMP/gas.s"
check "asm2bytes takes GNU as sources (.s) too" stdout_matches '0x48, 0x89, 0xf8, .*mov rax,rdi' tools/asm2bytes "$TMP/gas.s"
check "asm2bytes with no file gives a usage line and status 64" status_is 64 tools/asm2bytes
check "asm2bytes usage message says what it takes" stderr_matches '^usage: asm2bytes FILE' tools/asm2bytes
printf 'mov rax, rdx, 3\n' > "$TMP/bad.asm"
check "asm2bytes on a snippet that does not assemble shows nasm's error" stderr_matches 'bad.asm:1: error' tools/asm2bytes "$TMP/bad.asm"
check "asm2bytes on a snippet that does not assemble exits 65" status_is 65 tools/asm2bytes "$TMP/bad.asm"
printf 'extern puts\ncall puts\n' > "$TMP/reloc.asm"
check "asm2bytes refuses a snippet with relocations (its bytes are not final)" status_is 65 tools/asm2bytes "$TMP/reloc.asm"

# --- The checkers themselves can fail: feed each a planted mistake.
mkdir -p "$TMP/planted"
printf 'add rax, rsi\nret\n' > "$TMP/planted/add.asm"
printf '/* asm2bytes add.asm */\nstatic const unsigned char c[] = {\n    0x48, 0x01, 0xf1, 0xc3,\n};\n' > "$TMP/planted/p.c"
check "check-bytes catches a flipped byte and names it" \
    stdout_matches '^FAIL .*p\.c:c .*byte 2 is 0xf1 in p\.c, the assembler gives 0xf0' tests/check-bytes "$TMP/planted"
# shellcheck disable=SC2016  # the $ is the README's prompt
printf '# t\n```console\n$ echo hello\nhallo\n```\n' > "$TMP/planted/README.md"
check "check-readme catches a README whose output is out of date" \
    stdout_matches '^FAIL .*line 1: the README shows "hallo", the command prints "hello"' tests/check-readme "$TMP/planted/README.md"
# shellcheck disable=SC2016
printf '# t\n```console if=false\n$ echo hello\nhallo\n```\n```console if=true\n$ echo hi\nho\n```\n' > "$TMP/planted/README.md"
# shellcheck disable=SC2016  # backquotes in a pattern
check "check-readme skips a block whose if= condition fails, with a SKIP line" \
    stdout_matches '^SKIP .*`echo hello`.*condition `false`' tests/check-readme "$TMP/planted/README.md"
# shellcheck disable=SC2016
check "check-readme still checks a block whose if= condition holds" \
    stdout_matches '^FAIL .*`echo hi`.*README shows "ho"' tests/check-readme "$TMP/planted/README.md"


# --- Nothing in the project reads the workbook's source material.
no_shared() { ! git grep -n -e '\.\./shared' -- . ':!tests/checks.sh'; }
check "nothing in the project refers to ../shared" no_shared

# --- Every chapter keeps the contract's layout.
has_parts() {
    local c=$1 f
    for f in README.md Makefile checks.sh; do [ -f "$c/$f" ] || { echo "$c has no $f"; return 1; }; done
    grep -q 'include \.\./mk/chapter\.mk' "$c/Makefile" || { echo "$c/Makefile does not include ../mk/chapter.mk"; return 1; }
    for f in '## Exercises' '## Further reading'; do
        grep -q "^$f" "$c/README.md" || { echo "$c/README.md has no '$f' section"; return 1; }
    done
}
for c in "${chapters[@]}"; do
    check "$c has a README (with exercises and further reading), a Makefile on mk/chapter.mk and checks.sh" has_parts "$c"
done

# --- No program has an executable stack (every NASM object has .note.GNU-stack).
stack_not_exec() {
    local prog=$1 line
    line=$(readelf -lW "$prog" | grep GNU_STACK) || { echo "$prog has no GNU_STACK header"; return 1; }
    case $line in *RWE*) echo "$prog has an executable stack: $line"; return 1 ;; esac
}
for c in "${chapters[@]}"; do
    prog=$(sed -n 's/^PROG *:*= *//p' "$c/Makefile")
    if [ -x "$c/$prog" ]; then check "$c/$prog has no executable stack" stack_not_exec "$c/$prog"; fi
done

# --- tools/mdwe: runs a command the way a hardened kernel would.
check "mdwe with no command gives a usage line and status 64" usage_error . tools/mdwe
if tools/mdwe true 2> /dev/null; then
    check "under tools/mdwe, the kernel refuses the W^X path's mprotect (03's program exits 70)" \
        stderr_matches '^wx-jit: mprotect\(PROT_READ\|PROT_EXEC\).*EACCES' tools/mdwe 03-mmap-mprotect/wx-jit
    check "under tools/mdwe, a program that needs no executable memory runs as usual" \
        stdout_is $'hello world :)\n' tools/mdwe 00-hello-asm/hello
else
    echo "SKIP repo: tools/mdwe: this kernel has no PR_SET_MDWE (Linux 6.3+)"
fi
