; 04-args/add4.asm: long add4(long n) { return n + 4; }
; n arrives in rdi; the 4 is an immediate byte, sign-extended to 64 bits.
add4:
    mov rax, rdi                ; rax = n
    add rax, 4                  ; rax = n + 4
    ret
