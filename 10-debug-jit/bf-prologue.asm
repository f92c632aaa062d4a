; bf-prologue.asm: how every function chapter 08's jit.c makes begins.
; bfdebug.c checks the code starts with these bytes before describing its
; frame: the unwind table it writes is only true for this prologue.
bits 64
    push rbp            ; CFA = rsp+16 after this
    mov rbp, rsp        ; CFA = rbp+16 from here on
    push rbx            ; rbx saved at CFA-24
    push r12            ; r12 at CFA-32
    push r13            ; r13 at CFA-40
