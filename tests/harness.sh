# tests/harness.sh: the harness checks itself. Each tool and checker is fed a
# planted mistake and must catch it, and the build plumbing is tried in a small
# workbook of its own at a path with a space and non-ASCII letters. Run by
# tests/check-all from the repo root, side by side with the chapters (it looks
# at nothing they build). Same one-line PASS/FAIL/SKIP format (tests/lib.sh);
# its lines count among the repo-wide checks the root Makefile declares.
. tests/lib.sh
# Planted builds below take CC and CFLAGS from the environment, not from the
# command line of an outer make (which would override the ones they set).
unset MAKEFLAGS MFLAGS MAKELEVEL

# refuses ASSERTION ARGS...: the assertion fails on a planted bad program (a
# check that cannot fail proves nothing).
refuses() {
    if "$@" > "$TMP/refused" 2>&1; then echo "the assertion passed a planted bad program"; return 1; fi
}

# --- tools/asm2bytes: bytes from the assembler, and clear refusals.
printf 'mov eax, 1\nret\n' > "$TMP/one.asm"
check "asm2bytes prints a snippet's bytes, one instruction a line" \
    stdout_is $'{ /* '"$TMP"$'/one.asm */\n    0xb8, 0x01, 0x00, 0x00, 0x00,            /* mov eax,0x1 */\n    0xc3,                                    /* ret */\n}\n' \
    tools/asm2bytes "$TMP/one.asm"
printf '.intel_syntax noprefix\nmov rax, rdi\nret\n' > "$TMP/gas.s"
check "asm2bytes takes GNU as sources (.s) too" stdout_matches '0x48, 0x89, 0xf8, .*mov rax,rdi' tools/asm2bytes "$TMP/gas.s"
check "asm2bytes with no file: one usage line naming the problem, status 64" usage_error 'no file' tools/asm2bytes
check "asm2bytes --bogus: one usage line naming the option, status 64" usage_error "unknown option '--bogus'" tools/asm2bytes --bogus
check "asm2bytes --help prints its usage on stdout and exits 0" help_ok tools/asm2bytes
printf 'mov rax, rdx, 3\n' > "$TMP/bad.asm"
check "asm2bytes on a snippet that does not assemble shows nasm's error" stderr_matches 'bad.asm:1: error' tools/asm2bytes "$TMP/bad.asm"
check "asm2bytes on a snippet that does not assemble exits 65" status_is 65 tools/asm2bytes "$TMP/bad.asm"
printf 'extern puts\ncall puts\n' > "$TMP/reloc.asm"
check "asm2bytes refuses a snippet with relocations (its bytes are not final)" status_is 65 tools/asm2bytes "$TMP/reloc.asm"
printf '; nothing here\n' > "$TMP/empty.asm"
empty_snippet() {
    status_is 65 tools/asm2bytes "$TMP/empty.asm" || return 1
    [ ! -s "$TMP/out" ] || { echo "stdout is not empty: '$(show "$(cat "$TMP/out")")'"; return 1; }
    [ "$(cat "$TMP/err")" = "asm2bytes: $TMP/empty.asm: no instructions" ] || { echo "stderr is '$(show "$(cat "$TMP/err")")'"; return 1; }
}
check "asm2bytes on an empty snippet: one line 'no instructions', status 65, no half initializer" empty_snippet
# A PATH with nasm but no objdump (binutils): one line naming the package, 69.
mkdir -p "$TMP/no-objdump"
ln -s "$(command -v nasm)" "$TMP/no-objdump/nasm"
no_objdump() {
    status_is 69 env PATH="$TMP/no-objdump" /bin/sh tools/asm2bytes "$TMP/one.asm" || return 1
    [ "$(cat "$TMP/err")" = "asm2bytes: objdump not found: install it with 'sudo apt-get install binutils' (Fedora: 'sudo dnf install binutils')" ] \
        || { echo "stderr is '$(show "$(cat "$TMP/err")")'"; return 1; }
}
check "asm2bytes without objdump: one line naming binutils, status 69" no_objdump

