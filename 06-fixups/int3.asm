; 06-fixups/int3.asm: the padding byte laid between `ret` and the data when
; the program is asked to align the string (--align N). It is int3, the
; breakpoint instruction, not a no-op: if execution ever reached it, the
; process would stop with SIGTRAP. Padding code with it is a safety net.

bits 64
    int3
