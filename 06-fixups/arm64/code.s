// The code part of the buffer, with every PC-relative target left as "here"
// (offset 0): the JIT patches each one once it knows where its target is.
    mov x0, #1              // fd 1: stdout
    adr x1, .               // placeholder: x1 = the message (imm21, byte offset)
    ldr x2, .               // placeholder: x2 = the length, a literal after the code (imm19, words)
    mov x8, #64             // 64 is write
    svc #0
    b .                     // placeholder: jump over the brk to the ret (imm26, words)
    brk #0                  // a trap: reached only if the branch is not patched right
    ret                     // return write's result, still in x0
