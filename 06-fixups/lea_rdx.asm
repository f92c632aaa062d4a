; 06-fixups/lea_rdx.asm: the second placeholder, a piece of its own so that the
; C program knows its displacement is the last four bytes it has emitted.
; It gets patched to reach msg_end, the byte after the string; tail.asm then
; subtracts, so the length comes from the layout and is never counted by hand.

bits 64
lea_rdx:
    lea rdx, [rel next_insn]    ; placeholder rip + 0, to be patched to reach msg_end
next_insn:
