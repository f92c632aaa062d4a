; 04-args exercise 1, a near miss: the 64-bit add (a REX.W byte on each
; instruction) gives -2 for (-5, 3), but no longer wraps at 2^32:
; (4000000000, 1000000000) gives 5000000000.
add32s:
    mov rax, rdi
    add rax, rsi
    ret
