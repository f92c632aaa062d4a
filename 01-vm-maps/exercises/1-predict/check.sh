# 01 exercise 1: all three predictions match /proc/self/maps.
. "$ROOT/tests/exercise-lib.sh"
build exercises/1-predict/predict.c
limited ./prog > out 2>&1
rc=$?
grep -m1 '^wrong: ' out && exit 1
for thing in 'answer, a static const int' 'the last byte of big' 'a 1 MiB malloc block'; do
    grep -q "^right: $thing" out || { echo "no prediction checked for '$thing'"; exit 1; }
done
[ "$rc" -eq 0 ] || { echo "the program exits $rc: $(grep -m1 . out)"; exit 1; }
