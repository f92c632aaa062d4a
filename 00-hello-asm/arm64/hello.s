// 00-hello-asm/arm64/hello.s: print "hello world :)" and a newline with the
// write system call, then exit, with no C library: the AArch64 twin of
// ../hello.asm, in GNU as syntax.
// Exit status 0 when write wrote the whole message; otherwise one line on
// stderr and 74 (EX_IOERR), as everywhere in the workbook.

    .global _start              // ld starts the program at _start

    .section .rodata            // read-only data
msg:    .ascii "hello world :)\n"   // \n is the newline byte, 10
    .equ msg_len, . - msg           // . is "here": the assembler counts the bytes
err:    .ascii "hello: cannot write to standard output\n"
    .equ err_len, . - err
    .balign 8
ignore: .quad 1, 0, 0           // struct sigaction: SIG_IGN, no flags, empty mask

    .text
_start:
    // rt_sigaction(SIGPIPE, &ignore, NULL, 8): a closed pipe becomes an error
    // that write returns (-EPIPE), instead of a signal that kills us silently.
    mov x8, #134                // 134 is rt_sigaction; the number goes in x8
    mov x0, #13                 // SIGPIPE
    adr x1, ignore              // an address within 1 MiB of here, relative to pc
    mov x2, #0                  // no old action wanted
    mov x3, #8                  // the kernel's signal set is 8 bytes
    svc #0                      // x0 = 0, or -errno

    // write(1, msg, msg_len): number in x8, arguments in x0, x1, x2.
    mov x8, #64                 // 64 is write on arm64 (1 on x86-64)
    mov x0, #1                  // file descriptor 1: stdout
    adr x1, msg                 // the message's address, relative to pc
    mov x2, #msg_len            // how many bytes
    svc #0                      // "supervisor call": x0 = bytes written, or -errno

    // exit(0) if all msg_len bytes went out.
    cmp x0, #msg_len
    b.ne failed
    mov x0, #0                  // status 0
    b exit
failed:
    mov x8, #64                 // write(2, err, err_len)
    mov x0, #2
    adr x1, err
    mov x2, #err_len
    svc #0
    mov x0, #74                 // EX_IOERR
exit:
    mov x8, #93                 // 93 is exit on arm64 (60 on x86-64)
    svc #0                      // does not return

// An empty note that tells the linker this code needs no executable stack.
    .section .note.GNU-stack, "", %progbits
