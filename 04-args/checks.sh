# 04-args/checks.sh: what this chapter claims, checked (see tests/lib.sh).
. ../tests/lib.sh

cc=${CC:-cc}

# The lesson reads in one sitting: args.c stays short, its instruments live apart.
lesson_is_short() {
    local n; n=$(wc -l < args.c)
    [ "$n" -le 200 ] || { echo "args.c has $n lines; the lesson should fit in 200"; return 1; }
}
check "args.c, the lesson, is at most 200 lines" lesson_is_short

# ---- The guided demo ----
check "the demo exits with status 0" status_is 0 ./args
check "the demo: add(2, 3) = 5, through rdi and rsi" stdout_matches '^  add\(2, 3\) = 5$' ./args
check "the demo: add(-7, 4) = -3" stdout_matches '^  add\(-7, 4\) = -3$' ./args
check "the demo: add(INT_MAX, 1) = 2147483648, a 64-bit add" \
    stdout_matches '^  add\(2147483647, 1\) = 2147483648 ' ./args
check "the demo: add(LONG_MAX, 1) wraps to LONG_MIN" \
    stdout_matches '^  add\(9223372036854775807, 1\) = -9223372036854775808 ' ./args
check "the demo: add4(-4) = 0" \
    stdout_matches '^  add4\(-4\) = 0$' ./args
check "the demo: six(1, 2, 3, 4, 5, 6) = 123456, each register in its place" \
    stdout_matches '^  six\(1, 2, 3, 4, 5, 6\) = 123456$' ./args
check "the demo: six(0, 0, 0, 7, 0, 0) = 700 (the 4th argument is rcx)" \
    stdout_matches '^  six\(0, 0, 0, 7, 0, 0\) = 700$' ./args
check "the demo: every JIT'd result of add, add4 and six equals C's" stdout_lacks 'MISMATCH' ./args

# ---- W^X, on any kernel: /proc/self/maps at each step ----
# jit_load reads the page's permissions after mmap and after mprotect, and
# exits 70 if they are not rw-p then r-xp, or if any mapping is W and X.
check "W^X: /proc/self/maps lists each code page as rw-p after mmap, then r-xp after mprotect" \
    stdout_matches '^a C function pointer\. /proc/self/maps lists the page as rw-p after mmap, r-xp$' ./args
check "W^X: the self-test and the command line pass the same maps checks (exit 0)" \
    status_is 0 sh -c './args --self-test > /dev/null && ./args 1 2 > /dev/null'

# ---- A callee-saved register: rbx used without saving it is caught ----
check "the demo: with_canary catches sum_rbx leaving its sum in rbx (callee-saved)" \
    stdout_matches '^  sum_rbx\(2, 3\) = 5 +rbx after: 0x5 +<- CLOBBERED' ./args
check "the demo: sum_rbx_saved (push rbx ... pop rbx) gives the canary back" \
    stdout_matches '^  sum_rbx_saved\(2, 3\) = 5 +rbx after: 0x5eed1234, as it was' ./args
check "--self-test: rbx kept by add, add32, sum_rbx_saved, and sum_rbx caught, over 1024 calls" \
    stdout_matches '^self-test: 1024 calls through with_canary: add, add32 and sum_rbx_saved keep rbx, sum_rbx is caught each time$' \
    ./args --self-test

# ---- The two type mistakes print the really wrong values ----
# The expected values are worked out here, by the shell's 64-bit arithmetic,
# from the rules the README states; the program computes its own.
int32() { echo $(( ((($1) & 0xffffffff) ^ 0x80000000) - 0x80000000 )); }  # low 32 bits, signed
uint32() { echo $(( ($1) & 0xffffffff )); }                               # low 32 bits, zero-extended
n=2147483647
check "mistake 1: add4($n) kept in a long is $((n + 4))" \
    stdout_matches "^  long r = add4\($n\); +r = $((n + 4)) " ./args
check "mistake 1: add4($n) kept in an int is $(int32 "n + 4"), the low 32 bits read as signed" \
    stdout_matches "^  int  r = add4\($n\); +r = $(int32 "n + 4") " ./args
