# tests/lib.sh: the assertions a chapter's checks.sh uses (sourced, bash).
# Each check prints exactly one line, which tests/check-all counts:
#     PASS <chapter>: <name>
#     FAIL <chapter>: <name>: <why>
# Usage in checks.sh:   check "prints hello" stdout_is $'hello\n' ./hello
# An assertion is any command: it passes by exiting 0, and on failure its first
# line of output is the reason. Every command runs under a time limit.

CHAPTER=${CHAPTER:-$(basename "$PWD")}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# The checks read tools' output (objdump, readelf, gdb): the same verdict in any locale.
export LC_ALL=C
CHECK_TIMEOUT=${CHECK_TIMEOUT:-20}
TMP=$(mktemp -d) || exit 70
trap 'rm -rf "$TMP"' EXIT

# check NAME ASSERTION [ARGS...]: run one check and print its PASS/FAIL line.
check() {
    local name=$1 why
    shift
    if why=$("$@" 2>&1); then
        echo "PASS $CHAPTER: $name"
    else
        why=$(printf '%s\n' "$why" | grep -m1 . || true)
        echo "FAIL $CHAPTER: $name: ${why:-exited non-zero}"
    fi
}

# limited CMD...: run CMD under the time limit; a hung JIT fails instead of hanging.
limited() { timeout "$CHECK_TIMEOUT" "$@"; }

# show TEXT: one line of text fit for a reason (first line, newlines escaped, cut short).
# shellcheck disable=SC2016  # sed script, not shell
show() { printf '%s' "$1" | head -c 120 | sed -n 'H;${x;s/^\n//;s/\n/\\n/g;p;}'; }

# stdout_is EXPECTED CMD...: CMD's stdout is exactly EXPECTED, byte for byte.
stdout_is() {
    local want=$1; shift
    limited "$@" > "$TMP/out" 2> "$TMP/err"
    printf '%s' "$want" > "$TMP/want"
    cmp -s "$TMP/want" "$TMP/out" && return 0
    echo "stdout is '$(show "$(cat -A "$TMP/out")")', expected '$(show "$(cat -A "$TMP/want")")'"
    return 1
}

# stdout_matches REGEX CMD...: some line of CMD's stdout matches the extended REGEX.
stdout_matches() {
    local re=$1; shift
    limited "$@" > "$TMP/out" 2> "$TMP/err"
    grep -aEq -- "$re" "$TMP/out" && return 0
    echo "no line of stdout matches /$re/; stdout starts '$(show "$(tr -d '\0' < "$TMP/out")")'"
    return 1
}

# stdout_lacks REGEX CMD...: no line of CMD's stdout matches REGEX.
stdout_lacks() {
    local re=$1 line; shift
    limited "$@" > "$TMP/out" 2> "$TMP/err"
    grep -aEq -- "$re" "$TMP/out" || return 0
    line=$(grep -aE -m1 -- "$re" "$TMP/out" | tr -d '\0')
    echo "stdout has a line matching /$re/: '$(show "$line")'"
    return 1
}

# stderr_matches REGEX CMD...: some line of CMD's stderr matches REGEX.
stderr_matches() {
    local re=$1; shift
    limited "$@" > "$TMP/out" 2> "$TMP/err"
    grep -aEq -- "$re" "$TMP/err" && return 0
    echo "no line of stderr matches /$re/; stderr starts '$(show "$(tr -d '\0' < "$TMP/err")")'"
    return 1
}

# stderr_one_line CMD...: CMD writes exactly one line to stderr (a clear refusal, not a wall).
stderr_one_line() {
    limited "$@" > "$TMP/out" 2> "$TMP/err"
    local n; n=$(wc -l < "$TMP/err")
    [ "$n" -eq 1 ] && return 0
    echo "stderr has $n lines, expected 1: '$(show "$(cat "$TMP/err")")'"
    return 1
}

