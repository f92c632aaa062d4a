; 04-args exercise 1: sign-extend.
;
; This is add32.asm from the chapter: it adds the low 32 bits of x and y, and
; the write to eax zero-extends the sum into rax. Called as
;     long add32s(long x, long y)
; it should instead return the 32-bit sum read as a signed int, widened to a
; long the way C widens an int: add32s(-5, 3) must be -2 (today 4294967294),
; and add32s(4000000000, 1000000000) must stay 705032704 (the sum still wraps
; at 2^32). Change the code, then run: make -C 04-args exercises
add32s:
    mov eax, edi                ; eax = low 32 bits of x; rax's top half = 0
    add eax, esi                ; eax += low 32 bits of y, wrapping at 2^32
    ret
