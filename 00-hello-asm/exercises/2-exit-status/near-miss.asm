; Exercise 2 (the chapter's idea): say when the write failed.
; This program exits 0 even when nothing was written:
;     ./exercise > /dev/full; echo $?      prints 0
; Make it exit with status 74 when write did not return msg_len (an error,
; -errno, or a short write), and 0 when it did. rax holds write's result
; after the syscall; exit takes its status in rdi.
; Check with: make -C 00-hello-asm exercises

global _start

section .rodata
msg:     db "hello world :)", 10
msg_len: equ $ - msg

section .text
_start:
    mov eax, 1                  ; write(1, msg, msg_len)
    mov edi, 1
    lea rsi, [rel msg]
    mov edx, msg_len
    syscall                     ; rax = bytes written, or -errno

    xor edi, edi                ; status 0 ...
    cmp rax, msg_len
    je .exit
    mov eax, 74                 ; ... or 74 if not all of it went out
.exit:
    mov eax, 60                 ; exit(edi)
    syscall

section .note.GNU-stack noalloc noexec nowrite progbits
