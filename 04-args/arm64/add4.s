// long add4(long n): an immediate inside the instruction (imm12, bits 21-10).
    add x0, x0, #4
    ret
