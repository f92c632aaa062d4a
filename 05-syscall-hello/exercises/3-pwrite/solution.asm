; 05-syscall-hello, exercise 3, a solution: the 4th argument moves from rcx
; (the function convention) to r10 (the system call's), before syscall
; overwrites rcx. `mov r10, rcx` is 49 89 ca: REX.W and REX.B (B adds 8 to
; ModRM's rm field, 010, so 2 + 8 = 10: r10).

bits 64
    mov r10, rcx        ; offset: rcx -> r10
    mov eax, 18         ; pwrite64's number
    syscall
    ret
