; 04-args exercise 4: the f that the check passes to twice.
;   long probe(long x): 3x + 1 if the stack was aligned at the call (rsp is
;   16n+8 on entry, after call pushed the return address); -1000 if it was not.
; It also overwrites rsi, rdx, rcx, r8-r11, which any function may.
probe:
    mov rsi, -1                 ; caller-saved registers: f may change them
    mov rdx, -1
    mov rcx, -1
    mov r8, -1
    mov r9, -1
    mov r10, -1
    mov r11, -1
    test rsp, 8                 ; 16n+8: bit 3 of rsp is set
    jz .misaligned
    lea rax, [rdi+rdi*2+1]      ; rax = 3x + 1
    ret
.misaligned:
    mov rax, -1000
    ret
