; 04-args exercise 3: a seventh argument.
;
; This is six.asm from the chapter. Make it
;     long seven(long a, long b, long c, long d, long e, long f, long g)
; returning six(a, ..., f) * 10 + g, so that seven(1, 2, 3, 4, 5, 6, 7) is
; 1234567. Six registers carry the first six arguments; the seventh is on
; the stack. Then run: make -C 04-args exercises
seven:
    mov rax, rdi                ; a: 1st argument
    imul rax, rax, 10
    add rax, rsi                ; b: 2nd
    imul rax, rax, 10
    add rax, rdx                ; c: 3rd
    imul rax, rax, 10
    add rax, rcx                ; d: 4th
    imul rax, rax, 10
    add rax, r8                 ; e: 5th
    imul rax, rax, 10
    add rax, r9                 ; f: 6th
    ret
