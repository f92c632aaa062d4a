# mk/gdb.mk: `make gdb`, for a chapter that has a gdb script PROG.gdb. It runs
#     gdb -q -nx -batch -iex 'set debuginfod enabled off' -x PROG.gdb $(GDB_ARGS)
# (GDB_ARGS: ./PROG unless the chapter sets it, e.g. --args ./PROG --crash).
# gdb is optional: where it is missing, or cannot trace a process (ptrace
# blocked: a container, kernel.yama.ptrace_scope), one line says the target is
# skipped and why, and make succeeds. Included by mk/chapter.mk.
ifneq ($(wildcard $(PROG).gdb),)
GDB      ?= gdb
GDB_ARGS ?= ./$(PROG)
.PHONY: gdb
gdb: $(PROG)
	@if ! command -v $(GDB) > /dev/null 2>&1; then \
	  echo "make gdb: skipped: $(GDB) not found (install it with 'sudo apt-get install gdb', Fedora: 'sudo dnf install gdb')"; \
	elif ! LC_ALL=C $(GDB) -q -nx -batch -iex 'set debuginfod enabled off' -ex run /bin/true 2>&1 | grep -q 'exited normally'; then \
	  echo "make gdb: skipped: $(GDB) cannot trace a process here (ptrace is blocked: a container, or kernel.yama.ptrace_scope)"; \
	else \
	  $(GDB) -q -nx -batch -iex 'set debuginfod enabled off' -x $(PROG).gdb $(GDB_ARGS); \
	fi
endif
