# 03-mmap-mprotect/checks.sh: what this chapter claims, checked (see tests/lib.sh).
# The permissions come from the running program, which reads /proc/self/maps
# after every step and prints what it found.
. ../tests/lib.sh

page=$(getconf PAGESIZE)

# skip WHAT WHY: a SKIP line instead of a PASS/FAIL one.
skip() { echo "SKIP $CHAPTER: $1: $2"; }

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

# A machine whose policy already refuses executable memory (SELinux, systemd,
# a hardened kernel) cannot run the W^X path: say so instead of failing.
refused=
if ! ./wx-jit > /dev/null 2> "$TMP/probe" && grep -qE 'refused: .*\((EACCES|EPERM)\)' "$TMP/probe"; then
    refused=$(head -1 "$TMP/probe")
fi

if [ -n "$refused" ]; then
    skip "the W^X run, --rwx and --heap" "this system refuses executable memory: $refused"
else
    # The W^X way.
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

    # Shortcut 2: heap memory.
    check "--heap: posix_memalign's block is heap memory, rw-p" \
        stdout_matches '^posix_memalign .* rw-p [0-9a-f]+-[0-9a-f]+ \[heap\]$' ./wx-jit --heap
    check "--heap: a later malloc(32) lands on the code's page" \
        stdout_matches "^malloc\(32\) .* the latest lands on the code's page$" ./wx-jit --heap
    check "--heap: mprotect of 6 bytes changes the whole page to r-xp" \
        stdout_matches "^ +the kernel changed whole pages: +$page bytes, not 6; \[heap\] is now 3 mappings$" ./wx-jit --heap
    check "--heap: the code returns 1" stdout_matches '^return_one\(\) +returned 1$' ./wx-jit --heap
    check "--heap: the neighbour object now sits on an r-xp page" \
        stdout_matches '^the neighbour .* r-xp [0-9a-f]+-[0-9a-f]+ \[heap\]$' ./wx-jit --heap
    check "--heap: writing to the neighbour then dies of SIGSEGV" \
        stdout_matches '^  write to the neighbour +killed by SIGSEGV$' ./wx-jit --heap
    check "--heap: any later malloc(32) dies of SIGSEGV (the allocator writes on that page)" \
        stdout_matches '^  malloc\(32\) +killed by SIGSEGV$' ./wx-jit --heap
    check "--heap: free() before restoring rw dies of SIGSEGV" \
        stdout_matches '^  free\(code\) +killed by SIGSEGV$' ./wx-jit --heap
    check "--heap: after mprotect back to rw, [heap] is one rw-p mapping again" \
        stdout_matches '^ +restored before free\(\): +\[heap\] is 1 mapping again$' ./wx-jit --heap
    check "--heap: maps after each step: rw-p, rw-p, r-xp, r-xp (neighbour), rw-p" \
        perms_in_order "rw-p rw-p r-xp r-xp rw-p" ./wx-jit --heap
    check "--heap: exits 0" status_is 0 ./wx-jit --heap
fi

# Forgetting the mprotect: the call faults, and the program says why in one line.
check "--skip-mprotect: the fault is reported: the page is not executable" \
    stderr_matches '^wx-jit: calling 0x[0-9a-f]+ raised SIGSEGV at that address: the page is not executable \(maps: rw-p\)' \
    ./wx-jit --skip-mprotect
check "--skip-mprotect: exits 70, not killed by the signal" status_is 70 ./wx-jit --skip-mprotect
check "--skip-mprotect: one line on stderr" stderr_one_line ./wx-jit --skip-mprotect

# Refusals, made real by prctl(PR_SET_MDWE).
./wx-jit --mdwe > /dev/null 2>&1
if [ $? -eq 69 ]; then
    skip "--mdwe refusals" "$(./wx-jit --mdwe 2>&1 > /dev/null)"
else
    check "--mdwe: mprotect(PROT_READ|PROT_EXEC) refused, EACCES, MDWE named" \
        stderr_matches '^wx-jit: mprotect\(PROT_READ\|PROT_EXEC\) refused: Permission denied \(EACCES\); memory-deny-write-execute is on' \
        ./wx-jit --mdwe
    check "--mdwe: exits 70" status_is 70 ./wx-jit --mdwe
    check "--mdwe: one line on stderr" stderr_one_line ./wx-jit --mdwe
    check "--mdwe: the code is never called" stdout_lacks 'returned' ./wx-jit --mdwe
    check "--mdwe --rwx: mmap(PROT_READ|PROT_WRITE|PROT_EXEC) refused, EACCES" \
        stderr_matches '^wx-jit: mmap\(PROT_READ\|PROT_WRITE\|PROT_EXEC\) refused: Permission denied \(EACCES\); memory-deny-write-execute is on' \
        ./wx-jit --mdwe --rwx
    check "--mdwe --rwx: exits 70" status_is 70 ./wx-jit --mdwe --rwx
    check "--mdwe --rwx: one line on stderr" stderr_one_line ./wx-jit --mdwe --rwx
    check "--mdwe --heap: mprotect on heap memory refused, EACCES" \
        stderr_matches '^wx-jit: mprotect\(PROT_READ\|PROT_EXEC\) on heap memory refused: Permission denied \(EACCES\)' \
        ./wx-jit --mdwe --heap
    check "--mdwe --heap: exits 70" status_is 70 ./wx-jit --mdwe --heap
    check "--mdwe --heap: one line on stderr" stderr_one_line ./wx-jit --mdwe --heap
fi

# Bad arguments.
check "an unknown argument: exit status 64" status_is 64 ./wx-jit --bogus
check "an unknown argument: one line, naming it, with the usage" \
    stderr_matches "^wx-jit: unknown argument '--bogus'; usage: wx-jit " ./wx-jit --bogus
check "an unknown argument: nothing else on stderr" stderr_one_line ./wx-jit --bogus
check "two shortcuts at once: exit status 64" status_is 64 ./wx-jit --rwx --heap
check "--help prints the usage and exits 0" stdout_matches '^usage: wx-jit ' ./wx-jit --help

# The program practises what it teaches: no segment of its own is writable and executable.
check "wx-jit itself has no segment both writable and executable (readelf -lW: no RWE)" \
    stdout_lacks ' RWE ' readelf -lW wx-jit
check "wx-jit's stack is not executable (readelf -lW: GNU_STACK is RW)" \
    stdout_matches 'GNU_STACK .* RW +0x' readelf -lW wx-jit
