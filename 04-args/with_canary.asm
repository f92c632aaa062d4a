; 04-args/with_canary.asm: the instrument that catches a callee-saved register
; that was not saved.
;   long with_canary(long (*f)(long, long), long x, long y, long *rbx_after)
; calls f(x, y) with a known value, the canary 0x5eed1234, in rbx, stores what
; rbx holds when f returns in *rbx_after, and returns f's result. A function
; that keeps the convention leaves the canary there.
with_canary:
    push rbx                    ; rbx is callee-saved for this code too
    push rcx                    ; rbx_after (4th argument, rcx) must survive the call
    sub rsp, 8                  ; rsp was 16n+8 at entry, after two pushes 16n+8 again:
                                ; 8 more make it a multiple of 16 at the call
    mov rax, rdi                ; rax = f
    mov rdi, rsi                ; x becomes f's 1st argument
    mov rsi, rdx                ; y becomes f's 2nd
    mov rbx, 0x5eed1234         ; the canary (NASM emits mov ebx, 0x5eed1234: shorter,
                                ; and a 32-bit write zeroes rbx's top half anyway)
    call rax                    ; f(x, y); the result is in rax
    add rsp, 8
    pop rcx                     ; rcx = rbx_after
    mov [rcx], rbx              ; *rbx_after = what f left in rbx
    pop rbx                     ; the caller's rbx, back as it was
    ret
