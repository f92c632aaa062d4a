; 06-fixups/exercises/3-imm-after-disp/rest.asm: the rest of
;     long starts_with_h(void)
; 1 if the cmp found 'h', else 0.

bits 64
    sete al             ; al = 1 if the bytes were equal
    movzx eax, al       ; the whole of rax: 0 or 1
    ret
