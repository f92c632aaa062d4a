# 09-hardened-wx/checks.sh: what this chapter claims, checked (see tests/lib.sh).
# The permissions come from the running program, which reads /proc/self/maps
# after every step; the policies are real: tools/mdwe, seccomp filters the
# program installs on itself, and vm.memfd_noexec in a PID namespace of its own.
. ../tests/lib.sh

# ---- Probes of this machine, made here and never asked of hardened-jit.
# pku_probe: the CPU has protection keys and the kernel uses them.
pku_probe() {
    grep -qw pku /proc/cpuinfo && grep -qw ospke /proc/cpuinfo && return 0
    echo "this CPU has no protection keys (no pku flag in /proc/cpuinfo)"
    return 1
}
# noexec_ns_probe: this machine lets us make a PID namespace with vm.memfd_noexec=2.
noexec_ns_probe() {
    unshare -p -f --mount-proc sh -c 'sysctl -q -w vm.memfd_noexec=2' > /dev/null 2>&1 && return 0
    echo "cannot set vm.memfd_noexec=2 in a new PID namespace here (needs root, or unshare and sysctl)"
    return 1
}
# check_when PROBE NAME ASSERTION ARGS...: run the check if PROBE succeeds, else one SKIP line.
check_when() {
    local probe=$1 name=$2 why
    shift 2
    if why=$($probe); then check "$name" "$@"; else skip "$name" "$why"; fi
}
# Run a command in a new PID namespace whose vm.memfd_noexec is 2.
# shellcheck disable=SC2016  # $0 and $@ are for the inner sh
noexec2=(unshare -p -f --mount-proc sh -c 'sysctl -q -w vm.memfd_noexec=2 && exec "$0" "$@"')

# ---- Assertions of this chapter.
# never_wx CMD...: every step CMD prints counts 0 W+X mappings, and there are at least 9 steps.
never_wx() {
    limited "$@" > "$TMP/out" 2> "$TMP/err" || { echo "exit status $?: $(show "$(cat "$TMP/err")")"; return 1; }
    local steps bad
    steps=$(grep -c ' W+X: [0-9]*$' "$TMP/out")
    bad=$(grep -m1 ' W+X: [1-9][0-9]*$' "$TMP/out")
    [ -z "$bad" ] || { echo "a step shows a W+X mapping: '$(show "$bad")'"; return 1; }
    [ "$steps" -ge 9 ] || { echo "only $steps steps report their W+X count, expected 9"; return 1; }
}
# steps_are WANT CMD...: the steps' names and the permissions each shows, in order.
steps_are() {
    local want=$1 got; shift
    got=$(limited "$@" 2> /dev/null | awk '/ W\+X: / { w = $1; if (match($0, / [r-][w-][x-][ps] /)) w = w ":" substr($0, RSTART + 1, 4); print w }' | paste -sd' ' -)
    [ "$got" = "$want" ] && return 0
    echo "the steps are '$got', expected '$want'"
    return 1
}
# two_views_one_file CMD...: the write view and the exec view are two address
# ranges of the same memfd.
two_views_one_file() {
    local w x
    w=$(limited "$@" 2> /dev/null | awk '$1 == "mmap" && / rw-s / { for (i = 1; i <= NF; i++) if ($i == "rw-s") print $(i + 1), $(i + 2) }')
    x=$(limited "$@" 2> /dev/null | awk '$1 == "mmap" && / r-xs / { for (i = 1; i <= NF; i++) if ($i == "r-xs") print $(i + 1), $(i + 2) }')
    if [ -z "$w" ] || [ -z "$x" ]; then echo "no rw-s and r-xs mmap steps (write '$w', exec '$x')"; return 1; fi
    if [ "${w#* }" != "/memfd:jit-code" ] || [ "${x#* }" != "/memfd:jit-code" ]; then
        echo "the views are not both /memfd:jit-code: '$w' and '$x'"; return 1
    fi
    [ "${w% *}" != "${x% *}" ] || { echo "the two views are one range: $w"; return 1; }
}
# refused_with REGEX CMD...: CMD refuses as every refusal here does: exit 70,
# exactly one stderr line, matching REGEX, and the code never returned.
refused_with() {
    local re=$1 got n; shift
    limited "$@" > "$TMP/out" 2> "$TMP/err"; got=$?
    [ "$got" -eq 70 ] || { echo "exit status $got, expected 70; stderr: '$(show "$(cat "$TMP/err")")'"; return 1; }
    n=$(wc -l < "$TMP/err")
    [ "$n" -eq 1 ] || { echo "stderr has $n lines, expected 1: '$(show "$(cat "$TMP/err")")'"; return 1; }
    grep -Eq -- "$re" "$TMP/err" || { echo "stderr does not match /$re/: '$(show "$(cat "$TMP/err")")'"; return 1; }
    ! grep -q 'returned' "$TMP/out" || { echo "the code ran: '$(show "$(grep -m1 returned "$TMP/out")")'"; return 1; }
}
# exits_with_one_line N CMD...: CMD exits with status N after one line on stderr.
exits_with_one_line() {
    local want=$1; shift
    status_is "$want" "$@" || return 1
    [ "$(wc -l < "$TMP/err")" -eq 1 ] || { echo "stderr has $(wc -l < "$TMP/err") lines, expected 1"; return 1; }
}
# pku_as_cpuinfo_says CMD...: with protection keys the route patches; without,
# one line naming pkey_alloc and exit 69.
pku_as_cpuinfo_says() {
    if pku_probe > /dev/null; then
        stdout_matches '^pku +returned 1; patched; returned 2' "$@"
    else
        limited "$@" > "$TMP/out" 2> "$TMP/err"; local got=$?
        [ "$got" -eq 69 ] || { echo "no pku here: exit status $got, expected 69"; return 1; }
        if ! grep -q '^hardened-jit: pkey_alloc: .*no protection keys here' "$TMP/err" || [ "$(wc -l < "$TMP/err")" -ne 1 ]; then
            echo "no pku here: stderr is '$(show "$(cat "$TMP/err")")'"; return 1
        fi
    fi
}

