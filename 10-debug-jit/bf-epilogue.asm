; bf-epilogue.asm: how chapter 08's jit.c ends the body of every function
; (at j->op_start[n]); out-of-line code may follow the ret. bfdebug.c checks
; these bytes are there, and finds the ret by them.
bits 64
    mov rax, rbx        ; return p
    add rsp, 8
    pop r13
    pop r12
    pop rbx
    pop rbp             ; CFA = rsp+8 from the ret on
    ret
