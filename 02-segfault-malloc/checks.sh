# 02-segfault-malloc/checks.sh: what this chapter claims, checked (see tests/lib.sh).
# The facts come from the running program: the fault it caught, and the
# /proc/self/maps line it read. Nothing here restates them.
. ../tests/lib.sh

# field NAME FILE: the value after "  NAME  " in malloc-jit's report (first word).
field() { awk -v k="$1" '$1 == k { print $2; exit }' "$2"; }

# run_once CMD...: run CMD once and keep its output in $TMP/run.out.
run_once() { limited "$@" > "$TMP/run.out" 2> "$TMP/run.err"; }

# same_as_buffer NAME: the address the report gives for NAME is the buffer's.
same_as_buffer() {
    run_once ./malloc-jit
    local buf got
    buf=$(field buffer "$TMP/run.out"); got=$(field "$1" "$TMP/run.out")
    [ -n "$buf" ] || { echo "no 'buffer' line in the output"; return 1; }
    [ "$got" = "$buf" ] && return 0
    echo "$1 is '$got', the buffer is $buf"
    return 1
}

# error_code_is_exec_fault: the page-fault error code has P=1 (a protection
# violation on a present page), W=0 and I=1 (an instruction fetch).
error_code_is_exec_fault() {
    run_once ./malloc-jit
    local err; err=$(field error "$TMP/run.out")
    [ -n "$err" ] || { echo "no 'error' line in the output"; return 1; }
    (( (err & 0x13) == 0x11 )) && return 0
    echo "error code $err: expected bit 0 (P) and bit 4 (I/D) set, bit 1 (W/R) clear"
    return 1
}