mdwe=../tools/mdwe
mdwe_says='Permission denied \(EACCES\); likely policy: memory-deny-write-execute'
seccomp_says='Operation not permitted \(EPERM\); likely policy: a seccomp filter'

# The dual mapping, step by step.
check "the dual run exits 0 and writes nothing to stderr" stdout_is "" sh -c './hardened-jit 2>&1 >/dev/null && echo "exit status $?" >&2'
check "no step of the dual run shows a W+X mapping (maps_count_wx after each)" never_wx ./hardened-jit
check "the steps: memfd, mmap rw-s, mmap r-xs, write, call, patch, call, fork, call" \
    steps_are "memfd mmap:rw-s mmap:r-xs memcpy:rw-s call:r-xs patch:rw-s call:r-xs fork call:r-xs" ./hardened-jit
check "the write view and the exec view are two ranges of one memfd" two_views_one_file ./hardened-jit
check "the memfd is sealed against execve (MFD_NOEXEC_SEAL), yet its view runs" \
    stdout_matches '^memfd +memfd_create\(MFD_CLOEXEC\|MFD_NOEXEC_SEAL\)' ./hardened-jit
check "the code returns 1, and 2 once patched through the write view" \
    stdout_matches '^call +the exec view again: returned 2 ' ./hardened-jit
check "the catch: a fork()ed child's write through its view changes the parent's code (42)" \
    stdout_matches '^call +the exec view: returned 42 ' ./hardened-jit

# Patching running code, by each route.
check "--route=dual: the patched code returns the new value; never W+X" \
    stdout_is $'dual      returned 1; patched; returned 2; W+X mappings at most: 0\n' ./hardened-jit --route=dual
check "--route=mprotect: the patched code returns the new value; never W+X" \
    stdout_is $'mprotect  returned 1; patched; returned 2; W+X mappings at most: 0\n' ./hardened-jit --route=mprotect
check "--route=rwx (03's shortcut): patches too, and maps shows its W+X mapping" \
    stdout_is $'rwx       returned 1; patched; returned 2; W+X mappings at most: 1\n' ./hardened-jit --route=rwx
check_when pku_probe "--route=pku: the patched code returns the new value" \
    stdout_matches '^pku +returned 1; patched; returned 2' ./hardened-jit --route=pku
check "--route=pku does what /proc/cpuinfo's pku flag says (here: exit 69, one line)" \
    pku_as_cpuinfo_says ./hardened-jit --route=pku

