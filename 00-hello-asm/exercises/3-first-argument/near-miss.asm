; Exercise 3 (stretch): echo the first argument.
; With an argument, print it and a newline:   ./exercise 'two words'  ->  two words
; With none, print "hello world :)" as before. Exit 0 either way.
; At _start, [rsp] is argc and [rsp+8], [rsp+16], ... are argv[0], argv[1], ...:
; addresses of strings that end with a zero byte. Nobody has counted their
; length for you: count it with a loop (cmp byte [rsi+rdx], 0).
; Check with: make -C 00-hello-asm exercises

global _start

section .rodata
msg:     db "hello world :)", 10
msg_len: equ $ - msg
newline: db 10

section .text
_start:
    cmp qword [rsp], 2          ; argc < 2: no argument
    jb .hello
    mov rsi, [rsp+16]           ; argv[1]
    xor edx, edx                ; rdx = its length
.count:
    cmp byte [rsi+rdx], 0
    je .counted
    inc rdx
    jmp .count
.counted:
    inc rdx                     ; and the zero byte at its end
    mov eax, 1                  ; write(1, argv[1], length)
    mov edi, 1
    syscall
    mov eax, 1                  ; write(1, "\n", 1)
    mov edi, 1
    lea rsi, [rel newline]
    mov edx, 1
    syscall
    jmp .exit
.hello:
    mov eax, 1                  ; write(1, msg, msg_len)
    mov edi, 1
    lea rsi, [rel msg]
    mov edx, msg_len
    syscall
.exit:

    mov eax, 60                 ; exit(0)
    xor edi, edi
    syscall

section .note.GNU-stack noalloc noexec nowrite progbits
