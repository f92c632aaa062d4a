# 02-segfault-malloc/malloc-jit.gdb: look at the naive JIT's crash in gdb.
# Run it with `make gdb` (gdb -batch -x malloc-jit.gdb --args ./malloc-jit --crash).
set disassembly-flavor intel
run
# The signal as the kernel delivered it: si_code 2 is SEGV_ACCERR, 1 SEGV_MAPERR.
print $_siginfo.si_code
print $_siginfo._sifields._sigfault.si_addr
# Where the CPU stopped: the first instruction of the buffer, intact and readable.
x/2i $pc
# No function of the program or of any library holds that address.
info symbol $pc
# The caller, found from the return address the call pushed (the instruction
# after the call): main. (Not `backtrace`, whose frame #1 line depends on -g and -O.)
print $_caller_is("main")
# The mapping that holds the buffer (gdb 12 and later print the Perms column).
pipe info proc mappings | grep -e Perms -e '\[heap\]'
