# 01-vm-maps/checks.sh: what this chapter claims, checked (see tests/lib.sh).
# The facts come from the running process (its /proc/self/maps) and from the
# program file (readelf, nm), never from a copy of the expected output.
. ../tests/lib.sh

./vm-maps > "$TMP/run1" 2>&1
./vm-maps > "$TMP/run2" 2>&1
page_size=$(getconf PAGESIZE)

# mapping_of NAME: the "mapping" line printed for the thing called NAME (its
# block starts with "NAME (" and the mapping line is the block's second line).
mapping_of() {
    awk -v name="$1" 'index($0, name " (") == 1 { want = NR + 2 } NR == want { print; exit }' "$TMP/run1"
}

# shows_mapping NAME REGEX: the printed mapping line of NAME matches REGEX.
shows_mapping() {
    local line; line=$(mapping_of "$1")
    [[ $line =~ $2 ]] && return 0
    echo "the mapping printed for $1 is '${line:-nothing}', expected /$2/"
    return 1
}

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
check "the heap block's page is rw- and in [heap]" shows_mapping 'malloc(sizeof(int))' ' rw-p [0-9a-f]{8} \[heap\]$'
check "the stack variable's page is rw- and in [stack]" shows_mapping on_stack ' rw-p [0-9a-f]{8} \[stack\]$'
check "printf's page is r-x in a libc file" shows_mapping printf ' r-xp [0-9a-f]{8} libc(\.so\.[0-9]+|-[0-9.]+\.so)$'

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

# The maps line and the program file agree. readelf -l lists the file's
# segments: the R E one is the code, at file offset SEG_OFF, linked at address
# SEG_VADDR; nm gives main's linked address. main's mapping must start at that
# file offset (rounded down to a page), and main's address in the process minus
# the mapping's start must equal main's distance into the file from there.
read -r seg_off seg_vaddr < <(readelf -lW vm-maps | awk '$1 == "LOAD" && $7 == "R" && $8 == "E" { print $2, $3; exit }')
nm_main=0x$(nm vm-maps | awk '$3 == "main" { print $1 }')
# lands_on_main ADDR START OFFSET: whether ADDR, in a mapping at START that maps the file from OFFSET, is nm's main.
lands_on_main() {
    (( $1 - $2 + $3 + seg_vaddr - seg_off == nm_main )) && return 0
    echo "main at $1, in the mapping at $2 with file offset $3, is not nm's main ($nm_main) in the file"
    return 1
}
file_agrees() {
    local line range offset addr
    [ -n "$seg_off" ] || { echo "readelf -l shows no R E LOAD segment in vm-maps"; return 1; }
    line=$(mapping_of main); range=$(awk '{print $2}' <<< "$line"); offset=0x$(awk '{print $4}' <<< "$line")
    addr=$(awk 'index($0, "main (") == 1 { getline; print $2; exit }' "$TMP/run1")
    if (( offset != (seg_off & ~(page_size - 1)) )); then
        echo "main's mapping has file offset $offset, readelf's R E LOAD segment starts at $seg_off"; return 1
    fi
    lands_on_main "$addr" "0x${range%-*}" "$offset"
}
check "main's maps line matches the file: the offset of its R E segment (readelf), main's place in it (nm)" file_agrees

# ASLR and PIE.
check "the program is position-independent (readelf -h: Type DYN)" stdout_matches 'Type: +DYN' readelf -hW vm-maps
same_but_addresses() {
    cmp -s <(../tests/normalise < "$TMP/run1") <(../tests/normalise < "$TMP/run2") && return 0
    echo "two runs differ in more than addresses: $(diff <(../tests/normalise < "$TMP/run1") <(../tests/normalise < "$TMP/run2") | grep -m1 '^[<>]')"
    return 1
}
check "two runs print the same, apart from addresses" same_but_addresses
addresses_move() {
    local a b
    a=$(grep '^  address' "$TMP/run1"); b=$(grep '^  address' "$TMP/run2")
    local same; same=$(comm -12 <(sort <<< "$a") <(sort <<< "$b") | head -1)
    [ -z "$same" ] && return 0
    echo "an address is the same in two runs: '$same'"
    return 1
}
if [ "$(cat /proc/sys/kernel/randomize_va_space 2>/dev/null)" = 0 ]; then
    echo "SKIP $CHAPTER: addresses change from run to run: ASLR is off here (/proc/sys/kernel/randomize_va_space is 0)"
else
    check "every address changes from run to run (ASLR)" addresses_move
fi
if setarch -R true 2> /dev/null; then
    no_aslr_same() { cmp -s <(setarch -R ./vm-maps) <(setarch -R ./vm-maps) || { echo "two runs under setarch -R differ"; return 1; }; }
    check "with ASLR off (setarch -R), two runs print the very same addresses" no_aslr_same
