; 03-mmap-mprotect/exercises/2-second-function/return_two.asm:
; int return_two(void) { return 2; }, the second function of the exercise.

    mov eax, 2          ; b8 02 00 00 00: the same opcode as return_one, another immediate
    ret
