# 02-segfault-malloc/arm64/checks.sh: the naive JIT faults on arm64 too, and
# the evidence says why (see tests/lib.sh; RUN from tests/arm64.sh).
. ../../tests/lib.sh
. ../../tests/arm64.sh

"${RUN[@]}" ./malloc-jit > "$TMP/run" 2>&1
# field NAME: the first word after NAME at the start of a line of the run's output.
field() { sed -n "s/^ *$1 *\([^ ]*\).*/\1/p" "$TMP/run" | head -1; }
# same_as_buffer NAME: the value on the NAME line equals the buffer's address.
same_as_buffer() {
    local buf got
    buf=$(field buffer); got=$(field "$1")
    [ -n "$buf" ] && [ $((buf)) -eq $((got)) ] && return 0
    echo "$1 is '$got', the buffer is '$buf'"; return 1
}
# mapping_lacks_x: the maps line shown holds the buffer, and its perms have no x.
mapping_lacks_x() {
    local buf range perms lo hi
    buf=$(field buffer)
    read -r range perms < <(sed -n 's/^ *mapping *\([0-9a-f]*-[0-9a-f]*\) \([-rwxps]*\).*/\1 \2/p' "$TMP/run")
    [ -n "${range:-}" ] || { echo "no mapping line in the output"; return 1; }
    lo=$((16#${range%-*})); hi=$((16#${range#*-}))
    if [ "$lo" -gt $((buf)) ] || [ $((buf)) -ge "$hi" ]; then echo "mapping $range does not hold the buffer $buf"; return 1; fi
    case $perms in ??x?) echo "the mapping is executable: $perms"; return 1 ;; esac
}
# words_shown: the code line prints the words the assembler gives for return_one.s.
words_shown() {
    local want
    want=$("$ROOT/tools/asm2bytes" return_one.s | grep -o '0x[0-9a-f]\{8\}' | sed 's/0x//' | tr '\n' ' ')
    grep -q "^code *${want% } " "$TMP/run" && return 0
    echo "the code line is '$(grep '^code' "$TMP/run")', the assembler gives '$want'"; return 1
}

check "run: exits with status 0 after catching the fault" status_is 0 "${RUN[@]}" ./malloc-jit
check "run: prints the two words the assembler gives for return_one.s" words_shown
check "run: the fault address (si_addr) is the buffer's address" same_as_buffer si_addr
check "run: pc at the fault is the buffer: the CPU was fetching its first instruction" same_as_buffer pc
check "run: si_code is SEGV_ACCERR (mapped, but the access is not allowed)" stdout_matches '^  si_code  SEGV_ACCERR' cat "$TMP/run"
check "run: the /proc/self/maps line shown holds the buffer, and it has no x" mapping_lacks_x
check "--crash: no handler, the process dies of SIGSEGV" dies_of SEGV "${RUN[@]}" ./malloc-jit --crash
no_core_file() {
    mkdir -p "$TMP/core" && cp malloc-jit "$TMP/core/" || return 1
    (cd "$TMP/core" && ulimit -c unlimited && "${RUN[@]}" ./malloc-jit --crash) > /dev/null 2>&1
    local left="" f
    for f in "$TMP"/core/*; do [ "${f##*/}" = malloc-jit ] || left="$left ${f##*/}"; done
    [ -z "$left" ] || { echo "a core file was left behind: $left"; return 1; }
}
check "--crash leaves no core file, even under 'ulimit -c unlimited'" no_core_file
check "--help prints the usage on stdout and exits 0" help_ok "${RUN[@]}" ./malloc-jit
check "a bad argument: one line naming it, exit 64" usage_error "'--bogus'" "${RUN[@]}" ./malloc-jit --bogus
check "a failed write (closed, full, pipe) is one line and status 74" write_error_reported "${RUN[@]}" ./malloc-jit
