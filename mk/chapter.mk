# mk/chapter.mk: the build plumbing every chapter shares, so a chapter's own
# Makefile is a few lines. Set PROG (the program's name) and include this file.
#
#   PROG.c    -> PROG   a C program; LINK_ASM lists .asm files linked into it,
#                       EXTRA_SRC more C files, EXTRA_CFLAGS and LDLIBS extra flags
#   PROG.asm  -> PROG   a NASM program linked with ld alone (chapter 00)
#   other *.asm         snippets whose bytes the C program shows; `make dis` prints
#                       them with tools/asm2bytes, tests/check-bytes compares them
#   PROG.gdb            a gdb script: `make gdb` runs it (mk/gdb.mk)
#
# Targets: all, run (RUN_ARGS are passed on), check, dis, gdb, clean.
#
# Paths are relative (chapters sit one level below the root), never $(CURDIR):
# make cannot take a path with a space as a target or prerequisite, and a
# reader's clone may well live in "My Workshop/".

# Chapters sit one level below the root. (:=, so a ROOT in your environment is not taken.)
ROOT := ..

# On arm64 Linux, `make -C NN-name ...` means the chapter's arm64 twin, or one
# line saying the chapter is x86-64 only (mk/arm64-host.mk). The rest of this
# file is the x86-64 chapter.
HOST_ARCH ?= $(shell uname -m)
ifeq ($(HOST_ARCH),aarch64)
include $(ROOT)/mk/arm64-host.mk
else

include $(ROOT)/mk/tools.mk

CSTD     ?= -std=c11
CFLAGS   ?= -O2 -g
WARN     := -Wall -Wextra -Werror
NASM     ?= nasm
ASM2BYTES := $(ROOT)/tools/asm2bytes
SNIPPETS ?= $(sort $(filter-out $(PROG).asm $(LINK_ASM),$(wildcard *.asm)))

.PHONY: all run check dis clean FORCE
.DEFAULT_GOAL := all
all: $(PROG) $(ROOT)/tools/mdwe

# tools/mdwe runs a command the way a hardened kernel would (see tools/mdwe.c).
include $(ROOT)/mk/mdwe.mk

# The flags stamp: .build-flags holds the compiler and flags of the last build
# and is rewritten only when they change, so `make CC=gcc` after a clang build,
# or a new CFLAGS, rebuilds the program instead of calling the old one good.
BUILD_FLAGS = $(strip $(CC) $(CSTD) $(WARN) $(CFLAGS) $(EXTRA_CFLAGS) $(LDLIBS))
.build-flags: FORCE
	@printf '%s\n' '$(subst ','\'',$(BUILD_FLAGS))' | cmp -s - $@ 2> /dev/null \
	  || printf '%s\n' '$(subst ','\'',$(BUILD_FLAGS))' > $@

ifneq ($(wildcard $(PROG).c),)
# Every C program links lib/helpers.c (errno names, checked writes, maps lookups).
HELPERS := $(ROOT)/lib/helpers.c
$(PROG): $(PROG).c $(LINK_ASM:.asm=.o) $(EXTRA_SRC) $(EXTRA_DEPS) $(HELPERS) $(ROOT)/lib/helpers.h .build-flags
	$(CC) $(CSTD) $(WARN) $(CFLAGS) -I$(ROOT)/lib $(EXTRA_CFLAGS) -o $@ $(PROG).c $(EXTRA_SRC) $(HELPERS) $(LINK_ASM:.asm=.o) $(LDLIBS)
else
$(PROG): $(PROG).o
	ld -o $@ $<
endif

%.o: %.asm
	$(NASM) -f elf64 -g -o $@ $<

run: $(PROG)
	./$(PROG) $(RUN_ARGS)

check:
	@$(ROOT)/tests/run-chapter .

# The machine code of the chapter: each snippet's bytes, and for an asm program
# its disassembly. A chapter may add its own prerequisites to `dis`.
dis: $(PROG)
	@for s in $(SNIPPETS); do echo "== $$s"; $(ASM2BYTES) $$s || exit 1; done
ifeq ($(wildcard $(PROG).c),)
	objdump -d -M intel $(PROG)
endif

include $(ROOT)/mk/gdb.mk

# core files: left by a crash under `ulimit -c unlimited` (02 and 06 crash on purpose).
clean:
	rm -f $(PROG) *.o .build-flags core core.[0-9]* $(CLEAN)

# Exercises (tests/exercises says how they work). `make exercises` checks the
# learner's copies and gives the next hint; `make solutions` proves each
# exercise real: the starter fails its check, the solution passes, a near miss fails.
.PHONY: exercises solutions
exercises: $(ROOT)/tools/mdwe
	@CC="$(CC)" CFLAGS="$(CFLAGS)" $(ROOT)/tests/exercises learn .
solutions: $(ROOT)/tools/mdwe
	@CC="$(CC)" CFLAGS="$(CFLAGS)" $(ROOT)/tests/exercises prove .

endif # HOST_ARCH
