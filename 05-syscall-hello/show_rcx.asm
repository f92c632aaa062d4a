; 05-syscall-hello/show_rcx.asm: the body of
;     unsigned long show_rcx(unsigned long marker)
; which puts MARKER in rcx and r11, makes a harmless system call (getpid),
; and returns what rcx holds afterwards. show_r11.asm is the same, for r11.

    mov rcx, rdi        ; rcx = marker
    mov r11, rdi        ; r11 = marker
    mov eax, 39         ; 39 is getpid: no arguments, cannot fail
    syscall             ; the CPU saves the return address in rcx, rflags in r11
    mov rax, rcx        ; return rcx as it is now
    ret
