; 05-syscall-hello, exercise 3 (stretch): a 4th argument.
;
; Write
;     long jit_pwrite(int fd, const void *buf, size_t len, long offset)
; the pwrite64 system call (number 18): write LEN bytes at OFFSET in the file,
; without moving the file position. A C caller passes OFFSET, the 4th
; argument, in rcx; the kernel reads a system call's 4th argument from
; another register. This version forgets that, so the kernel finds whatever
; was left in that register.
; What bytes does your extra instruction assemble to, and which REX bit
; makes its register out of register number 2? (make dis, or tools/asm2bytes)
; Done when jit_pwrite(fd, "AB", 2, 4) on a file holding "xxxxxxxxxx" returns
; 2 and leaves "xxxxABxxxx".

bits 64
    mov eax, 18         ; pwrite64's number
    syscall
    ret
