; 04-args/six.asm: long six(long a, long b, long c, long d, long e, long f)
;                      { return ((((a*10 + b)*10 + c)*10 + d)*10 + e)*10 + f; }
; One function that reads all six integer argument registers, in order.
; Each argument becomes one decimal digit, so six(1, 2, 3, 4, 5, 6) = 123456,
; and two registers swapped would show as two digits swapped.
six:
    mov rax, rdi                ; a: 1st argument
    imul rax, rax, 10
    add rax, rsi                ; b: 2nd
    imul rax, rax, 10
    add rax, rdx                ; c: 3rd
    imul rax, rax, 10
    add rax, rcx                ; d: 4th (a system call would use r10 here)
    imul rax, rax, 10
    add rax, r8                 ; e: 5th
    imul rax, rax, 10
    add rax, r9                 ; f: 6th; a 7th argument would be on the stack
    ret
