; 09-hardened-wx/return_value.asm: the code hardened-jit maps, runs and patches,
; C's `int return_value(void) { return 1; }`. The 1 is a 32-bit immediate at
; byte offset 1: patching those four bytes changes what the function returns.

    mov eax, 1          ; b8 + imm32: the result, in eax (the System V return register)
    ret                 ; back to the caller
