# 09-hardened-wx exercise 2: mprotect when allowed; the dual mapping when a
# policy refuses it, with EPERM (seccomp) as with EACCES (MDWE).
. "$ROOT/tests/exercise-lib.sh"
build refusals-and-maps.c
expect stdout_is $'strategy: mprotect\nreturned 1\n' ./prog
expect status_is 0 ./prog --seccomp
expect stdout_is $'strategy: dual\nreturned 1\n' ./prog --seccomp
if have mdwe > /dev/null; then
    expect status_is 0 "$ROOT/tools/mdwe" ./prog
    expect stdout_is $'strategy: dual\nreturned 1\n' "$ROOT/tools/mdwe" ./prog
fi
