; 05-syscall-hello, exercise 1, a solution: copy len out of rsi before rsi
; receives buf, and buf out of rdi before rdi receives the 1.

bits 64
    mov rdx, rsi        ; len: rsi -> rdx, first, while rsi still holds it
    mov rsi, rdi        ; buf: rdi -> rsi, now that rsi is free
    mov edi, 1          ; fd 1, stdout
    mov eax, 1          ; write's number
    syscall
    ret
