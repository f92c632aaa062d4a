// long jit_write(const char *msg, unsigned long len): write(1, msg, len) with
// svc, returning what the kernel returned (a byte count, or -errno).
// The C arguments arrive in x0 and x1; the system call wants fd, msg, len in
// x0, x1, x2 and its number in x8. So: shift the two arguments up by one.
    mov x2, x1              // len
    mov x1, x0              // msg
    mov x0, #1              // fd 1: stdout
    mov x8, #64             // 64 is write
    svc #0                  // x0 = bytes written, or -errno
    ret                     // x30 still holds our return address: svc kept it