# status_is N CMD...: CMD exits with status N (and is not killed by a signal).
status_is() {
    local want=$1 got; shift
    limited "$@" > "$TMP/out" 2> "$TMP/err"; got=$?
    [ "$got" -eq "$want" ] && return 0
    if [ "$got" -gt 128 ]; then
        echo "killed by signal $((got - 128)) ($(kill -l "$((got - 128))")), expected exit status $want"
    else
        echo "exit status $got, expected $want; stderr: '$(show "$(cat "$TMP/err")")'"
    fi
    return 1
}

# dies_of SIGNAME CMD...: CMD is killed by the signal SIGNAME (e.g. SEGV).
dies_of() {
    local want=$1 got; shift
    # A subshell, so that bash's "Segmentation fault" notice goes to /dev/null.
    ( limited "$@" > "$TMP/out" 2> "$TMP/err" ) 2>/dev/null; got=$?
    if [ "$got" -gt 128 ] && [ "$(kill -l "$((got - 128))")" = "$want" ]; then return 0; fi
    if [ "$got" -gt 128 ]; then echo "killed by SIG$(kill -l "$((got - 128))"), expected SIG$want"
    else echo "exit status $got, expected death by SIG$want"; fi
    return 1
}

# usage_error REGEX CMD...: CMD refuses its arguments the way every program here
# does (lib/helpers.c's usage_error): exit status 64, nothing on stdout, and
# exactly one line on stderr that matches REGEX (it names what was wrong) and
# says how to get help ("--help").
usage_error() {
    local why=$1 got n; shift
    limited "$@" > "$TMP/out" 2> "$TMP/err"; got=$?
    [ "$got" -eq 64 ] || { echo "exit status $got, expected 64; stderr: '$(show "$(cat "$TMP/err")")'"; return 1; }
    [ ! -s "$TMP/out" ] || { echo "stdout is not empty: '$(show "$(cat "$TMP/out")")'"; return 1; }
    n=$(wc -l < "$TMP/err")
    [ "$n" -eq 1 ] || { echo "stderr has $n lines, expected 1: '$(show "$(cat "$TMP/err")")'"; return 1; }
    grep -Eq -- "$why" "$TMP/err" || { echo "stderr does not match /$why/: '$(show "$(cat "$TMP/err")")'"; return 1; }
    grep -q -- '--help' "$TMP/err" || { echo "stderr does not say how to get help (--help): '$(show "$(cat "$TMP/err")")'"; return 1; }
}

# help_ok CMD...: `CMD --help` prints its usage on stdout (a line starting
# "usage: "), nothing on stderr, and exits 0.
help_ok() {
    local got
    limited "$@" --help > "$TMP/out" 2> "$TMP/err"; got=$?
    [ "$got" -eq 0 ] || { echo "--help exits $got, expected 0"; return 1; }
    [ ! -s "$TMP/err" ] || { echo "--help writes to stderr: '$(show "$(cat "$TMP/err")")'"; return 1; }
    grep -q '^usage: ' "$TMP/out" || { echo "--help prints no 'usage: ' line on stdout: '$(show "$(cat "$TMP/out")")'"; return 1; }
}

# write_error_reported CMD...: when its standard output cannot be written, CMD
# says so in one line on stderr and exits 74, in each of the three ways it can
# happen: stdout closed (>&-), a full disk (/dev/full), and a pipe whose reader
# has gone (EPIPE; the workbook ignores SIGPIPE and reports it like any other
# failed write). The pipe is made with no reader before CMD starts, so the
# result does not depend on timing.
write_error_reported() {
    local got n how
    for how in closed full pipe; do
        case $how in
            closed) limited "$@" >&- 2> "$TMP/err"; got=$? ;;
            full) limited "$@" > /dev/full 2> "$TMP/err"; got=$? ;;
            pipe)
                rm -f "$TMP/fifo"; mkfifo "$TMP/fifo" || return 1
                # fd 3 opens the fifo both ways (so opening it to write does not
                # wait), fd 4 is the write end; closing 3 leaves no reader.
                # shellcheck disable=SC2094  # one fifo, opened twice on purpose
                ( exec 3<> "$TMP/fifo" 4> "$TMP/fifo" 3<&-; limited "$@" >&4 4>&- 2> "$TMP/err" ); got=$? ;;
        esac
        if [ "$got" -ne 74 ]; then
            if [ "$got" -gt 128 ]; then echo "stdout $how: killed by SIG$(kill -l "$((got - 128))"), expected exit status 74"
            else echo "stdout $how: exit status $got, expected 74"; fi
            return 1
        fi
        n=$(wc -l < "$TMP/err")
        [ "$n" -eq 1 ] || { echo "stdout $how: stderr has $n lines, expected 1: '$(show "$(cat "$TMP/err")")'"; return 1; }
    done
}

