; 04-args/sum_rbx_saved.asm: sum_rbx done right. A function may use a
; callee-saved register if it puts the caller's value back before ret.
sum_rbx_saved:
    push rbx                    ; keep the caller's rbx on the stack
    mov rbx, rdi                ; rbx = x
    add rbx, rsi                ; rbx = x + y
    mov rax, rbx                ; the result leaves in rax
    pop rbx                     ; the caller's rbx, back as it was
    ret
