; 02-segfault-malloc/return_one.asm: the smallest function worth JIT-compiling,
; int return_one(void) { return 1; }
; The System V AMD64 ABI returns an int in eax; ret goes back to the caller.
bits 64

    mov eax, 1                  ; the return value (writing eax also zeroes the top half of rax)
    ret                         ; pop the return address that call pushed, and jump there