# What refuses, for real: MDWE (tools/mdwe), seccomp filters, vm.memfd_noexec.
check_if mdwe "under tools/mdwe: the dual run works, never W+X" never_wx "$mdwe" ./hardened-jit
check_if mdwe "under tools/mdwe: --route=dual patches" \
    stdout_matches '^dual +returned 1; patched; returned 2' "$mdwe" ./hardened-jit --route=dual
check_if mdwe "under tools/mdwe: --route=mprotect refused: mprotect, EACCES, MDWE; exit 70" \
    refused_with "^hardened-jit: mprotect\(PROT_READ\|PROT_EXEC\) refused: $mdwe_says" "$mdwe" ./hardened-jit --route=mprotect
check_if mdwe "under tools/mdwe: --route=rwx refused: mmap RWX, EACCES, MDWE; exit 70" \
    refused_with "^hardened-jit: mmap\(PROT_READ\|PROT_WRITE\|PROT_EXEC\) refused: $mdwe_says" "$mdwe" ./hardened-jit --route=rwx
check "--seccomp=systemd: the dual run works (the filter refuses only W and X together)" \
    never_wx ./hardened-jit --seccomp=systemd
check "--seccomp=systemd: --route=mprotect refused: mprotect, EPERM, seccomp; exit 70" \
    refused_with "^hardened-jit: mprotect\(PROT_READ\|PROT_EXEC\) refused: $seccomp_says" ./hardened-jit --seccomp=systemd --route=mprotect
check "--seccomp=systemd: --route=rwx refused: mmap RWX, EPERM, seccomp; exit 70" \
    refused_with "^hardened-jit: mmap\(PROT_READ\|PROT_WRITE\|PROT_EXEC\) refused: $seccomp_says" ./hardened-jit --seccomp=systemd --route=rwx
check "--seccomp=noexec: --route=dual refused at the exec view: mmap, EPERM, seccomp; exit 70" \
    refused_with "^hardened-jit: mmap\(PROT_READ\|PROT_EXEC, MAP_SHARED\) refused: $seccomp_says" ./hardened-jit --seccomp=noexec --route=dual
check "--seccomp=noexec: --route=mprotect refused too; exit 70" \
    refused_with "^hardened-jit: mprotect\(PROT_READ\|PROT_EXEC\) refused: $seccomp_says" ./hardened-jit --seccomp=noexec --route=mprotect
check "--seccomp=noexec --run: the filter stays on across execve; the dual route refused" \
    refused_with "^hardened-jit: mmap\(PROT_READ\|PROT_EXEC, MAP_SHARED\) refused: $seccomp_says" \
    ./hardened-jit --seccomp=noexec --run ./hardened-jit --route=dual
check "--seccomp=systemd --run: the dual run works in the command it runs, never W+X" \
    never_wx ./hardened-jit --seccomp=systemd --run ./hardened-jit
check "--seccomp=noexec --run a missing command: one line, exit 127" \
    exits_with_one_line 127 ./hardened-jit --seccomp=noexec --run ./no-such-command
check_when noexec_ns_probe "vm.memfd_noexec=2: --memfd-exec refused: memfd_create(MFD_EXEC), EACCES, named; exit 70" \
    refused_with '^hardened-jit: memfd_create\(MFD_EXEC\) refused: Permission denied \(EACCES\); likely policy: vm.memfd_noexec=2' \
    "${noexec2[@]}" ./hardened-jit --memfd-exec
check_when noexec_ns_probe "vm.memfd_noexec=2: the dual run (MFD_NOEXEC_SEAL) still works, never W+X" \
    never_wx "${noexec2[@]}" ./hardened-jit

# Arguments, and output that cannot be written.
check "--help prints the usage" help_ok ./hardened-jit
check "an unknown argument: one line naming it" usage_error "'--bogus'" ./hardened-jit --bogus
check "an unknown route: one line naming it" usage_error "route 'jmp'" ./hardened-jit --route=jmp
check "an unknown seccomp style: one line naming it" usage_error "style 'strict'" ./hardened-jit --seccomp=strict
check "--route with --bench: one line" usage_error "choose one" ./hardened-jit --route=dual --bench
check "--run without --seccomp: one line" usage_error "--run takes only --seccomp" ./hardened-jit --run true
check "a failed write to stdout: one line, exit 74" write_error_reported ./hardened-jit

# The program practises what it teaches.
check "hardened-jit has no segment writable and executable (readelf -lW: no RWE)" \
    stdout_lacks ' RWE ' readelf -lW hardened-jit