# --- The checkers themselves can fail: feed each a planted mistake.
mkdir -p "$TMP/planted"
printf 'add rax, rsi\nret\n' > "$TMP/planted/add.asm"
# plant_c TEXT: the planted chapter's only C source is TEXT.
plant_c() { printf '%s\n' "$1" > "$TMP/planted/p.c"; }
plant_c $'/* asm2bytes add.asm */\nstatic const unsigned char c[] = {\n    0x48, 0x01, 0xf1, 0xc3,\n};'
check "check-bytes catches a flipped byte and names it" \
    stdout_matches '^FAIL .*p\.c:c .*byte 2 is 0xf1 in p\.c, the assembler gives 0xf0' tests/check-bytes "$TMP/planted"
plant_c $'/* asm2bytes add.asm */\nstatic const uint8_t c[] = { 72, 1, 241, 195 };'
check "check-bytes reads decimal bytes, and catches a flipped one" \
    stdout_matches '^FAIL .*p\.c:c .*byte 2 is 0xf1 in p\.c, the assembler gives 0xf0' tests/check-bytes "$TMP/planted"
plant_c $'/* asm2bytes add.asm */\nstatic const char c[] = "\\x48\\x01\\xf1\\xc3";'
check "check-bytes reads a \\x string, and catches a flipped byte" \
    stdout_matches '^FAIL .*p\.c:c .*byte 2 is 0xf1 in p\.c, the assembler gives 0xf0' tests/check-bytes "$TMP/planted"
plant_c $'static const unsigned char c[] =\n{\n    0x48, 0x01, 0xf0, 0xc3,\n};'
check "check-bytes catches unmarked bytes whose { is on the next line" \
    stdout_matches '^FAIL .*p\.c:c: no /\* asm2bytes FILE \*/ marker.*\(p\.c:1\)' tests/check-bytes "$TMP/planted"
plant_c 'static const int8_t c[] = { 72, 1, -16, -61 };'
check "check-bytes catches unmarked decimal bytes" stdout_matches '^FAIL .*p\.c:c: no /\* asm2bytes' tests/check-bytes "$TMP/planted"
plant_c $'void f(unsigned char *p) { memcpy(p, "\\x48\\x01\\xf0\\xc3", 4); }'
check "check-bytes catches an unmarked \\x string" stdout_matches '^FAIL .*p\.c:\(string\): no /\* asm2bytes' tests/check-bytes "$TMP/planted"
plant_c $'/* asm2bytes add.asm */\nstatic const uint8_t a[] =\n{ 72, 1, 240, 195 };\n/* asm2bytes add.asm */\nstatic const char b[] = "\\x48\\x01" "\\xf0\\xc3";\n/* asm2bytes add.asm */\nconst void *c = (const unsigned char[]){ 0x48, 0x01, 0xf0, 0xc3 };\n/* not machine code: a test string */\nstatic const char d[] = "\\x7f\\x80";\nstatic char e[16] = {0};\nstatic const int f[] = { 1, 2 };'
right_forms() {
    stdout_lacks '^FAIL' tests/check-bytes "$TMP/planted" || return 1
    [ "$(grep -c '^PASS' "$TMP/out")" -eq 3 ] || { echo "expected 3 PASS lines: '$(show "$(cat "$TMP/out")")'"; return 1; }
}
check "check-bytes passes right bytes in each form, and data marked as not machine code" right_forms
rm -f "$TMP/planted/p.c"
# A learner's own copy of an exercise never counts: unmarked bytes in it are theirs.
mkdir -p "$TMP/planted/exercises/1-x" && printf 'static const unsigned char c[] = { 0x48, 0x01 };\n' > "$TMP/planted/exercises/1-x/exercise.c"
check "check-bytes leaves a learner's exercise.c alone (their work never turns check-all red)" \
    stdout_lacks 'exercise\.c' tests/check-bytes "$TMP/planted"
rm -rf "$TMP/planted/exercises"
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

# --- tests/normalise replaces the clone's path as text: a path with regex and
# sed characters (. [ ] | & \) is replaced where it is, and nowhere else.
weird='/tmp/My Workshop/jité.[1]|a&b\1'
check "normalise replaces a clone path with . [ ] | & \\ in it literally" \
    stdout_is $'~/jit-workbook/01 /tmp/My WorkshopXjité.[1]|a&b\\1/02 0xADDR pid PID\n' \
    env NORMALISE_ROOT="$weird" tests/normalise <<< "$weird/01 /tmp/My WorkshopXjité.[1]|a&b\\1/02 0x55d1c2a3b000 pid 4242"

