# exercises/against-nasm.sh: sourced by the check.sh of chapter 07's
# exercises, after `build`. agrees_with_nasm runs ./prog, which writes
# src.asm (`bits 64`, then one instruction a line), offsets.txt (where each
# instruction starts in the learner's bytes) and enc.bin (those bytes); see
# record.h. nasm assembles src.asm with a listing, which says where each of
# its instructions starts, and the two are compared instruction by
# instruction. On a difference it names the first instruction that differs,
# with nasm's bytes and the learner's.

# bytes FILE: the bytes of FILE, one two-digit hex number a line.
bytes() { od -An -tx1 -v "$1" | tr -s ' ' '\n' | sed '/^$/d'; }

agrees_with_nasm() {
    ./prog > harness.log 2>&1 || { echo "the harness failed: $(head -1 harness.log)"; return 1; }
    nasm -f bin -l nasm.lst -o nasm.bin src.asm 2> nasm.log || { echo "nasm refused the source: $(head -1 nasm.log)"; return 1; }
    cmp -s nasm.bin enc.bin && return 0
    bytes nasm.bin > nasm.hex
    bytes enc.bin > enc.hex
    # Listing lines: "LINE OFFSET HEX... SOURCE"; the first one of each source
    # line gives its offset. Source line k+1 holds instruction k.
    awk 'function hex(s,   v, i) { v = 0; for (i = 1; i <= length(s); i++) v = v * 16 + index("0123456789ABCDEF", substr(s, i, 1)) - 1; return v }
         FILENAME == ARGV[1] { n[++nn] = $1; next }
         FILENAME == ARGV[2] { m[++mm] = $1; next }
         FILENAME == ARGV[3] { if (length($2) == 8 && $2 ~ /^[0-9A-F]+$/ && !($1 in noff)) noff[$1] = hex($2); next }
         { k++; moff[k] = $1; t = $0; sub(/^[0-9]+ /, "", t); text[k] = t }
         END {
             moff[k + 1] = mm
             for (i = 1; i <= k; i++) {
                 a = noff[i + 1]; b = (i + 2 in noff) ? noff[i + 2] : nn
                 theirs = ""; for (j = a + 1; j <= b; j++) theirs = theirs (theirs == "" ? "" : " ") n[j]
                 yours = ""; for (j = moff[i] + 1; j <= moff[i + 1]; j++) yours = yours (yours == "" ? "" : " ") m[j]
                 if (theirs != yours) {
                     printf "`%s`: nasm gives %s, yours gives %s\n", text[i], theirs, yours == "" ? "nothing" : yours
                     exit 1
                 }
             }
             print "nasm and yours differ after the last instruction"; exit 1
         }' nasm.hex enc.hex nasm.lst offsets.txt
}
