; 04-args/add32.asm: the add of add.asm written with 32-bit registers, which is
; a mistake when the caller expects a long. It adds only the low halves of rdi
; and rsi, wrapping at 2^32, and writing eax also sets the top 32 bits of rax
; to zero. A caller that reads rax as a long gets a number from 0 to 2^32 - 1.
add32:
    mov eax, edi                ; eax = low 32 bits of x; rax's top half = 0
    add eax, esi                ; eax += low 32 bits of y, wrapping at 2^32
    ret
