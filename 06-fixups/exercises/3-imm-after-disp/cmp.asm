; 06-fixups/exercises/3-imm-after-disp/cmp.asm: the placeholder piece.
; cmp compares the byte at msg with 'h' (0x68). Its disp32 is NOT the end of
; the instruction: the immediate 0x68 follows it, so rip, while it runs, is
; one byte further on. [rel next_insn] with the label right after gives
; displacement 0: 80 3d 00 00 00 00 68.

bits 64
placeholder:
    cmp byte [rel next_insn], 0x68  ; placeholder rip + 0, to be patched to reach msg
next_insn:
