; 04-args exercise 4, a near miss: f is kept in rbx and the stack is aligned
; (sub rsp, 8 instead of a push), but rbx is never saved: the caller's rbx
; comes back as f's address. The results are right, so only a check of the
; callee-saved registers catches it.
twice:
    sub rsp, 8                  ; rsp is now 16n
    mov rbx, rsi                ; rbx = f, over the caller's value
    call rbx
    mov rdi, rax
    call rbx
    add rsp, 8
    ret
