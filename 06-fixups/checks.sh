# 06-fixups/checks.sh: what this chapter claims, checked (see tests/lib.sh).
. ../tests/lib.sh

msg=$'hello from after the ret\n'

# ---- It runs: the JIT'd code finds its string and writes it.
check "prints the string laid out after ret" stdout_matches '^hello from after the ret$' ./fixups
check "exits with status 0" status_is 0 ./fixups
check "the JIT'd code returns write's result: 25, the string's length" \
    stdout_matches '^it returned 25: write.s result' ./fixups
check "with --align 16 it still prints the string" stdout_matches '^hello from after the ret$' ./fixups --align 16

# ---- The fixups: each displacement is target - end of instruction.

# run_fixups ARGS...: run ./fixups under the time limit and put its stdout in $out
# (NUL bytes dropped: broken code may write some); on failure, say how it failed.
run_fixups() {
    limited ./fixups "$@" > "$TMP/run.out" 2> "$TMP/run.err"
    local status=$?
    out=$(tr -d '\0' < "$TMP/run.out")
    [ "$status" -eq 0 ] && return 0
    echo "./fixups $* exited with status $status: $(head -1 "$TMP/run.err")"
    return 1
}

# dump_fixups FILE ARGS...: run ./fixups ARGS --dump FILE, its stdout in $out. The
# checks of the buffer need the dump, not a good run (broken code may crash after
# the dump is written), so this fails only when there is no dump, saying why.
dump_fixups() {
    local file=$1; shift
    rm -f "$file"
    run_fixups "$@" --dump "$file" > "$TMP/why" || [ -s "$file" ] || { cat "$TMP/why"; return 1; }
}