# mapping_holds_buffer_without_x CMD...: the maps line in CMD's report holds the
# buffer's address, and its permissions say readable, writable and not executable.
mapping_holds_buffer_without_x() {
    run_once "$@"
    local buf range perms start end
    buf=$(field buffer "$TMP/run.out")
    read -r range perms _ < <(awk '$1 == "mapping" { $1 = ""; print; exit }' "$TMP/run.out")
    if [ -z "$buf" ] || [ -z "$range" ]; then echo "no 'buffer' or 'mapping' line in the output"; return 1; fi
    start=$((16#${range%-*})); end=$((16#${range#*-}))
    (( start <= buf && buf < end )) || { echo "mapping $range does not hold the buffer $buf"; return 1; }
    [[ $perms == rw-? ]] && return 0
    echo "the buffer's mapping has permissions $perms, expected rw- (no x)"
    return 1
}

check "run: exits with status 0 after catching the fault" status_is 0 ./malloc-jit
check "run: the fault address (si_addr) is the buffer's address" same_as_buffer si_addr
check "run: rip at the fault is the buffer: the CPU was fetching its first instruction" same_as_buffer rip
check "run: si_code is SEGV_ACCERR (mapped, but the access is not allowed)" \
    stdout_matches '^  si_code  SEGV_ACCERR ' ./malloc-jit
check "run: the page-fault error code says protection fault on an instruction fetch" error_code_is_exec_fault
check "run: the /proc/self/maps line shown holds the buffer and its perms are rw- (no x)" \
    mapping_holds_buffer_without_x ./malloc-jit
check "run: the SIGSEGV handler ran on the alternate signal stack" \
    stdout_matches '^caught SIGSEGV \(the handler ran on the alternate signal stack\)$' ./malloc-jit
check "run: leads on to chapter 03 (mmap, then mprotect)" stdout_matches '^Next, chapter 03: mmap .* mprotect' ./malloc-jit

check "--crash: no handler, the process dies of SIGSEGV" dies_of SEGV ./malloc-jit --crash
check "--crash: says what it is about to do before it dies (stdout is line-buffered)" \
    stdout_matches '^calling the buffer with no SIGSEGV handler' ./malloc-jit --crash

# The executable-heap branch, for real: READ_IMPLIES_EXEC set before the first
# malloc makes the kernel create the heap rwx, and the call returns 1. A seccomp
# filter (a container's default profile) may refuse personality(): then skip.
executable_heap_returns_one() {
    run_once ./malloc-jit --read-implies-exec
    local status=$?
    if grep -q '^the call returned 1: this heap is executable' "$TMP/run.out" &&
        [ "$status" -eq 0 ] && ! grep -q SIGSEGV "$TMP/run.out"; then
        return 0
    fi
    echo "exit status $status; $(show "$(cat "$TMP/run.err"; grep -m1 -e returned -e SIGSEGV "$TMP/run.out")")"
    return 1
}
heap_is_rwx() {
    run_once ./malloc-jit --read-implies-exec
    local perms; perms=$(field perms "$TMP/run.out")
    [[ $perms == rwx? ]] && return 0
    echo "the buffer's mapping has permissions '$perms', expected rwx"
    return 1
}

# Does this kernel let a process set READ_IMPLIES_EXEC? (Empty when it does.)
refused=""
if ! ./malloc-jit --read-implies-exec > /dev/null 2> "$TMP/rie.err" &&
    grep -q '^malloc-jit: personality' "$TMP/rie.err"; then
    refused=$(head -1 "$TMP/rie.err")
fi
if [ -z "$refused" ]; then
    check "--read-implies-exec: the heap is made rwx and the call returns 1, with no fault claimed" \
        executable_heap_returns_one
    check "--read-implies-exec: the maps line shown has x" heap_is_rwx
else
    echo "SKIP $CHAPTER: --read-implies-exec: $refused"
fi

# setarch -X asks for READ_IMPLIES_EXEC too, but the kernel clears it when it
# execs a 64-bit program, so the heap stays rw- and the call still faults.
if ! command -v setarch > /dev/null; then
    echo "SKIP $CHAPTER: setarch -X: setarch is not installed (util-linux)"
elif ! setarch "$(uname -m)" -X true 2> "$TMP/setarch.err"; then
    echo "SKIP $CHAPTER: setarch -X: $(head -1 "$TMP/setarch.err")"
else
    check "setarch -X: the kernel drops READ_IMPLIES_EXEC at exec (personality 00000000)" \
        stdout_is $'00000000\n' setarch "$(uname -m)" -X cat /proc/self/personality
    check "setarch -X: so the heap stays rw- and the call still faults" \
        mapping_holds_buffer_without_x setarch "$(uname -m)" -X ./malloc-jit
fi

check "a bad argument exits 64" status_is 64 ./malloc-jit --bogus
check "a bad argument gives one line on stderr" stderr_one_line ./malloc-jit --bogus
check "that line is the usage" stderr_matches '^usage: malloc-jit \[--crash \| --read-implies-exec\]$' ./malloc-jit --bogus
check "two arguments are refused too (exit 64)" status_is 64 ./malloc-jit --crash --crash
check "--help prints the usage on stdout and exits 0" stdout_matches '^usage: malloc-jit ' ./malloc-jit --help

# gdb (optional) sees the same thing: SIGSEGV with pc at the buffer, whose bytes
# disassemble to mov eax,0x1, and si_code 2 (SEGV_ACCERR).
gdb_sees_fault_at_buffer() {
    limited gdb -q -batch -nx -iex 'set debuginfod enabled off' -x malloc-jit.gdb \
        --args ./malloc-jit --crash > "$TMP/gdb.out" 2>&1
    local buf; buf=$(field buffer "$TMP/gdb.out")
    grep -q '^Program received signal SIGSEGV' "$TMP/gdb.out" || { echo "gdb did not see a SIGSEGV"; return 1; }
    grep -q '^[$]1 = 2$' "$TMP/gdb.out" || { echo "gdb's \$_siginfo.si_code is not 2 (SEGV_ACCERR)"; return 1; }
    grep -q "^[$]2 = (void [*]) $buf\$" "$TMP/gdb.out" || { echo "gdb's si_addr is not the buffer $buf"; return 1; }
    grep -Eq "^=> $buf:[[:space:]]+mov +eax,0x1\$" "$TMP/gdb.out" && return 0
    echo "gdb's x/2i \$pc does not show mov eax,0x1 at the buffer $buf"
    return 1
}
if ! command -v gdb > /dev/null; then
    echo "SKIP $CHAPTER: gdb: not installed (sudo apt-get install gdb)"
elif ! limited gdb -q -batch -nx -ex run --args true 2>&1 | grep -q 'exited normally'; then
    echo "SKIP $CHAPTER: gdb: cannot run a program here (ptrace not permitted?)"
else
    check "gdb: SIGSEGV with pc at the buffer, mov eax,0x1 there, si_code 2" gdb_sees_fault_at_buffer
fi
