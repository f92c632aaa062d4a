; 03-mmap-mprotect/return_one.asm: the machine code wx-jit copies into its page,
; the same function as C's `int return_one(void) { return 1; }`.
; The System V AMD64 ABI returns an int in eax.

    mov eax, 1          ; put the result, 1, in eax (this also zeroes the top half of rax)
    ret                 ; return to the caller