# --- A small workbook at a path with a space, non-ASCII letters and brackets:
# the build plumbing (mk/), the runner and the tools, with one planted chapter.
ws="$TMP/My Workshop/jité [1]/clone"
pc="$ws/99-planted"
mkdir -p "$pc" && cp -r Makefile mk lib tools tests "$ws/" && rm -rf "$ws/tests/.cache"
printf 'add rax, rsi\nret\n' > "$pc/add.asm"
cat > "$pc/p.c" << 'EOF'
/* p.c: a planted chapter's program: says hi. */
#include <stdio.h>
#include "helpers.h"
/* asm2bytes add.asm */
static const unsigned char add_code[] = { 72, 1, 240, 195 };
/* main: print hi; exit 0 if add_code is as planted. */
int main(void)
{
    guard_stdout();
    puts("hi");
    return add_code[0] == 72 ? 0 : 1;
}
EOF
printf 'break main\nrun\nprint 6 * 7\n' > "$pc/p.gdb"
printf '# planted chapter\nPROG := p\nCHECKS := 5\ninclude ../mk/chapter.mk\n' > "$pc/Makefile"
printf '. ../tests/lib.sh\ncheck "prints hi" stdout_is $'"'"'hi\\n'"'"' ./p\n' > "$pc/checks.sh"
# shellcheck disable=SC2016  # the $ is the README's prompt
printf '# Planted\n\n```console\n$ make -s\n$ ./p\nhi\n```\n' > "$pc/README.md"
check "at a path with a space and non-ASCII letters: make run builds and runs a chapter" \
    stdout_is $'hi\n' make -s --no-print-directory -C "$pc" run
check "at such a path: make check runs the chapter's declared checks, all passing" \
    stdout_matches '^99-planted: 6 passed, 0 failed$' make -s --no-print-directory -C "$pc" check
check "at such a path: make dis prints the snippet's bytes" stdout_matches '0x48, 0x01, 0xf0, .*add rax,rsi' make -s -C "$pc" dis
check "at such a path: make tour runs the chapter under its heading" stdout_matches '^hi$' make -s --no-print-directory -C "$ws" tour
check "the build line names the compiler and flags really used" \
    stdout_matches '^PASS 99-planted: builds with [^ ]+ -std=c11 -Wall -Wextra -Werror -O1$' env CFLAGS=-O1 tests/run-chapter "$pc"
check "in the tr_TR.UTF-8 locale (where 'i' and 'I' differ) the verdict is the same" \
    stdout_matches '^99-planted: 6 passed, 0 failed$' env LC_ALL=tr_TR.UTF-8 tests/run-chapter "$pc"
# The flags stamp: a new CFLAGS rebuilds; the same flags again rebuild nothing.
flags_follow() {
    make -s -C "$pc" CFLAGS=-O1 > /dev/null 2>&1 || { echo "make CFLAGS=-O1 failed"; return 1; }
    stdout_matches '^[^ ]+ .*-O0 .*-o p ' make -C "$pc" CFLAGS=-O0 || { echo "make CFLAGS=-O0 after an -O1 build did not rebuild p"; return 1; }
    stdout_lacks ' -o p ' make -C "$pc" CFLAGS=-O0 || { echo "make CFLAGS=-O0 twice rebuilt p twice"; return 1; }
    stdout_matches ' -o p ' make -C "$pc" CC="cc -DPLANTED" CFLAGS=-O0 || { echo "a new CC did not rebuild p"; return 1; }
}
check "a build follows CC and CFLAGS (.build-flags), and rebuilds nothing when they stay" flags_follow
check "make CC=clang-99 with no such compiler names package clang-99, not gcc" \
    stderr_matches "clang-99 not found: install it with 'sudo apt-get install clang-99'" make -C "$pc" CC=clang-99
