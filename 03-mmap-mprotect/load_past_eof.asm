; 03-mmap-mprotect/load_past_eof.asm: int load(const int *p) { return *p; },
; for `wx-jit --broken bus`, which calls it with p pointing into a mapping of an
; empty file. The page is mapped, but no byte of the file backs it: the load
; faults and the kernel sends SIGBUS, not SIGSEGV.

    mov eax, [rdi]      ; the first argument, p, is in rdi; load the int it points to
    ret
