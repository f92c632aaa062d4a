; 00-hello-asm/hello.asm: print "hello world :)" and a newline with the write
; system call, then exit, with no C library at all.
; Exit status 0 when write wrote the whole message, 1 when it did not.

global _start                   ; ld starts the program at _start

section .rodata                 ; read-only data (no colon after the name)
msg:     db "hello world :)", 10    ; 10 is the newline byte, '\n'
msg_len: equ $ - msg                ; $ is "here": the assembler counts the bytes

section .text
_start:
    ; write(1, msg, msg_len): number in rax, arguments in rdi, rsi, rdx.
    mov eax, 1                  ; 1 is write (writing eax zeroes the top of rax)
    mov edi, 1                  ; file descriptor 1: stdout
    lea rsi, [rel msg]          ; the message's address, relative to rip
    mov edx, msg_len            ; how many bytes
    syscall                     ; rax = bytes written, or -errno

    ; exit(0) if all msg_len bytes went out, else exit(1).
    xor edi, edi                ; status 0 (xor with itself zeroes a register)
    cmp rax, msg_len            ; did write return msg_len?
    je .exit                    ; yes: keep status 0
    mov edi, 1                  ; no (an error, or a short write): status 1
.exit:
    mov eax, 60                 ; 60 is exit
    syscall                     ; does not return

; An empty note that tells the linker this code needs no executable stack.
section .note.GNU-stack noalloc noexec nowrite progbits
