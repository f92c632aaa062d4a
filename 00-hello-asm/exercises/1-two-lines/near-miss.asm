; Exercise 1 (small): two lines.
; Make this program print two lines:
;     hello world :)
;     bye :)
; with the same single write system call, and still exit 0.
; Change as few lines as you can. Check with: make -C 00-hello-asm exercises

global _start

section .rodata
msg:     db "hello world :)", 10
msg_len: equ $ - msg
         db "bye :)", 10

section .text
_start:
    mov eax, 1                  ; write(1, msg, msg_len)
    mov edi, 1
    lea rsi, [rel msg]
    mov edx, msg_len
    syscall

    mov eax, 60                 ; exit(0)
    xor edi, edi
    syscall

section .note.GNU-stack noalloc noexec nowrite progbits
