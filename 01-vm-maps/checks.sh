# 01-vm-maps/checks.sh: what this chapter claims, checked (see tests/lib.sh).
# The facts come from the running process (its /proc/self/maps) and from the
# program file (readelf, nm), never from a copy of the expected output.
. ../tests/lib.sh

./vm-maps > "$TMP/run1" 2>&1
./vm-maps > "$TMP/run2" 2>&1
page_size=$(getconf PAGESIZE)

# --- Reading the printed output. A thing's block is "NAME (what)", then its
# address line, its mapping line and its perms line.

# line_of NAME N: line N (1: address, 2: mapping) of NAME's block in run 1.
line_of() {
    awk -v name="$1" -v n="$2" 'index($0, name " (") == 1 { want = NR + n } NR == want { print; exit }' "$TMP/run1"
}

# shows_mapping NAME REGEX: the printed mapping line of NAME matches REGEX.
shows_mapping() {
    local line; line=$(line_of "$1" 2)
    [[ $line =~ $2 ]] && return 0
    echo "the mapping printed for $1 is '${line:-nothing}', expected /$2/"
    return 1
}

# --- The program file's side: its LOAD segments (readelf -l) and symbols (nm).
# segments: one line per LOAD segment: file offset, address, file size, flags (R, RE, RW).
readelf -lW vm-maps | awk '$1 == "LOAD" { print $2, $3, $5, ($9 == "" ? $7 : $7 $8) }' > "$TMP/segments"

# file_place ADDR START OFFSET: for an address in a mapping at START that maps
# the file from OFFSET, print "FILEPOS FLAGS LINKADDR": its place in the file,
# the flags of the segment there, and the address the linker gave that byte.
file_place() {
    local filepos=$(( $1 - $2 + $3 )) off vaddr size flags
    while read -r off vaddr size flags; do
        if (( off <= filepos && filepos < off + size )); then
            printf '0x%x %s 0x%x\n' "$filepos" "$flags" $(( filepos - off + vaddr ))
            return 0
        fi
    done < "$TMP/segments"
    return 1
}

# place_of NAME: file_place for NAME's printed address and mapping (run 1).
place_of() {
    local addr range offset
    addr=$(line_of "$1" 1 | awk '{print $2}')
    read -r range offset < <(line_of "$1" 2 | awk '{print $2, $4}')
    file_place "$addr" "0x${range%-*}" "0x$offset"
}

# --- What the program prints.
check "prints the page size the system reports (getconf PAGESIZE: $page_size)" \
    stdout_matches "^page size: $page_size bytes" cat "$TMP/run1"
check "exits with status 0" status_is 0 ./vm-maps
seven_mappings() {
    local n; n=$(grep -c '^  mapping  ' "$TMP/run1")
    [ "$n" -eq 7 ] || { echo "$n mapping lines, expected 7"; return 1; }
}
check "prints a maps line for each of the seven things" seven_mappings
check "maps lines show start-end perms offset file, no dev or inode, no directory" \
    stdout_lacks '^  mapping  ' grep -vE '^  mapping  [0-9a-f]+-[0-9a-f]+ [r-][w-][x-][ps] [0-9a-f]{8}( [^ /]+)?$' "$TMP/run1"

check "main's page is r-x and mapped from the program's own file" shows_mapping main ' r-xp [0-9a-f]{8} vm-maps$'
check "the string literal's page is r-- (and in the program's file)" shows_mapping '"a string literal"' ' r--p [0-9a-f]{8} vm-maps$'
check "the initialised global's page is rw- (and in the program's file)" shows_mapping initialised_global ' rw-p [0-9a-f]{8} vm-maps$'
check "the zero-initialised (.bss) global's page is rw-" shows_mapping zeroed_global ' rw-p [0-9a-f]{8}( |$)'
# Under AddressSanitizer, &printf is the sanitizer's interceptor and malloc is
# its own allocator, and clang's may move locals to a "fake stack" of its own:
# those facts hold only for a plain build.
check_if "unsanitized ./vm-maps" "the heap block's page is rw- and in [heap]" shows_mapping 'malloc(sizeof(int))' ' rw-p [0-9a-f]{8} \[heap\]$'
check_if "unsanitized ./vm-maps" "the stack variable's page is rw- and in [stack]" shows_mapping on_stack ' rw-p [0-9a-f]{8} \[stack\]$'
check_if "unsanitized ./vm-maps" "printf's page is r-x in a libc file" shows_mapping printf ' r-xp [0-9a-f]{8} libc(\.so\.[0-9]+|-[0-9.]+\.so)$'

