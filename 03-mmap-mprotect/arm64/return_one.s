// int return_one(void) { return 1; } for AArch64: the result goes in w0, the
// low half of x0, and ret jumps to the address in x30 (the link register).
    mov w0, #1
    ret
