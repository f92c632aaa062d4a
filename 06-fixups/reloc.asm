; 06-fixups/reloc.asm: the linker's side of the story. The string lives in
; another section (.rodata), so when nasm writes the object file it cannot know
; how far the lea is from it: it writes a zero displacement and leaves a note,
; an R_X86_64_PC32 relocation, telling ld to fill in S + A - P. `make reloc-demo`
; shows the zeros and the note in reloc.o, then the filled-in bytes in reloc.
; A whole program (hello, with the write and exit system calls), so ld links it.

global _start

section .text
_start:
    mov eax, 1                  ; write
    mov edi, 1                  ; stdout
    lea rsi, [rel msg]          ; msg is in .rodata: nasm leaves this to ld
    mov edx, msg_len
    syscall
    mov eax, 60                 ; exit(0)
    xor edi, edi
    syscall

section .rodata
msg:     db "hello from .rodata", 10
msg_len: equ $ - msg

section .note.GNU-stack noalloc noexec nowrite progbits
