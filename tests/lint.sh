# tests/lint.sh: the scripts are shellcheck-clean. Run by tests/check-all side by
# side with the chapters (it is the slowest repo-wide check), from the repo root.
. tests/lib.sh

# --- Scripts are shellcheck-clean. A pass is remembered under a hash of the
# scripts and the shellcheck version (tests/.cache, not tracked), so only a
# change to a script, or a new shellcheck, runs it again: it takes seconds.
# The checks.sh files source tests/lib.sh, which is checked on its own (SC1091
# is shellcheck saying it did not follow the source).
scripts="tools/asm2bytes tests/run-chapter tests/check-all tests/check-bytes tests/check-readme tests/normalise .ci/run"
# Usage: shellcheck_clean "OPTIONS" FILE...  (passes when shellcheck finds nothing)
shellcheck_clean() {
    local opts=$1 stamp; shift
    stamp="tests/.cache/shellcheck-$({ shellcheck --version; echo "$opts"; cat "$@"; } | sha256sum | cut -c1-32)"
    [ -f "$stamp" ] && return 0
    # shellcheck disable=SC2086  # the options are words
    shellcheck $opts "$@" || return 1
    mkdir -p tests/.cache && touch "$stamp"
}
if command -v shellcheck > /dev/null; then
    # shellcheck disable=SC2086  # the list is words
    check "scripts are shellcheck-clean" shellcheck_clean "" $scripts
    check "check scripts are shellcheck-clean" \
        shellcheck_clean "-s bash -e SC1091" tests/lib.sh tests/checks.sh tests/lint.sh [0-9][0-9]-*/checks.sh
else
    echo "SKIP repo: shellcheck not installed (sudo apt-get install shellcheck)"
fi
