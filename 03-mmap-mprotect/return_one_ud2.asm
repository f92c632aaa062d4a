; 03-mmap-mprotect/return_one_ud2.asm: return_one.asm whose ret was replaced by
; ud2 (0f 0b), an instruction defined to be undefined, for `wx-jit --broken ud2`.
; The CPU refuses to decode it and the kernel sends SIGILL.

    mov eax, 1          ; as in return_one.asm
    ud2                 ; 0f 0b: "undefined instruction", on purpose