# ---- Skips: decided here, from the machine, never by the program under test.
# skip NAME REASON: print the SKIP line for one check that cannot run here.
# A skipped check still counts as one of the checks the chapter declares.
skip() { echo "SKIP $CHAPTER: $1: $2"; }

# have FEATURE [ARG]: succeed if this machine has FEATURE; else print why not
# (one line, naming what to install or change). The probes look at the
# machine and at tools the harness owns, never at a chapter's program.
#   mdwe        the kernel has prctl(PR_SET_MDWE) (Linux 6.3+), via tools/mdwe
#   gdb         gdb is installed and may trace a process (ptrace allowed)
#   valgrind    valgrind is installed
#   perf        perf is installed and perf_event_paranoid lets a user sample
#   unsanitized PROG   PROG is built without AddressSanitizer/UBSan runtimes
have() {
    case $1 in
        mdwe)
            [ -x "$ROOT/tools/mdwe" ] || { echo "tools/mdwe is not built"; return 1; }
            "$ROOT/tools/mdwe" true > /dev/null 2>&1 || { echo "this kernel has no PR_SET_MDWE (Linux 6.3 and later)"; return 1; } ;;
        gdb)
            command -v gdb > /dev/null || { echo "gdb not installed (sudo apt-get install gdb)"; return 1; }
            gdb -q -nx -batch -ex run /bin/true 2>&1 | grep -q 'exited normally' \
                || { echo "gdb cannot trace a process here (ptrace is blocked: a container, or kernel.yama.ptrace_scope)"; return 1; } ;;
        valgrind)
            command -v valgrind > /dev/null || { echo "valgrind not installed (sudo apt-get install valgrind)"; return 1; } ;;
        perf)
            command -v perf > /dev/null || { echo "perf not installed (sudo apt-get install linux-perf)"; return 1; }
            perf record -q -e cpu-clock -o /dev/null true > /dev/null 2>&1 \
                || { echo "perf cannot sample here (kernel.perf_event_paranoid, or a container)"; return 1; } ;;
        unsanitized)
            if nm -a "$2" 2> /dev/null | grep -q -e '__asan_init' -e '__ubsan_handle' \
                || readelf -d "$2" 2> /dev/null | grep -q -e 'libasan' -e 'libubsan'; then
                echo "$2 is built with a sanitizer, which changes what this check looks at"; return 1
            fi ;;
        *) echo "tests/lib.sh: have: unknown feature '$1'"; return 1 ;;
    esac
}

# check_if "FEATURE [ARG]" NAME ASSERTION [ARGS...]: run the check if this
# machine has FEATURE (see have), else print its SKIP line with the reason.
# Probes are remembered for the rest of the script.
check_if() {
    local feature=$1 name=$2 key why
    shift 2
    key=$(printf '%s' "$feature" | tr -c 'A-Za-z0-9' '_')
    if [ -z "${HAVE_CACHE[$key]+set}" ]; then
        # shellcheck disable=SC2086  # FEATURE ARG are words
        if why=$(have $feature); then HAVE_CACHE[$key]=""; else HAVE_CACHE[$key]=${why:-not available}; fi
    fi
    if [ -n "${HAVE_CACHE[$key]}" ]; then
        skip "$name" "${HAVE_CACHE[$key]}"
    else
        check "$name" "$@"
    fi
}
declare -A HAVE_CACHE=()
