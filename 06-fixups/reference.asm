; 06-fixups/reference.asm: the same code and data as the buffer fixups builds,
; written the ordinary way, with real labels. Assembled flat (nasm -f bin, no
; object file, no relocations), the assembler resolves both displacements
; itself. checks.sh compares its output with `fixups --dump` byte for byte:
; the program's fixups must land exactly where the assembler's labels do.
;     nasm -f bin -o reference.bin reference.asm              (no padding)
;     nasm -f bin -DALIGN=16 -o reference.bin reference.asm   (like --align 16)

bits 64
    mov eax, 1
    mov edi, 1
    lea rsi, [rel msg]
    lea rdx, [rel msg_end]
    sub rdx, rsi
    syscall
    ret
%ifdef ALIGN
    align ALIGN, int3           ; pad with 0xcc up to a multiple of ALIGN
%endif
msg:    db "hello from after the ret", 10
msg_end:
