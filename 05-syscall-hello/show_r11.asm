; 05-syscall-hello/show_r11.asm: the body of
;     unsigned long show_r11(unsigned long marker)
; which puts MARKER in rcx and r11, makes a harmless system call (getpid),
; and returns what r11 holds afterwards. show_rcx.asm is the same, for rcx.

    mov rcx, rdi        ; rcx = marker
    mov r11, rdi        ; r11 = marker
    mov eax, 39         ; 39 is getpid: no arguments, cannot fail
    syscall             ; the CPU saves the return address in rcx, rflags in r11
    mov rax, r11        ; return r11 as it is now
    ret
