; 03-mmap-mprotect/wreck_rsp.asm: a JIT bug that breaks the stack pointer, for
; `wx-jit --broken stack`. The push then faults, and the kernel has no stack to
; run a SIGSEGV handler on, unless the handler has one of its own (sigaltstack).

    xor esp, esp        ; rsp = 0 (writing esp zeroes the top half too)
    push rax            ; writes 8 bytes below 0: SIGSEGV, with rsp unusable
    ret                 ; never reached
