; 04-args exercise 4 (stretch): JIT'd code that calls out.
;
; Write
;     long twice(long x, long (*f)(long))      returning f(f(x))
; JIT'd code calling a function, as chapter 08's JIT calls its C runtime.
; Two rules of the convention matter here, and the check tests both:
;   - f may change every caller-saved register, rsi included, so keep f in a
;     callee-saved register (rbx, rbp, r12-r15) across the first call; and
;     since twice's own caller expects that register back, save it first;
;   - rsp must be a multiple of 16 at each call (it is 16n+8 when twice starts).
; The check calls twice with known values in every callee-saved register, and
; with an f that refuses to work on a misaligned stack.
; Then run: make -C 04-args exercises
twice:
    mov rax, rdi                ; for now: x, untouched
    ret
