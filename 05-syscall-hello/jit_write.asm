; 05-syscall-hello/jit_write.asm: the body of
;     long jit_write(const char *buf, size_t len)
; which makes the write system call itself: write(1, buf, len).
; A C caller passes buf in rdi and len in rsi; the kernel wants the file
; descriptor in rdi, buf in rsi, len in rdx and the call number in rax.
; Each move reads its source before anything overwrites it.

    mov rdx, rsi        ; len: rsi -> rdx, first, while rsi still holds it
    mov rsi, rdi        ; buf: rdi -> rsi, now that rsi is free
    mov edi, 1          ; fd 1, stdout (writing edi zeroes the top of rdi)
    mov eax, 1          ; 1 is write's number (same zero-extension)
    syscall             ; rax = bytes written, or -errno; rcx and r11 destroyed
    ret                 ; hand rax back to the C caller
