# 01-vm-maps/vm-maps.gdb: stop vm-maps at main and show the process's mappings
# and main's machine code. Run by `make gdb`, i.e.
#     gdb -q -nx -batch -x vm-maps.gdb ./vm-maps
# gdb turns ASLR off for the programs it starts, so the addresses you see here
# are the same every run (0x5555555xxxxx for the program on x86-64 Linux).

set pagination off
set confirm off
set disassembly-flavor intel

# Stop at the first instruction of main, before it has printed anything.
break main
run

# The same table as /proc/PID/maps: start, end, size, file offset, perms, file.
info proc mappings

# main's machine code, with its addresses; "=>" marks where we stopped.
disassemble
