// The patched version of return_one.s: only the immediate differs, in bits
// 20-5 of the first word (imm16: 1 becomes 2).
    mov w0, #2
    ret
