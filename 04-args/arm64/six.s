// long six(long a, long b, long c, long d, long e, long f): a - b + c - d + e - f,
// so that a swapped argument shows. Arguments 1 to 8 arrive in x0 to x7.
    sub x0, x0, x1
    add x0, x0, x2
    sub x0, x0, x3
    add x0, x0, x4
    sub x0, x0, x5
    ret
