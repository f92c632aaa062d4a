; 04-args exercise 4, a solution. One push does both jobs: it saves rbx for
; our caller, and it moves rsp from 16n+8 to 16n, aligned for the calls.
twice:
    push rbx                    ; save the caller's rbx; rsp is now 16n
    mov rbx, rsi                ; rbx = f: it survives the calls
    call rbx                    ; rax = f(x) (x is already in rdi)
    mov rdi, rax
    call rbx                    ; rax = f(f(x))
    pop rbx                     ; the caller's rbx, back
    ret
