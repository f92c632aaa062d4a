# 09-hardened-wx exercise 1: the two views run the code and see the patch, never W+X.
. "$ROOT/tests/exercise-lib.sh"
build
want=$'views: two addresses\nW+X mappings: 0\nreturned 1\nreturned 2\nW+X mappings: 0\n'
expect status_is 0 ./prog
expect stdout_is "$want" ./prog
if have mdwe > /dev/null; then
    expect status_is 0 "$ROOT/tools/mdwe" ./prog
    expect stdout_is "$want" "$ROOT/tools/mdwe" ./prog
fi
