; 04-args/add.asm: long add(long x, long y) { return x + y; }
; System V AMD64: x arrives in rdi, y in rsi, and the result leaves in rax.
; All three are 64-bit registers, so the sum is a 64-bit one (it wraps at 2^64).
add:
    mov rax, rdi                ; rax = x
    add rax, rsi                ; rax = x + y
    ret                         ; back to the caller, who reads rax
