; 05-syscall-hello, exercise 2: write to any file descriptor.
;
; Turn this copy of jit_write.asm into
;     long jit_write_fd(int fd, const char *buf, size_t len)   -> write(fd, buf, len)
; Its three arguments arrive in rdi, rsi and rdx, which is exactly where the
; kernel wants write's fd, buf and count. So which of these lines are still
; needed? How many bytes is the function once you are done?
; Done when jit_write_fd(fd, "to fd N\n", 8) writes to the file behind fd
; (a file, and stderr) and returns 8.

bits 64
    mov rdx, rsi        ; len: rsi -> rdx
    mov rsi, rdi        ; buf: rdi -> rsi
    mov edi, 1          ; fd 1, stdout
    mov eax, 1          ; write's number
    syscall
    ret