check "mistake 2: add32(4000000000, 1000000000) is $(uint32 "4000000000 + 1000000000"), not 5000000000" \
    stdout_matches "^  add32\(4000000000, 1000000000\) = $(uint32 "4000000000 + 1000000000") .*add gives 5000000000\)" ./args
check "mistake 2: add32(-5, 3) is $(uint32 "-5 + 3"): eax zero-extended into rax, not -2" \
    stdout_matches "^  add32\(-5, 3\) = $(uint32 "-5 + 3") .*add gives -2\)" ./args

# The wrong values must come from running the code: none is written in args.c.
not_hard_coded() {
    local v
    for v in "$(int32 "n + 4")" "$(uint32 "4000000000 + 1000000000")" "$(uint32 "-5 + 3")" 5000000000 123456; do
        if grep -n -- "$v" ./*.c | grep -m1 .; then return 1; fi
    done
}
check "the demo's results are computed, not written in the C files" not_hard_coded

# -Wall -Wextra let the int mistake through (the build uses -Werror); -Wconversion
# catches it, on that line and nowhere else in args.c.
wconversion_finds_the_mistake() {
    local line
    line=$(grep -n 'int as_int = j->add4' args.c | cut -d: -f1)
    [ -n "$line" ] || { echo "args.c has no 'int as_int = j->add4' line"; return 1; }
    $cc -std=c11 -Wall -Wextra -Wconversion -I../lib -c -o /dev/null args.c 2> "$TMP/wconv"
    grep -q "args.c:$line:.*warning" "$TMP/wconv" ||
        { echo "$cc -Wconversion gives no warning on args.c:$line: '$(show "$(cat "$TMP/wconv")")'"; return 1; }
    local other
    other=$(grep 'warning:' "$TMP/wconv" | grep -v "args.c:$line:" | head -1)
    [ -z "$other" ] || { echo "-Wconversion also warns elsewhere: $other"; return 1; }
}
check "-Wconversion warns about the int mistake (and nothing else) that -Wall -Wextra let through" \
    wconversion_finds_the_mistake

# ---- The README's other encodings, from the assembler ----
# encodes 'INSTRUCTION' 'HEX BYTES': NASM assembles INSTRUCTION to exactly those bytes.
encodes() {
    printf '%s\n' "$1" > "$TMP/one.asm"
    local got
    got=$(../tools/asm2bytes "$TMP/one.asm" | sed -n 's,^ *\(0x[^/]*\)/\*.*,\1,p' | tr -d ',' | sed 's/0x//g; s/ *$//')
    [ "$got" = "$2" ] && return 0
    echo "nasm encodes '$1' as '$got', the README says '$2'"
    return 1
}
check "add rax, -1 is 48 83 c0 ff (imm8, sign-extended)" encodes 'add rax, -1' '48 83 c0 ff'
check "add rax, 1000 needs four immediate bytes: 48 05 e8 03 00 00" encodes 'add rax, 1000' '48 05 e8 03 00 00'
check "without REX.R, 01 c0 is add rax, rax (48 01 c0)" encodes 'add rax, rax' '48 01 c0'
check "add rax, r8 is 4c 01 c0: REX.R extends reg" encodes 'add rax, r8' '4c 01 c0'
# decodes 'HEX BYTES' 'DISASSEMBLY': objdump reads those bytes as that instruction.
decodes() {
    printf '.byte %s\n' "$(echo "$1" | sed 's/\([0-9a-f][0-9a-f]\)/0x\1,/g; s/,$//')" > "$TMP/one.s"
    as --64 -o "$TMP/one.o" "$TMP/one.s" || return 1
    local got
    got=$(objdump -d -M intel "$TMP/one.o" | sed -n 's/^ *0:\t[^\t]*\t//p' | tr -s ' ')
    [ "$got" = "$2" ] && return 0
    echo "objdump reads '$1' as '$got', the README says '$2'"
    return 1
}
check "48 8b c7 is another encoding of mov rax, rdi" decodes '48 8b c7' 'mov rax,rdi'

# ---- The self-test: JIT'd code against C ----
check "--self-test: the JIT'd functions equal C over edges and random values" status_is 0 ./args --self-test
enough_compared() {
    local n
    n=$(limited ./args --self-test 2> /dev/null | sed -n 's/^self-test: \([0-9]*\) JIT.d results.*/\1/p')
    [ "${n:-0}" -ge 16000 ] && return 0
    echo "self-test compared ${n:-no} results, expected at least 16000"
    return 1
}
check "--self-test compares at least 16000 results" enough_compared

