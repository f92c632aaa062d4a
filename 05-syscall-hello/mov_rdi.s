# 05-syscall-hello/mov_rdi.s: `mov rdi, 1` as GNU as assembles it, in Intel
# syntax. Without the .intel_syntax line, as reads AT&T syntax and refuses
# this line ("operand size mismatch"). as keeps what was written, a 64-bit
# move of a sign-extended 32-bit immediate: 48 c7 c7 01 00 00 00, 7 bytes.
# mov_rdi.asm is the same line for NASM, which shortens it to 5.

    .intel_syntax noprefix
    mov rdi, 1
