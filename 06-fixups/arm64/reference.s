// reference.s: the whole buffer as an assembler lays it out, with real labels.
// The checks assemble it (as, then objcopy -O binary) and compare it with the
// JIT's patched buffer byte for byte.
    mov x0, #1
    adr x1, msg
    ldr x2, len
    mov x8, #64
    svc #0
    b done
    brk #0
done:
    ret
msg:
    .ascii "hello from after the ret\n"
    .balign 8, 0            // pad with zero bytes, as the JIT does
len:
    .quad 25
