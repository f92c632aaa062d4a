; 04-args exercise 3, a solution. When seven starts, [rsp] holds the return
; address that call pushed, and the caller's stack arguments sit above it: the
; seventh at [rsp+8], an eighth would be at [rsp+16].
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
    imul rax, rax, 10
    add rax, [rsp+8]            ; g: 7th, above the return address (48 03 44 24 08:
                                ; ModRM rm=100 means a SIB byte follows, 24 = [rsp])
    ret
