; 04-args exercise 1, a solution: one more instruction sign-extends eax into rax.
add32s:
    mov eax, edi                ; eax = low 32 bits of x
    add eax, esi                ; eax += low 32 bits of y, wrapping at 2^32
    movsxd rax, eax             ; rax = eax with bit 31 copied into bits 32-63
    ret
