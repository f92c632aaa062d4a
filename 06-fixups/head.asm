; 06-fixups/head.asm: the first piece of the JIT'd hello, up to and including
; the first placeholder. It sets up write(1, msg, ...) except for the length:
;     rax = 1 (write), rdi = 1 (stdout), rsi = the string's address.
; The string does not exist yet when this is assembled, so the lea points at
; the next instruction: rip + 0, four zero bytes of displacement that the C
; program patches once it has laid the string out after `ret`.
; NASM has no `[rip + 0]` syntax. `[rel next_insn]`, with the label on the very
; next byte, asks for exactly that, without counting the lea's bytes by hand.

bits 64
head:
    mov eax, 1                  ; write's number (writing eax zeroes the top of rax)
    mov edi, 1                  ; fd 1: stdout
    lea rsi, [rel next_insn]    ; placeholder rip + 0, to be patched to reach msg
next_insn:
