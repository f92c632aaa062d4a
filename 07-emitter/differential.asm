; The differential test of chapter 07, written by emit-demo --nasm-source:
; every encoder form with every register. nasm -f bin -l assembles it, and
; emit-demo --nasm-compare checks the encoder's bytes against nasm's.
bits 64
org 0x400000
    mov rax, rbx
    mov r9, r12
    mov eax, ebx
    add rcx, 1
    add rcx, 1000
    add rax, 1000
    mov rax, qword [rbx]
    mov rax, qword [rbx+128]
    mov rax, qword [rsp+8]
    mov rax, qword [r12]
    mov rax, qword [rbp]
    mov qword [r13], r8
    mov byte [rdi], dl
    mov byte [rdi], sil
    mov rax, 0xffffffff
    mov rax, -1
    mov rax, 0x100000000
    push r12
L0:
    mov rax, rbx
L1:
    mov eax, ebx
L2:
    mov rax, 1
L3:
    mov rax, -1
L4:
    mov rax, 0x100000000
L5:
    mov rax, strict qword 1
L6:
    mov eax, -1
L7:
    add rax, rbx
L8:
    or rax, rbx
L9:
    and rax, rbx
L10:
    sub rax, rbx
L11:
    xor rax, rbx
L12:
    cmp rax, rbx
L13:
    test rax, rbx
L14:
    add eax, ebx
L15:
    or eax, ebx
L16:
    and eax, ebx
L17:
    sub eax, ebx
L18:
    xor eax, eax
L19:
    cmp eax, ebx
L20:
    test eax, ebx
L21:
    add rcx, 1
L22:
    add rcx, 1000
L23:
    add rax, 1000
L24:
    or rcx, 1
L25:
    and rcx, 1
L26:
    sub rcx, 1
L27:
    xor rcx, 1
L28:
    cmp rcx, 1
L29:
    test rcx, 1
L30:
    test rax, 1
L31:
    add ecx, 1
L32:
    or ecx, 1
L33:
    and ecx, 0xff
L34:
    sub ecx, 1
L35:
    xor ecx, 1
L36:
    cmp ecx, 1
L37:
    test ecx, 1
L38:
    inc rcx
L39:
    dec rcx
L40:
    neg rcx
L41:
    not rcx
L42:
    imul rax, rbx
L43:
    imul rax, rbx, 10
L44:
    imul rax, rbx, 1000
L45:
    shl rcx, 1
L46:
    shl rcx, 4
L47:
    shr rcx, 4
L48:
    sar rcx, 4
L49:
    sete al
L50:
    setl sil
L51:
    mov rax, qword [rbx+8]
L52:
    mov eax, dword [rbx+8]
L53:
    mov al, byte [rbx+8]
L54:
    movzx eax, byte [rbx+8]
L55:
    mov qword [rbx+8], rax
L56:
    mov dword [rbx+8], eax
L57:
    mov byte [rbx+8], al
L58:
    mov byte [rbx+8], 0
L59:
    add byte [rbx+8], 1
L60:
    sub byte [rbx+8], 1
L61:
    cmp byte [rbx+8], 0
L62:
    add byte [rbx+8], al
L63:
    sub byte [rbx+8], al
L64:
    lea rax, [rbx+8]
L65:
    mov rax, qword [rbx]
L66:
    mov rax, qword [rbx+128]
L67:
    mov rax, qword [rsp+8]
L68:
    mov rax, qword [r12+8]
L69:
    mov rax, qword [rbp]
L70:
    mov rax, qword [r13]
L71:
    lea rsi, [rel $]
L72:
    push rbx
L73:
    push r12
L74:
    pop r12
L75:
    call 0x401000
L76:
    call 0x401000
L77:
    call $
L78:
    call rax
L79:
    jmp rax
L80:
    jmp short $
L81:
    jmp near $
L82:
    jne short $
L83:
    jne near $
L84:
    jmp short $
L85:
    jne short $
L86:
    ret
L87:
    syscall
L88:
    int3
L89:
    nop
    mov rax, rax
    mov eax, eax
    add rax, rax
    add eax, eax
    or rax, rax
    or eax, eax
    and rax, rax
    and eax, eax
    sub rax, rax
    sub eax, eax
    xor rax, rax
    xor eax, eax
    cmp rax, rax
    cmp eax, eax
    test rax, rax
    test eax, eax
    imul rax, rax
    imul rax, rax, 0
    imul rax, rax, 1
    imul rax, rax, -1
    imul rax, rax, 127
    imul rax, rax, -128
    imul rax, rax, 128
    imul rax, rax, -129
    imul rax, rax, 2147483647
    imul rax, rax, -2147483648
    mov rax, rcx
    mov eax, ecx
    add rax, rcx
    add eax, ecx
    or rax, rcx
    or eax, ecx
    and rax, rcx
    and eax, ecx
    sub rax, rcx
    sub eax, ecx
    xor rax, rcx
    xor eax, ecx
    cmp rax, rcx
    cmp eax, ecx
    test rax, rcx
    test eax, ecx
    imul rax, rcx
    imul rax, rcx, 0
    imul rax, rcx, 1
    imul rax, rcx, -1
    imul rax, rcx, 127
    imul rax, rcx, -128
    imul rax, rcx, 128
    imul rax, rcx, -129
    imul rax, rcx, 2147483647
    imul rax, rcx, -2147483648
    mov rax, rdx
    mov eax, edx
    add rax, rdx
    add eax, edx
    or rax, rdx
    or eax, edx
    and rax, rdx
    and eax, edx
    sub rax, rdx
    sub eax, edx
    xor rax, rdx
    xor eax, edx
    cmp rax, rdx
    cmp eax, edx
    test rax, rdx
    test eax, edx
    imul rax, rdx
    imul rax, rdx, 0
    imul rax, rdx, 1
    imul rax, rdx, -1
    imul rax, rdx, 127
    imul rax, rdx, -128
    imul rax, rdx, 128
    imul rax, rdx, -129
    imul rax, rdx, 2147483647
    imul rax, rdx, -2147483648
    mov rax, rbx
    mov eax, ebx
    add rax, rbx
    add eax, ebx
    or rax, rbx
    or eax, ebx
    and rax, rbx
    and eax, ebx
    sub rax, rbx
    sub eax, ebx
    xor rax, rbx
    xor eax, ebx
    cmp rax, rbx
    cmp eax, ebx
    test rax, rbx
    test eax, ebx
    imul rax, rbx
    imul rax, rbx, 0
    imul rax, rbx, 1
    imul rax, rbx, -1
    imul rax, rbx, 127
    imul rax, rbx, -128
    imul rax, rbx, 128
    imul rax, rbx, -129
    imul rax, rbx, 2147483647
    imul rax, rbx, -2147483648
    mov rax, rsp
    mov eax, esp
    add rax, rsp
    add eax, esp
    or rax, rsp
    or eax, esp
    and rax, rsp
    and eax, esp
    sub rax, rsp
    sub eax, esp
    xor rax, rsp
    xor eax, esp
    cmp rax, rsp
    cmp eax, esp
    test rax, rsp
    test eax, esp
    imul rax, rsp
    imul rax, rsp, 0
    imul rax, rsp, 1
    imul rax, rsp, -1
    imul rax, rsp, 127
    imul rax, rsp, -128
    imul rax, rsp, 128
    imul rax, rsp, -129
    imul rax, rsp, 2147483647
    imul rax, rsp, -2147483648
    mov rax, rbp
    mov eax, ebp
    add rax, rbp
    add eax, ebp
    or rax, rbp
    or eax, ebp
    and rax, rbp
    and eax, ebp
    sub rax, rbp
    sub eax, ebp
    xor rax, rbp
    xor eax, ebp
    cmp rax, rbp
    cmp eax, ebp
    test rax, rbp
    test eax, ebp
    imul rax, rbp
    imul rax, rbp, 0
    imul rax, rbp, 1
    imul rax, rbp, -1
    imul rax, rbp, 127
    imul rax, rbp, -128
    imul rax, rbp, 128
    imul rax, rbp, -129
    imul rax, rbp, 2147483647
    imul rax, rbp, -2147483648
    mov rax, rsi
    mov eax, esi
    add rax, rsi
    add eax, esi
    or rax, rsi
    or eax, esi
    and rax, rsi
    and eax, esi
    sub rax, rsi
    sub eax, esi
    xor rax, rsi
    xor eax, esi
    cmp rax, rsi
    cmp eax, esi
    test rax, rsi
    test eax, esi
    imul rax, rsi
    imul rax, rsi, 0
    imul rax, rsi, 1
    imul rax, rsi, -1
    imul rax, rsi, 127
    imul rax, rsi, -128
    imul rax, rsi, 128
    imul rax, rsi, -129
    imul rax, rsi, 2147483647
    imul rax, rsi, -2147483648
    mov rax, rdi
    mov eax, edi
    add rax, rdi
    add eax, edi
    or rax, rdi
    or eax, edi
    and rax, rdi
    and eax, edi
    sub rax, rdi
    sub eax, edi
    xor rax, rdi
    xor eax, edi
    cmp rax, rdi
    cmp eax, edi
    test rax, rdi
    test eax, edi
    imul rax, rdi
    imul rax, rdi, 0
    imul rax, rdi, 1
    imul rax, rdi, -1
    imul rax, rdi, 127
    imul rax, rdi, -128
    imul rax, rdi, 128
    imul rax, rdi, -129
    imul rax, rdi, 2147483647
    imul rax, rdi, -2147483648
    mov rax, r8
    mov eax, r8d
    add rax, r8
    add eax, r8d
    or rax, r8
    or eax, r8d
    and rax, r8
    and eax, r8d
    sub rax, r8
    sub eax, r8d
    xor rax, r8
    xor eax, r8d
    cmp rax, r8
    cmp eax, r8d
    test rax, r8
    test eax, r8d
    imul rax, r8
    imul rax, r8, 0
    imul rax, r8, 1
    imul rax, r8, -1
    imul rax, r8, 127
    imul rax, r8, -128
    imul rax, r8, 128
    imul rax, r8, -129
    imul rax, r8, 2147483647
    imul rax, r8, -2147483648
    mov rax, r9
    mov eax, r9d
    add rax, r9
    add eax, r9d
    or rax, r9
    or eax, r9d
    and rax, r9
    and eax, r9d
    sub rax, r9
    sub eax, r9d
    xor rax, r9
    xor eax, r9d
    cmp rax, r9
    cmp eax, r9d
    test rax, r9
    test eax, r9d
    imul rax, r9
    imul rax, r9, 0
    imul rax, r9, 1
    imul rax, r9, -1
    imul rax, r9, 127
    imul rax, r9, -128
    imul rax, r9, 128
    imul rax, r9, -129
    imul rax, r9, 2147483647
    imul rax, r9, -2147483648
    mov rax, r10
    mov eax, r10d
    add rax, r10
    add eax, r10d
    or rax, r10
    or eax, r10d
    and rax, r10
    and eax, r10d
    sub rax, r10
    sub eax, r10d
    xor rax, r10
    xor eax, r10d
    cmp rax, r10
    cmp eax, r10d
    test rax, r10
    test eax, r10d
    imul rax, r10
    imul rax, r10, 0
    imul rax, r10, 1
    imul rax, r10, -1
    imul rax, r10, 127
    imul rax, r10, -128
    imul rax, r10, 128
    imul rax, r10, -129
    imul rax, r10, 2147483647
    imul rax, r10, -2147483648
    mov rax, r11
    mov eax, r11d
    add rax, r11
    add eax, r11d
    or rax, r11
    or eax, r11d
    and rax, r11
    and eax, r11d
    sub rax, r11
    sub eax, r11d
    xor rax, r11
    xor eax, r11d
    cmp rax, r11
    cmp eax, r11d
    test rax, r11
    test eax, r11d
    imul rax, r11
    imul rax, r11, 0
    imul rax, r11, 1
    imul rax, r11, -1
    imul rax, r11, 127
    imul rax, r11, -128
    imul rax, r11, 128
    imul rax, r11, -129
    imul rax, r11, 2147483647
    imul rax, r11, -2147483648
    mov rax, r12
    mov eax, r12d
    add rax, r12
    add eax, r12d
    or rax, r12
    or eax, r12d
    and rax, r12
    and eax, r12d
    sub rax, r12
    sub eax, r12d
    xor rax, r12
    xor eax, r12d
    cmp rax, r12
    cmp eax, r12d
    test rax, r12
    test eax, r12d
    imul rax, r12
    imul rax, r12, 0
    imul rax, r12, 1
    imul rax, r12, -1
    imul rax, r12, 127
    imul rax, r12, -128
    imul rax, r12, 128
    imul rax, r12, -129
    imul rax, r12, 2147483647
    imul rax, r12, -2147483648
    mov rax, r13
    mov eax, r13d
    add rax, r13
    add eax, r13d
    or rax, r13
    or eax, r13d
    and rax, r13
    and eax, r13d
    sub rax, r13
    sub eax, r13d
    xor rax, r13
    xor eax, r13d
    cmp rax, r13
    cmp eax, r13d
    test rax, r13
    test eax, r13d
    imul rax, r13
    imul rax, r13, 0
    imul rax, r13, 1
    imul rax, r13, -1
    imul rax, r13, 127
    imul rax, r13, -128
    imul rax, r13, 128
    imul rax, r13, -129
    imul rax, r13, 2147483647
    imul rax, r13, -2147483648
    mov rax, r14
    mov eax, r14d
    add rax, r14
    add eax, r14d
    or rax, r14
    or eax, r14d
    and rax, r14
    and eax, r14d
    sub rax, r14
    sub eax, r14d
    xor rax, r14
    xor eax, r14d
    cmp rax, r14
    cmp eax, r14d
    test rax, r14
    test eax, r14d
    imul rax, r14
    imul rax, r14, 0
    imul rax, r14, 1
    imul rax, r14, -1
    imul rax, r14, 127
    imul rax, r14, -128
    imul rax, r14, 128
    imul rax, r14, -129
    imul rax, r14, 2147483647
    imul rax, r14, -2147483648
    mov rax, r15
    mov eax, r15d
    add rax, r15
    add eax, r15d
    or rax, r15
    or eax, r15d
    and rax, r15
    and eax, r15d
    sub rax, r15
    sub eax, r15d
    xor rax, r15
    xor eax, r15d
    cmp rax, r15
    cmp eax, r15d
    test rax, r15
    test eax, r15d
    imul rax, r15
    imul rax, r15, 0
    imul rax, r15, 1
    imul rax, r15, -1
    imul rax, r15, 127
    imul rax, r15, -128
    imul rax, r15, 128
    imul rax, r15, -129
    imul rax, r15, 2147483647
    imul rax, r15, -2147483648
    mov rax, 0
    mov rax, 1
    mov rax, -1
    mov rax, 127
    mov rax, -128
    mov rax, 128
    mov rax, -129
    mov rax, 2147483647
    mov rax, -2147483648
    mov rax, 2147483648
    mov rax, 4294967295
    mov rax, 0x100000000
    mov rax, 0xffffffff7fffffff
    mov rax, 0x7fffffffffffffff
    mov rax, 0x8000000000000000
    mov rax, 0x123456789abcdef0
    mov rax, strict qword 0
    mov rax, strict qword 1
    mov rax, strict qword -1
    mov rax, strict qword 127
    mov rax, strict qword -128
    mov rax, strict qword 128
    mov rax, strict qword -129
    mov rax, strict qword 2147483647
    mov rax, strict qword -2147483648
    mov rax, strict qword 2147483648
    mov rax, strict qword 4294967295
    mov rax, strict qword 0x100000000
    mov rax, strict qword 0xffffffff7fffffff
    mov rax, strict qword 0x7fffffffffffffff
    mov rax, strict qword 0x8000000000000000
    mov rax, strict qword 0x123456789abcdef0
    mov eax, 0
    mov eax, 1
    mov eax, -1
    mov eax, 127
    mov eax, 2147483647
    mov eax, -2147483648
    mov eax, 2147483648
    mov eax, 4294967295
    add rax, 0
    add eax, 0
    add rax, 1
    add eax, 1
    add rax, -1
    add eax, -1
    add rax, 127
    add eax, 127
    add rax, -128
    add eax, -128
    add rax, 128
    add eax, 128
    add rax, -129
    add eax, -129
    add rax, 255
    add eax, 255
    add rax, 32767
    add eax, 32767
    add rax, 2147483647
    add eax, 2147483647
    add rax, -2147483648
    add eax, -2147483648
    add eax, 2147483648
    add eax, 4294967295
    add eax, 4294967168
    or rax, 0
    or eax, 0
    or rax, 1
    or eax, 1
    or rax, -1
    or eax, -1
    or rax, 127
    or eax, 127
    or rax, -128
    or eax, -128
    or rax, 128
    or eax, 128
    or rax, -129
    or eax, -129
    or rax, 255
    or eax, 255
    or rax, 32767
    or eax, 32767
    or rax, 2147483647
    or eax, 2147483647
    or rax, -2147483648
    or eax, -2147483648
    or eax, 2147483648
    or eax, 4294967295
    or eax, 4294967168
    and rax, 0
    and eax, 0
    and rax, 1
    and eax, 1
    and rax, -1
    and eax, -1
    and rax, 127
    and eax, 127
    and rax, -128
    and eax, -128
    and rax, 128
    and eax, 128
    and rax, -129
    and eax, -129
    and rax, 255
    and eax, 255
    and rax, 32767
    and eax, 32767
    and rax, 2147483647
    and eax, 2147483647
    and rax, -2147483648
    and eax, -2147483648
    and eax, 2147483648
    and eax, 4294967295
    and eax, 4294967168
    sub rax, 0
    sub eax, 0
    sub rax, 1
    sub eax, 1
    sub rax, -1
    sub eax, -1
    sub rax, 127
    sub eax, 127
    sub rax, -128
    sub eax, -128
    sub rax, 128
    sub eax, 128
    sub rax, -129
    sub eax, -129
    sub rax, 255
    sub eax, 255
    sub rax, 32767
    sub eax, 32767
    sub rax, 2147483647
    sub eax, 2147483647
    sub rax, -2147483648
    sub eax, -2147483648
    sub eax, 2147483648
    sub eax, 4294967295
    sub eax, 4294967168
    xor rax, 0
    xor eax, 0
    xor rax, 1
    xor eax, 1
    xor rax, -1
    xor eax, -1
    xor rax, 127
    xor eax, 127
    xor rax, -128
    xor eax, -128
    xor rax, 128
    xor eax, 128
    xor rax, -129
    xor eax, -129
    xor rax, 255
    xor eax, 255
    xor rax, 32767
    xor eax, 32767
    xor rax, 2147483647
    xor eax, 2147483647
    xor rax, -2147483648
    xor eax, -2147483648
    xor eax, 2147483648
    xor eax, 4294967295
    xor eax, 4294967168
    cmp rax, 0
    cmp eax, 0
    cmp rax, 1
    cmp eax, 1
    cmp rax, -1
    cmp eax, -1
    cmp rax, 127
    cmp eax, 127
    cmp rax, -128
    cmp eax, -128
    cmp rax, 128
    cmp eax, 128
    cmp rax, -129
    cmp eax, -129
    cmp rax, 255
    cmp eax, 255
    cmp rax, 32767
    cmp eax, 32767
    cmp rax, 2147483647
    cmp eax, 2147483647
    cmp rax, -2147483648
    cmp eax, -2147483648
    cmp eax, 2147483648
    cmp eax, 4294967295
    cmp eax, 4294967168
    test rax, 0
    test eax, 0
    test rax, 1
    test eax, 1
    test rax, -1
    test eax, -1
    test rax, 127
    test eax, 127
    test rax, -128
    test eax, -128
    test rax, 128
    test eax, 128
    test rax, -129
    test eax, -129
    test rax, 255
    test eax, 255
    test rax, 32767
    test eax, 32767
    test rax, 2147483647
    test eax, 2147483647
    test rax, -2147483648
    test eax, -2147483648
    test eax, 2147483648
    test eax, 4294967295
    test eax, 4294967168
    inc rax
    dec rax
    neg rax
    not rax
    push rax
    pop rax
    call rax
    jmp rax
    shl rax, 0
    shl rax, 1
    shl rax, 2
    shl rax, 31
    shl rax, 32
    shl rax, 63
    shr rax, 0
    shr rax, 1
    shr rax, 2
    shr rax, 31
    shr rax, 32
    shr rax, 63
    sar rax, 0
    sar rax, 1
    sar rax, 2
    sar rax, 31
    sar rax, 32
    sar rax, 63
    seto al
    setno al
    setb al
    setae al
    sete al
    setne al
    setbe al
    seta al
    sets al
    setns al
    setp al
    setnp al
    setl al
    setge al
    setle al
    setg al
    mov rcx, rax
    mov ecx, eax
    add rcx, rax
    add ecx, eax
    or rcx, rax
    or ecx, eax
    and rcx, rax
    and ecx, eax
    sub rcx, rax
    sub ecx, eax
    xor rcx, rax
    xor ecx, eax
    cmp rcx, rax
    cmp ecx, eax
    test rcx, rax
    test ecx, eax
    imul rcx, rax
    imul rcx, rax, 0
    imul rcx, rax, 1
    imul rcx, rax, -1
    imul rcx, rax, 127
    imul rcx, rax, -128
    imul rcx, rax, 128
    imul rcx, rax, -129
    imul rcx, rax, 2147483647
    imul rcx, rax, -2147483648
    mov rcx, rcx
    mov ecx, ecx
    add rcx, rcx
    add ecx, ecx
    or rcx, rcx
    or ecx, ecx
    and rcx, rcx
    and ecx, ecx
    sub rcx, rcx
    sub ecx, ecx
    xor rcx, rcx
    xor ecx, ecx
    cmp rcx, rcx
    cmp ecx, ecx
    test rcx, rcx
    test ecx, ecx
    imul rcx, rcx
    imul rcx, rcx, 0
    imul rcx, rcx, 1
    imul rcx, rcx, -1
    imul rcx, rcx, 127
    imul rcx, rcx, -128
    imul rcx, rcx, 128
    imul rcx, rcx, -129
    imul rcx, rcx, 2147483647
    imul rcx, rcx, -2147483648
    mov rcx, rdx
    mov ecx, edx
    add rcx, rdx
    add ecx, edx
    or rcx, rdx
    or ecx, edx
    and rcx, rdx
    and ecx, edx
    sub rcx, rdx
    sub ecx, edx
    xor rcx, rdx
    xor ecx, edx
    cmp rcx, rdx
    cmp ecx, edx
    test rcx, rdx
    test ecx, edx
    imul rcx, rdx
    imul rcx, rdx, 0
    imul rcx, rdx, 1
    imul rcx, rdx, -1
    imul rcx, rdx, 127
    imul rcx, rdx, -128
    imul rcx, rdx, 128
    imul rcx, rdx, -129
    imul rcx, rdx, 2147483647
    imul rcx, rdx, -2147483648
    mov rcx, rbx
    mov ecx, ebx
    add rcx, rbx
    add ecx, ebx
    or rcx, rbx
    or ecx, ebx
    and rcx, rbx
    and ecx, ebx
    sub rcx, rbx
    sub ecx, ebx
    xor rcx, rbx
    xor ecx, ebx
    cmp rcx, rbx
    cmp ecx, ebx
    test rcx, rbx
    test ecx, ebx
    imul rcx, rbx
    imul rcx, rbx, 0
    imul rcx, rbx, 1
    imul rcx, rbx, -1
    imul rcx, rbx, 127
    imul rcx, rbx, -128
    imul rcx, rbx, 128
    imul rcx, rbx, -129
    imul rcx, rbx, 2147483647
    imul rcx, rbx, -2147483648
    mov rcx, rsp
    mov ecx, esp
    add rcx, rsp
    add ecx, esp
    or rcx, rsp
    or ecx, esp
    and rcx, rsp
    and ecx, esp
    sub rcx, rsp
    sub ecx, esp
    xor rcx, rsp
    xor ecx, esp
    cmp rcx, rsp
    cmp ecx, esp
    test rcx, rsp
    test ecx, esp
    imul rcx, rsp
    imul rcx, rsp, 0
    imul rcx, rsp, 1
    imul rcx, rsp, -1
    imul rcx, rsp, 127
    imul rcx, rsp, -128
    imul rcx, rsp, 128
    imul rcx, rsp, -129
    imul rcx, rsp, 2147483647
    imul rcx, rsp, -2147483648
    mov rcx, rbp
    mov ecx, ebp
    add rcx, rbp
    add ecx, ebp
    or rcx, rbp
    or ecx, ebp
    and rcx, rbp
    and ecx, ebp
    sub rcx, rbp
    sub ecx, ebp
    xor rcx, rbp
    xor ecx, ebp
    cmp rcx, rbp
    cmp ecx, ebp
    test rcx, rbp
    test ecx, ebp
    imul rcx, rbp
    imul rcx, rbp, 0
    imul rcx, rbp, 1
    imul rcx, rbp, -1
    imul rcx, rbp, 127
    imul rcx, rbp, -128
    imul rcx, rbp, 128
    imul rcx, rbp, -129
    imul rcx, rbp, 2147483647
    imul rcx, rbp, -2147483648
    mov rcx, rsi
    mov ecx, esi
    add rcx, rsi
    add ecx, esi
    or rcx, rsi
    or ecx, esi
    and rcx, rsi
    and ecx, esi
    sub rcx, rsi
    sub ecx, esi
    xor rcx, rsi
    xor ecx, esi
    cmp rcx, rsi
    cmp ecx, esi
    test rcx, rsi
    test ecx, esi
    imul rcx, rsi
    imul rcx, rsi, 0
    imul rcx, rsi, 1
    imul rcx, rsi, -1
    imul rcx, rsi, 127
    imul rcx, rsi, -128
    imul rcx, rsi, 128
    imul rcx, rsi, -129
    imul rcx, rsi, 2147483647
    imul rcx, rsi, -2147483648
    mov rcx, rdi
    mov ecx, edi
    add rcx, rdi
    add ecx, edi
    or rcx, rdi
    or ecx, edi
    and rcx, rdi
    and ecx, edi
    sub rcx, rdi
    sub ecx, edi
    xor rcx, rdi
    xor ecx, edi
    cmp rcx, rdi
    cmp ecx, edi
    test rcx, rdi
    test ecx, edi
    imul rcx, rdi
    imul rcx, rdi, 0
    imul rcx, rdi, 1
    imul rcx, rdi, -1
    imul rcx, rdi, 127
    imul rcx, rdi, -128
    imul rcx, rdi, 128
    imul rcx, rdi, -129
    imul rcx, rdi, 2147483647
    imul rcx, rdi, -2147483648
    mov rcx, r8
    mov ecx, r8d
    add rcx, r8
    add ecx, r8d
    or rcx, r8
    or ecx, r8d
    and rcx, r8
    and ecx, r8d
    sub rcx, r8
    sub ecx, r8d
    xor rcx, r8
    xor ecx, r8d
    cmp rcx, r8
    cmp ecx, r8d
    test rcx, r8
    test ecx, r8d
    imul rcx, r8
    imul rcx, r8, 0
    imul rcx, r8, 1
    imul rcx, r8, -1
    imul rcx, r8, 127
    imul rcx, r8, -128
    imul rcx, r8, 128
    imul rcx, r8, -129
    imul rcx, r8, 2147483647
    imul rcx, r8, -2147483648
    mov rcx, r9
    mov ecx, r9d
    add rcx, r9
    add ecx, r9d
    or rcx, r9
    or ecx, r9d
    and rcx, r9
    and ecx, r9d
    sub rcx, r9
    sub ecx, r9d
    xor rcx, r9
    xor ecx, r9d
    cmp rcx, r9
    cmp ecx, r9d
    test rcx, r9
    test ecx, r9d
    imul rcx, r9
    imul rcx, r9, 0
    imul rcx, r9, 1
    imul rcx, r9, -1
    imul rcx, r9, 127
    imul rcx, r9, -128
    imul rcx, r9, 128
    imul rcx, r9, -129
    imul rcx, r9, 2147483647
    imul rcx, r9, -2147483648
    mov rcx, r10
    mov ecx, r10d
    add rcx, r10
    add ecx, r10d
    or rcx, r10
    or ecx, r10d
    and rcx, r10
    and ecx, r10d
    sub rcx, r10
    sub ecx, r10d
    xor rcx, r10
    xor ecx, r10d
    cmp rcx, r10
    cmp ecx, r10d
    test rcx, r10
    test ecx, r10d
    imul rcx, r10
    imul rcx, r10, 0
    imul rcx, r10, 1
    imul rcx, r10, -1
    imul rcx, r10, 127
    imul rcx, r10, -128
    imul rcx, r10, 128
    imul rcx, r10, -129
    imul rcx, r10, 2147483647
    imul rcx, r10, -2147483648
    mov rcx, r11
    mov ecx, r11d
    add rcx, r11
    add ecx, r11d
    or rcx, r11
    or ecx, r11d
    and rcx, r11
    and ecx, r11d
    sub rcx, r11
    sub ecx, r11d
    xor rcx, r11
    xor ecx, r11d
    cmp rcx, r11
    cmp ecx, r11d
    test rcx, r11
    test ecx, r11d
    imul rcx, r11
    imul rcx, r11, 0
    imul rcx, r11, 1
    imul rcx, r11, -1
    imul rcx, r11, 127
    imul rcx, r11, -128
    imul rcx, r11, 128
    imul rcx, r11, -129
    imul rcx, r11, 2147483647
    imul rcx, r11, -2147483648
    mov rcx, r12
    mov ecx, r12d
    add rcx, r12
    add ecx, r12d
    or rcx, r12
    or ecx, r12d
    and rcx, r12
    and ecx, r12d
    sub rcx, r12
    sub ecx, r12d
    xor rcx, r12
    xor ecx, r12d
    cmp rcx, r12
    cmp ecx, r12d
    test rcx, r12
    test ecx, r12d
    imul rcx, r12
    imul rcx, r12, 0
    imul rcx, r12, 1
    imul rcx, r12, -1
    imul rcx, r12, 127
    imul rcx, r12, -128
    imul rcx, r12, 128
    imul rcx, r12, -129
    imul rcx, r12, 2147483647
    imul rcx, r12, -2147483648
    mov rcx, r13
    mov ecx, r13d
    add rcx, r13
    add ecx, r13d
    or rcx, r13
    or ecx, r13d
    and rcx, r13
    and ecx, r13d
    sub rcx, r13
    sub ecx, r13d
    xor rcx, r13
    xor ecx, r13d
    cmp rcx, r13
    cmp ecx, r13d
    test rcx, r13
    test ecx, r13d
    imul rcx, r13
    imul rcx, r13, 0
    imul rcx, r13, 1
    imul rcx, r13, -1
    imul rcx, r13, 127
    imul rcx, r13, -128
    imul rcx, r13, 128
    imul rcx, r13, -129
    imul rcx, r13, 2147483647
    imul rcx, r13, -2147483648
    mov rcx, r14
    mov ecx, r14d
    add rcx, r14
    add ecx, r14d
    or rcx, r14
    or ecx, r14d
    and rcx, r14
    and ecx, r14d
    sub rcx, r14
    sub ecx, r14d
    xor rcx, r14
    xor ecx, r14d
    cmp rcx, r14
    cmp ecx, r14d
    test rcx, r14
    test ecx, r14d
    imul rcx, r14
    imul rcx, r14, 0
    imul rcx, r14, 1
    imul rcx, r14, -1
    imul rcx, r14, 127
    imul rcx, r14, -128
    imul rcx, r14, 128
    imul rcx, r14, -129
    imul rcx, r14, 2147483647
    imul rcx, r14, -2147483648
    mov rcx, r15
    mov ecx, r15d
    add rcx, r15
    add ecx, r15d
    or rcx, r15
    or ecx, r15d
    and rcx, r15
    and ecx, r15d
    sub rcx, r15
    sub ecx, r15d
    xor rcx, r15
    xor ecx, r15d
    cmp rcx, r15
    cmp ecx, r15d
    test rcx, r15
    test ecx, r15d
    imul rcx, r15
    imul rcx, r15, 0
    imul rcx, r15, 1
    imul rcx, r15, -1
    imul rcx, r15, 127
    imul rcx, r15, -128
    imul rcx, r15, 128
    imul rcx, r15, -129
    imul rcx, r15, 2147483647
    imul rcx, r15, -2147483648
    mov rcx, 0
    mov rcx, 1
    mov rcx, -1
    mov rcx, 127
    mov rcx, -128
    mov rcx, 128
    mov rcx, -129
    mov rcx, 2147483647
    mov rcx, -2147483648
    mov rcx, 2147483648
    mov rcx, 4294967295
    mov rcx, 0x100000000
    mov rcx, 0xffffffff7fffffff
    mov rcx, 0x7fffffffffffffff
    mov rcx, 0x8000000000000000
    mov rcx, 0x123456789abcdef0
    mov rcx, strict qword 0
    mov rcx, strict qword 1
    mov rcx, strict qword -1
    mov rcx, strict qword 127
    mov rcx, strict qword -128
    mov rcx, strict qword 128
    mov rcx, strict qword -129
    mov rcx, strict qword 2147483647
    mov rcx, strict qword -2147483648
    mov rcx, strict qword 2147483648
    mov rcx, strict qword 4294967295
    mov rcx, strict qword 0x100000000
    mov rcx, strict qword 0xffffffff7fffffff
    mov rcx, strict qword 0x7fffffffffffffff
    mov rcx, strict qword 0x8000000000000000
    mov rcx, strict qword 0x123456789abcdef0
    mov ecx, 0
    mov ecx, 1
    mov ecx, -1
    mov ecx, 127
    mov ecx, 2147483647
    mov ecx, -2147483648
    mov ecx, 2147483648
    mov ecx, 4294967295
    add rcx, 0
    add ecx, 0
    add rcx, 1
    add ecx, 1
    add rcx, -1
    add ecx, -1
    add rcx, 127
    add ecx, 127
    add rcx, -128
    add ecx, -128
    add rcx, 128
    add ecx, 128
    add rcx, -129
    add ecx, -129
    add rcx, 255
    add ecx, 255
    add rcx, 32767
    add ecx, 32767
    add rcx, 2147483647
    add ecx, 2147483647
    add rcx, -2147483648
    add ecx, -2147483648
    add ecx, 2147483648
    add ecx, 4294967295
    add ecx, 4294967168
    or rcx, 0
    or ecx, 0
    or rcx, 1
    or ecx, 1
    or rcx, -1
    or ecx, -1
    or rcx, 127
    or ecx, 127
    or rcx, -128
    or ecx, -128
    or rcx, 128
    or ecx, 128
    or rcx, -129
    or ecx, -129
    or rcx, 255
    or ecx, 255
    or rcx, 32767
    or ecx, 32767
    or rcx, 2147483647
    or ecx, 2147483647
    or rcx, -2147483648
    or ecx, -2147483648
    or ecx, 2147483648
    or ecx, 4294967295
    or ecx, 4294967168
    and rcx, 0
    and ecx, 0
    and rcx, 1
    and ecx, 1
    and rcx, -1
    and ecx, -1
    and rcx, 127
    and ecx, 127
    and rcx, -128
    and ecx, -128
    and rcx, 128
    and ecx, 128
    and rcx, -129
    and ecx, -129
    and rcx, 255
    and ecx, 255
    and rcx, 32767
    and ecx, 32767
    and rcx, 2147483647
    and ecx, 2147483647
    and rcx, -2147483648
    and ecx, -2147483648
    and ecx, 2147483648
    and ecx, 4294967295
    and ecx, 4294967168
    sub rcx, 0
    sub ecx, 0
    sub rcx, 1
    sub ecx, 1
    sub rcx, -1
    sub ecx, -1
    sub rcx, 127
    sub ecx, 127
    sub rcx, -128
    sub ecx, -128
    sub rcx, 128
    sub ecx, 128
    sub rcx, -129
    sub ecx, -129
    sub rcx, 255
    sub ecx, 255
    sub rcx, 32767
    sub ecx, 32767
    sub rcx, 2147483647
    sub ecx, 2147483647
    sub rcx, -2147483648
    sub ecx, -2147483648
    sub ecx, 2147483648
    sub ecx, 4294967295
    sub ecx, 4294967168
    xor rcx, 0
    xor ecx, 0
    xor rcx, 1
    xor ecx, 1
    xor rcx, -1
    xor ecx, -1
    xor rcx, 127
    xor ecx, 127
    xor rcx, -128
    xor ecx, -128
    xor rcx, 128
    xor ecx, 128
    xor rcx, -129
    xor ecx, -129
    xor rcx, 255
    xor ecx, 255
    xor rcx, 32767
    xor ecx, 32767
    xor rcx, 2147483647
    xor ecx, 2147483647
    xor rcx, -2147483648
    xor ecx, -2147483648
    xor ecx, 2147483648
    xor ecx, 4294967295
    xor ecx, 4294967168
    cmp rcx, 0
    cmp ecx, 0
    cmp rcx, 1
    cmp ecx, 1
    cmp rcx, -1
    cmp ecx, -1
    cmp rcx, 127
    cmp ecx, 127
    cmp rcx, -128
    cmp ecx, -128
    cmp rcx, 128
    cmp ecx, 128
    cmp rcx, -129
    cmp ecx, -129
    cmp rcx, 255
    cmp ecx, 255
    cmp rcx, 32767
    cmp ecx, 32767
    cmp rcx, 2147483647
    cmp ecx, 2147483647
    cmp rcx, -2147483648
    cmp ecx, -2147483648
    cmp ecx, 2147483648
    cmp ecx, 4294967295
    cmp ecx, 4294967168
    test rcx, 0
    test ecx, 0
    test rcx, 1
    test ecx, 1
    test rcx, -1
    test ecx, -1
    test rcx, 127
    test ecx, 127
    test rcx, -128
    test ecx, -128
    test rcx, 128
    test ecx, 128
    test rcx, -129
    test ecx, -129
    test rcx, 255
    test ecx, 255
    test rcx, 32767
    test ecx, 32767
    test rcx, 2147483647
    test ecx, 2147483647
    test rcx, -2147483648
    test ecx, -2147483648
    test ecx, 2147483648
    test ecx, 4294967295
    test ecx, 4294967168
    inc rcx
    dec rcx
    neg rcx
    not rcx
    push rcx
    pop rcx
    call rcx
    jmp rcx
    shl rcx, 0
    shl rcx, 1
    shl rcx, 2
    shl rcx, 31
    shl rcx, 32
    shl rcx, 63
    shr rcx, 0
    shr rcx, 1
    shr rcx, 2
    shr rcx, 31
    shr rcx, 32
    shr rcx, 63
    sar rcx, 0
    sar rcx, 1
    sar rcx, 2
    sar rcx, 31
    sar rcx, 32
    sar rcx, 63
    seto cl
    setno cl
    setb cl
    setae cl
    sete cl
    setne cl
    setbe cl
    seta cl
    sets cl
    setns cl
    setp cl
    setnp cl
    setl cl
    setge cl
    setle cl
    setg cl
    mov rdx, rax
    mov edx, eax
    add rdx, rax
    add edx, eax
    or rdx, rax
    or edx, eax
    and rdx, rax
    and edx, eax
    sub rdx, rax
    sub edx, eax
    xor rdx, rax
    xor edx, eax
    cmp rdx, rax
    cmp edx, eax
    test rdx, rax
    test edx, eax
    imul rdx, rax
    imul rdx, rax, 0
    imul rdx, rax, 1
    imul rdx, rax, -1
    imul rdx, rax, 127
    imul rdx, rax, -128
    imul rdx, rax, 128
    imul rdx, rax, -129
    imul rdx, rax, 2147483647
    imul rdx, rax, -2147483648
    mov rdx, rcx
    mov edx, ecx
    add rdx, rcx
    add edx, ecx
    or rdx, rcx
    or edx, ecx
    and rdx, rcx
    and edx, ecx
    sub rdx, rcx
    sub edx, ecx
    xor rdx, rcx
    xor edx, ecx
    cmp rdx, rcx
    cmp edx, ecx
    test rdx, rcx
    test edx, ecx
    imul rdx, rcx
    imul rdx, rcx, 0
    imul rdx, rcx, 1
    imul rdx, rcx, -1
    imul rdx, rcx, 127
    imul rdx, rcx, -128
    imul rdx, rcx, 128
    imul rdx, rcx, -129
    imul rdx, rcx, 2147483647
    imul rdx, rcx, -2147483648
    mov rdx, rdx
    mov edx, edx
    add rdx, rdx
    add edx, edx
    or rdx, rdx
    or edx, edx
    and rdx, rdx
    and edx, edx
    sub rdx, rdx
    sub edx, edx
    xor rdx, rdx
    xor edx, edx
    cmp rdx, rdx
    cmp edx, edx
    test rdx, rdx
    test edx, edx
    imul rdx, rdx
    imul rdx, rdx, 0
    imul rdx, rdx, 1
    imul rdx, rdx, -1
    imul rdx, rdx, 127
    imul rdx, rdx, -128
    imul rdx, rdx, 128
    imul rdx, rdx, -129
    imul rdx, rdx, 2147483647
    imul rdx, rdx, -2147483648
    mov rdx, rbx
    mov edx, ebx
    add rdx, rbx
    add edx, ebx
    or rdx, rbx
    or edx, ebx
    and rdx, rbx
    and edx, ebx
    sub rdx, rbx
    sub edx, ebx
    xor rdx, rbx
    xor edx, ebx
    cmp rdx, rbx
    cmp edx, ebx
    test rdx, rbx
    test edx, ebx
    imul rdx, rbx
    imul rdx, rbx, 0
    imul rdx, rbx, 1
    imul rdx, rbx, -1
    imul rdx, rbx, 127
    imul rdx, rbx, -128
    imul rdx, rbx, 128
    imul rdx, rbx, -129
    imul rdx, rbx, 2147483647
    imul rdx, rbx, -2147483648
    mov rdx, rsp
    mov edx, esp
    add rdx, rsp
    add edx, esp
    or rdx, rsp
    or edx, esp
    and rdx, rsp
    and edx, esp
    sub rdx, rsp
    sub edx, esp
    xor rdx, rsp
    xor edx, esp
    cmp rdx, rsp
    cmp edx, esp
    test rdx, rsp
    test edx, esp
    imul rdx, rsp
    imul rdx, rsp, 0
    imul rdx, rsp, 1
    imul rdx, rsp, -1
    imul rdx, rsp, 127
    imul rdx, rsp, -128
    imul rdx, rsp, 128
    imul rdx, rsp, -129
    imul rdx, rsp, 2147483647
    imul rdx, rsp, -2147483648
    mov rdx, rbp
    mov edx, ebp
    add rdx, rbp
    add edx, ebp
    or rdx, rbp
    or edx, ebp
    and rdx, rbp
    and edx, ebp
    sub rdx, rbp
    sub edx, ebp
    xor rdx, rbp
    xor edx, ebp
    cmp rdx, rbp
    cmp edx, ebp
    test rdx, rbp
    test edx, ebp
    imul rdx, rbp
    imul rdx, rbp, 0
    imul rdx, rbp, 1
    imul rdx, rbp, -1
    imul rdx, rbp, 127
    imul rdx, rbp, -128
    imul rdx, rbp, 128
    imul rdx, rbp, -129
    imul rdx, rbp, 2147483647
    imul rdx, rbp, -2147483648
    mov rdx, rsi
    mov edx, esi
    add rdx, rsi
    add edx, esi
    or rdx, rsi
    or edx, esi
    and rdx, rsi
    and edx, esi
    sub rdx, rsi
    sub edx, esi
    xor rdx, rsi
    xor edx, esi
    cmp rdx, rsi
    cmp edx, esi
    test rdx, rsi
    test edx, esi
    imul rdx, rsi
    imul rdx, rsi, 0
    imul rdx, rsi, 1
    imul rdx, rsi, -1
    imul rdx, rsi, 127
    imul rdx, rsi, -128
    imul rdx, rsi, 128
    imul rdx, rsi, -129
    imul rdx, rsi, 2147483647
    imul rdx, rsi, -2147483648
    mov rdx, rdi
    mov edx, edi
    add rdx, rdi
    add edx, edi
    or rdx, rdi
    or edx, edi
    and rdx, rdi
    and edx, edi
    sub rdx, rdi
    sub edx, edi
    xor rdx, rdi
    xor edx, edi
    cmp rdx, rdi
    cmp edx, edi
    test rdx, rdi
    test edx, edi
    imul rdx, rdi
    imul rdx, rdi, 0
    imul rdx, rdi, 1
    imul rdx, rdi, -1
    imul rdx, rdi, 127
    imul rdx, rdi, -128
    imul rdx, rdi, 128
    imul rdx, rdi, -129
    imul rdx, rdi, 2147483647
    imul rdx, rdi, -2147483648
    mov rdx, r8
    mov edx, r8d
    add rdx, r8
    add edx, r8d
    or rdx, r8
    or edx, r8d
    and rdx, r8
    and edx, r8d
    sub rdx, r8
    sub edx, r8d
    xor rdx, r8
    xor edx, r8d
    cmp rdx, r8
    cmp edx, r8d
    test rdx, r8
    test edx, r8d
    imul rdx, r8
    imul rdx, r8, 0
    imul rdx, r8, 1
    imul rdx, r8, -1
    imul rdx, r8, 127
    imul rdx, r8, -128
    imul rdx, r8, 128
    imul rdx, r8, -129
    imul rdx, r8, 2147483647
    imul rdx, r8, -2147483648
    mov rdx, r9
    mov edx, r9d
    add rdx, r9
    add edx, r9d
    or rdx, r9
    or edx, r9d
    and rdx, r9
    and edx, r9d
    sub rdx, r9
    sub edx, r9d
    xor rdx, r9
    xor edx, r9d
    cmp rdx, r9
    cmp edx, r9d
    test rdx, r9
    test edx, r9d
    imul rdx, r9
    imul rdx, r9, 0
    imul rdx, r9, 1
    imul rdx, r9, -1
    imul rdx, r9, 127
    imul rdx, r9, -128
    imul rdx, r9, 128
    imul rdx, r9, -129
    imul rdx, r9, 2147483647
    imul rdx, r9, -2147483648
    mov rdx, r10
    mov edx, r10d
    add rdx, r10
    add edx, r10d
    or rdx, r10
    or edx, r10d
    and rdx, r10
    and edx, r10d
    sub rdx, r10
    sub edx, r10d
    xor rdx, r10
    xor edx, r10d
    cmp rdx, r10
    cmp edx, r10d
    test rdx, r10
    test edx, r10d
    imul rdx, r10
    imul rdx, r10, 0
    imul rdx, r10, 1
    imul rdx, r10, -1
    imul rdx, r10, 127
    imul rdx, r10, -128
    imul rdx, r10, 128
    imul rdx, r10, -129
    imul rdx, r10, 2147483647
    imul rdx, r10, -2147483648
    mov rdx, r11
    mov edx, r11d
    add rdx, r11
    add edx, r11d
    or rdx, r11
    or edx, r11d
    and rdx, r11
    and edx, r11d
    sub rdx, r11
    sub edx, r11d
    xor rdx, r11
    xor edx, r11d
    cmp rdx, r11
    cmp edx, r11d
    test rdx, r11
    test edx, r11d
    imul rdx, r11
    imul rdx, r11, 0
    imul rdx, r11, 1
    imul rdx, r11, -1
    imul rdx, r11, 127
    imul rdx, r11, -128
    imul rdx, r11, 128
    imul rdx, r11, -129
    imul rdx, r11, 2147483647
    imul rdx, r11, -2147483648
    mov rdx, r12
    mov edx, r12d
    add rdx, r12
    add edx, r12d
    or rdx, r12
    or edx, r12d
    and rdx, r12
    and edx, r12d
    sub rdx, r12
    sub edx, r12d
    xor rdx, r12
    xor edx, r12d
    cmp rdx, r12
    cmp edx, r12d
    test rdx, r12
    test edx, r12d
    imul rdx, r12
    imul rdx, r12, 0
    imul rdx, r12, 1
    imul rdx, r12, -1
    imul rdx, r12, 127
    imul rdx, r12, -128
    imul rdx, r12, 128
    imul rdx, r12, -129
    imul rdx, r12, 2147483647
    imul rdx, r12, -2147483648
    mov rdx, r13
    mov edx, r13d
    add rdx, r13
    add edx, r13d
    or rdx, r13
    or edx, r13d
    and rdx, r13
    and edx, r13d
    sub rdx, r13
    sub edx, r13d
    xor rdx, r13
    xor edx, r13d
    cmp rdx, r13
    cmp edx, r13d
    test rdx, r13
    test edx, r13d
    imul rdx, r13
    imul rdx, r13, 0
    imul rdx, r13, 1
    imul rdx, r13, -1
    imul rdx, r13, 127
    imul rdx, r13, -128
    imul rdx, r13, 128
    imul rdx, r13, -129
    imul rdx, r13, 2147483647
    imul rdx, r13, -2147483648
    mov rdx, r14
    mov edx, r14d
    add rdx, r14
    add edx, r14d
    or rdx, r14
    or edx, r14d
    and rdx, r14
    and edx, r14d
    sub rdx, r14
    sub edx, r14d
    xor rdx, r14
    xor edx, r14d
    cmp rdx, r14
    cmp edx, r14d
    test rdx, r14
    test edx, r14d
    imul rdx, r14
    imul rdx, r14, 0
    imul rdx, r14, 1
    imul rdx, r14, -1
    imul rdx, r14, 127
    imul rdx, r14, -128
    imul rdx, r14, 128
    imul rdx, r14, -129
    imul rdx, r14, 2147483647
    imul rdx, r14, -2147483648
    mov rdx, r15
    mov edx, r15d
    add rdx, r15
    add edx, r15d
    or rdx, r15
    or edx, r15d
    and rdx, r15
    and edx, r15d
    sub rdx, r15
    sub edx, r15d
    xor rdx, r15
    xor edx, r15d
    cmp rdx, r15
    cmp edx, r15d
    test rdx, r15
    test edx, r15d
    imul rdx, r15
    imul rdx, r15, 0
    imul rdx, r15, 1
    imul rdx, r15, -1
    imul rdx, r15, 127
    imul rdx, r15, -128
    imul rdx, r15, 128
    imul rdx, r15, -129
    imul rdx, r15, 2147483647
    imul rdx, r15, -2147483648
    mov rdx, 0
    mov rdx, 1
    mov rdx, -1
    mov rdx, 127
    mov rdx, -128
    mov rdx, 128
    mov rdx, -129
    mov rdx, 2147483647
    mov rdx, -2147483648
    mov rdx, 2147483648
    mov rdx, 4294967295
    mov rdx, 0x100000000
    mov rdx, 0xffffffff7fffffff
    mov rdx, 0x7fffffffffffffff
    mov rdx, 0x8000000000000000
    mov rdx, 0x123456789abcdef0
    mov rdx, strict qword 0
    mov rdx, strict qword 1
    mov rdx, strict qword -1
    mov rdx, strict qword 127
    mov rdx, strict qword -128
    mov rdx, strict qword 128
    mov rdx, strict qword -129
    mov rdx, strict qword 2147483647
    mov rdx, strict qword -2147483648
    mov rdx, strict qword 2147483648
    mov rdx, strict qword 4294967295
    mov rdx, strict qword 0x100000000
    mov rdx, strict qword 0xffffffff7fffffff
    mov rdx, strict qword 0x7fffffffffffffff
    mov rdx, strict qword 0x8000000000000000
    mov rdx, strict qword 0x123456789abcdef0
    mov edx, 0
    mov edx, 1
    mov edx, -1
    mov edx, 127
    mov edx, 2147483647
    mov edx, -2147483648
    mov edx, 2147483648
    mov edx, 4294967295
    add rdx, 0
    add edx, 0
    add rdx, 1
    add edx, 1
    add rdx, -1
    add edx, -1
    add rdx, 127
    add edx, 127
    add rdx, -128
    add edx, -128
    add rdx, 128
    add edx, 128
    add rdx, -129
    add edx, -129
    add rdx, 255
    add edx, 255
    add rdx, 32767
    add edx, 32767
    add rdx, 2147483647
    add edx, 2147483647
    add rdx, -2147483648
    add edx, -2147483648
    add edx, 2147483648
    add edx, 4294967295
    add edx, 4294967168
    or rdx, 0
    or edx, 0
    or rdx, 1
    or edx, 1
    or rdx, -1
    or edx, -1
    or rdx, 127
    or edx, 127
    or rdx, -128
    or edx, -128
    or rdx, 128
    or edx, 128
    or rdx, -129
    or edx, -129
    or rdx, 255
    or edx, 255
    or rdx, 32767
    or edx, 32767
    or rdx, 2147483647
    or edx, 2147483647
    or rdx, -2147483648
    or edx, -2147483648
    or edx, 2147483648
    or edx, 4294967295
    or edx, 4294967168
    and rdx, 0
    and edx, 0
    and rdx, 1
    and edx, 1
    and rdx, -1
    and edx, -1
    and rdx, 127
    and edx, 127
    and rdx, -128
    and edx, -128
    and rdx, 128
    and edx, 128
    and rdx, -129
    and edx, -129
    and rdx, 255
    and edx, 255
    and rdx, 32767
    and edx, 32767
    and rdx, 2147483647
    and edx, 2147483647
    and rdx, -2147483648
    and edx, -2147483648
    and edx, 2147483648
    and edx, 4294967295
    and edx, 4294967168
    sub rdx, 0
    sub edx, 0
    sub rdx, 1
    sub edx, 1
    sub rdx, -1
    sub edx, -1
    sub rdx, 127
    sub edx, 127
    sub rdx, -128
    sub edx, -128
    sub rdx, 128
    sub edx, 128
    sub rdx, -129
    sub edx, -129
    sub rdx, 255
    sub edx, 255
    sub rdx, 32767
    sub edx, 32767
    sub rdx, 2147483647
    sub edx, 2147483647
    sub rdx, -2147483648
    sub edx, -2147483648
    sub edx, 2147483648
    sub edx, 4294967295
    sub edx, 4294967168
    xor rdx, 0
    xor edx, 0
    xor rdx, 1
    xor edx, 1
    xor rdx, -1
    xor edx, -1
    xor rdx, 127
    xor edx, 127
    xor rdx, -128
    xor edx, -128
    xor rdx, 128
    xor edx, 128
    xor rdx, -129
    xor edx, -129
    xor rdx, 255
    xor edx, 255
    xor rdx, 32767
    xor edx, 32767
    xor rdx, 2147483647
    xor edx, 2147483647
    xor rdx, -2147483648
    xor edx, -2147483648
    xor edx, 2147483648
    xor edx, 4294967295
    xor edx, 4294967168
    cmp rdx, 0
    cmp edx, 0
    cmp rdx, 1
    cmp edx, 1
    cmp rdx, -1
    cmp edx, -1
    cmp rdx, 127
    cmp edx, 127
    cmp rdx, -128
    cmp edx, -128
    cmp rdx, 128
    cmp edx, 128
    cmp rdx, -129
    cmp edx, -129
    cmp rdx, 255
    cmp edx, 255
    cmp rdx, 32767
    cmp edx, 32767
    cmp rdx, 2147483647
    cmp edx, 2147483647
    cmp rdx, -2147483648
    cmp edx, -2147483648
    cmp edx, 2147483648
    cmp edx, 4294967295
    cmp edx, 4294967168
    test rdx, 0
    test edx, 0
    test rdx, 1
    test edx, 1
    test rdx, -1
    test edx, -1
    test rdx, 127
    test edx, 127
    test rdx, -128
    test edx, -128
    test rdx, 128
    test edx, 128
    test rdx, -129
    test edx, -129
    test rdx, 255
    test edx, 255
    test rdx, 32767
    test edx, 32767
    test rdx, 2147483647
    test edx, 2147483647
    test rdx, -2147483648
    test edx, -2147483648
    test edx, 2147483648
    test edx, 4294967295
    test edx, 4294967168
    inc rdx
    dec rdx
    neg rdx
    not rdx
    push rdx
    pop rdx
    call rdx
    jmp rdx
    shl rdx, 0
    shl rdx, 1
    shl rdx, 2
    shl rdx, 31
    shl rdx, 32
    shl rdx, 63
    shr rdx, 0
    shr rdx, 1
    shr rdx, 2
    shr rdx, 31
    shr rdx, 32
    shr rdx, 63
    sar rdx, 0
    sar rdx, 1
    sar rdx, 2
    sar rdx, 31
    sar rdx, 32
    sar rdx, 63
    seto dl
    setno dl
    setb dl
    setae dl
    sete dl
    setne dl
    setbe dl
    seta dl
    sets dl
    setns dl
    setp dl
    setnp dl
    setl dl
    setge dl
    setle dl
    setg dl
    mov rbx, rax
    mov ebx, eax
    add rbx, rax
    add ebx, eax
    or rbx, rax
    or ebx, eax
    and rbx, rax
    and ebx, eax
    sub rbx, rax
    sub ebx, eax
    xor rbx, rax
    xor ebx, eax
    cmp rbx, rax
    cmp ebx, eax
    test rbx, rax
    test ebx, eax
    imul rbx, rax
    imul rbx, rax, 0
    imul rbx, rax, 1
    imul rbx, rax, -1
    imul rbx, rax, 127
    imul rbx, rax, -128
    imul rbx, rax, 128
    imul rbx, rax, -129
    imul rbx, rax, 2147483647
    imul rbx, rax, -2147483648
    mov rbx, rcx
    mov ebx, ecx
    add rbx, rcx
    add ebx, ecx
    or rbx, rcx
    or ebx, ecx
    and rbx, rcx
    and ebx, ecx
    sub rbx, rcx
    sub ebx, ecx
    xor rbx, rcx
    xor ebx, ecx
    cmp rbx, rcx
    cmp ebx, ecx
    test rbx, rcx
    test ebx, ecx
    imul rbx, rcx
    imul rbx, rcx, 0
    imul rbx, rcx, 1
    imul rbx, rcx, -1
    imul rbx, rcx, 127
    imul rbx, rcx, -128
    imul rbx, rcx, 128
    imul rbx, rcx, -129
    imul rbx, rcx, 2147483647
    imul rbx, rcx, -2147483648
    mov rbx, rdx
    mov ebx, edx
    add rbx, rdx
    add ebx, edx
    or rbx, rdx
    or ebx, edx
    and rbx, rdx
    and ebx, edx
    sub rbx, rdx
    sub ebx, edx
    xor rbx, rdx
    xor ebx, edx
    cmp rbx, rdx
    cmp ebx, edx
    test rbx, rdx
    test ebx, edx
    imul rbx, rdx
    imul rbx, rdx, 0
    imul rbx, rdx, 1
    imul rbx, rdx, -1
    imul rbx, rdx, 127
    imul rbx, rdx, -128
    imul rbx, rdx, 128
    imul rbx, rdx, -129
    imul rbx, rdx, 2147483647
    imul rbx, rdx, -2147483648
    mov rbx, rbx
    mov ebx, ebx
    add rbx, rbx
    add ebx, ebx
    or rbx, rbx
    or ebx, ebx
    and rbx, rbx
    and ebx, ebx
    sub rbx, rbx
    sub ebx, ebx
    xor rbx, rbx
    xor ebx, ebx
    cmp rbx, rbx
    cmp ebx, ebx
    test rbx, rbx
    test ebx, ebx
    imul rbx, rbx
    imul rbx, rbx, 0
    imul rbx, rbx, 1
    imul rbx, rbx, -1
    imul rbx, rbx, 127
    imul rbx, rbx, -128
    imul rbx, rbx, 128
    imul rbx, rbx, -129
    imul rbx, rbx, 2147483647
    imul rbx, rbx, -2147483648
    mov rbx, rsp
    mov ebx, esp
    add rbx, rsp
    add ebx, esp
    or rbx, rsp
    or ebx, esp
    and rbx, rsp
    and ebx, esp
    sub rbx, rsp
    sub ebx, esp
    xor rbx, rsp
    xor ebx, esp
    cmp rbx, rsp
    cmp ebx, esp
    test rbx, rsp
    test ebx, esp
    imul rbx, rsp
    imul rbx, rsp, 0
    imul rbx, rsp, 1
    imul rbx, rsp, -1
    imul rbx, rsp, 127
    imul rbx, rsp, -128
    imul rbx, rsp, 128
    imul rbx, rsp, -129
    imul rbx, rsp, 2147483647
    imul rbx, rsp, -2147483648
    mov rbx, rbp
    mov ebx, ebp
    add rbx, rbp
    add ebx, ebp
    or rbx, rbp
    or ebx, ebp
    and rbx, rbp
    and ebx, ebp
    sub rbx, rbp
    sub ebx, ebp
    xor rbx, rbp
    xor ebx, ebp
    cmp rbx, rbp
    cmp ebx, ebp
    test rbx, rbp
    test ebx, ebp
    imul rbx, rbp
    imul rbx, rbp, 0
    imul rbx, rbp, 1
    imul rbx, rbp, -1
    imul rbx, rbp, 127
    imul rbx, rbp, -128
    imul rbx, rbp, 128
    imul rbx, rbp, -129
    imul rbx, rbp, 2147483647
    imul rbx, rbp, -2147483648
    mov rbx, rsi
    mov ebx, esi
    add rbx, rsi
    add ebx, esi
    or rbx, rsi
    or ebx, esi
    and rbx, rsi
    and ebx, esi
    sub rbx, rsi
    sub ebx, esi
    xor rbx, rsi
    xor ebx, esi
    cmp rbx, rsi
    cmp ebx, esi
    test rbx, rsi
    test ebx, esi
    imul rbx, rsi
    imul rbx, rsi, 0
    imul rbx, rsi, 1
    imul rbx, rsi, -1
    imul rbx, rsi, 127
    imul rbx, rsi, -128
    imul rbx, rsi, 128
    imul rbx, rsi, -129
    imul rbx, rsi, 2147483647
    imul rbx, rsi, -2147483648
    mov rbx, rdi
    mov ebx, edi
    add rbx, rdi
    add ebx, edi
    or rbx, rdi
    or ebx, edi
    and rbx, rdi
    and ebx, edi
    sub rbx, rdi
    sub ebx, edi
    xor rbx, rdi
    xor ebx, edi
    cmp rbx, rdi
    cmp ebx, edi
    test rbx, rdi
    test ebx, edi
    imul rbx, rdi
    imul rbx, rdi, 0
    imul rbx, rdi, 1
    imul rbx, rdi, -1
    imul rbx, rdi, 127
    imul rbx, rdi, -128
    imul rbx, rdi, 128
    imul rbx, rdi, -129
    imul rbx, rdi, 2147483647
    imul rbx, rdi, -2147483648
    mov rbx, r8
    mov ebx, r8d
    add rbx, r8
    add ebx, r8d
    or rbx, r8
    or ebx, r8d
    and rbx, r8
    and ebx, r8d
    sub rbx, r8
    sub ebx, r8d
    xor rbx, r8
    xor ebx, r8d
    cmp rbx, r8
    cmp ebx, r8d
    test rbx, r8
    test ebx, r8d
    imul rbx, r8
    imul rbx, r8, 0
    imul rbx, r8, 1
    imul rbx, r8, -1
    imul rbx, r8, 127
    imul rbx, r8, -128
    imul rbx, r8, 128
    imul rbx, r8, -129
    imul rbx, r8, 2147483647
    imul rbx, r8, -2147483648
    mov rbx, r9
    mov ebx, r9d
    add rbx, r9
    add ebx, r9d
    or rbx, r9
    or ebx, r9d
    and rbx, r9
    and ebx, r9d
    sub rbx, r9
    sub ebx, r9d
    xor rbx, r9
    xor ebx, r9d
    cmp rbx, r9
    cmp ebx, r9d
    test rbx, r9
    test ebx, r9d
    imul rbx, r9
    imul rbx, r9, 0
    imul rbx, r9, 1
    imul rbx, r9, -1
    imul rbx, r9, 127
    imul rbx, r9, -128
    imul rbx, r9, 128
    imul rbx, r9, -129
    imul rbx, r9, 2147483647
    imul rbx, r9, -2147483648
    mov rbx, r10
    mov ebx, r10d
    add rbx, r10
    add ebx, r10d
    or rbx, r10
    or ebx, r10d
    and rbx, r10
    and ebx, r10d
    sub rbx, r10
    sub ebx, r10d
    xor rbx, r10
    xor ebx, r10d
    cmp rbx, r10
    cmp ebx, r10d
    test rbx, r10
    test ebx, r10d
    imul rbx, r10
    imul rbx, r10, 0
    imul rbx, r10, 1
    imul rbx, r10, -1
    imul rbx, r10, 127
    imul rbx, r10, -128
    imul rbx, r10, 128
    imul rbx, r10, -129
    imul rbx, r10, 2147483647
    imul rbx, r10, -2147483648
    mov rbx, r11
    mov ebx, r11d
    add rbx, r11
    add ebx, r11d
    or rbx, r11
    or ebx, r11d
    and rbx, r11
    and ebx, r11d
    sub rbx, r11
    sub ebx, r11d
    xor rbx, r11
    xor ebx, r11d
    cmp rbx, r11
    cmp ebx, r11d
    test rbx, r11
    test ebx, r11d
    imul rbx, r11
    imul rbx, r11, 0
    imul rbx, r11, 1
    imul rbx, r11, -1
    imul rbx, r11, 127
    imul rbx, r11, -128
    imul rbx, r11, 128
    imul rbx, r11, -129
    imul rbx, r11, 2147483647
    imul rbx, r11, -2147483648
    mov rbx, r12
    mov ebx, r12d
    add rbx, r12
    add ebx, r12d
    or rbx, r12
    or ebx, r12d
    and rbx, r12
    and ebx, r12d
    sub rbx, r12
    sub ebx, r12d
    xor rbx, r12
    xor ebx, r12d
    cmp rbx, r12
    cmp ebx, r12d
    test rbx, r12
    test ebx, r12d
    imul rbx, r12
    imul rbx, r12, 0
    imul rbx, r12, 1
    imul rbx, r12, -1
    imul rbx, r12, 127
    imul rbx, r12, -128
    imul rbx, r12, 128
    imul rbx, r12, -129
    imul rbx, r12, 2147483647
    imul rbx, r12, -2147483648
    mov rbx, r13
    mov ebx, r13d
    add rbx, r13
    add ebx, r13d
    or rbx, r13
    or ebx, r13d
    and rbx, r13
    and ebx, r13d
    sub rbx, r13
    sub ebx, r13d
    xor rbx, r13
    xor ebx, r13d
    cmp rbx, r13
    cmp ebx, r13d
    test rbx, r13
    test ebx, r13d
    imul rbx, r13
    imul rbx, r13, 0
    imul rbx, r13, 1
    imul rbx, r13, -1
    imul rbx, r13, 127
    imul rbx, r13, -128
    imul rbx, r13, 128
    imul rbx, r13, -129
    imul rbx, r13, 2147483647
    imul rbx, r13, -2147483648
    mov rbx, r14
    mov ebx, r14d
    add rbx, r14
    add ebx, r14d
    or rbx, r14
    or ebx, r14d
    and rbx, r14
    and ebx, r14d
    sub rbx, r14
    sub ebx, r14d
    xor rbx, r14
    xor ebx, r14d
    cmp rbx, r14
    cmp ebx, r14d
    test rbx, r14
    test ebx, r14d
    imul rbx, r14
    imul rbx, r14, 0
    imul rbx, r14, 1
    imul rbx, r14, -1
    imul rbx, r14, 127
    imul rbx, r14, -128
    imul rbx, r14, 128
    imul rbx, r14, -129
    imul rbx, r14, 2147483647
    imul rbx, r14, -2147483648
    mov rbx, r15
    mov ebx, r15d
    add rbx, r15
    add ebx, r15d
    or rbx, r15
    or ebx, r15d
    and rbx, r15
    and ebx, r15d
    sub rbx, r15
    sub ebx, r15d
    xor rbx, r15
    xor ebx, r15d
    cmp rbx, r15
    cmp ebx, r15d
    test rbx, r15
    test ebx, r15d
    imul rbx, r15
    imul rbx, r15, 0
    imul rbx, r15, 1
    imul rbx, r15, -1
    imul rbx, r15, 127
    imul rbx, r15, -128
    imul rbx, r15, 128
    imul rbx, r15, -129
    imul rbx, r15, 2147483647
    imul rbx, r15, -2147483648
    mov rbx, 0
    mov rbx, 1
    mov rbx, -1
    mov rbx, 127
    mov rbx, -128
    mov rbx, 128
    mov rbx, -129
    mov rbx, 2147483647
    mov rbx, -2147483648
    mov rbx, 2147483648
    mov rbx, 4294967295
    mov rbx, 0x100000000
    mov rbx, 0xffffffff7fffffff
    mov rbx, 0x7fffffffffffffff
    mov rbx, 0x8000000000000000
    mov rbx, 0x123456789abcdef0
    mov rbx, strict qword 0
    mov rbx, strict qword 1
    mov rbx, strict qword -1
    mov rbx, strict qword 127
    mov rbx, strict qword -128
    mov rbx, strict qword 128
    mov rbx, strict qword -129
    mov rbx, strict qword 2147483647
    mov rbx, strict qword -2147483648
    mov rbx, strict qword 2147483648
    mov rbx, strict qword 4294967295
    mov rbx, strict qword 0x100000000
    mov rbx, strict qword 0xffffffff7fffffff
    mov rbx, strict qword 0x7fffffffffffffff
    mov rbx, strict qword 0x8000000000000000
    mov rbx, strict qword 0x123456789abcdef0
    mov ebx, 0
    mov ebx, 1
    mov ebx, -1
    mov ebx, 127
    mov ebx, 2147483647
    mov ebx, -2147483648
    mov ebx, 2147483648
    mov ebx, 4294967295
    add rbx, 0
    add ebx, 0
    add rbx, 1
    add ebx, 1
    add rbx, -1
    add ebx, -1
    add rbx, 127
    add ebx, 127
    add rbx, -128
    add ebx, -128
    add rbx, 128
    add ebx, 128
    add rbx, -129
    add ebx, -129
    add rbx, 255
    add ebx, 255
    add rbx, 32767
    add ebx, 32767
    add rbx, 2147483647
    add ebx, 2147483647
    add rbx, -2147483648
    add ebx, -2147483648
    add ebx, 2147483648
    add ebx, 4294967295
    add ebx, 4294967168
    or rbx, 0
    or ebx, 0
    or rbx, 1
    or ebx, 1
    or rbx, -1
    or ebx, -1
    or rbx, 127
    or ebx, 127
    or rbx, -128
    or ebx, -128
    or rbx, 128
    or ebx, 128
    or rbx, -129
    or ebx, -129
    or rbx, 255
    or ebx, 255
    or rbx, 32767
    or ebx, 32767
    or rbx, 2147483647
    or ebx, 2147483647
    or rbx, -2147483648
    or ebx, -2147483648
    or ebx, 2147483648
    or ebx, 4294967295
    or ebx, 4294967168
    and rbx, 0
    and ebx, 0
    and rbx, 1
    and ebx, 1
    and rbx, -1
    and ebx, -1
    and rbx, 127
    and ebx, 127
    and rbx, -128
    and ebx, -128
    and rbx, 128
    and ebx, 128
    and rbx, -129
    and ebx, -129
    and rbx, 255
    and ebx, 255
    and rbx, 32767
    and ebx, 32767
    and rbx, 2147483647
    and ebx, 2147483647
    and rbx, -2147483648
    and ebx, -2147483648
    and ebx, 2147483648
    and ebx, 4294967295
    and ebx, 4294967168
    sub rbx, 0
    sub ebx, 0
    sub rbx, 1
    sub ebx, 1
    sub rbx, -1
    sub ebx, -1
    sub rbx, 127
    sub ebx, 127
    sub rbx, -128
    sub ebx, -128
    sub rbx, 128
    sub ebx, 128
    sub rbx, -129
    sub ebx, -129
    sub rbx, 255
    sub ebx, 255
    sub rbx, 32767
    sub ebx, 32767
    sub rbx, 2147483647
    sub ebx, 2147483647
    sub rbx, -2147483648
    sub ebx, -2147483648
    sub ebx, 2147483648
    sub ebx, 4294967295
    sub ebx, 4294967168
    xor rbx, 0
    xor ebx, 0
    xor rbx, 1
    xor ebx, 1
    xor rbx, -1
    xor ebx, -1
    xor rbx, 127
    xor ebx, 127
    xor rbx, -128
    xor ebx, -128
    xor rbx, 128
    xor ebx, 128
    xor rbx, -129
    xor ebx, -129
    xor rbx, 255
    xor ebx, 255
    xor rbx, 32767
    xor ebx, 32767
    xor rbx, 2147483647
    xor ebx, 2147483647
    xor rbx, -2147483648
    xor ebx, -2147483648
    xor ebx, 2147483648
    xor ebx, 4294967295
    xor ebx, 4294967168
    cmp rbx, 0
    cmp ebx, 0
    cmp rbx, 1
    cmp ebx, 1
    cmp rbx, -1
    cmp ebx, -1
    cmp rbx, 127
    cmp ebx, 127
    cmp rbx, -128
    cmp ebx, -128
    cmp rbx, 128
    cmp ebx, 128
    cmp rbx, -129
    cmp ebx, -129
    cmp rbx, 255
    cmp ebx, 255
    cmp rbx, 32767
    cmp ebx, 32767
    cmp rbx, 2147483647
    cmp ebx, 2147483647
    cmp rbx, -2147483648
    cmp ebx, -2147483648
    cmp ebx, 2147483648
    cmp ebx, 4294967295
    cmp ebx, 4294967168
    test rbx, 0
    test ebx, 0
    test rbx, 1
    test ebx, 1
    test rbx, -1
    test ebx, -1
    test rbx, 127
    test ebx, 127
    test rbx, -128
    test ebx, -128
    test rbx, 128
    test ebx, 128
    test rbx, -129
    test ebx, -129
    test rbx, 255
    test ebx, 255
    test rbx, 32767
    test ebx, 32767
    test rbx, 2147483647
    test ebx, 2147483647
    test rbx, -2147483648
    test ebx, -2147483648
    test ebx, 2147483648
    test ebx, 4294967295
    test ebx, 4294967168
    inc rbx
    dec rbx
    neg rbx
    not rbx
    push rbx
    pop rbx
    call rbx
    jmp rbx
    shl rbx, 0
    shl rbx, 1
    shl rbx, 2
    shl rbx, 31
    shl rbx, 32
    shl rbx, 63
    shr rbx, 0
    shr rbx, 1
    shr rbx, 2
    shr rbx, 31
    shr rbx, 32
    shr rbx, 63
    sar rbx, 0
    sar rbx, 1
    sar rbx, 2
    sar rbx, 31
    sar rbx, 32
    sar rbx, 63
    seto bl
    setno bl
    setb bl
    setae bl
    sete bl
    setne bl
    setbe bl
    seta bl
    sets bl
    setns bl
    setp bl
    setnp bl
    setl bl
    setge bl
    setle bl
    setg bl
    mov rsp, rax
    mov esp, eax
    add rsp, rax
    add esp, eax
    or rsp, rax
    or esp, eax
    and rsp, rax
    and esp, eax
    sub rsp, rax
    sub esp, eax
    xor rsp, rax
    xor esp, eax
    cmp rsp, rax
    cmp esp, eax
    test rsp, rax
    test esp, eax
    imul rsp, rax
    imul rsp, rax, 0
    imul rsp, rax, 1
    imul rsp, rax, -1
    imul rsp, rax, 127
    imul rsp, rax, -128
    imul rsp, rax, 128
    imul rsp, rax, -129
    imul rsp, rax, 2147483647
    imul rsp, rax, -2147483648
    mov rsp, rcx
    mov esp, ecx
    add rsp, rcx
    add esp, ecx
    or rsp, rcx
    or esp, ecx
    and rsp, rcx
    and esp, ecx
    sub rsp, rcx
    sub esp, ecx
    xor rsp, rcx
    xor esp, ecx
    cmp rsp, rcx
    cmp esp, ecx
    test rsp, rcx
    test esp, ecx
    imul rsp, rcx
    imul rsp, rcx, 0
    imul rsp, rcx, 1
    imul rsp, rcx, -1
    imul rsp, rcx, 127
    imul rsp, rcx, -128
    imul rsp, rcx, 128
    imul rsp, rcx, -129
    imul rsp, rcx, 2147483647
    imul rsp, rcx, -2147483648
    mov rsp, rdx
    mov esp, edx
    add rsp, rdx
    add esp, edx
    or rsp, rdx
    or esp, edx
    and rsp, rdx
    and esp, edx
    sub rsp, rdx
    sub esp, edx
    xor rsp, rdx
    xor esp, edx
    cmp rsp, rdx
    cmp esp, edx
    test rsp, rdx
    test esp, edx
    imul rsp, rdx
    imul rsp, rdx, 0
    imul rsp, rdx, 1
    imul rsp, rdx, -1
    imul rsp, rdx, 127
    imul rsp, rdx, -128
    imul rsp, rdx, 128
    imul rsp, rdx, -129
    imul rsp, rdx, 2147483647
    imul rsp, rdx, -2147483648
    mov rsp, rbx
    mov esp, ebx
    add rsp, rbx
    add esp, ebx
    or rsp, rbx
    or esp, ebx
    and rsp, rbx
    and esp, ebx
    sub rsp, rbx
    sub esp, ebx
    xor rsp, rbx
    xor esp, ebx
    cmp rsp, rbx
    cmp esp, ebx
    test rsp, rbx
    test esp, ebx
    imul rsp, rbx
    imul rsp, rbx, 0
    imul rsp, rbx, 1
    imul rsp, rbx, -1
    imul rsp, rbx, 127
    imul rsp, rbx, -128
    imul rsp, rbx, 128
    imul rsp, rbx, -129
    imul rsp, rbx, 2147483647
    imul rsp, rbx, -2147483648
    mov rsp, rsp
    mov esp, esp
    add rsp, rsp
    add esp, esp
    or rsp, rsp
    or esp, esp
    and rsp, rsp
    and esp, esp
    sub rsp, rsp
    sub esp, esp
    xor rsp, rsp
    xor esp, esp
    cmp rsp, rsp
    cmp esp, esp
    test rsp, rsp
    test esp, esp
    imul rsp, rsp
    imul rsp, rsp, 0
    imul rsp, rsp, 1
    imul rsp, rsp, -1
    imul rsp, rsp, 127
    imul rsp, rsp, -128
    imul rsp, rsp, 128
    imul rsp, rsp, -129
    imul rsp, rsp, 2147483647
    imul rsp, rsp, -2147483648
    mov rsp, rbp
    mov esp, ebp
    add rsp, rbp
    add esp, ebp
    or rsp, rbp
    or esp, ebp
    and rsp, rbp
    and esp, ebp
    sub rsp, rbp
    sub esp, ebp
    xor rsp, rbp
    xor esp, ebp
    cmp rsp, rbp
    cmp esp, ebp
    test rsp, rbp
    test esp, ebp
    imul rsp, rbp
    imul rsp, rbp, 0
    imul rsp, rbp, 1
    imul rsp, rbp, -1
    imul rsp, rbp, 127
    imul rsp, rbp, -128
    imul rsp, rbp, 128
    imul rsp, rbp, -129
    imul rsp, rbp, 2147483647
    imul rsp, rbp, -2147483648
    mov rsp, rsi
    mov esp, esi
    add rsp, rsi
    add esp, esi
    or rsp, rsi
    or esp, esi
    and rsp, rsi
    and esp, esi
    sub rsp, rsi
    sub esp, esi
    xor rsp, rsi
    xor esp, esi
    cmp rsp, rsi
    cmp esp, esi
    test rsp, rsi
    test esp, esi
    imul rsp, rsi
    imul rsp, rsi, 0
    imul rsp, rsi, 1
    imul rsp, rsi, -1
    imul rsp, rsi, 127
    imul rsp, rsi, -128
    imul rsp, rsi, 128
    imul rsp, rsi, -129
    imul rsp, rsi, 2147483647
    imul rsp, rsi, -2147483648
    mov rsp, rdi
    mov esp, edi
    add rsp, rdi
    add esp, edi
    or rsp, rdi
    or esp, edi
    and rsp, rdi
    and esp, edi
    sub rsp, rdi
    sub esp, edi
    xor rsp, rdi
    xor esp, edi
    cmp rsp, rdi
    cmp esp, edi
    test rsp, rdi
    test esp, edi
    imul rsp, rdi
    imul rsp, rdi, 0
    imul rsp, rdi, 1
    imul rsp, rdi, -1
    imul rsp, rdi, 127
    imul rsp, rdi, -128
    imul rsp, rdi, 128
    imul rsp, rdi, -129
    imul rsp, rdi, 2147483647
    imul rsp, rdi, -2147483648
    mov rsp, r8
    mov esp, r8d
    add rsp, r8
    add esp, r8d
    or rsp, r8
    or esp, r8d
    and rsp, r8
    and esp, r8d
    sub rsp, r8
    sub esp, r8d
    xor rsp, r8
    xor esp, r8d
    cmp rsp, r8
    cmp esp, r8d
    test rsp, r8
    test esp, r8d
    imul rsp, r8
    imul rsp, r8, 0
    imul rsp, r8, 1
    imul rsp, r8, -1
    imul rsp, r8, 127
    imul rsp, r8, -128
    imul rsp, r8, 128
    imul rsp, r8, -129
    imul rsp, r8, 2147483647
    imul rsp, r8, -2147483648
    mov rsp, r9
    mov esp, r9d
    add rsp, r9
    add esp, r9d
    or rsp, r9
    or esp, r9d
    and rsp, r9
    and esp, r9d
    sub rsp, r9
    sub esp, r9d
    xor rsp, r9
    xor esp, r9d
    cmp rsp, r9
    cmp esp, r9d
    test rsp, r9
    test esp, r9d
    imul rsp, r9
    imul rsp, r9, 0
    imul rsp, r9, 1
    imul rsp, r9, -1
    imul rsp, r9, 127
    imul rsp, r9, -128
    imul rsp, r9, 128
    imul rsp, r9, -129
    imul rsp, r9, 2147483647
    imul rsp, r9, -2147483648
    mov rsp, r10
    mov esp, r10d
    add rsp, r10
    add esp, r10d
    or rsp, r10
    or esp, r10d
    and rsp, r10
    and esp, r10d
    sub rsp, r10
    sub esp, r10d
    xor rsp, r10
    xor esp, r10d
    cmp rsp, r10
    cmp esp, r10d
    test rsp, r10
    test esp, r10d
    imul rsp, r10
    imul rsp, r10, 0
    imul rsp, r10, 1
    imul rsp, r10, -1
    imul rsp, r10, 127
    imul rsp, r10, -128
    imul rsp, r10, 128
    imul rsp, r10, -129
    imul rsp, r10, 2147483647
    imul rsp, r10, -2147483648
    mov rsp, r11
    mov esp, r11d
    add rsp, r11
    add esp, r11d
    or rsp, r11
    or esp, r11d
    and rsp, r11
    and esp, r11d
    sub rsp, r11
    sub esp, r11d
    xor rsp, r11
    xor esp, r11d
    cmp rsp, r11
    cmp esp, r11d
    test rsp, r11
    test esp, r11d
    imul rsp, r11
    imul rsp, r11, 0
    imul rsp, r11, 1
    imul rsp, r11, -1
    imul rsp, r11, 127
    imul rsp, r11, -128
    imul rsp, r11, 128
    imul rsp, r11, -129
    imul rsp, r11, 2147483647
    imul rsp, r11, -2147483648
    mov rsp, r12
    mov esp, r12d
    add rsp, r12
    add esp, r12d
    or rsp, r12
    or esp, r12d
    and rsp, r12
    and esp, r12d
    sub rsp, r12
    sub esp, r12d
    xor rsp, r12
    xor esp, r12d
    cmp rsp, r12
    cmp esp, r12d
    test rsp, r12
    test esp, r12d
    imul rsp, r12
    imul rsp, r12, 0
    imul rsp, r12, 1
    imul rsp, r12, -1
    imul rsp, r12, 127
    imul rsp, r12, -128
    imul rsp, r12, 128
    imul rsp, r12, -129
    imul rsp, r12, 2147483647
    imul rsp, r12, -2147483648
    mov rsp, r13
    mov esp, r13d
    add rsp, r13
    add esp, r13d
    or rsp, r13
    or esp, r13d
    and rsp, r13
    and esp, r13d
    sub rsp, r13
    sub esp, r13d
    xor rsp, r13
    xor esp, r13d
    cmp rsp, r13
    cmp esp, r13d
    test rsp, r13
    test esp, r13d
    imul rsp, r13
    imul rsp, r13, 0
    imul rsp, r13, 1
    imul rsp, r13, -1
    imul rsp, r13, 127
    imul rsp, r13, -128
    imul rsp, r13, 128
    imul rsp, r13, -129
    imul rsp, r13, 2147483647
    imul rsp, r13, -2147483648
    mov rsp, r14
    mov esp, r14d
    add rsp, r14
    add esp, r14d
    or rsp, r14
    or esp, r14d
    and rsp, r14
    and esp, r14d
    sub rsp, r14
    sub esp, r14d
    xor rsp, r14
    xor esp, r14d
    cmp rsp, r14
    cmp esp, r14d
    test rsp, r14
    test esp, r14d
    imul rsp, r14
    imul rsp, r14, 0
    imul rsp, r14, 1
    imul rsp, r14, -1
    imul rsp, r14, 127
    imul rsp, r14, -128
    imul rsp, r14, 128
    imul rsp, r14, -129
    imul rsp, r14, 2147483647
    imul rsp, r14, -2147483648
    mov rsp, r15
    mov esp, r15d
    add rsp, r15
    add esp, r15d
    or rsp, r15
    or esp, r15d
    and rsp, r15
    and esp, r15d
    sub rsp, r15
    sub esp, r15d
    xor rsp, r15
    xor esp, r15d
    cmp rsp, r15
    cmp esp, r15d
    test rsp, r15
    test esp, r15d
    imul rsp, r15
    imul rsp, r15, 0
    imul rsp, r15, 1
    imul rsp, r15, -1
    imul rsp, r15, 127
    imul rsp, r15, -128
    imul rsp, r15, 128
    imul rsp, r15, -129
    imul rsp, r15, 2147483647
    imul rsp, r15, -2147483648
    mov rsp, 0
    mov rsp, 1
    mov rsp, -1
    mov rsp, 127
    mov rsp, -128
    mov rsp, 128
    mov rsp, -129
    mov rsp, 2147483647
    mov rsp, -2147483648
    mov rsp, 2147483648
    mov rsp, 4294967295
    mov rsp, 0x100000000
    mov rsp, 0xffffffff7fffffff
    mov rsp, 0x7fffffffffffffff
    mov rsp, 0x8000000000000000
    mov rsp, 0x123456789abcdef0
    mov rsp, strict qword 0
    mov rsp, strict qword 1
    mov rsp, strict qword -1
    mov rsp, strict qword 127
    mov rsp, strict qword -128
    mov rsp, strict qword 128
    mov rsp, strict qword -129
    mov rsp, strict qword 2147483647
    mov rsp, strict qword -2147483648
    mov rsp, strict qword 2147483648
    mov rsp, strict qword 4294967295
    mov rsp, strict qword 0x100000000
    mov rsp, strict qword 0xffffffff7fffffff
    mov rsp, strict qword 0x7fffffffffffffff
    mov rsp, strict qword 0x8000000000000000
    mov rsp, strict qword 0x123456789abcdef0
    mov esp, 0
    mov esp, 1
    mov esp, -1
    mov esp, 127
    mov esp, 2147483647
    mov esp, -2147483648
    mov esp, 2147483648
    mov esp, 4294967295
    add rsp, 0
    add esp, 0
    add rsp, 1
    add esp, 1
    add rsp, -1
    add esp, -1
    add rsp, 127
    add esp, 127
    add rsp, -128
    add esp, -128
    add rsp, 128
    add esp, 128
    add rsp, -129
    add esp, -129
    add rsp, 255
    add esp, 255
    add rsp, 32767
    add esp, 32767
    add rsp, 2147483647
    add esp, 2147483647
    add rsp, -2147483648
    add esp, -2147483648
    add esp, 2147483648
    add esp, 4294967295
    add esp, 4294967168
    or rsp, 0
    or esp, 0
    or rsp, 1
    or esp, 1
    or rsp, -1
    or esp, -1
    or rsp, 127
    or esp, 127
    or rsp, -128
    or esp, -128
    or rsp, 128
    or esp, 128
    or rsp, -129
    or esp, -129
    or rsp, 255
    or esp, 255
    or rsp, 32767
    or esp, 32767
    or rsp, 2147483647
    or esp, 2147483647
    or rsp, -2147483648
    or esp, -2147483648
    or esp, 2147483648
    or esp, 4294967295
    or esp, 4294967168
    and rsp, 0
    and esp, 0
    and rsp, 1
    and esp, 1
    and rsp, -1
    and esp, -1
    and rsp, 127
    and esp, 127
    and rsp, -128
    and esp, -128
    and rsp, 128
    and esp, 128
    and rsp, -129
    and esp, -129
    and rsp, 255
    and esp, 255
    and rsp, 32767
    and esp, 32767
    and rsp, 2147483647
    and esp, 2147483647
    and rsp, -2147483648
    and esp, -2147483648
    and esp, 2147483648
    and esp, 4294967295
    and esp, 4294967168
    sub rsp, 0
    sub esp, 0
    sub rsp, 1
    sub esp, 1
    sub rsp, -1
    sub esp, -1
    sub rsp, 127
    sub esp, 127
    sub rsp, -128
    sub esp, -128
    sub rsp, 128
    sub esp, 128
    sub rsp, -129
    sub esp, -129
    sub rsp, 255
    sub esp, 255
    sub rsp, 32767
    sub esp, 32767
    sub rsp, 2147483647
    sub esp, 2147483647
    sub rsp, -2147483648
    sub esp, -2147483648
    sub esp, 2147483648
    sub esp, 4294967295
    sub esp, 4294967168
    xor rsp, 0
    xor esp, 0
    xor rsp, 1
    xor esp, 1
    xor rsp, -1
    xor esp, -1
    xor rsp, 127
    xor esp, 127
    xor rsp, -128
    xor esp, -128
    xor rsp, 128
    xor esp, 128
    xor rsp, -129
    xor esp, -129
    xor rsp, 255
    xor esp, 255
    xor rsp, 32767
    xor esp, 32767
    xor rsp, 2147483647
    xor esp, 2147483647
    xor rsp, -2147483648
    xor esp, -2147483648
    xor esp, 2147483648
    xor esp, 4294967295
    xor esp, 4294967168
    cmp rsp, 0
    cmp esp, 0
    cmp rsp, 1
    cmp esp, 1
    cmp rsp, -1
    cmp esp, -1
    cmp rsp, 127
    cmp esp, 127
    cmp rsp, -128
    cmp esp, -128
    cmp rsp, 128
    cmp esp, 128
    cmp rsp, -129
    cmp esp, -129
    cmp rsp, 255
    cmp esp, 255
    cmp rsp, 32767
    cmp esp, 32767
    cmp rsp, 2147483647
    cmp esp, 2147483647
    cmp rsp, -2147483648
    cmp esp, -2147483648
    cmp esp, 2147483648
    cmp esp, 4294967295
    cmp esp, 4294967168
    test rsp, 0
    test esp, 0
    test rsp, 1
    test esp, 1
    test rsp, -1
    test esp, -1
    test rsp, 127
    test esp, 127
    test rsp, -128
    test esp, -128
    test rsp, 128
    test esp, 128
    test rsp, -129
    test esp, -129
    test rsp, 255
    test esp, 255
    test rsp, 32767
    test esp, 32767
    test rsp, 2147483647
    test esp, 2147483647
    test rsp, -2147483648
    test esp, -2147483648
    test esp, 2147483648
    test esp, 4294967295
    test esp, 4294967168
    inc rsp
    dec rsp
    neg rsp
    not rsp
    push rsp
    pop rsp
    call rsp
    jmp rsp
    shl rsp, 0
    shl rsp, 1
    shl rsp, 2
    shl rsp, 31
    shl rsp, 32
    shl rsp, 63
    shr rsp, 0
    shr rsp, 1
    shr rsp, 2
    shr rsp, 31
    shr rsp, 32
    shr rsp, 63
    sar rsp, 0
    sar rsp, 1
    sar rsp, 2
    sar rsp, 31
    sar rsp, 32
    sar rsp, 63
    seto spl
    setno spl
    setb spl
    setae spl
    sete spl
    setne spl
    setbe spl
    seta spl
    sets spl
    setns spl
    setp spl
    setnp spl
    setl spl
    setge spl
    setle spl
    setg spl
    mov rbp, rax
    mov ebp, eax
    add rbp, rax
    add ebp, eax
    or rbp, rax
    or ebp, eax
    and rbp, rax
    and ebp, eax
    sub rbp, rax
    sub ebp, eax
    xor rbp, rax
    xor ebp, eax
    cmp rbp, rax
    cmp ebp, eax
    test rbp, rax
    test ebp, eax
    imul rbp, rax
    imul rbp, rax, 0
    imul rbp, rax, 1
    imul rbp, rax, -1
    imul rbp, rax, 127
    imul rbp, rax, -128
    imul rbp, rax, 128
    imul rbp, rax, -129
    imul rbp, rax, 2147483647
    imul rbp, rax, -2147483648
    mov rbp, rcx
    mov ebp, ecx
    add rbp, rcx
    add ebp, ecx
    or rbp, rcx
    or ebp, ecx
    and rbp, rcx
    and ebp, ecx
    sub rbp, rcx
    sub ebp, ecx
    xor rbp, rcx
    xor ebp, ecx
    cmp rbp, rcx
    cmp ebp, ecx
    test rbp, rcx
    test ebp, ecx
    imul rbp, rcx
    imul rbp, rcx, 0
    imul rbp, rcx, 1
    imul rbp, rcx, -1
    imul rbp, rcx, 127
    imul rbp, rcx, -128
    imul rbp, rcx, 128
    imul rbp, rcx, -129
    imul rbp, rcx, 2147483647
    imul rbp, rcx, -2147483648
    mov rbp, rdx
    mov ebp, edx
    add rbp, rdx
    add ebp, edx
    or rbp, rdx
    or ebp, edx
    and rbp, rdx
    and ebp, edx
    sub rbp, rdx
    sub ebp, edx
    xor rbp, rdx
    xor ebp, edx
    cmp rbp, rdx
    cmp ebp, edx
    test rbp, rdx
    test ebp, edx
    imul rbp, rdx
    imul rbp, rdx, 0
    imul rbp, rdx, 1
    imul rbp, rdx, -1
    imul rbp, rdx, 127
    imul rbp, rdx, -128
    imul rbp, rdx, 128
    imul rbp, rdx, -129
    imul rbp, rdx, 2147483647
    imul rbp, rdx, -2147483648
    mov rbp, rbx
    mov ebp, ebx
    add rbp, rbx
    add ebp, ebx
    or rbp, rbx
    or ebp, ebx
    and rbp, rbx
    and ebp, ebx
    sub rbp, rbx
    sub ebp, ebx
    xor rbp, rbx
    xor ebp, ebx
    cmp rbp, rbx
    cmp ebp, ebx
    test rbp, rbx
    test ebp, ebx
    imul rbp, rbx
    imul rbp, rbx, 0
    imul rbp, rbx, 1
    imul rbp, rbx, -1
    imul rbp, rbx, 127
    imul rbp, rbx, -128
    imul rbp, rbx, 128
    imul rbp, rbx, -129
    imul rbp, rbx, 2147483647
    imul rbp, rbx, -2147483648
    mov rbp, rsp
    mov ebp, esp
    add rbp, rsp
    add ebp, esp
    or rbp, rsp
    or ebp, esp
    and rbp, rsp
    and ebp, esp
    sub rbp, rsp
    sub ebp, esp
    xor rbp, rsp
    xor ebp, esp
    cmp rbp, rsp
    cmp ebp, esp
    test rbp, rsp
    test ebp, esp
    imul rbp, rsp
    imul rbp, rsp, 0
    imul rbp, rsp, 1
    imul rbp, rsp, -1
    imul rbp, rsp, 127
    imul rbp, rsp, -128
    imul rbp, rsp, 128
    imul rbp, rsp, -129
    imul rbp, rsp, 2147483647
    imul rbp, rsp, -2147483648
    mov rbp, rbp
    mov ebp, ebp
    add rbp, rbp
    add ebp, ebp
    or rbp, rbp
    or ebp, ebp
    and rbp, rbp
    and ebp, ebp
    sub rbp, rbp
    sub ebp, ebp
    xor rbp, rbp
    xor ebp, ebp
    cmp rbp, rbp
    cmp ebp, ebp
    test rbp, rbp
    test ebp, ebp
    imul rbp, rbp
    imul rbp, rbp, 0
    imul rbp, rbp, 1
    imul rbp, rbp, -1
    imul rbp, rbp, 127
    imul rbp, rbp, -128
    imul rbp, rbp, 128
    imul rbp, rbp, -129
    imul rbp, rbp, 2147483647
    imul rbp, rbp, -2147483648
    mov rbp, rsi
    mov ebp, esi
    add rbp, rsi
    add ebp, esi
    or rbp, rsi
    or ebp, esi
    and rbp, rsi
    and ebp, esi
    sub rbp, rsi
    sub ebp, esi
    xor rbp, rsi
    xor ebp, esi
    cmp rbp, rsi
    cmp ebp, esi
    test rbp, rsi
    test ebp, esi
    imul rbp, rsi
    imul rbp, rsi, 0
    imul rbp, rsi, 1
    imul rbp, rsi, -1
    imul rbp, rsi, 127
    imul rbp, rsi, -128
    imul rbp, rsi, 128
    imul rbp, rsi, -129
    imul rbp, rsi, 2147483647
    imul rbp, rsi, -2147483648
    mov rbp, rdi
    mov ebp, edi
    add rbp, rdi
    add ebp, edi
    or rbp, rdi
    or ebp, edi
    and rbp, rdi
    and ebp, edi
    sub rbp, rdi
    sub ebp, edi
    xor rbp, rdi
    xor ebp, edi
    cmp rbp, rdi
    cmp ebp, edi
    test rbp, rdi
    test ebp, edi
    imul rbp, rdi
    imul rbp, rdi, 0
    imul rbp, rdi, 1
    imul rbp, rdi, -1
    imul rbp, rdi, 127
    imul rbp, rdi, -128
    imul rbp, rdi, 128
    imul rbp, rdi, -129
    imul rbp, rdi, 2147483647
    imul rbp, rdi, -2147483648
    mov rbp, r8
    mov ebp, r8d
    add rbp, r8
    add ebp, r8d
    or rbp, r8
    or ebp, r8d
    and rbp, r8
    and ebp, r8d
    sub rbp, r8
    sub ebp, r8d
    xor rbp, r8
    xor ebp, r8d
    cmp rbp, r8
    cmp ebp, r8d
    test rbp, r8
    test ebp, r8d
    imul rbp, r8
    imul rbp, r8, 0
    imul rbp, r8, 1
    imul rbp, r8, -1
    imul rbp, r8, 127
    imul rbp, r8, -128
    imul rbp, r8, 128
    imul rbp, r8, -129
    imul rbp, r8, 2147483647
    imul rbp, r8, -2147483648
    mov rbp, r9
    mov ebp, r9d
    add rbp, r9
    add ebp, r9d
    or rbp, r9
    or ebp, r9d
    and rbp, r9
    and ebp, r9d
    sub rbp, r9
    sub ebp, r9d
    xor rbp, r9
    xor ebp, r9d
    cmp rbp, r9
    cmp ebp, r9d
    test rbp, r9
    test ebp, r9d
    imul rbp, r9
    imul rbp, r9, 0
    imul rbp, r9, 1
    imul rbp, r9, -1
    imul rbp, r9, 127
    imul rbp, r9, -128
    imul rbp, r9, 128
    imul rbp, r9, -129
    imul rbp, r9, 2147483647
    imul rbp, r9, -2147483648
    mov rbp, r10
    mov ebp, r10d
    add rbp, r10
    add ebp, r10d
    or rbp, r10
    or ebp, r10d
    and rbp, r10
    and ebp, r10d
    sub rbp, r10
    sub ebp, r10d
    xor rbp, r10
    xor ebp, r10d
    cmp rbp, r10
    cmp ebp, r10d
    test rbp, r10
    test ebp, r10d
    imul rbp, r10
    imul rbp, r10, 0
    imul rbp, r10, 1
    imul rbp, r10, -1
    imul rbp, r10, 127
    imul rbp, r10, -128
    imul rbp, r10, 128
    imul rbp, r10, -129
    imul rbp, r10, 2147483647
    imul rbp, r10, -2147483648
    mov rbp, r11
    mov ebp, r11d
    add rbp, r11
    add ebp, r11d
    or rbp, r11
    or ebp, r11d
    and rbp, r11
    and ebp, r11d
    sub rbp, r11
    sub ebp, r11d
    xor rbp, r11
    xor ebp, r11d
    cmp rbp, r11
    cmp ebp, r11d
    test rbp, r11
    test ebp, r11d
    imul rbp, r11
    imul rbp, r11, 0
    imul rbp, r11, 1
    imul rbp, r11, -1
    imul rbp, r11, 127
    imul rbp, r11, -128
    imul rbp, r11, 128
    imul rbp, r11, -129
    imul rbp, r11, 2147483647
    imul rbp, r11, -2147483648
    mov rbp, r12
    mov ebp, r12d
    add rbp, r12
    add ebp, r12d
    or rbp, r12
    or ebp, r12d
    and rbp, r12
    and ebp, r12d
    sub rbp, r12
    sub ebp, r12d
    xor rbp, r12
    xor ebp, r12d
    cmp rbp, r12
    cmp ebp, r12d
    test rbp, r12
    test ebp, r12d
    imul rbp, r12
    imul rbp, r12, 0
    imul rbp, r12, 1
    imul rbp, r12, -1
    imul rbp, r12, 127
    imul rbp, r12, -128
    imul rbp, r12, 128
    imul rbp, r12, -129
    imul rbp, r12, 2147483647
    imul rbp, r12, -2147483648
    mov rbp, r13
    mov ebp, r13d
    add rbp, r13
    add ebp, r13d
    or rbp, r13
    or ebp, r13d
    and rbp, r13
    and ebp, r13d
    sub rbp, r13
    sub ebp, r13d
    xor rbp, r13
    xor ebp, r13d
    cmp rbp, r13
    cmp ebp, r13d
    test rbp, r13
    test ebp, r13d
    imul rbp, r13
    imul rbp, r13, 0
    imul rbp, r13, 1
    imul rbp, r13, -1
    imul rbp, r13, 127
    imul rbp, r13, -128
    imul rbp, r13, 128
    imul rbp, r13, -129
    imul rbp, r13, 2147483647
    imul rbp, r13, -2147483648
    mov rbp, r14
    mov ebp, r14d
    add rbp, r14
    add ebp, r14d
    or rbp, r14
    or ebp, r14d
    and rbp, r14
    and ebp, r14d
    sub rbp, r14
    sub ebp, r14d
    xor rbp, r14
    xor ebp, r14d
    cmp rbp, r14
    cmp ebp, r14d
    test rbp, r14
    test ebp, r14d
    imul rbp, r14
    imul rbp, r14, 0
    imul rbp, r14, 1
    imul rbp, r14, -1
    imul rbp, r14, 127
    imul rbp, r14, -128
    imul rbp, r14, 128
    imul rbp, r14, -129
    imul rbp, r14, 2147483647
    imul rbp, r14, -2147483648
    mov rbp, r15
    mov ebp, r15d
    add rbp, r15
    add ebp, r15d
    or rbp, r15
    or ebp, r15d
    and rbp, r15
    and ebp, r15d
    sub rbp, r15
    sub ebp, r15d
    xor rbp, r15
    xor ebp, r15d
    cmp rbp, r15
    cmp ebp, r15d
    test rbp, r15
    test ebp, r15d
    imul rbp, r15
    imul rbp, r15, 0
    imul rbp, r15, 1
    imul rbp, r15, -1
    imul rbp, r15, 127
    imul rbp, r15, -128
    imul rbp, r15, 128
    imul rbp, r15, -129
    imul rbp, r15, 2147483647
    imul rbp, r15, -2147483648
    mov rbp, 0
    mov rbp, 1
    mov rbp, -1
    mov rbp, 127
    mov rbp, -128
    mov rbp, 128
    mov rbp, -129
    mov rbp, 2147483647
    mov rbp, -2147483648
    mov rbp, 2147483648
    mov rbp, 4294967295
    mov rbp, 0x100000000
    mov rbp, 0xffffffff7fffffff
    mov rbp, 0x7fffffffffffffff
    mov rbp, 0x8000000000000000
    mov rbp, 0x123456789abcdef0
    mov rbp, strict qword 0
    mov rbp, strict qword 1
    mov rbp, strict qword -1
    mov rbp, strict qword 127
    mov rbp, strict qword -128
    mov rbp, strict qword 128
    mov rbp, strict qword -129
    mov rbp, strict qword 2147483647
    mov rbp, strict qword -2147483648
    mov rbp, strict qword 2147483648
    mov rbp, strict qword 4294967295
    mov rbp, strict qword 0x100000000
    mov rbp, strict qword 0xffffffff7fffffff
    mov rbp, strict qword 0x7fffffffffffffff
    mov rbp, strict qword 0x8000000000000000
    mov rbp, strict qword 0x123456789abcdef0
    mov ebp, 0
    mov ebp, 1
    mov ebp, -1
    mov ebp, 127
    mov ebp, 2147483647
    mov ebp, -2147483648
    mov ebp, 2147483648
    mov ebp, 4294967295
    add rbp, 0
    add ebp, 0
    add rbp, 1
    add ebp, 1
    add rbp, -1
    add ebp, -1
    add rbp, 127
    add ebp, 127
    add rbp, -128
    add ebp, -128
    add rbp, 128
    add ebp, 128
    add rbp, -129
    add ebp, -129
    add rbp, 255
    add ebp, 255
    add rbp, 32767
    add ebp, 32767
    add rbp, 2147483647
    add ebp, 2147483647
    add rbp, -2147483648
    add ebp, -2147483648
    add ebp, 2147483648
    add ebp, 4294967295
    add ebp, 4294967168
    or rbp, 0
    or ebp, 0
    or rbp, 1
    or ebp, 1
    or rbp, -1
    or ebp, -1
    or rbp, 127
    or ebp, 127
    or rbp, -128
    or ebp, -128
    or rbp, 128
    or ebp, 128
    or rbp, -129
    or ebp, -129
    or rbp, 255
    or ebp, 255
    or rbp, 32767
    or ebp, 32767
    or rbp, 2147483647
    or ebp, 2147483647
    or rbp, -2147483648
    or ebp, -2147483648
    or ebp, 2147483648
    or ebp, 4294967295
    or ebp, 4294967168
    and rbp, 0
    and ebp, 0
    and rbp, 1
    and ebp, 1
    and rbp, -1
    and ebp, -1
    and rbp, 127
    and ebp, 127
    and rbp, -128
    and ebp, -128
    and rbp, 128
    and ebp, 128
    and rbp, -129
    and ebp, -129
    and rbp, 255
    and ebp, 255
    and rbp, 32767
    and ebp, 32767
    and rbp, 2147483647
    and ebp, 2147483647
    and rbp, -2147483648
    and ebp, -2147483648
    and ebp, 2147483648
    and ebp, 4294967295
    and ebp, 4294967168
    sub rbp, 0
    sub ebp, 0
    sub rbp, 1
    sub ebp, 1
    sub rbp, -1
    sub ebp, -1
    sub rbp, 127
    sub ebp, 127
    sub rbp, -128
    sub ebp, -128
    sub rbp, 128
    sub ebp, 128
    sub rbp, -129
    sub ebp, -129
    sub rbp, 255
    sub ebp, 255
    sub rbp, 32767
    sub ebp, 32767
    sub rbp, 2147483647
    sub ebp, 2147483647
    sub rbp, -2147483648
    sub ebp, -2147483648
    sub ebp, 2147483648
    sub ebp, 4294967295
    sub ebp, 4294967168
    xor rbp, 0
    xor ebp, 0
    xor rbp, 1
    xor ebp, 1
    xor rbp, -1
    xor ebp, -1
    xor rbp, 127
    xor ebp, 127
    xor rbp, -128
    xor ebp, -128
    xor rbp, 128
    xor ebp, 128
    xor rbp, -129
    xor ebp, -129
    xor rbp, 255
    xor ebp, 255
    xor rbp, 32767
    xor ebp, 32767
    xor rbp, 2147483647
    xor ebp, 2147483647
    xor rbp, -2147483648
    xor ebp, -2147483648
    xor ebp, 2147483648
    xor ebp, 4294967295
    xor ebp, 4294967168
    cmp rbp, 0
    cmp ebp, 0
    cmp rbp, 1
    cmp ebp, 1
    cmp rbp, -1
    cmp ebp, -1
    cmp rbp, 127
    cmp ebp, 127
    cmp rbp, -128
    cmp ebp, -128
    cmp rbp, 128
    cmp ebp, 128
    cmp rbp, -129
    cmp ebp, -129
    cmp rbp, 255
    cmp ebp, 255
    cmp rbp, 32767
    cmp ebp, 32767
    cmp rbp, 2147483647
    cmp ebp, 2147483647
    cmp rbp, -2147483648
    cmp ebp, -2147483648
    cmp ebp, 2147483648
    cmp ebp, 4294967295
    cmp ebp, 4294967168
    test rbp, 0
    test ebp, 0
    test rbp, 1
    test ebp, 1
    test rbp, -1
    test ebp, -1
    test rbp, 127
    test ebp, 127
    test rbp, -128
    test ebp, -128
    test rbp, 128
    test ebp, 128
    test rbp, -129
    test ebp, -129
    test rbp, 255
    test ebp, 255
    test rbp, 32767
    test ebp, 32767
    test rbp, 2147483647
    test ebp, 2147483647
    test rbp, -2147483648
    test ebp, -2147483648
    test ebp, 2147483648
    test ebp, 4294967295
    test ebp, 4294967168
    inc rbp
    dec rbp
    neg rbp
    not rbp
    push rbp
    pop rbp
    call rbp
    jmp rbp
    shl rbp, 0
    shl rbp, 1
    shl rbp, 2
    shl rbp, 31
    shl rbp, 32
    shl rbp, 63
    shr rbp, 0
    shr rbp, 1
    shr rbp, 2
    shr rbp, 31
    shr rbp, 32
    shr rbp, 63
    sar rbp, 0
    sar rbp, 1
    sar rbp, 2
    sar rbp, 31
    sar rbp, 32
    sar rbp, 63
    seto bpl
    setno bpl
    setb bpl
    setae bpl
    sete bpl
    setne bpl
    setbe bpl
    seta bpl
    sets bpl
    setns bpl
    setp bpl
    setnp bpl
    setl bpl
    setge bpl
    setle bpl
    setg bpl
    mov rsi, rax
    mov esi, eax
    add rsi, rax
    add esi, eax
    or rsi, rax
    or esi, eax
    and rsi, rax
    and esi, eax
    sub rsi, rax
    sub esi, eax
    xor rsi, rax
    xor esi, eax
    cmp rsi, rax
    cmp esi, eax
    test rsi, rax
    test esi, eax
    imul rsi, rax
    imul rsi, rax, 0
    imul rsi, rax, 1
    imul rsi, rax, -1
    imul rsi, rax, 127
    imul rsi, rax, -128
    imul rsi, rax, 128
    imul rsi, rax, -129
    imul rsi, rax, 2147483647
    imul rsi, rax, -2147483648
    mov rsi, rcx
    mov esi, ecx
    add rsi, rcx
    add esi, ecx
    or rsi, rcx
    or esi, ecx
    and rsi, rcx
    and esi, ecx
    sub rsi, rcx
    sub esi, ecx
    xor rsi, rcx
    xor esi, ecx
    cmp rsi, rcx
    cmp esi, ecx
    test rsi, rcx
    test esi, ecx
    imul rsi, rcx
    imul rsi, rcx, 0
    imul rsi, rcx, 1
    imul rsi, rcx, -1
    imul rsi, rcx, 127
    imul rsi, rcx, -128
    imul rsi, rcx, 128
    imul rsi, rcx, -129
    imul rsi, rcx, 2147483647
    imul rsi, rcx, -2147483648
    mov rsi, rdx
    mov esi, edx
    add rsi, rdx
    add esi, edx
    or rsi, rdx
    or esi, edx
    and rsi, rdx
    and esi, edx
    sub rsi, rdx
    sub esi, edx
    xor rsi, rdx
    xor esi, edx
    cmp rsi, rdx
    cmp esi, edx
    test rsi, rdx
    test esi, edx
    imul rsi, rdx
    imul rsi, rdx, 0
    imul rsi, rdx, 1
    imul rsi, rdx, -1
    imul rsi, rdx, 127
    imul rsi, rdx, -128
    imul rsi, rdx, 128
    imul rsi, rdx, -129
    imul rsi, rdx, 2147483647
    imul rsi, rdx, -2147483648
    mov rsi, rbx
    mov esi, ebx
    add rsi, rbx
    add esi, ebx
    or rsi, rbx
    or esi, ebx
    and rsi, rbx
    and esi, ebx
    sub rsi, rbx
    sub esi, ebx
    xor rsi, rbx
    xor esi, ebx
    cmp rsi, rbx
    cmp esi, ebx
    test rsi, rbx
    test esi, ebx
    imul rsi, rbx
    imul rsi, rbx, 0
    imul rsi, rbx, 1
    imul rsi, rbx, -1
    imul rsi, rbx, 127
    imul rsi, rbx, -128
    imul rsi, rbx, 128
    imul rsi, rbx, -129
    imul rsi, rbx, 2147483647
    imul rsi, rbx, -2147483648
    mov rsi, rsp
    mov esi, esp
    add rsi, rsp
    add esi, esp
    or rsi, rsp
    or esi, esp
    and rsi, rsp
    and esi, esp
    sub rsi, rsp
    sub esi, esp
    xor rsi, rsp
    xor esi, esp
    cmp rsi, rsp
    cmp esi, esp
    test rsi, rsp
    test esi, esp
    imul rsi, rsp
    imul rsi, rsp, 0
    imul rsi, rsp, 1
    imul rsi, rsp, -1
    imul rsi, rsp, 127
    imul rsi, rsp, -128
    imul rsi, rsp, 128
    imul rsi, rsp, -129
    imul rsi, rsp, 2147483647
    imul rsi, rsp, -2147483648
    mov rsi, rbp
    mov esi, ebp
    add rsi, rbp
    add esi, ebp
    or rsi, rbp
    or esi, ebp
    and rsi, rbp
    and esi, ebp
    sub rsi, rbp
    sub esi, ebp
    xor rsi, rbp
    xor esi, ebp
    cmp rsi, rbp
    cmp esi, ebp
    test rsi, rbp
    test esi, ebp
    imul rsi, rbp
    imul rsi, rbp, 0
    imul rsi, rbp, 1
    imul rsi, rbp, -1
    imul rsi, rbp, 127
    imul rsi, rbp, -128
    imul rsi, rbp, 128
    imul rsi, rbp, -129
    imul rsi, rbp, 2147483647
    imul rsi, rbp, -2147483648
    mov rsi, rsi
    mov esi, esi
    add rsi, rsi
    add esi, esi
    or rsi, rsi
    or esi, esi
    and rsi, rsi
    and esi, esi
    sub rsi, rsi
    sub esi, esi
    xor rsi, rsi
    xor esi, esi
    cmp rsi, rsi
    cmp esi, esi
    test rsi, rsi
    test esi, esi
    imul rsi, rsi
    imul rsi, rsi, 0
    imul rsi, rsi, 1
    imul rsi, rsi, -1
    imul rsi, rsi, 127
    imul rsi, rsi, -128
    imul rsi, rsi, 128
    imul rsi, rsi, -129
    imul rsi, rsi, 2147483647
    imul rsi, rsi, -2147483648
    mov rsi, rdi
    mov esi, edi
    add rsi, rdi
    add esi, edi
    or rsi, rdi
    or esi, edi
    and rsi, rdi
    and esi, edi
    sub rsi, rdi
    sub esi, edi
    xor rsi, rdi
    xor esi, edi
    cmp rsi, rdi
    cmp esi, edi
    test rsi, rdi
    test esi, edi
    imul rsi, rdi
    imul rsi, rdi, 0
    imul rsi, rdi, 1
    imul rsi, rdi, -1
    imul rsi, rdi, 127
    imul rsi, rdi, -128
    imul rsi, rdi, 128
    imul rsi, rdi, -129
    imul rsi, rdi, 2147483647
    imul rsi, rdi, -2147483648
    mov rsi, r8
    mov esi, r8d
    add rsi, r8
    add esi, r8d
    or rsi, r8
    or esi, r8d
    and rsi, r8
    and esi, r8d
    sub rsi, r8
    sub esi, r8d
    xor rsi, r8
    xor esi, r8d
    cmp rsi, r8
    cmp esi, r8d
    test rsi, r8
    test esi, r8d
    imul rsi, r8
    imul rsi, r8, 0
    imul rsi, r8, 1
    imul rsi, r8, -1
    imul rsi, r8, 127
    imul rsi, r8, -128
    imul rsi, r8, 128
    imul rsi, r8, -129
    imul rsi, r8, 2147483647
    imul rsi, r8, -2147483648
    mov rsi, r9
    mov esi, r9d
    add rsi, r9
    add esi, r9d
    or rsi, r9
    or esi, r9d
    and rsi, r9
    and esi, r9d
    sub rsi, r9
    sub esi, r9d
    xor rsi, r9
    xor esi, r9d
    cmp rsi, r9
    cmp esi, r9d
    test rsi, r9
    test esi, r9d
    imul rsi, r9
    imul rsi, r9, 0
    imul rsi, r9, 1
    imul rsi, r9, -1
    imul rsi, r9, 127
    imul rsi, r9, -128
    imul rsi, r9, 128
    imul rsi, r9, -129
    imul rsi, r9, 2147483647
    imul rsi, r9, -2147483648
    mov rsi, r10
    mov esi, r10d
    add rsi, r10
    add esi, r10d
    or rsi, r10
    or esi, r10d
    and rsi, r10
    and esi, r10d
    sub rsi, r10
    sub esi, r10d
    xor rsi, r10
    xor esi, r10d
    cmp rsi, r10
    cmp esi, r10d
    test rsi, r10
    test esi, r10d
    imul rsi, r10
    imul rsi, r10, 0
    imul rsi, r10, 1
    imul rsi, r10, -1
    imul rsi, r10, 127
    imul rsi, r10, -128
    imul rsi, r10, 128
    imul rsi, r10, -129
    imul rsi, r10, 2147483647
    imul rsi, r10, -2147483648
    mov rsi, r11
    mov esi, r11d
    add rsi, r11
    add esi, r11d
    or rsi, r11
    or esi, r11d
    and rsi, r11
    and esi, r11d
    sub rsi, r11
    sub esi, r11d
    xor rsi, r11
    xor esi, r11d
    cmp rsi, r11
    cmp esi, r11d
    test rsi, r11
    test esi, r11d
    imul rsi, r11
    imul rsi, r11, 0
    imul rsi, r11, 1
    imul rsi, r11, -1
    imul rsi, r11, 127
    imul rsi, r11, -128
    imul rsi, r11, 128
    imul rsi, r11, -129
    imul rsi, r11, 2147483647
    imul rsi, r11, -2147483648
    mov rsi, r12
    mov esi, r12d
    add rsi, r12
    add esi, r12d
    or rsi, r12
    or esi, r12d
    and rsi, r12
    and esi, r12d
    sub rsi, r12
    sub esi, r12d
    xor rsi, r12
    xor esi, r12d
    cmp rsi, r12
    cmp esi, r12d
    test rsi, r12
    test esi, r12d
    imul rsi, r12
    imul rsi, r12, 0
    imul rsi, r12, 1
    imul rsi, r12, -1
    imul rsi, r12, 127
    imul rsi, r12, -128
    imul rsi, r12, 128
    imul rsi, r12, -129
    imul rsi, r12, 2147483647
    imul rsi, r12, -2147483648
    mov rsi, r13
    mov esi, r13d
    add rsi, r13
    add esi, r13d
    or rsi, r13
    or esi, r13d
    and rsi, r13
    and esi, r13d
    sub rsi, r13
    sub esi, r13d
    xor rsi, r13
    xor esi, r13d
    cmp rsi, r13
    cmp esi, r13d
    test rsi, r13
    test esi, r13d
    imul rsi, r13
    imul rsi, r13, 0
    imul rsi, r13, 1
    imul rsi, r13, -1
    imul rsi, r13, 127
    imul rsi, r13, -128
    imul rsi, r13, 128
    imul rsi, r13, -129
    imul rsi, r13, 2147483647
    imul rsi, r13, -2147483648
    mov rsi, r14
    mov esi, r14d
    add rsi, r14
    add esi, r14d
    or rsi, r14
    or esi, r14d
    and rsi, r14
    and esi, r14d
    sub rsi, r14
    sub esi, r14d
    xor rsi, r14
    xor esi, r14d
    cmp rsi, r14
    cmp esi, r14d
    test rsi, r14
    test esi, r14d
    imul rsi, r14
    imul rsi, r14, 0
    imul rsi, r14, 1
    imul rsi, r14, -1
    imul rsi, r14, 127
    imul rsi, r14, -128
    imul rsi, r14, 128
    imul rsi, r14, -129
    imul rsi, r14, 2147483647
    imul rsi, r14, -2147483648
    mov rsi, r15
    mov esi, r15d
    add rsi, r15
    add esi, r15d
    or rsi, r15
    or esi, r15d
    and rsi, r15
    and esi, r15d
    sub rsi, r15
    sub esi, r15d
    xor rsi, r15
    xor esi, r15d
    cmp rsi, r15
    cmp esi, r15d
    test rsi, r15
    test esi, r15d
    imul rsi, r15
    imul rsi, r15, 0
    imul rsi, r15, 1
    imul rsi, r15, -1
    imul rsi, r15, 127
    imul rsi, r15, -128
    imul rsi, r15, 128
    imul rsi, r15, -129
    imul rsi, r15, 2147483647
    imul rsi, r15, -2147483648
    mov rsi, 0
    mov rsi, 1
    mov rsi, -1
    mov rsi, 127
    mov rsi, -128
    mov rsi, 128
    mov rsi, -129
    mov rsi, 2147483647
    mov rsi, -2147483648
    mov rsi, 2147483648
    mov rsi, 4294967295
    mov rsi, 0x100000000
    mov rsi, 0xffffffff7fffffff
    mov rsi, 0x7fffffffffffffff
    mov rsi, 0x8000000000000000
    mov rsi, 0x123456789abcdef0
    mov rsi, strict qword 0
    mov rsi, strict qword 1
    mov rsi, strict qword -1
    mov rsi, strict qword 127
    mov rsi, strict qword -128
    mov rsi, strict qword 128
    mov rsi, strict qword -129
    mov rsi, strict qword 2147483647
    mov rsi, strict qword -2147483648
    mov rsi, strict qword 2147483648
    mov rsi, strict qword 4294967295
    mov rsi, strict qword 0x100000000
    mov rsi, strict qword 0xffffffff7fffffff
    mov rsi, strict qword 0x7fffffffffffffff
    mov rsi, strict qword 0x8000000000000000
    mov rsi, strict qword 0x123456789abcdef0
    mov esi, 0
    mov esi, 1
    mov esi, -1
    mov esi, 127
    mov esi, 2147483647
    mov esi, -2147483648
    mov esi, 2147483648
    mov esi, 4294967295
    add rsi, 0
    add esi, 0
    add rsi, 1
    add esi, 1
    add rsi, -1
    add esi, -1
    add rsi, 127
    add esi, 127
    add rsi, -128
    add esi, -128
    add rsi, 128
    add esi, 128
    add rsi, -129
    add esi, -129
    add rsi, 255
    add esi, 255
    add rsi, 32767
    add esi, 32767
    add rsi, 2147483647
    add esi, 2147483647
    add rsi, -2147483648
    add esi, -2147483648
    add esi, 2147483648
    add esi, 4294967295
    add esi, 4294967168
    or rsi, 0
    or esi, 0
    or rsi, 1
    or esi, 1
    or rsi, -1
    or esi, -1
    or rsi, 127
    or esi, 127
    or rsi, -128
    or esi, -128
    or rsi, 128
    or esi, 128
    or rsi, -129
    or esi, -129
    or rsi, 255
    or esi, 255
    or rsi, 32767
    or esi, 32767
    or rsi, 2147483647
    or esi, 2147483647
    or rsi, -2147483648
    or esi, -2147483648
    or esi, 2147483648
    or esi, 4294967295
    or esi, 4294967168
    and rsi, 0
    and esi, 0
    and rsi, 1
    and esi, 1
    and rsi, -1
    and esi, -1
    and rsi, 127
    and esi, 127
    and rsi, -128
    and esi, -128
    and rsi, 128
    and esi, 128
    and rsi, -129
    and esi, -129
    and rsi, 255
    and esi, 255
    and rsi, 32767
    and esi, 32767
    and rsi, 2147483647
    and esi, 2147483647
    and rsi, -2147483648
    and esi, -2147483648
    and esi, 2147483648
    and esi, 4294967295
    and esi, 4294967168
    sub rsi, 0
    sub esi, 0
    sub rsi, 1
    sub esi, 1
    sub rsi, -1
    sub esi, -1
    sub rsi, 127
    sub esi, 127
    sub rsi, -128
    sub esi, -128
    sub rsi, 128
    sub esi, 128
    sub rsi, -129
    sub esi, -129
    sub rsi, 255
    sub esi, 255
    sub rsi, 32767
    sub esi, 32767
    sub rsi, 2147483647
    sub esi, 2147483647
    sub rsi, -2147483648
    sub esi, -2147483648
    sub esi, 2147483648
    sub esi, 4294967295
    sub esi, 4294967168
    xor rsi, 0
    xor esi, 0
    xor rsi, 1
    xor esi, 1
    xor rsi, -1
    xor esi, -1
    xor rsi, 127
    xor esi, 127
    xor rsi, -128
    xor esi, -128
    xor rsi, 128
    xor esi, 128
    xor rsi, -129
    xor esi, -129
    xor rsi, 255
    xor esi, 255
    xor rsi, 32767
    xor esi, 32767
    xor rsi, 2147483647
    xor esi, 2147483647
    xor rsi, -2147483648
    xor esi, -2147483648
    xor esi, 2147483648
    xor esi, 4294967295
    xor esi, 4294967168
    cmp rsi, 0
    cmp esi, 0
    cmp rsi, 1
    cmp esi, 1
    cmp rsi, -1
    cmp esi, -1
    cmp rsi, 127
    cmp esi, 127
    cmp rsi, -128
    cmp esi, -128
    cmp rsi, 128
    cmp esi, 128
    cmp rsi, -129
    cmp esi, -129
    cmp rsi, 255
    cmp esi, 255
    cmp rsi, 32767
    cmp esi, 32767
    cmp rsi, 2147483647
    cmp esi, 2147483647
    cmp rsi, -2147483648
    cmp esi, -2147483648
    cmp esi, 2147483648
    cmp esi, 4294967295
    cmp esi, 4294967168
    test rsi, 0
    test esi, 0
    test rsi, 1
    test esi, 1
    test rsi, -1
    test esi, -1
    test rsi, 127
    test esi, 127
    test rsi, -128
    test esi, -128
    test rsi, 128
    test esi, 128
    test rsi, -129
    test esi, -129
    test rsi, 255
    test esi, 255
    test rsi, 32767
    test esi, 32767
    test rsi, 2147483647
    test esi, 2147483647
    test rsi, -2147483648
    test esi, -2147483648
    test esi, 2147483648
    test esi, 4294967295
    test esi, 4294967168
    inc rsi
    dec rsi
    neg rsi
    not rsi
    push rsi
    pop rsi
    call rsi
    jmp rsi
    shl rsi, 0
    shl rsi, 1
    shl rsi, 2
    shl rsi, 31
    shl rsi, 32
    shl rsi, 63
    shr rsi, 0
    shr rsi, 1
    shr rsi, 2
    shr rsi, 31
    shr rsi, 32
    shr rsi, 63
    sar rsi, 0
    sar rsi, 1
    sar rsi, 2
    sar rsi, 31
    sar rsi, 32
    sar rsi, 63
    seto sil
    setno sil
    setb sil
    setae sil
    sete sil
    setne sil
    setbe sil
    seta sil
    sets sil
    setns sil
    setp sil
    setnp sil
    setl sil
    setge sil
    setle sil
    setg sil
    mov rdi, rax
    mov edi, eax
    add rdi, rax
    add edi, eax
    or rdi, rax
    or edi, eax
    and rdi, rax
    and edi, eax
    sub rdi, rax
    sub edi, eax
    xor rdi, rax
    xor edi, eax
    cmp rdi, rax
    cmp edi, eax
    test rdi, rax
    test edi, eax
    imul rdi, rax
    imul rdi, rax, 0
    imul rdi, rax, 1
    imul rdi, rax, -1
    imul rdi, rax, 127
    imul rdi, rax, -128
    imul rdi, rax, 128
    imul rdi, rax, -129
    imul rdi, rax, 2147483647
    imul rdi, rax, -2147483648
    mov rdi, rcx
    mov edi, ecx
    add rdi, rcx
    add edi, ecx
    or rdi, rcx
    or edi, ecx
    and rdi, rcx
    and edi, ecx
    sub rdi, rcx
    sub edi, ecx
    xor rdi, rcx
    xor edi, ecx
    cmp rdi, rcx
    cmp edi, ecx
    test rdi, rcx
    test edi, ecx
    imul rdi, rcx
    imul rdi, rcx, 0
    imul rdi, rcx, 1
    imul rdi, rcx, -1
    imul rdi, rcx, 127
    imul rdi, rcx, -128
    imul rdi, rcx, 128
    imul rdi, rcx, -129
    imul rdi, rcx, 2147483647
    imul rdi, rcx, -2147483648
    mov rdi, rdx
    mov edi, edx
    add rdi, rdx
    add edi, edx
    or rdi, rdx
    or edi, edx
    and rdi, rdx
    and edi, edx
    sub rdi, rdx
    sub edi, edx
    xor rdi, rdx
    xor edi, edx
    cmp rdi, rdx
    cmp edi, edx
    test rdi, rdx
    test edi, edx
    imul rdi, rdx
    imul rdi, rdx, 0
    imul rdi, rdx, 1
    imul rdi, rdx, -1
    imul rdi, rdx, 127
    imul rdi, rdx, -128
    imul rdi, rdx, 128
    imul rdi, rdx, -129
    imul rdi, rdx, 2147483647
    imul rdi, rdx, -2147483648
    mov rdi, rbx
    mov edi, ebx
    add rdi, rbx
    add edi, ebx
    or rdi, rbx
    or edi, ebx
    and rdi, rbx
    and edi, ebx
    sub rdi, rbx
    sub edi, ebx
    xor rdi, rbx
    xor edi, ebx
    cmp rdi, rbx
    cmp edi, ebx
    test rdi, rbx
    test edi, ebx
    imul rdi, rbx
    imul rdi, rbx, 0
    imul rdi, rbx, 1
    imul rdi, rbx, -1
    imul rdi, rbx, 127
    imul rdi, rbx, -128
    imul rdi, rbx, 128
    imul rdi, rbx, -129
    imul rdi, rbx, 2147483647
    imul rdi, rbx, -2147483648
    mov rdi, rsp
    mov edi, esp
    add rdi, rsp
    add edi, esp
    or rdi, rsp
    or edi, esp
    and rdi, rsp
    and edi, esp
    sub rdi, rsp
    sub edi, esp
    xor rdi, rsp
    xor edi, esp
    cmp rdi, rsp
    cmp edi, esp
    test rdi, rsp
    test edi, esp
    imul rdi, rsp
    imul rdi, rsp, 0
    imul rdi, rsp, 1
    imul rdi, rsp, -1
    imul rdi, rsp, 127
    imul rdi, rsp, -128
    imul rdi, rsp, 128
    imul rdi, rsp, -129
    imul rdi, rsp, 2147483647
    imul rdi, rsp, -2147483648
    mov rdi, rbp
    mov edi, ebp
    add rdi, rbp
    add edi, ebp
    or rdi, rbp
    or edi, ebp
    and rdi, rbp
    and edi, ebp
    sub rdi, rbp
    sub edi, ebp
    xor rdi, rbp
    xor edi, ebp
    cmp rdi, rbp
    cmp edi, ebp
    test rdi, rbp
    test edi, ebp
    imul rdi, rbp
    imul rdi, rbp, 0
    imul rdi, rbp, 1
    imul rdi, rbp, -1
    imul rdi, rbp, 127
    imul rdi, rbp, -128
    imul rdi, rbp, 128
    imul rdi, rbp, -129
    imul rdi, rbp, 2147483647
    imul rdi, rbp, -2147483648
    mov rdi, rsi
    mov edi, esi
    add rdi, rsi
    add edi, esi
    or rdi, rsi
    or edi, esi
    and rdi, rsi
    and edi, esi
    sub rdi, rsi
    sub edi, esi
    xor rdi, rsi
    xor edi, esi
    cmp rdi, rsi
    cmp edi, esi
    test rdi, rsi
    test edi, esi
    imul rdi, rsi
    imul rdi, rsi, 0
    imul rdi, rsi, 1
    imul rdi, rsi, -1
    imul rdi, rsi, 127
    imul rdi, rsi, -128
    imul rdi, rsi, 128
    imul rdi, rsi, -129
    imul rdi, rsi, 2147483647
    imul rdi, rsi, -2147483648
    mov rdi, rdi
    mov edi, edi
    add rdi, rdi
    add edi, edi
    or rdi, rdi
    or edi, edi
    and rdi, rdi
    and edi, edi
    sub rdi, rdi
    sub edi, edi
    xor rdi, rdi
    xor edi, edi
    cmp rdi, rdi
    cmp edi, edi
    test rdi, rdi
    test edi, edi
    imul rdi, rdi
    imul rdi, rdi, 0
    imul rdi, rdi, 1
    imul rdi, rdi, -1
    imul rdi, rdi, 127
    imul rdi, rdi, -128
    imul rdi, rdi, 128
    imul rdi, rdi, -129
    imul rdi, rdi, 2147483647
    imul rdi, rdi, -2147483648
    mov rdi, r8
    mov edi, r8d
    add rdi, r8
    add edi, r8d
    or rdi, r8
    or edi, r8d
    and rdi, r8
    and edi, r8d
    sub rdi, r8
    sub edi, r8d
    xor rdi, r8
    xor edi, r8d
    cmp rdi, r8
    cmp edi, r8d
    test rdi, r8
    test edi, r8d
    imul rdi, r8
    imul rdi, r8, 0
    imul rdi, r8, 1
    imul rdi, r8, -1
    imul rdi, r8, 127
    imul rdi, r8, -128
    imul rdi, r8, 128
    imul rdi, r8, -129
    imul rdi, r8, 2147483647
    imul rdi, r8, -2147483648
    mov rdi, r9
    mov edi, r9d
    add rdi, r9
    add edi, r9d
    or rdi, r9
    or edi, r9d
    and rdi, r9
    and edi, r9d
    sub rdi, r9
    sub edi, r9d
    xor rdi, r9
    xor edi, r9d
    cmp rdi, r9
    cmp edi, r9d
    test rdi, r9
    test edi, r9d
    imul rdi, r9
    imul rdi, r9, 0
    imul rdi, r9, 1
    imul rdi, r9, -1
    imul rdi, r9, 127
    imul rdi, r9, -128
    imul rdi, r9, 128
    imul rdi, r9, -129
    imul rdi, r9, 2147483647
    imul rdi, r9, -2147483648
    mov rdi, r10
    mov edi, r10d
    add rdi, r10
    add edi, r10d
    or rdi, r10
    or edi, r10d
    and rdi, r10
    and edi, r10d
    sub rdi, r10
    sub edi, r10d
    xor rdi, r10
    xor edi, r10d
    cmp rdi, r10
    cmp edi, r10d
    test rdi, r10
    test edi, r10d
    imul rdi, r10
    imul rdi, r10, 0
    imul rdi, r10, 1
    imul rdi, r10, -1
    imul rdi, r10, 127
    imul rdi, r10, -128
    imul rdi, r10, 128
    imul rdi, r10, -129
    imul rdi, r10, 2147483647
    imul rdi, r10, -2147483648
    mov rdi, r11
    mov edi, r11d
    add rdi, r11
    add edi, r11d
    or rdi, r11
    or edi, r11d
    and rdi, r11
    and edi, r11d
    sub rdi, r11
    sub edi, r11d
    xor rdi, r11
    xor edi, r11d
    cmp rdi, r11
    cmp edi, r11d
    test rdi, r11
    test edi, r11d
    imul rdi, r11
    imul rdi, r11, 0
    imul rdi, r11, 1
    imul rdi, r11, -1
    imul rdi, r11, 127
    imul rdi, r11, -128
    imul rdi, r11, 128
    imul rdi, r11, -129
    imul rdi, r11, 2147483647
    imul rdi, r11, -2147483648
    mov rdi, r12
    mov edi, r12d
    add rdi, r12
    add edi, r12d
    or rdi, r12
    or edi, r12d
    and rdi, r12
    and edi, r12d
    sub rdi, r12
    sub edi, r12d
    xor rdi, r12
    xor edi, r12d
    cmp rdi, r12
    cmp edi, r12d
    test rdi, r12
    test edi, r12d
    imul rdi, r12
    imul rdi, r12, 0
    imul rdi, r12, 1
    imul rdi, r12, -1
    imul rdi, r12, 127
    imul rdi, r12, -128
    imul rdi, r12, 128
    imul rdi, r12, -129
    imul rdi, r12, 2147483647
    imul rdi, r12, -2147483648
    mov rdi, r13
    mov edi, r13d
    add rdi, r13
    add edi, r13d
    or rdi, r13
    or edi, r13d
    and rdi, r13
    and edi, r13d
    sub rdi, r13
    sub edi, r13d
    xor rdi, r13
    xor edi, r13d
    cmp rdi, r13
    cmp edi, r13d
    test rdi, r13
    test edi, r13d
    imul rdi, r13
    imul rdi, r13, 0
    imul rdi, r13, 1
    imul rdi, r13, -1
    imul rdi, r13, 127
    imul rdi, r13, -128
    imul rdi, r13, 128
    imul rdi, r13, -129
    imul rdi, r13, 2147483647
    imul rdi, r13, -2147483648
    mov rdi, r14
    mov edi, r14d
    add rdi, r14
    add edi, r14d
    or rdi, r14
    or edi, r14d
    and rdi, r14
    and edi, r14d
    sub rdi, r14
    sub edi, r14d
    xor rdi, r14
    xor edi, r14d
    cmp rdi, r14
    cmp edi, r14d
    test rdi, r14
    test edi, r14d
    imul rdi, r14
    imul rdi, r14, 0
    imul rdi, r14, 1
    imul rdi, r14, -1
    imul rdi, r14, 127
    imul rdi, r14, -128
    imul rdi, r14, 128
    imul rdi, r14, -129
    imul rdi, r14, 2147483647
    imul rdi, r14, -2147483648
    mov rdi, r15
    mov edi, r15d
    add rdi, r15
    add edi, r15d
    or rdi, r15
    or edi, r15d
    and rdi, r15
    and edi, r15d
    sub rdi, r15
    sub edi, r15d
    xor rdi, r15
    xor edi, r15d
    cmp rdi, r15
    cmp edi, r15d
    test rdi, r15
    test edi, r15d
    imul rdi, r15
    imul rdi, r15, 0
    imul rdi, r15, 1
    imul rdi, r15, -1
    imul rdi, r15, 127
    imul rdi, r15, -128
    imul rdi, r15, 128
    imul rdi, r15, -129
    imul rdi, r15, 2147483647
    imul rdi, r15, -2147483648
    mov rdi, 0
    mov rdi, 1
    mov rdi, -1
    mov rdi, 127
    mov rdi, -128
    mov rdi, 128
    mov rdi, -129
    mov rdi, 2147483647
    mov rdi, -2147483648
    mov rdi, 2147483648
    mov rdi, 4294967295
    mov rdi, 0x100000000
    mov rdi, 0xffffffff7fffffff
    mov rdi, 0x7fffffffffffffff
    mov rdi, 0x8000000000000000
    mov rdi, 0x123456789abcdef0
    mov rdi, strict qword 0
    mov rdi, strict qword 1
    mov rdi, strict qword -1
    mov rdi, strict qword 127
    mov rdi, strict qword -128
    mov rdi, strict qword 128
    mov rdi, strict qword -129
    mov rdi, strict qword 2147483647
    mov rdi, strict qword -2147483648
    mov rdi, strict qword 2147483648
    mov rdi, strict qword 4294967295
    mov rdi, strict qword 0x100000000
    mov rdi, strict qword 0xffffffff7fffffff
    mov rdi, strict qword 0x7fffffffffffffff
    mov rdi, strict qword 0x8000000000000000
    mov rdi, strict qword 0x123456789abcdef0
    mov edi, 0
    mov edi, 1
    mov edi, -1
    mov edi, 127
    mov edi, 2147483647
    mov edi, -2147483648
    mov edi, 2147483648
    mov edi, 4294967295
    add rdi, 0
    add edi, 0
    add rdi, 1
    add edi, 1
    add rdi, -1
    add edi, -1
    add rdi, 127
    add edi, 127
    add rdi, -128
    add edi, -128
    add rdi, 128
    add edi, 128
    add rdi, -129
    add edi, -129
    add rdi, 255
    add edi, 255
    add rdi, 32767
    add edi, 32767
    add rdi, 2147483647
    add edi, 2147483647
    add rdi, -2147483648
    add edi, -2147483648
    add edi, 2147483648
    add edi, 4294967295
    add edi, 4294967168
    or rdi, 0
    or edi, 0
    or rdi, 1
    or edi, 1
    or rdi, -1
    or edi, -1
    or rdi, 127
    or edi, 127
    or rdi, -128
    or edi, -128
    or rdi, 128
    or edi, 128
    or rdi, -129
    or edi, -129
    or rdi, 255
    or edi, 255
    or rdi, 32767
    or edi, 32767
    or rdi, 2147483647
    or edi, 2147483647
    or rdi, -2147483648
    or edi, -2147483648
    or edi, 2147483648
    or edi, 4294967295
    or edi, 4294967168
    and rdi, 0
    and edi, 0
    and rdi, 1
    and edi, 1
    and rdi, -1
    and edi, -1
    and rdi, 127
    and edi, 127
    and rdi, -128
    and edi, -128
    and rdi, 128
    and edi, 128
    and rdi, -129
    and edi, -129
    and rdi, 255
    and edi, 255
    and rdi, 32767
    and edi, 32767
    and rdi, 2147483647
    and edi, 2147483647
    and rdi, -2147483648
    and edi, -2147483648
    and edi, 2147483648
    and edi, 4294967295
    and edi, 4294967168
    sub rdi, 0
    sub edi, 0
    sub rdi, 1
    sub edi, 1
    sub rdi, -1
    sub edi, -1
    sub rdi, 127
    sub edi, 127
    sub rdi, -128
    sub edi, -128
    sub rdi, 128
    sub edi, 128
    sub rdi, -129
    sub edi, -129
    sub rdi, 255
    sub edi, 255
    sub rdi, 32767
    sub edi, 32767
    sub rdi, 2147483647
    sub edi, 2147483647
    sub rdi, -2147483648
    sub edi, -2147483648
    sub edi, 2147483648
    sub edi, 4294967295
    sub edi, 4294967168
    xor rdi, 0
    xor edi, 0
    xor rdi, 1
    xor edi, 1
    xor rdi, -1
    xor edi, -1
    xor rdi, 127
    xor edi, 127
    xor rdi, -128
    xor edi, -128
    xor rdi, 128
    xor edi, 128
    xor rdi, -129
    xor edi, -129
    xor rdi, 255
    xor edi, 255
    xor rdi, 32767
    xor edi, 32767
    xor rdi, 2147483647
    xor edi, 2147483647
    xor rdi, -2147483648
    xor edi, -2147483648
    xor edi, 2147483648
    xor edi, 4294967295
    xor edi, 4294967168
    cmp rdi, 0
    cmp edi, 0
    cmp rdi, 1
    cmp edi, 1
    cmp rdi, -1
    cmp edi, -1
    cmp rdi, 127
    cmp edi, 127
    cmp rdi, -128
    cmp edi, -128
    cmp rdi, 128
    cmp edi, 128
    cmp rdi, -129
    cmp edi, -129
    cmp rdi, 255
    cmp edi, 255
    cmp rdi, 32767
    cmp edi, 32767
    cmp rdi, 2147483647
    cmp edi, 2147483647
    cmp rdi, -2147483648
    cmp edi, -2147483648
    cmp edi, 2147483648
    cmp edi, 4294967295
    cmp edi, 4294967168
    test rdi, 0
    test edi, 0
    test rdi, 1
    test edi, 1
    test rdi, -1
    test edi, -1
    test rdi, 127
    test edi, 127
    test rdi, -128
    test edi, -128
    test rdi, 128
    test edi, 128
    test rdi, -129
    test edi, -129
    test rdi, 255
    test edi, 255
    test rdi, 32767
    test edi, 32767
    test rdi, 2147483647
    test edi, 2147483647
    test rdi, -2147483648
    test edi, -2147483648
    test edi, 2147483648
    test edi, 4294967295
    test edi, 4294967168
    inc rdi
    dec rdi
    neg rdi
    not rdi
    push rdi
    pop rdi
    call rdi
    jmp rdi
    shl rdi, 0
    shl rdi, 1
    shl rdi, 2
    shl rdi, 31
    shl rdi, 32
    shl rdi, 63
    shr rdi, 0
    shr rdi, 1
    shr rdi, 2
    shr rdi, 31
    shr rdi, 32
    shr rdi, 63
    sar rdi, 0
    sar rdi, 1
    sar rdi, 2
    sar rdi, 31
    sar rdi, 32
    sar rdi, 63
    seto dil
    setno dil
    setb dil
    setae dil
    sete dil
    setne dil
    setbe dil
    seta dil
    sets dil
    setns dil
    setp dil
    setnp dil
    setl dil
    setge dil
    setle dil
    setg dil
    mov r8, rax
    mov r8d, eax
    add r8, rax
    add r8d, eax
    or r8, rax
    or r8d, eax
    and r8, rax
    and r8d, eax
    sub r8, rax
    sub r8d, eax
    xor r8, rax
    xor r8d, eax
    cmp r8, rax
    cmp r8d, eax
    test r8, rax
    test r8d, eax
    imul r8, rax
    imul r8, rax, 0
    imul r8, rax, 1
    imul r8, rax, -1
    imul r8, rax, 127
    imul r8, rax, -128
    imul r8, rax, 128
    imul r8, rax, -129
    imul r8, rax, 2147483647
    imul r8, rax, -2147483648
    mov r8, rcx
    mov r8d, ecx
    add r8, rcx
    add r8d, ecx
    or r8, rcx
    or r8d, ecx
    and r8, rcx
    and r8d, ecx
    sub r8, rcx
    sub r8d, ecx
    xor r8, rcx
    xor r8d, ecx
    cmp r8, rcx
    cmp r8d, ecx
    test r8, rcx
    test r8d, ecx
    imul r8, rcx
    imul r8, rcx, 0
    imul r8, rcx, 1
    imul r8, rcx, -1
    imul r8, rcx, 127
    imul r8, rcx, -128
    imul r8, rcx, 128
    imul r8, rcx, -129
    imul r8, rcx, 2147483647
    imul r8, rcx, -2147483648
    mov r8, rdx
    mov r8d, edx
    add r8, rdx
    add r8d, edx
    or r8, rdx
    or r8d, edx
    and r8, rdx
    and r8d, edx
    sub r8, rdx
    sub r8d, edx
    xor r8, rdx
    xor r8d, edx
    cmp r8, rdx
    cmp r8d, edx
    test r8, rdx
    test r8d, edx
    imul r8, rdx
    imul r8, rdx, 0
    imul r8, rdx, 1
    imul r8, rdx, -1
    imul r8, rdx, 127
    imul r8, rdx, -128
    imul r8, rdx, 128
    imul r8, rdx, -129
    imul r8, rdx, 2147483647
    imul r8, rdx, -2147483648
    mov r8, rbx
    mov r8d, ebx
    add r8, rbx
    add r8d, ebx
    or r8, rbx
    or r8d, ebx
    and r8, rbx
    and r8d, ebx
    sub r8, rbx
    sub r8d, ebx
    xor r8, rbx
    xor r8d, ebx
    cmp r8, rbx
    cmp r8d, ebx
    test r8, rbx
    test r8d, ebx
    imul r8, rbx
    imul r8, rbx, 0
    imul r8, rbx, 1
    imul r8, rbx, -1
    imul r8, rbx, 127
    imul r8, rbx, -128
    imul r8, rbx, 128
    imul r8, rbx, -129
    imul r8, rbx, 2147483647
    imul r8, rbx, -2147483648
    mov r8, rsp
    mov r8d, esp
    add r8, rsp
    add r8d, esp
    or r8, rsp
    or r8d, esp
    and r8, rsp
    and r8d, esp
    sub r8, rsp
    sub r8d, esp
    xor r8, rsp
    xor r8d, esp
    cmp r8, rsp
    cmp r8d, esp
    test r8, rsp
    test r8d, esp
    imul r8, rsp
    imul r8, rsp, 0
    imul r8, rsp, 1
    imul r8, rsp, -1
    imul r8, rsp, 127
    imul r8, rsp, -128
    imul r8, rsp, 128
    imul r8, rsp, -129
    imul r8, rsp, 2147483647
    imul r8, rsp, -2147483648
    mov r8, rbp
    mov r8d, ebp
    add r8, rbp
    add r8d, ebp
    or r8, rbp
    or r8d, ebp
    and r8, rbp
    and r8d, ebp
    sub r8, rbp
    sub r8d, ebp
    xor r8, rbp
    xor r8d, ebp
    cmp r8, rbp
    cmp r8d, ebp
    test r8, rbp
    test r8d, ebp
    imul r8, rbp
    imul r8, rbp, 0
    imul r8, rbp, 1
    imul r8, rbp, -1
    imul r8, rbp, 127
    imul r8, rbp, -128
    imul r8, rbp, 128
    imul r8, rbp, -129
    imul r8, rbp, 2147483647
    imul r8, rbp, -2147483648
    mov r8, rsi
    mov r8d, esi
    add r8, rsi
    add r8d, esi
    or r8, rsi
    or r8d, esi
    and r8, rsi
    and r8d, esi
    sub r8, rsi
    sub r8d, esi
    xor r8, rsi
    xor r8d, esi
    cmp r8, rsi
    cmp r8d, esi
    test r8, rsi
    test r8d, esi
    imul r8, rsi
    imul r8, rsi, 0
    imul r8, rsi, 1
    imul r8, rsi, -1
    imul r8, rsi, 127
    imul r8, rsi, -128
    imul r8, rsi, 128
    imul r8, rsi, -129
    imul r8, rsi, 2147483647
    imul r8, rsi, -2147483648
    mov r8, rdi
    mov r8d, edi
    add r8, rdi
    add r8d, edi
    or r8, rdi
    or r8d, edi
    and r8, rdi
    and r8d, edi
    sub r8, rdi
    sub r8d, edi
    xor r8, rdi
    xor r8d, edi
    cmp r8, rdi
    cmp r8d, edi
    test r8, rdi
    test r8d, edi
    imul r8, rdi
    imul r8, rdi, 0
    imul r8, rdi, 1
    imul r8, rdi, -1
    imul r8, rdi, 127
    imul r8, rdi, -128
    imul r8, rdi, 128
    imul r8, rdi, -129
    imul r8, rdi, 2147483647
    imul r8, rdi, -2147483648
    mov r8, r8
    mov r8d, r8d
    add r8, r8
    add r8d, r8d
    or r8, r8
    or r8d, r8d
    and r8, r8
    and r8d, r8d
    sub r8, r8
    sub r8d, r8d
    xor r8, r8
    xor r8d, r8d
    cmp r8, r8
    cmp r8d, r8d
    test r8, r8
    test r8d, r8d
    imul r8, r8
    imul r8, r8, 0
    imul r8, r8, 1
    imul r8, r8, -1
    imul r8, r8, 127
    imul r8, r8, -128
    imul r8, r8, 128
    imul r8, r8, -129
    imul r8, r8, 2147483647
    imul r8, r8, -2147483648
    mov r8, r9
    mov r8d, r9d
    add r8, r9
    add r8d, r9d
    or r8, r9
    or r8d, r9d
    and r8, r9
    and r8d, r9d
    sub r8, r9
    sub r8d, r9d
    xor r8, r9
    xor r8d, r9d
    cmp r8, r9
    cmp r8d, r9d
    test r8, r9
    test r8d, r9d
    imul r8, r9
    imul r8, r9, 0
    imul r8, r9, 1
    imul r8, r9, -1
    imul r8, r9, 127
    imul r8, r9, -128
    imul r8, r9, 128
    imul r8, r9, -129
    imul r8, r9, 2147483647
    imul r8, r9, -2147483648
    mov r8, r10
    mov r8d, r10d
    add r8, r10
    add r8d, r10d
    or r8, r10
    or r8d, r10d
    and r8, r10
    and r8d, r10d
    sub r8, r10
    sub r8d, r10d
    xor r8, r10
    xor r8d, r10d
    cmp r8, r10
    cmp r8d, r10d
    test r8, r10
    test r8d, r10d
    imul r8, r10
    imul r8, r10, 0
    imul r8, r10, 1
    imul r8, r10, -1
    imul r8, r10, 127
    imul r8, r10, -128
    imul r8, r10, 128
    imul r8, r10, -129
    imul r8, r10, 2147483647
    imul r8, r10, -2147483648
    mov r8, r11
    mov r8d, r11d
    add r8, r11
    add r8d, r11d
    or r8, r11
    or r8d, r11d
    and r8, r11
    and r8d, r11d
    sub r8, r11
    sub r8d, r11d
    xor r8, r11
    xor r8d, r11d
    cmp r8, r11
    cmp r8d, r11d
    test r8, r11
    test r8d, r11d
    imul r8, r11
    imul r8, r11, 0
    imul r8, r11, 1
    imul r8, r11, -1
    imul r8, r11, 127
    imul r8, r11, -128
    imul r8, r11, 128
    imul r8, r11, -129
    imul r8, r11, 2147483647
    imul r8, r11, -2147483648
    mov r8, r12
    mov r8d, r12d
    add r8, r12
    add r8d, r12d
    or r8, r12
    or r8d, r12d
    and r8, r12
    and r8d, r12d
    sub r8, r12
    sub r8d, r12d
    xor r8, r12
    xor r8d, r12d
    cmp r8, r12
    cmp r8d, r12d
    test r8, r12
    test r8d, r12d
    imul r8, r12
    imul r8, r12, 0
    imul r8, r12, 1
    imul r8, r12, -1
    imul r8, r12, 127
    imul r8, r12, -128
    imul r8, r12, 128
    imul r8, r12, -129
    imul r8, r12, 2147483647
    imul r8, r12, -2147483648
    mov r8, r13
    mov r8d, r13d
    add r8, r13
    add r8d, r13d
    or r8, r13
    or r8d, r13d
    and r8, r13
    and r8d, r13d
    sub r8, r13
    sub r8d, r13d
    xor r8, r13
    xor r8d, r13d
    cmp r8, r13
    cmp r8d, r13d
    test r8, r13
    test r8d, r13d
    imul r8, r13
    imul r8, r13, 0
    imul r8, r13, 1
    imul r8, r13, -1
    imul r8, r13, 127
    imul r8, r13, -128
    imul r8, r13, 128
    imul r8, r13, -129
    imul r8, r13, 2147483647
    imul r8, r13, -2147483648
    mov r8, r14
    mov r8d, r14d
    add r8, r14
    add r8d, r14d
    or r8, r14
    or r8d, r14d
    and r8, r14
    and r8d, r14d
    sub r8, r14
    sub r8d, r14d
    xor r8, r14
    xor r8d, r14d
    cmp r8, r14
    cmp r8d, r14d
    test r8, r14
    test r8d, r14d
    imul r8, r14
    imul r8, r14, 0
    imul r8, r14, 1
    imul r8, r14, -1
    imul r8, r14, 127
    imul r8, r14, -128
    imul r8, r14, 128
    imul r8, r14, -129
    imul r8, r14, 2147483647
    imul r8, r14, -2147483648
    mov r8, r15
    mov r8d, r15d
    add r8, r15
    add r8d, r15d
    or r8, r15
    or r8d, r15d
    and r8, r15
    and r8d, r15d
    sub r8, r15
    sub r8d, r15d
    xor r8, r15
    xor r8d, r15d
    cmp r8, r15
    cmp r8d, r15d
    test r8, r15
    test r8d, r15d
    imul r8, r15
    imul r8, r15, 0
    imul r8, r15, 1
    imul r8, r15, -1
    imul r8, r15, 127
    imul r8, r15, -128
    imul r8, r15, 128
    imul r8, r15, -129
    imul r8, r15, 2147483647
    imul r8, r15, -2147483648
    mov r8, 0
    mov r8, 1
    mov r8, -1
    mov r8, 127
    mov r8, -128
    mov r8, 128
    mov r8, -129
    mov r8, 2147483647
    mov r8, -2147483648
    mov r8, 2147483648
    mov r8, 4294967295
    mov r8, 0x100000000
    mov r8, 0xffffffff7fffffff
    mov r8, 0x7fffffffffffffff
    mov r8, 0x8000000000000000
    mov r8, 0x123456789abcdef0
    mov r8, strict qword 0
    mov r8, strict qword 1
    mov r8, strict qword -1
    mov r8, strict qword 127
    mov r8, strict qword -128
    mov r8, strict qword 128
    mov r8, strict qword -129
    mov r8, strict qword 2147483647
    mov r8, strict qword -2147483648
    mov r8, strict qword 2147483648
    mov r8, strict qword 4294967295
    mov r8, strict qword 0x100000000
    mov r8, strict qword 0xffffffff7fffffff
    mov r8, strict qword 0x7fffffffffffffff
    mov r8, strict qword 0x8000000000000000
    mov r8, strict qword 0x123456789abcdef0
    mov r8d, 0
    mov r8d, 1
    mov r8d, -1
    mov r8d, 127
    mov r8d, 2147483647
    mov r8d, -2147483648
    mov r8d, 2147483648
    mov r8d, 4294967295
    add r8, 0
    add r8d, 0
    add r8, 1
    add r8d, 1
    add r8, -1
    add r8d, -1
    add r8, 127
    add r8d, 127
    add r8, -128
    add r8d, -128
    add r8, 128
    add r8d, 128
    add r8, -129
    add r8d, -129
    add r8, 255
    add r8d, 255
    add r8, 32767
    add r8d, 32767
    add r8, 2147483647
    add r8d, 2147483647
    add r8, -2147483648
    add r8d, -2147483648
    add r8d, 2147483648
    add r8d, 4294967295
    add r8d, 4294967168
    or r8, 0
    or r8d, 0
    or r8, 1
    or r8d, 1
    or r8, -1
    or r8d, -1
    or r8, 127
    or r8d, 127
    or r8, -128
    or r8d, -128
    or r8, 128
    or r8d, 128
    or r8, -129
    or r8d, -129
    or r8, 255
    or r8d, 255
    or r8, 32767
    or r8d, 32767
    or r8, 2147483647
    or r8d, 2147483647
    or r8, -2147483648
    or r8d, -2147483648
    or r8d, 2147483648
    or r8d, 4294967295
    or r8d, 4294967168
    and r8, 0
    and r8d, 0
    and r8, 1
    and r8d, 1
    and r8, -1
    and r8d, -1
    and r8, 127
    and r8d, 127
    and r8, -128
    and r8d, -128
    and r8, 128
    and r8d, 128
    and r8, -129
    and r8d, -129
    and r8, 255
    and r8d, 255
    and r8, 32767
    and r8d, 32767
    and r8, 2147483647
    and r8d, 2147483647
    and r8, -2147483648
    and r8d, -2147483648
    and r8d, 2147483648
    and r8d, 4294967295
    and r8d, 4294967168
    sub r8, 0
    sub r8d, 0
    sub r8, 1
    sub r8d, 1
    sub r8, -1
    sub r8d, -1
    sub r8, 127
    sub r8d, 127
    sub r8, -128
    sub r8d, -128
    sub r8, 128
    sub r8d, 128
    sub r8, -129
    sub r8d, -129
    sub r8, 255
    sub r8d, 255
    sub r8, 32767
    sub r8d, 32767
    sub r8, 2147483647
    sub r8d, 2147483647
    sub r8, -2147483648
    sub r8d, -2147483648
    sub r8d, 2147483648
    sub r8d, 4294967295
    sub r8d, 4294967168
    xor r8, 0
    xor r8d, 0
    xor r8, 1
    xor r8d, 1
    xor r8, -1
    xor r8d, -1
    xor r8, 127
    xor r8d, 127
    xor r8, -128
    xor r8d, -128
    xor r8, 128
    xor r8d, 128
    xor r8, -129
    xor r8d, -129
    xor r8, 255
    xor r8d, 255
    xor r8, 32767
    xor r8d, 32767
    xor r8, 2147483647
    xor r8d, 2147483647
    xor r8, -2147483648
    xor r8d, -2147483648
    xor r8d, 2147483648
    xor r8d, 4294967295
    xor r8d, 4294967168
    cmp r8, 0
    cmp r8d, 0
    cmp r8, 1
    cmp r8d, 1
    cmp r8, -1
    cmp r8d, -1
    cmp r8, 127
    cmp r8d, 127
    cmp r8, -128
    cmp r8d, -128
    cmp r8, 128
    cmp r8d, 128
    cmp r8, -129
    cmp r8d, -129
    cmp r8, 255
    cmp r8d, 255
    cmp r8, 32767
    cmp r8d, 32767
    cmp r8, 2147483647
    cmp r8d, 2147483647
    cmp r8, -2147483648
    cmp r8d, -2147483648
    cmp r8d, 2147483648
    cmp r8d, 4294967295
    cmp r8d, 4294967168
    test r8, 0
    test r8d, 0
    test r8, 1
    test r8d, 1
    test r8, -1
    test r8d, -1
    test r8, 127
    test r8d, 127
    test r8, -128
    test r8d, -128
    test r8, 128
    test r8d, 128
    test r8, -129
    test r8d, -129
    test r8, 255
    test r8d, 255
    test r8, 32767
    test r8d, 32767
    test r8, 2147483647
    test r8d, 2147483647
    test r8, -2147483648
    test r8d, -2147483648
    test r8d, 2147483648
    test r8d, 4294967295
    test r8d, 4294967168
    inc r8
    dec r8
    neg r8
    not r8
    push r8
    pop r8
    call r8
    jmp r8
    shl r8, 0
    shl r8, 1
    shl r8, 2
    shl r8, 31
    shl r8, 32
    shl r8, 63
    shr r8, 0
    shr r8, 1
    shr r8, 2
    shr r8, 31
    shr r8, 32
    shr r8, 63
    sar r8, 0
    sar r8, 1
    sar r8, 2
    sar r8, 31
    sar r8, 32
    sar r8, 63
    seto r8b
    setno r8b
    setb r8b
    setae r8b
    sete r8b
    setne r8b
    setbe r8b
    seta r8b
    sets r8b
    setns r8b
    setp r8b
    setnp r8b
    setl r8b
    setge r8b
    setle r8b
    setg r8b
    mov r9, rax
    mov r9d, eax
    add r9, rax
    add r9d, eax
    or r9, rax
    or r9d, eax
    and r9, rax
    and r9d, eax
    sub r9, rax
    sub r9d, eax
    xor r9, rax
    xor r9d, eax
    cmp r9, rax
    cmp r9d, eax
    test r9, rax
    test r9d, eax
    imul r9, rax
    imul r9, rax, 0
    imul r9, rax, 1
    imul r9, rax, -1
    imul r9, rax, 127
    imul r9, rax, -128
    imul r9, rax, 128
    imul r9, rax, -129
    imul r9, rax, 2147483647
    imul r9, rax, -2147483648
    mov r9, rcx
    mov r9d, ecx
    add r9, rcx
    add r9d, ecx
    or r9, rcx
    or r9d, ecx
    and r9, rcx
    and r9d, ecx
    sub r9, rcx
    sub r9d, ecx
    xor r9, rcx
    xor r9d, ecx
    cmp r9, rcx
    cmp r9d, ecx
    test r9, rcx
    test r9d, ecx
    imul r9, rcx
    imul r9, rcx, 0
    imul r9, rcx, 1
    imul r9, rcx, -1
    imul r9, rcx, 127
    imul r9, rcx, -128
    imul r9, rcx, 128
    imul r9, rcx, -129
    imul r9, rcx, 2147483647
    imul r9, rcx, -2147483648
    mov r9, rdx
    mov r9d, edx
    add r9, rdx
    add r9d, edx
    or r9, rdx
    or r9d, edx
    and r9, rdx
    and r9d, edx
    sub r9, rdx
    sub r9d, edx
    xor r9, rdx
    xor r9d, edx
    cmp r9, rdx
    cmp r9d, edx
    test r9, rdx
    test r9d, edx
    imul r9, rdx
    imul r9, rdx, 0
    imul r9, rdx, 1
    imul r9, rdx, -1
    imul r9, rdx, 127
    imul r9, rdx, -128
    imul r9, rdx, 128
    imul r9, rdx, -129
    imul r9, rdx, 2147483647
    imul r9, rdx, -2147483648
    mov r9, rbx
    mov r9d, ebx
    add r9, rbx
    add r9d, ebx
    or r9, rbx
    or r9d, ebx
    and r9, rbx
    and r9d, ebx
    sub r9, rbx
    sub r9d, ebx
    xor r9, rbx
    xor r9d, ebx
    cmp r9, rbx
    cmp r9d, ebx
    test r9, rbx
    test r9d, ebx
    imul r9, rbx
    imul r9, rbx, 0
    imul r9, rbx, 1
    imul r9, rbx, -1
    imul r9, rbx, 127
    imul r9, rbx, -128
    imul r9, rbx, 128
    imul r9, rbx, -129
    imul r9, rbx, 2147483647
    imul r9, rbx, -2147483648
    mov r9, rsp
    mov r9d, esp
    add r9, rsp
    add r9d, esp
    or r9, rsp
    or r9d, esp
    and r9, rsp
    and r9d, esp
    sub r9, rsp
    sub r9d, esp
    xor r9, rsp
    xor r9d, esp
    cmp r9, rsp
    cmp r9d, esp
    test r9, rsp
    test r9d, esp
    imul r9, rsp
    imul r9, rsp, 0
    imul r9, rsp, 1
    imul r9, rsp, -1
    imul r9, rsp, 127
    imul r9, rsp, -128
    imul r9, rsp, 128
    imul r9, rsp, -129
    imul r9, rsp, 2147483647
    imul r9, rsp, -2147483648
    mov r9, rbp
    mov r9d, ebp
    add r9, rbp
    add r9d, ebp
    or r9, rbp
    or r9d, ebp
    and r9, rbp
    and r9d, ebp
    sub r9, rbp
    sub r9d, ebp
    xor r9, rbp
    xor r9d, ebp
    cmp r9, rbp
    cmp r9d, ebp
    test r9, rbp
    test r9d, ebp
    imul r9, rbp
    imul r9, rbp, 0
    imul r9, rbp, 1
    imul r9, rbp, -1
    imul r9, rbp, 127
    imul r9, rbp, -128
    imul r9, rbp, 128
    imul r9, rbp, -129
    imul r9, rbp, 2147483647
    imul r9, rbp, -2147483648
    mov r9, rsi
    mov r9d, esi
    add r9, rsi
    add r9d, esi
    or r9, rsi
    or r9d, esi
    and r9, rsi
    and r9d, esi
    sub r9, rsi
    sub r9d, esi
    xor r9, rsi
    xor r9d, esi
    cmp r9, rsi
    cmp r9d, esi
    test r9, rsi
    test r9d, esi
    imul r9, rsi
    imul r9, rsi, 0
    imul r9, rsi, 1
    imul r9, rsi, -1
    imul r9, rsi, 127
    imul r9, rsi, -128
    imul r9, rsi, 128
    imul r9, rsi, -129
    imul r9, rsi, 2147483647
    imul r9, rsi, -2147483648
    mov r9, rdi
    mov r9d, edi
    add r9, rdi
    add r9d, edi
    or r9, rdi
    or r9d, edi
    and r9, rdi
    and r9d, edi
    sub r9, rdi
    sub r9d, edi
    xor r9, rdi
    xor r9d, edi
    cmp r9, rdi
    cmp r9d, edi
    test r9, rdi
    test r9d, edi
    imul r9, rdi
    imul r9, rdi, 0
    imul r9, rdi, 1
    imul r9, rdi, -1
    imul r9, rdi, 127
    imul r9, rdi, -128
    imul r9, rdi, 128
    imul r9, rdi, -129
    imul r9, rdi, 2147483647
    imul r9, rdi, -2147483648
    mov r9, r8
    mov r9d, r8d
    add r9, r8
    add r9d, r8d
    or r9, r8
    or r9d, r8d
    and r9, r8
    and r9d, r8d
    sub r9, r8
    sub r9d, r8d
    xor r9, r8
    xor r9d, r8d
    cmp r9, r8
    cmp r9d, r8d
    test r9, r8
    test r9d, r8d
    imul r9, r8
    imul r9, r8, 0
    imul r9, r8, 1
    imul r9, r8, -1
    imul r9, r8, 127
    imul r9, r8, -128
    imul r9, r8, 128
    imul r9, r8, -129
    imul r9, r8, 2147483647
    imul r9, r8, -2147483648
    mov r9, r9
    mov r9d, r9d
    add r9, r9
    add r9d, r9d
    or r9, r9
    or r9d, r9d
    and r9, r9
    and r9d, r9d
    sub r9, r9
    sub r9d, r9d
    xor r9, r9
    xor r9d, r9d
    cmp r9, r9
    cmp r9d, r9d
    test r9, r9
    test r9d, r9d
    imul r9, r9
    imul r9, r9, 0
    imul r9, r9, 1
    imul r9, r9, -1
    imul r9, r9, 127
    imul r9, r9, -128
    imul r9, r9, 128
    imul r9, r9, -129
    imul r9, r9, 2147483647
    imul r9, r9, -2147483648
    mov r9, r10
    mov r9d, r10d
    add r9, r10
    add r9d, r10d
    or r9, r10
    or r9d, r10d
    and r9, r10
    and r9d, r10d
    sub r9, r10
    sub r9d, r10d
    xor r9, r10
    xor r9d, r10d
    cmp r9, r10
    cmp r9d, r10d
    test r9, r10
    test r9d, r10d
    imul r9, r10
    imul r9, r10, 0
    imul r9, r10, 1
    imul r9, r10, -1
    imul r9, r10, 127
    imul r9, r10, -128
    imul r9, r10, 128
    imul r9, r10, -129
    imul r9, r10, 2147483647
    imul r9, r10, -2147483648
    mov r9, r11
    mov r9d, r11d
    add r9, r11
    add r9d, r11d
    or r9, r11
    or r9d, r11d
    and r9, r11
    and r9d, r11d
    sub r9, r11
    sub r9d, r11d
    xor r9, r11
    xor r9d, r11d
    cmp r9, r11
    cmp r9d, r11d
    test r9, r11
    test r9d, r11d
    imul r9, r11
    imul r9, r11, 0
    imul r9, r11, 1
    imul r9, r11, -1
    imul r9, r11, 127
    imul r9, r11, -128
    imul r9, r11, 128
    imul r9, r11, -129
    imul r9, r11, 2147483647
    imul r9, r11, -2147483648
    mov r9, r12
    mov r9d, r12d
    add r9, r12
    add r9d, r12d
    or r9, r12
    or r9d, r12d
    and r9, r12
    and r9d, r12d
    sub r9, r12
    sub r9d, r12d
    xor r9, r12
    xor r9d, r12d
    cmp r9, r12
    cmp r9d, r12d
    test r9, r12
    test r9d, r12d
    imul r9, r12
    imul r9, r12, 0
    imul r9, r12, 1
    imul r9, r12, -1
    imul r9, r12, 127
    imul r9, r12, -128
    imul r9, r12, 128
    imul r9, r12, -129
    imul r9, r12, 2147483647
    imul r9, r12, -2147483648
    mov r9, r13
    mov r9d, r13d
    add r9, r13
    add r9d, r13d
    or r9, r13
    or r9d, r13d
    and r9, r13
    and r9d, r13d
    sub r9, r13
    sub r9d, r13d
    xor r9, r13
    xor r9d, r13d
    cmp r9, r13
    cmp r9d, r13d
    test r9, r13
    test r9d, r13d
    imul r9, r13
    imul r9, r13, 0
    imul r9, r13, 1
    imul r9, r13, -1
    imul r9, r13, 127
    imul r9, r13, -128
    imul r9, r13, 128
    imul r9, r13, -129
    imul r9, r13, 2147483647
    imul r9, r13, -2147483648
    mov r9, r14
    mov r9d, r14d
    add r9, r14
    add r9d, r14d
    or r9, r14
    or r9d, r14d
    and r9, r14
    and r9d, r14d
    sub r9, r14
    sub r9d, r14d
    xor r9, r14
    xor r9d, r14d
    cmp r9, r14
    cmp r9d, r14d
    test r9, r14
    test r9d, r14d
    imul r9, r14
    imul r9, r14, 0
    imul r9, r14, 1
    imul r9, r14, -1
    imul r9, r14, 127
    imul r9, r14, -128
    imul r9, r14, 128
    imul r9, r14, -129
    imul r9, r14, 2147483647
    imul r9, r14, -2147483648
    mov r9, r15
    mov r9d, r15d
    add r9, r15
    add r9d, r15d
    or r9, r15
    or r9d, r15d
    and r9, r15
    and r9d, r15d
    sub r9, r15
    sub r9d, r15d
    xor r9, r15
    xor r9d, r15d
    cmp r9, r15
    cmp r9d, r15d
    test r9, r15
    test r9d, r15d
    imul r9, r15
    imul r9, r15, 0
    imul r9, r15, 1
    imul r9, r15, -1
    imul r9, r15, 127
    imul r9, r15, -128
    imul r9, r15, 128
    imul r9, r15, -129
    imul r9, r15, 2147483647
    imul r9, r15, -2147483648
    mov r9, 0
    mov r9, 1
    mov r9, -1
    mov r9, 127
    mov r9, -128
    mov r9, 128
    mov r9, -129
    mov r9, 2147483647
    mov r9, -2147483648
    mov r9, 2147483648
    mov r9, 4294967295
    mov r9, 0x100000000
    mov r9, 0xffffffff7fffffff
    mov r9, 0x7fffffffffffffff
    mov r9, 0x8000000000000000
    mov r9, 0x123456789abcdef0
    mov r9, strict qword 0
    mov r9, strict qword 1
    mov r9, strict qword -1
    mov r9, strict qword 127
    mov r9, strict qword -128
    mov r9, strict qword 128
    mov r9, strict qword -129
    mov r9, strict qword 2147483647
    mov r9, strict qword -2147483648
    mov r9, strict qword 2147483648
    mov r9, strict qword 4294967295
    mov r9, strict qword 0x100000000
    mov r9, strict qword 0xffffffff7fffffff
    mov r9, strict qword 0x7fffffffffffffff
    mov r9, strict qword 0x8000000000000000
    mov r9, strict qword 0x123456789abcdef0
    mov r9d, 0
    mov r9d, 1
    mov r9d, -1
    mov r9d, 127
    mov r9d, 2147483647
    mov r9d, -2147483648
    mov r9d, 2147483648
    mov r9d, 4294967295
    add r9, 0
    add r9d, 0
    add r9, 1
    add r9d, 1
    add r9, -1
    add r9d, -1
    add r9, 127
    add r9d, 127
    add r9, -128
    add r9d, -128
    add r9, 128
    add r9d, 128
    add r9, -129
    add r9d, -129
    add r9, 255
    add r9d, 255
    add r9, 32767
    add r9d, 32767
    add r9, 2147483647
    add r9d, 2147483647
    add r9, -2147483648
    add r9d, -2147483648
    add r9d, 2147483648
    add r9d, 4294967295
    add r9d, 4294967168
    or r9, 0
    or r9d, 0
    or r9, 1
    or r9d, 1
    or r9, -1
    or r9d, -1
    or r9, 127
    or r9d, 127
    or r9, -128
    or r9d, -128
    or r9, 128
    or r9d, 128
    or r9, -129
    or r9d, -129
    or r9, 255
    or r9d, 255
    or r9, 32767
    or r9d, 32767
    or r9, 2147483647
    or r9d, 2147483647
    or r9, -2147483648
    or r9d, -2147483648
    or r9d, 2147483648
    or r9d, 4294967295
    or r9d, 4294967168
    and r9, 0
    and r9d, 0
    and r9, 1
    and r9d, 1
    and r9, -1
    and r9d, -1
    and r9, 127
    and r9d, 127
    and r9, -128
    and r9d, -128
    and r9, 128
    and r9d, 128
    and r9, -129
    and r9d, -129
    and r9, 255
    and r9d, 255
    and r9, 32767
    and r9d, 32767
    and r9, 2147483647
    and r9d, 2147483647
    and r9, -2147483648
    and r9d, -2147483648
    and r9d, 2147483648
    and r9d, 4294967295
    and r9d, 4294967168
    sub r9, 0
    sub r9d, 0
    sub r9, 1
    sub r9d, 1
    sub r9, -1
    sub r9d, -1
    sub r9, 127
    sub r9d, 127
    sub r9, -128
    sub r9d, -128
    sub r9, 128
    sub r9d, 128
    sub r9, -129
    sub r9d, -129
    sub r9, 255
    sub r9d, 255
    sub r9, 32767
    sub r9d, 32767
    sub r9, 2147483647
    sub r9d, 2147483647
    sub r9, -2147483648
    sub r9d, -2147483648
    sub r9d, 2147483648
    sub r9d, 4294967295
    sub r9d, 4294967168
    xor r9, 0
    xor r9d, 0
    xor r9, 1
    xor r9d, 1
    xor r9, -1
    xor r9d, -1
    xor r9, 127
    xor r9d, 127
    xor r9, -128
    xor r9d, -128
    xor r9, 128
    xor r9d, 128
    xor r9, -129
    xor r9d, -129
    xor r9, 255
    xor r9d, 255
    xor r9, 32767
    xor r9d, 32767
    xor r9, 2147483647
    xor r9d, 2147483647
    xor r9, -2147483648
    xor r9d, -2147483648
    xor r9d, 2147483648
    xor r9d, 4294967295
    xor r9d, 4294967168
    cmp r9, 0
    cmp r9d, 0
    cmp r9, 1
    cmp r9d, 1
    cmp r9, -1
    cmp r9d, -1
    cmp r9, 127
    cmp r9d, 127
    cmp r9, -128
    cmp r9d, -128
    cmp r9, 128
    cmp r9d, 128
    cmp r9, -129
    cmp r9d, -129
    cmp r9, 255
    cmp r9d, 255
    cmp r9, 32767
    cmp r9d, 32767
    cmp r9, 2147483647
    cmp r9d, 2147483647
    cmp r9, -2147483648
    cmp r9d, -2147483648
    cmp r9d, 2147483648
    cmp r9d, 4294967295
    cmp r9d, 4294967168
    test r9, 0
    test r9d, 0
    test r9, 1
    test r9d, 1
    test r9, -1
    test r9d, -1
    test r9, 127
    test r9d, 127
    test r9, -128
    test r9d, -128
    test r9, 128
    test r9d, 128
    test r9, -129
    test r9d, -129
    test r9, 255
    test r9d, 255
    test r9, 32767
    test r9d, 32767
    test r9, 2147483647
    test r9d, 2147483647
    test r9, -2147483648
    test r9d, -2147483648
    test r9d, 2147483648
    test r9d, 4294967295
    test r9d, 4294967168
    inc r9
    dec r9
    neg r9
    not r9
    push r9
    pop r9
    call r9
    jmp r9
    shl r9, 0
    shl r9, 1
    shl r9, 2
    shl r9, 31
    shl r9, 32
    shl r9, 63
    shr r9, 0
    shr r9, 1
    shr r9, 2
    shr r9, 31
    shr r9, 32
    shr r9, 63
    sar r9, 0
    sar r9, 1
    sar r9, 2
    sar r9, 31
    sar r9, 32
    sar r9, 63
    seto r9b
    setno r9b
    setb r9b
    setae r9b
    sete r9b
    setne r9b
    setbe r9b
    seta r9b
    sets r9b
    setns r9b
    setp r9b
    setnp r9b
    setl r9b
    setge r9b
    setle r9b
    setg r9b
    mov r10, rax
    mov r10d, eax
    add r10, rax
    add r10d, eax
    or r10, rax
    or r10d, eax
    and r10, rax
    and r10d, eax
    sub r10, rax
    sub r10d, eax
    xor r10, rax
    xor r10d, eax
    cmp r10, rax
    cmp r10d, eax
    test r10, rax
    test r10d, eax
    imul r10, rax
    imul r10, rax, 0
    imul r10, rax, 1
    imul r10, rax, -1
    imul r10, rax, 127
    imul r10, rax, -128
    imul r10, rax, 128
    imul r10, rax, -129
    imul r10, rax, 2147483647
    imul r10, rax, -2147483648
    mov r10, rcx
    mov r10d, ecx
    add r10, rcx
    add r10d, ecx
    or r10, rcx
    or r10d, ecx
    and r10, rcx
    and r10d, ecx
    sub r10, rcx
    sub r10d, ecx
    xor r10, rcx
    xor r10d, ecx
    cmp r10, rcx
    cmp r10d, ecx
    test r10, rcx
    test r10d, ecx
    imul r10, rcx
    imul r10, rcx, 0
    imul r10, rcx, 1
    imul r10, rcx, -1
    imul r10, rcx, 127
    imul r10, rcx, -128
    imul r10, rcx, 128
    imul r10, rcx, -129
    imul r10, rcx, 2147483647
    imul r10, rcx, -2147483648
    mov r10, rdx
    mov r10d, edx
    add r10, rdx
    add r10d, edx
    or r10, rdx
    or r10d, edx
    and r10, rdx
    and r10d, edx
    sub r10, rdx
    sub r10d, edx
    xor r10, rdx
    xor r10d, edx
    cmp r10, rdx
    cmp r10d, edx
    test r10, rdx
    test r10d, edx
    imul r10, rdx
    imul r10, rdx, 0
    imul r10, rdx, 1
    imul r10, rdx, -1
    imul r10, rdx, 127
    imul r10, rdx, -128
    imul r10, rdx, 128
    imul r10, rdx, -129
    imul r10, rdx, 2147483647
    imul r10, rdx, -2147483648
    mov r10, rbx
    mov r10d, ebx
    add r10, rbx
    add r10d, ebx
    or r10, rbx
    or r10d, ebx
    and r10, rbx
    and r10d, ebx
    sub r10, rbx
    sub r10d, ebx
    xor r10, rbx
    xor r10d, ebx
    cmp r10, rbx
    cmp r10d, ebx
    test r10, rbx
    test r10d, ebx
    imul r10, rbx
    imul r10, rbx, 0
    imul r10, rbx, 1
    imul r10, rbx, -1
    imul r10, rbx, 127
    imul r10, rbx, -128
    imul r10, rbx, 128
    imul r10, rbx, -129
    imul r10, rbx, 2147483647
    imul r10, rbx, -2147483648
    mov r10, rsp
    mov r10d, esp
    add r10, rsp
    add r10d, esp
    or r10, rsp
    or r10d, esp
    and r10, rsp
    and r10d, esp
    sub r10, rsp
    sub r10d, esp
    xor r10, rsp
    xor r10d, esp
    cmp r10, rsp
    cmp r10d, esp
    test r10, rsp
    test r10d, esp
    imul r10, rsp
    imul r10, rsp, 0
    imul r10, rsp, 1
    imul r10, rsp, -1
    imul r10, rsp, 127
    imul r10, rsp, -128
    imul r10, rsp, 128
    imul r10, rsp, -129
    imul r10, rsp, 2147483647
    imul r10, rsp, -2147483648
    mov r10, rbp
    mov r10d, ebp
    add r10, rbp
    add r10d, ebp
    or r10, rbp
    or r10d, ebp
    and r10, rbp
    and r10d, ebp
    sub r10, rbp
    sub r10d, ebp
    xor r10, rbp
    xor r10d, ebp
    cmp r10, rbp
    cmp r10d, ebp
    test r10, rbp
    test r10d, ebp
    imul r10, rbp
    imul r10, rbp, 0
    imul r10, rbp, 1
    imul r10, rbp, -1
    imul r10, rbp, 127
    imul r10, rbp, -128
    imul r10, rbp, 128
    imul r10, rbp, -129
    imul r10, rbp, 2147483647
    imul r10, rbp, -2147483648
    mov r10, rsi
    mov r10d, esi
    add r10, rsi
    add r10d, esi
    or r10, rsi
    or r10d, esi
    and r10, rsi
    and r10d, esi
    sub r10, rsi
    sub r10d, esi
    xor r10, rsi
    xor r10d, esi
    cmp r10, rsi
    cmp r10d, esi
    test r10, rsi
    test r10d, esi
    imul r10, rsi
    imul r10, rsi, 0
    imul r10, rsi, 1
    imul r10, rsi, -1
    imul r10, rsi, 127
    imul r10, rsi, -128
    imul r10, rsi, 128
    imul r10, rsi, -129
    imul r10, rsi, 2147483647
    imul r10, rsi, -2147483648
    mov r10, rdi
    mov r10d, edi
    add r10, rdi
    add r10d, edi
    or r10, rdi
    or r10d, edi
    and r10, rdi
    and r10d, edi
    sub r10, rdi
    sub r10d, edi
    xor r10, rdi
    xor r10d, edi
    cmp r10, rdi
    cmp r10d, edi
    test r10, rdi
    test r10d, edi
    imul r10, rdi
    imul r10, rdi, 0
    imul r10, rdi, 1
    imul r10, rdi, -1
    imul r10, rdi, 127
    imul r10, rdi, -128
    imul r10, rdi, 128
    imul r10, rdi, -129
    imul r10, rdi, 2147483647
    imul r10, rdi, -2147483648
    mov r10, r8
    mov r10d, r8d
    add r10, r8
    add r10d, r8d
    or r10, r8
    or r10d, r8d
    and r10, r8
    and r10d, r8d
    sub r10, r8
    sub r10d, r8d
    xor r10, r8
    xor r10d, r8d
    cmp r10, r8
    cmp r10d, r8d
    test r10, r8
    test r10d, r8d
    imul r10, r8
    imul r10, r8, 0
    imul r10, r8, 1
    imul r10, r8, -1
    imul r10, r8, 127
    imul r10, r8, -128
    imul r10, r8, 128
    imul r10, r8, -129
    imul r10, r8, 2147483647
    imul r10, r8, -2147483648
    mov r10, r9
    mov r10d, r9d
    add r10, r9
    add r10d, r9d
    or r10, r9
    or r10d, r9d
    and r10, r9
    and r10d, r9d
    sub r10, r9
    sub r10d, r9d
    xor r10, r9
    xor r10d, r9d
    cmp r10, r9
    cmp r10d, r9d
    test r10, r9
    test r10d, r9d
    imul r10, r9
    imul r10, r9, 0
    imul r10, r9, 1
    imul r10, r9, -1
    imul r10, r9, 127
    imul r10, r9, -128
    imul r10, r9, 128
    imul r10, r9, -129
    imul r10, r9, 2147483647
    imul r10, r9, -2147483648
    mov r10, r10
    mov r10d, r10d
    add r10, r10
    add r10d, r10d
    or r10, r10
    or r10d, r10d
    and r10, r10
    and r10d, r10d
    sub r10, r10
    sub r10d, r10d
    xor r10, r10
    xor r10d, r10d
    cmp r10, r10
    cmp r10d, r10d
    test r10, r10
    test r10d, r10d
    imul r10, r10
    imul r10, r10, 0
    imul r10, r10, 1
    imul r10, r10, -1
    imul r10, r10, 127
    imul r10, r10, -128
    imul r10, r10, 128
    imul r10, r10, -129
    imul r10, r10, 2147483647
    imul r10, r10, -2147483648
    mov r10, r11
    mov r10d, r11d
    add r10, r11
    add r10d, r11d
    or r10, r11
    or r10d, r11d
    and r10, r11
    and r10d, r11d
    sub r10, r11
    sub r10d, r11d
    xor r10, r11
    xor r10d, r11d
    cmp r10, r11
    cmp r10d, r11d
    test r10, r11
    test r10d, r11d
    imul r10, r11
    imul r10, r11, 0
    imul r10, r11, 1
    imul r10, r11, -1
    imul r10, r11, 127
    imul r10, r11, -128
    imul r10, r11, 128
    imul r10, r11, -129
    imul r10, r11, 2147483647
    imul r10, r11, -2147483648
    mov r10, r12
    mov r10d, r12d
    add r10, r12
    add r10d, r12d
    or r10, r12
    or r10d, r12d
    and r10, r12
    and r10d, r12d
    sub r10, r12
    sub r10d, r12d
    xor r10, r12
    xor r10d, r12d
    cmp r10, r12
    cmp r10d, r12d
    test r10, r12
    test r10d, r12d
    imul r10, r12
    imul r10, r12, 0
    imul r10, r12, 1
    imul r10, r12, -1
    imul r10, r12, 127
    imul r10, r12, -128
    imul r10, r12, 128
    imul r10, r12, -129
    imul r10, r12, 2147483647
    imul r10, r12, -2147483648
    mov r10, r13
    mov r10d, r13d
    add r10, r13
    add r10d, r13d
    or r10, r13
    or r10d, r13d
    and r10, r13
    and r10d, r13d
    sub r10, r13
    sub r10d, r13d
    xor r10, r13
    xor r10d, r13d
    cmp r10, r13
    cmp r10d, r13d
    test r10, r13
    test r10d, r13d
    imul r10, r13
    imul r10, r13, 0
    imul r10, r13, 1
    imul r10, r13, -1
    imul r10, r13, 127
    imul r10, r13, -128
    imul r10, r13, 128
    imul r10, r13, -129
    imul r10, r13, 2147483647
    imul r10, r13, -2147483648
    mov r10, r14
    mov r10d, r14d
    add r10, r14
    add r10d, r14d
    or r10, r14
    or r10d, r14d
    and r10, r14
    and r10d, r14d
    sub r10, r14
    sub r10d, r14d
    xor r10, r14
    xor r10d, r14d
    cmp r10, r14
    cmp r10d, r14d
    test r10, r14
    test r10d, r14d
    imul r10, r14
    imul r10, r14, 0
    imul r10, r14, 1
    imul r10, r14, -1
    imul r10, r14, 127
    imul r10, r14, -128
    imul r10, r14, 128
    imul r10, r14, -129
    imul r10, r14, 2147483647
    imul r10, r14, -2147483648
    mov r10, r15
    mov r10d, r15d
    add r10, r15
    add r10d, r15d
    or r10, r15
    or r10d, r15d
    and r10, r15
    and r10d, r15d
    sub r10, r15
    sub r10d, r15d
    xor r10, r15
    xor r10d, r15d
    cmp r10, r15
    cmp r10d, r15d
    test r10, r15
    test r10d, r15d
    imul r10, r15
    imul r10, r15, 0
    imul r10, r15, 1
    imul r10, r15, -1
    imul r10, r15, 127
    imul r10, r15, -128
    imul r10, r15, 128
    imul r10, r15, -129
    imul r10, r15, 2147483647
    imul r10, r15, -2147483648
    mov r10, 0
    mov r10, 1
    mov r10, -1
    mov r10, 127
    mov r10, -128
    mov r10, 128
    mov r10, -129
    mov r10, 2147483647
    mov r10, -2147483648
    mov r10, 2147483648
    mov r10, 4294967295
    mov r10, 0x100000000
    mov r10, 0xffffffff7fffffff
    mov r10, 0x7fffffffffffffff
    mov r10, 0x8000000000000000
    mov r10, 0x123456789abcdef0
    mov r10, strict qword 0
    mov r10, strict qword 1
    mov r10, strict qword -1
    mov r10, strict qword 127
    mov r10, strict qword -128
    mov r10, strict qword 128
    mov r10, strict qword -129
    mov r10, strict qword 2147483647
    mov r10, strict qword -2147483648
    mov r10, strict qword 2147483648
    mov r10, strict qword 4294967295
    mov r10, strict qword 0x100000000
    mov r10, strict qword 0xffffffff7fffffff
    mov r10, strict qword 0x7fffffffffffffff
    mov r10, strict qword 0x8000000000000000
    mov r10, strict qword 0x123456789abcdef0
    mov r10d, 0
    mov r10d, 1
    mov r10d, -1
    mov r10d, 127
    mov r10d, 2147483647
    mov r10d, -2147483648
    mov r10d, 2147483648
    mov r10d, 4294967295
    add r10, 0
    add r10d, 0
    add r10, 1
    add r10d, 1
    add r10, -1
    add r10d, -1
    add r10, 127
    add r10d, 127
    add r10, -128
    add r10d, -128
    add r10, 128
    add r10d, 128
    add r10, -129
    add r10d, -129
    add r10, 255
    add r10d, 255
    add r10, 32767
    add r10d, 32767
    add r10, 2147483647
    add r10d, 2147483647
    add r10, -2147483648
    add r10d, -2147483648
    add r10d, 2147483648
    add r10d, 4294967295
    add r10d, 4294967168
    or r10, 0
    or r10d, 0
    or r10, 1
    or r10d, 1
    or r10, -1
    or r10d, -1
    or r10, 127
    or r10d, 127
    or r10, -128
    or r10d, -128
    or r10, 128
    or r10d, 128
    or r10, -129
    or r10d, -129
    or r10, 255
    or r10d, 255
    or r10, 32767
    or r10d, 32767
    or r10, 2147483647
    or r10d, 2147483647
    or r10, -2147483648
    or r10d, -2147483648
    or r10d, 2147483648
    or r10d, 4294967295
    or r10d, 4294967168
    and r10, 0
    and r10d, 0
    and r10, 1
    and r10d, 1
    and r10, -1
    and r10d, -1
    and r10, 127
    and r10d, 127
    and r10, -128
    and r10d, -128
    and r10, 128
    and r10d, 128
    and r10, -129
    and r10d, -129
    and r10, 255
    and r10d, 255
    and r10, 32767
    and r10d, 32767
    and r10, 2147483647
    and r10d, 2147483647
    and r10, -2147483648
    and r10d, -2147483648
    and r10d, 2147483648
    and r10d, 4294967295
    and r10d, 4294967168
    sub r10, 0
    sub r10d, 0
    sub r10, 1
    sub r10d, 1
    sub r10, -1
    sub r10d, -1
    sub r10, 127
    sub r10d, 127
    sub r10, -128
    sub r10d, -128
    sub r10, 128
    sub r10d, 128
    sub r10, -129
    sub r10d, -129
    sub r10, 255
    sub r10d, 255
    sub r10, 32767
    sub r10d, 32767
    sub r10, 2147483647
    sub r10d, 2147483647
    sub r10, -2147483648
    sub r10d, -2147483648
    sub r10d, 2147483648
    sub r10d, 4294967295
    sub r10d, 4294967168
    xor r10, 0
    xor r10d, 0
    xor r10, 1
    xor r10d, 1
    xor r10, -1
    xor r10d, -1
    xor r10, 127
    xor r10d, 127
    xor r10, -128
    xor r10d, -128
    xor r10, 128
    xor r10d, 128
    xor r10, -129
    xor r10d, -129
    xor r10, 255
    xor r10d, 255
    xor r10, 32767
    xor r10d, 32767
    xor r10, 2147483647
    xor r10d, 2147483647
    xor r10, -2147483648
    xor r10d, -2147483648
    xor r10d, 2147483648
    xor r10d, 4294967295
    xor r10d, 4294967168
    cmp r10, 0
    cmp r10d, 0
    cmp r10, 1
    cmp r10d, 1
    cmp r10, -1
    cmp r10d, -1
    cmp r10, 127
    cmp r10d, 127
    cmp r10, -128
    cmp r10d, -128
    cmp r10, 128
    cmp r10d, 128
    cmp r10, -129
    cmp r10d, -129
    cmp r10, 255
    cmp r10d, 255
    cmp r10, 32767
    cmp r10d, 32767
    cmp r10, 2147483647
    cmp r10d, 2147483647
    cmp r10, -2147483648
    cmp r10d, -2147483648
    cmp r10d, 2147483648
    cmp r10d, 4294967295
    cmp r10d, 4294967168
    test r10, 0
    test r10d, 0
    test r10, 1
    test r10d, 1
    test r10, -1
    test r10d, -1
    test r10, 127
    test r10d, 127
    test r10, -128
    test r10d, -128
    test r10, 128
    test r10d, 128
    test r10, -129
    test r10d, -129
    test r10, 255
    test r10d, 255
    test r10, 32767
    test r10d, 32767
    test r10, 2147483647
    test r10d, 2147483647
    test r10, -2147483648
    test r10d, -2147483648
    test r10d, 2147483648
    test r10d, 4294967295
    test r10d, 4294967168
    inc r10
    dec r10
    neg r10
    not r10
    push r10
    pop r10
    call r10
    jmp r10
    shl r10, 0
    shl r10, 1
    shl r10, 2
    shl r10, 31
    shl r10, 32
    shl r10, 63
    shr r10, 0
    shr r10, 1
    shr r10, 2
    shr r10, 31
    shr r10, 32
    shr r10, 63
    sar r10, 0
    sar r10, 1
    sar r10, 2
    sar r10, 31
    sar r10, 32
    sar r10, 63
    seto r10b
    setno r10b
    setb r10b
    setae r10b
    sete r10b
    setne r10b
    setbe r10b
    seta r10b
    sets r10b
    setns r10b
    setp r10b
    setnp r10b
    setl r10b
    setge r10b
    setle r10b
    setg r10b
    mov r11, rax
    mov r11d, eax
    add r11, rax
    add r11d, eax
    or r11, rax
    or r11d, eax
    and r11, rax
    and r11d, eax
    sub r11, rax
    sub r11d, eax
    xor r11, rax
    xor r11d, eax
    cmp r11, rax
    cmp r11d, eax
    test r11, rax
    test r11d, eax
    imul r11, rax
    imul r11, rax, 0
    imul r11, rax, 1
    imul r11, rax, -1
    imul r11, rax, 127
    imul r11, rax, -128
    imul r11, rax, 128
    imul r11, rax, -129
    imul r11, rax, 2147483647
    imul r11, rax, -2147483648
    mov r11, rcx
    mov r11d, ecx
    add r11, rcx
    add r11d, ecx
    or r11, rcx
    or r11d, ecx
    and r11, rcx
    and r11d, ecx
    sub r11, rcx
    sub r11d, ecx
    xor r11, rcx
    xor r11d, ecx
    cmp r11, rcx
    cmp r11d, ecx
    test r11, rcx
    test r11d, ecx
    imul r11, rcx
    imul r11, rcx, 0
    imul r11, rcx, 1
    imul r11, rcx, -1
    imul r11, rcx, 127
    imul r11, rcx, -128
    imul r11, rcx, 128
    imul r11, rcx, -129
    imul r11, rcx, 2147483647
    imul r11, rcx, -2147483648
    mov r11, rdx
    mov r11d, edx
    add r11, rdx
    add r11d, edx
    or r11, rdx
    or r11d, edx
    and r11, rdx
    and r11d, edx
    sub r11, rdx
    sub r11d, edx
    xor r11, rdx
    xor r11d, edx
    cmp r11, rdx
    cmp r11d, edx
    test r11, rdx
    test r11d, edx
    imul r11, rdx
    imul r11, rdx, 0
    imul r11, rdx, 1
    imul r11, rdx, -1
    imul r11, rdx, 127
    imul r11, rdx, -128
    imul r11, rdx, 128
    imul r11, rdx, -129
    imul r11, rdx, 2147483647
    imul r11, rdx, -2147483648
    mov r11, rbx
    mov r11d, ebx
    add r11, rbx
    add r11d, ebx
    or r11, rbx
    or r11d, ebx
    and r11, rbx
    and r11d, ebx
    sub r11, rbx
    sub r11d, ebx
    xor r11, rbx
    xor r11d, ebx
    cmp r11, rbx
    cmp r11d, ebx
    test r11, rbx
    test r11d, ebx
    imul r11, rbx
    imul r11, rbx, 0
    imul r11, rbx, 1
    imul r11, rbx, -1
    imul r11, rbx, 127
    imul r11, rbx, -128
    imul r11, rbx, 128
    imul r11, rbx, -129
    imul r11, rbx, 2147483647
    imul r11, rbx, -2147483648
    mov r11, rsp
    mov r11d, esp
    add r11, rsp
    add r11d, esp
    or r11, rsp
    or r11d, esp
    and r11, rsp
    and r11d, esp
    sub r11, rsp
    sub r11d, esp
    xor r11, rsp
    xor r11d, esp
    cmp r11, rsp
    cmp r11d, esp
    test r11, rsp
    test r11d, esp
    imul r11, rsp
    imul r11, rsp, 0
    imul r11, rsp, 1
    imul r11, rsp, -1
    imul r11, rsp, 127
    imul r11, rsp, -128
    imul r11, rsp, 128
    imul r11, rsp, -129
    imul r11, rsp, 2147483647
    imul r11, rsp, -2147483648
    mov r11, rbp
    mov r11d, ebp
    add r11, rbp
    add r11d, ebp
    or r11, rbp
    or r11d, ebp
    and r11, rbp
    and r11d, ebp
    sub r11, rbp
    sub r11d, ebp
    xor r11, rbp
    xor r11d, ebp
    cmp r11, rbp
    cmp r11d, ebp
    test r11, rbp
    test r11d, ebp
    imul r11, rbp
    imul r11, rbp, 0
    imul r11, rbp, 1
    imul r11, rbp, -1
    imul r11, rbp, 127
    imul r11, rbp, -128
    imul r11, rbp, 128
    imul r11, rbp, -129
    imul r11, rbp, 2147483647
    imul r11, rbp, -2147483648
    mov r11, rsi
    mov r11d, esi
    add r11, rsi
    add r11d, esi
    or r11, rsi
    or r11d, esi
    and r11, rsi
    and r11d, esi
    sub r11, rsi
    sub r11d, esi
    xor r11, rsi
    xor r11d, esi
    cmp r11, rsi
    cmp r11d, esi
    test r11, rsi
    test r11d, esi
    imul r11, rsi
    imul r11, rsi, 0
    imul r11, rsi, 1
    imul r11, rsi, -1
    imul r11, rsi, 127
    imul r11, rsi, -128
    imul r11, rsi, 128
    imul r11, rsi, -129
    imul r11, rsi, 2147483647
    imul r11, rsi, -2147483648
    mov r11, rdi
    mov r11d, edi
    add r11, rdi
    add r11d, edi
    or r11, rdi
    or r11d, edi
    and r11, rdi
    and r11d, edi
    sub r11, rdi
    sub r11d, edi
    xor r11, rdi
    xor r11d, edi
    cmp r11, rdi
    cmp r11d, edi
    test r11, rdi
    test r11d, edi
    imul r11, rdi
    imul r11, rdi, 0
    imul r11, rdi, 1
    imul r11, rdi, -1
    imul r11, rdi, 127
    imul r11, rdi, -128
    imul r11, rdi, 128
    imul r11, rdi, -129
    imul r11, rdi, 2147483647
    imul r11, rdi, -2147483648
    mov r11, r8
    mov r11d, r8d
    add r11, r8
    add r11d, r8d
    or r11, r8
    or r11d, r8d
    and r11, r8
    and r11d, r8d
    sub r11, r8
    sub r11d, r8d
    xor r11, r8
    xor r11d, r8d
    cmp r11, r8
    cmp r11d, r8d
    test r11, r8
    test r11d, r8d
    imul r11, r8
    imul r11, r8, 0
    imul r11, r8, 1
    imul r11, r8, -1
    imul r11, r8, 127
    imul r11, r8, -128
    imul r11, r8, 128
    imul r11, r8, -129
    imul r11, r8, 2147483647
    imul r11, r8, -2147483648
    mov r11, r9
    mov r11d, r9d
    add r11, r9
    add r11d, r9d
    or r11, r9
    or r11d, r9d
    and r11, r9
    and r11d, r9d
    sub r11, r9
    sub r11d, r9d
    xor r11, r9
    xor r11d, r9d
    cmp r11, r9
    cmp r11d, r9d
    test r11, r9
    test r11d, r9d
    imul r11, r9
    imul r11, r9, 0
    imul r11, r9, 1
    imul r11, r9, -1
    imul r11, r9, 127
    imul r11, r9, -128
    imul r11, r9, 128
    imul r11, r9, -129
    imul r11, r9, 2147483647
    imul r11, r9, -2147483648
    mov r11, r10
    mov r11d, r10d
    add r11, r10
    add r11d, r10d
    or r11, r10
    or r11d, r10d
    and r11, r10
    and r11d, r10d
    sub r11, r10
    sub r11d, r10d
    xor r11, r10
    xor r11d, r10d
    cmp r11, r10
    cmp r11d, r10d
    test r11, r10
    test r11d, r10d
    imul r11, r10
    imul r11, r10, 0
    imul r11, r10, 1
    imul r11, r10, -1
    imul r11, r10, 127
    imul r11, r10, -128
    imul r11, r10, 128
    imul r11, r10, -129
    imul r11, r10, 2147483647
    imul r11, r10, -2147483648
    mov r11, r11
    mov r11d, r11d
    add r11, r11
    add r11d, r11d
    or r11, r11
    or r11d, r11d
    and r11, r11
    and r11d, r11d
    sub r11, r11
    sub r11d, r11d
    xor r11, r11
    xor r11d, r11d
    cmp r11, r11
    cmp r11d, r11d
    test r11, r11
    test r11d, r11d
    imul r11, r11
    imul r11, r11, 0
    imul r11, r11, 1
    imul r11, r11, -1
    imul r11, r11, 127
    imul r11, r11, -128
    imul r11, r11, 128
    imul r11, r11, -129
    imul r11, r11, 2147483647
    imul r11, r11, -2147483648
    mov r11, r12
    mov r11d, r12d
    add r11, r12
    add r11d, r12d
    or r11, r12
    or r11d, r12d
    and r11, r12
    and r11d, r12d
    sub r11, r12
    sub r11d, r12d
    xor r11, r12
    xor r11d, r12d
    cmp r11, r12
    cmp r11d, r12d
    test r11, r12
    test r11d, r12d
    imul r11, r12
    imul r11, r12, 0
    imul r11, r12, 1
    imul r11, r12, -1
    imul r11, r12, 127
    imul r11, r12, -128
    imul r11, r12, 128
    imul r11, r12, -129
    imul r11, r12, 2147483647
    imul r11, r12, -2147483648
    mov r11, r13
    mov r11d, r13d
    add r11, r13
    add r11d, r13d
    or r11, r13
    or r11d, r13d
    and r11, r13
    and r11d, r13d
    sub r11, r13
    sub r11d, r13d
    xor r11, r13
    xor r11d, r13d
    cmp r11, r13
    cmp r11d, r13d
    test r11, r13
    test r11d, r13d
    imul r11, r13
    imul r11, r13, 0
    imul r11, r13, 1
    imul r11, r13, -1
    imul r11, r13, 127
    imul r11, r13, -128
    imul r11, r13, 128
    imul r11, r13, -129
    imul r11, r13, 2147483647
    imul r11, r13, -2147483648
    mov r11, r14
    mov r11d, r14d
    add r11, r14
    add r11d, r14d
    or r11, r14
    or r11d, r14d
    and r11, r14
    and r11d, r14d
    sub r11, r14
    sub r11d, r14d
    xor r11, r14
    xor r11d, r14d
    cmp r11, r14
    cmp r11d, r14d
    test r11, r14
    test r11d, r14d
    imul r11, r14
    imul r11, r14, 0
    imul r11, r14, 1
    imul r11, r14, -1
    imul r11, r14, 127
    imul r11, r14, -128
    imul r11, r14, 128
    imul r11, r14, -129
    imul r11, r14, 2147483647
    imul r11, r14, -2147483648
    mov r11, r15
    mov r11d, r15d
    add r11, r15
    add r11d, r15d
    or r11, r15
    or r11d, r15d
    and r11, r15
    and r11d, r15d
    sub r11, r15
    sub r11d, r15d
    xor r11, r15
    xor r11d, r15d
    cmp r11, r15
    cmp r11d, r15d
    test r11, r15
    test r11d, r15d
    imul r11, r15
    imul r11, r15, 0
    imul r11, r15, 1
    imul r11, r15, -1
    imul r11, r15, 127
    imul r11, r15, -128
    imul r11, r15, 128
    imul r11, r15, -129
    imul r11, r15, 2147483647
    imul r11, r15, -2147483648
    mov r11, 0
    mov r11, 1
    mov r11, -1
    mov r11, 127
    mov r11, -128
    mov r11, 128
    mov r11, -129
    mov r11, 2147483647
    mov r11, -2147483648
    mov r11, 2147483648
    mov r11, 4294967295
    mov r11, 0x100000000
    mov r11, 0xffffffff7fffffff
    mov r11, 0x7fffffffffffffff
    mov r11, 0x8000000000000000
    mov r11, 0x123456789abcdef0
    mov r11, strict qword 0
    mov r11, strict qword 1
    mov r11, strict qword -1
    mov r11, strict qword 127
    mov r11, strict qword -128
    mov r11, strict qword 128
    mov r11, strict qword -129
    mov r11, strict qword 2147483647
    mov r11, strict qword -2147483648
    mov r11, strict qword 2147483648
    mov r11, strict qword 4294967295
    mov r11, strict qword 0x100000000
    mov r11, strict qword 0xffffffff7fffffff
    mov r11, strict qword 0x7fffffffffffffff
    mov r11, strict qword 0x8000000000000000
    mov r11, strict qword 0x123456789abcdef0
    mov r11d, 0
    mov r11d, 1
    mov r11d, -1
    mov r11d, 127
    mov r11d, 2147483647
    mov r11d, -2147483648
    mov r11d, 2147483648
    mov r11d, 4294967295
    add r11, 0
    add r11d, 0
    add r11, 1
    add r11d, 1
    add r11, -1
    add r11d, -1
    add r11, 127
    add r11d, 127
    add r11, -128
    add r11d, -128
    add r11, 128
    add r11d, 128
    add r11, -129
    add r11d, -129
    add r11, 255
    add r11d, 255
    add r11, 32767
    add r11d, 32767
    add r11, 2147483647
    add r11d, 2147483647
    add r11, -2147483648
    add r11d, -2147483648
    add r11d, 2147483648
    add r11d, 4294967295
    add r11d, 4294967168
    or r11, 0
    or r11d, 0
    or r11, 1
    or r11d, 1
    or r11, -1
    or r11d, -1
    or r11, 127
    or r11d, 127
    or r11, -128
    or r11d, -128
    or r11, 128
    or r11d, 128
    or r11, -129
    or r11d, -129
    or r11, 255
    or r11d, 255
    or r11, 32767
    or r11d, 32767
    or r11, 2147483647
    or r11d, 2147483647
    or r11, -2147483648
    or r11d, -2147483648
    or r11d, 2147483648
    or r11d, 4294967295
    or r11d, 4294967168
    and r11, 0
    and r11d, 0
    and r11, 1
    and r11d, 1
    and r11, -1
    and r11d, -1
    and r11, 127
    and r11d, 127
    and r11, -128
    and r11d, -128
    and r11, 128
    and r11d, 128
    and r11, -129
    and r11d, -129
    and r11, 255
    and r11d, 255
    and r11, 32767
    and r11d, 32767
    and r11, 2147483647
    and r11d, 2147483647
    and r11, -2147483648
    and r11d, -2147483648
    and r11d, 2147483648
    and r11d, 4294967295
    and r11d, 4294967168
    sub r11, 0
    sub r11d, 0
    sub r11, 1
    sub r11d, 1
    sub r11, -1
    sub r11d, -1
    sub r11, 127
    sub r11d, 127
    sub r11, -128
    sub r11d, -128
    sub r11, 128
    sub r11d, 128
    sub r11, -129
    sub r11d, -129
    sub r11, 255
    sub r11d, 255
    sub r11, 32767
    sub r11d, 32767
    sub r11, 2147483647
    sub r11d, 2147483647
    sub r11, -2147483648
    sub r11d, -2147483648
    sub r11d, 2147483648
    sub r11d, 4294967295
    sub r11d, 4294967168
    xor r11, 0
    xor r11d, 0
    xor r11, 1
    xor r11d, 1
    xor r11, -1
    xor r11d, -1
    xor r11, 127
    xor r11d, 127
    xor r11, -128
    xor r11d, -128
    xor r11, 128
    xor r11d, 128
    xor r11, -129
    xor r11d, -129
    xor r11, 255
    xor r11d, 255
    xor r11, 32767
    xor r11d, 32767
    xor r11, 2147483647
    xor r11d, 2147483647
    xor r11, -2147483648
    xor r11d, -2147483648
    xor r11d, 2147483648
    xor r11d, 4294967295
    xor r11d, 4294967168
    cmp r11, 0
    cmp r11d, 0
    cmp r11, 1
    cmp r11d, 1
    cmp r11, -1
    cmp r11d, -1
    cmp r11, 127
    cmp r11d, 127
    cmp r11, -128
    cmp r11d, -128
    cmp r11, 128
    cmp r11d, 128
    cmp r11, -129
    cmp r11d, -129
    cmp r11, 255
    cmp r11d, 255
    cmp r11, 32767
    cmp r11d, 32767
    cmp r11, 2147483647
    cmp r11d, 2147483647
    cmp r11, -2147483648
    cmp r11d, -2147483648
    cmp r11d, 2147483648
    cmp r11d, 4294967295
    cmp r11d, 4294967168
    test r11, 0
    test r11d, 0
    test r11, 1
    test r11d, 1
    test r11, -1
    test r11d, -1
    test r11, 127
    test r11d, 127
    test r11, -128
    test r11d, -128
    test r11, 128
    test r11d, 128
    test r11, -129
    test r11d, -129
    test r11, 255
    test r11d, 255
    test r11, 32767
    test r11d, 32767
    test r11, 2147483647
    test r11d, 2147483647
    test r11, -2147483648
    test r11d, -2147483648
    test r11d, 2147483648
    test r11d, 4294967295
    test r11d, 4294967168
    inc r11
    dec r11
    neg r11
    not r11
    push r11
    pop r11
    call r11
    jmp r11
    shl r11, 0
    shl r11, 1
    shl r11, 2
    shl r11, 31
    shl r11, 32
    shl r11, 63
    shr r11, 0
    shr r11, 1
    shr r11, 2
    shr r11, 31
    shr r11, 32
    shr r11, 63
    sar r11, 0
    sar r11, 1
    sar r11, 2
    sar r11, 31
    sar r11, 32
    sar r11, 63
    seto r11b
    setno r11b
    setb r11b
    setae r11b
    sete r11b
    setne r11b
    setbe r11b
    seta r11b
    sets r11b
    setns r11b
    setp r11b
    setnp r11b
    setl r11b
    setge r11b
    setle r11b
    setg r11b
    mov r12, rax
    mov r12d, eax
    add r12, rax
    add r12d, eax
    or r12, rax
    or r12d, eax
    and r12, rax
    and r12d, eax
    sub r12, rax
    sub r12d, eax
    xor r12, rax
    xor r12d, eax
    cmp r12, rax
    cmp r12d, eax
    test r12, rax
    test r12d, eax
    imul r12, rax
    imul r12, rax, 0
    imul r12, rax, 1
    imul r12, rax, -1
    imul r12, rax, 127
    imul r12, rax, -128
    imul r12, rax, 128
    imul r12, rax, -129
    imul r12, rax, 2147483647
    imul r12, rax, -2147483648
    mov r12, rcx
    mov r12d, ecx
    add r12, rcx
    add r12d, ecx
    or r12, rcx
    or r12d, ecx
    and r12, rcx
    and r12d, ecx
    sub r12, rcx
    sub r12d, ecx
    xor r12, rcx
    xor r12d, ecx
    cmp r12, rcx
    cmp r12d, ecx
    test r12, rcx
    test r12d, ecx
    imul r12, rcx
    imul r12, rcx, 0
    imul r12, rcx, 1
    imul r12, rcx, -1
    imul r12, rcx, 127
    imul r12, rcx, -128
    imul r12, rcx, 128
    imul r12, rcx, -129
    imul r12, rcx, 2147483647
    imul r12, rcx, -2147483648
    mov r12, rdx
    mov r12d, edx
    add r12, rdx
    add r12d, edx
    or r12, rdx
    or r12d, edx
    and r12, rdx
    and r12d, edx
    sub r12, rdx
    sub r12d, edx
    xor r12, rdx
    xor r12d, edx
    cmp r12, rdx
    cmp r12d, edx
    test r12, rdx
    test r12d, edx
    imul r12, rdx
    imul r12, rdx, 0
    imul r12, rdx, 1
    imul r12, rdx, -1
    imul r12, rdx, 127
    imul r12, rdx, -128
    imul r12, rdx, 128
    imul r12, rdx, -129
    imul r12, rdx, 2147483647
    imul r12, rdx, -2147483648
    mov r12, rbx
    mov r12d, ebx
    add r12, rbx
    add r12d, ebx
    or r12, rbx
    or r12d, ebx
    and r12, rbx
    and r12d, ebx
    sub r12, rbx
    sub r12d, ebx
    xor r12, rbx
    xor r12d, ebx
    cmp r12, rbx
    cmp r12d, ebx
    test r12, rbx
    test r12d, ebx
    imul r12, rbx
    imul r12, rbx, 0
    imul r12, rbx, 1
    imul r12, rbx, -1
    imul r12, rbx, 127
    imul r12, rbx, -128
    imul r12, rbx, 128
    imul r12, rbx, -129
    imul r12, rbx, 2147483647
    imul r12, rbx, -2147483648
    mov r12, rsp
    mov r12d, esp
    add r12, rsp
    add r12d, esp
    or r12, rsp
    or r12d, esp
    and r12, rsp
    and r12d, esp
    sub r12, rsp
    sub r12d, esp
    xor r12, rsp
    xor r12d, esp
    cmp r12, rsp
    cmp r12d, esp
    test r12, rsp
    test r12d, esp
    imul r12, rsp
    imul r12, rsp, 0
    imul r12, rsp, 1
    imul r12, rsp, -1
    imul r12, rsp, 127
    imul r12, rsp, -128
    imul r12, rsp, 128
    imul r12, rsp, -129
    imul r12, rsp, 2147483647
    imul r12, rsp, -2147483648
    mov r12, rbp
    mov r12d, ebp
    add r12, rbp
    add r12d, ebp
    or r12, rbp
    or r12d, ebp
    and r12, rbp
    and r12d, ebp
    sub r12, rbp
    sub r12d, ebp
    xor r12, rbp
    xor r12d, ebp
    cmp r12, rbp
    cmp r12d, ebp
    test r12, rbp
    test r12d, ebp
    imul r12, rbp
    imul r12, rbp, 0
    imul r12, rbp, 1
    imul r12, rbp, -1
    imul r12, rbp, 127
    imul r12, rbp, -128
    imul r12, rbp, 128
    imul r12, rbp, -129
    imul r12, rbp, 2147483647
    imul r12, rbp, -2147483648
    mov r12, rsi
    mov r12d, esi
    add r12, rsi
    add r12d, esi
    or r12, rsi
    or r12d, esi
    and r12, rsi
    and r12d, esi
    sub r12, rsi
    sub r12d, esi
    xor r12, rsi
    xor r12d, esi
    cmp r12, rsi
    cmp r12d, esi
    test r12, rsi
    test r12d, esi
    imul r12, rsi
    imul r12, rsi, 0
    imul r12, rsi, 1
    imul r12, rsi, -1
    imul r12, rsi, 127
    imul r12, rsi, -128
    imul r12, rsi, 128
    imul r12, rsi, -129
    imul r12, rsi, 2147483647
    imul r12, rsi, -2147483648
    mov r12, rdi
    mov r12d, edi
    add r12, rdi
    add r12d, edi
    or r12, rdi
    or r12d, edi
    and r12, rdi
    and r12d, edi
    sub r12, rdi
    sub r12d, edi
    xor r12, rdi
    xor r12d, edi
    cmp r12, rdi
    cmp r12d, edi
    test r12, rdi
    test r12d, edi
    imul r12, rdi
    imul r12, rdi, 0
    imul r12, rdi, 1
    imul r12, rdi, -1
    imul r12, rdi, 127
    imul r12, rdi, -128
    imul r12, rdi, 128
    imul r12, rdi, -129
    imul r12, rdi, 2147483647
    imul r12, rdi, -2147483648
    mov r12, r8
    mov r12d, r8d
    add r12, r8
    add r12d, r8d
    or r12, r8
    or r12d, r8d
    and r12, r8
    and r12d, r8d
    sub r12, r8
    sub r12d, r8d
    xor r12, r8
    xor r12d, r8d
    cmp r12, r8
    cmp r12d, r8d
    test r12, r8
    test r12d, r8d
    imul r12, r8
    imul r12, r8, 0
    imul r12, r8, 1
    imul r12, r8, -1
    imul r12, r8, 127
    imul r12, r8, -128
    imul r12, r8, 128
    imul r12, r8, -129
    imul r12, r8, 2147483647
    imul r12, r8, -2147483648
    mov r12, r9
    mov r12d, r9d
    add r12, r9
    add r12d, r9d
    or r12, r9
    or r12d, r9d
    and r12, r9
    and r12d, r9d
    sub r12, r9
    sub r12d, r9d
    xor r12, r9
    xor r12d, r9d
    cmp r12, r9
    cmp r12d, r9d
    test r12, r9
    test r12d, r9d
    imul r12, r9
    imul r12, r9, 0
    imul r12, r9, 1
    imul r12, r9, -1
    imul r12, r9, 127
    imul r12, r9, -128
    imul r12, r9, 128
    imul r12, r9, -129
    imul r12, r9, 2147483647
    imul r12, r9, -2147483648
    mov r12, r10
    mov r12d, r10d
    add r12, r10
    add r12d, r10d
    or r12, r10
    or r12d, r10d
    and r12, r10
    and r12d, r10d
    sub r12, r10
    sub r12d, r10d
    xor r12, r10
    xor r12d, r10d
    cmp r12, r10
    cmp r12d, r10d
    test r12, r10
    test r12d, r10d
    imul r12, r10
    imul r12, r10, 0
    imul r12, r10, 1
    imul r12, r10, -1
    imul r12, r10, 127
    imul r12, r10, -128
    imul r12, r10, 128
    imul r12, r10, -129
    imul r12, r10, 2147483647
    imul r12, r10, -2147483648
    mov r12, r11
    mov r12d, r11d
    add r12, r11
    add r12d, r11d
    or r12, r11
    or r12d, r11d
    and r12, r11
    and r12d, r11d
    sub r12, r11
    sub r12d, r11d
    xor r12, r11
    xor r12d, r11d
    cmp r12, r11
    cmp r12d, r11d
    test r12, r11
    test r12d, r11d
    imul r12, r11
    imul r12, r11, 0
    imul r12, r11, 1
    imul r12, r11, -1
    imul r12, r11, 127
    imul r12, r11, -128
    imul r12, r11, 128
    imul r12, r11, -129
    imul r12, r11, 2147483647
    imul r12, r11, -2147483648
    mov r12, r12
    mov r12d, r12d
    add r12, r12
    add r12d, r12d
    or r12, r12
    or r12d, r12d
    and r12, r12
    and r12d, r12d
    sub r12, r12
    sub r12d, r12d
    xor r12, r12
    xor r12d, r12d
    cmp r12, r12
    cmp r12d, r12d
    test r12, r12
    test r12d, r12d
    imul r12, r12
    imul r12, r12, 0
    imul r12, r12, 1
    imul r12, r12, -1
    imul r12, r12, 127
    imul r12, r12, -128
    imul r12, r12, 128
    imul r12, r12, -129
    imul r12, r12, 2147483647
    imul r12, r12, -2147483648
    mov r12, r13
    mov r12d, r13d
    add r12, r13
    add r12d, r13d
    or r12, r13
    or r12d, r13d
    and r12, r13
    and r12d, r13d
    sub r12, r13
    sub r12d, r13d
    xor r12, r13
    xor r12d, r13d
    cmp r12, r13
    cmp r12d, r13d
    test r12, r13
    test r12d, r13d
    imul r12, r13
    imul r12, r13, 0
    imul r12, r13, 1
    imul r12, r13, -1
    imul r12, r13, 127
    imul r12, r13, -128
    imul r12, r13, 128
    imul r12, r13, -129
    imul r12, r13, 2147483647
    imul r12, r13, -2147483648
    mov r12, r14
    mov r12d, r14d
    add r12, r14
    add r12d, r14d
    or r12, r14
    or r12d, r14d
    and r12, r14
    and r12d, r14d
    sub r12, r14
    sub r12d, r14d
    xor r12, r14
    xor r12d, r14d
    cmp r12, r14
    cmp r12d, r14d
    test r12, r14
    test r12d, r14d
    imul r12, r14
    imul r12, r14, 0
    imul r12, r14, 1
    imul r12, r14, -1
    imul r12, r14, 127
    imul r12, r14, -128
    imul r12, r14, 128
    imul r12, r14, -129
    imul r12, r14, 2147483647
    imul r12, r14, -2147483648
    mov r12, r15
    mov r12d, r15d
    add r12, r15
    add r12d, r15d
    or r12, r15
    or r12d, r15d
    and r12, r15
    and r12d, r15d
    sub r12, r15
    sub r12d, r15d
    xor r12, r15
    xor r12d, r15d
    cmp r12, r15
    cmp r12d, r15d
    test r12, r15
    test r12d, r15d
    imul r12, r15
    imul r12, r15, 0
    imul r12, r15, 1
    imul r12, r15, -1
    imul r12, r15, 127
    imul r12, r15, -128
    imul r12, r15, 128
    imul r12, r15, -129
    imul r12, r15, 2147483647
    imul r12, r15, -2147483648
    mov r12, 0
    mov r12, 1
    mov r12, -1
    mov r12, 127
    mov r12, -128
    mov r12, 128
    mov r12, -129
    mov r12, 2147483647
    mov r12, -2147483648
    mov r12, 2147483648
    mov r12, 4294967295
    mov r12, 0x100000000
    mov r12, 0xffffffff7fffffff
    mov r12, 0x7fffffffffffffff
    mov r12, 0x8000000000000000
    mov r12, 0x123456789abcdef0
    mov r12, strict qword 0
    mov r12, strict qword 1
    mov r12, strict qword -1
    mov r12, strict qword 127
    mov r12, strict qword -128
    mov r12, strict qword 128
    mov r12, strict qword -129
    mov r12, strict qword 2147483647
    mov r12, strict qword -2147483648
    mov r12, strict qword 2147483648
    mov r12, strict qword 4294967295
    mov r12, strict qword 0x100000000
    mov r12, strict qword 0xffffffff7fffffff
    mov r12, strict qword 0x7fffffffffffffff
    mov r12, strict qword 0x8000000000000000
    mov r12, strict qword 0x123456789abcdef0
    mov r12d, 0
    mov r12d, 1
    mov r12d, -1
    mov r12d, 127
    mov r12d, 2147483647
    mov r12d, -2147483648
    mov r12d, 2147483648
    mov r12d, 4294967295
    add r12, 0
    add r12d, 0
    add r12, 1
    add r12d, 1
    add r12, -1
    add r12d, -1
    add r12, 127
    add r12d, 127
    add r12, -128
    add r12d, -128
    add r12, 128
    add r12d, 128
    add r12, -129
    add r12d, -129
    add r12, 255
    add r12d, 255
    add r12, 32767
    add r12d, 32767
    add r12, 2147483647
    add r12d, 2147483647
    add r12, -2147483648
    add r12d, -2147483648
    add r12d, 2147483648
    add r12d, 4294967295
    add r12d, 4294967168
    or r12, 0
    or r12d, 0
    or r12, 1
    or r12d, 1
    or r12, -1
    or r12d, -1
    or r12, 127
    or r12d, 127
    or r12, -128
    or r12d, -128
    or r12, 128
    or r12d, 128
    or r12, -129
    or r12d, -129
    or r12, 255
    or r12d, 255
    or r12, 32767
    or r12d, 32767
    or r12, 2147483647
    or r12d, 2147483647
    or r12, -2147483648
    or r12d, -2147483648
    or r12d, 2147483648
    or r12d, 4294967295
    or r12d, 4294967168
    and r12, 0
    and r12d, 0
    and r12, 1
    and r12d, 1
    and r12, -1
    and r12d, -1
    and r12, 127
    and r12d, 127
    and r12, -128
    and r12d, -128
    and r12, 128
    and r12d, 128
    and r12, -129
    and r12d, -129
    and r12, 255
    and r12d, 255
    and r12, 32767
    and r12d, 32767
    and r12, 2147483647
    and r12d, 2147483647
    and r12, -2147483648
    and r12d, -2147483648
    and r12d, 2147483648
    and r12d, 4294967295
    and r12d, 4294967168
    sub r12, 0
    sub r12d, 0
    sub r12, 1
    sub r12d, 1
    sub r12, -1
    sub r12d, -1
    sub r12, 127
    sub r12d, 127
    sub r12, -128
    sub r12d, -128
    sub r12, 128
    sub r12d, 128
    sub r12, -129
    sub r12d, -129
    sub r12, 255
    sub r12d, 255
    sub r12, 32767
    sub r12d, 32767
    sub r12, 2147483647
    sub r12d, 2147483647
    sub r12, -2147483648
    sub r12d, -2147483648
    sub r12d, 2147483648
    sub r12d, 4294967295
    sub r12d, 4294967168
    xor r12, 0
    xor r12d, 0
    xor r12, 1
    xor r12d, 1
    xor r12, -1
    xor r12d, -1
    xor r12, 127
    xor r12d, 127
    xor r12, -128
    xor r12d, -128
    xor r12, 128
    xor r12d, 128
    xor r12, -129
    xor r12d, -129
    xor r12, 255
    xor r12d, 255
    xor r12, 32767
    xor r12d, 32767
    xor r12, 2147483647
    xor r12d, 2147483647
    xor r12, -2147483648
    xor r12d, -2147483648
    xor r12d, 2147483648
    xor r12d, 4294967295
    xor r12d, 4294967168
    cmp r12, 0
    cmp r12d, 0
    cmp r12, 1
    cmp r12d, 1
    cmp r12, -1
    cmp r12d, -1
    cmp r12, 127
    cmp r12d, 127
    cmp r12, -128
    cmp r12d, -128
    cmp r12, 128
    cmp r12d, 128
    cmp r12, -129
    cmp r12d, -129
    cmp r12, 255
    cmp r12d, 255
    cmp r12, 32767
    cmp r12d, 32767
    cmp r12, 2147483647
    cmp r12d, 2147483647
    cmp r12, -2147483648
    cmp r12d, -2147483648
    cmp r12d, 2147483648
    cmp r12d, 4294967295
    cmp r12d, 4294967168
    test r12, 0
    test r12d, 0
    test r12, 1
    test r12d, 1
    test r12, -1
    test r12d, -1
    test r12, 127
    test r12d, 127
    test r12, -128
    test r12d, -128
    test r12, 128
    test r12d, 128
    test r12, -129
    test r12d, -129
    test r12, 255
    test r12d, 255
    test r12, 32767
    test r12d, 32767
    test r12, 2147483647
    test r12d, 2147483647
    test r12, -2147483648
    test r12d, -2147483648
    test r12d, 2147483648
    test r12d, 4294967295
    test r12d, 4294967168
    inc r12
    dec r12
    neg r12
    not r12
    push r12
    pop r12
    call r12
    jmp r12
    shl r12, 0
    shl r12, 1
    shl r12, 2
    shl r12, 31
    shl r12, 32
    shl r12, 63
    shr r12, 0
    shr r12, 1
    shr r12, 2
    shr r12, 31
    shr r12, 32
    shr r12, 63
    sar r12, 0
    sar r12, 1
    sar r12, 2
    sar r12, 31
    sar r12, 32
    sar r12, 63
    seto r12b
    setno r12b
    setb r12b
    setae r12b
    sete r12b
    setne r12b
    setbe r12b
    seta r12b
    sets r12b
    setns r12b
    setp r12b
    setnp r12b
    setl r12b
    setge r12b
    setle r12b
    setg r12b
    mov r13, rax
    mov r13d, eax
    add r13, rax
    add r13d, eax
    or r13, rax
    or r13d, eax
    and r13, rax
    and r13d, eax
    sub r13, rax
    sub r13d, eax
    xor r13, rax
    xor r13d, eax
    cmp r13, rax
    cmp r13d, eax
    test r13, rax
    test r13d, eax
    imul r13, rax
    imul r13, rax, 0
    imul r13, rax, 1
    imul r13, rax, -1
    imul r13, rax, 127
    imul r13, rax, -128
    imul r13, rax, 128
    imul r13, rax, -129
    imul r13, rax, 2147483647
    imul r13, rax, -2147483648
    mov r13, rcx
    mov r13d, ecx
    add r13, rcx
    add r13d, ecx
    or r13, rcx
    or r13d, ecx
    and r13, rcx
    and r13d, ecx
    sub r13, rcx
    sub r13d, ecx
    xor r13, rcx
    xor r13d, ecx
    cmp r13, rcx
    cmp r13d, ecx
    test r13, rcx
    test r13d, ecx
    imul r13, rcx
    imul r13, rcx, 0
    imul r13, rcx, 1
    imul r13, rcx, -1
    imul r13, rcx, 127
    imul r13, rcx, -128
    imul r13, rcx, 128
    imul r13, rcx, -129
    imul r13, rcx, 2147483647
    imul r13, rcx, -2147483648
    mov r13, rdx
    mov r13d, edx
    add r13, rdx
    add r13d, edx
    or r13, rdx
    or r13d, edx
    and r13, rdx
    and r13d, edx
    sub r13, rdx
    sub r13d, edx
    xor r13, rdx
    xor r13d, edx
    cmp r13, rdx
    cmp r13d, edx
    test r13, rdx
    test r13d, edx
    imul r13, rdx
    imul r13, rdx, 0
    imul r13, rdx, 1
    imul r13, rdx, -1
    imul r13, rdx, 127
    imul r13, rdx, -128
    imul r13, rdx, 128
    imul r13, rdx, -129
    imul r13, rdx, 2147483647
    imul r13, rdx, -2147483648
    mov r13, rbx
    mov r13d, ebx
    add r13, rbx
    add r13d, ebx
    or r13, rbx
    or r13d, ebx
    and r13, rbx
    and r13d, ebx
    sub r13, rbx
    sub r13d, ebx
    xor r13, rbx
    xor r13d, ebx
    cmp r13, rbx
    cmp r13d, ebx
    test r13, rbx
    test r13d, ebx
    imul r13, rbx
    imul r13, rbx, 0
    imul r13, rbx, 1
    imul r13, rbx, -1
    imul r13, rbx, 127
    imul r13, rbx, -128
    imul r13, rbx, 128
    imul r13, rbx, -129
    imul r13, rbx, 2147483647
    imul r13, rbx, -2147483648
    mov r13, rsp
    mov r13d, esp
    add r13, rsp
    add r13d, esp
    or r13, rsp
    or r13d, esp
    and r13, rsp
    and r13d, esp
    sub r13, rsp
    sub r13d, esp
    xor r13, rsp
    xor r13d, esp
    cmp r13, rsp
    cmp r13d, esp
    test r13, rsp
    test r13d, esp
    imul r13, rsp
    imul r13, rsp, 0
    imul r13, rsp, 1
    imul r13, rsp, -1
    imul r13, rsp, 127
    imul r13, rsp, -128
    imul r13, rsp, 128
    imul r13, rsp, -129
    imul r13, rsp, 2147483647
    imul r13, rsp, -2147483648
    mov r13, rbp
    mov r13d, ebp
    add r13, rbp
    add r13d, ebp
    or r13, rbp
    or r13d, ebp
    and r13, rbp
    and r13d, ebp
    sub r13, rbp
    sub r13d, ebp
    xor r13, rbp
    xor r13d, ebp
    cmp r13, rbp
    cmp r13d, ebp
    test r13, rbp
    test r13d, ebp
    imul r13, rbp
    imul r13, rbp, 0
    imul r13, rbp, 1
    imul r13, rbp, -1
    imul r13, rbp, 127
    imul r13, rbp, -128
    imul r13, rbp, 128
    imul r13, rbp, -129
    imul r13, rbp, 2147483647
    imul r13, rbp, -2147483648
    mov r13, rsi
    mov r13d, esi
    add r13, rsi
    add r13d, esi
    or r13, rsi
    or r13d, esi
    and r13, rsi
    and r13d, esi
    sub r13, rsi
    sub r13d, esi
    xor r13, rsi
    xor r13d, esi
    cmp r13, rsi
    cmp r13d, esi
    test r13, rsi
    test r13d, esi
    imul r13, rsi
    imul r13, rsi, 0
    imul r13, rsi, 1
    imul r13, rsi, -1
    imul r13, rsi, 127
    imul r13, rsi, -128
    imul r13, rsi, 128
    imul r13, rsi, -129
    imul r13, rsi, 2147483647
    imul r13, rsi, -2147483648
    mov r13, rdi
    mov r13d, edi
    add r13, rdi
    add r13d, edi
    or r13, rdi
    or r13d, edi
    and r13, rdi
    and r13d, edi
    sub r13, rdi
    sub r13d, edi
    xor r13, rdi
    xor r13d, edi
    cmp r13, rdi
    cmp r13d, edi
    test r13, rdi
    test r13d, edi
    imul r13, rdi
    imul r13, rdi, 0
    imul r13, rdi, 1
    imul r13, rdi, -1
    imul r13, rdi, 127
    imul r13, rdi, -128
    imul r13, rdi, 128
    imul r13, rdi, -129
    imul r13, rdi, 2147483647
    imul r13, rdi, -2147483648
    mov r13, r8
    mov r13d, r8d
    add r13, r8
    add r13d, r8d
    or r13, r8
    or r13d, r8d
    and r13, r8
    and r13d, r8d
    sub r13, r8
    sub r13d, r8d
    xor r13, r8
    xor r13d, r8d
    cmp r13, r8
    cmp r13d, r8d
    test r13, r8
    test r13d, r8d
    imul r13, r8
    imul r13, r8, 0
    imul r13, r8, 1
    imul r13, r8, -1
    imul r13, r8, 127
    imul r13, r8, -128
    imul r13, r8, 128
    imul r13, r8, -129
    imul r13, r8, 2147483647
    imul r13, r8, -2147483648
    mov r13, r9
    mov r13d, r9d
    add r13, r9
    add r13d, r9d
    or r13, r9
    or r13d, r9d
    and r13, r9
    and r13d, r9d
    sub r13, r9
    sub r13d, r9d
    xor r13, r9
    xor r13d, r9d
    cmp r13, r9
    cmp r13d, r9d
    test r13, r9
    test r13d, r9d
    imul r13, r9
    imul r13, r9, 0
    imul r13, r9, 1
    imul r13, r9, -1
    imul r13, r9, 127
    imul r13, r9, -128
    imul r13, r9, 128
    imul r13, r9, -129
    imul r13, r9, 2147483647
    imul r13, r9, -2147483648
    mov r13, r10
    mov r13d, r10d
    add r13, r10
    add r13d, r10d
    or r13, r10
    or r13d, r10d
    and r13, r10
    and r13d, r10d
    sub r13, r10
    sub r13d, r10d
    xor r13, r10
    xor r13d, r10d
    cmp r13, r10
    cmp r13d, r10d
    test r13, r10
    test r13d, r10d
    imul r13, r10
    imul r13, r10, 0
    imul r13, r10, 1
    imul r13, r10, -1
    imul r13, r10, 127
    imul r13, r10, -128
    imul r13, r10, 128
    imul r13, r10, -129
    imul r13, r10, 2147483647
    imul r13, r10, -2147483648
    mov r13, r11
    mov r13d, r11d
    add r13, r11
    add r13d, r11d
    or r13, r11
    or r13d, r11d
    and r13, r11
    and r13d, r11d
    sub r13, r11
    sub r13d, r11d
    xor r13, r11
    xor r13d, r11d
    cmp r13, r11
    cmp r13d, r11d
    test r13, r11
    test r13d, r11d
    imul r13, r11
    imul r13, r11, 0
    imul r13, r11, 1
    imul r13, r11, -1
    imul r13, r11, 127
    imul r13, r11, -128
    imul r13, r11, 128
    imul r13, r11, -129
    imul r13, r11, 2147483647
    imul r13, r11, -2147483648
    mov r13, r12
    mov r13d, r12d
    add r13, r12
    add r13d, r12d
    or r13, r12
    or r13d, r12d
    and r13, r12
    and r13d, r12d
    sub r13, r12
    sub r13d, r12d
    xor r13, r12
    xor r13d, r12d
    cmp r13, r12
    cmp r13d, r12d
    test r13, r12
    test r13d, r12d
    imul r13, r12
    imul r13, r12, 0
    imul r13, r12, 1
    imul r13, r12, -1
    imul r13, r12, 127
    imul r13, r12, -128
    imul r13, r12, 128
    imul r13, r12, -129
    imul r13, r12, 2147483647
    imul r13, r12, -2147483648
    mov r13, r13
    mov r13d, r13d
    add r13, r13
    add r13d, r13d
    or r13, r13
    or r13d, r13d
    and r13, r13
    and r13d, r13d
    sub r13, r13
    sub r13d, r13d
    xor r13, r13
    xor r13d, r13d
    cmp r13, r13
    cmp r13d, r13d
    test r13, r13
    test r13d, r13d
    imul r13, r13
    imul r13, r13, 0
    imul r13, r13, 1
    imul r13, r13, -1
    imul r13, r13, 127
    imul r13, r13, -128
    imul r13, r13, 128
    imul r13, r13, -129
    imul r13, r13, 2147483647
    imul r13, r13, -2147483648
    mov r13, r14
    mov r13d, r14d
    add r13, r14
    add r13d, r14d
    or r13, r14
    or r13d, r14d
    and r13, r14
    and r13d, r14d
    sub r13, r14
    sub r13d, r14d
    xor r13, r14
    xor r13d, r14d
    cmp r13, r14
    cmp r13d, r14d
    test r13, r14
    test r13d, r14d
    imul r13, r14
    imul r13, r14, 0
    imul r13, r14, 1
    imul r13, r14, -1
    imul r13, r14, 127
    imul r13, r14, -128
    imul r13, r14, 128
    imul r13, r14, -129
    imul r13, r14, 2147483647
    imul r13, r14, -2147483648
    mov r13, r15
    mov r13d, r15d
    add r13, r15
    add r13d, r15d
    or r13, r15
    or r13d, r15d
    and r13, r15
    and r13d, r15d
    sub r13, r15
    sub r13d, r15d
    xor r13, r15
    xor r13d, r15d
    cmp r13, r15
    cmp r13d, r15d
    test r13, r15
    test r13d, r15d
    imul r13, r15
    imul r13, r15, 0
    imul r13, r15, 1
    imul r13, r15, -1
    imul r13, r15, 127
    imul r13, r15, -128
    imul r13, r15, 128
    imul r13, r15, -129
    imul r13, r15, 2147483647
    imul r13, r15, -2147483648
    mov r13, 0
    mov r13, 1
    mov r13, -1
    mov r13, 127
    mov r13, -128
    mov r13, 128
    mov r13, -129
    mov r13, 2147483647
    mov r13, -2147483648
    mov r13, 2147483648
    mov r13, 4294967295
    mov r13, 0x100000000
    mov r13, 0xffffffff7fffffff
    mov r13, 0x7fffffffffffffff
    mov r13, 0x8000000000000000
    mov r13, 0x123456789abcdef0
    mov r13, strict qword 0
    mov r13, strict qword 1
    mov r13, strict qword -1
    mov r13, strict qword 127
    mov r13, strict qword -128
    mov r13, strict qword 128
    mov r13, strict qword -129
    mov r13, strict qword 2147483647
    mov r13, strict qword -2147483648
    mov r13, strict qword 2147483648
    mov r13, strict qword 4294967295
    mov r13, strict qword 0x100000000
    mov r13, strict qword 0xffffffff7fffffff
    mov r13, strict qword 0x7fffffffffffffff
    mov r13, strict qword 0x8000000000000000
    mov r13, strict qword 0x123456789abcdef0
    mov r13d, 0
    mov r13d, 1
    mov r13d, -1
    mov r13d, 127
    mov r13d, 2147483647
    mov r13d, -2147483648
    mov r13d, 2147483648
    mov r13d, 4294967295
    add r13, 0
    add r13d, 0
    add r13, 1
    add r13d, 1
    add r13, -1
    add r13d, -1
    add r13, 127
    add r13d, 127
    add r13, -128
    add r13d, -128
    add r13, 128
    add r13d, 128
    add r13, -129
    add r13d, -129
    add r13, 255
    add r13d, 255
    add r13, 32767
    add r13d, 32767
    add r13, 2147483647
    add r13d, 2147483647
    add r13, -2147483648
    add r13d, -2147483648
    add r13d, 2147483648
    add r13d, 4294967295
    add r13d, 4294967168
    or r13, 0
    or r13d, 0
    or r13, 1
    or r13d, 1
    or r13, -1
    or r13d, -1
    or r13, 127
    or r13d, 127
    or r13, -128
    or r13d, -128
    or r13, 128
    or r13d, 128
    or r13, -129
    or r13d, -129
    or r13, 255
    or r13d, 255
    or r13, 32767
    or r13d, 32767
    or r13, 2147483647
    or r13d, 2147483647
    or r13, -2147483648
    or r13d, -2147483648
    or r13d, 2147483648
    or r13d, 4294967295
    or r13d, 4294967168
    and r13, 0
    and r13d, 0
    and r13, 1
    and r13d, 1
    and r13, -1
    and r13d, -1
    and r13, 127
    and r13d, 127
    and r13, -128
    and r13d, -128
    and r13, 128
    and r13d, 128
    and r13, -129
    and r13d, -129
    and r13, 255
    and r13d, 255
    and r13, 32767
    and r13d, 32767
    and r13, 2147483647
    and r13d, 2147483647
    and r13, -2147483648
    and r13d, -2147483648
    and r13d, 2147483648
    and r13d, 4294967295
    and r13d, 4294967168
    sub r13, 0
    sub r13d, 0
    sub r13, 1
    sub r13d, 1
    sub r13, -1
    sub r13d, -1
    sub r13, 127
    sub r13d, 127
    sub r13, -128
    sub r13d, -128
    sub r13, 128
    sub r13d, 128
    sub r13, -129
    sub r13d, -129
    sub r13, 255
    sub r13d, 255
    sub r13, 32767
    sub r13d, 32767
    sub r13, 2147483647
    sub r13d, 2147483647
    sub r13, -2147483648
    sub r13d, -2147483648
    sub r13d, 2147483648
    sub r13d, 4294967295
    sub r13d, 4294967168
    xor r13, 0
    xor r13d, 0
    xor r13, 1
    xor r13d, 1
    xor r13, -1
    xor r13d, -1
    xor r13, 127
    xor r13d, 127
    xor r13, -128
    xor r13d, -128
    xor r13, 128
    xor r13d, 128
    xor r13, -129
    xor r13d, -129
    xor r13, 255
    xor r13d, 255
    xor r13, 32767
    xor r13d, 32767
    xor r13, 2147483647
    xor r13d, 2147483647
    xor r13, -2147483648
    xor r13d, -2147483648
    xor r13d, 2147483648
    xor r13d, 4294967295
    xor r13d, 4294967168
    cmp r13, 0
    cmp r13d, 0
    cmp r13, 1
    cmp r13d, 1
    cmp r13, -1
    cmp r13d, -1
    cmp r13, 127
    cmp r13d, 127
    cmp r13, -128
    cmp r13d, -128
    cmp r13, 128
    cmp r13d, 128
    cmp r13, -129
    cmp r13d, -129
    cmp r13, 255
    cmp r13d, 255
    cmp r13, 32767
    cmp r13d, 32767
    cmp r13, 2147483647
    cmp r13d, 2147483647
    cmp r13, -2147483648
    cmp r13d, -2147483648
    cmp r13d, 2147483648
    cmp r13d, 4294967295
    cmp r13d, 4294967168
    test r13, 0
    test r13d, 0
    test r13, 1
    test r13d, 1
    test r13, -1
    test r13d, -1
    test r13, 127
    test r13d, 127
    test r13, -128
    test r13d, -128
    test r13, 128
    test r13d, 128
    test r13, -129
    test r13d, -129
    test r13, 255
    test r13d, 255
    test r13, 32767
    test r13d, 32767
    test r13, 2147483647
    test r13d, 2147483647
    test r13, -2147483648
    test r13d, -2147483648
    test r13d, 2147483648
    test r13d, 4294967295
    test r13d, 4294967168
    inc r13
    dec r13
    neg r13
    not r13
    push r13
    pop r13
    call r13
    jmp r13
    shl r13, 0
    shl r13, 1
    shl r13, 2
    shl r13, 31
    shl r13, 32
    shl r13, 63
    shr r13, 0
    shr r13, 1
    shr r13, 2
    shr r13, 31
    shr r13, 32
    shr r13, 63
    sar r13, 0
    sar r13, 1
    sar r13, 2
    sar r13, 31
    sar r13, 32
    sar r13, 63
    seto r13b
    setno r13b
    setb r13b
    setae r13b
    sete r13b
    setne r13b
    setbe r13b
    seta r13b
    sets r13b
    setns r13b
    setp r13b
    setnp r13b
    setl r13b
    setge r13b
    setle r13b
    setg r13b
    mov r14, rax
    mov r14d, eax
    add r14, rax
    add r14d, eax
    or r14, rax
    or r14d, eax
    and r14, rax
    and r14d, eax
    sub r14, rax
    sub r14d, eax
    xor r14, rax
    xor r14d, eax
    cmp r14, rax
    cmp r14d, eax
    test r14, rax
    test r14d, eax
    imul r14, rax
    imul r14, rax, 0
    imul r14, rax, 1
    imul r14, rax, -1
    imul r14, rax, 127
    imul r14, rax, -128
    imul r14, rax, 128
    imul r14, rax, -129
    imul r14, rax, 2147483647
    imul r14, rax, -2147483648
    mov r14, rcx
    mov r14d, ecx
    add r14, rcx
    add r14d, ecx
    or r14, rcx
    or r14d, ecx
    and r14, rcx
    and r14d, ecx
    sub r14, rcx
    sub r14d, ecx
    xor r14, rcx
    xor r14d, ecx
    cmp r14, rcx
    cmp r14d, ecx
    test r14, rcx
    test r14d, ecx
    imul r14, rcx
    imul r14, rcx, 0
    imul r14, rcx, 1
    imul r14, rcx, -1
    imul r14, rcx, 127
    imul r14, rcx, -128
    imul r14, rcx, 128
    imul r14, rcx, -129
    imul r14, rcx, 2147483647
    imul r14, rcx, -2147483648
    mov r14, rdx
    mov r14d, edx
    add r14, rdx
    add r14d, edx
    or r14, rdx
    or r14d, edx
    and r14, rdx
    and r14d, edx
    sub r14, rdx
    sub r14d, edx
    xor r14, rdx
    xor r14d, edx
    cmp r14, rdx
    cmp r14d, edx
    test r14, rdx
    test r14d, edx
    imul r14, rdx
    imul r14, rdx, 0
    imul r14, rdx, 1
    imul r14, rdx, -1
    imul r14, rdx, 127
    imul r14, rdx, -128
    imul r14, rdx, 128
    imul r14, rdx, -129
    imul r14, rdx, 2147483647
    imul r14, rdx, -2147483648
    mov r14, rbx
    mov r14d, ebx
    add r14, rbx
    add r14d, ebx
    or r14, rbx
    or r14d, ebx
    and r14, rbx
    and r14d, ebx
    sub r14, rbx
    sub r14d, ebx
    xor r14, rbx
    xor r14d, ebx
    cmp r14, rbx
    cmp r14d, ebx
    test r14, rbx
    test r14d, ebx
    imul r14, rbx
    imul r14, rbx, 0
    imul r14, rbx, 1
    imul r14, rbx, -1
    imul r14, rbx, 127
    imul r14, rbx, -128
    imul r14, rbx, 128
    imul r14, rbx, -129
    imul r14, rbx, 2147483647
    imul r14, rbx, -2147483648
    mov r14, rsp
    mov r14d, esp
    add r14, rsp
    add r14d, esp
    or r14, rsp
    or r14d, esp
    and r14, rsp
    and r14d, esp
    sub r14, rsp
    sub r14d, esp
    xor r14, rsp
    xor r14d, esp
    cmp r14, rsp
    cmp r14d, esp
    test r14, rsp
    test r14d, esp
    imul r14, rsp
    imul r14, rsp, 0
    imul r14, rsp, 1
    imul r14, rsp, -1
    imul r14, rsp, 127
    imul r14, rsp, -128
    imul r14, rsp, 128
    imul r14, rsp, -129
    imul r14, rsp, 2147483647
    imul r14, rsp, -2147483648
    mov r14, rbp
    mov r14d, ebp
    add r14, rbp
    add r14d, ebp
    or r14, rbp
    or r14d, ebp
    and r14, rbp
    and r14d, ebp
    sub r14, rbp
    sub r14d, ebp
    xor r14, rbp
    xor r14d, ebp
    cmp r14, rbp
    cmp r14d, ebp
    test r14, rbp
    test r14d, ebp
    imul r14, rbp
    imul r14, rbp, 0
    imul r14, rbp, 1
    imul r14, rbp, -1
    imul r14, rbp, 127
    imul r14, rbp, -128
    imul r14, rbp, 128
    imul r14, rbp, -129
    imul r14, rbp, 2147483647
    imul r14, rbp, -2147483648
    mov r14, rsi
    mov r14d, esi
    add r14, rsi
    add r14d, esi
    or r14, rsi
    or r14d, esi
    and r14, rsi
    and r14d, esi
    sub r14, rsi
    sub r14d, esi
    xor r14, rsi
    xor r14d, esi
    cmp r14, rsi
    cmp r14d, esi
    test r14, rsi
    test r14d, esi
    imul r14, rsi
    imul r14, rsi, 0
    imul r14, rsi, 1
    imul r14, rsi, -1
    imul r14, rsi, 127
    imul r14, rsi, -128
    imul r14, rsi, 128
    imul r14, rsi, -129
    imul r14, rsi, 2147483647
    imul r14, rsi, -2147483648
    mov r14, rdi
    mov r14d, edi
    add r14, rdi
    add r14d, edi
    or r14, rdi
    or r14d, edi
    and r14, rdi
    and r14d, edi
    sub r14, rdi
    sub r14d, edi
    xor r14, rdi
    xor r14d, edi
    cmp r14, rdi
    cmp r14d, edi
    test r14, rdi
    test r14d, edi
    imul r14, rdi
    imul r14, rdi, 0
    imul r14, rdi, 1
    imul r14, rdi, -1
    imul r14, rdi, 127
    imul r14, rdi, -128
    imul r14, rdi, 128
    imul r14, rdi, -129
    imul r14, rdi, 2147483647
    imul r14, rdi, -2147483648
    mov r14, r8
    mov r14d, r8d
    add r14, r8
    add r14d, r8d
    or r14, r8
    or r14d, r8d
    and r14, r8
    and r14d, r8d
    sub r14, r8
    sub r14d, r8d
    xor r14, r8
    xor r14d, r8d
    cmp r14, r8
    cmp r14d, r8d
    test r14, r8
    test r14d, r8d
    imul r14, r8
    imul r14, r8, 0
    imul r14, r8, 1
    imul r14, r8, -1
    imul r14, r8, 127
    imul r14, r8, -128
    imul r14, r8, 128
    imul r14, r8, -129
    imul r14, r8, 2147483647
    imul r14, r8, -2147483648
    mov r14, r9
    mov r14d, r9d
    add r14, r9
    add r14d, r9d
    or r14, r9
    or r14d, r9d
    and r14, r9
    and r14d, r9d
    sub r14, r9
    sub r14d, r9d
    xor r14, r9
    xor r14d, r9d
    cmp r14, r9
    cmp r14d, r9d
    test r14, r9
    test r14d, r9d
    imul r14, r9
    imul r14, r9, 0
    imul r14, r9, 1
    imul r14, r9, -1
    imul r14, r9, 127
    imul r14, r9, -128
    imul r14, r9, 128
    imul r14, r9, -129
    imul r14, r9, 2147483647
    imul r14, r9, -2147483648
    mov r14, r10
    mov r14d, r10d
    add r14, r10
    add r14d, r10d
    or r14, r10
    or r14d, r10d
    and r14, r10
    and r14d, r10d
    sub r14, r10
    sub r14d, r10d
    xor r14, r10
    xor r14d, r10d
    cmp r14, r10
    cmp r14d, r10d
    test r14, r10
    test r14d, r10d
    imul r14, r10
    imul r14, r10, 0
    imul r14, r10, 1
    imul r14, r10, -1
    imul r14, r10, 127
    imul r14, r10, -128
    imul r14, r10, 128
    imul r14, r10, -129
    imul r14, r10, 2147483647
    imul r14, r10, -2147483648
    mov r14, r11
    mov r14d, r11d
    add r14, r11
    add r14d, r11d
    or r14, r11
    or r14d, r11d
    and r14, r11
    and r14d, r11d
    sub r14, r11
    sub r14d, r11d
    xor r14, r11
    xor r14d, r11d
    cmp r14, r11
    cmp r14d, r11d
    test r14, r11
    test r14d, r11d
    imul r14, r11
    imul r14, r11, 0
    imul r14, r11, 1
    imul r14, r11, -1
    imul r14, r11, 127
    imul r14, r11, -128
    imul r14, r11, 128
    imul r14, r11, -129
    imul r14, r11, 2147483647
    imul r14, r11, -2147483648
    mov r14, r12
    mov r14d, r12d
    add r14, r12
    add r14d, r12d
    or r14, r12
    or r14d, r12d
    and r14, r12
    and r14d, r12d
    sub r14, r12
    sub r14d, r12d
    xor r14, r12
    xor r14d, r12d
    cmp r14, r12
    cmp r14d, r12d
    test r14, r12
    test r14d, r12d
    imul r14, r12
    imul r14, r12, 0
    imul r14, r12, 1
    imul r14, r12, -1
    imul r14, r12, 127
    imul r14, r12, -128
    imul r14, r12, 128
    imul r14, r12, -129
    imul r14, r12, 2147483647
    imul r14, r12, -2147483648
    mov r14, r13
    mov r14d, r13d
    add r14, r13
    add r14d, r13d
    or r14, r13
    or r14d, r13d
    and r14, r13
    and r14d, r13d
    sub r14, r13
    sub r14d, r13d
    xor r14, r13
    xor r14d, r13d
    cmp r14, r13
    cmp r14d, r13d
    test r14, r13
    test r14d, r13d
    imul r14, r13
    imul r14, r13, 0
    imul r14, r13, 1
    imul r14, r13, -1
    imul r14, r13, 127
    imul r14, r13, -128
    imul r14, r13, 128
    imul r14, r13, -129
    imul r14, r13, 2147483647
    imul r14, r13, -2147483648
    mov r14, r14
    mov r14d, r14d
    add r14, r14
    add r14d, r14d
    or r14, r14
    or r14d, r14d
    and r14, r14
    and r14d, r14d
    sub r14, r14
    sub r14d, r14d
    xor r14, r14
    xor r14d, r14d
    cmp r14, r14
    cmp r14d, r14d
    test r14, r14
    test r14d, r14d
    imul r14, r14
    imul r14, r14, 0
    imul r14, r14, 1
    imul r14, r14, -1
    imul r14, r14, 127
    imul r14, r14, -128
    imul r14, r14, 128
    imul r14, r14, -129
    imul r14, r14, 2147483647
    imul r14, r14, -2147483648
    mov r14, r15
    mov r14d, r15d
    add r14, r15
    add r14d, r15d
    or r14, r15
    or r14d, r15d
    and r14, r15
    and r14d, r15d
    sub r14, r15
    sub r14d, r15d
    xor r14, r15
    xor r14d, r15d
    cmp r14, r15
    cmp r14d, r15d
    test r14, r15
    test r14d, r15d
    imul r14, r15
    imul r14, r15, 0
    imul r14, r15, 1
    imul r14, r15, -1
    imul r14, r15, 127
    imul r14, r15, -128
    imul r14, r15, 128
    imul r14, r15, -129
    imul r14, r15, 2147483647
    imul r14, r15, -2147483648
    mov r14, 0
    mov r14, 1
    mov r14, -1
    mov r14, 127
    mov r14, -128
    mov r14, 128
    mov r14, -129
    mov r14, 2147483647
    mov r14, -2147483648
    mov r14, 2147483648
    mov r14, 4294967295
    mov r14, 0x100000000
    mov r14, 0xffffffff7fffffff
    mov r14, 0x7fffffffffffffff
    mov r14, 0x8000000000000000
    mov r14, 0x123456789abcdef0
    mov r14, strict qword 0
    mov r14, strict qword 1
    mov r14, strict qword -1
    mov r14, strict qword 127
    mov r14, strict qword -128
    mov r14, strict qword 128
    mov r14, strict qword -129
    mov r14, strict qword 2147483647
    mov r14, strict qword -2147483648
    mov r14, strict qword 2147483648
    mov r14, strict qword 4294967295
    mov r14, strict qword 0x100000000
    mov r14, strict qword 0xffffffff7fffffff
    mov r14, strict qword 0x7fffffffffffffff
    mov r14, strict qword 0x8000000000000000
    mov r14, strict qword 0x123456789abcdef0
    mov r14d, 0
    mov r14d, 1
    mov r14d, -1
    mov r14d, 127
    mov r14d, 2147483647
    mov r14d, -2147483648
    mov r14d, 2147483648
    mov r14d, 4294967295
    add r14, 0
    add r14d, 0
    add r14, 1
    add r14d, 1
    add r14, -1
    add r14d, -1
    add r14, 127
    add r14d, 127
    add r14, -128
    add r14d, -128
    add r14, 128
    add r14d, 128
    add r14, -129
    add r14d, -129
    add r14, 255
    add r14d, 255
    add r14, 32767
    add r14d, 32767
    add r14, 2147483647
    add r14d, 2147483647
    add r14, -2147483648
    add r14d, -2147483648
    add r14d, 2147483648
    add r14d, 4294967295
    add r14d, 4294967168
    or r14, 0
    or r14d, 0
    or r14, 1
    or r14d, 1
    or r14, -1
    or r14d, -1
    or r14, 127
    or r14d, 127
    or r14, -128
    or r14d, -128
    or r14, 128
    or r14d, 128
    or r14, -129
    or r14d, -129
    or r14, 255
    or r14d, 255
    or r14, 32767
    or r14d, 32767
    or r14, 2147483647
    or r14d, 2147483647
    or r14, -2147483648
    or r14d, -2147483648
    or r14d, 2147483648
    or r14d, 4294967295
    or r14d, 4294967168
    and r14, 0
    and r14d, 0
    and r14, 1
    and r14d, 1
    and r14, -1
    and r14d, -1
    and r14, 127
    and r14d, 127
    and r14, -128
    and r14d, -128
    and r14, 128
    and r14d, 128
    and r14, -129
    and r14d, -129
    and r14, 255
    and r14d, 255
    and r14, 32767
    and r14d, 32767
    and r14, 2147483647
    and r14d, 2147483647
    and r14, -2147483648
    and r14d, -2147483648
    and r14d, 2147483648
    and r14d, 4294967295
    and r14d, 4294967168
    sub r14, 0
    sub r14d, 0
    sub r14, 1
    sub r14d, 1
    sub r14, -1
    sub r14d, -1
    sub r14, 127
    sub r14d, 127
    sub r14, -128
    sub r14d, -128
    sub r14, 128
    sub r14d, 128
    sub r14, -129
    sub r14d, -129
    sub r14, 255
    sub r14d, 255
    sub r14, 32767
    sub r14d, 32767
    sub r14, 2147483647
    sub r14d, 2147483647
    sub r14, -2147483648
    sub r14d, -2147483648
    sub r14d, 2147483648
    sub r14d, 4294967295
    sub r14d, 4294967168
    xor r14, 0
    xor r14d, 0
    xor r14, 1
    xor r14d, 1
    xor r14, -1
    xor r14d, -1
    xor r14, 127
    xor r14d, 127
    xor r14, -128
    xor r14d, -128
    xor r14, 128
    xor r14d, 128
    xor r14, -129
    xor r14d, -129
    xor r14, 255
    xor r14d, 255
    xor r14, 32767
    xor r14d, 32767
    xor r14, 2147483647
    xor r14d, 2147483647
    xor r14, -2147483648
    xor r14d, -2147483648
    xor r14d, 2147483648
    xor r14d, 4294967295
    xor r14d, 4294967168
    cmp r14, 0
    cmp r14d, 0
    cmp r14, 1
    cmp r14d, 1
    cmp r14, -1
    cmp r14d, -1
    cmp r14, 127
    cmp r14d, 127
    cmp r14, -128
    cmp r14d, -128
    cmp r14, 128
    cmp r14d, 128
    cmp r14, -129
    cmp r14d, -129
    cmp r14, 255
    cmp r14d, 255
    cmp r14, 32767
    cmp r14d, 32767
    cmp r14, 2147483647
    cmp r14d, 2147483647
    cmp r14, -2147483648
    cmp r14d, -2147483648
    cmp r14d, 2147483648
    cmp r14d, 4294967295
    cmp r14d, 4294967168
    test r14, 0
    test r14d, 0
    test r14, 1
    test r14d, 1
    test r14, -1
    test r14d, -1
    test r14, 127
    test r14d, 127
    test r14, -128
    test r14d, -128
    test r14, 128
    test r14d, 128
    test r14, -129
    test r14d, -129
    test r14, 255
    test r14d, 255
    test r14, 32767
    test r14d, 32767
    test r14, 2147483647
    test r14d, 2147483647
    test r14, -2147483648
    test r14d, -2147483648
    test r14d, 2147483648
    test r14d, 4294967295
    test r14d, 4294967168
    inc r14
    dec r14
    neg r14
    not r14
    push r14
    pop r14
    call r14
    jmp r14
    shl r14, 0
    shl r14, 1
    shl r14, 2
    shl r14, 31
    shl r14, 32
    shl r14, 63
    shr r14, 0
    shr r14, 1
    shr r14, 2
    shr r14, 31
    shr r14, 32
    shr r14, 63
    sar r14, 0
    sar r14, 1
    sar r14, 2
    sar r14, 31
    sar r14, 32
    sar r14, 63
    seto r14b
    setno r14b
    setb r14b
    setae r14b
    sete r14b
    setne r14b
    setbe r14b
    seta r14b
    sets r14b
    setns r14b
    setp r14b
    setnp r14b
    setl r14b
    setge r14b
    setle r14b
    setg r14b
    mov r15, rax
    mov r15d, eax
    add r15, rax
    add r15d, eax
    or r15, rax
    or r15d, eax
    and r15, rax
    and r15d, eax
    sub r15, rax
    sub r15d, eax
    xor r15, rax
    xor r15d, eax
    cmp r15, rax
    cmp r15d, eax
    test r15, rax
    test r15d, eax
    imul r15, rax
    imul r15, rax, 0
    imul r15, rax, 1
    imul r15, rax, -1
    imul r15, rax, 127
    imul r15, rax, -128
    imul r15, rax, 128
    imul r15, rax, -129
    imul r15, rax, 2147483647
    imul r15, rax, -2147483648
    mov r15, rcx
    mov r15d, ecx
    add r15, rcx
    add r15d, ecx
    or r15, rcx
    or r15d, ecx
    and r15, rcx
    and r15d, ecx
    sub r15, rcx
    sub r15d, ecx
    xor r15, rcx
    xor r15d, ecx
    cmp r15, rcx
    cmp r15d, ecx
    test r15, rcx
    test r15d, ecx
    imul r15, rcx
    imul r15, rcx, 0
    imul r15, rcx, 1
    imul r15, rcx, -1
    imul r15, rcx, 127
    imul r15, rcx, -128
    imul r15, rcx, 128
    imul r15, rcx, -129
    imul r15, rcx, 2147483647
    imul r15, rcx, -2147483648
    mov r15, rdx
    mov r15d, edx
    add r15, rdx
    add r15d, edx
    or r15, rdx
    or r15d, edx
    and r15, rdx
    and r15d, edx
    sub r15, rdx
    sub r15d, edx
    xor r15, rdx
    xor r15d, edx
    cmp r15, rdx
    cmp r15d, edx
    test r15, rdx
    test r15d, edx
    imul r15, rdx
    imul r15, rdx, 0
    imul r15, rdx, 1
    imul r15, rdx, -1
    imul r15, rdx, 127
    imul r15, rdx, -128
    imul r15, rdx, 128
    imul r15, rdx, -129
    imul r15, rdx, 2147483647
    imul r15, rdx, -2147483648
    mov r15, rbx
    mov r15d, ebx
    add r15, rbx
    add r15d, ebx
    or r15, rbx
    or r15d, ebx
    and r15, rbx
    and r15d, ebx
    sub r15, rbx
    sub r15d, ebx
    xor r15, rbx
    xor r15d, ebx
    cmp r15, rbx
    cmp r15d, ebx
    test r15, rbx
    test r15d, ebx
    imul r15, rbx
    imul r15, rbx, 0
    imul r15, rbx, 1
    imul r15, rbx, -1
    imul r15, rbx, 127
    imul r15, rbx, -128
    imul r15, rbx, 128
    imul r15, rbx, -129
    imul r15, rbx, 2147483647
    imul r15, rbx, -2147483648
    mov r15, rsp
    mov r15d, esp
    add r15, rsp
    add r15d, esp
    or r15, rsp
    or r15d, esp
    and r15, rsp
    and r15d, esp
    sub r15, rsp
    sub r15d, esp
    xor r15, rsp
    xor r15d, esp
    cmp r15, rsp
    cmp r15d, esp
    test r15, rsp
    test r15d, esp
    imul r15, rsp
    imul r15, rsp, 0
    imul r15, rsp, 1
    imul r15, rsp, -1
    imul r15, rsp, 127
    imul r15, rsp, -128
    imul r15, rsp, 128
    imul r15, rsp, -129
    imul r15, rsp, 2147483647
    imul r15, rsp, -2147483648
    mov r15, rbp
    mov r15d, ebp
    add r15, rbp
    add r15d, ebp
    or r15, rbp
    or r15d, ebp
    and r15, rbp
    and r15d, ebp
    sub r15, rbp
    sub r15d, ebp
    xor r15, rbp
    xor r15d, ebp
    cmp r15, rbp
    cmp r15d, ebp
    test r15, rbp
    test r15d, ebp
    imul r15, rbp
    imul r15, rbp, 0
    imul r15, rbp, 1
    imul r15, rbp, -1
    imul r15, rbp, 127
    imul r15, rbp, -128
    imul r15, rbp, 128
    imul r15, rbp, -129
    imul r15, rbp, 2147483647
    imul r15, rbp, -2147483648
    mov r15, rsi
    mov r15d, esi
    add r15, rsi
    add r15d, esi
    or r15, rsi
    or r15d, esi
    and r15, rsi
    and r15d, esi
    sub r15, rsi
    sub r15d, esi
    xor r15, rsi
    xor r15d, esi
    cmp r15, rsi
    cmp r15d, esi
    test r15, rsi
    test r15d, esi
    imul r15, rsi
    imul r15, rsi, 0
    imul r15, rsi, 1
    imul r15, rsi, -1
    imul r15, rsi, 127
    imul r15, rsi, -128
    imul r15, rsi, 128
    imul r15, rsi, -129
    imul r15, rsi, 2147483647
    imul r15, rsi, -2147483648
    mov r15, rdi
    mov r15d, edi
    add r15, rdi
    add r15d, edi
    or r15, rdi
    or r15d, edi
    and r15, rdi
    and r15d, edi
    sub r15, rdi
    sub r15d, edi
    xor r15, rdi
    xor r15d, edi
    cmp r15, rdi
    cmp r15d, edi
    test r15, rdi
    test r15d, edi
    imul r15, rdi
    imul r15, rdi, 0
    imul r15, rdi, 1
    imul r15, rdi, -1
    imul r15, rdi, 127
    imul r15, rdi, -128
    imul r15, rdi, 128
    imul r15, rdi, -129
    imul r15, rdi, 2147483647
    imul r15, rdi, -2147483648
    mov r15, r8
    mov r15d, r8d
    add r15, r8
    add r15d, r8d
    or r15, r8
    or r15d, r8d
    and r15, r8
    and r15d, r8d
    sub r15, r8
    sub r15d, r8d
    xor r15, r8
    xor r15d, r8d
    cmp r15, r8
    cmp r15d, r8d
    test r15, r8
    test r15d, r8d
    imul r15, r8
    imul r15, r8, 0
    imul r15, r8, 1
    imul r15, r8, -1
    imul r15, r8, 127
    imul r15, r8, -128
    imul r15, r8, 128
    imul r15, r8, -129
    imul r15, r8, 2147483647
    imul r15, r8, -2147483648
    mov r15, r9
    mov r15d, r9d
    add r15, r9
    add r15d, r9d
    or r15, r9
    or r15d, r9d
    and r15, r9
    and r15d, r9d
    sub r15, r9
    sub r15d, r9d
    xor r15, r9
    xor r15d, r9d
    cmp r15, r9
    cmp r15d, r9d
    test r15, r9
    test r15d, r9d
    imul r15, r9
    imul r15, r9, 0
    imul r15, r9, 1
    imul r15, r9, -1
    imul r15, r9, 127
    imul r15, r9, -128
    imul r15, r9, 128
    imul r15, r9, -129
    imul r15, r9, 2147483647
    imul r15, r9, -2147483648
    mov r15, r10
    mov r15d, r10d
    add r15, r10
    add r15d, r10d
    or r15, r10
    or r15d, r10d
    and r15, r10
    and r15d, r10d
    sub r15, r10
    sub r15d, r10d
    xor r15, r10
    xor r15d, r10d
    cmp r15, r10
    cmp r15d, r10d
    test r15, r10
    test r15d, r10d
    imul r15, r10
    imul r15, r10, 0
    imul r15, r10, 1
    imul r15, r10, -1
    imul r15, r10, 127
    imul r15, r10, -128
    imul r15, r10, 128
    imul r15, r10, -129
    imul r15, r10, 2147483647
    imul r15, r10, -2147483648
    mov r15, r11
    mov r15d, r11d
    add r15, r11
    add r15d, r11d
    or r15, r11
    or r15d, r11d
    and r15, r11
    and r15d, r11d
    sub r15, r11
    sub r15d, r11d
    xor r15, r11
    xor r15d, r11d
    cmp r15, r11
    cmp r15d, r11d
    test r15, r11
    test r15d, r11d
    imul r15, r11
    imul r15, r11, 0
    imul r15, r11, 1
    imul r15, r11, -1
    imul r15, r11, 127
    imul r15, r11, -128
    imul r15, r11, 128
    imul r15, r11, -129
    imul r15, r11, 2147483647
    imul r15, r11, -2147483648
    mov r15, r12
    mov r15d, r12d
    add r15, r12
    add r15d, r12d
    or r15, r12
    or r15d, r12d
    and r15, r12
    and r15d, r12d
    sub r15, r12
    sub r15d, r12d
    xor r15, r12
    xor r15d, r12d
    cmp r15, r12
    cmp r15d, r12d
    test r15, r12
    test r15d, r12d
    imul r15, r12
    imul r15, r12, 0
    imul r15, r12, 1
    imul r15, r12, -1
    imul r15, r12, 127
    imul r15, r12, -128
    imul r15, r12, 128
    imul r15, r12, -129
    imul r15, r12, 2147483647
    imul r15, r12, -2147483648
    mov r15, r13
    mov r15d, r13d
    add r15, r13
    add r15d, r13d
    or r15, r13
    or r15d, r13d
    and r15, r13
    and r15d, r13d
    sub r15, r13
    sub r15d, r13d
    xor r15, r13
    xor r15d, r13d
    cmp r15, r13
    cmp r15d, r13d
    test r15, r13
    test r15d, r13d
    imul r15, r13
    imul r15, r13, 0
    imul r15, r13, 1
    imul r15, r13, -1
    imul r15, r13, 127
    imul r15, r13, -128
    imul r15, r13, 128
    imul r15, r13, -129
    imul r15, r13, 2147483647
    imul r15, r13, -2147483648
    mov r15, r14
    mov r15d, r14d
    add r15, r14
    add r15d, r14d
    or r15, r14
    or r15d, r14d
    and r15, r14
    and r15d, r14d
    sub r15, r14
    sub r15d, r14d
    xor r15, r14
    xor r15d, r14d
    cmp r15, r14
    cmp r15d, r14d
    test r15, r14
    test r15d, r14d
    imul r15, r14
    imul r15, r14, 0
    imul r15, r14, 1
    imul r15, r14, -1
    imul r15, r14, 127
    imul r15, r14, -128
    imul r15, r14, 128
    imul r15, r14, -129
    imul r15, r14, 2147483647
    imul r15, r14, -2147483648
    mov r15, r15
    mov r15d, r15d
    add r15, r15
    add r15d, r15d
    or r15, r15
    or r15d, r15d
    and r15, r15
    and r15d, r15d
    sub r15, r15
    sub r15d, r15d
    xor r15, r15
    xor r15d, r15d
    cmp r15, r15
    cmp r15d, r15d
    test r15, r15
    test r15d, r15d
    imul r15, r15
    imul r15, r15, 0
    imul r15, r15, 1
    imul r15, r15, -1
    imul r15, r15, 127
    imul r15, r15, -128
    imul r15, r15, 128
    imul r15, r15, -129
    imul r15, r15, 2147483647
    imul r15, r15, -2147483648
    mov r15, 0
    mov r15, 1
    mov r15, -1
    mov r15, 127
    mov r15, -128
    mov r15, 128
    mov r15, -129
    mov r15, 2147483647
    mov r15, -2147483648
    mov r15, 2147483648
    mov r15, 4294967295
    mov r15, 0x100000000
    mov r15, 0xffffffff7fffffff
    mov r15, 0x7fffffffffffffff
    mov r15, 0x8000000000000000
    mov r15, 0x123456789abcdef0
    mov r15, strict qword 0
    mov r15, strict qword 1
    mov r15, strict qword -1
    mov r15, strict qword 127
    mov r15, strict qword -128
    mov r15, strict qword 128
    mov r15, strict qword -129
    mov r15, strict qword 2147483647
    mov r15, strict qword -2147483648
    mov r15, strict qword 2147483648
    mov r15, strict qword 4294967295
    mov r15, strict qword 0x100000000
    mov r15, strict qword 0xffffffff7fffffff
    mov r15, strict qword 0x7fffffffffffffff
    mov r15, strict qword 0x8000000000000000
    mov r15, strict qword 0x123456789abcdef0
    mov r15d, 0
    mov r15d, 1
    mov r15d, -1
    mov r15d, 127
    mov r15d, 2147483647
    mov r15d, -2147483648
    mov r15d, 2147483648
    mov r15d, 4294967295
    add r15, 0
    add r15d, 0
    add r15, 1
    add r15d, 1
    add r15, -1
    add r15d, -1
    add r15, 127
    add r15d, 127
    add r15, -128
    add r15d, -128
    add r15, 128
    add r15d, 128
    add r15, -129
    add r15d, -129
    add r15, 255
    add r15d, 255
    add r15, 32767
    add r15d, 32767
    add r15, 2147483647
    add r15d, 2147483647
    add r15, -2147483648
    add r15d, -2147483648
    add r15d, 2147483648
    add r15d, 4294967295
    add r15d, 4294967168
    or r15, 0
    or r15d, 0
    or r15, 1
    or r15d, 1
    or r15, -1
    or r15d, -1
    or r15, 127
    or r15d, 127
    or r15, -128
    or r15d, -128
    or r15, 128
    or r15d, 128
    or r15, -129
    or r15d, -129
    or r15, 255
    or r15d, 255
    or r15, 32767
    or r15d, 32767
    or r15, 2147483647
    or r15d, 2147483647
    or r15, -2147483648
    or r15d, -2147483648
    or r15d, 2147483648
    or r15d, 4294967295
    or r15d, 4294967168
    and r15, 0
    and r15d, 0
    and r15, 1
    and r15d, 1
    and r15, -1
    and r15d, -1
    and r15, 127
    and r15d, 127
    and r15, -128
    and r15d, -128
    and r15, 128
    and r15d, 128
    and r15, -129
    and r15d, -129
    and r15, 255
    and r15d, 255
    and r15, 32767
    and r15d, 32767
    and r15, 2147483647
    and r15d, 2147483647
    and r15, -2147483648
    and r15d, -2147483648
    and r15d, 2147483648
    and r15d, 4294967295
    and r15d, 4294967168
    sub r15, 0
    sub r15d, 0
    sub r15, 1
    sub r15d, 1
    sub r15, -1
    sub r15d, -1
    sub r15, 127
    sub r15d, 127
    sub r15, -128
    sub r15d, -128
    sub r15, 128
    sub r15d, 128
    sub r15, -129
    sub r15d, -129
    sub r15, 255
    sub r15d, 255
    sub r15, 32767
    sub r15d, 32767
    sub r15, 2147483647
    sub r15d, 2147483647
    sub r15, -2147483648
    sub r15d, -2147483648
    sub r15d, 2147483648
    sub r15d, 4294967295
    sub r15d, 4294967168
    xor r15, 0
    xor r15d, 0
    xor r15, 1
    xor r15d, 1
    xor r15, -1
    xor r15d, -1
    xor r15, 127
    xor r15d, 127
    xor r15, -128
    xor r15d, -128
    xor r15, 128
    xor r15d, 128
    xor r15, -129
    xor r15d, -129
    xor r15, 255
    xor r15d, 255
    xor r15, 32767
    xor r15d, 32767
    xor r15, 2147483647
    xor r15d, 2147483647
    xor r15, -2147483648
    xor r15d, -2147483648
    xor r15d, 2147483648
    xor r15d, 4294967295
    xor r15d, 4294967168
    cmp r15, 0
    cmp r15d, 0
    cmp r15, 1
    cmp r15d, 1
    cmp r15, -1
    cmp r15d, -1
    cmp r15, 127
    cmp r15d, 127
    cmp r15, -128
    cmp r15d, -128
    cmp r15, 128
    cmp r15d, 128
    cmp r15, -129
    cmp r15d, -129
    cmp r15, 255
    cmp r15d, 255
    cmp r15, 32767
    cmp r15d, 32767
    cmp r15, 2147483647
    cmp r15d, 2147483647
    cmp r15, -2147483648
    cmp r15d, -2147483648
    cmp r15d, 2147483648
    cmp r15d, 4294967295
    cmp r15d, 4294967168
    test r15, 0
    test r15d, 0
    test r15, 1
    test r15d, 1
    test r15, -1
    test r15d, -1
    test r15, 127
    test r15d, 127
    test r15, -128
    test r15d, -128
    test r15, 128
    test r15d, 128
    test r15, -129
    test r15d, -129
    test r15, 255
    test r15d, 255
    test r15, 32767
    test r15d, 32767
    test r15, 2147483647
    test r15d, 2147483647
    test r15, -2147483648
    test r15d, -2147483648
    test r15d, 2147483648
    test r15d, 4294967295
    test r15d, 4294967168
    inc r15
    dec r15
    neg r15
    not r15
    push r15
    pop r15
    call r15
    jmp r15
    shl r15, 0
    shl r15, 1
    shl r15, 2
    shl r15, 31
    shl r15, 32
    shl r15, 63
    shr r15, 0
    shr r15, 1
    shr r15, 2
    shr r15, 31
    shr r15, 32
    shr r15, 63
    sar r15, 0
    sar r15, 1
    sar r15, 2
    sar r15, 31
    sar r15, 32
    sar r15, 63
    seto r15b
    setno r15b
    setb r15b
    setae r15b
    sete r15b
    setne r15b
    setbe r15b
    seta r15b
    sets r15b
    setns r15b
    setp r15b
    setnp r15b
    setl r15b
    setge r15b
    setle r15b
    setg r15b
    mov rax, qword [rax+0]
    mov eax, dword [rax+0]
    mov al, byte [rax+0]
    movzx eax, byte [rax+0]
    lea rax, [rax+0]
    mov qword [rax+0], rax
    mov dword [rax+0], eax
    mov byte [rax+0], al
    add byte [rax+0], al
    sub byte [rax+0], al
    mov rcx, qword [rax+0]
    mov ecx, dword [rax+0]
    mov cl, byte [rax+0]
    movzx ecx, byte [rax+0]
    lea rcx, [rax+0]
    mov qword [rax+0], rcx
    mov dword [rax+0], ecx
    mov byte [rax+0], cl
    add byte [rax+0], cl
    sub byte [rax+0], cl
    mov rdx, qword [rax+0]
    mov edx, dword [rax+0]
    mov dl, byte [rax+0]
    movzx edx, byte [rax+0]
    lea rdx, [rax+0]
    mov qword [rax+0], rdx
    mov dword [rax+0], edx
    mov byte [rax+0], dl
    add byte [rax+0], dl
    sub byte [rax+0], dl
    mov rbx, qword [rax+0]
    mov ebx, dword [rax+0]
    mov bl, byte [rax+0]
    movzx ebx, byte [rax+0]
    lea rbx, [rax+0]
    mov qword [rax+0], rbx
    mov dword [rax+0], ebx
    mov byte [rax+0], bl
    add byte [rax+0], bl
    sub byte [rax+0], bl
    mov rsp, qword [rax+0]
    mov esp, dword [rax+0]
    mov spl, byte [rax+0]
    movzx esp, byte [rax+0]
    lea rsp, [rax+0]
    mov qword [rax+0], rsp
    mov dword [rax+0], esp
    mov byte [rax+0], spl
    add byte [rax+0], spl
    sub byte [rax+0], spl
    mov rbp, qword [rax+0]
    mov ebp, dword [rax+0]
    mov bpl, byte [rax+0]
    movzx ebp, byte [rax+0]
    lea rbp, [rax+0]
    mov qword [rax+0], rbp
    mov dword [rax+0], ebp
    mov byte [rax+0], bpl
    add byte [rax+0], bpl
    sub byte [rax+0], bpl
    mov rsi, qword [rax+0]
    mov esi, dword [rax+0]
    mov sil, byte [rax+0]
    movzx esi, byte [rax+0]
    lea rsi, [rax+0]
    mov qword [rax+0], rsi
    mov dword [rax+0], esi
    mov byte [rax+0], sil
    add byte [rax+0], sil
    sub byte [rax+0], sil
    mov rdi, qword [rax+0]
    mov edi, dword [rax+0]
    mov dil, byte [rax+0]
    movzx edi, byte [rax+0]
    lea rdi, [rax+0]
    mov qword [rax+0], rdi
    mov dword [rax+0], edi
    mov byte [rax+0], dil
    add byte [rax+0], dil
    sub byte [rax+0], dil
    mov r8, qword [rax+0]
    mov r8d, dword [rax+0]
    mov r8b, byte [rax+0]
    movzx r8d, byte [rax+0]
    lea r8, [rax+0]
    mov qword [rax+0], r8
    mov dword [rax+0], r8d
    mov byte [rax+0], r8b
    add byte [rax+0], r8b
    sub byte [rax+0], r8b
    mov r9, qword [rax+0]
    mov r9d, dword [rax+0]
    mov r9b, byte [rax+0]
    movzx r9d, byte [rax+0]
    lea r9, [rax+0]
    mov qword [rax+0], r9
    mov dword [rax+0], r9d
    mov byte [rax+0], r9b
    add byte [rax+0], r9b
    sub byte [rax+0], r9b
    mov r10, qword [rax+0]
    mov r10d, dword [rax+0]
    mov r10b, byte [rax+0]
    movzx r10d, byte [rax+0]
    lea r10, [rax+0]
    mov qword [rax+0], r10
    mov dword [rax+0], r10d
    mov byte [rax+0], r10b
    add byte [rax+0], r10b
    sub byte [rax+0], r10b
    mov r11, qword [rax+0]
    mov r11d, dword [rax+0]
    mov r11b, byte [rax+0]
    movzx r11d, byte [rax+0]
    lea r11, [rax+0]
    mov qword [rax+0], r11
    mov dword [rax+0], r11d
    mov byte [rax+0], r11b
    add byte [rax+0], r11b
    sub byte [rax+0], r11b
    mov r12, qword [rax+0]
    mov r12d, dword [rax+0]
    mov r12b, byte [rax+0]
    movzx r12d, byte [rax+0]
    lea r12, [rax+0]
    mov qword [rax+0], r12
    mov dword [rax+0], r12d
    mov byte [rax+0], r12b
    add byte [rax+0], r12b
    sub byte [rax+0], r12b
    mov r13, qword [rax+0]
    mov r13d, dword [rax+0]
    mov r13b, byte [rax+0]
    movzx r13d, byte [rax+0]
    lea r13, [rax+0]
    mov qword [rax+0], r13
    mov dword [rax+0], r13d
    mov byte [rax+0], r13b
    add byte [rax+0], r13b
    sub byte [rax+0], r13b
    mov r14, qword [rax+0]
    mov r14d, dword [rax+0]
    mov r14b, byte [rax+0]
    movzx r14d, byte [rax+0]
    lea r14, [rax+0]
    mov qword [rax+0], r14
    mov dword [rax+0], r14d
    mov byte [rax+0], r14b
    add byte [rax+0], r14b
    sub byte [rax+0], r14b
    mov r15, qword [rax+0]
    mov r15d, dword [rax+0]
    mov r15b, byte [rax+0]
    movzx r15d, byte [rax+0]
    lea r15, [rax+0]
    mov qword [rax+0], r15
    mov dword [rax+0], r15d
    mov byte [rax+0], r15b
    add byte [rax+0], r15b
    sub byte [rax+0], r15b
    mov byte [rax+0], 0
    mov byte [rax+0], 1
    mov byte [rax+0], -1
    mov byte [rax+0], 127
    mov byte [rax+0], -128
    mov byte [rax+0], 255
    add byte [rax+0], 0
    add byte [rax+0], 1
    add byte [rax+0], -1
    add byte [rax+0], 127
    add byte [rax+0], -128
    add byte [rax+0], 255
    sub byte [rax+0], 0
    sub byte [rax+0], 1
    sub byte [rax+0], -1
    sub byte [rax+0], 127
    sub byte [rax+0], -128
    sub byte [rax+0], 255
    cmp byte [rax+0], 0
    cmp byte [rax+0], 1
    cmp byte [rax+0], -1
    cmp byte [rax+0], 127
    cmp byte [rax+0], -128
    cmp byte [rax+0], 255
    mov rax, qword [rax+1]
    mov eax, dword [rax+1]
    mov al, byte [rax+1]
    movzx eax, byte [rax+1]
    lea rax, [rax+1]
    mov qword [rax+1], rax
    mov dword [rax+1], eax
    mov byte [rax+1], al
    add byte [rax+1], al
    sub byte [rax+1], al
    mov rcx, qword [rax+1]
    mov ecx, dword [rax+1]
    mov cl, byte [rax+1]
    movzx ecx, byte [rax+1]
    lea rcx, [rax+1]
    mov qword [rax+1], rcx
    mov dword [rax+1], ecx
    mov byte [rax+1], cl
    add byte [rax+1], cl
    sub byte [rax+1], cl
    mov rdx, qword [rax+1]
    mov edx, dword [rax+1]
    mov dl, byte [rax+1]
    movzx edx, byte [rax+1]
    lea rdx, [rax+1]
    mov qword [rax+1], rdx
    mov dword [rax+1], edx
    mov byte [rax+1], dl
    add byte [rax+1], dl
    sub byte [rax+1], dl
    mov rbx, qword [rax+1]
    mov ebx, dword [rax+1]
    mov bl, byte [rax+1]
    movzx ebx, byte [rax+1]
    lea rbx, [rax+1]
    mov qword [rax+1], rbx
    mov dword [rax+1], ebx
    mov byte [rax+1], bl
    add byte [rax+1], bl
    sub byte [rax+1], bl
    mov rsp, qword [rax+1]
    mov esp, dword [rax+1]
    mov spl, byte [rax+1]
    movzx esp, byte [rax+1]
    lea rsp, [rax+1]
    mov qword [rax+1], rsp
    mov dword [rax+1], esp
    mov byte [rax+1], spl
    add byte [rax+1], spl
    sub byte [rax+1], spl
    mov rbp, qword [rax+1]
    mov ebp, dword [rax+1]
    mov bpl, byte [rax+1]
    movzx ebp, byte [rax+1]
    lea rbp, [rax+1]
    mov qword [rax+1], rbp
    mov dword [rax+1], ebp
    mov byte [rax+1], bpl
    add byte [rax+1], bpl
    sub byte [rax+1], bpl
    mov rsi, qword [rax+1]
    mov esi, dword [rax+1]
    mov sil, byte [rax+1]
    movzx esi, byte [rax+1]
    lea rsi, [rax+1]
    mov qword [rax+1], rsi
    mov dword [rax+1], esi
    mov byte [rax+1], sil
    add byte [rax+1], sil
    sub byte [rax+1], sil
    mov rdi, qword [rax+1]
    mov edi, dword [rax+1]
    mov dil, byte [rax+1]
    movzx edi, byte [rax+1]
    lea rdi, [rax+1]
    mov qword [rax+1], rdi
    mov dword [rax+1], edi
    mov byte [rax+1], dil
    add byte [rax+1], dil
    sub byte [rax+1], dil
    mov r8, qword [rax+1]
    mov r8d, dword [rax+1]
    mov r8b, byte [rax+1]
    movzx r8d, byte [rax+1]
    lea r8, [rax+1]
    mov qword [rax+1], r8
    mov dword [rax+1], r8d
    mov byte [rax+1], r8b
    add byte [rax+1], r8b
    sub byte [rax+1], r8b
    mov r9, qword [rax+1]
    mov r9d, dword [rax+1]
    mov r9b, byte [rax+1]
    movzx r9d, byte [rax+1]
    lea r9, [rax+1]
    mov qword [rax+1], r9
    mov dword [rax+1], r9d
    mov byte [rax+1], r9b
    add byte [rax+1], r9b
    sub byte [rax+1], r9b
    mov r10, qword [rax+1]
    mov r10d, dword [rax+1]
    mov r10b, byte [rax+1]
    movzx r10d, byte [rax+1]
    lea r10, [rax+1]
    mov qword [rax+1], r10
    mov dword [rax+1], r10d
    mov byte [rax+1], r10b
    add byte [rax+1], r10b
    sub byte [rax+1], r10b
    mov r11, qword [rax+1]
    mov r11d, dword [rax+1]
    mov r11b, byte [rax+1]
    movzx r11d, byte [rax+1]
    lea r11, [rax+1]
    mov qword [rax+1], r11
    mov dword [rax+1], r11d
    mov byte [rax+1], r11b
    add byte [rax+1], r11b
    sub byte [rax+1], r11b
    mov r12, qword [rax+1]
    mov r12d, dword [rax+1]
    mov r12b, byte [rax+1]
    movzx r12d, byte [rax+1]
    lea r12, [rax+1]
    mov qword [rax+1], r12
    mov dword [rax+1], r12d
    mov byte [rax+1], r12b
    add byte [rax+1], r12b
    sub byte [rax+1], r12b
    mov r13, qword [rax+1]
    mov r13d, dword [rax+1]
    mov r13b, byte [rax+1]
    movzx r13d, byte [rax+1]
    lea r13, [rax+1]
    mov qword [rax+1], r13
    mov dword [rax+1], r13d
    mov byte [rax+1], r13b
    add byte [rax+1], r13b
    sub byte [rax+1], r13b
    mov r14, qword [rax+1]
    mov r14d, dword [rax+1]
    mov r14b, byte [rax+1]
    movzx r14d, byte [rax+1]
    lea r14, [rax+1]
    mov qword [rax+1], r14
    mov dword [rax+1], r14d
    mov byte [rax+1], r14b
    add byte [rax+1], r14b
    sub byte [rax+1], r14b
    mov r15, qword [rax+1]
    mov r15d, dword [rax+1]
    mov r15b, byte [rax+1]
    movzx r15d, byte [rax+1]
    lea r15, [rax+1]
    mov qword [rax+1], r15
    mov dword [rax+1], r15d
    mov byte [rax+1], r15b
    add byte [rax+1], r15b
    sub byte [rax+1], r15b
    mov byte [rax+1], 0
    mov byte [rax+1], 1
    mov byte [rax+1], -1
    mov byte [rax+1], 127
    mov byte [rax+1], -128
    mov byte [rax+1], 255
    add byte [rax+1], 0
    add byte [rax+1], 1
    add byte [rax+1], -1
    add byte [rax+1], 127
    add byte [rax+1], -128
    add byte [rax+1], 255
    sub byte [rax+1], 0
    sub byte [rax+1], 1
    sub byte [rax+1], -1
    sub byte [rax+1], 127
    sub byte [rax+1], -128
    sub byte [rax+1], 255
    cmp byte [rax+1], 0
    cmp byte [rax+1], 1
    cmp byte [rax+1], -1
    cmp byte [rax+1], 127
    cmp byte [rax+1], -128
    cmp byte [rax+1], 255
    mov rax, qword [rax-1]
    mov eax, dword [rax-1]
    mov al, byte [rax-1]
    movzx eax, byte [rax-1]
    lea rax, [rax-1]
    mov qword [rax-1], rax
    mov dword [rax-1], eax
    mov byte [rax-1], al
    add byte [rax-1], al
    sub byte [rax-1], al
    mov rcx, qword [rax-1]
    mov ecx, dword [rax-1]
    mov cl, byte [rax-1]
    movzx ecx, byte [rax-1]
    lea rcx, [rax-1]
    mov qword [rax-1], rcx
    mov dword [rax-1], ecx
    mov byte [rax-1], cl
    add byte [rax-1], cl
    sub byte [rax-1], cl
    mov rdx, qword [rax-1]
    mov edx, dword [rax-1]
    mov dl, byte [rax-1]
    movzx edx, byte [rax-1]
    lea rdx, [rax-1]
    mov qword [rax-1], rdx
    mov dword [rax-1], edx
    mov byte [rax-1], dl
    add byte [rax-1], dl
    sub byte [rax-1], dl
    mov rbx, qword [rax-1]
    mov ebx, dword [rax-1]
    mov bl, byte [rax-1]
    movzx ebx, byte [rax-1]
    lea rbx, [rax-1]
    mov qword [rax-1], rbx
    mov dword [rax-1], ebx
    mov byte [rax-1], bl
    add byte [rax-1], bl
    sub byte [rax-1], bl
    mov rsp, qword [rax-1]
    mov esp, dword [rax-1]
    mov spl, byte [rax-1]
    movzx esp, byte [rax-1]
    lea rsp, [rax-1]
    mov qword [rax-1], rsp
    mov dword [rax-1], esp
    mov byte [rax-1], spl
    add byte [rax-1], spl
    sub byte [rax-1], spl
    mov rbp, qword [rax-1]
    mov ebp, dword [rax-1]
    mov bpl, byte [rax-1]
    movzx ebp, byte [rax-1]
    lea rbp, [rax-1]
    mov qword [rax-1], rbp
    mov dword [rax-1], ebp
    mov byte [rax-1], bpl
    add byte [rax-1], bpl
    sub byte [rax-1], bpl
    mov rsi, qword [rax-1]
    mov esi, dword [rax-1]
    mov sil, byte [rax-1]
    movzx esi, byte [rax-1]
    lea rsi, [rax-1]
    mov qword [rax-1], rsi
    mov dword [rax-1], esi
    mov byte [rax-1], sil
    add byte [rax-1], sil
    sub byte [rax-1], sil
    mov rdi, qword [rax-1]
    mov edi, dword [rax-1]
    mov dil, byte [rax-1]
    movzx edi, byte [rax-1]
    lea rdi, [rax-1]
    mov qword [rax-1], rdi
    mov dword [rax-1], edi
    mov byte [rax-1], dil
    add byte [rax-1], dil
    sub byte [rax-1], dil
    mov r8, qword [rax-1]
    mov r8d, dword [rax-1]
    mov r8b, byte [rax-1]
    movzx r8d, byte [rax-1]
    lea r8, [rax-1]
    mov qword [rax-1], r8
    mov dword [rax-1], r8d
    mov byte [rax-1], r8b
    add byte [rax-1], r8b
    sub byte [rax-1], r8b
    mov r9, qword [rax-1]
    mov r9d, dword [rax-1]
    mov r9b, byte [rax-1]
    movzx r9d, byte [rax-1]
    lea r9, [rax-1]
    mov qword [rax-1], r9
    mov dword [rax-1], r9d
    mov byte [rax-1], r9b
    add byte [rax-1], r9b
    sub byte [rax-1], r9b
    mov r10, qword [rax-1]
    mov r10d, dword [rax-1]
    mov r10b, byte [rax-1]
    movzx r10d, byte [rax-1]
    lea r10, [rax-1]
    mov qword [rax-1], r10
    mov dword [rax-1], r10d
    mov byte [rax-1], r10b
    add byte [rax-1], r10b
    sub byte [rax-1], r10b
    mov r11, qword [rax-1]
    mov r11d, dword [rax-1]
    mov r11b, byte [rax-1]
    movzx r11d, byte [rax-1]
    lea r11, [rax-1]
    mov qword [rax-1], r11
    mov dword [rax-1], r11d
    mov byte [rax-1], r11b
    add byte [rax-1], r11b
    sub byte [rax-1], r11b
    mov r12, qword [rax-1]
    mov r12d, dword [rax-1]
    mov r12b, byte [rax-1]
    movzx r12d, byte [rax-1]
    lea r12, [rax-1]
    mov qword [rax-1], r12
    mov dword [rax-1], r12d
    mov byte [rax-1], r12b
    add byte [rax-1], r12b
    sub byte [rax-1], r12b
    mov r13, qword [rax-1]
    mov r13d, dword [rax-1]
    mov r13b, byte [rax-1]
    movzx r13d, byte [rax-1]
    lea r13, [rax-1]
    mov qword [rax-1], r13
    mov dword [rax-1], r13d
    mov byte [rax-1], r13b
    add byte [rax-1], r13b
    sub byte [rax-1], r13b
    mov r14, qword [rax-1]
    mov r14d, dword [rax-1]
    mov r14b, byte [rax-1]
    movzx r14d, byte [rax-1]
    lea r14, [rax-1]
    mov qword [rax-1], r14
    mov dword [rax-1], r14d
    mov byte [rax-1], r14b
    add byte [rax-1], r14b
    sub byte [rax-1], r14b
    mov r15, qword [rax-1]
    mov r15d, dword [rax-1]
    mov r15b, byte [rax-1]
    movzx r15d, byte [rax-1]
    lea r15, [rax-1]
    mov qword [rax-1], r15
    mov dword [rax-1], r15d
    mov byte [rax-1], r15b
    add byte [rax-1], r15b
    sub byte [rax-1], r15b
    mov byte [rax-1], 0
    mov byte [rax-1], 1
    mov byte [rax-1], -1
    mov byte [rax-1], 127
    mov byte [rax-1], -128
    mov byte [rax-1], 255
    add byte [rax-1], 0
    add byte [rax-1], 1
    add byte [rax-1], -1
    add byte [rax-1], 127
    add byte [rax-1], -128
    add byte [rax-1], 255
    sub byte [rax-1], 0
    sub byte [rax-1], 1
    sub byte [rax-1], -1
    sub byte [rax-1], 127
    sub byte [rax-1], -128
    sub byte [rax-1], 255
    cmp byte [rax-1], 0
    cmp byte [rax-1], 1
    cmp byte [rax-1], -1
    cmp byte [rax-1], 127
    cmp byte [rax-1], -128
    cmp byte [rax-1], 255
    mov rax, qword [rax+127]
    mov eax, dword [rax+127]
    mov al, byte [rax+127]
    movzx eax, byte [rax+127]
    lea rax, [rax+127]
    mov qword [rax+127], rax
    mov dword [rax+127], eax
    mov byte [rax+127], al
    add byte [rax+127], al
    sub byte [rax+127], al
    mov rcx, qword [rax+127]
    mov ecx, dword [rax+127]
    mov cl, byte [rax+127]
    movzx ecx, byte [rax+127]
    lea rcx, [rax+127]
    mov qword [rax+127], rcx
    mov dword [rax+127], ecx
    mov byte [rax+127], cl
    add byte [rax+127], cl
    sub byte [rax+127], cl
    mov rdx, qword [rax+127]
    mov edx, dword [rax+127]
    mov dl, byte [rax+127]
    movzx edx, byte [rax+127]
    lea rdx, [rax+127]
    mov qword [rax+127], rdx
    mov dword [rax+127], edx
    mov byte [rax+127], dl
    add byte [rax+127], dl
    sub byte [rax+127], dl
    mov rbx, qword [rax+127]
    mov ebx, dword [rax+127]
    mov bl, byte [rax+127]
    movzx ebx, byte [rax+127]
    lea rbx, [rax+127]
    mov qword [rax+127], rbx
    mov dword [rax+127], ebx
    mov byte [rax+127], bl
    add byte [rax+127], bl
    sub byte [rax+127], bl
    mov rsp, qword [rax+127]
    mov esp, dword [rax+127]
    mov spl, byte [rax+127]
    movzx esp, byte [rax+127]
    lea rsp, [rax+127]
    mov qword [rax+127], rsp
    mov dword [rax+127], esp
    mov byte [rax+127], spl
    add byte [rax+127], spl
    sub byte [rax+127], spl
    mov rbp, qword [rax+127]
    mov ebp, dword [rax+127]
    mov bpl, byte [rax+127]
    movzx ebp, byte [rax+127]
    lea rbp, [rax+127]
    mov qword [rax+127], rbp
    mov dword [rax+127], ebp
    mov byte [rax+127], bpl
    add byte [rax+127], bpl
    sub byte [rax+127], bpl
    mov rsi, qword [rax+127]
    mov esi, dword [rax+127]
    mov sil, byte [rax+127]
    movzx esi, byte [rax+127]
    lea rsi, [rax+127]
    mov qword [rax+127], rsi
    mov dword [rax+127], esi
    mov byte [rax+127], sil
    add byte [rax+127], sil
    sub byte [rax+127], sil
    mov rdi, qword [rax+127]
    mov edi, dword [rax+127]
    mov dil, byte [rax+127]
    movzx edi, byte [rax+127]
    lea rdi, [rax+127]
    mov qword [rax+127], rdi
    mov dword [rax+127], edi
    mov byte [rax+127], dil
    add byte [rax+127], dil
    sub byte [rax+127], dil
    mov r8, qword [rax+127]
    mov r8d, dword [rax+127]
    mov r8b, byte [rax+127]
    movzx r8d, byte [rax+127]
    lea r8, [rax+127]
    mov qword [rax+127], r8
    mov dword [rax+127], r8d
    mov byte [rax+127], r8b
    add byte [rax+127], r8b
    sub byte [rax+127], r8b
    mov r9, qword [rax+127]
    mov r9d, dword [rax+127]
    mov r9b, byte [rax+127]
    movzx r9d, byte [rax+127]
    lea r9, [rax+127]
    mov qword [rax+127], r9
    mov dword [rax+127], r9d
    mov byte [rax+127], r9b
    add byte [rax+127], r9b
    sub byte [rax+127], r9b
    mov r10, qword [rax+127]
    mov r10d, dword [rax+127]
    mov r10b, byte [rax+127]
    movzx r10d, byte [rax+127]
    lea r10, [rax+127]
    mov qword [rax+127], r10
    mov dword [rax+127], r10d
    mov byte [rax+127], r10b
    add byte [rax+127], r10b
    sub byte [rax+127], r10b
    mov r11, qword [rax+127]
    mov r11d, dword [rax+127]
    mov r11b, byte [rax+127]
    movzx r11d, byte [rax+127]
    lea r11, [rax+127]
    mov qword [rax+127], r11
    mov dword [rax+127], r11d
    mov byte [rax+127], r11b
    add byte [rax+127], r11b
    sub byte [rax+127], r11b
    mov r12, qword [rax+127]
    mov r12d, dword [rax+127]
    mov r12b, byte [rax+127]
    movzx r12d, byte [rax+127]
    lea r12, [rax+127]
    mov qword [rax+127], r12
    mov dword [rax+127], r12d
    mov byte [rax+127], r12b
    add byte [rax+127], r12b
    sub byte [rax+127], r12b
    mov r13, qword [rax+127]
    mov r13d, dword [rax+127]
    mov r13b, byte [rax+127]
    movzx r13d, byte [rax+127]
    lea r13, [rax+127]
    mov qword [rax+127], r13
    mov dword [rax+127], r13d
    mov byte [rax+127], r13b
    add byte [rax+127], r13b
    sub byte [rax+127], r13b
    mov r14, qword [rax+127]
    mov r14d, dword [rax+127]
    mov r14b, byte [rax+127]
    movzx r14d, byte [rax+127]
    lea r14, [rax+127]
    mov qword [rax+127], r14
    mov dword [rax+127], r14d
    mov byte [rax+127], r14b
    add byte [rax+127], r14b
    sub byte [rax+127], r14b
    mov r15, qword [rax+127]
    mov r15d, dword [rax+127]
    mov r15b, byte [rax+127]
    movzx r15d, byte [rax+127]
    lea r15, [rax+127]
    mov qword [rax+127], r15
    mov dword [rax+127], r15d
    mov byte [rax+127], r15b
    add byte [rax+127], r15b
    sub byte [rax+127], r15b
    mov byte [rax+127], 0
    mov byte [rax+127], 1
    mov byte [rax+127], -1
    mov byte [rax+127], 127
    mov byte [rax+127], -128
    mov byte [rax+127], 255
    add byte [rax+127], 0
    add byte [rax+127], 1
    add byte [rax+127], -1
    add byte [rax+127], 127
    add byte [rax+127], -128
    add byte [rax+127], 255
    sub byte [rax+127], 0
    sub byte [rax+127], 1
    sub byte [rax+127], -1
    sub byte [rax+127], 127
    sub byte [rax+127], -128
    sub byte [rax+127], 255
    cmp byte [rax+127], 0
    cmp byte [rax+127], 1
    cmp byte [rax+127], -1
    cmp byte [rax+127], 127
    cmp byte [rax+127], -128
    cmp byte [rax+127], 255
    mov rax, qword [rax-128]
    mov eax, dword [rax-128]
    mov al, byte [rax-128]
    movzx eax, byte [rax-128]
    lea rax, [rax-128]
    mov qword [rax-128], rax
    mov dword [rax-128], eax
    mov byte [rax-128], al
    add byte [rax-128], al
    sub byte [rax-128], al
    mov rcx, qword [rax-128]
    mov ecx, dword [rax-128]
    mov cl, byte [rax-128]
    movzx ecx, byte [rax-128]
    lea rcx, [rax-128]
    mov qword [rax-128], rcx
    mov dword [rax-128], ecx
    mov byte [rax-128], cl
    add byte [rax-128], cl
    sub byte [rax-128], cl
    mov rdx, qword [rax-128]
    mov edx, dword [rax-128]
    mov dl, byte [rax-128]
    movzx edx, byte [rax-128]
    lea rdx, [rax-128]
    mov qword [rax-128], rdx
    mov dword [rax-128], edx
    mov byte [rax-128], dl
    add byte [rax-128], dl
    sub byte [rax-128], dl
    mov rbx, qword [rax-128]
    mov ebx, dword [rax-128]
    mov bl, byte [rax-128]
    movzx ebx, byte [rax-128]
    lea rbx, [rax-128]
    mov qword [rax-128], rbx
    mov dword [rax-128], ebx
    mov byte [rax-128], bl
    add byte [rax-128], bl
    sub byte [rax-128], bl
    mov rsp, qword [rax-128]
    mov esp, dword [rax-128]
    mov spl, byte [rax-128]
    movzx esp, byte [rax-128]
    lea rsp, [rax-128]
    mov qword [rax-128], rsp
    mov dword [rax-128], esp
    mov byte [rax-128], spl
    add byte [rax-128], spl
    sub byte [rax-128], spl
    mov rbp, qword [rax-128]
    mov ebp, dword [rax-128]
    mov bpl, byte [rax-128]
    movzx ebp, byte [rax-128]
    lea rbp, [rax-128]
    mov qword [rax-128], rbp
    mov dword [rax-128], ebp
    mov byte [rax-128], bpl
    add byte [rax-128], bpl
    sub byte [rax-128], bpl
    mov rsi, qword [rax-128]
    mov esi, dword [rax-128]
    mov sil, byte [rax-128]
    movzx esi, byte [rax-128]
    lea rsi, [rax-128]
    mov qword [rax-128], rsi
    mov dword [rax-128], esi
    mov byte [rax-128], sil
    add byte [rax-128], sil
    sub byte [rax-128], sil
    mov rdi, qword [rax-128]
    mov edi, dword [rax-128]
    mov dil, byte [rax-128]
    movzx edi, byte [rax-128]
    lea rdi, [rax-128]
    mov qword [rax-128], rdi
    mov dword [rax-128], edi
    mov byte [rax-128], dil
    add byte [rax-128], dil
    sub byte [rax-128], dil
    mov r8, qword [rax-128]
    mov r8d, dword [rax-128]
    mov r8b, byte [rax-128]
    movzx r8d, byte [rax-128]
    lea r8, [rax-128]
    mov qword [rax-128], r8
    mov dword [rax-128], r8d
    mov byte [rax-128], r8b
    add byte [rax-128], r8b
    sub byte [rax-128], r8b
    mov r9, qword [rax-128]
    mov r9d, dword [rax-128]
    mov r9b, byte [rax-128]
    movzx r9d, byte [rax-128]
    lea r9, [rax-128]
    mov qword [rax-128], r9
    mov dword [rax-128], r9d
    mov byte [rax-128], r9b
    add byte [rax-128], r9b
    sub byte [rax-128], r9b
    mov r10, qword [rax-128]
    mov r10d, dword [rax-128]
    mov r10b, byte [rax-128]
    movzx r10d, byte [rax-128]
    lea r10, [rax-128]
    mov qword [rax-128], r10
    mov dword [rax-128], r10d
    mov byte [rax-128], r10b
    add byte [rax-128], r10b
    sub byte [rax-128], r10b
    mov r11, qword [rax-128]
    mov r11d, dword [rax-128]
    mov r11b, byte [rax-128]
    movzx r11d, byte [rax-128]
    lea r11, [rax-128]
    mov qword [rax-128], r11
    mov dword [rax-128], r11d
    mov byte [rax-128], r11b
    add byte [rax-128], r11b
    sub byte [rax-128], r11b
    mov r12, qword [rax-128]
    mov r12d, dword [rax-128]
    mov r12b, byte [rax-128]
    movzx r12d, byte [rax-128]
    lea r12, [rax-128]
    mov qword [rax-128], r12
    mov dword [rax-128], r12d
    mov byte [rax-128], r12b
    add byte [rax-128], r12b
    sub byte [rax-128], r12b
    mov r13, qword [rax-128]
    mov r13d, dword [rax-128]
    mov r13b, byte [rax-128]
    movzx r13d, byte [rax-128]
    lea r13, [rax-128]
    mov qword [rax-128], r13
    mov dword [rax-128], r13d
    mov byte [rax-128], r13b
    add byte [rax-128], r13b
    sub byte [rax-128], r13b
    mov r14, qword [rax-128]
    mov r14d, dword [rax-128]
    mov r14b, byte [rax-128]
    movzx r14d, byte [rax-128]
    lea r14, [rax-128]
    mov qword [rax-128], r14
    mov dword [rax-128], r14d
    mov byte [rax-128], r14b
    add byte [rax-128], r14b
    sub byte [rax-128], r14b
    mov r15, qword [rax-128]
    mov r15d, dword [rax-128]
    mov r15b, byte [rax-128]
    movzx r15d, byte [rax-128]
    lea r15, [rax-128]
    mov qword [rax-128], r15
    mov dword [rax-128], r15d
    mov byte [rax-128], r15b
    add byte [rax-128], r15b
    sub byte [rax-128], r15b
    mov byte [rax-128], 0
    mov byte [rax-128], 1
    mov byte [rax-128], -1
    mov byte [rax-128], 127
    mov byte [rax-128], -128
    mov byte [rax-128], 255
    add byte [rax-128], 0
    add byte [rax-128], 1
    add byte [rax-128], -1
    add byte [rax-128], 127
    add byte [rax-128], -128
    add byte [rax-128], 255
    sub byte [rax-128], 0
    sub byte [rax-128], 1
    sub byte [rax-128], -1
    sub byte [rax-128], 127
    sub byte [rax-128], -128
    sub byte [rax-128], 255
    cmp byte [rax-128], 0
    cmp byte [rax-128], 1
    cmp byte [rax-128], -1
    cmp byte [rax-128], 127
    cmp byte [rax-128], -128
    cmp byte [rax-128], 255
    mov rax, qword [rax+128]
    mov eax, dword [rax+128]
    mov al, byte [rax+128]
    movzx eax, byte [rax+128]
    lea rax, [rax+128]
    mov qword [rax+128], rax
    mov dword [rax+128], eax
    mov byte [rax+128], al
    add byte [rax+128], al
    sub byte [rax+128], al
    mov rcx, qword [rax+128]
    mov ecx, dword [rax+128]
    mov cl, byte [rax+128]
    movzx ecx, byte [rax+128]
    lea rcx, [rax+128]
    mov qword [rax+128], rcx
    mov dword [rax+128], ecx
    mov byte [rax+128], cl
    add byte [rax+128], cl
    sub byte [rax+128], cl
    mov rdx, qword [rax+128]
    mov edx, dword [rax+128]
    mov dl, byte [rax+128]
    movzx edx, byte [rax+128]
    lea rdx, [rax+128]
    mov qword [rax+128], rdx
    mov dword [rax+128], edx
    mov byte [rax+128], dl
    add byte [rax+128], dl
    sub byte [rax+128], dl
    mov rbx, qword [rax+128]
    mov ebx, dword [rax+128]
    mov bl, byte [rax+128]
    movzx ebx, byte [rax+128]
    lea rbx, [rax+128]
    mov qword [rax+128], rbx
    mov dword [rax+128], ebx
    mov byte [rax+128], bl
    add byte [rax+128], bl
    sub byte [rax+128], bl
    mov rsp, qword [rax+128]
    mov esp, dword [rax+128]
    mov spl, byte [rax+128]
    movzx esp, byte [rax+128]
    lea rsp, [rax+128]
    mov qword [rax+128], rsp
    mov dword [rax+128], esp
    mov byte [rax+128], spl
    add byte [rax+128], spl
    sub byte [rax+128], spl
    mov rbp, qword [rax+128]
    mov ebp, dword [rax+128]
    mov bpl, byte [rax+128]
    movzx ebp, byte [rax+128]
    lea rbp, [rax+128]
    mov qword [rax+128], rbp
    mov dword [rax+128], ebp
    mov byte [rax+128], bpl
    add byte [rax+128], bpl
    sub byte [rax+128], bpl
    mov rsi, qword [rax+128]
    mov esi, dword [rax+128]
    mov sil, byte [rax+128]
    movzx esi, byte [rax+128]
    lea rsi, [rax+128]
    mov qword [rax+128], rsi
    mov dword [rax+128], esi
    mov byte [rax+128], sil
    add byte [rax+128], sil
    sub byte [rax+128], sil
    mov rdi, qword [rax+128]
    mov edi, dword [rax+128]
    mov dil, byte [rax+128]
    movzx edi, byte [rax+128]
    lea rdi, [rax+128]
    mov qword [rax+128], rdi
    mov dword [rax+128], edi
    mov byte [rax+128], dil
    add byte [rax+128], dil
    sub byte [rax+128], dil
    mov r8, qword [rax+128]
    mov r8d, dword [rax+128]
    mov r8b, byte [rax+128]
    movzx r8d, byte [rax+128]
    lea r8, [rax+128]
    mov qword [rax+128], r8
    mov dword [rax+128], r8d
    mov byte [rax+128], r8b
    add byte [rax+128], r8b
    sub byte [rax+128], r8b
    mov r9, qword [rax+128]
    mov r9d, dword [rax+128]
    mov r9b, byte [rax+128]
    movzx r9d, byte [rax+128]
    lea r9, [rax+128]
    mov qword [rax+128], r9
    mov dword [rax+128], r9d
    mov byte [rax+128], r9b
    add byte [rax+128], r9b
    sub byte [rax+128], r9b
    mov r10, qword [rax+128]
    mov r10d, dword [rax+128]
    mov r10b, byte [rax+128]
    movzx r10d, byte [rax+128]
    lea r10, [rax+128]
    mov qword [rax+128], r10
    mov dword [rax+128], r10d
    mov byte [rax+128], r10b
    add byte [rax+128], r10b
    sub byte [rax+128], r10b
    mov r11, qword [rax+128]
    mov r11d, dword [rax+128]
    mov r11b, byte [rax+128]
    movzx r11d, byte [rax+128]
    lea r11, [rax+128]
    mov qword [rax+128], r11
    mov dword [rax+128], r11d
    mov byte [rax+128], r11b
    add byte [rax+128], r11b
    sub byte [rax+128], r11b
    mov r12, qword [rax+128]
    mov r12d, dword [rax+128]
    mov r12b, byte [rax+128]
    movzx r12d, byte [rax+128]
    lea r12, [rax+128]
    mov qword [rax+128], r12
    mov dword [rax+128], r12d
    mov byte [rax+128], r12b
    add byte [rax+128], r12b
    sub byte [rax+128], r12b
    mov r13, qword [rax+128]
    mov r13d, dword [rax+128]
    mov r13b, byte [rax+128]
    movzx r13d, byte [rax+128]
    lea r13, [rax+128]
    mov qword [rax+128], r13
    mov dword [rax+128], r13d
    mov byte [rax+128], r13b
    add byte [rax+128], r13b
    sub byte [rax+128], r13b
    mov r14, qword [rax+128]
    mov r14d, dword [rax+128]
    mov r14b, byte [rax+128]
    movzx r14d, byte [rax+128]
    lea r14, [rax+128]
    mov qword [rax+128], r14
    mov dword [rax+128], r14d
    mov byte [rax+128], r14b
    add byte [rax+128], r14b
    sub byte [rax+128], r14b
    mov r15, qword [rax+128]
    mov r15d, dword [rax+128]
    mov r15b, byte [rax+128]
    movzx r15d, byte [rax+128]
    lea r15, [rax+128]
    mov qword [rax+128], r15
    mov dword [rax+128], r15d
    mov byte [rax+128], r15b
    add byte [rax+128], r15b
    sub byte [rax+128], r15b
    mov byte [rax+128], 0
    mov byte [rax+128], 1
    mov byte [rax+128], -1
    mov byte [rax+128], 127
    mov byte [rax+128], -128
    mov byte [rax+128], 255
    add byte [rax+128], 0
    add byte [rax+128], 1
    add byte [rax+128], -1
    add byte [rax+128], 127
    add byte [rax+128], -128
    add byte [rax+128], 255
    sub byte [rax+128], 0
    sub byte [rax+128], 1
    sub byte [rax+128], -1
    sub byte [rax+128], 127
    sub byte [rax+128], -128
    sub byte [rax+128], 255
    cmp byte [rax+128], 0
    cmp byte [rax+128], 1
    cmp byte [rax+128], -1
    cmp byte [rax+128], 127
    cmp byte [rax+128], -128
    cmp byte [rax+128], 255
    mov rax, qword [rax-129]
    mov eax, dword [rax-129]
    mov al, byte [rax-129]
    movzx eax, byte [rax-129]
    lea rax, [rax-129]
    mov qword [rax-129], rax
    mov dword [rax-129], eax
    mov byte [rax-129], al
    add byte [rax-129], al
    sub byte [rax-129], al
    mov rcx, qword [rax-129]
    mov ecx, dword [rax-129]
    mov cl, byte [rax-129]
    movzx ecx, byte [rax-129]
    lea rcx, [rax-129]
    mov qword [rax-129], rcx
    mov dword [rax-129], ecx
    mov byte [rax-129], cl
    add byte [rax-129], cl
    sub byte [rax-129], cl
    mov rdx, qword [rax-129]
    mov edx, dword [rax-129]
    mov dl, byte [rax-129]
    movzx edx, byte [rax-129]
    lea rdx, [rax-129]
    mov qword [rax-129], rdx
    mov dword [rax-129], edx
    mov byte [rax-129], dl
    add byte [rax-129], dl
    sub byte [rax-129], dl
    mov rbx, qword [rax-129]
    mov ebx, dword [rax-129]
    mov bl, byte [rax-129]
    movzx ebx, byte [rax-129]
    lea rbx, [rax-129]
    mov qword [rax-129], rbx
    mov dword [rax-129], ebx
    mov byte [rax-129], bl
    add byte [rax-129], bl
    sub byte [rax-129], bl
    mov rsp, qword [rax-129]
    mov esp, dword [rax-129]
    mov spl, byte [rax-129]
    movzx esp, byte [rax-129]
    lea rsp, [rax-129]
    mov qword [rax-129], rsp
    mov dword [rax-129], esp
    mov byte [rax-129], spl
    add byte [rax-129], spl
    sub byte [rax-129], spl
    mov rbp, qword [rax-129]
    mov ebp, dword [rax-129]
    mov bpl, byte [rax-129]
    movzx ebp, byte [rax-129]
    lea rbp, [rax-129]
    mov qword [rax-129], rbp
    mov dword [rax-129], ebp
    mov byte [rax-129], bpl
    add byte [rax-129], bpl
    sub byte [rax-129], bpl
    mov rsi, qword [rax-129]
    mov esi, dword [rax-129]
    mov sil, byte [rax-129]
    movzx esi, byte [rax-129]
    lea rsi, [rax-129]
    mov qword [rax-129], rsi
    mov dword [rax-129], esi
    mov byte [rax-129], sil
    add byte [rax-129], sil
    sub byte [rax-129], sil
    mov rdi, qword [rax-129]
    mov edi, dword [rax-129]
    mov dil, byte [rax-129]
    movzx edi, byte [rax-129]
    lea rdi, [rax-129]
    mov qword [rax-129], rdi
    mov dword [rax-129], edi
    mov byte [rax-129], dil
    add byte [rax-129], dil
    sub byte [rax-129], dil
    mov r8, qword [rax-129]
    mov r8d, dword [rax-129]
    mov r8b, byte [rax-129]
    movzx r8d, byte [rax-129]
    lea r8, [rax-129]
    mov qword [rax-129], r8
    mov dword [rax-129], r8d
    mov byte [rax-129], r8b
    add byte [rax-129], r8b
    sub byte [rax-129], r8b
    mov r9, qword [rax-129]
    mov r9d, dword [rax-129]
    mov r9b, byte [rax-129]
    movzx r9d, byte [rax-129]
    lea r9, [rax-129]
    mov qword [rax-129], r9
    mov dword [rax-129], r9d
    mov byte [rax-129], r9b
    add byte [rax-129], r9b
    sub byte [rax-129], r9b
    mov r10, qword [rax-129]
    mov r10d, dword [rax-129]
    mov r10b, byte [rax-129]
    movzx r10d, byte [rax-129]
    lea r10, [rax-129]
    mov qword [rax-129], r10
    mov dword [rax-129], r10d
    mov byte [rax-129], r10b
    add byte [rax-129], r10b
    sub byte [rax-129], r10b
    mov r11, qword [rax-129]
    mov r11d, dword [rax-129]
    mov r11b, byte [rax-129]
    movzx r11d, byte [rax-129]
    lea r11, [rax-129]
    mov qword [rax-129], r11
    mov dword [rax-129], r11d
    mov byte [rax-129], r11b
    add byte [rax-129], r11b
    sub byte [rax-129], r11b
    mov r12, qword [rax-129]
    mov r12d, dword [rax-129]
    mov r12b, byte [rax-129]
    movzx r12d, byte [rax-129]
    lea r12, [rax-129]
    mov qword [rax-129], r12
    mov dword [rax-129], r12d
    mov byte [rax-129], r12b
    add byte [rax-129], r12b
    sub byte [rax-129], r12b
    mov r13, qword [rax-129]
    mov r13d, dword [rax-129]
    mov r13b, byte [rax-129]
    movzx r13d, byte [rax-129]
    lea r13, [rax-129]
    mov qword [rax-129], r13
    mov dword [rax-129], r13d
    mov byte [rax-129], r13b
    add byte [rax-129], r13b
    sub byte [rax-129], r13b
    mov r14, qword [rax-129]
    mov r14d, dword [rax-129]
    mov r14b, byte [rax-129]
    movzx r14d, byte [rax-129]
    lea r14, [rax-129]
    mov qword [rax-129], r14
    mov dword [rax-129], r14d
    mov byte [rax-129], r14b
    add byte [rax-129], r14b
    sub byte [rax-129], r14b
    mov r15, qword [rax-129]
    mov r15d, dword [rax-129]
    mov r15b, byte [rax-129]
    movzx r15d, byte [rax-129]
    lea r15, [rax-129]
    mov qword [rax-129], r15
    mov dword [rax-129], r15d
    mov byte [rax-129], r15b
    add byte [rax-129], r15b
    sub byte [rax-129], r15b
    mov byte [rax-129], 0
    mov byte [rax-129], 1
    mov byte [rax-129], -1
    mov byte [rax-129], 127
    mov byte [rax-129], -128
    mov byte [rax-129], 255
    add byte [rax-129], 0
    add byte [rax-129], 1
    add byte [rax-129], -1
    add byte [rax-129], 127
    add byte [rax-129], -128
    add byte [rax-129], 255
    sub byte [rax-129], 0
    sub byte [rax-129], 1
    sub byte [rax-129], -1
    sub byte [rax-129], 127
    sub byte [rax-129], -128
    sub byte [rax-129], 255
    cmp byte [rax-129], 0
    cmp byte [rax-129], 1
    cmp byte [rax-129], -1
    cmp byte [rax-129], 127
    cmp byte [rax-129], -128
    cmp byte [rax-129], 255
    mov rax, qword [rax+2147483647]
    mov eax, dword [rax+2147483647]
    mov al, byte [rax+2147483647]
    movzx eax, byte [rax+2147483647]
    lea rax, [rax+2147483647]
    mov qword [rax+2147483647], rax
    mov dword [rax+2147483647], eax
    mov byte [rax+2147483647], al
    add byte [rax+2147483647], al
    sub byte [rax+2147483647], al
    mov rcx, qword [rax+2147483647]
    mov ecx, dword [rax+2147483647]
    mov cl, byte [rax+2147483647]
    movzx ecx, byte [rax+2147483647]
    lea rcx, [rax+2147483647]
    mov qword [rax+2147483647], rcx
    mov dword [rax+2147483647], ecx
    mov byte [rax+2147483647], cl
    add byte [rax+2147483647], cl
    sub byte [rax+2147483647], cl
    mov rdx, qword [rax+2147483647]
    mov edx, dword [rax+2147483647]
    mov dl, byte [rax+2147483647]
    movzx edx, byte [rax+2147483647]
    lea rdx, [rax+2147483647]
    mov qword [rax+2147483647], rdx
    mov dword [rax+2147483647], edx
    mov byte [rax+2147483647], dl
    add byte [rax+2147483647], dl
    sub byte [rax+2147483647], dl
    mov rbx, qword [rax+2147483647]
    mov ebx, dword [rax+2147483647]
    mov bl, byte [rax+2147483647]
    movzx ebx, byte [rax+2147483647]
    lea rbx, [rax+2147483647]
    mov qword [rax+2147483647], rbx
    mov dword [rax+2147483647], ebx
    mov byte [rax+2147483647], bl
    add byte [rax+2147483647], bl
    sub byte [rax+2147483647], bl
    mov rsp, qword [rax+2147483647]
    mov esp, dword [rax+2147483647]
    mov spl, byte [rax+2147483647]
    movzx esp, byte [rax+2147483647]
    lea rsp, [rax+2147483647]
    mov qword [rax+2147483647], rsp
    mov dword [rax+2147483647], esp
    mov byte [rax+2147483647], spl
    add byte [rax+2147483647], spl
    sub byte [rax+2147483647], spl
    mov rbp, qword [rax+2147483647]
    mov ebp, dword [rax+2147483647]
    mov bpl, byte [rax+2147483647]
    movzx ebp, byte [rax+2147483647]
    lea rbp, [rax+2147483647]
    mov qword [rax+2147483647], rbp
    mov dword [rax+2147483647], ebp
    mov byte [rax+2147483647], bpl
    add byte [rax+2147483647], bpl
    sub byte [rax+2147483647], bpl
    mov rsi, qword [rax+2147483647]
    mov esi, dword [rax+2147483647]
    mov sil, byte [rax+2147483647]
    movzx esi, byte [rax+2147483647]
    lea rsi, [rax+2147483647]
    mov qword [rax+2147483647], rsi
    mov dword [rax+2147483647], esi
    mov byte [rax+2147483647], sil
    add byte [rax+2147483647], sil
    sub byte [rax+2147483647], sil
    mov rdi, qword [rax+2147483647]
    mov edi, dword [rax+2147483647]
    mov dil, byte [rax+2147483647]
    movzx edi, byte [rax+2147483647]
    lea rdi, [rax+2147483647]
    mov qword [rax+2147483647], rdi
    mov dword [rax+2147483647], edi
    mov byte [rax+2147483647], dil
    add byte [rax+2147483647], dil
    sub byte [rax+2147483647], dil
    mov r8, qword [rax+2147483647]
    mov r8d, dword [rax+2147483647]
    mov r8b, byte [rax+2147483647]
    movzx r8d, byte [rax+2147483647]
    lea r8, [rax+2147483647]
    mov qword [rax+2147483647], r8
    mov dword [rax+2147483647], r8d
    mov byte [rax+2147483647], r8b
    add byte [rax+2147483647], r8b
    sub byte [rax+2147483647], r8b
    mov r9, qword [rax+2147483647]
    mov r9d, dword [rax+2147483647]
    mov r9b, byte [rax+2147483647]
    movzx r9d, byte [rax+2147483647]
    lea r9, [rax+2147483647]
    mov qword [rax+2147483647], r9
    mov dword [rax+2147483647], r9d
    mov byte [rax+2147483647], r9b
    add byte [rax+2147483647], r9b
    sub byte [rax+2147483647], r9b
    mov r10, qword [rax+2147483647]
    mov r10d, dword [rax+2147483647]
    mov r10b, byte [rax+2147483647]
    movzx r10d, byte [rax+2147483647]
    lea r10, [rax+2147483647]
    mov qword [rax+2147483647], r10
    mov dword [rax+2147483647], r10d
    mov byte [rax+2147483647], r10b
    add byte [rax+2147483647], r10b
    sub byte [rax+2147483647], r10b
    mov r11, qword [rax+2147483647]
    mov r11d, dword [rax+2147483647]
    mov r11b, byte [rax+2147483647]
    movzx r11d, byte [rax+2147483647]
    lea r11, [rax+2147483647]
    mov qword [rax+2147483647], r11
    mov dword [rax+2147483647], r11d
    mov byte [rax+2147483647], r11b
    add byte [rax+2147483647], r11b
    sub byte [rax+2147483647], r11b
    mov r12, qword [rax+2147483647]
    mov r12d, dword [rax+2147483647]
    mov r12b, byte [rax+2147483647]
    movzx r12d, byte [rax+2147483647]
    lea r12, [rax+2147483647]
    mov qword [rax+2147483647], r12
    mov dword [rax+2147483647], r12d
    mov byte [rax+2147483647], r12b
    add byte [rax+2147483647], r12b
    sub byte [rax+2147483647], r12b
    mov r13, qword [rax+2147483647]
    mov r13d, dword [rax+2147483647]
    mov r13b, byte [rax+2147483647]
    movzx r13d, byte [rax+2147483647]
    lea r13, [rax+2147483647]
    mov qword [rax+2147483647], r13
    mov dword [rax+2147483647], r13d
    mov byte [rax+2147483647], r13b
    add byte [rax+2147483647], r13b
    sub byte [rax+2147483647], r13b
    mov r14, qword [rax+2147483647]
    mov r14d, dword [rax+2147483647]
    mov r14b, byte [rax+2147483647]
    movzx r14d, byte [rax+2147483647]
    lea r14, [rax+2147483647]
    mov qword [rax+2147483647], r14
    mov dword [rax+2147483647], r14d
    mov byte [rax+2147483647], r14b
    add byte [rax+2147483647], r14b
    sub byte [rax+2147483647], r14b
    mov r15, qword [rax+2147483647]
    mov r15d, dword [rax+2147483647]
    mov r15b, byte [rax+2147483647]
    movzx r15d, byte [rax+2147483647]
    lea r15, [rax+2147483647]
    mov qword [rax+2147483647], r15
    mov dword [rax+2147483647], r15d
    mov byte [rax+2147483647], r15b
    add byte [rax+2147483647], r15b
    sub byte [rax+2147483647], r15b
    mov byte [rax+2147483647], 0
    mov byte [rax+2147483647], 1
    mov byte [rax+2147483647], -1
    mov byte [rax+2147483647], 127
    mov byte [rax+2147483647], -128
    mov byte [rax+2147483647], 255
    add byte [rax+2147483647], 0
    add byte [rax+2147483647], 1
    add byte [rax+2147483647], -1
    add byte [rax+2147483647], 127
    add byte [rax+2147483647], -128
    add byte [rax+2147483647], 255
    sub byte [rax+2147483647], 0
    sub byte [rax+2147483647], 1
    sub byte [rax+2147483647], -1
    sub byte [rax+2147483647], 127
    sub byte [rax+2147483647], -128
    sub byte [rax+2147483647], 255
    cmp byte [rax+2147483647], 0
    cmp byte [rax+2147483647], 1
    cmp byte [rax+2147483647], -1
    cmp byte [rax+2147483647], 127
    cmp byte [rax+2147483647], -128
    cmp byte [rax+2147483647], 255
    mov rax, qword [rax-2147483648]
    mov eax, dword [rax-2147483648]
    mov al, byte [rax-2147483648]
    movzx eax, byte [rax-2147483648]
    lea rax, [rax-2147483648]
    mov qword [rax-2147483648], rax
    mov dword [rax-2147483648], eax
    mov byte [rax-2147483648], al
    add byte [rax-2147483648], al
    sub byte [rax-2147483648], al
    mov rcx, qword [rax-2147483648]
    mov ecx, dword [rax-2147483648]
    mov cl, byte [rax-2147483648]
    movzx ecx, byte [rax-2147483648]
    lea rcx, [rax-2147483648]
    mov qword [rax-2147483648], rcx
    mov dword [rax-2147483648], ecx
    mov byte [rax-2147483648], cl
    add byte [rax-2147483648], cl
    sub byte [rax-2147483648], cl
    mov rdx, qword [rax-2147483648]
    mov edx, dword [rax-2147483648]
    mov dl, byte [rax-2147483648]
    movzx edx, byte [rax-2147483648]
    lea rdx, [rax-2147483648]
    mov qword [rax-2147483648], rdx
    mov dword [rax-2147483648], edx
    mov byte [rax-2147483648], dl
    add byte [rax-2147483648], dl
    sub byte [rax-2147483648], dl
    mov rbx, qword [rax-2147483648]
    mov ebx, dword [rax-2147483648]
    mov bl, byte [rax-2147483648]
    movzx ebx, byte [rax-2147483648]
    lea rbx, [rax-2147483648]
    mov qword [rax-2147483648], rbx
    mov dword [rax-2147483648], ebx
    mov byte [rax-2147483648], bl
    add byte [rax-2147483648], bl
    sub byte [rax-2147483648], bl
    mov rsp, qword [rax-2147483648]
    mov esp, dword [rax-2147483648]
    mov spl, byte [rax-2147483648]
    movzx esp, byte [rax-2147483648]
    lea rsp, [rax-2147483648]
    mov qword [rax-2147483648], rsp
    mov dword [rax-2147483648], esp
    mov byte [rax-2147483648], spl
    add byte [rax-2147483648], spl
    sub byte [rax-2147483648], spl
    mov rbp, qword [rax-2147483648]
    mov ebp, dword [rax-2147483648]
    mov bpl, byte [rax-2147483648]
    movzx ebp, byte [rax-2147483648]
    lea rbp, [rax-2147483648]
    mov qword [rax-2147483648], rbp
    mov dword [rax-2147483648], ebp
    mov byte [rax-2147483648], bpl
    add byte [rax-2147483648], bpl
    sub byte [rax-2147483648], bpl
    mov rsi, qword [rax-2147483648]
    mov esi, dword [rax-2147483648]
    mov sil, byte [rax-2147483648]
    movzx esi, byte [rax-2147483648]
    lea rsi, [rax-2147483648]
    mov qword [rax-2147483648], rsi
    mov dword [rax-2147483648], esi
    mov byte [rax-2147483648], sil
    add byte [rax-2147483648], sil
    sub byte [rax-2147483648], sil
    mov rdi, qword [rax-2147483648]
    mov edi, dword [rax-2147483648]
    mov dil, byte [rax-2147483648]
    movzx edi, byte [rax-2147483648]
    lea rdi, [rax-2147483648]
    mov qword [rax-2147483648], rdi
    mov dword [rax-2147483648], edi
    mov byte [rax-2147483648], dil
    add byte [rax-2147483648], dil
    sub byte [rax-2147483648], dil
    mov r8, qword [rax-2147483648]
    mov r8d, dword [rax-2147483648]
    mov r8b, byte [rax-2147483648]
    movzx r8d, byte [rax-2147483648]
    lea r8, [rax-2147483648]
    mov qword [rax-2147483648], r8
    mov dword [rax-2147483648], r8d
    mov byte [rax-2147483648], r8b
    add byte [rax-2147483648], r8b
    sub byte [rax-2147483648], r8b
    mov r9, qword [rax-2147483648]
    mov r9d, dword [rax-2147483648]
    mov r9b, byte [rax-2147483648]
    movzx r9d, byte [rax-2147483648]
    lea r9, [rax-2147483648]
    mov qword [rax-2147483648], r9
    mov dword [rax-2147483648], r9d
    mov byte [rax-2147483648], r9b
    add byte [rax-2147483648], r9b
    sub byte [rax-2147483648], r9b
    mov r10, qword [rax-2147483648]
    mov r10d, dword [rax-2147483648]
    mov r10b, byte [rax-2147483648]
    movzx r10d, byte [rax-2147483648]
    lea r10, [rax-2147483648]
    mov qword [rax-2147483648], r10
    mov dword [rax-2147483648], r10d
    mov byte [rax-2147483648], r10b
    add byte [rax-2147483648], r10b
    sub byte [rax-2147483648], r10b
    mov r11, qword [rax-2147483648]
    mov r11d, dword [rax-2147483648]
    mov r11b, byte [rax-2147483648]
    movzx r11d, byte [rax-2147483648]
    lea r11, [rax-2147483648]
    mov qword [rax-2147483648], r11
    mov dword [rax-2147483648], r11d
    mov byte [rax-2147483648], r11b
    add byte [rax-2147483648], r11b
    sub byte [rax-2147483648], r11b
    mov r12, qword [rax-2147483648]
    mov r12d, dword [rax-2147483648]
    mov r12b, byte [rax-2147483648]
    movzx r12d, byte [rax-2147483648]
    lea r12, [rax-2147483648]
    mov qword [rax-2147483648], r12
    mov dword [rax-2147483648], r12d
    mov byte [rax-2147483648], r12b
    add byte [rax-2147483648], r12b
    sub byte [rax-2147483648], r12b
    mov r13, qword [rax-2147483648]
    mov r13d, dword [rax-2147483648]
    mov r13b, byte [rax-2147483648]
    movzx r13d, byte [rax-2147483648]
    lea r13, [rax-2147483648]
    mov qword [rax-2147483648], r13
    mov dword [rax-2147483648], r13d
    mov byte [rax-2147483648], r13b
    add byte [rax-2147483648], r13b
    sub byte [rax-2147483648], r13b
    mov r14, qword [rax-2147483648]
    mov r14d, dword [rax-2147483648]
    mov r14b, byte [rax-2147483648]
    movzx r14d, byte [rax-2147483648]
    lea r14, [rax-2147483648]
    mov qword [rax-2147483648], r14
    mov dword [rax-2147483648], r14d
    mov byte [rax-2147483648], r14b
    add byte [rax-2147483648], r14b
    sub byte [rax-2147483648], r14b
    mov r15, qword [rax-2147483648]
    mov r15d, dword [rax-2147483648]
    mov r15b, byte [rax-2147483648]
    movzx r15d, byte [rax-2147483648]
    lea r15, [rax-2147483648]
    mov qword [rax-2147483648], r15
    mov dword [rax-2147483648], r15d
    mov byte [rax-2147483648], r15b
    add byte [rax-2147483648], r15b
    sub byte [rax-2147483648], r15b
    mov byte [rax-2147483648], 0
    mov byte [rax-2147483648], 1
    mov byte [rax-2147483648], -1
    mov byte [rax-2147483648], 127
    mov byte [rax-2147483648], -128
    mov byte [rax-2147483648], 255
    add byte [rax-2147483648], 0
    add byte [rax-2147483648], 1
    add byte [rax-2147483648], -1
    add byte [rax-2147483648], 127
    add byte [rax-2147483648], -128
    add byte [rax-2147483648], 255
    sub byte [rax-2147483648], 0
    sub byte [rax-2147483648], 1
    sub byte [rax-2147483648], -1
    sub byte [rax-2147483648], 127
    sub byte [rax-2147483648], -128
    sub byte [rax-2147483648], 255
    cmp byte [rax-2147483648], 0
    cmp byte [rax-2147483648], 1
    cmp byte [rax-2147483648], -1
    cmp byte [rax-2147483648], 127
    cmp byte [rax-2147483648], -128
    cmp byte [rax-2147483648], 255
    mov rax, qword [rcx+0]
    mov eax, dword [rcx+0]
    mov al, byte [rcx+0]
    movzx eax, byte [rcx+0]
    lea rax, [rcx+0]
    mov qword [rcx+0], rax
    mov dword [rcx+0], eax
    mov byte [rcx+0], al
    add byte [rcx+0], al
    sub byte [rcx+0], al
    mov rcx, qword [rcx+0]
    mov ecx, dword [rcx+0]
    mov cl, byte [rcx+0]
    movzx ecx, byte [rcx+0]
    lea rcx, [rcx+0]
    mov qword [rcx+0], rcx
    mov dword [rcx+0], ecx
    mov byte [rcx+0], cl
    add byte [rcx+0], cl
    sub byte [rcx+0], cl
    mov rdx, qword [rcx+0]
    mov edx, dword [rcx+0]
    mov dl, byte [rcx+0]
    movzx edx, byte [rcx+0]
    lea rdx, [rcx+0]
    mov qword [rcx+0], rdx
    mov dword [rcx+0], edx
    mov byte [rcx+0], dl
    add byte [rcx+0], dl
    sub byte [rcx+0], dl
    mov rbx, qword [rcx+0]
    mov ebx, dword [rcx+0]
    mov bl, byte [rcx+0]
    movzx ebx, byte [rcx+0]
    lea rbx, [rcx+0]
    mov qword [rcx+0], rbx
    mov dword [rcx+0], ebx
    mov byte [rcx+0], bl
    add byte [rcx+0], bl
    sub byte [rcx+0], bl
    mov rsp, qword [rcx+0]
    mov esp, dword [rcx+0]
    mov spl, byte [rcx+0]
    movzx esp, byte [rcx+0]
    lea rsp, [rcx+0]
    mov qword [rcx+0], rsp
    mov dword [rcx+0], esp
    mov byte [rcx+0], spl
    add byte [rcx+0], spl
    sub byte [rcx+0], spl
    mov rbp, qword [rcx+0]
    mov ebp, dword [rcx+0]
    mov bpl, byte [rcx+0]
    movzx ebp, byte [rcx+0]
    lea rbp, [rcx+0]
    mov qword [rcx+0], rbp
    mov dword [rcx+0], ebp
    mov byte [rcx+0], bpl
    add byte [rcx+0], bpl
    sub byte [rcx+0], bpl
    mov rsi, qword [rcx+0]
    mov esi, dword [rcx+0]
    mov sil, byte [rcx+0]
    movzx esi, byte [rcx+0]
    lea rsi, [rcx+0]
    mov qword [rcx+0], rsi
    mov dword [rcx+0], esi
    mov byte [rcx+0], sil
    add byte [rcx+0], sil
    sub byte [rcx+0], sil
    mov rdi, qword [rcx+0]
    mov edi, dword [rcx+0]
    mov dil, byte [rcx+0]
    movzx edi, byte [rcx+0]
    lea rdi, [rcx+0]
    mov qword [rcx+0], rdi
    mov dword [rcx+0], edi
    mov byte [rcx+0], dil
    add byte [rcx+0], dil
    sub byte [rcx+0], dil
    mov r8, qword [rcx+0]
    mov r8d, dword [rcx+0]
    mov r8b, byte [rcx+0]
    movzx r8d, byte [rcx+0]
    lea r8, [rcx+0]
    mov qword [rcx+0], r8
    mov dword [rcx+0], r8d
    mov byte [rcx+0], r8b
    add byte [rcx+0], r8b
    sub byte [rcx+0], r8b
    mov r9, qword [rcx+0]
    mov r9d, dword [rcx+0]
    mov r9b, byte [rcx+0]
    movzx r9d, byte [rcx+0]
    lea r9, [rcx+0]
    mov qword [rcx+0], r9
    mov dword [rcx+0], r9d
    mov byte [rcx+0], r9b
    add byte [rcx+0], r9b
    sub byte [rcx+0], r9b
    mov r10, qword [rcx+0]
    mov r10d, dword [rcx+0]
    mov r10b, byte [rcx+0]
    movzx r10d, byte [rcx+0]
    lea r10, [rcx+0]
    mov qword [rcx+0], r10
    mov dword [rcx+0], r10d
    mov byte [rcx+0], r10b
    add byte [rcx+0], r10b
    sub byte [rcx+0], r10b
    mov r11, qword [rcx+0]
    mov r11d, dword [rcx+0]
    mov r11b, byte [rcx+0]
    movzx r11d, byte [rcx+0]
    lea r11, [rcx+0]
    mov qword [rcx+0], r11
    mov dword [rcx+0], r11d
    mov byte [rcx+0], r11b
    add byte [rcx+0], r11b
    sub byte [rcx+0], r11b
    mov r12, qword [rcx+0]
    mov r12d, dword [rcx+0]
    mov r12b, byte [rcx+0]
    movzx r12d, byte [rcx+0]
    lea r12, [rcx+0]
    mov qword [rcx+0], r12
    mov dword [rcx+0], r12d
    mov byte [rcx+0], r12b
    add byte [rcx+0], r12b
    sub byte [rcx+0], r12b
    mov r13, qword [rcx+0]
    mov r13d, dword [rcx+0]
    mov r13b, byte [rcx+0]
    movzx r13d, byte [rcx+0]
    lea r13, [rcx+0]
    mov qword [rcx+0], r13
    mov dword [rcx+0], r13d
    mov byte [rcx+0], r13b
    add byte [rcx+0], r13b
    sub byte [rcx+0], r13b
    mov r14, qword [rcx+0]
    mov r14d, dword [rcx+0]
    mov r14b, byte [rcx+0]
    movzx r14d, byte [rcx+0]
    lea r14, [rcx+0]
    mov qword [rcx+0], r14
    mov dword [rcx+0], r14d
    mov byte [rcx+0], r14b
    add byte [rcx+0], r14b
    sub byte [rcx+0], r14b
    mov r15, qword [rcx+0]
    mov r15d, dword [rcx+0]
    mov r15b, byte [rcx+0]
    movzx r15d, byte [rcx+0]
    lea r15, [rcx+0]
    mov qword [rcx+0], r15
    mov dword [rcx+0], r15d
    mov byte [rcx+0], r15b
    add byte [rcx+0], r15b
    sub byte [rcx+0], r15b
    mov byte [rcx+0], 0
    mov byte [rcx+0], 1
    mov byte [rcx+0], -1
    mov byte [rcx+0], 127
    mov byte [rcx+0], -128
    mov byte [rcx+0], 255
    add byte [rcx+0], 0
    add byte [rcx+0], 1
    add byte [rcx+0], -1
    add byte [rcx+0], 127
    add byte [rcx+0], -128
    add byte [rcx+0], 255
    sub byte [rcx+0], 0
    sub byte [rcx+0], 1
    sub byte [rcx+0], -1
    sub byte [rcx+0], 127
    sub byte [rcx+0], -128
    sub byte [rcx+0], 255
    cmp byte [rcx+0], 0
    cmp byte [rcx+0], 1
    cmp byte [rcx+0], -1
    cmp byte [rcx+0], 127
    cmp byte [rcx+0], -128
    cmp byte [rcx+0], 255
    mov rax, qword [rcx+1]
    mov eax, dword [rcx+1]
    mov al, byte [rcx+1]
    movzx eax, byte [rcx+1]
    lea rax, [rcx+1]
    mov qword [rcx+1], rax
    mov dword [rcx+1], eax
    mov byte [rcx+1], al
    add byte [rcx+1], al
    sub byte [rcx+1], al
    mov rcx, qword [rcx+1]
    mov ecx, dword [rcx+1]
    mov cl, byte [rcx+1]
    movzx ecx, byte [rcx+1]
    lea rcx, [rcx+1]
    mov qword [rcx+1], rcx
    mov dword [rcx+1], ecx
    mov byte [rcx+1], cl
    add byte [rcx+1], cl
    sub byte [rcx+1], cl
    mov rdx, qword [rcx+1]
    mov edx, dword [rcx+1]
    mov dl, byte [rcx+1]
    movzx edx, byte [rcx+1]
    lea rdx, [rcx+1]
    mov qword [rcx+1], rdx
    mov dword [rcx+1], edx
    mov byte [rcx+1], dl
    add byte [rcx+1], dl
    sub byte [rcx+1], dl
    mov rbx, qword [rcx+1]
    mov ebx, dword [rcx+1]
    mov bl, byte [rcx+1]
    movzx ebx, byte [rcx+1]
    lea rbx, [rcx+1]
    mov qword [rcx+1], rbx
    mov dword [rcx+1], ebx
    mov byte [rcx+1], bl
    add byte [rcx+1], bl
    sub byte [rcx+1], bl
    mov rsp, qword [rcx+1]
    mov esp, dword [rcx+1]
    mov spl, byte [rcx+1]
    movzx esp, byte [rcx+1]
    lea rsp, [rcx+1]
    mov qword [rcx+1], rsp
    mov dword [rcx+1], esp
    mov byte [rcx+1], spl
    add byte [rcx+1], spl
    sub byte [rcx+1], spl
    mov rbp, qword [rcx+1]
    mov ebp, dword [rcx+1]
    mov bpl, byte [rcx+1]
    movzx ebp, byte [rcx+1]
    lea rbp, [rcx+1]
    mov qword [rcx+1], rbp
    mov dword [rcx+1], ebp
    mov byte [rcx+1], bpl
    add byte [rcx+1], bpl
    sub byte [rcx+1], bpl
    mov rsi, qword [rcx+1]
    mov esi, dword [rcx+1]
    mov sil, byte [rcx+1]
    movzx esi, byte [rcx+1]
    lea rsi, [rcx+1]
    mov qword [rcx+1], rsi
    mov dword [rcx+1], esi
    mov byte [rcx+1], sil
    add byte [rcx+1], sil
    sub byte [rcx+1], sil
    mov rdi, qword [rcx+1]
    mov edi, dword [rcx+1]
    mov dil, byte [rcx+1]
    movzx edi, byte [rcx+1]
    lea rdi, [rcx+1]
    mov qword [rcx+1], rdi
    mov dword [rcx+1], edi
    mov byte [rcx+1], dil
    add byte [rcx+1], dil
    sub byte [rcx+1], dil
    mov r8, qword [rcx+1]
    mov r8d, dword [rcx+1]
    mov r8b, byte [rcx+1]
    movzx r8d, byte [rcx+1]
    lea r8, [rcx+1]
    mov qword [rcx+1], r8
    mov dword [rcx+1], r8d
    mov byte [rcx+1], r8b
    add byte [rcx+1], r8b
    sub byte [rcx+1], r8b
    mov r9, qword [rcx+1]
    mov r9d, dword [rcx+1]
    mov r9b, byte [rcx+1]
    movzx r9d, byte [rcx+1]
    lea r9, [rcx+1]
    mov qword [rcx+1], r9
    mov dword [rcx+1], r9d
    mov byte [rcx+1], r9b
    add byte [rcx+1], r9b
    sub byte [rcx+1], r9b
    mov r10, qword [rcx+1]
    mov r10d, dword [rcx+1]
    mov r10b, byte [rcx+1]
    movzx r10d, byte [rcx+1]
    lea r10, [rcx+1]
    mov qword [rcx+1], r10
    mov dword [rcx+1], r10d
    mov byte [rcx+1], r10b
    add byte [rcx+1], r10b
    sub byte [rcx+1], r10b
    mov r11, qword [rcx+1]
    mov r11d, dword [rcx+1]
    mov r11b, byte [rcx+1]
    movzx r11d, byte [rcx+1]
    lea r11, [rcx+1]
    mov qword [rcx+1], r11
    mov dword [rcx+1], r11d
    mov byte [rcx+1], r11b
    add byte [rcx+1], r11b
    sub byte [rcx+1], r11b
    mov r12, qword [rcx+1]
    mov r12d, dword [rcx+1]
    mov r12b, byte [rcx+1]
    movzx r12d, byte [rcx+1]
    lea r12, [rcx+1]
    mov qword [rcx+1], r12
    mov dword [rcx+1], r12d
    mov byte [rcx+1], r12b
    add byte [rcx+1], r12b
    sub byte [rcx+1], r12b
    mov r13, qword [rcx+1]
    mov r13d, dword [rcx+1]
    mov r13b, byte [rcx+1]
    movzx r13d, byte [rcx+1]
    lea r13, [rcx+1]
    mov qword [rcx+1], r13
    mov dword [rcx+1], r13d
    mov byte [rcx+1], r13b
    add byte [rcx+1], r13b
    sub byte [rcx+1], r13b
    mov r14, qword [rcx+1]
    mov r14d, dword [rcx+1]
    mov r14b, byte [rcx+1]
    movzx r14d, byte [rcx+1]
    lea r14, [rcx+1]
    mov qword [rcx+1], r14
    mov dword [rcx+1], r14d
    mov byte [rcx+1], r14b
    add byte [rcx+1], r14b
    sub byte [rcx+1], r14b
    mov r15, qword [rcx+1]
    mov r15d, dword [rcx+1]
    mov r15b, byte [rcx+1]
    movzx r15d, byte [rcx+1]
    lea r15, [rcx+1]
    mov qword [rcx+1], r15
    mov dword [rcx+1], r15d
    mov byte [rcx+1], r15b
    add byte [rcx+1], r15b
    sub byte [rcx+1], r15b
    mov byte [rcx+1], 0
    mov byte [rcx+1], 1
    mov byte [rcx+1], -1
    mov byte [rcx+1], 127
    mov byte [rcx+1], -128
    mov byte [rcx+1], 255
    add byte [rcx+1], 0
    add byte [rcx+1], 1
    add byte [rcx+1], -1
    add byte [rcx+1], 127
    add byte [rcx+1], -128
    add byte [rcx+1], 255
    sub byte [rcx+1], 0
    sub byte [rcx+1], 1
    sub byte [rcx+1], -1
    sub byte [rcx+1], 127
    sub byte [rcx+1], -128
    sub byte [rcx+1], 255
    cmp byte [rcx+1], 0
    cmp byte [rcx+1], 1
    cmp byte [rcx+1], -1
    cmp byte [rcx+1], 127
    cmp byte [rcx+1], -128
    cmp byte [rcx+1], 255
    mov rax, qword [rcx-1]
    mov eax, dword [rcx-1]
    mov al, byte [rcx-1]
    movzx eax, byte [rcx-1]
    lea rax, [rcx-1]
    mov qword [rcx-1], rax
    mov dword [rcx-1], eax
    mov byte [rcx-1], al
    add byte [rcx-1], al
    sub byte [rcx-1], al
    mov rcx, qword [rcx-1]
    mov ecx, dword [rcx-1]
    mov cl, byte [rcx-1]
    movzx ecx, byte [rcx-1]
    lea rcx, [rcx-1]
    mov qword [rcx-1], rcx
    mov dword [rcx-1], ecx
    mov byte [rcx-1], cl
    add byte [rcx-1], cl
    sub byte [rcx-1], cl
    mov rdx, qword [rcx-1]
    mov edx, dword [rcx-1]
    mov dl, byte [rcx-1]
    movzx edx, byte [rcx-1]
    lea rdx, [rcx-1]
    mov qword [rcx-1], rdx
    mov dword [rcx-1], edx
    mov byte [rcx-1], dl
    add byte [rcx-1], dl
    sub byte [rcx-1], dl
    mov rbx, qword [rcx-1]
    mov ebx, dword [rcx-1]
    mov bl, byte [rcx-1]
    movzx ebx, byte [rcx-1]
    lea rbx, [rcx-1]
    mov qword [rcx-1], rbx
    mov dword [rcx-1], ebx
    mov byte [rcx-1], bl
    add byte [rcx-1], bl
    sub byte [rcx-1], bl
    mov rsp, qword [rcx-1]
    mov esp, dword [rcx-1]
    mov spl, byte [rcx-1]
    movzx esp, byte [rcx-1]
    lea rsp, [rcx-1]
    mov qword [rcx-1], rsp
    mov dword [rcx-1], esp
    mov byte [rcx-1], spl
    add byte [rcx-1], spl
    sub byte [rcx-1], spl
    mov rbp, qword [rcx-1]
    mov ebp, dword [rcx-1]
    mov bpl, byte [rcx-1]
    movzx ebp, byte [rcx-1]
    lea rbp, [rcx-1]
    mov qword [rcx-1], rbp
    mov dword [rcx-1], ebp
    mov byte [rcx-1], bpl
    add byte [rcx-1], bpl
    sub byte [rcx-1], bpl
    mov rsi, qword [rcx-1]
    mov esi, dword [rcx-1]
    mov sil, byte [rcx-1]
    movzx esi, byte [rcx-1]
    lea rsi, [rcx-1]
    mov qword [rcx-1], rsi
    mov dword [rcx-1], esi
    mov byte [rcx-1], sil
    add byte [rcx-1], sil
    sub byte [rcx-1], sil
    mov rdi, qword [rcx-1]
    mov edi, dword [rcx-1]
    mov dil, byte [rcx-1]
    movzx edi, byte [rcx-1]
    lea rdi, [rcx-1]
    mov qword [rcx-1], rdi
    mov dword [rcx-1], edi
    mov byte [rcx-1], dil
    add byte [rcx-1], dil
    sub byte [rcx-1], dil
    mov r8, qword [rcx-1]
    mov r8d, dword [rcx-1]
    mov r8b, byte [rcx-1]
    movzx r8d, byte [rcx-1]
    lea r8, [rcx-1]
    mov qword [rcx-1], r8
    mov dword [rcx-1], r8d
    mov byte [rcx-1], r8b
    add byte [rcx-1], r8b
    sub byte [rcx-1], r8b
    mov r9, qword [rcx-1]
    mov r9d, dword [rcx-1]
    mov r9b, byte [rcx-1]
    movzx r9d, byte [rcx-1]
    lea r9, [rcx-1]
    mov qword [rcx-1], r9
    mov dword [rcx-1], r9d
    mov byte [rcx-1], r9b
    add byte [rcx-1], r9b
    sub byte [rcx-1], r9b
    mov r10, qword [rcx-1]
    mov r10d, dword [rcx-1]
    mov r10b, byte [rcx-1]
    movzx r10d, byte [rcx-1]
    lea r10, [rcx-1]
    mov qword [rcx-1], r10
    mov dword [rcx-1], r10d
    mov byte [rcx-1], r10b
    add byte [rcx-1], r10b
    sub byte [rcx-1], r10b
    mov r11, qword [rcx-1]
    mov r11d, dword [rcx-1]
    mov r11b, byte [rcx-1]
    movzx r11d, byte [rcx-1]
    lea r11, [rcx-1]
    mov qword [rcx-1], r11
    mov dword [rcx-1], r11d
    mov byte [rcx-1], r11b
    add byte [rcx-1], r11b
    sub byte [rcx-1], r11b
    mov r12, qword [rcx-1]
    mov r12d, dword [rcx-1]
    mov r12b, byte [rcx-1]
    movzx r12d, byte [rcx-1]
    lea r12, [rcx-1]
    mov qword [rcx-1], r12
    mov dword [rcx-1], r12d
    mov byte [rcx-1], r12b
    add byte [rcx-1], r12b
    sub byte [rcx-1], r12b
    mov r13, qword [rcx-1]
    mov r13d, dword [rcx-1]
    mov r13b, byte [rcx-1]
    movzx r13d, byte [rcx-1]
    lea r13, [rcx-1]
    mov qword [rcx-1], r13
    mov dword [rcx-1], r13d
    mov byte [rcx-1], r13b
    add byte [rcx-1], r13b
    sub byte [rcx-1], r13b
    mov r14, qword [rcx-1]
    mov r14d, dword [rcx-1]
    mov r14b, byte [rcx-1]
    movzx r14d, byte [rcx-1]
    lea r14, [rcx-1]
    mov qword [rcx-1], r14
    mov dword [rcx-1], r14d
    mov byte [rcx-1], r14b
    add byte [rcx-1], r14b
    sub byte [rcx-1], r14b
    mov r15, qword [rcx-1]
    mov r15d, dword [rcx-1]
    mov r15b, byte [rcx-1]
    movzx r15d, byte [rcx-1]
    lea r15, [rcx-1]
    mov qword [rcx-1], r15
    mov dword [rcx-1], r15d
    mov byte [rcx-1], r15b
    add byte [rcx-1], r15b
    sub byte [rcx-1], r15b
    mov byte [rcx-1], 0
    mov byte [rcx-1], 1
    mov byte [rcx-1], -1
    mov byte [rcx-1], 127
    mov byte [rcx-1], -128
    mov byte [rcx-1], 255
    add byte [rcx-1], 0
    add byte [rcx-1], 1
    add byte [rcx-1], -1
    add byte [rcx-1], 127
    add byte [rcx-1], -128
    add byte [rcx-1], 255
    sub byte [rcx-1], 0
    sub byte [rcx-1], 1
    sub byte [rcx-1], -1
    sub byte [rcx-1], 127
    sub byte [rcx-1], -128
    sub byte [rcx-1], 255
    cmp byte [rcx-1], 0
    cmp byte [rcx-1], 1
    cmp byte [rcx-1], -1
    cmp byte [rcx-1], 127
    cmp byte [rcx-1], -128
    cmp byte [rcx-1], 255
    mov rax, qword [rcx+127]
    mov eax, dword [rcx+127]
    mov al, byte [rcx+127]
    movzx eax, byte [rcx+127]
    lea rax, [rcx+127]
    mov qword [rcx+127], rax
    mov dword [rcx+127], eax
    mov byte [rcx+127], al
    add byte [rcx+127], al
    sub byte [rcx+127], al
    mov rcx, qword [rcx+127]
    mov ecx, dword [rcx+127]
    mov cl, byte [rcx+127]
    movzx ecx, byte [rcx+127]
    lea rcx, [rcx+127]
    mov qword [rcx+127], rcx
    mov dword [rcx+127], ecx
    mov byte [rcx+127], cl
    add byte [rcx+127], cl
    sub byte [rcx+127], cl
    mov rdx, qword [rcx+127]
    mov edx, dword [rcx+127]
    mov dl, byte [rcx+127]
    movzx edx, byte [rcx+127]
    lea rdx, [rcx+127]
    mov qword [rcx+127], rdx
    mov dword [rcx+127], edx
    mov byte [rcx+127], dl
    add byte [rcx+127], dl
    sub byte [rcx+127], dl
    mov rbx, qword [rcx+127]
    mov ebx, dword [rcx+127]
    mov bl, byte [rcx+127]
    movzx ebx, byte [rcx+127]
    lea rbx, [rcx+127]
    mov qword [rcx+127], rbx
    mov dword [rcx+127], ebx
    mov byte [rcx+127], bl
    add byte [rcx+127], bl
    sub byte [rcx+127], bl
    mov rsp, qword [rcx+127]
    mov esp, dword [rcx+127]
    mov spl, byte [rcx+127]
    movzx esp, byte [rcx+127]
    lea rsp, [rcx+127]
    mov qword [rcx+127], rsp
    mov dword [rcx+127], esp
    mov byte [rcx+127], spl
    add byte [rcx+127], spl
    sub byte [rcx+127], spl
    mov rbp, qword [rcx+127]
    mov ebp, dword [rcx+127]
    mov bpl, byte [rcx+127]
    movzx ebp, byte [rcx+127]
    lea rbp, [rcx+127]
    mov qword [rcx+127], rbp
    mov dword [rcx+127], ebp
    mov byte [rcx+127], bpl
    add byte [rcx+127], bpl
    sub byte [rcx+127], bpl
    mov rsi, qword [rcx+127]
    mov esi, dword [rcx+127]
    mov sil, byte [rcx+127]
    movzx esi, byte [rcx+127]
    lea rsi, [rcx+127]
    mov qword [rcx+127], rsi
    mov dword [rcx+127], esi
    mov byte [rcx+127], sil
    add byte [rcx+127], sil
    sub byte [rcx+127], sil
    mov rdi, qword [rcx+127]
    mov edi, dword [rcx+127]
    mov dil, byte [rcx+127]
    movzx edi, byte [rcx+127]
    lea rdi, [rcx+127]
    mov qword [rcx+127], rdi
    mov dword [rcx+127], edi
    mov byte [rcx+127], dil
    add byte [rcx+127], dil
    sub byte [rcx+127], dil
    mov r8, qword [rcx+127]
    mov r8d, dword [rcx+127]
    mov r8b, byte [rcx+127]
    movzx r8d, byte [rcx+127]
    lea r8, [rcx+127]
    mov qword [rcx+127], r8
    mov dword [rcx+127], r8d
    mov byte [rcx+127], r8b
    add byte [rcx+127], r8b
    sub byte [rcx+127], r8b
    mov r9, qword [rcx+127]
    mov r9d, dword [rcx+127]
    mov r9b, byte [rcx+127]
    movzx r9d, byte [rcx+127]
    lea r9, [rcx+127]
    mov qword [rcx+127], r9
    mov dword [rcx+127], r9d
    mov byte [rcx+127], r9b
    add byte [rcx+127], r9b
    sub byte [rcx+127], r9b
    mov r10, qword [rcx+127]
    mov r10d, dword [rcx+127]
    mov r10b, byte [rcx+127]
    movzx r10d, byte [rcx+127]
    lea r10, [rcx+127]
    mov qword [rcx+127], r10
    mov dword [rcx+127], r10d
    mov byte [rcx+127], r10b
    add byte [rcx+127], r10b
    sub byte [rcx+127], r10b
    mov r11, qword [rcx+127]
    mov r11d, dword [rcx+127]
    mov r11b, byte [rcx+127]
    movzx r11d, byte [rcx+127]
    lea r11, [rcx+127]
    mov qword [rcx+127], r11
    mov dword [rcx+127], r11d
    mov byte [rcx+127], r11b
    add byte [rcx+127], r11b
    sub byte [rcx+127], r11b
    mov r12, qword [rcx+127]
    mov r12d, dword [rcx+127]
    mov r12b, byte [rcx+127]
    movzx r12d, byte [rcx+127]
    lea r12, [rcx+127]
    mov qword [rcx+127], r12
    mov dword [rcx+127], r12d
    mov byte [rcx+127], r12b
    add byte [rcx+127], r12b
    sub byte [rcx+127], r12b
    mov r13, qword [rcx+127]
    mov r13d, dword [rcx+127]
    mov r13b, byte [rcx+127]
    movzx r13d, byte [rcx+127]
    lea r13, [rcx+127]
    mov qword [rcx+127], r13
    mov dword [rcx+127], r13d
    mov byte [rcx+127], r13b
    add byte [rcx+127], r13b
    sub byte [rcx+127], r13b
    mov r14, qword [rcx+127]
    mov r14d, dword [rcx+127]
    mov r14b, byte [rcx+127]
    movzx r14d, byte [rcx+127]
    lea r14, [rcx+127]
    mov qword [rcx+127], r14
    mov dword [rcx+127], r14d
    mov byte [rcx+127], r14b
    add byte [rcx+127], r14b
    sub byte [rcx+127], r14b
    mov r15, qword [rcx+127]
    mov r15d, dword [rcx+127]
    mov r15b, byte [rcx+127]
    movzx r15d, byte [rcx+127]
    lea r15, [rcx+127]
    mov qword [rcx+127], r15
    mov dword [rcx+127], r15d
    mov byte [rcx+127], r15b
    add byte [rcx+127], r15b
    sub byte [rcx+127], r15b
    mov byte [rcx+127], 0
    mov byte [rcx+127], 1
    mov byte [rcx+127], -1
    mov byte [rcx+127], 127
    mov byte [rcx+127], -128
    mov byte [rcx+127], 255
    add byte [rcx+127], 0
    add byte [rcx+127], 1
    add byte [rcx+127], -1
    add byte [rcx+127], 127
    add byte [rcx+127], -128
    add byte [rcx+127], 255
    sub byte [rcx+127], 0
    sub byte [rcx+127], 1
    sub byte [rcx+127], -1
    sub byte [rcx+127], 127
    sub byte [rcx+127], -128
    sub byte [rcx+127], 255
    cmp byte [rcx+127], 0
    cmp byte [rcx+127], 1
    cmp byte [rcx+127], -1
    cmp byte [rcx+127], 127
    cmp byte [rcx+127], -128
    cmp byte [rcx+127], 255
    mov rax, qword [rcx-128]
    mov eax, dword [rcx-128]
    mov al, byte [rcx-128]
    movzx eax, byte [rcx-128]
    lea rax, [rcx-128]
    mov qword [rcx-128], rax
    mov dword [rcx-128], eax
    mov byte [rcx-128], al
    add byte [rcx-128], al
    sub byte [rcx-128], al
    mov rcx, qword [rcx-128]
    mov ecx, dword [rcx-128]
    mov cl, byte [rcx-128]
    movzx ecx, byte [rcx-128]
    lea rcx, [rcx-128]
    mov qword [rcx-128], rcx
    mov dword [rcx-128], ecx
    mov byte [rcx-128], cl
    add byte [rcx-128], cl
    sub byte [rcx-128], cl
    mov rdx, qword [rcx-128]
    mov edx, dword [rcx-128]
    mov dl, byte [rcx-128]
    movzx edx, byte [rcx-128]
    lea rdx, [rcx-128]
    mov qword [rcx-128], rdx
    mov dword [rcx-128], edx
    mov byte [rcx-128], dl
    add byte [rcx-128], dl
    sub byte [rcx-128], dl
    mov rbx, qword [rcx-128]
    mov ebx, dword [rcx-128]
    mov bl, byte [rcx-128]
    movzx ebx, byte [rcx-128]
    lea rbx, [rcx-128]
    mov qword [rcx-128], rbx
    mov dword [rcx-128], ebx
    mov byte [rcx-128], bl
    add byte [rcx-128], bl
    sub byte [rcx-128], bl
    mov rsp, qword [rcx-128]
    mov esp, dword [rcx-128]
    mov spl, byte [rcx-128]
    movzx esp, byte [rcx-128]
    lea rsp, [rcx-128]
    mov qword [rcx-128], rsp
    mov dword [rcx-128], esp
    mov byte [rcx-128], spl
    add byte [rcx-128], spl
    sub byte [rcx-128], spl
    mov rbp, qword [rcx-128]
    mov ebp, dword [rcx-128]
    mov bpl, byte [rcx-128]
    movzx ebp, byte [rcx-128]
    lea rbp, [rcx-128]
    mov qword [rcx-128], rbp
    mov dword [rcx-128], ebp
    mov byte [rcx-128], bpl
    add byte [rcx-128], bpl
    sub byte [rcx-128], bpl
    mov rsi, qword [rcx-128]
    mov esi, dword [rcx-128]
    mov sil, byte [rcx-128]
    movzx esi, byte [rcx-128]
    lea rsi, [rcx-128]
    mov qword [rcx-128], rsi
    mov dword [rcx-128], esi
    mov byte [rcx-128], sil
    add byte [rcx-128], sil
    sub byte [rcx-128], sil
    mov rdi, qword [rcx-128]
    mov edi, dword [rcx-128]
    mov dil, byte [rcx-128]
    movzx edi, byte [rcx-128]
    lea rdi, [rcx-128]
    mov qword [rcx-128], rdi
    mov dword [rcx-128], edi
    mov byte [rcx-128], dil
    add byte [rcx-128], dil
    sub byte [rcx-128], dil
    mov r8, qword [rcx-128]
    mov r8d, dword [rcx-128]
    mov r8b, byte [rcx-128]
    movzx r8d, byte [rcx-128]
    lea r8, [rcx-128]
    mov qword [rcx-128], r8
    mov dword [rcx-128], r8d
    mov byte [rcx-128], r8b
    add byte [rcx-128], r8b
    sub byte [rcx-128], r8b
    mov r9, qword [rcx-128]
    mov r9d, dword [rcx-128]
    mov r9b, byte [rcx-128]
    movzx r9d, byte [rcx-128]
    lea r9, [rcx-128]
    mov qword [rcx-128], r9
    mov dword [rcx-128], r9d
    mov byte [rcx-128], r9b
    add byte [rcx-128], r9b
    sub byte [rcx-128], r9b
    mov r10, qword [rcx-128]
    mov r10d, dword [rcx-128]
    mov r10b, byte [rcx-128]
    movzx r10d, byte [rcx-128]
    lea r10, [rcx-128]
    mov qword [rcx-128], r10
    mov dword [rcx-128], r10d
    mov byte [rcx-128], r10b
    add byte [rcx-128], r10b
    sub byte [rcx-128], r10b
    mov r11, qword [rcx-128]
    mov r11d, dword [rcx-128]
    mov r11b, byte [rcx-128]
    movzx r11d, byte [rcx-128]
    lea r11, [rcx-128]
    mov qword [rcx-128], r11
    mov dword [rcx-128], r11d
    mov byte [rcx-128], r11b
    add byte [rcx-128], r11b
    sub byte [rcx-128], r11b
    mov r12, qword [rcx-128]
    mov r12d, dword [rcx-128]
    mov r12b, byte [rcx-128]
    movzx r12d, byte [rcx-128]
    lea r12, [rcx-128]
    mov qword [rcx-128], r12
    mov dword [rcx-128], r12d
    mov byte [rcx-128], r12b
    add byte [rcx-128], r12b
    sub byte [rcx-128], r12b
    mov r13, qword [rcx-128]
    mov r13d, dword [rcx-128]
    mov r13b, byte [rcx-128]
    movzx r13d, byte [rcx-128]
    lea r13, [rcx-128]
    mov qword [rcx-128], r13
    mov dword [rcx-128], r13d
    mov byte [rcx-128], r13b
    add byte [rcx-128], r13b
    sub byte [rcx-128], r13b
    mov r14, qword [rcx-128]
    mov r14d, dword [rcx-128]
    mov r14b, byte [rcx-128]
    movzx r14d, byte [rcx-128]
    lea r14, [rcx-128]
    mov qword [rcx-128], r14
    mov dword [rcx-128], r14d
    mov byte [rcx-128], r14b
    add byte [rcx-128], r14b
    sub byte [rcx-128], r14b
    mov r15, qword [rcx-128]
    mov r15d, dword [rcx-128]
    mov r15b, byte [rcx-128]
    movzx r15d, byte [rcx-128]
    lea r15, [rcx-128]
    mov qword [rcx-128], r15
    mov dword [rcx-128], r15d
    mov byte [rcx-128], r15b
    add byte [rcx-128], r15b
    sub byte [rcx-128], r15b
    mov byte [rcx-128], 0
    mov byte [rcx-128], 1
    mov byte [rcx-128], -1
    mov byte [rcx-128], 127
    mov byte [rcx-128], -128
    mov byte [rcx-128], 255
    add byte [rcx-128], 0
    add byte [rcx-128], 1
    add byte [rcx-128], -1
    add byte [rcx-128], 127
    add byte [rcx-128], -128
    add byte [rcx-128], 255
    sub byte [rcx-128], 0
    sub byte [rcx-128], 1
    sub byte [rcx-128], -1
    sub byte [rcx-128], 127
    sub byte [rcx-128], -128
    sub byte [rcx-128], 255
    cmp byte [rcx-128], 0
    cmp byte [rcx-128], 1
    cmp byte [rcx-128], -1
    cmp byte [rcx-128], 127
    cmp byte [rcx-128], -128
    cmp byte [rcx-128], 255
    mov rax, qword [rcx+128]
    mov eax, dword [rcx+128]
    mov al, byte [rcx+128]
    movzx eax, byte [rcx+128]
    lea rax, [rcx+128]
    mov qword [rcx+128], rax
    mov dword [rcx+128], eax
    mov byte [rcx+128], al
    add byte [rcx+128], al
    sub byte [rcx+128], al
    mov rcx, qword [rcx+128]
    mov ecx, dword [rcx+128]
    mov cl, byte [rcx+128]
    movzx ecx, byte [rcx+128]
    lea rcx, [rcx+128]
    mov qword [rcx+128], rcx
    mov dword [rcx+128], ecx
    mov byte [rcx+128], cl
    add byte [rcx+128], cl
    sub byte [rcx+128], cl
    mov rdx, qword [rcx+128]
    mov edx, dword [rcx+128]
    mov dl, byte [rcx+128]
    movzx edx, byte [rcx+128]
    lea rdx, [rcx+128]
    mov qword [rcx+128], rdx
    mov dword [rcx+128], edx
    mov byte [rcx+128], dl
    add byte [rcx+128], dl
    sub byte [rcx+128], dl
    mov rbx, qword [rcx+128]
    mov ebx, dword [rcx+128]
    mov bl, byte [rcx+128]
    movzx ebx, byte [rcx+128]
    lea rbx, [rcx+128]
    mov qword [rcx+128], rbx
    mov dword [rcx+128], ebx
    mov byte [rcx+128], bl
    add byte [rcx+128], bl
    sub byte [rcx+128], bl
    mov rsp, qword [rcx+128]
    mov esp, dword [rcx+128]
    mov spl, byte [rcx+128]
    movzx esp, byte [rcx+128]
    lea rsp, [rcx+128]
    mov qword [rcx+128], rsp
    mov dword [rcx+128], esp
    mov byte [rcx+128], spl
    add byte [rcx+128], spl
    sub byte [rcx+128], spl
    mov rbp, qword [rcx+128]
    mov ebp, dword [rcx+128]
    mov bpl, byte [rcx+128]
    movzx ebp, byte [rcx+128]
    lea rbp, [rcx+128]
    mov qword [rcx+128], rbp
    mov dword [rcx+128], ebp
    mov byte [rcx+128], bpl
    add byte [rcx+128], bpl
    sub byte [rcx+128], bpl
    mov rsi, qword [rcx+128]
    mov esi, dword [rcx+128]
    mov sil, byte [rcx+128]
    movzx esi, byte [rcx+128]
    lea rsi, [rcx+128]
    mov qword [rcx+128], rsi
    mov dword [rcx+128], esi
    mov byte [rcx+128], sil
    add byte [rcx+128], sil
    sub byte [rcx+128], sil
    mov rdi, qword [rcx+128]
    mov edi, dword [rcx+128]
    mov dil, byte [rcx+128]
    movzx edi, byte [rcx+128]
    lea rdi, [rcx+128]
    mov qword [rcx+128], rdi
    mov dword [rcx+128], edi
    mov byte [rcx+128], dil
    add byte [rcx+128], dil
    sub byte [rcx+128], dil
    mov r8, qword [rcx+128]
    mov r8d, dword [rcx+128]
    mov r8b, byte [rcx+128]
    movzx r8d, byte [rcx+128]
    lea r8, [rcx+128]
    mov qword [rcx+128], r8
    mov dword [rcx+128], r8d
    mov byte [rcx+128], r8b
    add byte [rcx+128], r8b
    sub byte [rcx+128], r8b
    mov r9, qword [rcx+128]
    mov r9d, dword [rcx+128]
    mov r9b, byte [rcx+128]
    movzx r9d, byte [rcx+128]
    lea r9, [rcx+128]
    mov qword [rcx+128], r9
    mov dword [rcx+128], r9d
    mov byte [rcx+128], r9b
    add byte [rcx+128], r9b
    sub byte [rcx+128], r9b
    mov r10, qword [rcx+128]
    mov r10d, dword [rcx+128]
    mov r10b, byte [rcx+128]
    movzx r10d, byte [rcx+128]
    lea r10, [rcx+128]
    mov qword [rcx+128], r10
    mov dword [rcx+128], r10d
    mov byte [rcx+128], r10b
    add byte [rcx+128], r10b
    sub byte [rcx+128], r10b
    mov r11, qword [rcx+128]
    mov r11d, dword [rcx+128]
    mov r11b, byte [rcx+128]
    movzx r11d, byte [rcx+128]
    lea r11, [rcx+128]
    mov qword [rcx+128], r11
    mov dword [rcx+128], r11d
    mov byte [rcx+128], r11b
    add byte [rcx+128], r11b
    sub byte [rcx+128], r11b
    mov r12, qword [rcx+128]
    mov r12d, dword [rcx+128]
    mov r12b, byte [rcx+128]
    movzx r12d, byte [rcx+128]
    lea r12, [rcx+128]
    mov qword [rcx+128], r12
    mov dword [rcx+128], r12d
    mov byte [rcx+128], r12b
    add byte [rcx+128], r12b
    sub byte [rcx+128], r12b
    mov r13, qword [rcx+128]
    mov r13d, dword [rcx+128]
    mov r13b, byte [rcx+128]
    movzx r13d, byte [rcx+128]
    lea r13, [rcx+128]
    mov qword [rcx+128], r13
    mov dword [rcx+128], r13d
    mov byte [rcx+128], r13b
    add byte [rcx+128], r13b
    sub byte [rcx+128], r13b
    mov r14, qword [rcx+128]
    mov r14d, dword [rcx+128]
    mov r14b, byte [rcx+128]
    movzx r14d, byte [rcx+128]
    lea r14, [rcx+128]
    mov qword [rcx+128], r14
    mov dword [rcx+128], r14d
    mov byte [rcx+128], r14b
    add byte [rcx+128], r14b
    sub byte [rcx+128], r14b
    mov r15, qword [rcx+128]
    mov r15d, dword [rcx+128]
    mov r15b, byte [rcx+128]
    movzx r15d, byte [rcx+128]
    lea r15, [rcx+128]
    mov qword [rcx+128], r15
    mov dword [rcx+128], r15d
    mov byte [rcx+128], r15b
    add byte [rcx+128], r15b
    sub byte [rcx+128], r15b
    mov byte [rcx+128], 0
    mov byte [rcx+128], 1
    mov byte [rcx+128], -1
    mov byte [rcx+128], 127
    mov byte [rcx+128], -128
    mov byte [rcx+128], 255
    add byte [rcx+128], 0
    add byte [rcx+128], 1
    add byte [rcx+128], -1
    add byte [rcx+128], 127
    add byte [rcx+128], -128
    add byte [rcx+128], 255
    sub byte [rcx+128], 0
    sub byte [rcx+128], 1
    sub byte [rcx+128], -1
    sub byte [rcx+128], 127
    sub byte [rcx+128], -128
    sub byte [rcx+128], 255
    cmp byte [rcx+128], 0
    cmp byte [rcx+128], 1
    cmp byte [rcx+128], -1
    cmp byte [rcx+128], 127
    cmp byte [rcx+128], -128
    cmp byte [rcx+128], 255
    mov rax, qword [rcx-129]
    mov eax, dword [rcx-129]
    mov al, byte [rcx-129]
    movzx eax, byte [rcx-129]
    lea rax, [rcx-129]
    mov qword [rcx-129], rax
    mov dword [rcx-129], eax
    mov byte [rcx-129], al
    add byte [rcx-129], al
    sub byte [rcx-129], al
    mov rcx, qword [rcx-129]
    mov ecx, dword [rcx-129]
    mov cl, byte [rcx-129]
    movzx ecx, byte [rcx-129]
    lea rcx, [rcx-129]
    mov qword [rcx-129], rcx
    mov dword [rcx-129], ecx
    mov byte [rcx-129], cl
    add byte [rcx-129], cl
    sub byte [rcx-129], cl
    mov rdx, qword [rcx-129]
    mov edx, dword [rcx-129]
    mov dl, byte [rcx-129]
    movzx edx, byte [rcx-129]
    lea rdx, [rcx-129]
    mov qword [rcx-129], rdx
    mov dword [rcx-129], edx
    mov byte [rcx-129], dl
    add byte [rcx-129], dl
    sub byte [rcx-129], dl
    mov rbx, qword [rcx-129]
    mov ebx, dword [rcx-129]
    mov bl, byte [rcx-129]
    movzx ebx, byte [rcx-129]
    lea rbx, [rcx-129]
    mov qword [rcx-129], rbx
    mov dword [rcx-129], ebx
    mov byte [rcx-129], bl
    add byte [rcx-129], bl
    sub byte [rcx-129], bl
    mov rsp, qword [rcx-129]
    mov esp, dword [rcx-129]
    mov spl, byte [rcx-129]
    movzx esp, byte [rcx-129]
    lea rsp, [rcx-129]
    mov qword [rcx-129], rsp
    mov dword [rcx-129], esp
    mov byte [rcx-129], spl
    add byte [rcx-129], spl
    sub byte [rcx-129], spl
    mov rbp, qword [rcx-129]
    mov ebp, dword [rcx-129]
    mov bpl, byte [rcx-129]
    movzx ebp, byte [rcx-129]
    lea rbp, [rcx-129]
    mov qword [rcx-129], rbp
    mov dword [rcx-129], ebp
    mov byte [rcx-129], bpl
    add byte [rcx-129], bpl
    sub byte [rcx-129], bpl
    mov rsi, qword [rcx-129]
    mov esi, dword [rcx-129]
    mov sil, byte [rcx-129]
    movzx esi, byte [rcx-129]
    lea rsi, [rcx-129]
    mov qword [rcx-129], rsi
    mov dword [rcx-129], esi
    mov byte [rcx-129], sil
    add byte [rcx-129], sil
    sub byte [rcx-129], sil
    mov rdi, qword [rcx-129]
    mov edi, dword [rcx-129]
    mov dil, byte [rcx-129]
    movzx edi, byte [rcx-129]
    lea rdi, [rcx-129]
    mov qword [rcx-129], rdi
    mov dword [rcx-129], edi
    mov byte [rcx-129], dil
    add byte [rcx-129], dil
    sub byte [rcx-129], dil
    mov r8, qword [rcx-129]
    mov r8d, dword [rcx-129]
    mov r8b, byte [rcx-129]
    movzx r8d, byte [rcx-129]
    lea r8, [rcx-129]
    mov qword [rcx-129], r8
    mov dword [rcx-129], r8d
    mov byte [rcx-129], r8b
    add byte [rcx-129], r8b
    sub byte [rcx-129], r8b
    mov r9, qword [rcx-129]
    mov r9d, dword [rcx-129]
    mov r9b, byte [rcx-129]
    movzx r9d, byte [rcx-129]
    lea r9, [rcx-129]
    mov qword [rcx-129], r9
    mov dword [rcx-129], r9d
    mov byte [rcx-129], r9b
    add byte [rcx-129], r9b
    sub byte [rcx-129], r9b
    mov r10, qword [rcx-129]
    mov r10d, dword [rcx-129]
    mov r10b, byte [rcx-129]
    movzx r10d, byte [rcx-129]
    lea r10, [rcx-129]
    mov qword [rcx-129], r10
    mov dword [rcx-129], r10d
    mov byte [rcx-129], r10b
    add byte [rcx-129], r10b
    sub byte [rcx-129], r10b
    mov r11, qword [rcx-129]
    mov r11d, dword [rcx-129]
    mov r11b, byte [rcx-129]
    movzx r11d, byte [rcx-129]
    lea r11, [rcx-129]
    mov qword [rcx-129], r11
    mov dword [rcx-129], r11d
    mov byte [rcx-129], r11b
    add byte [rcx-129], r11b
    sub byte [rcx-129], r11b
    mov r12, qword [rcx-129]
    mov r12d, dword [rcx-129]
    mov r12b, byte [rcx-129]
    movzx r12d, byte [rcx-129]
    lea r12, [rcx-129]
    mov qword [rcx-129], r12
    mov dword [rcx-129], r12d
    mov byte [rcx-129], r12b
    add byte [rcx-129], r12b
    sub byte [rcx-129], r12b
    mov r13, qword [rcx-129]
    mov r13d, dword [rcx-129]
    mov r13b, byte [rcx-129]
    movzx r13d, byte [rcx-129]
    lea r13, [rcx-129]
    mov qword [rcx-129], r13
    mov dword [rcx-129], r13d
    mov byte [rcx-129], r13b
    add byte [rcx-129], r13b
    sub byte [rcx-129], r13b
    mov r14, qword [rcx-129]
    mov r14d, dword [rcx-129]
    mov r14b, byte [rcx-129]
    movzx r14d, byte [rcx-129]
    lea r14, [rcx-129]
    mov qword [rcx-129], r14
    mov dword [rcx-129], r14d
    mov byte [rcx-129], r14b
    add byte [rcx-129], r14b
    sub byte [rcx-129], r14b
    mov r15, qword [rcx-129]
    mov r15d, dword [rcx-129]
    mov r15b, byte [rcx-129]
    movzx r15d, byte [rcx-129]
    lea r15, [rcx-129]
    mov qword [rcx-129], r15
    mov dword [rcx-129], r15d
    mov byte [rcx-129], r15b
    add byte [rcx-129], r15b
    sub byte [rcx-129], r15b
    mov byte [rcx-129], 0
    mov byte [rcx-129], 1
    mov byte [rcx-129], -1
    mov byte [rcx-129], 127
    mov byte [rcx-129], -128
    mov byte [rcx-129], 255
    add byte [rcx-129], 0
    add byte [rcx-129], 1
    add byte [rcx-129], -1
    add byte [rcx-129], 127
    add byte [rcx-129], -128
    add byte [rcx-129], 255
    sub byte [rcx-129], 0
    sub byte [rcx-129], 1
    sub byte [rcx-129], -1
    sub byte [rcx-129], 127
    sub byte [rcx-129], -128
    sub byte [rcx-129], 255
    cmp byte [rcx-129], 0
    cmp byte [rcx-129], 1
    cmp byte [rcx-129], -1
    cmp byte [rcx-129], 127
    cmp byte [rcx-129], -128
    cmp byte [rcx-129], 255
    mov rax, qword [rcx+2147483647]
    mov eax, dword [rcx+2147483647]
    mov al, byte [rcx+2147483647]
    movzx eax, byte [rcx+2147483647]
    lea rax, [rcx+2147483647]
    mov qword [rcx+2147483647], rax
    mov dword [rcx+2147483647], eax
    mov byte [rcx+2147483647], al
    add byte [rcx+2147483647], al
    sub byte [rcx+2147483647], al
    mov rcx, qword [rcx+2147483647]
    mov ecx, dword [rcx+2147483647]
    mov cl, byte [rcx+2147483647]
    movzx ecx, byte [rcx+2147483647]
    lea rcx, [rcx+2147483647]
    mov qword [rcx+2147483647], rcx
    mov dword [rcx+2147483647], ecx
    mov byte [rcx+2147483647], cl
    add byte [rcx+2147483647], cl
    sub byte [rcx+2147483647], cl
    mov rdx, qword [rcx+2147483647]
    mov edx, dword [rcx+2147483647]
    mov dl, byte [rcx+2147483647]
    movzx edx, byte [rcx+2147483647]
    lea rdx, [rcx+2147483647]
    mov qword [rcx+2147483647], rdx
    mov dword [rcx+2147483647], edx
    mov byte [rcx+2147483647], dl
    add byte [rcx+2147483647], dl
    sub byte [rcx+2147483647], dl
    mov rbx, qword [rcx+2147483647]
    mov ebx, dword [rcx+2147483647]
    mov bl, byte [rcx+2147483647]
    movzx ebx, byte [rcx+2147483647]
    lea rbx, [rcx+2147483647]
    mov qword [rcx+2147483647], rbx
    mov dword [rcx+2147483647], ebx
    mov byte [rcx+2147483647], bl
    add byte [rcx+2147483647], bl
    sub byte [rcx+2147483647], bl
    mov rsp, qword [rcx+2147483647]
    mov esp, dword [rcx+2147483647]
    mov spl, byte [rcx+2147483647]
    movzx esp, byte [rcx+2147483647]
    lea rsp, [rcx+2147483647]
    mov qword [rcx+2147483647], rsp
    mov dword [rcx+2147483647], esp
    mov byte [rcx+2147483647], spl
    add byte [rcx+2147483647], spl
    sub byte [rcx+2147483647], spl
    mov rbp, qword [rcx+2147483647]
    mov ebp, dword [rcx+2147483647]
    mov bpl, byte [rcx+2147483647]
    movzx ebp, byte [rcx+2147483647]
    lea rbp, [rcx+2147483647]
    mov qword [rcx+2147483647], rbp
    mov dword [rcx+2147483647], ebp
    mov byte [rcx+2147483647], bpl
    add byte [rcx+2147483647], bpl
    sub byte [rcx+2147483647], bpl
    mov rsi, qword [rcx+2147483647]
    mov esi, dword [rcx+2147483647]
    mov sil, byte [rcx+2147483647]
    movzx esi, byte [rcx+2147483647]
    lea rsi, [rcx+2147483647]
    mov qword [rcx+2147483647], rsi
    mov dword [rcx+2147483647], esi
    mov byte [rcx+2147483647], sil
    add byte [rcx+2147483647], sil
    sub byte [rcx+2147483647], sil
    mov rdi, qword [rcx+2147483647]
    mov edi, dword [rcx+2147483647]
    mov dil, byte [rcx+2147483647]
    movzx edi, byte [rcx+2147483647]
    lea rdi, [rcx+2147483647]
    mov qword [rcx+2147483647], rdi
    mov dword [rcx+2147483647], edi
    mov byte [rcx+2147483647], dil
    add byte [rcx+2147483647], dil
    sub byte [rcx+2147483647], dil
    mov r8, qword [rcx+2147483647]
    mov r8d, dword [rcx+2147483647]
    mov r8b, byte [rcx+2147483647]
    movzx r8d, byte [rcx+2147483647]
    lea r8, [rcx+2147483647]
    mov qword [rcx+2147483647], r8
    mov dword [rcx+2147483647], r8d
    mov byte [rcx+2147483647], r8b
    add byte [rcx+2147483647], r8b
    sub byte [rcx+2147483647], r8b
    mov r9, qword [rcx+2147483647]
    mov r9d, dword [rcx+2147483647]
    mov r9b, byte [rcx+2147483647]
    movzx r9d, byte [rcx+2147483647]
    lea r9, [rcx+2147483647]
    mov qword [rcx+2147483647], r9
    mov dword [rcx+2147483647], r9d
    mov byte [rcx+2147483647], r9b
    add byte [rcx+2147483647], r9b
    sub byte [rcx+2147483647], r9b
    mov r10, qword [rcx+2147483647]
    mov r10d, dword [rcx+2147483647]
    mov r10b, byte [rcx+2147483647]
    movzx r10d, byte [rcx+2147483647]
    lea r10, [rcx+2147483647]
    mov qword [rcx+2147483647], r10
    mov dword [rcx+2147483647], r10d
    mov byte [rcx+2147483647], r10b
    add byte [rcx+2147483647], r10b
    sub byte [rcx+2147483647], r10b
    mov r11, qword [rcx+2147483647]
    mov r11d, dword [rcx+2147483647]
    mov r11b, byte [rcx+2147483647]
    movzx r11d, byte [rcx+2147483647]
    lea r11, [rcx+2147483647]
    mov qword [rcx+2147483647], r11
    mov dword [rcx+2147483647], r11d
    mov byte [rcx+2147483647], r11b
    add byte [rcx+2147483647], r11b
    sub byte [rcx+2147483647], r11b
    mov r12, qword [rcx+2147483647]
    mov r12d, dword [rcx+2147483647]
    mov r12b, byte [rcx+2147483647]
    movzx r12d, byte [rcx+2147483647]
    lea r12, [rcx+2147483647]
    mov qword [rcx+2147483647], r12
    mov dword [rcx+2147483647], r12d
    mov byte [rcx+2147483647], r12b
    add byte [rcx+2147483647], r12b
    sub byte [rcx+2147483647], r12b
    mov r13, qword [rcx+2147483647]
    mov r13d, dword [rcx+2147483647]
    mov r13b, byte [rcx+2147483647]
    movzx r13d, byte [rcx+2147483647]
    lea r13, [rcx+2147483647]
    mov qword [rcx+2147483647], r13
    mov dword [rcx+2147483647], r13d
    mov byte [rcx+2147483647], r13b
    add byte [rcx+2147483647], r13b
    sub byte [rcx+2147483647], r13b
    mov r14, qword [rcx+2147483647]
    mov r14d, dword [rcx+2147483647]
    mov r14b, byte [rcx+2147483647]
    movzx r14d, byte [rcx+2147483647]
    lea r14, [rcx+2147483647]
    mov qword [rcx+2147483647], r14
    mov dword [rcx+2147483647], r14d
    mov byte [rcx+2147483647], r14b
    add byte [rcx+2147483647], r14b
    sub byte [rcx+2147483647], r14b
    mov r15, qword [rcx+2147483647]
    mov r15d, dword [rcx+2147483647]
    mov r15b, byte [rcx+2147483647]
    movzx r15d, byte [rcx+2147483647]
    lea r15, [rcx+2147483647]
    mov qword [rcx+2147483647], r15
    mov dword [rcx+2147483647], r15d
    mov byte [rcx+2147483647], r15b
    add byte [rcx+2147483647], r15b
    sub byte [rcx+2147483647], r15b
    mov byte [rcx+2147483647], 0
    mov byte [rcx+2147483647], 1
    mov byte [rcx+2147483647], -1
    mov byte [rcx+2147483647], 127
    mov byte [rcx+2147483647], -128
    mov byte [rcx+2147483647], 255
    add byte [rcx+2147483647], 0
    add byte [rcx+2147483647], 1
    add byte [rcx+2147483647], -1
    add byte [rcx+2147483647], 127
    add byte [rcx+2147483647], -128
    add byte [rcx+2147483647], 255
    sub byte [rcx+2147483647], 0
    sub byte [rcx+2147483647], 1
    sub byte [rcx+2147483647], -1
    sub byte [rcx+2147483647], 127
    sub byte [rcx+2147483647], -128
    sub byte [rcx+2147483647], 255
    cmp byte [rcx+2147483647], 0
    cmp byte [rcx+2147483647], 1
    cmp byte [rcx+2147483647], -1
    cmp byte [rcx+2147483647], 127
    cmp byte [rcx+2147483647], -128
    cmp byte [rcx+2147483647], 255
    mov rax, qword [rcx-2147483648]
    mov eax, dword [rcx-2147483648]
    mov al, byte [rcx-2147483648]
    movzx eax, byte [rcx-2147483648]
    lea rax, [rcx-2147483648]
    mov qword [rcx-2147483648], rax
    mov dword [rcx-2147483648], eax
    mov byte [rcx-2147483648], al
    add byte [rcx-2147483648], al
    sub byte [rcx-2147483648], al
    mov rcx, qword [rcx-2147483648]
    mov ecx, dword [rcx-2147483648]
    mov cl, byte [rcx-2147483648]
    movzx ecx, byte [rcx-2147483648]
    lea rcx, [rcx-2147483648]
    mov qword [rcx-2147483648], rcx
    mov dword [rcx-2147483648], ecx
    mov byte [rcx-2147483648], cl
    add byte [rcx-2147483648], cl
    sub byte [rcx-2147483648], cl
    mov rdx, qword [rcx-2147483648]
    mov edx, dword [rcx-2147483648]
    mov dl, byte [rcx-2147483648]
    movzx edx, byte [rcx-2147483648]
    lea rdx, [rcx-2147483648]
    mov qword [rcx-2147483648], rdx
    mov dword [rcx-2147483648], edx
    mov byte [rcx-2147483648], dl
    add byte [rcx-2147483648], dl
    sub byte [rcx-2147483648], dl
    mov rbx, qword [rcx-2147483648]
    mov ebx, dword [rcx-2147483648]
    mov bl, byte [rcx-2147483648]
    movzx ebx, byte [rcx-2147483648]
    lea rbx, [rcx-2147483648]
    mov qword [rcx-2147483648], rbx
    mov dword [rcx-2147483648], ebx
    mov byte [rcx-2147483648], bl
    add byte [rcx-2147483648], bl
    sub byte [rcx-2147483648], bl
    mov rsp, qword [rcx-2147483648]
    mov esp, dword [rcx-2147483648]
    mov spl, byte [rcx-2147483648]
    movzx esp, byte [rcx-2147483648]
    lea rsp, [rcx-2147483648]
    mov qword [rcx-2147483648], rsp
    mov dword [rcx-2147483648], esp
    mov byte [rcx-2147483648], spl
    add byte [rcx-2147483648], spl
    sub byte [rcx-2147483648], spl
    mov rbp, qword [rcx-2147483648]
    mov ebp, dword [rcx-2147483648]
    mov bpl, byte [rcx-2147483648]
    movzx ebp, byte [rcx-2147483648]
    lea rbp, [rcx-2147483648]
    mov qword [rcx-2147483648], rbp
    mov dword [rcx-2147483648], ebp
    mov byte [rcx-2147483648], bpl
    add byte [rcx-2147483648], bpl
    sub byte [rcx-2147483648], bpl
    mov rsi, qword [rcx-2147483648]
    mov esi, dword [rcx-2147483648]
    mov sil, byte [rcx-2147483648]
    movzx esi, byte [rcx-2147483648]
    lea rsi, [rcx-2147483648]
    mov qword [rcx-2147483648], rsi
    mov dword [rcx-2147483648], esi
    mov byte [rcx-2147483648], sil
    add byte [rcx-2147483648], sil
    sub byte [rcx-2147483648], sil
    mov rdi, qword [rcx-2147483648]
    mov edi, dword [rcx-2147483648]
    mov dil, byte [rcx-2147483648]
    movzx edi, byte [rcx-2147483648]
    lea rdi, [rcx-2147483648]
    mov qword [rcx-2147483648], rdi
    mov dword [rcx-2147483648], edi
    mov byte [rcx-2147483648], dil
    add byte [rcx-2147483648], dil
    sub byte [rcx-2147483648], dil
    mov r8, qword [rcx-2147483648]
    mov r8d, dword [rcx-2147483648]
    mov r8b, byte [rcx-2147483648]
    movzx r8d, byte [rcx-2147483648]
    lea r8, [rcx-2147483648]
    mov qword [rcx-2147483648], r8
    mov dword [rcx-2147483648], r8d
    mov byte [rcx-2147483648], r8b
    add byte [rcx-2147483648], r8b
    sub byte [rcx-2147483648], r8b
    mov r9, qword [rcx-2147483648]
    mov r9d, dword [rcx-2147483648]
    mov r9b, byte [rcx-2147483648]
    movzx r9d, byte [rcx-2147483648]
    lea r9, [rcx-2147483648]
    mov qword [rcx-2147483648], r9
    mov dword [rcx-2147483648], r9d
    mov byte [rcx-2147483648], r9b
    add byte [rcx-2147483648], r9b
    sub byte [rcx-2147483648], r9b
    mov r10, qword [rcx-2147483648]
    mov r10d, dword [rcx-2147483648]
    mov r10b, byte [rcx-2147483648]
    movzx r10d, byte [rcx-2147483648]
    lea r10, [rcx-2147483648]
    mov qword [rcx-2147483648], r10
    mov dword [rcx-2147483648], r10d
    mov byte [rcx-2147483648], r10b
    add byte [rcx-2147483648], r10b
    sub byte [rcx-2147483648], r10b
    mov r11, qword [rcx-2147483648]
    mov r11d, dword [rcx-2147483648]
    mov r11b, byte [rcx-2147483648]
    movzx r11d, byte [rcx-2147483648]
    lea r11, [rcx-2147483648]
    mov qword [rcx-2147483648], r11
    mov dword [rcx-2147483648], r11d
    mov byte [rcx-2147483648], r11b
    add byte [rcx-2147483648], r11b
    sub byte [rcx-2147483648], r11b
    mov r12, qword [rcx-2147483648]
    mov r12d, dword [rcx-2147483648]
    mov r12b, byte [rcx-2147483648]
    movzx r12d, byte [rcx-2147483648]
    lea r12, [rcx-2147483648]
    mov qword [rcx-2147483648], r12
    mov dword [rcx-2147483648], r12d
    mov byte [rcx-2147483648], r12b
    add byte [rcx-2147483648], r12b
    sub byte [rcx-2147483648], r12b
    mov r13, qword [rcx-2147483648]
    mov r13d, dword [rcx-2147483648]
    mov r13b, byte [rcx-2147483648]
    movzx r13d, byte [rcx-2147483648]
    lea r13, [rcx-2147483648]
    mov qword [rcx-2147483648], r13
    mov dword [rcx-2147483648], r13d
    mov byte [rcx-2147483648], r13b
    add byte [rcx-2147483648], r13b
    sub byte [rcx-2147483648], r13b
    mov r14, qword [rcx-2147483648]
    mov r14d, dword [rcx-2147483648]
    mov r14b, byte [rcx-2147483648]
    movzx r14d, byte [rcx-2147483648]
    lea r14, [rcx-2147483648]
    mov qword [rcx-2147483648], r14
    mov dword [rcx-2147483648], r14d
    mov byte [rcx-2147483648], r14b
    add byte [rcx-2147483648], r14b
    sub byte [rcx-2147483648], r14b
    mov r15, qword [rcx-2147483648]
    mov r15d, dword [rcx-2147483648]
    mov r15b, byte [rcx-2147483648]
    movzx r15d, byte [rcx-2147483648]
    lea r15, [rcx-2147483648]
    mov qword [rcx-2147483648], r15
    mov dword [rcx-2147483648], r15d
    mov byte [rcx-2147483648], r15b
    add byte [rcx-2147483648], r15b
    sub byte [rcx-2147483648], r15b
    mov byte [rcx-2147483648], 0
    mov byte [rcx-2147483648], 1
    mov byte [rcx-2147483648], -1
    mov byte [rcx-2147483648], 127
    mov byte [rcx-2147483648], -128
    mov byte [rcx-2147483648], 255
    add byte [rcx-2147483648], 0
    add byte [rcx-2147483648], 1
    add byte [rcx-2147483648], -1
    add byte [rcx-2147483648], 127
    add byte [rcx-2147483648], -128
    add byte [rcx-2147483648], 255
    sub byte [rcx-2147483648], 0
    sub byte [rcx-2147483648], 1
    sub byte [rcx-2147483648], -1
    sub byte [rcx-2147483648], 127
    sub byte [rcx-2147483648], -128
    sub byte [rcx-2147483648], 255
    cmp byte [rcx-2147483648], 0
    cmp byte [rcx-2147483648], 1
    cmp byte [rcx-2147483648], -1
    cmp byte [rcx-2147483648], 127
    cmp byte [rcx-2147483648], -128
    cmp byte [rcx-2147483648], 255
    mov rax, qword [rdx+0]
    mov eax, dword [rdx+0]
    mov al, byte [rdx+0]
    movzx eax, byte [rdx+0]
    lea rax, [rdx+0]
    mov qword [rdx+0], rax
    mov dword [rdx+0], eax
    mov byte [rdx+0], al
    add byte [rdx+0], al
    sub byte [rdx+0], al
    mov rcx, qword [rdx+0]
    mov ecx, dword [rdx+0]
    mov cl, byte [rdx+0]
    movzx ecx, byte [rdx+0]
    lea rcx, [rdx+0]
    mov qword [rdx+0], rcx
    mov dword [rdx+0], ecx
    mov byte [rdx+0], cl
    add byte [rdx+0], cl
    sub byte [rdx+0], cl
    mov rdx, qword [rdx+0]
    mov edx, dword [rdx+0]
    mov dl, byte [rdx+0]
    movzx edx, byte [rdx+0]
    lea rdx, [rdx+0]
    mov qword [rdx+0], rdx
    mov dword [rdx+0], edx
    mov byte [rdx+0], dl
    add byte [rdx+0], dl
    sub byte [rdx+0], dl
    mov rbx, qword [rdx+0]
    mov ebx, dword [rdx+0]
    mov bl, byte [rdx+0]
    movzx ebx, byte [rdx+0]
    lea rbx, [rdx+0]
    mov qword [rdx+0], rbx
    mov dword [rdx+0], ebx
    mov byte [rdx+0], bl
    add byte [rdx+0], bl
    sub byte [rdx+0], bl
    mov rsp, qword [rdx+0]
    mov esp, dword [rdx+0]
    mov spl, byte [rdx+0]
    movzx esp, byte [rdx+0]
    lea rsp, [rdx+0]
    mov qword [rdx+0], rsp
    mov dword [rdx+0], esp
    mov byte [rdx+0], spl
    add byte [rdx+0], spl
    sub byte [rdx+0], spl
    mov rbp, qword [rdx+0]
    mov ebp, dword [rdx+0]
    mov bpl, byte [rdx+0]
    movzx ebp, byte [rdx+0]
    lea rbp, [rdx+0]
    mov qword [rdx+0], rbp
    mov dword [rdx+0], ebp
    mov byte [rdx+0], bpl
    add byte [rdx+0], bpl
    sub byte [rdx+0], bpl
    mov rsi, qword [rdx+0]
    mov esi, dword [rdx+0]
    mov sil, byte [rdx+0]
    movzx esi, byte [rdx+0]
    lea rsi, [rdx+0]
    mov qword [rdx+0], rsi
    mov dword [rdx+0], esi
    mov byte [rdx+0], sil
    add byte [rdx+0], sil
    sub byte [rdx+0], sil
    mov rdi, qword [rdx+0]
    mov edi, dword [rdx+0]
    mov dil, byte [rdx+0]
    movzx edi, byte [rdx+0]
    lea rdi, [rdx+0]
    mov qword [rdx+0], rdi
    mov dword [rdx+0], edi
    mov byte [rdx+0], dil
    add byte [rdx+0], dil
    sub byte [rdx+0], dil
    mov r8, qword [rdx+0]
    mov r8d, dword [rdx+0]
    mov r8b, byte [rdx+0]
    movzx r8d, byte [rdx+0]
    lea r8, [rdx+0]
    mov qword [rdx+0], r8
    mov dword [rdx+0], r8d
    mov byte [rdx+0], r8b
    add byte [rdx+0], r8b
    sub byte [rdx+0], r8b
    mov r9, qword [rdx+0]
    mov r9d, dword [rdx+0]
    mov r9b, byte [rdx+0]
    movzx r9d, byte [rdx+0]
    lea r9, [rdx+0]
    mov qword [rdx+0], r9
    mov dword [rdx+0], r9d
    mov byte [rdx+0], r9b
    add byte [rdx+0], r9b
    sub byte [rdx+0], r9b
    mov r10, qword [rdx+0]
    mov r10d, dword [rdx+0]
    mov r10b, byte [rdx+0]
    movzx r10d, byte [rdx+0]
    lea r10, [rdx+0]
    mov qword [rdx+0], r10
    mov dword [rdx+0], r10d
    mov byte [rdx+0], r10b
    add byte [rdx+0], r10b
    sub byte [rdx+0], r10b
    mov r11, qword [rdx+0]
    mov r11d, dword [rdx+0]
    mov r11b, byte [rdx+0]
    movzx r11d, byte [rdx+0]
    lea r11, [rdx+0]
    mov qword [rdx+0], r11
    mov dword [rdx+0], r11d
    mov byte [rdx+0], r11b
    add byte [rdx+0], r11b
    sub byte [rdx+0], r11b
    mov r12, qword [rdx+0]
    mov r12d, dword [rdx+0]
    mov r12b, byte [rdx+0]
    movzx r12d, byte [rdx+0]
    lea r12, [rdx+0]
    mov qword [rdx+0], r12
    mov dword [rdx+0], r12d
    mov byte [rdx+0], r12b
    add byte [rdx+0], r12b
    sub byte [rdx+0], r12b
    mov r13, qword [rdx+0]
    mov r13d, dword [rdx+0]
    mov r13b, byte [rdx+0]
    movzx r13d, byte [rdx+0]
    lea r13, [rdx+0]
    mov qword [rdx+0], r13
    mov dword [rdx+0], r13d
    mov byte [rdx+0], r13b
    add byte [rdx+0], r13b
    sub byte [rdx+0], r13b
    mov r14, qword [rdx+0]
    mov r14d, dword [rdx+0]
    mov r14b, byte [rdx+0]
    movzx r14d, byte [rdx+0]
    lea r14, [rdx+0]
    mov qword [rdx+0], r14
    mov dword [rdx+0], r14d
    mov byte [rdx+0], r14b
    add byte [rdx+0], r14b
    sub byte [rdx+0], r14b
    mov r15, qword [rdx+0]
    mov r15d, dword [rdx+0]
    mov r15b, byte [rdx+0]
    movzx r15d, byte [rdx+0]
    lea r15, [rdx+0]
    mov qword [rdx+0], r15
    mov dword [rdx+0], r15d
    mov byte [rdx+0], r15b
    add byte [rdx+0], r15b
    sub byte [rdx+0], r15b
    mov byte [rdx+0], 0
    mov byte [rdx+0], 1
    mov byte [rdx+0], -1
    mov byte [rdx+0], 127
    mov byte [rdx+0], -128
    mov byte [rdx+0], 255
    add byte [rdx+0], 0
    add byte [rdx+0], 1
    add byte [rdx+0], -1
    add byte [rdx+0], 127
    add byte [rdx+0], -128
    add byte [rdx+0], 255
    sub byte [rdx+0], 0
    sub byte [rdx+0], 1
    sub byte [rdx+0], -1
    sub byte [rdx+0], 127
    sub byte [rdx+0], -128
    sub byte [rdx+0], 255
    cmp byte [rdx+0], 0
    cmp byte [rdx+0], 1
    cmp byte [rdx+0], -1
    cmp byte [rdx+0], 127
    cmp byte [rdx+0], -128
    cmp byte [rdx+0], 255
    mov rax, qword [rdx+1]
    mov eax, dword [rdx+1]
    mov al, byte [rdx+1]
    movzx eax, byte [rdx+1]
    lea rax, [rdx+1]
    mov qword [rdx+1], rax
    mov dword [rdx+1], eax
    mov byte [rdx+1], al
    add byte [rdx+1], al
    sub byte [rdx+1], al
    mov rcx, qword [rdx+1]
    mov ecx, dword [rdx+1]
    mov cl, byte [rdx+1]
    movzx ecx, byte [rdx+1]
    lea rcx, [rdx+1]
    mov qword [rdx+1], rcx
    mov dword [rdx+1], ecx
    mov byte [rdx+1], cl
    add byte [rdx+1], cl
    sub byte [rdx+1], cl
    mov rdx, qword [rdx+1]
    mov edx, dword [rdx+1]
    mov dl, byte [rdx+1]
    movzx edx, byte [rdx+1]
    lea rdx, [rdx+1]
    mov qword [rdx+1], rdx
    mov dword [rdx+1], edx
    mov byte [rdx+1], dl
    add byte [rdx+1], dl
    sub byte [rdx+1], dl
    mov rbx, qword [rdx+1]
    mov ebx, dword [rdx+1]
    mov bl, byte [rdx+1]
    movzx ebx, byte [rdx+1]
    lea rbx, [rdx+1]
    mov qword [rdx+1], rbx
    mov dword [rdx+1], ebx
    mov byte [rdx+1], bl
    add byte [rdx+1], bl
    sub byte [rdx+1], bl
    mov rsp, qword [rdx+1]
    mov esp, dword [rdx+1]
    mov spl, byte [rdx+1]
    movzx esp, byte [rdx+1]
    lea rsp, [rdx+1]
    mov qword [rdx+1], rsp
    mov dword [rdx+1], esp
    mov byte [rdx+1], spl
    add byte [rdx+1], spl
    sub byte [rdx+1], spl
    mov rbp, qword [rdx+1]
    mov ebp, dword [rdx+1]
    mov bpl, byte [rdx+1]
    movzx ebp, byte [rdx+1]
    lea rbp, [rdx+1]
    mov qword [rdx+1], rbp
    mov dword [rdx+1], ebp
    mov byte [rdx+1], bpl
    add byte [rdx+1], bpl
    sub byte [rdx+1], bpl
    mov rsi, qword [rdx+1]
    mov esi, dword [rdx+1]
    mov sil, byte [rdx+1]
    movzx esi, byte [rdx+1]
    lea rsi, [rdx+1]
    mov qword [rdx+1], rsi
    mov dword [rdx+1], esi
    mov byte [rdx+1], sil
    add byte [rdx+1], sil
    sub byte [rdx+1], sil
    mov rdi, qword [rdx+1]
    mov edi, dword [rdx+1]
    mov dil, byte [rdx+1]
    movzx edi, byte [rdx+1]
    lea rdi, [rdx+1]
    mov qword [rdx+1], rdi
    mov dword [rdx+1], edi
    mov byte [rdx+1], dil
    add byte [rdx+1], dil
    sub byte [rdx+1], dil
    mov r8, qword [rdx+1]
    mov r8d, dword [rdx+1]
    mov r8b, byte [rdx+1]
    movzx r8d, byte [rdx+1]
    lea r8, [rdx+1]
    mov qword [rdx+1], r8
    mov dword [rdx+1], r8d
    mov byte [rdx+1], r8b
    add byte [rdx+1], r8b
    sub byte [rdx+1], r8b
    mov r9, qword [rdx+1]
    mov r9d, dword [rdx+1]
    mov r9b, byte [rdx+1]
    movzx r9d, byte [rdx+1]
    lea r9, [rdx+1]
    mov qword [rdx+1], r9
    mov dword [rdx+1], r9d
    mov byte [rdx+1], r9b
    add byte [rdx+1], r9b
    sub byte [rdx+1], r9b
    mov r10, qword [rdx+1]
    mov r10d, dword [rdx+1]
    mov r10b, byte [rdx+1]
    movzx r10d, byte [rdx+1]
    lea r10, [rdx+1]
    mov qword [rdx+1], r10
    mov dword [rdx+1], r10d
    mov byte [rdx+1], r10b
    add byte [rdx+1], r10b
    sub byte [rdx+1], r10b
    mov r11, qword [rdx+1]
    mov r11d, dword [rdx+1]
    mov r11b, byte [rdx+1]
    movzx r11d, byte [rdx+1]
    lea r11, [rdx+1]
    mov qword [rdx+1], r11
    mov dword [rdx+1], r11d
    mov byte [rdx+1], r11b
    add byte [rdx+1], r11b
    sub byte [rdx+1], r11b
    mov r12, qword [rdx+1]
    mov r12d, dword [rdx+1]
    mov r12b, byte [rdx+1]
    movzx r12d, byte [rdx+1]
    lea r12, [rdx+1]
    mov qword [rdx+1], r12
    mov dword [rdx+1], r12d
    mov byte [rdx+1], r12b
    add byte [rdx+1], r12b
    sub byte [rdx+1], r12b
    mov r13, qword [rdx+1]
    mov r13d, dword [rdx+1]
    mov r13b, byte [rdx+1]
    movzx r13d, byte [rdx+1]
    lea r13, [rdx+1]
    mov qword [rdx+1], r13
    mov dword [rdx+1], r13d
    mov byte [rdx+1], r13b
    add byte [rdx+1], r13b
    sub byte [rdx+1], r13b
    mov r14, qword [rdx+1]
    mov r14d, dword [rdx+1]
    mov r14b, byte [rdx+1]
    movzx r14d, byte [rdx+1]
    lea r14, [rdx+1]
    mov qword [rdx+1], r14
    mov dword [rdx+1], r14d
    mov byte [rdx+1], r14b
    add byte [rdx+1], r14b
    sub byte [rdx+1], r14b
    mov r15, qword [rdx+1]
    mov r15d, dword [rdx+1]
    mov r15b, byte [rdx+1]
    movzx r15d, byte [rdx+1]
    lea r15, [rdx+1]
    mov qword [rdx+1], r15
    mov dword [rdx+1], r15d
    mov byte [rdx+1], r15b
    add byte [rdx+1], r15b
    sub byte [rdx+1], r15b
    mov byte [rdx+1], 0
    mov byte [rdx+1], 1
    mov byte [rdx+1], -1
    mov byte [rdx+1], 127
    mov byte [rdx+1], -128
    mov byte [rdx+1], 255
    add byte [rdx+1], 0
    add byte [rdx+1], 1
    add byte [rdx+1], -1
    add byte [rdx+1], 127
    add byte [rdx+1], -128
    add byte [rdx+1], 255
    sub byte [rdx+1], 0
    sub byte [rdx+1], 1
    sub byte [rdx+1], -1
    sub byte [rdx+1], 127
    sub byte [rdx+1], -128
    sub byte [rdx+1], 255
    cmp byte [rdx+1], 0
    cmp byte [rdx+1], 1
    cmp byte [rdx+1], -1
    cmp byte [rdx+1], 127
    cmp byte [rdx+1], -128
    cmp byte [rdx+1], 255
    mov rax, qword [rdx-1]
    mov eax, dword [rdx-1]
    mov al, byte [rdx-1]
    movzx eax, byte [rdx-1]
    lea rax, [rdx-1]
    mov qword [rdx-1], rax
    mov dword [rdx-1], eax
    mov byte [rdx-1], al
    add byte [rdx-1], al
    sub byte [rdx-1], al
    mov rcx, qword [rdx-1]
    mov ecx, dword [rdx-1]
    mov cl, byte [rdx-1]
    movzx ecx, byte [rdx-1]
    lea rcx, [rdx-1]
    mov qword [rdx-1], rcx
    mov dword [rdx-1], ecx
    mov byte [rdx-1], cl
    add byte [rdx-1], cl
    sub byte [rdx-1], cl
    mov rdx, qword [rdx-1]
    mov edx, dword [rdx-1]
    mov dl, byte [rdx-1]
    movzx edx, byte [rdx-1]
    lea rdx, [rdx-1]
    mov qword [rdx-1], rdx
    mov dword [rdx-1], edx
    mov byte [rdx-1], dl
    add byte [rdx-1], dl
    sub byte [rdx-1], dl
    mov rbx, qword [rdx-1]
    mov ebx, dword [rdx-1]
    mov bl, byte [rdx-1]
    movzx ebx, byte [rdx-1]
    lea rbx, [rdx-1]
    mov qword [rdx-1], rbx
    mov dword [rdx-1], ebx
    mov byte [rdx-1], bl
    add byte [rdx-1], bl
    sub byte [rdx-1], bl
    mov rsp, qword [rdx-1]
    mov esp, dword [rdx-1]
    mov spl, byte [rdx-1]
    movzx esp, byte [rdx-1]
    lea rsp, [rdx-1]
    mov qword [rdx-1], rsp
    mov dword [rdx-1], esp
    mov byte [rdx-1], spl
    add byte [rdx-1], spl
    sub byte [rdx-1], spl
    mov rbp, qword [rdx-1]
    mov ebp, dword [rdx-1]
    mov bpl, byte [rdx-1]
    movzx ebp, byte [rdx-1]
    lea rbp, [rdx-1]
    mov qword [rdx-1], rbp
    mov dword [rdx-1], ebp
    mov byte [rdx-1], bpl
    add byte [rdx-1], bpl
    sub byte [rdx-1], bpl
    mov rsi, qword [rdx-1]
    mov esi, dword [rdx-1]
    mov sil, byte [rdx-1]
    movzx esi, byte [rdx-1]
    lea rsi, [rdx-1]
    mov qword [rdx-1], rsi
    mov dword [rdx-1], esi
    mov byte [rdx-1], sil
    add byte [rdx-1], sil
    sub byte [rdx-1], sil
    mov rdi, qword [rdx-1]
    mov edi, dword [rdx-1]
    mov dil, byte [rdx-1]
    movzx edi, byte [rdx-1]
    lea rdi, [rdx-1]
    mov qword [rdx-1], rdi
    mov dword [rdx-1], edi
    mov byte [rdx-1], dil
    add byte [rdx-1], dil
    sub byte [rdx-1], dil
    mov r8, qword [rdx-1]
    mov r8d, dword [rdx-1]
    mov r8b, byte [rdx-1]
    movzx r8d, byte [rdx-1]
    lea r8, [rdx-1]
    mov qword [rdx-1], r8
    mov dword [rdx-1], r8d
    mov byte [rdx-1], r8b
    add byte [rdx-1], r8b
    sub byte [rdx-1], r8b
    mov r9, qword [rdx-1]
    mov r9d, dword [rdx-1]
    mov r9b, byte [rdx-1]
    movzx r9d, byte [rdx-1]
    lea r9, [rdx-1]
    mov qword [rdx-1], r9
    mov dword [rdx-1], r9d
    mov byte [rdx-1], r9b
    add byte [rdx-1], r9b
    sub byte [rdx-1], r9b
    mov r10, qword [rdx-1]
    mov r10d, dword [rdx-1]
    mov r10b, byte [rdx-1]
    movzx r10d, byte [rdx-1]
    lea r10, [rdx-1]
    mov qword [rdx-1], r10
    mov dword [rdx-1], r10d
    mov byte [rdx-1], r10b
    add byte [rdx-1], r10b
    sub byte [rdx-1], r10b
    mov r11, qword [rdx-1]
    mov r11d, dword [rdx-1]
    mov r11b, byte [rdx-1]
    movzx r11d, byte [rdx-1]
    lea r11, [rdx-1]
    mov qword [rdx-1], r11
    mov dword [rdx-1], r11d
    mov byte [rdx-1], r11b
    add byte [rdx-1], r11b
    sub byte [rdx-1], r11b
    mov r12, qword [rdx-1]
    mov r12d, dword [rdx-1]
    mov r12b, byte [rdx-1]
    movzx r12d, byte [rdx-1]
    lea r12, [rdx-1]
    mov qword [rdx-1], r12
    mov dword [rdx-1], r12d
    mov byte [rdx-1], r12b
    add byte [rdx-1], r12b
    sub byte [rdx-1], r12b
    mov r13, qword [rdx-1]
    mov r13d, dword [rdx-1]
    mov r13b, byte [rdx-1]
    movzx r13d, byte [rdx-1]
    lea r13, [rdx-1]
    mov qword [rdx-1], r13
    mov dword [rdx-1], r13d
    mov byte [rdx-1], r13b
    add byte [rdx-1], r13b
    sub byte [rdx-1], r13b
    mov r14, qword [rdx-1]
    mov r14d, dword [rdx-1]
    mov r14b, byte [rdx-1]
    movzx r14d, byte [rdx-1]
    lea r14, [rdx-1]
    mov qword [rdx-1], r14
    mov dword [rdx-1], r14d
    mov byte [rdx-1], r14b
    add byte [rdx-1], r14b
    sub byte [rdx-1], r14b
    mov r15, qword [rdx-1]
    mov r15d, dword [rdx-1]
    mov r15b, byte [rdx-1]
    movzx r15d, byte [rdx-1]
    lea r15, [rdx-1]
    mov qword [rdx-1], r15
    mov dword [rdx-1], r15d
    mov byte [rdx-1], r15b
    add byte [rdx-1], r15b
    sub byte [rdx-1], r15b
    mov byte [rdx-1], 0
    mov byte [rdx-1], 1
    mov byte [rdx-1], -1
    mov byte [rdx-1], 127
    mov byte [rdx-1], -128
    mov byte [rdx-1], 255
    add byte [rdx-1], 0
    add byte [rdx-1], 1
    add byte [rdx-1], -1
    add byte [rdx-1], 127
    add byte [rdx-1], -128
    add byte [rdx-1], 255
    sub byte [rdx-1], 0
    sub byte [rdx-1], 1
    sub byte [rdx-1], -1
    sub byte [rdx-1], 127
    sub byte [rdx-1], -128
    sub byte [rdx-1], 255
    cmp byte [rdx-1], 0
    cmp byte [rdx-1], 1
    cmp byte [rdx-1], -1
    cmp byte [rdx-1], 127
    cmp byte [rdx-1], -128
    cmp byte [rdx-1], 255
    mov rax, qword [rdx+127]
    mov eax, dword [rdx+127]
    mov al, byte [rdx+127]
    movzx eax, byte [rdx+127]
    lea rax, [rdx+127]
    mov qword [rdx+127], rax
    mov dword [rdx+127], eax
    mov byte [rdx+127], al
    add byte [rdx+127], al
    sub byte [rdx+127], al
    mov rcx, qword [rdx+127]
    mov ecx, dword [rdx+127]
    mov cl, byte [rdx+127]
    movzx ecx, byte [rdx+127]
    lea rcx, [rdx+127]
    mov qword [rdx+127], rcx
    mov dword [rdx+127], ecx
    mov byte [rdx+127], cl
    add byte [rdx+127], cl
    sub byte [rdx+127], cl
    mov rdx, qword [rdx+127]
    mov edx, dword [rdx+127]
    mov dl, byte [rdx+127]
    movzx edx, byte [rdx+127]
    lea rdx, [rdx+127]
    mov qword [rdx+127], rdx
    mov dword [rdx+127], edx
    mov byte [rdx+127], dl
    add byte [rdx+127], dl
    sub byte [rdx+127], dl
    mov rbx, qword [rdx+127]
    mov ebx, dword [rdx+127]
    mov bl, byte [rdx+127]
    movzx ebx, byte [rdx+127]
    lea rbx, [rdx+127]
    mov qword [rdx+127], rbx
    mov dword [rdx+127], ebx
    mov byte [rdx+127], bl
    add byte [rdx+127], bl
    sub byte [rdx+127], bl
    mov rsp, qword [rdx+127]
    mov esp, dword [rdx+127]
    mov spl, byte [rdx+127]
    movzx esp, byte [rdx+127]
    lea rsp, [rdx+127]
    mov qword [rdx+127], rsp
    mov dword [rdx+127], esp
    mov byte [rdx+127], spl
    add byte [rdx+127], spl
    sub byte [rdx+127], spl
    mov rbp, qword [rdx+127]
    mov ebp, dword [rdx+127]
    mov bpl, byte [rdx+127]
    movzx ebp, byte [rdx+127]
    lea rbp, [rdx+127]
    mov qword [rdx+127], rbp
    mov dword [rdx+127], ebp
    mov byte [rdx+127], bpl
    add byte [rdx+127], bpl
    sub byte [rdx+127], bpl
    mov rsi, qword [rdx+127]
    mov esi, dword [rdx+127]
    mov sil, byte [rdx+127]
    movzx esi, byte [rdx+127]
    lea rsi, [rdx+127]
    mov qword [rdx+127], rsi
    mov dword [rdx+127], esi
    mov byte [rdx+127], sil
    add byte [rdx+127], sil
    sub byte [rdx+127], sil
    mov rdi, qword [rdx+127]
    mov edi, dword [rdx+127]
    mov dil, byte [rdx+127]
    movzx edi, byte [rdx+127]
    lea rdi, [rdx+127]
    mov qword [rdx+127], rdi
    mov dword [rdx+127], edi
    mov byte [rdx+127], dil
    add byte [rdx+127], dil
    sub byte [rdx+127], dil
    mov r8, qword [rdx+127]
    mov r8d, dword [rdx+127]
    mov r8b, byte [rdx+127]
    movzx r8d, byte [rdx+127]
    lea r8, [rdx+127]
    mov qword [rdx+127], r8
    mov dword [rdx+127], r8d
    mov byte [rdx+127], r8b
    add byte [rdx+127], r8b
    sub byte [rdx+127], r8b
    mov r9, qword [rdx+127]
    mov r9d, dword [rdx+127]
    mov r9b, byte [rdx+127]
    movzx r9d, byte [rdx+127]
    lea r9, [rdx+127]
    mov qword [rdx+127], r9
    mov dword [rdx+127], r9d
    mov byte [rdx+127], r9b
    add byte [rdx+127], r9b
    sub byte [rdx+127], r9b
    mov r10, qword [rdx+127]
    mov r10d, dword [rdx+127]
    mov r10b, byte [rdx+127]
    movzx r10d, byte [rdx+127]
    lea r10, [rdx+127]
    mov qword [rdx+127], r10
    mov dword [rdx+127], r10d
    mov byte [rdx+127], r10b
    add byte [rdx+127], r10b
    sub byte [rdx+127], r10b
    mov r11, qword [rdx+127]
    mov r11d, dword [rdx+127]
    mov r11b, byte [rdx+127]
    movzx r11d, byte [rdx+127]
    lea r11, [rdx+127]
    mov qword [rdx+127], r11
    mov dword [rdx+127], r11d
    mov byte [rdx+127], r11b
    add byte [rdx+127], r11b
    sub byte [rdx+127], r11b
    mov r12, qword [rdx+127]
    mov r12d, dword [rdx+127]
    mov r12b, byte [rdx+127]
    movzx r12d, byte [rdx+127]
    lea r12, [rdx+127]
    mov qword [rdx+127], r12
    mov dword [rdx+127], r12d
    mov byte [rdx+127], r12b
    add byte [rdx+127], r12b
    sub byte [rdx+127], r12b
    mov r13, qword [rdx+127]
    mov r13d, dword [rdx+127]
    mov r13b, byte [rdx+127]
    movzx r13d, byte [rdx+127]
    lea r13, [rdx+127]
    mov qword [rdx+127], r13
    mov dword [rdx+127], r13d
    mov byte [rdx+127], r13b
    add byte [rdx+127], r13b
    sub byte [rdx+127], r13b
    mov r14, qword [rdx+127]
    mov r14d, dword [rdx+127]
    mov r14b, byte [rdx+127]
    movzx r14d, byte [rdx+127]
    lea r14, [rdx+127]
    mov qword [rdx+127], r14
    mov dword [rdx+127], r14d
    mov byte [rdx+127], r14b
    add byte [rdx+127], r14b
    sub byte [rdx+127], r14b
    mov r15, qword [rdx+127]
    mov r15d, dword [rdx+127]
    mov r15b, byte [rdx+127]
    movzx r15d, byte [rdx+127]
    lea r15, [rdx+127]
    mov qword [rdx+127], r15
    mov dword [rdx+127], r15d
    mov byte [rdx+127], r15b
    add byte [rdx+127], r15b
    sub byte [rdx+127], r15b
    mov byte [rdx+127], 0
    mov byte [rdx+127], 1
    mov byte [rdx+127], -1
    mov byte [rdx+127], 127
    mov byte [rdx+127], -128
    mov byte [rdx+127], 255
    add byte [rdx+127], 0
    add byte [rdx+127], 1
    add byte [rdx+127], -1
    add byte [rdx+127], 127
    add byte [rdx+127], -128
    add byte [rdx+127], 255
    sub byte [rdx+127], 0
    sub byte [rdx+127], 1
    sub byte [rdx+127], -1
    sub byte [rdx+127], 127
    sub byte [rdx+127], -128
    sub byte [rdx+127], 255
    cmp byte [rdx+127], 0
    cmp byte [rdx+127], 1
    cmp byte [rdx+127], -1
    cmp byte [rdx+127], 127
    cmp byte [rdx+127], -128
    cmp byte [rdx+127], 255
    mov rax, qword [rdx-128]
    mov eax, dword [rdx-128]
    mov al, byte [rdx-128]
    movzx eax, byte [rdx-128]
    lea rax, [rdx-128]
    mov qword [rdx-128], rax
    mov dword [rdx-128], eax
    mov byte [rdx-128], al
    add byte [rdx-128], al
    sub byte [rdx-128], al
    mov rcx, qword [rdx-128]
    mov ecx, dword [rdx-128]
    mov cl, byte [rdx-128]
    movzx ecx, byte [rdx-128]
    lea rcx, [rdx-128]
    mov qword [rdx-128], rcx
    mov dword [rdx-128], ecx
    mov byte [rdx-128], cl
    add byte [rdx-128], cl
    sub byte [rdx-128], cl
    mov rdx, qword [rdx-128]
    mov edx, dword [rdx-128]
    mov dl, byte [rdx-128]
    movzx edx, byte [rdx-128]
    lea rdx, [rdx-128]
    mov qword [rdx-128], rdx
    mov dword [rdx-128], edx
    mov byte [rdx-128], dl
    add byte [rdx-128], dl
    sub byte [rdx-128], dl
    mov rbx, qword [rdx-128]
    mov ebx, dword [rdx-128]
    mov bl, byte [rdx-128]
    movzx ebx, byte [rdx-128]
    lea rbx, [rdx-128]
    mov qword [rdx-128], rbx
    mov dword [rdx-128], ebx
    mov byte [rdx-128], bl
    add byte [rdx-128], bl
    sub byte [rdx-128], bl
    mov rsp, qword [rdx-128]
    mov esp, dword [rdx-128]
    mov spl, byte [rdx-128]
    movzx esp, byte [rdx-128]
    lea rsp, [rdx-128]
    mov qword [rdx-128], rsp
    mov dword [rdx-128], esp
    mov byte [rdx-128], spl
    add byte [rdx-128], spl
    sub byte [rdx-128], spl
    mov rbp, qword [rdx-128]
    mov ebp, dword [rdx-128]
    mov bpl, byte [rdx-128]
    movzx ebp, byte [rdx-128]
    lea rbp, [rdx-128]
    mov qword [rdx-128], rbp
    mov dword [rdx-128], ebp
    mov byte [rdx-128], bpl
    add byte [rdx-128], bpl
    sub byte [rdx-128], bpl
    mov rsi, qword [rdx-128]
    mov esi, dword [rdx-128]
    mov sil, byte [rdx-128]
    movzx esi, byte [rdx-128]
    lea rsi, [rdx-128]
    mov qword [rdx-128], rsi
    mov dword [rdx-128], esi
    mov byte [rdx-128], sil
    add byte [rdx-128], sil
    sub byte [rdx-128], sil
    mov rdi, qword [rdx-128]
    mov edi, dword [rdx-128]
    mov dil, byte [rdx-128]
    movzx edi, byte [rdx-128]
    lea rdi, [rdx-128]
    mov qword [rdx-128], rdi
    mov dword [rdx-128], edi
    mov byte [rdx-128], dil
    add byte [rdx-128], dil
    sub byte [rdx-128], dil
    mov r8, qword [rdx-128]
    mov r8d, dword [rdx-128]
    mov r8b, byte [rdx-128]
    movzx r8d, byte [rdx-128]
    lea r8, [rdx-128]
    mov qword [rdx-128], r8
    mov dword [rdx-128], r8d
    mov byte [rdx-128], r8b
    add byte [rdx-128], r8b
    sub byte [rdx-128], r8b
    mov r9, qword [rdx-128]
    mov r9d, dword [rdx-128]
    mov r9b, byte [rdx-128]
    movzx r9d, byte [rdx-128]
    lea r9, [rdx-128]
    mov qword [rdx-128], r9
    mov dword [rdx-128], r9d
    mov byte [rdx-128], r9b
    add byte [rdx-128], r9b
    sub byte [rdx-128], r9b
    mov r10, qword [rdx-128]
    mov r10d, dword [rdx-128]
    mov r10b, byte [rdx-128]
    movzx r10d, byte [rdx-128]
    lea r10, [rdx-128]
    mov qword [rdx-128], r10
    mov dword [rdx-128], r10d
    mov byte [rdx-128], r10b
    add byte [rdx-128], r10b
    sub byte [rdx-128], r10b
    mov r11, qword [rdx-128]
    mov r11d, dword [rdx-128]
    mov r11b, byte [rdx-128]
    movzx r11d, byte [rdx-128]
    lea r11, [rdx-128]
    mov qword [rdx-128], r11
    mov dword [rdx-128], r11d
    mov byte [rdx-128], r11b
    add byte [rdx-128], r11b
    sub byte [rdx-128], r11b
    mov r12, qword [rdx-128]
    mov r12d, dword [rdx-128]
    mov r12b, byte [rdx-128]
    movzx r12d, byte [rdx-128]
    lea r12, [rdx-128]
    mov qword [rdx-128], r12
    mov dword [rdx-128], r12d
    mov byte [rdx-128], r12b
    add byte [rdx-128], r12b
    sub byte [rdx-128], r12b
    mov r13, qword [rdx-128]
    mov r13d, dword [rdx-128]
    mov r13b, byte [rdx-128]
    movzx r13d, byte [rdx-128]
    lea r13, [rdx-128]
    mov qword [rdx-128], r13
    mov dword [rdx-128], r13d
    mov byte [rdx-128], r13b
    add byte [rdx-128], r13b
    sub byte [rdx-128], r13b
    mov r14, qword [rdx-128]
    mov r14d, dword [rdx-128]
    mov r14b, byte [rdx-128]
    movzx r14d, byte [rdx-128]
    lea r14, [rdx-128]
    mov qword [rdx-128], r14
    mov dword [rdx-128], r14d
    mov byte [rdx-128], r14b
    add byte [rdx-128], r14b
    sub byte [rdx-128], r14b
    mov r15, qword [rdx-128]
    mov r15d, dword [rdx-128]
    mov r15b, byte [rdx-128]
    movzx r15d, byte [rdx-128]
    lea r15, [rdx-128]
    mov qword [rdx-128], r15
    mov dword [rdx-128], r15d
    mov byte [rdx-128], r15b
    add byte [rdx-128], r15b
    sub byte [rdx-128], r15b
    mov byte [rdx-128], 0
    mov byte [rdx-128], 1
    mov byte [rdx-128], -1
    mov byte [rdx-128], 127
    mov byte [rdx-128], -128
    mov byte [rdx-128], 255
    add byte [rdx-128], 0
    add byte [rdx-128], 1
    add byte [rdx-128], -1
    add byte [rdx-128], 127
    add byte [rdx-128], -128
    add byte [rdx-128], 255
    sub byte [rdx-128], 0
    sub byte [rdx-128], 1
    sub byte [rdx-128], -1
    sub byte [rdx-128], 127
    sub byte [rdx-128], -128
    sub byte [rdx-128], 255
    cmp byte [rdx-128], 0
    cmp byte [rdx-128], 1
    cmp byte [rdx-128], -1
    cmp byte [rdx-128], 127
    cmp byte [rdx-128], -128
    cmp byte [rdx-128], 255
    mov rax, qword [rdx+128]
    mov eax, dword [rdx+128]
    mov al, byte [rdx+128]
    movzx eax, byte [rdx+128]
    lea rax, [rdx+128]
    mov qword [rdx+128], rax
    mov dword [rdx+128], eax
    mov byte [rdx+128], al
    add byte [rdx+128], al
    sub byte [rdx+128], al
    mov rcx, qword [rdx+128]
    mov ecx, dword [rdx+128]
    mov cl, byte [rdx+128]
    movzx ecx, byte [rdx+128]
    lea rcx, [rdx+128]
    mov qword [rdx+128], rcx
    mov dword [rdx+128], ecx
    mov byte [rdx+128], cl
    add byte [rdx+128], cl
    sub byte [rdx+128], cl
    mov rdx, qword [rdx+128]
    mov edx, dword [rdx+128]
    mov dl, byte [rdx+128]
    movzx edx, byte [rdx+128]
    lea rdx, [rdx+128]
    mov qword [rdx+128], rdx
    mov dword [rdx+128], edx
    mov byte [rdx+128], dl
    add byte [rdx+128], dl
    sub byte [rdx+128], dl
    mov rbx, qword [rdx+128]
    mov ebx, dword [rdx+128]
    mov bl, byte [rdx+128]
    movzx ebx, byte [rdx+128]
    lea rbx, [rdx+128]
    mov qword [rdx+128], rbx
    mov dword [rdx+128], ebx
    mov byte [rdx+128], bl
    add byte [rdx+128], bl
    sub byte [rdx+128], bl
    mov rsp, qword [rdx+128]
    mov esp, dword [rdx+128]
    mov spl, byte [rdx+128]
    movzx esp, byte [rdx+128]
    lea rsp, [rdx+128]
    mov qword [rdx+128], rsp
    mov dword [rdx+128], esp
    mov byte [rdx+128], spl
    add byte [rdx+128], spl
    sub byte [rdx+128], spl
    mov rbp, qword [rdx+128]
    mov ebp, dword [rdx+128]
    mov bpl, byte [rdx+128]
    movzx ebp, byte [rdx+128]
    lea rbp, [rdx+128]
    mov qword [rdx+128], rbp
    mov dword [rdx+128], ebp
    mov byte [rdx+128], bpl
    add byte [rdx+128], bpl
    sub byte [rdx+128], bpl
    mov rsi, qword [rdx+128]
    mov esi, dword [rdx+128]
    mov sil, byte [rdx+128]
    movzx esi, byte [rdx+128]
    lea rsi, [rdx+128]
    mov qword [rdx+128], rsi
    mov dword [rdx+128], esi
    mov byte [rdx+128], sil
    add byte [rdx+128], sil
    sub byte [rdx+128], sil
    mov rdi, qword [rdx+128]
    mov edi, dword [rdx+128]
    mov dil, byte [rdx+128]
    movzx edi, byte [rdx+128]
    lea rdi, [rdx+128]
    mov qword [rdx+128], rdi
    mov dword [rdx+128], edi
    mov byte [rdx+128], dil
    add byte [rdx+128], dil
    sub byte [rdx+128], dil
    mov r8, qword [rdx+128]
    mov r8d, dword [rdx+128]
    mov r8b, byte [rdx+128]
    movzx r8d, byte [rdx+128]
    lea r8, [rdx+128]
    mov qword [rdx+128], r8
    mov dword [rdx+128], r8d
    mov byte [rdx+128], r8b
    add byte [rdx+128], r8b
    sub byte [rdx+128], r8b
    mov r9, qword [rdx+128]
    mov r9d, dword [rdx+128]
    mov r9b, byte [rdx+128]
    movzx r9d, byte [rdx+128]
    lea r9, [rdx+128]
    mov qword [rdx+128], r9
    mov dword [rdx+128], r9d
    mov byte [rdx+128], r9b
    add byte [rdx+128], r9b
    sub byte [rdx+128], r9b
    mov r10, qword [rdx+128]
    mov r10d, dword [rdx+128]
    mov r10b, byte [rdx+128]
    movzx r10d, byte [rdx+128]
    lea r10, [rdx+128]
    mov qword [rdx+128], r10
    mov dword [rdx+128], r10d
    mov byte [rdx+128], r10b
    add byte [rdx+128], r10b
    sub byte [rdx+128], r10b
    mov r11, qword [rdx+128]
    mov r11d, dword [rdx+128]
    mov r11b, byte [rdx+128]
    movzx r11d, byte [rdx+128]
    lea r11, [rdx+128]
    mov qword [rdx+128], r11
    mov dword [rdx+128], r11d
    mov byte [rdx+128], r11b
    add byte [rdx+128], r11b
    sub byte [rdx+128], r11b
    mov r12, qword [rdx+128]
    mov r12d, dword [rdx+128]
    mov r12b, byte [rdx+128]
    movzx r12d, byte [rdx+128]
    lea r12, [rdx+128]
    mov qword [rdx+128], r12
    mov dword [rdx+128], r12d
    mov byte [rdx+128], r12b
    add byte [rdx+128], r12b
    sub byte [rdx+128], r12b
    mov r13, qword [rdx+128]
    mov r13d, dword [rdx+128]
    mov r13b, byte [rdx+128]
    movzx r13d, byte [rdx+128]
    lea r13, [rdx+128]
    mov qword [rdx+128], r13
    mov dword [rdx+128], r13d
    mov byte [rdx+128], r13b
    add byte [rdx+128], r13b
    sub byte [rdx+128], r13b
    mov r14, qword [rdx+128]
    mov r14d, dword [rdx+128]
    mov r14b, byte [rdx+128]
    movzx r14d, byte [rdx+128]
    lea r14, [rdx+128]
    mov qword [rdx+128], r14
    mov dword [rdx+128], r14d
    mov byte [rdx+128], r14b
    add byte [rdx+128], r14b
    sub byte [rdx+128], r14b
    mov r15, qword [rdx+128]
    mov r15d, dword [rdx+128]
    mov r15b, byte [rdx+128]
    movzx r15d, byte [rdx+128]
    lea r15, [rdx+128]
    mov qword [rdx+128], r15
    mov dword [rdx+128], r15d
    mov byte [rdx+128], r15b
    add byte [rdx+128], r15b
    sub byte [rdx+128], r15b
    mov byte [rdx+128], 0
    mov byte [rdx+128], 1
    mov byte [rdx+128], -1
    mov byte [rdx+128], 127
    mov byte [rdx+128], -128
    mov byte [rdx+128], 255
    add byte [rdx+128], 0
    add byte [rdx+128], 1
    add byte [rdx+128], -1
    add byte [rdx+128], 127
    add byte [rdx+128], -128
    add byte [rdx+128], 255
    sub byte [rdx+128], 0
    sub byte [rdx+128], 1
    sub byte [rdx+128], -1
    sub byte [rdx+128], 127
    sub byte [rdx+128], -128
    sub byte [rdx+128], 255
    cmp byte [rdx+128], 0
    cmp byte [rdx+128], 1
    cmp byte [rdx+128], -1
    cmp byte [rdx+128], 127
    cmp byte [rdx+128], -128
    cmp byte [rdx+128], 255
    mov rax, qword [rdx-129]
    mov eax, dword [rdx-129]
    mov al, byte [rdx-129]
    movzx eax, byte [rdx-129]
    lea rax, [rdx-129]
    mov qword [rdx-129], rax
    mov dword [rdx-129], eax
    mov byte [rdx-129], al
    add byte [rdx-129], al
    sub byte [rdx-129], al
    mov rcx, qword [rdx-129]
    mov ecx, dword [rdx-129]
    mov cl, byte [rdx-129]
    movzx ecx, byte [rdx-129]
    lea rcx, [rdx-129]
    mov qword [rdx-129], rcx
    mov dword [rdx-129], ecx
    mov byte [rdx-129], cl
    add byte [rdx-129], cl
    sub byte [rdx-129], cl
    mov rdx, qword [rdx-129]
    mov edx, dword [rdx-129]
    mov dl, byte [rdx-129]
    movzx edx, byte [rdx-129]
    lea rdx, [rdx-129]
    mov qword [rdx-129], rdx
    mov dword [rdx-129], edx
    mov byte [rdx-129], dl
    add byte [rdx-129], dl
    sub byte [rdx-129], dl
    mov rbx, qword [rdx-129]
    mov ebx, dword [rdx-129]
    mov bl, byte [rdx-129]
    movzx ebx, byte [rdx-129]
    lea rbx, [rdx-129]
    mov qword [rdx-129], rbx
    mov dword [rdx-129], ebx
    mov byte [rdx-129], bl
    add byte [rdx-129], bl
    sub byte [rdx-129], bl
    mov rsp, qword [rdx-129]
    mov esp, dword [rdx-129]
    mov spl, byte [rdx-129]
    movzx esp, byte [rdx-129]
    lea rsp, [rdx-129]
    mov qword [rdx-129], rsp
    mov dword [rdx-129], esp
    mov byte [rdx-129], spl
    add byte [rdx-129], spl
    sub byte [rdx-129], spl
    mov rbp, qword [rdx-129]
    mov ebp, dword [rdx-129]
    mov bpl, byte [rdx-129]
    movzx ebp, byte [rdx-129]
    lea rbp, [rdx-129]
    mov qword [rdx-129], rbp
    mov dword [rdx-129], ebp
    mov byte [rdx-129], bpl
    add byte [rdx-129], bpl
    sub byte [rdx-129], bpl
    mov rsi, qword [rdx-129]
    mov esi, dword [rdx-129]
    mov sil, byte [rdx-129]
    movzx esi, byte [rdx-129]
    lea rsi, [rdx-129]
    mov qword [rdx-129], rsi
    mov dword [rdx-129], esi
    mov byte [rdx-129], sil
    add byte [rdx-129], sil
    sub byte [rdx-129], sil
    mov rdi, qword [rdx-129]
    mov edi, dword [rdx-129]
    mov dil, byte [rdx-129]
    movzx edi, byte [rdx-129]
    lea rdi, [rdx-129]
    mov qword [rdx-129], rdi
    mov dword [rdx-129], edi
    mov byte [rdx-129], dil
    add byte [rdx-129], dil
    sub byte [rdx-129], dil
    mov r8, qword [rdx-129]
    mov r8d, dword [rdx-129]
    mov r8b, byte [rdx-129]
    movzx r8d, byte [rdx-129]
    lea r8, [rdx-129]
    mov qword [rdx-129], r8
    mov dword [rdx-129], r8d
    mov byte [rdx-129], r8b
    add byte [rdx-129], r8b
    sub byte [rdx-129], r8b
    mov r9, qword [rdx-129]
    mov r9d, dword [rdx-129]
    mov r9b, byte [rdx-129]
    movzx r9d, byte [rdx-129]
    lea r9, [rdx-129]
    mov qword [rdx-129], r9
    mov dword [rdx-129], r9d
    mov byte [rdx-129], r9b
    add byte [rdx-129], r9b
    sub byte [rdx-129], r9b
    mov r10, qword [rdx-129]
    mov r10d, dword [rdx-129]
    mov r10b, byte [rdx-129]
    movzx r10d, byte [rdx-129]
    lea r10, [rdx-129]
    mov qword [rdx-129], r10
    mov dword [rdx-129], r10d
    mov byte [rdx-129], r10b
    add byte [rdx-129], r10b
    sub byte [rdx-129], r10b
    mov r11, qword [rdx-129]
    mov r11d, dword [rdx-129]
    mov r11b, byte [rdx-129]
    movzx r11d, byte [rdx-129]
    lea r11, [rdx-129]
    mov qword [rdx-129], r11
    mov dword [rdx-129], r11d
    mov byte [rdx-129], r11b
    add byte [rdx-129], r11b
    sub byte [rdx-129], r11b
    mov r12, qword [rdx-129]
    mov r12d, dword [rdx-129]
    mov r12b, byte [rdx-129]
    movzx r12d, byte [rdx-129]
    lea r12, [rdx-129]
    mov qword [rdx-129], r12
    mov dword [rdx-129], r12d
    mov byte [rdx-129], r12b
    add byte [rdx-129], r12b
    sub byte [rdx-129], r12b
    mov r13, qword [rdx-129]
    mov r13d, dword [rdx-129]
    mov r13b, byte [rdx-129]
    movzx r13d, byte [rdx-129]
    lea r13, [rdx-129]
    mov qword [rdx-129], r13
    mov dword [rdx-129], r13d
    mov byte [rdx-129], r13b
    add byte [rdx-129], r13b
    sub byte [rdx-129], r13b
    mov r14, qword [rdx-129]
    mov r14d, dword [rdx-129]
    mov r14b, byte [rdx-129]
    movzx r14d, byte [rdx-129]
    lea r14, [rdx-129]
    mov qword [rdx-129], r14
    mov dword [rdx-129], r14d
    mov byte [rdx-129], r14b
    add byte [rdx-129], r14b
    sub byte [rdx-129], r14b
    mov r15, qword [rdx-129]
    mov r15d, dword [rdx-129]
    mov r15b, byte [rdx-129]
    movzx r15d, byte [rdx-129]
    lea r15, [rdx-129]
    mov qword [rdx-129], r15
    mov dword [rdx-129], r15d
    mov byte [rdx-129], r15b
    add byte [rdx-129], r15b
    sub byte [rdx-129], r15b
    mov byte [rdx-129], 0
    mov byte [rdx-129], 1
    mov byte [rdx-129], -1
    mov byte [rdx-129], 127
    mov byte [rdx-129], -128
    mov byte [rdx-129], 255
    add byte [rdx-129], 0
    add byte [rdx-129], 1
    add byte [rdx-129], -1
    add byte [rdx-129], 127
    add byte [rdx-129], -128
    add byte [rdx-129], 255
    sub byte [rdx-129], 0
    sub byte [rdx-129], 1
    sub byte [rdx-129], -1
    sub byte [rdx-129], 127
    sub byte [rdx-129], -128
    sub byte [rdx-129], 255
    cmp byte [rdx-129], 0
    cmp byte [rdx-129], 1
    cmp byte [rdx-129], -1
    cmp byte [rdx-129], 127
    cmp byte [rdx-129], -128
    cmp byte [rdx-129], 255
    mov rax, qword [rdx+2147483647]
    mov eax, dword [rdx+2147483647]
    mov al, byte [rdx+2147483647]
    movzx eax, byte [rdx+2147483647]
    lea rax, [rdx+2147483647]
    mov qword [rdx+2147483647], rax
    mov dword [rdx+2147483647], eax
    mov byte [rdx+2147483647], al
    add byte [rdx+2147483647], al
    sub byte [rdx+2147483647], al
    mov rcx, qword [rdx+2147483647]
    mov ecx, dword [rdx+2147483647]
    mov cl, byte [rdx+2147483647]
    movzx ecx, byte [rdx+2147483647]
    lea rcx, [rdx+2147483647]
    mov qword [rdx+2147483647], rcx
    mov dword [rdx+2147483647], ecx
    mov byte [rdx+2147483647], cl
    add byte [rdx+2147483647], cl
    sub byte [rdx+2147483647], cl
    mov rdx, qword [rdx+2147483647]
    mov edx, dword [rdx+2147483647]
    mov dl, byte [rdx+2147483647]
    movzx edx, byte [rdx+2147483647]
    lea rdx, [rdx+2147483647]
    mov qword [rdx+2147483647], rdx
    mov dword [rdx+2147483647], edx
    mov byte [rdx+2147483647], dl
    add byte [rdx+2147483647], dl
    sub byte [rdx+2147483647], dl
    mov rbx, qword [rdx+2147483647]
    mov ebx, dword [rdx+2147483647]
    mov bl, byte [rdx+2147483647]
    movzx ebx, byte [rdx+2147483647]
    lea rbx, [rdx+2147483647]
    mov qword [rdx+2147483647], rbx
    mov dword [rdx+2147483647], ebx
    mov byte [rdx+2147483647], bl
    add byte [rdx+2147483647], bl
    sub byte [rdx+2147483647], bl
    mov rsp, qword [rdx+2147483647]
    mov esp, dword [rdx+2147483647]
    mov spl, byte [rdx+2147483647]
    movzx esp, byte [rdx+2147483647]
    lea rsp, [rdx+2147483647]
    mov qword [rdx+2147483647], rsp
    mov dword [rdx+2147483647], esp
    mov byte [rdx+2147483647], spl
    add byte [rdx+2147483647], spl
    sub byte [rdx+2147483647], spl
    mov rbp, qword [rdx+2147483647]
    mov ebp, dword [rdx+2147483647]
    mov bpl, byte [rdx+2147483647]
    movzx ebp, byte [rdx+2147483647]
    lea rbp, [rdx+2147483647]
    mov qword [rdx+2147483647], rbp
    mov dword [rdx+2147483647], ebp
    mov byte [rdx+2147483647], bpl
    add byte [rdx+2147483647], bpl
    sub byte [rdx+2147483647], bpl
    mov rsi, qword [rdx+2147483647]
    mov esi, dword [rdx+2147483647]
    mov sil, byte [rdx+2147483647]
    movzx esi, byte [rdx+2147483647]
    lea rsi, [rdx+2147483647]
    mov qword [rdx+2147483647], rsi
    mov dword [rdx+2147483647], esi
    mov byte [rdx+2147483647], sil
    add byte [rdx+2147483647], sil
    sub byte [rdx+2147483647], sil
    mov rdi, qword [rdx+2147483647]
    mov edi, dword [rdx+2147483647]
    mov dil, byte [rdx+2147483647]
    movzx edi, byte [rdx+2147483647]
    lea rdi, [rdx+2147483647]
    mov qword [rdx+2147483647], rdi
    mov dword [rdx+2147483647], edi
    mov byte [rdx+2147483647], dil
    add byte [rdx+2147483647], dil
    sub byte [rdx+2147483647], dil
    mov r8, qword [rdx+2147483647]
    mov r8d, dword [rdx+2147483647]
    mov r8b, byte [rdx+2147483647]
    movzx r8d, byte [rdx+2147483647]
    lea r8, [rdx+2147483647]
    mov qword [rdx+2147483647], r8
    mov dword [rdx+2147483647], r8d
    mov byte [rdx+2147483647], r8b
    add byte [rdx+2147483647], r8b
    sub byte [rdx+2147483647], r8b
    mov r9, qword [rdx+2147483647]
    mov r9d, dword [rdx+2147483647]
    mov r9b, byte [rdx+2147483647]
    movzx r9d, byte [rdx+2147483647]
    lea r9, [rdx+2147483647]
    mov qword [rdx+2147483647], r9
    mov dword [rdx+2147483647], r9d
    mov byte [rdx+2147483647], r9b
    add byte [rdx+2147483647], r9b
    sub byte [rdx+2147483647], r9b
    mov r10, qword [rdx+2147483647]
    mov r10d, dword [rdx+2147483647]
    mov r10b, byte [rdx+2147483647]
    movzx r10d, byte [rdx+2147483647]
    lea r10, [rdx+2147483647]
    mov qword [rdx+2147483647], r10
    mov dword [rdx+2147483647], r10d
    mov byte [rdx+2147483647], r10b
    add byte [rdx+2147483647], r10b
    sub byte [rdx+2147483647], r10b
    mov r11, qword [rdx+2147483647]
    mov r11d, dword [rdx+2147483647]
    mov r11b, byte [rdx+2147483647]
    movzx r11d, byte [rdx+2147483647]
    lea r11, [rdx+2147483647]
    mov qword [rdx+2147483647], r11
    mov dword [rdx+2147483647], r11d
    mov byte [rdx+2147483647], r11b
    add byte [rdx+2147483647], r11b
    sub byte [rdx+2147483647], r11b
    mov r12, qword [rdx+2147483647]
    mov r12d, dword [rdx+2147483647]
    mov r12b, byte [rdx+2147483647]
    movzx r12d, byte [rdx+2147483647]
    lea r12, [rdx+2147483647]
    mov qword [rdx+2147483647], r12
    mov dword [rdx+2147483647], r12d
    mov byte [rdx+2147483647], r12b
    add byte [rdx+2147483647], r12b
    sub byte [rdx+2147483647], r12b
    mov r13, qword [rdx+2147483647]
    mov r13d, dword [rdx+2147483647]
    mov r13b, byte [rdx+2147483647]
    movzx r13d, byte [rdx+2147483647]
    lea r13, [rdx+2147483647]
    mov qword [rdx+2147483647], r13
    mov dword [rdx+2147483647], r13d
    mov byte [rdx+2147483647], r13b
    add byte [rdx+2147483647], r13b
    sub byte [rdx+2147483647], r13b
    mov r14, qword [rdx+2147483647]
    mov r14d, dword [rdx+2147483647]
    mov r14b, byte [rdx+2147483647]
    movzx r14d, byte [rdx+2147483647]
    lea r14, [rdx+2147483647]
    mov qword [rdx+2147483647], r14
    mov dword [rdx+2147483647], r14d
    mov byte [rdx+2147483647], r14b
    add byte [rdx+2147483647], r14b
    sub byte [rdx+2147483647], r14b
    mov r15, qword [rdx+2147483647]
    mov r15d, dword [rdx+2147483647]
    mov r15b, byte [rdx+2147483647]
    movzx r15d, byte [rdx+2147483647]
    lea r15, [rdx+2147483647]
    mov qword [rdx+2147483647], r15
    mov dword [rdx+2147483647], r15d
    mov byte [rdx+2147483647], r15b
    add byte [rdx+2147483647], r15b
    sub byte [rdx+2147483647], r15b
    mov byte [rdx+2147483647], 0
    mov byte [rdx+2147483647], 1
    mov byte [rdx+2147483647], -1
    mov byte [rdx+2147483647], 127
    mov byte [rdx+2147483647], -128
    mov byte [rdx+2147483647], 255
    add byte [rdx+2147483647], 0
    add byte [rdx+2147483647], 1
    add byte [rdx+2147483647], -1
    add byte [rdx+2147483647], 127
    add byte [rdx+2147483647], -128
    add byte [rdx+2147483647], 255
    sub byte [rdx+2147483647], 0
    sub byte [rdx+2147483647], 1
    sub byte [rdx+2147483647], -1
    sub byte [rdx+2147483647], 127
    sub byte [rdx+2147483647], -128
    sub byte [rdx+2147483647], 255
    cmp byte [rdx+2147483647], 0
    cmp byte [rdx+2147483647], 1
    cmp byte [rdx+2147483647], -1
    cmp byte [rdx+2147483647], 127
    cmp byte [rdx+2147483647], -128
    cmp byte [rdx+2147483647], 255
    mov rax, qword [rdx-2147483648]
    mov eax, dword [rdx-2147483648]
    mov al, byte [rdx-2147483648]
    movzx eax, byte [rdx-2147483648]
    lea rax, [rdx-2147483648]
    mov qword [rdx-2147483648], rax
    mov dword [rdx-2147483648], eax
    mov byte [rdx-2147483648], al
    add byte [rdx-2147483648], al
    sub byte [rdx-2147483648], al
    mov rcx, qword [rdx-2147483648]
    mov ecx, dword [rdx-2147483648]
    mov cl, byte [rdx-2147483648]
    movzx ecx, byte [rdx-2147483648]
    lea rcx, [rdx-2147483648]
    mov qword [rdx-2147483648], rcx
    mov dword [rdx-2147483648], ecx
    mov byte [rdx-2147483648], cl
    add byte [rdx-2147483648], cl
    sub byte [rdx-2147483648], cl
    mov rdx, qword [rdx-2147483648]
    mov edx, dword [rdx-2147483648]
    mov dl, byte [rdx-2147483648]
    movzx edx, byte [rdx-2147483648]
    lea rdx, [rdx-2147483648]
    mov qword [rdx-2147483648], rdx
    mov dword [rdx-2147483648], edx
    mov byte [rdx-2147483648], dl
    add byte [rdx-2147483648], dl
    sub byte [rdx-2147483648], dl
    mov rbx, qword [rdx-2147483648]
    mov ebx, dword [rdx-2147483648]
    mov bl, byte [rdx-2147483648]
    movzx ebx, byte [rdx-2147483648]
    lea rbx, [rdx-2147483648]
    mov qword [rdx-2147483648], rbx
    mov dword [rdx-2147483648], ebx
    mov byte [rdx-2147483648], bl
    add byte [rdx-2147483648], bl
    sub byte [rdx-2147483648], bl
    mov rsp, qword [rdx-2147483648]
    mov esp, dword [rdx-2147483648]
    mov spl, byte [rdx-2147483648]
    movzx esp, byte [rdx-2147483648]
    lea rsp, [rdx-2147483648]
    mov qword [rdx-2147483648], rsp
    mov dword [rdx-2147483648], esp
    mov byte [rdx-2147483648], spl
    add byte [rdx-2147483648], spl
    sub byte [rdx-2147483648], spl
    mov rbp, qword [rdx-2147483648]
    mov ebp, dword [rdx-2147483648]
    mov bpl, byte [rdx-2147483648]
    movzx ebp, byte [rdx-2147483648]
    lea rbp, [rdx-2147483648]
    mov qword [rdx-2147483648], rbp
    mov dword [rdx-2147483648], ebp
    mov byte [rdx-2147483648], bpl
    add byte [rdx-2147483648], bpl
    sub byte [rdx-2147483648], bpl
    mov rsi, qword [rdx-2147483648]
    mov esi, dword [rdx-2147483648]
    mov sil, byte [rdx-2147483648]
    movzx esi, byte [rdx-2147483648]
    lea rsi, [rdx-2147483648]
    mov qword [rdx-2147483648], rsi
    mov dword [rdx-2147483648], esi
    mov byte [rdx-2147483648], sil
    add byte [rdx-2147483648], sil
    sub byte [rdx-2147483648], sil
    mov rdi, qword [rdx-2147483648]
    mov edi, dword [rdx-2147483648]
    mov dil, byte [rdx-2147483648]
    movzx edi, byte [rdx-2147483648]
    lea rdi, [rdx-2147483648]
    mov qword [rdx-2147483648], rdi
    mov dword [rdx-2147483648], edi
    mov byte [rdx-2147483648], dil
    add byte [rdx-2147483648], dil
    sub byte [rdx-2147483648], dil
    mov r8, qword [rdx-2147483648]
    mov r8d, dword [rdx-2147483648]
    mov r8b, byte [rdx-2147483648]
    movzx r8d, byte [rdx-2147483648]
    lea r8, [rdx-2147483648]
    mov qword [rdx-2147483648], r8
    mov dword [rdx-2147483648], r8d
    mov byte [rdx-2147483648], r8b
    add byte [rdx-2147483648], r8b
    sub byte [rdx-2147483648], r8b
    mov r9, qword [rdx-2147483648]
    mov r9d, dword [rdx-2147483648]
    mov r9b, byte [rdx-2147483648]
    movzx r9d, byte [rdx-2147483648]
    lea r9, [rdx-2147483648]
    mov qword [rdx-2147483648], r9
    mov dword [rdx-2147483648], r9d
    mov byte [rdx-2147483648], r9b
    add byte [rdx-2147483648], r9b
    sub byte [rdx-2147483648], r9b
    mov r10, qword [rdx-2147483648]
    mov r10d, dword [rdx-2147483648]
    mov r10b, byte [rdx-2147483648]
    movzx r10d, byte [rdx-2147483648]
    lea r10, [rdx-2147483648]
    mov qword [rdx-2147483648], r10
    mov dword [rdx-2147483648], r10d
    mov byte [rdx-2147483648], r10b
    add byte [rdx-2147483648], r10b
    sub byte [rdx-2147483648], r10b
    mov r11, qword [rdx-2147483648]
    mov r11d, dword [rdx-2147483648]
    mov r11b, byte [rdx-2147483648]
    movzx r11d, byte [rdx-2147483648]
    lea r11, [rdx-2147483648]
    mov qword [rdx-2147483648], r11
    mov dword [rdx-2147483648], r11d
    mov byte [rdx-2147483648], r11b
    add byte [rdx-2147483648], r11b
    sub byte [rdx-2147483648], r11b
    mov r12, qword [rdx-2147483648]
    mov r12d, dword [rdx-2147483648]
    mov r12b, byte [rdx-2147483648]
    movzx r12d, byte [rdx-2147483648]
    lea r12, [rdx-2147483648]
    mov qword [rdx-2147483648], r12
    mov dword [rdx-2147483648], r12d
    mov byte [rdx-2147483648], r12b
    add byte [rdx-2147483648], r12b
    sub byte [rdx-2147483648], r12b
    mov r13, qword [rdx-2147483648]
    mov r13d, dword [rdx-2147483648]
    mov r13b, byte [rdx-2147483648]
    movzx r13d, byte [rdx-2147483648]
    lea r13, [rdx-2147483648]
    mov qword [rdx-2147483648], r13
    mov dword [rdx-2147483648], r13d
    mov byte [rdx-2147483648], r13b
    add byte [rdx-2147483648], r13b
    sub byte [rdx-2147483648], r13b
    mov r14, qword [rdx-2147483648]
    mov r14d, dword [rdx-2147483648]
    mov r14b, byte [rdx-2147483648]
    movzx r14d, byte [rdx-2147483648]
    lea r14, [rdx-2147483648]
    mov qword [rdx-2147483648], r14
    mov dword [rdx-2147483648], r14d
    mov byte [rdx-2147483648], r14b
    add byte [rdx-2147483648], r14b
    sub byte [rdx-2147483648], r14b
    mov r15, qword [rdx-2147483648]
    mov r15d, dword [rdx-2147483648]
    mov r15b, byte [rdx-2147483648]
    movzx r15d, byte [rdx-2147483648]
    lea r15, [rdx-2147483648]
    mov qword [rdx-2147483648], r15
    mov dword [rdx-2147483648], r15d
    mov byte [rdx-2147483648], r15b
    add byte [rdx-2147483648], r15b
    sub byte [rdx-2147483648], r15b
    mov byte [rdx-2147483648], 0
    mov byte [rdx-2147483648], 1
    mov byte [rdx-2147483648], -1
    mov byte [rdx-2147483648], 127
    mov byte [rdx-2147483648], -128
    mov byte [rdx-2147483648], 255
    add byte [rdx-2147483648], 0
    add byte [rdx-2147483648], 1
    add byte [rdx-2147483648], -1
    add byte [rdx-2147483648], 127
    add byte [rdx-2147483648], -128
    add byte [rdx-2147483648], 255
    sub byte [rdx-2147483648], 0
    sub byte [rdx-2147483648], 1
    sub byte [rdx-2147483648], -1
    sub byte [rdx-2147483648], 127
    sub byte [rdx-2147483648], -128
    sub byte [rdx-2147483648], 255
    cmp byte [rdx-2147483648], 0
    cmp byte [rdx-2147483648], 1
    cmp byte [rdx-2147483648], -1
    cmp byte [rdx-2147483648], 127
    cmp byte [rdx-2147483648], -128
    cmp byte [rdx-2147483648], 255
    mov rax, qword [rbx+0]
    mov eax, dword [rbx+0]
    mov al, byte [rbx+0]
    movzx eax, byte [rbx+0]
    lea rax, [rbx+0]
    mov qword [rbx+0], rax
    mov dword [rbx+0], eax
    mov byte [rbx+0], al
    add byte [rbx+0], al
    sub byte [rbx+0], al
    mov rcx, qword [rbx+0]
    mov ecx, dword [rbx+0]
    mov cl, byte [rbx+0]
    movzx ecx, byte [rbx+0]
    lea rcx, [rbx+0]
    mov qword [rbx+0], rcx
    mov dword [rbx+0], ecx
    mov byte [rbx+0], cl
    add byte [rbx+0], cl
    sub byte [rbx+0], cl
    mov rdx, qword [rbx+0]
    mov edx, dword [rbx+0]
    mov dl, byte [rbx+0]
    movzx edx, byte [rbx+0]
    lea rdx, [rbx+0]
    mov qword [rbx+0], rdx
    mov dword [rbx+0], edx
    mov byte [rbx+0], dl
    add byte [rbx+0], dl
    sub byte [rbx+0], dl
    mov rbx, qword [rbx+0]
    mov ebx, dword [rbx+0]
    mov bl, byte [rbx+0]
    movzx ebx, byte [rbx+0]
    lea rbx, [rbx+0]
    mov qword [rbx+0], rbx
    mov dword [rbx+0], ebx
    mov byte [rbx+0], bl
    add byte [rbx+0], bl
    sub byte [rbx+0], bl
    mov rsp, qword [rbx+0]
    mov esp, dword [rbx+0]
    mov spl, byte [rbx+0]
    movzx esp, byte [rbx+0]
    lea rsp, [rbx+0]
    mov qword [rbx+0], rsp
    mov dword [rbx+0], esp
    mov byte [rbx+0], spl
    add byte [rbx+0], spl
    sub byte [rbx+0], spl
    mov rbp, qword [rbx+0]
    mov ebp, dword [rbx+0]
    mov bpl, byte [rbx+0]
    movzx ebp, byte [rbx+0]
    lea rbp, [rbx+0]
    mov qword [rbx+0], rbp
    mov dword [rbx+0], ebp
    mov byte [rbx+0], bpl
    add byte [rbx+0], bpl
    sub byte [rbx+0], bpl
    mov rsi, qword [rbx+0]
    mov esi, dword [rbx+0]
    mov sil, byte [rbx+0]
    movzx esi, byte [rbx+0]
    lea rsi, [rbx+0]
    mov qword [rbx+0], rsi
    mov dword [rbx+0], esi
    mov byte [rbx+0], sil
    add byte [rbx+0], sil
    sub byte [rbx+0], sil
    mov rdi, qword [rbx+0]
    mov edi, dword [rbx+0]
    mov dil, byte [rbx+0]
    movzx edi, byte [rbx+0]
    lea rdi, [rbx+0]
    mov qword [rbx+0], rdi
    mov dword [rbx+0], edi
    mov byte [rbx+0], dil
    add byte [rbx+0], dil
    sub byte [rbx+0], dil
    mov r8, qword [rbx+0]
    mov r8d, dword [rbx+0]
    mov r8b, byte [rbx+0]
    movzx r8d, byte [rbx+0]
    lea r8, [rbx+0]
    mov qword [rbx+0], r8
    mov dword [rbx+0], r8d
    mov byte [rbx+0], r8b
    add byte [rbx+0], r8b
    sub byte [rbx+0], r8b
    mov r9, qword [rbx+0]
    mov r9d, dword [rbx+0]
    mov r9b, byte [rbx+0]
    movzx r9d, byte [rbx+0]
    lea r9, [rbx+0]
    mov qword [rbx+0], r9
    mov dword [rbx+0], r9d
    mov byte [rbx+0], r9b
    add byte [rbx+0], r9b
    sub byte [rbx+0], r9b
    mov r10, qword [rbx+0]
    mov r10d, dword [rbx+0]
    mov r10b, byte [rbx+0]
    movzx r10d, byte [rbx+0]
    lea r10, [rbx+0]
    mov qword [rbx+0], r10
    mov dword [rbx+0], r10d
    mov byte [rbx+0], r10b
    add byte [rbx+0], r10b
    sub byte [rbx+0], r10b
    mov r11, qword [rbx+0]
    mov r11d, dword [rbx+0]
    mov r11b, byte [rbx+0]
    movzx r11d, byte [rbx+0]
    lea r11, [rbx+0]
    mov qword [rbx+0], r11
    mov dword [rbx+0], r11d
    mov byte [rbx+0], r11b
    add byte [rbx+0], r11b
    sub byte [rbx+0], r11b
    mov r12, qword [rbx+0]
    mov r12d, dword [rbx+0]
    mov r12b, byte [rbx+0]
    movzx r12d, byte [rbx+0]
    lea r12, [rbx+0]
    mov qword [rbx+0], r12
    mov dword [rbx+0], r12d
    mov byte [rbx+0], r12b
    add byte [rbx+0], r12b
    sub byte [rbx+0], r12b
    mov r13, qword [rbx+0]
    mov r13d, dword [rbx+0]
    mov r13b, byte [rbx+0]
    movzx r13d, byte [rbx+0]
    lea r13, [rbx+0]
    mov qword [rbx+0], r13
    mov dword [rbx+0], r13d
    mov byte [rbx+0], r13b
    add byte [rbx+0], r13b
    sub byte [rbx+0], r13b
    mov r14, qword [rbx+0]
    mov r14d, dword [rbx+0]
    mov r14b, byte [rbx+0]
    movzx r14d, byte [rbx+0]
    lea r14, [rbx+0]
    mov qword [rbx+0], r14
    mov dword [rbx+0], r14d
    mov byte [rbx+0], r14b
    add byte [rbx+0], r14b
    sub byte [rbx+0], r14b
    mov r15, qword [rbx+0]
    mov r15d, dword [rbx+0]
    mov r15b, byte [rbx+0]
    movzx r15d, byte [rbx+0]
    lea r15, [rbx+0]
    mov qword [rbx+0], r15
    mov dword [rbx+0], r15d
    mov byte [rbx+0], r15b
    add byte [rbx+0], r15b
    sub byte [rbx+0], r15b
    mov byte [rbx+0], 0
    mov byte [rbx+0], 1
    mov byte [rbx+0], -1
    mov byte [rbx+0], 127
    mov byte [rbx+0], -128
    mov byte [rbx+0], 255
    add byte [rbx+0], 0
    add byte [rbx+0], 1
    add byte [rbx+0], -1
    add byte [rbx+0], 127
    add byte [rbx+0], -128
    add byte [rbx+0], 255
    sub byte [rbx+0], 0
    sub byte [rbx+0], 1
    sub byte [rbx+0], -1
    sub byte [rbx+0], 127
    sub byte [rbx+0], -128
    sub byte [rbx+0], 255
    cmp byte [rbx+0], 0
    cmp byte [rbx+0], 1
    cmp byte [rbx+0], -1
    cmp byte [rbx+0], 127
    cmp byte [rbx+0], -128
    cmp byte [rbx+0], 255
    mov rax, qword [rbx+1]
    mov eax, dword [rbx+1]
    mov al, byte [rbx+1]
    movzx eax, byte [rbx+1]
    lea rax, [rbx+1]
    mov qword [rbx+1], rax
    mov dword [rbx+1], eax
    mov byte [rbx+1], al
    add byte [rbx+1], al
    sub byte [rbx+1], al
    mov rcx, qword [rbx+1]
    mov ecx, dword [rbx+1]
    mov cl, byte [rbx+1]
    movzx ecx, byte [rbx+1]
    lea rcx, [rbx+1]
    mov qword [rbx+1], rcx
    mov dword [rbx+1], ecx
    mov byte [rbx+1], cl
    add byte [rbx+1], cl
    sub byte [rbx+1], cl
    mov rdx, qword [rbx+1]
    mov edx, dword [rbx+1]
    mov dl, byte [rbx+1]
    movzx edx, byte [rbx+1]
    lea rdx, [rbx+1]
    mov qword [rbx+1], rdx
    mov dword [rbx+1], edx
    mov byte [rbx+1], dl
    add byte [rbx+1], dl
    sub byte [rbx+1], dl
    mov rbx, qword [rbx+1]
    mov ebx, dword [rbx+1]
    mov bl, byte [rbx+1]
    movzx ebx, byte [rbx+1]
    lea rbx, [rbx+1]
    mov qword [rbx+1], rbx
    mov dword [rbx+1], ebx
    mov byte [rbx+1], bl
    add byte [rbx+1], bl
    sub byte [rbx+1], bl
    mov rsp, qword [rbx+1]
    mov esp, dword [rbx+1]
    mov spl, byte [rbx+1]
    movzx esp, byte [rbx+1]
    lea rsp, [rbx+1]
    mov qword [rbx+1], rsp
    mov dword [rbx+1], esp
    mov byte [rbx+1], spl
    add byte [rbx+1], spl
    sub byte [rbx+1], spl
    mov rbp, qword [rbx+1]
    mov ebp, dword [rbx+1]
    mov bpl, byte [rbx+1]
    movzx ebp, byte [rbx+1]
    lea rbp, [rbx+1]
    mov qword [rbx+1], rbp
    mov dword [rbx+1], ebp
    mov byte [rbx+1], bpl
    add byte [rbx+1], bpl
    sub byte [rbx+1], bpl
    mov rsi, qword [rbx+1]
    mov esi, dword [rbx+1]
    mov sil, byte [rbx+1]
    movzx esi, byte [rbx+1]
    lea rsi, [rbx+1]
    mov qword [rbx+1], rsi
    mov dword [rbx+1], esi
    mov byte [rbx+1], sil
    add byte [rbx+1], sil
    sub byte [rbx+1], sil
    mov rdi, qword [rbx+1]
    mov edi, dword [rbx+1]
    mov dil, byte [rbx+1]
    movzx edi, byte [rbx+1]
    lea rdi, [rbx+1]
    mov qword [rbx+1], rdi
    mov dword [rbx+1], edi
    mov byte [rbx+1], dil
    add byte [rbx+1], dil
    sub byte [rbx+1], dil
    mov r8, qword [rbx+1]
    mov r8d, dword [rbx+1]
    mov r8b, byte [rbx+1]
    movzx r8d, byte [rbx+1]
    lea r8, [rbx+1]
    mov qword [rbx+1], r8
    mov dword [rbx+1], r8d
    mov byte [rbx+1], r8b
    add byte [rbx+1], r8b
    sub byte [rbx+1], r8b
    mov r9, qword [rbx+1]
    mov r9d, dword [rbx+1]
    mov r9b, byte [rbx+1]
    movzx r9d, byte [rbx+1]
    lea r9, [rbx+1]
    mov qword [rbx+1], r9
    mov dword [rbx+1], r9d
    mov byte [rbx+1], r9b
    add byte [rbx+1], r9b
    sub byte [rbx+1], r9b
    mov r10, qword [rbx+1]
    mov r10d, dword [rbx+1]
    mov r10b, byte [rbx+1]
    movzx r10d, byte [rbx+1]
    lea r10, [rbx+1]
    mov qword [rbx+1], r10
    mov dword [rbx+1], r10d
    mov byte [rbx+1], r10b
    add byte [rbx+1], r10b
    sub byte [rbx+1], r10b
    mov r11, qword [rbx+1]
    mov r11d, dword [rbx+1]
    mov r11b, byte [rbx+1]
    movzx r11d, byte [rbx+1]
    lea r11, [rbx+1]
    mov qword [rbx+1], r11
    mov dword [rbx+1], r11d
    mov byte [rbx+1], r11b
    add byte [rbx+1], r11b
    sub byte [rbx+1], r11b
    mov r12, qword [rbx+1]
    mov r12d, dword [rbx+1]
    mov r12b, byte [rbx+1]
    movzx r12d, byte [rbx+1]
    lea r12, [rbx+1]
    mov qword [rbx+1], r12
    mov dword [rbx+1], r12d
    mov byte [rbx+1], r12b
    add byte [rbx+1], r12b
    sub byte [rbx+1], r12b
    mov r13, qword [rbx+1]
    mov r13d, dword [rbx+1]
    mov r13b, byte [rbx+1]
    movzx r13d, byte [rbx+1]
    lea r13, [rbx+1]
    mov qword [rbx+1], r13
    mov dword [rbx+1], r13d
    mov byte [rbx+1], r13b
    add byte [rbx+1], r13b
    sub byte [rbx+1], r13b
    mov r14, qword [rbx+1]
    mov r14d, dword [rbx+1]
    mov r14b, byte [rbx+1]
    movzx r14d, byte [rbx+1]
    lea r14, [rbx+1]
    mov qword [rbx+1], r14
    mov dword [rbx+1], r14d
    mov byte [rbx+1], r14b
    add byte [rbx+1], r14b
    sub byte [rbx+1], r14b
    mov r15, qword [rbx+1]
    mov r15d, dword [rbx+1]
    mov r15b, byte [rbx+1]
    movzx r15d, byte [rbx+1]
    lea r15, [rbx+1]
    mov qword [rbx+1], r15
    mov dword [rbx+1], r15d
    mov byte [rbx+1], r15b
    add byte [rbx+1], r15b
    sub byte [rbx+1], r15b
    mov byte [rbx+1], 0
    mov byte [rbx+1], 1
    mov byte [rbx+1], -1
    mov byte [rbx+1], 127
    mov byte [rbx+1], -128
    mov byte [rbx+1], 255
    add byte [rbx+1], 0
    add byte [rbx+1], 1
    add byte [rbx+1], -1
    add byte [rbx+1], 127
    add byte [rbx+1], -128
    add byte [rbx+1], 255
    sub byte [rbx+1], 0
    sub byte [rbx+1], 1
    sub byte [rbx+1], -1
    sub byte [rbx+1], 127
    sub byte [rbx+1], -128
    sub byte [rbx+1], 255
    cmp byte [rbx+1], 0
    cmp byte [rbx+1], 1
    cmp byte [rbx+1], -1
    cmp byte [rbx+1], 127
    cmp byte [rbx+1], -128
    cmp byte [rbx+1], 255
    mov rax, qword [rbx-1]
    mov eax, dword [rbx-1]
    mov al, byte [rbx-1]
    movzx eax, byte [rbx-1]
    lea rax, [rbx-1]
    mov qword [rbx-1], rax
    mov dword [rbx-1], eax
    mov byte [rbx-1], al
    add byte [rbx-1], al
    sub byte [rbx-1], al
    mov rcx, qword [rbx-1]
    mov ecx, dword [rbx-1]
    mov cl, byte [rbx-1]
    movzx ecx, byte [rbx-1]
    lea rcx, [rbx-1]
    mov qword [rbx-1], rcx
    mov dword [rbx-1], ecx
    mov byte [rbx-1], cl
    add byte [rbx-1], cl
    sub byte [rbx-1], cl
    mov rdx, qword [rbx-1]
    mov edx, dword [rbx-1]
    mov dl, byte [rbx-1]
    movzx edx, byte [rbx-1]
    lea rdx, [rbx-1]
    mov qword [rbx-1], rdx
    mov dword [rbx-1], edx
    mov byte [rbx-1], dl
    add byte [rbx-1], dl
    sub byte [rbx-1], dl
    mov rbx, qword [rbx-1]
    mov ebx, dword [rbx-1]
    mov bl, byte [rbx-1]
    movzx ebx, byte [rbx-1]
    lea rbx, [rbx-1]
    mov qword [rbx-1], rbx
    mov dword [rbx-1], ebx
    mov byte [rbx-1], bl
    add byte [rbx-1], bl
    sub byte [rbx-1], bl
    mov rsp, qword [rbx-1]
    mov esp, dword [rbx-1]
    mov spl, byte [rbx-1]
    movzx esp, byte [rbx-1]
    lea rsp, [rbx-1]
    mov qword [rbx-1], rsp
    mov dword [rbx-1], esp
    mov byte [rbx-1], spl
    add byte [rbx-1], spl
    sub byte [rbx-1], spl
    mov rbp, qword [rbx-1]
    mov ebp, dword [rbx-1]
    mov bpl, byte [rbx-1]
    movzx ebp, byte [rbx-1]
    lea rbp, [rbx-1]
    mov qword [rbx-1], rbp
    mov dword [rbx-1], ebp
    mov byte [rbx-1], bpl
    add byte [rbx-1], bpl
    sub byte [rbx-1], bpl
    mov rsi, qword [rbx-1]
    mov esi, dword [rbx-1]
    mov sil, byte [rbx-1]
    movzx esi, byte [rbx-1]
    lea rsi, [rbx-1]
    mov qword [rbx-1], rsi
    mov dword [rbx-1], esi
    mov byte [rbx-1], sil
    add byte [rbx-1], sil
    sub byte [rbx-1], sil
    mov rdi, qword [rbx-1]
    mov edi, dword [rbx-1]
    mov dil, byte [rbx-1]
    movzx edi, byte [rbx-1]
    lea rdi, [rbx-1]
    mov qword [rbx-1], rdi
    mov dword [rbx-1], edi
    mov byte [rbx-1], dil
    add byte [rbx-1], dil
    sub byte [rbx-1], dil
    mov r8, qword [rbx-1]
    mov r8d, dword [rbx-1]
    mov r8b, byte [rbx-1]
    movzx r8d, byte [rbx-1]
    lea r8, [rbx-1]
    mov qword [rbx-1], r8
    mov dword [rbx-1], r8d
    mov byte [rbx-1], r8b
    add byte [rbx-1], r8b
    sub byte [rbx-1], r8b
    mov r9, qword [rbx-1]
    mov r9d, dword [rbx-1]
    mov r9b, byte [rbx-1]
    movzx r9d, byte [rbx-1]
    lea r9, [rbx-1]
    mov qword [rbx-1], r9
    mov dword [rbx-1], r9d
    mov byte [rbx-1], r9b
    add byte [rbx-1], r9b
    sub byte [rbx-1], r9b
    mov r10, qword [rbx-1]
    mov r10d, dword [rbx-1]
    mov r10b, byte [rbx-1]
    movzx r10d, byte [rbx-1]
    lea r10, [rbx-1]
    mov qword [rbx-1], r10
    mov dword [rbx-1], r10d
    mov byte [rbx-1], r10b
    add byte [rbx-1], r10b
    sub byte [rbx-1], r10b
    mov r11, qword [rbx-1]
    mov r11d, dword [rbx-1]
    mov r11b, byte [rbx-1]
    movzx r11d, byte [rbx-1]
    lea r11, [rbx-1]
    mov qword [rbx-1], r11
    mov dword [rbx-1], r11d
    mov byte [rbx-1], r11b
    add byte [rbx-1], r11b
    sub byte [rbx-1], r11b
    mov r12, qword [rbx-1]
    mov r12d, dword [rbx-1]
    mov r12b, byte [rbx-1]
    movzx r12d, byte [rbx-1]
    lea r12, [rbx-1]
    mov qword [rbx-1], r12
    mov dword [rbx-1], r12d
    mov byte [rbx-1], r12b
    add byte [rbx-1], r12b
    sub byte [rbx-1], r12b
    mov r13, qword [rbx-1]
    mov r13d, dword [rbx-1]
    mov r13b, byte [rbx-1]
    movzx r13d, byte [rbx-1]
    lea r13, [rbx-1]
    mov qword [rbx-1], r13
    mov dword [rbx-1], r13d
    mov byte [rbx-1], r13b
    add byte [rbx-1], r13b
    sub byte [rbx-1], r13b
    mov r14, qword [rbx-1]
    mov r14d, dword [rbx-1]
    mov r14b, byte [rbx-1]
    movzx r14d, byte [rbx-1]
    lea r14, [rbx-1]
    mov qword [rbx-1], r14
    mov dword [rbx-1], r14d
    mov byte [rbx-1], r14b
    add byte [rbx-1], r14b
    sub byte [rbx-1], r14b
    mov r15, qword [rbx-1]
    mov r15d, dword [rbx-1]
    mov r15b, byte [rbx-1]
    movzx r15d, byte [rbx-1]
    lea r15, [rbx-1]
    mov qword [rbx-1], r15
    mov dword [rbx-1], r15d
    mov byte [rbx-1], r15b
    add byte [rbx-1], r15b
    sub byte [rbx-1], r15b
    mov byte [rbx-1], 0
    mov byte [rbx-1], 1
    mov byte [rbx-1], -1
    mov byte [rbx-1], 127
    mov byte [rbx-1], -128
    mov byte [rbx-1], 255
    add byte [rbx-1], 0
    add byte [rbx-1], 1
    add byte [rbx-1], -1
    add byte [rbx-1], 127
    add byte [rbx-1], -128
    add byte [rbx-1], 255
    sub byte [rbx-1], 0
    sub byte [rbx-1], 1
    sub byte [rbx-1], -1
    sub byte [rbx-1], 127
    sub byte [rbx-1], -128
    sub byte [rbx-1], 255
    cmp byte [rbx-1], 0
    cmp byte [rbx-1], 1
    cmp byte [rbx-1], -1
    cmp byte [rbx-1], 127
    cmp byte [rbx-1], -128
    cmp byte [rbx-1], 255
    mov rax, qword [rbx+127]
    mov eax, dword [rbx+127]
    mov al, byte [rbx+127]
    movzx eax, byte [rbx+127]
    lea rax, [rbx+127]
    mov qword [rbx+127], rax
    mov dword [rbx+127], eax
    mov byte [rbx+127], al
    add byte [rbx+127], al
    sub byte [rbx+127], al
    mov rcx, qword [rbx+127]
    mov ecx, dword [rbx+127]
    mov cl, byte [rbx+127]
    movzx ecx, byte [rbx+127]
    lea rcx, [rbx+127]
    mov qword [rbx+127], rcx
    mov dword [rbx+127], ecx
    mov byte [rbx+127], cl
    add byte [rbx+127], cl
    sub byte [rbx+127], cl
    mov rdx, qword [rbx+127]
    mov edx, dword [rbx+127]
    mov dl, byte [rbx+127]
    movzx edx, byte [rbx+127]
    lea rdx, [rbx+127]
    mov qword [rbx+127], rdx
    mov dword [rbx+127], edx
    mov byte [rbx+127], dl
    add byte [rbx+127], dl
    sub byte [rbx+127], dl
    mov rbx, qword [rbx+127]
    mov ebx, dword [rbx+127]
    mov bl, byte [rbx+127]
    movzx ebx, byte [rbx+127]
    lea rbx, [rbx+127]
    mov qword [rbx+127], rbx
    mov dword [rbx+127], ebx
    mov byte [rbx+127], bl
    add byte [rbx+127], bl
    sub byte [rbx+127], bl
    mov rsp, qword [rbx+127]
    mov esp, dword [rbx+127]
    mov spl, byte [rbx+127]
    movzx esp, byte [rbx+127]
    lea rsp, [rbx+127]
    mov qword [rbx+127], rsp
    mov dword [rbx+127], esp
    mov byte [rbx+127], spl
    add byte [rbx+127], spl
    sub byte [rbx+127], spl
    mov rbp, qword [rbx+127]
    mov ebp, dword [rbx+127]
    mov bpl, byte [rbx+127]
    movzx ebp, byte [rbx+127]
    lea rbp, [rbx+127]
    mov qword [rbx+127], rbp
    mov dword [rbx+127], ebp
    mov byte [rbx+127], bpl
    add byte [rbx+127], bpl
    sub byte [rbx+127], bpl
    mov rsi, qword [rbx+127]
    mov esi, dword [rbx+127]
    mov sil, byte [rbx+127]
    movzx esi, byte [rbx+127]
    lea rsi, [rbx+127]
    mov qword [rbx+127], rsi
    mov dword [rbx+127], esi
    mov byte [rbx+127], sil
    add byte [rbx+127], sil
    sub byte [rbx+127], sil
    mov rdi, qword [rbx+127]
    mov edi, dword [rbx+127]
    mov dil, byte [rbx+127]
    movzx edi, byte [rbx+127]
    lea rdi, [rbx+127]
    mov qword [rbx+127], rdi
    mov dword [rbx+127], edi
    mov byte [rbx+127], dil
    add byte [rbx+127], dil
    sub byte [rbx+127], dil
    mov r8, qword [rbx+127]
    mov r8d, dword [rbx+127]
    mov r8b, byte [rbx+127]
    movzx r8d, byte [rbx+127]
    lea r8, [rbx+127]
    mov qword [rbx+127], r8
    mov dword [rbx+127], r8d
    mov byte [rbx+127], r8b
    add byte [rbx+127], r8b
    sub byte [rbx+127], r8b
    mov r9, qword [rbx+127]
    mov r9d, dword [rbx+127]
    mov r9b, byte [rbx+127]
    movzx r9d, byte [rbx+127]
    lea r9, [rbx+127]
    mov qword [rbx+127], r9
    mov dword [rbx+127], r9d
    mov byte [rbx+127], r9b
    add byte [rbx+127], r9b
    sub byte [rbx+127], r9b
    mov r10, qword [rbx+127]
    mov r10d, dword [rbx+127]
    mov r10b, byte [rbx+127]
    movzx r10d, byte [rbx+127]
    lea r10, [rbx+127]
    mov qword [rbx+127], r10
    mov dword [rbx+127], r10d
    mov byte [rbx+127], r10b
    add byte [rbx+127], r10b
    sub byte [rbx+127], r10b
    mov r11, qword [rbx+127]
    mov r11d, dword [rbx+127]
    mov r11b, byte [rbx+127]
    movzx r11d, byte [rbx+127]
    lea r11, [rbx+127]
    mov qword [rbx+127], r11
    mov dword [rbx+127], r11d
    mov byte [rbx+127], r11b
    add byte [rbx+127], r11b
    sub byte [rbx+127], r11b
    mov r12, qword [rbx+127]
    mov r12d, dword [rbx+127]
    mov r12b, byte [rbx+127]
    movzx r12d, byte [rbx+127]
    lea r12, [rbx+127]
    mov qword [rbx+127], r12
    mov dword [rbx+127], r12d
    mov byte [rbx+127], r12b
    add byte [rbx+127], r12b
    sub byte [rbx+127], r12b
    mov r13, qword [rbx+127]
    mov r13d, dword [rbx+127]
    mov r13b, byte [rbx+127]
    movzx r13d, byte [rbx+127]
    lea r13, [rbx+127]
    mov qword [rbx+127], r13
    mov dword [rbx+127], r13d
    mov byte [rbx+127], r13b
    add byte [rbx+127], r13b
    sub byte [rbx+127], r13b
    mov r14, qword [rbx+127]
    mov r14d, dword [rbx+127]
    mov r14b, byte [rbx+127]
    movzx r14d, byte [rbx+127]
    lea r14, [rbx+127]
    mov qword [rbx+127], r14
    mov dword [rbx+127], r14d
    mov byte [rbx+127], r14b
    add byte [rbx+127], r14b
    sub byte [rbx+127], r14b
    mov r15, qword [rbx+127]
    mov r15d, dword [rbx+127]
    mov r15b, byte [rbx+127]
    movzx r15d, byte [rbx+127]
    lea r15, [rbx+127]
    mov qword [rbx+127], r15
    mov dword [rbx+127], r15d
    mov byte [rbx+127], r15b
    add byte [rbx+127], r15b
    sub byte [rbx+127], r15b
    mov byte [rbx+127], 0
    mov byte [rbx+127], 1
    mov byte [rbx+127], -1
    mov byte [rbx+127], 127
    mov byte [rbx+127], -128
    mov byte [rbx+127], 255
    add byte [rbx+127], 0
    add byte [rbx+127], 1
    add byte [rbx+127], -1
    add byte [rbx+127], 127
    add byte [rbx+127], -128
    add byte [rbx+127], 255
    sub byte [rbx+127], 0
    sub byte [rbx+127], 1
    sub byte [rbx+127], -1
    sub byte [rbx+127], 127
    sub byte [rbx+127], -128
    sub byte [rbx+127], 255
    cmp byte [rbx+127], 0
    cmp byte [rbx+127], 1
    cmp byte [rbx+127], -1
    cmp byte [rbx+127], 127
    cmp byte [rbx+127], -128
    cmp byte [rbx+127], 255
    mov rax, qword [rbx-128]
    mov eax, dword [rbx-128]
    mov al, byte [rbx-128]
    movzx eax, byte [rbx-128]
    lea rax, [rbx-128]
    mov qword [rbx-128], rax
    mov dword [rbx-128], eax
    mov byte [rbx-128], al
    add byte [rbx-128], al
    sub byte [rbx-128], al
    mov rcx, qword [rbx-128]
    mov ecx, dword [rbx-128]
    mov cl, byte [rbx-128]
    movzx ecx, byte [rbx-128]
    lea rcx, [rbx-128]
    mov qword [rbx-128], rcx
    mov dword [rbx-128], ecx
    mov byte [rbx-128], cl
    add byte [rbx-128], cl
    sub byte [rbx-128], cl
    mov rdx, qword [rbx-128]
    mov edx, dword [rbx-128]
    mov dl, byte [rbx-128]
    movzx edx, byte [rbx-128]
    lea rdx, [rbx-128]
    mov qword [rbx-128], rdx
    mov dword [rbx-128], edx
    mov byte [rbx-128], dl
    add byte [rbx-128], dl
    sub byte [rbx-128], dl
    mov rbx, qword [rbx-128]
    mov ebx, dword [rbx-128]
    mov bl, byte [rbx-128]
    movzx ebx, byte [rbx-128]
    lea rbx, [rbx-128]
    mov qword [rbx-128], rbx
    mov dword [rbx-128], ebx
    mov byte [rbx-128], bl
    add byte [rbx-128], bl
    sub byte [rbx-128], bl
    mov rsp, qword [rbx-128]
    mov esp, dword [rbx-128]
    mov spl, byte [rbx-128]
    movzx esp, byte [rbx-128]
    lea rsp, [rbx-128]
    mov qword [rbx-128], rsp
    mov dword [rbx-128], esp
    mov byte [rbx-128], spl
    add byte [rbx-128], spl
    sub byte [rbx-128], spl
    mov rbp, qword [rbx-128]
    mov ebp, dword [rbx-128]
    mov bpl, byte [rbx-128]
    movzx ebp, byte [rbx-128]
    lea rbp, [rbx-128]
    mov qword [rbx-128], rbp
    mov dword [rbx-128], ebp
    mov byte [rbx-128], bpl
    add byte [rbx-128], bpl
    sub byte [rbx-128], bpl
    mov rsi, qword [rbx-128]
    mov esi, dword [rbx-128]
    mov sil, byte [rbx-128]
    movzx esi, byte [rbx-128]
    lea rsi, [rbx-128]
    mov qword [rbx-128], rsi
    mov dword [rbx-128], esi
    mov byte [rbx-128], sil
    add byte [rbx-128], sil
    sub byte [rbx-128], sil
    mov rdi, qword [rbx-128]
    mov edi, dword [rbx-128]
    mov dil, byte [rbx-128]
    movzx edi, byte [rbx-128]
    lea rdi, [rbx-128]
    mov qword [rbx-128], rdi
    mov dword [rbx-128], edi
    mov byte [rbx-128], dil
    add byte [rbx-128], dil
    sub byte [rbx-128], dil
    mov r8, qword [rbx-128]
    mov r8d, dword [rbx-128]
    mov r8b, byte [rbx-128]
    movzx r8d, byte [rbx-128]
    lea r8, [rbx-128]
    mov qword [rbx-128], r8
    mov dword [rbx-128], r8d
    mov byte [rbx-128], r8b
    add byte [rbx-128], r8b
    sub byte [rbx-128], r8b
    mov r9, qword [rbx-128]
    mov r9d, dword [rbx-128]
    mov r9b, byte [rbx-128]
    movzx r9d, byte [rbx-128]
    lea r9, [rbx-128]
    mov qword [rbx-128], r9
    mov dword [rbx-128], r9d
    mov byte [rbx-128], r9b
    add byte [rbx-128], r9b
    sub byte [rbx-128], r9b
    mov r10, qword [rbx-128]
    mov r10d, dword [rbx-128]
    mov r10b, byte [rbx-128]
    movzx r10d, byte [rbx-128]
    lea r10, [rbx-128]
    mov qword [rbx-128], r10
    mov dword [rbx-128], r10d
    mov byte [rbx-128], r10b
    add byte [rbx-128], r10b
    sub byte [rbx-128], r10b
    mov r11, qword [rbx-128]
    mov r11d, dword [rbx-128]
    mov r11b, byte [rbx-128]
    movzx r11d, byte [rbx-128]
    lea r11, [rbx-128]
    mov qword [rbx-128], r11
    mov dword [rbx-128], r11d
    mov byte [rbx-128], r11b
    add byte [rbx-128], r11b
    sub byte [rbx-128], r11b
    mov r12, qword [rbx-128]
    mov r12d, dword [rbx-128]
    mov r12b, byte [rbx-128]
    movzx r12d, byte [rbx-128]
    lea r12, [rbx-128]
    mov qword [rbx-128], r12
    mov dword [rbx-128], r12d
    mov byte [rbx-128], r12b
    add byte [rbx-128], r12b
    sub byte [rbx-128], r12b
    mov r13, qword [rbx-128]
    mov r13d, dword [rbx-128]
    mov r13b, byte [rbx-128]
    movzx r13d, byte [rbx-128]
    lea r13, [rbx-128]
    mov qword [rbx-128], r13
    mov dword [rbx-128], r13d
    mov byte [rbx-128], r13b
    add byte [rbx-128], r13b
    sub byte [rbx-128], r13b
    mov r14, qword [rbx-128]
    mov r14d, dword [rbx-128]
    mov r14b, byte [rbx-128]
    movzx r14d, byte [rbx-128]
    lea r14, [rbx-128]
    mov qword [rbx-128], r14
    mov dword [rbx-128], r14d
    mov byte [rbx-128], r14b
    add byte [rbx-128], r14b
    sub byte [rbx-128], r14b
    mov r15, qword [rbx-128]
    mov r15d, dword [rbx-128]
    mov r15b, byte [rbx-128]
    movzx r15d, byte [rbx-128]
    lea r15, [rbx-128]
    mov qword [rbx-128], r15
    mov dword [rbx-128], r15d
    mov byte [rbx-128], r15b
    add byte [rbx-128], r15b
    sub byte [rbx-128], r15b
    mov byte [rbx-128], 0
    mov byte [rbx-128], 1
    mov byte [rbx-128], -1
    mov byte [rbx-128], 127
    mov byte [rbx-128], -128
    mov byte [rbx-128], 255
    add byte [rbx-128], 0
    add byte [rbx-128], 1
    add byte [rbx-128], -1
    add byte [rbx-128], 127
    add byte [rbx-128], -128
    add byte [rbx-128], 255
    sub byte [rbx-128], 0
    sub byte [rbx-128], 1
    sub byte [rbx-128], -1
    sub byte [rbx-128], 127
    sub byte [rbx-128], -128
    sub byte [rbx-128], 255
    cmp byte [rbx-128], 0
    cmp byte [rbx-128], 1
    cmp byte [rbx-128], -1
    cmp byte [rbx-128], 127
    cmp byte [rbx-128], -128
    cmp byte [rbx-128], 255
    mov rax, qword [rbx+128]
    mov eax, dword [rbx+128]
    mov al, byte [rbx+128]
    movzx eax, byte [rbx+128]
    lea rax, [rbx+128]
    mov qword [rbx+128], rax
    mov dword [rbx+128], eax
    mov byte [rbx+128], al
    add byte [rbx+128], al
    sub byte [rbx+128], al
    mov rcx, qword [rbx+128]
    mov ecx, dword [rbx+128]
    mov cl, byte [rbx+128]
    movzx ecx, byte [rbx+128]
    lea rcx, [rbx+128]
    mov qword [rbx+128], rcx
    mov dword [rbx+128], ecx
    mov byte [rbx+128], cl
    add byte [rbx+128], cl
    sub byte [rbx+128], cl
    mov rdx, qword [rbx+128]
    mov edx, dword [rbx+128]
    mov dl, byte [rbx+128]
    movzx edx, byte [rbx+128]
    lea rdx, [rbx+128]
    mov qword [rbx+128], rdx
    mov dword [rbx+128], edx
    mov byte [rbx+128], dl
    add byte [rbx+128], dl
    sub byte [rbx+128], dl
    mov rbx, qword [rbx+128]
    mov ebx, dword [rbx+128]
    mov bl, byte [rbx+128]
    movzx ebx, byte [rbx+128]
    lea rbx, [rbx+128]
    mov qword [rbx+128], rbx
    mov dword [rbx+128], ebx
    mov byte [rbx+128], bl
    add byte [rbx+128], bl
    sub byte [rbx+128], bl
    mov rsp, qword [rbx+128]
    mov esp, dword [rbx+128]
    mov spl, byte [rbx+128]
    movzx esp, byte [rbx+128]
    lea rsp, [rbx+128]
    mov qword [rbx+128], rsp
    mov dword [rbx+128], esp
    mov byte [rbx+128], spl
    add byte [rbx+128], spl
    sub byte [rbx+128], spl
    mov rbp, qword [rbx+128]
    mov ebp, dword [rbx+128]
    mov bpl, byte [rbx+128]
    movzx ebp, byte [rbx+128]
    lea rbp, [rbx+128]
    mov qword [rbx+128], rbp
    mov dword [rbx+128], ebp
    mov byte [rbx+128], bpl
    add byte [rbx+128], bpl
    sub byte [rbx+128], bpl
    mov rsi, qword [rbx+128]
    mov esi, dword [rbx+128]
    mov sil, byte [rbx+128]
    movzx esi, byte [rbx+128]
    lea rsi, [rbx+128]
    mov qword [rbx+128], rsi
    mov dword [rbx+128], esi
    mov byte [rbx+128], sil
    add byte [rbx+128], sil
    sub byte [rbx+128], sil
    mov rdi, qword [rbx+128]
    mov edi, dword [rbx+128]
    mov dil, byte [rbx+128]
    movzx edi, byte [rbx+128]
    lea rdi, [rbx+128]
    mov qword [rbx+128], rdi
    mov dword [rbx+128], edi
    mov byte [rbx+128], dil
    add byte [rbx+128], dil
    sub byte [rbx+128], dil
    mov r8, qword [rbx+128]
    mov r8d, dword [rbx+128]
    mov r8b, byte [rbx+128]
    movzx r8d, byte [rbx+128]
    lea r8, [rbx+128]
    mov qword [rbx+128], r8
    mov dword [rbx+128], r8d
    mov byte [rbx+128], r8b
    add byte [rbx+128], r8b
    sub byte [rbx+128], r8b
    mov r9, qword [rbx+128]
    mov r9d, dword [rbx+128]
    mov r9b, byte [rbx+128]
    movzx r9d, byte [rbx+128]
    lea r9, [rbx+128]
    mov qword [rbx+128], r9
    mov dword [rbx+128], r9d
    mov byte [rbx+128], r9b
    add byte [rbx+128], r9b
    sub byte [rbx+128], r9b
    mov r10, qword [rbx+128]
    mov r10d, dword [rbx+128]
    mov r10b, byte [rbx+128]
    movzx r10d, byte [rbx+128]
    lea r10, [rbx+128]
    mov qword [rbx+128], r10
    mov dword [rbx+128], r10d
    mov byte [rbx+128], r10b
    add byte [rbx+128], r10b
    sub byte [rbx+128], r10b
    mov r11, qword [rbx+128]
    mov r11d, dword [rbx+128]
    mov r11b, byte [rbx+128]
    movzx r11d, byte [rbx+128]
    lea r11, [rbx+128]
    mov qword [rbx+128], r11
    mov dword [rbx+128], r11d
    mov byte [rbx+128], r11b
    add byte [rbx+128], r11b
    sub byte [rbx+128], r11b
    mov r12, qword [rbx+128]
    mov r12d, dword [rbx+128]
    mov r12b, byte [rbx+128]
    movzx r12d, byte [rbx+128]
    lea r12, [rbx+128]
    mov qword [rbx+128], r12
    mov dword [rbx+128], r12d
    mov byte [rbx+128], r12b
    add byte [rbx+128], r12b
    sub byte [rbx+128], r12b
    mov r13, qword [rbx+128]
    mov r13d, dword [rbx+128]
    mov r13b, byte [rbx+128]
    movzx r13d, byte [rbx+128]
    lea r13, [rbx+128]
    mov qword [rbx+128], r13
    mov dword [rbx+128], r13d
    mov byte [rbx+128], r13b
    add byte [rbx+128], r13b
    sub byte [rbx+128], r13b
    mov r14, qword [rbx+128]
    mov r14d, dword [rbx+128]
    mov r14b, byte [rbx+128]
    movzx r14d, byte [rbx+128]
    lea r14, [rbx+128]
    mov qword [rbx+128], r14
    mov dword [rbx+128], r14d
    mov byte [rbx+128], r14b
    add byte [rbx+128], r14b
    sub byte [rbx+128], r14b
    mov r15, qword [rbx+128]
    mov r15d, dword [rbx+128]
    mov r15b, byte [rbx+128]
    movzx r15d, byte [rbx+128]
    lea r15, [rbx+128]
    mov qword [rbx+128], r15
    mov dword [rbx+128], r15d
    mov byte [rbx+128], r15b
    add byte [rbx+128], r15b
    sub byte [rbx+128], r15b
    mov byte [rbx+128], 0
    mov byte [rbx+128], 1
    mov byte [rbx+128], -1
    mov byte [rbx+128], 127
    mov byte [rbx+128], -128
    mov byte [rbx+128], 255
    add byte [rbx+128], 0
    add byte [rbx+128], 1
    add byte [rbx+128], -1
    add byte [rbx+128], 127
    add byte [rbx+128], -128
    add byte [rbx+128], 255
    sub byte [rbx+128], 0
    sub byte [rbx+128], 1
    sub byte [rbx+128], -1
    sub byte [rbx+128], 127
    sub byte [rbx+128], -128
    sub byte [rbx+128], 255
    cmp byte [rbx+128], 0
    cmp byte [rbx+128], 1
    cmp byte [rbx+128], -1
    cmp byte [rbx+128], 127
    cmp byte [rbx+128], -128
    cmp byte [rbx+128], 255
    mov rax, qword [rbx-129]
    mov eax, dword [rbx-129]
    mov al, byte [rbx-129]
    movzx eax, byte [rbx-129]
    lea rax, [rbx-129]
    mov qword [rbx-129], rax
    mov dword [rbx-129], eax
    mov byte [rbx-129], al
    add byte [rbx-129], al
    sub byte [rbx-129], al
    mov rcx, qword [rbx-129]
    mov ecx, dword [rbx-129]
    mov cl, byte [rbx-129]
    movzx ecx, byte [rbx-129]
    lea rcx, [rbx-129]
    mov qword [rbx-129], rcx
    mov dword [rbx-129], ecx
    mov byte [rbx-129], cl
    add byte [rbx-129], cl
    sub byte [rbx-129], cl
    mov rdx, qword [rbx-129]
    mov edx, dword [rbx-129]
    mov dl, byte [rbx-129]
    movzx edx, byte [rbx-129]
    lea rdx, [rbx-129]
    mov qword [rbx-129], rdx
    mov dword [rbx-129], edx
    mov byte [rbx-129], dl
    add byte [rbx-129], dl
    sub byte [rbx-129], dl
    mov rbx, qword [rbx-129]
    mov ebx, dword [rbx-129]
    mov bl, byte [rbx-129]
    movzx ebx, byte [rbx-129]
    lea rbx, [rbx-129]
    mov qword [rbx-129], rbx
    mov dword [rbx-129], ebx
    mov byte [rbx-129], bl
    add byte [rbx-129], bl
    sub byte [rbx-129], bl
    mov rsp, qword [rbx-129]
    mov esp, dword [rbx-129]
    mov spl, byte [rbx-129]
    movzx esp, byte [rbx-129]
    lea rsp, [rbx-129]
    mov qword [rbx-129], rsp
    mov dword [rbx-129], esp
    mov byte [rbx-129], spl
    add byte [rbx-129], spl
    sub byte [rbx-129], spl
    mov rbp, qword [rbx-129]
    mov ebp, dword [rbx-129]
    mov bpl, byte [rbx-129]
    movzx ebp, byte [rbx-129]
    lea rbp, [rbx-129]
    mov qword [rbx-129], rbp
    mov dword [rbx-129], ebp
    mov byte [rbx-129], bpl
    add byte [rbx-129], bpl
    sub byte [rbx-129], bpl
    mov rsi, qword [rbx-129]
    mov esi, dword [rbx-129]
    mov sil, byte [rbx-129]
    movzx esi, byte [rbx-129]
    lea rsi, [rbx-129]
    mov qword [rbx-129], rsi
    mov dword [rbx-129], esi
    mov byte [rbx-129], sil
    add byte [rbx-129], sil
    sub byte [rbx-129], sil
    mov rdi, qword [rbx-129]
    mov edi, dword [rbx-129]
    mov dil, byte [rbx-129]
    movzx edi, byte [rbx-129]
    lea rdi, [rbx-129]
    mov qword [rbx-129], rdi
    mov dword [rbx-129], edi
    mov byte [rbx-129], dil
    add byte [rbx-129], dil
    sub byte [rbx-129], dil
    mov r8, qword [rbx-129]
    mov r8d, dword [rbx-129]
    mov r8b, byte [rbx-129]
    movzx r8d, byte [rbx-129]
    lea r8, [rbx-129]
    mov qword [rbx-129], r8
    mov dword [rbx-129], r8d
    mov byte [rbx-129], r8b
    add byte [rbx-129], r8b
    sub byte [rbx-129], r8b
    mov r9, qword [rbx-129]
    mov r9d, dword [rbx-129]
    mov r9b, byte [rbx-129]
    movzx r9d, byte [rbx-129]
    lea r9, [rbx-129]
    mov qword [rbx-129], r9
    mov dword [rbx-129], r9d
    mov byte [rbx-129], r9b
    add byte [rbx-129], r9b
    sub byte [rbx-129], r9b
    mov r10, qword [rbx-129]
    mov r10d, dword [rbx-129]
    mov r10b, byte [rbx-129]
    movzx r10d, byte [rbx-129]
    lea r10, [rbx-129]
    mov qword [rbx-129], r10
    mov dword [rbx-129], r10d
    mov byte [rbx-129], r10b
    add byte [rbx-129], r10b
    sub byte [rbx-129], r10b
    mov r11, qword [rbx-129]
    mov r11d, dword [rbx-129]
    mov r11b, byte [rbx-129]
    movzx r11d, byte [rbx-129]
    lea r11, [rbx-129]
    mov qword [rbx-129], r11
    mov dword [rbx-129], r11d
    mov byte [rbx-129], r11b
    add byte [rbx-129], r11b
    sub byte [rbx-129], r11b
    mov r12, qword [rbx-129]
    mov r12d, dword [rbx-129]
    mov r12b, byte [rbx-129]
    movzx r12d, byte [rbx-129]
    lea r12, [rbx-129]
    mov qword [rbx-129], r12
    mov dword [rbx-129], r12d
    mov byte [rbx-129], r12b
    add byte [rbx-129], r12b
    sub byte [rbx-129], r12b
    mov r13, qword [rbx-129]
    mov r13d, dword [rbx-129]
    mov r13b, byte [rbx-129]
    movzx r13d, byte [rbx-129]
    lea r13, [rbx-129]
    mov qword [rbx-129], r13
    mov dword [rbx-129], r13d
    mov byte [rbx-129], r13b
    add byte [rbx-129], r13b
    sub byte [rbx-129], r13b
    mov r14, qword [rbx-129]
    mov r14d, dword [rbx-129]
    mov r14b, byte [rbx-129]
    movzx r14d, byte [rbx-129]
    lea r14, [rbx-129]
    mov qword [rbx-129], r14
    mov dword [rbx-129], r14d
    mov byte [rbx-129], r14b
    add byte [rbx-129], r14b
    sub byte [rbx-129], r14b
    mov r15, qword [rbx-129]
    mov r15d, dword [rbx-129]
    mov r15b, byte [rbx-129]
    movzx r15d, byte [rbx-129]
    lea r15, [rbx-129]
    mov qword [rbx-129], r15
    mov dword [rbx-129], r15d
    mov byte [rbx-129], r15b
    add byte [rbx-129], r15b
    sub byte [rbx-129], r15b
    mov byte [rbx-129], 0
    mov byte [rbx-129], 1
    mov byte [rbx-129], -1
    mov byte [rbx-129], 127
    mov byte [rbx-129], -128
    mov byte [rbx-129], 255
    add byte [rbx-129], 0
    add byte [rbx-129], 1
    add byte [rbx-129], -1
    add byte [rbx-129], 127
    add byte [rbx-129], -128
    add byte [rbx-129], 255
    sub byte [rbx-129], 0
    sub byte [rbx-129], 1
    sub byte [rbx-129], -1
    sub byte [rbx-129], 127
    sub byte [rbx-129], -128
    sub byte [rbx-129], 255
    cmp byte [rbx-129], 0
    cmp byte [rbx-129], 1
    cmp byte [rbx-129], -1
    cmp byte [rbx-129], 127
    cmp byte [rbx-129], -128
    cmp byte [rbx-129], 255
    mov rax, qword [rbx+2147483647]
    mov eax, dword [rbx+2147483647]
    mov al, byte [rbx+2147483647]
    movzx eax, byte [rbx+2147483647]
    lea rax, [rbx+2147483647]
    mov qword [rbx+2147483647], rax
    mov dword [rbx+2147483647], eax
    mov byte [rbx+2147483647], al
    add byte [rbx+2147483647], al
    sub byte [rbx+2147483647], al
    mov rcx, qword [rbx+2147483647]
    mov ecx, dword [rbx+2147483647]
    mov cl, byte [rbx+2147483647]
    movzx ecx, byte [rbx+2147483647]
    lea rcx, [rbx+2147483647]
    mov qword [rbx+2147483647], rcx
    mov dword [rbx+2147483647], ecx
    mov byte [rbx+2147483647], cl
    add byte [rbx+2147483647], cl
    sub byte [rbx+2147483647], cl
    mov rdx, qword [rbx+2147483647]
    mov edx, dword [rbx+2147483647]
    mov dl, byte [rbx+2147483647]
    movzx edx, byte [rbx+2147483647]
    lea rdx, [rbx+2147483647]
    mov qword [rbx+2147483647], rdx
    mov dword [rbx+2147483647], edx
    mov byte [rbx+2147483647], dl
    add byte [rbx+2147483647], dl
    sub byte [rbx+2147483647], dl
    mov rbx, qword [rbx+2147483647]
    mov ebx, dword [rbx+2147483647]
    mov bl, byte [rbx+2147483647]
    movzx ebx, byte [rbx+2147483647]
    lea rbx, [rbx+2147483647]
    mov qword [rbx+2147483647], rbx
    mov dword [rbx+2147483647], ebx
    mov byte [rbx+2147483647], bl
    add byte [rbx+2147483647], bl
    sub byte [rbx+2147483647], bl
    mov rsp, qword [rbx+2147483647]
    mov esp, dword [rbx+2147483647]
    mov spl, byte [rbx+2147483647]
    movzx esp, byte [rbx+2147483647]
    lea rsp, [rbx+2147483647]
    mov qword [rbx+2147483647], rsp
    mov dword [rbx+2147483647], esp
    mov byte [rbx+2147483647], spl
    add byte [rbx+2147483647], spl
    sub byte [rbx+2147483647], spl
    mov rbp, qword [rbx+2147483647]
    mov ebp, dword [rbx+2147483647]
    mov bpl, byte [rbx+2147483647]
    movzx ebp, byte [rbx+2147483647]
    lea rbp, [rbx+2147483647]
    mov qword [rbx+2147483647], rbp
    mov dword [rbx+2147483647], ebp
    mov byte [rbx+2147483647], bpl
    add byte [rbx+2147483647], bpl
    sub byte [rbx+2147483647], bpl
    mov rsi, qword [rbx+2147483647]
    mov esi, dword [rbx+2147483647]
    mov sil, byte [rbx+2147483647]
    movzx esi, byte [rbx+2147483647]
    lea rsi, [rbx+2147483647]
    mov qword [rbx+2147483647], rsi
    mov dword [rbx+2147483647], esi
    mov byte [rbx+2147483647], sil
    add byte [rbx+2147483647], sil
    sub byte [rbx+2147483647], sil
    mov rdi, qword [rbx+2147483647]
    mov edi, dword [rbx+2147483647]
    mov dil, byte [rbx+2147483647]
    movzx edi, byte [rbx+2147483647]
    lea rdi, [rbx+2147483647]
    mov qword [rbx+2147483647], rdi
    mov dword [rbx+2147483647], edi
    mov byte [rbx+2147483647], dil
    add byte [rbx+2147483647], dil
    sub byte [rbx+2147483647], dil
    mov r8, qword [rbx+2147483647]
    mov r8d, dword [rbx+2147483647]
    mov r8b, byte [rbx+2147483647]
    movzx r8d, byte [rbx+2147483647]
    lea r8, [rbx+2147483647]
    mov qword [rbx+2147483647], r8
    mov dword [rbx+2147483647], r8d
    mov byte [rbx+2147483647], r8b
    add byte [rbx+2147483647], r8b
    sub byte [rbx+2147483647], r8b
    mov r9, qword [rbx+2147483647]
    mov r9d, dword [rbx+2147483647]
    mov r9b, byte [rbx+2147483647]
    movzx r9d, byte [rbx+2147483647]
    lea r9, [rbx+2147483647]
    mov qword [rbx+2147483647], r9
    mov dword [rbx+2147483647], r9d
    mov byte [rbx+2147483647], r9b
    add byte [rbx+2147483647], r9b
    sub byte [rbx+2147483647], r9b
    mov r10, qword [rbx+2147483647]
    mov r10d, dword [rbx+2147483647]
    mov r10b, byte [rbx+2147483647]
    movzx r10d, byte [rbx+2147483647]
    lea r10, [rbx+2147483647]
    mov qword [rbx+2147483647], r10
    mov dword [rbx+2147483647], r10d
    mov byte [rbx+2147483647], r10b
    add byte [rbx+2147483647], r10b
    sub byte [rbx+2147483647], r10b
    mov r11, qword [rbx+2147483647]
    mov r11d, dword [rbx+2147483647]
    mov r11b, byte [rbx+2147483647]
    movzx r11d, byte [rbx+2147483647]
    lea r11, [rbx+2147483647]
    mov qword [rbx+2147483647], r11
    mov dword [rbx+2147483647], r11d
    mov byte [rbx+2147483647], r11b
    add byte [rbx+2147483647], r11b
    sub byte [rbx+2147483647], r11b
    mov r12, qword [rbx+2147483647]
    mov r12d, dword [rbx+2147483647]
    mov r12b, byte [rbx+2147483647]
    movzx r12d, byte [rbx+2147483647]
    lea r12, [rbx+2147483647]
    mov qword [rbx+2147483647], r12
    mov dword [rbx+2147483647], r12d
    mov byte [rbx+2147483647], r12b
    add byte [rbx+2147483647], r12b
    sub byte [rbx+2147483647], r12b
    mov r13, qword [rbx+2147483647]
    mov r13d, dword [rbx+2147483647]
    mov r13b, byte [rbx+2147483647]
    movzx r13d, byte [rbx+2147483647]
    lea r13, [rbx+2147483647]
    mov qword [rbx+2147483647], r13
    mov dword [rbx+2147483647], r13d
    mov byte [rbx+2147483647], r13b
    add byte [rbx+2147483647], r13b
    sub byte [rbx+2147483647], r13b
    mov r14, qword [rbx+2147483647]
    mov r14d, dword [rbx+2147483647]
    mov r14b, byte [rbx+2147483647]
    movzx r14d, byte [rbx+2147483647]
    lea r14, [rbx+2147483647]
    mov qword [rbx+2147483647], r14
    mov dword [rbx+2147483647], r14d
    mov byte [rbx+2147483647], r14b
    add byte [rbx+2147483647], r14b
    sub byte [rbx+2147483647], r14b
    mov r15, qword [rbx+2147483647]
    mov r15d, dword [rbx+2147483647]
    mov r15b, byte [rbx+2147483647]
    movzx r15d, byte [rbx+2147483647]
    lea r15, [rbx+2147483647]
    mov qword [rbx+2147483647], r15
    mov dword [rbx+2147483647], r15d
    mov byte [rbx+2147483647], r15b
    add byte [rbx+2147483647], r15b
    sub byte [rbx+2147483647], r15b
    mov byte [rbx+2147483647], 0
    mov byte [rbx+2147483647], 1
    mov byte [rbx+2147483647], -1
    mov byte [rbx+2147483647], 127
    mov byte [rbx+2147483647], -128
    mov byte [rbx+2147483647], 255
    add byte [rbx+2147483647], 0
    add byte [rbx+2147483647], 1
    add byte [rbx+2147483647], -1
    add byte [rbx+2147483647], 127
    add byte [rbx+2147483647], -128
    add byte [rbx+2147483647], 255
    sub byte [rbx+2147483647], 0
    sub byte [rbx+2147483647], 1
    sub byte [rbx+2147483647], -1
    sub byte [rbx+2147483647], 127
    sub byte [rbx+2147483647], -128
    sub byte [rbx+2147483647], 255
    cmp byte [rbx+2147483647], 0
    cmp byte [rbx+2147483647], 1
    cmp byte [rbx+2147483647], -1
    cmp byte [rbx+2147483647], 127
    cmp byte [rbx+2147483647], -128
    cmp byte [rbx+2147483647], 255
    mov rax, qword [rbx-2147483648]
    mov eax, dword [rbx-2147483648]
    mov al, byte [rbx-2147483648]
    movzx eax, byte [rbx-2147483648]
    lea rax, [rbx-2147483648]
    mov qword [rbx-2147483648], rax
    mov dword [rbx-2147483648], eax
    mov byte [rbx-2147483648], al
    add byte [rbx-2147483648], al
    sub byte [rbx-2147483648], al
    mov rcx, qword [rbx-2147483648]
    mov ecx, dword [rbx-2147483648]
    mov cl, byte [rbx-2147483648]
    movzx ecx, byte [rbx-2147483648]
    lea rcx, [rbx-2147483648]
    mov qword [rbx-2147483648], rcx
    mov dword [rbx-2147483648], ecx
    mov byte [rbx-2147483648], cl
    add byte [rbx-2147483648], cl
    sub byte [rbx-2147483648], cl
    mov rdx, qword [rbx-2147483648]
    mov edx, dword [rbx-2147483648]
    mov dl, byte [rbx-2147483648]
    movzx edx, byte [rbx-2147483648]
    lea rdx, [rbx-2147483648]
    mov qword [rbx-2147483648], rdx
    mov dword [rbx-2147483648], edx
    mov byte [rbx-2147483648], dl
    add byte [rbx-2147483648], dl
    sub byte [rbx-2147483648], dl
    mov rbx, qword [rbx-2147483648]
    mov ebx, dword [rbx-2147483648]
    mov bl, byte [rbx-2147483648]
    movzx ebx, byte [rbx-2147483648]
    lea rbx, [rbx-2147483648]
    mov qword [rbx-2147483648], rbx
    mov dword [rbx-2147483648], ebx
    mov byte [rbx-2147483648], bl
    add byte [rbx-2147483648], bl
    sub byte [rbx-2147483648], bl
    mov rsp, qword [rbx-2147483648]
    mov esp, dword [rbx-2147483648]
    mov spl, byte [rbx-2147483648]
    movzx esp, byte [rbx-2147483648]
    lea rsp, [rbx-2147483648]
    mov qword [rbx-2147483648], rsp
    mov dword [rbx-2147483648], esp
    mov byte [rbx-2147483648], spl
    add byte [rbx-2147483648], spl
    sub byte [rbx-2147483648], spl
    mov rbp, qword [rbx-2147483648]
    mov ebp, dword [rbx-2147483648]
    mov bpl, byte [rbx-2147483648]
    movzx ebp, byte [rbx-2147483648]
    lea rbp, [rbx-2147483648]
    mov qword [rbx-2147483648], rbp
    mov dword [rbx-2147483648], ebp
    mov byte [rbx-2147483648], bpl
    add byte [rbx-2147483648], bpl
    sub byte [rbx-2147483648], bpl
    mov rsi, qword [rbx-2147483648]
    mov esi, dword [rbx-2147483648]
    mov sil, byte [rbx-2147483648]
    movzx esi, byte [rbx-2147483648]
    lea rsi, [rbx-2147483648]
    mov qword [rbx-2147483648], rsi
    mov dword [rbx-2147483648], esi
    mov byte [rbx-2147483648], sil
    add byte [rbx-2147483648], sil
    sub byte [rbx-2147483648], sil
    mov rdi, qword [rbx-2147483648]
    mov edi, dword [rbx-2147483648]
    mov dil, byte [rbx-2147483648]
    movzx edi, byte [rbx-2147483648]
    lea rdi, [rbx-2147483648]
    mov qword [rbx-2147483648], rdi
    mov dword [rbx-2147483648], edi
    mov byte [rbx-2147483648], dil
    add byte [rbx-2147483648], dil
    sub byte [rbx-2147483648], dil
    mov r8, qword [rbx-2147483648]
    mov r8d, dword [rbx-2147483648]
    mov r8b, byte [rbx-2147483648]
    movzx r8d, byte [rbx-2147483648]
    lea r8, [rbx-2147483648]
    mov qword [rbx-2147483648], r8
    mov dword [rbx-2147483648], r8d
    mov byte [rbx-2147483648], r8b
    add byte [rbx-2147483648], r8b
    sub byte [rbx-2147483648], r8b
    mov r9, qword [rbx-2147483648]
    mov r9d, dword [rbx-2147483648]
    mov r9b, byte [rbx-2147483648]
    movzx r9d, byte [rbx-2147483648]
    lea r9, [rbx-2147483648]
    mov qword [rbx-2147483648], r9
    mov dword [rbx-2147483648], r9d
    mov byte [rbx-2147483648], r9b
    add byte [rbx-2147483648], r9b
    sub byte [rbx-2147483648], r9b
    mov r10, qword [rbx-2147483648]
    mov r10d, dword [rbx-2147483648]
    mov r10b, byte [rbx-2147483648]
    movzx r10d, byte [rbx-2147483648]
    lea r10, [rbx-2147483648]
    mov qword [rbx-2147483648], r10
    mov dword [rbx-2147483648], r10d
    mov byte [rbx-2147483648], r10b
    add byte [rbx-2147483648], r10b
    sub byte [rbx-2147483648], r10b
    mov r11, qword [rbx-2147483648]
    mov r11d, dword [rbx-2147483648]
    mov r11b, byte [rbx-2147483648]
    movzx r11d, byte [rbx-2147483648]
    lea r11, [rbx-2147483648]
    mov qword [rbx-2147483648], r11
    mov dword [rbx-2147483648], r11d
    mov byte [rbx-2147483648], r11b
    add byte [rbx-2147483648], r11b
    sub byte [rbx-2147483648], r11b
    mov r12, qword [rbx-2147483648]
    mov r12d, dword [rbx-2147483648]
    mov r12b, byte [rbx-2147483648]
    movzx r12d, byte [rbx-2147483648]
    lea r12, [rbx-2147483648]
    mov qword [rbx-2147483648], r12
    mov dword [rbx-2147483648], r12d
    mov byte [rbx-2147483648], r12b
    add byte [rbx-2147483648], r12b
    sub byte [rbx-2147483648], r12b
    mov r13, qword [rbx-2147483648]
    mov r13d, dword [rbx-2147483648]
    mov r13b, byte [rbx-2147483648]
    movzx r13d, byte [rbx-2147483648]
    lea r13, [rbx-2147483648]
    mov qword [rbx-2147483648], r13
    mov dword [rbx-2147483648], r13d
    mov byte [rbx-2147483648], r13b
    add byte [rbx-2147483648], r13b
    sub byte [rbx-2147483648], r13b
    mov r14, qword [rbx-2147483648]
    mov r14d, dword [rbx-2147483648]
    mov r14b, byte [rbx-2147483648]
    movzx r14d, byte [rbx-2147483648]
    lea r14, [rbx-2147483648]
    mov qword [rbx-2147483648], r14
    mov dword [rbx-2147483648], r14d
    mov byte [rbx-2147483648], r14b
    add byte [rbx-2147483648], r14b
    sub byte [rbx-2147483648], r14b
    mov r15, qword [rbx-2147483648]
    mov r15d, dword [rbx-2147483648]
    mov r15b, byte [rbx-2147483648]
    movzx r15d, byte [rbx-2147483648]
    lea r15, [rbx-2147483648]
    mov qword [rbx-2147483648], r15
    mov dword [rbx-2147483648], r15d
    mov byte [rbx-2147483648], r15b
    add byte [rbx-2147483648], r15b
    sub byte [rbx-2147483648], r15b
    mov byte [rbx-2147483648], 0
    mov byte [rbx-2147483648], 1
    mov byte [rbx-2147483648], -1
    mov byte [rbx-2147483648], 127
    mov byte [rbx-2147483648], -128
    mov byte [rbx-2147483648], 255
    add byte [rbx-2147483648], 0
    add byte [rbx-2147483648], 1
    add byte [rbx-2147483648], -1
    add byte [rbx-2147483648], 127
    add byte [rbx-2147483648], -128
    add byte [rbx-2147483648], 255
    sub byte [rbx-2147483648], 0
    sub byte [rbx-2147483648], 1
    sub byte [rbx-2147483648], -1
    sub byte [rbx-2147483648], 127
    sub byte [rbx-2147483648], -128
    sub byte [rbx-2147483648], 255
    cmp byte [rbx-2147483648], 0
    cmp byte [rbx-2147483648], 1
    cmp byte [rbx-2147483648], -1
    cmp byte [rbx-2147483648], 127
    cmp byte [rbx-2147483648], -128
    cmp byte [rbx-2147483648], 255
    mov rax, qword [rsp+0]
    mov eax, dword [rsp+0]
    mov al, byte [rsp+0]
    movzx eax, byte [rsp+0]
    lea rax, [rsp+0]
    mov qword [rsp+0], rax
    mov dword [rsp+0], eax
    mov byte [rsp+0], al
    add byte [rsp+0], al
    sub byte [rsp+0], al
    mov rcx, qword [rsp+0]
    mov ecx, dword [rsp+0]
    mov cl, byte [rsp+0]
    movzx ecx, byte [rsp+0]
    lea rcx, [rsp+0]
    mov qword [rsp+0], rcx
    mov dword [rsp+0], ecx
    mov byte [rsp+0], cl
    add byte [rsp+0], cl
    sub byte [rsp+0], cl
    mov rdx, qword [rsp+0]
    mov edx, dword [rsp+0]
    mov dl, byte [rsp+0]
    movzx edx, byte [rsp+0]
    lea rdx, [rsp+0]
    mov qword [rsp+0], rdx
    mov dword [rsp+0], edx
    mov byte [rsp+0], dl
    add byte [rsp+0], dl
    sub byte [rsp+0], dl
    mov rbx, qword [rsp+0]
    mov ebx, dword [rsp+0]
    mov bl, byte [rsp+0]
    movzx ebx, byte [rsp+0]
    lea rbx, [rsp+0]
    mov qword [rsp+0], rbx
    mov dword [rsp+0], ebx
    mov byte [rsp+0], bl
    add byte [rsp+0], bl
    sub byte [rsp+0], bl
    mov rsp, qword [rsp+0]
    mov esp, dword [rsp+0]
    mov spl, byte [rsp+0]
    movzx esp, byte [rsp+0]
    lea rsp, [rsp+0]
    mov qword [rsp+0], rsp
    mov dword [rsp+0], esp
    mov byte [rsp+0], spl
    add byte [rsp+0], spl
    sub byte [rsp+0], spl
    mov rbp, qword [rsp+0]
    mov ebp, dword [rsp+0]
    mov bpl, byte [rsp+0]
    movzx ebp, byte [rsp+0]
    lea rbp, [rsp+0]
    mov qword [rsp+0], rbp
    mov dword [rsp+0], ebp
    mov byte [rsp+0], bpl
    add byte [rsp+0], bpl
    sub byte [rsp+0], bpl
    mov rsi, qword [rsp+0]
    mov esi, dword [rsp+0]
    mov sil, byte [rsp+0]
    movzx esi, byte [rsp+0]
    lea rsi, [rsp+0]
    mov qword [rsp+0], rsi
    mov dword [rsp+0], esi
    mov byte [rsp+0], sil
    add byte [rsp+0], sil
    sub byte [rsp+0], sil
    mov rdi, qword [rsp+0]
    mov edi, dword [rsp+0]
    mov dil, byte [rsp+0]
    movzx edi, byte [rsp+0]
    lea rdi, [rsp+0]
    mov qword [rsp+0], rdi
    mov dword [rsp+0], edi
    mov byte [rsp+0], dil
    add byte [rsp+0], dil
    sub byte [rsp+0], dil
    mov r8, qword [rsp+0]
    mov r8d, dword [rsp+0]
    mov r8b, byte [rsp+0]
    movzx r8d, byte [rsp+0]
    lea r8, [rsp+0]
    mov qword [rsp+0], r8
    mov dword [rsp+0], r8d
    mov byte [rsp+0], r8b
    add byte [rsp+0], r8b
    sub byte [rsp+0], r8b
    mov r9, qword [rsp+0]
    mov r9d, dword [rsp+0]
    mov r9b, byte [rsp+0]
    movzx r9d, byte [rsp+0]
    lea r9, [rsp+0]
    mov qword [rsp+0], r9
    mov dword [rsp+0], r9d
    mov byte [rsp+0], r9b
    add byte [rsp+0], r9b
    sub byte [rsp+0], r9b
    mov r10, qword [rsp+0]
    mov r10d, dword [rsp+0]
    mov r10b, byte [rsp+0]
    movzx r10d, byte [rsp+0]
    lea r10, [rsp+0]
    mov qword [rsp+0], r10
    mov dword [rsp+0], r10d
    mov byte [rsp+0], r10b
    add byte [rsp+0], r10b
    sub byte [rsp+0], r10b
    mov r11, qword [rsp+0]
    mov r11d, dword [rsp+0]
    mov r11b, byte [rsp+0]
    movzx r11d, byte [rsp+0]
    lea r11, [rsp+0]
    mov qword [rsp+0], r11
    mov dword [rsp+0], r11d
    mov byte [rsp+0], r11b
    add byte [rsp+0], r11b
    sub byte [rsp+0], r11b
    mov r12, qword [rsp+0]
    mov r12d, dword [rsp+0]
    mov r12b, byte [rsp+0]
    movzx r12d, byte [rsp+0]
    lea r12, [rsp+0]
    mov qword [rsp+0], r12
    mov dword [rsp+0], r12d
    mov byte [rsp+0], r12b
    add byte [rsp+0], r12b
    sub byte [rsp+0], r12b
    mov r13, qword [rsp+0]
    mov r13d, dword [rsp+0]
    mov r13b, byte [rsp+0]
    movzx r13d, byte [rsp+0]
    lea r13, [rsp+0]
    mov qword [rsp+0], r13
    mov dword [rsp+0], r13d
    mov byte [rsp+0], r13b
    add byte [rsp+0], r13b
    sub byte [rsp+0], r13b
    mov r14, qword [rsp+0]
    mov r14d, dword [rsp+0]
    mov r14b, byte [rsp+0]
    movzx r14d, byte [rsp+0]
    lea r14, [rsp+0]
    mov qword [rsp+0], r14
    mov dword [rsp+0], r14d
    mov byte [rsp+0], r14b
    add byte [rsp+0], r14b
    sub byte [rsp+0], r14b
    mov r15, qword [rsp+0]
    mov r15d, dword [rsp+0]
    mov r15b, byte [rsp+0]
    movzx r15d, byte [rsp+0]
    lea r15, [rsp+0]
    mov qword [rsp+0], r15
    mov dword [rsp+0], r15d
    mov byte [rsp+0], r15b
    add byte [rsp+0], r15b
    sub byte [rsp+0], r15b
    mov byte [rsp+0], 0
    mov byte [rsp+0], 1
    mov byte [rsp+0], -1
    mov byte [rsp+0], 127
    mov byte [rsp+0], -128
    mov byte [rsp+0], 255
    add byte [rsp+0], 0
    add byte [rsp+0], 1
    add byte [rsp+0], -1
    add byte [rsp+0], 127
    add byte [rsp+0], -128
    add byte [rsp+0], 255
    sub byte [rsp+0], 0
    sub byte [rsp+0], 1
    sub byte [rsp+0], -1
    sub byte [rsp+0], 127
    sub byte [rsp+0], -128
    sub byte [rsp+0], 255
    cmp byte [rsp+0], 0
    cmp byte [rsp+0], 1
    cmp byte [rsp+0], -1
    cmp byte [rsp+0], 127
    cmp byte [rsp+0], -128
    cmp byte [rsp+0], 255
    mov rax, qword [rsp+1]
    mov eax, dword [rsp+1]
    mov al, byte [rsp+1]
    movzx eax, byte [rsp+1]
    lea rax, [rsp+1]
    mov qword [rsp+1], rax
    mov dword [rsp+1], eax
    mov byte [rsp+1], al
    add byte [rsp+1], al
    sub byte [rsp+1], al
    mov rcx, qword [rsp+1]
    mov ecx, dword [rsp+1]
    mov cl, byte [rsp+1]
    movzx ecx, byte [rsp+1]
    lea rcx, [rsp+1]
    mov qword [rsp+1], rcx
    mov dword [rsp+1], ecx
    mov byte [rsp+1], cl
    add byte [rsp+1], cl
    sub byte [rsp+1], cl
    mov rdx, qword [rsp+1]
    mov edx, dword [rsp+1]
    mov dl, byte [rsp+1]
    movzx edx, byte [rsp+1]
    lea rdx, [rsp+1]
    mov qword [rsp+1], rdx
    mov dword [rsp+1], edx
    mov byte [rsp+1], dl
    add byte [rsp+1], dl
    sub byte [rsp+1], dl
    mov rbx, qword [rsp+1]
    mov ebx, dword [rsp+1]
    mov bl, byte [rsp+1]
    movzx ebx, byte [rsp+1]
    lea rbx, [rsp+1]
    mov qword [rsp+1], rbx
    mov dword [rsp+1], ebx
    mov byte [rsp+1], bl
    add byte [rsp+1], bl
    sub byte [rsp+1], bl
    mov rsp, qword [rsp+1]
    mov esp, dword [rsp+1]
    mov spl, byte [rsp+1]
    movzx esp, byte [rsp+1]
    lea rsp, [rsp+1]
    mov qword [rsp+1], rsp
    mov dword [rsp+1], esp
    mov byte [rsp+1], spl
    add byte [rsp+1], spl
    sub byte [rsp+1], spl
    mov rbp, qword [rsp+1]
    mov ebp, dword [rsp+1]
    mov bpl, byte [rsp+1]
    movzx ebp, byte [rsp+1]
    lea rbp, [rsp+1]
    mov qword [rsp+1], rbp
    mov dword [rsp+1], ebp
    mov byte [rsp+1], bpl
    add byte [rsp+1], bpl
    sub byte [rsp+1], bpl
    mov rsi, qword [rsp+1]
    mov esi, dword [rsp+1]
    mov sil, byte [rsp+1]
    movzx esi, byte [rsp+1]
    lea rsi, [rsp+1]
    mov qword [rsp+1], rsi
    mov dword [rsp+1], esi
    mov byte [rsp+1], sil
    add byte [rsp+1], sil
    sub byte [rsp+1], sil
    mov rdi, qword [rsp+1]
    mov edi, dword [rsp+1]
    mov dil, byte [rsp+1]
    movzx edi, byte [rsp+1]
    lea rdi, [rsp+1]
    mov qword [rsp+1], rdi
    mov dword [rsp+1], edi
    mov byte [rsp+1], dil
    add byte [rsp+1], dil
    sub byte [rsp+1], dil
    mov r8, qword [rsp+1]
    mov r8d, dword [rsp+1]
    mov r8b, byte [rsp+1]
    movzx r8d, byte [rsp+1]
    lea r8, [rsp+1]
    mov qword [rsp+1], r8
    mov dword [rsp+1], r8d
    mov byte [rsp+1], r8b
    add byte [rsp+1], r8b
    sub byte [rsp+1], r8b
    mov r9, qword [rsp+1]
    mov r9d, dword [rsp+1]
    mov r9b, byte [rsp+1]
    movzx r9d, byte [rsp+1]
    lea r9, [rsp+1]
    mov qword [rsp+1], r9
    mov dword [rsp+1], r9d
    mov byte [rsp+1], r9b
    add byte [rsp+1], r9b
    sub byte [rsp+1], r9b
    mov r10, qword [rsp+1]
    mov r10d, dword [rsp+1]
    mov r10b, byte [rsp+1]
    movzx r10d, byte [rsp+1]
    lea r10, [rsp+1]
    mov qword [rsp+1], r10
    mov dword [rsp+1], r10d
    mov byte [rsp+1], r10b
    add byte [rsp+1], r10b
    sub byte [rsp+1], r10b
    mov r11, qword [rsp+1]
    mov r11d, dword [rsp+1]
    mov r11b, byte [rsp+1]
    movzx r11d, byte [rsp+1]
    lea r11, [rsp+1]
    mov qword [rsp+1], r11
    mov dword [rsp+1], r11d
    mov byte [rsp+1], r11b
    add byte [rsp+1], r11b
    sub byte [rsp+1], r11b
    mov r12, qword [rsp+1]
    mov r12d, dword [rsp+1]
    mov r12b, byte [rsp+1]
    movzx r12d, byte [rsp+1]
    lea r12, [rsp+1]
    mov qword [rsp+1], r12
    mov dword [rsp+1], r12d
    mov byte [rsp+1], r12b
    add byte [rsp+1], r12b
    sub byte [rsp+1], r12b
    mov r13, qword [rsp+1]
    mov r13d, dword [rsp+1]
    mov r13b, byte [rsp+1]
    movzx r13d, byte [rsp+1]
    lea r13, [rsp+1]
    mov qword [rsp+1], r13
    mov dword [rsp+1], r13d
    mov byte [rsp+1], r13b
    add byte [rsp+1], r13b
    sub byte [rsp+1], r13b
    mov r14, qword [rsp+1]
    mov r14d, dword [rsp+1]
    mov r14b, byte [rsp+1]
    movzx r14d, byte [rsp+1]
    lea r14, [rsp+1]
    mov qword [rsp+1], r14
    mov dword [rsp+1], r14d
    mov byte [rsp+1], r14b
    add byte [rsp+1], r14b
    sub byte [rsp+1], r14b
    mov r15, qword [rsp+1]
    mov r15d, dword [rsp+1]
    mov r15b, byte [rsp+1]
    movzx r15d, byte [rsp+1]
    lea r15, [rsp+1]
    mov qword [rsp+1], r15
    mov dword [rsp+1], r15d
    mov byte [rsp+1], r15b
    add byte [rsp+1], r15b
    sub byte [rsp+1], r15b
    mov byte [rsp+1], 0
    mov byte [rsp+1], 1
    mov byte [rsp+1], -1
    mov byte [rsp+1], 127
    mov byte [rsp+1], -128
    mov byte [rsp+1], 255
    add byte [rsp+1], 0
    add byte [rsp+1], 1
    add byte [rsp+1], -1
    add byte [rsp+1], 127
    add byte [rsp+1], -128
    add byte [rsp+1], 255
    sub byte [rsp+1], 0
    sub byte [rsp+1], 1
    sub byte [rsp+1], -1
    sub byte [rsp+1], 127
    sub byte [rsp+1], -128
    sub byte [rsp+1], 255
    cmp byte [rsp+1], 0
    cmp byte [rsp+1], 1
    cmp byte [rsp+1], -1
    cmp byte [rsp+1], 127
    cmp byte [rsp+1], -128
    cmp byte [rsp+1], 255
    mov rax, qword [rsp-1]
    mov eax, dword [rsp-1]
    mov al, byte [rsp-1]
    movzx eax, byte [rsp-1]
    lea rax, [rsp-1]
    mov qword [rsp-1], rax
    mov dword [rsp-1], eax
    mov byte [rsp-1], al
    add byte [rsp-1], al
    sub byte [rsp-1], al
    mov rcx, qword [rsp-1]
    mov ecx, dword [rsp-1]
    mov cl, byte [rsp-1]
    movzx ecx, byte [rsp-1]
    lea rcx, [rsp-1]
    mov qword [rsp-1], rcx
    mov dword [rsp-1], ecx
    mov byte [rsp-1], cl
    add byte [rsp-1], cl
    sub byte [rsp-1], cl
    mov rdx, qword [rsp-1]
    mov edx, dword [rsp-1]
    mov dl, byte [rsp-1]
    movzx edx, byte [rsp-1]
    lea rdx, [rsp-1]
    mov qword [rsp-1], rdx
    mov dword [rsp-1], edx
    mov byte [rsp-1], dl
    add byte [rsp-1], dl
    sub byte [rsp-1], dl
    mov rbx, qword [rsp-1]
    mov ebx, dword [rsp-1]
    mov bl, byte [rsp-1]
    movzx ebx, byte [rsp-1]
    lea rbx, [rsp-1]
    mov qword [rsp-1], rbx
    mov dword [rsp-1], ebx
    mov byte [rsp-1], bl
    add byte [rsp-1], bl
    sub byte [rsp-1], bl
    mov rsp, qword [rsp-1]
    mov esp, dword [rsp-1]
    mov spl, byte [rsp-1]
    movzx esp, byte [rsp-1]
    lea rsp, [rsp-1]
    mov qword [rsp-1], rsp
    mov dword [rsp-1], esp
    mov byte [rsp-1], spl
    add byte [rsp-1], spl
    sub byte [rsp-1], spl
    mov rbp, qword [rsp-1]
    mov ebp, dword [rsp-1]
    mov bpl, byte [rsp-1]
    movzx ebp, byte [rsp-1]
    lea rbp, [rsp-1]
    mov qword [rsp-1], rbp
    mov dword [rsp-1], ebp
    mov byte [rsp-1], bpl
    add byte [rsp-1], bpl
    sub byte [rsp-1], bpl
    mov rsi, qword [rsp-1]
    mov esi, dword [rsp-1]
    mov sil, byte [rsp-1]
    movzx esi, byte [rsp-1]
    lea rsi, [rsp-1]
    mov qword [rsp-1], rsi
    mov dword [rsp-1], esi
    mov byte [rsp-1], sil
    add byte [rsp-1], sil
    sub byte [rsp-1], sil
    mov rdi, qword [rsp-1]
    mov edi, dword [rsp-1]
    mov dil, byte [rsp-1]
    movzx edi, byte [rsp-1]
    lea rdi, [rsp-1]
    mov qword [rsp-1], rdi
    mov dword [rsp-1], edi
    mov byte [rsp-1], dil
    add byte [rsp-1], dil
    sub byte [rsp-1], dil
    mov r8, qword [rsp-1]
    mov r8d, dword [rsp-1]
    mov r8b, byte [rsp-1]
    movzx r8d, byte [rsp-1]
    lea r8, [rsp-1]
    mov qword [rsp-1], r8
    mov dword [rsp-1], r8d
    mov byte [rsp-1], r8b
    add byte [rsp-1], r8b
    sub byte [rsp-1], r8b
    mov r9, qword [rsp-1]
    mov r9d, dword [rsp-1]
    mov r9b, byte [rsp-1]
    movzx r9d, byte [rsp-1]
    lea r9, [rsp-1]
    mov qword [rsp-1], r9
    mov dword [rsp-1], r9d
    mov byte [rsp-1], r9b
    add byte [rsp-1], r9b
    sub byte [rsp-1], r9b
    mov r10, qword [rsp-1]
    mov r10d, dword [rsp-1]
    mov r10b, byte [rsp-1]
    movzx r10d, byte [rsp-1]
    lea r10, [rsp-1]
    mov qword [rsp-1], r10
    mov dword [rsp-1], r10d
    mov byte [rsp-1], r10b
    add byte [rsp-1], r10b
    sub byte [rsp-1], r10b
    mov r11, qword [rsp-1]
    mov r11d, dword [rsp-1]
    mov r11b, byte [rsp-1]
    movzx r11d, byte [rsp-1]
    lea r11, [rsp-1]
    mov qword [rsp-1], r11
    mov dword [rsp-1], r11d
    mov byte [rsp-1], r11b
    add byte [rsp-1], r11b
    sub byte [rsp-1], r11b
    mov r12, qword [rsp-1]
    mov r12d, dword [rsp-1]
    mov r12b, byte [rsp-1]
    movzx r12d, byte [rsp-1]
    lea r12, [rsp-1]
    mov qword [rsp-1], r12
    mov dword [rsp-1], r12d
    mov byte [rsp-1], r12b
    add byte [rsp-1], r12b
    sub byte [rsp-1], r12b
    mov r13, qword [rsp-1]
    mov r13d, dword [rsp-1]
    mov r13b, byte [rsp-1]
    movzx r13d, byte [rsp-1]
    lea r13, [rsp-1]
    mov qword [rsp-1], r13
    mov dword [rsp-1], r13d
    mov byte [rsp-1], r13b
    add byte [rsp-1], r13b
    sub byte [rsp-1], r13b
    mov r14, qword [rsp-1]
    mov r14d, dword [rsp-1]
    mov r14b, byte [rsp-1]
    movzx r14d, byte [rsp-1]
    lea r14, [rsp-1]
    mov qword [rsp-1], r14
    mov dword [rsp-1], r14d
    mov byte [rsp-1], r14b
    add byte [rsp-1], r14b
    sub byte [rsp-1], r14b
    mov r15, qword [rsp-1]
    mov r15d, dword [rsp-1]
    mov r15b, byte [rsp-1]
    movzx r15d, byte [rsp-1]
    lea r15, [rsp-1]
    mov qword [rsp-1], r15
    mov dword [rsp-1], r15d
    mov byte [rsp-1], r15b
    add byte [rsp-1], r15b
    sub byte [rsp-1], r15b
    mov byte [rsp-1], 0
    mov byte [rsp-1], 1
    mov byte [rsp-1], -1
    mov byte [rsp-1], 127
    mov byte [rsp-1], -128
    mov byte [rsp-1], 255
    add byte [rsp-1], 0
    add byte [rsp-1], 1
    add byte [rsp-1], -1
    add byte [rsp-1], 127
    add byte [rsp-1], -128
    add byte [rsp-1], 255
    sub byte [rsp-1], 0
    sub byte [rsp-1], 1
    sub byte [rsp-1], -1
    sub byte [rsp-1], 127
    sub byte [rsp-1], -128
    sub byte [rsp-1], 255
    cmp byte [rsp-1], 0
    cmp byte [rsp-1], 1
    cmp byte [rsp-1], -1
    cmp byte [rsp-1], 127
    cmp byte [rsp-1], -128
    cmp byte [rsp-1], 255
    mov rax, qword [rsp+127]
    mov eax, dword [rsp+127]
    mov al, byte [rsp+127]
    movzx eax, byte [rsp+127]
    lea rax, [rsp+127]
    mov qword [rsp+127], rax
    mov dword [rsp+127], eax
    mov byte [rsp+127], al
    add byte [rsp+127], al
    sub byte [rsp+127], al
    mov rcx, qword [rsp+127]
    mov ecx, dword [rsp+127]
    mov cl, byte [rsp+127]
    movzx ecx, byte [rsp+127]
    lea rcx, [rsp+127]
    mov qword [rsp+127], rcx
    mov dword [rsp+127], ecx
    mov byte [rsp+127], cl
    add byte [rsp+127], cl
    sub byte [rsp+127], cl
    mov rdx, qword [rsp+127]
    mov edx, dword [rsp+127]
    mov dl, byte [rsp+127]
    movzx edx, byte [rsp+127]
    lea rdx, [rsp+127]
    mov qword [rsp+127], rdx
    mov dword [rsp+127], edx
    mov byte [rsp+127], dl
    add byte [rsp+127], dl
    sub byte [rsp+127], dl
    mov rbx, qword [rsp+127]
    mov ebx, dword [rsp+127]
    mov bl, byte [rsp+127]
    movzx ebx, byte [rsp+127]
    lea rbx, [rsp+127]
    mov qword [rsp+127], rbx
    mov dword [rsp+127], ebx
    mov byte [rsp+127], bl
    add byte [rsp+127], bl
    sub byte [rsp+127], bl
    mov rsp, qword [rsp+127]
    mov esp, dword [rsp+127]
    mov spl, byte [rsp+127]
    movzx esp, byte [rsp+127]
    lea rsp, [rsp+127]
    mov qword [rsp+127], rsp
    mov dword [rsp+127], esp
    mov byte [rsp+127], spl
    add byte [rsp+127], spl
    sub byte [rsp+127], spl
    mov rbp, qword [rsp+127]
    mov ebp, dword [rsp+127]
    mov bpl, byte [rsp+127]
    movzx ebp, byte [rsp+127]
    lea rbp, [rsp+127]
    mov qword [rsp+127], rbp
    mov dword [rsp+127], ebp
    mov byte [rsp+127], bpl
    add byte [rsp+127], bpl
    sub byte [rsp+127], bpl
    mov rsi, qword [rsp+127]
    mov esi, dword [rsp+127]
    mov sil, byte [rsp+127]
    movzx esi, byte [rsp+127]
    lea rsi, [rsp+127]
    mov qword [rsp+127], rsi
    mov dword [rsp+127], esi
    mov byte [rsp+127], sil
    add byte [rsp+127], sil
    sub byte [rsp+127], sil
    mov rdi, qword [rsp+127]
    mov edi, dword [rsp+127]
    mov dil, byte [rsp+127]
    movzx edi, byte [rsp+127]
    lea rdi, [rsp+127]
    mov qword [rsp+127], rdi
    mov dword [rsp+127], edi
    mov byte [rsp+127], dil
    add byte [rsp+127], dil
    sub byte [rsp+127], dil
    mov r8, qword [rsp+127]
    mov r8d, dword [rsp+127]
    mov r8b, byte [rsp+127]
    movzx r8d, byte [rsp+127]
    lea r8, [rsp+127]
    mov qword [rsp+127], r8
    mov dword [rsp+127], r8d
    mov byte [rsp+127], r8b
    add byte [rsp+127], r8b
    sub byte [rsp+127], r8b
    mov r9, qword [rsp+127]
    mov r9d, dword [rsp+127]
    mov r9b, byte [rsp+127]
    movzx r9d, byte [rsp+127]
    lea r9, [rsp+127]
    mov qword [rsp+127], r9
    mov dword [rsp+127], r9d
    mov byte [rsp+127], r9b
    add byte [rsp+127], r9b
    sub byte [rsp+127], r9b
    mov r10, qword [rsp+127]
    mov r10d, dword [rsp+127]
    mov r10b, byte [rsp+127]
    movzx r10d, byte [rsp+127]
    lea r10, [rsp+127]
    mov qword [rsp+127], r10
    mov dword [rsp+127], r10d
    mov byte [rsp+127], r10b
    add byte [rsp+127], r10b
    sub byte [rsp+127], r10b
    mov r11, qword [rsp+127]
    mov r11d, dword [rsp+127]
    mov r11b, byte [rsp+127]
    movzx r11d, byte [rsp+127]
    lea r11, [rsp+127]
    mov qword [rsp+127], r11
    mov dword [rsp+127], r11d
    mov byte [rsp+127], r11b
    add byte [rsp+127], r11b
    sub byte [rsp+127], r11b
    mov r12, qword [rsp+127]
    mov r12d, dword [rsp+127]
    mov r12b, byte [rsp+127]
    movzx r12d, byte [rsp+127]
    lea r12, [rsp+127]
    mov qword [rsp+127], r12
    mov dword [rsp+127], r12d
    mov byte [rsp+127], r12b
    add byte [rsp+127], r12b
    sub byte [rsp+127], r12b
    mov r13, qword [rsp+127]
    mov r13d, dword [rsp+127]
    mov r13b, byte [rsp+127]
    movzx r13d, byte [rsp+127]
    lea r13, [rsp+127]
    mov qword [rsp+127], r13
    mov dword [rsp+127], r13d
    mov byte [rsp+127], r13b
    add byte [rsp+127], r13b
    sub byte [rsp+127], r13b
    mov r14, qword [rsp+127]
    mov r14d, dword [rsp+127]
    mov r14b, byte [rsp+127]
    movzx r14d, byte [rsp+127]
    lea r14, [rsp+127]
    mov qword [rsp+127], r14
    mov dword [rsp+127], r14d
    mov byte [rsp+127], r14b
    add byte [rsp+127], r14b
    sub byte [rsp+127], r14b
    mov r15, qword [rsp+127]
    mov r15d, dword [rsp+127]
    mov r15b, byte [rsp+127]
    movzx r15d, byte [rsp+127]
    lea r15, [rsp+127]
    mov qword [rsp+127], r15
    mov dword [rsp+127], r15d
    mov byte [rsp+127], r15b
    add byte [rsp+127], r15b
    sub byte [rsp+127], r15b
    mov byte [rsp+127], 0
    mov byte [rsp+127], 1
    mov byte [rsp+127], -1
    mov byte [rsp+127], 127
    mov byte [rsp+127], -128
    mov byte [rsp+127], 255
    add byte [rsp+127], 0
    add byte [rsp+127], 1
    add byte [rsp+127], -1
    add byte [rsp+127], 127
    add byte [rsp+127], -128
    add byte [rsp+127], 255
    sub byte [rsp+127], 0
    sub byte [rsp+127], 1
    sub byte [rsp+127], -1
    sub byte [rsp+127], 127
    sub byte [rsp+127], -128
    sub byte [rsp+127], 255
    cmp byte [rsp+127], 0
    cmp byte [rsp+127], 1
    cmp byte [rsp+127], -1
    cmp byte [rsp+127], 127
    cmp byte [rsp+127], -128
    cmp byte [rsp+127], 255
    mov rax, qword [rsp-128]
    mov eax, dword [rsp-128]
    mov al, byte [rsp-128]
    movzx eax, byte [rsp-128]
    lea rax, [rsp-128]
    mov qword [rsp-128], rax
    mov dword [rsp-128], eax
    mov byte [rsp-128], al
    add byte [rsp-128], al
    sub byte [rsp-128], al
    mov rcx, qword [rsp-128]
    mov ecx, dword [rsp-128]
    mov cl, byte [rsp-128]
    movzx ecx, byte [rsp-128]
    lea rcx, [rsp-128]
    mov qword [rsp-128], rcx
    mov dword [rsp-128], ecx
    mov byte [rsp-128], cl
    add byte [rsp-128], cl
    sub byte [rsp-128], cl
    mov rdx, qword [rsp-128]
    mov edx, dword [rsp-128]
    mov dl, byte [rsp-128]
    movzx edx, byte [rsp-128]
    lea rdx, [rsp-128]
    mov qword [rsp-128], rdx
    mov dword [rsp-128], edx
    mov byte [rsp-128], dl
    add byte [rsp-128], dl
    sub byte [rsp-128], dl
    mov rbx, qword [rsp-128]
    mov ebx, dword [rsp-128]
    mov bl, byte [rsp-128]
    movzx ebx, byte [rsp-128]
    lea rbx, [rsp-128]
    mov qword [rsp-128], rbx
    mov dword [rsp-128], ebx
    mov byte [rsp-128], bl
    add byte [rsp-128], bl
    sub byte [rsp-128], bl
    mov rsp, qword [rsp-128]
    mov esp, dword [rsp-128]
    mov spl, byte [rsp-128]
    movzx esp, byte [rsp-128]
    lea rsp, [rsp-128]
    mov qword [rsp-128], rsp
    mov dword [rsp-128], esp
    mov byte [rsp-128], spl
    add byte [rsp-128], spl
    sub byte [rsp-128], spl
    mov rbp, qword [rsp-128]
    mov ebp, dword [rsp-128]
    mov bpl, byte [rsp-128]
    movzx ebp, byte [rsp-128]
    lea rbp, [rsp-128]
    mov qword [rsp-128], rbp
    mov dword [rsp-128], ebp
    mov byte [rsp-128], bpl
    add byte [rsp-128], bpl
    sub byte [rsp-128], bpl
    mov rsi, qword [rsp-128]
    mov esi, dword [rsp-128]
    mov sil, byte [rsp-128]
    movzx esi, byte [rsp-128]
    lea rsi, [rsp-128]
    mov qword [rsp-128], rsi
    mov dword [rsp-128], esi
    mov byte [rsp-128], sil
    add byte [rsp-128], sil
    sub byte [rsp-128], sil
    mov rdi, qword [rsp-128]
    mov edi, dword [rsp-128]
    mov dil, byte [rsp-128]
    movzx edi, byte [rsp-128]
    lea rdi, [rsp-128]
    mov qword [rsp-128], rdi
    mov dword [rsp-128], edi
    mov byte [rsp-128], dil
    add byte [rsp-128], dil
    sub byte [rsp-128], dil
    mov r8, qword [rsp-128]
    mov r8d, dword [rsp-128]
    mov r8b, byte [rsp-128]
    movzx r8d, byte [rsp-128]
    lea r8, [rsp-128]
    mov qword [rsp-128], r8
    mov dword [rsp-128], r8d
    mov byte [rsp-128], r8b
    add byte [rsp-128], r8b
    sub byte [rsp-128], r8b
    mov r9, qword [rsp-128]
    mov r9d, dword [rsp-128]
    mov r9b, byte [rsp-128]
    movzx r9d, byte [rsp-128]
    lea r9, [rsp-128]
    mov qword [rsp-128], r9
    mov dword [rsp-128], r9d
    mov byte [rsp-128], r9b
    add byte [rsp-128], r9b
    sub byte [rsp-128], r9b
    mov r10, qword [rsp-128]
    mov r10d, dword [rsp-128]
    mov r10b, byte [rsp-128]
    movzx r10d, byte [rsp-128]
    lea r10, [rsp-128]
    mov qword [rsp-128], r10
    mov dword [rsp-128], r10d
    mov byte [rsp-128], r10b
    add byte [rsp-128], r10b
    sub byte [rsp-128], r10b
    mov r11, qword [rsp-128]
    mov r11d, dword [rsp-128]
    mov r11b, byte [rsp-128]
    movzx r11d, byte [rsp-128]
    lea r11, [rsp-128]
    mov qword [rsp-128], r11
    mov dword [rsp-128], r11d
    mov byte [rsp-128], r11b
    add byte [rsp-128], r11b
    sub byte [rsp-128], r11b
    mov r12, qword [rsp-128]
    mov r12d, dword [rsp-128]
    mov r12b, byte [rsp-128]
    movzx r12d, byte [rsp-128]
    lea r12, [rsp-128]
    mov qword [rsp-128], r12
    mov dword [rsp-128], r12d
    mov byte [rsp-128], r12b
    add byte [rsp-128], r12b
    sub byte [rsp-128], r12b
    mov r13, qword [rsp-128]
    mov r13d, dword [rsp-128]
    mov r13b, byte [rsp-128]
    movzx r13d, byte [rsp-128]
    lea r13, [rsp-128]
    mov qword [rsp-128], r13
    mov dword [rsp-128], r13d
    mov byte [rsp-128], r13b
    add byte [rsp-128], r13b
    sub byte [rsp-128], r13b
    mov r14, qword [rsp-128]
    mov r14d, dword [rsp-128]
    mov r14b, byte [rsp-128]
    movzx r14d, byte [rsp-128]
    lea r14, [rsp-128]
    mov qword [rsp-128], r14
    mov dword [rsp-128], r14d
    mov byte [rsp-128], r14b
    add byte [rsp-128], r14b
    sub byte [rsp-128], r14b
    mov r15, qword [rsp-128]
    mov r15d, dword [rsp-128]
    mov r15b, byte [rsp-128]
    movzx r15d, byte [rsp-128]
    lea r15, [rsp-128]
    mov qword [rsp-128], r15
    mov dword [rsp-128], r15d
    mov byte [rsp-128], r15b
    add byte [rsp-128], r15b
    sub byte [rsp-128], r15b
    mov byte [rsp-128], 0
    mov byte [rsp-128], 1
    mov byte [rsp-128], -1
    mov byte [rsp-128], 127
    mov byte [rsp-128], -128
    mov byte [rsp-128], 255
    add byte [rsp-128], 0
    add byte [rsp-128], 1
    add byte [rsp-128], -1
    add byte [rsp-128], 127
    add byte [rsp-128], -128
    add byte [rsp-128], 255
    sub byte [rsp-128], 0
    sub byte [rsp-128], 1
    sub byte [rsp-128], -1
    sub byte [rsp-128], 127
    sub byte [rsp-128], -128
    sub byte [rsp-128], 255
    cmp byte [rsp-128], 0
    cmp byte [rsp-128], 1
    cmp byte [rsp-128], -1
    cmp byte [rsp-128], 127
    cmp byte [rsp-128], -128
    cmp byte [rsp-128], 255
    mov rax, qword [rsp+128]
    mov eax, dword [rsp+128]
    mov al, byte [rsp+128]
    movzx eax, byte [rsp+128]
    lea rax, [rsp+128]
    mov qword [rsp+128], rax
    mov dword [rsp+128], eax
    mov byte [rsp+128], al
    add byte [rsp+128], al
    sub byte [rsp+128], al
    mov rcx, qword [rsp+128]
    mov ecx, dword [rsp+128]
    mov cl, byte [rsp+128]
    movzx ecx, byte [rsp+128]
    lea rcx, [rsp+128]
    mov qword [rsp+128], rcx
    mov dword [rsp+128], ecx
    mov byte [rsp+128], cl
    add byte [rsp+128], cl
    sub byte [rsp+128], cl
    mov rdx, qword [rsp+128]
    mov edx, dword [rsp+128]
    mov dl, byte [rsp+128]
    movzx edx, byte [rsp+128]
    lea rdx, [rsp+128]
    mov qword [rsp+128], rdx
    mov dword [rsp+128], edx
    mov byte [rsp+128], dl
    add byte [rsp+128], dl
    sub byte [rsp+128], dl
    mov rbx, qword [rsp+128]
    mov ebx, dword [rsp+128]
    mov bl, byte [rsp+128]
    movzx ebx, byte [rsp+128]
    lea rbx, [rsp+128]
    mov qword [rsp+128], rbx
    mov dword [rsp+128], ebx
    mov byte [rsp+128], bl
    add byte [rsp+128], bl
    sub byte [rsp+128], bl
    mov rsp, qword [rsp+128]
    mov esp, dword [rsp+128]
    mov spl, byte [rsp+128]
    movzx esp, byte [rsp+128]
    lea rsp, [rsp+128]
    mov qword [rsp+128], rsp
    mov dword [rsp+128], esp
    mov byte [rsp+128], spl
    add byte [rsp+128], spl
    sub byte [rsp+128], spl
    mov rbp, qword [rsp+128]
    mov ebp, dword [rsp+128]
    mov bpl, byte [rsp+128]
    movzx ebp, byte [rsp+128]
    lea rbp, [rsp+128]
    mov qword [rsp+128], rbp
    mov dword [rsp+128], ebp
    mov byte [rsp+128], bpl
    add byte [rsp+128], bpl
    sub byte [rsp+128], bpl
    mov rsi, qword [rsp+128]
    mov esi, dword [rsp+128]
    mov sil, byte [rsp+128]
    movzx esi, byte [rsp+128]
    lea rsi, [rsp+128]
    mov qword [rsp+128], rsi
    mov dword [rsp+128], esi
    mov byte [rsp+128], sil
    add byte [rsp+128], sil
    sub byte [rsp+128], sil
    mov rdi, qword [rsp+128]
    mov edi, dword [rsp+128]
    mov dil, byte [rsp+128]
    movzx edi, byte [rsp+128]
    lea rdi, [rsp+128]
    mov qword [rsp+128], rdi
    mov dword [rsp+128], edi
    mov byte [rsp+128], dil
    add byte [rsp+128], dil
    sub byte [rsp+128], dil
    mov r8, qword [rsp+128]
    mov r8d, dword [rsp+128]
    mov r8b, byte [rsp+128]
    movzx r8d, byte [rsp+128]
    lea r8, [rsp+128]
    mov qword [rsp+128], r8
    mov dword [rsp+128], r8d
    mov byte [rsp+128], r8b
    add byte [rsp+128], r8b
    sub byte [rsp+128], r8b
    mov r9, qword [rsp+128]
    mov r9d, dword [rsp+128]
    mov r9b, byte [rsp+128]
    movzx r9d, byte [rsp+128]
    lea r9, [rsp+128]
    mov qword [rsp+128], r9
    mov dword [rsp+128], r9d
    mov byte [rsp+128], r9b
    add byte [rsp+128], r9b
    sub byte [rsp+128], r9b
    mov r10, qword [rsp+128]
    mov r10d, dword [rsp+128]
    mov r10b, byte [rsp+128]
    movzx r10d, byte [rsp+128]
    lea r10, [rsp+128]
    mov qword [rsp+128], r10
    mov dword [rsp+128], r10d
    mov byte [rsp+128], r10b
    add byte [rsp+128], r10b
    sub byte [rsp+128], r10b
    mov r11, qword [rsp+128]
    mov r11d, dword [rsp+128]
    mov r11b, byte [rsp+128]
    movzx r11d, byte [rsp+128]
    lea r11, [rsp+128]
    mov qword [rsp+128], r11
    mov dword [rsp+128], r11d
    mov byte [rsp+128], r11b
    add byte [rsp+128], r11b
    sub byte [rsp+128], r11b
    mov r12, qword [rsp+128]
    mov r12d, dword [rsp+128]
    mov r12b, byte [rsp+128]
    movzx r12d, byte [rsp+128]
    lea r12, [rsp+128]
    mov qword [rsp+128], r12
    mov dword [rsp+128], r12d
    mov byte [rsp+128], r12b
    add byte [rsp+128], r12b
    sub byte [rsp+128], r12b
    mov r13, qword [rsp+128]
    mov r13d, dword [rsp+128]
    mov r13b, byte [rsp+128]
    movzx r13d, byte [rsp+128]
    lea r13, [rsp+128]
    mov qword [rsp+128], r13
    mov dword [rsp+128], r13d
    mov byte [rsp+128], r13b
    add byte [rsp+128], r13b
    sub byte [rsp+128], r13b
    mov r14, qword [rsp+128]
    mov r14d, dword [rsp+128]
    mov r14b, byte [rsp+128]
    movzx r14d, byte [rsp+128]
    lea r14, [rsp+128]
    mov qword [rsp+128], r14
    mov dword [rsp+128], r14d
    mov byte [rsp+128], r14b
    add byte [rsp+128], r14b
    sub byte [rsp+128], r14b
    mov r15, qword [rsp+128]
    mov r15d, dword [rsp+128]
    mov r15b, byte [rsp+128]
    movzx r15d, byte [rsp+128]
    lea r15, [rsp+128]
    mov qword [rsp+128], r15
    mov dword [rsp+128], r15d
    mov byte [rsp+128], r15b
    add byte [rsp+128], r15b
    sub byte [rsp+128], r15b
    mov byte [rsp+128], 0
    mov byte [rsp+128], 1
    mov byte [rsp+128], -1
    mov byte [rsp+128], 127
    mov byte [rsp+128], -128
    mov byte [rsp+128], 255
    add byte [rsp+128], 0
    add byte [rsp+128], 1
    add byte [rsp+128], -1
    add byte [rsp+128], 127
    add byte [rsp+128], -128
    add byte [rsp+128], 255
    sub byte [rsp+128], 0
    sub byte [rsp+128], 1
    sub byte [rsp+128], -1
    sub byte [rsp+128], 127
    sub byte [rsp+128], -128
    sub byte [rsp+128], 255
    cmp byte [rsp+128], 0
    cmp byte [rsp+128], 1
    cmp byte [rsp+128], -1
    cmp byte [rsp+128], 127
    cmp byte [rsp+128], -128
    cmp byte [rsp+128], 255
    mov rax, qword [rsp-129]
    mov eax, dword [rsp-129]
    mov al, byte [rsp-129]
    movzx eax, byte [rsp-129]
    lea rax, [rsp-129]
    mov qword [rsp-129], rax
    mov dword [rsp-129], eax
    mov byte [rsp-129], al
    add byte [rsp-129], al
    sub byte [rsp-129], al
    mov rcx, qword [rsp-129]
    mov ecx, dword [rsp-129]
    mov cl, byte [rsp-129]
    movzx ecx, byte [rsp-129]
    lea rcx, [rsp-129]
    mov qword [rsp-129], rcx
    mov dword [rsp-129], ecx
    mov byte [rsp-129], cl
    add byte [rsp-129], cl
    sub byte [rsp-129], cl
    mov rdx, qword [rsp-129]
    mov edx, dword [rsp-129]
    mov dl, byte [rsp-129]
    movzx edx, byte [rsp-129]
    lea rdx, [rsp-129]
    mov qword [rsp-129], rdx
    mov dword [rsp-129], edx
    mov byte [rsp-129], dl
    add byte [rsp-129], dl
    sub byte [rsp-129], dl
    mov rbx, qword [rsp-129]
    mov ebx, dword [rsp-129]
    mov bl, byte [rsp-129]
    movzx ebx, byte [rsp-129]
    lea rbx, [rsp-129]
    mov qword [rsp-129], rbx
    mov dword [rsp-129], ebx
    mov byte [rsp-129], bl
    add byte [rsp-129], bl
    sub byte [rsp-129], bl
    mov rsp, qword [rsp-129]
    mov esp, dword [rsp-129]
    mov spl, byte [rsp-129]
    movzx esp, byte [rsp-129]
    lea rsp, [rsp-129]
    mov qword [rsp-129], rsp
    mov dword [rsp-129], esp
    mov byte [rsp-129], spl
    add byte [rsp-129], spl
    sub byte [rsp-129], spl
    mov rbp, qword [rsp-129]
    mov ebp, dword [rsp-129]
    mov bpl, byte [rsp-129]
    movzx ebp, byte [rsp-129]
    lea rbp, [rsp-129]
    mov qword [rsp-129], rbp
    mov dword [rsp-129], ebp
    mov byte [rsp-129], bpl
    add byte [rsp-129], bpl
    sub byte [rsp-129], bpl
    mov rsi, qword [rsp-129]
    mov esi, dword [rsp-129]
    mov sil, byte [rsp-129]
    movzx esi, byte [rsp-129]
    lea rsi, [rsp-129]
    mov qword [rsp-129], rsi
    mov dword [rsp-129], esi
    mov byte [rsp-129], sil
    add byte [rsp-129], sil
    sub byte [rsp-129], sil
    mov rdi, qword [rsp-129]
    mov edi, dword [rsp-129]
    mov dil, byte [rsp-129]
    movzx edi, byte [rsp-129]
    lea rdi, [rsp-129]
    mov qword [rsp-129], rdi
    mov dword [rsp-129], edi
    mov byte [rsp-129], dil
    add byte [rsp-129], dil
    sub byte [rsp-129], dil
    mov r8, qword [rsp-129]
    mov r8d, dword [rsp-129]
    mov r8b, byte [rsp-129]
    movzx r8d, byte [rsp-129]
    lea r8, [rsp-129]
    mov qword [rsp-129], r8
    mov dword [rsp-129], r8d
    mov byte [rsp-129], r8b
    add byte [rsp-129], r8b
    sub byte [rsp-129], r8b
    mov r9, qword [rsp-129]
    mov r9d, dword [rsp-129]
    mov r9b, byte [rsp-129]
    movzx r9d, byte [rsp-129]
    lea r9, [rsp-129]
    mov qword [rsp-129], r9
    mov dword [rsp-129], r9d
    mov byte [rsp-129], r9b
    add byte [rsp-129], r9b
    sub byte [rsp-129], r9b
    mov r10, qword [rsp-129]
    mov r10d, dword [rsp-129]
    mov r10b, byte [rsp-129]
    movzx r10d, byte [rsp-129]
    lea r10, [rsp-129]
    mov qword [rsp-129], r10
    mov dword [rsp-129], r10d
    mov byte [rsp-129], r10b
    add byte [rsp-129], r10b
    sub byte [rsp-129], r10b
    mov r11, qword [rsp-129]
    mov r11d, dword [rsp-129]
    mov r11b, byte [rsp-129]
    movzx r11d, byte [rsp-129]
    lea r11, [rsp-129]
    mov qword [rsp-129], r11
    mov dword [rsp-129], r11d
    mov byte [rsp-129], r11b
    add byte [rsp-129], r11b
    sub byte [rsp-129], r11b
    mov r12, qword [rsp-129]
    mov r12d, dword [rsp-129]
    mov r12b, byte [rsp-129]
    movzx r12d, byte [rsp-129]
    lea r12, [rsp-129]
    mov qword [rsp-129], r12
    mov dword [rsp-129], r12d
    mov byte [rsp-129], r12b
    add byte [rsp-129], r12b
    sub byte [rsp-129], r12b
    mov r13, qword [rsp-129]
    mov r13d, dword [rsp-129]
    mov r13b, byte [rsp-129]
    movzx r13d, byte [rsp-129]
    lea r13, [rsp-129]
    mov qword [rsp-129], r13
    mov dword [rsp-129], r13d
    mov byte [rsp-129], r13b
    add byte [rsp-129], r13b
    sub byte [rsp-129], r13b
    mov r14, qword [rsp-129]
    mov r14d, dword [rsp-129]
    mov r14b, byte [rsp-129]
    movzx r14d, byte [rsp-129]
    lea r14, [rsp-129]
    mov qword [rsp-129], r14
    mov dword [rsp-129], r14d
    mov byte [rsp-129], r14b
    add byte [rsp-129], r14b
    sub byte [rsp-129], r14b
    mov r15, qword [rsp-129]
    mov r15d, dword [rsp-129]
    mov r15b, byte [rsp-129]
    movzx r15d, byte [rsp-129]
    lea r15, [rsp-129]
    mov qword [rsp-129], r15
    mov dword [rsp-129], r15d
    mov byte [rsp-129], r15b
    add byte [rsp-129], r15b
    sub byte [rsp-129], r15b
    mov byte [rsp-129], 0
    mov byte [rsp-129], 1
    mov byte [rsp-129], -1
    mov byte [rsp-129], 127
    mov byte [rsp-129], -128
    mov byte [rsp-129], 255
    add byte [rsp-129], 0
    add byte [rsp-129], 1
    add byte [rsp-129], -1
    add byte [rsp-129], 127
    add byte [rsp-129], -128
    add byte [rsp-129], 255
    sub byte [rsp-129], 0
    sub byte [rsp-129], 1
    sub byte [rsp-129], -1
    sub byte [rsp-129], 127
    sub byte [rsp-129], -128
    sub byte [rsp-129], 255
    cmp byte [rsp-129], 0
    cmp byte [rsp-129], 1
    cmp byte [rsp-129], -1
    cmp byte [rsp-129], 127
    cmp byte [rsp-129], -128
    cmp byte [rsp-129], 255
    mov rax, qword [rsp+2147483647]
    mov eax, dword [rsp+2147483647]
    mov al, byte [rsp+2147483647]
    movzx eax, byte [rsp+2147483647]
    lea rax, [rsp+2147483647]
    mov qword [rsp+2147483647], rax
    mov dword [rsp+2147483647], eax
    mov byte [rsp+2147483647], al
    add byte [rsp+2147483647], al
    sub byte [rsp+2147483647], al
    mov rcx, qword [rsp+2147483647]
    mov ecx, dword [rsp+2147483647]
    mov cl, byte [rsp+2147483647]
    movzx ecx, byte [rsp+2147483647]
    lea rcx, [rsp+2147483647]
    mov qword [rsp+2147483647], rcx
    mov dword [rsp+2147483647], ecx
    mov byte [rsp+2147483647], cl
    add byte [rsp+2147483647], cl
    sub byte [rsp+2147483647], cl
    mov rdx, qword [rsp+2147483647]
    mov edx, dword [rsp+2147483647]
    mov dl, byte [rsp+2147483647]
    movzx edx, byte [rsp+2147483647]
    lea rdx, [rsp+2147483647]
    mov qword [rsp+2147483647], rdx
    mov dword [rsp+2147483647], edx
    mov byte [rsp+2147483647], dl
    add byte [rsp+2147483647], dl
    sub byte [rsp+2147483647], dl
    mov rbx, qword [rsp+2147483647]
    mov ebx, dword [rsp+2147483647]
    mov bl, byte [rsp+2147483647]
    movzx ebx, byte [rsp+2147483647]
    lea rbx, [rsp+2147483647]
    mov qword [rsp+2147483647], rbx
    mov dword [rsp+2147483647], ebx
    mov byte [rsp+2147483647], bl
    add byte [rsp+2147483647], bl
    sub byte [rsp+2147483647], bl
    mov rsp, qword [rsp+2147483647]
    mov esp, dword [rsp+2147483647]
    mov spl, byte [rsp+2147483647]
    movzx esp, byte [rsp+2147483647]
    lea rsp, [rsp+2147483647]
    mov qword [rsp+2147483647], rsp
    mov dword [rsp+2147483647], esp
    mov byte [rsp+2147483647], spl
    add byte [rsp+2147483647], spl
    sub byte [rsp+2147483647], spl
    mov rbp, qword [rsp+2147483647]
    mov ebp, dword [rsp+2147483647]
    mov bpl, byte [rsp+2147483647]
    movzx ebp, byte [rsp+2147483647]
    lea rbp, [rsp+2147483647]
    mov qword [rsp+2147483647], rbp
    mov dword [rsp+2147483647], ebp
    mov byte [rsp+2147483647], bpl
    add byte [rsp+2147483647], bpl
    sub byte [rsp+2147483647], bpl
    mov rsi, qword [rsp+2147483647]
    mov esi, dword [rsp+2147483647]
    mov sil, byte [rsp+2147483647]
    movzx esi, byte [rsp+2147483647]
    lea rsi, [rsp+2147483647]
    mov qword [rsp+2147483647], rsi
    mov dword [rsp+2147483647], esi
    mov byte [rsp+2147483647], sil
    add byte [rsp+2147483647], sil
    sub byte [rsp+2147483647], sil
    mov rdi, qword [rsp+2147483647]
    mov edi, dword [rsp+2147483647]
    mov dil, byte [rsp+2147483647]
    movzx edi, byte [rsp+2147483647]
    lea rdi, [rsp+2147483647]
    mov qword [rsp+2147483647], rdi
    mov dword [rsp+2147483647], edi
    mov byte [rsp+2147483647], dil
    add byte [rsp+2147483647], dil
    sub byte [rsp+2147483647], dil
    mov r8, qword [rsp+2147483647]
    mov r8d, dword [rsp+2147483647]
    mov r8b, byte [rsp+2147483647]
    movzx r8d, byte [rsp+2147483647]
    lea r8, [rsp+2147483647]
    mov qword [rsp+2147483647], r8
    mov dword [rsp+2147483647], r8d
    mov byte [rsp+2147483647], r8b
    add byte [rsp+2147483647], r8b
    sub byte [rsp+2147483647], r8b
    mov r9, qword [rsp+2147483647]
    mov r9d, dword [rsp+2147483647]
    mov r9b, byte [rsp+2147483647]
    movzx r9d, byte [rsp+2147483647]
    lea r9, [rsp+2147483647]
    mov qword [rsp+2147483647], r9
    mov dword [rsp+2147483647], r9d
    mov byte [rsp+2147483647], r9b
    add byte [rsp+2147483647], r9b
    sub byte [rsp+2147483647], r9b
    mov r10, qword [rsp+2147483647]
    mov r10d, dword [rsp+2147483647]
    mov r10b, byte [rsp+2147483647]
    movzx r10d, byte [rsp+2147483647]
    lea r10, [rsp+2147483647]
    mov qword [rsp+2147483647], r10
    mov dword [rsp+2147483647], r10d
    mov byte [rsp+2147483647], r10b
    add byte [rsp+2147483647], r10b
    sub byte [rsp+2147483647], r10b
    mov r11, qword [rsp+2147483647]
    mov r11d, dword [rsp+2147483647]
    mov r11b, byte [rsp+2147483647]
    movzx r11d, byte [rsp+2147483647]
    lea r11, [rsp+2147483647]
    mov qword [rsp+2147483647], r11
    mov dword [rsp+2147483647], r11d
    mov byte [rsp+2147483647], r11b
    add byte [rsp+2147483647], r11b
    sub byte [rsp+2147483647], r11b
    mov r12, qword [rsp+2147483647]
    mov r12d, dword [rsp+2147483647]
    mov r12b, byte [rsp+2147483647]
    movzx r12d, byte [rsp+2147483647]
    lea r12, [rsp+2147483647]
    mov qword [rsp+2147483647], r12
    mov dword [rsp+2147483647], r12d
    mov byte [rsp+2147483647], r12b
    add byte [rsp+2147483647], r12b
    sub byte [rsp+2147483647], r12b
    mov r13, qword [rsp+2147483647]
    mov r13d, dword [rsp+2147483647]
    mov r13b, byte [rsp+2147483647]
    movzx r13d, byte [rsp+2147483647]
    lea r13, [rsp+2147483647]
    mov qword [rsp+2147483647], r13
    mov dword [rsp+2147483647], r13d
    mov byte [rsp+2147483647], r13b
    add byte [rsp+2147483647], r13b
    sub byte [rsp+2147483647], r13b
    mov r14, qword [rsp+2147483647]
    mov r14d, dword [rsp+2147483647]
    mov r14b, byte [rsp+2147483647]
    movzx r14d, byte [rsp+2147483647]
    lea r14, [rsp+2147483647]
    mov qword [rsp+2147483647], r14
    mov dword [rsp+2147483647], r14d
    mov byte [rsp+2147483647], r14b
    add byte [rsp+2147483647], r14b
    sub byte [rsp+2147483647], r14b
    mov r15, qword [rsp+2147483647]
    mov r15d, dword [rsp+2147483647]
    mov r15b, byte [rsp+2147483647]
    movzx r15d, byte [rsp+2147483647]
    lea r15, [rsp+2147483647]
    mov qword [rsp+2147483647], r15
    mov dword [rsp+2147483647], r15d
    mov byte [rsp+2147483647], r15b
    add byte [rsp+2147483647], r15b
    sub byte [rsp+2147483647], r15b
    mov byte [rsp+2147483647], 0
    mov byte [rsp+2147483647], 1
    mov byte [rsp+2147483647], -1
    mov byte [rsp+2147483647], 127
    mov byte [rsp+2147483647], -128
    mov byte [rsp+2147483647], 255
    add byte [rsp+2147483647], 0
    add byte [rsp+2147483647], 1
    add byte [rsp+2147483647], -1
    add byte [rsp+2147483647], 127
    add byte [rsp+2147483647], -128
    add byte [rsp+2147483647], 255
    sub byte [rsp+2147483647], 0
    sub byte [rsp+2147483647], 1
    sub byte [rsp+2147483647], -1
    sub byte [rsp+2147483647], 127
    sub byte [rsp+2147483647], -128
    sub byte [rsp+2147483647], 255
    cmp byte [rsp+2147483647], 0
    cmp byte [rsp+2147483647], 1
    cmp byte [rsp+2147483647], -1
    cmp byte [rsp+2147483647], 127
    cmp byte [rsp+2147483647], -128
    cmp byte [rsp+2147483647], 255
    mov rax, qword [rsp-2147483648]
    mov eax, dword [rsp-2147483648]
    mov al, byte [rsp-2147483648]
    movzx eax, byte [rsp-2147483648]
    lea rax, [rsp-2147483648]
    mov qword [rsp-2147483648], rax
    mov dword [rsp-2147483648], eax
    mov byte [rsp-2147483648], al
    add byte [rsp-2147483648], al
    sub byte [rsp-2147483648], al
    mov rcx, qword [rsp-2147483648]
    mov ecx, dword [rsp-2147483648]
    mov cl, byte [rsp-2147483648]
    movzx ecx, byte [rsp-2147483648]
    lea rcx, [rsp-2147483648]
    mov qword [rsp-2147483648], rcx
    mov dword [rsp-2147483648], ecx
    mov byte [rsp-2147483648], cl
    add byte [rsp-2147483648], cl
    sub byte [rsp-2147483648], cl
    mov rdx, qword [rsp-2147483648]
    mov edx, dword [rsp-2147483648]
    mov dl, byte [rsp-2147483648]
    movzx edx, byte [rsp-2147483648]
    lea rdx, [rsp-2147483648]
    mov qword [rsp-2147483648], rdx
    mov dword [rsp-2147483648], edx
    mov byte [rsp-2147483648], dl
    add byte [rsp-2147483648], dl
    sub byte [rsp-2147483648], dl
    mov rbx, qword [rsp-2147483648]
    mov ebx, dword [rsp-2147483648]
    mov bl, byte [rsp-2147483648]
    movzx ebx, byte [rsp-2147483648]
    lea rbx, [rsp-2147483648]
    mov qword [rsp-2147483648], rbx
    mov dword [rsp-2147483648], ebx
    mov byte [rsp-2147483648], bl
    add byte [rsp-2147483648], bl
    sub byte [rsp-2147483648], bl
    mov rsp, qword [rsp-2147483648]
    mov esp, dword [rsp-2147483648]
    mov spl, byte [rsp-2147483648]
    movzx esp, byte [rsp-2147483648]
    lea rsp, [rsp-2147483648]
    mov qword [rsp-2147483648], rsp
    mov dword [rsp-2147483648], esp
    mov byte [rsp-2147483648], spl
    add byte [rsp-2147483648], spl
    sub byte [rsp-2147483648], spl
    mov rbp, qword [rsp-2147483648]
    mov ebp, dword [rsp-2147483648]
    mov bpl, byte [rsp-2147483648]
    movzx ebp, byte [rsp-2147483648]
    lea rbp, [rsp-2147483648]
    mov qword [rsp-2147483648], rbp
    mov dword [rsp-2147483648], ebp
    mov byte [rsp-2147483648], bpl
    add byte [rsp-2147483648], bpl
    sub byte [rsp-2147483648], bpl
    mov rsi, qword [rsp-2147483648]
    mov esi, dword [rsp-2147483648]
    mov sil, byte [rsp-2147483648]
    movzx esi, byte [rsp-2147483648]
    lea rsi, [rsp-2147483648]
    mov qword [rsp-2147483648], rsi
    mov dword [rsp-2147483648], esi
    mov byte [rsp-2147483648], sil
    add byte [rsp-2147483648], sil
    sub byte [rsp-2147483648], sil
    mov rdi, qword [rsp-2147483648]
    mov edi, dword [rsp-2147483648]
    mov dil, byte [rsp-2147483648]
    movzx edi, byte [rsp-2147483648]
    lea rdi, [rsp-2147483648]
    mov qword [rsp-2147483648], rdi
    mov dword [rsp-2147483648], edi
    mov byte [rsp-2147483648], dil
    add byte [rsp-2147483648], dil
    sub byte [rsp-2147483648], dil
    mov r8, qword [rsp-2147483648]
    mov r8d, dword [rsp-2147483648]
    mov r8b, byte [rsp-2147483648]
    movzx r8d, byte [rsp-2147483648]
    lea r8, [rsp-2147483648]
    mov qword [rsp-2147483648], r8
    mov dword [rsp-2147483648], r8d
    mov byte [rsp-2147483648], r8b
    add byte [rsp-2147483648], r8b
    sub byte [rsp-2147483648], r8b
    mov r9, qword [rsp-2147483648]
    mov r9d, dword [rsp-2147483648]
    mov r9b, byte [rsp-2147483648]
    movzx r9d, byte [rsp-2147483648]
    lea r9, [rsp-2147483648]
    mov qword [rsp-2147483648], r9
    mov dword [rsp-2147483648], r9d
    mov byte [rsp-2147483648], r9b
    add byte [rsp-2147483648], r9b
    sub byte [rsp-2147483648], r9b
    mov r10, qword [rsp-2147483648]
    mov r10d, dword [rsp-2147483648]
    mov r10b, byte [rsp-2147483648]
    movzx r10d, byte [rsp-2147483648]
    lea r10, [rsp-2147483648]
    mov qword [rsp-2147483648], r10
    mov dword [rsp-2147483648], r10d
    mov byte [rsp-2147483648], r10b
    add byte [rsp-2147483648], r10b
    sub byte [rsp-2147483648], r10b
    mov r11, qword [rsp-2147483648]
    mov r11d, dword [rsp-2147483648]
    mov r11b, byte [rsp-2147483648]
    movzx r11d, byte [rsp-2147483648]
    lea r11, [rsp-2147483648]
    mov qword [rsp-2147483648], r11
    mov dword [rsp-2147483648], r11d
    mov byte [rsp-2147483648], r11b
    add byte [rsp-2147483648], r11b
    sub byte [rsp-2147483648], r11b
    mov r12, qword [rsp-2147483648]
    mov r12d, dword [rsp-2147483648]
    mov r12b, byte [rsp-2147483648]
    movzx r12d, byte [rsp-2147483648]
    lea r12, [rsp-2147483648]
    mov qword [rsp-2147483648], r12
    mov dword [rsp-2147483648], r12d
    mov byte [rsp-2147483648], r12b
    add byte [rsp-2147483648], r12b
    sub byte [rsp-2147483648], r12b
    mov r13, qword [rsp-2147483648]
    mov r13d, dword [rsp-2147483648]
    mov r13b, byte [rsp-2147483648]
    movzx r13d, byte [rsp-2147483648]
    lea r13, [rsp-2147483648]
    mov qword [rsp-2147483648], r13
    mov dword [rsp-2147483648], r13d
    mov byte [rsp-2147483648], r13b
    add byte [rsp-2147483648], r13b
    sub byte [rsp-2147483648], r13b
    mov r14, qword [rsp-2147483648]
    mov r14d, dword [rsp-2147483648]
    mov r14b, byte [rsp-2147483648]
    movzx r14d, byte [rsp-2147483648]
    lea r14, [rsp-2147483648]
    mov qword [rsp-2147483648], r14
    mov dword [rsp-2147483648], r14d
    mov byte [rsp-2147483648], r14b
    add byte [rsp-2147483648], r14b
    sub byte [rsp-2147483648], r14b
    mov r15, qword [rsp-2147483648]
    mov r15d, dword [rsp-2147483648]
    mov r15b, byte [rsp-2147483648]
    movzx r15d, byte [rsp-2147483648]
    lea r15, [rsp-2147483648]
    mov qword [rsp-2147483648], r15
    mov dword [rsp-2147483648], r15d
    mov byte [rsp-2147483648], r15b
    add byte [rsp-2147483648], r15b
    sub byte [rsp-2147483648], r15b
    mov byte [rsp-2147483648], 0
    mov byte [rsp-2147483648], 1
    mov byte [rsp-2147483648], -1
    mov byte [rsp-2147483648], 127
    mov byte [rsp-2147483648], -128
    mov byte [rsp-2147483648], 255
    add byte [rsp-2147483648], 0
    add byte [rsp-2147483648], 1
    add byte [rsp-2147483648], -1
    add byte [rsp-2147483648], 127
    add byte [rsp-2147483648], -128
    add byte [rsp-2147483648], 255
    sub byte [rsp-2147483648], 0
    sub byte [rsp-2147483648], 1
    sub byte [rsp-2147483648], -1
    sub byte [rsp-2147483648], 127
    sub byte [rsp-2147483648], -128
    sub byte [rsp-2147483648], 255
    cmp byte [rsp-2147483648], 0
    cmp byte [rsp-2147483648], 1
    cmp byte [rsp-2147483648], -1
    cmp byte [rsp-2147483648], 127
    cmp byte [rsp-2147483648], -128
    cmp byte [rsp-2147483648], 255
    mov rax, qword [rbp+0]
    mov eax, dword [rbp+0]
    mov al, byte [rbp+0]
    movzx eax, byte [rbp+0]
    lea rax, [rbp+0]
    mov qword [rbp+0], rax
    mov dword [rbp+0], eax
    mov byte [rbp+0], al
    add byte [rbp+0], al
    sub byte [rbp+0], al
    mov rcx, qword [rbp+0]
    mov ecx, dword [rbp+0]
    mov cl, byte [rbp+0]
    movzx ecx, byte [rbp+0]
    lea rcx, [rbp+0]
    mov qword [rbp+0], rcx
    mov dword [rbp+0], ecx
    mov byte [rbp+0], cl
    add byte [rbp+0], cl
    sub byte [rbp+0], cl
    mov rdx, qword [rbp+0]
    mov edx, dword [rbp+0]
    mov dl, byte [rbp+0]
    movzx edx, byte [rbp+0]
    lea rdx, [rbp+0]
    mov qword [rbp+0], rdx
    mov dword [rbp+0], edx
    mov byte [rbp+0], dl
    add byte [rbp+0], dl
    sub byte [rbp+0], dl
    mov rbx, qword [rbp+0]
    mov ebx, dword [rbp+0]
    mov bl, byte [rbp+0]
    movzx ebx, byte [rbp+0]
    lea rbx, [rbp+0]
    mov qword [rbp+0], rbx
    mov dword [rbp+0], ebx
    mov byte [rbp+0], bl
    add byte [rbp+0], bl
    sub byte [rbp+0], bl
    mov rsp, qword [rbp+0]
    mov esp, dword [rbp+0]
    mov spl, byte [rbp+0]
    movzx esp, byte [rbp+0]
    lea rsp, [rbp+0]
    mov qword [rbp+0], rsp
    mov dword [rbp+0], esp
    mov byte [rbp+0], spl
    add byte [rbp+0], spl
    sub byte [rbp+0], spl
    mov rbp, qword [rbp+0]
    mov ebp, dword [rbp+0]
    mov bpl, byte [rbp+0]
    movzx ebp, byte [rbp+0]
    lea rbp, [rbp+0]
    mov qword [rbp+0], rbp
    mov dword [rbp+0], ebp
    mov byte [rbp+0], bpl
    add byte [rbp+0], bpl
    sub byte [rbp+0], bpl
    mov rsi, qword [rbp+0]
    mov esi, dword [rbp+0]
    mov sil, byte [rbp+0]
    movzx esi, byte [rbp+0]
    lea rsi, [rbp+0]
    mov qword [rbp+0], rsi
    mov dword [rbp+0], esi
    mov byte [rbp+0], sil
    add byte [rbp+0], sil
    sub byte [rbp+0], sil
    mov rdi, qword [rbp+0]
    mov edi, dword [rbp+0]
    mov dil, byte [rbp+0]
    movzx edi, byte [rbp+0]
    lea rdi, [rbp+0]
    mov qword [rbp+0], rdi
    mov dword [rbp+0], edi
    mov byte [rbp+0], dil
    add byte [rbp+0], dil
    sub byte [rbp+0], dil
    mov r8, qword [rbp+0]
    mov r8d, dword [rbp+0]
    mov r8b, byte [rbp+0]
    movzx r8d, byte [rbp+0]
    lea r8, [rbp+0]
    mov qword [rbp+0], r8
    mov dword [rbp+0], r8d
    mov byte [rbp+0], r8b
    add byte [rbp+0], r8b
    sub byte [rbp+0], r8b
    mov r9, qword [rbp+0]
    mov r9d, dword [rbp+0]
    mov r9b, byte [rbp+0]
    movzx r9d, byte [rbp+0]
    lea r9, [rbp+0]
    mov qword [rbp+0], r9
    mov dword [rbp+0], r9d
    mov byte [rbp+0], r9b
    add byte [rbp+0], r9b
    sub byte [rbp+0], r9b
    mov r10, qword [rbp+0]
    mov r10d, dword [rbp+0]
    mov r10b, byte [rbp+0]
    movzx r10d, byte [rbp+0]
    lea r10, [rbp+0]
    mov qword [rbp+0], r10
    mov dword [rbp+0], r10d
    mov byte [rbp+0], r10b
    add byte [rbp+0], r10b
    sub byte [rbp+0], r10b
    mov r11, qword [rbp+0]
    mov r11d, dword [rbp+0]
    mov r11b, byte [rbp+0]
    movzx r11d, byte [rbp+0]
    lea r11, [rbp+0]
    mov qword [rbp+0], r11
    mov dword [rbp+0], r11d
    mov byte [rbp+0], r11b
    add byte [rbp+0], r11b
    sub byte [rbp+0], r11b
    mov r12, qword [rbp+0]
    mov r12d, dword [rbp+0]
    mov r12b, byte [rbp+0]
    movzx r12d, byte [rbp+0]
    lea r12, [rbp+0]
    mov qword [rbp+0], r12
    mov dword [rbp+0], r12d
    mov byte [rbp+0], r12b
    add byte [rbp+0], r12b
    sub byte [rbp+0], r12b
    mov r13, qword [rbp+0]
    mov r13d, dword [rbp+0]
    mov r13b, byte [rbp+0]
    movzx r13d, byte [rbp+0]
    lea r13, [rbp+0]
    mov qword [rbp+0], r13
    mov dword [rbp+0], r13d
    mov byte [rbp+0], r13b
    add byte [rbp+0], r13b
    sub byte [rbp+0], r13b
    mov r14, qword [rbp+0]
    mov r14d, dword [rbp+0]
    mov r14b, byte [rbp+0]
    movzx r14d, byte [rbp+0]
    lea r14, [rbp+0]
    mov qword [rbp+0], r14
    mov dword [rbp+0], r14d
    mov byte [rbp+0], r14b
    add byte [rbp+0], r14b
    sub byte [rbp+0], r14b
    mov r15, qword [rbp+0]
    mov r15d, dword [rbp+0]
    mov r15b, byte [rbp+0]
    movzx r15d, byte [rbp+0]
    lea r15, [rbp+0]
    mov qword [rbp+0], r15
    mov dword [rbp+0], r15d
    mov byte [rbp+0], r15b
    add byte [rbp+0], r15b
    sub byte [rbp+0], r15b
    mov byte [rbp+0], 0
    mov byte [rbp+0], 1
    mov byte [rbp+0], -1
    mov byte [rbp+0], 127
    mov byte [rbp+0], -128
    mov byte [rbp+0], 255
    add byte [rbp+0], 0
    add byte [rbp+0], 1
    add byte [rbp+0], -1
    add byte [rbp+0], 127
    add byte [rbp+0], -128
    add byte [rbp+0], 255
    sub byte [rbp+0], 0
    sub byte [rbp+0], 1
    sub byte [rbp+0], -1
    sub byte [rbp+0], 127
    sub byte [rbp+0], -128
    sub byte [rbp+0], 255
    cmp byte [rbp+0], 0
    cmp byte [rbp+0], 1
    cmp byte [rbp+0], -1
    cmp byte [rbp+0], 127
    cmp byte [rbp+0], -128
    cmp byte [rbp+0], 255
    mov rax, qword [rbp+1]
    mov eax, dword [rbp+1]
    mov al, byte [rbp+1]
    movzx eax, byte [rbp+1]
    lea rax, [rbp+1]
    mov qword [rbp+1], rax
    mov dword [rbp+1], eax
    mov byte [rbp+1], al
    add byte [rbp+1], al
    sub byte [rbp+1], al
    mov rcx, qword [rbp+1]
    mov ecx, dword [rbp+1]
    mov cl, byte [rbp+1]
    movzx ecx, byte [rbp+1]
    lea rcx, [rbp+1]
    mov qword [rbp+1], rcx
    mov dword [rbp+1], ecx
    mov byte [rbp+1], cl
    add byte [rbp+1], cl
    sub byte [rbp+1], cl
    mov rdx, qword [rbp+1]
    mov edx, dword [rbp+1]
    mov dl, byte [rbp+1]
    movzx edx, byte [rbp+1]
    lea rdx, [rbp+1]
    mov qword [rbp+1], rdx
    mov dword [rbp+1], edx
    mov byte [rbp+1], dl
    add byte [rbp+1], dl
    sub byte [rbp+1], dl
    mov rbx, qword [rbp+1]
    mov ebx, dword [rbp+1]
    mov bl, byte [rbp+1]
    movzx ebx, byte [rbp+1]
    lea rbx, [rbp+1]
    mov qword [rbp+1], rbx
    mov dword [rbp+1], ebx
    mov byte [rbp+1], bl
    add byte [rbp+1], bl
    sub byte [rbp+1], bl
    mov rsp, qword [rbp+1]
    mov esp, dword [rbp+1]
    mov spl, byte [rbp+1]
    movzx esp, byte [rbp+1]
    lea rsp, [rbp+1]
    mov qword [rbp+1], rsp
    mov dword [rbp+1], esp
    mov byte [rbp+1], spl
    add byte [rbp+1], spl
    sub byte [rbp+1], spl
    mov rbp, qword [rbp+1]
    mov ebp, dword [rbp+1]
    mov bpl, byte [rbp+1]
    movzx ebp, byte [rbp+1]
    lea rbp, [rbp+1]
    mov qword [rbp+1], rbp
    mov dword [rbp+1], ebp
    mov byte [rbp+1], bpl
    add byte [rbp+1], bpl
    sub byte [rbp+1], bpl
    mov rsi, qword [rbp+1]
    mov esi, dword [rbp+1]
    mov sil, byte [rbp+1]
    movzx esi, byte [rbp+1]
    lea rsi, [rbp+1]
    mov qword [rbp+1], rsi
    mov dword [rbp+1], esi
    mov byte [rbp+1], sil
    add byte [rbp+1], sil
    sub byte [rbp+1], sil
    mov rdi, qword [rbp+1]
    mov edi, dword [rbp+1]
    mov dil, byte [rbp+1]
    movzx edi, byte [rbp+1]
    lea rdi, [rbp+1]
    mov qword [rbp+1], rdi
    mov dword [rbp+1], edi
    mov byte [rbp+1], dil
    add byte [rbp+1], dil
    sub byte [rbp+1], dil
    mov r8, qword [rbp+1]
    mov r8d, dword [rbp+1]
    mov r8b, byte [rbp+1]
    movzx r8d, byte [rbp+1]
    lea r8, [rbp+1]
    mov qword [rbp+1], r8
    mov dword [rbp+1], r8d
    mov byte [rbp+1], r8b
    add byte [rbp+1], r8b
    sub byte [rbp+1], r8b
    mov r9, qword [rbp+1]
    mov r9d, dword [rbp+1]
    mov r9b, byte [rbp+1]
    movzx r9d, byte [rbp+1]
    lea r9, [rbp+1]
    mov qword [rbp+1], r9
    mov dword [rbp+1], r9d
    mov byte [rbp+1], r9b
    add byte [rbp+1], r9b
    sub byte [rbp+1], r9b
    mov r10, qword [rbp+1]
    mov r10d, dword [rbp+1]
    mov r10b, byte [rbp+1]
    movzx r10d, byte [rbp+1]
    lea r10, [rbp+1]
    mov qword [rbp+1], r10
    mov dword [rbp+1], r10d
    mov byte [rbp+1], r10b
    add byte [rbp+1], r10b
    sub byte [rbp+1], r10b
    mov r11, qword [rbp+1]
    mov r11d, dword [rbp+1]
    mov r11b, byte [rbp+1]
    movzx r11d, byte [rbp+1]
    lea r11, [rbp+1]
    mov qword [rbp+1], r11
    mov dword [rbp+1], r11d
    mov byte [rbp+1], r11b
    add byte [rbp+1], r11b
    sub byte [rbp+1], r11b
    mov r12, qword [rbp+1]
    mov r12d, dword [rbp+1]
    mov r12b, byte [rbp+1]
    movzx r12d, byte [rbp+1]
    lea r12, [rbp+1]
    mov qword [rbp+1], r12
    mov dword [rbp+1], r12d
    mov byte [rbp+1], r12b
    add byte [rbp+1], r12b
    sub byte [rbp+1], r12b
    mov r13, qword [rbp+1]
    mov r13d, dword [rbp+1]
    mov r13b, byte [rbp+1]
    movzx r13d, byte [rbp+1]
    lea r13, [rbp+1]
    mov qword [rbp+1], r13
    mov dword [rbp+1], r13d
    mov byte [rbp+1], r13b
    add byte [rbp+1], r13b
    sub byte [rbp+1], r13b
    mov r14, qword [rbp+1]
    mov r14d, dword [rbp+1]
    mov r14b, byte [rbp+1]
    movzx r14d, byte [rbp+1]
    lea r14, [rbp+1]
    mov qword [rbp+1], r14
    mov dword [rbp+1], r14d
    mov byte [rbp+1], r14b
    add byte [rbp+1], r14b
    sub byte [rbp+1], r14b
    mov r15, qword [rbp+1]
    mov r15d, dword [rbp+1]
    mov r15b, byte [rbp+1]
    movzx r15d, byte [rbp+1]
    lea r15, [rbp+1]
    mov qword [rbp+1], r15
    mov dword [rbp+1], r15d
    mov byte [rbp+1], r15b
    add byte [rbp+1], r15b
    sub byte [rbp+1], r15b
    mov byte [rbp+1], 0
    mov byte [rbp+1], 1
    mov byte [rbp+1], -1
    mov byte [rbp+1], 127
    mov byte [rbp+1], -128
    mov byte [rbp+1], 255
    add byte [rbp+1], 0
    add byte [rbp+1], 1
    add byte [rbp+1], -1
    add byte [rbp+1], 127
    add byte [rbp+1], -128
    add byte [rbp+1], 255
    sub byte [rbp+1], 0
    sub byte [rbp+1], 1
    sub byte [rbp+1], -1
    sub byte [rbp+1], 127
    sub byte [rbp+1], -128
    sub byte [rbp+1], 255
    cmp byte [rbp+1], 0
    cmp byte [rbp+1], 1
    cmp byte [rbp+1], -1
    cmp byte [rbp+1], 127
    cmp byte [rbp+1], -128
    cmp byte [rbp+1], 255
    mov rax, qword [rbp-1]
    mov eax, dword [rbp-1]
    mov al, byte [rbp-1]
    movzx eax, byte [rbp-1]
    lea rax, [rbp-1]
    mov qword [rbp-1], rax
    mov dword [rbp-1], eax
    mov byte [rbp-1], al
    add byte [rbp-1], al
    sub byte [rbp-1], al
    mov rcx, qword [rbp-1]
    mov ecx, dword [rbp-1]
    mov cl, byte [rbp-1]
    movzx ecx, byte [rbp-1]
    lea rcx, [rbp-1]
    mov qword [rbp-1], rcx
    mov dword [rbp-1], ecx
    mov byte [rbp-1], cl
    add byte [rbp-1], cl
    sub byte [rbp-1], cl
    mov rdx, qword [rbp-1]
    mov edx, dword [rbp-1]
    mov dl, byte [rbp-1]
    movzx edx, byte [rbp-1]
    lea rdx, [rbp-1]
    mov qword [rbp-1], rdx
    mov dword [rbp-1], edx
    mov byte [rbp-1], dl
    add byte [rbp-1], dl
    sub byte [rbp-1], dl
    mov rbx, qword [rbp-1]
    mov ebx, dword [rbp-1]
    mov bl, byte [rbp-1]
    movzx ebx, byte [rbp-1]
    lea rbx, [rbp-1]
    mov qword [rbp-1], rbx
    mov dword [rbp-1], ebx
    mov byte [rbp-1], bl
    add byte [rbp-1], bl
    sub byte [rbp-1], bl
    mov rsp, qword [rbp-1]
    mov esp, dword [rbp-1]
    mov spl, byte [rbp-1]
    movzx esp, byte [rbp-1]
    lea rsp, [rbp-1]
    mov qword [rbp-1], rsp
    mov dword [rbp-1], esp
    mov byte [rbp-1], spl
    add byte [rbp-1], spl
    sub byte [rbp-1], spl
    mov rbp, qword [rbp-1]
    mov ebp, dword [rbp-1]
    mov bpl, byte [rbp-1]
    movzx ebp, byte [rbp-1]
    lea rbp, [rbp-1]
    mov qword [rbp-1], rbp
    mov dword [rbp-1], ebp
    mov byte [rbp-1], bpl
    add byte [rbp-1], bpl
    sub byte [rbp-1], bpl
    mov rsi, qword [rbp-1]
    mov esi, dword [rbp-1]
    mov sil, byte [rbp-1]
    movzx esi, byte [rbp-1]
    lea rsi, [rbp-1]
    mov qword [rbp-1], rsi
    mov dword [rbp-1], esi
    mov byte [rbp-1], sil
    add byte [rbp-1], sil
    sub byte [rbp-1], sil
    mov rdi, qword [rbp-1]
    mov edi, dword [rbp-1]
    mov dil, byte [rbp-1]
    movzx edi, byte [rbp-1]
    lea rdi, [rbp-1]
    mov qword [rbp-1], rdi
    mov dword [rbp-1], edi
    mov byte [rbp-1], dil
    add byte [rbp-1], dil
    sub byte [rbp-1], dil
    mov r8, qword [rbp-1]
    mov r8d, dword [rbp-1]
    mov r8b, byte [rbp-1]
    movzx r8d, byte [rbp-1]
    lea r8, [rbp-1]
    mov qword [rbp-1], r8
    mov dword [rbp-1], r8d
    mov byte [rbp-1], r8b
    add byte [rbp-1], r8b
    sub byte [rbp-1], r8b
    mov r9, qword [rbp-1]
    mov r9d, dword [rbp-1]
    mov r9b, byte [rbp-1]
    movzx r9d, byte [rbp-1]
    lea r9, [rbp-1]
    mov qword [rbp-1], r9
    mov dword [rbp-1], r9d
    mov byte [rbp-1], r9b
    add byte [rbp-1], r9b
    sub byte [rbp-1], r9b
    mov r10, qword [rbp-1]
    mov r10d, dword [rbp-1]
    mov r10b, byte [rbp-1]
    movzx r10d, byte [rbp-1]
    lea r10, [rbp-1]
    mov qword [rbp-1], r10
    mov dword [rbp-1], r10d
    mov byte [rbp-1], r10b
    add byte [rbp-1], r10b
    sub byte [rbp-1], r10b
    mov r11, qword [rbp-1]
    mov r11d, dword [rbp-1]
    mov r11b, byte [rbp-1]
    movzx r11d, byte [rbp-1]
    lea r11, [rbp-1]
    mov qword [rbp-1], r11
    mov dword [rbp-1], r11d
    mov byte [rbp-1], r11b
    add byte [rbp-1], r11b
    sub byte [rbp-1], r11b
    mov r12, qword [rbp-1]
    mov r12d, dword [rbp-1]
    mov r12b, byte [rbp-1]
    movzx r12d, byte [rbp-1]
    lea r12, [rbp-1]
    mov qword [rbp-1], r12
    mov dword [rbp-1], r12d
    mov byte [rbp-1], r12b
    add byte [rbp-1], r12b
    sub byte [rbp-1], r12b
    mov r13, qword [rbp-1]
    mov r13d, dword [rbp-1]
    mov r13b, byte [rbp-1]
    movzx r13d, byte [rbp-1]
    lea r13, [rbp-1]
    mov qword [rbp-1], r13
    mov dword [rbp-1], r13d
    mov byte [rbp-1], r13b
    add byte [rbp-1], r13b
    sub byte [rbp-1], r13b
    mov r14, qword [rbp-1]
    mov r14d, dword [rbp-1]
    mov r14b, byte [rbp-1]
    movzx r14d, byte [rbp-1]
    lea r14, [rbp-1]
    mov qword [rbp-1], r14
    mov dword [rbp-1], r14d
    mov byte [rbp-1], r14b
    add byte [rbp-1], r14b
    sub byte [rbp-1], r14b
    mov r15, qword [rbp-1]
    mov r15d, dword [rbp-1]
    mov r15b, byte [rbp-1]
    movzx r15d, byte [rbp-1]
    lea r15, [rbp-1]
    mov qword [rbp-1], r15
    mov dword [rbp-1], r15d
    mov byte [rbp-1], r15b
    add byte [rbp-1], r15b
    sub byte [rbp-1], r15b
    mov byte [rbp-1], 0
    mov byte [rbp-1], 1
    mov byte [rbp-1], -1
    mov byte [rbp-1], 127
    mov byte [rbp-1], -128
    mov byte [rbp-1], 255
    add byte [rbp-1], 0
    add byte [rbp-1], 1
    add byte [rbp-1], -1
    add byte [rbp-1], 127
    add byte [rbp-1], -128
    add byte [rbp-1], 255
    sub byte [rbp-1], 0
    sub byte [rbp-1], 1
    sub byte [rbp-1], -1
    sub byte [rbp-1], 127
    sub byte [rbp-1], -128
    sub byte [rbp-1], 255
    cmp byte [rbp-1], 0
    cmp byte [rbp-1], 1
    cmp byte [rbp-1], -1
    cmp byte [rbp-1], 127
    cmp byte [rbp-1], -128
    cmp byte [rbp-1], 255
    mov rax, qword [rbp+127]
    mov eax, dword [rbp+127]
    mov al, byte [rbp+127]
    movzx eax, byte [rbp+127]
    lea rax, [rbp+127]
    mov qword [rbp+127], rax
    mov dword [rbp+127], eax
    mov byte [rbp+127], al
    add byte [rbp+127], al
    sub byte [rbp+127], al
    mov rcx, qword [rbp+127]
    mov ecx, dword [rbp+127]
    mov cl, byte [rbp+127]
    movzx ecx, byte [rbp+127]
    lea rcx, [rbp+127]
    mov qword [rbp+127], rcx
    mov dword [rbp+127], ecx
    mov byte [rbp+127], cl
    add byte [rbp+127], cl
    sub byte [rbp+127], cl
    mov rdx, qword [rbp+127]
    mov edx, dword [rbp+127]
    mov dl, byte [rbp+127]
    movzx edx, byte [rbp+127]
    lea rdx, [rbp+127]
    mov qword [rbp+127], rdx
    mov dword [rbp+127], edx
    mov byte [rbp+127], dl
    add byte [rbp+127], dl
    sub byte [rbp+127], dl
    mov rbx, qword [rbp+127]
    mov ebx, dword [rbp+127]
    mov bl, byte [rbp+127]
    movzx ebx, byte [rbp+127]
    lea rbx, [rbp+127]
    mov qword [rbp+127], rbx
    mov dword [rbp+127], ebx
    mov byte [rbp+127], bl
    add byte [rbp+127], bl
    sub byte [rbp+127], bl
    mov rsp, qword [rbp+127]
    mov esp, dword [rbp+127]
    mov spl, byte [rbp+127]
    movzx esp, byte [rbp+127]
    lea rsp, [rbp+127]
    mov qword [rbp+127], rsp
    mov dword [rbp+127], esp
    mov byte [rbp+127], spl
    add byte [rbp+127], spl
    sub byte [rbp+127], spl
    mov rbp, qword [rbp+127]
    mov ebp, dword [rbp+127]
    mov bpl, byte [rbp+127]
    movzx ebp, byte [rbp+127]
    lea rbp, [rbp+127]
    mov qword [rbp+127], rbp
    mov dword [rbp+127], ebp
    mov byte [rbp+127], bpl
    add byte [rbp+127], bpl
    sub byte [rbp+127], bpl
    mov rsi, qword [rbp+127]
    mov esi, dword [rbp+127]
    mov sil, byte [rbp+127]
    movzx esi, byte [rbp+127]
    lea rsi, [rbp+127]
    mov qword [rbp+127], rsi
    mov dword [rbp+127], esi
    mov byte [rbp+127], sil
    add byte [rbp+127], sil
    sub byte [rbp+127], sil
    mov rdi, qword [rbp+127]
    mov edi, dword [rbp+127]
    mov dil, byte [rbp+127]
    movzx edi, byte [rbp+127]
    lea rdi, [rbp+127]
    mov qword [rbp+127], rdi
    mov dword [rbp+127], edi
    mov byte [rbp+127], dil
    add byte [rbp+127], dil
    sub byte [rbp+127], dil
    mov r8, qword [rbp+127]
    mov r8d, dword [rbp+127]
    mov r8b, byte [rbp+127]
    movzx r8d, byte [rbp+127]
    lea r8, [rbp+127]
    mov qword [rbp+127], r8
    mov dword [rbp+127], r8d
    mov byte [rbp+127], r8b
    add byte [rbp+127], r8b
    sub byte [rbp+127], r8b
    mov r9, qword [rbp+127]
    mov r9d, dword [rbp+127]
    mov r9b, byte [rbp+127]
    movzx r9d, byte [rbp+127]
    lea r9, [rbp+127]
    mov qword [rbp+127], r9
    mov dword [rbp+127], r9d
    mov byte [rbp+127], r9b
    add byte [rbp+127], r9b
    sub byte [rbp+127], r9b
    mov r10, qword [rbp+127]
    mov r10d, dword [rbp+127]
    mov r10b, byte [rbp+127]
    movzx r10d, byte [rbp+127]
    lea r10, [rbp+127]
    mov qword [rbp+127], r10
    mov dword [rbp+127], r10d
    mov byte [rbp+127], r10b
    add byte [rbp+127], r10b
    sub byte [rbp+127], r10b
    mov r11, qword [rbp+127]
    mov r11d, dword [rbp+127]
    mov r11b, byte [rbp+127]
    movzx r11d, byte [rbp+127]
    lea r11, [rbp+127]
    mov qword [rbp+127], r11
    mov dword [rbp+127], r11d
    mov byte [rbp+127], r11b
    add byte [rbp+127], r11b
    sub byte [rbp+127], r11b
    mov r12, qword [rbp+127]
    mov r12d, dword [rbp+127]
    mov r12b, byte [rbp+127]
    movzx r12d, byte [rbp+127]
    lea r12, [rbp+127]
    mov qword [rbp+127], r12
    mov dword [rbp+127], r12d
    mov byte [rbp+127], r12b
    add byte [rbp+127], r12b
    sub byte [rbp+127], r12b
    mov r13, qword [rbp+127]
    mov r13d, dword [rbp+127]
    mov r13b, byte [rbp+127]
    movzx r13d, byte [rbp+127]
    lea r13, [rbp+127]
    mov qword [rbp+127], r13
    mov dword [rbp+127], r13d
    mov byte [rbp+127], r13b
    add byte [rbp+127], r13b
    sub byte [rbp+127], r13b
    mov r14, qword [rbp+127]
    mov r14d, dword [rbp+127]
    mov r14b, byte [rbp+127]
    movzx r14d, byte [rbp+127]
    lea r14, [rbp+127]
    mov qword [rbp+127], r14
    mov dword [rbp+127], r14d
    mov byte [rbp+127], r14b
    add byte [rbp+127], r14b
    sub byte [rbp+127], r14b
    mov r15, qword [rbp+127]
    mov r15d, dword [rbp+127]
    mov r15b, byte [rbp+127]
    movzx r15d, byte [rbp+127]
    lea r15, [rbp+127]
    mov qword [rbp+127], r15
    mov dword [rbp+127], r15d
    mov byte [rbp+127], r15b
    add byte [rbp+127], r15b
    sub byte [rbp+127], r15b
    mov byte [rbp+127], 0
    mov byte [rbp+127], 1
    mov byte [rbp+127], -1
    mov byte [rbp+127], 127
    mov byte [rbp+127], -128
    mov byte [rbp+127], 255
    add byte [rbp+127], 0
    add byte [rbp+127], 1
    add byte [rbp+127], -1
    add byte [rbp+127], 127
    add byte [rbp+127], -128
    add byte [rbp+127], 255
    sub byte [rbp+127], 0
    sub byte [rbp+127], 1
    sub byte [rbp+127], -1
    sub byte [rbp+127], 127
    sub byte [rbp+127], -128
    sub byte [rbp+127], 255
    cmp byte [rbp+127], 0
    cmp byte [rbp+127], 1
    cmp byte [rbp+127], -1
    cmp byte [rbp+127], 127
    cmp byte [rbp+127], -128
    cmp byte [rbp+127], 255
    mov rax, qword [rbp-128]
    mov eax, dword [rbp-128]
    mov al, byte [rbp-128]
    movzx eax, byte [rbp-128]
    lea rax, [rbp-128]
    mov qword [rbp-128], rax
    mov dword [rbp-128], eax
    mov byte [rbp-128], al
    add byte [rbp-128], al
    sub byte [rbp-128], al
    mov rcx, qword [rbp-128]
    mov ecx, dword [rbp-128]
    mov cl, byte [rbp-128]
    movzx ecx, byte [rbp-128]
    lea rcx, [rbp-128]
    mov qword [rbp-128], rcx
    mov dword [rbp-128], ecx
    mov byte [rbp-128], cl
    add byte [rbp-128], cl
    sub byte [rbp-128], cl
    mov rdx, qword [rbp-128]
    mov edx, dword [rbp-128]
    mov dl, byte [rbp-128]
    movzx edx, byte [rbp-128]
    lea rdx, [rbp-128]
    mov qword [rbp-128], rdx
    mov dword [rbp-128], edx
    mov byte [rbp-128], dl
    add byte [rbp-128], dl
    sub byte [rbp-128], dl
    mov rbx, qword [rbp-128]
    mov ebx, dword [rbp-128]
    mov bl, byte [rbp-128]
    movzx ebx, byte [rbp-128]
    lea rbx, [rbp-128]
    mov qword [rbp-128], rbx
    mov dword [rbp-128], ebx
    mov byte [rbp-128], bl
    add byte [rbp-128], bl
    sub byte [rbp-128], bl
    mov rsp, qword [rbp-128]
    mov esp, dword [rbp-128]
    mov spl, byte [rbp-128]
    movzx esp, byte [rbp-128]
    lea rsp, [rbp-128]
    mov qword [rbp-128], rsp
    mov dword [rbp-128], esp
    mov byte [rbp-128], spl
    add byte [rbp-128], spl
    sub byte [rbp-128], spl
    mov rbp, qword [rbp-128]
    mov ebp, dword [rbp-128]
    mov bpl, byte [rbp-128]
    movzx ebp, byte [rbp-128]
    lea rbp, [rbp-128]
    mov qword [rbp-128], rbp
    mov dword [rbp-128], ebp
    mov byte [rbp-128], bpl
    add byte [rbp-128], bpl
    sub byte [rbp-128], bpl
    mov rsi, qword [rbp-128]
    mov esi, dword [rbp-128]
    mov sil, byte [rbp-128]
    movzx esi, byte [rbp-128]
    lea rsi, [rbp-128]
    mov qword [rbp-128], rsi
    mov dword [rbp-128], esi
    mov byte [rbp-128], sil
    add byte [rbp-128], sil
    sub byte [rbp-128], sil
    mov rdi, qword [rbp-128]
    mov edi, dword [rbp-128]
    mov dil, byte [rbp-128]
    movzx edi, byte [rbp-128]
    lea rdi, [rbp-128]
    mov qword [rbp-128], rdi
    mov dword [rbp-128], edi
    mov byte [rbp-128], dil
    add byte [rbp-128], dil
    sub byte [rbp-128], dil
    mov r8, qword [rbp-128]
    mov r8d, dword [rbp-128]
    mov r8b, byte [rbp-128]
    movzx r8d, byte [rbp-128]
    lea r8, [rbp-128]
    mov qword [rbp-128], r8
    mov dword [rbp-128], r8d
    mov byte [rbp-128], r8b
    add byte [rbp-128], r8b
    sub byte [rbp-128], r8b
    mov r9, qword [rbp-128]
    mov r9d, dword [rbp-128]
    mov r9b, byte [rbp-128]
    movzx r9d, byte [rbp-128]
    lea r9, [rbp-128]
    mov qword [rbp-128], r9
    mov dword [rbp-128], r9d
    mov byte [rbp-128], r9b
    add byte [rbp-128], r9b
    sub byte [rbp-128], r9b
    mov r10, qword [rbp-128]
    mov r10d, dword [rbp-128]
    mov r10b, byte [rbp-128]
    movzx r10d, byte [rbp-128]
    lea r10, [rbp-128]
    mov qword [rbp-128], r10
    mov dword [rbp-128], r10d
    mov byte [rbp-128], r10b
    add byte [rbp-128], r10b
    sub byte [rbp-128], r10b
    mov r11, qword [rbp-128]
    mov r11d, dword [rbp-128]
    mov r11b, byte [rbp-128]
    movzx r11d, byte [rbp-128]
    lea r11, [rbp-128]
    mov qword [rbp-128], r11
    mov dword [rbp-128], r11d
    mov byte [rbp-128], r11b
    add byte [rbp-128], r11b
    sub byte [rbp-128], r11b
    mov r12, qword [rbp-128]
    mov r12d, dword [rbp-128]
    mov r12b, byte [rbp-128]
    movzx r12d, byte [rbp-128]
    lea r12, [rbp-128]
    mov qword [rbp-128], r12
    mov dword [rbp-128], r12d
    mov byte [rbp-128], r12b
    add byte [rbp-128], r12b
    sub byte [rbp-128], r12b
    mov r13, qword [rbp-128]
    mov r13d, dword [rbp-128]
    mov r13b, byte [rbp-128]
    movzx r13d, byte [rbp-128]
    lea r13, [rbp-128]
    mov qword [rbp-128], r13
    mov dword [rbp-128], r13d
    mov byte [rbp-128], r13b
    add byte [rbp-128], r13b
    sub byte [rbp-128], r13b
    mov r14, qword [rbp-128]
    mov r14d, dword [rbp-128]
    mov r14b, byte [rbp-128]
    movzx r14d, byte [rbp-128]
    lea r14, [rbp-128]
    mov qword [rbp-128], r14
    mov dword [rbp-128], r14d
    mov byte [rbp-128], r14b
    add byte [rbp-128], r14b
    sub byte [rbp-128], r14b
    mov r15, qword [rbp-128]
    mov r15d, dword [rbp-128]
    mov r15b, byte [rbp-128]
    movzx r15d, byte [rbp-128]
    lea r15, [rbp-128]
    mov qword [rbp-128], r15
    mov dword [rbp-128], r15d
    mov byte [rbp-128], r15b
    add byte [rbp-128], r15b
    sub byte [rbp-128], r15b
    mov byte [rbp-128], 0
    mov byte [rbp-128], 1
    mov byte [rbp-128], -1
    mov byte [rbp-128], 127
    mov byte [rbp-128], -128
    mov byte [rbp-128], 255
    add byte [rbp-128], 0
    add byte [rbp-128], 1
    add byte [rbp-128], -1
    add byte [rbp-128], 127
    add byte [rbp-128], -128
    add byte [rbp-128], 255
    sub byte [rbp-128], 0
    sub byte [rbp-128], 1
    sub byte [rbp-128], -1
    sub byte [rbp-128], 127
    sub byte [rbp-128], -128
    sub byte [rbp-128], 255
    cmp byte [rbp-128], 0
    cmp byte [rbp-128], 1
    cmp byte [rbp-128], -1
    cmp byte [rbp-128], 127
    cmp byte [rbp-128], -128
    cmp byte [rbp-128], 255
    mov rax, qword [rbp+128]
    mov eax, dword [rbp+128]
    mov al, byte [rbp+128]
    movzx eax, byte [rbp+128]
    lea rax, [rbp+128]
    mov qword [rbp+128], rax
    mov dword [rbp+128], eax
    mov byte [rbp+128], al
    add byte [rbp+128], al
    sub byte [rbp+128], al
    mov rcx, qword [rbp+128]
    mov ecx, dword [rbp+128]
    mov cl, byte [rbp+128]
    movzx ecx, byte [rbp+128]
    lea rcx, [rbp+128]
    mov qword [rbp+128], rcx
    mov dword [rbp+128], ecx
    mov byte [rbp+128], cl
    add byte [rbp+128], cl
    sub byte [rbp+128], cl
    mov rdx, qword [rbp+128]
    mov edx, dword [rbp+128]
    mov dl, byte [rbp+128]
    movzx edx, byte [rbp+128]
    lea rdx, [rbp+128]
    mov qword [rbp+128], rdx
    mov dword [rbp+128], edx
    mov byte [rbp+128], dl
    add byte [rbp+128], dl
    sub byte [rbp+128], dl
    mov rbx, qword [rbp+128]
    mov ebx, dword [rbp+128]
    mov bl, byte [rbp+128]
    movzx ebx, byte [rbp+128]
    lea rbx, [rbp+128]
    mov qword [rbp+128], rbx
    mov dword [rbp+128], ebx
    mov byte [rbp+128], bl
    add byte [rbp+128], bl
    sub byte [rbp+128], bl
    mov rsp, qword [rbp+128]
    mov esp, dword [rbp+128]
    mov spl, byte [rbp+128]
    movzx esp, byte [rbp+128]
    lea rsp, [rbp+128]
    mov qword [rbp+128], rsp
    mov dword [rbp+128], esp
    mov byte [rbp+128], spl
    add byte [rbp+128], spl
    sub byte [rbp+128], spl
    mov rbp, qword [rbp+128]
    mov ebp, dword [rbp+128]
    mov bpl, byte [rbp+128]
    movzx ebp, byte [rbp+128]
    lea rbp, [rbp+128]
    mov qword [rbp+128], rbp
    mov dword [rbp+128], ebp
    mov byte [rbp+128], bpl
    add byte [rbp+128], bpl
    sub byte [rbp+128], bpl
    mov rsi, qword [rbp+128]
    mov esi, dword [rbp+128]
    mov sil, byte [rbp+128]
    movzx esi, byte [rbp+128]
    lea rsi, [rbp+128]
    mov qword [rbp+128], rsi
    mov dword [rbp+128], esi
    mov byte [rbp+128], sil
    add byte [rbp+128], sil
    sub byte [rbp+128], sil
    mov rdi, qword [rbp+128]
    mov edi, dword [rbp+128]
    mov dil, byte [rbp+128]
    movzx edi, byte [rbp+128]
    lea rdi, [rbp+128]
    mov qword [rbp+128], rdi
    mov dword [rbp+128], edi
    mov byte [rbp+128], dil
    add byte [rbp+128], dil
    sub byte [rbp+128], dil
    mov r8, qword [rbp+128]
    mov r8d, dword [rbp+128]
    mov r8b, byte [rbp+128]
    movzx r8d, byte [rbp+128]
    lea r8, [rbp+128]
    mov qword [rbp+128], r8
    mov dword [rbp+128], r8d
    mov byte [rbp+128], r8b
    add byte [rbp+128], r8b
    sub byte [rbp+128], r8b
    mov r9, qword [rbp+128]
    mov r9d, dword [rbp+128]
    mov r9b, byte [rbp+128]
    movzx r9d, byte [rbp+128]
    lea r9, [rbp+128]
    mov qword [rbp+128], r9
    mov dword [rbp+128], r9d
    mov byte [rbp+128], r9b
    add byte [rbp+128], r9b
    sub byte [rbp+128], r9b
    mov r10, qword [rbp+128]
    mov r10d, dword [rbp+128]
    mov r10b, byte [rbp+128]
    movzx r10d, byte [rbp+128]
    lea r10, [rbp+128]
    mov qword [rbp+128], r10
    mov dword [rbp+128], r10d
    mov byte [rbp+128], r10b
    add byte [rbp+128], r10b
    sub byte [rbp+128], r10b
    mov r11, qword [rbp+128]
    mov r11d, dword [rbp+128]
    mov r11b, byte [rbp+128]
    movzx r11d, byte [rbp+128]
    lea r11, [rbp+128]
    mov qword [rbp+128], r11
    mov dword [rbp+128], r11d
    mov byte [rbp+128], r11b
    add byte [rbp+128], r11b
    sub byte [rbp+128], r11b
    mov r12, qword [rbp+128]
    mov r12d, dword [rbp+128]
    mov r12b, byte [rbp+128]
    movzx r12d, byte [rbp+128]
    lea r12, [rbp+128]
    mov qword [rbp+128], r12
    mov dword [rbp+128], r12d
    mov byte [rbp+128], r12b
    add byte [rbp+128], r12b
    sub byte [rbp+128], r12b
    mov r13, qword [rbp+128]
    mov r13d, dword [rbp+128]
    mov r13b, byte [rbp+128]
    movzx r13d, byte [rbp+128]
    lea r13, [rbp+128]
    mov qword [rbp+128], r13
    mov dword [rbp+128], r13d
    mov byte [rbp+128], r13b
    add byte [rbp+128], r13b
    sub byte [rbp+128], r13b
    mov r14, qword [rbp+128]
    mov r14d, dword [rbp+128]
    mov r14b, byte [rbp+128]
    movzx r14d, byte [rbp+128]
    lea r14, [rbp+128]
    mov qword [rbp+128], r14
    mov dword [rbp+128], r14d
    mov byte [rbp+128], r14b
    add byte [rbp+128], r14b
    sub byte [rbp+128], r14b
    mov r15, qword [rbp+128]
    mov r15d, dword [rbp+128]
    mov r15b, byte [rbp+128]
    movzx r15d, byte [rbp+128]
    lea r15, [rbp+128]
    mov qword [rbp+128], r15
    mov dword [rbp+128], r15d
    mov byte [rbp+128], r15b
    add byte [rbp+128], r15b
    sub byte [rbp+128], r15b
    mov byte [rbp+128], 0
    mov byte [rbp+128], 1
    mov byte [rbp+128], -1
    mov byte [rbp+128], 127
    mov byte [rbp+128], -128
    mov byte [rbp+128], 255
    add byte [rbp+128], 0
    add byte [rbp+128], 1
    add byte [rbp+128], -1
    add byte [rbp+128], 127
    add byte [rbp+128], -128
    add byte [rbp+128], 255
    sub byte [rbp+128], 0
    sub byte [rbp+128], 1
    sub byte [rbp+128], -1
    sub byte [rbp+128], 127
    sub byte [rbp+128], -128
    sub byte [rbp+128], 255
    cmp byte [rbp+128], 0
    cmp byte [rbp+128], 1
    cmp byte [rbp+128], -1
    cmp byte [rbp+128], 127
    cmp byte [rbp+128], -128
    cmp byte [rbp+128], 255
    mov rax, qword [rbp-129]
    mov eax, dword [rbp-129]
    mov al, byte [rbp-129]
    movzx eax, byte [rbp-129]
    lea rax, [rbp-129]
    mov qword [rbp-129], rax
    mov dword [rbp-129], eax
    mov byte [rbp-129], al
    add byte [rbp-129], al
    sub byte [rbp-129], al
    mov rcx, qword [rbp-129]
    mov ecx, dword [rbp-129]
    mov cl, byte [rbp-129]
    movzx ecx, byte [rbp-129]
    lea rcx, [rbp-129]
    mov qword [rbp-129], rcx
    mov dword [rbp-129], ecx
    mov byte [rbp-129], cl
    add byte [rbp-129], cl
    sub byte [rbp-129], cl
    mov rdx, qword [rbp-129]
    mov edx, dword [rbp-129]
    mov dl, byte [rbp-129]
    movzx edx, byte [rbp-129]
    lea rdx, [rbp-129]
    mov qword [rbp-129], rdx
    mov dword [rbp-129], edx
    mov byte [rbp-129], dl
    add byte [rbp-129], dl
    sub byte [rbp-129], dl
    mov rbx, qword [rbp-129]
    mov ebx, dword [rbp-129]
    mov bl, byte [rbp-129]
    movzx ebx, byte [rbp-129]
    lea rbx, [rbp-129]
    mov qword [rbp-129], rbx
    mov dword [rbp-129], ebx
    mov byte [rbp-129], bl
    add byte [rbp-129], bl
    sub byte [rbp-129], bl
    mov rsp, qword [rbp-129]
    mov esp, dword [rbp-129]
    mov spl, byte [rbp-129]
    movzx esp, byte [rbp-129]
    lea rsp, [rbp-129]
    mov qword [rbp-129], rsp
    mov dword [rbp-129], esp
    mov byte [rbp-129], spl
    add byte [rbp-129], spl
    sub byte [rbp-129], spl
    mov rbp, qword [rbp-129]
    mov ebp, dword [rbp-129]
    mov bpl, byte [rbp-129]
    movzx ebp, byte [rbp-129]
    lea rbp, [rbp-129]
    mov qword [rbp-129], rbp
    mov dword [rbp-129], ebp
    mov byte [rbp-129], bpl
    add byte [rbp-129], bpl
    sub byte [rbp-129], bpl
    mov rsi, qword [rbp-129]
    mov esi, dword [rbp-129]
    mov sil, byte [rbp-129]
    movzx esi, byte [rbp-129]
    lea rsi, [rbp-129]
    mov qword [rbp-129], rsi
    mov dword [rbp-129], esi
    mov byte [rbp-129], sil
    add byte [rbp-129], sil
    sub byte [rbp-129], sil
    mov rdi, qword [rbp-129]
    mov edi, dword [rbp-129]
    mov dil, byte [rbp-129]
    movzx edi, byte [rbp-129]
    lea rdi, [rbp-129]
    mov qword [rbp-129], rdi
    mov dword [rbp-129], edi
    mov byte [rbp-129], dil
    add byte [rbp-129], dil
    sub byte [rbp-129], dil
    mov r8, qword [rbp-129]
    mov r8d, dword [rbp-129]
    mov r8b, byte [rbp-129]
    movzx r8d, byte [rbp-129]
    lea r8, [rbp-129]
    mov qword [rbp-129], r8
    mov dword [rbp-129], r8d
    mov byte [rbp-129], r8b
    add byte [rbp-129], r8b
    sub byte [rbp-129], r8b
    mov r9, qword [rbp-129]
    mov r9d, dword [rbp-129]
    mov r9b, byte [rbp-129]
    movzx r9d, byte [rbp-129]
    lea r9, [rbp-129]
    mov qword [rbp-129], r9
    mov dword [rbp-129], r9d
    mov byte [rbp-129], r9b
    add byte [rbp-129], r9b
    sub byte [rbp-129], r9b
    mov r10, qword [rbp-129]
    mov r10d, dword [rbp-129]
    mov r10b, byte [rbp-129]
    movzx r10d, byte [rbp-129]
    lea r10, [rbp-129]
    mov qword [rbp-129], r10
    mov dword [rbp-129], r10d
    mov byte [rbp-129], r10b
    add byte [rbp-129], r10b
    sub byte [rbp-129], r10b
    mov r11, qword [rbp-129]
    mov r11d, dword [rbp-129]
    mov r11b, byte [rbp-129]
    movzx r11d, byte [rbp-129]
    lea r11, [rbp-129]
    mov qword [rbp-129], r11
    mov dword [rbp-129], r11d
    mov byte [rbp-129], r11b
    add byte [rbp-129], r11b
    sub byte [rbp-129], r11b
    mov r12, qword [rbp-129]
    mov r12d, dword [rbp-129]
    mov r12b, byte [rbp-129]
    movzx r12d, byte [rbp-129]
    lea r12, [rbp-129]
    mov qword [rbp-129], r12
    mov dword [rbp-129], r12d
    mov byte [rbp-129], r12b
    add byte [rbp-129], r12b
    sub byte [rbp-129], r12b
    mov r13, qword [rbp-129]
    mov r13d, dword [rbp-129]
    mov r13b, byte [rbp-129]
    movzx r13d, byte [rbp-129]
    lea r13, [rbp-129]
    mov qword [rbp-129], r13
    mov dword [rbp-129], r13d
    mov byte [rbp-129], r13b
    add byte [rbp-129], r13b
    sub byte [rbp-129], r13b
    mov r14, qword [rbp-129]
    mov r14d, dword [rbp-129]
    mov r14b, byte [rbp-129]
    movzx r14d, byte [rbp-129]
    lea r14, [rbp-129]
    mov qword [rbp-129], r14
    mov dword [rbp-129], r14d
    mov byte [rbp-129], r14b
    add byte [rbp-129], r14b
    sub byte [rbp-129], r14b
    mov r15, qword [rbp-129]
    mov r15d, dword [rbp-129]
    mov r15b, byte [rbp-129]
    movzx r15d, byte [rbp-129]
    lea r15, [rbp-129]
    mov qword [rbp-129], r15
    mov dword [rbp-129], r15d
    mov byte [rbp-129], r15b
    add byte [rbp-129], r15b
    sub byte [rbp-129], r15b
    mov byte [rbp-129], 0
    mov byte [rbp-129], 1
    mov byte [rbp-129], -1
    mov byte [rbp-129], 127
    mov byte [rbp-129], -128
    mov byte [rbp-129], 255
    add byte [rbp-129], 0
    add byte [rbp-129], 1
    add byte [rbp-129], -1
    add byte [rbp-129], 127
    add byte [rbp-129], -128
    add byte [rbp-129], 255
    sub byte [rbp-129], 0
    sub byte [rbp-129], 1
    sub byte [rbp-129], -1
    sub byte [rbp-129], 127
    sub byte [rbp-129], -128
    sub byte [rbp-129], 255
    cmp byte [rbp-129], 0
    cmp byte [rbp-129], 1
    cmp byte [rbp-129], -1
    cmp byte [rbp-129], 127
    cmp byte [rbp-129], -128
    cmp byte [rbp-129], 255
    mov rax, qword [rbp+2147483647]
    mov eax, dword [rbp+2147483647]
    mov al, byte [rbp+2147483647]
    movzx eax, byte [rbp+2147483647]
    lea rax, [rbp+2147483647]
    mov qword [rbp+2147483647], rax
    mov dword [rbp+2147483647], eax
    mov byte [rbp+2147483647], al
    add byte [rbp+2147483647], al
    sub byte [rbp+2147483647], al
    mov rcx, qword [rbp+2147483647]
    mov ecx, dword [rbp+2147483647]
    mov cl, byte [rbp+2147483647]
    movzx ecx, byte [rbp+2147483647]
    lea rcx, [rbp+2147483647]
    mov qword [rbp+2147483647], rcx
    mov dword [rbp+2147483647], ecx
    mov byte [rbp+2147483647], cl
    add byte [rbp+2147483647], cl
    sub byte [rbp+2147483647], cl
    mov rdx, qword [rbp+2147483647]
    mov edx, dword [rbp+2147483647]
    mov dl, byte [rbp+2147483647]
    movzx edx, byte [rbp+2147483647]
    lea rdx, [rbp+2147483647]
    mov qword [rbp+2147483647], rdx
    mov dword [rbp+2147483647], edx
    mov byte [rbp+2147483647], dl
    add byte [rbp+2147483647], dl
    sub byte [rbp+2147483647], dl
    mov rbx, qword [rbp+2147483647]
    mov ebx, dword [rbp+2147483647]
    mov bl, byte [rbp+2147483647]
    movzx ebx, byte [rbp+2147483647]
    lea rbx, [rbp+2147483647]
    mov qword [rbp+2147483647], rbx
    mov dword [rbp+2147483647], ebx
    mov byte [rbp+2147483647], bl
    add byte [rbp+2147483647], bl
    sub byte [rbp+2147483647], bl
    mov rsp, qword [rbp+2147483647]
    mov esp, dword [rbp+2147483647]
    mov spl, byte [rbp+2147483647]
    movzx esp, byte [rbp+2147483647]
    lea rsp, [rbp+2147483647]
    mov qword [rbp+2147483647], rsp
    mov dword [rbp+2147483647], esp
    mov byte [rbp+2147483647], spl
    add byte [rbp+2147483647], spl
    sub byte [rbp+2147483647], spl
    mov rbp, qword [rbp+2147483647]
    mov ebp, dword [rbp+2147483647]
    mov bpl, byte [rbp+2147483647]
    movzx ebp, byte [rbp+2147483647]
    lea rbp, [rbp+2147483647]
    mov qword [rbp+2147483647], rbp
    mov dword [rbp+2147483647], ebp
    mov byte [rbp+2147483647], bpl
    add byte [rbp+2147483647], bpl
    sub byte [rbp+2147483647], bpl
    mov rsi, qword [rbp+2147483647]
    mov esi, dword [rbp+2147483647]
    mov sil, byte [rbp+2147483647]
    movzx esi, byte [rbp+2147483647]
    lea rsi, [rbp+2147483647]
    mov qword [rbp+2147483647], rsi
    mov dword [rbp+2147483647], esi
    mov byte [rbp+2147483647], sil
    add byte [rbp+2147483647], sil
    sub byte [rbp+2147483647], sil
    mov rdi, qword [rbp+2147483647]
    mov edi, dword [rbp+2147483647]
    mov dil, byte [rbp+2147483647]
    movzx edi, byte [rbp+2147483647]
    lea rdi, [rbp+2147483647]
    mov qword [rbp+2147483647], rdi
    mov dword [rbp+2147483647], edi
    mov byte [rbp+2147483647], dil
    add byte [rbp+2147483647], dil
    sub byte [rbp+2147483647], dil
    mov r8, qword [rbp+2147483647]
    mov r8d, dword [rbp+2147483647]
    mov r8b, byte [rbp+2147483647]
    movzx r8d, byte [rbp+2147483647]
    lea r8, [rbp+2147483647]
    mov qword [rbp+2147483647], r8
    mov dword [rbp+2147483647], r8d
    mov byte [rbp+2147483647], r8b
    add byte [rbp+2147483647], r8b
    sub byte [rbp+2147483647], r8b
    mov r9, qword [rbp+2147483647]
    mov r9d, dword [rbp+2147483647]
    mov r9b, byte [rbp+2147483647]
    movzx r9d, byte [rbp+2147483647]
    lea r9, [rbp+2147483647]
    mov qword [rbp+2147483647], r9
    mov dword [rbp+2147483647], r9d
    mov byte [rbp+2147483647], r9b
    add byte [rbp+2147483647], r9b
    sub byte [rbp+2147483647], r9b
    mov r10, qword [rbp+2147483647]
    mov r10d, dword [rbp+2147483647]
    mov r10b, byte [rbp+2147483647]
    movzx r10d, byte [rbp+2147483647]
    lea r10, [rbp+2147483647]
    mov qword [rbp+2147483647], r10
    mov dword [rbp+2147483647], r10d
    mov byte [rbp+2147483647], r10b
    add byte [rbp+2147483647], r10b
    sub byte [rbp+2147483647], r10b
    mov r11, qword [rbp+2147483647]
    mov r11d, dword [rbp+2147483647]
    mov r11b, byte [rbp+2147483647]
    movzx r11d, byte [rbp+2147483647]
    lea r11, [rbp+2147483647]
    mov qword [rbp+2147483647], r11
    mov dword [rbp+2147483647], r11d
    mov byte [rbp+2147483647], r11b
    add byte [rbp+2147483647], r11b
    sub byte [rbp+2147483647], r11b
    mov r12, qword [rbp+2147483647]
    mov r12d, dword [rbp+2147483647]
    mov r12b, byte [rbp+2147483647]
    movzx r12d, byte [rbp+2147483647]
    lea r12, [rbp+2147483647]
    mov qword [rbp+2147483647], r12
    mov dword [rbp+2147483647], r12d
    mov byte [rbp+2147483647], r12b
    add byte [rbp+2147483647], r12b
    sub byte [rbp+2147483647], r12b
    mov r13, qword [rbp+2147483647]
    mov r13d, dword [rbp+2147483647]
    mov r13b, byte [rbp+2147483647]
    movzx r13d, byte [rbp+2147483647]
    lea r13, [rbp+2147483647]
    mov qword [rbp+2147483647], r13
    mov dword [rbp+2147483647], r13d
    mov byte [rbp+2147483647], r13b
    add byte [rbp+2147483647], r13b
    sub byte [rbp+2147483647], r13b
    mov r14, qword [rbp+2147483647]
    mov r14d, dword [rbp+2147483647]
    mov r14b, byte [rbp+2147483647]
    movzx r14d, byte [rbp+2147483647]
    lea r14, [rbp+2147483647]
    mov qword [rbp+2147483647], r14
    mov dword [rbp+2147483647], r14d
    mov byte [rbp+2147483647], r14b
    add byte [rbp+2147483647], r14b
    sub byte [rbp+2147483647], r14b
    mov r15, qword [rbp+2147483647]
    mov r15d, dword [rbp+2147483647]
    mov r15b, byte [rbp+2147483647]
    movzx r15d, byte [rbp+2147483647]
    lea r15, [rbp+2147483647]
    mov qword [rbp+2147483647], r15
    mov dword [rbp+2147483647], r15d
    mov byte [rbp+2147483647], r15b
    add byte [rbp+2147483647], r15b
    sub byte [rbp+2147483647], r15b
    mov byte [rbp+2147483647], 0
    mov byte [rbp+2147483647], 1
    mov byte [rbp+2147483647], -1
    mov byte [rbp+2147483647], 127
    mov byte [rbp+2147483647], -128
    mov byte [rbp+2147483647], 255
    add byte [rbp+2147483647], 0
    add byte [rbp+2147483647], 1
    add byte [rbp+2147483647], -1
    add byte [rbp+2147483647], 127
    add byte [rbp+2147483647], -128
    add byte [rbp+2147483647], 255
    sub byte [rbp+2147483647], 0
    sub byte [rbp+2147483647], 1
    sub byte [rbp+2147483647], -1
    sub byte [rbp+2147483647], 127
    sub byte [rbp+2147483647], -128
    sub byte [rbp+2147483647], 255
    cmp byte [rbp+2147483647], 0
    cmp byte [rbp+2147483647], 1
    cmp byte [rbp+2147483647], -1
    cmp byte [rbp+2147483647], 127
    cmp byte [rbp+2147483647], -128
    cmp byte [rbp+2147483647], 255
    mov rax, qword [rbp-2147483648]
    mov eax, dword [rbp-2147483648]
    mov al, byte [rbp-2147483648]
    movzx eax, byte [rbp-2147483648]
    lea rax, [rbp-2147483648]
    mov qword [rbp-2147483648], rax
    mov dword [rbp-2147483648], eax
    mov byte [rbp-2147483648], al
    add byte [rbp-2147483648], al
    sub byte [rbp-2147483648], al
    mov rcx, qword [rbp-2147483648]
    mov ecx, dword [rbp-2147483648]
    mov cl, byte [rbp-2147483648]
    movzx ecx, byte [rbp-2147483648]
    lea rcx, [rbp-2147483648]
    mov qword [rbp-2147483648], rcx
    mov dword [rbp-2147483648], ecx
    mov byte [rbp-2147483648], cl
    add byte [rbp-2147483648], cl
    sub byte [rbp-2147483648], cl
    mov rdx, qword [rbp-2147483648]
    mov edx, dword [rbp-2147483648]
    mov dl, byte [rbp-2147483648]
    movzx edx, byte [rbp-2147483648]
    lea rdx, [rbp-2147483648]
    mov qword [rbp-2147483648], rdx
    mov dword [rbp-2147483648], edx
    mov byte [rbp-2147483648], dl
    add byte [rbp-2147483648], dl
    sub byte [rbp-2147483648], dl
    mov rbx, qword [rbp-2147483648]
    mov ebx, dword [rbp-2147483648]
    mov bl, byte [rbp-2147483648]
    movzx ebx, byte [rbp-2147483648]
    lea rbx, [rbp-2147483648]
    mov qword [rbp-2147483648], rbx
    mov dword [rbp-2147483648], ebx
    mov byte [rbp-2147483648], bl
    add byte [rbp-2147483648], bl
    sub byte [rbp-2147483648], bl
    mov rsp, qword [rbp-2147483648]
    mov esp, dword [rbp-2147483648]
    mov spl, byte [rbp-2147483648]
    movzx esp, byte [rbp-2147483648]
    lea rsp, [rbp-2147483648]
    mov qword [rbp-2147483648], rsp
    mov dword [rbp-2147483648], esp
    mov byte [rbp-2147483648], spl
    add byte [rbp-2147483648], spl
    sub byte [rbp-2147483648], spl
    mov rbp, qword [rbp-2147483648]
    mov ebp, dword [rbp-2147483648]
    mov bpl, byte [rbp-2147483648]
    movzx ebp, byte [rbp-2147483648]
    lea rbp, [rbp-2147483648]
    mov qword [rbp-2147483648], rbp
    mov dword [rbp-2147483648], ebp
    mov byte [rbp-2147483648], bpl
    add byte [rbp-2147483648], bpl
    sub byte [rbp-2147483648], bpl
    mov rsi, qword [rbp-2147483648]
    mov esi, dword [rbp-2147483648]
    mov sil, byte [rbp-2147483648]
    movzx esi, byte [rbp-2147483648]
    lea rsi, [rbp-2147483648]
    mov qword [rbp-2147483648], rsi
    mov dword [rbp-2147483648], esi
    mov byte [rbp-2147483648], sil
    add byte [rbp-2147483648], sil
    sub byte [rbp-2147483648], sil
    mov rdi, qword [rbp-2147483648]
    mov edi, dword [rbp-2147483648]
    mov dil, byte [rbp-2147483648]
    movzx edi, byte [rbp-2147483648]
    lea rdi, [rbp-2147483648]
    mov qword [rbp-2147483648], rdi
    mov dword [rbp-2147483648], edi
    mov byte [rbp-2147483648], dil
    add byte [rbp-2147483648], dil
    sub byte [rbp-2147483648], dil
    mov r8, qword [rbp-2147483648]
    mov r8d, dword [rbp-2147483648]
    mov r8b, byte [rbp-2147483648]
    movzx r8d, byte [rbp-2147483648]
    lea r8, [rbp-2147483648]
    mov qword [rbp-2147483648], r8
    mov dword [rbp-2147483648], r8d
    mov byte [rbp-2147483648], r8b
    add byte [rbp-2147483648], r8b
    sub byte [rbp-2147483648], r8b
    mov r9, qword [rbp-2147483648]
    mov r9d, dword [rbp-2147483648]
    mov r9b, byte [rbp-2147483648]
    movzx r9d, byte [rbp-2147483648]
    lea r9, [rbp-2147483648]
    mov qword [rbp-2147483648], r9
    mov dword [rbp-2147483648], r9d
    mov byte [rbp-2147483648], r9b
    add byte [rbp-2147483648], r9b
    sub byte [rbp-2147483648], r9b
    mov r10, qword [rbp-2147483648]
    mov r10d, dword [rbp-2147483648]
    mov r10b, byte [rbp-2147483648]
    movzx r10d, byte [rbp-2147483648]
    lea r10, [rbp-2147483648]
    mov qword [rbp-2147483648], r10
    mov dword [rbp-2147483648], r10d
    mov byte [rbp-2147483648], r10b
    add byte [rbp-2147483648], r10b
    sub byte [rbp-2147483648], r10b
    mov r11, qword [rbp-2147483648]
    mov r11d, dword [rbp-2147483648]
    mov r11b, byte [rbp-2147483648]
    movzx r11d, byte [rbp-2147483648]
    lea r11, [rbp-2147483648]
    mov qword [rbp-2147483648], r11
    mov dword [rbp-2147483648], r11d
    mov byte [rbp-2147483648], r11b
    add byte [rbp-2147483648], r11b
    sub byte [rbp-2147483648], r11b
    mov r12, qword [rbp-2147483648]
    mov r12d, dword [rbp-2147483648]
    mov r12b, byte [rbp-2147483648]
    movzx r12d, byte [rbp-2147483648]
    lea r12, [rbp-2147483648]
    mov qword [rbp-2147483648], r12
    mov dword [rbp-2147483648], r12d
    mov byte [rbp-2147483648], r12b
    add byte [rbp-2147483648], r12b
    sub byte [rbp-2147483648], r12b
    mov r13, qword [rbp-2147483648]
    mov r13d, dword [rbp-2147483648]
    mov r13b, byte [rbp-2147483648]
    movzx r13d, byte [rbp-2147483648]
    lea r13, [rbp-2147483648]
    mov qword [rbp-2147483648], r13
    mov dword [rbp-2147483648], r13d
    mov byte [rbp-2147483648], r13b
    add byte [rbp-2147483648], r13b
    sub byte [rbp-2147483648], r13b
    mov r14, qword [rbp-2147483648]
    mov r14d, dword [rbp-2147483648]
    mov r14b, byte [rbp-2147483648]
    movzx r14d, byte [rbp-2147483648]
    lea r14, [rbp-2147483648]
    mov qword [rbp-2147483648], r14
    mov dword [rbp-2147483648], r14d
    mov byte [rbp-2147483648], r14b
    add byte [rbp-2147483648], r14b
    sub byte [rbp-2147483648], r14b
    mov r15, qword [rbp-2147483648]
    mov r15d, dword [rbp-2147483648]
    mov r15b, byte [rbp-2147483648]
    movzx r15d, byte [rbp-2147483648]
    lea r15, [rbp-2147483648]
    mov qword [rbp-2147483648], r15
    mov dword [rbp-2147483648], r15d
    mov byte [rbp-2147483648], r15b
    add byte [rbp-2147483648], r15b
    sub byte [rbp-2147483648], r15b
    mov byte [rbp-2147483648], 0
    mov byte [rbp-2147483648], 1
    mov byte [rbp-2147483648], -1
    mov byte [rbp-2147483648], 127
    mov byte [rbp-2147483648], -128
    mov byte [rbp-2147483648], 255
    add byte [rbp-2147483648], 0
    add byte [rbp-2147483648], 1
    add byte [rbp-2147483648], -1
    add byte [rbp-2147483648], 127
    add byte [rbp-2147483648], -128
    add byte [rbp-2147483648], 255
    sub byte [rbp-2147483648], 0
    sub byte [rbp-2147483648], 1
    sub byte [rbp-2147483648], -1
    sub byte [rbp-2147483648], 127
    sub byte [rbp-2147483648], -128
    sub byte [rbp-2147483648], 255
    cmp byte [rbp-2147483648], 0
    cmp byte [rbp-2147483648], 1
    cmp byte [rbp-2147483648], -1
    cmp byte [rbp-2147483648], 127
    cmp byte [rbp-2147483648], -128
    cmp byte [rbp-2147483648], 255
    mov rax, qword [rsi+0]
    mov eax, dword [rsi+0]
    mov al, byte [rsi+0]
    movzx eax, byte [rsi+0]
    lea rax, [rsi+0]
    mov qword [rsi+0], rax
    mov dword [rsi+0], eax
    mov byte [rsi+0], al
    add byte [rsi+0], al
    sub byte [rsi+0], al
    mov rcx, qword [rsi+0]
    mov ecx, dword [rsi+0]
    mov cl, byte [rsi+0]
    movzx ecx, byte [rsi+0]
    lea rcx, [rsi+0]
    mov qword [rsi+0], rcx
    mov dword [rsi+0], ecx
    mov byte [rsi+0], cl
    add byte [rsi+0], cl
    sub byte [rsi+0], cl
    mov rdx, qword [rsi+0]
    mov edx, dword [rsi+0]
    mov dl, byte [rsi+0]
    movzx edx, byte [rsi+0]
    lea rdx, [rsi+0]
    mov qword [rsi+0], rdx
    mov dword [rsi+0], edx
    mov byte [rsi+0], dl
    add byte [rsi+0], dl
    sub byte [rsi+0], dl
    mov rbx, qword [rsi+0]
    mov ebx, dword [rsi+0]
    mov bl, byte [rsi+0]
    movzx ebx, byte [rsi+0]
    lea rbx, [rsi+0]
    mov qword [rsi+0], rbx
    mov dword [rsi+0], ebx
    mov byte [rsi+0], bl
    add byte [rsi+0], bl
    sub byte [rsi+0], bl
    mov rsp, qword [rsi+0]
    mov esp, dword [rsi+0]
    mov spl, byte [rsi+0]
    movzx esp, byte [rsi+0]
    lea rsp, [rsi+0]
    mov qword [rsi+0], rsp
    mov dword [rsi+0], esp
    mov byte [rsi+0], spl
    add byte [rsi+0], spl
    sub byte [rsi+0], spl
    mov rbp, qword [rsi+0]
    mov ebp, dword [rsi+0]
    mov bpl, byte [rsi+0]
    movzx ebp, byte [rsi+0]
    lea rbp, [rsi+0]
    mov qword [rsi+0], rbp
    mov dword [rsi+0], ebp
    mov byte [rsi+0], bpl
    add byte [rsi+0], bpl
    sub byte [rsi+0], bpl
    mov rsi, qword [rsi+0]
    mov esi, dword [rsi+0]
    mov sil, byte [rsi+0]
    movzx esi, byte [rsi+0]
    lea rsi, [rsi+0]
    mov qword [rsi+0], rsi
    mov dword [rsi+0], esi
    mov byte [rsi+0], sil
    add byte [rsi+0], sil
    sub byte [rsi+0], sil
    mov rdi, qword [rsi+0]
    mov edi, dword [rsi+0]
    mov dil, byte [rsi+0]
    movzx edi, byte [rsi+0]
    lea rdi, [rsi+0]
    mov qword [rsi+0], rdi
    mov dword [rsi+0], edi
    mov byte [rsi+0], dil
    add byte [rsi+0], dil
    sub byte [rsi+0], dil
    mov r8, qword [rsi+0]
    mov r8d, dword [rsi+0]
    mov r8b, byte [rsi+0]
    movzx r8d, byte [rsi+0]
    lea r8, [rsi+0]
    mov qword [rsi+0], r8
    mov dword [rsi+0], r8d
    mov byte [rsi+0], r8b
    add byte [rsi+0], r8b
    sub byte [rsi+0], r8b
    mov r9, qword [rsi+0]
    mov r9d, dword [rsi+0]
    mov r9b, byte [rsi+0]
    movzx r9d, byte [rsi+0]
    lea r9, [rsi+0]
    mov qword [rsi+0], r9
    mov dword [rsi+0], r9d
    mov byte [rsi+0], r9b
    add byte [rsi+0], r9b
    sub byte [rsi+0], r9b
    mov r10, qword [rsi+0]
    mov r10d, dword [rsi+0]
    mov r10b, byte [rsi+0]
    movzx r10d, byte [rsi+0]
    lea r10, [rsi+0]
    mov qword [rsi+0], r10
    mov dword [rsi+0], r10d
    mov byte [rsi+0], r10b
    add byte [rsi+0], r10b
    sub byte [rsi+0], r10b
    mov r11, qword [rsi+0]
    mov r11d, dword [rsi+0]
    mov r11b, byte [rsi+0]
    movzx r11d, byte [rsi+0]
    lea r11, [rsi+0]
    mov qword [rsi+0], r11
    mov dword [rsi+0], r11d
    mov byte [rsi+0], r11b
    add byte [rsi+0], r11b
    sub byte [rsi+0], r11b
    mov r12, qword [rsi+0]
    mov r12d, dword [rsi+0]
    mov r12b, byte [rsi+0]
    movzx r12d, byte [rsi+0]
    lea r12, [rsi+0]
    mov qword [rsi+0], r12
    mov dword [rsi+0], r12d
    mov byte [rsi+0], r12b
    add byte [rsi+0], r12b
    sub byte [rsi+0], r12b
    mov r13, qword [rsi+0]
    mov r13d, dword [rsi+0]
    mov r13b, byte [rsi+0]
    movzx r13d, byte [rsi+0]
    lea r13, [rsi+0]
    mov qword [rsi+0], r13
    mov dword [rsi+0], r13d
    mov byte [rsi+0], r13b
    add byte [rsi+0], r13b
    sub byte [rsi+0], r13b
    mov r14, qword [rsi+0]
    mov r14d, dword [rsi+0]
    mov r14b, byte [rsi+0]
    movzx r14d, byte [rsi+0]
    lea r14, [rsi+0]
    mov qword [rsi+0], r14
    mov dword [rsi+0], r14d
    mov byte [rsi+0], r14b
    add byte [rsi+0], r14b
    sub byte [rsi+0], r14b
    mov r15, qword [rsi+0]
    mov r15d, dword [rsi+0]
    mov r15b, byte [rsi+0]
    movzx r15d, byte [rsi+0]
    lea r15, [rsi+0]
    mov qword [rsi+0], r15
    mov dword [rsi+0], r15d
    mov byte [rsi+0], r15b
    add byte [rsi+0], r15b
    sub byte [rsi+0], r15b
    mov byte [rsi+0], 0
    mov byte [rsi+0], 1
    mov byte [rsi+0], -1
    mov byte [rsi+0], 127
    mov byte [rsi+0], -128
    mov byte [rsi+0], 255
    add byte [rsi+0], 0
    add byte [rsi+0], 1
    add byte [rsi+0], -1
    add byte [rsi+0], 127
    add byte [rsi+0], -128
    add byte [rsi+0], 255
    sub byte [rsi+0], 0
    sub byte [rsi+0], 1
    sub byte [rsi+0], -1
    sub byte [rsi+0], 127
    sub byte [rsi+0], -128
    sub byte [rsi+0], 255
    cmp byte [rsi+0], 0
    cmp byte [rsi+0], 1
    cmp byte [rsi+0], -1
    cmp byte [rsi+0], 127
    cmp byte [rsi+0], -128
    cmp byte [rsi+0], 255
    mov rax, qword [rsi+1]
    mov eax, dword [rsi+1]
    mov al, byte [rsi+1]
    movzx eax, byte [rsi+1]
    lea rax, [rsi+1]
    mov qword [rsi+1], rax
    mov dword [rsi+1], eax
    mov byte [rsi+1], al
    add byte [rsi+1], al
    sub byte [rsi+1], al
    mov rcx, qword [rsi+1]
    mov ecx, dword [rsi+1]
    mov cl, byte [rsi+1]
    movzx ecx, byte [rsi+1]
    lea rcx, [rsi+1]
    mov qword [rsi+1], rcx
    mov dword [rsi+1], ecx
    mov byte [rsi+1], cl
    add byte [rsi+1], cl
    sub byte [rsi+1], cl
    mov rdx, qword [rsi+1]
    mov edx, dword [rsi+1]
    mov dl, byte [rsi+1]
    movzx edx, byte [rsi+1]
    lea rdx, [rsi+1]
    mov qword [rsi+1], rdx
    mov dword [rsi+1], edx
    mov byte [rsi+1], dl
    add byte [rsi+1], dl
    sub byte [rsi+1], dl
    mov rbx, qword [rsi+1]
    mov ebx, dword [rsi+1]
    mov bl, byte [rsi+1]
    movzx ebx, byte [rsi+1]
    lea rbx, [rsi+1]
    mov qword [rsi+1], rbx
    mov dword [rsi+1], ebx
    mov byte [rsi+1], bl
    add byte [rsi+1], bl
    sub byte [rsi+1], bl
    mov rsp, qword [rsi+1]
    mov esp, dword [rsi+1]
    mov spl, byte [rsi+1]
    movzx esp, byte [rsi+1]
    lea rsp, [rsi+1]
    mov qword [rsi+1], rsp
    mov dword [rsi+1], esp
    mov byte [rsi+1], spl
    add byte [rsi+1], spl
    sub byte [rsi+1], spl
    mov rbp, qword [rsi+1]
    mov ebp, dword [rsi+1]
    mov bpl, byte [rsi+1]
    movzx ebp, byte [rsi+1]
    lea rbp, [rsi+1]
    mov qword [rsi+1], rbp
    mov dword [rsi+1], ebp
    mov byte [rsi+1], bpl
    add byte [rsi+1], bpl
    sub byte [rsi+1], bpl
    mov rsi, qword [rsi+1]
    mov esi, dword [rsi+1]
    mov sil, byte [rsi+1]
    movzx esi, byte [rsi+1]
    lea rsi, [rsi+1]
    mov qword [rsi+1], rsi
    mov dword [rsi+1], esi
    mov byte [rsi+1], sil
    add byte [rsi+1], sil
    sub byte [rsi+1], sil
    mov rdi, qword [rsi+1]
    mov edi, dword [rsi+1]
    mov dil, byte [rsi+1]
    movzx edi, byte [rsi+1]
    lea rdi, [rsi+1]
    mov qword [rsi+1], rdi
    mov dword [rsi+1], edi
    mov byte [rsi+1], dil
    add byte [rsi+1], dil
    sub byte [rsi+1], dil
    mov r8, qword [rsi+1]
    mov r8d, dword [rsi+1]
    mov r8b, byte [rsi+1]
    movzx r8d, byte [rsi+1]
    lea r8, [rsi+1]
    mov qword [rsi+1], r8
    mov dword [rsi+1], r8d
    mov byte [rsi+1], r8b
    add byte [rsi+1], r8b
    sub byte [rsi+1], r8b
    mov r9, qword [rsi+1]
    mov r9d, dword [rsi+1]
    mov r9b, byte [rsi+1]
    movzx r9d, byte [rsi+1]
    lea r9, [rsi+1]
    mov qword [rsi+1], r9
    mov dword [rsi+1], r9d
    mov byte [rsi+1], r9b
    add byte [rsi+1], r9b
    sub byte [rsi+1], r9b
    mov r10, qword [rsi+1]
    mov r10d, dword [rsi+1]
    mov r10b, byte [rsi+1]
    movzx r10d, byte [rsi+1]
    lea r10, [rsi+1]
    mov qword [rsi+1], r10
    mov dword [rsi+1], r10d
    mov byte [rsi+1], r10b
    add byte [rsi+1], r10b
    sub byte [rsi+1], r10b
    mov r11, qword [rsi+1]
    mov r11d, dword [rsi+1]
    mov r11b, byte [rsi+1]
    movzx r11d, byte [rsi+1]
    lea r11, [rsi+1]
    mov qword [rsi+1], r11
    mov dword [rsi+1], r11d
    mov byte [rsi+1], r11b
    add byte [rsi+1], r11b
    sub byte [rsi+1], r11b
    mov r12, qword [rsi+1]
    mov r12d, dword [rsi+1]
    mov r12b, byte [rsi+1]
    movzx r12d, byte [rsi+1]
    lea r12, [rsi+1]
    mov qword [rsi+1], r12
    mov dword [rsi+1], r12d
    mov byte [rsi+1], r12b
    add byte [rsi+1], r12b
    sub byte [rsi+1], r12b
    mov r13, qword [rsi+1]
    mov r13d, dword [rsi+1]
    mov r13b, byte [rsi+1]
    movzx r13d, byte [rsi+1]
    lea r13, [rsi+1]
    mov qword [rsi+1], r13
    mov dword [rsi+1], r13d
    mov byte [rsi+1], r13b
    add byte [rsi+1], r13b
    sub byte [rsi+1], r13b
    mov r14, qword [rsi+1]
    mov r14d, dword [rsi+1]
    mov r14b, byte [rsi+1]
    movzx r14d, byte [rsi+1]
    lea r14, [rsi+1]
    mov qword [rsi+1], r14
    mov dword [rsi+1], r14d
    mov byte [rsi+1], r14b
    add byte [rsi+1], r14b
    sub byte [rsi+1], r14b
    mov r15, qword [rsi+1]
    mov r15d, dword [rsi+1]
    mov r15b, byte [rsi+1]
    movzx r15d, byte [rsi+1]
    lea r15, [rsi+1]
    mov qword [rsi+1], r15
    mov dword [rsi+1], r15d
    mov byte [rsi+1], r15b
    add byte [rsi+1], r15b
    sub byte [rsi+1], r15b
    mov byte [rsi+1], 0
    mov byte [rsi+1], 1
    mov byte [rsi+1], -1
    mov byte [rsi+1], 127
    mov byte [rsi+1], -128
    mov byte [rsi+1], 255
    add byte [rsi+1], 0
    add byte [rsi+1], 1
    add byte [rsi+1], -1
    add byte [rsi+1], 127
    add byte [rsi+1], -128
    add byte [rsi+1], 255
    sub byte [rsi+1], 0
    sub byte [rsi+1], 1
    sub byte [rsi+1], -1
    sub byte [rsi+1], 127
    sub byte [rsi+1], -128
    sub byte [rsi+1], 255
    cmp byte [rsi+1], 0
    cmp byte [rsi+1], 1
    cmp byte [rsi+1], -1
    cmp byte [rsi+1], 127
    cmp byte [rsi+1], -128
    cmp byte [rsi+1], 255
    mov rax, qword [rsi-1]
    mov eax, dword [rsi-1]
    mov al, byte [rsi-1]
    movzx eax, byte [rsi-1]
    lea rax, [rsi-1]
    mov qword [rsi-1], rax
    mov dword [rsi-1], eax
    mov byte [rsi-1], al
    add byte [rsi-1], al
    sub byte [rsi-1], al
    mov rcx, qword [rsi-1]
    mov ecx, dword [rsi-1]
    mov cl, byte [rsi-1]
    movzx ecx, byte [rsi-1]
    lea rcx, [rsi-1]
    mov qword [rsi-1], rcx
    mov dword [rsi-1], ecx
    mov byte [rsi-1], cl
    add byte [rsi-1], cl
    sub byte [rsi-1], cl
    mov rdx, qword [rsi-1]
    mov edx, dword [rsi-1]
    mov dl, byte [rsi-1]
    movzx edx, byte [rsi-1]
    lea rdx, [rsi-1]
    mov qword [rsi-1], rdx
    mov dword [rsi-1], edx
    mov byte [rsi-1], dl
    add byte [rsi-1], dl
    sub byte [rsi-1], dl
    mov rbx, qword [rsi-1]
    mov ebx, dword [rsi-1]
    mov bl, byte [rsi-1]
    movzx ebx, byte [rsi-1]
    lea rbx, [rsi-1]
    mov qword [rsi-1], rbx
    mov dword [rsi-1], ebx
    mov byte [rsi-1], bl
    add byte [rsi-1], bl
    sub byte [rsi-1], bl
    mov rsp, qword [rsi-1]
    mov esp, dword [rsi-1]
    mov spl, byte [rsi-1]
    movzx esp, byte [rsi-1]
    lea rsp, [rsi-1]
    mov qword [rsi-1], rsp
    mov dword [rsi-1], esp
    mov byte [rsi-1], spl
    add byte [rsi-1], spl
    sub byte [rsi-1], spl
    mov rbp, qword [rsi-1]
    mov ebp, dword [rsi-1]
    mov bpl, byte [rsi-1]
    movzx ebp, byte [rsi-1]
    lea rbp, [rsi-1]
    mov qword [rsi-1], rbp
    mov dword [rsi-1], ebp
    mov byte [rsi-1], bpl
    add byte [rsi-1], bpl
    sub byte [rsi-1], bpl
    mov rsi, qword [rsi-1]
    mov esi, dword [rsi-1]
    mov sil, byte [rsi-1]
    movzx esi, byte [rsi-1]
    lea rsi, [rsi-1]
    mov qword [rsi-1], rsi
    mov dword [rsi-1], esi
    mov byte [rsi-1], sil
    add byte [rsi-1], sil
    sub byte [rsi-1], sil
    mov rdi, qword [rsi-1]
    mov edi, dword [rsi-1]
    mov dil, byte [rsi-1]
    movzx edi, byte [rsi-1]
    lea rdi, [rsi-1]
    mov qword [rsi-1], rdi
    mov dword [rsi-1], edi
    mov byte [rsi-1], dil
    add byte [rsi-1], dil
    sub byte [rsi-1], dil
    mov r8, qword [rsi-1]
    mov r8d, dword [rsi-1]
    mov r8b, byte [rsi-1]
    movzx r8d, byte [rsi-1]
    lea r8, [rsi-1]
    mov qword [rsi-1], r8
    mov dword [rsi-1], r8d
    mov byte [rsi-1], r8b
    add byte [rsi-1], r8b
    sub byte [rsi-1], r8b
    mov r9, qword [rsi-1]
    mov r9d, dword [rsi-1]
    mov r9b, byte [rsi-1]
    movzx r9d, byte [rsi-1]
    lea r9, [rsi-1]
    mov qword [rsi-1], r9
    mov dword [rsi-1], r9d
    mov byte [rsi-1], r9b
    add byte [rsi-1], r9b
    sub byte [rsi-1], r9b
    mov r10, qword [rsi-1]
    mov r10d, dword [rsi-1]
    mov r10b, byte [rsi-1]
    movzx r10d, byte [rsi-1]
    lea r10, [rsi-1]
    mov qword [rsi-1], r10
    mov dword [rsi-1], r10d
    mov byte [rsi-1], r10b
    add byte [rsi-1], r10b
    sub byte [rsi-1], r10b
    mov r11, qword [rsi-1]
    mov r11d, dword [rsi-1]
    mov r11b, byte [rsi-1]
    movzx r11d, byte [rsi-1]
    lea r11, [rsi-1]
    mov qword [rsi-1], r11
    mov dword [rsi-1], r11d
    mov byte [rsi-1], r11b
    add byte [rsi-1], r11b
    sub byte [rsi-1], r11b
    mov r12, qword [rsi-1]
    mov r12d, dword [rsi-1]
    mov r12b, byte [rsi-1]
    movzx r12d, byte [rsi-1]
    lea r12, [rsi-1]
    mov qword [rsi-1], r12
    mov dword [rsi-1], r12d
    mov byte [rsi-1], r12b
    add byte [rsi-1], r12b
    sub byte [rsi-1], r12b
    mov r13, qword [rsi-1]
    mov r13d, dword [rsi-1]
    mov r13b, byte [rsi-1]
    movzx r13d, byte [rsi-1]
    lea r13, [rsi-1]
    mov qword [rsi-1], r13
    mov dword [rsi-1], r13d
    mov byte [rsi-1], r13b
    add byte [rsi-1], r13b
    sub byte [rsi-1], r13b
    mov r14, qword [rsi-1]
    mov r14d, dword [rsi-1]
    mov r14b, byte [rsi-1]
    movzx r14d, byte [rsi-1]
    lea r14, [rsi-1]
    mov qword [rsi-1], r14
    mov dword [rsi-1], r14d
    mov byte [rsi-1], r14b
    add byte [rsi-1], r14b
    sub byte [rsi-1], r14b
    mov r15, qword [rsi-1]
    mov r15d, dword [rsi-1]
    mov r15b, byte [rsi-1]
    movzx r15d, byte [rsi-1]
    lea r15, [rsi-1]
    mov qword [rsi-1], r15
    mov dword [rsi-1], r15d
    mov byte [rsi-1], r15b
    add byte [rsi-1], r15b
    sub byte [rsi-1], r15b
    mov byte [rsi-1], 0
    mov byte [rsi-1], 1
    mov byte [rsi-1], -1
    mov byte [rsi-1], 127
    mov byte [rsi-1], -128
    mov byte [rsi-1], 255
    add byte [rsi-1], 0
    add byte [rsi-1], 1
    add byte [rsi-1], -1
    add byte [rsi-1], 127
    add byte [rsi-1], -128
    add byte [rsi-1], 255
    sub byte [rsi-1], 0
    sub byte [rsi-1], 1
    sub byte [rsi-1], -1
    sub byte [rsi-1], 127
    sub byte [rsi-1], -128
    sub byte [rsi-1], 255
    cmp byte [rsi-1], 0
    cmp byte [rsi-1], 1
    cmp byte [rsi-1], -1
    cmp byte [rsi-1], 127
    cmp byte [rsi-1], -128
    cmp byte [rsi-1], 255
    mov rax, qword [rsi+127]
    mov eax, dword [rsi+127]
    mov al, byte [rsi+127]
    movzx eax, byte [rsi+127]
    lea rax, [rsi+127]
    mov qword [rsi+127], rax
    mov dword [rsi+127], eax
    mov byte [rsi+127], al
    add byte [rsi+127], al
    sub byte [rsi+127], al
    mov rcx, qword [rsi+127]
    mov ecx, dword [rsi+127]
    mov cl, byte [rsi+127]
    movzx ecx, byte [rsi+127]
    lea rcx, [rsi+127]
    mov qword [rsi+127], rcx
    mov dword [rsi+127], ecx
    mov byte [rsi+127], cl
    add byte [rsi+127], cl
    sub byte [rsi+127], cl
    mov rdx, qword [rsi+127]
    mov edx, dword [rsi+127]
    mov dl, byte [rsi+127]
    movzx edx, byte [rsi+127]
    lea rdx, [rsi+127]
    mov qword [rsi+127], rdx
    mov dword [rsi+127], edx
    mov byte [rsi+127], dl
    add byte [rsi+127], dl
    sub byte [rsi+127], dl
    mov rbx, qword [rsi+127]
    mov ebx, dword [rsi+127]
    mov bl, byte [rsi+127]
    movzx ebx, byte [rsi+127]
    lea rbx, [rsi+127]
    mov qword [rsi+127], rbx
    mov dword [rsi+127], ebx
    mov byte [rsi+127], bl
    add byte [rsi+127], bl
    sub byte [rsi+127], bl
    mov rsp, qword [rsi+127]
    mov esp, dword [rsi+127]
    mov spl, byte [rsi+127]
    movzx esp, byte [rsi+127]
    lea rsp, [rsi+127]
    mov qword [rsi+127], rsp
    mov dword [rsi+127], esp
    mov byte [rsi+127], spl
    add byte [rsi+127], spl
    sub byte [rsi+127], spl
    mov rbp, qword [rsi+127]
    mov ebp, dword [rsi+127]
    mov bpl, byte [rsi+127]
    movzx ebp, byte [rsi+127]
    lea rbp, [rsi+127]
    mov qword [rsi+127], rbp
    mov dword [rsi+127], ebp
    mov byte [rsi+127], bpl
    add byte [rsi+127], bpl
    sub byte [rsi+127], bpl
    mov rsi, qword [rsi+127]
    mov esi, dword [rsi+127]
    mov sil, byte [rsi+127]
    movzx esi, byte [rsi+127]
    lea rsi, [rsi+127]
    mov qword [rsi+127], rsi
    mov dword [rsi+127], esi
    mov byte [rsi+127], sil
    add byte [rsi+127], sil
    sub byte [rsi+127], sil
    mov rdi, qword [rsi+127]
    mov edi, dword [rsi+127]
    mov dil, byte [rsi+127]
    movzx edi, byte [rsi+127]
    lea rdi, [rsi+127]
    mov qword [rsi+127], rdi
    mov dword [rsi+127], edi
    mov byte [rsi+127], dil
    add byte [rsi+127], dil
    sub byte [rsi+127], dil
    mov r8, qword [rsi+127]
    mov r8d, dword [rsi+127]
    mov r8b, byte [rsi+127]
    movzx r8d, byte [rsi+127]
    lea r8, [rsi+127]
    mov qword [rsi+127], r8
    mov dword [rsi+127], r8d
    mov byte [rsi+127], r8b
    add byte [rsi+127], r8b
    sub byte [rsi+127], r8b
    mov r9, qword [rsi+127]
    mov r9d, dword [rsi+127]
    mov r9b, byte [rsi+127]
    movzx r9d, byte [rsi+127]
    lea r9, [rsi+127]
    mov qword [rsi+127], r9
    mov dword [rsi+127], r9d
    mov byte [rsi+127], r9b
    add byte [rsi+127], r9b
    sub byte [rsi+127], r9b
    mov r10, qword [rsi+127]
    mov r10d, dword [rsi+127]
    mov r10b, byte [rsi+127]
    movzx r10d, byte [rsi+127]
    lea r10, [rsi+127]
    mov qword [rsi+127], r10
    mov dword [rsi+127], r10d
    mov byte [rsi+127], r10b
    add byte [rsi+127], r10b
    sub byte [rsi+127], r10b
    mov r11, qword [rsi+127]
    mov r11d, dword [rsi+127]
    mov r11b, byte [rsi+127]
    movzx r11d, byte [rsi+127]
    lea r11, [rsi+127]
    mov qword [rsi+127], r11
    mov dword [rsi+127], r11d
    mov byte [rsi+127], r11b
    add byte [rsi+127], r11b
    sub byte [rsi+127], r11b
    mov r12, qword [rsi+127]
    mov r12d, dword [rsi+127]
    mov r12b, byte [rsi+127]
    movzx r12d, byte [rsi+127]
    lea r12, [rsi+127]
    mov qword [rsi+127], r12
    mov dword [rsi+127], r12d
    mov byte [rsi+127], r12b
    add byte [rsi+127], r12b
    sub byte [rsi+127], r12b
    mov r13, qword [rsi+127]
    mov r13d, dword [rsi+127]
    mov r13b, byte [rsi+127]
    movzx r13d, byte [rsi+127]
    lea r13, [rsi+127]
    mov qword [rsi+127], r13
    mov dword [rsi+127], r13d
    mov byte [rsi+127], r13b
    add byte [rsi+127], r13b
    sub byte [rsi+127], r13b
    mov r14, qword [rsi+127]
    mov r14d, dword [rsi+127]
    mov r14b, byte [rsi+127]
    movzx r14d, byte [rsi+127]
    lea r14, [rsi+127]
    mov qword [rsi+127], r14
    mov dword [rsi+127], r14d
    mov byte [rsi+127], r14b
    add byte [rsi+127], r14b
    sub byte [rsi+127], r14b
    mov r15, qword [rsi+127]
    mov r15d, dword [rsi+127]
    mov r15b, byte [rsi+127]
    movzx r15d, byte [rsi+127]
    lea r15, [rsi+127]
    mov qword [rsi+127], r15
    mov dword [rsi+127], r15d
    mov byte [rsi+127], r15b
    add byte [rsi+127], r15b
    sub byte [rsi+127], r15b
    mov byte [rsi+127], 0
    mov byte [rsi+127], 1
    mov byte [rsi+127], -1
    mov byte [rsi+127], 127
    mov byte [rsi+127], -128
    mov byte [rsi+127], 255
    add byte [rsi+127], 0
    add byte [rsi+127], 1
    add byte [rsi+127], -1
    add byte [rsi+127], 127
    add byte [rsi+127], -128
    add byte [rsi+127], 255
    sub byte [rsi+127], 0
    sub byte [rsi+127], 1
    sub byte [rsi+127], -1
    sub byte [rsi+127], 127
    sub byte [rsi+127], -128
    sub byte [rsi+127], 255
    cmp byte [rsi+127], 0
    cmp byte [rsi+127], 1
    cmp byte [rsi+127], -1
    cmp byte [rsi+127], 127
    cmp byte [rsi+127], -128
    cmp byte [rsi+127], 255
    mov rax, qword [rsi-128]
    mov eax, dword [rsi-128]
    mov al, byte [rsi-128]
    movzx eax, byte [rsi-128]
    lea rax, [rsi-128]
    mov qword [rsi-128], rax
    mov dword [rsi-128], eax
    mov byte [rsi-128], al
    add byte [rsi-128], al
    sub byte [rsi-128], al
    mov rcx, qword [rsi-128]
    mov ecx, dword [rsi-128]
    mov cl, byte [rsi-128]
    movzx ecx, byte [rsi-128]
    lea rcx, [rsi-128]
    mov qword [rsi-128], rcx
    mov dword [rsi-128], ecx
    mov byte [rsi-128], cl
    add byte [rsi-128], cl
    sub byte [rsi-128], cl
    mov rdx, qword [rsi-128]
    mov edx, dword [rsi-128]
    mov dl, byte [rsi-128]
    movzx edx, byte [rsi-128]
    lea rdx, [rsi-128]
    mov qword [rsi-128], rdx
    mov dword [rsi-128], edx
    mov byte [rsi-128], dl
    add byte [rsi-128], dl
    sub byte [rsi-128], dl
    mov rbx, qword [rsi-128]
    mov ebx, dword [rsi-128]
    mov bl, byte [rsi-128]
    movzx ebx, byte [rsi-128]
    lea rbx, [rsi-128]
    mov qword [rsi-128], rbx
    mov dword [rsi-128], ebx
    mov byte [rsi-128], bl
    add byte [rsi-128], bl
    sub byte [rsi-128], bl
    mov rsp, qword [rsi-128]
    mov esp, dword [rsi-128]
    mov spl, byte [rsi-128]
    movzx esp, byte [rsi-128]
    lea rsp, [rsi-128]
    mov qword [rsi-128], rsp
    mov dword [rsi-128], esp
    mov byte [rsi-128], spl
    add byte [rsi-128], spl
    sub byte [rsi-128], spl
    mov rbp, qword [rsi-128]
    mov ebp, dword [rsi-128]
    mov bpl, byte [rsi-128]
    movzx ebp, byte [rsi-128]
    lea rbp, [rsi-128]
    mov qword [rsi-128], rbp
    mov dword [rsi-128], ebp
    mov byte [rsi-128], bpl
    add byte [rsi-128], bpl
    sub byte [rsi-128], bpl
    mov rsi, qword [rsi-128]
    mov esi, dword [rsi-128]
    mov sil, byte [rsi-128]
    movzx esi, byte [rsi-128]
    lea rsi, [rsi-128]
    mov qword [rsi-128], rsi
    mov dword [rsi-128], esi
    mov byte [rsi-128], sil
    add byte [rsi-128], sil
    sub byte [rsi-128], sil
    mov rdi, qword [rsi-128]
    mov edi, dword [rsi-128]
    mov dil, byte [rsi-128]
    movzx edi, byte [rsi-128]
    lea rdi, [rsi-128]
    mov qword [rsi-128], rdi
    mov dword [rsi-128], edi
    mov byte [rsi-128], dil
    add byte [rsi-128], dil
    sub byte [rsi-128], dil
    mov r8, qword [rsi-128]
    mov r8d, dword [rsi-128]
    mov r8b, byte [rsi-128]
    movzx r8d, byte [rsi-128]
    lea r8, [rsi-128]
    mov qword [rsi-128], r8
    mov dword [rsi-128], r8d
    mov byte [rsi-128], r8b
    add byte [rsi-128], r8b
    sub byte [rsi-128], r8b
    mov r9, qword [rsi-128]
    mov r9d, dword [rsi-128]
    mov r9b, byte [rsi-128]
    movzx r9d, byte [rsi-128]
    lea r9, [rsi-128]
    mov qword [rsi-128], r9
    mov dword [rsi-128], r9d
    mov byte [rsi-128], r9b
    add byte [rsi-128], r9b
    sub byte [rsi-128], r9b
    mov r10, qword [rsi-128]
    mov r10d, dword [rsi-128]
    mov r10b, byte [rsi-128]
    movzx r10d, byte [rsi-128]
    lea r10, [rsi-128]
    mov qword [rsi-128], r10
    mov dword [rsi-128], r10d
    mov byte [rsi-128], r10b
    add byte [rsi-128], r10b
    sub byte [rsi-128], r10b
    mov r11, qword [rsi-128]
    mov r11d, dword [rsi-128]
    mov r11b, byte [rsi-128]
    movzx r11d, byte [rsi-128]
    lea r11, [rsi-128]
    mov qword [rsi-128], r11
    mov dword [rsi-128], r11d
    mov byte [rsi-128], r11b
    add byte [rsi-128], r11b
    sub byte [rsi-128], r11b
    mov r12, qword [rsi-128]
    mov r12d, dword [rsi-128]
    mov r12b, byte [rsi-128]
    movzx r12d, byte [rsi-128]
    lea r12, [rsi-128]
    mov qword [rsi-128], r12
    mov dword [rsi-128], r12d
    mov byte [rsi-128], r12b
    add byte [rsi-128], r12b
    sub byte [rsi-128], r12b
    mov r13, qword [rsi-128]
    mov r13d, dword [rsi-128]
    mov r13b, byte [rsi-128]
    movzx r13d, byte [rsi-128]
    lea r13, [rsi-128]
    mov qword [rsi-128], r13
    mov dword [rsi-128], r13d
    mov byte [rsi-128], r13b
    add byte [rsi-128], r13b
    sub byte [rsi-128], r13b
    mov r14, qword [rsi-128]
    mov r14d, dword [rsi-128]
    mov r14b, byte [rsi-128]
    movzx r14d, byte [rsi-128]
    lea r14, [rsi-128]
    mov qword [rsi-128], r14
    mov dword [rsi-128], r14d
    mov byte [rsi-128], r14b
    add byte [rsi-128], r14b
    sub byte [rsi-128], r14b
    mov r15, qword [rsi-128]
    mov r15d, dword [rsi-128]
    mov r15b, byte [rsi-128]
    movzx r15d, byte [rsi-128]
    lea r15, [rsi-128]
    mov qword [rsi-128], r15
    mov dword [rsi-128], r15d
    mov byte [rsi-128], r15b
    add byte [rsi-128], r15b
    sub byte [rsi-128], r15b
    mov byte [rsi-128], 0
    mov byte [rsi-128], 1
    mov byte [rsi-128], -1
    mov byte [rsi-128], 127
    mov byte [rsi-128], -128
    mov byte [rsi-128], 255
    add byte [rsi-128], 0
    add byte [rsi-128], 1
    add byte [rsi-128], -1
    add byte [rsi-128], 127
    add byte [rsi-128], -128
    add byte [rsi-128], 255
    sub byte [rsi-128], 0
    sub byte [rsi-128], 1
    sub byte [rsi-128], -1
    sub byte [rsi-128], 127
    sub byte [rsi-128], -128
    sub byte [rsi-128], 255
    cmp byte [rsi-128], 0
    cmp byte [rsi-128], 1
    cmp byte [rsi-128], -1
    cmp byte [rsi-128], 127
    cmp byte [rsi-128], -128
    cmp byte [rsi-128], 255
    mov rax, qword [rsi+128]
    mov eax, dword [rsi+128]
    mov al, byte [rsi+128]
    movzx eax, byte [rsi+128]
    lea rax, [rsi+128]
    mov qword [rsi+128], rax
    mov dword [rsi+128], eax
    mov byte [rsi+128], al
    add byte [rsi+128], al
    sub byte [rsi+128], al
    mov rcx, qword [rsi+128]
    mov ecx, dword [rsi+128]
    mov cl, byte [rsi+128]
    movzx ecx, byte [rsi+128]
    lea rcx, [rsi+128]
    mov qword [rsi+128], rcx
    mov dword [rsi+128], ecx
    mov byte [rsi+128], cl
    add byte [rsi+128], cl
    sub byte [rsi+128], cl
    mov rdx, qword [rsi+128]
    mov edx, dword [rsi+128]
    mov dl, byte [rsi+128]
    movzx edx, byte [rsi+128]
    lea rdx, [rsi+128]
    mov qword [rsi+128], rdx
    mov dword [rsi+128], edx
    mov byte [rsi+128], dl
    add byte [rsi+128], dl
    sub byte [rsi+128], dl
    mov rbx, qword [rsi+128]
    mov ebx, dword [rsi+128]
    mov bl, byte [rsi+128]
    movzx ebx, byte [rsi+128]
    lea rbx, [rsi+128]
    mov qword [rsi+128], rbx
    mov dword [rsi+128], ebx
    mov byte [rsi+128], bl
    add byte [rsi+128], bl
    sub byte [rsi+128], bl
    mov rsp, qword [rsi+128]
    mov esp, dword [rsi+128]
    mov spl, byte [rsi+128]
    movzx esp, byte [rsi+128]
    lea rsp, [rsi+128]
    mov qword [rsi+128], rsp
    mov dword [rsi+128], esp
    mov byte [rsi+128], spl
    add byte [rsi+128], spl
    sub byte [rsi+128], spl
    mov rbp, qword [rsi+128]
    mov ebp, dword [rsi+128]
    mov bpl, byte [rsi+128]
    movzx ebp, byte [rsi+128]
    lea rbp, [rsi+128]
    mov qword [rsi+128], rbp
    mov dword [rsi+128], ebp
    mov byte [rsi+128], bpl
    add byte [rsi+128], bpl
    sub byte [rsi+128], bpl
    mov rsi, qword [rsi+128]
    mov esi, dword [rsi+128]
    mov sil, byte [rsi+128]
    movzx esi, byte [rsi+128]
    lea rsi, [rsi+128]
    mov qword [rsi+128], rsi
    mov dword [rsi+128], esi
    mov byte [rsi+128], sil
    add byte [rsi+128], sil
    sub byte [rsi+128], sil
    mov rdi, qword [rsi+128]
    mov edi, dword [rsi+128]
    mov dil, byte [rsi+128]
    movzx edi, byte [rsi+128]
    lea rdi, [rsi+128]
    mov qword [rsi+128], rdi
    mov dword [rsi+128], edi
    mov byte [rsi+128], dil
    add byte [rsi+128], dil
    sub byte [rsi+128], dil
    mov r8, qword [rsi+128]
    mov r8d, dword [rsi+128]
    mov r8b, byte [rsi+128]
    movzx r8d, byte [rsi+128]
    lea r8, [rsi+128]
    mov qword [rsi+128], r8
    mov dword [rsi+128], r8d
    mov byte [rsi+128], r8b
    add byte [rsi+128], r8b
    sub byte [rsi+128], r8b
    mov r9, qword [rsi+128]
    mov r9d, dword [rsi+128]
    mov r9b, byte [rsi+128]
    movzx r9d, byte [rsi+128]
    lea r9, [rsi+128]
    mov qword [rsi+128], r9
    mov dword [rsi+128], r9d
    mov byte [rsi+128], r9b
    add byte [rsi+128], r9b
    sub byte [rsi+128], r9b
    mov r10, qword [rsi+128]
    mov r10d, dword [rsi+128]
    mov r10b, byte [rsi+128]
    movzx r10d, byte [rsi+128]
    lea r10, [rsi+128]
    mov qword [rsi+128], r10
    mov dword [rsi+128], r10d
    mov byte [rsi+128], r10b
    add byte [rsi+128], r10b
    sub byte [rsi+128], r10b
    mov r11, qword [rsi+128]
    mov r11d, dword [rsi+128]
    mov r11b, byte [rsi+128]
    movzx r11d, byte [rsi+128]
    lea r11, [rsi+128]
    mov qword [rsi+128], r11
    mov dword [rsi+128], r11d
    mov byte [rsi+128], r11b
    add byte [rsi+128], r11b
    sub byte [rsi+128], r11b
    mov r12, qword [rsi+128]
    mov r12d, dword [rsi+128]
    mov r12b, byte [rsi+128]
    movzx r12d, byte [rsi+128]
    lea r12, [rsi+128]
    mov qword [rsi+128], r12
    mov dword [rsi+128], r12d
    mov byte [rsi+128], r12b
    add byte [rsi+128], r12b
    sub byte [rsi+128], r12b
    mov r13, qword [rsi+128]
    mov r13d, dword [rsi+128]
    mov r13b, byte [rsi+128]
    movzx r13d, byte [rsi+128]
    lea r13, [rsi+128]
    mov qword [rsi+128], r13
    mov dword [rsi+128], r13d
    mov byte [rsi+128], r13b
    add byte [rsi+128], r13b
    sub byte [rsi+128], r13b
    mov r14, qword [rsi+128]
    mov r14d, dword [rsi+128]
    mov r14b, byte [rsi+128]
    movzx r14d, byte [rsi+128]
    lea r14, [rsi+128]
    mov qword [rsi+128], r14
    mov dword [rsi+128], r14d
    mov byte [rsi+128], r14b
    add byte [rsi+128], r14b
    sub byte [rsi+128], r14b
    mov r15, qword [rsi+128]
    mov r15d, dword [rsi+128]
    mov r15b, byte [rsi+128]
    movzx r15d, byte [rsi+128]
    lea r15, [rsi+128]
    mov qword [rsi+128], r15
    mov dword [rsi+128], r15d
    mov byte [rsi+128], r15b
    add byte [rsi+128], r15b
    sub byte [rsi+128], r15b
    mov byte [rsi+128], 0
    mov byte [rsi+128], 1
    mov byte [rsi+128], -1
    mov byte [rsi+128], 127
    mov byte [rsi+128], -128
    mov byte [rsi+128], 255
    add byte [rsi+128], 0
    add byte [rsi+128], 1
    add byte [rsi+128], -1
    add byte [rsi+128], 127
    add byte [rsi+128], -128
    add byte [rsi+128], 255
    sub byte [rsi+128], 0
    sub byte [rsi+128], 1
    sub byte [rsi+128], -1
    sub byte [rsi+128], 127
    sub byte [rsi+128], -128
    sub byte [rsi+128], 255
    cmp byte [rsi+128], 0
    cmp byte [rsi+128], 1
    cmp byte [rsi+128], -1
    cmp byte [rsi+128], 127
    cmp byte [rsi+128], -128
    cmp byte [rsi+128], 255
    mov rax, qword [rsi-129]
    mov eax, dword [rsi-129]
    mov al, byte [rsi-129]
    movzx eax, byte [rsi-129]
    lea rax, [rsi-129]
    mov qword [rsi-129], rax
    mov dword [rsi-129], eax
    mov byte [rsi-129], al
    add byte [rsi-129], al
    sub byte [rsi-129], al
    mov rcx, qword [rsi-129]
    mov ecx, dword [rsi-129]
    mov cl, byte [rsi-129]
    movzx ecx, byte [rsi-129]
    lea rcx, [rsi-129]
    mov qword [rsi-129], rcx
    mov dword [rsi-129], ecx
    mov byte [rsi-129], cl
    add byte [rsi-129], cl
    sub byte [rsi-129], cl
    mov rdx, qword [rsi-129]
    mov edx, dword [rsi-129]
    mov dl, byte [rsi-129]
    movzx edx, byte [rsi-129]
    lea rdx, [rsi-129]
    mov qword [rsi-129], rdx
    mov dword [rsi-129], edx
    mov byte [rsi-129], dl
    add byte [rsi-129], dl
    sub byte [rsi-129], dl
    mov rbx, qword [rsi-129]
    mov ebx, dword [rsi-129]
    mov bl, byte [rsi-129]
    movzx ebx, byte [rsi-129]
    lea rbx, [rsi-129]
    mov qword [rsi-129], rbx
    mov dword [rsi-129], ebx
    mov byte [rsi-129], bl
    add byte [rsi-129], bl
    sub byte [rsi-129], bl
    mov rsp, qword [rsi-129]
    mov esp, dword [rsi-129]
    mov spl, byte [rsi-129]
    movzx esp, byte [rsi-129]
    lea rsp, [rsi-129]
    mov qword [rsi-129], rsp
    mov dword [rsi-129], esp
    mov byte [rsi-129], spl
    add byte [rsi-129], spl
    sub byte [rsi-129], spl
    mov rbp, qword [rsi-129]
    mov ebp, dword [rsi-129]
    mov bpl, byte [rsi-129]
    movzx ebp, byte [rsi-129]
    lea rbp, [rsi-129]
    mov qword [rsi-129], rbp
    mov dword [rsi-129], ebp
    mov byte [rsi-129], bpl
    add byte [rsi-129], bpl
    sub byte [rsi-129], bpl
    mov rsi, qword [rsi-129]
    mov esi, dword [rsi-129]
    mov sil, byte [rsi-129]
    movzx esi, byte [rsi-129]
    lea rsi, [rsi-129]
    mov qword [rsi-129], rsi
    mov dword [rsi-129], esi
    mov byte [rsi-129], sil
    add byte [rsi-129], sil
    sub byte [rsi-129], sil
    mov rdi, qword [rsi-129]
    mov edi, dword [rsi-129]
    mov dil, byte [rsi-129]
    movzx edi, byte [rsi-129]
    lea rdi, [rsi-129]
    mov qword [rsi-129], rdi
    mov dword [rsi-129], edi
    mov byte [rsi-129], dil
    add byte [rsi-129], dil
    sub byte [rsi-129], dil
    mov r8, qword [rsi-129]
    mov r8d, dword [rsi-129]
    mov r8b, byte [rsi-129]
    movzx r8d, byte [rsi-129]
    lea r8, [rsi-129]
    mov qword [rsi-129], r8
    mov dword [rsi-129], r8d
    mov byte [rsi-129], r8b
    add byte [rsi-129], r8b
    sub byte [rsi-129], r8b
    mov r9, qword [rsi-129]
    mov r9d, dword [rsi-129]
    mov r9b, byte [rsi-129]
    movzx r9d, byte [rsi-129]
    lea r9, [rsi-129]
    mov qword [rsi-129], r9
    mov dword [rsi-129], r9d
    mov byte [rsi-129], r9b
    add byte [rsi-129], r9b
    sub byte [rsi-129], r9b
    mov r10, qword [rsi-129]
    mov r10d, dword [rsi-129]
    mov r10b, byte [rsi-129]
    movzx r10d, byte [rsi-129]
    lea r10, [rsi-129]
    mov qword [rsi-129], r10
    mov dword [rsi-129], r10d
    mov byte [rsi-129], r10b
    add byte [rsi-129], r10b
    sub byte [rsi-129], r10b
    mov r11, qword [rsi-129]
    mov r11d, dword [rsi-129]
    mov r11b, byte [rsi-129]
    movzx r11d, byte [rsi-129]
    lea r11, [rsi-129]
    mov qword [rsi-129], r11
    mov dword [rsi-129], r11d
    mov byte [rsi-129], r11b
    add byte [rsi-129], r11b
    sub byte [rsi-129], r11b
    mov r12, qword [rsi-129]
    mov r12d, dword [rsi-129]
    mov r12b, byte [rsi-129]
    movzx r12d, byte [rsi-129]
    lea r12, [rsi-129]
    mov qword [rsi-129], r12
    mov dword [rsi-129], r12d
    mov byte [rsi-129], r12b
    add byte [rsi-129], r12b
    sub byte [rsi-129], r12b
    mov r13, qword [rsi-129]
    mov r13d, dword [rsi-129]
    mov r13b, byte [rsi-129]
    movzx r13d, byte [rsi-129]
    lea r13, [rsi-129]
    mov qword [rsi-129], r13
    mov dword [rsi-129], r13d
    mov byte [rsi-129], r13b
    add byte [rsi-129], r13b
    sub byte [rsi-129], r13b
    mov r14, qword [rsi-129]
    mov r14d, dword [rsi-129]
    mov r14b, byte [rsi-129]
    movzx r14d, byte [rsi-129]
    lea r14, [rsi-129]
    mov qword [rsi-129], r14
    mov dword [rsi-129], r14d
    mov byte [rsi-129], r14b
    add byte [rsi-129], r14b
    sub byte [rsi-129], r14b
    mov r15, qword [rsi-129]
    mov r15d, dword [rsi-129]
    mov r15b, byte [rsi-129]
    movzx r15d, byte [rsi-129]
    lea r15, [rsi-129]
    mov qword [rsi-129], r15
    mov dword [rsi-129], r15d
    mov byte [rsi-129], r15b
    add byte [rsi-129], r15b
    sub byte [rsi-129], r15b
    mov byte [rsi-129], 0
    mov byte [rsi-129], 1
    mov byte [rsi-129], -1
    mov byte [rsi-129], 127
    mov byte [rsi-129], -128
    mov byte [rsi-129], 255
    add byte [rsi-129], 0
    add byte [rsi-129], 1
    add byte [rsi-129], -1
    add byte [rsi-129], 127
    add byte [rsi-129], -128
    add byte [rsi-129], 255
    sub byte [rsi-129], 0
    sub byte [rsi-129], 1
    sub byte [rsi-129], -1
    sub byte [rsi-129], 127
    sub byte [rsi-129], -128
    sub byte [rsi-129], 255
    cmp byte [rsi-129], 0
    cmp byte [rsi-129], 1
    cmp byte [rsi-129], -1
    cmp byte [rsi-129], 127
    cmp byte [rsi-129], -128
    cmp byte [rsi-129], 255
    mov rax, qword [rsi+2147483647]
    mov eax, dword [rsi+2147483647]
    mov al, byte [rsi+2147483647]
    movzx eax, byte [rsi+2147483647]
    lea rax, [rsi+2147483647]
    mov qword [rsi+2147483647], rax
    mov dword [rsi+2147483647], eax
    mov byte [rsi+2147483647], al
    add byte [rsi+2147483647], al
    sub byte [rsi+2147483647], al
    mov rcx, qword [rsi+2147483647]
    mov ecx, dword [rsi+2147483647]
    mov cl, byte [rsi+2147483647]
    movzx ecx, byte [rsi+2147483647]
    lea rcx, [rsi+2147483647]
    mov qword [rsi+2147483647], rcx
    mov dword [rsi+2147483647], ecx
    mov byte [rsi+2147483647], cl
    add byte [rsi+2147483647], cl
    sub byte [rsi+2147483647], cl
    mov rdx, qword [rsi+2147483647]
    mov edx, dword [rsi+2147483647]
    mov dl, byte [rsi+2147483647]
    movzx edx, byte [rsi+2147483647]
    lea rdx, [rsi+2147483647]
    mov qword [rsi+2147483647], rdx
    mov dword [rsi+2147483647], edx
    mov byte [rsi+2147483647], dl
    add byte [rsi+2147483647], dl
    sub byte [rsi+2147483647], dl
    mov rbx, qword [rsi+2147483647]
    mov ebx, dword [rsi+2147483647]
    mov bl, byte [rsi+2147483647]
    movzx ebx, byte [rsi+2147483647]
    lea rbx, [rsi+2147483647]
    mov qword [rsi+2147483647], rbx
    mov dword [rsi+2147483647], ebx
    mov byte [rsi+2147483647], bl
    add byte [rsi+2147483647], bl
    sub byte [rsi+2147483647], bl
    mov rsp, qword [rsi+2147483647]
    mov esp, dword [rsi+2147483647]
    mov spl, byte [rsi+2147483647]
    movzx esp, byte [rsi+2147483647]
    lea rsp, [rsi+2147483647]
    mov qword [rsi+2147483647], rsp
    mov dword [rsi+2147483647], esp
    mov byte [rsi+2147483647], spl
    add byte [rsi+2147483647], spl
    sub byte [rsi+2147483647], spl
    mov rbp, qword [rsi+2147483647]
    mov ebp, dword [rsi+2147483647]
    mov bpl, byte [rsi+2147483647]
    movzx ebp, byte [rsi+2147483647]
    lea rbp, [rsi+2147483647]
    mov qword [rsi+2147483647], rbp
    mov dword [rsi+2147483647], ebp
    mov byte [rsi+2147483647], bpl
    add byte [rsi+2147483647], bpl
    sub byte [rsi+2147483647], bpl
    mov rsi, qword [rsi+2147483647]
    mov esi, dword [rsi+2147483647]
    mov sil, byte [rsi+2147483647]
    movzx esi, byte [rsi+2147483647]
    lea rsi, [rsi+2147483647]
    mov qword [rsi+2147483647], rsi
    mov dword [rsi+2147483647], esi
    mov byte [rsi+2147483647], sil
    add byte [rsi+2147483647], sil
    sub byte [rsi+2147483647], sil
    mov rdi, qword [rsi+2147483647]
    mov edi, dword [rsi+2147483647]
    mov dil, byte [rsi+2147483647]
    movzx edi, byte [rsi+2147483647]
    lea rdi, [rsi+2147483647]
    mov qword [rsi+2147483647], rdi
    mov dword [rsi+2147483647], edi
    mov byte [rsi+2147483647], dil
    add byte [rsi+2147483647], dil
    sub byte [rsi+2147483647], dil
    mov r8, qword [rsi+2147483647]
    mov r8d, dword [rsi+2147483647]
    mov r8b, byte [rsi+2147483647]
    movzx r8d, byte [rsi+2147483647]
    lea r8, [rsi+2147483647]
    mov qword [rsi+2147483647], r8
    mov dword [rsi+2147483647], r8d
    mov byte [rsi+2147483647], r8b
    add byte [rsi+2147483647], r8b
    sub byte [rsi+2147483647], r8b
    mov r9, qword [rsi+2147483647]
    mov r9d, dword [rsi+2147483647]
    mov r9b, byte [rsi+2147483647]
    movzx r9d, byte [rsi+2147483647]
    lea r9, [rsi+2147483647]
    mov qword [rsi+2147483647], r9
    mov dword [rsi+2147483647], r9d
    mov byte [rsi+2147483647], r9b
    add byte [rsi+2147483647], r9b
    sub byte [rsi+2147483647], r9b
    mov r10, qword [rsi+2147483647]
    mov r10d, dword [rsi+2147483647]
    mov r10b, byte [rsi+2147483647]
    movzx r10d, byte [rsi+2147483647]
    lea r10, [rsi+2147483647]
    mov qword [rsi+2147483647], r10
    mov dword [rsi+2147483647], r10d
    mov byte [rsi+2147483647], r10b
    add byte [rsi+2147483647], r10b
    sub byte [rsi+2147483647], r10b
    mov r11, qword [rsi+2147483647]
    mov r11d, dword [rsi+2147483647]
    mov r11b, byte [rsi+2147483647]
    movzx r11d, byte [rsi+2147483647]
    lea r11, [rsi+2147483647]
    mov qword [rsi+2147483647], r11
    mov dword [rsi+2147483647], r11d
    mov byte [rsi+2147483647], r11b
    add byte [rsi+2147483647], r11b
    sub byte [rsi+2147483647], r11b
    mov r12, qword [rsi+2147483647]
    mov r12d, dword [rsi+2147483647]
    mov r12b, byte [rsi+2147483647]
    movzx r12d, byte [rsi+2147483647]
    lea r12, [rsi+2147483647]
    mov qword [rsi+2147483647], r12
    mov dword [rsi+2147483647], r12d
    mov byte [rsi+2147483647], r12b
    add byte [rsi+2147483647], r12b
    sub byte [rsi+2147483647], r12b
    mov r13, qword [rsi+2147483647]
    mov r13d, dword [rsi+2147483647]
    mov r13b, byte [rsi+2147483647]
    movzx r13d, byte [rsi+2147483647]
    lea r13, [rsi+2147483647]
    mov qword [rsi+2147483647], r13
    mov dword [rsi+2147483647], r13d
    mov byte [rsi+2147483647], r13b
    add byte [rsi+2147483647], r13b
    sub byte [rsi+2147483647], r13b
    mov r14, qword [rsi+2147483647]
    mov r14d, dword [rsi+2147483647]
    mov r14b, byte [rsi+2147483647]
    movzx r14d, byte [rsi+2147483647]
    lea r14, [rsi+2147483647]
    mov qword [rsi+2147483647], r14
    mov dword [rsi+2147483647], r14d
    mov byte [rsi+2147483647], r14b
    add byte [rsi+2147483647], r14b
    sub byte [rsi+2147483647], r14b
    mov r15, qword [rsi+2147483647]
    mov r15d, dword [rsi+2147483647]
    mov r15b, byte [rsi+2147483647]
    movzx r15d, byte [rsi+2147483647]
    lea r15, [rsi+2147483647]
    mov qword [rsi+2147483647], r15
    mov dword [rsi+2147483647], r15d
    mov byte [rsi+2147483647], r15b
    add byte [rsi+2147483647], r15b
    sub byte [rsi+2147483647], r15b
    mov byte [rsi+2147483647], 0
    mov byte [rsi+2147483647], 1
    mov byte [rsi+2147483647], -1
    mov byte [rsi+2147483647], 127
    mov byte [rsi+2147483647], -128
    mov byte [rsi+2147483647], 255
    add byte [rsi+2147483647], 0
    add byte [rsi+2147483647], 1
    add byte [rsi+2147483647], -1
    add byte [rsi+2147483647], 127
    add byte [rsi+2147483647], -128
    add byte [rsi+2147483647], 255
    sub byte [rsi+2147483647], 0
    sub byte [rsi+2147483647], 1
    sub byte [rsi+2147483647], -1
    sub byte [rsi+2147483647], 127
    sub byte [rsi+2147483647], -128
    sub byte [rsi+2147483647], 255
    cmp byte [rsi+2147483647], 0
    cmp byte [rsi+2147483647], 1
    cmp byte [rsi+2147483647], -1
    cmp byte [rsi+2147483647], 127
    cmp byte [rsi+2147483647], -128
    cmp byte [rsi+2147483647], 255
    mov rax, qword [rsi-2147483648]
    mov eax, dword [rsi-2147483648]
    mov al, byte [rsi-2147483648]
    movzx eax, byte [rsi-2147483648]
    lea rax, [rsi-2147483648]
    mov qword [rsi-2147483648], rax
    mov dword [rsi-2147483648], eax
    mov byte [rsi-2147483648], al
    add byte [rsi-2147483648], al
    sub byte [rsi-2147483648], al
    mov rcx, qword [rsi-2147483648]
    mov ecx, dword [rsi-2147483648]
    mov cl, byte [rsi-2147483648]
    movzx ecx, byte [rsi-2147483648]
    lea rcx, [rsi-2147483648]
    mov qword [rsi-2147483648], rcx
    mov dword [rsi-2147483648], ecx
    mov byte [rsi-2147483648], cl
    add byte [rsi-2147483648], cl
    sub byte [rsi-2147483648], cl
    mov rdx, qword [rsi-2147483648]
    mov edx, dword [rsi-2147483648]
    mov dl, byte [rsi-2147483648]
    movzx edx, byte [rsi-2147483648]
    lea rdx, [rsi-2147483648]
    mov qword [rsi-2147483648], rdx
    mov dword [rsi-2147483648], edx
    mov byte [rsi-2147483648], dl
    add byte [rsi-2147483648], dl
    sub byte [rsi-2147483648], dl
    mov rbx, qword [rsi-2147483648]
    mov ebx, dword [rsi-2147483648]
    mov bl, byte [rsi-2147483648]
    movzx ebx, byte [rsi-2147483648]
    lea rbx, [rsi-2147483648]
    mov qword [rsi-2147483648], rbx
    mov dword [rsi-2147483648], ebx
    mov byte [rsi-2147483648], bl
    add byte [rsi-2147483648], bl
    sub byte [rsi-2147483648], bl
    mov rsp, qword [rsi-2147483648]
    mov esp, dword [rsi-2147483648]
    mov spl, byte [rsi-2147483648]
    movzx esp, byte [rsi-2147483648]
    lea rsp, [rsi-2147483648]
    mov qword [rsi-2147483648], rsp
    mov dword [rsi-2147483648], esp
    mov byte [rsi-2147483648], spl
    add byte [rsi-2147483648], spl
    sub byte [rsi-2147483648], spl
    mov rbp, qword [rsi-2147483648]
    mov ebp, dword [rsi-2147483648]
    mov bpl, byte [rsi-2147483648]
    movzx ebp, byte [rsi-2147483648]
    lea rbp, [rsi-2147483648]
    mov qword [rsi-2147483648], rbp
    mov dword [rsi-2147483648], ebp
    mov byte [rsi-2147483648], bpl
    add byte [rsi-2147483648], bpl
    sub byte [rsi-2147483648], bpl
    mov rsi, qword [rsi-2147483648]
    mov esi, dword [rsi-2147483648]
    mov sil, byte [rsi-2147483648]
    movzx esi, byte [rsi-2147483648]
    lea rsi, [rsi-2147483648]
    mov qword [rsi-2147483648], rsi
    mov dword [rsi-2147483648], esi
    mov byte [rsi-2147483648], sil
    add byte [rsi-2147483648], sil
    sub byte [rsi-2147483648], sil
    mov rdi, qword [rsi-2147483648]
    mov edi, dword [rsi-2147483648]
    mov dil, byte [rsi-2147483648]
    movzx edi, byte [rsi-2147483648]
    lea rdi, [rsi-2147483648]
    mov qword [rsi-2147483648], rdi
    mov dword [rsi-2147483648], edi
    mov byte [rsi-2147483648], dil
    add byte [rsi-2147483648], dil
    sub byte [rsi-2147483648], dil
    mov r8, qword [rsi-2147483648]
    mov r8d, dword [rsi-2147483648]
    mov r8b, byte [rsi-2147483648]
    movzx r8d, byte [rsi-2147483648]
    lea r8, [rsi-2147483648]
    mov qword [rsi-2147483648], r8
    mov dword [rsi-2147483648], r8d
    mov byte [rsi-2147483648], r8b
    add byte [rsi-2147483648], r8b
    sub byte [rsi-2147483648], r8b
    mov r9, qword [rsi-2147483648]
    mov r9d, dword [rsi-2147483648]
    mov r9b, byte [rsi-2147483648]
    movzx r9d, byte [rsi-2147483648]
    lea r9, [rsi-2147483648]
    mov qword [rsi-2147483648], r9
    mov dword [rsi-2147483648], r9d
    mov byte [rsi-2147483648], r9b
    add byte [rsi-2147483648], r9b
    sub byte [rsi-2147483648], r9b
    mov r10, qword [rsi-2147483648]
    mov r10d, dword [rsi-2147483648]
    mov r10b, byte [rsi-2147483648]
    movzx r10d, byte [rsi-2147483648]
    lea r10, [rsi-2147483648]
    mov qword [rsi-2147483648], r10
    mov dword [rsi-2147483648], r10d
    mov byte [rsi-2147483648], r10b
    add byte [rsi-2147483648], r10b
    sub byte [rsi-2147483648], r10b
    mov r11, qword [rsi-2147483648]
    mov r11d, dword [rsi-2147483648]
    mov r11b, byte [rsi-2147483648]
    movzx r11d, byte [rsi-2147483648]
    lea r11, [rsi-2147483648]
    mov qword [rsi-2147483648], r11
    mov dword [rsi-2147483648], r11d
    mov byte [rsi-2147483648], r11b
    add byte [rsi-2147483648], r11b
    sub byte [rsi-2147483648], r11b
    mov r12, qword [rsi-2147483648]
    mov r12d, dword [rsi-2147483648]
    mov r12b, byte [rsi-2147483648]
    movzx r12d, byte [rsi-2147483648]
    lea r12, [rsi-2147483648]
    mov qword [rsi-2147483648], r12
    mov dword [rsi-2147483648], r12d
    mov byte [rsi-2147483648], r12b
    add byte [rsi-2147483648], r12b
    sub byte [rsi-2147483648], r12b
    mov r13, qword [rsi-2147483648]
    mov r13d, dword [rsi-2147483648]
    mov r13b, byte [rsi-2147483648]
    movzx r13d, byte [rsi-2147483648]
    lea r13, [rsi-2147483648]
    mov qword [rsi-2147483648], r13
    mov dword [rsi-2147483648], r13d
    mov byte [rsi-2147483648], r13b
    add byte [rsi-2147483648], r13b
    sub byte [rsi-2147483648], r13b
    mov r14, qword [rsi-2147483648]
    mov r14d, dword [rsi-2147483648]
    mov r14b, byte [rsi-2147483648]
    movzx r14d, byte [rsi-2147483648]
    lea r14, [rsi-2147483648]
    mov qword [rsi-2147483648], r14
    mov dword [rsi-2147483648], r14d
    mov byte [rsi-2147483648], r14b
    add byte [rsi-2147483648], r14b
    sub byte [rsi-2147483648], r14b
    mov r15, qword [rsi-2147483648]
    mov r15d, dword [rsi-2147483648]
    mov r15b, byte [rsi-2147483648]
    movzx r15d, byte [rsi-2147483648]
    lea r15, [rsi-2147483648]
    mov qword [rsi-2147483648], r15
    mov dword [rsi-2147483648], r15d
    mov byte [rsi-2147483648], r15b
    add byte [rsi-2147483648], r15b
    sub byte [rsi-2147483648], r15b
    mov byte [rsi-2147483648], 0
    mov byte [rsi-2147483648], 1
    mov byte [rsi-2147483648], -1
    mov byte [rsi-2147483648], 127
    mov byte [rsi-2147483648], -128
    mov byte [rsi-2147483648], 255
    add byte [rsi-2147483648], 0
    add byte [rsi-2147483648], 1
    add byte [rsi-2147483648], -1
    add byte [rsi-2147483648], 127
    add byte [rsi-2147483648], -128
    add byte [rsi-2147483648], 255
    sub byte [rsi-2147483648], 0
    sub byte [rsi-2147483648], 1
    sub byte [rsi-2147483648], -1
    sub byte [rsi-2147483648], 127
    sub byte [rsi-2147483648], -128
    sub byte [rsi-2147483648], 255
    cmp byte [rsi-2147483648], 0
    cmp byte [rsi-2147483648], 1
    cmp byte [rsi-2147483648], -1
    cmp byte [rsi-2147483648], 127
    cmp byte [rsi-2147483648], -128
    cmp byte [rsi-2147483648], 255
    mov rax, qword [rdi+0]
    mov eax, dword [rdi+0]
    mov al, byte [rdi+0]
    movzx eax, byte [rdi+0]
    lea rax, [rdi+0]
    mov qword [rdi+0], rax
    mov dword [rdi+0], eax
    mov byte [rdi+0], al
    add byte [rdi+0], al
    sub byte [rdi+0], al
    mov rcx, qword [rdi+0]
    mov ecx, dword [rdi+0]
    mov cl, byte [rdi+0]
    movzx ecx, byte [rdi+0]
    lea rcx, [rdi+0]
    mov qword [rdi+0], rcx
    mov dword [rdi+0], ecx
    mov byte [rdi+0], cl
    add byte [rdi+0], cl
    sub byte [rdi+0], cl
    mov rdx, qword [rdi+0]
    mov edx, dword [rdi+0]
    mov dl, byte [rdi+0]
    movzx edx, byte [rdi+0]
    lea rdx, [rdi+0]
    mov qword [rdi+0], rdx
    mov dword [rdi+0], edx
    mov byte [rdi+0], dl
    add byte [rdi+0], dl
    sub byte [rdi+0], dl
    mov rbx, qword [rdi+0]
    mov ebx, dword [rdi+0]
    mov bl, byte [rdi+0]
    movzx ebx, byte [rdi+0]
    lea rbx, [rdi+0]
    mov qword [rdi+0], rbx
    mov dword [rdi+0], ebx
    mov byte [rdi+0], bl
    add byte [rdi+0], bl
    sub byte [rdi+0], bl
    mov rsp, qword [rdi+0]
    mov esp, dword [rdi+0]
    mov spl, byte [rdi+0]
    movzx esp, byte [rdi+0]
    lea rsp, [rdi+0]
    mov qword [rdi+0], rsp
    mov dword [rdi+0], esp
    mov byte [rdi+0], spl
    add byte [rdi+0], spl
    sub byte [rdi+0], spl
    mov rbp, qword [rdi+0]
    mov ebp, dword [rdi+0]
    mov bpl, byte [rdi+0]
    movzx ebp, byte [rdi+0]
    lea rbp, [rdi+0]
    mov qword [rdi+0], rbp
    mov dword [rdi+0], ebp
    mov byte [rdi+0], bpl
    add byte [rdi+0], bpl
    sub byte [rdi+0], bpl
    mov rsi, qword [rdi+0]
    mov esi, dword [rdi+0]
    mov sil, byte [rdi+0]
    movzx esi, byte [rdi+0]
    lea rsi, [rdi+0]
    mov qword [rdi+0], rsi
    mov dword [rdi+0], esi
    mov byte [rdi+0], sil
    add byte [rdi+0], sil
    sub byte [rdi+0], sil
    mov rdi, qword [rdi+0]
    mov edi, dword [rdi+0]
    mov dil, byte [rdi+0]
    movzx edi, byte [rdi+0]
    lea rdi, [rdi+0]
    mov qword [rdi+0], rdi
    mov dword [rdi+0], edi
    mov byte [rdi+0], dil
    add byte [rdi+0], dil
    sub byte [rdi+0], dil
    mov r8, qword [rdi+0]
    mov r8d, dword [rdi+0]
    mov r8b, byte [rdi+0]
    movzx r8d, byte [rdi+0]
    lea r8, [rdi+0]
    mov qword [rdi+0], r8
    mov dword [rdi+0], r8d
    mov byte [rdi+0], r8b
    add byte [rdi+0], r8b
    sub byte [rdi+0], r8b
    mov r9, qword [rdi+0]
    mov r9d, dword [rdi+0]
    mov r9b, byte [rdi+0]
    movzx r9d, byte [rdi+0]
    lea r9, [rdi+0]
    mov qword [rdi+0], r9
    mov dword [rdi+0], r9d
    mov byte [rdi+0], r9b
    add byte [rdi+0], r9b
    sub byte [rdi+0], r9b
    mov r10, qword [rdi+0]
    mov r10d, dword [rdi+0]
    mov r10b, byte [rdi+0]
    movzx r10d, byte [rdi+0]
    lea r10, [rdi+0]
    mov qword [rdi+0], r10
    mov dword [rdi+0], r10d
    mov byte [rdi+0], r10b
    add byte [rdi+0], r10b
    sub byte [rdi+0], r10b
    mov r11, qword [rdi+0]
    mov r11d, dword [rdi+0]
    mov r11b, byte [rdi+0]
    movzx r11d, byte [rdi+0]
    lea r11, [rdi+0]
    mov qword [rdi+0], r11
    mov dword [rdi+0], r11d
    mov byte [rdi+0], r11b
    add byte [rdi+0], r11b
    sub byte [rdi+0], r11b
    mov r12, qword [rdi+0]
    mov r12d, dword [rdi+0]
    mov r12b, byte [rdi+0]
    movzx r12d, byte [rdi+0]
    lea r12, [rdi+0]
    mov qword [rdi+0], r12
    mov dword [rdi+0], r12d
    mov byte [rdi+0], r12b
    add byte [rdi+0], r12b
    sub byte [rdi+0], r12b
    mov r13, qword [rdi+0]
    mov r13d, dword [rdi+0]
    mov r13b, byte [rdi+0]
    movzx r13d, byte [rdi+0]
    lea r13, [rdi+0]
    mov qword [rdi+0], r13
    mov dword [rdi+0], r13d
    mov byte [rdi+0], r13b
    add byte [rdi+0], r13b
    sub byte [rdi+0], r13b
    mov r14, qword [rdi+0]
    mov r14d, dword [rdi+0]
    mov r14b, byte [rdi+0]
    movzx r14d, byte [rdi+0]
    lea r14, [rdi+0]
    mov qword [rdi+0], r14
    mov dword [rdi+0], r14d
    mov byte [rdi+0], r14b
    add byte [rdi+0], r14b
    sub byte [rdi+0], r14b
    mov r15, qword [rdi+0]
    mov r15d, dword [rdi+0]
    mov r15b, byte [rdi+0]
    movzx r15d, byte [rdi+0]
    lea r15, [rdi+0]
    mov qword [rdi+0], r15
    mov dword [rdi+0], r15d
    mov byte [rdi+0], r15b
    add byte [rdi+0], r15b
    sub byte [rdi+0], r15b
    mov byte [rdi+0], 0
    mov byte [rdi+0], 1
    mov byte [rdi+0], -1
    mov byte [rdi+0], 127
    mov byte [rdi+0], -128
    mov byte [rdi+0], 255
    add byte [rdi+0], 0
    add byte [rdi+0], 1
    add byte [rdi+0], -1
    add byte [rdi+0], 127
    add byte [rdi+0], -128
    add byte [rdi+0], 255
    sub byte [rdi+0], 0
    sub byte [rdi+0], 1
    sub byte [rdi+0], -1
    sub byte [rdi+0], 127
    sub byte [rdi+0], -128
    sub byte [rdi+0], 255
    cmp byte [rdi+0], 0
    cmp byte [rdi+0], 1
    cmp byte [rdi+0], -1
    cmp byte [rdi+0], 127
    cmp byte [rdi+0], -128
    cmp byte [rdi+0], 255
    mov rax, qword [rdi+1]
    mov eax, dword [rdi+1]
    mov al, byte [rdi+1]
    movzx eax, byte [rdi+1]
    lea rax, [rdi+1]
    mov qword [rdi+1], rax
    mov dword [rdi+1], eax
    mov byte [rdi+1], al
    add byte [rdi+1], al
    sub byte [rdi+1], al
    mov rcx, qword [rdi+1]
    mov ecx, dword [rdi+1]
    mov cl, byte [rdi+1]
    movzx ecx, byte [rdi+1]
    lea rcx, [rdi+1]
    mov qword [rdi+1], rcx
    mov dword [rdi+1], ecx
    mov byte [rdi+1], cl
    add byte [rdi+1], cl
    sub byte [rdi+1], cl
    mov rdx, qword [rdi+1]
    mov edx, dword [rdi+1]
    mov dl, byte [rdi+1]
    movzx edx, byte [rdi+1]
    lea rdx, [rdi+1]
    mov qword [rdi+1], rdx
    mov dword [rdi+1], edx
    mov byte [rdi+1], dl
    add byte [rdi+1], dl
    sub byte [rdi+1], dl
    mov rbx, qword [rdi+1]
    mov ebx, dword [rdi+1]
    mov bl, byte [rdi+1]
    movzx ebx, byte [rdi+1]
    lea rbx, [rdi+1]
    mov qword [rdi+1], rbx
    mov dword [rdi+1], ebx
    mov byte [rdi+1], bl
    add byte [rdi+1], bl
    sub byte [rdi+1], bl
    mov rsp, qword [rdi+1]
    mov esp, dword [rdi+1]
    mov spl, byte [rdi+1]
    movzx esp, byte [rdi+1]
    lea rsp, [rdi+1]
    mov qword [rdi+1], rsp
    mov dword [rdi+1], esp
    mov byte [rdi+1], spl
    add byte [rdi+1], spl
    sub byte [rdi+1], spl
    mov rbp, qword [rdi+1]
    mov ebp, dword [rdi+1]
    mov bpl, byte [rdi+1]
    movzx ebp, byte [rdi+1]
    lea rbp, [rdi+1]
    mov qword [rdi+1], rbp
    mov dword [rdi+1], ebp
    mov byte [rdi+1], bpl
    add byte [rdi+1], bpl
    sub byte [rdi+1], bpl
    mov rsi, qword [rdi+1]
    mov esi, dword [rdi+1]
    mov sil, byte [rdi+1]
    movzx esi, byte [rdi+1]
    lea rsi, [rdi+1]
    mov qword [rdi+1], rsi
    mov dword [rdi+1], esi
    mov byte [rdi+1], sil
    add byte [rdi+1], sil
    sub byte [rdi+1], sil
    mov rdi, qword [rdi+1]
    mov edi, dword [rdi+1]
    mov dil, byte [rdi+1]
    movzx edi, byte [rdi+1]
    lea rdi, [rdi+1]
    mov qword [rdi+1], rdi
    mov dword [rdi+1], edi
    mov byte [rdi+1], dil
    add byte [rdi+1], dil
    sub byte [rdi+1], dil
    mov r8, qword [rdi+1]
    mov r8d, dword [rdi+1]
    mov r8b, byte [rdi+1]
    movzx r8d, byte [rdi+1]
    lea r8, [rdi+1]
    mov qword [rdi+1], r8
    mov dword [rdi+1], r8d
    mov byte [rdi+1], r8b
    add byte [rdi+1], r8b
    sub byte [rdi+1], r8b
    mov r9, qword [rdi+1]
    mov r9d, dword [rdi+1]
    mov r9b, byte [rdi+1]
    movzx r9d, byte [rdi+1]
    lea r9, [rdi+1]
    mov qword [rdi+1], r9
    mov dword [rdi+1], r9d
    mov byte [rdi+1], r9b
    add byte [rdi+1], r9b
    sub byte [rdi+1], r9b
    mov r10, qword [rdi+1]
    mov r10d, dword [rdi+1]
    mov r10b, byte [rdi+1]
    movzx r10d, byte [rdi+1]
    lea r10, [rdi+1]
    mov qword [rdi+1], r10
    mov dword [rdi+1], r10d
    mov byte [rdi+1], r10b
    add byte [rdi+1], r10b
    sub byte [rdi+1], r10b
    mov r11, qword [rdi+1]
    mov r11d, dword [rdi+1]
    mov r11b, byte [rdi+1]
    movzx r11d, byte [rdi+1]
    lea r11, [rdi+1]
    mov qword [rdi+1], r11
    mov dword [rdi+1], r11d
    mov byte [rdi+1], r11b
    add byte [rdi+1], r11b
    sub byte [rdi+1], r11b
    mov r12, qword [rdi+1]
    mov r12d, dword [rdi+1]
    mov r12b, byte [rdi+1]
    movzx r12d, byte [rdi+1]
    lea r12, [rdi+1]
    mov qword [rdi+1], r12
    mov dword [rdi+1], r12d
    mov byte [rdi+1], r12b
    add byte [rdi+1], r12b
    sub byte [rdi+1], r12b
    mov r13, qword [rdi+1]
    mov r13d, dword [rdi+1]
    mov r13b, byte [rdi+1]
    movzx r13d, byte [rdi+1]
    lea r13, [rdi+1]
    mov qword [rdi+1], r13
    mov dword [rdi+1], r13d
    mov byte [rdi+1], r13b
    add byte [rdi+1], r13b
    sub byte [rdi+1], r13b
    mov r14, qword [rdi+1]
    mov r14d, dword [rdi+1]
    mov r14b, byte [rdi+1]
    movzx r14d, byte [rdi+1]
    lea r14, [rdi+1]
    mov qword [rdi+1], r14
    mov dword [rdi+1], r14d
    mov byte [rdi+1], r14b
    add byte [rdi+1], r14b
    sub byte [rdi+1], r14b
    mov r15, qword [rdi+1]
    mov r15d, dword [rdi+1]
    mov r15b, byte [rdi+1]
    movzx r15d, byte [rdi+1]
    lea r15, [rdi+1]
    mov qword [rdi+1], r15
    mov dword [rdi+1], r15d
    mov byte [rdi+1], r15b
    add byte [rdi+1], r15b
    sub byte [rdi+1], r15b
    mov byte [rdi+1], 0
    mov byte [rdi+1], 1
    mov byte [rdi+1], -1
    mov byte [rdi+1], 127
    mov byte [rdi+1], -128
    mov byte [rdi+1], 255
    add byte [rdi+1], 0
    add byte [rdi+1], 1
    add byte [rdi+1], -1
    add byte [rdi+1], 127
    add byte [rdi+1], -128
    add byte [rdi+1], 255
    sub byte [rdi+1], 0
    sub byte [rdi+1], 1
    sub byte [rdi+1], -1
    sub byte [rdi+1], 127
    sub byte [rdi+1], -128
    sub byte [rdi+1], 255
    cmp byte [rdi+1], 0
    cmp byte [rdi+1], 1
    cmp byte [rdi+1], -1
    cmp byte [rdi+1], 127
    cmp byte [rdi+1], -128
    cmp byte [rdi+1], 255
    mov rax, qword [rdi-1]
    mov eax, dword [rdi-1]
    mov al, byte [rdi-1]
    movzx eax, byte [rdi-1]
    lea rax, [rdi-1]
    mov qword [rdi-1], rax
    mov dword [rdi-1], eax
    mov byte [rdi-1], al
    add byte [rdi-1], al
    sub byte [rdi-1], al
    mov rcx, qword [rdi-1]
    mov ecx, dword [rdi-1]
    mov cl, byte [rdi-1]
    movzx ecx, byte [rdi-1]
    lea rcx, [rdi-1]
    mov qword [rdi-1], rcx
    mov dword [rdi-1], ecx
    mov byte [rdi-1], cl
    add byte [rdi-1], cl
    sub byte [rdi-1], cl
    mov rdx, qword [rdi-1]
    mov edx, dword [rdi-1]
    mov dl, byte [rdi-1]
    movzx edx, byte [rdi-1]
    lea rdx, [rdi-1]
    mov qword [rdi-1], rdx
    mov dword [rdi-1], edx
    mov byte [rdi-1], dl
    add byte [rdi-1], dl
    sub byte [rdi-1], dl
    mov rbx, qword [rdi-1]
    mov ebx, dword [rdi-1]
    mov bl, byte [rdi-1]
    movzx ebx, byte [rdi-1]
    lea rbx, [rdi-1]
    mov qword [rdi-1], rbx
    mov dword [rdi-1], ebx
    mov byte [rdi-1], bl
    add byte [rdi-1], bl
    sub byte [rdi-1], bl
    mov rsp, qword [rdi-1]
    mov esp, dword [rdi-1]
    mov spl, byte [rdi-1]
    movzx esp, byte [rdi-1]
    lea rsp, [rdi-1]
    mov qword [rdi-1], rsp
    mov dword [rdi-1], esp
    mov byte [rdi-1], spl
    add byte [rdi-1], spl
    sub byte [rdi-1], spl
    mov rbp, qword [rdi-1]
    mov ebp, dword [rdi-1]
    mov bpl, byte [rdi-1]
    movzx ebp, byte [rdi-1]
    lea rbp, [rdi-1]
    mov qword [rdi-1], rbp
    mov dword [rdi-1], ebp
    mov byte [rdi-1], bpl
    add byte [rdi-1], bpl
    sub byte [rdi-1], bpl
    mov rsi, qword [rdi-1]
    mov esi, dword [rdi-1]
    mov sil, byte [rdi-1]
    movzx esi, byte [rdi-1]
    lea rsi, [rdi-1]
    mov qword [rdi-1], rsi
    mov dword [rdi-1], esi
    mov byte [rdi-1], sil
    add byte [rdi-1], sil
    sub byte [rdi-1], sil
    mov rdi, qword [rdi-1]
    mov edi, dword [rdi-1]
    mov dil, byte [rdi-1]
    movzx edi, byte [rdi-1]
    lea rdi, [rdi-1]
    mov qword [rdi-1], rdi
    mov dword [rdi-1], edi
    mov byte [rdi-1], dil
    add byte [rdi-1], dil
    sub byte [rdi-1], dil
    mov r8, qword [rdi-1]
    mov r8d, dword [rdi-1]
    mov r8b, byte [rdi-1]
    movzx r8d, byte [rdi-1]
    lea r8, [rdi-1]
    mov qword [rdi-1], r8
    mov dword [rdi-1], r8d
    mov byte [rdi-1], r8b
    add byte [rdi-1], r8b
    sub byte [rdi-1], r8b
    mov r9, qword [rdi-1]
    mov r9d, dword [rdi-1]
    mov r9b, byte [rdi-1]
    movzx r9d, byte [rdi-1]
    lea r9, [rdi-1]
    mov qword [rdi-1], r9
    mov dword [rdi-1], r9d
    mov byte [rdi-1], r9b
    add byte [rdi-1], r9b
    sub byte [rdi-1], r9b
    mov r10, qword [rdi-1]
    mov r10d, dword [rdi-1]
    mov r10b, byte [rdi-1]
    movzx r10d, byte [rdi-1]
    lea r10, [rdi-1]
    mov qword [rdi-1], r10
    mov dword [rdi-1], r10d
    mov byte [rdi-1], r10b
    add byte [rdi-1], r10b
    sub byte [rdi-1], r10b
    mov r11, qword [rdi-1]
    mov r11d, dword [rdi-1]
    mov r11b, byte [rdi-1]
    movzx r11d, byte [rdi-1]
    lea r11, [rdi-1]
    mov qword [rdi-1], r11
    mov dword [rdi-1], r11d
    mov byte [rdi-1], r11b
    add byte [rdi-1], r11b
    sub byte [rdi-1], r11b
    mov r12, qword [rdi-1]
    mov r12d, dword [rdi-1]
    mov r12b, byte [rdi-1]
    movzx r12d, byte [rdi-1]
    lea r12, [rdi-1]
    mov qword [rdi-1], r12
    mov dword [rdi-1], r12d
    mov byte [rdi-1], r12b
    add byte [rdi-1], r12b
    sub byte [rdi-1], r12b
    mov r13, qword [rdi-1]
    mov r13d, dword [rdi-1]
    mov r13b, byte [rdi-1]
    movzx r13d, byte [rdi-1]
    lea r13, [rdi-1]
    mov qword [rdi-1], r13
    mov dword [rdi-1], r13d
    mov byte [rdi-1], r13b
    add byte [rdi-1], r13b
    sub byte [rdi-1], r13b
    mov r14, qword [rdi-1]
    mov r14d, dword [rdi-1]
    mov r14b, byte [rdi-1]
    movzx r14d, byte [rdi-1]
    lea r14, [rdi-1]
    mov qword [rdi-1], r14
    mov dword [rdi-1], r14d
    mov byte [rdi-1], r14b
    add byte [rdi-1], r14b
    sub byte [rdi-1], r14b
    mov r15, qword [rdi-1]
    mov r15d, dword [rdi-1]
    mov r15b, byte [rdi-1]
    movzx r15d, byte [rdi-1]
    lea r15, [rdi-1]
    mov qword [rdi-1], r15
    mov dword [rdi-1], r15d
    mov byte [rdi-1], r15b
    add byte [rdi-1], r15b
    sub byte [rdi-1], r15b
    mov byte [rdi-1], 0
    mov byte [rdi-1], 1
    mov byte [rdi-1], -1
    mov byte [rdi-1], 127
    mov byte [rdi-1], -128
    mov byte [rdi-1], 255
    add byte [rdi-1], 0
    add byte [rdi-1], 1
    add byte [rdi-1], -1
    add byte [rdi-1], 127
    add byte [rdi-1], -128
    add byte [rdi-1], 255
    sub byte [rdi-1], 0
    sub byte [rdi-1], 1
    sub byte [rdi-1], -1
    sub byte [rdi-1], 127
    sub byte [rdi-1], -128
    sub byte [rdi-1], 255
    cmp byte [rdi-1], 0
    cmp byte [rdi-1], 1
    cmp byte [rdi-1], -1
    cmp byte [rdi-1], 127
    cmp byte [rdi-1], -128
    cmp byte [rdi-1], 255
    mov rax, qword [rdi+127]
    mov eax, dword [rdi+127]
    mov al, byte [rdi+127]
    movzx eax, byte [rdi+127]
    lea rax, [rdi+127]
    mov qword [rdi+127], rax
    mov dword [rdi+127], eax
    mov byte [rdi+127], al
    add byte [rdi+127], al
    sub byte [rdi+127], al
    mov rcx, qword [rdi+127]
    mov ecx, dword [rdi+127]
    mov cl, byte [rdi+127]
    movzx ecx, byte [rdi+127]
    lea rcx, [rdi+127]
    mov qword [rdi+127], rcx
    mov dword [rdi+127], ecx
    mov byte [rdi+127], cl
    add byte [rdi+127], cl
    sub byte [rdi+127], cl
    mov rdx, qword [rdi+127]
    mov edx, dword [rdi+127]
    mov dl, byte [rdi+127]
    movzx edx, byte [rdi+127]
    lea rdx, [rdi+127]
    mov qword [rdi+127], rdx
    mov dword [rdi+127], edx
    mov byte [rdi+127], dl
    add byte [rdi+127], dl
    sub byte [rdi+127], dl
    mov rbx, qword [rdi+127]
    mov ebx, dword [rdi+127]
    mov bl, byte [rdi+127]
    movzx ebx, byte [rdi+127]
    lea rbx, [rdi+127]
    mov qword [rdi+127], rbx
    mov dword [rdi+127], ebx
    mov byte [rdi+127], bl
    add byte [rdi+127], bl
    sub byte [rdi+127], bl
    mov rsp, qword [rdi+127]
    mov esp, dword [rdi+127]
    mov spl, byte [rdi+127]
    movzx esp, byte [rdi+127]
    lea rsp, [rdi+127]
    mov qword [rdi+127], rsp
    mov dword [rdi+127], esp
    mov byte [rdi+127], spl
    add byte [rdi+127], spl
    sub byte [rdi+127], spl
    mov rbp, qword [rdi+127]
    mov ebp, dword [rdi+127]
    mov bpl, byte [rdi+127]
    movzx ebp, byte [rdi+127]
    lea rbp, [rdi+127]
    mov qword [rdi+127], rbp
    mov dword [rdi+127], ebp
    mov byte [rdi+127], bpl
    add byte [rdi+127], bpl
    sub byte [rdi+127], bpl
    mov rsi, qword [rdi+127]
    mov esi, dword [rdi+127]
    mov sil, byte [rdi+127]
    movzx esi, byte [rdi+127]
    lea rsi, [rdi+127]
    mov qword [rdi+127], rsi
    mov dword [rdi+127], esi
    mov byte [rdi+127], sil
    add byte [rdi+127], sil
    sub byte [rdi+127], sil
    mov rdi, qword [rdi+127]
    mov edi, dword [rdi+127]
    mov dil, byte [rdi+127]
    movzx edi, byte [rdi+127]
    lea rdi, [rdi+127]
    mov qword [rdi+127], rdi
    mov dword [rdi+127], edi
    mov byte [rdi+127], dil
    add byte [rdi+127], dil
    sub byte [rdi+127], dil
    mov r8, qword [rdi+127]
    mov r8d, dword [rdi+127]
    mov r8b, byte [rdi+127]
    movzx r8d, byte [rdi+127]
    lea r8, [rdi+127]
    mov qword [rdi+127], r8
    mov dword [rdi+127], r8d
    mov byte [rdi+127], r8b
    add byte [rdi+127], r8b
    sub byte [rdi+127], r8b
    mov r9, qword [rdi+127]
    mov r9d, dword [rdi+127]
    mov r9b, byte [rdi+127]
    movzx r9d, byte [rdi+127]
    lea r9, [rdi+127]
    mov qword [rdi+127], r9
    mov dword [rdi+127], r9d
    mov byte [rdi+127], r9b
    add byte [rdi+127], r9b
    sub byte [rdi+127], r9b
    mov r10, qword [rdi+127]
    mov r10d, dword [rdi+127]
    mov r10b, byte [rdi+127]
    movzx r10d, byte [rdi+127]
    lea r10, [rdi+127]
    mov qword [rdi+127], r10
    mov dword [rdi+127], r10d
    mov byte [rdi+127], r10b
    add byte [rdi+127], r10b
    sub byte [rdi+127], r10b
    mov r11, qword [rdi+127]
    mov r11d, dword [rdi+127]
    mov r11b, byte [rdi+127]
    movzx r11d, byte [rdi+127]
    lea r11, [rdi+127]
    mov qword [rdi+127], r11
    mov dword [rdi+127], r11d
    mov byte [rdi+127], r11b
    add byte [rdi+127], r11b
    sub byte [rdi+127], r11b
    mov r12, qword [rdi+127]
    mov r12d, dword [rdi+127]
    mov r12b, byte [rdi+127]
    movzx r12d, byte [rdi+127]
    lea r12, [rdi+127]
    mov qword [rdi+127], r12
    mov dword [rdi+127], r12d
    mov byte [rdi+127], r12b
    add byte [rdi+127], r12b
    sub byte [rdi+127], r12b
    mov r13, qword [rdi+127]
    mov r13d, dword [rdi+127]
    mov r13b, byte [rdi+127]
    movzx r13d, byte [rdi+127]
    lea r13, [rdi+127]
    mov qword [rdi+127], r13
    mov dword [rdi+127], r13d
    mov byte [rdi+127], r13b
    add byte [rdi+127], r13b
    sub byte [rdi+127], r13b
    mov r14, qword [rdi+127]
    mov r14d, dword [rdi+127]
    mov r14b, byte [rdi+127]
    movzx r14d, byte [rdi+127]
    lea r14, [rdi+127]
    mov qword [rdi+127], r14
    mov dword [rdi+127], r14d
    mov byte [rdi+127], r14b
    add byte [rdi+127], r14b
    sub byte [rdi+127], r14b
    mov r15, qword [rdi+127]
    mov r15d, dword [rdi+127]
    mov r15b, byte [rdi+127]
    movzx r15d, byte [rdi+127]
    lea r15, [rdi+127]
    mov qword [rdi+127], r15
    mov dword [rdi+127], r15d
    mov byte [rdi+127], r15b
    add byte [rdi+127], r15b
    sub byte [rdi+127], r15b
    mov byte [rdi+127], 0
    mov byte [rdi+127], 1
    mov byte [rdi+127], -1
    mov byte [rdi+127], 127
    mov byte [rdi+127], -128
    mov byte [rdi+127], 255
    add byte [rdi+127], 0
    add byte [rdi+127], 1
    add byte [rdi+127], -1
    add byte [rdi+127], 127
    add byte [rdi+127], -128
    add byte [rdi+127], 255
    sub byte [rdi+127], 0
    sub byte [rdi+127], 1
    sub byte [rdi+127], -1
    sub byte [rdi+127], 127
    sub byte [rdi+127], -128
    sub byte [rdi+127], 255
    cmp byte [rdi+127], 0
    cmp byte [rdi+127], 1
    cmp byte [rdi+127], -1
    cmp byte [rdi+127], 127
    cmp byte [rdi+127], -128
    cmp byte [rdi+127], 255
    mov rax, qword [rdi-128]
    mov eax, dword [rdi-128]
    mov al, byte [rdi-128]
    movzx eax, byte [rdi-128]
    lea rax, [rdi-128]
    mov qword [rdi-128], rax
    mov dword [rdi-128], eax
    mov byte [rdi-128], al
    add byte [rdi-128], al
    sub byte [rdi-128], al
    mov rcx, qword [rdi-128]
    mov ecx, dword [rdi-128]
    mov cl, byte [rdi-128]
    movzx ecx, byte [rdi-128]
    lea rcx, [rdi-128]
    mov qword [rdi-128], rcx
    mov dword [rdi-128], ecx
    mov byte [rdi-128], cl
    add byte [rdi-128], cl
    sub byte [rdi-128], cl
    mov rdx, qword [rdi-128]
    mov edx, dword [rdi-128]
    mov dl, byte [rdi-128]
    movzx edx, byte [rdi-128]
    lea rdx, [rdi-128]
    mov qword [rdi-128], rdx
    mov dword [rdi-128], edx
    mov byte [rdi-128], dl
    add byte [rdi-128], dl
    sub byte [rdi-128], dl
    mov rbx, qword [rdi-128]
    mov ebx, dword [rdi-128]
    mov bl, byte [rdi-128]
    movzx ebx, byte [rdi-128]
    lea rbx, [rdi-128]
    mov qword [rdi-128], rbx
    mov dword [rdi-128], ebx
    mov byte [rdi-128], bl
    add byte [rdi-128], bl
    sub byte [rdi-128], bl
    mov rsp, qword [rdi-128]
    mov esp, dword [rdi-128]
    mov spl, byte [rdi-128]
    movzx esp, byte [rdi-128]
    lea rsp, [rdi-128]
    mov qword [rdi-128], rsp
    mov dword [rdi-128], esp
    mov byte [rdi-128], spl
    add byte [rdi-128], spl
    sub byte [rdi-128], spl
    mov rbp, qword [rdi-128]
    mov ebp, dword [rdi-128]
    mov bpl, byte [rdi-128]
    movzx ebp, byte [rdi-128]
    lea rbp, [rdi-128]
    mov qword [rdi-128], rbp
    mov dword [rdi-128], ebp
    mov byte [rdi-128], bpl
    add byte [rdi-128], bpl
    sub byte [rdi-128], bpl
    mov rsi, qword [rdi-128]
    mov esi, dword [rdi-128]
    mov sil, byte [rdi-128]
    movzx esi, byte [rdi-128]
    lea rsi, [rdi-128]
    mov qword [rdi-128], rsi
    mov dword [rdi-128], esi
    mov byte [rdi-128], sil
    add byte [rdi-128], sil
    sub byte [rdi-128], sil
    mov rdi, qword [rdi-128]
    mov edi, dword [rdi-128]
    mov dil, byte [rdi-128]
    movzx edi, byte [rdi-128]
    lea rdi, [rdi-128]
    mov qword [rdi-128], rdi
    mov dword [rdi-128], edi
    mov byte [rdi-128], dil
    add byte [rdi-128], dil
    sub byte [rdi-128], dil
    mov r8, qword [rdi-128]
    mov r8d, dword [rdi-128]
    mov r8b, byte [rdi-128]
    movzx r8d, byte [rdi-128]
    lea r8, [rdi-128]
    mov qword [rdi-128], r8
    mov dword [rdi-128], r8d
    mov byte [rdi-128], r8b
    add byte [rdi-128], r8b
    sub byte [rdi-128], r8b
    mov r9, qword [rdi-128]
    mov r9d, dword [rdi-128]
    mov r9b, byte [rdi-128]
    movzx r9d, byte [rdi-128]
    lea r9, [rdi-128]
    mov qword [rdi-128], r9
    mov dword [rdi-128], r9d
    mov byte [rdi-128], r9b
    add byte [rdi-128], r9b
    sub byte [rdi-128], r9b
    mov r10, qword [rdi-128]
    mov r10d, dword [rdi-128]
    mov r10b, byte [rdi-128]
    movzx r10d, byte [rdi-128]
    lea r10, [rdi-128]
    mov qword [rdi-128], r10
    mov dword [rdi-128], r10d
    mov byte [rdi-128], r10b
    add byte [rdi-128], r10b
    sub byte [rdi-128], r10b
    mov r11, qword [rdi-128]
    mov r11d, dword [rdi-128]
    mov r11b, byte [rdi-128]
    movzx r11d, byte [rdi-128]
    lea r11, [rdi-128]
    mov qword [rdi-128], r11
    mov dword [rdi-128], r11d
    mov byte [rdi-128], r11b
    add byte [rdi-128], r11b
    sub byte [rdi-128], r11b
    mov r12, qword [rdi-128]
    mov r12d, dword [rdi-128]
    mov r12b, byte [rdi-128]
    movzx r12d, byte [rdi-128]
    lea r12, [rdi-128]
    mov qword [rdi-128], r12
    mov dword [rdi-128], r12d
    mov byte [rdi-128], r12b
    add byte [rdi-128], r12b
    sub byte [rdi-128], r12b
    mov r13, qword [rdi-128]
    mov r13d, dword [rdi-128]
    mov r13b, byte [rdi-128]
    movzx r13d, byte [rdi-128]
    lea r13, [rdi-128]
    mov qword [rdi-128], r13
    mov dword [rdi-128], r13d
    mov byte [rdi-128], r13b
    add byte [rdi-128], r13b
    sub byte [rdi-128], r13b
    mov r14, qword [rdi-128]
    mov r14d, dword [rdi-128]
    mov r14b, byte [rdi-128]
    movzx r14d, byte [rdi-128]
    lea r14, [rdi-128]
    mov qword [rdi-128], r14
    mov dword [rdi-128], r14d
    mov byte [rdi-128], r14b
    add byte [rdi-128], r14b
    sub byte [rdi-128], r14b
    mov r15, qword [rdi-128]
    mov r15d, dword [rdi-128]
    mov r15b, byte [rdi-128]
    movzx r15d, byte [rdi-128]
    lea r15, [rdi-128]
    mov qword [rdi-128], r15
    mov dword [rdi-128], r15d
    mov byte [rdi-128], r15b
    add byte [rdi-128], r15b
    sub byte [rdi-128], r15b
    mov byte [rdi-128], 0
    mov byte [rdi-128], 1
    mov byte [rdi-128], -1
    mov byte [rdi-128], 127
    mov byte [rdi-128], -128
    mov byte [rdi-128], 255
    add byte [rdi-128], 0
    add byte [rdi-128], 1
    add byte [rdi-128], -1
    add byte [rdi-128], 127
    add byte [rdi-128], -128
    add byte [rdi-128], 255
    sub byte [rdi-128], 0
    sub byte [rdi-128], 1
    sub byte [rdi-128], -1
    sub byte [rdi-128], 127
    sub byte [rdi-128], -128
    sub byte [rdi-128], 255
    cmp byte [rdi-128], 0
    cmp byte [rdi-128], 1
    cmp byte [rdi-128], -1
    cmp byte [rdi-128], 127
    cmp byte [rdi-128], -128
    cmp byte [rdi-128], 255
    mov rax, qword [rdi+128]
    mov eax, dword [rdi+128]
    mov al, byte [rdi+128]
    movzx eax, byte [rdi+128]
    lea rax, [rdi+128]
    mov qword [rdi+128], rax
    mov dword [rdi+128], eax
    mov byte [rdi+128], al
    add byte [rdi+128], al
    sub byte [rdi+128], al
    mov rcx, qword [rdi+128]
    mov ecx, dword [rdi+128]
    mov cl, byte [rdi+128]
    movzx ecx, byte [rdi+128]
    lea rcx, [rdi+128]
    mov qword [rdi+128], rcx
    mov dword [rdi+128], ecx
    mov byte [rdi+128], cl
    add byte [rdi+128], cl
    sub byte [rdi+128], cl
    mov rdx, qword [rdi+128]
    mov edx, dword [rdi+128]
    mov dl, byte [rdi+128]
    movzx edx, byte [rdi+128]
    lea rdx, [rdi+128]
    mov qword [rdi+128], rdx
    mov dword [rdi+128], edx
    mov byte [rdi+128], dl
    add byte [rdi+128], dl
    sub byte [rdi+128], dl
    mov rbx, qword [rdi+128]
    mov ebx, dword [rdi+128]
    mov bl, byte [rdi+128]
    movzx ebx, byte [rdi+128]
    lea rbx, [rdi+128]
    mov qword [rdi+128], rbx
    mov dword [rdi+128], ebx
    mov byte [rdi+128], bl
    add byte [rdi+128], bl
    sub byte [rdi+128], bl
    mov rsp, qword [rdi+128]
    mov esp, dword [rdi+128]
    mov spl, byte [rdi+128]
    movzx esp, byte [rdi+128]
    lea rsp, [rdi+128]
    mov qword [rdi+128], rsp
    mov dword [rdi+128], esp
    mov byte [rdi+128], spl
    add byte [rdi+128], spl
    sub byte [rdi+128], spl
    mov rbp, qword [rdi+128]
    mov ebp, dword [rdi+128]
    mov bpl, byte [rdi+128]
    movzx ebp, byte [rdi+128]
    lea rbp, [rdi+128]
    mov qword [rdi+128], rbp
    mov dword [rdi+128], ebp
    mov byte [rdi+128], bpl
    add byte [rdi+128], bpl
    sub byte [rdi+128], bpl
    mov rsi, qword [rdi+128]
    mov esi, dword [rdi+128]
    mov sil, byte [rdi+128]
    movzx esi, byte [rdi+128]
    lea rsi, [rdi+128]
    mov qword [rdi+128], rsi
    mov dword [rdi+128], esi
    mov byte [rdi+128], sil
    add byte [rdi+128], sil
    sub byte [rdi+128], sil
    mov rdi, qword [rdi+128]
    mov edi, dword [rdi+128]
    mov dil, byte [rdi+128]
    movzx edi, byte [rdi+128]
    lea rdi, [rdi+128]
    mov qword [rdi+128], rdi
    mov dword [rdi+128], edi
    mov byte [rdi+128], dil
    add byte [rdi+128], dil
    sub byte [rdi+128], dil
    mov r8, qword [rdi+128]
    mov r8d, dword [rdi+128]
    mov r8b, byte [rdi+128]
    movzx r8d, byte [rdi+128]
    lea r8, [rdi+128]
    mov qword [rdi+128], r8
    mov dword [rdi+128], r8d
    mov byte [rdi+128], r8b
    add byte [rdi+128], r8b
    sub byte [rdi+128], r8b
    mov r9, qword [rdi+128]
    mov r9d, dword [rdi+128]
    mov r9b, byte [rdi+128]
    movzx r9d, byte [rdi+128]
    lea r9, [rdi+128]
    mov qword [rdi+128], r9
    mov dword [rdi+128], r9d
    mov byte [rdi+128], r9b
    add byte [rdi+128], r9b
    sub byte [rdi+128], r9b
    mov r10, qword [rdi+128]
    mov r10d, dword [rdi+128]
    mov r10b, byte [rdi+128]
    movzx r10d, byte [rdi+128]
    lea r10, [rdi+128]
    mov qword [rdi+128], r10
    mov dword [rdi+128], r10d
    mov byte [rdi+128], r10b
    add byte [rdi+128], r10b
    sub byte [rdi+128], r10b
    mov r11, qword [rdi+128]
    mov r11d, dword [rdi+128]
    mov r11b, byte [rdi+128]
    movzx r11d, byte [rdi+128]
    lea r11, [rdi+128]
    mov qword [rdi+128], r11
    mov dword [rdi+128], r11d
    mov byte [rdi+128], r11b
    add byte [rdi+128], r11b
    sub byte [rdi+128], r11b
    mov r12, qword [rdi+128]
    mov r12d, dword [rdi+128]
    mov r12b, byte [rdi+128]
    movzx r12d, byte [rdi+128]
    lea r12, [rdi+128]
    mov qword [rdi+128], r12
    mov dword [rdi+128], r12d
    mov byte [rdi+128], r12b
    add byte [rdi+128], r12b
    sub byte [rdi+128], r12b
    mov r13, qword [rdi+128]
    mov r13d, dword [rdi+128]
    mov r13b, byte [rdi+128]
    movzx r13d, byte [rdi+128]
    lea r13, [rdi+128]
    mov qword [rdi+128], r13
    mov dword [rdi+128], r13d
    mov byte [rdi+128], r13b
    add byte [rdi+128], r13b
    sub byte [rdi+128], r13b
    mov r14, qword [rdi+128]
    mov r14d, dword [rdi+128]
    mov r14b, byte [rdi+128]
    movzx r14d, byte [rdi+128]
    lea r14, [rdi+128]
    mov qword [rdi+128], r14
    mov dword [rdi+128], r14d
    mov byte [rdi+128], r14b
    add byte [rdi+128], r14b
    sub byte [rdi+128], r14b
    mov r15, qword [rdi+128]
    mov r15d, dword [rdi+128]
    mov r15b, byte [rdi+128]
    movzx r15d, byte [rdi+128]
    lea r15, [rdi+128]
    mov qword [rdi+128], r15
    mov dword [rdi+128], r15d
    mov byte [rdi+128], r15b
    add byte [rdi+128], r15b
    sub byte [rdi+128], r15b
    mov byte [rdi+128], 0
    mov byte [rdi+128], 1
    mov byte [rdi+128], -1
    mov byte [rdi+128], 127
    mov byte [rdi+128], -128
    mov byte [rdi+128], 255
    add byte [rdi+128], 0
    add byte [rdi+128], 1
    add byte [rdi+128], -1
    add byte [rdi+128], 127
    add byte [rdi+128], -128
    add byte [rdi+128], 255
    sub byte [rdi+128], 0
    sub byte [rdi+128], 1
    sub byte [rdi+128], -1
    sub byte [rdi+128], 127
    sub byte [rdi+128], -128
    sub byte [rdi+128], 255
    cmp byte [rdi+128], 0
    cmp byte [rdi+128], 1
    cmp byte [rdi+128], -1
    cmp byte [rdi+128], 127
    cmp byte [rdi+128], -128
    cmp byte [rdi+128], 255
    mov rax, qword [rdi-129]
    mov eax, dword [rdi-129]
    mov al, byte [rdi-129]
    movzx eax, byte [rdi-129]
    lea rax, [rdi-129]
    mov qword [rdi-129], rax
    mov dword [rdi-129], eax
    mov byte [rdi-129], al
    add byte [rdi-129], al
    sub byte [rdi-129], al
    mov rcx, qword [rdi-129]
    mov ecx, dword [rdi-129]
    mov cl, byte [rdi-129]
    movzx ecx, byte [rdi-129]
    lea rcx, [rdi-129]
    mov qword [rdi-129], rcx
    mov dword [rdi-129], ecx
    mov byte [rdi-129], cl
    add byte [rdi-129], cl
    sub byte [rdi-129], cl
    mov rdx, qword [rdi-129]
    mov edx, dword [rdi-129]
    mov dl, byte [rdi-129]
    movzx edx, byte [rdi-129]
    lea rdx, [rdi-129]
    mov qword [rdi-129], rdx
    mov dword [rdi-129], edx
    mov byte [rdi-129], dl
    add byte [rdi-129], dl
    sub byte [rdi-129], dl
    mov rbx, qword [rdi-129]
    mov ebx, dword [rdi-129]
    mov bl, byte [rdi-129]
    movzx ebx, byte [rdi-129]
    lea rbx, [rdi-129]
    mov qword [rdi-129], rbx
    mov dword [rdi-129], ebx
    mov byte [rdi-129], bl
    add byte [rdi-129], bl
    sub byte [rdi-129], bl
    mov rsp, qword [rdi-129]
    mov esp, dword [rdi-129]
    mov spl, byte [rdi-129]
    movzx esp, byte [rdi-129]
    lea rsp, [rdi-129]
    mov qword [rdi-129], rsp
    mov dword [rdi-129], esp
    mov byte [rdi-129], spl
    add byte [rdi-129], spl
    sub byte [rdi-129], spl
    mov rbp, qword [rdi-129]
    mov ebp, dword [rdi-129]
    mov bpl, byte [rdi-129]
    movzx ebp, byte [rdi-129]
    lea rbp, [rdi-129]
    mov qword [rdi-129], rbp
    mov dword [rdi-129], ebp
    mov byte [rdi-129], bpl
    add byte [rdi-129], bpl
    sub byte [rdi-129], bpl
    mov rsi, qword [rdi-129]
    mov esi, dword [rdi-129]
    mov sil, byte [rdi-129]
    movzx esi, byte [rdi-129]
    lea rsi, [rdi-129]
    mov qword [rdi-129], rsi
    mov dword [rdi-129], esi
    mov byte [rdi-129], sil
    add byte [rdi-129], sil
    sub byte [rdi-129], sil
    mov rdi, qword [rdi-129]
    mov edi, dword [rdi-129]
    mov dil, byte [rdi-129]
    movzx edi, byte [rdi-129]
    lea rdi, [rdi-129]
    mov qword [rdi-129], rdi
    mov dword [rdi-129], edi
    mov byte [rdi-129], dil
    add byte [rdi-129], dil
    sub byte [rdi-129], dil
    mov r8, qword [rdi-129]
    mov r8d, dword [rdi-129]
    mov r8b, byte [rdi-129]
    movzx r8d, byte [rdi-129]
    lea r8, [rdi-129]
    mov qword [rdi-129], r8
    mov dword [rdi-129], r8d
    mov byte [rdi-129], r8b
    add byte [rdi-129], r8b
    sub byte [rdi-129], r8b
    mov r9, qword [rdi-129]
    mov r9d, dword [rdi-129]
    mov r9b, byte [rdi-129]
    movzx r9d, byte [rdi-129]
    lea r9, [rdi-129]
    mov qword [rdi-129], r9
    mov dword [rdi-129], r9d
    mov byte [rdi-129], r9b
    add byte [rdi-129], r9b
    sub byte [rdi-129], r9b
    mov r10, qword [rdi-129]
    mov r10d, dword [rdi-129]
    mov r10b, byte [rdi-129]
    movzx r10d, byte [rdi-129]
    lea r10, [rdi-129]
    mov qword [rdi-129], r10
    mov dword [rdi-129], r10d
    mov byte [rdi-129], r10b
    add byte [rdi-129], r10b
    sub byte [rdi-129], r10b
    mov r11, qword [rdi-129]
    mov r11d, dword [rdi-129]
    mov r11b, byte [rdi-129]
    movzx r11d, byte [rdi-129]
    lea r11, [rdi-129]
    mov qword [rdi-129], r11
    mov dword [rdi-129], r11d
    mov byte [rdi-129], r11b
    add byte [rdi-129], r11b
    sub byte [rdi-129], r11b
    mov r12, qword [rdi-129]
    mov r12d, dword [rdi-129]
    mov r12b, byte [rdi-129]
    movzx r12d, byte [rdi-129]
    lea r12, [rdi-129]
    mov qword [rdi-129], r12
    mov dword [rdi-129], r12d
    mov byte [rdi-129], r12b
    add byte [rdi-129], r12b
    sub byte [rdi-129], r12b
    mov r13, qword [rdi-129]
    mov r13d, dword [rdi-129]
    mov r13b, byte [rdi-129]
    movzx r13d, byte [rdi-129]
    lea r13, [rdi-129]
    mov qword [rdi-129], r13
    mov dword [rdi-129], r13d
    mov byte [rdi-129], r13b
    add byte [rdi-129], r13b
    sub byte [rdi-129], r13b
    mov r14, qword [rdi-129]
    mov r14d, dword [rdi-129]
    mov r14b, byte [rdi-129]
    movzx r14d, byte [rdi-129]
    lea r14, [rdi-129]
    mov qword [rdi-129], r14
    mov dword [rdi-129], r14d
    mov byte [rdi-129], r14b
    add byte [rdi-129], r14b
    sub byte [rdi-129], r14b
    mov r15, qword [rdi-129]
    mov r15d, dword [rdi-129]
    mov r15b, byte [rdi-129]
    movzx r15d, byte [rdi-129]
    lea r15, [rdi-129]
    mov qword [rdi-129], r15
    mov dword [rdi-129], r15d
    mov byte [rdi-129], r15b
    add byte [rdi-129], r15b
    sub byte [rdi-129], r15b
    mov byte [rdi-129], 0
    mov byte [rdi-129], 1
    mov byte [rdi-129], -1
    mov byte [rdi-129], 127
    mov byte [rdi-129], -128
    mov byte [rdi-129], 255
    add byte [rdi-129], 0
    add byte [rdi-129], 1
    add byte [rdi-129], -1
    add byte [rdi-129], 127
    add byte [rdi-129], -128
    add byte [rdi-129], 255
    sub byte [rdi-129], 0
    sub byte [rdi-129], 1
    sub byte [rdi-129], -1
    sub byte [rdi-129], 127
    sub byte [rdi-129], -128
    sub byte [rdi-129], 255
    cmp byte [rdi-129], 0
    cmp byte [rdi-129], 1
    cmp byte [rdi-129], -1
    cmp byte [rdi-129], 127
    cmp byte [rdi-129], -128
    cmp byte [rdi-129], 255
    mov rax, qword [rdi+2147483647]
    mov eax, dword [rdi+2147483647]
    mov al, byte [rdi+2147483647]
    movzx eax, byte [rdi+2147483647]
    lea rax, [rdi+2147483647]
    mov qword [rdi+2147483647], rax
    mov dword [rdi+2147483647], eax
    mov byte [rdi+2147483647], al
    add byte [rdi+2147483647], al
    sub byte [rdi+2147483647], al
    mov rcx, qword [rdi+2147483647]
    mov ecx, dword [rdi+2147483647]
    mov cl, byte [rdi+2147483647]
    movzx ecx, byte [rdi+2147483647]
    lea rcx, [rdi+2147483647]
    mov qword [rdi+2147483647], rcx
    mov dword [rdi+2147483647], ecx
    mov byte [rdi+2147483647], cl
    add byte [rdi+2147483647], cl
    sub byte [rdi+2147483647], cl
    mov rdx, qword [rdi+2147483647]
    mov edx, dword [rdi+2147483647]
    mov dl, byte [rdi+2147483647]
    movzx edx, byte [rdi+2147483647]
    lea rdx, [rdi+2147483647]
    mov qword [rdi+2147483647], rdx
    mov dword [rdi+2147483647], edx
    mov byte [rdi+2147483647], dl
    add byte [rdi+2147483647], dl
    sub byte [rdi+2147483647], dl
    mov rbx, qword [rdi+2147483647]
    mov ebx, dword [rdi+2147483647]
    mov bl, byte [rdi+2147483647]
    movzx ebx, byte [rdi+2147483647]
    lea rbx, [rdi+2147483647]
    mov qword [rdi+2147483647], rbx
    mov dword [rdi+2147483647], ebx
    mov byte [rdi+2147483647], bl
    add byte [rdi+2147483647], bl
    sub byte [rdi+2147483647], bl
    mov rsp, qword [rdi+2147483647]
    mov esp, dword [rdi+2147483647]
    mov spl, byte [rdi+2147483647]
    movzx esp, byte [rdi+2147483647]
    lea rsp, [rdi+2147483647]
    mov qword [rdi+2147483647], rsp
    mov dword [rdi+2147483647], esp
    mov byte [rdi+2147483647], spl
    add byte [rdi+2147483647], spl
    sub byte [rdi+2147483647], spl
    mov rbp, qword [rdi+2147483647]
    mov ebp, dword [rdi+2147483647]
    mov bpl, byte [rdi+2147483647]
    movzx ebp, byte [rdi+2147483647]
    lea rbp, [rdi+2147483647]
    mov qword [rdi+2147483647], rbp
    mov dword [rdi+2147483647], ebp
    mov byte [rdi+2147483647], bpl
    add byte [rdi+2147483647], bpl
    sub byte [rdi+2147483647], bpl
    mov rsi, qword [rdi+2147483647]
    mov esi, dword [rdi+2147483647]
    mov sil, byte [rdi+2147483647]
    movzx esi, byte [rdi+2147483647]
    lea rsi, [rdi+2147483647]
    mov qword [rdi+2147483647], rsi
    mov dword [rdi+2147483647], esi
    mov byte [rdi+2147483647], sil
    add byte [rdi+2147483647], sil
    sub byte [rdi+2147483647], sil
    mov rdi, qword [rdi+2147483647]
    mov edi, dword [rdi+2147483647]
    mov dil, byte [rdi+2147483647]
    movzx edi, byte [rdi+2147483647]
    lea rdi, [rdi+2147483647]
    mov qword [rdi+2147483647], rdi
    mov dword [rdi+2147483647], edi
    mov byte [rdi+2147483647], dil
    add byte [rdi+2147483647], dil
    sub byte [rdi+2147483647], dil
    mov r8, qword [rdi+2147483647]
    mov r8d, dword [rdi+2147483647]
    mov r8b, byte [rdi+2147483647]
    movzx r8d, byte [rdi+2147483647]
    lea r8, [rdi+2147483647]
    mov qword [rdi+2147483647], r8
    mov dword [rdi+2147483647], r8d
    mov byte [rdi+2147483647], r8b
    add byte [rdi+2147483647], r8b
    sub byte [rdi+2147483647], r8b
    mov r9, qword [rdi+2147483647]
    mov r9d, dword [rdi+2147483647]
    mov r9b, byte [rdi+2147483647]
    movzx r9d, byte [rdi+2147483647]
    lea r9, [rdi+2147483647]
    mov qword [rdi+2147483647], r9
    mov dword [rdi+2147483647], r9d
    mov byte [rdi+2147483647], r9b
    add byte [rdi+2147483647], r9b
    sub byte [rdi+2147483647], r9b
    mov r10, qword [rdi+2147483647]
    mov r10d, dword [rdi+2147483647]
    mov r10b, byte [rdi+2147483647]
    movzx r10d, byte [rdi+2147483647]
    lea r10, [rdi+2147483647]
    mov qword [rdi+2147483647], r10
    mov dword [rdi+2147483647], r10d
    mov byte [rdi+2147483647], r10b
    add byte [rdi+2147483647], r10b
    sub byte [rdi+2147483647], r10b
    mov r11, qword [rdi+2147483647]
    mov r11d, dword [rdi+2147483647]
    mov r11b, byte [rdi+2147483647]
    movzx r11d, byte [rdi+2147483647]
    lea r11, [rdi+2147483647]
    mov qword [rdi+2147483647], r11
    mov dword [rdi+2147483647], r11d
    mov byte [rdi+2147483647], r11b
    add byte [rdi+2147483647], r11b
    sub byte [rdi+2147483647], r11b
    mov r12, qword [rdi+2147483647]
    mov r12d, dword [rdi+2147483647]
    mov r12b, byte [rdi+2147483647]
    movzx r12d, byte [rdi+2147483647]
    lea r12, [rdi+2147483647]
    mov qword [rdi+2147483647], r12
    mov dword [rdi+2147483647], r12d
    mov byte [rdi+2147483647], r12b
    add byte [rdi+2147483647], r12b
    sub byte [rdi+2147483647], r12b
    mov r13, qword [rdi+2147483647]
    mov r13d, dword [rdi+2147483647]
    mov r13b, byte [rdi+2147483647]
    movzx r13d, byte [rdi+2147483647]
    lea r13, [rdi+2147483647]
    mov qword [rdi+2147483647], r13
    mov dword [rdi+2147483647], r13d
    mov byte [rdi+2147483647], r13b
    add byte [rdi+2147483647], r13b
    sub byte [rdi+2147483647], r13b
    mov r14, qword [rdi+2147483647]
    mov r14d, dword [rdi+2147483647]
    mov r14b, byte [rdi+2147483647]
    movzx r14d, byte [rdi+2147483647]
    lea r14, [rdi+2147483647]
    mov qword [rdi+2147483647], r14
    mov dword [rdi+2147483647], r14d
    mov byte [rdi+2147483647], r14b
    add byte [rdi+2147483647], r14b
    sub byte [rdi+2147483647], r14b
    mov r15, qword [rdi+2147483647]
    mov r15d, dword [rdi+2147483647]
    mov r15b, byte [rdi+2147483647]
    movzx r15d, byte [rdi+2147483647]
    lea r15, [rdi+2147483647]
    mov qword [rdi+2147483647], r15
    mov dword [rdi+2147483647], r15d
    mov byte [rdi+2147483647], r15b
    add byte [rdi+2147483647], r15b
    sub byte [rdi+2147483647], r15b
    mov byte [rdi+2147483647], 0
    mov byte [rdi+2147483647], 1
    mov byte [rdi+2147483647], -1
    mov byte [rdi+2147483647], 127
    mov byte [rdi+2147483647], -128
    mov byte [rdi+2147483647], 255
    add byte [rdi+2147483647], 0
    add byte [rdi+2147483647], 1
    add byte [rdi+2147483647], -1
    add byte [rdi+2147483647], 127
    add byte [rdi+2147483647], -128
    add byte [rdi+2147483647], 255
    sub byte [rdi+2147483647], 0
    sub byte [rdi+2147483647], 1
    sub byte [rdi+2147483647], -1
    sub byte [rdi+2147483647], 127
    sub byte [rdi+2147483647], -128
    sub byte [rdi+2147483647], 255
    cmp byte [rdi+2147483647], 0
    cmp byte [rdi+2147483647], 1
    cmp byte [rdi+2147483647], -1
    cmp byte [rdi+2147483647], 127
    cmp byte [rdi+2147483647], -128
    cmp byte [rdi+2147483647], 255
    mov rax, qword [rdi-2147483648]
    mov eax, dword [rdi-2147483648]
    mov al, byte [rdi-2147483648]
    movzx eax, byte [rdi-2147483648]
    lea rax, [rdi-2147483648]
    mov qword [rdi-2147483648], rax
    mov dword [rdi-2147483648], eax
    mov byte [rdi-2147483648], al
    add byte [rdi-2147483648], al
    sub byte [rdi-2147483648], al
    mov rcx, qword [rdi-2147483648]
    mov ecx, dword [rdi-2147483648]
    mov cl, byte [rdi-2147483648]
    movzx ecx, byte [rdi-2147483648]
    lea rcx, [rdi-2147483648]
    mov qword [rdi-2147483648], rcx
    mov dword [rdi-2147483648], ecx
    mov byte [rdi-2147483648], cl
    add byte [rdi-2147483648], cl
    sub byte [rdi-2147483648], cl
    mov rdx, qword [rdi-2147483648]
    mov edx, dword [rdi-2147483648]
    mov dl, byte [rdi-2147483648]
    movzx edx, byte [rdi-2147483648]
    lea rdx, [rdi-2147483648]
    mov qword [rdi-2147483648], rdx
    mov dword [rdi-2147483648], edx
    mov byte [rdi-2147483648], dl
    add byte [rdi-2147483648], dl
    sub byte [rdi-2147483648], dl
    mov rbx, qword [rdi-2147483648]
    mov ebx, dword [rdi-2147483648]
    mov bl, byte [rdi-2147483648]
    movzx ebx, byte [rdi-2147483648]
    lea rbx, [rdi-2147483648]
    mov qword [rdi-2147483648], rbx
    mov dword [rdi-2147483648], ebx
    mov byte [rdi-2147483648], bl
    add byte [rdi-2147483648], bl
    sub byte [rdi-2147483648], bl
    mov rsp, qword [rdi-2147483648]
    mov esp, dword [rdi-2147483648]
    mov spl, byte [rdi-2147483648]
    movzx esp, byte [rdi-2147483648]
    lea rsp, [rdi-2147483648]
    mov qword [rdi-2147483648], rsp
    mov dword [rdi-2147483648], esp
    mov byte [rdi-2147483648], spl
    add byte [rdi-2147483648], spl
    sub byte [rdi-2147483648], spl
    mov rbp, qword [rdi-2147483648]
    mov ebp, dword [rdi-2147483648]
    mov bpl, byte [rdi-2147483648]
    movzx ebp, byte [rdi-2147483648]
    lea rbp, [rdi-2147483648]
    mov qword [rdi-2147483648], rbp
    mov dword [rdi-2147483648], ebp
    mov byte [rdi-2147483648], bpl
    add byte [rdi-2147483648], bpl
    sub byte [rdi-2147483648], bpl
    mov rsi, qword [rdi-2147483648]
    mov esi, dword [rdi-2147483648]
    mov sil, byte [rdi-2147483648]
    movzx esi, byte [rdi-2147483648]
    lea rsi, [rdi-2147483648]
    mov qword [rdi-2147483648], rsi
    mov dword [rdi-2147483648], esi
    mov byte [rdi-2147483648], sil
    add byte [rdi-2147483648], sil
    sub byte [rdi-2147483648], sil
    mov rdi, qword [rdi-2147483648]
    mov edi, dword [rdi-2147483648]
    mov dil, byte [rdi-2147483648]
    movzx edi, byte [rdi-2147483648]
    lea rdi, [rdi-2147483648]
    mov qword [rdi-2147483648], rdi
    mov dword [rdi-2147483648], edi
    mov byte [rdi-2147483648], dil
    add byte [rdi-2147483648], dil
    sub byte [rdi-2147483648], dil
    mov r8, qword [rdi-2147483648]
    mov r8d, dword [rdi-2147483648]
    mov r8b, byte [rdi-2147483648]
    movzx r8d, byte [rdi-2147483648]
    lea r8, [rdi-2147483648]
    mov qword [rdi-2147483648], r8
    mov dword [rdi-2147483648], r8d
    mov byte [rdi-2147483648], r8b
    add byte [rdi-2147483648], r8b
    sub byte [rdi-2147483648], r8b
    mov r9, qword [rdi-2147483648]
    mov r9d, dword [rdi-2147483648]
    mov r9b, byte [rdi-2147483648]
    movzx r9d, byte [rdi-2147483648]
    lea r9, [rdi-2147483648]
    mov qword [rdi-2147483648], r9
    mov dword [rdi-2147483648], r9d
    mov byte [rdi-2147483648], r9b
    add byte [rdi-2147483648], r9b
    sub byte [rdi-2147483648], r9b
    mov r10, qword [rdi-2147483648]
    mov r10d, dword [rdi-2147483648]
    mov r10b, byte [rdi-2147483648]
    movzx r10d, byte [rdi-2147483648]
    lea r10, [rdi-2147483648]
    mov qword [rdi-2147483648], r10
    mov dword [rdi-2147483648], r10d
    mov byte [rdi-2147483648], r10b
    add byte [rdi-2147483648], r10b
    sub byte [rdi-2147483648], r10b
    mov r11, qword [rdi-2147483648]
    mov r11d, dword [rdi-2147483648]
    mov r11b, byte [rdi-2147483648]
    movzx r11d, byte [rdi-2147483648]
    lea r11, [rdi-2147483648]
    mov qword [rdi-2147483648], r11
    mov dword [rdi-2147483648], r11d
    mov byte [rdi-2147483648], r11b
    add byte [rdi-2147483648], r11b
    sub byte [rdi-2147483648], r11b
    mov r12, qword [rdi-2147483648]
    mov r12d, dword [rdi-2147483648]
    mov r12b, byte [rdi-2147483648]
    movzx r12d, byte [rdi-2147483648]
    lea r12, [rdi-2147483648]
    mov qword [rdi-2147483648], r12
    mov dword [rdi-2147483648], r12d
    mov byte [rdi-2147483648], r12b
    add byte [rdi-2147483648], r12b
    sub byte [rdi-2147483648], r12b
    mov r13, qword [rdi-2147483648]
    mov r13d, dword [rdi-2147483648]
    mov r13b, byte [rdi-2147483648]
    movzx r13d, byte [rdi-2147483648]
    lea r13, [rdi-2147483648]
    mov qword [rdi-2147483648], r13
    mov dword [rdi-2147483648], r13d
    mov byte [rdi-2147483648], r13b
    add byte [rdi-2147483648], r13b
    sub byte [rdi-2147483648], r13b
    mov r14, qword [rdi-2147483648]
    mov r14d, dword [rdi-2147483648]
    mov r14b, byte [rdi-2147483648]
    movzx r14d, byte [rdi-2147483648]
    lea r14, [rdi-2147483648]
    mov qword [rdi-2147483648], r14
    mov dword [rdi-2147483648], r14d
    mov byte [rdi-2147483648], r14b
    add byte [rdi-2147483648], r14b
    sub byte [rdi-2147483648], r14b
    mov r15, qword [rdi-2147483648]
    mov r15d, dword [rdi-2147483648]
    mov r15b, byte [rdi-2147483648]
    movzx r15d, byte [rdi-2147483648]
    lea r15, [rdi-2147483648]
    mov qword [rdi-2147483648], r15
    mov dword [rdi-2147483648], r15d
    mov byte [rdi-2147483648], r15b
    add byte [rdi-2147483648], r15b
    sub byte [rdi-2147483648], r15b
    mov byte [rdi-2147483648], 0
    mov byte [rdi-2147483648], 1
    mov byte [rdi-2147483648], -1
    mov byte [rdi-2147483648], 127
    mov byte [rdi-2147483648], -128
    mov byte [rdi-2147483648], 255
    add byte [rdi-2147483648], 0
    add byte [rdi-2147483648], 1
    add byte [rdi-2147483648], -1
    add byte [rdi-2147483648], 127
    add byte [rdi-2147483648], -128
    add byte [rdi-2147483648], 255
    sub byte [rdi-2147483648], 0
    sub byte [rdi-2147483648], 1
    sub byte [rdi-2147483648], -1
    sub byte [rdi-2147483648], 127
    sub byte [rdi-2147483648], -128
    sub byte [rdi-2147483648], 255
    cmp byte [rdi-2147483648], 0
    cmp byte [rdi-2147483648], 1
    cmp byte [rdi-2147483648], -1
    cmp byte [rdi-2147483648], 127
    cmp byte [rdi-2147483648], -128
    cmp byte [rdi-2147483648], 255
    mov rax, qword [r8+0]
    mov eax, dword [r8+0]
    mov al, byte [r8+0]
    movzx eax, byte [r8+0]
    lea rax, [r8+0]
    mov qword [r8+0], rax
    mov dword [r8+0], eax
    mov byte [r8+0], al
    add byte [r8+0], al
    sub byte [r8+0], al
    mov rcx, qword [r8+0]
    mov ecx, dword [r8+0]
    mov cl, byte [r8+0]
    movzx ecx, byte [r8+0]
    lea rcx, [r8+0]
    mov qword [r8+0], rcx
    mov dword [r8+0], ecx
    mov byte [r8+0], cl
    add byte [r8+0], cl
    sub byte [r8+0], cl
    mov rdx, qword [r8+0]
    mov edx, dword [r8+0]
    mov dl, byte [r8+0]
    movzx edx, byte [r8+0]
    lea rdx, [r8+0]
    mov qword [r8+0], rdx
    mov dword [r8+0], edx
    mov byte [r8+0], dl
    add byte [r8+0], dl
    sub byte [r8+0], dl
    mov rbx, qword [r8+0]
    mov ebx, dword [r8+0]
    mov bl, byte [r8+0]
    movzx ebx, byte [r8+0]
    lea rbx, [r8+0]
    mov qword [r8+0], rbx
    mov dword [r8+0], ebx
    mov byte [r8+0], bl
    add byte [r8+0], bl
    sub byte [r8+0], bl
    mov rsp, qword [r8+0]
    mov esp, dword [r8+0]
    mov spl, byte [r8+0]
    movzx esp, byte [r8+0]
    lea rsp, [r8+0]
    mov qword [r8+0], rsp
    mov dword [r8+0], esp
    mov byte [r8+0], spl
    add byte [r8+0], spl
    sub byte [r8+0], spl
    mov rbp, qword [r8+0]
    mov ebp, dword [r8+0]
    mov bpl, byte [r8+0]
    movzx ebp, byte [r8+0]
    lea rbp, [r8+0]
    mov qword [r8+0], rbp
    mov dword [r8+0], ebp
    mov byte [r8+0], bpl
    add byte [r8+0], bpl
    sub byte [r8+0], bpl
    mov rsi, qword [r8+0]
    mov esi, dword [r8+0]
    mov sil, byte [r8+0]
    movzx esi, byte [r8+0]
    lea rsi, [r8+0]
    mov qword [r8+0], rsi
    mov dword [r8+0], esi
    mov byte [r8+0], sil
    add byte [r8+0], sil
    sub byte [r8+0], sil
    mov rdi, qword [r8+0]
    mov edi, dword [r8+0]
    mov dil, byte [r8+0]
    movzx edi, byte [r8+0]
    lea rdi, [r8+0]
    mov qword [r8+0], rdi
    mov dword [r8+0], edi
    mov byte [r8+0], dil
    add byte [r8+0], dil
    sub byte [r8+0], dil
    mov r8, qword [r8+0]
    mov r8d, dword [r8+0]
    mov r8b, byte [r8+0]
    movzx r8d, byte [r8+0]
    lea r8, [r8+0]
    mov qword [r8+0], r8
    mov dword [r8+0], r8d
    mov byte [r8+0], r8b
    add byte [r8+0], r8b
    sub byte [r8+0], r8b
    mov r9, qword [r8+0]
    mov r9d, dword [r8+0]
    mov r9b, byte [r8+0]
    movzx r9d, byte [r8+0]
    lea r9, [r8+0]
    mov qword [r8+0], r9
    mov dword [r8+0], r9d
    mov byte [r8+0], r9b
    add byte [r8+0], r9b
    sub byte [r8+0], r9b
    mov r10, qword [r8+0]
    mov r10d, dword [r8+0]
    mov r10b, byte [r8+0]
    movzx r10d, byte [r8+0]
    lea r10, [r8+0]
    mov qword [r8+0], r10
    mov dword [r8+0], r10d
    mov byte [r8+0], r10b
    add byte [r8+0], r10b
    sub byte [r8+0], r10b
    mov r11, qword [r8+0]
    mov r11d, dword [r8+0]
    mov r11b, byte [r8+0]
    movzx r11d, byte [r8+0]
    lea r11, [r8+0]
    mov qword [r8+0], r11
    mov dword [r8+0], r11d
    mov byte [r8+0], r11b
    add byte [r8+0], r11b
    sub byte [r8+0], r11b
    mov r12, qword [r8+0]
    mov r12d, dword [r8+0]
    mov r12b, byte [r8+0]
    movzx r12d, byte [r8+0]
    lea r12, [r8+0]
    mov qword [r8+0], r12
    mov dword [r8+0], r12d
    mov byte [r8+0], r12b
    add byte [r8+0], r12b
    sub byte [r8+0], r12b
    mov r13, qword [r8+0]
    mov r13d, dword [r8+0]
    mov r13b, byte [r8+0]
    movzx r13d, byte [r8+0]
    lea r13, [r8+0]
    mov qword [r8+0], r13
    mov dword [r8+0], r13d
    mov byte [r8+0], r13b
    add byte [r8+0], r13b
    sub byte [r8+0], r13b
    mov r14, qword [r8+0]
    mov r14d, dword [r8+0]
    mov r14b, byte [r8+0]
    movzx r14d, byte [r8+0]
    lea r14, [r8+0]
    mov qword [r8+0], r14
    mov dword [r8+0], r14d
    mov byte [r8+0], r14b
    add byte [r8+0], r14b
    sub byte [r8+0], r14b
    mov r15, qword [r8+0]
    mov r15d, dword [r8+0]
    mov r15b, byte [r8+0]
    movzx r15d, byte [r8+0]
    lea r15, [r8+0]
    mov qword [r8+0], r15
    mov dword [r8+0], r15d
    mov byte [r8+0], r15b
    add byte [r8+0], r15b
    sub byte [r8+0], r15b
    mov byte [r8+0], 0
    mov byte [r8+0], 1
    mov byte [r8+0], -1
    mov byte [r8+0], 127
    mov byte [r8+0], -128
    mov byte [r8+0], 255
    add byte [r8+0], 0
    add byte [r8+0], 1
    add byte [r8+0], -1
    add byte [r8+0], 127
    add byte [r8+0], -128
    add byte [r8+0], 255
    sub byte [r8+0], 0
    sub byte [r8+0], 1
    sub byte [r8+0], -1
    sub byte [r8+0], 127
    sub byte [r8+0], -128
    sub byte [r8+0], 255
    cmp byte [r8+0], 0
    cmp byte [r8+0], 1
    cmp byte [r8+0], -1
    cmp byte [r8+0], 127
    cmp byte [r8+0], -128
    cmp byte [r8+0], 255
    mov rax, qword [r8+1]
    mov eax, dword [r8+1]
    mov al, byte [r8+1]
    movzx eax, byte [r8+1]
    lea rax, [r8+1]
    mov qword [r8+1], rax
    mov dword [r8+1], eax
    mov byte [r8+1], al
    add byte [r8+1], al
    sub byte [r8+1], al
    mov rcx, qword [r8+1]
    mov ecx, dword [r8+1]
    mov cl, byte [r8+1]
    movzx ecx, byte [r8+1]
    lea rcx, [r8+1]
    mov qword [r8+1], rcx
    mov dword [r8+1], ecx
    mov byte [r8+1], cl
    add byte [r8+1], cl
    sub byte [r8+1], cl
    mov rdx, qword [r8+1]
    mov edx, dword [r8+1]
    mov dl, byte [r8+1]
    movzx edx, byte [r8+1]
    lea rdx, [r8+1]
    mov qword [r8+1], rdx
    mov dword [r8+1], edx
    mov byte [r8+1], dl
    add byte [r8+1], dl
    sub byte [r8+1], dl
    mov rbx, qword [r8+1]
    mov ebx, dword [r8+1]
    mov bl, byte [r8+1]
    movzx ebx, byte [r8+1]
    lea rbx, [r8+1]
    mov qword [r8+1], rbx
    mov dword [r8+1], ebx
    mov byte [r8+1], bl
    add byte [r8+1], bl
    sub byte [r8+1], bl
    mov rsp, qword [r8+1]
    mov esp, dword [r8+1]
    mov spl, byte [r8+1]
    movzx esp, byte [r8+1]
    lea rsp, [r8+1]
    mov qword [r8+1], rsp
    mov dword [r8+1], esp
    mov byte [r8+1], spl
    add byte [r8+1], spl
    sub byte [r8+1], spl
    mov rbp, qword [r8+1]
    mov ebp, dword [r8+1]
    mov bpl, byte [r8+1]
    movzx ebp, byte [r8+1]
    lea rbp, [r8+1]
    mov qword [r8+1], rbp
    mov dword [r8+1], ebp
    mov byte [r8+1], bpl
    add byte [r8+1], bpl
    sub byte [r8+1], bpl
    mov rsi, qword [r8+1]
    mov esi, dword [r8+1]
    mov sil, byte [r8+1]
    movzx esi, byte [r8+1]
    lea rsi, [r8+1]
    mov qword [r8+1], rsi
    mov dword [r8+1], esi
    mov byte [r8+1], sil
    add byte [r8+1], sil
    sub byte [r8+1], sil
    mov rdi, qword [r8+1]
    mov edi, dword [r8+1]
    mov dil, byte [r8+1]
    movzx edi, byte [r8+1]
    lea rdi, [r8+1]
    mov qword [r8+1], rdi
    mov dword [r8+1], edi
    mov byte [r8+1], dil
    add byte [r8+1], dil
    sub byte [r8+1], dil
    mov r8, qword [r8+1]
    mov r8d, dword [r8+1]
    mov r8b, byte [r8+1]
    movzx r8d, byte [r8+1]
    lea r8, [r8+1]
    mov qword [r8+1], r8
    mov dword [r8+1], r8d
    mov byte [r8+1], r8b
    add byte [r8+1], r8b
    sub byte [r8+1], r8b
    mov r9, qword [r8+1]
    mov r9d, dword [r8+1]
    mov r9b, byte [r8+1]
    movzx r9d, byte [r8+1]
    lea r9, [r8+1]
    mov qword [r8+1], r9
    mov dword [r8+1], r9d
    mov byte [r8+1], r9b
    add byte [r8+1], r9b
    sub byte [r8+1], r9b
    mov r10, qword [r8+1]
    mov r10d, dword [r8+1]
    mov r10b, byte [r8+1]
    movzx r10d, byte [r8+1]
    lea r10, [r8+1]
    mov qword [r8+1], r10
    mov dword [r8+1], r10d
    mov byte [r8+1], r10b
    add byte [r8+1], r10b
    sub byte [r8+1], r10b
    mov r11, qword [r8+1]
    mov r11d, dword [r8+1]
    mov r11b, byte [r8+1]
    movzx r11d, byte [r8+1]
    lea r11, [r8+1]
    mov qword [r8+1], r11
    mov dword [r8+1], r11d
    mov byte [r8+1], r11b
    add byte [r8+1], r11b
    sub byte [r8+1], r11b
    mov r12, qword [r8+1]
    mov r12d, dword [r8+1]
    mov r12b, byte [r8+1]
    movzx r12d, byte [r8+1]
    lea r12, [r8+1]
    mov qword [r8+1], r12
    mov dword [r8+1], r12d
    mov byte [r8+1], r12b
    add byte [r8+1], r12b
    sub byte [r8+1], r12b
    mov r13, qword [r8+1]
    mov r13d, dword [r8+1]
    mov r13b, byte [r8+1]
    movzx r13d, byte [r8+1]
    lea r13, [r8+1]
    mov qword [r8+1], r13
    mov dword [r8+1], r13d
    mov byte [r8+1], r13b
    add byte [r8+1], r13b
    sub byte [r8+1], r13b
    mov r14, qword [r8+1]
    mov r14d, dword [r8+1]
    mov r14b, byte [r8+1]
    movzx r14d, byte [r8+1]
    lea r14, [r8+1]
    mov qword [r8+1], r14
    mov dword [r8+1], r14d
    mov byte [r8+1], r14b
    add byte [r8+1], r14b
    sub byte [r8+1], r14b
    mov r15, qword [r8+1]
    mov r15d, dword [r8+1]
    mov r15b, byte [r8+1]
    movzx r15d, byte [r8+1]
    lea r15, [r8+1]
    mov qword [r8+1], r15
    mov dword [r8+1], r15d
    mov byte [r8+1], r15b
    add byte [r8+1], r15b
    sub byte [r8+1], r15b
    mov byte [r8+1], 0
    mov byte [r8+1], 1
    mov byte [r8+1], -1
    mov byte [r8+1], 127
    mov byte [r8+1], -128
    mov byte [r8+1], 255
    add byte [r8+1], 0
    add byte [r8+1], 1
    add byte [r8+1], -1
    add byte [r8+1], 127
    add byte [r8+1], -128
    add byte [r8+1], 255
    sub byte [r8+1], 0
    sub byte [r8+1], 1
    sub byte [r8+1], -1
    sub byte [r8+1], 127
    sub byte [r8+1], -128
    sub byte [r8+1], 255
    cmp byte [r8+1], 0
    cmp byte [r8+1], 1
    cmp byte [r8+1], -1
    cmp byte [r8+1], 127
    cmp byte [r8+1], -128
    cmp byte [r8+1], 255
    mov rax, qword [r8-1]
    mov eax, dword [r8-1]
    mov al, byte [r8-1]
    movzx eax, byte [r8-1]
    lea rax, [r8-1]
    mov qword [r8-1], rax
    mov dword [r8-1], eax
    mov byte [r8-1], al
    add byte [r8-1], al
    sub byte [r8-1], al
    mov rcx, qword [r8-1]
    mov ecx, dword [r8-1]
    mov cl, byte [r8-1]
    movzx ecx, byte [r8-1]
    lea rcx, [r8-1]
    mov qword [r8-1], rcx
    mov dword [r8-1], ecx
    mov byte [r8-1], cl
    add byte [r8-1], cl
    sub byte [r8-1], cl
    mov rdx, qword [r8-1]
    mov edx, dword [r8-1]
    mov dl, byte [r8-1]
    movzx edx, byte [r8-1]
    lea rdx, [r8-1]
    mov qword [r8-1], rdx
    mov dword [r8-1], edx
    mov byte [r8-1], dl
    add byte [r8-1], dl
    sub byte [r8-1], dl
    mov rbx, qword [r8-1]
    mov ebx, dword [r8-1]
    mov bl, byte [r8-1]
    movzx ebx, byte [r8-1]
    lea rbx, [r8-1]
    mov qword [r8-1], rbx
    mov dword [r8-1], ebx
    mov byte [r8-1], bl
    add byte [r8-1], bl
    sub byte [r8-1], bl
    mov rsp, qword [r8-1]
    mov esp, dword [r8-1]
    mov spl, byte [r8-1]
    movzx esp, byte [r8-1]
    lea rsp, [r8-1]
    mov qword [r8-1], rsp
    mov dword [r8-1], esp
    mov byte [r8-1], spl
    add byte [r8-1], spl
    sub byte [r8-1], spl
    mov rbp, qword [r8-1]
    mov ebp, dword [r8-1]
    mov bpl, byte [r8-1]
    movzx ebp, byte [r8-1]
    lea rbp, [r8-1]
    mov qword [r8-1], rbp
    mov dword [r8-1], ebp
    mov byte [r8-1], bpl
    add byte [r8-1], bpl
    sub byte [r8-1], bpl
    mov rsi, qword [r8-1]
    mov esi, dword [r8-1]
    mov sil, byte [r8-1]
    movzx esi, byte [r8-1]
    lea rsi, [r8-1]
    mov qword [r8-1], rsi
    mov dword [r8-1], esi
    mov byte [r8-1], sil
    add byte [r8-1], sil
    sub byte [r8-1], sil
    mov rdi, qword [r8-1]
    mov edi, dword [r8-1]
    mov dil, byte [r8-1]
    movzx edi, byte [r8-1]
    lea rdi, [r8-1]
    mov qword [r8-1], rdi
    mov dword [r8-1], edi
    mov byte [r8-1], dil
    add byte [r8-1], dil
    sub byte [r8-1], dil
    mov r8, qword [r8-1]
    mov r8d, dword [r8-1]
    mov r8b, byte [r8-1]
    movzx r8d, byte [r8-1]
    lea r8, [r8-1]
    mov qword [r8-1], r8
    mov dword [r8-1], r8d
    mov byte [r8-1], r8b
    add byte [r8-1], r8b
    sub byte [r8-1], r8b
    mov r9, qword [r8-1]
    mov r9d, dword [r8-1]
    mov r9b, byte [r8-1]
    movzx r9d, byte [r8-1]
    lea r9, [r8-1]
    mov qword [r8-1], r9
    mov dword [r8-1], r9d
    mov byte [r8-1], r9b
    add byte [r8-1], r9b
    sub byte [r8-1], r9b
    mov r10, qword [r8-1]
    mov r10d, dword [r8-1]
    mov r10b, byte [r8-1]
    movzx r10d, byte [r8-1]
    lea r10, [r8-1]
    mov qword [r8-1], r10
    mov dword [r8-1], r10d
    mov byte [r8-1], r10b
    add byte [r8-1], r10b
    sub byte [r8-1], r10b
    mov r11, qword [r8-1]
    mov r11d, dword [r8-1]
    mov r11b, byte [r8-1]
    movzx r11d, byte [r8-1]
    lea r11, [r8-1]
    mov qword [r8-1], r11
    mov dword [r8-1], r11d
    mov byte [r8-1], r11b
    add byte [r8-1], r11b
    sub byte [r8-1], r11b
    mov r12, qword [r8-1]
    mov r12d, dword [r8-1]
    mov r12b, byte [r8-1]
    movzx r12d, byte [r8-1]
    lea r12, [r8-1]
    mov qword [r8-1], r12
    mov dword [r8-1], r12d
    mov byte [r8-1], r12b
    add byte [r8-1], r12b
    sub byte [r8-1], r12b
    mov r13, qword [r8-1]
    mov r13d, dword [r8-1]
    mov r13b, byte [r8-1]
    movzx r13d, byte [r8-1]
    lea r13, [r8-1]
    mov qword [r8-1], r13
    mov dword [r8-1], r13d
    mov byte [r8-1], r13b
    add byte [r8-1], r13b
    sub byte [r8-1], r13b
    mov r14, qword [r8-1]
    mov r14d, dword [r8-1]
    mov r14b, byte [r8-1]
    movzx r14d, byte [r8-1]
    lea r14, [r8-1]
    mov qword [r8-1], r14
    mov dword [r8-1], r14d
    mov byte [r8-1], r14b
    add byte [r8-1], r14b
    sub byte [r8-1], r14b
    mov r15, qword [r8-1]
    mov r15d, dword [r8-1]
    mov r15b, byte [r8-1]
    movzx r15d, byte [r8-1]
    lea r15, [r8-1]
    mov qword [r8-1], r15
    mov dword [r8-1], r15d
    mov byte [r8-1], r15b
    add byte [r8-1], r15b
    sub byte [r8-1], r15b
    mov byte [r8-1], 0
    mov byte [r8-1], 1
    mov byte [r8-1], -1
    mov byte [r8-1], 127
    mov byte [r8-1], -128
    mov byte [r8-1], 255
    add byte [r8-1], 0
    add byte [r8-1], 1
    add byte [r8-1], -1
    add byte [r8-1], 127
    add byte [r8-1], -128
    add byte [r8-1], 255
    sub byte [r8-1], 0
    sub byte [r8-1], 1
    sub byte [r8-1], -1
    sub byte [r8-1], 127
    sub byte [r8-1], -128
    sub byte [r8-1], 255
    cmp byte [r8-1], 0
    cmp byte [r8-1], 1
    cmp byte [r8-1], -1
    cmp byte [r8-1], 127
    cmp byte [r8-1], -128
    cmp byte [r8-1], 255
    mov rax, qword [r8+127]
    mov eax, dword [r8+127]
    mov al, byte [r8+127]
    movzx eax, byte [r8+127]
    lea rax, [r8+127]
    mov qword [r8+127], rax
    mov dword [r8+127], eax
    mov byte [r8+127], al
    add byte [r8+127], al
    sub byte [r8+127], al
    mov rcx, qword [r8+127]
    mov ecx, dword [r8+127]
    mov cl, byte [r8+127]
    movzx ecx, byte [r8+127]
    lea rcx, [r8+127]
    mov qword [r8+127], rcx
    mov dword [r8+127], ecx
    mov byte [r8+127], cl
    add byte [r8+127], cl
    sub byte [r8+127], cl
    mov rdx, qword [r8+127]
    mov edx, dword [r8+127]
    mov dl, byte [r8+127]
    movzx edx, byte [r8+127]
    lea rdx, [r8+127]
    mov qword [r8+127], rdx
    mov dword [r8+127], edx
    mov byte [r8+127], dl
    add byte [r8+127], dl
    sub byte [r8+127], dl
    mov rbx, qword [r8+127]
    mov ebx, dword [r8+127]
    mov bl, byte [r8+127]
    movzx ebx, byte [r8+127]
    lea rbx, [r8+127]
    mov qword [r8+127], rbx
    mov dword [r8+127], ebx
    mov byte [r8+127], bl
    add byte [r8+127], bl
    sub byte [r8+127], bl
    mov rsp, qword [r8+127]
    mov esp, dword [r8+127]
    mov spl, byte [r8+127]
    movzx esp, byte [r8+127]
    lea rsp, [r8+127]
    mov qword [r8+127], rsp
    mov dword [r8+127], esp
    mov byte [r8+127], spl
    add byte [r8+127], spl
    sub byte [r8+127], spl
    mov rbp, qword [r8+127]
    mov ebp, dword [r8+127]
    mov bpl, byte [r8+127]
    movzx ebp, byte [r8+127]
    lea rbp, [r8+127]
    mov qword [r8+127], rbp
    mov dword [r8+127], ebp
    mov byte [r8+127], bpl
    add byte [r8+127], bpl
    sub byte [r8+127], bpl
    mov rsi, qword [r8+127]
    mov esi, dword [r8+127]
    mov sil, byte [r8+127]
    movzx esi, byte [r8+127]
    lea rsi, [r8+127]
    mov qword [r8+127], rsi
    mov dword [r8+127], esi
    mov byte [r8+127], sil
    add byte [r8+127], sil
    sub byte [r8+127], sil
    mov rdi, qword [r8+127]
    mov edi, dword [r8+127]
    mov dil, byte [r8+127]
    movzx edi, byte [r8+127]
    lea rdi, [r8+127]
    mov qword [r8+127], rdi
    mov dword [r8+127], edi
    mov byte [r8+127], dil
    add byte [r8+127], dil
    sub byte [r8+127], dil
    mov r8, qword [r8+127]
    mov r8d, dword [r8+127]
    mov r8b, byte [r8+127]
    movzx r8d, byte [r8+127]
    lea r8, [r8+127]
    mov qword [r8+127], r8
    mov dword [r8+127], r8d
    mov byte [r8+127], r8b
    add byte [r8+127], r8b
    sub byte [r8+127], r8b
    mov r9, qword [r8+127]
    mov r9d, dword [r8+127]
    mov r9b, byte [r8+127]
    movzx r9d, byte [r8+127]
    lea r9, [r8+127]
    mov qword [r8+127], r9
    mov dword [r8+127], r9d
    mov byte [r8+127], r9b
    add byte [r8+127], r9b
    sub byte [r8+127], r9b
    mov r10, qword [r8+127]
    mov r10d, dword [r8+127]
    mov r10b, byte [r8+127]
    movzx r10d, byte [r8+127]
    lea r10, [r8+127]
    mov qword [r8+127], r10
    mov dword [r8+127], r10d
    mov byte [r8+127], r10b
    add byte [r8+127], r10b
    sub byte [r8+127], r10b
    mov r11, qword [r8+127]
    mov r11d, dword [r8+127]
    mov r11b, byte [r8+127]
    movzx r11d, byte [r8+127]
    lea r11, [r8+127]
    mov qword [r8+127], r11
    mov dword [r8+127], r11d
    mov byte [r8+127], r11b
    add byte [r8+127], r11b
    sub byte [r8+127], r11b
    mov r12, qword [r8+127]
    mov r12d, dword [r8+127]
    mov r12b, byte [r8+127]
    movzx r12d, byte [r8+127]
    lea r12, [r8+127]
    mov qword [r8+127], r12
    mov dword [r8+127], r12d
    mov byte [r8+127], r12b
    add byte [r8+127], r12b
    sub byte [r8+127], r12b
    mov r13, qword [r8+127]
    mov r13d, dword [r8+127]
    mov r13b, byte [r8+127]
    movzx r13d, byte [r8+127]
    lea r13, [r8+127]
    mov qword [r8+127], r13
    mov dword [r8+127], r13d
    mov byte [r8+127], r13b
    add byte [r8+127], r13b
    sub byte [r8+127], r13b
    mov r14, qword [r8+127]
    mov r14d, dword [r8+127]
    mov r14b, byte [r8+127]
    movzx r14d, byte [r8+127]
    lea r14, [r8+127]
    mov qword [r8+127], r14
    mov dword [r8+127], r14d
    mov byte [r8+127], r14b
    add byte [r8+127], r14b
    sub byte [r8+127], r14b
    mov r15, qword [r8+127]
    mov r15d, dword [r8+127]
    mov r15b, byte [r8+127]
    movzx r15d, byte [r8+127]
    lea r15, [r8+127]
    mov qword [r8+127], r15
    mov dword [r8+127], r15d
    mov byte [r8+127], r15b
    add byte [r8+127], r15b
    sub byte [r8+127], r15b
    mov byte [r8+127], 0
    mov byte [r8+127], 1
    mov byte [r8+127], -1
    mov byte [r8+127], 127
    mov byte [r8+127], -128
    mov byte [r8+127], 255
    add byte [r8+127], 0
    add byte [r8+127], 1
    add byte [r8+127], -1
    add byte [r8+127], 127
    add byte [r8+127], -128
    add byte [r8+127], 255
    sub byte [r8+127], 0
    sub byte [r8+127], 1
    sub byte [r8+127], -1
    sub byte [r8+127], 127
    sub byte [r8+127], -128
    sub byte [r8+127], 255
    cmp byte [r8+127], 0
    cmp byte [r8+127], 1
    cmp byte [r8+127], -1
    cmp byte [r8+127], 127
    cmp byte [r8+127], -128
    cmp byte [r8+127], 255
    mov rax, qword [r8-128]
    mov eax, dword [r8-128]
    mov al, byte [r8-128]
    movzx eax, byte [r8-128]
    lea rax, [r8-128]
    mov qword [r8-128], rax
    mov dword [r8-128], eax
    mov byte [r8-128], al
    add byte [r8-128], al
    sub byte [r8-128], al
    mov rcx, qword [r8-128]
    mov ecx, dword [r8-128]
    mov cl, byte [r8-128]
    movzx ecx, byte [r8-128]
    lea rcx, [r8-128]
    mov qword [r8-128], rcx
    mov dword [r8-128], ecx
    mov byte [r8-128], cl
    add byte [r8-128], cl
    sub byte [r8-128], cl
    mov rdx, qword [r8-128]
    mov edx, dword [r8-128]
    mov dl, byte [r8-128]
    movzx edx, byte [r8-128]
    lea rdx, [r8-128]
    mov qword [r8-128], rdx
    mov dword [r8-128], edx
    mov byte [r8-128], dl
    add byte [r8-128], dl
    sub byte [r8-128], dl
    mov rbx, qword [r8-128]
    mov ebx, dword [r8-128]
    mov bl, byte [r8-128]
    movzx ebx, byte [r8-128]
    lea rbx, [r8-128]
    mov qword [r8-128], rbx
    mov dword [r8-128], ebx
    mov byte [r8-128], bl
    add byte [r8-128], bl
    sub byte [r8-128], bl
    mov rsp, qword [r8-128]
    mov esp, dword [r8-128]
    mov spl, byte [r8-128]
    movzx esp, byte [r8-128]
    lea rsp, [r8-128]
    mov qword [r8-128], rsp
    mov dword [r8-128], esp
    mov byte [r8-128], spl
    add byte [r8-128], spl
    sub byte [r8-128], spl
    mov rbp, qword [r8-128]
    mov ebp, dword [r8-128]
    mov bpl, byte [r8-128]
    movzx ebp, byte [r8-128]
    lea rbp, [r8-128]
    mov qword [r8-128], rbp
    mov dword [r8-128], ebp
    mov byte [r8-128], bpl
    add byte [r8-128], bpl
    sub byte [r8-128], bpl
    mov rsi, qword [r8-128]
    mov esi, dword [r8-128]
    mov sil, byte [r8-128]
    movzx esi, byte [r8-128]
    lea rsi, [r8-128]
    mov qword [r8-128], rsi
    mov dword [r8-128], esi
    mov byte [r8-128], sil
    add byte [r8-128], sil
    sub byte [r8-128], sil
    mov rdi, qword [r8-128]
    mov edi, dword [r8-128]
    mov dil, byte [r8-128]
    movzx edi, byte [r8-128]
    lea rdi, [r8-128]
    mov qword [r8-128], rdi
    mov dword [r8-128], edi
    mov byte [r8-128], dil
    add byte [r8-128], dil
    sub byte [r8-128], dil
    mov r8, qword [r8-128]
    mov r8d, dword [r8-128]
    mov r8b, byte [r8-128]
    movzx r8d, byte [r8-128]
    lea r8, [r8-128]
    mov qword [r8-128], r8
    mov dword [r8-128], r8d
    mov byte [r8-128], r8b
    add byte [r8-128], r8b
    sub byte [r8-128], r8b
    mov r9, qword [r8-128]
    mov r9d, dword [r8-128]
    mov r9b, byte [r8-128]
    movzx r9d, byte [r8-128]
    lea r9, [r8-128]
    mov qword [r8-128], r9
    mov dword [r8-128], r9d
    mov byte [r8-128], r9b
    add byte [r8-128], r9b
    sub byte [r8-128], r9b
    mov r10, qword [r8-128]
    mov r10d, dword [r8-128]
    mov r10b, byte [r8-128]
    movzx r10d, byte [r8-128]
    lea r10, [r8-128]
    mov qword [r8-128], r10
    mov dword [r8-128], r10d
    mov byte [r8-128], r10b
    add byte [r8-128], r10b
    sub byte [r8-128], r10b
    mov r11, qword [r8-128]
    mov r11d, dword [r8-128]
    mov r11b, byte [r8-128]
    movzx r11d, byte [r8-128]
    lea r11, [r8-128]
    mov qword [r8-128], r11
    mov dword [r8-128], r11d
    mov byte [r8-128], r11b
    add byte [r8-128], r11b
    sub byte [r8-128], r11b
    mov r12, qword [r8-128]
    mov r12d, dword [r8-128]
    mov r12b, byte [r8-128]
    movzx r12d, byte [r8-128]
    lea r12, [r8-128]
    mov qword [r8-128], r12
    mov dword [r8-128], r12d
    mov byte [r8-128], r12b
    add byte [r8-128], r12b
    sub byte [r8-128], r12b
    mov r13, qword [r8-128]
    mov r13d, dword [r8-128]
    mov r13b, byte [r8-128]
    movzx r13d, byte [r8-128]
    lea r13, [r8-128]
    mov qword [r8-128], r13
    mov dword [r8-128], r13d
    mov byte [r8-128], r13b
    add byte [r8-128], r13b
    sub byte [r8-128], r13b
    mov r14, qword [r8-128]
    mov r14d, dword [r8-128]
    mov r14b, byte [r8-128]
    movzx r14d, byte [r8-128]
    lea r14, [r8-128]
    mov qword [r8-128], r14
    mov dword [r8-128], r14d
    mov byte [r8-128], r14b
    add byte [r8-128], r14b
    sub byte [r8-128], r14b
    mov r15, qword [r8-128]
    mov r15d, dword [r8-128]
    mov r15b, byte [r8-128]
    movzx r15d, byte [r8-128]
    lea r15, [r8-128]
    mov qword [r8-128], r15
    mov dword [r8-128], r15d
    mov byte [r8-128], r15b
    add byte [r8-128], r15b
    sub byte [r8-128], r15b
    mov byte [r8-128], 0
    mov byte [r8-128], 1
    mov byte [r8-128], -1
    mov byte [r8-128], 127
    mov byte [r8-128], -128
    mov byte [r8-128], 255
    add byte [r8-128], 0
    add byte [r8-128], 1
    add byte [r8-128], -1
    add byte [r8-128], 127
    add byte [r8-128], -128
    add byte [r8-128], 255
    sub byte [r8-128], 0
    sub byte [r8-128], 1
    sub byte [r8-128], -1
    sub byte [r8-128], 127
    sub byte [r8-128], -128
    sub byte [r8-128], 255
    cmp byte [r8-128], 0
    cmp byte [r8-128], 1
    cmp byte [r8-128], -1
    cmp byte [r8-128], 127
    cmp byte [r8-128], -128
    cmp byte [r8-128], 255
    mov rax, qword [r8+128]
    mov eax, dword [r8+128]
    mov al, byte [r8+128]
    movzx eax, byte [r8+128]
    lea rax, [r8+128]
    mov qword [r8+128], rax
    mov dword [r8+128], eax
    mov byte [r8+128], al
    add byte [r8+128], al
    sub byte [r8+128], al
    mov rcx, qword [r8+128]
    mov ecx, dword [r8+128]
    mov cl, byte [r8+128]
    movzx ecx, byte [r8+128]
    lea rcx, [r8+128]
    mov qword [r8+128], rcx
    mov dword [r8+128], ecx
    mov byte [r8+128], cl
    add byte [r8+128], cl
    sub byte [r8+128], cl
    mov rdx, qword [r8+128]
    mov edx, dword [r8+128]
    mov dl, byte [r8+128]
    movzx edx, byte [r8+128]
    lea rdx, [r8+128]
    mov qword [r8+128], rdx
    mov dword [r8+128], edx
    mov byte [r8+128], dl
    add byte [r8+128], dl
    sub byte [r8+128], dl
    mov rbx, qword [r8+128]
    mov ebx, dword [r8+128]
    mov bl, byte [r8+128]
    movzx ebx, byte [r8+128]
    lea rbx, [r8+128]
    mov qword [r8+128], rbx
    mov dword [r8+128], ebx
    mov byte [r8+128], bl
    add byte [r8+128], bl
    sub byte [r8+128], bl
    mov rsp, qword [r8+128]
    mov esp, dword [r8+128]
    mov spl, byte [r8+128]
    movzx esp, byte [r8+128]
    lea rsp, [r8+128]
    mov qword [r8+128], rsp
    mov dword [r8+128], esp
    mov byte [r8+128], spl
    add byte [r8+128], spl
    sub byte [r8+128], spl
    mov rbp, qword [r8+128]
    mov ebp, dword [r8+128]
    mov bpl, byte [r8+128]
    movzx ebp, byte [r8+128]
    lea rbp, [r8+128]
    mov qword [r8+128], rbp
    mov dword [r8+128], ebp
    mov byte [r8+128], bpl
    add byte [r8+128], bpl
    sub byte [r8+128], bpl
    mov rsi, qword [r8+128]
    mov esi, dword [r8+128]
    mov sil, byte [r8+128]
    movzx esi, byte [r8+128]
    lea rsi, [r8+128]
    mov qword [r8+128], rsi
    mov dword [r8+128], esi
    mov byte [r8+128], sil
    add byte [r8+128], sil
    sub byte [r8+128], sil
    mov rdi, qword [r8+128]
    mov edi, dword [r8+128]
    mov dil, byte [r8+128]
    movzx edi, byte [r8+128]
    lea rdi, [r8+128]
    mov qword [r8+128], rdi
    mov dword [r8+128], edi
    mov byte [r8+128], dil
    add byte [r8+128], dil
    sub byte [r8+128], dil
    mov r8, qword [r8+128]
    mov r8d, dword [r8+128]
    mov r8b, byte [r8+128]
    movzx r8d, byte [r8+128]
    lea r8, [r8+128]
    mov qword [r8+128], r8
    mov dword [r8+128], r8d
    mov byte [r8+128], r8b
    add byte [r8+128], r8b
    sub byte [r8+128], r8b
    mov r9, qword [r8+128]
    mov r9d, dword [r8+128]
    mov r9b, byte [r8+128]
    movzx r9d, byte [r8+128]
    lea r9, [r8+128]
    mov qword [r8+128], r9
    mov dword [r8+128], r9d
    mov byte [r8+128], r9b
    add byte [r8+128], r9b
    sub byte [r8+128], r9b
    mov r10, qword [r8+128]
    mov r10d, dword [r8+128]
    mov r10b, byte [r8+128]
    movzx r10d, byte [r8+128]
    lea r10, [r8+128]
    mov qword [r8+128], r10
    mov dword [r8+128], r10d
    mov byte [r8+128], r10b
    add byte [r8+128], r10b
    sub byte [r8+128], r10b
    mov r11, qword [r8+128]
    mov r11d, dword [r8+128]
    mov r11b, byte [r8+128]
    movzx r11d, byte [r8+128]
    lea r11, [r8+128]
    mov qword [r8+128], r11
    mov dword [r8+128], r11d
    mov byte [r8+128], r11b
    add byte [r8+128], r11b
    sub byte [r8+128], r11b
    mov r12, qword [r8+128]
    mov r12d, dword [r8+128]
    mov r12b, byte [r8+128]
    movzx r12d, byte [r8+128]
    lea r12, [r8+128]
    mov qword [r8+128], r12
    mov dword [r8+128], r12d
    mov byte [r8+128], r12b
    add byte [r8+128], r12b
    sub byte [r8+128], r12b
    mov r13, qword [r8+128]
    mov r13d, dword [r8+128]
    mov r13b, byte [r8+128]
    movzx r13d, byte [r8+128]
    lea r13, [r8+128]
    mov qword [r8+128], r13
    mov dword [r8+128], r13d
    mov byte [r8+128], r13b
    add byte [r8+128], r13b
    sub byte [r8+128], r13b
    mov r14, qword [r8+128]
    mov r14d, dword [r8+128]
    mov r14b, byte [r8+128]
    movzx r14d, byte [r8+128]
    lea r14, [r8+128]
    mov qword [r8+128], r14
    mov dword [r8+128], r14d
    mov byte [r8+128], r14b
    add byte [r8+128], r14b
    sub byte [r8+128], r14b
    mov r15, qword [r8+128]
    mov r15d, dword [r8+128]
    mov r15b, byte [r8+128]
    movzx r15d, byte [r8+128]
    lea r15, [r8+128]
    mov qword [r8+128], r15
    mov dword [r8+128], r15d
    mov byte [r8+128], r15b
    add byte [r8+128], r15b
    sub byte [r8+128], r15b
    mov byte [r8+128], 0
    mov byte [r8+128], 1
    mov byte [r8+128], -1
    mov byte [r8+128], 127
    mov byte [r8+128], -128
    mov byte [r8+128], 255
    add byte [r8+128], 0
    add byte [r8+128], 1
    add byte [r8+128], -1
    add byte [r8+128], 127
    add byte [r8+128], -128
    add byte [r8+128], 255
    sub byte [r8+128], 0
    sub byte [r8+128], 1
    sub byte [r8+128], -1
    sub byte [r8+128], 127
    sub byte [r8+128], -128
    sub byte [r8+128], 255
    cmp byte [r8+128], 0
    cmp byte [r8+128], 1
    cmp byte [r8+128], -1
    cmp byte [r8+128], 127
    cmp byte [r8+128], -128
    cmp byte [r8+128], 255
    mov rax, qword [r8-129]
    mov eax, dword [r8-129]
    mov al, byte [r8-129]
    movzx eax, byte [r8-129]
    lea rax, [r8-129]
    mov qword [r8-129], rax
    mov dword [r8-129], eax
    mov byte [r8-129], al
    add byte [r8-129], al
    sub byte [r8-129], al
    mov rcx, qword [r8-129]
    mov ecx, dword [r8-129]
    mov cl, byte [r8-129]
    movzx ecx, byte [r8-129]
    lea rcx, [r8-129]
    mov qword [r8-129], rcx
    mov dword [r8-129], ecx
    mov byte [r8-129], cl
    add byte [r8-129], cl
    sub byte [r8-129], cl
    mov rdx, qword [r8-129]
    mov edx, dword [r8-129]
    mov dl, byte [r8-129]
    movzx edx, byte [r8-129]
    lea rdx, [r8-129]
    mov qword [r8-129], rdx
    mov dword [r8-129], edx
    mov byte [r8-129], dl
    add byte [r8-129], dl
    sub byte [r8-129], dl
    mov rbx, qword [r8-129]
    mov ebx, dword [r8-129]
    mov bl, byte [r8-129]
    movzx ebx, byte [r8-129]
    lea rbx, [r8-129]
    mov qword [r8-129], rbx
    mov dword [r8-129], ebx
    mov byte [r8-129], bl
    add byte [r8-129], bl
    sub byte [r8-129], bl
    mov rsp, qword [r8-129]
    mov esp, dword [r8-129]
    mov spl, byte [r8-129]
    movzx esp, byte [r8-129]
    lea rsp, [r8-129]
    mov qword [r8-129], rsp
    mov dword [r8-129], esp
    mov byte [r8-129], spl
    add byte [r8-129], spl
    sub byte [r8-129], spl
    mov rbp, qword [r8-129]
    mov ebp, dword [r8-129]
    mov bpl, byte [r8-129]
    movzx ebp, byte [r8-129]
    lea rbp, [r8-129]
    mov qword [r8-129], rbp
    mov dword [r8-129], ebp
    mov byte [r8-129], bpl
    add byte [r8-129], bpl
    sub byte [r8-129], bpl
    mov rsi, qword [r8-129]
    mov esi, dword [r8-129]
    mov sil, byte [r8-129]
    movzx esi, byte [r8-129]
    lea rsi, [r8-129]
    mov qword [r8-129], rsi
    mov dword [r8-129], esi
    mov byte [r8-129], sil
    add byte [r8-129], sil
    sub byte [r8-129], sil
    mov rdi, qword [r8-129]
    mov edi, dword [r8-129]
    mov dil, byte [r8-129]
    movzx edi, byte [r8-129]
    lea rdi, [r8-129]
    mov qword [r8-129], rdi
    mov dword [r8-129], edi
    mov byte [r8-129], dil
    add byte [r8-129], dil
    sub byte [r8-129], dil
    mov r8, qword [r8-129]
    mov r8d, dword [r8-129]
    mov r8b, byte [r8-129]
    movzx r8d, byte [r8-129]
    lea r8, [r8-129]
    mov qword [r8-129], r8
    mov dword [r8-129], r8d
    mov byte [r8-129], r8b
    add byte [r8-129], r8b
    sub byte [r8-129], r8b
    mov r9, qword [r8-129]
    mov r9d, dword [r8-129]
    mov r9b, byte [r8-129]
    movzx r9d, byte [r8-129]
    lea r9, [r8-129]
    mov qword [r8-129], r9
    mov dword [r8-129], r9d
    mov byte [r8-129], r9b
    add byte [r8-129], r9b
    sub byte [r8-129], r9b
    mov r10, qword [r8-129]
    mov r10d, dword [r8-129]
    mov r10b, byte [r8-129]
    movzx r10d, byte [r8-129]
    lea r10, [r8-129]
    mov qword [r8-129], r10
    mov dword [r8-129], r10d
    mov byte [r8-129], r10b
    add byte [r8-129], r10b
    sub byte [r8-129], r10b
    mov r11, qword [r8-129]
    mov r11d, dword [r8-129]
    mov r11b, byte [r8-129]
    movzx r11d, byte [r8-129]
    lea r11, [r8-129]
    mov qword [r8-129], r11
    mov dword [r8-129], r11d
    mov byte [r8-129], r11b
    add byte [r8-129], r11b
    sub byte [r8-129], r11b
    mov r12, qword [r8-129]
    mov r12d, dword [r8-129]
    mov r12b, byte [r8-129]
    movzx r12d, byte [r8-129]
    lea r12, [r8-129]
    mov qword [r8-129], r12
    mov dword [r8-129], r12d
    mov byte [r8-129], r12b
    add byte [r8-129], r12b
    sub byte [r8-129], r12b
    mov r13, qword [r8-129]
    mov r13d, dword [r8-129]
    mov r13b, byte [r8-129]
    movzx r13d, byte [r8-129]
    lea r13, [r8-129]
    mov qword [r8-129], r13
    mov dword [r8-129], r13d
    mov byte [r8-129], r13b
    add byte [r8-129], r13b
    sub byte [r8-129], r13b
    mov r14, qword [r8-129]
    mov r14d, dword [r8-129]
    mov r14b, byte [r8-129]
    movzx r14d, byte [r8-129]
    lea r14, [r8-129]
    mov qword [r8-129], r14
    mov dword [r8-129], r14d
    mov byte [r8-129], r14b
    add byte [r8-129], r14b
    sub byte [r8-129], r14b
    mov r15, qword [r8-129]
    mov r15d, dword [r8-129]
    mov r15b, byte [r8-129]
    movzx r15d, byte [r8-129]
    lea r15, [r8-129]
    mov qword [r8-129], r15
    mov dword [r8-129], r15d
    mov byte [r8-129], r15b
    add byte [r8-129], r15b
    sub byte [r8-129], r15b
    mov byte [r8-129], 0
    mov byte [r8-129], 1
    mov byte [r8-129], -1
    mov byte [r8-129], 127
    mov byte [r8-129], -128
    mov byte [r8-129], 255
    add byte [r8-129], 0
    add byte [r8-129], 1
    add byte [r8-129], -1
    add byte [r8-129], 127
    add byte [r8-129], -128
    add byte [r8-129], 255
    sub byte [r8-129], 0
    sub byte [r8-129], 1
    sub byte [r8-129], -1
    sub byte [r8-129], 127
    sub byte [r8-129], -128
    sub byte [r8-129], 255
    cmp byte [r8-129], 0
    cmp byte [r8-129], 1
    cmp byte [r8-129], -1
    cmp byte [r8-129], 127
    cmp byte [r8-129], -128
    cmp byte [r8-129], 255
    mov rax, qword [r8+2147483647]
    mov eax, dword [r8+2147483647]
    mov al, byte [r8+2147483647]
    movzx eax, byte [r8+2147483647]
    lea rax, [r8+2147483647]
    mov qword [r8+2147483647], rax
    mov dword [r8+2147483647], eax
    mov byte [r8+2147483647], al
    add byte [r8+2147483647], al
    sub byte [r8+2147483647], al
    mov rcx, qword [r8+2147483647]
    mov ecx, dword [r8+2147483647]
    mov cl, byte [r8+2147483647]
    movzx ecx, byte [r8+2147483647]
    lea rcx, [r8+2147483647]
    mov qword [r8+2147483647], rcx
    mov dword [r8+2147483647], ecx
    mov byte [r8+2147483647], cl
    add byte [r8+2147483647], cl
    sub byte [r8+2147483647], cl
    mov rdx, qword [r8+2147483647]
    mov edx, dword [r8+2147483647]
    mov dl, byte [r8+2147483647]
    movzx edx, byte [r8+2147483647]
    lea rdx, [r8+2147483647]
    mov qword [r8+2147483647], rdx
    mov dword [r8+2147483647], edx
    mov byte [r8+2147483647], dl
    add byte [r8+2147483647], dl
    sub byte [r8+2147483647], dl
    mov rbx, qword [r8+2147483647]
    mov ebx, dword [r8+2147483647]
    mov bl, byte [r8+2147483647]
    movzx ebx, byte [r8+2147483647]
    lea rbx, [r8+2147483647]
    mov qword [r8+2147483647], rbx
    mov dword [r8+2147483647], ebx
    mov byte [r8+2147483647], bl
    add byte [r8+2147483647], bl
    sub byte [r8+2147483647], bl
    mov rsp, qword [r8+2147483647]
    mov esp, dword [r8+2147483647]
    mov spl, byte [r8+2147483647]
    movzx esp, byte [r8+2147483647]
    lea rsp, [r8+2147483647]
    mov qword [r8+2147483647], rsp
    mov dword [r8+2147483647], esp
    mov byte [r8+2147483647], spl
    add byte [r8+2147483647], spl
    sub byte [r8+2147483647], spl
    mov rbp, qword [r8+2147483647]
    mov ebp, dword [r8+2147483647]
    mov bpl, byte [r8+2147483647]
    movzx ebp, byte [r8+2147483647]
    lea rbp, [r8+2147483647]
    mov qword [r8+2147483647], rbp
    mov dword [r8+2147483647], ebp
    mov byte [r8+2147483647], bpl
    add byte [r8+2147483647], bpl
    sub byte [r8+2147483647], bpl
    mov rsi, qword [r8+2147483647]
    mov esi, dword [r8+2147483647]
    mov sil, byte [r8+2147483647]
    movzx esi, byte [r8+2147483647]
    lea rsi, [r8+2147483647]
    mov qword [r8+2147483647], rsi
    mov dword [r8+2147483647], esi
    mov byte [r8+2147483647], sil
    add byte [r8+2147483647], sil
    sub byte [r8+2147483647], sil
    mov rdi, qword [r8+2147483647]
    mov edi, dword [r8+2147483647]
    mov dil, byte [r8+2147483647]
    movzx edi, byte [r8+2147483647]
    lea rdi, [r8+2147483647]
    mov qword [r8+2147483647], rdi
    mov dword [r8+2147483647], edi
    mov byte [r8+2147483647], dil
    add byte [r8+2147483647], dil
    sub byte [r8+2147483647], dil
    mov r8, qword [r8+2147483647]
    mov r8d, dword [r8+2147483647]
    mov r8b, byte [r8+2147483647]
    movzx r8d, byte [r8+2147483647]
    lea r8, [r8+2147483647]
    mov qword [r8+2147483647], r8
    mov dword [r8+2147483647], r8d
    mov byte [r8+2147483647], r8b
    add byte [r8+2147483647], r8b
    sub byte [r8+2147483647], r8b
    mov r9, qword [r8+2147483647]
    mov r9d, dword [r8+2147483647]
    mov r9b, byte [r8+2147483647]
    movzx r9d, byte [r8+2147483647]
    lea r9, [r8+2147483647]
    mov qword [r8+2147483647], r9
    mov dword [r8+2147483647], r9d
    mov byte [r8+2147483647], r9b
    add byte [r8+2147483647], r9b
    sub byte [r8+2147483647], r9b
    mov r10, qword [r8+2147483647]
    mov r10d, dword [r8+2147483647]
    mov r10b, byte [r8+2147483647]
    movzx r10d, byte [r8+2147483647]
    lea r10, [r8+2147483647]
    mov qword [r8+2147483647], r10
    mov dword [r8+2147483647], r10d
    mov byte [r8+2147483647], r10b
    add byte [r8+2147483647], r10b
    sub byte [r8+2147483647], r10b
    mov r11, qword [r8+2147483647]
    mov r11d, dword [r8+2147483647]
    mov r11b, byte [r8+2147483647]
    movzx r11d, byte [r8+2147483647]
    lea r11, [r8+2147483647]
    mov qword [r8+2147483647], r11
    mov dword [r8+2147483647], r11d
    mov byte [r8+2147483647], r11b
    add byte [r8+2147483647], r11b
    sub byte [r8+2147483647], r11b
    mov r12, qword [r8+2147483647]
    mov r12d, dword [r8+2147483647]
    mov r12b, byte [r8+2147483647]
    movzx r12d, byte [r8+2147483647]
    lea r12, [r8+2147483647]
    mov qword [r8+2147483647], r12
    mov dword [r8+2147483647], r12d
    mov byte [r8+2147483647], r12b
    add byte [r8+2147483647], r12b
    sub byte [r8+2147483647], r12b
    mov r13, qword [r8+2147483647]
    mov r13d, dword [r8+2147483647]
    mov r13b, byte [r8+2147483647]
    movzx r13d, byte [r8+2147483647]
    lea r13, [r8+2147483647]
    mov qword [r8+2147483647], r13
    mov dword [r8+2147483647], r13d
    mov byte [r8+2147483647], r13b
    add byte [r8+2147483647], r13b
    sub byte [r8+2147483647], r13b
    mov r14, qword [r8+2147483647]
    mov r14d, dword [r8+2147483647]
    mov r14b, byte [r8+2147483647]
    movzx r14d, byte [r8+2147483647]
    lea r14, [r8+2147483647]
    mov qword [r8+2147483647], r14
    mov dword [r8+2147483647], r14d
    mov byte [r8+2147483647], r14b
    add byte [r8+2147483647], r14b
    sub byte [r8+2147483647], r14b
    mov r15, qword [r8+2147483647]
    mov r15d, dword [r8+2147483647]
    mov r15b, byte [r8+2147483647]
    movzx r15d, byte [r8+2147483647]
    lea r15, [r8+2147483647]
    mov qword [r8+2147483647], r15
    mov dword [r8+2147483647], r15d
    mov byte [r8+2147483647], r15b
    add byte [r8+2147483647], r15b
    sub byte [r8+2147483647], r15b
    mov byte [r8+2147483647], 0
    mov byte [r8+2147483647], 1
    mov byte [r8+2147483647], -1
    mov byte [r8+2147483647], 127
    mov byte [r8+2147483647], -128
    mov byte [r8+2147483647], 255
    add byte [r8+2147483647], 0
    add byte [r8+2147483647], 1
    add byte [r8+2147483647], -1
    add byte [r8+2147483647], 127
    add byte [r8+2147483647], -128
    add byte [r8+2147483647], 255
    sub byte [r8+2147483647], 0
    sub byte [r8+2147483647], 1
    sub byte [r8+2147483647], -1
    sub byte [r8+2147483647], 127
    sub byte [r8+2147483647], -128
    sub byte [r8+2147483647], 255
    cmp byte [r8+2147483647], 0
    cmp byte [r8+2147483647], 1
    cmp byte [r8+2147483647], -1
    cmp byte [r8+2147483647], 127
    cmp byte [r8+2147483647], -128
    cmp byte [r8+2147483647], 255
    mov rax, qword [r8-2147483648]
    mov eax, dword [r8-2147483648]
    mov al, byte [r8-2147483648]
    movzx eax, byte [r8-2147483648]
    lea rax, [r8-2147483648]
    mov qword [r8-2147483648], rax
    mov dword [r8-2147483648], eax
    mov byte [r8-2147483648], al
    add byte [r8-2147483648], al
    sub byte [r8-2147483648], al
    mov rcx, qword [r8-2147483648]
    mov ecx, dword [r8-2147483648]
    mov cl, byte [r8-2147483648]
    movzx ecx, byte [r8-2147483648]
    lea rcx, [r8-2147483648]
    mov qword [r8-2147483648], rcx
    mov dword [r8-2147483648], ecx
    mov byte [r8-2147483648], cl
    add byte [r8-2147483648], cl
    sub byte [r8-2147483648], cl
    mov rdx, qword [r8-2147483648]
    mov edx, dword [r8-2147483648]
    mov dl, byte [r8-2147483648]
    movzx edx, byte [r8-2147483648]
    lea rdx, [r8-2147483648]
    mov qword [r8-2147483648], rdx
    mov dword [r8-2147483648], edx
    mov byte [r8-2147483648], dl
    add byte [r8-2147483648], dl
    sub byte [r8-2147483648], dl
    mov rbx, qword [r8-2147483648]
    mov ebx, dword [r8-2147483648]
    mov bl, byte [r8-2147483648]
    movzx ebx, byte [r8-2147483648]
    lea rbx, [r8-2147483648]
    mov qword [r8-2147483648], rbx
    mov dword [r8-2147483648], ebx
    mov byte [r8-2147483648], bl
    add byte [r8-2147483648], bl
    sub byte [r8-2147483648], bl
    mov rsp, qword [r8-2147483648]
    mov esp, dword [r8-2147483648]
    mov spl, byte [r8-2147483648]
    movzx esp, byte [r8-2147483648]
    lea rsp, [r8-2147483648]
    mov qword [r8-2147483648], rsp
    mov dword [r8-2147483648], esp
    mov byte [r8-2147483648], spl
    add byte [r8-2147483648], spl
    sub byte [r8-2147483648], spl
    mov rbp, qword [r8-2147483648]
    mov ebp, dword [r8-2147483648]
    mov bpl, byte [r8-2147483648]
    movzx ebp, byte [r8-2147483648]
    lea rbp, [r8-2147483648]
    mov qword [r8-2147483648], rbp
    mov dword [r8-2147483648], ebp
    mov byte [r8-2147483648], bpl
    add byte [r8-2147483648], bpl
    sub byte [r8-2147483648], bpl
    mov rsi, qword [r8-2147483648]
    mov esi, dword [r8-2147483648]
    mov sil, byte [r8-2147483648]
    movzx esi, byte [r8-2147483648]
    lea rsi, [r8-2147483648]
    mov qword [r8-2147483648], rsi
    mov dword [r8-2147483648], esi
    mov byte [r8-2147483648], sil
    add byte [r8-2147483648], sil
    sub byte [r8-2147483648], sil
    mov rdi, qword [r8-2147483648]
    mov edi, dword [r8-2147483648]
    mov dil, byte [r8-2147483648]
    movzx edi, byte [r8-2147483648]
    lea rdi, [r8-2147483648]
    mov qword [r8-2147483648], rdi
    mov dword [r8-2147483648], edi
    mov byte [r8-2147483648], dil
    add byte [r8-2147483648], dil
    sub byte [r8-2147483648], dil
    mov r8, qword [r8-2147483648]
    mov r8d, dword [r8-2147483648]
    mov r8b, byte [r8-2147483648]
    movzx r8d, byte [r8-2147483648]
    lea r8, [r8-2147483648]
    mov qword [r8-2147483648], r8
    mov dword [r8-2147483648], r8d
    mov byte [r8-2147483648], r8b
    add byte [r8-2147483648], r8b
    sub byte [r8-2147483648], r8b
    mov r9, qword [r8-2147483648]
    mov r9d, dword [r8-2147483648]
    mov r9b, byte [r8-2147483648]
    movzx r9d, byte [r8-2147483648]
    lea r9, [r8-2147483648]
    mov qword [r8-2147483648], r9
    mov dword [r8-2147483648], r9d
    mov byte [r8-2147483648], r9b
    add byte [r8-2147483648], r9b
    sub byte [r8-2147483648], r9b
    mov r10, qword [r8-2147483648]
    mov r10d, dword [r8-2147483648]
    mov r10b, byte [r8-2147483648]
    movzx r10d, byte [r8-2147483648]
    lea r10, [r8-2147483648]
    mov qword [r8-2147483648], r10
    mov dword [r8-2147483648], r10d
    mov byte [r8-2147483648], r10b
    add byte [r8-2147483648], r10b
    sub byte [r8-2147483648], r10b
    mov r11, qword [r8-2147483648]
    mov r11d, dword [r8-2147483648]
    mov r11b, byte [r8-2147483648]
    movzx r11d, byte [r8-2147483648]
    lea r11, [r8-2147483648]
    mov qword [r8-2147483648], r11
    mov dword [r8-2147483648], r11d
    mov byte [r8-2147483648], r11b
    add byte [r8-2147483648], r11b
    sub byte [r8-2147483648], r11b
    mov r12, qword [r8-2147483648]
    mov r12d, dword [r8-2147483648]
    mov r12b, byte [r8-2147483648]
    movzx r12d, byte [r8-2147483648]
    lea r12, [r8-2147483648]
    mov qword [r8-2147483648], r12
    mov dword [r8-2147483648], r12d
    mov byte [r8-2147483648], r12b
    add byte [r8-2147483648], r12b
    sub byte [r8-2147483648], r12b
    mov r13, qword [r8-2147483648]
    mov r13d, dword [r8-2147483648]
    mov r13b, byte [r8-2147483648]
    movzx r13d, byte [r8-2147483648]
    lea r13, [r8-2147483648]
    mov qword [r8-2147483648], r13
    mov dword [r8-2147483648], r13d
    mov byte [r8-2147483648], r13b
    add byte [r8-2147483648], r13b
    sub byte [r8-2147483648], r13b
    mov r14, qword [r8-2147483648]
    mov r14d, dword [r8-2147483648]
    mov r14b, byte [r8-2147483648]
    movzx r14d, byte [r8-2147483648]
    lea r14, [r8-2147483648]
    mov qword [r8-2147483648], r14
    mov dword [r8-2147483648], r14d
    mov byte [r8-2147483648], r14b
    add byte [r8-2147483648], r14b
    sub byte [r8-2147483648], r14b
    mov r15, qword [r8-2147483648]
    mov r15d, dword [r8-2147483648]
    mov r15b, byte [r8-2147483648]
    movzx r15d, byte [r8-2147483648]
    lea r15, [r8-2147483648]
    mov qword [r8-2147483648], r15
    mov dword [r8-2147483648], r15d
    mov byte [r8-2147483648], r15b
    add byte [r8-2147483648], r15b
    sub byte [r8-2147483648], r15b
    mov byte [r8-2147483648], 0
    mov byte [r8-2147483648], 1
    mov byte [r8-2147483648], -1
    mov byte [r8-2147483648], 127
    mov byte [r8-2147483648], -128
    mov byte [r8-2147483648], 255
    add byte [r8-2147483648], 0
    add byte [r8-2147483648], 1
    add byte [r8-2147483648], -1
    add byte [r8-2147483648], 127
    add byte [r8-2147483648], -128
    add byte [r8-2147483648], 255
    sub byte [r8-2147483648], 0
    sub byte [r8-2147483648], 1
    sub byte [r8-2147483648], -1
    sub byte [r8-2147483648], 127
    sub byte [r8-2147483648], -128
    sub byte [r8-2147483648], 255
    cmp byte [r8-2147483648], 0
    cmp byte [r8-2147483648], 1
    cmp byte [r8-2147483648], -1
    cmp byte [r8-2147483648], 127
    cmp byte [r8-2147483648], -128
    cmp byte [r8-2147483648], 255
    mov rax, qword [r9+0]
    mov eax, dword [r9+0]
    mov al, byte [r9+0]
    movzx eax, byte [r9+0]
    lea rax, [r9+0]
    mov qword [r9+0], rax
    mov dword [r9+0], eax
    mov byte [r9+0], al
    add byte [r9+0], al
    sub byte [r9+0], al
    mov rcx, qword [r9+0]
    mov ecx, dword [r9+0]
    mov cl, byte [r9+0]
    movzx ecx, byte [r9+0]
    lea rcx, [r9+0]
    mov qword [r9+0], rcx
    mov dword [r9+0], ecx
    mov byte [r9+0], cl
    add byte [r9+0], cl
    sub byte [r9+0], cl
    mov rdx, qword [r9+0]
    mov edx, dword [r9+0]
    mov dl, byte [r9+0]
    movzx edx, byte [r9+0]
    lea rdx, [r9+0]
    mov qword [r9+0], rdx
    mov dword [r9+0], edx
    mov byte [r9+0], dl
    add byte [r9+0], dl
    sub byte [r9+0], dl
    mov rbx, qword [r9+0]
    mov ebx, dword [r9+0]
    mov bl, byte [r9+0]
    movzx ebx, byte [r9+0]
    lea rbx, [r9+0]
    mov qword [r9+0], rbx
    mov dword [r9+0], ebx
    mov byte [r9+0], bl
    add byte [r9+0], bl
    sub byte [r9+0], bl
    mov rsp, qword [r9+0]
    mov esp, dword [r9+0]
    mov spl, byte [r9+0]
    movzx esp, byte [r9+0]
    lea rsp, [r9+0]
    mov qword [r9+0], rsp
    mov dword [r9+0], esp
    mov byte [r9+0], spl
    add byte [r9+0], spl
    sub byte [r9+0], spl
    mov rbp, qword [r9+0]
    mov ebp, dword [r9+0]
    mov bpl, byte [r9+0]
    movzx ebp, byte [r9+0]
    lea rbp, [r9+0]
    mov qword [r9+0], rbp
    mov dword [r9+0], ebp
    mov byte [r9+0], bpl
    add byte [r9+0], bpl
    sub byte [r9+0], bpl
    mov rsi, qword [r9+0]
    mov esi, dword [r9+0]
    mov sil, byte [r9+0]
    movzx esi, byte [r9+0]
    lea rsi, [r9+0]
    mov qword [r9+0], rsi
    mov dword [r9+0], esi
    mov byte [r9+0], sil
    add byte [r9+0], sil
    sub byte [r9+0], sil
    mov rdi, qword [r9+0]
    mov edi, dword [r9+0]
    mov dil, byte [r9+0]
    movzx edi, byte [r9+0]
    lea rdi, [r9+0]
    mov qword [r9+0], rdi
    mov dword [r9+0], edi
    mov byte [r9+0], dil
    add byte [r9+0], dil
    sub byte [r9+0], dil
    mov r8, qword [r9+0]
    mov r8d, dword [r9+0]
    mov r8b, byte [r9+0]
    movzx r8d, byte [r9+0]
    lea r8, [r9+0]
    mov qword [r9+0], r8
    mov dword [r9+0], r8d
    mov byte [r9+0], r8b
    add byte [r9+0], r8b
    sub byte [r9+0], r8b
    mov r9, qword [r9+0]
    mov r9d, dword [r9+0]
    mov r9b, byte [r9+0]
    movzx r9d, byte [r9+0]
    lea r9, [r9+0]
    mov qword [r9+0], r9
    mov dword [r9+0], r9d
    mov byte [r9+0], r9b
    add byte [r9+0], r9b
    sub byte [r9+0], r9b
    mov r10, qword [r9+0]
    mov r10d, dword [r9+0]
    mov r10b, byte [r9+0]
    movzx r10d, byte [r9+0]
    lea r10, [r9+0]
    mov qword [r9+0], r10
    mov dword [r9+0], r10d
    mov byte [r9+0], r10b
    add byte [r9+0], r10b
    sub byte [r9+0], r10b
    mov r11, qword [r9+0]
    mov r11d, dword [r9+0]
    mov r11b, byte [r9+0]
    movzx r11d, byte [r9+0]
    lea r11, [r9+0]
    mov qword [r9+0], r11
    mov dword [r9+0], r11d
    mov byte [r9+0], r11b
    add byte [r9+0], r11b
    sub byte [r9+0], r11b
    mov r12, qword [r9+0]
    mov r12d, dword [r9+0]
    mov r12b, byte [r9+0]
    movzx r12d, byte [r9+0]
    lea r12, [r9+0]
    mov qword [r9+0], r12
    mov dword [r9+0], r12d
    mov byte [r9+0], r12b
    add byte [r9+0], r12b
    sub byte [r9+0], r12b
    mov r13, qword [r9+0]
    mov r13d, dword [r9+0]
    mov r13b, byte [r9+0]
    movzx r13d, byte [r9+0]
    lea r13, [r9+0]
    mov qword [r9+0], r13
    mov dword [r9+0], r13d
    mov byte [r9+0], r13b
    add byte [r9+0], r13b
    sub byte [r9+0], r13b
    mov r14, qword [r9+0]
    mov r14d, dword [r9+0]
    mov r14b, byte [r9+0]
    movzx r14d, byte [r9+0]
    lea r14, [r9+0]
    mov qword [r9+0], r14
    mov dword [r9+0], r14d
    mov byte [r9+0], r14b
    add byte [r9+0], r14b
    sub byte [r9+0], r14b
    mov r15, qword [r9+0]
    mov r15d, dword [r9+0]
    mov r15b, byte [r9+0]
    movzx r15d, byte [r9+0]
    lea r15, [r9+0]
    mov qword [r9+0], r15
    mov dword [r9+0], r15d
    mov byte [r9+0], r15b
    add byte [r9+0], r15b
    sub byte [r9+0], r15b
    mov byte [r9+0], 0
    mov byte [r9+0], 1
    mov byte [r9+0], -1
    mov byte [r9+0], 127
    mov byte [r9+0], -128
    mov byte [r9+0], 255
    add byte [r9+0], 0
    add byte [r9+0], 1
    add byte [r9+0], -1
    add byte [r9+0], 127
    add byte [r9+0], -128
    add byte [r9+0], 255
    sub byte [r9+0], 0
    sub byte [r9+0], 1
    sub byte [r9+0], -1
    sub byte [r9+0], 127
    sub byte [r9+0], -128
    sub byte [r9+0], 255
    cmp byte [r9+0], 0
    cmp byte [r9+0], 1
    cmp byte [r9+0], -1
    cmp byte [r9+0], 127
    cmp byte [r9+0], -128
    cmp byte [r9+0], 255
    mov rax, qword [r9+1]
    mov eax, dword [r9+1]
    mov al, byte [r9+1]
    movzx eax, byte [r9+1]
    lea rax, [r9+1]
    mov qword [r9+1], rax
    mov dword [r9+1], eax
    mov byte [r9+1], al
    add byte [r9+1], al
    sub byte [r9+1], al
    mov rcx, qword [r9+1]
    mov ecx, dword [r9+1]
    mov cl, byte [r9+1]
    movzx ecx, byte [r9+1]
    lea rcx, [r9+1]
    mov qword [r9+1], rcx
    mov dword [r9+1], ecx
    mov byte [r9+1], cl
    add byte [r9+1], cl
    sub byte [r9+1], cl
    mov rdx, qword [r9+1]
    mov edx, dword [r9+1]
    mov dl, byte [r9+1]
    movzx edx, byte [r9+1]
    lea rdx, [r9+1]
    mov qword [r9+1], rdx
    mov dword [r9+1], edx
    mov byte [r9+1], dl
    add byte [r9+1], dl
    sub byte [r9+1], dl
    mov rbx, qword [r9+1]
    mov ebx, dword [r9+1]
    mov bl, byte [r9+1]
    movzx ebx, byte [r9+1]
    lea rbx, [r9+1]
    mov qword [r9+1], rbx
    mov dword [r9+1], ebx
    mov byte [r9+1], bl
    add byte [r9+1], bl
    sub byte [r9+1], bl
    mov rsp, qword [r9+1]
    mov esp, dword [r9+1]
    mov spl, byte [r9+1]
    movzx esp, byte [r9+1]
    lea rsp, [r9+1]
    mov qword [r9+1], rsp
    mov dword [r9+1], esp
    mov byte [r9+1], spl
    add byte [r9+1], spl
    sub byte [r9+1], spl
    mov rbp, qword [r9+1]
    mov ebp, dword [r9+1]
    mov bpl, byte [r9+1]
    movzx ebp, byte [r9+1]
    lea rbp, [r9+1]
    mov qword [r9+1], rbp
    mov dword [r9+1], ebp
    mov byte [r9+1], bpl
    add byte [r9+1], bpl
    sub byte [r9+1], bpl
    mov rsi, qword [r9+1]
    mov esi, dword [r9+1]
    mov sil, byte [r9+1]
    movzx esi, byte [r9+1]
    lea rsi, [r9+1]
    mov qword [r9+1], rsi
    mov dword [r9+1], esi
    mov byte [r9+1], sil
    add byte [r9+1], sil
    sub byte [r9+1], sil
    mov rdi, qword [r9+1]
    mov edi, dword [r9+1]
    mov dil, byte [r9+1]
    movzx edi, byte [r9+1]
    lea rdi, [r9+1]
    mov qword [r9+1], rdi
    mov dword [r9+1], edi
    mov byte [r9+1], dil
    add byte [r9+1], dil
    sub byte [r9+1], dil
    mov r8, qword [r9+1]
    mov r8d, dword [r9+1]
    mov r8b, byte [r9+1]
    movzx r8d, byte [r9+1]
    lea r8, [r9+1]
    mov qword [r9+1], r8
    mov dword [r9+1], r8d
    mov byte [r9+1], r8b
    add byte [r9+1], r8b
    sub byte [r9+1], r8b
    mov r9, qword [r9+1]
    mov r9d, dword [r9+1]
    mov r9b, byte [r9+1]
    movzx r9d, byte [r9+1]
    lea r9, [r9+1]
    mov qword [r9+1], r9
    mov dword [r9+1], r9d
    mov byte [r9+1], r9b
    add byte [r9+1], r9b
    sub byte [r9+1], r9b
    mov r10, qword [r9+1]
    mov r10d, dword [r9+1]
    mov r10b, byte [r9+1]
    movzx r10d, byte [r9+1]
    lea r10, [r9+1]
    mov qword [r9+1], r10
    mov dword [r9+1], r10d
    mov byte [r9+1], r10b
    add byte [r9+1], r10b
    sub byte [r9+1], r10b
    mov r11, qword [r9+1]
    mov r11d, dword [r9+1]
    mov r11b, byte [r9+1]
    movzx r11d, byte [r9+1]
    lea r11, [r9+1]
    mov qword [r9+1], r11
    mov dword [r9+1], r11d
    mov byte [r9+1], r11b
    add byte [r9+1], r11b
    sub byte [r9+1], r11b
    mov r12, qword [r9+1]
    mov r12d, dword [r9+1]
    mov r12b, byte [r9+1]
    movzx r12d, byte [r9+1]
    lea r12, [r9+1]
    mov qword [r9+1], r12
    mov dword [r9+1], r12d
    mov byte [r9+1], r12b
    add byte [r9+1], r12b
    sub byte [r9+1], r12b
    mov r13, qword [r9+1]
    mov r13d, dword [r9+1]
    mov r13b, byte [r9+1]
    movzx r13d, byte [r9+1]
    lea r13, [r9+1]
    mov qword [r9+1], r13
    mov dword [r9+1], r13d
    mov byte [r9+1], r13b
    add byte [r9+1], r13b
    sub byte [r9+1], r13b
    mov r14, qword [r9+1]
    mov r14d, dword [r9+1]
    mov r14b, byte [r9+1]
    movzx r14d, byte [r9+1]
    lea r14, [r9+1]
    mov qword [r9+1], r14
    mov dword [r9+1], r14d
    mov byte [r9+1], r14b
    add byte [r9+1], r14b
    sub byte [r9+1], r14b
    mov r15, qword [r9+1]
    mov r15d, dword [r9+1]
    mov r15b, byte [r9+1]
    movzx r15d, byte [r9+1]
    lea r15, [r9+1]
    mov qword [r9+1], r15
    mov dword [r9+1], r15d
    mov byte [r9+1], r15b
    add byte [r9+1], r15b
    sub byte [r9+1], r15b
    mov byte [r9+1], 0
    mov byte [r9+1], 1
    mov byte [r9+1], -1
    mov byte [r9+1], 127
    mov byte [r9+1], -128
    mov byte [r9+1], 255
    add byte [r9+1], 0
    add byte [r9+1], 1
    add byte [r9+1], -1
    add byte [r9+1], 127
    add byte [r9+1], -128
    add byte [r9+1], 255
    sub byte [r9+1], 0
    sub byte [r9+1], 1
    sub byte [r9+1], -1
    sub byte [r9+1], 127
    sub byte [r9+1], -128
    sub byte [r9+1], 255
    cmp byte [r9+1], 0
    cmp byte [r9+1], 1
    cmp byte [r9+1], -1
    cmp byte [r9+1], 127
    cmp byte [r9+1], -128
    cmp byte [r9+1], 255
    mov rax, qword [r9-1]
    mov eax, dword [r9-1]
    mov al, byte [r9-1]
    movzx eax, byte [r9-1]
    lea rax, [r9-1]
    mov qword [r9-1], rax
    mov dword [r9-1], eax
    mov byte [r9-1], al
    add byte [r9-1], al
    sub byte [r9-1], al
    mov rcx, qword [r9-1]
    mov ecx, dword [r9-1]
    mov cl, byte [r9-1]
    movzx ecx, byte [r9-1]
    lea rcx, [r9-1]
    mov qword [r9-1], rcx
    mov dword [r9-1], ecx
    mov byte [r9-1], cl
    add byte [r9-1], cl
    sub byte [r9-1], cl
    mov rdx, qword [r9-1]
    mov edx, dword [r9-1]
    mov dl, byte [r9-1]
    movzx edx, byte [r9-1]
    lea rdx, [r9-1]
    mov qword [r9-1], rdx
    mov dword [r9-1], edx
    mov byte [r9-1], dl
    add byte [r9-1], dl
    sub byte [r9-1], dl
    mov rbx, qword [r9-1]
    mov ebx, dword [r9-1]
    mov bl, byte [r9-1]
    movzx ebx, byte [r9-1]
    lea rbx, [r9-1]
    mov qword [r9-1], rbx
    mov dword [r9-1], ebx
    mov byte [r9-1], bl
    add byte [r9-1], bl
    sub byte [r9-1], bl
    mov rsp, qword [r9-1]
    mov esp, dword [r9-1]
    mov spl, byte [r9-1]
    movzx esp, byte [r9-1]
    lea rsp, [r9-1]
    mov qword [r9-1], rsp
    mov dword [r9-1], esp
    mov byte [r9-1], spl
    add byte [r9-1], spl
    sub byte [r9-1], spl
    mov rbp, qword [r9-1]
    mov ebp, dword [r9-1]
    mov bpl, byte [r9-1]
    movzx ebp, byte [r9-1]
    lea rbp, [r9-1]
    mov qword [r9-1], rbp
    mov dword [r9-1], ebp
    mov byte [r9-1], bpl
    add byte [r9-1], bpl
    sub byte [r9-1], bpl
    mov rsi, qword [r9-1]
    mov esi, dword [r9-1]
    mov sil, byte [r9-1]
    movzx esi, byte [r9-1]
    lea rsi, [r9-1]
    mov qword [r9-1], rsi
    mov dword [r9-1], esi
    mov byte [r9-1], sil
    add byte [r9-1], sil
    sub byte [r9-1], sil
    mov rdi, qword [r9-1]
    mov edi, dword [r9-1]
    mov dil, byte [r9-1]
    movzx edi, byte [r9-1]
    lea rdi, [r9-1]
    mov qword [r9-1], rdi
    mov dword [r9-1], edi
    mov byte [r9-1], dil
    add byte [r9-1], dil
    sub byte [r9-1], dil
    mov r8, qword [r9-1]
    mov r8d, dword [r9-1]
    mov r8b, byte [r9-1]
    movzx r8d, byte [r9-1]
    lea r8, [r9-1]
    mov qword [r9-1], r8
    mov dword [r9-1], r8d
    mov byte [r9-1], r8b
    add byte [r9-1], r8b
    sub byte [r9-1], r8b
    mov r9, qword [r9-1]
    mov r9d, dword [r9-1]
    mov r9b, byte [r9-1]
    movzx r9d, byte [r9-1]
    lea r9, [r9-1]
    mov qword [r9-1], r9
    mov dword [r9-1], r9d
    mov byte [r9-1], r9b
    add byte [r9-1], r9b
    sub byte [r9-1], r9b
    mov r10, qword [r9-1]
    mov r10d, dword [r9-1]
    mov r10b, byte [r9-1]
    movzx r10d, byte [r9-1]
    lea r10, [r9-1]
    mov qword [r9-1], r10
    mov dword [r9-1], r10d
    mov byte [r9-1], r10b
    add byte [r9-1], r10b
    sub byte [r9-1], r10b
    mov r11, qword [r9-1]
    mov r11d, dword [r9-1]
    mov r11b, byte [r9-1]
    movzx r11d, byte [r9-1]
    lea r11, [r9-1]
    mov qword [r9-1], r11
    mov dword [r9-1], r11d
    mov byte [r9-1], r11b
    add byte [r9-1], r11b
    sub byte [r9-1], r11b
    mov r12, qword [r9-1]
    mov r12d, dword [r9-1]
    mov r12b, byte [r9-1]
    movzx r12d, byte [r9-1]
    lea r12, [r9-1]
    mov qword [r9-1], r12
    mov dword [r9-1], r12d
    mov byte [r9-1], r12b
    add byte [r9-1], r12b
    sub byte [r9-1], r12b
    mov r13, qword [r9-1]
    mov r13d, dword [r9-1]
    mov r13b, byte [r9-1]
    movzx r13d, byte [r9-1]
    lea r13, [r9-1]
    mov qword [r9-1], r13
    mov dword [r9-1], r13d
    mov byte [r9-1], r13b
    add byte [r9-1], r13b
    sub byte [r9-1], r13b
    mov r14, qword [r9-1]
    mov r14d, dword [r9-1]
    mov r14b, byte [r9-1]
    movzx r14d, byte [r9-1]
    lea r14, [r9-1]
    mov qword [r9-1], r14
    mov dword [r9-1], r14d
    mov byte [r9-1], r14b
    add byte [r9-1], r14b
    sub byte [r9-1], r14b
    mov r15, qword [r9-1]
    mov r15d, dword [r9-1]
    mov r15b, byte [r9-1]
    movzx r15d, byte [r9-1]
    lea r15, [r9-1]
    mov qword [r9-1], r15
    mov dword [r9-1], r15d
    mov byte [r9-1], r15b
    add byte [r9-1], r15b
    sub byte [r9-1], r15b
    mov byte [r9-1], 0
    mov byte [r9-1], 1
    mov byte [r9-1], -1
    mov byte [r9-1], 127
    mov byte [r9-1], -128
    mov byte [r9-1], 255
    add byte [r9-1], 0
    add byte [r9-1], 1
    add byte [r9-1], -1
    add byte [r9-1], 127
    add byte [r9-1], -128
    add byte [r9-1], 255
    sub byte [r9-1], 0
    sub byte [r9-1], 1
    sub byte [r9-1], -1
    sub byte [r9-1], 127
    sub byte [r9-1], -128
    sub byte [r9-1], 255
    cmp byte [r9-1], 0
    cmp byte [r9-1], 1
    cmp byte [r9-1], -1
    cmp byte [r9-1], 127
    cmp byte [r9-1], -128
    cmp byte [r9-1], 255
    mov rax, qword [r9+127]
    mov eax, dword [r9+127]
    mov al, byte [r9+127]
    movzx eax, byte [r9+127]
    lea rax, [r9+127]
    mov qword [r9+127], rax
    mov dword [r9+127], eax
    mov byte [r9+127], al
    add byte [r9+127], al
    sub byte [r9+127], al
    mov rcx, qword [r9+127]
    mov ecx, dword [r9+127]
    mov cl, byte [r9+127]
    movzx ecx, byte [r9+127]
    lea rcx, [r9+127]
    mov qword [r9+127], rcx
    mov dword [r9+127], ecx
    mov byte [r9+127], cl
    add byte [r9+127], cl
    sub byte [r9+127], cl
    mov rdx, qword [r9+127]
    mov edx, dword [r9+127]
    mov dl, byte [r9+127]
    movzx edx, byte [r9+127]
    lea rdx, [r9+127]
    mov qword [r9+127], rdx
    mov dword [r9+127], edx
    mov byte [r9+127], dl
    add byte [r9+127], dl
    sub byte [r9+127], dl
    mov rbx, qword [r9+127]
    mov ebx, dword [r9+127]
    mov bl, byte [r9+127]
    movzx ebx, byte [r9+127]
    lea rbx, [r9+127]
    mov qword [r9+127], rbx
    mov dword [r9+127], ebx
    mov byte [r9+127], bl
    add byte [r9+127], bl
    sub byte [r9+127], bl
    mov rsp, qword [r9+127]
    mov esp, dword [r9+127]
    mov spl, byte [r9+127]
    movzx esp, byte [r9+127]
    lea rsp, [r9+127]
    mov qword [r9+127], rsp
    mov dword [r9+127], esp
    mov byte [r9+127], spl
    add byte [r9+127], spl
    sub byte [r9+127], spl
    mov rbp, qword [r9+127]
    mov ebp, dword [r9+127]
    mov bpl, byte [r9+127]
    movzx ebp, byte [r9+127]
    lea rbp, [r9+127]
    mov qword [r9+127], rbp
    mov dword [r9+127], ebp
    mov byte [r9+127], bpl
    add byte [r9+127], bpl
    sub byte [r9+127], bpl
    mov rsi, qword [r9+127]
    mov esi, dword [r9+127]
    mov sil, byte [r9+127]
    movzx esi, byte [r9+127]
    lea rsi, [r9+127]
    mov qword [r9+127], rsi
    mov dword [r9+127], esi
    mov byte [r9+127], sil
    add byte [r9+127], sil
    sub byte [r9+127], sil
    mov rdi, qword [r9+127]
    mov edi, dword [r9+127]
    mov dil, byte [r9+127]
    movzx edi, byte [r9+127]
    lea rdi, [r9+127]
    mov qword [r9+127], rdi
    mov dword [r9+127], edi
    mov byte [r9+127], dil
    add byte [r9+127], dil
    sub byte [r9+127], dil
    mov r8, qword [r9+127]
    mov r8d, dword [r9+127]
    mov r8b, byte [r9+127]
    movzx r8d, byte [r9+127]
    lea r8, [r9+127]
    mov qword [r9+127], r8
    mov dword [r9+127], r8d
    mov byte [r9+127], r8b
    add byte [r9+127], r8b
    sub byte [r9+127], r8b
    mov r9, qword [r9+127]
    mov r9d, dword [r9+127]
    mov r9b, byte [r9+127]
    movzx r9d, byte [r9+127]
    lea r9, [r9+127]
    mov qword [r9+127], r9
    mov dword [r9+127], r9d
    mov byte [r9+127], r9b
    add byte [r9+127], r9b
    sub byte [r9+127], r9b
    mov r10, qword [r9+127]
    mov r10d, dword [r9+127]
    mov r10b, byte [r9+127]
    movzx r10d, byte [r9+127]
    lea r10, [r9+127]
    mov qword [r9+127], r10
    mov dword [r9+127], r10d
    mov byte [r9+127], r10b
    add byte [r9+127], r10b
    sub byte [r9+127], r10b
    mov r11, qword [r9+127]
    mov r11d, dword [r9+127]
    mov r11b, byte [r9+127]
    movzx r11d, byte [r9+127]
    lea r11, [r9+127]
    mov qword [r9+127], r11
    mov dword [r9+127], r11d
    mov byte [r9+127], r11b
    add byte [r9+127], r11b
    sub byte [r9+127], r11b
    mov r12, qword [r9+127]
    mov r12d, dword [r9+127]
    mov r12b, byte [r9+127]
    movzx r12d, byte [r9+127]
    lea r12, [r9+127]
    mov qword [r9+127], r12
    mov dword [r9+127], r12d
    mov byte [r9+127], r12b
    add byte [r9+127], r12b
    sub byte [r9+127], r12b
    mov r13, qword [r9+127]
    mov r13d, dword [r9+127]
    mov r13b, byte [r9+127]
    movzx r13d, byte [r9+127]
    lea r13, [r9+127]
    mov qword [r9+127], r13
    mov dword [r9+127], r13d
    mov byte [r9+127], r13b
    add byte [r9+127], r13b
    sub byte [r9+127], r13b
    mov r14, qword [r9+127]
    mov r14d, dword [r9+127]
    mov r14b, byte [r9+127]
    movzx r14d, byte [r9+127]
    lea r14, [r9+127]
    mov qword [r9+127], r14
    mov dword [r9+127], r14d
    mov byte [r9+127], r14b
    add byte [r9+127], r14b
    sub byte [r9+127], r14b
    mov r15, qword [r9+127]
    mov r15d, dword [r9+127]
    mov r15b, byte [r9+127]
    movzx r15d, byte [r9+127]
    lea r15, [r9+127]
    mov qword [r9+127], r15
    mov dword [r9+127], r15d
    mov byte [r9+127], r15b
    add byte [r9+127], r15b
    sub byte [r9+127], r15b
    mov byte [r9+127], 0
    mov byte [r9+127], 1
    mov byte [r9+127], -1
    mov byte [r9+127], 127
    mov byte [r9+127], -128
    mov byte [r9+127], 255
    add byte [r9+127], 0
    add byte [r9+127], 1
    add byte [r9+127], -1
    add byte [r9+127], 127
    add byte [r9+127], -128
    add byte [r9+127], 255
    sub byte [r9+127], 0
    sub byte [r9+127], 1
    sub byte [r9+127], -1
    sub byte [r9+127], 127
    sub byte [r9+127], -128
    sub byte [r9+127], 255
    cmp byte [r9+127], 0
    cmp byte [r9+127], 1
    cmp byte [r9+127], -1
    cmp byte [r9+127], 127
    cmp byte [r9+127], -128
    cmp byte [r9+127], 255
    mov rax, qword [r9-128]
    mov eax, dword [r9-128]
    mov al, byte [r9-128]
    movzx eax, byte [r9-128]
    lea rax, [r9-128]
    mov qword [r9-128], rax
    mov dword [r9-128], eax
    mov byte [r9-128], al
    add byte [r9-128], al
    sub byte [r9-128], al
    mov rcx, qword [r9-128]
    mov ecx, dword [r9-128]
    mov cl, byte [r9-128]
    movzx ecx, byte [r9-128]
    lea rcx, [r9-128]
    mov qword [r9-128], rcx
    mov dword [r9-128], ecx
    mov byte [r9-128], cl
    add byte [r9-128], cl
    sub byte [r9-128], cl
    mov rdx, qword [r9-128]
    mov edx, dword [r9-128]
    mov dl, byte [r9-128]
    movzx edx, byte [r9-128]
    lea rdx, [r9-128]
    mov qword [r9-128], rdx
    mov dword [r9-128], edx
    mov byte [r9-128], dl
    add byte [r9-128], dl
    sub byte [r9-128], dl
    mov rbx, qword [r9-128]
    mov ebx, dword [r9-128]
    mov bl, byte [r9-128]
    movzx ebx, byte [r9-128]
    lea rbx, [r9-128]
    mov qword [r9-128], rbx
    mov dword [r9-128], ebx
    mov byte [r9-128], bl
    add byte [r9-128], bl
    sub byte [r9-128], bl
    mov rsp, qword [r9-128]
    mov esp, dword [r9-128]
    mov spl, byte [r9-128]
    movzx esp, byte [r9-128]
    lea rsp, [r9-128]
    mov qword [r9-128], rsp
    mov dword [r9-128], esp
    mov byte [r9-128], spl
    add byte [r9-128], spl
    sub byte [r9-128], spl
    mov rbp, qword [r9-128]
    mov ebp, dword [r9-128]
    mov bpl, byte [r9-128]
    movzx ebp, byte [r9-128]
    lea rbp, [r9-128]
    mov qword [r9-128], rbp
    mov dword [r9-128], ebp
    mov byte [r9-128], bpl
    add byte [r9-128], bpl
    sub byte [r9-128], bpl
    mov rsi, qword [r9-128]
    mov esi, dword [r9-128]
    mov sil, byte [r9-128]
    movzx esi, byte [r9-128]
    lea rsi, [r9-128]
    mov qword [r9-128], rsi
    mov dword [r9-128], esi
    mov byte [r9-128], sil
    add byte [r9-128], sil
    sub byte [r9-128], sil
    mov rdi, qword [r9-128]
    mov edi, dword [r9-128]
    mov dil, byte [r9-128]
    movzx edi, byte [r9-128]
    lea rdi, [r9-128]
    mov qword [r9-128], rdi
    mov dword [r9-128], edi
    mov byte [r9-128], dil
    add byte [r9-128], dil
    sub byte [r9-128], dil
    mov r8, qword [r9-128]
    mov r8d, dword [r9-128]
    mov r8b, byte [r9-128]
    movzx r8d, byte [r9-128]
    lea r8, [r9-128]
    mov qword [r9-128], r8
    mov dword [r9-128], r8d
    mov byte [r9-128], r8b
    add byte [r9-128], r8b
    sub byte [r9-128], r8b
    mov r9, qword [r9-128]
    mov r9d, dword [r9-128]
    mov r9b, byte [r9-128]
    movzx r9d, byte [r9-128]
    lea r9, [r9-128]
    mov qword [r9-128], r9
    mov dword [r9-128], r9d
    mov byte [r9-128], r9b
    add byte [r9-128], r9b
    sub byte [r9-128], r9b
    mov r10, qword [r9-128]
    mov r10d, dword [r9-128]
    mov r10b, byte [r9-128]
    movzx r10d, byte [r9-128]
    lea r10, [r9-128]
    mov qword [r9-128], r10
    mov dword [r9-128], r10d
    mov byte [r9-128], r10b
    add byte [r9-128], r10b
    sub byte [r9-128], r10b
    mov r11, qword [r9-128]
    mov r11d, dword [r9-128]
    mov r11b, byte [r9-128]
    movzx r11d, byte [r9-128]
    lea r11, [r9-128]
    mov qword [r9-128], r11
    mov dword [r9-128], r11d
    mov byte [r9-128], r11b
    add byte [r9-128], r11b
    sub byte [r9-128], r11b
    mov r12, qword [r9-128]
    mov r12d, dword [r9-128]
    mov r12b, byte [r9-128]
    movzx r12d, byte [r9-128]
    lea r12, [r9-128]
    mov qword [r9-128], r12
    mov dword [r9-128], r12d
    mov byte [r9-128], r12b
    add byte [r9-128], r12b
    sub byte [r9-128], r12b
    mov r13, qword [r9-128]
    mov r13d, dword [r9-128]
    mov r13b, byte [r9-128]
    movzx r13d, byte [r9-128]
    lea r13, [r9-128]
    mov qword [r9-128], r13
    mov dword [r9-128], r13d
    mov byte [r9-128], r13b
    add byte [r9-128], r13b
    sub byte [r9-128], r13b
    mov r14, qword [r9-128]
    mov r14d, dword [r9-128]
    mov r14b, byte [r9-128]
    movzx r14d, byte [r9-128]
    lea r14, [r9-128]
    mov qword [r9-128], r14
    mov dword [r9-128], r14d
    mov byte [r9-128], r14b
    add byte [r9-128], r14b
    sub byte [r9-128], r14b
    mov r15, qword [r9-128]
    mov r15d, dword [r9-128]
    mov r15b, byte [r9-128]
    movzx r15d, byte [r9-128]
    lea r15, [r9-128]
    mov qword [r9-128], r15
    mov dword [r9-128], r15d
    mov byte [r9-128], r15b
    add byte [r9-128], r15b
    sub byte [r9-128], r15b
    mov byte [r9-128], 0
    mov byte [r9-128], 1
    mov byte [r9-128], -1
    mov byte [r9-128], 127
    mov byte [r9-128], -128
    mov byte [r9-128], 255
    add byte [r9-128], 0
    add byte [r9-128], 1
    add byte [r9-128], -1
    add byte [r9-128], 127
    add byte [r9-128], -128
    add byte [r9-128], 255
    sub byte [r9-128], 0
    sub byte [r9-128], 1
    sub byte [r9-128], -1
    sub byte [r9-128], 127
    sub byte [r9-128], -128
    sub byte [r9-128], 255
    cmp byte [r9-128], 0
    cmp byte [r9-128], 1
    cmp byte [r9-128], -1
    cmp byte [r9-128], 127
    cmp byte [r9-128], -128
    cmp byte [r9-128], 255
    mov rax, qword [r9+128]
    mov eax, dword [r9+128]
    mov al, byte [r9+128]
    movzx eax, byte [r9+128]
    lea rax, [r9+128]
    mov qword [r9+128], rax
    mov dword [r9+128], eax
    mov byte [r9+128], al
    add byte [r9+128], al
    sub byte [r9+128], al
    mov rcx, qword [r9+128]
    mov ecx, dword [r9+128]
    mov cl, byte [r9+128]
    movzx ecx, byte [r9+128]
    lea rcx, [r9+128]
    mov qword [r9+128], rcx
    mov dword [r9+128], ecx
    mov byte [r9+128], cl
    add byte [r9+128], cl
    sub byte [r9+128], cl
    mov rdx, qword [r9+128]
    mov edx, dword [r9+128]
    mov dl, byte [r9+128]
    movzx edx, byte [r9+128]
    lea rdx, [r9+128]
    mov qword [r9+128], rdx
    mov dword [r9+128], edx
    mov byte [r9+128], dl
    add byte [r9+128], dl
    sub byte [r9+128], dl
    mov rbx, qword [r9+128]
    mov ebx, dword [r9+128]
    mov bl, byte [r9+128]
    movzx ebx, byte [r9+128]
    lea rbx, [r9+128]
    mov qword [r9+128], rbx
    mov dword [r9+128], ebx
    mov byte [r9+128], bl
    add byte [r9+128], bl
    sub byte [r9+128], bl
    mov rsp, qword [r9+128]
    mov esp, dword [r9+128]
    mov spl, byte [r9+128]
    movzx esp, byte [r9+128]
    lea rsp, [r9+128]
    mov qword [r9+128], rsp
    mov dword [r9+128], esp
    mov byte [r9+128], spl
    add byte [r9+128], spl
    sub byte [r9+128], spl
    mov rbp, qword [r9+128]
    mov ebp, dword [r9+128]
    mov bpl, byte [r9+128]
    movzx ebp, byte [r9+128]
    lea rbp, [r9+128]
    mov qword [r9+128], rbp
    mov dword [r9+128], ebp
    mov byte [r9+128], bpl
    add byte [r9+128], bpl
    sub byte [r9+128], bpl
    mov rsi, qword [r9+128]
    mov esi, dword [r9+128]
    mov sil, byte [r9+128]
    movzx esi, byte [r9+128]
    lea rsi, [r9+128]
    mov qword [r9+128], rsi
    mov dword [r9+128], esi
    mov byte [r9+128], sil
    add byte [r9+128], sil
    sub byte [r9+128], sil
    mov rdi, qword [r9+128]
    mov edi, dword [r9+128]
    mov dil, byte [r9+128]
    movzx edi, byte [r9+128]
    lea rdi, [r9+128]
    mov qword [r9+128], rdi
    mov dword [r9+128], edi
    mov byte [r9+128], dil
    add byte [r9+128], dil
    sub byte [r9+128], dil
    mov r8, qword [r9+128]
    mov r8d, dword [r9+128]
    mov r8b, byte [r9+128]
    movzx r8d, byte [r9+128]
    lea r8, [r9+128]
    mov qword [r9+128], r8
    mov dword [r9+128], r8d
    mov byte [r9+128], r8b
    add byte [r9+128], r8b
    sub byte [r9+128], r8b
    mov r9, qword [r9+128]
    mov r9d, dword [r9+128]
    mov r9b, byte [r9+128]
    movzx r9d, byte [r9+128]
    lea r9, [r9+128]
    mov qword [r9+128], r9
    mov dword [r9+128], r9d
    mov byte [r9+128], r9b
    add byte [r9+128], r9b
    sub byte [r9+128], r9b
    mov r10, qword [r9+128]
    mov r10d, dword [r9+128]
    mov r10b, byte [r9+128]
    movzx r10d, byte [r9+128]
    lea r10, [r9+128]
    mov qword [r9+128], r10
    mov dword [r9+128], r10d
    mov byte [r9+128], r10b
    add byte [r9+128], r10b
    sub byte [r9+128], r10b
    mov r11, qword [r9+128]
    mov r11d, dword [r9+128]
    mov r11b, byte [r9+128]
    movzx r11d, byte [r9+128]
    lea r11, [r9+128]
    mov qword [r9+128], r11
    mov dword [r9+128], r11d
    mov byte [r9+128], r11b
    add byte [r9+128], r11b
    sub byte [r9+128], r11b
    mov r12, qword [r9+128]
    mov r12d, dword [r9+128]
    mov r12b, byte [r9+128]
    movzx r12d, byte [r9+128]
    lea r12, [r9+128]
    mov qword [r9+128], r12
    mov dword [r9+128], r12d
    mov byte [r9+128], r12b
    add byte [r9+128], r12b
    sub byte [r9+128], r12b
    mov r13, qword [r9+128]
    mov r13d, dword [r9+128]
    mov r13b, byte [r9+128]
    movzx r13d, byte [r9+128]
    lea r13, [r9+128]
    mov qword [r9+128], r13
    mov dword [r9+128], r13d
    mov byte [r9+128], r13b
    add byte [r9+128], r13b
    sub byte [r9+128], r13b
    mov r14, qword [r9+128]
    mov r14d, dword [r9+128]
    mov r14b, byte [r9+128]
    movzx r14d, byte [r9+128]
    lea r14, [r9+128]
    mov qword [r9+128], r14
    mov dword [r9+128], r14d
    mov byte [r9+128], r14b
    add byte [r9+128], r14b
    sub byte [r9+128], r14b
    mov r15, qword [r9+128]
    mov r15d, dword [r9+128]
    mov r15b, byte [r9+128]
    movzx r15d, byte [r9+128]
    lea r15, [r9+128]
    mov qword [r9+128], r15
    mov dword [r9+128], r15d
    mov byte [r9+128], r15b
    add byte [r9+128], r15b
    sub byte [r9+128], r15b
    mov byte [r9+128], 0
    mov byte [r9+128], 1
    mov byte [r9+128], -1
    mov byte [r9+128], 127
    mov byte [r9+128], -128
    mov byte [r9+128], 255
    add byte [r9+128], 0
    add byte [r9+128], 1
    add byte [r9+128], -1
    add byte [r9+128], 127
    add byte [r9+128], -128
    add byte [r9+128], 255
    sub byte [r9+128], 0
    sub byte [r9+128], 1
    sub byte [r9+128], -1
    sub byte [r9+128], 127
    sub byte [r9+128], -128
    sub byte [r9+128], 255
    cmp byte [r9+128], 0
    cmp byte [r9+128], 1
    cmp byte [r9+128], -1
    cmp byte [r9+128], 127
    cmp byte [r9+128], -128
    cmp byte [r9+128], 255
    mov rax, qword [r9-129]
    mov eax, dword [r9-129]
    mov al, byte [r9-129]
    movzx eax, byte [r9-129]
    lea rax, [r9-129]
    mov qword [r9-129], rax
    mov dword [r9-129], eax
    mov byte [r9-129], al
    add byte [r9-129], al
    sub byte [r9-129], al
    mov rcx, qword [r9-129]
    mov ecx, dword [r9-129]
    mov cl, byte [r9-129]
    movzx ecx, byte [r9-129]
    lea rcx, [r9-129]
    mov qword [r9-129], rcx
    mov dword [r9-129], ecx
    mov byte [r9-129], cl
    add byte [r9-129], cl
    sub byte [r9-129], cl
    mov rdx, qword [r9-129]
    mov edx, dword [r9-129]
    mov dl, byte [r9-129]
    movzx edx, byte [r9-129]
    lea rdx, [r9-129]
    mov qword [r9-129], rdx
    mov dword [r9-129], edx
    mov byte [r9-129], dl
    add byte [r9-129], dl
    sub byte [r9-129], dl
    mov rbx, qword [r9-129]
    mov ebx, dword [r9-129]
    mov bl, byte [r9-129]
    movzx ebx, byte [r9-129]
    lea rbx, [r9-129]
    mov qword [r9-129], rbx
    mov dword [r9-129], ebx
    mov byte [r9-129], bl
    add byte [r9-129], bl
    sub byte [r9-129], bl
    mov rsp, qword [r9-129]
    mov esp, dword [r9-129]
    mov spl, byte [r9-129]
    movzx esp, byte [r9-129]
    lea rsp, [r9-129]
    mov qword [r9-129], rsp
    mov dword [r9-129], esp
    mov byte [r9-129], spl
    add byte [r9-129], spl
    sub byte [r9-129], spl
    mov rbp, qword [r9-129]
    mov ebp, dword [r9-129]
    mov bpl, byte [r9-129]
    movzx ebp, byte [r9-129]
    lea rbp, [r9-129]
    mov qword [r9-129], rbp
    mov dword [r9-129], ebp
    mov byte [r9-129], bpl
    add byte [r9-129], bpl
    sub byte [r9-129], bpl
    mov rsi, qword [r9-129]
    mov esi, dword [r9-129]
    mov sil, byte [r9-129]
    movzx esi, byte [r9-129]
    lea rsi, [r9-129]
    mov qword [r9-129], rsi
    mov dword [r9-129], esi
    mov byte [r9-129], sil
    add byte [r9-129], sil
    sub byte [r9-129], sil
    mov rdi, qword [r9-129]
    mov edi, dword [r9-129]
    mov dil, byte [r9-129]
    movzx edi, byte [r9-129]
    lea rdi, [r9-129]
    mov qword [r9-129], rdi
    mov dword [r9-129], edi
    mov byte [r9-129], dil
    add byte [r9-129], dil
    sub byte [r9-129], dil
    mov r8, qword [r9-129]
    mov r8d, dword [r9-129]
    mov r8b, byte [r9-129]
    movzx r8d, byte [r9-129]
    lea r8, [r9-129]
    mov qword [r9-129], r8
    mov dword [r9-129], r8d
    mov byte [r9-129], r8b
    add byte [r9-129], r8b
    sub byte [r9-129], r8b
    mov r9, qword [r9-129]
    mov r9d, dword [r9-129]
    mov r9b, byte [r9-129]
    movzx r9d, byte [r9-129]
    lea r9, [r9-129]
    mov qword [r9-129], r9
    mov dword [r9-129], r9d
    mov byte [r9-129], r9b
    add byte [r9-129], r9b
    sub byte [r9-129], r9b
    mov r10, qword [r9-129]
    mov r10d, dword [r9-129]
    mov r10b, byte [r9-129]
    movzx r10d, byte [r9-129]
    lea r10, [r9-129]
    mov qword [r9-129], r10
    mov dword [r9-129], r10d
    mov byte [r9-129], r10b
    add byte [r9-129], r10b
    sub byte [r9-129], r10b
    mov r11, qword [r9-129]
    mov r11d, dword [r9-129]
    mov r11b, byte [r9-129]
    movzx r11d, byte [r9-129]
    lea r11, [r9-129]
    mov qword [r9-129], r11
    mov dword [r9-129], r11d
    mov byte [r9-129], r11b
    add byte [r9-129], r11b
    sub byte [r9-129], r11b
    mov r12, qword [r9-129]
    mov r12d, dword [r9-129]
    mov r12b, byte [r9-129]
    movzx r12d, byte [r9-129]
    lea r12, [r9-129]
    mov qword [r9-129], r12
    mov dword [r9-129], r12d
    mov byte [r9-129], r12b
    add byte [r9-129], r12b
    sub byte [r9-129], r12b
    mov r13, qword [r9-129]
    mov r13d, dword [r9-129]
    mov r13b, byte [r9-129]
    movzx r13d, byte [r9-129]
    lea r13, [r9-129]
    mov qword [r9-129], r13
    mov dword [r9-129], r13d
    mov byte [r9-129], r13b
    add byte [r9-129], r13b
    sub byte [r9-129], r13b
    mov r14, qword [r9-129]
    mov r14d, dword [r9-129]
    mov r14b, byte [r9-129]
    movzx r14d, byte [r9-129]
    lea r14, [r9-129]
    mov qword [r9-129], r14
    mov dword [r9-129], r14d
    mov byte [r9-129], r14b
    add byte [r9-129], r14b
    sub byte [r9-129], r14b
    mov r15, qword [r9-129]
    mov r15d, dword [r9-129]
    mov r15b, byte [r9-129]
    movzx r15d, byte [r9-129]
    lea r15, [r9-129]
    mov qword [r9-129], r15
    mov dword [r9-129], r15d
    mov byte [r9-129], r15b
    add byte [r9-129], r15b
    sub byte [r9-129], r15b
    mov byte [r9-129], 0
    mov byte [r9-129], 1
    mov byte [r9-129], -1
    mov byte [r9-129], 127
    mov byte [r9-129], -128
    mov byte [r9-129], 255
    add byte [r9-129], 0
    add byte [r9-129], 1
    add byte [r9-129], -1
    add byte [r9-129], 127
    add byte [r9-129], -128
    add byte [r9-129], 255
    sub byte [r9-129], 0
    sub byte [r9-129], 1
    sub byte [r9-129], -1
    sub byte [r9-129], 127
    sub byte [r9-129], -128
    sub byte [r9-129], 255
    cmp byte [r9-129], 0
    cmp byte [r9-129], 1
    cmp byte [r9-129], -1
    cmp byte [r9-129], 127
    cmp byte [r9-129], -128
    cmp byte [r9-129], 255
    mov rax, qword [r9+2147483647]
    mov eax, dword [r9+2147483647]
    mov al, byte [r9+2147483647]
    movzx eax, byte [r9+2147483647]
    lea rax, [r9+2147483647]
    mov qword [r9+2147483647], rax
    mov dword [r9+2147483647], eax
    mov byte [r9+2147483647], al
    add byte [r9+2147483647], al
    sub byte [r9+2147483647], al
    mov rcx, qword [r9+2147483647]
    mov ecx, dword [r9+2147483647]
    mov cl, byte [r9+2147483647]
    movzx ecx, byte [r9+2147483647]
    lea rcx, [r9+2147483647]
    mov qword [r9+2147483647], rcx
    mov dword [r9+2147483647], ecx
    mov byte [r9+2147483647], cl
    add byte [r9+2147483647], cl
    sub byte [r9+2147483647], cl
    mov rdx, qword [r9+2147483647]
    mov edx, dword [r9+2147483647]
    mov dl, byte [r9+2147483647]
    movzx edx, byte [r9+2147483647]
    lea rdx, [r9+2147483647]
    mov qword [r9+2147483647], rdx
    mov dword [r9+2147483647], edx
    mov byte [r9+2147483647], dl
    add byte [r9+2147483647], dl
    sub byte [r9+2147483647], dl
    mov rbx, qword [r9+2147483647]
    mov ebx, dword [r9+2147483647]
    mov bl, byte [r9+2147483647]
    movzx ebx, byte [r9+2147483647]
    lea rbx, [r9+2147483647]
    mov qword [r9+2147483647], rbx
    mov dword [r9+2147483647], ebx
    mov byte [r9+2147483647], bl
    add byte [r9+2147483647], bl
    sub byte [r9+2147483647], bl
    mov rsp, qword [r9+2147483647]
    mov esp, dword [r9+2147483647]
    mov spl, byte [r9+2147483647]
    movzx esp, byte [r9+2147483647]
    lea rsp, [r9+2147483647]
    mov qword [r9+2147483647], rsp
    mov dword [r9+2147483647], esp
    mov byte [r9+2147483647], spl
    add byte [r9+2147483647], spl
    sub byte [r9+2147483647], spl
    mov rbp, qword [r9+2147483647]
    mov ebp, dword [r9+2147483647]
    mov bpl, byte [r9+2147483647]
    movzx ebp, byte [r9+2147483647]
    lea rbp, [r9+2147483647]
    mov qword [r9+2147483647], rbp
    mov dword [r9+2147483647], ebp
    mov byte [r9+2147483647], bpl
    add byte [r9+2147483647], bpl
    sub byte [r9+2147483647], bpl
    mov rsi, qword [r9+2147483647]
    mov esi, dword [r9+2147483647]
    mov sil, byte [r9+2147483647]
    movzx esi, byte [r9+2147483647]
    lea rsi, [r9+2147483647]
    mov qword [r9+2147483647], rsi
    mov dword [r9+2147483647], esi
    mov byte [r9+2147483647], sil
    add byte [r9+2147483647], sil
    sub byte [r9+2147483647], sil
    mov rdi, qword [r9+2147483647]
    mov edi, dword [r9+2147483647]
    mov dil, byte [r9+2147483647]
    movzx edi, byte [r9+2147483647]
    lea rdi, [r9+2147483647]
    mov qword [r9+2147483647], rdi
    mov dword [r9+2147483647], edi
    mov byte [r9+2147483647], dil
    add byte [r9+2147483647], dil
    sub byte [r9+2147483647], dil
    mov r8, qword [r9+2147483647]
    mov r8d, dword [r9+2147483647]
    mov r8b, byte [r9+2147483647]
    movzx r8d, byte [r9+2147483647]
    lea r8, [r9+2147483647]
    mov qword [r9+2147483647], r8
    mov dword [r9+2147483647], r8d
    mov byte [r9+2147483647], r8b
    add byte [r9+2147483647], r8b
    sub byte [r9+2147483647], r8b
    mov r9, qword [r9+2147483647]
    mov r9d, dword [r9+2147483647]
    mov r9b, byte [r9+2147483647]
    movzx r9d, byte [r9+2147483647]
    lea r9, [r9+2147483647]
    mov qword [r9+2147483647], r9
    mov dword [r9+2147483647], r9d
    mov byte [r9+2147483647], r9b
    add byte [r9+2147483647], r9b
    sub byte [r9+2147483647], r9b
    mov r10, qword [r9+2147483647]
    mov r10d, dword [r9+2147483647]
    mov r10b, byte [r9+2147483647]
    movzx r10d, byte [r9+2147483647]
    lea r10, [r9+2147483647]
    mov qword [r9+2147483647], r10
    mov dword [r9+2147483647], r10d
    mov byte [r9+2147483647], r10b
    add byte [r9+2147483647], r10b
    sub byte [r9+2147483647], r10b
    mov r11, qword [r9+2147483647]
    mov r11d, dword [r9+2147483647]
    mov r11b, byte [r9+2147483647]
    movzx r11d, byte [r9+2147483647]
    lea r11, [r9+2147483647]
    mov qword [r9+2147483647], r11
    mov dword [r9+2147483647], r11d
    mov byte [r9+2147483647], r11b
    add byte [r9+2147483647], r11b
    sub byte [r9+2147483647], r11b
    mov r12, qword [r9+2147483647]
    mov r12d, dword [r9+2147483647]
    mov r12b, byte [r9+2147483647]
    movzx r12d, byte [r9+2147483647]
    lea r12, [r9+2147483647]
    mov qword [r9+2147483647], r12
    mov dword [r9+2147483647], r12d
    mov byte [r9+2147483647], r12b
    add byte [r9+2147483647], r12b
    sub byte [r9+2147483647], r12b
    mov r13, qword [r9+2147483647]
    mov r13d, dword [r9+2147483647]
    mov r13b, byte [r9+2147483647]
    movzx r13d, byte [r9+2147483647]
    lea r13, [r9+2147483647]
    mov qword [r9+2147483647], r13
    mov dword [r9+2147483647], r13d
    mov byte [r9+2147483647], r13b
    add byte [r9+2147483647], r13b
    sub byte [r9+2147483647], r13b
    mov r14, qword [r9+2147483647]
    mov r14d, dword [r9+2147483647]
    mov r14b, byte [r9+2147483647]
    movzx r14d, byte [r9+2147483647]
    lea r14, [r9+2147483647]
    mov qword [r9+2147483647], r14
    mov dword [r9+2147483647], r14d
    mov byte [r9+2147483647], r14b
    add byte [r9+2147483647], r14b
    sub byte [r9+2147483647], r14b
    mov r15, qword [r9+2147483647]
    mov r15d, dword [r9+2147483647]
    mov r15b, byte [r9+2147483647]
    movzx r15d, byte [r9+2147483647]
    lea r15, [r9+2147483647]
    mov qword [r9+2147483647], r15
    mov dword [r9+2147483647], r15d
    mov byte [r9+2147483647], r15b
    add byte [r9+2147483647], r15b
    sub byte [r9+2147483647], r15b
    mov byte [r9+2147483647], 0
    mov byte [r9+2147483647], 1
    mov byte [r9+2147483647], -1
    mov byte [r9+2147483647], 127
    mov byte [r9+2147483647], -128
    mov byte [r9+2147483647], 255
    add byte [r9+2147483647], 0
    add byte [r9+2147483647], 1
    add byte [r9+2147483647], -1
    add byte [r9+2147483647], 127
    add byte [r9+2147483647], -128
    add byte [r9+2147483647], 255
    sub byte [r9+2147483647], 0
    sub byte [r9+2147483647], 1
    sub byte [r9+2147483647], -1
    sub byte [r9+2147483647], 127
    sub byte [r9+2147483647], -128
    sub byte [r9+2147483647], 255
    cmp byte [r9+2147483647], 0
    cmp byte [r9+2147483647], 1
    cmp byte [r9+2147483647], -1
    cmp byte [r9+2147483647], 127
    cmp byte [r9+2147483647], -128
    cmp byte [r9+2147483647], 255
    mov rax, qword [r9-2147483648]
    mov eax, dword [r9-2147483648]
    mov al, byte [r9-2147483648]
    movzx eax, byte [r9-2147483648]
    lea rax, [r9-2147483648]
    mov qword [r9-2147483648], rax
    mov dword [r9-2147483648], eax
    mov byte [r9-2147483648], al
    add byte [r9-2147483648], al
    sub byte [r9-2147483648], al
    mov rcx, qword [r9-2147483648]
    mov ecx, dword [r9-2147483648]
    mov cl, byte [r9-2147483648]
    movzx ecx, byte [r9-2147483648]
    lea rcx, [r9-2147483648]
    mov qword [r9-2147483648], rcx
    mov dword [r9-2147483648], ecx
    mov byte [r9-2147483648], cl
    add byte [r9-2147483648], cl
    sub byte [r9-2147483648], cl
    mov rdx, qword [r9-2147483648]
    mov edx, dword [r9-2147483648]
    mov dl, byte [r9-2147483648]
    movzx edx, byte [r9-2147483648]
    lea rdx, [r9-2147483648]
    mov qword [r9-2147483648], rdx
    mov dword [r9-2147483648], edx
    mov byte [r9-2147483648], dl
    add byte [r9-2147483648], dl
    sub byte [r9-2147483648], dl
    mov rbx, qword [r9-2147483648]
    mov ebx, dword [r9-2147483648]
    mov bl, byte [r9-2147483648]
    movzx ebx, byte [r9-2147483648]
    lea rbx, [r9-2147483648]
    mov qword [r9-2147483648], rbx
    mov dword [r9-2147483648], ebx
    mov byte [r9-2147483648], bl
    add byte [r9-2147483648], bl
    sub byte [r9-2147483648], bl
    mov rsp, qword [r9-2147483648]
    mov esp, dword [r9-2147483648]
    mov spl, byte [r9-2147483648]
    movzx esp, byte [r9-2147483648]
    lea rsp, [r9-2147483648]
    mov qword [r9-2147483648], rsp
    mov dword [r9-2147483648], esp
    mov byte [r9-2147483648], spl
    add byte [r9-2147483648], spl
    sub byte [r9-2147483648], spl
    mov rbp, qword [r9-2147483648]
    mov ebp, dword [r9-2147483648]
    mov bpl, byte [r9-2147483648]
    movzx ebp, byte [r9-2147483648]
    lea rbp, [r9-2147483648]
    mov qword [r9-2147483648], rbp
    mov dword [r9-2147483648], ebp
    mov byte [r9-2147483648], bpl
    add byte [r9-2147483648], bpl
    sub byte [r9-2147483648], bpl
    mov rsi, qword [r9-2147483648]
    mov esi, dword [r9-2147483648]
    mov sil, byte [r9-2147483648]
    movzx esi, byte [r9-2147483648]
    lea rsi, [r9-2147483648]
    mov qword [r9-2147483648], rsi
    mov dword [r9-2147483648], esi
    mov byte [r9-2147483648], sil
    add byte [r9-2147483648], sil
    sub byte [r9-2147483648], sil
    mov rdi, qword [r9-2147483648]
    mov edi, dword [r9-2147483648]
    mov dil, byte [r9-2147483648]
    movzx edi, byte [r9-2147483648]
    lea rdi, [r9-2147483648]
    mov qword [r9-2147483648], rdi
    mov dword [r9-2147483648], edi
    mov byte [r9-2147483648], dil
    add byte [r9-2147483648], dil
    sub byte [r9-2147483648], dil
    mov r8, qword [r9-2147483648]
    mov r8d, dword [r9-2147483648]
    mov r8b, byte [r9-2147483648]
    movzx r8d, byte [r9-2147483648]
    lea r8, [r9-2147483648]
    mov qword [r9-2147483648], r8
    mov dword [r9-2147483648], r8d
    mov byte [r9-2147483648], r8b
    add byte [r9-2147483648], r8b
    sub byte [r9-2147483648], r8b
    mov r9, qword [r9-2147483648]
    mov r9d, dword [r9-2147483648]
    mov r9b, byte [r9-2147483648]
    movzx r9d, byte [r9-2147483648]
    lea r9, [r9-2147483648]
    mov qword [r9-2147483648], r9
    mov dword [r9-2147483648], r9d
    mov byte [r9-2147483648], r9b
    add byte [r9-2147483648], r9b
    sub byte [r9-2147483648], r9b
    mov r10, qword [r9-2147483648]
    mov r10d, dword [r9-2147483648]
    mov r10b, byte [r9-2147483648]
    movzx r10d, byte [r9-2147483648]
    lea r10, [r9-2147483648]
    mov qword [r9-2147483648], r10
    mov dword [r9-2147483648], r10d
    mov byte [r9-2147483648], r10b
    add byte [r9-2147483648], r10b
    sub byte [r9-2147483648], r10b
    mov r11, qword [r9-2147483648]
    mov r11d, dword [r9-2147483648]
    mov r11b, byte [r9-2147483648]
    movzx r11d, byte [r9-2147483648]
    lea r11, [r9-2147483648]
    mov qword [r9-2147483648], r11
    mov dword [r9-2147483648], r11d
    mov byte [r9-2147483648], r11b
    add byte [r9-2147483648], r11b
    sub byte [r9-2147483648], r11b
    mov r12, qword [r9-2147483648]
    mov r12d, dword [r9-2147483648]
    mov r12b, byte [r9-2147483648]
    movzx r12d, byte [r9-2147483648]
    lea r12, [r9-2147483648]
    mov qword [r9-2147483648], r12
    mov dword [r9-2147483648], r12d
    mov byte [r9-2147483648], r12b
    add byte [r9-2147483648], r12b
    sub byte [r9-2147483648], r12b
    mov r13, qword [r9-2147483648]
    mov r13d, dword [r9-2147483648]
    mov r13b, byte [r9-2147483648]
    movzx r13d, byte [r9-2147483648]
    lea r13, [r9-2147483648]
    mov qword [r9-2147483648], r13
    mov dword [r9-2147483648], r13d
    mov byte [r9-2147483648], r13b
    add byte [r9-2147483648], r13b
    sub byte [r9-2147483648], r13b
    mov r14, qword [r9-2147483648]
    mov r14d, dword [r9-2147483648]
    mov r14b, byte [r9-2147483648]
    movzx r14d, byte [r9-2147483648]
    lea r14, [r9-2147483648]
    mov qword [r9-2147483648], r14
    mov dword [r9-2147483648], r14d
    mov byte [r9-2147483648], r14b
    add byte [r9-2147483648], r14b
    sub byte [r9-2147483648], r14b
    mov r15, qword [r9-2147483648]
    mov r15d, dword [r9-2147483648]
    mov r15b, byte [r9-2147483648]
    movzx r15d, byte [r9-2147483648]
    lea r15, [r9-2147483648]
    mov qword [r9-2147483648], r15
    mov dword [r9-2147483648], r15d
    mov byte [r9-2147483648], r15b
    add byte [r9-2147483648], r15b
    sub byte [r9-2147483648], r15b
    mov byte [r9-2147483648], 0
    mov byte [r9-2147483648], 1
    mov byte [r9-2147483648], -1
    mov byte [r9-2147483648], 127
    mov byte [r9-2147483648], -128
    mov byte [r9-2147483648], 255
    add byte [r9-2147483648], 0
    add byte [r9-2147483648], 1
    add byte [r9-2147483648], -1
    add byte [r9-2147483648], 127
    add byte [r9-2147483648], -128
    add byte [r9-2147483648], 255
    sub byte [r9-2147483648], 0
    sub byte [r9-2147483648], 1
    sub byte [r9-2147483648], -1
    sub byte [r9-2147483648], 127
    sub byte [r9-2147483648], -128
    sub byte [r9-2147483648], 255
    cmp byte [r9-2147483648], 0
    cmp byte [r9-2147483648], 1
    cmp byte [r9-2147483648], -1
    cmp byte [r9-2147483648], 127
    cmp byte [r9-2147483648], -128
    cmp byte [r9-2147483648], 255
    mov rax, qword [r10+0]
    mov eax, dword [r10+0]
    mov al, byte [r10+0]
    movzx eax, byte [r10+0]
    lea rax, [r10+0]
    mov qword [r10+0], rax
    mov dword [r10+0], eax
    mov byte [r10+0], al
    add byte [r10+0], al
    sub byte [r10+0], al
    mov rcx, qword [r10+0]
    mov ecx, dword [r10+0]
    mov cl, byte [r10+0]
    movzx ecx, byte [r10+0]
    lea rcx, [r10+0]
    mov qword [r10+0], rcx
    mov dword [r10+0], ecx
    mov byte [r10+0], cl
    add byte [r10+0], cl
    sub byte [r10+0], cl
    mov rdx, qword [r10+0]
    mov edx, dword [r10+0]
    mov dl, byte [r10+0]
    movzx edx, byte [r10+0]
    lea rdx, [r10+0]
    mov qword [r10+0], rdx
    mov dword [r10+0], edx
    mov byte [r10+0], dl
    add byte [r10+0], dl
    sub byte [r10+0], dl
    mov rbx, qword [r10+0]
    mov ebx, dword [r10+0]
    mov bl, byte [r10+0]
    movzx ebx, byte [r10+0]
    lea rbx, [r10+0]
    mov qword [r10+0], rbx
    mov dword [r10+0], ebx
    mov byte [r10+0], bl
    add byte [r10+0], bl
    sub byte [r10+0], bl
    mov rsp, qword [r10+0]
    mov esp, dword [r10+0]
    mov spl, byte [r10+0]
    movzx esp, byte [r10+0]
    lea rsp, [r10+0]
    mov qword [r10+0], rsp
    mov dword [r10+0], esp
    mov byte [r10+0], spl
    add byte [r10+0], spl
    sub byte [r10+0], spl
    mov rbp, qword [r10+0]
    mov ebp, dword [r10+0]
    mov bpl, byte [r10+0]
    movzx ebp, byte [r10+0]
    lea rbp, [r10+0]
    mov qword [r10+0], rbp
    mov dword [r10+0], ebp
    mov byte [r10+0], bpl
    add byte [r10+0], bpl
    sub byte [r10+0], bpl
    mov rsi, qword [r10+0]
    mov esi, dword [r10+0]
    mov sil, byte [r10+0]
    movzx esi, byte [r10+0]
    lea rsi, [r10+0]
    mov qword [r10+0], rsi
    mov dword [r10+0], esi
    mov byte [r10+0], sil
    add byte [r10+0], sil
    sub byte [r10+0], sil
    mov rdi, qword [r10+0]
    mov edi, dword [r10+0]
    mov dil, byte [r10+0]
    movzx edi, byte [r10+0]
    lea rdi, [r10+0]
    mov qword [r10+0], rdi
    mov dword [r10+0], edi
    mov byte [r10+0], dil
    add byte [r10+0], dil
    sub byte [r10+0], dil
    mov r8, qword [r10+0]
    mov r8d, dword [r10+0]
    mov r8b, byte [r10+0]
    movzx r8d, byte [r10+0]
    lea r8, [r10+0]
    mov qword [r10+0], r8
    mov dword [r10+0], r8d
    mov byte [r10+0], r8b
    add byte [r10+0], r8b
    sub byte [r10+0], r8b
    mov r9, qword [r10+0]
    mov r9d, dword [r10+0]
    mov r9b, byte [r10+0]
    movzx r9d, byte [r10+0]
    lea r9, [r10+0]
    mov qword [r10+0], r9
    mov dword [r10+0], r9d
    mov byte [r10+0], r9b
    add byte [r10+0], r9b
    sub byte [r10+0], r9b
    mov r10, qword [r10+0]
    mov r10d, dword [r10+0]
    mov r10b, byte [r10+0]
    movzx r10d, byte [r10+0]
    lea r10, [r10+0]
    mov qword [r10+0], r10
    mov dword [r10+0], r10d
    mov byte [r10+0], r10b
    add byte [r10+0], r10b
    sub byte [r10+0], r10b
    mov r11, qword [r10+0]
    mov r11d, dword [r10+0]
    mov r11b, byte [r10+0]
    movzx r11d, byte [r10+0]
    lea r11, [r10+0]
    mov qword [r10+0], r11
    mov dword [r10+0], r11d
    mov byte [r10+0], r11b
    add byte [r10+0], r11b
    sub byte [r10+0], r11b
    mov r12, qword [r10+0]
    mov r12d, dword [r10+0]
    mov r12b, byte [r10+0]
    movzx r12d, byte [r10+0]
    lea r12, [r10+0]
    mov qword [r10+0], r12
    mov dword [r10+0], r12d
    mov byte [r10+0], r12b
    add byte [r10+0], r12b
    sub byte [r10+0], r12b
    mov r13, qword [r10+0]
    mov r13d, dword [r10+0]
    mov r13b, byte [r10+0]
    movzx r13d, byte [r10+0]
    lea r13, [r10+0]
    mov qword [r10+0], r13
    mov dword [r10+0], r13d
    mov byte [r10+0], r13b
    add byte [r10+0], r13b
    sub byte [r10+0], r13b
    mov r14, qword [r10+0]
    mov r14d, dword [r10+0]
    mov r14b, byte [r10+0]
    movzx r14d, byte [r10+0]
    lea r14, [r10+0]
    mov qword [r10+0], r14
    mov dword [r10+0], r14d
    mov byte [r10+0], r14b
    add byte [r10+0], r14b
    sub byte [r10+0], r14b
    mov r15, qword [r10+0]
    mov r15d, dword [r10+0]
    mov r15b, byte [r10+0]
    movzx r15d, byte [r10+0]
    lea r15, [r10+0]
    mov qword [r10+0], r15
    mov dword [r10+0], r15d
    mov byte [r10+0], r15b
    add byte [r10+0], r15b
    sub byte [r10+0], r15b
    mov byte [r10+0], 0
    mov byte [r10+0], 1
    mov byte [r10+0], -1
    mov byte [r10+0], 127
    mov byte [r10+0], -128
    mov byte [r10+0], 255
    add byte [r10+0], 0
    add byte [r10+0], 1
    add byte [r10+0], -1
    add byte [r10+0], 127
    add byte [r10+0], -128
    add byte [r10+0], 255
    sub byte [r10+0], 0
    sub byte [r10+0], 1
    sub byte [r10+0], -1
    sub byte [r10+0], 127
    sub byte [r10+0], -128
    sub byte [r10+0], 255
    cmp byte [r10+0], 0
    cmp byte [r10+0], 1
    cmp byte [r10+0], -1
    cmp byte [r10+0], 127
    cmp byte [r10+0], -128
    cmp byte [r10+0], 255
    mov rax, qword [r10+1]
    mov eax, dword [r10+1]
    mov al, byte [r10+1]
    movzx eax, byte [r10+1]
    lea rax, [r10+1]
    mov qword [r10+1], rax
    mov dword [r10+1], eax
    mov byte [r10+1], al
    add byte [r10+1], al
    sub byte [r10+1], al
    mov rcx, qword [r10+1]
    mov ecx, dword [r10+1]
    mov cl, byte [r10+1]
    movzx ecx, byte [r10+1]
    lea rcx, [r10+1]
    mov qword [r10+1], rcx
    mov dword [r10+1], ecx
    mov byte [r10+1], cl
    add byte [r10+1], cl
    sub byte [r10+1], cl
    mov rdx, qword [r10+1]
    mov edx, dword [r10+1]
    mov dl, byte [r10+1]
    movzx edx, byte [r10+1]
    lea rdx, [r10+1]
    mov qword [r10+1], rdx
    mov dword [r10+1], edx
    mov byte [r10+1], dl
    add byte [r10+1], dl
    sub byte [r10+1], dl
    mov rbx, qword [r10+1]
    mov ebx, dword [r10+1]
    mov bl, byte [r10+1]
    movzx ebx, byte [r10+1]
    lea rbx, [r10+1]
    mov qword [r10+1], rbx
    mov dword [r10+1], ebx
    mov byte [r10+1], bl
    add byte [r10+1], bl
    sub byte [r10+1], bl
    mov rsp, qword [r10+1]
    mov esp, dword [r10+1]
    mov spl, byte [r10+1]
    movzx esp, byte [r10+1]
    lea rsp, [r10+1]
    mov qword [r10+1], rsp
    mov dword [r10+1], esp
    mov byte [r10+1], spl
    add byte [r10+1], spl
    sub byte [r10+1], spl
    mov rbp, qword [r10+1]
    mov ebp, dword [r10+1]
    mov bpl, byte [r10+1]
    movzx ebp, byte [r10+1]
    lea rbp, [r10+1]
    mov qword [r10+1], rbp
    mov dword [r10+1], ebp
    mov byte [r10+1], bpl
    add byte [r10+1], bpl
    sub byte [r10+1], bpl
    mov rsi, qword [r10+1]
    mov esi, dword [r10+1]
    mov sil, byte [r10+1]
    movzx esi, byte [r10+1]
    lea rsi, [r10+1]
    mov qword [r10+1], rsi
    mov dword [r10+1], esi
    mov byte [r10+1], sil
    add byte [r10+1], sil
    sub byte [r10+1], sil
    mov rdi, qword [r10+1]
    mov edi, dword [r10+1]
    mov dil, byte [r10+1]
    movzx edi, byte [r10+1]
    lea rdi, [r10+1]
    mov qword [r10+1], rdi
    mov dword [r10+1], edi
    mov byte [r10+1], dil
    add byte [r10+1], dil
    sub byte [r10+1], dil
    mov r8, qword [r10+1]
    mov r8d, dword [r10+1]
    mov r8b, byte [r10+1]
    movzx r8d, byte [r10+1]
    lea r8, [r10+1]
    mov qword [r10+1], r8
    mov dword [r10+1], r8d
    mov byte [r10+1], r8b
    add byte [r10+1], r8b
    sub byte [r10+1], r8b
    mov r9, qword [r10+1]
    mov r9d, dword [r10+1]
    mov r9b, byte [r10+1]
    movzx r9d, byte [r10+1]
    lea r9, [r10+1]
    mov qword [r10+1], r9
    mov dword [r10+1], r9d
    mov byte [r10+1], r9b
    add byte [r10+1], r9b
    sub byte [r10+1], r9b
    mov r10, qword [r10+1]
    mov r10d, dword [r10+1]
    mov r10b, byte [r10+1]
    movzx r10d, byte [r10+1]
    lea r10, [r10+1]
    mov qword [r10+1], r10
    mov dword [r10+1], r10d
    mov byte [r10+1], r10b
    add byte [r10+1], r10b
    sub byte [r10+1], r10b
    mov r11, qword [r10+1]
    mov r11d, dword [r10+1]
    mov r11b, byte [r10+1]
    movzx r11d, byte [r10+1]
    lea r11, [r10+1]
    mov qword [r10+1], r11
    mov dword [r10+1], r11d
    mov byte [r10+1], r11b
    add byte [r10+1], r11b
    sub byte [r10+1], r11b
    mov r12, qword [r10+1]
    mov r12d, dword [r10+1]
    mov r12b, byte [r10+1]
    movzx r12d, byte [r10+1]
    lea r12, [r10+1]
    mov qword [r10+1], r12
    mov dword [r10+1], r12d
    mov byte [r10+1], r12b
    add byte [r10+1], r12b
    sub byte [r10+1], r12b
    mov r13, qword [r10+1]
    mov r13d, dword [r10+1]
    mov r13b, byte [r10+1]
    movzx r13d, byte [r10+1]
    lea r13, [r10+1]
    mov qword [r10+1], r13
    mov dword [r10+1], r13d
    mov byte [r10+1], r13b
    add byte [r10+1], r13b
    sub byte [r10+1], r13b
    mov r14, qword [r10+1]
    mov r14d, dword [r10+1]
    mov r14b, byte [r10+1]
    movzx r14d, byte [r10+1]
    lea r14, [r10+1]
    mov qword [r10+1], r14
    mov dword [r10+1], r14d
    mov byte [r10+1], r14b
    add byte [r10+1], r14b
    sub byte [r10+1], r14b
    mov r15, qword [r10+1]
    mov r15d, dword [r10+1]
    mov r15b, byte [r10+1]
    movzx r15d, byte [r10+1]
    lea r15, [r10+1]
    mov qword [r10+1], r15
    mov dword [r10+1], r15d
    mov byte [r10+1], r15b
    add byte [r10+1], r15b
    sub byte [r10+1], r15b
    mov byte [r10+1], 0
    mov byte [r10+1], 1
    mov byte [r10+1], -1
    mov byte [r10+1], 127
    mov byte [r10+1], -128
    mov byte [r10+1], 255
    add byte [r10+1], 0
    add byte [r10+1], 1
    add byte [r10+1], -1
    add byte [r10+1], 127
    add byte [r10+1], -128
    add byte [r10+1], 255
    sub byte [r10+1], 0
    sub byte [r10+1], 1
    sub byte [r10+1], -1
    sub byte [r10+1], 127
    sub byte [r10+1], -128
    sub byte [r10+1], 255
    cmp byte [r10+1], 0
    cmp byte [r10+1], 1
    cmp byte [r10+1], -1
    cmp byte [r10+1], 127
    cmp byte [r10+1], -128
    cmp byte [r10+1], 255
    mov rax, qword [r10-1]
    mov eax, dword [r10-1]
    mov al, byte [r10-1]
    movzx eax, byte [r10-1]
    lea rax, [r10-1]
    mov qword [r10-1], rax
    mov dword [r10-1], eax
    mov byte [r10-1], al
    add byte [r10-1], al
    sub byte [r10-1], al
    mov rcx, qword [r10-1]
    mov ecx, dword [r10-1]
    mov cl, byte [r10-1]
    movzx ecx, byte [r10-1]
    lea rcx, [r10-1]
    mov qword [r10-1], rcx
    mov dword [r10-1], ecx
    mov byte [r10-1], cl
    add byte [r10-1], cl
    sub byte [r10-1], cl
    mov rdx, qword [r10-1]
    mov edx, dword [r10-1]
    mov dl, byte [r10-1]
    movzx edx, byte [r10-1]
    lea rdx, [r10-1]
    mov qword [r10-1], rdx
    mov dword [r10-1], edx
    mov byte [r10-1], dl
    add byte [r10-1], dl
    sub byte [r10-1], dl
    mov rbx, qword [r10-1]
    mov ebx, dword [r10-1]
    mov bl, byte [r10-1]
    movzx ebx, byte [r10-1]
    lea rbx, [r10-1]
    mov qword [r10-1], rbx
    mov dword [r10-1], ebx
    mov byte [r10-1], bl
    add byte [r10-1], bl
    sub byte [r10-1], bl
    mov rsp, qword [r10-1]
    mov esp, dword [r10-1]
    mov spl, byte [r10-1]
    movzx esp, byte [r10-1]
    lea rsp, [r10-1]
    mov qword [r10-1], rsp
    mov dword [r10-1], esp
    mov byte [r10-1], spl
    add byte [r10-1], spl
    sub byte [r10-1], spl
    mov rbp, qword [r10-1]
    mov ebp, dword [r10-1]
    mov bpl, byte [r10-1]
    movzx ebp, byte [r10-1]
    lea rbp, [r10-1]
    mov qword [r10-1], rbp
    mov dword [r10-1], ebp
    mov byte [r10-1], bpl
    add byte [r10-1], bpl
    sub byte [r10-1], bpl
    mov rsi, qword [r10-1]
    mov esi, dword [r10-1]
    mov sil, byte [r10-1]
    movzx esi, byte [r10-1]
    lea rsi, [r10-1]
    mov qword [r10-1], rsi
    mov dword [r10-1], esi
    mov byte [r10-1], sil
    add byte [r10-1], sil
    sub byte [r10-1], sil
    mov rdi, qword [r10-1]
    mov edi, dword [r10-1]
    mov dil, byte [r10-1]
    movzx edi, byte [r10-1]
    lea rdi, [r10-1]
    mov qword [r10-1], rdi
    mov dword [r10-1], edi
    mov byte [r10-1], dil
    add byte [r10-1], dil
    sub byte [r10-1], dil
    mov r8, qword [r10-1]
    mov r8d, dword [r10-1]
    mov r8b, byte [r10-1]
    movzx r8d, byte [r10-1]
    lea r8, [r10-1]
    mov qword [r10-1], r8
    mov dword [r10-1], r8d
    mov byte [r10-1], r8b
    add byte [r10-1], r8b
    sub byte [r10-1], r8b
    mov r9, qword [r10-1]
    mov r9d, dword [r10-1]
    mov r9b, byte [r10-1]
    movzx r9d, byte [r10-1]
    lea r9, [r10-1]
    mov qword [r10-1], r9
    mov dword [r10-1], r9d
    mov byte [r10-1], r9b
    add byte [r10-1], r9b
    sub byte [r10-1], r9b
    mov r10, qword [r10-1]
    mov r10d, dword [r10-1]
    mov r10b, byte [r10-1]
    movzx r10d, byte [r10-1]
    lea r10, [r10-1]
    mov qword [r10-1], r10
    mov dword [r10-1], r10d
    mov byte [r10-1], r10b
    add byte [r10-1], r10b
    sub byte [r10-1], r10b
    mov r11, qword [r10-1]
    mov r11d, dword [r10-1]
    mov r11b, byte [r10-1]
    movzx r11d, byte [r10-1]
    lea r11, [r10-1]
    mov qword [r10-1], r11
    mov dword [r10-1], r11d
    mov byte [r10-1], r11b
    add byte [r10-1], r11b
    sub byte [r10-1], r11b
    mov r12, qword [r10-1]
    mov r12d, dword [r10-1]
    mov r12b, byte [r10-1]
    movzx r12d, byte [r10-1]
    lea r12, [r10-1]
    mov qword [r10-1], r12
    mov dword [r10-1], r12d
    mov byte [r10-1], r12b
    add byte [r10-1], r12b
    sub byte [r10-1], r12b
    mov r13, qword [r10-1]
    mov r13d, dword [r10-1]
    mov r13b, byte [r10-1]
    movzx r13d, byte [r10-1]
    lea r13, [r10-1]
    mov qword [r10-1], r13
    mov dword [r10-1], r13d
    mov byte [r10-1], r13b
    add byte [r10-1], r13b
    sub byte [r10-1], r13b
    mov r14, qword [r10-1]
    mov r14d, dword [r10-1]
    mov r14b, byte [r10-1]
    movzx r14d, byte [r10-1]
    lea r14, [r10-1]
    mov qword [r10-1], r14
    mov dword [r10-1], r14d
    mov byte [r10-1], r14b
    add byte [r10-1], r14b
    sub byte [r10-1], r14b
    mov r15, qword [r10-1]
    mov r15d, dword [r10-1]
    mov r15b, byte [r10-1]
    movzx r15d, byte [r10-1]
    lea r15, [r10-1]
    mov qword [r10-1], r15
    mov dword [r10-1], r15d
    mov byte [r10-1], r15b
    add byte [r10-1], r15b
    sub byte [r10-1], r15b
    mov byte [r10-1], 0
    mov byte [r10-1], 1
    mov byte [r10-1], -1
    mov byte [r10-1], 127
    mov byte [r10-1], -128
    mov byte [r10-1], 255
    add byte [r10-1], 0
    add byte [r10-1], 1
    add byte [r10-1], -1
    add byte [r10-1], 127
    add byte [r10-1], -128
    add byte [r10-1], 255
    sub byte [r10-1], 0
    sub byte [r10-1], 1
    sub byte [r10-1], -1
    sub byte [r10-1], 127
    sub byte [r10-1], -128
    sub byte [r10-1], 255
    cmp byte [r10-1], 0
    cmp byte [r10-1], 1
    cmp byte [r10-1], -1
    cmp byte [r10-1], 127
    cmp byte [r10-1], -128
    cmp byte [r10-1], 255
    mov rax, qword [r10+127]
    mov eax, dword [r10+127]
    mov al, byte [r10+127]
    movzx eax, byte [r10+127]
    lea rax, [r10+127]
    mov qword [r10+127], rax
    mov dword [r10+127], eax
    mov byte [r10+127], al
    add byte [r10+127], al
    sub byte [r10+127], al
    mov rcx, qword [r10+127]
    mov ecx, dword [r10+127]
    mov cl, byte [r10+127]
    movzx ecx, byte [r10+127]
    lea rcx, [r10+127]
    mov qword [r10+127], rcx
    mov dword [r10+127], ecx
    mov byte [r10+127], cl
    add byte [r10+127], cl
    sub byte [r10+127], cl
    mov rdx, qword [r10+127]
    mov edx, dword [r10+127]
    mov dl, byte [r10+127]
    movzx edx, byte [r10+127]
    lea rdx, [r10+127]
    mov qword [r10+127], rdx
    mov dword [r10+127], edx
    mov byte [r10+127], dl
    add byte [r10+127], dl
    sub byte [r10+127], dl
    mov rbx, qword [r10+127]
    mov ebx, dword [r10+127]
    mov bl, byte [r10+127]
    movzx ebx, byte [r10+127]
    lea rbx, [r10+127]
    mov qword [r10+127], rbx
    mov dword [r10+127], ebx
    mov byte [r10+127], bl
    add byte [r10+127], bl
    sub byte [r10+127], bl
    mov rsp, qword [r10+127]
    mov esp, dword [r10+127]
    mov spl, byte [r10+127]
    movzx esp, byte [r10+127]
    lea rsp, [r10+127]
    mov qword [r10+127], rsp
    mov dword [r10+127], esp
    mov byte [r10+127], spl
    add byte [r10+127], spl
    sub byte [r10+127], spl
    mov rbp, qword [r10+127]
    mov ebp, dword [r10+127]
    mov bpl, byte [r10+127]
    movzx ebp, byte [r10+127]
    lea rbp, [r10+127]
    mov qword [r10+127], rbp
    mov dword [r10+127], ebp
    mov byte [r10+127], bpl
    add byte [r10+127], bpl
    sub byte [r10+127], bpl
    mov rsi, qword [r10+127]
    mov esi, dword [r10+127]
    mov sil, byte [r10+127]
    movzx esi, byte [r10+127]
    lea rsi, [r10+127]
    mov qword [r10+127], rsi
    mov dword [r10+127], esi
    mov byte [r10+127], sil
    add byte [r10+127], sil
    sub byte [r10+127], sil
    mov rdi, qword [r10+127]
    mov edi, dword [r10+127]
    mov dil, byte [r10+127]
    movzx edi, byte [r10+127]
    lea rdi, [r10+127]
    mov qword [r10+127], rdi
    mov dword [r10+127], edi
    mov byte [r10+127], dil
    add byte [r10+127], dil
    sub byte [r10+127], dil
    mov r8, qword [r10+127]
    mov r8d, dword [r10+127]
    mov r8b, byte [r10+127]
    movzx r8d, byte [r10+127]
    lea r8, [r10+127]
    mov qword [r10+127], r8
    mov dword [r10+127], r8d
    mov byte [r10+127], r8b
    add byte [r10+127], r8b
    sub byte [r10+127], r8b
    mov r9, qword [r10+127]
    mov r9d, dword [r10+127]
    mov r9b, byte [r10+127]
    movzx r9d, byte [r10+127]
    lea r9, [r10+127]
    mov qword [r10+127], r9
    mov dword [r10+127], r9d
    mov byte [r10+127], r9b
    add byte [r10+127], r9b
    sub byte [r10+127], r9b
    mov r10, qword [r10+127]
    mov r10d, dword [r10+127]
    mov r10b, byte [r10+127]
    movzx r10d, byte [r10+127]
    lea r10, [r10+127]
    mov qword [r10+127], r10
    mov dword [r10+127], r10d
    mov byte [r10+127], r10b
    add byte [r10+127], r10b
    sub byte [r10+127], r10b
    mov r11, qword [r10+127]
    mov r11d, dword [r10+127]
    mov r11b, byte [r10+127]
    movzx r11d, byte [r10+127]
    lea r11, [r10+127]
    mov qword [r10+127], r11
    mov dword [r10+127], r11d
    mov byte [r10+127], r11b
    add byte [r10+127], r11b
    sub byte [r10+127], r11b
    mov r12, qword [r10+127]
    mov r12d, dword [r10+127]
    mov r12b, byte [r10+127]
    movzx r12d, byte [r10+127]
    lea r12, [r10+127]
    mov qword [r10+127], r12
    mov dword [r10+127], r12d
    mov byte [r10+127], r12b
    add byte [r10+127], r12b
    sub byte [r10+127], r12b
    mov r13, qword [r10+127]
    mov r13d, dword [r10+127]
    mov r13b, byte [r10+127]
    movzx r13d, byte [r10+127]
    lea r13, [r10+127]
    mov qword [r10+127], r13
    mov dword [r10+127], r13d
    mov byte [r10+127], r13b
    add byte [r10+127], r13b
    sub byte [r10+127], r13b
    mov r14, qword [r10+127]
    mov r14d, dword [r10+127]
    mov r14b, byte [r10+127]
    movzx r14d, byte [r10+127]
    lea r14, [r10+127]
    mov qword [r10+127], r14
    mov dword [r10+127], r14d
    mov byte [r10+127], r14b
    add byte [r10+127], r14b
    sub byte [r10+127], r14b
    mov r15, qword [r10+127]
    mov r15d, dword [r10+127]
    mov r15b, byte [r10+127]
    movzx r15d, byte [r10+127]
    lea r15, [r10+127]
    mov qword [r10+127], r15
    mov dword [r10+127], r15d
    mov byte [r10+127], r15b
    add byte [r10+127], r15b
    sub byte [r10+127], r15b
    mov byte [r10+127], 0
    mov byte [r10+127], 1
    mov byte [r10+127], -1
    mov byte [r10+127], 127
    mov byte [r10+127], -128
    mov byte [r10+127], 255
    add byte [r10+127], 0
    add byte [r10+127], 1
    add byte [r10+127], -1
    add byte [r10+127], 127
    add byte [r10+127], -128
    add byte [r10+127], 255
    sub byte [r10+127], 0
    sub byte [r10+127], 1
    sub byte [r10+127], -1
    sub byte [r10+127], 127
    sub byte [r10+127], -128
    sub byte [r10+127], 255
    cmp byte [r10+127], 0
    cmp byte [r10+127], 1
    cmp byte [r10+127], -1
    cmp byte [r10+127], 127
    cmp byte [r10+127], -128
    cmp byte [r10+127], 255
    mov rax, qword [r10-128]
    mov eax, dword [r10-128]
    mov al, byte [r10-128]
    movzx eax, byte [r10-128]
    lea rax, [r10-128]
    mov qword [r10-128], rax
    mov dword [r10-128], eax
    mov byte [r10-128], al
    add byte [r10-128], al
    sub byte [r10-128], al
    mov rcx, qword [r10-128]
    mov ecx, dword [r10-128]
    mov cl, byte [r10-128]
    movzx ecx, byte [r10-128]
    lea rcx, [r10-128]
    mov qword [r10-128], rcx
    mov dword [r10-128], ecx
    mov byte [r10-128], cl
    add byte [r10-128], cl
    sub byte [r10-128], cl
    mov rdx, qword [r10-128]
    mov edx, dword [r10-128]
    mov dl, byte [r10-128]
    movzx edx, byte [r10-128]
    lea rdx, [r10-128]
    mov qword [r10-128], rdx
    mov dword [r10-128], edx
    mov byte [r10-128], dl
    add byte [r10-128], dl
    sub byte [r10-128], dl
    mov rbx, qword [r10-128]
    mov ebx, dword [r10-128]
    mov bl, byte [r10-128]
    movzx ebx, byte [r10-128]
    lea rbx, [r10-128]
    mov qword [r10-128], rbx
    mov dword [r10-128], ebx
    mov byte [r10-128], bl
    add byte [r10-128], bl
    sub byte [r10-128], bl
    mov rsp, qword [r10-128]
    mov esp, dword [r10-128]
    mov spl, byte [r10-128]
    movzx esp, byte [r10-128]
    lea rsp, [r10-128]
    mov qword [r10-128], rsp
    mov dword [r10-128], esp
    mov byte [r10-128], spl
    add byte [r10-128], spl
    sub byte [r10-128], spl
    mov rbp, qword [r10-128]
    mov ebp, dword [r10-128]
    mov bpl, byte [r10-128]
    movzx ebp, byte [r10-128]
    lea rbp, [r10-128]
    mov qword [r10-128], rbp
    mov dword [r10-128], ebp
    mov byte [r10-128], bpl
    add byte [r10-128], bpl
    sub byte [r10-128], bpl
    mov rsi, qword [r10-128]
    mov esi, dword [r10-128]
    mov sil, byte [r10-128]
    movzx esi, byte [r10-128]
    lea rsi, [r10-128]
    mov qword [r10-128], rsi
    mov dword [r10-128], esi
    mov byte [r10-128], sil
    add byte [r10-128], sil
    sub byte [r10-128], sil
    mov rdi, qword [r10-128]
    mov edi, dword [r10-128]
    mov dil, byte [r10-128]
    movzx edi, byte [r10-128]
    lea rdi, [r10-128]
    mov qword [r10-128], rdi
    mov dword [r10-128], edi
    mov byte [r10-128], dil
    add byte [r10-128], dil
    sub byte [r10-128], dil
    mov r8, qword [r10-128]
    mov r8d, dword [r10-128]
    mov r8b, byte [r10-128]
    movzx r8d, byte [r10-128]
    lea r8, [r10-128]
    mov qword [r10-128], r8
    mov dword [r10-128], r8d
    mov byte [r10-128], r8b
    add byte [r10-128], r8b
    sub byte [r10-128], r8b
    mov r9, qword [r10-128]
    mov r9d, dword [r10-128]
    mov r9b, byte [r10-128]
    movzx r9d, byte [r10-128]
    lea r9, [r10-128]
    mov qword [r10-128], r9
    mov dword [r10-128], r9d
    mov byte [r10-128], r9b
    add byte [r10-128], r9b
    sub byte [r10-128], r9b
    mov r10, qword [r10-128]
    mov r10d, dword [r10-128]
    mov r10b, byte [r10-128]
    movzx r10d, byte [r10-128]
    lea r10, [r10-128]
    mov qword [r10-128], r10
    mov dword [r10-128], r10d
    mov byte [r10-128], r10b
    add byte [r10-128], r10b
    sub byte [r10-128], r10b
    mov r11, qword [r10-128]
    mov r11d, dword [r10-128]
    mov r11b, byte [r10-128]
    movzx r11d, byte [r10-128]
    lea r11, [r10-128]
    mov qword [r10-128], r11
    mov dword [r10-128], r11d
    mov byte [r10-128], r11b
    add byte [r10-128], r11b
    sub byte [r10-128], r11b
    mov r12, qword [r10-128]
    mov r12d, dword [r10-128]
    mov r12b, byte [r10-128]
    movzx r12d, byte [r10-128]
    lea r12, [r10-128]
    mov qword [r10-128], r12
    mov dword [r10-128], r12d
    mov byte [r10-128], r12b
    add byte [r10-128], r12b
    sub byte [r10-128], r12b
    mov r13, qword [r10-128]
    mov r13d, dword [r10-128]
    mov r13b, byte [r10-128]
    movzx r13d, byte [r10-128]
    lea r13, [r10-128]
    mov qword [r10-128], r13
    mov dword [r10-128], r13d
    mov byte [r10-128], r13b
    add byte [r10-128], r13b
    sub byte [r10-128], r13b
    mov r14, qword [r10-128]
    mov r14d, dword [r10-128]
    mov r14b, byte [r10-128]
    movzx r14d, byte [r10-128]
    lea r14, [r10-128]
    mov qword [r10-128], r14
    mov dword [r10-128], r14d
    mov byte [r10-128], r14b
    add byte [r10-128], r14b
    sub byte [r10-128], r14b
    mov r15, qword [r10-128]
    mov r15d, dword [r10-128]
    mov r15b, byte [r10-128]
    movzx r15d, byte [r10-128]
    lea r15, [r10-128]
    mov qword [r10-128], r15
    mov dword [r10-128], r15d
    mov byte [r10-128], r15b
    add byte [r10-128], r15b
    sub byte [r10-128], r15b
    mov byte [r10-128], 0
    mov byte [r10-128], 1
    mov byte [r10-128], -1
    mov byte [r10-128], 127
    mov byte [r10-128], -128
    mov byte [r10-128], 255
    add byte [r10-128], 0
    add byte [r10-128], 1
    add byte [r10-128], -1
    add byte [r10-128], 127
    add byte [r10-128], -128
    add byte [r10-128], 255
    sub byte [r10-128], 0
    sub byte [r10-128], 1
    sub byte [r10-128], -1
    sub byte [r10-128], 127
    sub byte [r10-128], -128
    sub byte [r10-128], 255
    cmp byte [r10-128], 0
    cmp byte [r10-128], 1
    cmp byte [r10-128], -1
    cmp byte [r10-128], 127
    cmp byte [r10-128], -128
    cmp byte [r10-128], 255
    mov rax, qword [r10+128]
    mov eax, dword [r10+128]
    mov al, byte [r10+128]
    movzx eax, byte [r10+128]
    lea rax, [r10+128]
    mov qword [r10+128], rax
    mov dword [r10+128], eax
    mov byte [r10+128], al
    add byte [r10+128], al
    sub byte [r10+128], al
    mov rcx, qword [r10+128]
    mov ecx, dword [r10+128]
    mov cl, byte [r10+128]
    movzx ecx, byte [r10+128]
    lea rcx, [r10+128]
    mov qword [r10+128], rcx
    mov dword [r10+128], ecx
    mov byte [r10+128], cl
    add byte [r10+128], cl
    sub byte [r10+128], cl
    mov rdx, qword [r10+128]
    mov edx, dword [r10+128]
    mov dl, byte [r10+128]
    movzx edx, byte [r10+128]
    lea rdx, [r10+128]
    mov qword [r10+128], rdx
    mov dword [r10+128], edx
    mov byte [r10+128], dl
    add byte [r10+128], dl
    sub byte [r10+128], dl
    mov rbx, qword [r10+128]
    mov ebx, dword [r10+128]
    mov bl, byte [r10+128]
    movzx ebx, byte [r10+128]
    lea rbx, [r10+128]
    mov qword [r10+128], rbx
    mov dword [r10+128], ebx
    mov byte [r10+128], bl
    add byte [r10+128], bl
    sub byte [r10+128], bl
    mov rsp, qword [r10+128]
    mov esp, dword [r10+128]
    mov spl, byte [r10+128]
    movzx esp, byte [r10+128]
    lea rsp, [r10+128]
    mov qword [r10+128], rsp
    mov dword [r10+128], esp
    mov byte [r10+128], spl
    add byte [r10+128], spl
    sub byte [r10+128], spl
    mov rbp, qword [r10+128]
    mov ebp, dword [r10+128]
    mov bpl, byte [r10+128]
    movzx ebp, byte [r10+128]
    lea rbp, [r10+128]
    mov qword [r10+128], rbp
    mov dword [r10+128], ebp
    mov byte [r10+128], bpl
    add byte [r10+128], bpl
    sub byte [r10+128], bpl
    mov rsi, qword [r10+128]
    mov esi, dword [r10+128]
    mov sil, byte [r10+128]
    movzx esi, byte [r10+128]
    lea rsi, [r10+128]
    mov qword [r10+128], rsi
    mov dword [r10+128], esi
    mov byte [r10+128], sil
    add byte [r10+128], sil
    sub byte [r10+128], sil
    mov rdi, qword [r10+128]
    mov edi, dword [r10+128]
    mov dil, byte [r10+128]
    movzx edi, byte [r10+128]
    lea rdi, [r10+128]
    mov qword [r10+128], rdi
    mov dword [r10+128], edi
    mov byte [r10+128], dil
    add byte [r10+128], dil
    sub byte [r10+128], dil
    mov r8, qword [r10+128]
    mov r8d, dword [r10+128]
    mov r8b, byte [r10+128]
    movzx r8d, byte [r10+128]
    lea r8, [r10+128]
    mov qword [r10+128], r8
    mov dword [r10+128], r8d
    mov byte [r10+128], r8b
    add byte [r10+128], r8b
    sub byte [r10+128], r8b
    mov r9, qword [r10+128]
    mov r9d, dword [r10+128]
    mov r9b, byte [r10+128]
    movzx r9d, byte [r10+128]
    lea r9, [r10+128]
    mov qword [r10+128], r9
    mov dword [r10+128], r9d
    mov byte [r10+128], r9b
    add byte [r10+128], r9b
    sub byte [r10+128], r9b
    mov r10, qword [r10+128]
    mov r10d, dword [r10+128]
    mov r10b, byte [r10+128]
    movzx r10d, byte [r10+128]
    lea r10, [r10+128]
    mov qword [r10+128], r10
    mov dword [r10+128], r10d
    mov byte [r10+128], r10b
    add byte [r10+128], r10b
    sub byte [r10+128], r10b
    mov r11, qword [r10+128]
    mov r11d, dword [r10+128]
    mov r11b, byte [r10+128]
    movzx r11d, byte [r10+128]
    lea r11, [r10+128]
    mov qword [r10+128], r11
    mov dword [r10+128], r11d
    mov byte [r10+128], r11b
    add byte [r10+128], r11b
    sub byte [r10+128], r11b
    mov r12, qword [r10+128]
    mov r12d, dword [r10+128]
    mov r12b, byte [r10+128]
    movzx r12d, byte [r10+128]
    lea r12, [r10+128]
    mov qword [r10+128], r12
    mov dword [r10+128], r12d
    mov byte [r10+128], r12b
    add byte [r10+128], r12b
    sub byte [r10+128], r12b
    mov r13, qword [r10+128]
    mov r13d, dword [r10+128]
    mov r13b, byte [r10+128]
    movzx r13d, byte [r10+128]
    lea r13, [r10+128]
    mov qword [r10+128], r13
    mov dword [r10+128], r13d
    mov byte [r10+128], r13b
    add byte [r10+128], r13b
    sub byte [r10+128], r13b
    mov r14, qword [r10+128]
    mov r14d, dword [r10+128]
    mov r14b, byte [r10+128]
    movzx r14d, byte [r10+128]
    lea r14, [r10+128]
    mov qword [r10+128], r14
    mov dword [r10+128], r14d
    mov byte [r10+128], r14b
    add byte [r10+128], r14b
    sub byte [r10+128], r14b
    mov r15, qword [r10+128]
    mov r15d, dword [r10+128]
    mov r15b, byte [r10+128]
    movzx r15d, byte [r10+128]
    lea r15, [r10+128]
    mov qword [r10+128], r15
    mov dword [r10+128], r15d
    mov byte [r10+128], r15b
    add byte [r10+128], r15b
    sub byte [r10+128], r15b
    mov byte [r10+128], 0
    mov byte [r10+128], 1
    mov byte [r10+128], -1
    mov byte [r10+128], 127
    mov byte [r10+128], -128
    mov byte [r10+128], 255
    add byte [r10+128], 0
    add byte [r10+128], 1
    add byte [r10+128], -1
    add byte [r10+128], 127
    add byte [r10+128], -128
    add byte [r10+128], 255
    sub byte [r10+128], 0
    sub byte [r10+128], 1
    sub byte [r10+128], -1
    sub byte [r10+128], 127
    sub byte [r10+128], -128
    sub byte [r10+128], 255
    cmp byte [r10+128], 0
    cmp byte [r10+128], 1
    cmp byte [r10+128], -1
    cmp byte [r10+128], 127
    cmp byte [r10+128], -128
    cmp byte [r10+128], 255
    mov rax, qword [r10-129]
    mov eax, dword [r10-129]
    mov al, byte [r10-129]
    movzx eax, byte [r10-129]
    lea rax, [r10-129]
    mov qword [r10-129], rax
    mov dword [r10-129], eax
    mov byte [r10-129], al
    add byte [r10-129], al
    sub byte [r10-129], al
    mov rcx, qword [r10-129]
    mov ecx, dword [r10-129]
    mov cl, byte [r10-129]
    movzx ecx, byte [r10-129]
    lea rcx, [r10-129]
    mov qword [r10-129], rcx
    mov dword [r10-129], ecx
    mov byte [r10-129], cl
    add byte [r10-129], cl
    sub byte [r10-129], cl
    mov rdx, qword [r10-129]
    mov edx, dword [r10-129]
    mov dl, byte [r10-129]
    movzx edx, byte [r10-129]
    lea rdx, [r10-129]
    mov qword [r10-129], rdx
    mov dword [r10-129], edx
    mov byte [r10-129], dl
    add byte [r10-129], dl
    sub byte [r10-129], dl
    mov rbx, qword [r10-129]
    mov ebx, dword [r10-129]
    mov bl, byte [r10-129]
    movzx ebx, byte [r10-129]
    lea rbx, [r10-129]
    mov qword [r10-129], rbx
    mov dword [r10-129], ebx
    mov byte [r10-129], bl
    add byte [r10-129], bl
    sub byte [r10-129], bl
    mov rsp, qword [r10-129]
    mov esp, dword [r10-129]
    mov spl, byte [r10-129]
    movzx esp, byte [r10-129]
    lea rsp, [r10-129]
    mov qword [r10-129], rsp
    mov dword [r10-129], esp
    mov byte [r10-129], spl
    add byte [r10-129], spl
    sub byte [r10-129], spl
    mov rbp, qword [r10-129]
    mov ebp, dword [r10-129]
    mov bpl, byte [r10-129]
    movzx ebp, byte [r10-129]
    lea rbp, [r10-129]
    mov qword [r10-129], rbp
    mov dword [r10-129], ebp
    mov byte [r10-129], bpl
    add byte [r10-129], bpl
    sub byte [r10-129], bpl
    mov rsi, qword [r10-129]
    mov esi, dword [r10-129]
    mov sil, byte [r10-129]
    movzx esi, byte [r10-129]
    lea rsi, [r10-129]
    mov qword [r10-129], rsi
    mov dword [r10-129], esi
    mov byte [r10-129], sil
    add byte [r10-129], sil
    sub byte [r10-129], sil
    mov rdi, qword [r10-129]
    mov edi, dword [r10-129]
    mov dil, byte [r10-129]
    movzx edi, byte [r10-129]
    lea rdi, [r10-129]
    mov qword [r10-129], rdi
    mov dword [r10-129], edi
    mov byte [r10-129], dil
    add byte [r10-129], dil
    sub byte [r10-129], dil
    mov r8, qword [r10-129]
    mov r8d, dword [r10-129]
    mov r8b, byte [r10-129]
    movzx r8d, byte [r10-129]
    lea r8, [r10-129]
    mov qword [r10-129], r8
    mov dword [r10-129], r8d
    mov byte [r10-129], r8b
    add byte [r10-129], r8b
    sub byte [r10-129], r8b
    mov r9, qword [r10-129]
    mov r9d, dword [r10-129]
    mov r9b, byte [r10-129]
    movzx r9d, byte [r10-129]
    lea r9, [r10-129]
    mov qword [r10-129], r9
    mov dword [r10-129], r9d
    mov byte [r10-129], r9b
    add byte [r10-129], r9b
    sub byte [r10-129], r9b
    mov r10, qword [r10-129]
    mov r10d, dword [r10-129]
    mov r10b, byte [r10-129]
    movzx r10d, byte [r10-129]
    lea r10, [r10-129]
    mov qword [r10-129], r10
    mov dword [r10-129], r10d
    mov byte [r10-129], r10b
    add byte [r10-129], r10b
    sub byte [r10-129], r10b
    mov r11, qword [r10-129]
    mov r11d, dword [r10-129]
    mov r11b, byte [r10-129]
    movzx r11d, byte [r10-129]
    lea r11, [r10-129]
    mov qword [r10-129], r11
    mov dword [r10-129], r11d
    mov byte [r10-129], r11b
    add byte [r10-129], r11b
    sub byte [r10-129], r11b
    mov r12, qword [r10-129]
    mov r12d, dword [r10-129]
    mov r12b, byte [r10-129]
    movzx r12d, byte [r10-129]
    lea r12, [r10-129]
    mov qword [r10-129], r12
    mov dword [r10-129], r12d
    mov byte [r10-129], r12b
    add byte [r10-129], r12b
    sub byte [r10-129], r12b
    mov r13, qword [r10-129]
    mov r13d, dword [r10-129]
    mov r13b, byte [r10-129]
    movzx r13d, byte [r10-129]
    lea r13, [r10-129]
    mov qword [r10-129], r13
    mov dword [r10-129], r13d
    mov byte [r10-129], r13b
    add byte [r10-129], r13b
    sub byte [r10-129], r13b
    mov r14, qword [r10-129]
    mov r14d, dword [r10-129]
    mov r14b, byte [r10-129]
    movzx r14d, byte [r10-129]
    lea r14, [r10-129]
    mov qword [r10-129], r14
    mov dword [r10-129], r14d
    mov byte [r10-129], r14b
    add byte [r10-129], r14b
    sub byte [r10-129], r14b
    mov r15, qword [r10-129]
    mov r15d, dword [r10-129]
    mov r15b, byte [r10-129]
    movzx r15d, byte [r10-129]
    lea r15, [r10-129]
    mov qword [r10-129], r15
    mov dword [r10-129], r15d
    mov byte [r10-129], r15b
    add byte [r10-129], r15b
    sub byte [r10-129], r15b
    mov byte [r10-129], 0
    mov byte [r10-129], 1
    mov byte [r10-129], -1
    mov byte [r10-129], 127
    mov byte [r10-129], -128
    mov byte [r10-129], 255
    add byte [r10-129], 0
    add byte [r10-129], 1
    add byte [r10-129], -1
    add byte [r10-129], 127
    add byte [r10-129], -128
    add byte [r10-129], 255
    sub byte [r10-129], 0
    sub byte [r10-129], 1
    sub byte [r10-129], -1
    sub byte [r10-129], 127
    sub byte [r10-129], -128
    sub byte [r10-129], 255
    cmp byte [r10-129], 0
    cmp byte [r10-129], 1
    cmp byte [r10-129], -1
    cmp byte [r10-129], 127
    cmp byte [r10-129], -128
    cmp byte [r10-129], 255
    mov rax, qword [r10+2147483647]
    mov eax, dword [r10+2147483647]
    mov al, byte [r10+2147483647]
    movzx eax, byte [r10+2147483647]
    lea rax, [r10+2147483647]
    mov qword [r10+2147483647], rax
    mov dword [r10+2147483647], eax
    mov byte [r10+2147483647], al
    add byte [r10+2147483647], al
    sub byte [r10+2147483647], al
    mov rcx, qword [r10+2147483647]
    mov ecx, dword [r10+2147483647]
    mov cl, byte [r10+2147483647]
    movzx ecx, byte [r10+2147483647]
    lea rcx, [r10+2147483647]
    mov qword [r10+2147483647], rcx
    mov dword [r10+2147483647], ecx
    mov byte [r10+2147483647], cl
    add byte [r10+2147483647], cl
    sub byte [r10+2147483647], cl
    mov rdx, qword [r10+2147483647]
    mov edx, dword [r10+2147483647]
    mov dl, byte [r10+2147483647]
    movzx edx, byte [r10+2147483647]
    lea rdx, [r10+2147483647]
    mov qword [r10+2147483647], rdx
    mov dword [r10+2147483647], edx
    mov byte [r10+2147483647], dl
    add byte [r10+2147483647], dl
    sub byte [r10+2147483647], dl
    mov rbx, qword [r10+2147483647]
    mov ebx, dword [r10+2147483647]
    mov bl, byte [r10+2147483647]
    movzx ebx, byte [r10+2147483647]
    lea rbx, [r10+2147483647]
    mov qword [r10+2147483647], rbx
    mov dword [r10+2147483647], ebx
    mov byte [r10+2147483647], bl
    add byte [r10+2147483647], bl
    sub byte [r10+2147483647], bl
    mov rsp, qword [r10+2147483647]
    mov esp, dword [r10+2147483647]
    mov spl, byte [r10+2147483647]
    movzx esp, byte [r10+2147483647]
    lea rsp, [r10+2147483647]
    mov qword [r10+2147483647], rsp
    mov dword [r10+2147483647], esp
    mov byte [r10+2147483647], spl
    add byte [r10+2147483647], spl
    sub byte [r10+2147483647], spl
    mov rbp, qword [r10+2147483647]
    mov ebp, dword [r10+2147483647]
    mov bpl, byte [r10+2147483647]
    movzx ebp, byte [r10+2147483647]
    lea rbp, [r10+2147483647]
    mov qword [r10+2147483647], rbp
    mov dword [r10+2147483647], ebp
    mov byte [r10+2147483647], bpl
    add byte [r10+2147483647], bpl
    sub byte [r10+2147483647], bpl
    mov rsi, qword [r10+2147483647]
    mov esi, dword [r10+2147483647]
    mov sil, byte [r10+2147483647]
    movzx esi, byte [r10+2147483647]
    lea rsi, [r10+2147483647]
    mov qword [r10+2147483647], rsi
    mov dword [r10+2147483647], esi
    mov byte [r10+2147483647], sil
    add byte [r10+2147483647], sil
    sub byte [r10+2147483647], sil
    mov rdi, qword [r10+2147483647]
    mov edi, dword [r10+2147483647]
    mov dil, byte [r10+2147483647]
    movzx edi, byte [r10+2147483647]
    lea rdi, [r10+2147483647]
    mov qword [r10+2147483647], rdi
    mov dword [r10+2147483647], edi
    mov byte [r10+2147483647], dil
    add byte [r10+2147483647], dil
    sub byte [r10+2147483647], dil
    mov r8, qword [r10+2147483647]
    mov r8d, dword [r10+2147483647]
    mov r8b, byte [r10+2147483647]
    movzx r8d, byte [r10+2147483647]
    lea r8, [r10+2147483647]
    mov qword [r10+2147483647], r8
    mov dword [r10+2147483647], r8d
    mov byte [r10+2147483647], r8b
    add byte [r10+2147483647], r8b
    sub byte [r10+2147483647], r8b
    mov r9, qword [r10+2147483647]
    mov r9d, dword [r10+2147483647]
    mov r9b, byte [r10+2147483647]
    movzx r9d, byte [r10+2147483647]
    lea r9, [r10+2147483647]
    mov qword [r10+2147483647], r9
    mov dword [r10+2147483647], r9d
    mov byte [r10+2147483647], r9b
    add byte [r10+2147483647], r9b
    sub byte [r10+2147483647], r9b
    mov r10, qword [r10+2147483647]
    mov r10d, dword [r10+2147483647]
    mov r10b, byte [r10+2147483647]
    movzx r10d, byte [r10+2147483647]
    lea r10, [r10+2147483647]
    mov qword [r10+2147483647], r10
    mov dword [r10+2147483647], r10d
    mov byte [r10+2147483647], r10b
    add byte [r10+2147483647], r10b
    sub byte [r10+2147483647], r10b
    mov r11, qword [r10+2147483647]
    mov r11d, dword [r10+2147483647]
    mov r11b, byte [r10+2147483647]
    movzx r11d, byte [r10+2147483647]
    lea r11, [r10+2147483647]
    mov qword [r10+2147483647], r11
    mov dword [r10+2147483647], r11d
    mov byte [r10+2147483647], r11b
    add byte [r10+2147483647], r11b
    sub byte [r10+2147483647], r11b
    mov r12, qword [r10+2147483647]
    mov r12d, dword [r10+2147483647]
    mov r12b, byte [r10+2147483647]
    movzx r12d, byte [r10+2147483647]
    lea r12, [r10+2147483647]
    mov qword [r10+2147483647], r12
    mov dword [r10+2147483647], r12d
    mov byte [r10+2147483647], r12b
    add byte [r10+2147483647], r12b
    sub byte [r10+2147483647], r12b
    mov r13, qword [r10+2147483647]
    mov r13d, dword [r10+2147483647]
    mov r13b, byte [r10+2147483647]
    movzx r13d, byte [r10+2147483647]
    lea r13, [r10+2147483647]
    mov qword [r10+2147483647], r13
    mov dword [r10+2147483647], r13d
    mov byte [r10+2147483647], r13b
    add byte [r10+2147483647], r13b
    sub byte [r10+2147483647], r13b
    mov r14, qword [r10+2147483647]
    mov r14d, dword [r10+2147483647]
    mov r14b, byte [r10+2147483647]
    movzx r14d, byte [r10+2147483647]
    lea r14, [r10+2147483647]
    mov qword [r10+2147483647], r14
    mov dword [r10+2147483647], r14d
    mov byte [r10+2147483647], r14b
    add byte [r10+2147483647], r14b
    sub byte [r10+2147483647], r14b
    mov r15, qword [r10+2147483647]
    mov r15d, dword [r10+2147483647]
    mov r15b, byte [r10+2147483647]
    movzx r15d, byte [r10+2147483647]
    lea r15, [r10+2147483647]
    mov qword [r10+2147483647], r15
    mov dword [r10+2147483647], r15d
    mov byte [r10+2147483647], r15b
    add byte [r10+2147483647], r15b
    sub byte [r10+2147483647], r15b
    mov byte [r10+2147483647], 0
    mov byte [r10+2147483647], 1
    mov byte [r10+2147483647], -1
    mov byte [r10+2147483647], 127
    mov byte [r10+2147483647], -128
    mov byte [r10+2147483647], 255
    add byte [r10+2147483647], 0
    add byte [r10+2147483647], 1
    add byte [r10+2147483647], -1
    add byte [r10+2147483647], 127
    add byte [r10+2147483647], -128
    add byte [r10+2147483647], 255
    sub byte [r10+2147483647], 0
    sub byte [r10+2147483647], 1
    sub byte [r10+2147483647], -1
    sub byte [r10+2147483647], 127
    sub byte [r10+2147483647], -128
    sub byte [r10+2147483647], 255
    cmp byte [r10+2147483647], 0
    cmp byte [r10+2147483647], 1
    cmp byte [r10+2147483647], -1
    cmp byte [r10+2147483647], 127
    cmp byte [r10+2147483647], -128
    cmp byte [r10+2147483647], 255
    mov rax, qword [r10-2147483648]
    mov eax, dword [r10-2147483648]
    mov al, byte [r10-2147483648]
    movzx eax, byte [r10-2147483648]
    lea rax, [r10-2147483648]
    mov qword [r10-2147483648], rax
    mov dword [r10-2147483648], eax
    mov byte [r10-2147483648], al
    add byte [r10-2147483648], al
    sub byte [r10-2147483648], al
    mov rcx, qword [r10-2147483648]
    mov ecx, dword [r10-2147483648]
    mov cl, byte [r10-2147483648]
    movzx ecx, byte [r10-2147483648]
    lea rcx, [r10-2147483648]
    mov qword [r10-2147483648], rcx
    mov dword [r10-2147483648], ecx
    mov byte [r10-2147483648], cl
    add byte [r10-2147483648], cl
    sub byte [r10-2147483648], cl
    mov rdx, qword [r10-2147483648]
    mov edx, dword [r10-2147483648]
    mov dl, byte [r10-2147483648]
    movzx edx, byte [r10-2147483648]
    lea rdx, [r10-2147483648]
    mov qword [r10-2147483648], rdx
    mov dword [r10-2147483648], edx
    mov byte [r10-2147483648], dl
    add byte [r10-2147483648], dl
    sub byte [r10-2147483648], dl
    mov rbx, qword [r10-2147483648]
    mov ebx, dword [r10-2147483648]
    mov bl, byte [r10-2147483648]
    movzx ebx, byte [r10-2147483648]
    lea rbx, [r10-2147483648]
    mov qword [r10-2147483648], rbx
    mov dword [r10-2147483648], ebx
    mov byte [r10-2147483648], bl
    add byte [r10-2147483648], bl
    sub byte [r10-2147483648], bl
    mov rsp, qword [r10-2147483648]
    mov esp, dword [r10-2147483648]
    mov spl, byte [r10-2147483648]
    movzx esp, byte [r10-2147483648]
    lea rsp, [r10-2147483648]
    mov qword [r10-2147483648], rsp
    mov dword [r10-2147483648], esp
    mov byte [r10-2147483648], spl
    add byte [r10-2147483648], spl
    sub byte [r10-2147483648], spl
    mov rbp, qword [r10-2147483648]
    mov ebp, dword [r10-2147483648]
    mov bpl, byte [r10-2147483648]
    movzx ebp, byte [r10-2147483648]
    lea rbp, [r10-2147483648]
    mov qword [r10-2147483648], rbp
    mov dword [r10-2147483648], ebp
    mov byte [r10-2147483648], bpl
    add byte [r10-2147483648], bpl
    sub byte [r10-2147483648], bpl
    mov rsi, qword [r10-2147483648]
    mov esi, dword [r10-2147483648]
    mov sil, byte [r10-2147483648]
    movzx esi, byte [r10-2147483648]
    lea rsi, [r10-2147483648]
    mov qword [r10-2147483648], rsi
    mov dword [r10-2147483648], esi
    mov byte [r10-2147483648], sil
    add byte [r10-2147483648], sil
    sub byte [r10-2147483648], sil
    mov rdi, qword [r10-2147483648]
    mov edi, dword [r10-2147483648]
    mov dil, byte [r10-2147483648]
    movzx edi, byte [r10-2147483648]
    lea rdi, [r10-2147483648]
    mov qword [r10-2147483648], rdi
    mov dword [r10-2147483648], edi
    mov byte [r10-2147483648], dil
    add byte [r10-2147483648], dil
    sub byte [r10-2147483648], dil
    mov r8, qword [r10-2147483648]
    mov r8d, dword [r10-2147483648]
    mov r8b, byte [r10-2147483648]
    movzx r8d, byte [r10-2147483648]
    lea r8, [r10-2147483648]
    mov qword [r10-2147483648], r8
    mov dword [r10-2147483648], r8d
    mov byte [r10-2147483648], r8b
    add byte [r10-2147483648], r8b
    sub byte [r10-2147483648], r8b
    mov r9, qword [r10-2147483648]
    mov r9d, dword [r10-2147483648]
    mov r9b, byte [r10-2147483648]
    movzx r9d, byte [r10-2147483648]
    lea r9, [r10-2147483648]
    mov qword [r10-2147483648], r9
    mov dword [r10-2147483648], r9d
    mov byte [r10-2147483648], r9b
    add byte [r10-2147483648], r9b
    sub byte [r10-2147483648], r9b
    mov r10, qword [r10-2147483648]
    mov r10d, dword [r10-2147483648]
    mov r10b, byte [r10-2147483648]
    movzx r10d, byte [r10-2147483648]
    lea r10, [r10-2147483648]
    mov qword [r10-2147483648], r10
    mov dword [r10-2147483648], r10d
    mov byte [r10-2147483648], r10b
    add byte [r10-2147483648], r10b
    sub byte [r10-2147483648], r10b
    mov r11, qword [r10-2147483648]
    mov r11d, dword [r10-2147483648]
    mov r11b, byte [r10-2147483648]
    movzx r11d, byte [r10-2147483648]
    lea r11, [r10-2147483648]
    mov qword [r10-2147483648], r11
    mov dword [r10-2147483648], r11d
    mov byte [r10-2147483648], r11b
    add byte [r10-2147483648], r11b
    sub byte [r10-2147483648], r11b
    mov r12, qword [r10-2147483648]
    mov r12d, dword [r10-2147483648]
    mov r12b, byte [r10-2147483648]
    movzx r12d, byte [r10-2147483648]
    lea r12, [r10-2147483648]
    mov qword [r10-2147483648], r12
    mov dword [r10-2147483648], r12d
    mov byte [r10-2147483648], r12b
    add byte [r10-2147483648], r12b
    sub byte [r10-2147483648], r12b
    mov r13, qword [r10-2147483648]
    mov r13d, dword [r10-2147483648]
    mov r13b, byte [r10-2147483648]
    movzx r13d, byte [r10-2147483648]
    lea r13, [r10-2147483648]
    mov qword [r10-2147483648], r13
    mov dword [r10-2147483648], r13d
    mov byte [r10-2147483648], r13b
    add byte [r10-2147483648], r13b
    sub byte [r10-2147483648], r13b
    mov r14, qword [r10-2147483648]
    mov r14d, dword [r10-2147483648]
    mov r14b, byte [r10-2147483648]
    movzx r14d, byte [r10-2147483648]
    lea r14, [r10-2147483648]
    mov qword [r10-2147483648], r14
    mov dword [r10-2147483648], r14d
    mov byte [r10-2147483648], r14b
    add byte [r10-2147483648], r14b
    sub byte [r10-2147483648], r14b
    mov r15, qword [r10-2147483648]
    mov r15d, dword [r10-2147483648]
    mov r15b, byte [r10-2147483648]
    movzx r15d, byte [r10-2147483648]
    lea r15, [r10-2147483648]
    mov qword [r10-2147483648], r15
    mov dword [r10-2147483648], r15d
    mov byte [r10-2147483648], r15b
    add byte [r10-2147483648], r15b
    sub byte [r10-2147483648], r15b
    mov byte [r10-2147483648], 0
    mov byte [r10-2147483648], 1
    mov byte [r10-2147483648], -1
    mov byte [r10-2147483648], 127
    mov byte [r10-2147483648], -128
    mov byte [r10-2147483648], 255
    add byte [r10-2147483648], 0
    add byte [r10-2147483648], 1
    add byte [r10-2147483648], -1
    add byte [r10-2147483648], 127
    add byte [r10-2147483648], -128
    add byte [r10-2147483648], 255
    sub byte [r10-2147483648], 0
    sub byte [r10-2147483648], 1
    sub byte [r10-2147483648], -1
    sub byte [r10-2147483648], 127
    sub byte [r10-2147483648], -128
    sub byte [r10-2147483648], 255
    cmp byte [r10-2147483648], 0
    cmp byte [r10-2147483648], 1
    cmp byte [r10-2147483648], -1
    cmp byte [r10-2147483648], 127
    cmp byte [r10-2147483648], -128
    cmp byte [r10-2147483648], 255
    mov rax, qword [r11+0]
    mov eax, dword [r11+0]
    mov al, byte [r11+0]
    movzx eax, byte [r11+0]
    lea rax, [r11+0]
    mov qword [r11+0], rax
    mov dword [r11+0], eax
    mov byte [r11+0], al
    add byte [r11+0], al
    sub byte [r11+0], al
    mov rcx, qword [r11+0]
    mov ecx, dword [r11+0]
    mov cl, byte [r11+0]
    movzx ecx, byte [r11+0]
    lea rcx, [r11+0]
    mov qword [r11+0], rcx
    mov dword [r11+0], ecx
    mov byte [r11+0], cl
    add byte [r11+0], cl
    sub byte [r11+0], cl
    mov rdx, qword [r11+0]
    mov edx, dword [r11+0]
    mov dl, byte [r11+0]
    movzx edx, byte [r11+0]
    lea rdx, [r11+0]
    mov qword [r11+0], rdx
    mov dword [r11+0], edx
    mov byte [r11+0], dl
    add byte [r11+0], dl
    sub byte [r11+0], dl
    mov rbx, qword [r11+0]
    mov ebx, dword [r11+0]
    mov bl, byte [r11+0]
    movzx ebx, byte [r11+0]
    lea rbx, [r11+0]
    mov qword [r11+0], rbx
    mov dword [r11+0], ebx
    mov byte [r11+0], bl
    add byte [r11+0], bl
    sub byte [r11+0], bl
    mov rsp, qword [r11+0]
    mov esp, dword [r11+0]
    mov spl, byte [r11+0]
    movzx esp, byte [r11+0]
    lea rsp, [r11+0]
    mov qword [r11+0], rsp
    mov dword [r11+0], esp
    mov byte [r11+0], spl
    add byte [r11+0], spl
    sub byte [r11+0], spl
    mov rbp, qword [r11+0]
    mov ebp, dword [r11+0]
    mov bpl, byte [r11+0]
    movzx ebp, byte [r11+0]
    lea rbp, [r11+0]
    mov qword [r11+0], rbp
    mov dword [r11+0], ebp
    mov byte [r11+0], bpl
    add byte [r11+0], bpl
    sub byte [r11+0], bpl
    mov rsi, qword [r11+0]
    mov esi, dword [r11+0]
    mov sil, byte [r11+0]
    movzx esi, byte [r11+0]
    lea rsi, [r11+0]
    mov qword [r11+0], rsi
    mov dword [r11+0], esi
    mov byte [r11+0], sil
    add byte [r11+0], sil
    sub byte [r11+0], sil
    mov rdi, qword [r11+0]
    mov edi, dword [r11+0]
    mov dil, byte [r11+0]
    movzx edi, byte [r11+0]
    lea rdi, [r11+0]
    mov qword [r11+0], rdi
    mov dword [r11+0], edi
    mov byte [r11+0], dil
    add byte [r11+0], dil
    sub byte [r11+0], dil
    mov r8, qword [r11+0]
    mov r8d, dword [r11+0]
    mov r8b, byte [r11+0]
    movzx r8d, byte [r11+0]
    lea r8, [r11+0]
    mov qword [r11+0], r8
    mov dword [r11+0], r8d
    mov byte [r11+0], r8b
    add byte [r11+0], r8b
    sub byte [r11+0], r8b
    mov r9, qword [r11+0]
    mov r9d, dword [r11+0]
    mov r9b, byte [r11+0]
    movzx r9d, byte [r11+0]
    lea r9, [r11+0]
    mov qword [r11+0], r9
    mov dword [r11+0], r9d
    mov byte [r11+0], r9b
    add byte [r11+0], r9b
    sub byte [r11+0], r9b
    mov r10, qword [r11+0]
    mov r10d, dword [r11+0]
    mov r10b, byte [r11+0]
    movzx r10d, byte [r11+0]
    lea r10, [r11+0]
    mov qword [r11+0], r10
    mov dword [r11+0], r10d
    mov byte [r11+0], r10b
    add byte [r11+0], r10b
    sub byte [r11+0], r10b
    mov r11, qword [r11+0]
    mov r11d, dword [r11+0]
    mov r11b, byte [r11+0]
    movzx r11d, byte [r11+0]
    lea r11, [r11+0]
    mov qword [r11+0], r11
    mov dword [r11+0], r11d
    mov byte [r11+0], r11b
    add byte [r11+0], r11b
    sub byte [r11+0], r11b
    mov r12, qword [r11+0]
    mov r12d, dword [r11+0]
    mov r12b, byte [r11+0]
    movzx r12d, byte [r11+0]
    lea r12, [r11+0]
    mov qword [r11+0], r12
    mov dword [r11+0], r12d
    mov byte [r11+0], r12b
    add byte [r11+0], r12b
    sub byte [r11+0], r12b
    mov r13, qword [r11+0]
    mov r13d, dword [r11+0]
    mov r13b, byte [r11+0]
    movzx r13d, byte [r11+0]
    lea r13, [r11+0]
    mov qword [r11+0], r13
    mov dword [r11+0], r13d
    mov byte [r11+0], r13b
    add byte [r11+0], r13b
    sub byte [r11+0], r13b
    mov r14, qword [r11+0]
    mov r14d, dword [r11+0]
    mov r14b, byte [r11+0]
    movzx r14d, byte [r11+0]
    lea r14, [r11+0]
    mov qword [r11+0], r14
    mov dword [r11+0], r14d
    mov byte [r11+0], r14b
    add byte [r11+0], r14b
    sub byte [r11+0], r14b
    mov r15, qword [r11+0]
    mov r15d, dword [r11+0]
    mov r15b, byte [r11+0]
    movzx r15d, byte [r11+0]
    lea r15, [r11+0]
    mov qword [r11+0], r15
    mov dword [r11+0], r15d
    mov byte [r11+0], r15b
    add byte [r11+0], r15b
    sub byte [r11+0], r15b
    mov byte [r11+0], 0
    mov byte [r11+0], 1
    mov byte [r11+0], -1
    mov byte [r11+0], 127
    mov byte [r11+0], -128
    mov byte [r11+0], 255
    add byte [r11+0], 0
    add byte [r11+0], 1
    add byte [r11+0], -1
    add byte [r11+0], 127
    add byte [r11+0], -128
    add byte [r11+0], 255
    sub byte [r11+0], 0
    sub byte [r11+0], 1
    sub byte [r11+0], -1
    sub byte [r11+0], 127
    sub byte [r11+0], -128
    sub byte [r11+0], 255
    cmp byte [r11+0], 0
    cmp byte [r11+0], 1
    cmp byte [r11+0], -1
    cmp byte [r11+0], 127
    cmp byte [r11+0], -128
    cmp byte [r11+0], 255
    mov rax, qword [r11+1]
    mov eax, dword [r11+1]
    mov al, byte [r11+1]
    movzx eax, byte [r11+1]
    lea rax, [r11+1]
    mov qword [r11+1], rax
    mov dword [r11+1], eax
    mov byte [r11+1], al
    add byte [r11+1], al
    sub byte [r11+1], al
    mov rcx, qword [r11+1]
    mov ecx, dword [r11+1]
    mov cl, byte [r11+1]
    movzx ecx, byte [r11+1]
    lea rcx, [r11+1]
    mov qword [r11+1], rcx
    mov dword [r11+1], ecx
    mov byte [r11+1], cl
    add byte [r11+1], cl
    sub byte [r11+1], cl
    mov rdx, qword [r11+1]
    mov edx, dword [r11+1]
    mov dl, byte [r11+1]
    movzx edx, byte [r11+1]
    lea rdx, [r11+1]
    mov qword [r11+1], rdx
    mov dword [r11+1], edx
    mov byte [r11+1], dl
    add byte [r11+1], dl
    sub byte [r11+1], dl
    mov rbx, qword [r11+1]
    mov ebx, dword [r11+1]
    mov bl, byte [r11+1]
    movzx ebx, byte [r11+1]
    lea rbx, [r11+1]
    mov qword [r11+1], rbx
    mov dword [r11+1], ebx
    mov byte [r11+1], bl
    add byte [r11+1], bl
    sub byte [r11+1], bl
    mov rsp, qword [r11+1]
    mov esp, dword [r11+1]
    mov spl, byte [r11+1]
    movzx esp, byte [r11+1]
    lea rsp, [r11+1]
    mov qword [r11+1], rsp
    mov dword [r11+1], esp
    mov byte [r11+1], spl
    add byte [r11+1], spl
    sub byte [r11+1], spl
    mov rbp, qword [r11+1]
    mov ebp, dword [r11+1]
    mov bpl, byte [r11+1]
    movzx ebp, byte [r11+1]
    lea rbp, [r11+1]
    mov qword [r11+1], rbp
    mov dword [r11+1], ebp
    mov byte [r11+1], bpl
    add byte [r11+1], bpl
    sub byte [r11+1], bpl
    mov rsi, qword [r11+1]
    mov esi, dword [r11+1]
    mov sil, byte [r11+1]
    movzx esi, byte [r11+1]
    lea rsi, [r11+1]
    mov qword [r11+1], rsi
    mov dword [r11+1], esi
    mov byte [r11+1], sil
    add byte [r11+1], sil
    sub byte [r11+1], sil
    mov rdi, qword [r11+1]
    mov edi, dword [r11+1]
    mov dil, byte [r11+1]
    movzx edi, byte [r11+1]
    lea rdi, [r11+1]
    mov qword [r11+1], rdi
    mov dword [r11+1], edi
    mov byte [r11+1], dil
    add byte [r11+1], dil
    sub byte [r11+1], dil
    mov r8, qword [r11+1]
    mov r8d, dword [r11+1]
    mov r8b, byte [r11+1]
    movzx r8d, byte [r11+1]
    lea r8, [r11+1]
    mov qword [r11+1], r8
    mov dword [r11+1], r8d
    mov byte [r11+1], r8b
    add byte [r11+1], r8b
    sub byte [r11+1], r8b
    mov r9, qword [r11+1]
    mov r9d, dword [r11+1]
    mov r9b, byte [r11+1]
    movzx r9d, byte [r11+1]
    lea r9, [r11+1]
    mov qword [r11+1], r9
    mov dword [r11+1], r9d
    mov byte [r11+1], r9b
    add byte [r11+1], r9b
    sub byte [r11+1], r9b
    mov r10, qword [r11+1]
    mov r10d, dword [r11+1]
    mov r10b, byte [r11+1]
    movzx r10d, byte [r11+1]
    lea r10, [r11+1]
    mov qword [r11+1], r10
    mov dword [r11+1], r10d
    mov byte [r11+1], r10b
    add byte [r11+1], r10b
    sub byte [r11+1], r10b
    mov r11, qword [r11+1]
    mov r11d, dword [r11+1]
    mov r11b, byte [r11+1]
    movzx r11d, byte [r11+1]
    lea r11, [r11+1]
    mov qword [r11+1], r11
    mov dword [r11+1], r11d
    mov byte [r11+1], r11b
    add byte [r11+1], r11b
    sub byte [r11+1], r11b
    mov r12, qword [r11+1]
    mov r12d, dword [r11+1]
    mov r12b, byte [r11+1]
    movzx r12d, byte [r11+1]
    lea r12, [r11+1]
    mov qword [r11+1], r12
    mov dword [r11+1], r12d
    mov byte [r11+1], r12b
    add byte [r11+1], r12b
    sub byte [r11+1], r12b
    mov r13, qword [r11+1]
    mov r13d, dword [r11+1]
    mov r13b, byte [r11+1]
    movzx r13d, byte [r11+1]
    lea r13, [r11+1]
    mov qword [r11+1], r13
    mov dword [r11+1], r13d
    mov byte [r11+1], r13b
    add byte [r11+1], r13b
    sub byte [r11+1], r13b
    mov r14, qword [r11+1]
    mov r14d, dword [r11+1]
    mov r14b, byte [r11+1]
    movzx r14d, byte [r11+1]
    lea r14, [r11+1]
    mov qword [r11+1], r14
    mov dword [r11+1], r14d
    mov byte [r11+1], r14b
    add byte [r11+1], r14b
    sub byte [r11+1], r14b
    mov r15, qword [r11+1]
    mov r15d, dword [r11+1]
    mov r15b, byte [r11+1]
    movzx r15d, byte [r11+1]
    lea r15, [r11+1]
    mov qword [r11+1], r15
    mov dword [r11+1], r15d
    mov byte [r11+1], r15b
    add byte [r11+1], r15b
    sub byte [r11+1], r15b
    mov byte [r11+1], 0
    mov byte [r11+1], 1
    mov byte [r11+1], -1
    mov byte [r11+1], 127
    mov byte [r11+1], -128
    mov byte [r11+1], 255
    add byte [r11+1], 0
    add byte [r11+1], 1
    add byte [r11+1], -1
    add byte [r11+1], 127
    add byte [r11+1], -128
    add byte [r11+1], 255
    sub byte [r11+1], 0
    sub byte [r11+1], 1
    sub byte [r11+1], -1
    sub byte [r11+1], 127
    sub byte [r11+1], -128
    sub byte [r11+1], 255
    cmp byte [r11+1], 0
    cmp byte [r11+1], 1
    cmp byte [r11+1], -1
    cmp byte [r11+1], 127
    cmp byte [r11+1], -128
    cmp byte [r11+1], 255
    mov rax, qword [r11-1]
    mov eax, dword [r11-1]
    mov al, byte [r11-1]
    movzx eax, byte [r11-1]
    lea rax, [r11-1]
    mov qword [r11-1], rax
    mov dword [r11-1], eax
    mov byte [r11-1], al
    add byte [r11-1], al
    sub byte [r11-1], al
    mov rcx, qword [r11-1]
    mov ecx, dword [r11-1]
    mov cl, byte [r11-1]
    movzx ecx, byte [r11-1]
    lea rcx, [r11-1]
    mov qword [r11-1], rcx
    mov dword [r11-1], ecx
    mov byte [r11-1], cl
    add byte [r11-1], cl
    sub byte [r11-1], cl
    mov rdx, qword [r11-1]
    mov edx, dword [r11-1]
    mov dl, byte [r11-1]
    movzx edx, byte [r11-1]
    lea rdx, [r11-1]
    mov qword [r11-1], rdx
    mov dword [r11-1], edx
    mov byte [r11-1], dl
    add byte [r11-1], dl
    sub byte [r11-1], dl
    mov rbx, qword [r11-1]
    mov ebx, dword [r11-1]
    mov bl, byte [r11-1]
    movzx ebx, byte [r11-1]
    lea rbx, [r11-1]
    mov qword [r11-1], rbx
    mov dword [r11-1], ebx
    mov byte [r11-1], bl
    add byte [r11-1], bl
    sub byte [r11-1], bl
    mov rsp, qword [r11-1]
    mov esp, dword [r11-1]
    mov spl, byte [r11-1]
    movzx esp, byte [r11-1]
    lea rsp, [r11-1]
    mov qword [r11-1], rsp
    mov dword [r11-1], esp
    mov byte [r11-1], spl
    add byte [r11-1], spl
    sub byte [r11-1], spl
    mov rbp, qword [r11-1]
    mov ebp, dword [r11-1]
    mov bpl, byte [r11-1]
    movzx ebp, byte [r11-1]
    lea rbp, [r11-1]
    mov qword [r11-1], rbp
    mov dword [r11-1], ebp
    mov byte [r11-1], bpl
    add byte [r11-1], bpl
    sub byte [r11-1], bpl
    mov rsi, qword [r11-1]
    mov esi, dword [r11-1]
    mov sil, byte [r11-1]
    movzx esi, byte [r11-1]
    lea rsi, [r11-1]
    mov qword [r11-1], rsi
    mov dword [r11-1], esi
    mov byte [r11-1], sil
    add byte [r11-1], sil
    sub byte [r11-1], sil
    mov rdi, qword [r11-1]
    mov edi, dword [r11-1]
    mov dil, byte [r11-1]
    movzx edi, byte [r11-1]
    lea rdi, [r11-1]
    mov qword [r11-1], rdi
    mov dword [r11-1], edi
    mov byte [r11-1], dil
    add byte [r11-1], dil
    sub byte [r11-1], dil
    mov r8, qword [r11-1]
    mov r8d, dword [r11-1]
    mov r8b, byte [r11-1]
    movzx r8d, byte [r11-1]
    lea r8, [r11-1]
    mov qword [r11-1], r8
    mov dword [r11-1], r8d
    mov byte [r11-1], r8b
    add byte [r11-1], r8b
    sub byte [r11-1], r8b
    mov r9, qword [r11-1]
    mov r9d, dword [r11-1]
    mov r9b, byte [r11-1]
    movzx r9d, byte [r11-1]
    lea r9, [r11-1]
    mov qword [r11-1], r9
    mov dword [r11-1], r9d
    mov byte [r11-1], r9b
    add byte [r11-1], r9b
    sub byte [r11-1], r9b
    mov r10, qword [r11-1]
    mov r10d, dword [r11-1]
    mov r10b, byte [r11-1]
    movzx r10d, byte [r11-1]
    lea r10, [r11-1]
    mov qword [r11-1], r10
    mov dword [r11-1], r10d
    mov byte [r11-1], r10b
    add byte [r11-1], r10b
    sub byte [r11-1], r10b
    mov r11, qword [r11-1]
    mov r11d, dword [r11-1]
    mov r11b, byte [r11-1]
    movzx r11d, byte [r11-1]
    lea r11, [r11-1]
    mov qword [r11-1], r11
    mov dword [r11-1], r11d
    mov byte [r11-1], r11b
    add byte [r11-1], r11b
    sub byte [r11-1], r11b
    mov r12, qword [r11-1]
    mov r12d, dword [r11-1]
    mov r12b, byte [r11-1]
    movzx r12d, byte [r11-1]
    lea r12, [r11-1]
    mov qword [r11-1], r12
    mov dword [r11-1], r12d
    mov byte [r11-1], r12b
    add byte [r11-1], r12b
    sub byte [r11-1], r12b
    mov r13, qword [r11-1]
    mov r13d, dword [r11-1]
    mov r13b, byte [r11-1]
    movzx r13d, byte [r11-1]
    lea r13, [r11-1]
    mov qword [r11-1], r13
    mov dword [r11-1], r13d
    mov byte [r11-1], r13b
    add byte [r11-1], r13b
    sub byte [r11-1], r13b
    mov r14, qword [r11-1]
    mov r14d, dword [r11-1]
    mov r14b, byte [r11-1]
    movzx r14d, byte [r11-1]
    lea r14, [r11-1]
    mov qword [r11-1], r14
    mov dword [r11-1], r14d
    mov byte [r11-1], r14b
    add byte [r11-1], r14b
    sub byte [r11-1], r14b
    mov r15, qword [r11-1]
    mov r15d, dword [r11-1]
    mov r15b, byte [r11-1]
    movzx r15d, byte [r11-1]
    lea r15, [r11-1]
    mov qword [r11-1], r15
    mov dword [r11-1], r15d
    mov byte [r11-1], r15b
    add byte [r11-1], r15b
    sub byte [r11-1], r15b
    mov byte [r11-1], 0
    mov byte [r11-1], 1
    mov byte [r11-1], -1
    mov byte [r11-1], 127
    mov byte [r11-1], -128
    mov byte [r11-1], 255
    add byte [r11-1], 0
    add byte [r11-1], 1
    add byte [r11-1], -1
    add byte [r11-1], 127
    add byte [r11-1], -128
    add byte [r11-1], 255
    sub byte [r11-1], 0
    sub byte [r11-1], 1
    sub byte [r11-1], -1
    sub byte [r11-1], 127
    sub byte [r11-1], -128
    sub byte [r11-1], 255
    cmp byte [r11-1], 0
    cmp byte [r11-1], 1
    cmp byte [r11-1], -1
    cmp byte [r11-1], 127
    cmp byte [r11-1], -128
    cmp byte [r11-1], 255
    mov rax, qword [r11+127]
    mov eax, dword [r11+127]
    mov al, byte [r11+127]
    movzx eax, byte [r11+127]
    lea rax, [r11+127]
    mov qword [r11+127], rax
    mov dword [r11+127], eax
    mov byte [r11+127], al
    add byte [r11+127], al
    sub byte [r11+127], al
    mov rcx, qword [r11+127]
    mov ecx, dword [r11+127]
    mov cl, byte [r11+127]
    movzx ecx, byte [r11+127]
    lea rcx, [r11+127]
    mov qword [r11+127], rcx
    mov dword [r11+127], ecx
    mov byte [r11+127], cl
    add byte [r11+127], cl
    sub byte [r11+127], cl
    mov rdx, qword [r11+127]
    mov edx, dword [r11+127]
    mov dl, byte [r11+127]
    movzx edx, byte [r11+127]
    lea rdx, [r11+127]
    mov qword [r11+127], rdx
    mov dword [r11+127], edx
    mov byte [r11+127], dl
    add byte [r11+127], dl
    sub byte [r11+127], dl
    mov rbx, qword [r11+127]
    mov ebx, dword [r11+127]
    mov bl, byte [r11+127]
    movzx ebx, byte [r11+127]
    lea rbx, [r11+127]
    mov qword [r11+127], rbx
    mov dword [r11+127], ebx
    mov byte [r11+127], bl
    add byte [r11+127], bl
    sub byte [r11+127], bl
    mov rsp, qword [r11+127]
    mov esp, dword [r11+127]
    mov spl, byte [r11+127]
    movzx esp, byte [r11+127]
    lea rsp, [r11+127]
    mov qword [r11+127], rsp
    mov dword [r11+127], esp
    mov byte [r11+127], spl
    add byte [r11+127], spl
    sub byte [r11+127], spl
    mov rbp, qword [r11+127]
    mov ebp, dword [r11+127]
    mov bpl, byte [r11+127]
    movzx ebp, byte [r11+127]
    lea rbp, [r11+127]
    mov qword [r11+127], rbp
    mov dword [r11+127], ebp
    mov byte [r11+127], bpl
    add byte [r11+127], bpl
    sub byte [r11+127], bpl
    mov rsi, qword [r11+127]
    mov esi, dword [r11+127]
    mov sil, byte [r11+127]
    movzx esi, byte [r11+127]
    lea rsi, [r11+127]
    mov qword [r11+127], rsi
    mov dword [r11+127], esi
    mov byte [r11+127], sil
    add byte [r11+127], sil
    sub byte [r11+127], sil
    mov rdi, qword [r11+127]
    mov edi, dword [r11+127]
    mov dil, byte [r11+127]
    movzx edi, byte [r11+127]
    lea rdi, [r11+127]
    mov qword [r11+127], rdi
    mov dword [r11+127], edi
    mov byte [r11+127], dil
    add byte [r11+127], dil
    sub byte [r11+127], dil
    mov r8, qword [r11+127]
    mov r8d, dword [r11+127]
    mov r8b, byte [r11+127]
    movzx r8d, byte [r11+127]
    lea r8, [r11+127]
    mov qword [r11+127], r8
    mov dword [r11+127], r8d
    mov byte [r11+127], r8b
    add byte [r11+127], r8b
    sub byte [r11+127], r8b
    mov r9, qword [r11+127]
    mov r9d, dword [r11+127]
    mov r9b, byte [r11+127]
    movzx r9d, byte [r11+127]
    lea r9, [r11+127]
    mov qword [r11+127], r9
    mov dword [r11+127], r9d
    mov byte [r11+127], r9b
    add byte [r11+127], r9b
    sub byte [r11+127], r9b
    mov r10, qword [r11+127]
    mov r10d, dword [r11+127]
    mov r10b, byte [r11+127]
    movzx r10d, byte [r11+127]
    lea r10, [r11+127]
    mov qword [r11+127], r10
    mov dword [r11+127], r10d
    mov byte [r11+127], r10b
    add byte [r11+127], r10b
    sub byte [r11+127], r10b
    mov r11, qword [r11+127]
    mov r11d, dword [r11+127]
    mov r11b, byte [r11+127]
    movzx r11d, byte [r11+127]
    lea r11, [r11+127]
    mov qword [r11+127], r11
    mov dword [r11+127], r11d
    mov byte [r11+127], r11b
    add byte [r11+127], r11b
    sub byte [r11+127], r11b
    mov r12, qword [r11+127]
    mov r12d, dword [r11+127]
    mov r12b, byte [r11+127]
    movzx r12d, byte [r11+127]
    lea r12, [r11+127]
    mov qword [r11+127], r12
    mov dword [r11+127], r12d
    mov byte [r11+127], r12b
    add byte [r11+127], r12b
    sub byte [r11+127], r12b
    mov r13, qword [r11+127]
    mov r13d, dword [r11+127]
    mov r13b, byte [r11+127]
    movzx r13d, byte [r11+127]
    lea r13, [r11+127]
    mov qword [r11+127], r13
    mov dword [r11+127], r13d
    mov byte [r11+127], r13b
    add byte [r11+127], r13b
    sub byte [r11+127], r13b
    mov r14, qword [r11+127]
    mov r14d, dword [r11+127]
    mov r14b, byte [r11+127]
    movzx r14d, byte [r11+127]
    lea r14, [r11+127]
    mov qword [r11+127], r14
    mov dword [r11+127], r14d
    mov byte [r11+127], r14b
    add byte [r11+127], r14b
    sub byte [r11+127], r14b
    mov r15, qword [r11+127]
    mov r15d, dword [r11+127]
    mov r15b, byte [r11+127]
    movzx r15d, byte [r11+127]
    lea r15, [r11+127]
    mov qword [r11+127], r15
    mov dword [r11+127], r15d
    mov byte [r11+127], r15b
    add byte [r11+127], r15b
    sub byte [r11+127], r15b
    mov byte [r11+127], 0
    mov byte [r11+127], 1
    mov byte [r11+127], -1
    mov byte [r11+127], 127
    mov byte [r11+127], -128
    mov byte [r11+127], 255
    add byte [r11+127], 0
    add byte [r11+127], 1
    add byte [r11+127], -1
    add byte [r11+127], 127
    add byte [r11+127], -128
    add byte [r11+127], 255
    sub byte [r11+127], 0
    sub byte [r11+127], 1
    sub byte [r11+127], -1
    sub byte [r11+127], 127
    sub byte [r11+127], -128
    sub byte [r11+127], 255
    cmp byte [r11+127], 0
    cmp byte [r11+127], 1
    cmp byte [r11+127], -1
    cmp byte [r11+127], 127
    cmp byte [r11+127], -128
    cmp byte [r11+127], 255
    mov rax, qword [r11-128]
    mov eax, dword [r11-128]
    mov al, byte [r11-128]
    movzx eax, byte [r11-128]
    lea rax, [r11-128]
    mov qword [r11-128], rax
    mov dword [r11-128], eax
    mov byte [r11-128], al
    add byte [r11-128], al
    sub byte [r11-128], al
    mov rcx, qword [r11-128]
    mov ecx, dword [r11-128]
    mov cl, byte [r11-128]
    movzx ecx, byte [r11-128]
    lea rcx, [r11-128]
    mov qword [r11-128], rcx
    mov dword [r11-128], ecx
    mov byte [r11-128], cl
    add byte [r11-128], cl
    sub byte [r11-128], cl
    mov rdx, qword [r11-128]
    mov edx, dword [r11-128]
    mov dl, byte [r11-128]
    movzx edx, byte [r11-128]
    lea rdx, [r11-128]
    mov qword [r11-128], rdx
    mov dword [r11-128], edx
    mov byte [r11-128], dl
    add byte [r11-128], dl
    sub byte [r11-128], dl
    mov rbx, qword [r11-128]
    mov ebx, dword [r11-128]
    mov bl, byte [r11-128]
    movzx ebx, byte [r11-128]
    lea rbx, [r11-128]
    mov qword [r11-128], rbx
    mov dword [r11-128], ebx
    mov byte [r11-128], bl
    add byte [r11-128], bl
    sub byte [r11-128], bl
    mov rsp, qword [r11-128]
    mov esp, dword [r11-128]
    mov spl, byte [r11-128]
    movzx esp, byte [r11-128]
    lea rsp, [r11-128]
    mov qword [r11-128], rsp
    mov dword [r11-128], esp
    mov byte [r11-128], spl
    add byte [r11-128], spl
    sub byte [r11-128], spl
    mov rbp, qword [r11-128]
    mov ebp, dword [r11-128]
    mov bpl, byte [r11-128]
    movzx ebp, byte [r11-128]
    lea rbp, [r11-128]
    mov qword [r11-128], rbp
    mov dword [r11-128], ebp
    mov byte [r11-128], bpl
    add byte [r11-128], bpl
    sub byte [r11-128], bpl
    mov rsi, qword [r11-128]
    mov esi, dword [r11-128]
    mov sil, byte [r11-128]
    movzx esi, byte [r11-128]
    lea rsi, [r11-128]
    mov qword [r11-128], rsi
    mov dword [r11-128], esi
    mov byte [r11-128], sil
    add byte [r11-128], sil
    sub byte [r11-128], sil
    mov rdi, qword [r11-128]
    mov edi, dword [r11-128]
    mov dil, byte [r11-128]
    movzx edi, byte [r11-128]
    lea rdi, [r11-128]
    mov qword [r11-128], rdi
    mov dword [r11-128], edi
    mov byte [r11-128], dil
    add byte [r11-128], dil
    sub byte [r11-128], dil
    mov r8, qword [r11-128]
    mov r8d, dword [r11-128]
    mov r8b, byte [r11-128]
    movzx r8d, byte [r11-128]
    lea r8, [r11-128]
    mov qword [r11-128], r8
    mov dword [r11-128], r8d
    mov byte [r11-128], r8b
    add byte [r11-128], r8b
    sub byte [r11-128], r8b
    mov r9, qword [r11-128]
    mov r9d, dword [r11-128]
    mov r9b, byte [r11-128]
    movzx r9d, byte [r11-128]
    lea r9, [r11-128]
    mov qword [r11-128], r9
    mov dword [r11-128], r9d
    mov byte [r11-128], r9b
    add byte [r11-128], r9b
    sub byte [r11-128], r9b
    mov r10, qword [r11-128]
    mov r10d, dword [r11-128]
    mov r10b, byte [r11-128]
    movzx r10d, byte [r11-128]
    lea r10, [r11-128]
    mov qword [r11-128], r10
    mov dword [r11-128], r10d
    mov byte [r11-128], r10b
    add byte [r11-128], r10b
    sub byte [r11-128], r10b
    mov r11, qword [r11-128]
    mov r11d, dword [r11-128]
    mov r11b, byte [r11-128]
    movzx r11d, byte [r11-128]
    lea r11, [r11-128]
    mov qword [r11-128], r11
    mov dword [r11-128], r11d
    mov byte [r11-128], r11b
    add byte [r11-128], r11b
    sub byte [r11-128], r11b
    mov r12, qword [r11-128]
    mov r12d, dword [r11-128]
    mov r12b, byte [r11-128]
    movzx r12d, byte [r11-128]
    lea r12, [r11-128]
    mov qword [r11-128], r12
    mov dword [r11-128], r12d
    mov byte [r11-128], r12b
    add byte [r11-128], r12b
    sub byte [r11-128], r12b
    mov r13, qword [r11-128]
    mov r13d, dword [r11-128]
    mov r13b, byte [r11-128]
    movzx r13d, byte [r11-128]
    lea r13, [r11-128]
    mov qword [r11-128], r13
    mov dword [r11-128], r13d
    mov byte [r11-128], r13b
    add byte [r11-128], r13b
    sub byte [r11-128], r13b
    mov r14, qword [r11-128]
    mov r14d, dword [r11-128]
    mov r14b, byte [r11-128]
    movzx r14d, byte [r11-128]
    lea r14, [r11-128]
    mov qword [r11-128], r14
    mov dword [r11-128], r14d
    mov byte [r11-128], r14b
    add byte [r11-128], r14b
    sub byte [r11-128], r14b
    mov r15, qword [r11-128]
    mov r15d, dword [r11-128]
    mov r15b, byte [r11-128]
    movzx r15d, byte [r11-128]
    lea r15, [r11-128]
    mov qword [r11-128], r15
    mov dword [r11-128], r15d
    mov byte [r11-128], r15b
    add byte [r11-128], r15b
    sub byte [r11-128], r15b
    mov byte [r11-128], 0
    mov byte [r11-128], 1
    mov byte [r11-128], -1
    mov byte [r11-128], 127
    mov byte [r11-128], -128
    mov byte [r11-128], 255
    add byte [r11-128], 0
    add byte [r11-128], 1
    add byte [r11-128], -1
    add byte [r11-128], 127
    add byte [r11-128], -128
    add byte [r11-128], 255
    sub byte [r11-128], 0
    sub byte [r11-128], 1
    sub byte [r11-128], -1
    sub byte [r11-128], 127
    sub byte [r11-128], -128
    sub byte [r11-128], 255
    cmp byte [r11-128], 0
    cmp byte [r11-128], 1
    cmp byte [r11-128], -1
    cmp byte [r11-128], 127
    cmp byte [r11-128], -128
    cmp byte [r11-128], 255
    mov rax, qword [r11+128]
    mov eax, dword [r11+128]
    mov al, byte [r11+128]
    movzx eax, byte [r11+128]
    lea rax, [r11+128]
    mov qword [r11+128], rax
    mov dword [r11+128], eax
    mov byte [r11+128], al
    add byte [r11+128], al
    sub byte [r11+128], al
    mov rcx, qword [r11+128]
    mov ecx, dword [r11+128]
    mov cl, byte [r11+128]
    movzx ecx, byte [r11+128]
    lea rcx, [r11+128]
    mov qword [r11+128], rcx
    mov dword [r11+128], ecx
    mov byte [r11+128], cl
    add byte [r11+128], cl
    sub byte [r11+128], cl
    mov rdx, qword [r11+128]
    mov edx, dword [r11+128]
    mov dl, byte [r11+128]
    movzx edx, byte [r11+128]
    lea rdx, [r11+128]
    mov qword [r11+128], rdx
    mov dword [r11+128], edx
    mov byte [r11+128], dl
    add byte [r11+128], dl
    sub byte [r11+128], dl
    mov rbx, qword [r11+128]
    mov ebx, dword [r11+128]
    mov bl, byte [r11+128]
    movzx ebx, byte [r11+128]
    lea rbx, [r11+128]
    mov qword [r11+128], rbx
    mov dword [r11+128], ebx
    mov byte [r11+128], bl
    add byte [r11+128], bl
    sub byte [r11+128], bl
    mov rsp, qword [r11+128]
    mov esp, dword [r11+128]
    mov spl, byte [r11+128]
    movzx esp, byte [r11+128]
    lea rsp, [r11+128]
    mov qword [r11+128], rsp
    mov dword [r11+128], esp
    mov byte [r11+128], spl
    add byte [r11+128], spl
    sub byte [r11+128], spl
    mov rbp, qword [r11+128]
    mov ebp, dword [r11+128]
    mov bpl, byte [r11+128]
    movzx ebp, byte [r11+128]
    lea rbp, [r11+128]
    mov qword [r11+128], rbp
    mov dword [r11+128], ebp
    mov byte [r11+128], bpl
    add byte [r11+128], bpl
    sub byte [r11+128], bpl
    mov rsi, qword [r11+128]
    mov esi, dword [r11+128]
    mov sil, byte [r11+128]
    movzx esi, byte [r11+128]
    lea rsi, [r11+128]
    mov qword [r11+128], rsi
    mov dword [r11+128], esi
    mov byte [r11+128], sil
    add byte [r11+128], sil
    sub byte [r11+128], sil
    mov rdi, qword [r11+128]
    mov edi, dword [r11+128]
    mov dil, byte [r11+128]
    movzx edi, byte [r11+128]
    lea rdi, [r11+128]
    mov qword [r11+128], rdi
    mov dword [r11+128], edi
    mov byte [r11+128], dil
    add byte [r11+128], dil
    sub byte [r11+128], dil
    mov r8, qword [r11+128]
    mov r8d, dword [r11+128]
    mov r8b, byte [r11+128]
    movzx r8d, byte [r11+128]
    lea r8, [r11+128]
    mov qword [r11+128], r8
    mov dword [r11+128], r8d
    mov byte [r11+128], r8b
    add byte [r11+128], r8b
    sub byte [r11+128], r8b
    mov r9, qword [r11+128]
    mov r9d, dword [r11+128]
    mov r9b, byte [r11+128]
    movzx r9d, byte [r11+128]
    lea r9, [r11+128]
    mov qword [r11+128], r9
    mov dword [r11+128], r9d
    mov byte [r11+128], r9b
    add byte [r11+128], r9b
    sub byte [r11+128], r9b
    mov r10, qword [r11+128]
    mov r10d, dword [r11+128]
    mov r10b, byte [r11+128]
    movzx r10d, byte [r11+128]
    lea r10, [r11+128]
    mov qword [r11+128], r10
    mov dword [r11+128], r10d
    mov byte [r11+128], r10b
    add byte [r11+128], r10b
    sub byte [r11+128], r10b
    mov r11, qword [r11+128]
    mov r11d, dword [r11+128]
    mov r11b, byte [r11+128]
    movzx r11d, byte [r11+128]
    lea r11, [r11+128]
    mov qword [r11+128], r11
    mov dword [r11+128], r11d
    mov byte [r11+128], r11b
    add byte [r11+128], r11b
    sub byte [r11+128], r11b
    mov r12, qword [r11+128]
    mov r12d, dword [r11+128]
    mov r12b, byte [r11+128]
    movzx r12d, byte [r11+128]
    lea r12, [r11+128]
    mov qword [r11+128], r12
    mov dword [r11+128], r12d
    mov byte [r11+128], r12b
    add byte [r11+128], r12b
    sub byte [r11+128], r12b
    mov r13, qword [r11+128]
    mov r13d, dword [r11+128]
    mov r13b, byte [r11+128]
    movzx r13d, byte [r11+128]
    lea r13, [r11+128]
    mov qword [r11+128], r13
    mov dword [r11+128], r13d
    mov byte [r11+128], r13b
    add byte [r11+128], r13b
    sub byte [r11+128], r13b
    mov r14, qword [r11+128]
    mov r14d, dword [r11+128]
    mov r14b, byte [r11+128]
    movzx r14d, byte [r11+128]
    lea r14, [r11+128]
    mov qword [r11+128], r14
    mov dword [r11+128], r14d
    mov byte [r11+128], r14b
    add byte [r11+128], r14b
    sub byte [r11+128], r14b
    mov r15, qword [r11+128]
    mov r15d, dword [r11+128]
    mov r15b, byte [r11+128]
    movzx r15d, byte [r11+128]
    lea r15, [r11+128]
    mov qword [r11+128], r15
    mov dword [r11+128], r15d
    mov byte [r11+128], r15b
    add byte [r11+128], r15b
    sub byte [r11+128], r15b
    mov byte [r11+128], 0
    mov byte [r11+128], 1
    mov byte [r11+128], -1
    mov byte [r11+128], 127
    mov byte [r11+128], -128
    mov byte [r11+128], 255
    add byte [r11+128], 0
    add byte [r11+128], 1
    add byte [r11+128], -1
    add byte [r11+128], 127
    add byte [r11+128], -128
    add byte [r11+128], 255
    sub byte [r11+128], 0
    sub byte [r11+128], 1
    sub byte [r11+128], -1
    sub byte [r11+128], 127
    sub byte [r11+128], -128
    sub byte [r11+128], 255
    cmp byte [r11+128], 0
    cmp byte [r11+128], 1
    cmp byte [r11+128], -1
    cmp byte [r11+128], 127
    cmp byte [r11+128], -128
    cmp byte [r11+128], 255
    mov rax, qword [r11-129]
    mov eax, dword [r11-129]
    mov al, byte [r11-129]
    movzx eax, byte [r11-129]
    lea rax, [r11-129]
    mov qword [r11-129], rax
    mov dword [r11-129], eax
    mov byte [r11-129], al
    add byte [r11-129], al
    sub byte [r11-129], al
    mov rcx, qword [r11-129]
    mov ecx, dword [r11-129]
    mov cl, byte [r11-129]
    movzx ecx, byte [r11-129]
    lea rcx, [r11-129]
    mov qword [r11-129], rcx
    mov dword [r11-129], ecx
    mov byte [r11-129], cl
    add byte [r11-129], cl
    sub byte [r11-129], cl
    mov rdx, qword [r11-129]
    mov edx, dword [r11-129]
    mov dl, byte [r11-129]
    movzx edx, byte [r11-129]
    lea rdx, [r11-129]
    mov qword [r11-129], rdx
    mov dword [r11-129], edx
    mov byte [r11-129], dl
    add byte [r11-129], dl
    sub byte [r11-129], dl
    mov rbx, qword [r11-129]
    mov ebx, dword [r11-129]
    mov bl, byte [r11-129]
    movzx ebx, byte [r11-129]
    lea rbx, [r11-129]
    mov qword [r11-129], rbx
    mov dword [r11-129], ebx
    mov byte [r11-129], bl
    add byte [r11-129], bl
    sub byte [r11-129], bl
    mov rsp, qword [r11-129]
    mov esp, dword [r11-129]
    mov spl, byte [r11-129]
    movzx esp, byte [r11-129]
    lea rsp, [r11-129]
    mov qword [r11-129], rsp
    mov dword [r11-129], esp
    mov byte [r11-129], spl
    add byte [r11-129], spl
    sub byte [r11-129], spl
    mov rbp, qword [r11-129]
    mov ebp, dword [r11-129]
    mov bpl, byte [r11-129]
    movzx ebp, byte [r11-129]
    lea rbp, [r11-129]
    mov qword [r11-129], rbp
    mov dword [r11-129], ebp
    mov byte [r11-129], bpl
    add byte [r11-129], bpl
    sub byte [r11-129], bpl
    mov rsi, qword [r11-129]
    mov esi, dword [r11-129]
    mov sil, byte [r11-129]
    movzx esi, byte [r11-129]
    lea rsi, [r11-129]
    mov qword [r11-129], rsi
    mov dword [r11-129], esi
    mov byte [r11-129], sil
    add byte [r11-129], sil
    sub byte [r11-129], sil
    mov rdi, qword [r11-129]
    mov edi, dword [r11-129]
    mov dil, byte [r11-129]
    movzx edi, byte [r11-129]
    lea rdi, [r11-129]
    mov qword [r11-129], rdi
    mov dword [r11-129], edi
    mov byte [r11-129], dil
    add byte [r11-129], dil
    sub byte [r11-129], dil
    mov r8, qword [r11-129]
    mov r8d, dword [r11-129]
    mov r8b, byte [r11-129]
    movzx r8d, byte [r11-129]
    lea r8, [r11-129]
    mov qword [r11-129], r8
    mov dword [r11-129], r8d
    mov byte [r11-129], r8b
    add byte [r11-129], r8b
    sub byte [r11-129], r8b
    mov r9, qword [r11-129]
    mov r9d, dword [r11-129]
    mov r9b, byte [r11-129]
    movzx r9d, byte [r11-129]
    lea r9, [r11-129]
    mov qword [r11-129], r9
    mov dword [r11-129], r9d
    mov byte [r11-129], r9b
    add byte [r11-129], r9b
    sub byte [r11-129], r9b
    mov r10, qword [r11-129]
    mov r10d, dword [r11-129]
    mov r10b, byte [r11-129]
    movzx r10d, byte [r11-129]
    lea r10, [r11-129]
    mov qword [r11-129], r10
    mov dword [r11-129], r10d
    mov byte [r11-129], r10b
    add byte [r11-129], r10b
    sub byte [r11-129], r10b
    mov r11, qword [r11-129]
    mov r11d, dword [r11-129]
    mov r11b, byte [r11-129]
    movzx r11d, byte [r11-129]
    lea r11, [r11-129]
    mov qword [r11-129], r11
    mov dword [r11-129], r11d
    mov byte [r11-129], r11b
    add byte [r11-129], r11b
    sub byte [r11-129], r11b
    mov r12, qword [r11-129]
    mov r12d, dword [r11-129]
    mov r12b, byte [r11-129]
    movzx r12d, byte [r11-129]
    lea r12, [r11-129]
    mov qword [r11-129], r12
    mov dword [r11-129], r12d
    mov byte [r11-129], r12b
    add byte [r11-129], r12b
    sub byte [r11-129], r12b
    mov r13, qword [r11-129]
    mov r13d, dword [r11-129]
    mov r13b, byte [r11-129]
    movzx r13d, byte [r11-129]
    lea r13, [r11-129]
    mov qword [r11-129], r13
    mov dword [r11-129], r13d
    mov byte [r11-129], r13b
    add byte [r11-129], r13b
    sub byte [r11-129], r13b
    mov r14, qword [r11-129]
    mov r14d, dword [r11-129]
    mov r14b, byte [r11-129]
    movzx r14d, byte [r11-129]
    lea r14, [r11-129]
    mov qword [r11-129], r14
    mov dword [r11-129], r14d
    mov byte [r11-129], r14b
    add byte [r11-129], r14b
    sub byte [r11-129], r14b
    mov r15, qword [r11-129]
    mov r15d, dword [r11-129]
    mov r15b, byte [r11-129]
    movzx r15d, byte [r11-129]
    lea r15, [r11-129]
    mov qword [r11-129], r15
    mov dword [r11-129], r15d
    mov byte [r11-129], r15b
    add byte [r11-129], r15b
    sub byte [r11-129], r15b
    mov byte [r11-129], 0
    mov byte [r11-129], 1
    mov byte [r11-129], -1
    mov byte [r11-129], 127
    mov byte [r11-129], -128
    mov byte [r11-129], 255
    add byte [r11-129], 0
    add byte [r11-129], 1
    add byte [r11-129], -1
    add byte [r11-129], 127
    add byte [r11-129], -128
    add byte [r11-129], 255
    sub byte [r11-129], 0
    sub byte [r11-129], 1
    sub byte [r11-129], -1
    sub byte [r11-129], 127
    sub byte [r11-129], -128
    sub byte [r11-129], 255
    cmp byte [r11-129], 0
    cmp byte [r11-129], 1
    cmp byte [r11-129], -1
    cmp byte [r11-129], 127
    cmp byte [r11-129], -128
    cmp byte [r11-129], 255
    mov rax, qword [r11+2147483647]
    mov eax, dword [r11+2147483647]
    mov al, byte [r11+2147483647]
    movzx eax, byte [r11+2147483647]
    lea rax, [r11+2147483647]
    mov qword [r11+2147483647], rax
    mov dword [r11+2147483647], eax
    mov byte [r11+2147483647], al
    add byte [r11+2147483647], al
    sub byte [r11+2147483647], al
    mov rcx, qword [r11+2147483647]
    mov ecx, dword [r11+2147483647]
    mov cl, byte [r11+2147483647]
    movzx ecx, byte [r11+2147483647]
    lea rcx, [r11+2147483647]
    mov qword [r11+2147483647], rcx
    mov dword [r11+2147483647], ecx
    mov byte [r11+2147483647], cl
    add byte [r11+2147483647], cl
    sub byte [r11+2147483647], cl
    mov rdx, qword [r11+2147483647]
    mov edx, dword [r11+2147483647]
    mov dl, byte [r11+2147483647]
    movzx edx, byte [r11+2147483647]
    lea rdx, [r11+2147483647]
    mov qword [r11+2147483647], rdx
    mov dword [r11+2147483647], edx
    mov byte [r11+2147483647], dl
    add byte [r11+2147483647], dl
    sub byte [r11+2147483647], dl
    mov rbx, qword [r11+2147483647]
    mov ebx, dword [r11+2147483647]
    mov bl, byte [r11+2147483647]
    movzx ebx, byte [r11+2147483647]
    lea rbx, [r11+2147483647]
    mov qword [r11+2147483647], rbx
    mov dword [r11+2147483647], ebx
    mov byte [r11+2147483647], bl
    add byte [r11+2147483647], bl
    sub byte [r11+2147483647], bl
    mov rsp, qword [r11+2147483647]
    mov esp, dword [r11+2147483647]
    mov spl, byte [r11+2147483647]
    movzx esp, byte [r11+2147483647]
    lea rsp, [r11+2147483647]
    mov qword [r11+2147483647], rsp
    mov dword [r11+2147483647], esp
    mov byte [r11+2147483647], spl
    add byte [r11+2147483647], spl
    sub byte [r11+2147483647], spl
    mov rbp, qword [r11+2147483647]
    mov ebp, dword [r11+2147483647]
    mov bpl, byte [r11+2147483647]
    movzx ebp, byte [r11+2147483647]
    lea rbp, [r11+2147483647]
    mov qword [r11+2147483647], rbp
    mov dword [r11+2147483647], ebp
    mov byte [r11+2147483647], bpl
    add byte [r11+2147483647], bpl
    sub byte [r11+2147483647], bpl
    mov rsi, qword [r11+2147483647]
    mov esi, dword [r11+2147483647]
    mov sil, byte [r11+2147483647]
    movzx esi, byte [r11+2147483647]
    lea rsi, [r11+2147483647]
    mov qword [r11+2147483647], rsi
    mov dword [r11+2147483647], esi
    mov byte [r11+2147483647], sil
    add byte [r11+2147483647], sil
    sub byte [r11+2147483647], sil
    mov rdi, qword [r11+2147483647]
    mov edi, dword [r11+2147483647]
    mov dil, byte [r11+2147483647]
    movzx edi, byte [r11+2147483647]
    lea rdi, [r11+2147483647]
    mov qword [r11+2147483647], rdi
    mov dword [r11+2147483647], edi
    mov byte [r11+2147483647], dil
    add byte [r11+2147483647], dil
    sub byte [r11+2147483647], dil
    mov r8, qword [r11+2147483647]
    mov r8d, dword [r11+2147483647]
    mov r8b, byte [r11+2147483647]
    movzx r8d, byte [r11+2147483647]
    lea r8, [r11+2147483647]
    mov qword [r11+2147483647], r8
    mov dword [r11+2147483647], r8d
    mov byte [r11+2147483647], r8b
    add byte [r11+2147483647], r8b
    sub byte [r11+2147483647], r8b
    mov r9, qword [r11+2147483647]
    mov r9d, dword [r11+2147483647]
    mov r9b, byte [r11+2147483647]
    movzx r9d, byte [r11+2147483647]
    lea r9, [r11+2147483647]
    mov qword [r11+2147483647], r9
    mov dword [r11+2147483647], r9d
    mov byte [r11+2147483647], r9b
    add byte [r11+2147483647], r9b
    sub byte [r11+2147483647], r9b
    mov r10, qword [r11+2147483647]
    mov r10d, dword [r11+2147483647]
    mov r10b, byte [r11+2147483647]
    movzx r10d, byte [r11+2147483647]
    lea r10, [r11+2147483647]
    mov qword [r11+2147483647], r10
    mov dword [r11+2147483647], r10d
    mov byte [r11+2147483647], r10b
    add byte [r11+2147483647], r10b
    sub byte [r11+2147483647], r10b
    mov r11, qword [r11+2147483647]
    mov r11d, dword [r11+2147483647]
    mov r11b, byte [r11+2147483647]
    movzx r11d, byte [r11+2147483647]
    lea r11, [r11+2147483647]
    mov qword [r11+2147483647], r11
    mov dword [r11+2147483647], r11d
    mov byte [r11+2147483647], r11b
    add byte [r11+2147483647], r11b
    sub byte [r11+2147483647], r11b
    mov r12, qword [r11+2147483647]
    mov r12d, dword [r11+2147483647]
    mov r12b, byte [r11+2147483647]
    movzx r12d, byte [r11+2147483647]
    lea r12, [r11+2147483647]
    mov qword [r11+2147483647], r12
    mov dword [r11+2147483647], r12d
    mov byte [r11+2147483647], r12b
    add byte [r11+2147483647], r12b
    sub byte [r11+2147483647], r12b
    mov r13, qword [r11+2147483647]
    mov r13d, dword [r11+2147483647]
    mov r13b, byte [r11+2147483647]
    movzx r13d, byte [r11+2147483647]
    lea r13, [r11+2147483647]
    mov qword [r11+2147483647], r13
    mov dword [r11+2147483647], r13d
    mov byte [r11+2147483647], r13b
    add byte [r11+2147483647], r13b
    sub byte [r11+2147483647], r13b
    mov r14, qword [r11+2147483647]
    mov r14d, dword [r11+2147483647]
    mov r14b, byte [r11+2147483647]
    movzx r14d, byte [r11+2147483647]
    lea r14, [r11+2147483647]
    mov qword [r11+2147483647], r14
    mov dword [r11+2147483647], r14d
    mov byte [r11+2147483647], r14b
    add byte [r11+2147483647], r14b
    sub byte [r11+2147483647], r14b
    mov r15, qword [r11+2147483647]
    mov r15d, dword [r11+2147483647]
    mov r15b, byte [r11+2147483647]
    movzx r15d, byte [r11+2147483647]
    lea r15, [r11+2147483647]
    mov qword [r11+2147483647], r15
    mov dword [r11+2147483647], r15d
    mov byte [r11+2147483647], r15b
    add byte [r11+2147483647], r15b
    sub byte [r11+2147483647], r15b
    mov byte [r11+2147483647], 0
    mov byte [r11+2147483647], 1
    mov byte [r11+2147483647], -1
    mov byte [r11+2147483647], 127
    mov byte [r11+2147483647], -128
    mov byte [r11+2147483647], 255
    add byte [r11+2147483647], 0
    add byte [r11+2147483647], 1
    add byte [r11+2147483647], -1
    add byte [r11+2147483647], 127
    add byte [r11+2147483647], -128
    add byte [r11+2147483647], 255
    sub byte [r11+2147483647], 0
    sub byte [r11+2147483647], 1
    sub byte [r11+2147483647], -1
    sub byte [r11+2147483647], 127
    sub byte [r11+2147483647], -128
    sub byte [r11+2147483647], 255
    cmp byte [r11+2147483647], 0
    cmp byte [r11+2147483647], 1
    cmp byte [r11+2147483647], -1
    cmp byte [r11+2147483647], 127
    cmp byte [r11+2147483647], -128
    cmp byte [r11+2147483647], 255
    mov rax, qword [r11-2147483648]
    mov eax, dword [r11-2147483648]
    mov al, byte [r11-2147483648]
    movzx eax, byte [r11-2147483648]
    lea rax, [r11-2147483648]
    mov qword [r11-2147483648], rax
    mov dword [r11-2147483648], eax
    mov byte [r11-2147483648], al
    add byte [r11-2147483648], al
    sub byte [r11-2147483648], al
    mov rcx, qword [r11-2147483648]
    mov ecx, dword [r11-2147483648]
    mov cl, byte [r11-2147483648]
    movzx ecx, byte [r11-2147483648]
    lea rcx, [r11-2147483648]
    mov qword [r11-2147483648], rcx
    mov dword [r11-2147483648], ecx
    mov byte [r11-2147483648], cl
    add byte [r11-2147483648], cl
    sub byte [r11-2147483648], cl
    mov rdx, qword [r11-2147483648]
    mov edx, dword [r11-2147483648]
    mov dl, byte [r11-2147483648]
    movzx edx, byte [r11-2147483648]
    lea rdx, [r11-2147483648]
    mov qword [r11-2147483648], rdx
    mov dword [r11-2147483648], edx
    mov byte [r11-2147483648], dl
    add byte [r11-2147483648], dl
    sub byte [r11-2147483648], dl
    mov rbx, qword [r11-2147483648]
    mov ebx, dword [r11-2147483648]
    mov bl, byte [r11-2147483648]
    movzx ebx, byte [r11-2147483648]
    lea rbx, [r11-2147483648]
    mov qword [r11-2147483648], rbx
    mov dword [r11-2147483648], ebx
    mov byte [r11-2147483648], bl
    add byte [r11-2147483648], bl
    sub byte [r11-2147483648], bl
    mov rsp, qword [r11-2147483648]
    mov esp, dword [r11-2147483648]
    mov spl, byte [r11-2147483648]
    movzx esp, byte [r11-2147483648]
    lea rsp, [r11-2147483648]
    mov qword [r11-2147483648], rsp
    mov dword [r11-2147483648], esp
    mov byte [r11-2147483648], spl
    add byte [r11-2147483648], spl
    sub byte [r11-2147483648], spl
    mov rbp, qword [r11-2147483648]
    mov ebp, dword [r11-2147483648]
    mov bpl, byte [r11-2147483648]
    movzx ebp, byte [r11-2147483648]
    lea rbp, [r11-2147483648]
    mov qword [r11-2147483648], rbp
    mov dword [r11-2147483648], ebp
    mov byte [r11-2147483648], bpl
    add byte [r11-2147483648], bpl
    sub byte [r11-2147483648], bpl
    mov rsi, qword [r11-2147483648]
    mov esi, dword [r11-2147483648]
    mov sil, byte [r11-2147483648]
    movzx esi, byte [r11-2147483648]
    lea rsi, [r11-2147483648]
    mov qword [r11-2147483648], rsi
    mov dword [r11-2147483648], esi
    mov byte [r11-2147483648], sil
    add byte [r11-2147483648], sil
    sub byte [r11-2147483648], sil
    mov rdi, qword [r11-2147483648]
    mov edi, dword [r11-2147483648]
    mov dil, byte [r11-2147483648]
    movzx edi, byte [r11-2147483648]
    lea rdi, [r11-2147483648]
    mov qword [r11-2147483648], rdi
    mov dword [r11-2147483648], edi
    mov byte [r11-2147483648], dil
    add byte [r11-2147483648], dil
    sub byte [r11-2147483648], dil
    mov r8, qword [r11-2147483648]
    mov r8d, dword [r11-2147483648]
    mov r8b, byte [r11-2147483648]
    movzx r8d, byte [r11-2147483648]
    lea r8, [r11-2147483648]
    mov qword [r11-2147483648], r8
    mov dword [r11-2147483648], r8d
    mov byte [r11-2147483648], r8b
    add byte [r11-2147483648], r8b
    sub byte [r11-2147483648], r8b
    mov r9, qword [r11-2147483648]
    mov r9d, dword [r11-2147483648]
    mov r9b, byte [r11-2147483648]
    movzx r9d, byte [r11-2147483648]
    lea r9, [r11-2147483648]
    mov qword [r11-2147483648], r9
    mov dword [r11-2147483648], r9d
    mov byte [r11-2147483648], r9b
    add byte [r11-2147483648], r9b
    sub byte [r11-2147483648], r9b
    mov r10, qword [r11-2147483648]
    mov r10d, dword [r11-2147483648]
    mov r10b, byte [r11-2147483648]
    movzx r10d, byte [r11-2147483648]
    lea r10, [r11-2147483648]
    mov qword [r11-2147483648], r10
    mov dword [r11-2147483648], r10d
    mov byte [r11-2147483648], r10b
    add byte [r11-2147483648], r10b
    sub byte [r11-2147483648], r10b
    mov r11, qword [r11-2147483648]
    mov r11d, dword [r11-2147483648]
    mov r11b, byte [r11-2147483648]
    movzx r11d, byte [r11-2147483648]
    lea r11, [r11-2147483648]
    mov qword [r11-2147483648], r11
    mov dword [r11-2147483648], r11d
    mov byte [r11-2147483648], r11b
    add byte [r11-2147483648], r11b
    sub byte [r11-2147483648], r11b
    mov r12, qword [r11-2147483648]
    mov r12d, dword [r11-2147483648]
    mov r12b, byte [r11-2147483648]
    movzx r12d, byte [r11-2147483648]
    lea r12, [r11-2147483648]
    mov qword [r11-2147483648], r12
    mov dword [r11-2147483648], r12d
    mov byte [r11-2147483648], r12b
    add byte [r11-2147483648], r12b
    sub byte [r11-2147483648], r12b
    mov r13, qword [r11-2147483648]
    mov r13d, dword [r11-2147483648]
    mov r13b, byte [r11-2147483648]
    movzx r13d, byte [r11-2147483648]
    lea r13, [r11-2147483648]
    mov qword [r11-2147483648], r13
    mov dword [r11-2147483648], r13d
    mov byte [r11-2147483648], r13b
    add byte [r11-2147483648], r13b
    sub byte [r11-2147483648], r13b
    mov r14, qword [r11-2147483648]
    mov r14d, dword [r11-2147483648]
    mov r14b, byte [r11-2147483648]
    movzx r14d, byte [r11-2147483648]
    lea r14, [r11-2147483648]
    mov qword [r11-2147483648], r14
    mov dword [r11-2147483648], r14d
    mov byte [r11-2147483648], r14b
    add byte [r11-2147483648], r14b
    sub byte [r11-2147483648], r14b
    mov r15, qword [r11-2147483648]
    mov r15d, dword [r11-2147483648]
    mov r15b, byte [r11-2147483648]
    movzx r15d, byte [r11-2147483648]
    lea r15, [r11-2147483648]
    mov qword [r11-2147483648], r15
    mov dword [r11-2147483648], r15d
    mov byte [r11-2147483648], r15b
    add byte [r11-2147483648], r15b
    sub byte [r11-2147483648], r15b
    mov byte [r11-2147483648], 0
    mov byte [r11-2147483648], 1
    mov byte [r11-2147483648], -1
    mov byte [r11-2147483648], 127
    mov byte [r11-2147483648], -128
    mov byte [r11-2147483648], 255
    add byte [r11-2147483648], 0
    add byte [r11-2147483648], 1
    add byte [r11-2147483648], -1
    add byte [r11-2147483648], 127
    add byte [r11-2147483648], -128
    add byte [r11-2147483648], 255
    sub byte [r11-2147483648], 0
    sub byte [r11-2147483648], 1
    sub byte [r11-2147483648], -1
    sub byte [r11-2147483648], 127
    sub byte [r11-2147483648], -128
    sub byte [r11-2147483648], 255
    cmp byte [r11-2147483648], 0
    cmp byte [r11-2147483648], 1
    cmp byte [r11-2147483648], -1
    cmp byte [r11-2147483648], 127
    cmp byte [r11-2147483648], -128
    cmp byte [r11-2147483648], 255
    mov rax, qword [r12+0]
    mov eax, dword [r12+0]
    mov al, byte [r12+0]
    movzx eax, byte [r12+0]
    lea rax, [r12+0]
    mov qword [r12+0], rax
    mov dword [r12+0], eax
    mov byte [r12+0], al
    add byte [r12+0], al
    sub byte [r12+0], al
    mov rcx, qword [r12+0]
    mov ecx, dword [r12+0]
    mov cl, byte [r12+0]
    movzx ecx, byte [r12+0]
    lea rcx, [r12+0]
    mov qword [r12+0], rcx
    mov dword [r12+0], ecx
    mov byte [r12+0], cl
    add byte [r12+0], cl
    sub byte [r12+0], cl
    mov rdx, qword [r12+0]
    mov edx, dword [r12+0]
    mov dl, byte [r12+0]
    movzx edx, byte [r12+0]
    lea rdx, [r12+0]
    mov qword [r12+0], rdx
    mov dword [r12+0], edx
    mov byte [r12+0], dl
    add byte [r12+0], dl
    sub byte [r12+0], dl
    mov rbx, qword [r12+0]
    mov ebx, dword [r12+0]
    mov bl, byte [r12+0]
    movzx ebx, byte [r12+0]
    lea rbx, [r12+0]
    mov qword [r12+0], rbx
    mov dword [r12+0], ebx
    mov byte [r12+0], bl
    add byte [r12+0], bl
    sub byte [r12+0], bl
    mov rsp, qword [r12+0]
    mov esp, dword [r12+0]
    mov spl, byte [r12+0]
    movzx esp, byte [r12+0]
    lea rsp, [r12+0]
    mov qword [r12+0], rsp
    mov dword [r12+0], esp
    mov byte [r12+0], spl
    add byte [r12+0], spl
    sub byte [r12+0], spl
    mov rbp, qword [r12+0]
    mov ebp, dword [r12+0]
    mov bpl, byte [r12+0]
    movzx ebp, byte [r12+0]
    lea rbp, [r12+0]
    mov qword [r12+0], rbp
    mov dword [r12+0], ebp
    mov byte [r12+0], bpl
    add byte [r12+0], bpl
    sub byte [r12+0], bpl
    mov rsi, qword [r12+0]
    mov esi, dword [r12+0]
    mov sil, byte [r12+0]
    movzx esi, byte [r12+0]
    lea rsi, [r12+0]
    mov qword [r12+0], rsi
    mov dword [r12+0], esi
    mov byte [r12+0], sil
    add byte [r12+0], sil
    sub byte [r12+0], sil
    mov rdi, qword [r12+0]
    mov edi, dword [r12+0]
    mov dil, byte [r12+0]
    movzx edi, byte [r12+0]
    lea rdi, [r12+0]
    mov qword [r12+0], rdi
    mov dword [r12+0], edi
    mov byte [r12+0], dil
    add byte [r12+0], dil
    sub byte [r12+0], dil
    mov r8, qword [r12+0]
    mov r8d, dword [r12+0]
    mov r8b, byte [r12+0]
    movzx r8d, byte [r12+0]
    lea r8, [r12+0]
    mov qword [r12+0], r8
    mov dword [r12+0], r8d
    mov byte [r12+0], r8b
    add byte [r12+0], r8b
    sub byte [r12+0], r8b
    mov r9, qword [r12+0]
    mov r9d, dword [r12+0]
    mov r9b, byte [r12+0]
    movzx r9d, byte [r12+0]
    lea r9, [r12+0]
    mov qword [r12+0], r9
    mov dword [r12+0], r9d
    mov byte [r12+0], r9b
    add byte [r12+0], r9b
    sub byte [r12+0], r9b
    mov r10, qword [r12+0]
    mov r10d, dword [r12+0]
    mov r10b, byte [r12+0]
    movzx r10d, byte [r12+0]
    lea r10, [r12+0]
    mov qword [r12+0], r10
    mov dword [r12+0], r10d
    mov byte [r12+0], r10b
    add byte [r12+0], r10b
    sub byte [r12+0], r10b
    mov r11, qword [r12+0]
    mov r11d, dword [r12+0]
    mov r11b, byte [r12+0]
    movzx r11d, byte [r12+0]
    lea r11, [r12+0]
    mov qword [r12+0], r11
    mov dword [r12+0], r11d
    mov byte [r12+0], r11b
    add byte [r12+0], r11b
    sub byte [r12+0], r11b
    mov r12, qword [r12+0]
    mov r12d, dword [r12+0]
    mov r12b, byte [r12+0]
    movzx r12d, byte [r12+0]
    lea r12, [r12+0]
    mov qword [r12+0], r12
    mov dword [r12+0], r12d
    mov byte [r12+0], r12b
    add byte [r12+0], r12b
    sub byte [r12+0], r12b
    mov r13, qword [r12+0]
    mov r13d, dword [r12+0]
    mov r13b, byte [r12+0]
    movzx r13d, byte [r12+0]
    lea r13, [r12+0]
    mov qword [r12+0], r13
    mov dword [r12+0], r13d
    mov byte [r12+0], r13b
    add byte [r12+0], r13b
    sub byte [r12+0], r13b
    mov r14, qword [r12+0]
    mov r14d, dword [r12+0]
    mov r14b, byte [r12+0]
    movzx r14d, byte [r12+0]
    lea r14, [r12+0]
    mov qword [r12+0], r14
    mov dword [r12+0], r14d
    mov byte [r12+0], r14b
    add byte [r12+0], r14b
    sub byte [r12+0], r14b
    mov r15, qword [r12+0]
    mov r15d, dword [r12+0]
    mov r15b, byte [r12+0]
    movzx r15d, byte [r12+0]
    lea r15, [r12+0]
    mov qword [r12+0], r15
    mov dword [r12+0], r15d
    mov byte [r12+0], r15b
    add byte [r12+0], r15b
    sub byte [r12+0], r15b
    mov byte [r12+0], 0
    mov byte [r12+0], 1
    mov byte [r12+0], -1
    mov byte [r12+0], 127
    mov byte [r12+0], -128
    mov byte [r12+0], 255
    add byte [r12+0], 0
    add byte [r12+0], 1
    add byte [r12+0], -1
    add byte [r12+0], 127
    add byte [r12+0], -128
    add byte [r12+0], 255
    sub byte [r12+0], 0
    sub byte [r12+0], 1
    sub byte [r12+0], -1
    sub byte [r12+0], 127
    sub byte [r12+0], -128
    sub byte [r12+0], 255
    cmp byte [r12+0], 0
    cmp byte [r12+0], 1
    cmp byte [r12+0], -1
    cmp byte [r12+0], 127
    cmp byte [r12+0], -128
    cmp byte [r12+0], 255
    mov rax, qword [r12+1]
    mov eax, dword [r12+1]
    mov al, byte [r12+1]
    movzx eax, byte [r12+1]
    lea rax, [r12+1]
    mov qword [r12+1], rax
    mov dword [r12+1], eax
    mov byte [r12+1], al
    add byte [r12+1], al
    sub byte [r12+1], al
    mov rcx, qword [r12+1]
    mov ecx, dword [r12+1]
    mov cl, byte [r12+1]
    movzx ecx, byte [r12+1]
    lea rcx, [r12+1]
    mov qword [r12+1], rcx
    mov dword [r12+1], ecx
    mov byte [r12+1], cl
    add byte [r12+1], cl
    sub byte [r12+1], cl
    mov rdx, qword [r12+1]
    mov edx, dword [r12+1]
    mov dl, byte [r12+1]
    movzx edx, byte [r12+1]
    lea rdx, [r12+1]
    mov qword [r12+1], rdx
    mov dword [r12+1], edx
    mov byte [r12+1], dl
    add byte [r12+1], dl
    sub byte [r12+1], dl
    mov rbx, qword [r12+1]
    mov ebx, dword [r12+1]
    mov bl, byte [r12+1]
    movzx ebx, byte [r12+1]
    lea rbx, [r12+1]
    mov qword [r12+1], rbx
    mov dword [r12+1], ebx
    mov byte [r12+1], bl
    add byte [r12+1], bl
    sub byte [r12+1], bl
    mov rsp, qword [r12+1]
    mov esp, dword [r12+1]
    mov spl, byte [r12+1]
    movzx esp, byte [r12+1]
    lea rsp, [r12+1]
    mov qword [r12+1], rsp
    mov dword [r12+1], esp
    mov byte [r12+1], spl
    add byte [r12+1], spl
    sub byte [r12+1], spl
    mov rbp, qword [r12+1]
    mov ebp, dword [r12+1]
    mov bpl, byte [r12+1]
    movzx ebp, byte [r12+1]
    lea rbp, [r12+1]
    mov qword [r12+1], rbp
    mov dword [r12+1], ebp
    mov byte [r12+1], bpl
    add byte [r12+1], bpl
    sub byte [r12+1], bpl
    mov rsi, qword [r12+1]
    mov esi, dword [r12+1]
    mov sil, byte [r12+1]
    movzx esi, byte [r12+1]
    lea rsi, [r12+1]
    mov qword [r12+1], rsi
    mov dword [r12+1], esi
    mov byte [r12+1], sil
    add byte [r12+1], sil
    sub byte [r12+1], sil
    mov rdi, qword [r12+1]
    mov edi, dword [r12+1]
    mov dil, byte [r12+1]
    movzx edi, byte [r12+1]
    lea rdi, [r12+1]
    mov qword [r12+1], rdi
    mov dword [r12+1], edi
    mov byte [r12+1], dil
    add byte [r12+1], dil
    sub byte [r12+1], dil
    mov r8, qword [r12+1]
    mov r8d, dword [r12+1]
    mov r8b, byte [r12+1]
    movzx r8d, byte [r12+1]
    lea r8, [r12+1]
    mov qword [r12+1], r8
    mov dword [r12+1], r8d
    mov byte [r12+1], r8b
    add byte [r12+1], r8b
    sub byte [r12+1], r8b
    mov r9, qword [r12+1]
    mov r9d, dword [r12+1]
    mov r9b, byte [r12+1]
    movzx r9d, byte [r12+1]
    lea r9, [r12+1]
    mov qword [r12+1], r9
    mov dword [r12+1], r9d
    mov byte [r12+1], r9b
    add byte [r12+1], r9b
    sub byte [r12+1], r9b
    mov r10, qword [r12+1]
    mov r10d, dword [r12+1]
    mov r10b, byte [r12+1]
    movzx r10d, byte [r12+1]
    lea r10, [r12+1]
    mov qword [r12+1], r10
    mov dword [r12+1], r10d
    mov byte [r12+1], r10b
    add byte [r12+1], r10b
    sub byte [r12+1], r10b
    mov r11, qword [r12+1]
    mov r11d, dword [r12+1]
    mov r11b, byte [r12+1]
    movzx r11d, byte [r12+1]
    lea r11, [r12+1]
    mov qword [r12+1], r11
    mov dword [r12+1], r11d
    mov byte [r12+1], r11b
    add byte [r12+1], r11b
    sub byte [r12+1], r11b
    mov r12, qword [r12+1]
    mov r12d, dword [r12+1]
    mov r12b, byte [r12+1]
    movzx r12d, byte [r12+1]
    lea r12, [r12+1]
    mov qword [r12+1], r12
    mov dword [r12+1], r12d
    mov byte [r12+1], r12b
    add byte [r12+1], r12b
    sub byte [r12+1], r12b
    mov r13, qword [r12+1]
    mov r13d, dword [r12+1]
    mov r13b, byte [r12+1]
    movzx r13d, byte [r12+1]
    lea r13, [r12+1]
    mov qword [r12+1], r13
    mov dword [r12+1], r13d
    mov byte [r12+1], r13b
    add byte [r12+1], r13b
    sub byte [r12+1], r13b
    mov r14, qword [r12+1]
    mov r14d, dword [r12+1]
    mov r14b, byte [r12+1]
    movzx r14d, byte [r12+1]
    lea r14, [r12+1]
    mov qword [r12+1], r14
    mov dword [r12+1], r14d
    mov byte [r12+1], r14b
    add byte [r12+1], r14b
    sub byte [r12+1], r14b
    mov r15, qword [r12+1]
    mov r15d, dword [r12+1]
    mov r15b, byte [r12+1]
    movzx r15d, byte [r12+1]
    lea r15, [r12+1]
    mov qword [r12+1], r15
    mov dword [r12+1], r15d
    mov byte [r12+1], r15b
    add byte [r12+1], r15b
    sub byte [r12+1], r15b
    mov byte [r12+1], 0
    mov byte [r12+1], 1
    mov byte [r12+1], -1
    mov byte [r12+1], 127
    mov byte [r12+1], -128
    mov byte [r12+1], 255
    add byte [r12+1], 0
    add byte [r12+1], 1
    add byte [r12+1], -1
    add byte [r12+1], 127
    add byte [r12+1], -128
    add byte [r12+1], 255
    sub byte [r12+1], 0
    sub byte [r12+1], 1
    sub byte [r12+1], -1
    sub byte [r12+1], 127
    sub byte [r12+1], -128
    sub byte [r12+1], 255
    cmp byte [r12+1], 0
    cmp byte [r12+1], 1
    cmp byte [r12+1], -1
    cmp byte [r12+1], 127
    cmp byte [r12+1], -128
    cmp byte [r12+1], 255
    mov rax, qword [r12-1]
    mov eax, dword [r12-1]
    mov al, byte [r12-1]
    movzx eax, byte [r12-1]
    lea rax, [r12-1]
    mov qword [r12-1], rax
    mov dword [r12-1], eax
    mov byte [r12-1], al
    add byte [r12-1], al
    sub byte [r12-1], al
    mov rcx, qword [r12-1]
    mov ecx, dword [r12-1]
    mov cl, byte [r12-1]
    movzx ecx, byte [r12-1]
    lea rcx, [r12-1]
    mov qword [r12-1], rcx
    mov dword [r12-1], ecx
    mov byte [r12-1], cl
    add byte [r12-1], cl
    sub byte [r12-1], cl
    mov rdx, qword [r12-1]
    mov edx, dword [r12-1]
    mov dl, byte [r12-1]
    movzx edx, byte [r12-1]
    lea rdx, [r12-1]
    mov qword [r12-1], rdx
    mov dword [r12-1], edx
    mov byte [r12-1], dl
    add byte [r12-1], dl
    sub byte [r12-1], dl
    mov rbx, qword [r12-1]
    mov ebx, dword [r12-1]
    mov bl, byte [r12-1]
    movzx ebx, byte [r12-1]
    lea rbx, [r12-1]
    mov qword [r12-1], rbx
    mov dword [r12-1], ebx
    mov byte [r12-1], bl
    add byte [r12-1], bl
    sub byte [r12-1], bl
    mov rsp, qword [r12-1]
    mov esp, dword [r12-1]
    mov spl, byte [r12-1]
    movzx esp, byte [r12-1]
    lea rsp, [r12-1]
    mov qword [r12-1], rsp
    mov dword [r12-1], esp
    mov byte [r12-1], spl
    add byte [r12-1], spl
    sub byte [r12-1], spl
    mov rbp, qword [r12-1]
    mov ebp, dword [r12-1]
    mov bpl, byte [r12-1]
    movzx ebp, byte [r12-1]
    lea rbp, [r12-1]
    mov qword [r12-1], rbp
    mov dword [r12-1], ebp
    mov byte [r12-1], bpl
    add byte [r12-1], bpl
    sub byte [r12-1], bpl
    mov rsi, qword [r12-1]
    mov esi, dword [r12-1]
    mov sil, byte [r12-1]
    movzx esi, byte [r12-1]
    lea rsi, [r12-1]
    mov qword [r12-1], rsi
    mov dword [r12-1], esi
    mov byte [r12-1], sil
    add byte [r12-1], sil
    sub byte [r12-1], sil
    mov rdi, qword [r12-1]
    mov edi, dword [r12-1]
    mov dil, byte [r12-1]
    movzx edi, byte [r12-1]
    lea rdi, [r12-1]
    mov qword [r12-1], rdi
    mov dword [r12-1], edi
    mov byte [r12-1], dil
    add byte [r12-1], dil
    sub byte [r12-1], dil
    mov r8, qword [r12-1]
    mov r8d, dword [r12-1]
    mov r8b, byte [r12-1]
    movzx r8d, byte [r12-1]
    lea r8, [r12-1]
    mov qword [r12-1], r8
    mov dword [r12-1], r8d
    mov byte [r12-1], r8b
    add byte [r12-1], r8b
    sub byte [r12-1], r8b
    mov r9, qword [r12-1]
    mov r9d, dword [r12-1]
    mov r9b, byte [r12-1]
    movzx r9d, byte [r12-1]
    lea r9, [r12-1]
    mov qword [r12-1], r9
    mov dword [r12-1], r9d
    mov byte [r12-1], r9b
    add byte [r12-1], r9b
    sub byte [r12-1], r9b
    mov r10, qword [r12-1]
    mov r10d, dword [r12-1]
    mov r10b, byte [r12-1]
    movzx r10d, byte [r12-1]
    lea r10, [r12-1]
    mov qword [r12-1], r10
    mov dword [r12-1], r10d
    mov byte [r12-1], r10b
    add byte [r12-1], r10b
    sub byte [r12-1], r10b
    mov r11, qword [r12-1]
    mov r11d, dword [r12-1]
    mov r11b, byte [r12-1]
    movzx r11d, byte [r12-1]
    lea r11, [r12-1]
    mov qword [r12-1], r11
    mov dword [r12-1], r11d
    mov byte [r12-1], r11b
    add byte [r12-1], r11b
    sub byte [r12-1], r11b
    mov r12, qword [r12-1]
    mov r12d, dword [r12-1]
    mov r12b, byte [r12-1]
    movzx r12d, byte [r12-1]
    lea r12, [r12-1]
    mov qword [r12-1], r12
    mov dword [r12-1], r12d
    mov byte [r12-1], r12b
    add byte [r12-1], r12b
    sub byte [r12-1], r12b
    mov r13, qword [r12-1]
    mov r13d, dword [r12-1]
    mov r13b, byte [r12-1]
    movzx r13d, byte [r12-1]
    lea r13, [r12-1]
    mov qword [r12-1], r13
    mov dword [r12-1], r13d
    mov byte [r12-1], r13b
    add byte [r12-1], r13b
    sub byte [r12-1], r13b
    mov r14, qword [r12-1]
    mov r14d, dword [r12-1]
    mov r14b, byte [r12-1]
    movzx r14d, byte [r12-1]
    lea r14, [r12-1]
    mov qword [r12-1], r14
    mov dword [r12-1], r14d
    mov byte [r12-1], r14b
    add byte [r12-1], r14b
    sub byte [r12-1], r14b
    mov r15, qword [r12-1]
    mov r15d, dword [r12-1]
    mov r15b, byte [r12-1]
    movzx r15d, byte [r12-1]
    lea r15, [r12-1]
    mov qword [r12-1], r15
    mov dword [r12-1], r15d
    mov byte [r12-1], r15b
    add byte [r12-1], r15b
    sub byte [r12-1], r15b
    mov byte [r12-1], 0
    mov byte [r12-1], 1
    mov byte [r12-1], -1
    mov byte [r12-1], 127
    mov byte [r12-1], -128
    mov byte [r12-1], 255
    add byte [r12-1], 0
    add byte [r12-1], 1
    add byte [r12-1], -1
    add byte [r12-1], 127
    add byte [r12-1], -128
    add byte [r12-1], 255
    sub byte [r12-1], 0
    sub byte [r12-1], 1
    sub byte [r12-1], -1
    sub byte [r12-1], 127
    sub byte [r12-1], -128
    sub byte [r12-1], 255
    cmp byte [r12-1], 0
    cmp byte [r12-1], 1
    cmp byte [r12-1], -1
    cmp byte [r12-1], 127
    cmp byte [r12-1], -128
    cmp byte [r12-1], 255
    mov rax, qword [r12+127]
    mov eax, dword [r12+127]
    mov al, byte [r12+127]
    movzx eax, byte [r12+127]
    lea rax, [r12+127]
    mov qword [r12+127], rax
    mov dword [r12+127], eax
    mov byte [r12+127], al
    add byte [r12+127], al
    sub byte [r12+127], al
    mov rcx, qword [r12+127]
    mov ecx, dword [r12+127]
    mov cl, byte [r12+127]
    movzx ecx, byte [r12+127]
    lea rcx, [r12+127]
    mov qword [r12+127], rcx
    mov dword [r12+127], ecx
    mov byte [r12+127], cl
    add byte [r12+127], cl
    sub byte [r12+127], cl
    mov rdx, qword [r12+127]
    mov edx, dword [r12+127]
    mov dl, byte [r12+127]
    movzx edx, byte [r12+127]
    lea rdx, [r12+127]
    mov qword [r12+127], rdx
    mov dword [r12+127], edx
    mov byte [r12+127], dl
    add byte [r12+127], dl
    sub byte [r12+127], dl
    mov rbx, qword [r12+127]
    mov ebx, dword [r12+127]
    mov bl, byte [r12+127]
    movzx ebx, byte [r12+127]
    lea rbx, [r12+127]
    mov qword [r12+127], rbx
    mov dword [r12+127], ebx
    mov byte [r12+127], bl
    add byte [r12+127], bl
    sub byte [r12+127], bl
    mov rsp, qword [r12+127]
    mov esp, dword [r12+127]
    mov spl, byte [r12+127]
    movzx esp, byte [r12+127]
    lea rsp, [r12+127]
    mov qword [r12+127], rsp
    mov dword [r12+127], esp
    mov byte [r12+127], spl
    add byte [r12+127], spl
    sub byte [r12+127], spl
    mov rbp, qword [r12+127]
    mov ebp, dword [r12+127]
    mov bpl, byte [r12+127]
    movzx ebp, byte [r12+127]
    lea rbp, [r12+127]
    mov qword [r12+127], rbp
    mov dword [r12+127], ebp
    mov byte [r12+127], bpl
    add byte [r12+127], bpl
    sub byte [r12+127], bpl
    mov rsi, qword [r12+127]
    mov esi, dword [r12+127]
    mov sil, byte [r12+127]
    movzx esi, byte [r12+127]
    lea rsi, [r12+127]
    mov qword [r12+127], rsi
    mov dword [r12+127], esi
    mov byte [r12+127], sil
    add byte [r12+127], sil
    sub byte [r12+127], sil
    mov rdi, qword [r12+127]
    mov edi, dword [r12+127]
    mov dil, byte [r12+127]
    movzx edi, byte [r12+127]
    lea rdi, [r12+127]
    mov qword [r12+127], rdi
    mov dword [r12+127], edi
    mov byte [r12+127], dil
    add byte [r12+127], dil
    sub byte [r12+127], dil
    mov r8, qword [r12+127]
    mov r8d, dword [r12+127]
    mov r8b, byte [r12+127]
    movzx r8d, byte [r12+127]
    lea r8, [r12+127]
    mov qword [r12+127], r8
    mov dword [r12+127], r8d
    mov byte [r12+127], r8b
    add byte [r12+127], r8b
    sub byte [r12+127], r8b
    mov r9, qword [r12+127]
    mov r9d, dword [r12+127]
    mov r9b, byte [r12+127]
    movzx r9d, byte [r12+127]
    lea r9, [r12+127]
    mov qword [r12+127], r9
    mov dword [r12+127], r9d
    mov byte [r12+127], r9b
    add byte [r12+127], r9b
    sub byte [r12+127], r9b
    mov r10, qword [r12+127]
    mov r10d, dword [r12+127]
    mov r10b, byte [r12+127]
    movzx r10d, byte [r12+127]
    lea r10, [r12+127]
    mov qword [r12+127], r10
    mov dword [r12+127], r10d
    mov byte [r12+127], r10b
    add byte [r12+127], r10b
    sub byte [r12+127], r10b
    mov r11, qword [r12+127]
    mov r11d, dword [r12+127]
    mov r11b, byte [r12+127]
    movzx r11d, byte [r12+127]
    lea r11, [r12+127]
    mov qword [r12+127], r11
    mov dword [r12+127], r11d
    mov byte [r12+127], r11b
    add byte [r12+127], r11b
    sub byte [r12+127], r11b
    mov r12, qword [r12+127]
    mov r12d, dword [r12+127]
    mov r12b, byte [r12+127]
    movzx r12d, byte [r12+127]
    lea r12, [r12+127]
    mov qword [r12+127], r12
    mov dword [r12+127], r12d
    mov byte [r12+127], r12b
    add byte [r12+127], r12b
    sub byte [r12+127], r12b
    mov r13, qword [r12+127]
    mov r13d, dword [r12+127]
    mov r13b, byte [r12+127]
    movzx r13d, byte [r12+127]
    lea r13, [r12+127]
    mov qword [r12+127], r13
    mov dword [r12+127], r13d
    mov byte [r12+127], r13b
    add byte [r12+127], r13b
    sub byte [r12+127], r13b
    mov r14, qword [r12+127]
    mov r14d, dword [r12+127]
    mov r14b, byte [r12+127]
    movzx r14d, byte [r12+127]
    lea r14, [r12+127]
    mov qword [r12+127], r14
    mov dword [r12+127], r14d
    mov byte [r12+127], r14b
    add byte [r12+127], r14b
    sub byte [r12+127], r14b
    mov r15, qword [r12+127]
    mov r15d, dword [r12+127]
    mov r15b, byte [r12+127]
    movzx r15d, byte [r12+127]
    lea r15, [r12+127]
    mov qword [r12+127], r15
    mov dword [r12+127], r15d
    mov byte [r12+127], r15b
    add byte [r12+127], r15b
    sub byte [r12+127], r15b
    mov byte [r12+127], 0
    mov byte [r12+127], 1
    mov byte [r12+127], -1
    mov byte [r12+127], 127
    mov byte [r12+127], -128
    mov byte [r12+127], 255
    add byte [r12+127], 0
    add byte [r12+127], 1
    add byte [r12+127], -1
    add byte [r12+127], 127
    add byte [r12+127], -128
    add byte [r12+127], 255
    sub byte [r12+127], 0
    sub byte [r12+127], 1
    sub byte [r12+127], -1
    sub byte [r12+127], 127
    sub byte [r12+127], -128
    sub byte [r12+127], 255
    cmp byte [r12+127], 0
    cmp byte [r12+127], 1
    cmp byte [r12+127], -1
    cmp byte [r12+127], 127
    cmp byte [r12+127], -128
    cmp byte [r12+127], 255
    mov rax, qword [r12-128]
    mov eax, dword [r12-128]
    mov al, byte [r12-128]
    movzx eax, byte [r12-128]
    lea rax, [r12-128]
    mov qword [r12-128], rax
    mov dword [r12-128], eax
    mov byte [r12-128], al
    add byte [r12-128], al
    sub byte [r12-128], al
    mov rcx, qword [r12-128]
    mov ecx, dword [r12-128]
    mov cl, byte [r12-128]
    movzx ecx, byte [r12-128]
    lea rcx, [r12-128]
    mov qword [r12-128], rcx
    mov dword [r12-128], ecx
    mov byte [r12-128], cl
    add byte [r12-128], cl
    sub byte [r12-128], cl
    mov rdx, qword [r12-128]
    mov edx, dword [r12-128]
    mov dl, byte [r12-128]
    movzx edx, byte [r12-128]
    lea rdx, [r12-128]
    mov qword [r12-128], rdx
    mov dword [r12-128], edx
    mov byte [r12-128], dl
    add byte [r12-128], dl
    sub byte [r12-128], dl
    mov rbx, qword [r12-128]
    mov ebx, dword [r12-128]
    mov bl, byte [r12-128]
    movzx ebx, byte [r12-128]
    lea rbx, [r12-128]
    mov qword [r12-128], rbx
    mov dword [r12-128], ebx
    mov byte [r12-128], bl
    add byte [r12-128], bl
    sub byte [r12-128], bl
    mov rsp, qword [r12-128]
    mov esp, dword [r12-128]
    mov spl, byte [r12-128]
    movzx esp, byte [r12-128]
    lea rsp, [r12-128]
    mov qword [r12-128], rsp
    mov dword [r12-128], esp
    mov byte [r12-128], spl
    add byte [r12-128], spl
    sub byte [r12-128], spl
    mov rbp, qword [r12-128]
    mov ebp, dword [r12-128]
    mov bpl, byte [r12-128]
    movzx ebp, byte [r12-128]
    lea rbp, [r12-128]
    mov qword [r12-128], rbp
    mov dword [r12-128], ebp
    mov byte [r12-128], bpl
    add byte [r12-128], bpl
    sub byte [r12-128], bpl
    mov rsi, qword [r12-128]
    mov esi, dword [r12-128]
    mov sil, byte [r12-128]
    movzx esi, byte [r12-128]
    lea rsi, [r12-128]
    mov qword [r12-128], rsi
    mov dword [r12-128], esi
    mov byte [r12-128], sil
    add byte [r12-128], sil
    sub byte [r12-128], sil
    mov rdi, qword [r12-128]
    mov edi, dword [r12-128]
    mov dil, byte [r12-128]
    movzx edi, byte [r12-128]
    lea rdi, [r12-128]
    mov qword [r12-128], rdi
    mov dword [r12-128], edi
    mov byte [r12-128], dil
    add byte [r12-128], dil
    sub byte [r12-128], dil
    mov r8, qword [r12-128]
    mov r8d, dword [r12-128]
    mov r8b, byte [r12-128]
    movzx r8d, byte [r12-128]
    lea r8, [r12-128]
    mov qword [r12-128], r8
    mov dword [r12-128], r8d
    mov byte [r12-128], r8b
    add byte [r12-128], r8b
    sub byte [r12-128], r8b
    mov r9, qword [r12-128]
    mov r9d, dword [r12-128]
    mov r9b, byte [r12-128]
    movzx r9d, byte [r12-128]
    lea r9, [r12-128]
    mov qword [r12-128], r9
    mov dword [r12-128], r9d
    mov byte [r12-128], r9b
    add byte [r12-128], r9b
    sub byte [r12-128], r9b
    mov r10, qword [r12-128]
    mov r10d, dword [r12-128]
    mov r10b, byte [r12-128]
    movzx r10d, byte [r12-128]
    lea r10, [r12-128]
    mov qword [r12-128], r10
    mov dword [r12-128], r10d
    mov byte [r12-128], r10b
    add byte [r12-128], r10b
    sub byte [r12-128], r10b
    mov r11, qword [r12-128]
    mov r11d, dword [r12-128]
    mov r11b, byte [r12-128]
    movzx r11d, byte [r12-128]
    lea r11, [r12-128]
    mov qword [r12-128], r11
    mov dword [r12-128], r11d
    mov byte [r12-128], r11b
    add byte [r12-128], r11b
    sub byte [r12-128], r11b
    mov r12, qword [r12-128]
    mov r12d, dword [r12-128]
    mov r12b, byte [r12-128]
    movzx r12d, byte [r12-128]
    lea r12, [r12-128]
    mov qword [r12-128], r12
    mov dword [r12-128], r12d
    mov byte [r12-128], r12b
    add byte [r12-128], r12b
    sub byte [r12-128], r12b
    mov r13, qword [r12-128]
    mov r13d, dword [r12-128]
    mov r13b, byte [r12-128]
    movzx r13d, byte [r12-128]
    lea r13, [r12-128]
    mov qword [r12-128], r13
    mov dword [r12-128], r13d
    mov byte [r12-128], r13b
    add byte [r12-128], r13b
    sub byte [r12-128], r13b
    mov r14, qword [r12-128]
    mov r14d, dword [r12-128]
    mov r14b, byte [r12-128]
    movzx r14d, byte [r12-128]
    lea r14, [r12-128]
    mov qword [r12-128], r14
    mov dword [r12-128], r14d
    mov byte [r12-128], r14b
    add byte [r12-128], r14b
    sub byte [r12-128], r14b
    mov r15, qword [r12-128]
    mov r15d, dword [r12-128]
    mov r15b, byte [r12-128]
    movzx r15d, byte [r12-128]
    lea r15, [r12-128]
    mov qword [r12-128], r15
    mov dword [r12-128], r15d
    mov byte [r12-128], r15b
    add byte [r12-128], r15b
    sub byte [r12-128], r15b
    mov byte [r12-128], 0
    mov byte [r12-128], 1
    mov byte [r12-128], -1
    mov byte [r12-128], 127
    mov byte [r12-128], -128
    mov byte [r12-128], 255
    add byte [r12-128], 0
    add byte [r12-128], 1
    add byte [r12-128], -1
    add byte [r12-128], 127
    add byte [r12-128], -128
    add byte [r12-128], 255
    sub byte [r12-128], 0
    sub byte [r12-128], 1
    sub byte [r12-128], -1
    sub byte [r12-128], 127
    sub byte [r12-128], -128
    sub byte [r12-128], 255
    cmp byte [r12-128], 0
    cmp byte [r12-128], 1
    cmp byte [r12-128], -1
    cmp byte [r12-128], 127
    cmp byte [r12-128], -128
    cmp byte [r12-128], 255
    mov rax, qword [r12+128]
    mov eax, dword [r12+128]
    mov al, byte [r12+128]
    movzx eax, byte [r12+128]
    lea rax, [r12+128]
    mov qword [r12+128], rax
    mov dword [r12+128], eax
    mov byte [r12+128], al
    add byte [r12+128], al
    sub byte [r12+128], al
    mov rcx, qword [r12+128]
    mov ecx, dword [r12+128]
    mov cl, byte [r12+128]
    movzx ecx, byte [r12+128]
    lea rcx, [r12+128]
    mov qword [r12+128], rcx
    mov dword [r12+128], ecx
    mov byte [r12+128], cl
    add byte [r12+128], cl
    sub byte [r12+128], cl
    mov rdx, qword [r12+128]
    mov edx, dword [r12+128]
    mov dl, byte [r12+128]
    movzx edx, byte [r12+128]
    lea rdx, [r12+128]
    mov qword [r12+128], rdx
    mov dword [r12+128], edx
    mov byte [r12+128], dl
    add byte [r12+128], dl
    sub byte [r12+128], dl
    mov rbx, qword [r12+128]
    mov ebx, dword [r12+128]
    mov bl, byte [r12+128]
    movzx ebx, byte [r12+128]
    lea rbx, [r12+128]
    mov qword [r12+128], rbx
    mov dword [r12+128], ebx
    mov byte [r12+128], bl
    add byte [r12+128], bl
    sub byte [r12+128], bl
    mov rsp, qword [r12+128]
    mov esp, dword [r12+128]
    mov spl, byte [r12+128]
    movzx esp, byte [r12+128]
    lea rsp, [r12+128]
    mov qword [r12+128], rsp
    mov dword [r12+128], esp
    mov byte [r12+128], spl
    add byte [r12+128], spl
    sub byte [r12+128], spl
    mov rbp, qword [r12+128]
    mov ebp, dword [r12+128]
    mov bpl, byte [r12+128]
    movzx ebp, byte [r12+128]
    lea rbp, [r12+128]
    mov qword [r12+128], rbp
    mov dword [r12+128], ebp
    mov byte [r12+128], bpl
    add byte [r12+128], bpl
    sub byte [r12+128], bpl
    mov rsi, qword [r12+128]
    mov esi, dword [r12+128]
    mov sil, byte [r12+128]
    movzx esi, byte [r12+128]
    lea rsi, [r12+128]
    mov qword [r12+128], rsi
    mov dword [r12+128], esi
    mov byte [r12+128], sil
    add byte [r12+128], sil
    sub byte [r12+128], sil
    mov rdi, qword [r12+128]
    mov edi, dword [r12+128]
    mov dil, byte [r12+128]
    movzx edi, byte [r12+128]
    lea rdi, [r12+128]
    mov qword [r12+128], rdi
    mov dword [r12+128], edi
    mov byte [r12+128], dil
    add byte [r12+128], dil
    sub byte [r12+128], dil
    mov r8, qword [r12+128]
    mov r8d, dword [r12+128]
    mov r8b, byte [r12+128]
    movzx r8d, byte [r12+128]
    lea r8, [r12+128]
    mov qword [r12+128], r8
    mov dword [r12+128], r8d
    mov byte [r12+128], r8b
    add byte [r12+128], r8b
    sub byte [r12+128], r8b
    mov r9, qword [r12+128]
    mov r9d, dword [r12+128]
    mov r9b, byte [r12+128]
    movzx r9d, byte [r12+128]
    lea r9, [r12+128]
    mov qword [r12+128], r9
    mov dword [r12+128], r9d
    mov byte [r12+128], r9b
    add byte [r12+128], r9b
    sub byte [r12+128], r9b
    mov r10, qword [r12+128]
    mov r10d, dword [r12+128]
    mov r10b, byte [r12+128]
    movzx r10d, byte [r12+128]
    lea r10, [r12+128]
    mov qword [r12+128], r10
    mov dword [r12+128], r10d
    mov byte [r12+128], r10b
    add byte [r12+128], r10b
    sub byte [r12+128], r10b
    mov r11, qword [r12+128]
    mov r11d, dword [r12+128]
    mov r11b, byte [r12+128]
    movzx r11d, byte [r12+128]
    lea r11, [r12+128]
    mov qword [r12+128], r11
    mov dword [r12+128], r11d
    mov byte [r12+128], r11b
    add byte [r12+128], r11b
    sub byte [r12+128], r11b
    mov r12, qword [r12+128]
    mov r12d, dword [r12+128]
    mov r12b, byte [r12+128]
    movzx r12d, byte [r12+128]
    lea r12, [r12+128]
    mov qword [r12+128], r12
    mov dword [r12+128], r12d
    mov byte [r12+128], r12b
    add byte [r12+128], r12b
    sub byte [r12+128], r12b
    mov r13, qword [r12+128]
    mov r13d, dword [r12+128]
    mov r13b, byte [r12+128]
    movzx r13d, byte [r12+128]
    lea r13, [r12+128]
    mov qword [r12+128], r13
    mov dword [r12+128], r13d
    mov byte [r12+128], r13b
    add byte [r12+128], r13b
    sub byte [r12+128], r13b
    mov r14, qword [r12+128]
    mov r14d, dword [r12+128]
    mov r14b, byte [r12+128]
    movzx r14d, byte [r12+128]
    lea r14, [r12+128]
    mov qword [r12+128], r14
    mov dword [r12+128], r14d
    mov byte [r12+128], r14b
    add byte [r12+128], r14b
    sub byte [r12+128], r14b
    mov r15, qword [r12+128]
    mov r15d, dword [r12+128]
    mov r15b, byte [r12+128]
    movzx r15d, byte [r12+128]
    lea r15, [r12+128]
    mov qword [r12+128], r15
    mov dword [r12+128], r15d
    mov byte [r12+128], r15b
    add byte [r12+128], r15b
    sub byte [r12+128], r15b
    mov byte [r12+128], 0
    mov byte [r12+128], 1
    mov byte [r12+128], -1
    mov byte [r12+128], 127
    mov byte [r12+128], -128
    mov byte [r12+128], 255
    add byte [r12+128], 0
    add byte [r12+128], 1
    add byte [r12+128], -1
    add byte [r12+128], 127
    add byte [r12+128], -128
    add byte [r12+128], 255
    sub byte [r12+128], 0
    sub byte [r12+128], 1
    sub byte [r12+128], -1
    sub byte [r12+128], 127
    sub byte [r12+128], -128
    sub byte [r12+128], 255
    cmp byte [r12+128], 0
    cmp byte [r12+128], 1
    cmp byte [r12+128], -1
    cmp byte [r12+128], 127
    cmp byte [r12+128], -128
    cmp byte [r12+128], 255
    mov rax, qword [r12-129]
    mov eax, dword [r12-129]
    mov al, byte [r12-129]
    movzx eax, byte [r12-129]
    lea rax, [r12-129]
    mov qword [r12-129], rax
    mov dword [r12-129], eax
    mov byte [r12-129], al
    add byte [r12-129], al
    sub byte [r12-129], al
    mov rcx, qword [r12-129]
    mov ecx, dword [r12-129]
    mov cl, byte [r12-129]
    movzx ecx, byte [r12-129]
    lea rcx, [r12-129]
    mov qword [r12-129], rcx
    mov dword [r12-129], ecx
    mov byte [r12-129], cl
    add byte [r12-129], cl
    sub byte [r12-129], cl
    mov rdx, qword [r12-129]
    mov edx, dword [r12-129]
    mov dl, byte [r12-129]
    movzx edx, byte [r12-129]
    lea rdx, [r12-129]
    mov qword [r12-129], rdx
    mov dword [r12-129], edx
    mov byte [r12-129], dl
    add byte [r12-129], dl
    sub byte [r12-129], dl
    mov rbx, qword [r12-129]
    mov ebx, dword [r12-129]
    mov bl, byte [r12-129]
    movzx ebx, byte [r12-129]
    lea rbx, [r12-129]
    mov qword [r12-129], rbx
    mov dword [r12-129], ebx
    mov byte [r12-129], bl
    add byte [r12-129], bl
    sub byte [r12-129], bl
    mov rsp, qword [r12-129]
    mov esp, dword [r12-129]
    mov spl, byte [r12-129]
    movzx esp, byte [r12-129]
    lea rsp, [r12-129]
    mov qword [r12-129], rsp
    mov dword [r12-129], esp
    mov byte [r12-129], spl
    add byte [r12-129], spl
    sub byte [r12-129], spl
    mov rbp, qword [r12-129]
    mov ebp, dword [r12-129]
    mov bpl, byte [r12-129]
    movzx ebp, byte [r12-129]
    lea rbp, [r12-129]
    mov qword [r12-129], rbp
    mov dword [r12-129], ebp
    mov byte [r12-129], bpl
    add byte [r12-129], bpl
    sub byte [r12-129], bpl
    mov rsi, qword [r12-129]
    mov esi, dword [r12-129]
    mov sil, byte [r12-129]
    movzx esi, byte [r12-129]
    lea rsi, [r12-129]
    mov qword [r12-129], rsi
    mov dword [r12-129], esi
    mov byte [r12-129], sil
    add byte [r12-129], sil
    sub byte [r12-129], sil
    mov rdi, qword [r12-129]
    mov edi, dword [r12-129]
    mov dil, byte [r12-129]
    movzx edi, byte [r12-129]
    lea rdi, [r12-129]
    mov qword [r12-129], rdi
    mov dword [r12-129], edi
    mov byte [r12-129], dil
    add byte [r12-129], dil
    sub byte [r12-129], dil
    mov r8, qword [r12-129]
    mov r8d, dword [r12-129]
    mov r8b, byte [r12-129]
    movzx r8d, byte [r12-129]
    lea r8, [r12-129]
    mov qword [r12-129], r8
    mov dword [r12-129], r8d
    mov byte [r12-129], r8b
    add byte [r12-129], r8b
    sub byte [r12-129], r8b
    mov r9, qword [r12-129]
    mov r9d, dword [r12-129]
    mov r9b, byte [r12-129]
    movzx r9d, byte [r12-129]
    lea r9, [r12-129]
    mov qword [r12-129], r9
    mov dword [r12-129], r9d
    mov byte [r12-129], r9b
    add byte [r12-129], r9b
    sub byte [r12-129], r9b
    mov r10, qword [r12-129]
    mov r10d, dword [r12-129]
    mov r10b, byte [r12-129]
    movzx r10d, byte [r12-129]
    lea r10, [r12-129]
    mov qword [r12-129], r10
    mov dword [r12-129], r10d
    mov byte [r12-129], r10b
    add byte [r12-129], r10b
    sub byte [r12-129], r10b
    mov r11, qword [r12-129]
    mov r11d, dword [r12-129]
    mov r11b, byte [r12-129]
    movzx r11d, byte [r12-129]
    lea r11, [r12-129]
    mov qword [r12-129], r11
    mov dword [r12-129], r11d
    mov byte [r12-129], r11b
    add byte [r12-129], r11b
    sub byte [r12-129], r11b
    mov r12, qword [r12-129]
    mov r12d, dword [r12-129]
    mov r12b, byte [r12-129]
    movzx r12d, byte [r12-129]
    lea r12, [r12-129]
    mov qword [r12-129], r12
    mov dword [r12-129], r12d
    mov byte [r12-129], r12b
    add byte [r12-129], r12b
    sub byte [r12-129], r12b
    mov r13, qword [r12-129]
    mov r13d, dword [r12-129]
    mov r13b, byte [r12-129]
    movzx r13d, byte [r12-129]
    lea r13, [r12-129]
    mov qword [r12-129], r13
    mov dword [r12-129], r13d
    mov byte [r12-129], r13b
    add byte [r12-129], r13b
    sub byte [r12-129], r13b
    mov r14, qword [r12-129]
    mov r14d, dword [r12-129]
    mov r14b, byte [r12-129]
    movzx r14d, byte [r12-129]
    lea r14, [r12-129]
    mov qword [r12-129], r14
    mov dword [r12-129], r14d
    mov byte [r12-129], r14b
    add byte [r12-129], r14b
    sub byte [r12-129], r14b
    mov r15, qword [r12-129]
    mov r15d, dword [r12-129]
    mov r15b, byte [r12-129]
    movzx r15d, byte [r12-129]
    lea r15, [r12-129]
    mov qword [r12-129], r15
    mov dword [r12-129], r15d
    mov byte [r12-129], r15b
    add byte [r12-129], r15b
    sub byte [r12-129], r15b
    mov byte [r12-129], 0
    mov byte [r12-129], 1
    mov byte [r12-129], -1
    mov byte [r12-129], 127
    mov byte [r12-129], -128
    mov byte [r12-129], 255
    add byte [r12-129], 0
    add byte [r12-129], 1
    add byte [r12-129], -1
    add byte [r12-129], 127
    add byte [r12-129], -128
    add byte [r12-129], 255
    sub byte [r12-129], 0
    sub byte [r12-129], 1
    sub byte [r12-129], -1
    sub byte [r12-129], 127
    sub byte [r12-129], -128
    sub byte [r12-129], 255
    cmp byte [r12-129], 0
    cmp byte [r12-129], 1
    cmp byte [r12-129], -1
    cmp byte [r12-129], 127
    cmp byte [r12-129], -128
    cmp byte [r12-129], 255
    mov rax, qword [r12+2147483647]
    mov eax, dword [r12+2147483647]
    mov al, byte [r12+2147483647]
    movzx eax, byte [r12+2147483647]
    lea rax, [r12+2147483647]
    mov qword [r12+2147483647], rax
    mov dword [r12+2147483647], eax
    mov byte [r12+2147483647], al
    add byte [r12+2147483647], al
    sub byte [r12+2147483647], al
    mov rcx, qword [r12+2147483647]
    mov ecx, dword [r12+2147483647]
    mov cl, byte [r12+2147483647]
    movzx ecx, byte [r12+2147483647]
    lea rcx, [r12+2147483647]
    mov qword [r12+2147483647], rcx
    mov dword [r12+2147483647], ecx
    mov byte [r12+2147483647], cl
    add byte [r12+2147483647], cl
    sub byte [r12+2147483647], cl
    mov rdx, qword [r12+2147483647]
    mov edx, dword [r12+2147483647]
    mov dl, byte [r12+2147483647]
    movzx edx, byte [r12+2147483647]
    lea rdx, [r12+2147483647]
    mov qword [r12+2147483647], rdx
    mov dword [r12+2147483647], edx
    mov byte [r12+2147483647], dl
    add byte [r12+2147483647], dl
    sub byte [r12+2147483647], dl
    mov rbx, qword [r12+2147483647]
    mov ebx, dword [r12+2147483647]
    mov bl, byte [r12+2147483647]
    movzx ebx, byte [r12+2147483647]
    lea rbx, [r12+2147483647]
    mov qword [r12+2147483647], rbx
    mov dword [r12+2147483647], ebx
    mov byte [r12+2147483647], bl
    add byte [r12+2147483647], bl
    sub byte [r12+2147483647], bl
    mov rsp, qword [r12+2147483647]
    mov esp, dword [r12+2147483647]
    mov spl, byte [r12+2147483647]
    movzx esp, byte [r12+2147483647]
    lea rsp, [r12+2147483647]
    mov qword [r12+2147483647], rsp
    mov dword [r12+2147483647], esp
    mov byte [r12+2147483647], spl
    add byte [r12+2147483647], spl
    sub byte [r12+2147483647], spl
    mov rbp, qword [r12+2147483647]
    mov ebp, dword [r12+2147483647]
    mov bpl, byte [r12+2147483647]
    movzx ebp, byte [r12+2147483647]
    lea rbp, [r12+2147483647]
    mov qword [r12+2147483647], rbp
    mov dword [r12+2147483647], ebp
    mov byte [r12+2147483647], bpl
    add byte [r12+2147483647], bpl
    sub byte [r12+2147483647], bpl
    mov rsi, qword [r12+2147483647]
    mov esi, dword [r12+2147483647]
    mov sil, byte [r12+2147483647]
    movzx esi, byte [r12+2147483647]
    lea rsi, [r12+2147483647]
    mov qword [r12+2147483647], rsi
    mov dword [r12+2147483647], esi
    mov byte [r12+2147483647], sil
    add byte [r12+2147483647], sil
    sub byte [r12+2147483647], sil
    mov rdi, qword [r12+2147483647]
    mov edi, dword [r12+2147483647]
    mov dil, byte [r12+2147483647]
    movzx edi, byte [r12+2147483647]
    lea rdi, [r12+2147483647]
    mov qword [r12+2147483647], rdi
    mov dword [r12+2147483647], edi
    mov byte [r12+2147483647], dil
    add byte [r12+2147483647], dil
    sub byte [r12+2147483647], dil
    mov r8, qword [r12+2147483647]
    mov r8d, dword [r12+2147483647]
    mov r8b, byte [r12+2147483647]
    movzx r8d, byte [r12+2147483647]
    lea r8, [r12+2147483647]
    mov qword [r12+2147483647], r8
    mov dword [r12+2147483647], r8d
    mov byte [r12+2147483647], r8b
    add byte [r12+2147483647], r8b
    sub byte [r12+2147483647], r8b
    mov r9, qword [r12+2147483647]
    mov r9d, dword [r12+2147483647]
    mov r9b, byte [r12+2147483647]
    movzx r9d, byte [r12+2147483647]
    lea r9, [r12+2147483647]
    mov qword [r12+2147483647], r9
    mov dword [r12+2147483647], r9d
    mov byte [r12+2147483647], r9b
    add byte [r12+2147483647], r9b
    sub byte [r12+2147483647], r9b
    mov r10, qword [r12+2147483647]
    mov r10d, dword [r12+2147483647]
    mov r10b, byte [r12+2147483647]
    movzx r10d, byte [r12+2147483647]
    lea r10, [r12+2147483647]
    mov qword [r12+2147483647], r10
    mov dword [r12+2147483647], r10d
    mov byte [r12+2147483647], r10b
    add byte [r12+2147483647], r10b
    sub byte [r12+2147483647], r10b
    mov r11, qword [r12+2147483647]
    mov r11d, dword [r12+2147483647]
    mov r11b, byte [r12+2147483647]
    movzx r11d, byte [r12+2147483647]
    lea r11, [r12+2147483647]
    mov qword [r12+2147483647], r11
    mov dword [r12+2147483647], r11d
    mov byte [r12+2147483647], r11b
    add byte [r12+2147483647], r11b
    sub byte [r12+2147483647], r11b
    mov r12, qword [r12+2147483647]
    mov r12d, dword [r12+2147483647]
    mov r12b, byte [r12+2147483647]
    movzx r12d, byte [r12+2147483647]
    lea r12, [r12+2147483647]
    mov qword [r12+2147483647], r12
    mov dword [r12+2147483647], r12d
    mov byte [r12+2147483647], r12b
    add byte [r12+2147483647], r12b
    sub byte [r12+2147483647], r12b
    mov r13, qword [r12+2147483647]
    mov r13d, dword [r12+2147483647]
    mov r13b, byte [r12+2147483647]
    movzx r13d, byte [r12+2147483647]
    lea r13, [r12+2147483647]
    mov qword [r12+2147483647], r13
    mov dword [r12+2147483647], r13d
    mov byte [r12+2147483647], r13b
    add byte [r12+2147483647], r13b
    sub byte [r12+2147483647], r13b
    mov r14, qword [r12+2147483647]
    mov r14d, dword [r12+2147483647]
    mov r14b, byte [r12+2147483647]
    movzx r14d, byte [r12+2147483647]
    lea r14, [r12+2147483647]
    mov qword [r12+2147483647], r14
    mov dword [r12+2147483647], r14d
    mov byte [r12+2147483647], r14b
    add byte [r12+2147483647], r14b
    sub byte [r12+2147483647], r14b
    mov r15, qword [r12+2147483647]
    mov r15d, dword [r12+2147483647]
    mov r15b, byte [r12+2147483647]
    movzx r15d, byte [r12+2147483647]
    lea r15, [r12+2147483647]
    mov qword [r12+2147483647], r15
    mov dword [r12+2147483647], r15d
    mov byte [r12+2147483647], r15b
    add byte [r12+2147483647], r15b
    sub byte [r12+2147483647], r15b
    mov byte [r12+2147483647], 0
    mov byte [r12+2147483647], 1
    mov byte [r12+2147483647], -1
    mov byte [r12+2147483647], 127
    mov byte [r12+2147483647], -128
    mov byte [r12+2147483647], 255
    add byte [r12+2147483647], 0
    add byte [r12+2147483647], 1
    add byte [r12+2147483647], -1
    add byte [r12+2147483647], 127
    add byte [r12+2147483647], -128
    add byte [r12+2147483647], 255
    sub byte [r12+2147483647], 0
    sub byte [r12+2147483647], 1
    sub byte [r12+2147483647], -1
    sub byte [r12+2147483647], 127
    sub byte [r12+2147483647], -128
    sub byte [r12+2147483647], 255
    cmp byte [r12+2147483647], 0
    cmp byte [r12+2147483647], 1
    cmp byte [r12+2147483647], -1
    cmp byte [r12+2147483647], 127
    cmp byte [r12+2147483647], -128
    cmp byte [r12+2147483647], 255
    mov rax, qword [r12-2147483648]
    mov eax, dword [r12-2147483648]
    mov al, byte [r12-2147483648]
    movzx eax, byte [r12-2147483648]
    lea rax, [r12-2147483648]
    mov qword [r12-2147483648], rax
    mov dword [r12-2147483648], eax
    mov byte [r12-2147483648], al
    add byte [r12-2147483648], al
    sub byte [r12-2147483648], al
    mov rcx, qword [r12-2147483648]
    mov ecx, dword [r12-2147483648]
    mov cl, byte [r12-2147483648]
    movzx ecx, byte [r12-2147483648]
    lea rcx, [r12-2147483648]
    mov qword [r12-2147483648], rcx
    mov dword [r12-2147483648], ecx
    mov byte [r12-2147483648], cl
    add byte [r12-2147483648], cl
    sub byte [r12-2147483648], cl
    mov rdx, qword [r12-2147483648]
    mov edx, dword [r12-2147483648]
    mov dl, byte [r12-2147483648]
    movzx edx, byte [r12-2147483648]
    lea rdx, [r12-2147483648]
    mov qword [r12-2147483648], rdx
    mov dword [r12-2147483648], edx
    mov byte [r12-2147483648], dl
    add byte [r12-2147483648], dl
    sub byte [r12-2147483648], dl
    mov rbx, qword [r12-2147483648]
    mov ebx, dword [r12-2147483648]
    mov bl, byte [r12-2147483648]
    movzx ebx, byte [r12-2147483648]
    lea rbx, [r12-2147483648]
    mov qword [r12-2147483648], rbx
    mov dword [r12-2147483648], ebx
    mov byte [r12-2147483648], bl
    add byte [r12-2147483648], bl
    sub byte [r12-2147483648], bl
    mov rsp, qword [r12-2147483648]
    mov esp, dword [r12-2147483648]
    mov spl, byte [r12-2147483648]
    movzx esp, byte [r12-2147483648]
    lea rsp, [r12-2147483648]
    mov qword [r12-2147483648], rsp
    mov dword [r12-2147483648], esp
    mov byte [r12-2147483648], spl
    add byte [r12-2147483648], spl
    sub byte [r12-2147483648], spl
    mov rbp, qword [r12-2147483648]
    mov ebp, dword [r12-2147483648]
    mov bpl, byte [r12-2147483648]
    movzx ebp, byte [r12-2147483648]
    lea rbp, [r12-2147483648]
    mov qword [r12-2147483648], rbp
    mov dword [r12-2147483648], ebp
    mov byte [r12-2147483648], bpl
    add byte [r12-2147483648], bpl
    sub byte [r12-2147483648], bpl
    mov rsi, qword [r12-2147483648]
    mov esi, dword [r12-2147483648]
    mov sil, byte [r12-2147483648]
    movzx esi, byte [r12-2147483648]
    lea rsi, [r12-2147483648]
    mov qword [r12-2147483648], rsi
    mov dword [r12-2147483648], esi
    mov byte [r12-2147483648], sil
    add byte [r12-2147483648], sil
    sub byte [r12-2147483648], sil
    mov rdi, qword [r12-2147483648]
    mov edi, dword [r12-2147483648]
    mov dil, byte [r12-2147483648]
    movzx edi, byte [r12-2147483648]
    lea rdi, [r12-2147483648]
    mov qword [r12-2147483648], rdi
    mov dword [r12-2147483648], edi
    mov byte [r12-2147483648], dil
    add byte [r12-2147483648], dil
    sub byte [r12-2147483648], dil
    mov r8, qword [r12-2147483648]
    mov r8d, dword [r12-2147483648]
    mov r8b, byte [r12-2147483648]
    movzx r8d, byte [r12-2147483648]
    lea r8, [r12-2147483648]
    mov qword [r12-2147483648], r8
    mov dword [r12-2147483648], r8d
    mov byte [r12-2147483648], r8b
    add byte [r12-2147483648], r8b
    sub byte [r12-2147483648], r8b
    mov r9, qword [r12-2147483648]
    mov r9d, dword [r12-2147483648]
    mov r9b, byte [r12-2147483648]
    movzx r9d, byte [r12-2147483648]
    lea r9, [r12-2147483648]
    mov qword [r12-2147483648], r9
    mov dword [r12-2147483648], r9d
    mov byte [r12-2147483648], r9b
    add byte [r12-2147483648], r9b
    sub byte [r12-2147483648], r9b
    mov r10, qword [r12-2147483648]
    mov r10d, dword [r12-2147483648]
    mov r10b, byte [r12-2147483648]
    movzx r10d, byte [r12-2147483648]
    lea r10, [r12-2147483648]
    mov qword [r12-2147483648], r10
    mov dword [r12-2147483648], r10d
    mov byte [r12-2147483648], r10b
    add byte [r12-2147483648], r10b
    sub byte [r12-2147483648], r10b
    mov r11, qword [r12-2147483648]
    mov r11d, dword [r12-2147483648]
    mov r11b, byte [r12-2147483648]
    movzx r11d, byte [r12-2147483648]
    lea r11, [r12-2147483648]
    mov qword [r12-2147483648], r11
    mov dword [r12-2147483648], r11d
    mov byte [r12-2147483648], r11b
    add byte [r12-2147483648], r11b
    sub byte [r12-2147483648], r11b
    mov r12, qword [r12-2147483648]
    mov r12d, dword [r12-2147483648]
    mov r12b, byte [r12-2147483648]
    movzx r12d, byte [r12-2147483648]
    lea r12, [r12-2147483648]
    mov qword [r12-2147483648], r12
    mov dword [r12-2147483648], r12d
    mov byte [r12-2147483648], r12b
    add byte [r12-2147483648], r12b
    sub byte [r12-2147483648], r12b
    mov r13, qword [r12-2147483648]
    mov r13d, dword [r12-2147483648]
    mov r13b, byte [r12-2147483648]
    movzx r13d, byte [r12-2147483648]
    lea r13, [r12-2147483648]
    mov qword [r12-2147483648], r13
    mov dword [r12-2147483648], r13d
    mov byte [r12-2147483648], r13b
    add byte [r12-2147483648], r13b
    sub byte [r12-2147483648], r13b
    mov r14, qword [r12-2147483648]
    mov r14d, dword [r12-2147483648]
    mov r14b, byte [r12-2147483648]
    movzx r14d, byte [r12-2147483648]
    lea r14, [r12-2147483648]
    mov qword [r12-2147483648], r14
    mov dword [r12-2147483648], r14d
    mov byte [r12-2147483648], r14b
    add byte [r12-2147483648], r14b
    sub byte [r12-2147483648], r14b
    mov r15, qword [r12-2147483648]
    mov r15d, dword [r12-2147483648]
    mov r15b, byte [r12-2147483648]
    movzx r15d, byte [r12-2147483648]
    lea r15, [r12-2147483648]
    mov qword [r12-2147483648], r15
    mov dword [r12-2147483648], r15d
    mov byte [r12-2147483648], r15b
    add byte [r12-2147483648], r15b
    sub byte [r12-2147483648], r15b
    mov byte [r12-2147483648], 0
    mov byte [r12-2147483648], 1
    mov byte [r12-2147483648], -1
    mov byte [r12-2147483648], 127
    mov byte [r12-2147483648], -128
    mov byte [r12-2147483648], 255
    add byte [r12-2147483648], 0
    add byte [r12-2147483648], 1
    add byte [r12-2147483648], -1
    add byte [r12-2147483648], 127
    add byte [r12-2147483648], -128
    add byte [r12-2147483648], 255
    sub byte [r12-2147483648], 0
    sub byte [r12-2147483648], 1
    sub byte [r12-2147483648], -1
    sub byte [r12-2147483648], 127
    sub byte [r12-2147483648], -128
    sub byte [r12-2147483648], 255
    cmp byte [r12-2147483648], 0
    cmp byte [r12-2147483648], 1
    cmp byte [r12-2147483648], -1
    cmp byte [r12-2147483648], 127
    cmp byte [r12-2147483648], -128
    cmp byte [r12-2147483648], 255
    mov rax, qword [r13+0]
    mov eax, dword [r13+0]
    mov al, byte [r13+0]
    movzx eax, byte [r13+0]
    lea rax, [r13+0]
    mov qword [r13+0], rax
    mov dword [r13+0], eax
    mov byte [r13+0], al
    add byte [r13+0], al
    sub byte [r13+0], al
    mov rcx, qword [r13+0]
    mov ecx, dword [r13+0]
    mov cl, byte [r13+0]
    movzx ecx, byte [r13+0]
    lea rcx, [r13+0]
    mov qword [r13+0], rcx
    mov dword [r13+0], ecx
    mov byte [r13+0], cl
    add byte [r13+0], cl
    sub byte [r13+0], cl
    mov rdx, qword [r13+0]
    mov edx, dword [r13+0]
    mov dl, byte [r13+0]
    movzx edx, byte [r13+0]
    lea rdx, [r13+0]
    mov qword [r13+0], rdx
    mov dword [r13+0], edx
    mov byte [r13+0], dl
    add byte [r13+0], dl
    sub byte [r13+0], dl
    mov rbx, qword [r13+0]
    mov ebx, dword [r13+0]
    mov bl, byte [r13+0]
    movzx ebx, byte [r13+0]
    lea rbx, [r13+0]
    mov qword [r13+0], rbx
    mov dword [r13+0], ebx
    mov byte [r13+0], bl
    add byte [r13+0], bl
    sub byte [r13+0], bl
    mov rsp, qword [r13+0]
    mov esp, dword [r13+0]
    mov spl, byte [r13+0]
    movzx esp, byte [r13+0]
    lea rsp, [r13+0]
    mov qword [r13+0], rsp
    mov dword [r13+0], esp
    mov byte [r13+0], spl
    add byte [r13+0], spl
    sub byte [r13+0], spl
    mov rbp, qword [r13+0]
    mov ebp, dword [r13+0]
    mov bpl, byte [r13+0]
    movzx ebp, byte [r13+0]
    lea rbp, [r13+0]
    mov qword [r13+0], rbp
    mov dword [r13+0], ebp
    mov byte [r13+0], bpl
    add byte [r13+0], bpl
    sub byte [r13+0], bpl
    mov rsi, qword [r13+0]
    mov esi, dword [r13+0]
    mov sil, byte [r13+0]
    movzx esi, byte [r13+0]
    lea rsi, [r13+0]
    mov qword [r13+0], rsi
    mov dword [r13+0], esi
    mov byte [r13+0], sil
    add byte [r13+0], sil
    sub byte [r13+0], sil
    mov rdi, qword [r13+0]
    mov edi, dword [r13+0]
    mov dil, byte [r13+0]
    movzx edi, byte [r13+0]
    lea rdi, [r13+0]
    mov qword [r13+0], rdi
    mov dword [r13+0], edi
    mov byte [r13+0], dil
    add byte [r13+0], dil
    sub byte [r13+0], dil
    mov r8, qword [r13+0]
    mov r8d, dword [r13+0]
    mov r8b, byte [r13+0]
    movzx r8d, byte [r13+0]
    lea r8, [r13+0]
    mov qword [r13+0], r8
    mov dword [r13+0], r8d
    mov byte [r13+0], r8b
    add byte [r13+0], r8b
    sub byte [r13+0], r8b
    mov r9, qword [r13+0]
    mov r9d, dword [r13+0]
    mov r9b, byte [r13+0]
    movzx r9d, byte [r13+0]
    lea r9, [r13+0]
    mov qword [r13+0], r9
    mov dword [r13+0], r9d
    mov byte [r13+0], r9b
    add byte [r13+0], r9b
    sub byte [r13+0], r9b
    mov r10, qword [r13+0]
    mov r10d, dword [r13+0]
    mov r10b, byte [r13+0]
    movzx r10d, byte [r13+0]
    lea r10, [r13+0]
    mov qword [r13+0], r10
    mov dword [r13+0], r10d
    mov byte [r13+0], r10b
    add byte [r13+0], r10b
    sub byte [r13+0], r10b
    mov r11, qword [r13+0]
    mov r11d, dword [r13+0]
    mov r11b, byte [r13+0]
    movzx r11d, byte [r13+0]
    lea r11, [r13+0]
    mov qword [r13+0], r11
    mov dword [r13+0], r11d
    mov byte [r13+0], r11b
    add byte [r13+0], r11b
    sub byte [r13+0], r11b
    mov r12, qword [r13+0]
    mov r12d, dword [r13+0]
    mov r12b, byte [r13+0]
    movzx r12d, byte [r13+0]
    lea r12, [r13+0]
    mov qword [r13+0], r12
    mov dword [r13+0], r12d
    mov byte [r13+0], r12b
    add byte [r13+0], r12b
    sub byte [r13+0], r12b
    mov r13, qword [r13+0]
    mov r13d, dword [r13+0]
    mov r13b, byte [r13+0]
    movzx r13d, byte [r13+0]
    lea r13, [r13+0]
    mov qword [r13+0], r13
    mov dword [r13+0], r13d
    mov byte [r13+0], r13b
    add byte [r13+0], r13b
    sub byte [r13+0], r13b
    mov r14, qword [r13+0]
    mov r14d, dword [r13+0]
    mov r14b, byte [r13+0]
    movzx r14d, byte [r13+0]
    lea r14, [r13+0]
    mov qword [r13+0], r14
    mov dword [r13+0], r14d
    mov byte [r13+0], r14b
    add byte [r13+0], r14b
    sub byte [r13+0], r14b
    mov r15, qword [r13+0]
    mov r15d, dword [r13+0]
    mov r15b, byte [r13+0]
    movzx r15d, byte [r13+0]
    lea r15, [r13+0]
    mov qword [r13+0], r15
    mov dword [r13+0], r15d
    mov byte [r13+0], r15b
    add byte [r13+0], r15b
    sub byte [r13+0], r15b
    mov byte [r13+0], 0
    mov byte [r13+0], 1
    mov byte [r13+0], -1
    mov byte [r13+0], 127
    mov byte [r13+0], -128
    mov byte [r13+0], 255
    add byte [r13+0], 0
    add byte [r13+0], 1
    add byte [r13+0], -1
    add byte [r13+0], 127
    add byte [r13+0], -128
    add byte [r13+0], 255
    sub byte [r13+0], 0
    sub byte [r13+0], 1
    sub byte [r13+0], -1
    sub byte [r13+0], 127
    sub byte [r13+0], -128
    sub byte [r13+0], 255
    cmp byte [r13+0], 0
    cmp byte [r13+0], 1
    cmp byte [r13+0], -1
    cmp byte [r13+0], 127
    cmp byte [r13+0], -128
    cmp byte [r13+0], 255
    mov rax, qword [r13+1]
    mov eax, dword [r13+1]
    mov al, byte [r13+1]
    movzx eax, byte [r13+1]
    lea rax, [r13+1]
    mov qword [r13+1], rax
    mov dword [r13+1], eax
    mov byte [r13+1], al
    add byte [r13+1], al
    sub byte [r13+1], al
    mov rcx, qword [r13+1]
    mov ecx, dword [r13+1]
    mov cl, byte [r13+1]
    movzx ecx, byte [r13+1]
    lea rcx, [r13+1]
    mov qword [r13+1], rcx
    mov dword [r13+1], ecx
    mov byte [r13+1], cl
    add byte [r13+1], cl
    sub byte [r13+1], cl
    mov rdx, qword [r13+1]
    mov edx, dword [r13+1]
    mov dl, byte [r13+1]
    movzx edx, byte [r13+1]
    lea rdx, [r13+1]
    mov qword [r13+1], rdx
    mov dword [r13+1], edx
    mov byte [r13+1], dl
    add byte [r13+1], dl
    sub byte [r13+1], dl
    mov rbx, qword [r13+1]
    mov ebx, dword [r13+1]
    mov bl, byte [r13+1]
    movzx ebx, byte [r13+1]
    lea rbx, [r13+1]
    mov qword [r13+1], rbx
    mov dword [r13+1], ebx
    mov byte [r13+1], bl
    add byte [r13+1], bl
    sub byte [r13+1], bl
    mov rsp, qword [r13+1]
    mov esp, dword [r13+1]
    mov spl, byte [r13+1]
    movzx esp, byte [r13+1]
    lea rsp, [r13+1]
    mov qword [r13+1], rsp
    mov dword [r13+1], esp
    mov byte [r13+1], spl
    add byte [r13+1], spl
    sub byte [r13+1], spl
    mov rbp, qword [r13+1]
    mov ebp, dword [r13+1]
    mov bpl, byte [r13+1]
    movzx ebp, byte [r13+1]
    lea rbp, [r13+1]
    mov qword [r13+1], rbp
    mov dword [r13+1], ebp
    mov byte [r13+1], bpl
    add byte [r13+1], bpl
    sub byte [r13+1], bpl
    mov rsi, qword [r13+1]
    mov esi, dword [r13+1]
    mov sil, byte [r13+1]
    movzx esi, byte [r13+1]
    lea rsi, [r13+1]
    mov qword [r13+1], rsi
    mov dword [r13+1], esi
    mov byte [r13+1], sil
    add byte [r13+1], sil
    sub byte [r13+1], sil
    mov rdi, qword [r13+1]
    mov edi, dword [r13+1]
    mov dil, byte [r13+1]
    movzx edi, byte [r13+1]
    lea rdi, [r13+1]
    mov qword [r13+1], rdi
    mov dword [r13+1], edi
    mov byte [r13+1], dil
    add byte [r13+1], dil
    sub byte [r13+1], dil
    mov r8, qword [r13+1]
    mov r8d, dword [r13+1]
    mov r8b, byte [r13+1]
    movzx r8d, byte [r13+1]
    lea r8, [r13+1]
    mov qword [r13+1], r8
    mov dword [r13+1], r8d
    mov byte [r13+1], r8b
    add byte [r13+1], r8b
    sub byte [r13+1], r8b
    mov r9, qword [r13+1]
    mov r9d, dword [r13+1]
    mov r9b, byte [r13+1]
    movzx r9d, byte [r13+1]
    lea r9, [r13+1]
    mov qword [r13+1], r9
    mov dword [r13+1], r9d
    mov byte [r13+1], r9b
    add byte [r13+1], r9b
    sub byte [r13+1], r9b
    mov r10, qword [r13+1]
    mov r10d, dword [r13+1]
    mov r10b, byte [r13+1]
    movzx r10d, byte [r13+1]
    lea r10, [r13+1]
    mov qword [r13+1], r10
    mov dword [r13+1], r10d
    mov byte [r13+1], r10b
    add byte [r13+1], r10b
    sub byte [r13+1], r10b
    mov r11, qword [r13+1]
    mov r11d, dword [r13+1]
    mov r11b, byte [r13+1]
    movzx r11d, byte [r13+1]
    lea r11, [r13+1]
    mov qword [r13+1], r11
    mov dword [r13+1], r11d
    mov byte [r13+1], r11b
    add byte [r13+1], r11b
    sub byte [r13+1], r11b
    mov r12, qword [r13+1]
    mov r12d, dword [r13+1]
    mov r12b, byte [r13+1]
    movzx r12d, byte [r13+1]
    lea r12, [r13+1]
    mov qword [r13+1], r12
    mov dword [r13+1], r12d
    mov byte [r13+1], r12b
    add byte [r13+1], r12b
    sub byte [r13+1], r12b
    mov r13, qword [r13+1]
    mov r13d, dword [r13+1]
    mov r13b, byte [r13+1]
    movzx r13d, byte [r13+1]
    lea r13, [r13+1]
    mov qword [r13+1], r13
    mov dword [r13+1], r13d
    mov byte [r13+1], r13b
    add byte [r13+1], r13b
    sub byte [r13+1], r13b
    mov r14, qword [r13+1]
    mov r14d, dword [r13+1]
    mov r14b, byte [r13+1]
    movzx r14d, byte [r13+1]
    lea r14, [r13+1]
    mov qword [r13+1], r14
    mov dword [r13+1], r14d
    mov byte [r13+1], r14b
    add byte [r13+1], r14b
    sub byte [r13+1], r14b
    mov r15, qword [r13+1]
    mov r15d, dword [r13+1]
    mov r15b, byte [r13+1]
    movzx r15d, byte [r13+1]
    lea r15, [r13+1]
    mov qword [r13+1], r15
    mov dword [r13+1], r15d
    mov byte [r13+1], r15b
    add byte [r13+1], r15b
    sub byte [r13+1], r15b
    mov byte [r13+1], 0
    mov byte [r13+1], 1
    mov byte [r13+1], -1
    mov byte [r13+1], 127
    mov byte [r13+1], -128
    mov byte [r13+1], 255
    add byte [r13+1], 0
    add byte [r13+1], 1
    add byte [r13+1], -1
    add byte [r13+1], 127
    add byte [r13+1], -128
    add byte [r13+1], 255
    sub byte [r13+1], 0
    sub byte [r13+1], 1
    sub byte [r13+1], -1
    sub byte [r13+1], 127
    sub byte [r13+1], -128
    sub byte [r13+1], 255
    cmp byte [r13+1], 0
    cmp byte [r13+1], 1
    cmp byte [r13+1], -1
    cmp byte [r13+1], 127
    cmp byte [r13+1], -128
    cmp byte [r13+1], 255
    mov rax, qword [r13-1]
    mov eax, dword [r13-1]
    mov al, byte [r13-1]
    movzx eax, byte [r13-1]
    lea rax, [r13-1]
    mov qword [r13-1], rax
    mov dword [r13-1], eax
    mov byte [r13-1], al
    add byte [r13-1], al
    sub byte [r13-1], al
    mov rcx, qword [r13-1]
    mov ecx, dword [r13-1]
    mov cl, byte [r13-1]
    movzx ecx, byte [r13-1]
    lea rcx, [r13-1]
    mov qword [r13-1], rcx
    mov dword [r13-1], ecx
    mov byte [r13-1], cl
    add byte [r13-1], cl
    sub byte [r13-1], cl
    mov rdx, qword [r13-1]
    mov edx, dword [r13-1]
    mov dl, byte [r13-1]
    movzx edx, byte [r13-1]
    lea rdx, [r13-1]
    mov qword [r13-1], rdx
    mov dword [r13-1], edx
    mov byte [r13-1], dl
    add byte [r13-1], dl
    sub byte [r13-1], dl
    mov rbx, qword [r13-1]
    mov ebx, dword [r13-1]
    mov bl, byte [r13-1]
    movzx ebx, byte [r13-1]
    lea rbx, [r13-1]
    mov qword [r13-1], rbx
    mov dword [r13-1], ebx
    mov byte [r13-1], bl
    add byte [r13-1], bl
    sub byte [r13-1], bl
    mov rsp, qword [r13-1]
    mov esp, dword [r13-1]
    mov spl, byte [r13-1]
    movzx esp, byte [r13-1]
    lea rsp, [r13-1]
    mov qword [r13-1], rsp
    mov dword [r13-1], esp
    mov byte [r13-1], spl
    add byte [r13-1], spl
    sub byte [r13-1], spl
    mov rbp, qword [r13-1]
    mov ebp, dword [r13-1]
    mov bpl, byte [r13-1]
    movzx ebp, byte [r13-1]
    lea rbp, [r13-1]
    mov qword [r13-1], rbp
    mov dword [r13-1], ebp
    mov byte [r13-1], bpl
    add byte [r13-1], bpl
    sub byte [r13-1], bpl
    mov rsi, qword [r13-1]
    mov esi, dword [r13-1]
    mov sil, byte [r13-1]
    movzx esi, byte [r13-1]
    lea rsi, [r13-1]
    mov qword [r13-1], rsi
    mov dword [r13-1], esi
    mov byte [r13-1], sil
    add byte [r13-1], sil
    sub byte [r13-1], sil
    mov rdi, qword [r13-1]
    mov edi, dword [r13-1]
    mov dil, byte [r13-1]
    movzx edi, byte [r13-1]
    lea rdi, [r13-1]
    mov qword [r13-1], rdi
    mov dword [r13-1], edi
    mov byte [r13-1], dil
    add byte [r13-1], dil
    sub byte [r13-1], dil
    mov r8, qword [r13-1]
    mov r8d, dword [r13-1]
    mov r8b, byte [r13-1]
    movzx r8d, byte [r13-1]
    lea r8, [r13-1]
    mov qword [r13-1], r8
    mov dword [r13-1], r8d
    mov byte [r13-1], r8b
    add byte [r13-1], r8b
    sub byte [r13-1], r8b
    mov r9, qword [r13-1]
    mov r9d, dword [r13-1]
    mov r9b, byte [r13-1]
    movzx r9d, byte [r13-1]
    lea r9, [r13-1]
    mov qword [r13-1], r9
    mov dword [r13-1], r9d
    mov byte [r13-1], r9b
    add byte [r13-1], r9b
    sub byte [r13-1], r9b
    mov r10, qword [r13-1]
    mov r10d, dword [r13-1]
    mov r10b, byte [r13-1]
    movzx r10d, byte [r13-1]
    lea r10, [r13-1]
    mov qword [r13-1], r10
    mov dword [r13-1], r10d
    mov byte [r13-1], r10b
    add byte [r13-1], r10b
    sub byte [r13-1], r10b
    mov r11, qword [r13-1]
    mov r11d, dword [r13-1]
    mov r11b, byte [r13-1]
    movzx r11d, byte [r13-1]
    lea r11, [r13-1]
    mov qword [r13-1], r11
    mov dword [r13-1], r11d
    mov byte [r13-1], r11b
    add byte [r13-1], r11b
    sub byte [r13-1], r11b
    mov r12, qword [r13-1]
    mov r12d, dword [r13-1]
    mov r12b, byte [r13-1]
    movzx r12d, byte [r13-1]
    lea r12, [r13-1]
    mov qword [r13-1], r12
    mov dword [r13-1], r12d
    mov byte [r13-1], r12b
    add byte [r13-1], r12b
    sub byte [r13-1], r12b
    mov r13, qword [r13-1]
    mov r13d, dword [r13-1]
    mov r13b, byte [r13-1]
    movzx r13d, byte [r13-1]
    lea r13, [r13-1]
    mov qword [r13-1], r13
    mov dword [r13-1], r13d
    mov byte [r13-1], r13b
    add byte [r13-1], r13b
    sub byte [r13-1], r13b
    mov r14, qword [r13-1]
    mov r14d, dword [r13-1]
    mov r14b, byte [r13-1]
    movzx r14d, byte [r13-1]
    lea r14, [r13-1]
    mov qword [r13-1], r14
    mov dword [r13-1], r14d
    mov byte [r13-1], r14b
    add byte [r13-1], r14b
    sub byte [r13-1], r14b
    mov r15, qword [r13-1]
    mov r15d, dword [r13-1]
    mov r15b, byte [r13-1]
    movzx r15d, byte [r13-1]
    lea r15, [r13-1]
    mov qword [r13-1], r15
    mov dword [r13-1], r15d
    mov byte [r13-1], r15b
    add byte [r13-1], r15b
    sub byte [r13-1], r15b
    mov byte [r13-1], 0
    mov byte [r13-1], 1
    mov byte [r13-1], -1
    mov byte [r13-1], 127
    mov byte [r13-1], -128
    mov byte [r13-1], 255
    add byte [r13-1], 0
    add byte [r13-1], 1
    add byte [r13-1], -1
    add byte [r13-1], 127
    add byte [r13-1], -128
    add byte [r13-1], 255
    sub byte [r13-1], 0
    sub byte [r13-1], 1
    sub byte [r13-1], -1
    sub byte [r13-1], 127
    sub byte [r13-1], -128
    sub byte [r13-1], 255
    cmp byte [r13-1], 0
    cmp byte [r13-1], 1
    cmp byte [r13-1], -1
    cmp byte [r13-1], 127
    cmp byte [r13-1], -128
    cmp byte [r13-1], 255
    mov rax, qword [r13+127]
    mov eax, dword [r13+127]
    mov al, byte [r13+127]
    movzx eax, byte [r13+127]
    lea rax, [r13+127]
    mov qword [r13+127], rax
    mov dword [r13+127], eax
    mov byte [r13+127], al
    add byte [r13+127], al
    sub byte [r13+127], al
    mov rcx, qword [r13+127]
    mov ecx, dword [r13+127]
    mov cl, byte [r13+127]
    movzx ecx, byte [r13+127]
    lea rcx, [r13+127]
    mov qword [r13+127], rcx
    mov dword [r13+127], ecx
    mov byte [r13+127], cl
    add byte [r13+127], cl
    sub byte [r13+127], cl
    mov rdx, qword [r13+127]
    mov edx, dword [r13+127]
    mov dl, byte [r13+127]
    movzx edx, byte [r13+127]
    lea rdx, [r13+127]
    mov qword [r13+127], rdx
    mov dword [r13+127], edx
    mov byte [r13+127], dl
    add byte [r13+127], dl
    sub byte [r13+127], dl
    mov rbx, qword [r13+127]
    mov ebx, dword [r13+127]
    mov bl, byte [r13+127]
    movzx ebx, byte [r13+127]
    lea rbx, [r13+127]
    mov qword [r13+127], rbx
    mov dword [r13+127], ebx
    mov byte [r13+127], bl
    add byte [r13+127], bl
    sub byte [r13+127], bl
    mov rsp, qword [r13+127]
    mov esp, dword [r13+127]
    mov spl, byte [r13+127]
    movzx esp, byte [r13+127]
    lea rsp, [r13+127]
    mov qword [r13+127], rsp
    mov dword [r13+127], esp
    mov byte [r13+127], spl
    add byte [r13+127], spl
    sub byte [r13+127], spl
    mov rbp, qword [r13+127]
    mov ebp, dword [r13+127]
    mov bpl, byte [r13+127]
    movzx ebp, byte [r13+127]
    lea rbp, [r13+127]
    mov qword [r13+127], rbp
    mov dword [r13+127], ebp
    mov byte [r13+127], bpl
    add byte [r13+127], bpl
    sub byte [r13+127], bpl
    mov rsi, qword [r13+127]
    mov esi, dword [r13+127]
    mov sil, byte [r13+127]
    movzx esi, byte [r13+127]
    lea rsi, [r13+127]
    mov qword [r13+127], rsi
    mov dword [r13+127], esi
    mov byte [r13+127], sil
    add byte [r13+127], sil
    sub byte [r13+127], sil
    mov rdi, qword [r13+127]
    mov edi, dword [r13+127]
    mov dil, byte [r13+127]
    movzx edi, byte [r13+127]
    lea rdi, [r13+127]
    mov qword [r13+127], rdi
    mov dword [r13+127], edi
    mov byte [r13+127], dil
    add byte [r13+127], dil
    sub byte [r13+127], dil
    mov r8, qword [r13+127]
    mov r8d, dword [r13+127]
    mov r8b, byte [r13+127]
    movzx r8d, byte [r13+127]
    lea r8, [r13+127]
    mov qword [r13+127], r8
    mov dword [r13+127], r8d
    mov byte [r13+127], r8b
    add byte [r13+127], r8b
    sub byte [r13+127], r8b
    mov r9, qword [r13+127]
    mov r9d, dword [r13+127]
    mov r9b, byte [r13+127]
    movzx r9d, byte [r13+127]
    lea r9, [r13+127]
    mov qword [r13+127], r9
    mov dword [r13+127], r9d
    mov byte [r13+127], r9b
    add byte [r13+127], r9b
    sub byte [r13+127], r9b
    mov r10, qword [r13+127]
    mov r10d, dword [r13+127]
    mov r10b, byte [r13+127]
    movzx r10d, byte [r13+127]
    lea r10, [r13+127]
    mov qword [r13+127], r10
    mov dword [r13+127], r10d
    mov byte [r13+127], r10b
    add byte [r13+127], r10b
    sub byte [r13+127], r10b
    mov r11, qword [r13+127]
    mov r11d, dword [r13+127]
    mov r11b, byte [r13+127]
    movzx r11d, byte [r13+127]
    lea r11, [r13+127]
    mov qword [r13+127], r11
    mov dword [r13+127], r11d
    mov byte [r13+127], r11b
    add byte [r13+127], r11b
    sub byte [r13+127], r11b
    mov r12, qword [r13+127]
    mov r12d, dword [r13+127]
    mov r12b, byte [r13+127]
    movzx r12d, byte [r13+127]
    lea r12, [r13+127]
    mov qword [r13+127], r12
    mov dword [r13+127], r12d
    mov byte [r13+127], r12b
    add byte [r13+127], r12b
    sub byte [r13+127], r12b
    mov r13, qword [r13+127]
    mov r13d, dword [r13+127]
    mov r13b, byte [r13+127]
    movzx r13d, byte [r13+127]
    lea r13, [r13+127]
    mov qword [r13+127], r13
    mov dword [r13+127], r13d
    mov byte [r13+127], r13b
    add byte [r13+127], r13b
    sub byte [r13+127], r13b
    mov r14, qword [r13+127]
    mov r14d, dword [r13+127]
    mov r14b, byte [r13+127]
    movzx r14d, byte [r13+127]
    lea r14, [r13+127]
    mov qword [r13+127], r14
    mov dword [r13+127], r14d
    mov byte [r13+127], r14b
    add byte [r13+127], r14b
    sub byte [r13+127], r14b
    mov r15, qword [r13+127]
    mov r15d, dword [r13+127]
    mov r15b, byte [r13+127]
    movzx r15d, byte [r13+127]
    lea r15, [r13+127]
    mov qword [r13+127], r15
    mov dword [r13+127], r15d
    mov byte [r13+127], r15b
    add byte [r13+127], r15b
    sub byte [r13+127], r15b
    mov byte [r13+127], 0
    mov byte [r13+127], 1
    mov byte [r13+127], -1
    mov byte [r13+127], 127
    mov byte [r13+127], -128
    mov byte [r13+127], 255
    add byte [r13+127], 0
    add byte [r13+127], 1
    add byte [r13+127], -1
    add byte [r13+127], 127
    add byte [r13+127], -128
    add byte [r13+127], 255
    sub byte [r13+127], 0
    sub byte [r13+127], 1
    sub byte [r13+127], -1
    sub byte [r13+127], 127
    sub byte [r13+127], -128
    sub byte [r13+127], 255
    cmp byte [r13+127], 0
    cmp byte [r13+127], 1
    cmp byte [r13+127], -1
    cmp byte [r13+127], 127
    cmp byte [r13+127], -128
    cmp byte [r13+127], 255
    mov rax, qword [r13-128]
    mov eax, dword [r13-128]
    mov al, byte [r13-128]
    movzx eax, byte [r13-128]
    lea rax, [r13-128]
    mov qword [r13-128], rax
    mov dword [r13-128], eax
    mov byte [r13-128], al
    add byte [r13-128], al
    sub byte [r13-128], al
    mov rcx, qword [r13-128]
    mov ecx, dword [r13-128]
    mov cl, byte [r13-128]
    movzx ecx, byte [r13-128]
    lea rcx, [r13-128]
    mov qword [r13-128], rcx
    mov dword [r13-128], ecx
    mov byte [r13-128], cl
    add byte [r13-128], cl
    sub byte [r13-128], cl
    mov rdx, qword [r13-128]
    mov edx, dword [r13-128]
    mov dl, byte [r13-128]
    movzx edx, byte [r13-128]
    lea rdx, [r13-128]
    mov qword [r13-128], rdx
    mov dword [r13-128], edx
    mov byte [r13-128], dl
    add byte [r13-128], dl
    sub byte [r13-128], dl
    mov rbx, qword [r13-128]
    mov ebx, dword [r13-128]
    mov bl, byte [r13-128]
    movzx ebx, byte [r13-128]
    lea rbx, [r13-128]
    mov qword [r13-128], rbx
    mov dword [r13-128], ebx
    mov byte [r13-128], bl
    add byte [r13-128], bl
    sub byte [r13-128], bl
    mov rsp, qword [r13-128]
    mov esp, dword [r13-128]
    mov spl, byte [r13-128]
    movzx esp, byte [r13-128]
    lea rsp, [r13-128]
    mov qword [r13-128], rsp
    mov dword [r13-128], esp
    mov byte [r13-128], spl
    add byte [r13-128], spl
    sub byte [r13-128], spl
    mov rbp, qword [r13-128]
    mov ebp, dword [r13-128]
    mov bpl, byte [r13-128]
    movzx ebp, byte [r13-128]
    lea rbp, [r13-128]
    mov qword [r13-128], rbp
    mov dword [r13-128], ebp
    mov byte [r13-128], bpl
    add byte [r13-128], bpl
    sub byte [r13-128], bpl
    mov rsi, qword [r13-128]
    mov esi, dword [r13-128]
    mov sil, byte [r13-128]
    movzx esi, byte [r13-128]
    lea rsi, [r13-128]
    mov qword [r13-128], rsi
    mov dword [r13-128], esi
    mov byte [r13-128], sil
    add byte [r13-128], sil
    sub byte [r13-128], sil
    mov rdi, qword [r13-128]
    mov edi, dword [r13-128]
    mov dil, byte [r13-128]
    movzx edi, byte [r13-128]
    lea rdi, [r13-128]
    mov qword [r13-128], rdi
    mov dword [r13-128], edi
    mov byte [r13-128], dil
    add byte [r13-128], dil
    sub byte [r13-128], dil
    mov r8, qword [r13-128]
    mov r8d, dword [r13-128]
    mov r8b, byte [r13-128]
    movzx r8d, byte [r13-128]
    lea r8, [r13-128]
    mov qword [r13-128], r8
    mov dword [r13-128], r8d
    mov byte [r13-128], r8b
    add byte [r13-128], r8b
    sub byte [r13-128], r8b
    mov r9, qword [r13-128]
    mov r9d, dword [r13-128]
    mov r9b, byte [r13-128]
    movzx r9d, byte [r13-128]
    lea r9, [r13-128]
    mov qword [r13-128], r9
    mov dword [r13-128], r9d
    mov byte [r13-128], r9b
    add byte [r13-128], r9b
    sub byte [r13-128], r9b
    mov r10, qword [r13-128]
    mov r10d, dword [r13-128]
    mov r10b, byte [r13-128]
    movzx r10d, byte [r13-128]
    lea r10, [r13-128]
    mov qword [r13-128], r10
    mov dword [r13-128], r10d
    mov byte [r13-128], r10b
    add byte [r13-128], r10b
    sub byte [r13-128], r10b
    mov r11, qword [r13-128]
    mov r11d, dword [r13-128]
    mov r11b, byte [r13-128]
    movzx r11d, byte [r13-128]
    lea r11, [r13-128]
    mov qword [r13-128], r11
    mov dword [r13-128], r11d
    mov byte [r13-128], r11b
    add byte [r13-128], r11b
    sub byte [r13-128], r11b
    mov r12, qword [r13-128]
    mov r12d, dword [r13-128]
    mov r12b, byte [r13-128]
    movzx r12d, byte [r13-128]
    lea r12, [r13-128]
    mov qword [r13-128], r12
    mov dword [r13-128], r12d
    mov byte [r13-128], r12b
    add byte [r13-128], r12b
    sub byte [r13-128], r12b
    mov r13, qword [r13-128]
    mov r13d, dword [r13-128]
    mov r13b, byte [r13-128]
    movzx r13d, byte [r13-128]
    lea r13, [r13-128]
    mov qword [r13-128], r13
    mov dword [r13-128], r13d
    mov byte [r13-128], r13b
    add byte [r13-128], r13b
    sub byte [r13-128], r13b
    mov r14, qword [r13-128]
    mov r14d, dword [r13-128]
    mov r14b, byte [r13-128]
    movzx r14d, byte [r13-128]
    lea r14, [r13-128]
    mov qword [r13-128], r14
    mov dword [r13-128], r14d
    mov byte [r13-128], r14b
    add byte [r13-128], r14b
    sub byte [r13-128], r14b
    mov r15, qword [r13-128]
    mov r15d, dword [r13-128]
    mov r15b, byte [r13-128]
    movzx r15d, byte [r13-128]
    lea r15, [r13-128]
    mov qword [r13-128], r15
    mov dword [r13-128], r15d
    mov byte [r13-128], r15b
    add byte [r13-128], r15b
    sub byte [r13-128], r15b
    mov byte [r13-128], 0
    mov byte [r13-128], 1
    mov byte [r13-128], -1
    mov byte [r13-128], 127
    mov byte [r13-128], -128
    mov byte [r13-128], 255
    add byte [r13-128], 0
    add byte [r13-128], 1
    add byte [r13-128], -1
    add byte [r13-128], 127
    add byte [r13-128], -128
    add byte [r13-128], 255
    sub byte [r13-128], 0
    sub byte [r13-128], 1
    sub byte [r13-128], -1
    sub byte [r13-128], 127
    sub byte [r13-128], -128
    sub byte [r13-128], 255
    cmp byte [r13-128], 0
    cmp byte [r13-128], 1
    cmp byte [r13-128], -1
    cmp byte [r13-128], 127
    cmp byte [r13-128], -128
    cmp byte [r13-128], 255
    mov rax, qword [r13+128]
    mov eax, dword [r13+128]
    mov al, byte [r13+128]
    movzx eax, byte [r13+128]
    lea rax, [r13+128]
    mov qword [r13+128], rax
    mov dword [r13+128], eax
    mov byte [r13+128], al
    add byte [r13+128], al
    sub byte [r13+128], al
    mov rcx, qword [r13+128]
    mov ecx, dword [r13+128]
    mov cl, byte [r13+128]
    movzx ecx, byte [r13+128]
    lea rcx, [r13+128]
    mov qword [r13+128], rcx
    mov dword [r13+128], ecx
    mov byte [r13+128], cl
    add byte [r13+128], cl
    sub byte [r13+128], cl
    mov rdx, qword [r13+128]
    mov edx, dword [r13+128]
    mov dl, byte [r13+128]
    movzx edx, byte [r13+128]
    lea rdx, [r13+128]
    mov qword [r13+128], rdx
    mov dword [r13+128], edx
    mov byte [r13+128], dl
    add byte [r13+128], dl
    sub byte [r13+128], dl
    mov rbx, qword [r13+128]
    mov ebx, dword [r13+128]
    mov bl, byte [r13+128]
    movzx ebx, byte [r13+128]
    lea rbx, [r13+128]
    mov qword [r13+128], rbx
    mov dword [r13+128], ebx
    mov byte [r13+128], bl
    add byte [r13+128], bl
    sub byte [r13+128], bl
    mov rsp, qword [r13+128]
    mov esp, dword [r13+128]
    mov spl, byte [r13+128]
    movzx esp, byte [r13+128]
    lea rsp, [r13+128]
    mov qword [r13+128], rsp
    mov dword [r13+128], esp
    mov byte [r13+128], spl
    add byte [r13+128], spl
    sub byte [r13+128], spl
    mov rbp, qword [r13+128]
    mov ebp, dword [r13+128]
    mov bpl, byte [r13+128]
    movzx ebp, byte [r13+128]
    lea rbp, [r13+128]
    mov qword [r13+128], rbp
    mov dword [r13+128], ebp
    mov byte [r13+128], bpl
    add byte [r13+128], bpl
    sub byte [r13+128], bpl
    mov rsi, qword [r13+128]
    mov esi, dword [r13+128]
    mov sil, byte [r13+128]
    movzx esi, byte [r13+128]
    lea rsi, [r13+128]
    mov qword [r13+128], rsi
    mov dword [r13+128], esi
    mov byte [r13+128], sil
    add byte [r13+128], sil
    sub byte [r13+128], sil
    mov rdi, qword [r13+128]
    mov edi, dword [r13+128]
    mov dil, byte [r13+128]
    movzx edi, byte [r13+128]
    lea rdi, [r13+128]
    mov qword [r13+128], rdi
    mov dword [r13+128], edi
    mov byte [r13+128], dil
    add byte [r13+128], dil
    sub byte [r13+128], dil
    mov r8, qword [r13+128]
    mov r8d, dword [r13+128]
    mov r8b, byte [r13+128]
    movzx r8d, byte [r13+128]
    lea r8, [r13+128]
    mov qword [r13+128], r8
    mov dword [r13+128], r8d
    mov byte [r13+128], r8b
    add byte [r13+128], r8b
    sub byte [r13+128], r8b
    mov r9, qword [r13+128]
    mov r9d, dword [r13+128]
    mov r9b, byte [r13+128]
    movzx r9d, byte [r13+128]
    lea r9, [r13+128]
    mov qword [r13+128], r9
    mov dword [r13+128], r9d
    mov byte [r13+128], r9b
    add byte [r13+128], r9b
    sub byte [r13+128], r9b
    mov r10, qword [r13+128]
    mov r10d, dword [r13+128]
    mov r10b, byte [r13+128]
    movzx r10d, byte [r13+128]
    lea r10, [r13+128]
    mov qword [r13+128], r10
    mov dword [r13+128], r10d
    mov byte [r13+128], r10b
    add byte [r13+128], r10b
    sub byte [r13+128], r10b
    mov r11, qword [r13+128]
    mov r11d, dword [r13+128]
    mov r11b, byte [r13+128]
    movzx r11d, byte [r13+128]
    lea r11, [r13+128]
    mov qword [r13+128], r11
    mov dword [r13+128], r11d
    mov byte [r13+128], r11b
    add byte [r13+128], r11b
    sub byte [r13+128], r11b
    mov r12, qword [r13+128]
    mov r12d, dword [r13+128]
    mov r12b, byte [r13+128]
    movzx r12d, byte [r13+128]
    lea r12, [r13+128]
    mov qword [r13+128], r12
    mov dword [r13+128], r12d
    mov byte [r13+128], r12b
    add byte [r13+128], r12b
    sub byte [r13+128], r12b
    mov r13, qword [r13+128]
    mov r13d, dword [r13+128]
    mov r13b, byte [r13+128]
    movzx r13d, byte [r13+128]
    lea r13, [r13+128]
    mov qword [r13+128], r13
    mov dword [r13+128], r13d
    mov byte [r13+128], r13b
    add byte [r13+128], r13b
    sub byte [r13+128], r13b
    mov r14, qword [r13+128]
    mov r14d, dword [r13+128]
    mov r14b, byte [r13+128]
    movzx r14d, byte [r13+128]
    lea r14, [r13+128]
    mov qword [r13+128], r14
    mov dword [r13+128], r14d
    mov byte [r13+128], r14b
    add byte [r13+128], r14b
    sub byte [r13+128], r14b
    mov r15, qword [r13+128]
    mov r15d, dword [r13+128]
    mov r15b, byte [r13+128]
    movzx r15d, byte [r13+128]
    lea r15, [r13+128]
    mov qword [r13+128], r15
    mov dword [r13+128], r15d
    mov byte [r13+128], r15b
    add byte [r13+128], r15b
    sub byte [r13+128], r15b
    mov byte [r13+128], 0
    mov byte [r13+128], 1
    mov byte [r13+128], -1
    mov byte [r13+128], 127
    mov byte [r13+128], -128
    mov byte [r13+128], 255
    add byte [r13+128], 0
    add byte [r13+128], 1
    add byte [r13+128], -1
    add byte [r13+128], 127
    add byte [r13+128], -128
    add byte [r13+128], 255
    sub byte [r13+128], 0
    sub byte [r13+128], 1
    sub byte [r13+128], -1
    sub byte [r13+128], 127
    sub byte [r13+128], -128
    sub byte [r13+128], 255
    cmp byte [r13+128], 0
    cmp byte [r13+128], 1
    cmp byte [r13+128], -1
    cmp byte [r13+128], 127
    cmp byte [r13+128], -128
    cmp byte [r13+128], 255
    mov rax, qword [r13-129]
    mov eax, dword [r13-129]
    mov al, byte [r13-129]
    movzx eax, byte [r13-129]
    lea rax, [r13-129]
    mov qword [r13-129], rax
    mov dword [r13-129], eax
    mov byte [r13-129], al
    add byte [r13-129], al
    sub byte [r13-129], al
    mov rcx, qword [r13-129]
    mov ecx, dword [r13-129]
    mov cl, byte [r13-129]
    movzx ecx, byte [r13-129]
    lea rcx, [r13-129]
    mov qword [r13-129], rcx
    mov dword [r13-129], ecx
    mov byte [r13-129], cl
    add byte [r13-129], cl
    sub byte [r13-129], cl
    mov rdx, qword [r13-129]
    mov edx, dword [r13-129]
    mov dl, byte [r13-129]
    movzx edx, byte [r13-129]
    lea rdx, [r13-129]
    mov qword [r13-129], rdx
    mov dword [r13-129], edx
    mov byte [r13-129], dl
    add byte [r13-129], dl
    sub byte [r13-129], dl
    mov rbx, qword [r13-129]
    mov ebx, dword [r13-129]
    mov bl, byte [r13-129]
    movzx ebx, byte [r13-129]
    lea rbx, [r13-129]
    mov qword [r13-129], rbx
    mov dword [r13-129], ebx
    mov byte [r13-129], bl
    add byte [r13-129], bl
    sub byte [r13-129], bl
    mov rsp, qword [r13-129]
    mov esp, dword [r13-129]
    mov spl, byte [r13-129]
    movzx esp, byte [r13-129]
    lea rsp, [r13-129]
    mov qword [r13-129], rsp
    mov dword [r13-129], esp
    mov byte [r13-129], spl
    add byte [r13-129], spl
    sub byte [r13-129], spl
    mov rbp, qword [r13-129]
    mov ebp, dword [r13-129]
    mov bpl, byte [r13-129]
    movzx ebp, byte [r13-129]
    lea rbp, [r13-129]
    mov qword [r13-129], rbp
    mov dword [r13-129], ebp
    mov byte [r13-129], bpl
    add byte [r13-129], bpl
    sub byte [r13-129], bpl
    mov rsi, qword [r13-129]
    mov esi, dword [r13-129]
    mov sil, byte [r13-129]
    movzx esi, byte [r13-129]
    lea rsi, [r13-129]
    mov qword [r13-129], rsi
    mov dword [r13-129], esi
    mov byte [r13-129], sil
    add byte [r13-129], sil
    sub byte [r13-129], sil
    mov rdi, qword [r13-129]
    mov edi, dword [r13-129]
    mov dil, byte [r13-129]
    movzx edi, byte [r13-129]
    lea rdi, [r13-129]
    mov qword [r13-129], rdi
    mov dword [r13-129], edi
    mov byte [r13-129], dil
    add byte [r13-129], dil
    sub byte [r13-129], dil
    mov r8, qword [r13-129]
    mov r8d, dword [r13-129]
    mov r8b, byte [r13-129]
    movzx r8d, byte [r13-129]
    lea r8, [r13-129]
    mov qword [r13-129], r8
    mov dword [r13-129], r8d
    mov byte [r13-129], r8b
    add byte [r13-129], r8b
    sub byte [r13-129], r8b
    mov r9, qword [r13-129]
    mov r9d, dword [r13-129]
    mov r9b, byte [r13-129]
    movzx r9d, byte [r13-129]
    lea r9, [r13-129]
    mov qword [r13-129], r9
    mov dword [r13-129], r9d
    mov byte [r13-129], r9b
    add byte [r13-129], r9b
    sub byte [r13-129], r9b
    mov r10, qword [r13-129]
    mov r10d, dword [r13-129]
    mov r10b, byte [r13-129]
    movzx r10d, byte [r13-129]
    lea r10, [r13-129]
    mov qword [r13-129], r10
    mov dword [r13-129], r10d
    mov byte [r13-129], r10b
    add byte [r13-129], r10b
    sub byte [r13-129], r10b
    mov r11, qword [r13-129]
    mov r11d, dword [r13-129]
    mov r11b, byte [r13-129]
    movzx r11d, byte [r13-129]
    lea r11, [r13-129]
    mov qword [r13-129], r11
    mov dword [r13-129], r11d
    mov byte [r13-129], r11b
    add byte [r13-129], r11b
    sub byte [r13-129], r11b
    mov r12, qword [r13-129]
    mov r12d, dword [r13-129]
    mov r12b, byte [r13-129]
    movzx r12d, byte [r13-129]
    lea r12, [r13-129]
    mov qword [r13-129], r12
    mov dword [r13-129], r12d
    mov byte [r13-129], r12b
    add byte [r13-129], r12b
    sub byte [r13-129], r12b
    mov r13, qword [r13-129]
    mov r13d, dword [r13-129]
    mov r13b, byte [r13-129]
    movzx r13d, byte [r13-129]
    lea r13, [r13-129]
    mov qword [r13-129], r13
    mov dword [r13-129], r13d
    mov byte [r13-129], r13b
    add byte [r13-129], r13b
    sub byte [r13-129], r13b
    mov r14, qword [r13-129]
    mov r14d, dword [r13-129]
    mov r14b, byte [r13-129]
    movzx r14d, byte [r13-129]
    lea r14, [r13-129]
    mov qword [r13-129], r14
    mov dword [r13-129], r14d
    mov byte [r13-129], r14b
    add byte [r13-129], r14b
    sub byte [r13-129], r14b
    mov r15, qword [r13-129]
    mov r15d, dword [r13-129]
    mov r15b, byte [r13-129]
    movzx r15d, byte [r13-129]
    lea r15, [r13-129]
    mov qword [r13-129], r15
    mov dword [r13-129], r15d
    mov byte [r13-129], r15b
    add byte [r13-129], r15b
    sub byte [r13-129], r15b
    mov byte [r13-129], 0
    mov byte [r13-129], 1
    mov byte [r13-129], -1
    mov byte [r13-129], 127
    mov byte [r13-129], -128
    mov byte [r13-129], 255
    add byte [r13-129], 0
    add byte [r13-129], 1
    add byte [r13-129], -1
    add byte [r13-129], 127
    add byte [r13-129], -128
    add byte [r13-129], 255
    sub byte [r13-129], 0
    sub byte [r13-129], 1
    sub byte [r13-129], -1
    sub byte [r13-129], 127
    sub byte [r13-129], -128
    sub byte [r13-129], 255
    cmp byte [r13-129], 0
    cmp byte [r13-129], 1
    cmp byte [r13-129], -1
    cmp byte [r13-129], 127
    cmp byte [r13-129], -128
    cmp byte [r13-129], 255
    mov rax, qword [r13+2147483647]
    mov eax, dword [r13+2147483647]
    mov al, byte [r13+2147483647]
    movzx eax, byte [r13+2147483647]
    lea rax, [r13+2147483647]
    mov qword [r13+2147483647], rax
    mov dword [r13+2147483647], eax
    mov byte [r13+2147483647], al
    add byte [r13+2147483647], al
    sub byte [r13+2147483647], al
    mov rcx, qword [r13+2147483647]
    mov ecx, dword [r13+2147483647]
    mov cl, byte [r13+2147483647]
    movzx ecx, byte [r13+2147483647]
    lea rcx, [r13+2147483647]
    mov qword [r13+2147483647], rcx
    mov dword [r13+2147483647], ecx
    mov byte [r13+2147483647], cl
    add byte [r13+2147483647], cl
    sub byte [r13+2147483647], cl
    mov rdx, qword [r13+2147483647]
    mov edx, dword [r13+2147483647]
    mov dl, byte [r13+2147483647]
    movzx edx, byte [r13+2147483647]
    lea rdx, [r13+2147483647]
    mov qword [r13+2147483647], rdx
    mov dword [r13+2147483647], edx
    mov byte [r13+2147483647], dl
    add byte [r13+2147483647], dl
    sub byte [r13+2147483647], dl
    mov rbx, qword [r13+2147483647]
    mov ebx, dword [r13+2147483647]
    mov bl, byte [r13+2147483647]
    movzx ebx, byte [r13+2147483647]
    lea rbx, [r13+2147483647]
    mov qword [r13+2147483647], rbx
    mov dword [r13+2147483647], ebx
    mov byte [r13+2147483647], bl
    add byte [r13+2147483647], bl
    sub byte [r13+2147483647], bl
    mov rsp, qword [r13+2147483647]
    mov esp, dword [r13+2147483647]
    mov spl, byte [r13+2147483647]
    movzx esp, byte [r13+2147483647]
    lea rsp, [r13+2147483647]
    mov qword [r13+2147483647], rsp
    mov dword [r13+2147483647], esp
    mov byte [r13+2147483647], spl
    add byte [r13+2147483647], spl
    sub byte [r13+2147483647], spl
    mov rbp, qword [r13+2147483647]
    mov ebp, dword [r13+2147483647]
    mov bpl, byte [r13+2147483647]
    movzx ebp, byte [r13+2147483647]
    lea rbp, [r13+2147483647]
    mov qword [r13+2147483647], rbp
    mov dword [r13+2147483647], ebp
    mov byte [r13+2147483647], bpl
    add byte [r13+2147483647], bpl
    sub byte [r13+2147483647], bpl
    mov rsi, qword [r13+2147483647]
    mov esi, dword [r13+2147483647]
    mov sil, byte [r13+2147483647]
    movzx esi, byte [r13+2147483647]
    lea rsi, [r13+2147483647]
    mov qword [r13+2147483647], rsi
    mov dword [r13+2147483647], esi
    mov byte [r13+2147483647], sil
    add byte [r13+2147483647], sil
    sub byte [r13+2147483647], sil
    mov rdi, qword [r13+2147483647]
    mov edi, dword [r13+2147483647]
    mov dil, byte [r13+2147483647]
    movzx edi, byte [r13+2147483647]
    lea rdi, [r13+2147483647]
    mov qword [r13+2147483647], rdi
    mov dword [r13+2147483647], edi
    mov byte [r13+2147483647], dil
    add byte [r13+2147483647], dil
    sub byte [r13+2147483647], dil
    mov r8, qword [r13+2147483647]
    mov r8d, dword [r13+2147483647]
    mov r8b, byte [r13+2147483647]
    movzx r8d, byte [r13+2147483647]
    lea r8, [r13+2147483647]
    mov qword [r13+2147483647], r8
    mov dword [r13+2147483647], r8d
    mov byte [r13+2147483647], r8b
    add byte [r13+2147483647], r8b
    sub byte [r13+2147483647], r8b
    mov r9, qword [r13+2147483647]
    mov r9d, dword [r13+2147483647]
    mov r9b, byte [r13+2147483647]
    movzx r9d, byte [r13+2147483647]
    lea r9, [r13+2147483647]
    mov qword [r13+2147483647], r9
    mov dword [r13+2147483647], r9d
    mov byte [r13+2147483647], r9b
    add byte [r13+2147483647], r9b
    sub byte [r13+2147483647], r9b
    mov r10, qword [r13+2147483647]
    mov r10d, dword [r13+2147483647]
    mov r10b, byte [r13+2147483647]
    movzx r10d, byte [r13+2147483647]
    lea r10, [r13+2147483647]
    mov qword [r13+2147483647], r10
    mov dword [r13+2147483647], r10d
    mov byte [r13+2147483647], r10b
    add byte [r13+2147483647], r10b
    sub byte [r13+2147483647], r10b
    mov r11, qword [r13+2147483647]
    mov r11d, dword [r13+2147483647]
    mov r11b, byte [r13+2147483647]
    movzx r11d, byte [r13+2147483647]
    lea r11, [r13+2147483647]
    mov qword [r13+2147483647], r11
    mov dword [r13+2147483647], r11d
    mov byte [r13+2147483647], r11b
    add byte [r13+2147483647], r11b
    sub byte [r13+2147483647], r11b
    mov r12, qword [r13+2147483647]
    mov r12d, dword [r13+2147483647]
    mov r12b, byte [r13+2147483647]
    movzx r12d, byte [r13+2147483647]
    lea r12, [r13+2147483647]
    mov qword [r13+2147483647], r12
    mov dword [r13+2147483647], r12d
    mov byte [r13+2147483647], r12b
    add byte [r13+2147483647], r12b
    sub byte [r13+2147483647], r12b
    mov r13, qword [r13+2147483647]
    mov r13d, dword [r13+2147483647]
    mov r13b, byte [r13+2147483647]
    movzx r13d, byte [r13+2147483647]
    lea r13, [r13+2147483647]
    mov qword [r13+2147483647], r13
    mov dword [r13+2147483647], r13d
    mov byte [r13+2147483647], r13b
    add byte [r13+2147483647], r13b
    sub byte [r13+2147483647], r13b
    mov r14, qword [r13+2147483647]
    mov r14d, dword [r13+2147483647]
    mov r14b, byte [r13+2147483647]
    movzx r14d, byte [r13+2147483647]
    lea r14, [r13+2147483647]
    mov qword [r13+2147483647], r14
    mov dword [r13+2147483647], r14d
    mov byte [r13+2147483647], r14b
    add byte [r13+2147483647], r14b
    sub byte [r13+2147483647], r14b
    mov r15, qword [r13+2147483647]
    mov r15d, dword [r13+2147483647]
    mov r15b, byte [r13+2147483647]
    movzx r15d, byte [r13+2147483647]
    lea r15, [r13+2147483647]
    mov qword [r13+2147483647], r15
    mov dword [r13+2147483647], r15d
    mov byte [r13+2147483647], r15b
    add byte [r13+2147483647], r15b
    sub byte [r13+2147483647], r15b
    mov byte [r13+2147483647], 0
    mov byte [r13+2147483647], 1
    mov byte [r13+2147483647], -1
    mov byte [r13+2147483647], 127
    mov byte [r13+2147483647], -128
    mov byte [r13+2147483647], 255
    add byte [r13+2147483647], 0
    add byte [r13+2147483647], 1
    add byte [r13+2147483647], -1
    add byte [r13+2147483647], 127
    add byte [r13+2147483647], -128
    add byte [r13+2147483647], 255
    sub byte [r13+2147483647], 0
    sub byte [r13+2147483647], 1
    sub byte [r13+2147483647], -1
    sub byte [r13+2147483647], 127
    sub byte [r13+2147483647], -128
    sub byte [r13+2147483647], 255
    cmp byte [r13+2147483647], 0
    cmp byte [r13+2147483647], 1
    cmp byte [r13+2147483647], -1
    cmp byte [r13+2147483647], 127
    cmp byte [r13+2147483647], -128
    cmp byte [r13+2147483647], 255
    mov rax, qword [r13-2147483648]
    mov eax, dword [r13-2147483648]
    mov al, byte [r13-2147483648]
    movzx eax, byte [r13-2147483648]
    lea rax, [r13-2147483648]
    mov qword [r13-2147483648], rax
    mov dword [r13-2147483648], eax
    mov byte [r13-2147483648], al
    add byte [r13-2147483648], al
    sub byte [r13-2147483648], al
    mov rcx, qword [r13-2147483648]
    mov ecx, dword [r13-2147483648]
    mov cl, byte [r13-2147483648]
    movzx ecx, byte [r13-2147483648]
    lea rcx, [r13-2147483648]
    mov qword [r13-2147483648], rcx
    mov dword [r13-2147483648], ecx
    mov byte [r13-2147483648], cl
    add byte [r13-2147483648], cl
    sub byte [r13-2147483648], cl
    mov rdx, qword [r13-2147483648]
    mov edx, dword [r13-2147483648]
    mov dl, byte [r13-2147483648]
    movzx edx, byte [r13-2147483648]
    lea rdx, [r13-2147483648]
    mov qword [r13-2147483648], rdx
    mov dword [r13-2147483648], edx
    mov byte [r13-2147483648], dl
    add byte [r13-2147483648], dl
    sub byte [r13-2147483648], dl
    mov rbx, qword [r13-2147483648]
    mov ebx, dword [r13-2147483648]
    mov bl, byte [r13-2147483648]
    movzx ebx, byte [r13-2147483648]
    lea rbx, [r13-2147483648]
    mov qword [r13-2147483648], rbx
    mov dword [r13-2147483648], ebx
    mov byte [r13-2147483648], bl
    add byte [r13-2147483648], bl
    sub byte [r13-2147483648], bl
    mov rsp, qword [r13-2147483648]
    mov esp, dword [r13-2147483648]
    mov spl, byte [r13-2147483648]
    movzx esp, byte [r13-2147483648]
    lea rsp, [r13-2147483648]
    mov qword [r13-2147483648], rsp
    mov dword [r13-2147483648], esp
    mov byte [r13-2147483648], spl
    add byte [r13-2147483648], spl
    sub byte [r13-2147483648], spl
    mov rbp, qword [r13-2147483648]
    mov ebp, dword [r13-2147483648]
    mov bpl, byte [r13-2147483648]
    movzx ebp, byte [r13-2147483648]
    lea rbp, [r13-2147483648]
    mov qword [r13-2147483648], rbp
    mov dword [r13-2147483648], ebp
    mov byte [r13-2147483648], bpl
    add byte [r13-2147483648], bpl
    sub byte [r13-2147483648], bpl
    mov rsi, qword [r13-2147483648]
    mov esi, dword [r13-2147483648]
    mov sil, byte [r13-2147483648]
    movzx esi, byte [r13-2147483648]
    lea rsi, [r13-2147483648]
    mov qword [r13-2147483648], rsi
    mov dword [r13-2147483648], esi
    mov byte [r13-2147483648], sil
    add byte [r13-2147483648], sil
    sub byte [r13-2147483648], sil
    mov rdi, qword [r13-2147483648]
    mov edi, dword [r13-2147483648]
    mov dil, byte [r13-2147483648]
    movzx edi, byte [r13-2147483648]
    lea rdi, [r13-2147483648]
    mov qword [r13-2147483648], rdi
    mov dword [r13-2147483648], edi
    mov byte [r13-2147483648], dil
    add byte [r13-2147483648], dil
    sub byte [r13-2147483648], dil
    mov r8, qword [r13-2147483648]
    mov r8d, dword [r13-2147483648]
    mov r8b, byte [r13-2147483648]
    movzx r8d, byte [r13-2147483648]
    lea r8, [r13-2147483648]
    mov qword [r13-2147483648], r8
    mov dword [r13-2147483648], r8d
    mov byte [r13-2147483648], r8b
    add byte [r13-2147483648], r8b
    sub byte [r13-2147483648], r8b
    mov r9, qword [r13-2147483648]
    mov r9d, dword [r13-2147483648]
    mov r9b, byte [r13-2147483648]
    movzx r9d, byte [r13-2147483648]
    lea r9, [r13-2147483648]
    mov qword [r13-2147483648], r9
    mov dword [r13-2147483648], r9d
    mov byte [r13-2147483648], r9b
    add byte [r13-2147483648], r9b
    sub byte [r13-2147483648], r9b
    mov r10, qword [r13-2147483648]
    mov r10d, dword [r13-2147483648]
    mov r10b, byte [r13-2147483648]
    movzx r10d, byte [r13-2147483648]
    lea r10, [r13-2147483648]
    mov qword [r13-2147483648], r10
    mov dword [r13-2147483648], r10d
    mov byte [r13-2147483648], r10b
    add byte [r13-2147483648], r10b
    sub byte [r13-2147483648], r10b
    mov r11, qword [r13-2147483648]
    mov r11d, dword [r13-2147483648]
    mov r11b, byte [r13-2147483648]
    movzx r11d, byte [r13-2147483648]
    lea r11, [r13-2147483648]
    mov qword [r13-2147483648], r11
    mov dword [r13-2147483648], r11d
    mov byte [r13-2147483648], r11b
    add byte [r13-2147483648], r11b
    sub byte [r13-2147483648], r11b
    mov r12, qword [r13-2147483648]
    mov r12d, dword [r13-2147483648]
    mov r12b, byte [r13-2147483648]
    movzx r12d, byte [r13-2147483648]
    lea r12, [r13-2147483648]
    mov qword [r13-2147483648], r12
    mov dword [r13-2147483648], r12d
    mov byte [r13-2147483648], r12b
    add byte [r13-2147483648], r12b
    sub byte [r13-2147483648], r12b
    mov r13, qword [r13-2147483648]
    mov r13d, dword [r13-2147483648]
    mov r13b, byte [r13-2147483648]
    movzx r13d, byte [r13-2147483648]
    lea r13, [r13-2147483648]
    mov qword [r13-2147483648], r13
    mov dword [r13-2147483648], r13d
    mov byte [r13-2147483648], r13b
    add byte [r13-2147483648], r13b
    sub byte [r13-2147483648], r13b
    mov r14, qword [r13-2147483648]
    mov r14d, dword [r13-2147483648]
    mov r14b, byte [r13-2147483648]
    movzx r14d, byte [r13-2147483648]
    lea r14, [r13-2147483648]
    mov qword [r13-2147483648], r14
    mov dword [r13-2147483648], r14d
    mov byte [r13-2147483648], r14b
    add byte [r13-2147483648], r14b
    sub byte [r13-2147483648], r14b
    mov r15, qword [r13-2147483648]
    mov r15d, dword [r13-2147483648]
    mov r15b, byte [r13-2147483648]
    movzx r15d, byte [r13-2147483648]
    lea r15, [r13-2147483648]
    mov qword [r13-2147483648], r15
    mov dword [r13-2147483648], r15d
    mov byte [r13-2147483648], r15b
    add byte [r13-2147483648], r15b
    sub byte [r13-2147483648], r15b
    mov byte [r13-2147483648], 0
    mov byte [r13-2147483648], 1
    mov byte [r13-2147483648], -1
    mov byte [r13-2147483648], 127
    mov byte [r13-2147483648], -128
    mov byte [r13-2147483648], 255
    add byte [r13-2147483648], 0
    add byte [r13-2147483648], 1
    add byte [r13-2147483648], -1
    add byte [r13-2147483648], 127
    add byte [r13-2147483648], -128
    add byte [r13-2147483648], 255
    sub byte [r13-2147483648], 0
    sub byte [r13-2147483648], 1
    sub byte [r13-2147483648], -1
    sub byte [r13-2147483648], 127
    sub byte [r13-2147483648], -128
    sub byte [r13-2147483648], 255
    cmp byte [r13-2147483648], 0
    cmp byte [r13-2147483648], 1
    cmp byte [r13-2147483648], -1
    cmp byte [r13-2147483648], 127
    cmp byte [r13-2147483648], -128
    cmp byte [r13-2147483648], 255
    mov rax, qword [r14+0]
    mov eax, dword [r14+0]
    mov al, byte [r14+0]
    movzx eax, byte [r14+0]
    lea rax, [r14+0]
    mov qword [r14+0], rax
    mov dword [r14+0], eax
    mov byte [r14+0], al
    add byte [r14+0], al
    sub byte [r14+0], al
    mov rcx, qword [r14+0]
    mov ecx, dword [r14+0]
    mov cl, byte [r14+0]
    movzx ecx, byte [r14+0]
    lea rcx, [r14+0]
    mov qword [r14+0], rcx
    mov dword [r14+0], ecx
    mov byte [r14+0], cl
    add byte [r14+0], cl
    sub byte [r14+0], cl
    mov rdx, qword [r14+0]
    mov edx, dword [r14+0]
    mov dl, byte [r14+0]
    movzx edx, byte [r14+0]
    lea rdx, [r14+0]
    mov qword [r14+0], rdx
    mov dword [r14+0], edx
    mov byte [r14+0], dl
    add byte [r14+0], dl
    sub byte [r14+0], dl
    mov rbx, qword [r14+0]
    mov ebx, dword [r14+0]
    mov bl, byte [r14+0]
    movzx ebx, byte [r14+0]
    lea rbx, [r14+0]
    mov qword [r14+0], rbx
    mov dword [r14+0], ebx
    mov byte [r14+0], bl
    add byte [r14+0], bl
    sub byte [r14+0], bl
    mov rsp, qword [r14+0]
    mov esp, dword [r14+0]
    mov spl, byte [r14+0]
    movzx esp, byte [r14+0]
    lea rsp, [r14+0]
    mov qword [r14+0], rsp
    mov dword [r14+0], esp
    mov byte [r14+0], spl
    add byte [r14+0], spl
    sub byte [r14+0], spl
    mov rbp, qword [r14+0]
    mov ebp, dword [r14+0]
    mov bpl, byte [r14+0]
    movzx ebp, byte [r14+0]
    lea rbp, [r14+0]
    mov qword [r14+0], rbp
    mov dword [r14+0], ebp
    mov byte [r14+0], bpl
    add byte [r14+0], bpl
    sub byte [r14+0], bpl
    mov rsi, qword [r14+0]
    mov esi, dword [r14+0]
    mov sil, byte [r14+0]
    movzx esi, byte [r14+0]
    lea rsi, [r14+0]
    mov qword [r14+0], rsi
    mov dword [r14+0], esi
    mov byte [r14+0], sil
    add byte [r14+0], sil
    sub byte [r14+0], sil
    mov rdi, qword [r14+0]
    mov edi, dword [r14+0]
    mov dil, byte [r14+0]
    movzx edi, byte [r14+0]
    lea rdi, [r14+0]
    mov qword [r14+0], rdi
    mov dword [r14+0], edi
    mov byte [r14+0], dil
    add byte [r14+0], dil
    sub byte [r14+0], dil
    mov r8, qword [r14+0]
    mov r8d, dword [r14+0]
    mov r8b, byte [r14+0]
    movzx r8d, byte [r14+0]
    lea r8, [r14+0]
    mov qword [r14+0], r8
    mov dword [r14+0], r8d
    mov byte [r14+0], r8b
    add byte [r14+0], r8b
    sub byte [r14+0], r8b
    mov r9, qword [r14+0]
    mov r9d, dword [r14+0]
    mov r9b, byte [r14+0]
    movzx r9d, byte [r14+0]
    lea r9, [r14+0]
    mov qword [r14+0], r9
    mov dword [r14+0], r9d
    mov byte [r14+0], r9b
    add byte [r14+0], r9b
    sub byte [r14+0], r9b
    mov r10, qword [r14+0]
    mov r10d, dword [r14+0]
    mov r10b, byte [r14+0]
    movzx r10d, byte [r14+0]
    lea r10, [r14+0]
    mov qword [r14+0], r10
    mov dword [r14+0], r10d
    mov byte [r14+0], r10b
    add byte [r14+0], r10b
    sub byte [r14+0], r10b
    mov r11, qword [r14+0]
    mov r11d, dword [r14+0]
    mov r11b, byte [r14+0]
    movzx r11d, byte [r14+0]
    lea r11, [r14+0]
    mov qword [r14+0], r11
    mov dword [r14+0], r11d
    mov byte [r14+0], r11b
    add byte [r14+0], r11b
    sub byte [r14+0], r11b
    mov r12, qword [r14+0]
    mov r12d, dword [r14+0]
    mov r12b, byte [r14+0]
    movzx r12d, byte [r14+0]
    lea r12, [r14+0]
    mov qword [r14+0], r12
    mov dword [r14+0], r12d
    mov byte [r14+0], r12b
    add byte [r14+0], r12b
    sub byte [r14+0], r12b
    mov r13, qword [r14+0]
    mov r13d, dword [r14+0]
    mov r13b, byte [r14+0]
    movzx r13d, byte [r14+0]
    lea r13, [r14+0]
    mov qword [r14+0], r13
    mov dword [r14+0], r13d
    mov byte [r14+0], r13b
    add byte [r14+0], r13b
    sub byte [r14+0], r13b
    mov r14, qword [r14+0]
    mov r14d, dword [r14+0]
    mov r14b, byte [r14+0]
    movzx r14d, byte [r14+0]
    lea r14, [r14+0]
    mov qword [r14+0], r14
    mov dword [r14+0], r14d
    mov byte [r14+0], r14b
    add byte [r14+0], r14b
    sub byte [r14+0], r14b
    mov r15, qword [r14+0]
    mov r15d, dword [r14+0]
    mov r15b, byte [r14+0]
    movzx r15d, byte [r14+0]
    lea r15, [r14+0]
    mov qword [r14+0], r15
    mov dword [r14+0], r15d
    mov byte [r14+0], r15b
    add byte [r14+0], r15b
    sub byte [r14+0], r15b
    mov byte [r14+0], 0
    mov byte [r14+0], 1
    mov byte [r14+0], -1
    mov byte [r14+0], 127
    mov byte [r14+0], -128
    mov byte [r14+0], 255
    add byte [r14+0], 0
    add byte [r14+0], 1
    add byte [r14+0], -1
    add byte [r14+0], 127
    add byte [r14+0], -128
    add byte [r14+0], 255
    sub byte [r14+0], 0
    sub byte [r14+0], 1
    sub byte [r14+0], -1
    sub byte [r14+0], 127
    sub byte [r14+0], -128
    sub byte [r14+0], 255
    cmp byte [r14+0], 0
    cmp byte [r14+0], 1
    cmp byte [r14+0], -1
    cmp byte [r14+0], 127
    cmp byte [r14+0], -128
    cmp byte [r14+0], 255
    mov rax, qword [r14+1]
    mov eax, dword [r14+1]
    mov al, byte [r14+1]
    movzx eax, byte [r14+1]
    lea rax, [r14+1]
    mov qword [r14+1], rax
    mov dword [r14+1], eax
    mov byte [r14+1], al
    add byte [r14+1], al
    sub byte [r14+1], al
    mov rcx, qword [r14+1]
    mov ecx, dword [r14+1]
    mov cl, byte [r14+1]
    movzx ecx, byte [r14+1]
    lea rcx, [r14+1]
    mov qword [r14+1], rcx
    mov dword [r14+1], ecx
    mov byte [r14+1], cl
    add byte [r14+1], cl
    sub byte [r14+1], cl
    mov rdx, qword [r14+1]
    mov edx, dword [r14+1]
    mov dl, byte [r14+1]
    movzx edx, byte [r14+1]
    lea rdx, [r14+1]
    mov qword [r14+1], rdx
    mov dword [r14+1], edx
    mov byte [r14+1], dl
    add byte [r14+1], dl
    sub byte [r14+1], dl
    mov rbx, qword [r14+1]
    mov ebx, dword [r14+1]
    mov bl, byte [r14+1]
    movzx ebx, byte [r14+1]
    lea rbx, [r14+1]
    mov qword [r14+1], rbx
    mov dword [r14+1], ebx
    mov byte [r14+1], bl
    add byte [r14+1], bl
    sub byte [r14+1], bl
    mov rsp, qword [r14+1]
    mov esp, dword [r14+1]
    mov spl, byte [r14+1]
    movzx esp, byte [r14+1]
    lea rsp, [r14+1]
    mov qword [r14+1], rsp
    mov dword [r14+1], esp
    mov byte [r14+1], spl
    add byte [r14+1], spl
    sub byte [r14+1], spl
    mov rbp, qword [r14+1]
    mov ebp, dword [r14+1]
    mov bpl, byte [r14+1]
    movzx ebp, byte [r14+1]
    lea rbp, [r14+1]
    mov qword [r14+1], rbp
    mov dword [r14+1], ebp
    mov byte [r14+1], bpl
    add byte [r14+1], bpl
    sub byte [r14+1], bpl
    mov rsi, qword [r14+1]
    mov esi, dword [r14+1]
    mov sil, byte [r14+1]
    movzx esi, byte [r14+1]
    lea rsi, [r14+1]
    mov qword [r14+1], rsi
    mov dword [r14+1], esi
    mov byte [r14+1], sil
    add byte [r14+1], sil
    sub byte [r14+1], sil
    mov rdi, qword [r14+1]
    mov edi, dword [r14+1]
    mov dil, byte [r14+1]
    movzx edi, byte [r14+1]
    lea rdi, [r14+1]
    mov qword [r14+1], rdi
    mov dword [r14+1], edi
    mov byte [r14+1], dil
    add byte [r14+1], dil
    sub byte [r14+1], dil
    mov r8, qword [r14+1]
    mov r8d, dword [r14+1]
    mov r8b, byte [r14+1]
    movzx r8d, byte [r14+1]
    lea r8, [r14+1]
    mov qword [r14+1], r8
    mov dword [r14+1], r8d
    mov byte [r14+1], r8b
    add byte [r14+1], r8b
    sub byte [r14+1], r8b
    mov r9, qword [r14+1]
    mov r9d, dword [r14+1]
    mov r9b, byte [r14+1]
    movzx r9d, byte [r14+1]
    lea r9, [r14+1]
    mov qword [r14+1], r9
    mov dword [r14+1], r9d
    mov byte [r14+1], r9b
    add byte [r14+1], r9b
    sub byte [r14+1], r9b
    mov r10, qword [r14+1]
    mov r10d, dword [r14+1]
    mov r10b, byte [r14+1]
    movzx r10d, byte [r14+1]
    lea r10, [r14+1]
    mov qword [r14+1], r10
    mov dword [r14+1], r10d
    mov byte [r14+1], r10b
    add byte [r14+1], r10b
    sub byte [r14+1], r10b
    mov r11, qword [r14+1]
    mov r11d, dword [r14+1]
    mov r11b, byte [r14+1]
    movzx r11d, byte [r14+1]
    lea r11, [r14+1]
    mov qword [r14+1], r11
    mov dword [r14+1], r11d
    mov byte [r14+1], r11b
    add byte [r14+1], r11b
    sub byte [r14+1], r11b
    mov r12, qword [r14+1]
    mov r12d, dword [r14+1]
    mov r12b, byte [r14+1]
    movzx r12d, byte [r14+1]
    lea r12, [r14+1]
    mov qword [r14+1], r12
    mov dword [r14+1], r12d
    mov byte [r14+1], r12b
    add byte [r14+1], r12b
    sub byte [r14+1], r12b
    mov r13, qword [r14+1]
    mov r13d, dword [r14+1]
    mov r13b, byte [r14+1]
    movzx r13d, byte [r14+1]
    lea r13, [r14+1]
    mov qword [r14+1], r13
    mov dword [r14+1], r13d
    mov byte [r14+1], r13b
    add byte [r14+1], r13b
    sub byte [r14+1], r13b
    mov r14, qword [r14+1]
    mov r14d, dword [r14+1]
    mov r14b, byte [r14+1]
    movzx r14d, byte [r14+1]
    lea r14, [r14+1]
    mov qword [r14+1], r14
    mov dword [r14+1], r14d
    mov byte [r14+1], r14b
    add byte [r14+1], r14b
    sub byte [r14+1], r14b
    mov r15, qword [r14+1]
    mov r15d, dword [r14+1]
    mov r15b, byte [r14+1]
    movzx r15d, byte [r14+1]
    lea r15, [r14+1]
    mov qword [r14+1], r15
    mov dword [r14+1], r15d
    mov byte [r14+1], r15b
    add byte [r14+1], r15b
    sub byte [r14+1], r15b
    mov byte [r14+1], 0
    mov byte [r14+1], 1
    mov byte [r14+1], -1
    mov byte [r14+1], 127
    mov byte [r14+1], -128
    mov byte [r14+1], 255
    add byte [r14+1], 0
    add byte [r14+1], 1
    add byte [r14+1], -1
    add byte [r14+1], 127
    add byte [r14+1], -128
    add byte [r14+1], 255
    sub byte [r14+1], 0
    sub byte [r14+1], 1
    sub byte [r14+1], -1
    sub byte [r14+1], 127
    sub byte [r14+1], -128
    sub byte [r14+1], 255
    cmp byte [r14+1], 0
    cmp byte [r14+1], 1
    cmp byte [r14+1], -1
    cmp byte [r14+1], 127
    cmp byte [r14+1], -128
    cmp byte [r14+1], 255
    mov rax, qword [r14-1]
    mov eax, dword [r14-1]
    mov al, byte [r14-1]
    movzx eax, byte [r14-1]
    lea rax, [r14-1]
    mov qword [r14-1], rax
    mov dword [r14-1], eax
    mov byte [r14-1], al
    add byte [r14-1], al
    sub byte [r14-1], al
    mov rcx, qword [r14-1]
    mov ecx, dword [r14-1]
    mov cl, byte [r14-1]
    movzx ecx, byte [r14-1]
    lea rcx, [r14-1]
    mov qword [r14-1], rcx
    mov dword [r14-1], ecx
    mov byte [r14-1], cl
    add byte [r14-1], cl
    sub byte [r14-1], cl
    mov rdx, qword [r14-1]
    mov edx, dword [r14-1]
    mov dl, byte [r14-1]
    movzx edx, byte [r14-1]
    lea rdx, [r14-1]
    mov qword [r14-1], rdx
    mov dword [r14-1], edx
    mov byte [r14-1], dl
    add byte [r14-1], dl
    sub byte [r14-1], dl
    mov rbx, qword [r14-1]
    mov ebx, dword [r14-1]
    mov bl, byte [r14-1]
    movzx ebx, byte [r14-1]
    lea rbx, [r14-1]
    mov qword [r14-1], rbx
    mov dword [r14-1], ebx
    mov byte [r14-1], bl
    add byte [r14-1], bl
    sub byte [r14-1], bl
    mov rsp, qword [r14-1]
    mov esp, dword [r14-1]
    mov spl, byte [r14-1]
    movzx esp, byte [r14-1]
    lea rsp, [r14-1]
    mov qword [r14-1], rsp
    mov dword [r14-1], esp
    mov byte [r14-1], spl
    add byte [r14-1], spl
    sub byte [r14-1], spl
    mov rbp, qword [r14-1]
    mov ebp, dword [r14-1]
    mov bpl, byte [r14-1]
    movzx ebp, byte [r14-1]
    lea rbp, [r14-1]
    mov qword [r14-1], rbp
    mov dword [r14-1], ebp
    mov byte [r14-1], bpl
    add byte [r14-1], bpl
    sub byte [r14-1], bpl
    mov rsi, qword [r14-1]
    mov esi, dword [r14-1]
    mov sil, byte [r14-1]
    movzx esi, byte [r14-1]
    lea rsi, [r14-1]
    mov qword [r14-1], rsi
    mov dword [r14-1], esi
    mov byte [r14-1], sil
    add byte [r14-1], sil
    sub byte [r14-1], sil
    mov rdi, qword [r14-1]
    mov edi, dword [r14-1]
    mov dil, byte [r14-1]
    movzx edi, byte [r14-1]
    lea rdi, [r14-1]
    mov qword [r14-1], rdi
    mov dword [r14-1], edi
    mov byte [r14-1], dil
    add byte [r14-1], dil
    sub byte [r14-1], dil
    mov r8, qword [r14-1]
    mov r8d, dword [r14-1]
    mov r8b, byte [r14-1]
    movzx r8d, byte [r14-1]
    lea r8, [r14-1]
    mov qword [r14-1], r8
    mov dword [r14-1], r8d
    mov byte [r14-1], r8b
    add byte [r14-1], r8b
    sub byte [r14-1], r8b
    mov r9, qword [r14-1]
    mov r9d, dword [r14-1]
    mov r9b, byte [r14-1]
    movzx r9d, byte [r14-1]
    lea r9, [r14-1]
    mov qword [r14-1], r9
    mov dword [r14-1], r9d
    mov byte [r14-1], r9b
    add byte [r14-1], r9b
    sub byte [r14-1], r9b
    mov r10, qword [r14-1]
    mov r10d, dword [r14-1]
    mov r10b, byte [r14-1]
    movzx r10d, byte [r14-1]
    lea r10, [r14-1]
    mov qword [r14-1], r10
    mov dword [r14-1], r10d
    mov byte [r14-1], r10b
    add byte [r14-1], r10b
    sub byte [r14-1], r10b
    mov r11, qword [r14-1]
    mov r11d, dword [r14-1]
    mov r11b, byte [r14-1]
    movzx r11d, byte [r14-1]
    lea r11, [r14-1]
    mov qword [r14-1], r11
    mov dword [r14-1], r11d
    mov byte [r14-1], r11b
    add byte [r14-1], r11b
    sub byte [r14-1], r11b
    mov r12, qword [r14-1]
    mov r12d, dword [r14-1]
    mov r12b, byte [r14-1]
    movzx r12d, byte [r14-1]
    lea r12, [r14-1]
    mov qword [r14-1], r12
    mov dword [r14-1], r12d
    mov byte [r14-1], r12b
    add byte [r14-1], r12b
    sub byte [r14-1], r12b
    mov r13, qword [r14-1]
    mov r13d, dword [r14-1]
    mov r13b, byte [r14-1]
    movzx r13d, byte [r14-1]
    lea r13, [r14-1]
    mov qword [r14-1], r13
    mov dword [r14-1], r13d
    mov byte [r14-1], r13b
    add byte [r14-1], r13b
    sub byte [r14-1], r13b
    mov r14, qword [r14-1]
    mov r14d, dword [r14-1]
    mov r14b, byte [r14-1]
    movzx r14d, byte [r14-1]
    lea r14, [r14-1]
    mov qword [r14-1], r14
    mov dword [r14-1], r14d
    mov byte [r14-1], r14b
    add byte [r14-1], r14b
    sub byte [r14-1], r14b
    mov r15, qword [r14-1]
    mov r15d, dword [r14-1]
    mov r15b, byte [r14-1]
    movzx r15d, byte [r14-1]
    lea r15, [r14-1]
    mov qword [r14-1], r15
    mov dword [r14-1], r15d
    mov byte [r14-1], r15b
    add byte [r14-1], r15b
    sub byte [r14-1], r15b
    mov byte [r14-1], 0
    mov byte [r14-1], 1
    mov byte [r14-1], -1
    mov byte [r14-1], 127
    mov byte [r14-1], -128
    mov byte [r14-1], 255
    add byte [r14-1], 0
    add byte [r14-1], 1
    add byte [r14-1], -1
    add byte [r14-1], 127
    add byte [r14-1], -128
    add byte [r14-1], 255
    sub byte [r14-1], 0
    sub byte [r14-1], 1
    sub byte [r14-1], -1
    sub byte [r14-1], 127
    sub byte [r14-1], -128
    sub byte [r14-1], 255
    cmp byte [r14-1], 0
    cmp byte [r14-1], 1
    cmp byte [r14-1], -1
    cmp byte [r14-1], 127
    cmp byte [r14-1], -128
    cmp byte [r14-1], 255
    mov rax, qword [r14+127]
    mov eax, dword [r14+127]
    mov al, byte [r14+127]
    movzx eax, byte [r14+127]
    lea rax, [r14+127]
    mov qword [r14+127], rax
    mov dword [r14+127], eax
    mov byte [r14+127], al
    add byte [r14+127], al
    sub byte [r14+127], al
    mov rcx, qword [r14+127]
    mov ecx, dword [r14+127]
    mov cl, byte [r14+127]
    movzx ecx, byte [r14+127]
    lea rcx, [r14+127]
    mov qword [r14+127], rcx
    mov dword [r14+127], ecx
    mov byte [r14+127], cl
    add byte [r14+127], cl
    sub byte [r14+127], cl
    mov rdx, qword [r14+127]
    mov edx, dword [r14+127]
    mov dl, byte [r14+127]
    movzx edx, byte [r14+127]
    lea rdx, [r14+127]
    mov qword [r14+127], rdx
    mov dword [r14+127], edx
    mov byte [r14+127], dl
    add byte [r14+127], dl
    sub byte [r14+127], dl
    mov rbx, qword [r14+127]
    mov ebx, dword [r14+127]
    mov bl, byte [r14+127]
    movzx ebx, byte [r14+127]
    lea rbx, [r14+127]
    mov qword [r14+127], rbx
    mov dword [r14+127], ebx
    mov byte [r14+127], bl
    add byte [r14+127], bl
    sub byte [r14+127], bl
    mov rsp, qword [r14+127]
    mov esp, dword [r14+127]
    mov spl, byte [r14+127]
    movzx esp, byte [r14+127]
    lea rsp, [r14+127]
    mov qword [r14+127], rsp
    mov dword [r14+127], esp
    mov byte [r14+127], spl
    add byte [r14+127], spl
    sub byte [r14+127], spl
    mov rbp, qword [r14+127]
    mov ebp, dword [r14+127]
    mov bpl, byte [r14+127]
    movzx ebp, byte [r14+127]
    lea rbp, [r14+127]
    mov qword [r14+127], rbp
    mov dword [r14+127], ebp
    mov byte [r14+127], bpl
    add byte [r14+127], bpl
    sub byte [r14+127], bpl
    mov rsi, qword [r14+127]
    mov esi, dword [r14+127]
    mov sil, byte [r14+127]
    movzx esi, byte [r14+127]
    lea rsi, [r14+127]
    mov qword [r14+127], rsi
    mov dword [r14+127], esi
    mov byte [r14+127], sil
    add byte [r14+127], sil
    sub byte [r14+127], sil
    mov rdi, qword [r14+127]
    mov edi, dword [r14+127]
    mov dil, byte [r14+127]
    movzx edi, byte [r14+127]
    lea rdi, [r14+127]
    mov qword [r14+127], rdi
    mov dword [r14+127], edi
    mov byte [r14+127], dil
    add byte [r14+127], dil
    sub byte [r14+127], dil
    mov r8, qword [r14+127]
    mov r8d, dword [r14+127]
    mov r8b, byte [r14+127]
    movzx r8d, byte [r14+127]
    lea r8, [r14+127]
    mov qword [r14+127], r8
    mov dword [r14+127], r8d
    mov byte [r14+127], r8b
    add byte [r14+127], r8b
    sub byte [r14+127], r8b
    mov r9, qword [r14+127]
    mov r9d, dword [r14+127]
    mov r9b, byte [r14+127]
    movzx r9d, byte [r14+127]
    lea r9, [r14+127]
    mov qword [r14+127], r9
    mov dword [r14+127], r9d
    mov byte [r14+127], r9b
    add byte [r14+127], r9b
    sub byte [r14+127], r9b
    mov r10, qword [r14+127]
    mov r10d, dword [r14+127]
    mov r10b, byte [r14+127]
    movzx r10d, byte [r14+127]
    lea r10, [r14+127]
    mov qword [r14+127], r10
    mov dword [r14+127], r10d
    mov byte [r14+127], r10b
    add byte [r14+127], r10b
    sub byte [r14+127], r10b
    mov r11, qword [r14+127]
    mov r11d, dword [r14+127]
    mov r11b, byte [r14+127]
    movzx r11d, byte [r14+127]
    lea r11, [r14+127]
    mov qword [r14+127], r11
    mov dword [r14+127], r11d
    mov byte [r14+127], r11b
    add byte [r14+127], r11b
    sub byte [r14+127], r11b
    mov r12, qword [r14+127]
    mov r12d, dword [r14+127]
    mov r12b, byte [r14+127]
    movzx r12d, byte [r14+127]
    lea r12, [r14+127]
    mov qword [r14+127], r12
    mov dword [r14+127], r12d
    mov byte [r14+127], r12b
    add byte [r14+127], r12b
    sub byte [r14+127], r12b
    mov r13, qword [r14+127]
    mov r13d, dword [r14+127]
    mov r13b, byte [r14+127]
    movzx r13d, byte [r14+127]
    lea r13, [r14+127]
    mov qword [r14+127], r13
    mov dword [r14+127], r13d
    mov byte [r14+127], r13b
    add byte [r14+127], r13b
    sub byte [r14+127], r13b
    mov r14, qword [r14+127]
    mov r14d, dword [r14+127]
    mov r14b, byte [r14+127]
    movzx r14d, byte [r14+127]
    lea r14, [r14+127]
    mov qword [r14+127], r14
    mov dword [r14+127], r14d
    mov byte [r14+127], r14b
    add byte [r14+127], r14b
    sub byte [r14+127], r14b
    mov r15, qword [r14+127]
    mov r15d, dword [r14+127]
    mov r15b, byte [r14+127]
    movzx r15d, byte [r14+127]
    lea r15, [r14+127]
    mov qword [r14+127], r15
    mov dword [r14+127], r15d
    mov byte [r14+127], r15b
    add byte [r14+127], r15b
    sub byte [r14+127], r15b
    mov byte [r14+127], 0
    mov byte [r14+127], 1
    mov byte [r14+127], -1
    mov byte [r14+127], 127
    mov byte [r14+127], -128
    mov byte [r14+127], 255
    add byte [r14+127], 0
    add byte [r14+127], 1
    add byte [r14+127], -1
    add byte [r14+127], 127
    add byte [r14+127], -128
    add byte [r14+127], 255
    sub byte [r14+127], 0
    sub byte [r14+127], 1
    sub byte [r14+127], -1
    sub byte [r14+127], 127
    sub byte [r14+127], -128
    sub byte [r14+127], 255
    cmp byte [r14+127], 0
    cmp byte [r14+127], 1
    cmp byte [r14+127], -1
    cmp byte [r14+127], 127
    cmp byte [r14+127], -128
    cmp byte [r14+127], 255
    mov rax, qword [r14-128]
    mov eax, dword [r14-128]
    mov al, byte [r14-128]
    movzx eax, byte [r14-128]
    lea rax, [r14-128]
    mov qword [r14-128], rax
    mov dword [r14-128], eax
    mov byte [r14-128], al
    add byte [r14-128], al
    sub byte [r14-128], al
    mov rcx, qword [r14-128]
    mov ecx, dword [r14-128]
    mov cl, byte [r14-128]
    movzx ecx, byte [r14-128]
    lea rcx, [r14-128]
    mov qword [r14-128], rcx
    mov dword [r14-128], ecx
    mov byte [r14-128], cl
    add byte [r14-128], cl
    sub byte [r14-128], cl
    mov rdx, qword [r14-128]
    mov edx, dword [r14-128]
    mov dl, byte [r14-128]
    movzx edx, byte [r14-128]
    lea rdx, [r14-128]
    mov qword [r14-128], rdx
    mov dword [r14-128], edx
    mov byte [r14-128], dl
    add byte [r14-128], dl
    sub byte [r14-128], dl
    mov rbx, qword [r14-128]
    mov ebx, dword [r14-128]
    mov bl, byte [r14-128]
    movzx ebx, byte [r14-128]
    lea rbx, [r14-128]
    mov qword [r14-128], rbx
    mov dword [r14-128], ebx
    mov byte [r14-128], bl
    add byte [r14-128], bl
    sub byte [r14-128], bl
    mov rsp, qword [r14-128]
    mov esp, dword [r14-128]
    mov spl, byte [r14-128]
    movzx esp, byte [r14-128]
    lea rsp, [r14-128]
    mov qword [r14-128], rsp
    mov dword [r14-128], esp
    mov byte [r14-128], spl
    add byte [r14-128], spl
    sub byte [r14-128], spl
    mov rbp, qword [r14-128]
    mov ebp, dword [r14-128]
    mov bpl, byte [r14-128]
    movzx ebp, byte [r14-128]
    lea rbp, [r14-128]
    mov qword [r14-128], rbp
    mov dword [r14-128], ebp
    mov byte [r14-128], bpl
    add byte [r14-128], bpl
    sub byte [r14-128], bpl
    mov rsi, qword [r14-128]
    mov esi, dword [r14-128]
    mov sil, byte [r14-128]
    movzx esi, byte [r14-128]
    lea rsi, [r14-128]
    mov qword [r14-128], rsi
    mov dword [r14-128], esi
    mov byte [r14-128], sil
    add byte [r14-128], sil
    sub byte [r14-128], sil
    mov rdi, qword [r14-128]
    mov edi, dword [r14-128]
    mov dil, byte [r14-128]
    movzx edi, byte [r14-128]
    lea rdi, [r14-128]
    mov qword [r14-128], rdi
    mov dword [r14-128], edi
    mov byte [r14-128], dil
    add byte [r14-128], dil
    sub byte [r14-128], dil
    mov r8, qword [r14-128]
    mov r8d, dword [r14-128]
    mov r8b, byte [r14-128]
    movzx r8d, byte [r14-128]
    lea r8, [r14-128]
    mov qword [r14-128], r8
    mov dword [r14-128], r8d
    mov byte [r14-128], r8b
    add byte [r14-128], r8b
    sub byte [r14-128], r8b
    mov r9, qword [r14-128]
    mov r9d, dword [r14-128]
    mov r9b, byte [r14-128]
    movzx r9d, byte [r14-128]
    lea r9, [r14-128]
    mov qword [r14-128], r9
    mov dword [r14-128], r9d
    mov byte [r14-128], r9b
    add byte [r14-128], r9b
    sub byte [r14-128], r9b
    mov r10, qword [r14-128]
    mov r10d, dword [r14-128]
    mov r10b, byte [r14-128]
    movzx r10d, byte [r14-128]
    lea r10, [r14-128]
    mov qword [r14-128], r10
    mov dword [r14-128], r10d
    mov byte [r14-128], r10b
    add byte [r14-128], r10b
    sub byte [r14-128], r10b
    mov r11, qword [r14-128]
    mov r11d, dword [r14-128]
    mov r11b, byte [r14-128]
    movzx r11d, byte [r14-128]
    lea r11, [r14-128]
    mov qword [r14-128], r11
    mov dword [r14-128], r11d
    mov byte [r14-128], r11b
    add byte [r14-128], r11b
    sub byte [r14-128], r11b
    mov r12, qword [r14-128]
    mov r12d, dword [r14-128]
    mov r12b, byte [r14-128]
    movzx r12d, byte [r14-128]
    lea r12, [r14-128]
    mov qword [r14-128], r12
    mov dword [r14-128], r12d
    mov byte [r14-128], r12b
    add byte [r14-128], r12b
    sub byte [r14-128], r12b
    mov r13, qword [r14-128]
    mov r13d, dword [r14-128]
    mov r13b, byte [r14-128]
    movzx r13d, byte [r14-128]
    lea r13, [r14-128]
    mov qword [r14-128], r13
    mov dword [r14-128], r13d
    mov byte [r14-128], r13b
    add byte [r14-128], r13b
    sub byte [r14-128], r13b
    mov r14, qword [r14-128]
    mov r14d, dword [r14-128]
    mov r14b, byte [r14-128]
    movzx r14d, byte [r14-128]
    lea r14, [r14-128]
    mov qword [r14-128], r14
    mov dword [r14-128], r14d
    mov byte [r14-128], r14b
    add byte [r14-128], r14b
    sub byte [r14-128], r14b
    mov r15, qword [r14-128]
    mov r15d, dword [r14-128]
    mov r15b, byte [r14-128]
    movzx r15d, byte [r14-128]
    lea r15, [r14-128]
    mov qword [r14-128], r15
    mov dword [r14-128], r15d
    mov byte [r14-128], r15b
    add byte [r14-128], r15b
    sub byte [r14-128], r15b
    mov byte [r14-128], 0
    mov byte [r14-128], 1
    mov byte [r14-128], -1
    mov byte [r14-128], 127
    mov byte [r14-128], -128
    mov byte [r14-128], 255
    add byte [r14-128], 0
    add byte [r14-128], 1
    add byte [r14-128], -1
    add byte [r14-128], 127
    add byte [r14-128], -128
    add byte [r14-128], 255
    sub byte [r14-128], 0
    sub byte [r14-128], 1
    sub byte [r14-128], -1
    sub byte [r14-128], 127
    sub byte [r14-128], -128
    sub byte [r14-128], 255
    cmp byte [r14-128], 0
    cmp byte [r14-128], 1
    cmp byte [r14-128], -1
    cmp byte [r14-128], 127
    cmp byte [r14-128], -128
    cmp byte [r14-128], 255
    mov rax, qword [r14+128]
    mov eax, dword [r14+128]
    mov al, byte [r14+128]
    movzx eax, byte [r14+128]
    lea rax, [r14+128]
    mov qword [r14+128], rax
    mov dword [r14+128], eax
    mov byte [r14+128], al
    add byte [r14+128], al
    sub byte [r14+128], al
    mov rcx, qword [r14+128]
    mov ecx, dword [r14+128]
    mov cl, byte [r14+128]
    movzx ecx, byte [r14+128]
    lea rcx, [r14+128]
    mov qword [r14+128], rcx
    mov dword [r14+128], ecx
    mov byte [r14+128], cl
    add byte [r14+128], cl
    sub byte [r14+128], cl
    mov rdx, qword [r14+128]
    mov edx, dword [r14+128]
    mov dl, byte [r14+128]
    movzx edx, byte [r14+128]
    lea rdx, [r14+128]
    mov qword [r14+128], rdx
    mov dword [r14+128], edx
    mov byte [r14+128], dl
    add byte [r14+128], dl
    sub byte [r14+128], dl
    mov rbx, qword [r14+128]
    mov ebx, dword [r14+128]
    mov bl, byte [r14+128]
    movzx ebx, byte [r14+128]
    lea rbx, [r14+128]
    mov qword [r14+128], rbx
    mov dword [r14+128], ebx
    mov byte [r14+128], bl
    add byte [r14+128], bl
    sub byte [r14+128], bl
    mov rsp, qword [r14+128]
    mov esp, dword [r14+128]
    mov spl, byte [r14+128]
    movzx esp, byte [r14+128]
    lea rsp, [r14+128]
    mov qword [r14+128], rsp
    mov dword [r14+128], esp
    mov byte [r14+128], spl
    add byte [r14+128], spl
    sub byte [r14+128], spl
    mov rbp, qword [r14+128]
    mov ebp, dword [r14+128]
    mov bpl, byte [r14+128]
    movzx ebp, byte [r14+128]
    lea rbp, [r14+128]
    mov qword [r14+128], rbp
    mov dword [r14+128], ebp
    mov byte [r14+128], bpl
    add byte [r14+128], bpl
    sub byte [r14+128], bpl
    mov rsi, qword [r14+128]
    mov esi, dword [r14+128]
    mov sil, byte [r14+128]
    movzx esi, byte [r14+128]
    lea rsi, [r14+128]
    mov qword [r14+128], rsi
    mov dword [r14+128], esi
    mov byte [r14+128], sil
    add byte [r14+128], sil
    sub byte [r14+128], sil
    mov rdi, qword [r14+128]
    mov edi, dword [r14+128]
    mov dil, byte [r14+128]
    movzx edi, byte [r14+128]
    lea rdi, [r14+128]
    mov qword [r14+128], rdi
    mov dword [r14+128], edi
    mov byte [r14+128], dil
    add byte [r14+128], dil
    sub byte [r14+128], dil
    mov r8, qword [r14+128]
    mov r8d, dword [r14+128]
    mov r8b, byte [r14+128]
    movzx r8d, byte [r14+128]
    lea r8, [r14+128]
    mov qword [r14+128], r8
    mov dword [r14+128], r8d
    mov byte [r14+128], r8b
    add byte [r14+128], r8b
    sub byte [r14+128], r8b
    mov r9, qword [r14+128]
    mov r9d, dword [r14+128]
    mov r9b, byte [r14+128]
    movzx r9d, byte [r14+128]
    lea r9, [r14+128]
    mov qword [r14+128], r9
    mov dword [r14+128], r9d
    mov byte [r14+128], r9b
    add byte [r14+128], r9b
    sub byte [r14+128], r9b
    mov r10, qword [r14+128]
    mov r10d, dword [r14+128]
    mov r10b, byte [r14+128]
    movzx r10d, byte [r14+128]
    lea r10, [r14+128]
    mov qword [r14+128], r10
    mov dword [r14+128], r10d
    mov byte [r14+128], r10b
    add byte [r14+128], r10b
    sub byte [r14+128], r10b
    mov r11, qword [r14+128]
    mov r11d, dword [r14+128]
    mov r11b, byte [r14+128]
    movzx r11d, byte [r14+128]
    lea r11, [r14+128]
    mov qword [r14+128], r11
    mov dword [r14+128], r11d
    mov byte [r14+128], r11b
    add byte [r14+128], r11b
    sub byte [r14+128], r11b
    mov r12, qword [r14+128]
    mov r12d, dword [r14+128]
    mov r12b, byte [r14+128]
    movzx r12d, byte [r14+128]
    lea r12, [r14+128]
    mov qword [r14+128], r12
    mov dword [r14+128], r12d
    mov byte [r14+128], r12b
    add byte [r14+128], r12b
    sub byte [r14+128], r12b
    mov r13, qword [r14+128]
    mov r13d, dword [r14+128]
    mov r13b, byte [r14+128]
    movzx r13d, byte [r14+128]
    lea r13, [r14+128]
    mov qword [r14+128], r13
    mov dword [r14+128], r13d
    mov byte [r14+128], r13b
    add byte [r14+128], r13b
    sub byte [r14+128], r13b
    mov r14, qword [r14+128]
    mov r14d, dword [r14+128]
    mov r14b, byte [r14+128]
    movzx r14d, byte [r14+128]
    lea r14, [r14+128]
    mov qword [r14+128], r14
    mov dword [r14+128], r14d
    mov byte [r14+128], r14b
    add byte [r14+128], r14b
    sub byte [r14+128], r14b
    mov r15, qword [r14+128]
    mov r15d, dword [r14+128]
    mov r15b, byte [r14+128]
    movzx r15d, byte [r14+128]
    lea r15, [r14+128]
    mov qword [r14+128], r15
    mov dword [r14+128], r15d
    mov byte [r14+128], r15b
    add byte [r14+128], r15b
    sub byte [r14+128], r15b
    mov byte [r14+128], 0
    mov byte [r14+128], 1
    mov byte [r14+128], -1
    mov byte [r14+128], 127
    mov byte [r14+128], -128
    mov byte [r14+128], 255
    add byte [r14+128], 0
    add byte [r14+128], 1
    add byte [r14+128], -1
    add byte [r14+128], 127
    add byte [r14+128], -128
    add byte [r14+128], 255
    sub byte [r14+128], 0
    sub byte [r14+128], 1
    sub byte [r14+128], -1
    sub byte [r14+128], 127
    sub byte [r14+128], -128
    sub byte [r14+128], 255
    cmp byte [r14+128], 0
    cmp byte [r14+128], 1
    cmp byte [r14+128], -1
    cmp byte [r14+128], 127
    cmp byte [r14+128], -128
    cmp byte [r14+128], 255
    mov rax, qword [r14-129]
    mov eax, dword [r14-129]
    mov al, byte [r14-129]
    movzx eax, byte [r14-129]
    lea rax, [r14-129]
    mov qword [r14-129], rax
    mov dword [r14-129], eax
    mov byte [r14-129], al
    add byte [r14-129], al
    sub byte [r14-129], al
    mov rcx, qword [r14-129]
    mov ecx, dword [r14-129]
    mov cl, byte [r14-129]
    movzx ecx, byte [r14-129]
    lea rcx, [r14-129]
    mov qword [r14-129], rcx
    mov dword [r14-129], ecx
    mov byte [r14-129], cl
    add byte [r14-129], cl
    sub byte [r14-129], cl
    mov rdx, qword [r14-129]
    mov edx, dword [r14-129]
    mov dl, byte [r14-129]
    movzx edx, byte [r14-129]
    lea rdx, [r14-129]
    mov qword [r14-129], rdx
    mov dword [r14-129], edx
    mov byte [r14-129], dl
    add byte [r14-129], dl
    sub byte [r14-129], dl
    mov rbx, qword [r14-129]
    mov ebx, dword [r14-129]
    mov bl, byte [r14-129]
    movzx ebx, byte [r14-129]
    lea rbx, [r14-129]
    mov qword [r14-129], rbx
    mov dword [r14-129], ebx
    mov byte [r14-129], bl
    add byte [r14-129], bl
    sub byte [r14-129], bl
    mov rsp, qword [r14-129]
    mov esp, dword [r14-129]
    mov spl, byte [r14-129]
    movzx esp, byte [r14-129]
    lea rsp, [r14-129]
    mov qword [r14-129], rsp
    mov dword [r14-129], esp
    mov byte [r14-129], spl
    add byte [r14-129], spl
    sub byte [r14-129], spl
    mov rbp, qword [r14-129]
    mov ebp, dword [r14-129]
    mov bpl, byte [r14-129]
    movzx ebp, byte [r14-129]
    lea rbp, [r14-129]
    mov qword [r14-129], rbp
    mov dword [r14-129], ebp
    mov byte [r14-129], bpl
    add byte [r14-129], bpl
    sub byte [r14-129], bpl
    mov rsi, qword [r14-129]
    mov esi, dword [r14-129]
    mov sil, byte [r14-129]
    movzx esi, byte [r14-129]
    lea rsi, [r14-129]
    mov qword [r14-129], rsi
    mov dword [r14-129], esi
    mov byte [r14-129], sil
    add byte [r14-129], sil
    sub byte [r14-129], sil
    mov rdi, qword [r14-129]
    mov edi, dword [r14-129]
    mov dil, byte [r14-129]
    movzx edi, byte [r14-129]
    lea rdi, [r14-129]
    mov qword [r14-129], rdi
    mov dword [r14-129], edi
    mov byte [r14-129], dil
    add byte [r14-129], dil
    sub byte [r14-129], dil
    mov r8, qword [r14-129]
    mov r8d, dword [r14-129]
    mov r8b, byte [r14-129]
    movzx r8d, byte [r14-129]
    lea r8, [r14-129]
    mov qword [r14-129], r8
    mov dword [r14-129], r8d
    mov byte [r14-129], r8b
    add byte [r14-129], r8b
    sub byte [r14-129], r8b
    mov r9, qword [r14-129]
    mov r9d, dword [r14-129]
    mov r9b, byte [r14-129]
    movzx r9d, byte [r14-129]
    lea r9, [r14-129]
    mov qword [r14-129], r9
    mov dword [r14-129], r9d
    mov byte [r14-129], r9b
    add byte [r14-129], r9b
    sub byte [r14-129], r9b
    mov r10, qword [r14-129]
    mov r10d, dword [r14-129]
    mov r10b, byte [r14-129]
    movzx r10d, byte [r14-129]
    lea r10, [r14-129]
    mov qword [r14-129], r10
    mov dword [r14-129], r10d
    mov byte [r14-129], r10b
    add byte [r14-129], r10b
    sub byte [r14-129], r10b
    mov r11, qword [r14-129]
    mov r11d, dword [r14-129]
    mov r11b, byte [r14-129]
    movzx r11d, byte [r14-129]
    lea r11, [r14-129]
    mov qword [r14-129], r11
    mov dword [r14-129], r11d
    mov byte [r14-129], r11b
    add byte [r14-129], r11b
    sub byte [r14-129], r11b
    mov r12, qword [r14-129]
    mov r12d, dword [r14-129]
    mov r12b, byte [r14-129]
    movzx r12d, byte [r14-129]
    lea r12, [r14-129]
    mov qword [r14-129], r12
    mov dword [r14-129], r12d
    mov byte [r14-129], r12b
    add byte [r14-129], r12b
    sub byte [r14-129], r12b
    mov r13, qword [r14-129]
    mov r13d, dword [r14-129]
    mov r13b, byte [r14-129]
    movzx r13d, byte [r14-129]
    lea r13, [r14-129]
    mov qword [r14-129], r13
    mov dword [r14-129], r13d
    mov byte [r14-129], r13b
    add byte [r14-129], r13b
    sub byte [r14-129], r13b
    mov r14, qword [r14-129]
    mov r14d, dword [r14-129]
    mov r14b, byte [r14-129]
    movzx r14d, byte [r14-129]
    lea r14, [r14-129]
    mov qword [r14-129], r14
    mov dword [r14-129], r14d
    mov byte [r14-129], r14b
    add byte [r14-129], r14b
    sub byte [r14-129], r14b
    mov r15, qword [r14-129]
    mov r15d, dword [r14-129]
    mov r15b, byte [r14-129]
    movzx r15d, byte [r14-129]
    lea r15, [r14-129]
    mov qword [r14-129], r15
    mov dword [r14-129], r15d
    mov byte [r14-129], r15b
    add byte [r14-129], r15b
    sub byte [r14-129], r15b
    mov byte [r14-129], 0
    mov byte [r14-129], 1
    mov byte [r14-129], -1
    mov byte [r14-129], 127
    mov byte [r14-129], -128
    mov byte [r14-129], 255
    add byte [r14-129], 0
    add byte [r14-129], 1
    add byte [r14-129], -1
    add byte [r14-129], 127
    add byte [r14-129], -128
    add byte [r14-129], 255
    sub byte [r14-129], 0
    sub byte [r14-129], 1
    sub byte [r14-129], -1
    sub byte [r14-129], 127
    sub byte [r14-129], -128
    sub byte [r14-129], 255
    cmp byte [r14-129], 0
    cmp byte [r14-129], 1
    cmp byte [r14-129], -1
    cmp byte [r14-129], 127
    cmp byte [r14-129], -128
    cmp byte [r14-129], 255
    mov rax, qword [r14+2147483647]
    mov eax, dword [r14+2147483647]
    mov al, byte [r14+2147483647]
    movzx eax, byte [r14+2147483647]
    lea rax, [r14+2147483647]
    mov qword [r14+2147483647], rax
    mov dword [r14+2147483647], eax
    mov byte [r14+2147483647], al
    add byte [r14+2147483647], al
    sub byte [r14+2147483647], al
    mov rcx, qword [r14+2147483647]
    mov ecx, dword [r14+2147483647]
    mov cl, byte [r14+2147483647]
    movzx ecx, byte [r14+2147483647]
    lea rcx, [r14+2147483647]
    mov qword [r14+2147483647], rcx
    mov dword [r14+2147483647], ecx
    mov byte [r14+2147483647], cl
    add byte [r14+2147483647], cl
    sub byte [r14+2147483647], cl
    mov rdx, qword [r14+2147483647]
    mov edx, dword [r14+2147483647]
    mov dl, byte [r14+2147483647]
    movzx edx, byte [r14+2147483647]
    lea rdx, [r14+2147483647]
    mov qword [r14+2147483647], rdx
    mov dword [r14+2147483647], edx
    mov byte [r14+2147483647], dl
    add byte [r14+2147483647], dl
    sub byte [r14+2147483647], dl
    mov rbx, qword [r14+2147483647]
    mov ebx, dword [r14+2147483647]
    mov bl, byte [r14+2147483647]
    movzx ebx, byte [r14+2147483647]
    lea rbx, [r14+2147483647]
    mov qword [r14+2147483647], rbx
    mov dword [r14+2147483647], ebx
    mov byte [r14+2147483647], bl
    add byte [r14+2147483647], bl
    sub byte [r14+2147483647], bl
    mov rsp, qword [r14+2147483647]
    mov esp, dword [r14+2147483647]
    mov spl, byte [r14+2147483647]
    movzx esp, byte [r14+2147483647]
    lea rsp, [r14+2147483647]
    mov qword [r14+2147483647], rsp
    mov dword [r14+2147483647], esp
    mov byte [r14+2147483647], spl
    add byte [r14+2147483647], spl
    sub byte [r14+2147483647], spl
    mov rbp, qword [r14+2147483647]
    mov ebp, dword [r14+2147483647]
    mov bpl, byte [r14+2147483647]
    movzx ebp, byte [r14+2147483647]
    lea rbp, [r14+2147483647]
    mov qword [r14+2147483647], rbp
    mov dword [r14+2147483647], ebp
    mov byte [r14+2147483647], bpl
    add byte [r14+2147483647], bpl
    sub byte [r14+2147483647], bpl
    mov rsi, qword [r14+2147483647]
    mov esi, dword [r14+2147483647]
    mov sil, byte [r14+2147483647]
    movzx esi, byte [r14+2147483647]
    lea rsi, [r14+2147483647]
    mov qword [r14+2147483647], rsi
    mov dword [r14+2147483647], esi
    mov byte [r14+2147483647], sil
    add byte [r14+2147483647], sil
    sub byte [r14+2147483647], sil
    mov rdi, qword [r14+2147483647]
    mov edi, dword [r14+2147483647]
    mov dil, byte [r14+2147483647]
    movzx edi, byte [r14+2147483647]
    lea rdi, [r14+2147483647]
    mov qword [r14+2147483647], rdi
    mov dword [r14+2147483647], edi
    mov byte [r14+2147483647], dil
    add byte [r14+2147483647], dil
    sub byte [r14+2147483647], dil
    mov r8, qword [r14+2147483647]
    mov r8d, dword [r14+2147483647]
    mov r8b, byte [r14+2147483647]
    movzx r8d, byte [r14+2147483647]
    lea r8, [r14+2147483647]
    mov qword [r14+2147483647], r8
    mov dword [r14+2147483647], r8d
    mov byte [r14+2147483647], r8b
    add byte [r14+2147483647], r8b
    sub byte [r14+2147483647], r8b
    mov r9, qword [r14+2147483647]
    mov r9d, dword [r14+2147483647]
    mov r9b, byte [r14+2147483647]
    movzx r9d, byte [r14+2147483647]
    lea r9, [r14+2147483647]
    mov qword [r14+2147483647], r9
    mov dword [r14+2147483647], r9d
    mov byte [r14+2147483647], r9b
    add byte [r14+2147483647], r9b
    sub byte [r14+2147483647], r9b
    mov r10, qword [r14+2147483647]
    mov r10d, dword [r14+2147483647]
    mov r10b, byte [r14+2147483647]
    movzx r10d, byte [r14+2147483647]
    lea r10, [r14+2147483647]
    mov qword [r14+2147483647], r10
    mov dword [r14+2147483647], r10d
    mov byte [r14+2147483647], r10b
    add byte [r14+2147483647], r10b
    sub byte [r14+2147483647], r10b
    mov r11, qword [r14+2147483647]
    mov r11d, dword [r14+2147483647]
    mov r11b, byte [r14+2147483647]
    movzx r11d, byte [r14+2147483647]
    lea r11, [r14+2147483647]
    mov qword [r14+2147483647], r11
    mov dword [r14+2147483647], r11d
    mov byte [r14+2147483647], r11b
    add byte [r14+2147483647], r11b
    sub byte [r14+2147483647], r11b
    mov r12, qword [r14+2147483647]
    mov r12d, dword [r14+2147483647]
    mov r12b, byte [r14+2147483647]
    movzx r12d, byte [r14+2147483647]
    lea r12, [r14+2147483647]
    mov qword [r14+2147483647], r12
    mov dword [r14+2147483647], r12d
    mov byte [r14+2147483647], r12b
    add byte [r14+2147483647], r12b
    sub byte [r14+2147483647], r12b
    mov r13, qword [r14+2147483647]
    mov r13d, dword [r14+2147483647]
    mov r13b, byte [r14+2147483647]
    movzx r13d, byte [r14+2147483647]
    lea r13, [r14+2147483647]
    mov qword [r14+2147483647], r13
    mov dword [r14+2147483647], r13d
    mov byte [r14+2147483647], r13b
    add byte [r14+2147483647], r13b
    sub byte [r14+2147483647], r13b
    mov r14, qword [r14+2147483647]
    mov r14d, dword [r14+2147483647]
    mov r14b, byte [r14+2147483647]
    movzx r14d, byte [r14+2147483647]
    lea r14, [r14+2147483647]
    mov qword [r14+2147483647], r14
    mov dword [r14+2147483647], r14d
    mov byte [r14+2147483647], r14b
    add byte [r14+2147483647], r14b
    sub byte [r14+2147483647], r14b
    mov r15, qword [r14+2147483647]
    mov r15d, dword [r14+2147483647]
    mov r15b, byte [r14+2147483647]
    movzx r15d, byte [r14+2147483647]
    lea r15, [r14+2147483647]
    mov qword [r14+2147483647], r15
    mov dword [r14+2147483647], r15d
    mov byte [r14+2147483647], r15b
    add byte [r14+2147483647], r15b
    sub byte [r14+2147483647], r15b
    mov byte [r14+2147483647], 0
    mov byte [r14+2147483647], 1
    mov byte [r14+2147483647], -1
    mov byte [r14+2147483647], 127
    mov byte [r14+2147483647], -128
    mov byte [r14+2147483647], 255
    add byte [r14+2147483647], 0
    add byte [r14+2147483647], 1
    add byte [r14+2147483647], -1
    add byte [r14+2147483647], 127
    add byte [r14+2147483647], -128
    add byte [r14+2147483647], 255
    sub byte [r14+2147483647], 0
    sub byte [r14+2147483647], 1
    sub byte [r14+2147483647], -1
    sub byte [r14+2147483647], 127
    sub byte [r14+2147483647], -128
    sub byte [r14+2147483647], 255
    cmp byte [r14+2147483647], 0
    cmp byte [r14+2147483647], 1
    cmp byte [r14+2147483647], -1
    cmp byte [r14+2147483647], 127
    cmp byte [r14+2147483647], -128
    cmp byte [r14+2147483647], 255
    mov rax, qword [r14-2147483648]
    mov eax, dword [r14-2147483648]
    mov al, byte [r14-2147483648]
    movzx eax, byte [r14-2147483648]
    lea rax, [r14-2147483648]
    mov qword [r14-2147483648], rax
    mov dword [r14-2147483648], eax
    mov byte [r14-2147483648], al
    add byte [r14-2147483648], al
    sub byte [r14-2147483648], al
    mov rcx, qword [r14-2147483648]
    mov ecx, dword [r14-2147483648]
    mov cl, byte [r14-2147483648]
    movzx ecx, byte [r14-2147483648]
    lea rcx, [r14-2147483648]
    mov qword [r14-2147483648], rcx
    mov dword [r14-2147483648], ecx
    mov byte [r14-2147483648], cl
    add byte [r14-2147483648], cl
    sub byte [r14-2147483648], cl
    mov rdx, qword [r14-2147483648]
    mov edx, dword [r14-2147483648]
    mov dl, byte [r14-2147483648]
    movzx edx, byte [r14-2147483648]
    lea rdx, [r14-2147483648]
    mov qword [r14-2147483648], rdx
    mov dword [r14-2147483648], edx
    mov byte [r14-2147483648], dl
    add byte [r14-2147483648], dl
    sub byte [r14-2147483648], dl
    mov rbx, qword [r14-2147483648]
    mov ebx, dword [r14-2147483648]
    mov bl, byte [r14-2147483648]
    movzx ebx, byte [r14-2147483648]
    lea rbx, [r14-2147483648]
    mov qword [r14-2147483648], rbx
    mov dword [r14-2147483648], ebx
    mov byte [r14-2147483648], bl
    add byte [r14-2147483648], bl
    sub byte [r14-2147483648], bl
    mov rsp, qword [r14-2147483648]
    mov esp, dword [r14-2147483648]
    mov spl, byte [r14-2147483648]
    movzx esp, byte [r14-2147483648]
    lea rsp, [r14-2147483648]
    mov qword [r14-2147483648], rsp
    mov dword [r14-2147483648], esp
    mov byte [r14-2147483648], spl
    add byte [r14-2147483648], spl
    sub byte [r14-2147483648], spl
    mov rbp, qword [r14-2147483648]
    mov ebp, dword [r14-2147483648]
    mov bpl, byte [r14-2147483648]
    movzx ebp, byte [r14-2147483648]
    lea rbp, [r14-2147483648]
    mov qword [r14-2147483648], rbp
    mov dword [r14-2147483648], ebp
    mov byte [r14-2147483648], bpl
    add byte [r14-2147483648], bpl
    sub byte [r14-2147483648], bpl
    mov rsi, qword [r14-2147483648]
    mov esi, dword [r14-2147483648]
    mov sil, byte [r14-2147483648]
    movzx esi, byte [r14-2147483648]
    lea rsi, [r14-2147483648]
    mov qword [r14-2147483648], rsi
    mov dword [r14-2147483648], esi
    mov byte [r14-2147483648], sil
    add byte [r14-2147483648], sil
    sub byte [r14-2147483648], sil
    mov rdi, qword [r14-2147483648]
    mov edi, dword [r14-2147483648]
    mov dil, byte [r14-2147483648]
    movzx edi, byte [r14-2147483648]
    lea rdi, [r14-2147483648]
    mov qword [r14-2147483648], rdi
    mov dword [r14-2147483648], edi
    mov byte [r14-2147483648], dil
    add byte [r14-2147483648], dil
    sub byte [r14-2147483648], dil
    mov r8, qword [r14-2147483648]
    mov r8d, dword [r14-2147483648]
    mov r8b, byte [r14-2147483648]
    movzx r8d, byte [r14-2147483648]
    lea r8, [r14-2147483648]
    mov qword [r14-2147483648], r8
    mov dword [r14-2147483648], r8d
    mov byte [r14-2147483648], r8b
    add byte [r14-2147483648], r8b
    sub byte [r14-2147483648], r8b
    mov r9, qword [r14-2147483648]
    mov r9d, dword [r14-2147483648]
    mov r9b, byte [r14-2147483648]
    movzx r9d, byte [r14-2147483648]
    lea r9, [r14-2147483648]
    mov qword [r14-2147483648], r9
    mov dword [r14-2147483648], r9d
    mov byte [r14-2147483648], r9b
    add byte [r14-2147483648], r9b
    sub byte [r14-2147483648], r9b
    mov r10, qword [r14-2147483648]
    mov r10d, dword [r14-2147483648]
    mov r10b, byte [r14-2147483648]
    movzx r10d, byte [r14-2147483648]
    lea r10, [r14-2147483648]
    mov qword [r14-2147483648], r10
    mov dword [r14-2147483648], r10d
    mov byte [r14-2147483648], r10b
    add byte [r14-2147483648], r10b
    sub byte [r14-2147483648], r10b
    mov r11, qword [r14-2147483648]
    mov r11d, dword [r14-2147483648]
    mov r11b, byte [r14-2147483648]
    movzx r11d, byte [r14-2147483648]
    lea r11, [r14-2147483648]
    mov qword [r14-2147483648], r11
    mov dword [r14-2147483648], r11d
    mov byte [r14-2147483648], r11b
    add byte [r14-2147483648], r11b
    sub byte [r14-2147483648], r11b
    mov r12, qword [r14-2147483648]
    mov r12d, dword [r14-2147483648]
    mov r12b, byte [r14-2147483648]
    movzx r12d, byte [r14-2147483648]
    lea r12, [r14-2147483648]
    mov qword [r14-2147483648], r12
    mov dword [r14-2147483648], r12d
    mov byte [r14-2147483648], r12b
    add byte [r14-2147483648], r12b
    sub byte [r14-2147483648], r12b
    mov r13, qword [r14-2147483648]
    mov r13d, dword [r14-2147483648]
    mov r13b, byte [r14-2147483648]
    movzx r13d, byte [r14-2147483648]
    lea r13, [r14-2147483648]
    mov qword [r14-2147483648], r13
    mov dword [r14-2147483648], r13d
    mov byte [r14-2147483648], r13b
    add byte [r14-2147483648], r13b
    sub byte [r14-2147483648], r13b
    mov r14, qword [r14-2147483648]
    mov r14d, dword [r14-2147483648]
    mov r14b, byte [r14-2147483648]
    movzx r14d, byte [r14-2147483648]
    lea r14, [r14-2147483648]
    mov qword [r14-2147483648], r14
    mov dword [r14-2147483648], r14d
    mov byte [r14-2147483648], r14b
    add byte [r14-2147483648], r14b
    sub byte [r14-2147483648], r14b
    mov r15, qword [r14-2147483648]
    mov r15d, dword [r14-2147483648]
    mov r15b, byte [r14-2147483648]
    movzx r15d, byte [r14-2147483648]
    lea r15, [r14-2147483648]
    mov qword [r14-2147483648], r15
    mov dword [r14-2147483648], r15d
    mov byte [r14-2147483648], r15b
    add byte [r14-2147483648], r15b
    sub byte [r14-2147483648], r15b
    mov byte [r14-2147483648], 0
    mov byte [r14-2147483648], 1
    mov byte [r14-2147483648], -1
    mov byte [r14-2147483648], 127
    mov byte [r14-2147483648], -128
    mov byte [r14-2147483648], 255
    add byte [r14-2147483648], 0
    add byte [r14-2147483648], 1
    add byte [r14-2147483648], -1
    add byte [r14-2147483648], 127
    add byte [r14-2147483648], -128
    add byte [r14-2147483648], 255
    sub byte [r14-2147483648], 0
    sub byte [r14-2147483648], 1
    sub byte [r14-2147483648], -1
    sub byte [r14-2147483648], 127
    sub byte [r14-2147483648], -128
    sub byte [r14-2147483648], 255
    cmp byte [r14-2147483648], 0
    cmp byte [r14-2147483648], 1
    cmp byte [r14-2147483648], -1
    cmp byte [r14-2147483648], 127
    cmp byte [r14-2147483648], -128
    cmp byte [r14-2147483648], 255
    mov rax, qword [r15+0]
    mov eax, dword [r15+0]
    mov al, byte [r15+0]
    movzx eax, byte [r15+0]
    lea rax, [r15+0]
    mov qword [r15+0], rax
    mov dword [r15+0], eax
    mov byte [r15+0], al
    add byte [r15+0], al
    sub byte [r15+0], al
    mov rcx, qword [r15+0]
    mov ecx, dword [r15+0]
    mov cl, byte [r15+0]
    movzx ecx, byte [r15+0]
    lea rcx, [r15+0]
    mov qword [r15+0], rcx
    mov dword [r15+0], ecx
    mov byte [r15+0], cl
    add byte [r15+0], cl
    sub byte [r15+0], cl
    mov rdx, qword [r15+0]
    mov edx, dword [r15+0]
    mov dl, byte [r15+0]
    movzx edx, byte [r15+0]
    lea rdx, [r15+0]
    mov qword [r15+0], rdx
    mov dword [r15+0], edx
    mov byte [r15+0], dl
    add byte [r15+0], dl
    sub byte [r15+0], dl
    mov rbx, qword [r15+0]
    mov ebx, dword [r15+0]
    mov bl, byte [r15+0]
    movzx ebx, byte [r15+0]
    lea rbx, [r15+0]
    mov qword [r15+0], rbx
    mov dword [r15+0], ebx
    mov byte [r15+0], bl
    add byte [r15+0], bl
    sub byte [r15+0], bl
    mov rsp, qword [r15+0]
    mov esp, dword [r15+0]
    mov spl, byte [r15+0]
    movzx esp, byte [r15+0]
    lea rsp, [r15+0]
    mov qword [r15+0], rsp
    mov dword [r15+0], esp
    mov byte [r15+0], spl
    add byte [r15+0], spl
    sub byte [r15+0], spl
    mov rbp, qword [r15+0]
    mov ebp, dword [r15+0]
    mov bpl, byte [r15+0]
    movzx ebp, byte [r15+0]
    lea rbp, [r15+0]
    mov qword [r15+0], rbp
    mov dword [r15+0], ebp
    mov byte [r15+0], bpl
    add byte [r15+0], bpl
    sub byte [r15+0], bpl
    mov rsi, qword [r15+0]
    mov esi, dword [r15+0]
    mov sil, byte [r15+0]
    movzx esi, byte [r15+0]
    lea rsi, [r15+0]
    mov qword [r15+0], rsi
    mov dword [r15+0], esi
    mov byte [r15+0], sil
    add byte [r15+0], sil
    sub byte [r15+0], sil
    mov rdi, qword [r15+0]
    mov edi, dword [r15+0]
    mov dil, byte [r15+0]
    movzx edi, byte [r15+0]
    lea rdi, [r15+0]
    mov qword [r15+0], rdi
    mov dword [r15+0], edi
    mov byte [r15+0], dil
    add byte [r15+0], dil
    sub byte [r15+0], dil
    mov r8, qword [r15+0]
    mov r8d, dword [r15+0]
    mov r8b, byte [r15+0]
    movzx r8d, byte [r15+0]
    lea r8, [r15+0]
    mov qword [r15+0], r8
    mov dword [r15+0], r8d
    mov byte [r15+0], r8b
    add byte [r15+0], r8b
    sub byte [r15+0], r8b
    mov r9, qword [r15+0]
    mov r9d, dword [r15+0]
    mov r9b, byte [r15+0]
    movzx r9d, byte [r15+0]
    lea r9, [r15+0]
    mov qword [r15+0], r9
    mov dword [r15+0], r9d
    mov byte [r15+0], r9b
    add byte [r15+0], r9b
    sub byte [r15+0], r9b
    mov r10, qword [r15+0]
    mov r10d, dword [r15+0]
    mov r10b, byte [r15+0]
    movzx r10d, byte [r15+0]
    lea r10, [r15+0]
    mov qword [r15+0], r10
    mov dword [r15+0], r10d
    mov byte [r15+0], r10b
    add byte [r15+0], r10b
    sub byte [r15+0], r10b
    mov r11, qword [r15+0]
    mov r11d, dword [r15+0]
    mov r11b, byte [r15+0]
    movzx r11d, byte [r15+0]
    lea r11, [r15+0]
    mov qword [r15+0], r11
    mov dword [r15+0], r11d
    mov byte [r15+0], r11b
    add byte [r15+0], r11b
    sub byte [r15+0], r11b
    mov r12, qword [r15+0]
    mov r12d, dword [r15+0]
    mov r12b, byte [r15+0]
    movzx r12d, byte [r15+0]
    lea r12, [r15+0]
    mov qword [r15+0], r12
    mov dword [r15+0], r12d
    mov byte [r15+0], r12b
    add byte [r15+0], r12b
    sub byte [r15+0], r12b
    mov r13, qword [r15+0]
    mov r13d, dword [r15+0]
    mov r13b, byte [r15+0]
    movzx r13d, byte [r15+0]
    lea r13, [r15+0]
    mov qword [r15+0], r13
    mov dword [r15+0], r13d
    mov byte [r15+0], r13b
    add byte [r15+0], r13b
    sub byte [r15+0], r13b
    mov r14, qword [r15+0]
    mov r14d, dword [r15+0]
    mov r14b, byte [r15+0]
    movzx r14d, byte [r15+0]
    lea r14, [r15+0]
    mov qword [r15+0], r14
    mov dword [r15+0], r14d
    mov byte [r15+0], r14b
    add byte [r15+0], r14b
    sub byte [r15+0], r14b
    mov r15, qword [r15+0]
    mov r15d, dword [r15+0]
    mov r15b, byte [r15+0]
    movzx r15d, byte [r15+0]
    lea r15, [r15+0]
    mov qword [r15+0], r15
    mov dword [r15+0], r15d
    mov byte [r15+0], r15b
    add byte [r15+0], r15b
    sub byte [r15+0], r15b
    mov byte [r15+0], 0
    mov byte [r15+0], 1
    mov byte [r15+0], -1
    mov byte [r15+0], 127
    mov byte [r15+0], -128
    mov byte [r15+0], 255
    add byte [r15+0], 0
    add byte [r15+0], 1
    add byte [r15+0], -1
    add byte [r15+0], 127
    add byte [r15+0], -128
    add byte [r15+0], 255
    sub byte [r15+0], 0
    sub byte [r15+0], 1
    sub byte [r15+0], -1
    sub byte [r15+0], 127
    sub byte [r15+0], -128
    sub byte [r15+0], 255
    cmp byte [r15+0], 0
    cmp byte [r15+0], 1
    cmp byte [r15+0], -1
    cmp byte [r15+0], 127
    cmp byte [r15+0], -128
    cmp byte [r15+0], 255
    mov rax, qword [r15+1]
    mov eax, dword [r15+1]
    mov al, byte [r15+1]
    movzx eax, byte [r15+1]
    lea rax, [r15+1]
    mov qword [r15+1], rax
    mov dword [r15+1], eax
    mov byte [r15+1], al
    add byte [r15+1], al
    sub byte [r15+1], al
    mov rcx, qword [r15+1]
    mov ecx, dword [r15+1]
    mov cl, byte [r15+1]
    movzx ecx, byte [r15+1]
    lea rcx, [r15+1]
    mov qword [r15+1], rcx
    mov dword [r15+1], ecx
    mov byte [r15+1], cl
    add byte [r15+1], cl
    sub byte [r15+1], cl
    mov rdx, qword [r15+1]
    mov edx, dword [r15+1]
    mov dl, byte [r15+1]
    movzx edx, byte [r15+1]
    lea rdx, [r15+1]
    mov qword [r15+1], rdx
    mov dword [r15+1], edx
    mov byte [r15+1], dl
    add byte [r15+1], dl
    sub byte [r15+1], dl
    mov rbx, qword [r15+1]
    mov ebx, dword [r15+1]
    mov bl, byte [r15+1]
    movzx ebx, byte [r15+1]
    lea rbx, [r15+1]
    mov qword [r15+1], rbx
    mov dword [r15+1], ebx
    mov byte [r15+1], bl
    add byte [r15+1], bl
    sub byte [r15+1], bl
    mov rsp, qword [r15+1]
    mov esp, dword [r15+1]
    mov spl, byte [r15+1]
    movzx esp, byte [r15+1]
    lea rsp, [r15+1]
    mov qword [r15+1], rsp
    mov dword [r15+1], esp
    mov byte [r15+1], spl
    add byte [r15+1], spl
    sub byte [r15+1], spl
    mov rbp, qword [r15+1]
    mov ebp, dword [r15+1]
    mov bpl, byte [r15+1]
    movzx ebp, byte [r15+1]
    lea rbp, [r15+1]
    mov qword [r15+1], rbp
    mov dword [r15+1], ebp
    mov byte [r15+1], bpl
    add byte [r15+1], bpl
    sub byte [r15+1], bpl
    mov rsi, qword [r15+1]
    mov esi, dword [r15+1]
    mov sil, byte [r15+1]
    movzx esi, byte [r15+1]
    lea rsi, [r15+1]
    mov qword [r15+1], rsi
    mov dword [r15+1], esi
    mov byte [r15+1], sil
    add byte [r15+1], sil
    sub byte [r15+1], sil
    mov rdi, qword [r15+1]
    mov edi, dword [r15+1]
    mov dil, byte [r15+1]
    movzx edi, byte [r15+1]
    lea rdi, [r15+1]
    mov qword [r15+1], rdi
    mov dword [r15+1], edi
    mov byte [r15+1], dil
    add byte [r15+1], dil
    sub byte [r15+1], dil
    mov r8, qword [r15+1]
    mov r8d, dword [r15+1]
    mov r8b, byte [r15+1]
    movzx r8d, byte [r15+1]
    lea r8, [r15+1]
    mov qword [r15+1], r8
    mov dword [r15+1], r8d
    mov byte [r15+1], r8b
    add byte [r15+1], r8b
    sub byte [r15+1], r8b
    mov r9, qword [r15+1]
    mov r9d, dword [r15+1]
    mov r9b, byte [r15+1]
    movzx r9d, byte [r15+1]
    lea r9, [r15+1]
    mov qword [r15+1], r9
    mov dword [r15+1], r9d
    mov byte [r15+1], r9b
    add byte [r15+1], r9b
    sub byte [r15+1], r9b
    mov r10, qword [r15+1]
    mov r10d, dword [r15+1]
    mov r10b, byte [r15+1]
    movzx r10d, byte [r15+1]
    lea r10, [r15+1]
    mov qword [r15+1], r10
    mov dword [r15+1], r10d
    mov byte [r15+1], r10b
    add byte [r15+1], r10b
    sub byte [r15+1], r10b
    mov r11, qword [r15+1]
    mov r11d, dword [r15+1]
    mov r11b, byte [r15+1]
    movzx r11d, byte [r15+1]
    lea r11, [r15+1]
    mov qword [r15+1], r11
    mov dword [r15+1], r11d
    mov byte [r15+1], r11b
    add byte [r15+1], r11b
    sub byte [r15+1], r11b
    mov r12, qword [r15+1]
    mov r12d, dword [r15+1]
    mov r12b, byte [r15+1]
    movzx r12d, byte [r15+1]
    lea r12, [r15+1]
    mov qword [r15+1], r12
    mov dword [r15+1], r12d
    mov byte [r15+1], r12b
    add byte [r15+1], r12b
    sub byte [r15+1], r12b
    mov r13, qword [r15+1]
    mov r13d, dword [r15+1]
    mov r13b, byte [r15+1]
    movzx r13d, byte [r15+1]
    lea r13, [r15+1]
    mov qword [r15+1], r13
    mov dword [r15+1], r13d
    mov byte [r15+1], r13b
    add byte [r15+1], r13b
    sub byte [r15+1], r13b
    mov r14, qword [r15+1]
    mov r14d, dword [r15+1]
    mov r14b, byte [r15+1]
    movzx r14d, byte [r15+1]
    lea r14, [r15+1]
    mov qword [r15+1], r14
    mov dword [r15+1], r14d
    mov byte [r15+1], r14b
    add byte [r15+1], r14b
    sub byte [r15+1], r14b
    mov r15, qword [r15+1]
    mov r15d, dword [r15+1]
    mov r15b, byte [r15+1]
    movzx r15d, byte [r15+1]
    lea r15, [r15+1]
    mov qword [r15+1], r15
    mov dword [r15+1], r15d
    mov byte [r15+1], r15b
    add byte [r15+1], r15b
    sub byte [r15+1], r15b
    mov byte [r15+1], 0
    mov byte [r15+1], 1
    mov byte [r15+1], -1
    mov byte [r15+1], 127
    mov byte [r15+1], -128
    mov byte [r15+1], 255
    add byte [r15+1], 0
    add byte [r15+1], 1
    add byte [r15+1], -1
    add byte [r15+1], 127
    add byte [r15+1], -128
    add byte [r15+1], 255
    sub byte [r15+1], 0
    sub byte [r15+1], 1
    sub byte [r15+1], -1
    sub byte [r15+1], 127
    sub byte [r15+1], -128
    sub byte [r15+1], 255
    cmp byte [r15+1], 0
    cmp byte [r15+1], 1
    cmp byte [r15+1], -1
    cmp byte [r15+1], 127
    cmp byte [r15+1], -128
    cmp byte [r15+1], 255
    mov rax, qword [r15-1]
    mov eax, dword [r15-1]
    mov al, byte [r15-1]
    movzx eax, byte [r15-1]
    lea rax, [r15-1]
    mov qword [r15-1], rax
    mov dword [r15-1], eax
    mov byte [r15-1], al
    add byte [r15-1], al
    sub byte [r15-1], al
    mov rcx, qword [r15-1]
    mov ecx, dword [r15-1]
    mov cl, byte [r15-1]
    movzx ecx, byte [r15-1]
    lea rcx, [r15-1]
    mov qword [r15-1], rcx
    mov dword [r15-1], ecx
    mov byte [r15-1], cl
    add byte [r15-1], cl
    sub byte [r15-1], cl
    mov rdx, qword [r15-1]
    mov edx, dword [r15-1]
    mov dl, byte [r15-1]
    movzx edx, byte [r15-1]
    lea rdx, [r15-1]
    mov qword [r15-1], rdx
    mov dword [r15-1], edx
    mov byte [r15-1], dl
    add byte [r15-1], dl
    sub byte [r15-1], dl
    mov rbx, qword [r15-1]
    mov ebx, dword [r15-1]
    mov bl, byte [r15-1]
    movzx ebx, byte [r15-1]
    lea rbx, [r15-1]
    mov qword [r15-1], rbx
    mov dword [r15-1], ebx
    mov byte [r15-1], bl
    add byte [r15-1], bl
    sub byte [r15-1], bl
    mov rsp, qword [r15-1]
    mov esp, dword [r15-1]
    mov spl, byte [r15-1]
    movzx esp, byte [r15-1]
    lea rsp, [r15-1]
    mov qword [r15-1], rsp
    mov dword [r15-1], esp
    mov byte [r15-1], spl
    add byte [r15-1], spl
    sub byte [r15-1], spl
    mov rbp, qword [r15-1]
    mov ebp, dword [r15-1]
    mov bpl, byte [r15-1]
    movzx ebp, byte [r15-1]
    lea rbp, [r15-1]
    mov qword [r15-1], rbp
    mov dword [r15-1], ebp
    mov byte [r15-1], bpl
    add byte [r15-1], bpl
    sub byte [r15-1], bpl
    mov rsi, qword [r15-1]
    mov esi, dword [r15-1]
    mov sil, byte [r15-1]
    movzx esi, byte [r15-1]
    lea rsi, [r15-1]
    mov qword [r15-1], rsi
    mov dword [r15-1], esi
    mov byte [r15-1], sil
    add byte [r15-1], sil
    sub byte [r15-1], sil
    mov rdi, qword [r15-1]
    mov edi, dword [r15-1]
    mov dil, byte [r15-1]
    movzx edi, byte [r15-1]
    lea rdi, [r15-1]
    mov qword [r15-1], rdi
    mov dword [r15-1], edi
    mov byte [r15-1], dil
    add byte [r15-1], dil
    sub byte [r15-1], dil
    mov r8, qword [r15-1]
    mov r8d, dword [r15-1]
    mov r8b, byte [r15-1]
    movzx r8d, byte [r15-1]
    lea r8, [r15-1]
    mov qword [r15-1], r8
    mov dword [r15-1], r8d
    mov byte [r15-1], r8b
    add byte [r15-1], r8b
    sub byte [r15-1], r8b
    mov r9, qword [r15-1]
    mov r9d, dword [r15-1]
    mov r9b, byte [r15-1]
    movzx r9d, byte [r15-1]
    lea r9, [r15-1]
    mov qword [r15-1], r9
    mov dword [r15-1], r9d
    mov byte [r15-1], r9b
    add byte [r15-1], r9b
    sub byte [r15-1], r9b
    mov r10, qword [r15-1]
    mov r10d, dword [r15-1]
    mov r10b, byte [r15-1]
    movzx r10d, byte [r15-1]
    lea r10, [r15-1]
    mov qword [r15-1], r10
    mov dword [r15-1], r10d
    mov byte [r15-1], r10b
    add byte [r15-1], r10b
    sub byte [r15-1], r10b
    mov r11, qword [r15-1]
    mov r11d, dword [r15-1]
    mov r11b, byte [r15-1]
    movzx r11d, byte [r15-1]
    lea r11, [r15-1]
    mov qword [r15-1], r11
    mov dword [r15-1], r11d
    mov byte [r15-1], r11b
    add byte [r15-1], r11b
    sub byte [r15-1], r11b
    mov r12, qword [r15-1]
    mov r12d, dword [r15-1]
    mov r12b, byte [r15-1]
    movzx r12d, byte [r15-1]
    lea r12, [r15-1]
    mov qword [r15-1], r12
    mov dword [r15-1], r12d
    mov byte [r15-1], r12b
    add byte [r15-1], r12b
    sub byte [r15-1], r12b
    mov r13, qword [r15-1]
    mov r13d, dword [r15-1]
    mov r13b, byte [r15-1]
    movzx r13d, byte [r15-1]
    lea r13, [r15-1]
    mov qword [r15-1], r13
    mov dword [r15-1], r13d
    mov byte [r15-1], r13b
    add byte [r15-1], r13b
    sub byte [r15-1], r13b
    mov r14, qword [r15-1]
    mov r14d, dword [r15-1]
    mov r14b, byte [r15-1]
    movzx r14d, byte [r15-1]
    lea r14, [r15-1]
    mov qword [r15-1], r14
    mov dword [r15-1], r14d
    mov byte [r15-1], r14b
    add byte [r15-1], r14b
    sub byte [r15-1], r14b
    mov r15, qword [r15-1]
    mov r15d, dword [r15-1]
    mov r15b, byte [r15-1]
    movzx r15d, byte [r15-1]
    lea r15, [r15-1]
    mov qword [r15-1], r15
    mov dword [r15-1], r15d
    mov byte [r15-1], r15b
    add byte [r15-1], r15b
    sub byte [r15-1], r15b
    mov byte [r15-1], 0
    mov byte [r15-1], 1
    mov byte [r15-1], -1
    mov byte [r15-1], 127
    mov byte [r15-1], -128
    mov byte [r15-1], 255
    add byte [r15-1], 0
    add byte [r15-1], 1
    add byte [r15-1], -1
    add byte [r15-1], 127
    add byte [r15-1], -128
    add byte [r15-1], 255
    sub byte [r15-1], 0
    sub byte [r15-1], 1
    sub byte [r15-1], -1
    sub byte [r15-1], 127
    sub byte [r15-1], -128
    sub byte [r15-1], 255
    cmp byte [r15-1], 0
    cmp byte [r15-1], 1
    cmp byte [r15-1], -1
    cmp byte [r15-1], 127
    cmp byte [r15-1], -128
    cmp byte [r15-1], 255
    mov rax, qword [r15+127]
    mov eax, dword [r15+127]
    mov al, byte [r15+127]
    movzx eax, byte [r15+127]
    lea rax, [r15+127]
    mov qword [r15+127], rax
    mov dword [r15+127], eax
    mov byte [r15+127], al
    add byte [r15+127], al
    sub byte [r15+127], al
    mov rcx, qword [r15+127]
    mov ecx, dword [r15+127]
    mov cl, byte [r15+127]
    movzx ecx, byte [r15+127]
    lea rcx, [r15+127]
    mov qword [r15+127], rcx
    mov dword [r15+127], ecx
    mov byte [r15+127], cl
    add byte [r15+127], cl
    sub byte [r15+127], cl
    mov rdx, qword [r15+127]
    mov edx, dword [r15+127]
    mov dl, byte [r15+127]
    movzx edx, byte [r15+127]
    lea rdx, [r15+127]
    mov qword [r15+127], rdx
    mov dword [r15+127], edx
    mov byte [r15+127], dl
    add byte [r15+127], dl
    sub byte [r15+127], dl
    mov rbx, qword [r15+127]
    mov ebx, dword [r15+127]
    mov bl, byte [r15+127]
    movzx ebx, byte [r15+127]
    lea rbx, [r15+127]
    mov qword [r15+127], rbx
    mov dword [r15+127], ebx
    mov byte [r15+127], bl
    add byte [r15+127], bl
    sub byte [r15+127], bl
    mov rsp, qword [r15+127]
    mov esp, dword [r15+127]
    mov spl, byte [r15+127]
    movzx esp, byte [r15+127]
    lea rsp, [r15+127]
    mov qword [r15+127], rsp
    mov dword [r15+127], esp
    mov byte [r15+127], spl
    add byte [r15+127], spl
    sub byte [r15+127], spl
    mov rbp, qword [r15+127]
    mov ebp, dword [r15+127]
    mov bpl, byte [r15+127]
    movzx ebp, byte [r15+127]
    lea rbp, [r15+127]
    mov qword [r15+127], rbp
    mov dword [r15+127], ebp
    mov byte [r15+127], bpl
    add byte [r15+127], bpl
    sub byte [r15+127], bpl
    mov rsi, qword [r15+127]
    mov esi, dword [r15+127]
    mov sil, byte [r15+127]
    movzx esi, byte [r15+127]
    lea rsi, [r15+127]
    mov qword [r15+127], rsi
    mov dword [r15+127], esi
    mov byte [r15+127], sil
    add byte [r15+127], sil
    sub byte [r15+127], sil
    mov rdi, qword [r15+127]
    mov edi, dword [r15+127]
    mov dil, byte [r15+127]
    movzx edi, byte [r15+127]
    lea rdi, [r15+127]
    mov qword [r15+127], rdi
    mov dword [r15+127], edi
    mov byte [r15+127], dil
    add byte [r15+127], dil
    sub byte [r15+127], dil
    mov r8, qword [r15+127]
    mov r8d, dword [r15+127]
    mov r8b, byte [r15+127]
    movzx r8d, byte [r15+127]
    lea r8, [r15+127]
    mov qword [r15+127], r8
    mov dword [r15+127], r8d
    mov byte [r15+127], r8b
    add byte [r15+127], r8b
    sub byte [r15+127], r8b
    mov r9, qword [r15+127]
    mov r9d, dword [r15+127]
    mov r9b, byte [r15+127]
    movzx r9d, byte [r15+127]
    lea r9, [r15+127]
    mov qword [r15+127], r9
    mov dword [r15+127], r9d
    mov byte [r15+127], r9b
    add byte [r15+127], r9b
    sub byte [r15+127], r9b
    mov r10, qword [r15+127]
    mov r10d, dword [r15+127]
    mov r10b, byte [r15+127]
    movzx r10d, byte [r15+127]
    lea r10, [r15+127]
    mov qword [r15+127], r10
    mov dword [r15+127], r10d
    mov byte [r15+127], r10b
    add byte [r15+127], r10b
    sub byte [r15+127], r10b
    mov r11, qword [r15+127]
    mov r11d, dword [r15+127]
    mov r11b, byte [r15+127]
    movzx r11d, byte [r15+127]
    lea r11, [r15+127]
    mov qword [r15+127], r11
    mov dword [r15+127], r11d
    mov byte [r15+127], r11b
    add byte [r15+127], r11b
    sub byte [r15+127], r11b
    mov r12, qword [r15+127]
    mov r12d, dword [r15+127]
    mov r12b, byte [r15+127]
    movzx r12d, byte [r15+127]
    lea r12, [r15+127]
    mov qword [r15+127], r12
    mov dword [r15+127], r12d
    mov byte [r15+127], r12b
    add byte [r15+127], r12b
    sub byte [r15+127], r12b
    mov r13, qword [r15+127]
    mov r13d, dword [r15+127]
    mov r13b, byte [r15+127]
    movzx r13d, byte [r15+127]
    lea r13, [r15+127]
    mov qword [r15+127], r13
    mov dword [r15+127], r13d
    mov byte [r15+127], r13b
    add byte [r15+127], r13b
    sub byte [r15+127], r13b
    mov r14, qword [r15+127]
    mov r14d, dword [r15+127]
    mov r14b, byte [r15+127]
    movzx r14d, byte [r15+127]
    lea r14, [r15+127]
    mov qword [r15+127], r14
    mov dword [r15+127], r14d
    mov byte [r15+127], r14b
    add byte [r15+127], r14b
    sub byte [r15+127], r14b
    mov r15, qword [r15+127]
    mov r15d, dword [r15+127]
    mov r15b, byte [r15+127]
    movzx r15d, byte [r15+127]
    lea r15, [r15+127]
    mov qword [r15+127], r15
    mov dword [r15+127], r15d
    mov byte [r15+127], r15b
    add byte [r15+127], r15b
    sub byte [r15+127], r15b
    mov byte [r15+127], 0
    mov byte [r15+127], 1
    mov byte [r15+127], -1
    mov byte [r15+127], 127
    mov byte [r15+127], -128
    mov byte [r15+127], 255
    add byte [r15+127], 0
    add byte [r15+127], 1
    add byte [r15+127], -1
    add byte [r15+127], 127
    add byte [r15+127], -128
    add byte [r15+127], 255
    sub byte [r15+127], 0
    sub byte [r15+127], 1
    sub byte [r15+127], -1
    sub byte [r15+127], 127
    sub byte [r15+127], -128
    sub byte [r15+127], 255
    cmp byte [r15+127], 0
    cmp byte [r15+127], 1
    cmp byte [r15+127], -1
    cmp byte [r15+127], 127
    cmp byte [r15+127], -128
    cmp byte [r15+127], 255
    mov rax, qword [r15-128]
    mov eax, dword [r15-128]
    mov al, byte [r15-128]
    movzx eax, byte [r15-128]
    lea rax, [r15-128]
    mov qword [r15-128], rax
    mov dword [r15-128], eax
    mov byte [r15-128], al
    add byte [r15-128], al
    sub byte [r15-128], al
    mov rcx, qword [r15-128]
    mov ecx, dword [r15-128]
    mov cl, byte [r15-128]
    movzx ecx, byte [r15-128]
    lea rcx, [r15-128]
    mov qword [r15-128], rcx
    mov dword [r15-128], ecx
    mov byte [r15-128], cl
    add byte [r15-128], cl
    sub byte [r15-128], cl
    mov rdx, qword [r15-128]
    mov edx, dword [r15-128]
    mov dl, byte [r15-128]
    movzx edx, byte [r15-128]
    lea rdx, [r15-128]
    mov qword [r15-128], rdx
    mov dword [r15-128], edx
    mov byte [r15-128], dl
    add byte [r15-128], dl
    sub byte [r15-128], dl
    mov rbx, qword [r15-128]
    mov ebx, dword [r15-128]
    mov bl, byte [r15-128]
    movzx ebx, byte [r15-128]
    lea rbx, [r15-128]
    mov qword [r15-128], rbx
    mov dword [r15-128], ebx
    mov byte [r15-128], bl
    add byte [r15-128], bl
    sub byte [r15-128], bl
    mov rsp, qword [r15-128]
    mov esp, dword [r15-128]
    mov spl, byte [r15-128]
    movzx esp, byte [r15-128]
    lea rsp, [r15-128]
    mov qword [r15-128], rsp
    mov dword [r15-128], esp
    mov byte [r15-128], spl
    add byte [r15-128], spl
    sub byte [r15-128], spl
    mov rbp, qword [r15-128]
    mov ebp, dword [r15-128]
    mov bpl, byte [r15-128]
    movzx ebp, byte [r15-128]
    lea rbp, [r15-128]
    mov qword [r15-128], rbp
    mov dword [r15-128], ebp
    mov byte [r15-128], bpl
    add byte [r15-128], bpl
    sub byte [r15-128], bpl
    mov rsi, qword [r15-128]
    mov esi, dword [r15-128]
    mov sil, byte [r15-128]
    movzx esi, byte [r15-128]
    lea rsi, [r15-128]
    mov qword [r15-128], rsi
    mov dword [r15-128], esi
    mov byte [r15-128], sil
    add byte [r15-128], sil
    sub byte [r15-128], sil
    mov rdi, qword [r15-128]
    mov edi, dword [r15-128]
    mov dil, byte [r15-128]
    movzx edi, byte [r15-128]
    lea rdi, [r15-128]
    mov qword [r15-128], rdi
    mov dword [r15-128], edi
    mov byte [r15-128], dil
    add byte [r15-128], dil
    sub byte [r15-128], dil
    mov r8, qword [r15-128]
    mov r8d, dword [r15-128]
    mov r8b, byte [r15-128]
    movzx r8d, byte [r15-128]
    lea r8, [r15-128]
    mov qword [r15-128], r8
    mov dword [r15-128], r8d
    mov byte [r15-128], r8b
    add byte [r15-128], r8b
    sub byte [r15-128], r8b
    mov r9, qword [r15-128]
    mov r9d, dword [r15-128]
    mov r9b, byte [r15-128]
    movzx r9d, byte [r15-128]
    lea r9, [r15-128]
    mov qword [r15-128], r9
    mov dword [r15-128], r9d
    mov byte [r15-128], r9b
    add byte [r15-128], r9b
    sub byte [r15-128], r9b
    mov r10, qword [r15-128]
    mov r10d, dword [r15-128]
    mov r10b, byte [r15-128]
    movzx r10d, byte [r15-128]
    lea r10, [r15-128]
    mov qword [r15-128], r10
    mov dword [r15-128], r10d
    mov byte [r15-128], r10b
    add byte [r15-128], r10b
    sub byte [r15-128], r10b
    mov r11, qword [r15-128]
    mov r11d, dword [r15-128]
    mov r11b, byte [r15-128]
    movzx r11d, byte [r15-128]
    lea r11, [r15-128]
    mov qword [r15-128], r11
    mov dword [r15-128], r11d
    mov byte [r15-128], r11b
    add byte [r15-128], r11b
    sub byte [r15-128], r11b
    mov r12, qword [r15-128]
    mov r12d, dword [r15-128]
    mov r12b, byte [r15-128]
    movzx r12d, byte [r15-128]
    lea r12, [r15-128]
    mov qword [r15-128], r12
    mov dword [r15-128], r12d
    mov byte [r15-128], r12b
    add byte [r15-128], r12b
    sub byte [r15-128], r12b
    mov r13, qword [r15-128]
    mov r13d, dword [r15-128]
    mov r13b, byte [r15-128]
    movzx r13d, byte [r15-128]
    lea r13, [r15-128]
    mov qword [r15-128], r13
    mov dword [r15-128], r13d
    mov byte [r15-128], r13b
    add byte [r15-128], r13b
    sub byte [r15-128], r13b
    mov r14, qword [r15-128]
    mov r14d, dword [r15-128]
    mov r14b, byte [r15-128]
    movzx r14d, byte [r15-128]
    lea r14, [r15-128]
    mov qword [r15-128], r14
    mov dword [r15-128], r14d
    mov byte [r15-128], r14b
    add byte [r15-128], r14b
    sub byte [r15-128], r14b
    mov r15, qword [r15-128]
    mov r15d, dword [r15-128]
    mov r15b, byte [r15-128]
    movzx r15d, byte [r15-128]
    lea r15, [r15-128]
    mov qword [r15-128], r15
    mov dword [r15-128], r15d
    mov byte [r15-128], r15b
    add byte [r15-128], r15b
    sub byte [r15-128], r15b
    mov byte [r15-128], 0
    mov byte [r15-128], 1
    mov byte [r15-128], -1
    mov byte [r15-128], 127
    mov byte [r15-128], -128
    mov byte [r15-128], 255
    add byte [r15-128], 0
    add byte [r15-128], 1
    add byte [r15-128], -1
    add byte [r15-128], 127
    add byte [r15-128], -128
    add byte [r15-128], 255
    sub byte [r15-128], 0
    sub byte [r15-128], 1
    sub byte [r15-128], -1
    sub byte [r15-128], 127
    sub byte [r15-128], -128
    sub byte [r15-128], 255
    cmp byte [r15-128], 0
    cmp byte [r15-128], 1
    cmp byte [r15-128], -1
    cmp byte [r15-128], 127
    cmp byte [r15-128], -128
    cmp byte [r15-128], 255
    mov rax, qword [r15+128]
    mov eax, dword [r15+128]
    mov al, byte [r15+128]
    movzx eax, byte [r15+128]
    lea rax, [r15+128]
    mov qword [r15+128], rax
    mov dword [r15+128], eax
    mov byte [r15+128], al
    add byte [r15+128], al
    sub byte [r15+128], al
    mov rcx, qword [r15+128]
    mov ecx, dword [r15+128]
    mov cl, byte [r15+128]
    movzx ecx, byte [r15+128]
    lea rcx, [r15+128]
    mov qword [r15+128], rcx
    mov dword [r15+128], ecx
    mov byte [r15+128], cl
    add byte [r15+128], cl
    sub byte [r15+128], cl
    mov rdx, qword [r15+128]
    mov edx, dword [r15+128]
    mov dl, byte [r15+128]
    movzx edx, byte [r15+128]
    lea rdx, [r15+128]
    mov qword [r15+128], rdx
    mov dword [r15+128], edx
    mov byte [r15+128], dl
    add byte [r15+128], dl
    sub byte [r15+128], dl
    mov rbx, qword [r15+128]
    mov ebx, dword [r15+128]
    mov bl, byte [r15+128]
    movzx ebx, byte [r15+128]
    lea rbx, [r15+128]
    mov qword [r15+128], rbx
    mov dword [r15+128], ebx
    mov byte [r15+128], bl
    add byte [r15+128], bl
    sub byte [r15+128], bl
    mov rsp, qword [r15+128]
    mov esp, dword [r15+128]
    mov spl, byte [r15+128]
    movzx esp, byte [r15+128]
    lea rsp, [r15+128]
    mov qword [r15+128], rsp
    mov dword [r15+128], esp
    mov byte [r15+128], spl
    add byte [r15+128], spl
    sub byte [r15+128], spl
    mov rbp, qword [r15+128]
    mov ebp, dword [r15+128]
    mov bpl, byte [r15+128]
    movzx ebp, byte [r15+128]
    lea rbp, [r15+128]
    mov qword [r15+128], rbp
    mov dword [r15+128], ebp
    mov byte [r15+128], bpl
    add byte [r15+128], bpl
    sub byte [r15+128], bpl
    mov rsi, qword [r15+128]
    mov esi, dword [r15+128]
    mov sil, byte [r15+128]
    movzx esi, byte [r15+128]
    lea rsi, [r15+128]
    mov qword [r15+128], rsi
    mov dword [r15+128], esi
    mov byte [r15+128], sil
    add byte [r15+128], sil
    sub byte [r15+128], sil
    mov rdi, qword [r15+128]
    mov edi, dword [r15+128]
    mov dil, byte [r15+128]
    movzx edi, byte [r15+128]
    lea rdi, [r15+128]
    mov qword [r15+128], rdi
    mov dword [r15+128], edi
    mov byte [r15+128], dil
    add byte [r15+128], dil
    sub byte [r15+128], dil
    mov r8, qword [r15+128]
    mov r8d, dword [r15+128]
    mov r8b, byte [r15+128]
    movzx r8d, byte [r15+128]
    lea r8, [r15+128]
    mov qword [r15+128], r8
    mov dword [r15+128], r8d
    mov byte [r15+128], r8b
    add byte [r15+128], r8b
    sub byte [r15+128], r8b
    mov r9, qword [r15+128]
    mov r9d, dword [r15+128]
    mov r9b, byte [r15+128]
    movzx r9d, byte [r15+128]
    lea r9, [r15+128]
    mov qword [r15+128], r9
    mov dword [r15+128], r9d
    mov byte [r15+128], r9b
    add byte [r15+128], r9b
    sub byte [r15+128], r9b
    mov r10, qword [r15+128]
    mov r10d, dword [r15+128]
    mov r10b, byte [r15+128]
    movzx r10d, byte [r15+128]
    lea r10, [r15+128]
    mov qword [r15+128], r10
    mov dword [r15+128], r10d
    mov byte [r15+128], r10b
    add byte [r15+128], r10b
    sub byte [r15+128], r10b
    mov r11, qword [r15+128]
    mov r11d, dword [r15+128]
    mov r11b, byte [r15+128]
    movzx r11d, byte [r15+128]
    lea r11, [r15+128]
    mov qword [r15+128], r11
    mov dword [r15+128], r11d
    mov byte [r15+128], r11b
    add byte [r15+128], r11b
    sub byte [r15+128], r11b
    mov r12, qword [r15+128]
    mov r12d, dword [r15+128]
    mov r12b, byte [r15+128]
    movzx r12d, byte [r15+128]
    lea r12, [r15+128]
    mov qword [r15+128], r12
    mov dword [r15+128], r12d
    mov byte [r15+128], r12b
    add byte [r15+128], r12b
    sub byte [r15+128], r12b
    mov r13, qword [r15+128]
    mov r13d, dword [r15+128]
    mov r13b, byte [r15+128]
    movzx r13d, byte [r15+128]
    lea r13, [r15+128]
    mov qword [r15+128], r13
    mov dword [r15+128], r13d
    mov byte [r15+128], r13b
    add byte [r15+128], r13b
    sub byte [r15+128], r13b
    mov r14, qword [r15+128]
    mov r14d, dword [r15+128]
    mov r14b, byte [r15+128]
    movzx r14d, byte [r15+128]
    lea r14, [r15+128]
    mov qword [r15+128], r14
    mov dword [r15+128], r14d
    mov byte [r15+128], r14b
    add byte [r15+128], r14b
    sub byte [r15+128], r14b
    mov r15, qword [r15+128]
    mov r15d, dword [r15+128]
    mov r15b, byte [r15+128]
    movzx r15d, byte [r15+128]
    lea r15, [r15+128]
    mov qword [r15+128], r15
    mov dword [r15+128], r15d
    mov byte [r15+128], r15b
    add byte [r15+128], r15b
    sub byte [r15+128], r15b
    mov byte [r15+128], 0
    mov byte [r15+128], 1
    mov byte [r15+128], -1
    mov byte [r15+128], 127
    mov byte [r15+128], -128
    mov byte [r15+128], 255
    add byte [r15+128], 0
    add byte [r15+128], 1
    add byte [r15+128], -1
    add byte [r15+128], 127
    add byte [r15+128], -128
    add byte [r15+128], 255
    sub byte [r15+128], 0
    sub byte [r15+128], 1
    sub byte [r15+128], -1
    sub byte [r15+128], 127
    sub byte [r15+128], -128
    sub byte [r15+128], 255
    cmp byte [r15+128], 0
    cmp byte [r15+128], 1
    cmp byte [r15+128], -1
    cmp byte [r15+128], 127
    cmp byte [r15+128], -128
    cmp byte [r15+128], 255
    mov rax, qword [r15-129]
    mov eax, dword [r15-129]
    mov al, byte [r15-129]
    movzx eax, byte [r15-129]
    lea rax, [r15-129]
    mov qword [r15-129], rax
    mov dword [r15-129], eax
    mov byte [r15-129], al
    add byte [r15-129], al
    sub byte [r15-129], al
    mov rcx, qword [r15-129]
    mov ecx, dword [r15-129]
    mov cl, byte [r15-129]
    movzx ecx, byte [r15-129]
    lea rcx, [r15-129]
    mov qword [r15-129], rcx
    mov dword [r15-129], ecx
    mov byte [r15-129], cl
    add byte [r15-129], cl
    sub byte [r15-129], cl
    mov rdx, qword [r15-129]
    mov edx, dword [r15-129]
    mov dl, byte [r15-129]
    movzx edx, byte [r15-129]
    lea rdx, [r15-129]
    mov qword [r15-129], rdx
    mov dword [r15-129], edx
    mov byte [r15-129], dl
    add byte [r15-129], dl
    sub byte [r15-129], dl
    mov rbx, qword [r15-129]
    mov ebx, dword [r15-129]
    mov bl, byte [r15-129]
    movzx ebx, byte [r15-129]
    lea rbx, [r15-129]
    mov qword [r15-129], rbx
    mov dword [r15-129], ebx
    mov byte [r15-129], bl
    add byte [r15-129], bl
    sub byte [r15-129], bl
    mov rsp, qword [r15-129]
    mov esp, dword [r15-129]
    mov spl, byte [r15-129]
    movzx esp, byte [r15-129]
    lea rsp, [r15-129]
    mov qword [r15-129], rsp
    mov dword [r15-129], esp
    mov byte [r15-129], spl
    add byte [r15-129], spl
    sub byte [r15-129], spl
    mov rbp, qword [r15-129]
    mov ebp, dword [r15-129]
    mov bpl, byte [r15-129]
    movzx ebp, byte [r15-129]
    lea rbp, [r15-129]
    mov qword [r15-129], rbp
    mov dword [r15-129], ebp
    mov byte [r15-129], bpl
    add byte [r15-129], bpl
    sub byte [r15-129], bpl
    mov rsi, qword [r15-129]
    mov esi, dword [r15-129]
    mov sil, byte [r15-129]
    movzx esi, byte [r15-129]
    lea rsi, [r15-129]
    mov qword [r15-129], rsi
    mov dword [r15-129], esi
    mov byte [r15-129], sil
    add byte [r15-129], sil
    sub byte [r15-129], sil
    mov rdi, qword [r15-129]
    mov edi, dword [r15-129]
    mov dil, byte [r15-129]
    movzx edi, byte [r15-129]
    lea rdi, [r15-129]
    mov qword [r15-129], rdi
    mov dword [r15-129], edi
    mov byte [r15-129], dil
    add byte [r15-129], dil
    sub byte [r15-129], dil
    mov r8, qword [r15-129]
    mov r8d, dword [r15-129]
    mov r8b, byte [r15-129]
    movzx r8d, byte [r15-129]
    lea r8, [r15-129]
    mov qword [r15-129], r8
    mov dword [r15-129], r8d
    mov byte [r15-129], r8b
    add byte [r15-129], r8b
    sub byte [r15-129], r8b
    mov r9, qword [r15-129]
    mov r9d, dword [r15-129]
    mov r9b, byte [r15-129]
    movzx r9d, byte [r15-129]
    lea r9, [r15-129]
    mov qword [r15-129], r9
    mov dword [r15-129], r9d
    mov byte [r15-129], r9b
    add byte [r15-129], r9b
    sub byte [r15-129], r9b
    mov r10, qword [r15-129]
    mov r10d, dword [r15-129]
    mov r10b, byte [r15-129]
    movzx r10d, byte [r15-129]
    lea r10, [r15-129]
    mov qword [r15-129], r10
    mov dword [r15-129], r10d
    mov byte [r15-129], r10b
    add byte [r15-129], r10b
    sub byte [r15-129], r10b
    mov r11, qword [r15-129]
    mov r11d, dword [r15-129]
    mov r11b, byte [r15-129]
    movzx r11d, byte [r15-129]
    lea r11, [r15-129]
    mov qword [r15-129], r11
    mov dword [r15-129], r11d
    mov byte [r15-129], r11b
    add byte [r15-129], r11b
    sub byte [r15-129], r11b
    mov r12, qword [r15-129]
    mov r12d, dword [r15-129]
    mov r12b, byte [r15-129]
    movzx r12d, byte [r15-129]
    lea r12, [r15-129]
    mov qword [r15-129], r12
    mov dword [r15-129], r12d
    mov byte [r15-129], r12b
    add byte [r15-129], r12b
    sub byte [r15-129], r12b
    mov r13, qword [r15-129]
    mov r13d, dword [r15-129]
    mov r13b, byte [r15-129]
    movzx r13d, byte [r15-129]
    lea r13, [r15-129]
    mov qword [r15-129], r13
    mov dword [r15-129], r13d
    mov byte [r15-129], r13b
    add byte [r15-129], r13b
    sub byte [r15-129], r13b
    mov r14, qword [r15-129]
    mov r14d, dword [r15-129]
    mov r14b, byte [r15-129]
    movzx r14d, byte [r15-129]
    lea r14, [r15-129]
    mov qword [r15-129], r14
    mov dword [r15-129], r14d
    mov byte [r15-129], r14b
    add byte [r15-129], r14b
    sub byte [r15-129], r14b
    mov r15, qword [r15-129]
    mov r15d, dword [r15-129]
    mov r15b, byte [r15-129]
    movzx r15d, byte [r15-129]
    lea r15, [r15-129]
    mov qword [r15-129], r15
    mov dword [r15-129], r15d
    mov byte [r15-129], r15b
    add byte [r15-129], r15b
    sub byte [r15-129], r15b
    mov byte [r15-129], 0
    mov byte [r15-129], 1
    mov byte [r15-129], -1
    mov byte [r15-129], 127
    mov byte [r15-129], -128
    mov byte [r15-129], 255
    add byte [r15-129], 0
    add byte [r15-129], 1
    add byte [r15-129], -1
    add byte [r15-129], 127
    add byte [r15-129], -128
    add byte [r15-129], 255
    sub byte [r15-129], 0
    sub byte [r15-129], 1
    sub byte [r15-129], -1
    sub byte [r15-129], 127
    sub byte [r15-129], -128
    sub byte [r15-129], 255
    cmp byte [r15-129], 0
    cmp byte [r15-129], 1
    cmp byte [r15-129], -1
    cmp byte [r15-129], 127
    cmp byte [r15-129], -128
    cmp byte [r15-129], 255
    mov rax, qword [r15+2147483647]
    mov eax, dword [r15+2147483647]
    mov al, byte [r15+2147483647]
    movzx eax, byte [r15+2147483647]
    lea rax, [r15+2147483647]
    mov qword [r15+2147483647], rax
    mov dword [r15+2147483647], eax
    mov byte [r15+2147483647], al
    add byte [r15+2147483647], al
    sub byte [r15+2147483647], al
    mov rcx, qword [r15+2147483647]
    mov ecx, dword [r15+2147483647]
    mov cl, byte [r15+2147483647]
    movzx ecx, byte [r15+2147483647]
    lea rcx, [r15+2147483647]
    mov qword [r15+2147483647], rcx
    mov dword [r15+2147483647], ecx
    mov byte [r15+2147483647], cl
    add byte [r15+2147483647], cl
    sub byte [r15+2147483647], cl
    mov rdx, qword [r15+2147483647]
    mov edx, dword [r15+2147483647]
    mov dl, byte [r15+2147483647]
    movzx edx, byte [r15+2147483647]
    lea rdx, [r15+2147483647]
    mov qword [r15+2147483647], rdx
    mov dword [r15+2147483647], edx
    mov byte [r15+2147483647], dl
    add byte [r15+2147483647], dl
    sub byte [r15+2147483647], dl
    mov rbx, qword [r15+2147483647]
    mov ebx, dword [r15+2147483647]
    mov bl, byte [r15+2147483647]
    movzx ebx, byte [r15+2147483647]
    lea rbx, [r15+2147483647]
    mov qword [r15+2147483647], rbx
    mov dword [r15+2147483647], ebx
    mov byte [r15+2147483647], bl
    add byte [r15+2147483647], bl
    sub byte [r15+2147483647], bl
    mov rsp, qword [r15+2147483647]
    mov esp, dword [r15+2147483647]
    mov spl, byte [r15+2147483647]
    movzx esp, byte [r15+2147483647]
    lea rsp, [r15+2147483647]
    mov qword [r15+2147483647], rsp
    mov dword [r15+2147483647], esp
    mov byte [r15+2147483647], spl
    add byte [r15+2147483647], spl
    sub byte [r15+2147483647], spl
    mov rbp, qword [r15+2147483647]
    mov ebp, dword [r15+2147483647]
    mov bpl, byte [r15+2147483647]
    movzx ebp, byte [r15+2147483647]
    lea rbp, [r15+2147483647]
    mov qword [r15+2147483647], rbp
    mov dword [r15+2147483647], ebp
    mov byte [r15+2147483647], bpl
    add byte [r15+2147483647], bpl
    sub byte [r15+2147483647], bpl
    mov rsi, qword [r15+2147483647]
    mov esi, dword [r15+2147483647]
    mov sil, byte [r15+2147483647]
    movzx esi, byte [r15+2147483647]
    lea rsi, [r15+2147483647]
    mov qword [r15+2147483647], rsi
    mov dword [r15+2147483647], esi
    mov byte [r15+2147483647], sil
    add byte [r15+2147483647], sil
    sub byte [r15+2147483647], sil
    mov rdi, qword [r15+2147483647]
    mov edi, dword [r15+2147483647]
    mov dil, byte [r15+2147483647]
    movzx edi, byte [r15+2147483647]
    lea rdi, [r15+2147483647]
    mov qword [r15+2147483647], rdi
    mov dword [r15+2147483647], edi
    mov byte [r15+2147483647], dil
    add byte [r15+2147483647], dil
    sub byte [r15+2147483647], dil
    mov r8, qword [r15+2147483647]
    mov r8d, dword [r15+2147483647]
    mov r8b, byte [r15+2147483647]
    movzx r8d, byte [r15+2147483647]
    lea r8, [r15+2147483647]
    mov qword [r15+2147483647], r8
    mov dword [r15+2147483647], r8d
    mov byte [r15+2147483647], r8b
    add byte [r15+2147483647], r8b
    sub byte [r15+2147483647], r8b
    mov r9, qword [r15+2147483647]
    mov r9d, dword [r15+2147483647]
    mov r9b, byte [r15+2147483647]
    movzx r9d, byte [r15+2147483647]
    lea r9, [r15+2147483647]
    mov qword [r15+2147483647], r9
    mov dword [r15+2147483647], r9d
    mov byte [r15+2147483647], r9b
    add byte [r15+2147483647], r9b
    sub byte [r15+2147483647], r9b
    mov r10, qword [r15+2147483647]
    mov r10d, dword [r15+2147483647]
    mov r10b, byte [r15+2147483647]
    movzx r10d, byte [r15+2147483647]
    lea r10, [r15+2147483647]
    mov qword [r15+2147483647], r10
    mov dword [r15+2147483647], r10d
    mov byte [r15+2147483647], r10b
    add byte [r15+2147483647], r10b
    sub byte [r15+2147483647], r10b
    mov r11, qword [r15+2147483647]
    mov r11d, dword [r15+2147483647]
    mov r11b, byte [r15+2147483647]
    movzx r11d, byte [r15+2147483647]
    lea r11, [r15+2147483647]
    mov qword [r15+2147483647], r11
    mov dword [r15+2147483647], r11d
    mov byte [r15+2147483647], r11b
    add byte [r15+2147483647], r11b
    sub byte [r15+2147483647], r11b
    mov r12, qword [r15+2147483647]
    mov r12d, dword [r15+2147483647]
    mov r12b, byte [r15+2147483647]
    movzx r12d, byte [r15+2147483647]
    lea r12, [r15+2147483647]
    mov qword [r15+2147483647], r12
    mov dword [r15+2147483647], r12d
    mov byte [r15+2147483647], r12b
    add byte [r15+2147483647], r12b
    sub byte [r15+2147483647], r12b
    mov r13, qword [r15+2147483647]
    mov r13d, dword [r15+2147483647]
    mov r13b, byte [r15+2147483647]
    movzx r13d, byte [r15+2147483647]
    lea r13, [r15+2147483647]
    mov qword [r15+2147483647], r13
    mov dword [r15+2147483647], r13d
    mov byte [r15+2147483647], r13b
    add byte [r15+2147483647], r13b
    sub byte [r15+2147483647], r13b
    mov r14, qword [r15+2147483647]
    mov r14d, dword [r15+2147483647]
    mov r14b, byte [r15+2147483647]
    movzx r14d, byte [r15+2147483647]
    lea r14, [r15+2147483647]
    mov qword [r15+2147483647], r14
    mov dword [r15+2147483647], r14d
    mov byte [r15+2147483647], r14b
    add byte [r15+2147483647], r14b
    sub byte [r15+2147483647], r14b
    mov r15, qword [r15+2147483647]
    mov r15d, dword [r15+2147483647]
    mov r15b, byte [r15+2147483647]
    movzx r15d, byte [r15+2147483647]
    lea r15, [r15+2147483647]
    mov qword [r15+2147483647], r15
    mov dword [r15+2147483647], r15d
    mov byte [r15+2147483647], r15b
    add byte [r15+2147483647], r15b
    sub byte [r15+2147483647], r15b
    mov byte [r15+2147483647], 0
    mov byte [r15+2147483647], 1
    mov byte [r15+2147483647], -1
    mov byte [r15+2147483647], 127
    mov byte [r15+2147483647], -128
    mov byte [r15+2147483647], 255
    add byte [r15+2147483647], 0
    add byte [r15+2147483647], 1
    add byte [r15+2147483647], -1
    add byte [r15+2147483647], 127
    add byte [r15+2147483647], -128
    add byte [r15+2147483647], 255
    sub byte [r15+2147483647], 0
    sub byte [r15+2147483647], 1
    sub byte [r15+2147483647], -1
    sub byte [r15+2147483647], 127
    sub byte [r15+2147483647], -128
    sub byte [r15+2147483647], 255
    cmp byte [r15+2147483647], 0
    cmp byte [r15+2147483647], 1
    cmp byte [r15+2147483647], -1
    cmp byte [r15+2147483647], 127
    cmp byte [r15+2147483647], -128
    cmp byte [r15+2147483647], 255
    mov rax, qword [r15-2147483648]
    mov eax, dword [r15-2147483648]
    mov al, byte [r15-2147483648]
    movzx eax, byte [r15-2147483648]
    lea rax, [r15-2147483648]
    mov qword [r15-2147483648], rax
    mov dword [r15-2147483648], eax
    mov byte [r15-2147483648], al
    add byte [r15-2147483648], al
    sub byte [r15-2147483648], al
    mov rcx, qword [r15-2147483648]
    mov ecx, dword [r15-2147483648]
    mov cl, byte [r15-2147483648]
    movzx ecx, byte [r15-2147483648]
    lea rcx, [r15-2147483648]
    mov qword [r15-2147483648], rcx
    mov dword [r15-2147483648], ecx
    mov byte [r15-2147483648], cl
    add byte [r15-2147483648], cl
    sub byte [r15-2147483648], cl
    mov rdx, qword [r15-2147483648]
    mov edx, dword [r15-2147483648]
    mov dl, byte [r15-2147483648]
    movzx edx, byte [r15-2147483648]
    lea rdx, [r15-2147483648]
    mov qword [r15-2147483648], rdx
    mov dword [r15-2147483648], edx
    mov byte [r15-2147483648], dl
    add byte [r15-2147483648], dl
    sub byte [r15-2147483648], dl
    mov rbx, qword [r15-2147483648]
    mov ebx, dword [r15-2147483648]
    mov bl, byte [r15-2147483648]
    movzx ebx, byte [r15-2147483648]
    lea rbx, [r15-2147483648]
    mov qword [r15-2147483648], rbx
    mov dword [r15-2147483648], ebx
    mov byte [r15-2147483648], bl
    add byte [r15-2147483648], bl
    sub byte [r15-2147483648], bl
    mov rsp, qword [r15-2147483648]
    mov esp, dword [r15-2147483648]
    mov spl, byte [r15-2147483648]
    movzx esp, byte [r15-2147483648]
    lea rsp, [r15-2147483648]
    mov qword [r15-2147483648], rsp
    mov dword [r15-2147483648], esp
    mov byte [r15-2147483648], spl
    add byte [r15-2147483648], spl
    sub byte [r15-2147483648], spl
    mov rbp, qword [r15-2147483648]
    mov ebp, dword [r15-2147483648]
    mov bpl, byte [r15-2147483648]
    movzx ebp, byte [r15-2147483648]
    lea rbp, [r15-2147483648]
    mov qword [r15-2147483648], rbp
    mov dword [r15-2147483648], ebp
    mov byte [r15-2147483648], bpl
    add byte [r15-2147483648], bpl
    sub byte [r15-2147483648], bpl
    mov rsi, qword [r15-2147483648]
    mov esi, dword [r15-2147483648]
    mov sil, byte [r15-2147483648]
    movzx esi, byte [r15-2147483648]
    lea rsi, [r15-2147483648]
    mov qword [r15-2147483648], rsi
    mov dword [r15-2147483648], esi
    mov byte [r15-2147483648], sil
    add byte [r15-2147483648], sil
    sub byte [r15-2147483648], sil
    mov rdi, qword [r15-2147483648]
    mov edi, dword [r15-2147483648]
    mov dil, byte [r15-2147483648]
    movzx edi, byte [r15-2147483648]
    lea rdi, [r15-2147483648]
    mov qword [r15-2147483648], rdi
    mov dword [r15-2147483648], edi
    mov byte [r15-2147483648], dil
    add byte [r15-2147483648], dil
    sub byte [r15-2147483648], dil
    mov r8, qword [r15-2147483648]
    mov r8d, dword [r15-2147483648]
    mov r8b, byte [r15-2147483648]
    movzx r8d, byte [r15-2147483648]
    lea r8, [r15-2147483648]
    mov qword [r15-2147483648], r8
    mov dword [r15-2147483648], r8d
    mov byte [r15-2147483648], r8b
    add byte [r15-2147483648], r8b
    sub byte [r15-2147483648], r8b
    mov r9, qword [r15-2147483648]
    mov r9d, dword [r15-2147483648]
    mov r9b, byte [r15-2147483648]
    movzx r9d, byte [r15-2147483648]
    lea r9, [r15-2147483648]
    mov qword [r15-2147483648], r9
    mov dword [r15-2147483648], r9d
    mov byte [r15-2147483648], r9b
    add byte [r15-2147483648], r9b
    sub byte [r15-2147483648], r9b
    mov r10, qword [r15-2147483648]
    mov r10d, dword [r15-2147483648]
    mov r10b, byte [r15-2147483648]
    movzx r10d, byte [r15-2147483648]
    lea r10, [r15-2147483648]
    mov qword [r15-2147483648], r10
    mov dword [r15-2147483648], r10d
    mov byte [r15-2147483648], r10b
    add byte [r15-2147483648], r10b
    sub byte [r15-2147483648], r10b
    mov r11, qword [r15-2147483648]
    mov r11d, dword [r15-2147483648]
    mov r11b, byte [r15-2147483648]
    movzx r11d, byte [r15-2147483648]
    lea r11, [r15-2147483648]
    mov qword [r15-2147483648], r11
    mov dword [r15-2147483648], r11d
    mov byte [r15-2147483648], r11b
    add byte [r15-2147483648], r11b
    sub byte [r15-2147483648], r11b
    mov r12, qword [r15-2147483648]
    mov r12d, dword [r15-2147483648]
    mov r12b, byte [r15-2147483648]
    movzx r12d, byte [r15-2147483648]
    lea r12, [r15-2147483648]
    mov qword [r15-2147483648], r12
    mov dword [r15-2147483648], r12d
    mov byte [r15-2147483648], r12b
    add byte [r15-2147483648], r12b
    sub byte [r15-2147483648], r12b
    mov r13, qword [r15-2147483648]
    mov r13d, dword [r15-2147483648]
    mov r13b, byte [r15-2147483648]
    movzx r13d, byte [r15-2147483648]
    lea r13, [r15-2147483648]
    mov qword [r15-2147483648], r13
    mov dword [r15-2147483648], r13d
    mov byte [r15-2147483648], r13b
    add byte [r15-2147483648], r13b
    sub byte [r15-2147483648], r13b
    mov r14, qword [r15-2147483648]
    mov r14d, dword [r15-2147483648]
    mov r14b, byte [r15-2147483648]
    movzx r14d, byte [r15-2147483648]
    lea r14, [r15-2147483648]
    mov qword [r15-2147483648], r14
    mov dword [r15-2147483648], r14d
    mov byte [r15-2147483648], r14b
    add byte [r15-2147483648], r14b
    sub byte [r15-2147483648], r14b
    mov r15, qword [r15-2147483648]
    mov r15d, dword [r15-2147483648]
    mov r15b, byte [r15-2147483648]
    movzx r15d, byte [r15-2147483648]
    lea r15, [r15-2147483648]
    mov qword [r15-2147483648], r15
    mov dword [r15-2147483648], r15d
    mov byte [r15-2147483648], r15b
    add byte [r15-2147483648], r15b
    sub byte [r15-2147483648], r15b
    mov byte [r15-2147483648], 0
    mov byte [r15-2147483648], 1
    mov byte [r15-2147483648], -1
    mov byte [r15-2147483648], 127
    mov byte [r15-2147483648], -128
    mov byte [r15-2147483648], 255
    add byte [r15-2147483648], 0
    add byte [r15-2147483648], 1
    add byte [r15-2147483648], -1
    add byte [r15-2147483648], 127
    add byte [r15-2147483648], -128
    add byte [r15-2147483648], 255
    sub byte [r15-2147483648], 0
    sub byte [r15-2147483648], 1
    sub byte [r15-2147483648], -1
    sub byte [r15-2147483648], 127
    sub byte [r15-2147483648], -128
    sub byte [r15-2147483648], 255
    cmp byte [r15-2147483648], 0
    cmp byte [r15-2147483648], 1
    cmp byte [r15-2147483648], -1
    cmp byte [r15-2147483648], 127
    cmp byte [r15-2147483648], -128
    cmp byte [r15-2147483648], 255
L90:
    jo short L90
    jo near L90
    jo short L90
    jo short L91
    jo near L91
    jo near L91
L91:
L92:
    jno short L92
    jno near L92
    jno short L92
    jno short L93
    jno near L93
    jno near L93
L93:
L94:
    jb short L94
    jb near L94
    jb short L94
    jb short L95
    jb near L95
    jb near L95
L95:
L96:
    jae short L96
    jae near L96
    jae short L96
    jae short L97
    jae near L97
    jae near L97
L97:
L98:
    je short L98
    je near L98
    je short L98
    je short L99
    je near L99
    je near L99
L99:
L100:
    jne short L100
    jne near L100
    jne short L100
    jne short L101
    jne near L101
    jne near L101
L101:
L102:
    jbe short L102
    jbe near L102
    jbe short L102
    jbe short L103
    jbe near L103
    jbe near L103
L103:
L104:
    ja short L104
    ja near L104
    ja short L104
    ja short L105
    ja near L105
    ja near L105
L105:
L106:
    js short L106
    js near L106
    js short L106
    js short L107
    js near L107
    js near L107
L107:
L108:
    jns short L108
    jns near L108
    jns short L108
    jns short L109
    jns near L109
    jns near L109
L109:
L110:
    jp short L110
    jp near L110
    jp short L110
    jp short L111
    jp near L111
    jp near L111
L111:
L112:
    jnp short L112
    jnp near L112
    jnp short L112
    jnp short L113
    jnp near L113
    jnp near L113
L113:
L114:
    jl short L114
    jl near L114
    jl short L114
    jl short L115
    jl near L115
    jl near L115
L115:
L116:
    jge short L116
    jge near L116
    jge short L116
    jge short L117
    jge near L117
    jge near L117
L117:
L118:
    jle short L118
    jle near L118
    jle short L118
    jle short L119
    jle near L119
    jle near L119
L119:
L120:
    jg short L120
    jg near L120
    jg short L120
    jg short L121
    jg near L121
    jg near L121
L121:
L122:
    jmp short L122
    jmp near L122
    jmp short L122
    call L122
    jmp short L123
    jmp near L123
    jmp near L123
    call L123
L123:
    lea rax, [rel L122]
    lea rax, [rel L124]
    lea rcx, [rel L122]
    lea rcx, [rel L124]
    lea rdx, [rel L122]
    lea rdx, [rel L124]
    lea rbx, [rel L122]
    lea rbx, [rel L124]
    lea rsp, [rel L122]
    lea rsp, [rel L124]
    lea rbp, [rel L122]
    lea rbp, [rel L124]
    lea rsi, [rel L122]
    lea rsi, [rel L124]
    lea rdi, [rel L122]
    lea rdi, [rel L124]
    lea r8, [rel L122]
    lea r8, [rel L124]
    lea r9, [rel L122]
    lea r9, [rel L124]
    lea r10, [rel L122]
    lea r10, [rel L124]
    lea r11, [rel L122]
    lea r11, [rel L124]
    lea r12, [rel L122]
    lea r12, [rel L124]
    lea r13, [rel L122]
    lea r13, [rel L124]
    lea r14, [rel L122]
    lea r14, [rel L124]
    lea r15, [rel L122]
    lea r15, [rel L124]
L124:
    jmp short L125
    jne short L125
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
L125:
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    jmp short L125
    jmp near L125
    je near L125
L126:
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    nop
    je short L126
    call 0x400000
    call 0x412345
    call 0x8042f00b
    call 0x400100
    mov r11, 0x123456789abc
    call r11
    mov ecx, 0x8042f023
    call rcx
    ret
    syscall
    int3
    nop
    db 1, 2, 255
    align 16
    align 16
