; 04-args exercise 2, a solution: lea computes an address, base + index, and
; writes it to any register without touching the flags or either source.
; Here the "address" is just the sum x + y, straight into rax.
add:
    lea rax, [rdi+rsi]          ; rax = rdi + rsi, 64-bit, wrapping at 2^64
    ret
