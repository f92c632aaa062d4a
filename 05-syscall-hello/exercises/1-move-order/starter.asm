; 05-syscall-hello, exercise 1: the moves in the right order.
;
; This is jit_write.asm with its first two lines swapped:
;     long jit_write(const char *buf, size_t len)   -> write(1, buf, len)
; Before you change anything, predict what write receives as its length,
; then run `make -C 05-syscall-hello exercises` and see what it returns.
; Then put the moves in an order that works: every value must be copied
; out of its register before that register is overwritten.
; Done when jit_write("some text\n", 10) writes those 10 bytes and returns 10.

bits 64
    mov rsi, rdi        ; buf: rdi -> rsi
    mov rdx, rsi        ; len: rsi -> rdx
    mov edi, 1          ; fd 1, stdout
    mov eax, 1          ; write's number
    syscall
    ret
