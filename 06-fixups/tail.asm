; 06-fixups/tail.asm: the rest of the JIT'd hello. rsi points at the string
; and rdx just past it, so rdx - rsi is its length; then make the call and
; hand write's result (bytes written, or -errno) back to the C caller in rax.

bits 64
    sub rdx, rsi            ; length = msg_end - msg
    syscall                 ; write(1, msg, length); destroys rcx and r11
    ret                     ; return rax; nothing after this runs
