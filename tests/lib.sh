# tests/lib.sh: the assertions a chapter's checks.sh uses (sourced, bash).
# Each check prints exactly one line, which tests/check-all counts:
#     PASS <chapter>: <name>
#     FAIL <chapter>: <name>: <why>
# Usage in checks.sh:   check "prints hello" stdout_is $'hello\n' ./hello
# An assertion is any command: it passes by exiting 0, and on failure its first
# line of output is the reason. Every command runs under a time limit.

CHAPTER=${CHAPTER:-$(basename "$PWD")}
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
# does: exit status 64, nothing on stdout, and on stderr a line matching REGEX
# (the reason) and a line starting "usage: ".
usage_error() {
    local why=$1 got; shift
    limited "$@" > "$TMP/out" 2> "$TMP/err"; got=$?
    [ "$got" -eq 64 ] || { echo "exit status $got, expected 64; stderr: '$(show "$(cat "$TMP/err")")'"; return 1; }
    [ ! -s "$TMP/out" ] || { echo "stdout is not empty: '$(show "$(cat "$TMP/out")")'"; return 1; }
    grep -Eq -- "$why" "$TMP/err" || { echo "no line of stderr matches /$why/: '$(show "$(cat "$TMP/err")")'"; return 1; }
    grep -q '^usage: ' "$TMP/err" || { echo "no 'usage: ' line on stderr: '$(show "$(cat "$TMP/err")")'"; return 1; }
}