# The C references must themselves be free of undefined behaviour (signed
# overflow): run them under UBSan, which stops at the first one.
ubsan=(-std=c11 -O0 -fsanitize=undefined -fno-sanitize-recover=all)
# under_sanitizer CC FLAG...: build args with CC and the FLAGs; the self-test,
# the demo and `args 1 2` must each exit 0 with nothing on stderr.
under_sanitizer() {
    local c=$1; shift
    "$c" "$@" -I../lib -o "$TMP/args-san" args.c args-selftest.c args-cli.c ../lib/helpers.c 2> "$TMP/san-build" ||
        { echo "build with $c $* failed: $(head -1 "$TMP/san-build")"; return 1; }
    local mode status
    for mode in --self-test "" "1 2"; do
        # shellcheck disable=SC2086  # an empty mode is no argument: the demo
        limited "$TMP/args-san" $mode > /dev/null 2> "$TMP/san-err"; status=$?
        if [ "$status" -ne 0 ] || [ -s "$TMP/san-err" ]; then
            echo "built with $c $*, './args ${mode}' exits $status: '$(show "$(grep -m1 . "$TMP/san-err")")'"
            return 1
        fi
    done
}
if echo 'int main(void) { return 0; }' | $cc "${ubsan[@]}" -x c -o "$TMP/ubsan-probe" - 2> /dev/null; then
    check "no undefined behaviour in the C references (self-test and demo under UBSan)" under_sanitizer "$cc" "${ubsan[@]}"
else
    skip "C references under UBSan" "$cc cannot link -fsanitize=undefined here"
fi

# clang 17+ checks each indirect call's target for a type hash in the 8 bytes
# before it (-fsanitize=function, part of -fsanitize=undefined); JIT'd code has
# none. CALLS_JIT_CODE (args.h) turns that check off for the calls into JIT'd code.
# fsan_cc: the first clang here whose -fsanitize=function checks C calls (a probe
# of the compiler: a call through a wrongly typed pointer must be reported).
fsan_cc() {
    local c
    printf '%s\n' 'static int f(int x) { return x; }' \
        'int main(void) { long (*g)(long) = (long (*)(long))(void *)f; return (int)g(0); }' > "$TMP/fsan.c"
    for c in "$cc" clang-19 clang-18 clang-17 clang; do
        command -v "$c" > /dev/null || continue
        "$c" -fsanitize=function -fno-sanitize-recover=all -o "$TMP/fsan" "$TMP/fsan.c" 2> /dev/null || continue
        "$TMP/fsan" 2>&1 | grep -q 'incorrect function type' && { echo "$c"; return 0; }
    done
    return 1
}
if fcc=$(fsan_cc); then
    check "built by $fcc with -fsanitize=function, the calls into JIT'd code run (CALLS_JIT_CODE)" \
        under_sanitizer "$fcc" "${ubsan[@]}" -fsanitize=function
else
    skip "calls into JIT'd code under -fsanitize=function" "no clang here (17 or later) checks C calls with -fsanitize=function"
fi

# ---- Two integers from the command line ----
check "./args 5 -7 prints add(5, -7) = -2" stdout_is $'add(5, -7) = -2\n' ./args 5 -7
check "./args -3 -4 prints add(-3, -4) = -7" stdout_is $'add(-3, -4) = -7\n' ./args -3 -4
check "./args 0x7fffffff 1 reads hex and prints 2147483648" \
    stdout_is $'add(2147483647, 1) = 2147483648\n' ./args 0x7fffffff 1
