# tests/lint.sh: the scripts are shellcheck-clean. Run by tests/check-all side by
# side with the chapters (it is the slowest repo-wide check), from the repo root.
. tests/lib.sh

# --- Which scripts: found, not listed. Every file git tracks whose first line
# is a sh or bash shebang, checked as its shebang says; and every sourced
# script (a .sh file with no shebang, checks.sh and check.sh included, tracked
# or not: an exercise being written counts too), checked as bash. Outside a git
# checkout (a tarball), every file of the tree is looked at.
listed() {
    git ls-files -z 2> /dev/null | tr '\0' '\n' | grep . \
        || find . -path ./.git -prune -o -type f -print | sed 's|^\./||'
}
shebang_scripts=() sourced_scripts=()
while IFS= read -r f; do
    [ -f "$f" ] || continue
    case $(head -n 1 "$f" | tr -d '\0' | head -c 64) in
        '#!'*/sh|'#!'*/sh' '*|'#!'*/bash|'#!'*/bash' '*|'#!'*'env bash'*|'#!'*'env sh'*) shebang_scripts+=("$f") ;;
        *) case $f in *.sh) sourced_scripts+=("$f") ;; esac ;;
    esac
done < <({ listed; find . -path ./.git -prune -o -type f \( -name checks.sh -o -name check.sh \) -print | sed 's|^\./||'; } | sort -u)

# --- Scripts are shellcheck-clean. A pass is remembered under a hash of the
# scripts and the shellcheck version (tests/.cache, not tracked), so only a
# change to a script, or a new shellcheck, runs it again: it takes seconds.
# Sourced scripts source tests/lib.sh, which is checked on its own (SC1091
# is shellcheck saying it did not follow the source).
# Usage: shellcheck_clean "OPTIONS" FILE...  (passes when shellcheck finds nothing)
shellcheck_clean() {
    local opts=$1 stamp; shift
    [ $# -gt 0 ] || { echo "no scripts found"; return 1; }
    stamp="tests/.cache/shellcheck-$({ shellcheck --version; echo "$opts"; printf '%s\n' "$@"; cat "$@"; } | sha256sum | cut -c1-32)"
    [ -f "$stamp" ] && return 0
    # shellcheck disable=SC2086  # the options are words
    shellcheck $opts "$@" || return 1
    mkdir -p tests/.cache && touch "$stamp"
}
if command -v shellcheck > /dev/null; then
    check "scripts are shellcheck-clean (${#shebang_scripts[@]} found by their shebang)" \
        shellcheck_clean "" "${shebang_scripts[@]}"
    check "sourced scripts (checks.sh, check.sh, lib.sh) are shellcheck-clean as bash (${#sourced_scripts[@]} found)" \
        shellcheck_clean "-s bash -e SC1091" "${sourced_scripts[@]}"
else
    skip "scripts are shellcheck-clean" "shellcheck not installed (sudo apt-get install shellcheck)"
    skip "sourced scripts (checks.sh, check.sh, lib.sh) are shellcheck-clean as bash" "shellcheck not installed (sudo apt-get install shellcheck)"
fi
