; 04-args/sum_rbx.asm: long sum_rbx(long x, long y) { return x + y; }, computed
; in rbx without saving it first. It returns the right sum and still breaks the
; calling convention: rbx is callee-saved, so the caller may be keeping one of
; its own values there across the call, and this function overwrites it.
sum_rbx:
    mov rbx, rdi                ; rbx = x: the caller's rbx is lost here
    add rbx, rsi                ; rbx = x + y
    mov rax, rbx                ; the result leaves in rax
    ret                         ; rbx still holds x + y: the promise is broken
