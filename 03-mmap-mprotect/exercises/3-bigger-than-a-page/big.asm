; 03-mmap-mprotect/exercises/3-bigger-than-a-page/big.asm: return_one after
; 5000 one-byte nops (90), so the code is 5006 bytes: more than one page of
; 4096. The CPU slides through the nops into the second page.

    times 5000 nop      ; 90 each: do nothing, one byte at a time
    mov eax, 1          ; b8 01 00 00 00, at byte 5000
    ret                 ; c3, at byte 5005
