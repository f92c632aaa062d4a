# seejit.gdb: the settings of the README's gdb runs (gdb -x seejit.gdb ...).
set disassembly-flavor intel
# tick's and main's arguments print differently in -O0 and -O2 builds: hide them.
set print frame-arguments none
# A breakpoint on JIT'd code by name waits until the code is registered.
set breakpoint pending on
