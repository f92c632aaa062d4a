# 03-mmap-mprotect/checks.sh: what this chapter claims, checked (see tests/lib.sh).
# The permissions come from the running program, which reads /proc/self/maps
# after every step and prints what it found.
. ../tests/lib.sh

page=$(getconf PAGESIZE)

# check_when PROBE NAME ASSERTION ARGS...: like check_if, for a probe of the
# machine that tests/lib.sh does not have: PROBE prints why not and fails, or
# succeeds. It looks at the machine, never at wx-jit.
check_when() {
    local probe=$1 name=$2 why
    shift 2
    if why=$("$probe"); then check "$name" "$@"; else skip "$name" "$why"; fi
}

# core_files_visible: a core dump here would be a file in the current
# directory (kernel.core_pattern is a file name, not a pipe to a helper such
# as systemd-coredump), and `ulimit -c unlimited` is allowed.
core_files_visible() {
    local pattern; pattern=$(cat /proc/sys/kernel/core_pattern 2> /dev/null)
    case $pattern in
        '') echo "cannot read /proc/sys/kernel/core_pattern"; return 1 ;;
        '|'*) echo "core dumps go to a helper ($pattern), not to a file this check can see"; return 1 ;;
        /*) echo "core dumps go to another directory ($pattern)"; return 1 ;;
    esac
    (ulimit -c unlimited) 2> /dev/null || { echo "ulimit -c unlimited is not allowed here"; return 1; }
}

# no_mdwe: this kernel lacks PR_SET_MDWE (the opposite of check_if mdwe).
no_mdwe() { if have mdwe > /dev/null; then echo "this kernel has PR_SET_MDWE"; return 1; fi; }

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

# mdwe_unsupported CMD...: exit 69 and one line saying the kernel lacks it.
mdwe_unsupported() {
    limited "$@" > "$TMP/out" 2> "$TMP/err"; local got=$?
    [ "$got" -eq 69 ] || { echo "exit status $got, expected 69"; return 1; }
    [ "$(wc -l < "$TMP/err")" -eq 1 ] && grep -q 'not supported by this kernel' "$TMP/err" && return 0
    echo "stderr: '$(show "$(cat "$TMP/err")")'"
    return 1
}

# perms_in_order WANT CMD...: the permissions CMD prints, step by step, are WANT
# (words like "rw-p", and "gone" for a page that is no longer mapped).
perms_in_order() {
    local want=$1 got; shift
    got=$(limited "$@" 2> /dev/null | grep -oE ' ([r-][w-][x-][ps] [0-9a-f]+-|gone:)' \
          | sed -E 's/^ //; s/ .*//; s/:$//' | paste -sd' ' -)
    [ "$got" = "$want" ] && return 0
    echo "the steps show '$got', expected '$want'"
    return 1
}

