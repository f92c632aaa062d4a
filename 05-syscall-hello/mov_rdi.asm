; 05-syscall-hello/mov_rdi.asm: `mov rdi, 1` as NASM assembles it. NASM sees
; that 1 fits in 32 bits and that writing edi zeroes the top of rdi, so it
; picks the 5-byte `mov edi, 1` (bf 01 00 00 00) on its own.
; mov_rdi.s is the same line for GNU as, which keeps the 7-byte form.

bits 64
    mov rdi, 1
