; 00-hello-asm/hello.asm: print "hello world :)" and a newline with the write
; system call, then exit, with no C library at all.
; Exit status 0 when write wrote the whole message. The rest (a failed write
; is one line on stderr and status 74; --help; any other argument refused with
; one line and 64) is in args-and-errors.inc, included at the end.

global _start                   ; ld starts the program at _start

section .rodata                 ; read-only data (no colon after the name)
msg:     db "hello world :)", 10    ; 10 is the newline byte, '\n'
msg_len: equ $ - msg                ; $ is "here": the assembler counts the bytes

section .text
_start:
    call setup                  ; ignore SIGPIPE, answer the arguments

    ; write(1, msg, msg_len): number in rax, arguments in rdi, rsi, rdx.
    mov eax, 1                  ; 1 is write (writing eax zeroes the top of rax)
    mov edi, 1                  ; file descriptor 1: stdout
    lea rsi, [rel msg]          ; the message's address, relative to rip
    mov edx, msg_len            ; how many bytes
    syscall                     ; rax = bytes written, or -errno

    ; exit(0) if all msg_len bytes went out; if not, say so and exit 74.
    cmp rax, msg_len            ; did write return msg_len?
    jne write_failed            ; no (an error, or a short write)
    xor edi, edi                ; status 0 (xor with itself zeroes a register)
    mov eax, 60                 ; 60 is exit
    syscall                     ; does not return

%include "args-and-errors.inc"

; An empty note that tells the linker this code needs no executable stack.
section .note.GNU-stack noalloc noexec nowrite progbits
