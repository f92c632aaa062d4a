// int add32(int x, int y): the same on the 32-bit halves, w0 and w1. Writing
// w0 zeroes bits 63-32 of x0, as writing eax zeroes the top of rax on x86-64.
    add w0, w0, w1
    ret
