// long const64(void): a 64-bit constant, 16 bits at a time. movz sets one
// 16-bit field and zeroes the rest; movk ("keep") sets one field and keeps the rest.
    movz x0, #0xcdef
    movk x0, #0x90ab, lsl #16
    movk x0, #0x5678, lsl #32
    movk x0, #0x1234, lsl #48
    ret
