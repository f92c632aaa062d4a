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

# ---- Probes of the machine (never of malloc-jit) for checks that need more
# than tests/lib.sh's check_if knows. Each prints why not and fails, or succeeds.
# check_when PROBE NAME ASSERTION ARGS...: check, or one SKIP line with the reason.
check_when() {
    local probe=$1 name=$2 why
    shift 2
    if why=$("$probe"); then check "$name" "$@"; else skip "$name" "$why"; fi
}

# personality_allowed: this kernel lets a process set READ_IMPLIES_EXEC (a
# seccomp filter, such as a container's default profile, may refuse it).
personality_allowed() {
    command -v setarch > /dev/null || { echo "setarch is not installed (util-linux)"; return 1; }
    setarch "$(uname -m)" -X true 2> "$TMP/setarch.err" && return 0
    echo "setarch -X: $(head -1 "$TMP/setarch.err")"
    return 1
}

# core_files_visible: a core dump here would be a file in the current directory
# (kernel.core_pattern is a file name, not a pipe to a helper such as
# systemd-coredump), and `ulimit -c unlimited` is allowed.
core_files_visible() {
    local pattern; pattern=$(cat /proc/sys/kernel/core_pattern 2> /dev/null)
    case $pattern in
        '') echo "cannot read /proc/sys/kernel/core_pattern"; return 1 ;;
        '|'*) echo "core dumps go to a helper ($pattern), not to a file this check can see"; return 1 ;;
        /*) echo "core dumps go to another directory ($pattern)"; return 1 ;;
    esac
    (ulimit -c unlimited) 2> /dev/null || { echo "ulimit -c unlimited is not allowed here"; return 1; }
}

# proc_can_be_hidden: a user and mount namespace can be made here, in which
# an empty tmpfs hides /proc (unshare -rm; containers often forbid it).
proc_can_be_hidden() {
    # AddressSanitizer reads /proc itself as the program starts.
    have unsanitized ./malloc-jit || return 1
    unshare -rm sh -c 'mount -t tmpfs none /proc && ! test -e /proc/self/maps' > /dev/null 2>&1 && return 0
    echo "cannot hide /proc here (unshare -rm and a mount are not allowed)"
    return 1
}

# ---- Assertions.
# code_is_the_assemblers: the "code" line shows the bytes return_one.asm
# assembles to (the program prints them from its array, not from a string).
code_is_the_assemblers() {
    local want got
    want=$(../tools/asm2bytes return_one.asm | sed 's,/\*.*\*/,,' | grep -oE '0x[0-9a-f]{2}' | sed 's/^0x//' | paste -sd' ' -)
    got=$(limited ./malloc-jit 2> /dev/null | awk '$1 == "code" { for (i = 2; i <= NF && $i ~ /^[0-9a-f][0-9a-f]$/; i++) printf "%s%s", (i > 2 ? " " : ""), $i; exit }')
    [ -n "$want" ] && [ "$got" = "$want" ] && return 0
    echo "the code line shows '$got', the assembler gives '$want'"
    return 1
}

# executable_heap_returns_one: READ_IMPLIES_EXEC set before the first malloc
# makes the kernel create the heap rwx: the call returns 1, no fault claimed.
executable_heap_returns_one() {
    run_once ./malloc-jit --read-implies-exec
    local status=$?
    if grep -q '^the call returned 1, the value its mov eax sets: this heap is executable' "$TMP/run.out" &&
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

# leaves_no_core CMD...: with `ulimit -c unlimited`, CMD (a program in this
# folder) leaves no core file in the directory it runs in.
leaves_no_core() {
    local prog=$1 cores; shift
    rm -rf "$TMP/cores"; mkdir "$TMP/cores" || return 1
    (cd "$TMP/cores" && ulimit -c unlimited && limited "$OLDPWD/$prog" "$@" > /dev/null 2>&1)
    cores=$(ls "$TMP/cores")
    [ -z "$cores" ] && return 0
    echo "core files left: $(show "$cores")"
    return 1
}

# no_proc_is_70: with /proc hidden, malloc-jit cannot read its maps: it says
# so in one line and exits 70, rather than print "none" and exit 0.
no_proc_is_70() {
    # shellcheck disable=SC2016  # $0 is for the inner sh
    unshare -rm sh -c 'mount -t tmpfs none /proc && exec "$0"' "$PWD/malloc-jit" > "$TMP/out" 2> "$TMP/err"
    local got=$?
    [ "$got" -eq 70 ] || { echo "exit status $got, expected 70"; return 1; }
    [ "$(wc -l < "$TMP/err")" -eq 1 ] && grep -q '/proc/self/maps' "$TMP/err" && return 0
    echo "stderr: '$(show "$(cat "$TMP/err")")'"
    return 1
}

# gdb_sees_fault_at_buffer: gdb sees the same thing: SIGSEGV with pc at the
# buffer, whose bytes disassemble to mov eax,0x1, and si_code 2 (SEGV_ACCERR).
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

check "the code line shows the bytes of return_one.asm, from the array" code_is_the_assemblers
check_when core_files_visible "--crash: with ulimit -c unlimited, no core file is left" \
    leaves_no_core ./malloc-jit --crash
check_when proc_can_be_hidden "/proc/self/maps unreadable: one line and exit 70, not \"none\" and 0" no_proc_is_70

# The executable-heap branch, for real.
check_when personality_allowed "--read-implies-exec: the heap is made rwx and the call returns 1, with no fault claimed" \
    executable_heap_returns_one
check_when personality_allowed "--read-implies-exec: the maps line shown has x" heap_is_rwx

# setarch -X asks for READ_IMPLIES_EXEC too, but the kernel clears it when it
# execs a 64-bit program, so the heap stays rw- and the call still faults.
check_when personality_allowed "setarch -X: the kernel drops READ_IMPLIES_EXEC at exec (personality 00000000)" \
    stdout_is $'00000000\n' setarch "$(uname -m)" -X cat /proc/self/personality
check_when personality_allowed "setarch -X: so the heap stays rw- and the call still faults" \
    mapping_holds_buffer_without_x setarch "$(uname -m)" -X ./malloc-jit

check "an unknown argument: one line that names it, exit 64" usage_error "unknown argument '--bogus'" ./malloc-jit --bogus
check "two arguments: one line that names the extra one, exit 64" usage_error "'--crash' is one too many" ./malloc-jit --crash --crash
check "--help prints the usage on stdout and exits 0" help_ok ./malloc-jit
check "stdout closed, full, or a pipe with no reader: one line and exit 74" write_error_reported ./malloc-jit

check_if gdb "gdb: SIGSEGV with pc at the buffer, mov eax,0x1 there, si_code 2" gdb_sees_fault_at_buffer
