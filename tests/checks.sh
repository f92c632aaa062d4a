# tests/checks.sh: the repo-wide checks, run by tests/check-all from the repo
# root after every chapter's own. Same one-line PASS/FAIL/SKIP format
# (tests/lib.sh). How many lines they print, with tests/lint.sh's and
# tests/harness.sh's, is declared in the root Makefile (CHECKS := N): change
# one, change the other.
. tests/lib.sh
# A chapter built below takes CC and CFLAGS from the environment, as the
# chapters' own runs did (tests/check-readme runs the READMEs that way too).
unset MAKEFLAGS MFLAGS MAKELEVEL

chapters=()
for d in [0-9][0-9]-*/; do chapters+=("${d%/}"); done

# --- The root README's shown output is real (run in a cleaned scratch copy).
tests/check-readme README.md

# --- Every "$ " line of a README is a command the reader types: it sits in a
# ```console block (run by tests/check-readme) or in one whose fence says why
# it cannot be run (```console not-run: REASON). Nowhere else.
fences_ok() {
    awk -v f="$1" '
        /^```/ && !inb { inb = 1; ok = ($0 ~ /^```console([ \t]+(if=.+|not-run: *[^ ].*))?[ \t]*$/); next }
        /^```[ \t]*$/ && inb { inb = 0; next }
        /^\$ / && !(inb && ok) { bad = bad (bad == "" ? "" : ", ") f ":" NR }
        END { if (bad != "") { print "a \"$ \" line outside a ```console block (or ```console not-run: REASON): " bad; exit 1 } }
    ' "$1"
}
for r in README.md "${chapters[@]/%//README.md}"; do
    check "$r: every \"\$ \" line sits in a console block" fences_ok "$r"
done
# shellcheck disable=SC2016  # the $ is the README's prompt
printf '# t\n```text\n$ echo hi\nhi\n```\n```console not-run: needs a terminal\n$ echo ho\n```\n' > "$TMP/fences.md"
fence_catches() {
    local why
    why=$(fences_ok "$TMP/fences.md") && { echo "the fence check passed a \"\$ \" line in a text block"; return 1; }
    [[ $why == *" $TMP/fences.md:3" ]] || { echo "the fence check says '$why', expected it to name fences.md:3 alone"; return 1; }
}
check "the fence check catches a \"\$ \" line in a text block, and names README:line" fence_catches
check "check-readme prints nothing for a console not-run block" stdout_is '' tests/check-readme "$TMP/fences.md"

# --- Nothing in the project reads the workbook's source material.
no_shared() { ! grep -rnI --exclude-dir=.git -e '\.\./shared' . | grep -v '^\./tests/checks\.sh:'; }
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
# A program that is missing is built first; one that still is not there fails.
stack_not_exec() {
    local c=$1 prog=$2 line
    [ -n "$prog" ] || { echo "$c/Makefile has no PROG := line"; return 1; }
    [ -x "$c/$prog" ] || make -s -C "$c" all > /dev/null 2>&1
    [ -x "$c/$prog" ] || { echo "$c/$prog is missing, and make -C $c all does not build it"; return 1; }
    line=$(readelf -lW "$c/$prog" | grep GNU_STACK) || { echo "$c/$prog has no GNU_STACK header"; return 1; }
    case $line in *RWE*) echo "$c/$prog has an executable stack: $line"; return 1 ;; esac
}
for c in "${chapters[@]}"; do
    prog=$(sed -n 's/^PROG *:*= *//p' "$c/Makefile")
    check "$c/${prog:-PROG} has no executable stack" stack_not_exec "$c" "$prog"
done

# --- tools/mdwe: runs a command the way a hardened kernel would.
check "mdwe with no command gives a usage line and status 64" usage_error . tools/mdwe
check "mdwe --help prints its usage on stdout and exits 0" help_ok tools/mdwe
check_if mdwe "under tools/mdwe, the kernel refuses the W^X path's mprotect (03's program exits 70)" \
    stderr_matches '^wx-jit: mprotect\(PROT_READ\|PROT_EXEC\).*EACCES' tools/mdwe 03-mmap-mprotect/wx-jit
check_if mdwe "under tools/mdwe, a program that needs no executable memory runs as usual" \
    stdout_is $'hello world :)\n' tools/mdwe 00-hello-asm/hello
