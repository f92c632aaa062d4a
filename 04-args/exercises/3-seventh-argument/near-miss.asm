; 04-args exercise 3, a near miss: [rsp] is the return address, so g is
; read one slot too low. The result is a code address, not the 7th argument.
seven:
    mov rax, rdi                ; a: 1st argument
    imul rax, rax, 10
    add rax, rsi                ; b: 2nd
    imul rax, rax, 10
    add rax, rdx                ; c: 3rd
    imul rax, rax, 10
    add rax, rcx                ; d: 4th
    imul rax, rax, 10
    add rax, r8                 ; e: 5th
    imul rax, rax, 10
    add rax, r9                 ; f: 6th
    imul rax, rax, 10
    add rax, [rsp]              ; g? no: the return address
    ret
