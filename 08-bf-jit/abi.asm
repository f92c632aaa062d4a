; abi.asm: the run-time ABI check of JIT'd code (bfjit --abi-check).
; C cannot see registers, so both halves are in assembly:
;   abi_call   calls the JIT'd function with a canary value in every
;              callee-saved register and reports which ones came back changed;
;   abi_putc,  stand in for rt_putc/rt_getc on the JIT'd code's calls out:
;   abi_getc   they count the calls, note any call made with rsp not 16-byte
;              aligned, and on the way back trash every register the ABI lets
;              a callee trash, so JIT'd code that relied on one would go wrong.
default rel

section .data
global abi_calls, abi_misaligned, abi_putc_target, abi_getc_target
abi_calls:        dq 0          ; calls out seen
abi_misaligned:   dq 0          ; of which with a misaligned stack
abi_putc_target:  dq 0          ; the real rt_putc, set from C
abi_getc_target:  dq 0          ; the real rt_getc

section .text

; uint8_t *abi_call(void *fn, uint8_t *tape, Runtime *rt, unsigned *bad, const uint8_t *at)
; Calls fn(tape, rt, at) and returns what it returns (at: for the code's
; second entry, which jumps there; its first entry ignores it); *bad gets one
; bit per callee-saved register that changed: 1 rbx, 2 rbp, 4 r12, 8 r13,
; 16 r14, 32 r15.
global abi_call
abi_call:
    push rbx
    push rbp
    push r12
    push r13
    push r14
    push r15
    push rcx                    ; bad; 7 pushes + the return address: rsp is aligned
    mov rax, rdi                ; fn
    mov rdi, rsi                ; tape: fn's first argument
    mov rsi, rdx                ; rt: its second
    mov rdx, r8                 ; at: its third
    mov rbx, 0x0b0b0b0b0b0b0b0b
    mov rbp, 0x0b9b9b9b9b9b9b9b
    mov r12, 0x0c0c0c0c0c0c0c12
    mov r13, 0x0c0c0c0c0c0c0c13
    mov r14, 0x0c0c0c0c0c0c0c14
    mov r15, 0x0c0c0c0c0c0c0c15
    call rax
    xor ecx, ecx                ; the bits of changed registers
    mov rdx, 0x0b0b0b0b0b0b0b0b
    cmp rbx, rdx
    je .rbp
    or ecx, 1
.rbp:
    mov rdx, 0x0b9b9b9b9b9b9b9b
    cmp rbp, rdx
    je .r12
    or ecx, 2
.r12:
    mov rdx, 0x0c0c0c0c0c0c0c12
    cmp r12, rdx
    je .r13
    or ecx, 4
.r13:
    mov rdx, 0x0c0c0c0c0c0c0c13
    cmp r13, rdx
    je .r14
    or ecx, 8
.r14:
    mov rdx, 0x0c0c0c0c0c0c0c14
    cmp r14, rdx
    je .r15
    or ecx, 16
.r15:
    mov rdx, 0x0c0c0c0c0c0c0c15
    cmp r15, rdx
    je .done
    or ecx, 32
.done:
    pop rdx                     ; bad
    mov [rdx], ecx
    pop r15
    pop r14
    pop r13
    pop r12
    pop rbp
    pop rbx
    ret

; Count a call out and check the caller's alignment: at a call, rsp is a
; multiple of 16, so on entry (the return address pushed) rsp+8 is.
%macro COUNT_AND_CHECK 0
    inc qword [abi_calls]
    lea rax, [rsp + 8]
    test al, 15
    jz %%aligned
    inc qword [abi_misaligned]
%%aligned:
%endmacro

; Trash the caller-saved registers a callee may change (rax excepted: the
; result), with a value no JIT'd code could mistake for anything useful.
%macro TRASH 0
    mov rcx, 0xdeadbeefdeadbeef
    mov rdx, rcx
    mov rsi, rcx
    mov rdi, rcx
    mov r8, rcx
    mov r9, rcx
    mov r10, rcx
    mov r11, rcx
%endmacro

; void abi_putc(Runtime *rt, int c)
global abi_putc
abi_putc:
    COUNT_AND_CHECK
    push rbp
    mov rbp, rsp
    and rsp, -16                ; call the real one aligned, whatever we were given
    call [abi_putc_target]
    mov rsp, rbp
    pop rbp
    TRASH
    mov rax, rcx
    ret

; int abi_getc(Runtime *rt, int old)
global abi_getc
abi_getc:
    COUNT_AND_CHECK
    push rbp
    mov rbp, rsp
    and rsp, -16
    call [abi_getc_target]
    mov rsp, rbp
    pop rbp
    mov edx, eax                ; the result is in eax: trash the top of rax too
    mov rax, 0xdeadbeef00000000
    or rax, rdx
    TRASH
    ret

section .note.GNU-stack noalloc noexec nowrite progbits