clean_cores() {
    touch "$pc/core" "$pc/core.4242"
    make -s -C "$pc" clean > /dev/null 2>&1
    [ ! -e "$pc/core" ] && [ ! -e "$pc/core.4242" ] && [ ! -e "$pc/.build-flags" ] && [ ! -e "$pc/p" ] && return 0
    local f left=""
    for f in core core.4242 .build-flags p; do [ ! -e "$pc/$f" ] || left="$left $f"; done
    echo "left behind:$left"; return 1
}
check "make clean removes core files, the flags stamp and the program" clean_cores
# shellcheck disable=SC2016
printf '# Planted\n\n```console\n$ ./p\nhi\n```\n' > "$TMP/first.md" && cp "$TMP/first.md" "$pc/first.md"
check "check-readme runs a README from a cleaned chapter: ./p before any make fails" \
    stdout_matches '^FAIL 99-planted: first.md:4 .*not found' tests/check-readme "$pc/first.md"
rm -f "$pc/first.md"

# --- make gdb (mk/gdb.mk) and the gdb probe: one SKIP line saying why, never
# an error. A fake gdb that cannot trace stands for a container.
mkdir -p "$TMP/fakebin"
printf '#!/bin/sh\necho "warning: Error disabling address space randomization: Operation not permitted"\necho "ptrace: Operation not permitted."\nexit 1\n' > "$TMP/fakebin/gdb"
chmod +x "$TMP/fakebin/gdb"
check "make gdb without gdb: one line naming the package, status 0" \
    stdout_is "make gdb: skipped: no-such-gdb not found (install it with 'sudo apt-get install gdb', Fedora: 'sudo dnf install gdb')"$'\n' \
    make -s --no-print-directory -C "$pc" gdb GDB=no-such-gdb
check "make gdb where ptrace is blocked: one line saying so, status 0" \
    stdout_matches '^make gdb: skipped: gdb cannot trace a process here \(ptrace is blocked' \
    env PATH="$TMP/fakebin:$PATH" make -s --no-print-directory -C "$pc" gdb
check_if gdb "make gdb runs PROG.gdb under gdb" stdout_matches '^[$]1 = 42$' make -s --no-print-directory -C "$pc" gdb
probe_skips() {
    local got want="SKIP t: x: gdb cannot trace a process here (ptrace is blocked: a container, or kernel.yama.ptrace_scope)"
    # shellcheck disable=SC2034  # both are read by check_if
    got=$(PATH="$TMP/fakebin:$PATH"; CHAPTER=t; HAVE_CACHE=(); check_if gdb "x" true)
    [ "$got" = "$want" ] || { echo "check_if printed '$(show "$got")'"; return 1; }
}
check "check_if prints one SKIP line, with the reason, for a feature the machine lacks" probe_skips

# --- The shared assertions catch a planted bad program each.
printf '#!/bin/sh\necho "usage: bad N"\nexit 1\n' > "$TMP/bad-usage"
printf '#!/bin/sh\necho "usage: bad N" >&2\nexit 64\n' > "$TMP/bad-help"
printf '#!/bin/sh\necho hi 2> /dev/null\nexit 0\n' > "$TMP/bad-write"
# shellcheck disable=SC2016  # $1 and $# belong to the planted script
printf '#!/bin/bash\ntrap "" PIPE\nif [ "${1-}" = --help ]; then echo "usage: good [N]"; exit 0; fi\n[ $# -eq 0 ] || { echo "good: %s: not a number (see good --help)" "$1" >&2; exit 64; }\necho hi 2> /dev/null || { echo "good: write failed" >&2; exit 74; }\n' '$1' > "$TMP/good"
chmod +x "$TMP/bad-usage" "$TMP/bad-help" "$TMP/bad-write" "$TMP/good"
check "usage_error refuses a program that prints its usage on stdout and exits 1" refuses usage_error . "$TMP/bad-usage" x
check "help_ok refuses a program whose --help goes to stderr with status 64" refuses help_ok "$TMP/bad-help"
check "write_error_reported refuses a program that ignores a failed write" refuses write_error_reported "$TMP/bad-write"
good_program() { usage_error "x: not a number" "$TMP/good" x && help_ok "$TMP/good" && write_error_reported "$TMP/good"; }
check "usage_error, help_ok and write_error_reported pass a program that does it right" good_program


# --- mk/ takes its paths relative to the chapter, never from the environment:
# a ROOT exported by the reader's shell (or by tests/exercises) changes nothing.
check "a ROOT variable in the environment does not move mk/'s paths (make -n in 00)" \
    status_is 0 env ROOT=/nonexistent make -n -s -C 00-hello-asm all
