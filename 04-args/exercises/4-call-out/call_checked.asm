; 04-args exercise 4: the instrument that checks every callee-saved register.
;   long call_checked(long (*g)(long, long), long x, long y, long *changed)
; calls g(x, y) with a known value in rbx, rbp and r12-r15, and sets *changed
; to a bit for each one that g did not give back: 1 rbx, 2 rbp, 4 r12, 8 r13,
; 16 r14, 32 r15. It calls g with rsp a multiple of 16, as a C caller would.
call_checked:
    push rbx                    ; the registers this code must give back itself
    push rbp
    push r12
    push r13
    push r14
    push r15
    push rcx                    ; changed; 7 pushes from 16n+8: rsp is 16m
    mov rax, rdi                ; g
    mov rdi, rsi                ; x, g's 1st argument
    mov rsi, rdx                ; y, g's 2nd
    mov rbx, 0x1b1b1b1b
    mov rbp, 0x2b2b2b2b
    mov r12, 0x3b3b3b3b
    mov r13, 0x4b4b4b4b
    mov r14, 0x5b5b5b5b
    mov r15, 0x6b6b6b6b
    call rax
    xor edx, edx                ; the bits of the registers g changed
    cmp rbx, 0x1b1b1b1b
    je .rbp
    or edx, 1
.rbp:
    cmp rbp, 0x2b2b2b2b
    je .r12
    or edx, 2
.r12:
    cmp r12, 0x3b3b3b3b
    je .r13
    or edx, 4
.r13:
    cmp r13, 0x4b4b4b4b
    je .r14
    or edx, 8
.r14:
    cmp r14, 0x5b5b5b5b
    je .r15
    or edx, 16
.r15:
    cmp r15, 0x6b6b6b6b
    je .done
    or edx, 32
.done:
    pop rcx
    mov [rcx], rdx              ; *changed
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbp
    pop rbx
    ret