# label_offset OUT NAME: the offset "labels: msg = 0x1e, msg_end = 0x37" gives NAME, in decimal.
label_offset() {
    local hex
    hex=$(sed -n "s/^labels: .*\\b$2 = 0x\\([0-9a-f]*\\).*/\\1/p" <<< "$1")
    [ -n "$hex" ] && echo $((16#$hex))
}

# hx N: N in hex, as the program prints it: 0x1e, -0x20.
hx() { if [ "$1" -lt 0 ]; then printf -- "-0x%x" $((-$1)); else printf "0x%x" "$1"; fi; }

# le32 N: N as four little-endian bytes, "0d 00 00 00".
le32() { local n=$(($1 & 0xffffffff)); printf '%02x %02x %02x %02x' $((n & 255)) $((n >> 8 & 255)) $((n >> 16 & 255)) $((n >> 24 & 255)); }

# file_bytes FILE AT N: N bytes of FILE from offset AT, as "0d 00 00 00".
file_bytes() { od -An -v -tx1 -j "$2" -N "$3" "$1" | xargs; }

# fixups_add_up [ARGS]: every "fixup at" line the program prints is consistent:
# its target is the label's reported offset, its instruction ends right after
# the 4-byte displacement, disp = target - end, the bytes shown are that value
# little-endian, and the dumped buffer holds exactly those bytes.
fixups_add_up() {
    local out line n=0 at name target end sign disp bytes want
    local re='^fixup at 0x([0-9a-f]+) -> ([a-z_]+): 0x([0-9a-f]+) - 0x([0-9a-f]+) \(end of the lea\) = (-?)0x([0-9a-f]+), stored as ([0-9a-f ]+)$'
    dump_fixups "$TMP/add.bin" "$@" || return 1
    while IFS= read -r line; do
        [[ $line =~ $re ]] || { echo "cannot read the line '$line'"; return 1; }
        at=$((16#${BASH_REMATCH[1]})) name=${BASH_REMATCH[2]} target=$((16#${BASH_REMATCH[3]}))
        end=$((16#${BASH_REMATCH[4]})) sign=${BASH_REMATCH[5]} disp=$((16#${BASH_REMATCH[6]})) bytes=${BASH_REMATCH[7]}
        [ "$sign" = - ] && disp=$((-disp))
        want=$(label_offset "$out" "$name")
        [ "$target" = "$want" ] || { echo "fixup at $(hx "$at"): target $(hx "$target"), but label $name is at $(hx "${want:--1}")"; return 1; }
        [ $((end - at)) -eq 4 ] || { echo "fixup at $(hx "$at"): its instruction ends at $(hx "$end"), not right after the disp32"; return 1; }
        [ "$disp" -eq $((target - end)) ] || { echo "fixup at $(hx "$at"): disp $(hx "$disp"), but $(hx "$target") - $(hx "$end") = $(hx $((target - end)))"; return 1; }
        [ "$bytes" = "$(le32 "$disp")" ] || { echo "fixup at $(hx "$at"): shows '$bytes', but $(hx "$disp") little-endian is '$(le32 "$disp")'"; return 1; }
        want=$(file_bytes "$TMP/add.bin" "$at" 4)
        [ "$want" = "$bytes" ] || { echo "fixup at $(hx "$at"): the dumped buffer holds '$want', the program said '$bytes'"; return 1; }
        n=$((n + 1))
    done < <(grep '^fixup at ' <<< "$out")
    [ "$n" -eq 2 ] || { echo "$n fixup lines, expected 2 (msg and msg_end)"; return 1; }
}
check "each patched disp32 is target - end of the lea (recomputed from the offsets it prints)" fixups_add_up
check "the same holds with --align 16 (the data moved; the fixups followed)" fixups_add_up --align 16

# hexdump_bytes OUT WHICH: the bytes of the "emitted" (before) or "patched" (after) hex dump.
hexdump_bytes() {
    awk -v which="$2" '/^patched:/ { after = 1; next }
        /^  [0-9a-f][0-9a-f][0-9a-f][0-9a-f] / && (after == (which == "after")) { print substr($0, 8, 48) }' <<< "$1" |
        tr '[]' '  ' | xargs
}

# before_and_after: the "emitted" dump has 00 00 00 00 at every displacement
# and equals the "patched" dump everywhere else; the patched dump is the buffer.
before_and_after() {
    local out before after file i at placeholder=()
    dump_fixups "$TMP/ba.bin" || return 1
    read -ra before <<< "$(hexdump_bytes "$out" before)"
    read -ra after <<< "$(hexdump_bytes "$out" after)"
    file=$(file_bytes "$TMP/ba.bin" 0 4096)
    [ "${after[*]}" = "$file" ] || { echo "the patched dump is not the buffer written by --dump"; return 1; }
    if [ "${#before[@]}" -ne "${#after[@]}" ] || [ "${#after[@]}" -eq 0 ]; then
        echo "the dumps have ${#before[@]} and ${#after[@]} bytes"; return 1
    fi
    while read -r at; do
        for i in 0 1 2 3; do placeholder[16#$at + i]=1; done
    done < <(sed -n 's/^fixup at 0x\([0-9a-f]*\) .*/\1/p' <<< "$out")
    [ "${#placeholder[@]}" -eq 8 ] || { echo "${#placeholder[@]} displacement bytes, expected 8 (two fixups)"; return 1; }
    for ((i = 0; i < ${#after[@]}; i++)); do
        if [ -n "${placeholder[i]:-}" ]; then
            [ "${before[i]}" = 00 ] || { echo "byte $(hx "$i") (a placeholder) is ${before[i]} before patching, expected 00"; return 1; }
        else
            [ "${before[i]}" = "${after[i]}" ] || { echo "byte $(hx "$i") changed from ${before[i]} to ${after[i]}, but is not a displacement"; return 1; }
        fi
    done
}
check "before and after: only the two disp32 placeholders change, from 00 00 00 00" before_and_after
check "the hex dump marks each placeholder in [ ]" stdout_matches '^  0000 .* 48 8d 35\[00 00 00  ' ./fixups

# ---- objdump on the final buffer: each lea lands where the program says.

# lea_lands REG LABEL [ARGS]: objdump's "# 0x.." target of `lea REG,[rip+..]` in
# the dumped buffer is LABEL's offset; for msg, the string itself sits there.
lea_lands() {
    local reg=$1 label=$2 out line target want got; shift 2
    dump_fixups "$TMP/lea.bin" "$@" || return 1
    line=$(objdump -D -b binary -m i386:x86-64 -M intel "$TMP/lea.bin" | grep -m1 "lea  *$reg,\\[rip+") ||
        { echo "objdump shows no 'lea $reg,[rip+...]'"; return 1; }
    [[ $line =~ \#\ 0x([0-9a-f]+)$ ]] || { echo "no '# 0x..' target in: $line"; return 1; }
    target=$((16#${BASH_REMATCH[1]}))
    want=$(label_offset "$out" "$label")
    [ "$target" = "$want" ] || { echo "objdump: lea $reg lands on 0x$(printf %x "$target"), but $label is at 0x$(printf %x "${want:-0}")"; return 1; }
    if [ "$label" = msg ]; then
        got=$(tail -c +$((target + 1)) "$TMP/lea.bin" | head -c ${#msg}; echo .)
        [ "$got" = "$msg." ] || { echo "the bytes at 0x$(printf %x "$target") are '$(show "${got%.}")', not the string"; return 1; }
    fi
}
check "objdump -D: 'lea rsi,[rip+...]' lands on the string (# 0x.. = msg)" lea_lands rsi msg
check "objdump -D: 'lea rdx,[rip+...]' lands just past it (# 0x.. = msg_end)" lea_lands rdx msg_end
check "objdump -D, --align 16: the lea still lands on the string" lea_lands rsi msg --align 16

# padding_is_int3: with --align 16, objdump decodes the two bytes after ret as int3.
padding_is_int3() {
    local out; dump_fixups "$TMP/pad.bin" --align 16 || return 1
    local n
    n=$(objdump -D -b binary -m i386:x86-64 -M intel "$TMP/pad.bin" | grep -cE '^ +1[ef]:'$'\t''cc +'$'\t''int3')
    [ "$n" -eq 2 ] || { echo "objdump shows $n int3 at 0x1e..0x1f, expected 2"; return 1; }
}
check "the 0xcc padding is int3 (objdump), not a no-op" padding_is_int3
check "running the padding traps: --call-padding dies of SIGTRAP" dies_of TRAP ./fixups --align 16 --call-padding

# --call-padding crashes on purpose, and sets RLIMIT_CORE to 0 first, so that
# a reader with `ulimit -c unlimited` finds no core file in the chapter.
# cores_land_here: a probe of the machine, not of the program: the kernel
# writes core files into the crashing process's folder (core_pattern is a
# plain name, not a pipe to a collector) and this shell may lift ulimit -c.
cores_land_here() {
    local pattern
    pattern=$(cat /proc/sys/kernel/core_pattern 2> /dev/null) || { echo "cannot read /proc/sys/kernel/core_pattern"; return 1; }
    case $pattern in
        '|'*) echo "core files go to a collector here (core_pattern '$pattern'), not to a folder"; return 1 ;;
        */*) echo "core files go to another folder here (core_pattern '$pattern')"; return 1 ;;
    esac
    (ulimit -c unlimited) 2> /dev/null || { echo "this shell may not set ulimit -c unlimited"; return 1; }
}
# no_core_file: under ulimit -c unlimited, --call-padding dies of SIGTRAP in an
# empty folder and leaves it empty.
no_core_file() {
    local dir="$TMP/cores" prog="$PWD/fixups" left
    rm -rf "$dir"; mkdir "$dir" || return 1
    ( cd "$dir" && ulimit -c unlimited && exec timeout "$CHECK_TIMEOUT" "$prog" --align 16 --call-padding ) > /dev/null 2>&1
    left=$(ls -A "$dir")
    [ -z "$left" ] && return 0
    echo "--call-padding left $(show "$left") in its folder"
    return 1
}
if why=$(cores_land_here); then
    check "under ulimit -c unlimited, --call-padding leaves no core file" no_core_file
else
    skip "under ulimit -c unlimited, --call-padding leaves no core file" "$why"
fi

# ---- The linker-equivalence claim: nasm, given real labels, makes the same bytes.

# same_as_nasm [ALIGN]: fixups --dump (with --align ALIGN) equals nasm -f bin reference.asm.
same_as_nasm() {
    local args=()
    [ $# -gt 0 ] && args=(--align "$1")
    nasm -f bin ${1:+-DALIGN=$1} -o "$TMP/ref.bin" reference.asm || { echo "nasm failed on reference.asm"; return 1; }
    local out; dump_fixups "$TMP/jit.bin" "${args[@]}" || return 1
    cmp -s "$TMP/ref.bin" "$TMP/jit.bin" && return 0
    local diff
    diff=$(cmp -l "$TMP/ref.bin" "$TMP/jit.bin" 2>&1 | head -1)
    if [[ $diff =~ ^\ *([0-9]+)\ +([0-7]+)\ +([0-7]+)$ ]]; then
        printf 'byte 0x%x: nasm has %02x, fixups has %02x\n' $((BASH_REMATCH[1] - 1)) $((8#${BASH_REMATCH[2]})) $((8#${BASH_REMATCH[3]}))
    else
        echo "sizes differ: nasm $(wc -c < "$TMP/ref.bin") bytes, fixups $(wc -c < "$TMP/jit.bin") ($diff)"
    fi
    return 1
}
check "the patched buffer equals nasm -f bin reference.asm, byte for byte" same_as_nasm
check "with --align 16 it equals nasm -f bin -DALIGN=16 reference.asm" same_as_nasm 16

# section_at FILE NAME: "ADDRESS OFFSET" of section NAME (a regex) in FILE, hex.
section_at() { readelf -SW "$1" | sed -n "s/.* $2  *PROGBITS  *\\([0-9a-f]*\\) \\([0-9a-f]*\\) .*/\\1 \\2/p"; }

# ld does the same for an object file: R_X86_64_PC32 is resolved as S + A - P.
# reloc.o's relocation names a symbol (S: here the section .rodata, where msg
# is), an addend (A = -4) and the place of the disp32 (P = .text + offset).
ld_resolves_pc32() {
    if ! nasm -f elf64 -o "$TMP/reloc.o" reloc.asm || ! ld -o "$TMP/reloc" "$TMP/reloc.o"; then
        echo "cannot build reloc from reloc.asm"; return 1
    fi
    local rel off sym sign addend s text text_off p disp want
    rel=$(readelf -rW "$TMP/reloc.o" | grep R_X86_64_PC32) || { echo "reloc.o has no R_X86_64_PC32"; return 1; }
    read -r off _ _ _ sym sign addend <<< "$rel"    # 00..0d info R_X86_64_PC32 value .rodata - 4
    addend=$((16#$addend)); [ "$sign" = - ] && addend=$((-addend))
    read -r s _ <<< "$(section_at "$TMP/reloc" "\\$sym")"
    read -r text text_off <<< "$(section_at "$TMP/reloc" '\.text')"
    if [ -z "$s" ] || [ -z "$text" ]; then echo "cannot find $sym or .text in reloc"; return 1; fi
    p=$((16#$text + 16#$off))
    disp=$(file_bytes "$TMP/reloc" $((16#$text_off + 16#$off)) 4)
    want=$(le32 $((16#$s + addend - p)))
    [ "$disp" = "$want" ] && return 0
    echo "ld wrote '$disp'; S + A - P = $(hx $((16#$s))) + ($addend) - $(hx "$p") is '$want'"
    return 1
}
check "ld fills reloc.o's R_X86_64_PC32 with S + A - P (A = -4)" ld_resolves_pc32
check "the linked reloc program prints its .rodata string" stdout_is $'hello from .rodata\n' "$TMP/reloc"

# A is -4 only when the disp32 ends the instruction: with an imm8 after it, rip
# is one byte further on, and nasm says -5.
addend_follows_the_end() {
    printf 'bits 64\nextern x\ncmp byte [rel x], 1\n' > "$TMP/imm.asm"
    nasm -f elf64 -o "$TMP/imm.o" "$TMP/imm.asm" || { echo "nasm failed"; return 1; }
    local rel; rel=$(readelf -rW "$TMP/imm.o" | grep R_X86_64_PC32)
    [[ $rel =~ \ x\ -\ 5$ ]] && return 0
    echo "expected 'R_X86_64_PC32 ... x - 5', readelf says '$rel'"
    return 1
}
check "with an imm8 after the disp32 (cmp byte [rel x], 1) the addend is -5" addend_follows_the_end

# ---- A fixup to a label that was never bound is an error, not a silent zero.
unbound=$'^fixups: fixup at offset 0xd refers to label \'msg\', which was never bound$'
check "--unbound-label: one line naming the fixup and the label" stderr_matches "$unbound" ./fixups --unbound-label
check "--unbound-label: exactly one line on stderr" stderr_one_line ./fixups --unbound-label
check "--unbound-label: exit status 70" status_is 70 ./fixups --unbound-label
check "--unbound-label: nothing is called" stdout_lacks '^(hello|calling)' ./fixups --unbound-label

# ---- A fixup that is never recorded is no error: the code runs, wrong.
# Build fixups.c with the line `fixup_last_disp32(&j, LABEL_MSG);` deleted:
# the lea rsi keeps rip + 0 and points at offset 0x11, rdx still reaches
# msg_end (0x37), so write sends 0x37 - 0x11 = 38 bytes, code and string.
without_msg_fixup() {
    sed '/fixup_last_disp32(&j, LABEL_MSG);/d' fixups.c > "$TMP/nofix.c"
    cmp -s fixups.c "$TMP/nofix.c" && { echo "fixups.c has no line 'fixup_last_disp32(&j, LABEL_MSG);'"; return 1; }
    "${CC:-cc}" -std=c11 -O2 -I../lib -I. -o "$TMP/fixups" "$TMP/nofix.c" instruments.c ../lib/helpers.c 2>&1 |
        head -1 | grep . && return 1
    limited "$TMP/fixups" > "$TMP/nofix.out" 2> "$TMP/nofix.err"
    local status=$? got want
    [ "$status" -eq 74 ] || { echo "exit status $status, expected 74"; return 1; }
    grep -qx "fixups: the JIT'd write returned 38, not 25" "$TMP/nofix.err" || { echo "stderr: '$(show "$(cat "$TMP/nofix.err")")'"; return 1; }
    # What it wrote: the last 38 bytes of the buffer, from 0x11 (rest of code, then the string).
    got=$(sed -n '/^calling the code at /,$p' "$TMP/nofix.out" | tail -c +2 | sed '1d' | od -An -v -tx1 | xargs)
    want=$(printf '\x48\x8d\x15\x1f\x00\x00\x00\x48\x29\xf2\x0f\x05\xc3%s' "${msg%$'\n'}" | od -An -v -tx1 | xargs)" 0a"
    [ "$got" = "$want" ] && return 0
    echo "wrote '$got', expected '$want'"
    return 1
}
check "no fixup for msg: 38 bytes of code and string are written, then exit 74" without_msg_fixup

# ---- Bad arguments: one line naming the argument, status 64; --help on stdout.
check "an unknown option: one line naming it, exit 64" usage_error "^fixups: unknown option '--bogus' " ./fixups --bogus
check "--dump without a file: one line, exit 64" usage_error "^fixups: --dump needs a FILE " ./fixups --dump
check "--align without N: one line, exit 64" usage_error "^fixups: --align needs a number N " ./fixups --align
check "--align 3 (not a power of two): one line saying why, exit 64" \
    usage_error "^fixups: --align takes a power of two from 1 to 256, not '3' " ./fixups --align 3
check "--align 1x: one line, exit 64" usage_error "not '1x'" ./fixups --align 1x
check "--align ' 4' (a space before the number) is refused" usage_error "not ' 4'" ./fixups --align ' 4'
check "--align +4 (a plus sign) is refused" usage_error "not '\+4'" ./fixups --align +4
check "--align 512 (above 256) is refused" usage_error "not '512'" ./fixups --align 512
check "--call-padding with no padding: one line, exit 64" usage_error "^fixups: --call-padding needs padding" ./fixups --call-padding
check "--help: the usage on stdout, exit 0" help_ok ./fixups
check "--dump into a missing directory: one line naming the file and ENOENT" \
    stderr_matches '^fixups: cannot create /nonexistent/f.bin: No such file or directory \(ENOENT\)$' ./fixups --dump /nonexistent/f.bin
check "--dump into a missing directory exits 73" status_is 73 ./fixups --dump /nonexistent/f.bin
check "--dump into a missing directory: the refusal is one line" stderr_one_line ./fixups --dump /nonexistent/f.bin
check "stdout closed, full, or a pipe with no reader: one line and exit 74 each" write_error_reported ./fixups
check "stdout is /dev/full: the one line says stdout cannot be written" \
    stderr_matches '^fixups: cannot write to standard output: ' sh -c './fixups > /dev/full'

# ---- W^X, read from /proc/self/maps by the running program, on any kernel.
check "W^X from /proc/self/maps: the page was rw-p while written, r-xp when called" \
    stdout_matches '^the page was rw-p while written and is r-xp now, as /proc/self/maps shows$' ./fixups

# ---- A refused mprotect: one clear line, no crash. ../tools/mdwe runs
# ./fixups under prctl(PR_SET_MDWE) (Linux 6.3+): the kernel refuses to make
# memory executable that was not. These come on top of the maps check above.
check_if mdwe "under PR_SET_MDWE, mprotect(RX) is refused: one line naming the call and EACCES" \
    stderr_matches '^fixups: mprotect\(PROT_READ\|PROT_EXEC\): Permission denied \(EACCES\): ' ../tools/mdwe ./fixups
check_if mdwe "under PR_SET_MDWE, the refusal is one line on stderr" stderr_one_line ../tools/mdwe ./fixups
check_if mdwe "under PR_SET_MDWE, the refusal exits 70, not a crash" status_is 70 ../tools/mdwe ./fixups
check_if mdwe "under PR_SET_MDWE, nothing is called" stdout_lacks '^(calling|hello)' ../tools/mdwe ./fixups

# ---- The README's aside: an absolute [disp32] in 64-bit mode needs a SIB byte.
absolute_needs_sib() {
    printf 'bits 64\nlea rsi, [abs 0x1e]\n' > "$TMP/abs.asm"
    nasm -f bin -o "$TMP/abs.bin" "$TMP/abs.asm" || { echo "nasm failed"; return 1; }
    local got; got=$(file_bytes "$TMP/abs.bin" 0 16)
    [ "$got" = "48 8d 34 25 1e 00 00 00" ] && return 0
    echo "nasm gives '$got'"
    return 1
}
check "nasm encodes lea rsi, [abs 0x1e] as 48 8d 34 25 1e 00 00 00 (ModRM rm=100, SIB 25)" absolute_needs_sib

# ---- clang's -fsanitize=function and JIT'd code (see CALLS_JIT_CODE in instruments.h).
# probed_callers: the functions of ./fixups that check the 8 bytes before an
# indirect-call target for clang's signature (cmpl $0xc105cafe). None of those
# that call JIT'd code may: there, the bytes before the page may be unmapped.
no_probe_before_jit_calls() {
    local found
    found=$(objdump -d ./fixups | awk '/^[0-9a-f]+ </ { f = $2 } /\$0xc105cafe,/ { print f }' |
        grep -E '^<(main|call_padding)>' | sort -u | xargs)
    [ -z "$found" ] && return 0
    echo "-fsanitize=function probes the JIT'd code's page in $found"
    return 1
}
check "calls into JIT'd code carry no -fsanitize=function probe (clang 17+ with UBSan)" no_probe_before_jit_calls