# Every printed address lies in its printed mapping, its page is the address
# rounded down to the page size, and the perms word is the mapping's.
addresses_agree() {
    awk -v ps="$page_size" '
        function hex(s,   i, n) { n = 0; s = tolower(s); sub(/^0x/, "", s)
            for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
            return n }
        /^  address / { name = prev; addr = hex($2); page = hex($5)
            if (page != addr - addr % ps) { printf "%s: page %s is not %s rounded down to %d\n", name, $5, $2, ps; bad = 1; exit } }
        /^  mapping / { split($2, r, "-"); perms = $3
            if (addr < hex(r[1]) || addr >= hex(r[2])) { printf "%s: address not in its mapping %s\n", name, $2; bad = 1; exit }
            if (hex(r[1]) % ps || hex(r[2]) % ps) { printf "%s: mapping %s is not page-aligned\n", name, $2; bad = 1; exit } }
        /^  [r-][w-][x-]  / { if ($1 != substr(perms, 1, 3)) { printf "%s: says %s, its mapping is %s\n", name, $1, perms; bad = 1; exit } }
        /^[^ ]/ { prev = $1 }
        END { exit bad }' "$TMP/run1"
}
check "each address lies in its mapping, and its page is the address rounded down to $page_size" addresses_agree

# --- The maps lines and the file agree: the loader mapped each segment with
# the permissions its flags ask for, from the offset the maps line names.
flags_match() {
    local name want filepos flags
    for name in main:RE '"a string literal":R' initialised_global:RW; do
        want=${name##*:}; name=${name%:*}
        read -r filepos flags _ < <(place_of "$name") || { echo "$name: its maps line points at no LOAD segment of vm-maps (readelf -l)"; return 1; }
        [ "$flags" = "$want" ] || { echo "$name: at file offset $filepos, in a segment with flags $flags, expected $want"; return 1; }
    done
}
check "main, the literal and initialised_global are in the file segments flagged R E, R and RW (readelf -l)" flags_match
# lands_on SYMBOL ADDR START OFFSET: ADDR (in a mapping at START, file OFFSET) is the byte nm calls SYMBOL.
lands_on() {
    local sym filepos link
    sym=0x$(nm vm-maps | awk -v s="$1" '$3 == s { print $1 }')
    read -r filepos _ link < <(file_place "$2" "$3" "$4") || { echo "$1 at $2: no LOAD segment of vm-maps holds it"; return 1; }
    (( link == sym )) && return 0
    echo "$1 at $2 is at file offset $filepos, which the linker numbered $link; nm says $1 is $sym"
    return 1
}
lands_on_printed() {
    local addr range offset
    addr=$(line_of "$1" 1 | awk '{print $2}')
    read -r range offset < <(line_of "$1" 2 | awk '{print $2, $4}')
    lands_on "$1" "$addr" "0x${range%-*}" "0x$offset"
}
check "main's address, less its mapping's start, plus its offset, is main's place in the file (nm)" lands_on_printed main
check "the same holds for initialised_global, in the RW segment (whose file offsets and addresses need not agree)" lands_on_printed initialised_global
got_in_relro() {
    local slot relro_start relro_size
    slot=$(readelf -rW vm-maps | awk '$3 ~ /GLOB_DAT/ && $5 ~ /^printf(@|$)/ { print "0x" $1; exit }')
    read -r relro_start relro_size < <(readelf -lW vm-maps | awk '$1 == "GNU_RELRO" { print $3, $6 }')
    [ -n "$slot" ] || { echo "no GLOB_DAT relocation for printf (readelf -r)"; return 1; }
    [ -n "$relro_start" ] || { echo "no GNU_RELRO segment (readelf -l)"; return 1; }
    (( relro_start <= slot && slot < relro_start + relro_size )) && return 0
    echo "printf's slot $slot is outside GNU_RELRO $relro_start+$relro_size"
    return 1
}
check_if "unsanitized ./vm-maps" "printf's address is read from a slot the loader makes read-only after filling it (GLOB_DAT in GNU_RELRO)" got_in_relro

# --- ASLR and PIE.
check "the program is position-independent (readelf -h: Type DYN)" stdout_matches 'Type: +DYN' readelf -hW vm-maps
same_but_addresses() {
    cmp -s <(../tests/normalise < "$TMP/run1") <(../tests/normalise < "$TMP/run2") && return 0
    echo "two runs differ in more than addresses: $(diff <(../tests/normalise < "$TMP/run1") <(../tests/normalise < "$TMP/run2") | grep -m1 '^[<>]')"
    return 1
}
check "two runs print the same, apart from addresses" same_but_addresses
# addresses NAME FILE: NAME's printed address in FILE.
address_in() { awk -v name="$1" 'index($0, name " (") == 1 { getline; print $2; exit }' "$2"; }
bases_move() {
    local name a b
    for name in main on_stack printf; do
        a=$(address_in "$name" "$TMP/run1"); b=$(address_in "$name" "$TMP/run2")
        [ "$a" != "$b" ] || { echo "$name is at $a in both runs"; return 1; }
    done
}
page_offsets_stay() {
    local name a b
    for name in main '"a string literal"' initialised_global zeroed_global 'malloc(sizeof(int))' printf; do
        a=$(address_in "$name" "$TMP/run1"); b=$(address_in "$name" "$TMP/run2")
        (( (a & (page_size - 1)) == (b & (page_size - 1)) )) || { echo "$name: $a, then $b: its offset in the page moved"; return 1; }
    done
}
# heap_distance FILE: how far the heap block is from main, in FILE's run.
heap_distance() { echo $(( $(address_in 'malloc(sizeof(int))' "$1") - $(address_in main "$1") )); }
heap_moves() {
    ./vm-maps > "$TMP/run3" || return 1
    local d1 d2 d3
    d1=$(heap_distance "$TMP/run1"); d2=$(heap_distance "$TMP/run2"); d3=$(heap_distance "$TMP/run3")
    # The start of brk is random within 32 MiB (8192 pages) before Linux 6.9,
    # and within 1 GiB (262144 pages) since: two runs agree by chance at most
    # once in 8192, three at most once in 8192 * 8192. So: three runs, and two
    # must differ.
    [ "$d1" != "$d2" ] || [ "$d1" != "$d3" ] && return 0
    echo "the heap block is $d1 bytes after main in three runs"
    return 1
}
# ASLR, setarch -R and unshare are probed on the machine, never asked of vm-maps.
if [ "$(cat /proc/sys/kernel/randomize_va_space 2>/dev/null)" = 0 ]; then
    skip "addresses change from run to run" "ASLR is off here (/proc/sys/kernel/randomize_va_space is 0)"
    skip "the heap moves" "ASLR is off here (/proc/sys/kernel/randomize_va_space is 0)"
else
    check "the program, the stack and the C library move from run to run (ASLR)" bases_move
    if [ "$(cat /proc/sys/kernel/randomize_va_space)" = 2 ]; then
        check "the heap starts a random distance after the program, different from run to run" heap_moves
    else
        skip "the heap moves" "randomize_va_space is not 2 here, so brk is not randomised"
    fi
fi
check "ASLR moves whole pages: all but the stack keep their offset in the page (last three hex digits)" page_offsets_stay
if setarch -R true 2> /dev/null; then
    no_aslr_same() { cmp -s <(setarch -R ./vm-maps) <(setarch -R ./vm-maps) || { echo "two runs under setarch -R differ"; return 1; }; }
    check "with ASLR off (setarch -R), two runs print the very same addresses" no_aslr_same
else
    skip "the same addresses with ASLR off" "setarch -R is missing or not allowed here"
fi

# --- The program checks the same facts itself, from inside.
check_mode_passes() {
    status_is 0 ./vm-maps --check || return 1
    stdout_matches '^vm-maps --check: all 9 facts hold$' ./vm-maps --check
}
check_if "unsanitized ./vm-maps" "--check verifies all the facts from /proc/self/maps and exits 0" check_mode_passes
check_if "unsanitized ./vm-maps" "--check also finds no mapping writable and executable at once" \
    stdout_matches '^ok: no mapping is writable and executable at once$' ./vm-maps --check
# A planted mistake: expect the literal's page to be rw-; --check must say no.
planted_wrong_fact() {
    sed 's/"r--", "exe"/"rw-", "exe"/' vm-maps.c > "$TMP/wrong.c"
    cmp -s vm-maps.c "$TMP/wrong.c" && { echo "could not plant the mistake (no '\"r--\", \"exe\"' in vm-maps.c)"; return 1; }
    ${CC:-cc} -std=c11 -O2 -I. -I../lib -o "$TMP/wrong" "$TMP/wrong.c" vm-maps-check.c ../lib/helpers.c || return 1
    status_is 1 "$TMP/wrong" --check || return 1
    stderr_matches '^vm-maps --check: not so: "a string literal" is in an rw- mapping of this program.s own file; it is in [0-9a-f]+-[0-9a-f]+ r--p wrong$' "$TMP/wrong" --check
}
check "--check catches a wrong fact (a planted 'the literal is rw-'): one line naming it, status 1" planted_wrong_fact

# --- Arguments, and a stdout that cannot be written.
check "--help prints the usage on stdout and exits 0" help_ok ./vm-maps
check "an unknown argument: one line naming it, status 64" usage_error "unknown argument '--bogus'" ./vm-maps --bogus
check "an argument after --check: one line naming it, status 64" usage_error "unexpected argument 'extra'" ./vm-maps --check extra
check "a failed write (stdout closed, /dev/full, a pipe with no reader): one line, status 74" write_error_reported ./vm-maps
check "the same with --check" write_error_reported ./vm-maps --check

# --- make gdb: gdb stops in main, shows the mappings and main's disassembly.
gdb_skip_line() {
    stdout_matches "skip.*no-such-gdb" make -s --no-print-directory gdb GDB=no-such-gdb || return 1
    status_is 0 make -s --no-print-directory gdb GDB=no-such-gdb
}
check "without gdb, make gdb prints one line saying it is skipped and how to install gdb, and exits 0" gdb_skip_line
# gdb runs only where the harness finds it can trace (check_if gdb); else each check is one SKIP line.
if have gdb > /dev/null; then limited make -s gdb > "$TMP/gdb" 2>&1; fi
# gdb_main_mapping: "ADDR START END SIZE OFFSET PERMS FILE": main's first
# instruction (<+0>) and the "info proc mappings" row that holds it.
gdb_main_mapping() {
    local first row
    first=$(awk '/<\+0>:/ { for (i = 1; i <= NF; i++) if ($i ~ /^0x/) { print $i; exit } }' "$TMP/gdb")
    [ -n "$first" ] || { echo "gdb shows no disassembly of main (no <+0> line)"; return 1; }
    row=$(awk -v a="$first" '
        function hex(s,   i, n) { n = 0; s = tolower(s); sub(/^0x/, "", s)
            for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
            return n }
        $1 ~ /^0x/ && $2 ~ /^0x/ && NF >= 6 && hex($1) <= hex(a) && hex(a) < hex($2) { print a, $0; exit }' "$TMP/gdb")
    [ -n "$row" ] || { echo "no row of gdb's info proc mappings holds main's first instruction, $first"; return 1; }
    echo "$row"
}
gdb_shows_main_rx() {
    local row perms file
    row=$(gdb_main_mapping) || { echo "$row"; return 1; }
    read -r _ _ _ _ _ perms file <<< "$row"
    [ "$perms" = r-xp ] && [ "$file" = "$PWD/vm-maps" ] && return 0
    echo "main's mapping in gdb is '$perms $file', expected 'r-xp $PWD/vm-maps'"
    return 1
}
check_if gdb "gdb: info proc mappings shows main's first instruction in an r-xp mapping of vm-maps" gdb_shows_main_rx
check_if gdb "gdb: disassemble shows main" stdout_matches '^Dump of assembler code for function main:$' cat "$TMP/gdb"
check_if gdb "gdb: the disassembly is in Intel syntax (no %registers)" stdout_lacks '^(=>)? +0x[0-9a-f]+ <\+[0-9]+>:.*%[a-z]' cat "$TMP/gdb"
gdb_main_is_nm_main() {
    local row addr start offset
    row=$(gdb_main_mapping) || { echo "$row"; return 1; }
    read -r addr start _ _ offset _ <<< "$row"
    lands_on main "$addr" "$start" "$offset"
}
check_if gdb "gdb: main's address, less its r-x mapping's start, plus the mapping's offset, is main's place in the file (nm)" gdb_main_is_nm_main
check_if gdb "gdb: stopped at main, before the first malloc, the process has no [heap] yet" stdout_lacks '\[heap\]' cat "$TMP/gdb"

# --- A process that cannot read its maps says so in one line. unshare -rm
# gives the run its own mount namespace (no root needed where user namespaces
# are allowed), in which an empty tmpfs hides /proc.
without_proc=(unshare -rm sh -c "mount -t tmpfs none /proc && exec ./vm-maps")
if unshare -rm sh -c 'mount -t tmpfs none /proc' 2> /dev/null; then
    no_proc_one_line() {
        status_is 70 "${without_proc[@]}" || return 1
        stderr_one_line "${without_proc[@]}" || return 1
        stderr_matches '^vm-maps: cannot read /proc/self/maps: No such file or directory \(ENOENT\)$' "${without_proc[@]}"
    }
    # (A sanitizer's runtime needs /proc itself, before main.)
    check_if "unsanitized ./vm-maps" "without /proc: one line naming the call and the errno, exit status 70" no_proc_one_line
else
    skip "without /proc: one line, exit status 70" "unshare -rm is not allowed here (no user namespaces)"
fi