# rx_mapping_is_the_page CMD...: after jit_make_executable, the r-xp line of maps
# is exactly one page, starting at a page boundary: mprotect split off just that page.
rx_mapping_is_the_page() {
    local range start end
    range=$(limited "$@" 2> /dev/null | awk '$1 == "jit_make_executable" && $(NF-1) == "r-xp" { print $NF }')
    [ -n "$range" ] || { echo "no 'jit_make_executable ... r-xp START-END' line"; return 1; }
    start=$((16#${range%-*})) end=$((16#${range#*-}))
    [ $((end - start)) -eq "$page" ] && [ $((start % page)) -eq 0 ] && return 0
    echo "the r-xp mapping $range is $((end - start)) bytes, expected one page of $page"
    return 1
}

# stderr_empty CMD...: CMD writes nothing to stderr.
stderr_empty() {
    limited "$@" > "$TMP/out" 2> "$TMP/err"
    [ -s "$TMP/err" ] || return 0
    echo "stderr: '$(show "$(cat "$TMP/err")")'"
    return 1
}

# The W^X way. It runs on every kernel: the proof is the kernel's own account
# of the page, /proc/self/maps, read after each step (MDWE checks come on top).
check "the page size comes from sysconf and matches getconf PAGESIZE" \
    stdout_matches "^page size: $page bytes, from sysconf\(_SC_PAGESIZE\)$" ./wx-jit
check "the JIT'd code returns 1" stdout_matches '^return_one\(\) +returned 1$' ./wx-jit
check "the W^X run exits 0" status_is 0 ./wx-jit
check "the W^X run writes nothing to stderr" stderr_empty ./wx-jit
check "maps after each step: rw-p (mmap), rw-p (memcpy), r-xp (mprotect), gone (munmap)" \
    perms_in_order "rw-p rw-p r-xp gone" ./wx-jit
check "the W^X run never shows a page writable and executable at once" \
    stdout_lacks ' [r-]wx[ps] ' ./wx-jit
check "mmap'd memory is not the heap: no step shows [heap]" stdout_lacks '\[heap\]' ./wx-jit
check "mprotect made exactly the JIT's page r-x, one page at a page boundary" \
    rx_mapping_is_the_page ./wx-jit
check "make run is the W^X run" stdout_matches '^W\^X held: ' make -s run

# Shortcut 1: one mapping, writable and executable.
check "--rwx: maps shows the page rwxp from mmap on" \
    stdout_matches '^mmap +mmap\(PROT_READ\|PROT_WRITE\|PROT_EXEC\) +rwxp ' ./wx-jit --rwx
check "--rwx: maps after each step: rwxp, rwxp, gone" perms_in_order "rwxp rwxp gone" ./wx-jit --rwx
check "--rwx: the code still returns 1 (the cost is safety, not function)" \
    stdout_matches '^return_one\(\) +returned 1$' ./wx-jit --rwx
check "--rwx: says W^X is broken" stdout_matches '^W\^X broken: ' ./wx-jit --rwx

# Shortcut 2: heap memory. Where the allocator puts things is glibc's malloc;
# AddressSanitizer brings its own, with no [heap] in it.
heap() { check_if "unsanitized ./wx-jit" "--heap: $1" "${@:2}"; }
heap "posix_memalign's block is heap memory, rw-p" \
    stdout_matches '^posix_memalign .* rw-p [0-9a-f]+-[0-9a-f]+ \[heap\]$' ./wx-jit --heap
heap "a later malloc(32) lands on the code's page" \
    stdout_matches "^malloc\(32\) .* the latest lands on the code's page$" ./wx-jit --heap
heap "mprotect of 6 bytes changes the whole page to r-xp" \
    stdout_matches "^ +the kernel changed whole pages: +$page bytes, not 6; \[heap\] is now 3 mappings$" ./wx-jit --heap
heap "the code returns 1" stdout_matches '^return_one\(\) +returned 1$' ./wx-jit --heap
heap "the neighbour object now sits on an r-xp page" \
    stdout_matches '^the neighbour .* r-xp [0-9a-f]+-[0-9a-f]+ \[heap\]$' ./wx-jit --heap
heap "writing to the neighbour then dies of SIGSEGV" \
    stdout_matches '^  write to the neighbour +killed by SIGSEGV$' ./wx-jit --heap
heap "any later malloc(32) dies of SIGSEGV (the allocator writes on that page)" \
    stdout_matches '^  malloc\(32\) +killed by SIGSEGV$' ./wx-jit --heap
heap "free() before restoring rw dies of SIGSEGV" \
    stdout_matches '^  free\(code\) +killed by SIGSEGV$' ./wx-jit --heap
heap "after mprotect back to rw, [heap] is one rw-p mapping again" \
    stdout_matches '^ +restored before free\(\): +\[heap\] is 1 mapping again$' ./wx-jit --heap
heap "maps after each step: rw-p, rw-p, r-xp, r-xp (neighbour), rw-p" \
    perms_in_order "rw-p rw-p r-xp r-xp rw-p" ./wx-jit --heap
heap "exits 0" status_is 0 ./wx-jit --heap
check_when core_files_visible "--heap: with ulimit -c unlimited, the children that crash leave no core file" \
    leaves_no_core ./wx-jit --heap

# Forgetting the mprotect: the call faults, and the program says why in one line.
check "--skip-mprotect: the fault is reported: the page is not executable" \
    stderr_matches '^wx-jit: calling 0x[0-9a-f]+ raised SIGSEGV at that address: the page is not executable \(maps: rw-p\)' \
    ./wx-jit --skip-mprotect
check "--skip-mprotect: exits 70, not killed by the signal" status_is 70 ./wx-jit --skip-mprotect
check "--skip-mprotect: one line on stderr" stderr_one_line ./wx-jit --skip-mprotect

# A bug in the code: each signal the CPU can raise is reported in one line,
# with status 70, not a bare "Illegal instruction" from the shell.
broken() {
    local variant=$1 signal=$2 how=$3
    check "--broken $variant: $signal reported: $how" \
        stderr_matches "^wx-jit: the code at 0x[0-9a-f]+ raised $signal .*$how" ./wx-jit --broken "$variant"
    check "--broken $variant: exits 70, not killed by $signal" status_is 70 ./wx-jit --broken "$variant"
    check "--broken $variant: one line on stderr" stderr_one_line ./wx-jit --broken "$variant"
}
broken int3 SIGTRAP 'at byte 5 of it: an int3 \(cc\) ran'
broken ud2 SIGILL 'at byte 5 of it: the CPU cannot run the bytes there'
broken bus SIGBUS 'at byte 0 of it, reading 0x[0-9a-f]+: mapped memory with nothing behind it'
broken stack SIGSEGV 'at byte 2 of it, pushing at 0xfffffffffffffff8: rsp is 0, no stack'

# Refusals, made real by prctl(PR_SET_MDWE) (Linux 6.3+): the harness decides
# from the kernel (tools/mdwe) whether they run, one SKIP line each if not.
mdwe() { check_if mdwe "$@"; }
mdwe "--mdwe: mprotect(PROT_READ|PROT_EXEC) refused, EACCES, MDWE named" \
    stderr_matches '^wx-jit: mprotect\(PROT_READ\|PROT_EXEC\) refused: Permission denied \(EACCES\); memory-deny-write-execute is on' \
    ./wx-jit --mdwe
mdwe "--mdwe: exits 70" status_is 70 ./wx-jit --mdwe
mdwe "--mdwe: one line on stderr" stderr_one_line ./wx-jit --mdwe
mdwe "--mdwe: the code is never called" stdout_lacks 'returned' ./wx-jit --mdwe
mdwe "--mdwe --rwx: mmap(PROT_READ|PROT_WRITE|PROT_EXEC) refused, EACCES" \
    stderr_matches '^wx-jit: mmap\(PROT_READ\|PROT_WRITE\|PROT_EXEC\) refused: Permission denied \(EACCES\); memory-deny-write-execute is on' \
    ./wx-jit --mdwe --rwx
mdwe "--mdwe --rwx: exits 70" status_is 70 ./wx-jit --mdwe --rwx
mdwe "--mdwe --rwx: one line on stderr" stderr_one_line ./wx-jit --mdwe --rwx
mdwe "--mdwe --heap: mprotect on heap memory refused, EACCES" \
    stderr_matches '^wx-jit: mprotect\(PROT_READ\|PROT_EXEC\) on heap memory refused: Permission denied \(EACCES\)' \
    ./wx-jit --mdwe --heap
mdwe "--mdwe --heap: exits 70" status_is 70 ./wx-jit --mdwe --heap
mdwe "--mdwe --heap: one line on stderr" stderr_one_line ./wx-jit --mdwe --heap
# Where the kernel lacks it, --mdwe says so in one line and exits 69.
check_when no_mdwe "--mdwe on a kernel without PR_SET_MDWE: one line, exit 69" \
    mdwe_unsupported ./wx-jit --mdwe

# Bad arguments, --help, and a stdout that cannot be written.
check "an unknown argument: one line that names it, exit 64" usage_error "unknown argument '--bogus'" ./wx-jit --bogus
check "two shortcuts at once: one line that names both, exit 64" \
    usage_error '--rwx and --heap do not go together' ./wx-jit --rwx --heap
check "--broken with no variant: one line, exit 64" usage_error '--broken needs a variant' ./wx-jit --broken
check "--broken with an unknown variant: one line that names it, exit 64" \
    usage_error "unknown variant 'nop'" ./wx-jit --broken nop
check "--help prints the usage on stdout and exits 0" help_ok ./wx-jit
check "stdout closed, full, or a pipe with no reader: one line and exit 74" write_error_reported ./wx-jit

# The program practises what it teaches: no segment of its own is writable and executable.
check "wx-jit itself has no segment both writable and executable (readelf -lW: no RWE)" \
    stdout_lacks ' RWE ' readelf -lW wx-jit
check "wx-jit's stack is not executable (readelf -lW: GNU_STACK is RW)" \
    stdout_matches 'GNU_STACK .* RW +0x' readelf -lW wx-jit