check "./args LONG_MIN -1 wraps to LONG_MAX and says so" \
    stdout_matches '^add\(-9223372036854775808, -1\) = 9223372036854775807 +the true sum needs 65 bits' \
    ./args -9223372036854775808 -1
check "./args --help prints the usage on stdout, exit 0" stdout_matches '^usage: args ' ./args --help
check "--help: usage on stdout, nothing on stderr, exit 0 (help_ok)" help_ok ./args
check "the demo: stdout closed, full or a pipe with no reader: one line, exit 74" write_error_reported ./args
check "--self-test and ./args X Y: a failed write to stdout is one line, exit 74" \
    bash -c '. ../tests/lib.sh; write_error_reported ./args --self-test && write_error_reported ./args 1 2'

# Each refusal: exit 64, nothing on stdout, the reason and a usage line on
# stderr (usage_error, tests/lib.sh).
check "a non-numeric argument: usage, exit 64" usage_error "'abc': not an integer" ./args abc 1
check "trailing junk (12x): usage, exit 64" usage_error "'12x': not an integer" ./args 5 12x
check "an empty argument: usage, exit 64" usage_error "'': not an integer" ./args '' 1
check "2^63, one past LONG_MAX: out of range, exit 64" usage_error "'9223372036854775808': out of range" ./args 1 9223372036854775808
check "-2^63 - 1, one below LONG_MIN: out of range, exit 64" usage_error "out of range" ./args -9223372036854775809 1
check "one argument: usage, exit 64" usage_error 'expected two integers' ./args 5
check "three arguments: usage, exit 64" usage_error "'3': too many arguments" ./args 1 2 3
check "a leading space (' 5') is not a number here, though strtol takes it" usage_error "' 5': not an integer" ./args ' 5' 1
check "a plus sign (+5) is not a number here, though strtol takes it" usage_error "'\+5': not an integer" ./args 1 +5
check "--self-test extra: the refusal names 'extra', not --self-test" usage_error "'extra': unexpected after --self-test" ./args --self-test extra
check "an unknown option: the refusal names it" usage_error "'--bogus': unknown option" ./args --bogus 1
# Each of these refusals is one line that starts with the program.s name.
usage_names_args() {
    local run
    for run in "abc 1" "5 12x" "'' 1" "1 9223372036854775808" "-9223372036854775809 1" "5" "1 2 3" "' 5' 1" "1 +5" "--self-test x" "--bogus 1"; do
        eval "set -- $run"
        stderr_matches "^args: " ./args "$@" > /dev/null ||
            { echo "./args $run: no line 'args: ...' on stderr: '$(show "$(cat "$TMP/err")")'"; return 1; }
    done
}
check "each of those refusals starts with the program's name, args:" usage_names_args

# ---- A refused mprotect: one clear line, no crash ----
# ../tools/mdwe runs ./args under prctl(PR_SET_MDWE) (Linux 6.3+): the kernel
# refuses to make memory executable that was not. The README shows the refusal.
# On top of the /proc/self/maps checks above, which run on any kernel.
refused='^args: mprotect\(PROT_READ\|PROT_EXEC\): Permission denied \(EACCES\): '
check_if mdwe "under PR_SET_MDWE, mprotect(RX) is refused: one line naming the call and EACCES" \
    stderr_matches "$refused" ../tools/mdwe ./args
check_if mdwe "under PR_SET_MDWE, the refusal is one line on stderr" stderr_one_line ../tools/mdwe ./args 1 2
check_if mdwe "under PR_SET_MDWE, the refusal exits 70, not a crash" status_is 70 ../tools/mdwe ./args --self-test

# The asm the README quotes (```nasm blocks) is the asm in this folder, line for line.
readme_asm_is_real() {
    local line
    while IFS= read -r line; do
        [ -n "$line" ] || continue
        cat ./*.asm | grep -qxF -- "$line" || { echo "README.md quotes a line no .asm file has: '$line'"; return 1; }
    done < <(awk '/^```nasm/ { on = 1; next } /^```/ { on = 0 } on' README.md)
}
check "the asm quoted in README.md is the asm in the snippets" readme_asm_is_real