else
    echo "SKIP $CHAPTER: the same addresses with ASLR off: setarch -R is missing or not allowed here"
fi

# The program checks the same facts itself, from inside.
check "--check verifies all the facts from /proc/self/maps and exits 0" \
    stdout_matches '^vm-maps --check: all 9 facts hold$' ./vm-maps --check
check "--check also finds no mapping writable and executable at once" \
    stdout_matches '^ok: no mapping is writable and executable at once$' ./vm-maps --check
# A planted mistake: expect the literal's page to be rw-; --check must say no.
planted_wrong_fact() {
    sed 's/"r--", "exe"/"rw-", "exe"/' vm-maps.c > "$TMP/wrong.c"
    cmp -s vm-maps.c "$TMP/wrong.c" && { echo "could not plant the mistake (no '\"r--\", \"exe\"' in vm-maps.c)"; return 1; }
    ${CC:-cc} -std=c11 -O2 -o "$TMP/wrong" "$TMP/wrong.c" || return 1
    status_is 1 "$TMP/wrong" --check || return 1
    stderr_matches '^vm-maps --check: not so: "a string literal" is in an rw- mapping of this program.s own file; it is in [0-9a-f]+-[0-9a-f]+ r--p wrong$' "$TMP/wrong" --check
}
check "--check catches a wrong fact (a planted 'the literal is rw-'): one line naming it, status 1" planted_wrong_fact

# Bad arguments.
check "a bad argument gives exit status 64" status_is 64 ./vm-maps --bogus
check "a bad argument gives one line of usage" stderr_matches '^usage: vm-maps \[--check\]' ./vm-maps --bogus
check "the usage is one line on stderr" stderr_one_line ./vm-maps --check extra

# make gdb: gdb stops in main, shows the mappings and main's disassembly.
gdb_skip_line() {
    stdout_is "make gdb: skipped: no-such-gdb not found (install it with 'sudo apt-get install gdb', Fedora: 'sudo dnf install gdb')"$'\n' \
        make -s gdb GDB=no-such-gdb || return 1
    status_is 0 make -s gdb GDB=no-such-gdb
}
check "without gdb, make gdb prints one line saying it is skipped and how to install gdb, and exits 0" gdb_skip_line
if command -v gdb > /dev/null; then
    limited make -s gdb > "$TMP/gdb" 2>&1
    # gdb_main_mapping: the "info proc mappings" row holding main's first instruction.
    gdb_main_mapping() {
        local first; first=$(awk '/<\+0>:/ { for (i = 1; i <= NF; i++) if ($i ~ /^0x/) { print $i; exit } }' "$TMP/gdb")
        [ -n "$first" ] || return 1
        awk -v a="$first" '
            function hex(s,   i, n) { n = 0; s = tolower(s); sub(/^0x/, "", s)
                for (i = 1; i <= length(s); i++) n = n * 16 + index("0123456789abcdef", substr(s, i, 1)) - 1
                return n }
            $1 ~ /^0x/ && $2 ~ /^0x/ && NF >= 6 && hex($1) <= hex(a) && hex(a) < hex($2) { print a, $0; exit }' "$TMP/gdb"
    }
    gdb_shows_main_rx() {
        local row; row=$(gdb_main_mapping)
        [ -n "$row" ] || { echo "no mapping in gdb's output holds main's <+0> address; gdb says: $(grep -m1 -iE 'error|warning|denied' "$TMP/gdb")"; return 1; }
        read -r _ _ _ _ _ perms file <<< "$row"
        [ "$perms" = r-xp ] && [ "$file" = "$PWD/vm-maps" ] && return 0
        echo "main's mapping in gdb is '$perms $file', expected 'r-xp $PWD/vm-maps'"
        return 1
    }
    check "gdb: info proc mappings shows main's first instruction in an r-xp mapping of vm-maps" gdb_shows_main_rx
    check "gdb: disassemble shows main" stdout_matches '^Dump of assembler code for function main:$' cat "$TMP/gdb"
    check "gdb: the disassembly is in Intel syntax (no %registers)" stdout_lacks '^(=>)? +0x[0-9a-f]+ <\+[0-9]+>:.*%[a-z]' cat "$TMP/gdb"
    gdb_address_is_base_plus_nm() {
        local row addr start offset
        row=$(gdb_main_mapping) || { echo "no mapping holds main"; return 1; }
        read -r addr start _ _ offset _ <<< "$row"
        lands_on_main "$addr" "$start" "$offset"
    }
    check "gdb: main's address = its r-x mapping's start + (main's place in the file - the mapping's offset)" gdb_address_is_base_plus_nm
else
    echo "SKIP $CHAPTER: make gdb shows main's r-x mapping and disassembly: gdb not installed (sudo apt-get install gdb)"
fi
