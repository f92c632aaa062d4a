; 03-mmap-mprotect/return_one_int3.asm: return_one.asm with one byte wrong, for
; `wx-jit --broken int3`: the ret (c3) became int3 (cc), the breakpoint
; instruction. The CPU stops there and the kernel sends SIGTRAP.

    mov eax, 1          ; as in return_one.asm
    int3                ; cc: a breakpoint trap, not a return
