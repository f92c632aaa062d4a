; 06-fixups/contrast.asm: three ways to get at a string called msg, for the
; README's comparison (not part of the JIT'd code).
;   lea rsi, [rel msg]   rsi = msg's address, from rip: 7 bytes, valid wherever
;                        the code and the string move together
;   mov rsi, [rel msg]   rsi = the first 8 bytes AT msg: a load, not an address
;   mov rsi, imm64       rsi = an absolute address written into the code: 10
;                        bytes, and wrong as soon as the buffer is copied or moved

bits 64
start:
    lea rsi, [rel msg]
    mov rsi, [rel msg]
    mov rsi, 0x00007f0000001000
msg:
