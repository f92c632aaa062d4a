# mk/chapter.mk: the build plumbing every chapter shares, so a chapter's own
# Makefile is a few lines. Set PROG (the program's name) and include this file.
#
#   PROG.c    -> PROG   a C program; LINK_ASM lists .asm files linked into it,
#                       EXTRA_SRC more C files, EXTRA_CFLAGS and LDLIBS extra flags
#   PROG.asm  -> PROG   a NASM program linked with ld alone (chapter 00)
#   other *.asm         snippets whose bytes the C program shows; `make dis` prints
#                       them with tools/asm2bytes, tests/check-bytes compares them
#
# Targets: all, run (RUN_ARGS are passed on), check, dis, clean.

ROOT := $(abspath $(dir $(lastword $(MAKEFILE_LIST)))/..)
include $(ROOT)/mk/tools.mk

CSTD     ?= -std=c11
CFLAGS   ?= -O2 -g
WARN     := -Wall -Wextra -Werror
NASM     ?= nasm
ASM2BYTES := $(ROOT)/tools/asm2bytes
SNIPPETS ?= $(sort $(filter-out $(PROG).asm $(LINK_ASM),$(wildcard *.asm)))

.PHONY: all run check dis clean
.DEFAULT_GOAL := all
all: $(PROG) $(ROOT)/tools/mdwe

# tools/mdwe runs a command the way a hardened kernel would (see tools/mdwe.c).
include $(ROOT)/mk/mdwe.mk

ifneq ($(wildcard $(PROG).c),)
# Every C program links lib/helpers.c (errno names, checked writes, maps lookups).
HELPERS := $(ROOT)/lib/helpers.c
$(PROG): $(PROG).c $(LINK_ASM:.asm=.o) $(EXTRA_SRC) $(EXTRA_DEPS) $(HELPERS) $(ROOT)/lib/helpers.h
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
	@$(ROOT)/tests/run-chapter $(CURDIR)

# The machine code of the chapter: each snippet's bytes, and for an asm program
# its disassembly. A chapter may add its own prerequisites to `dis`.
dis: $(PROG)
	@for s in $(SNIPPETS); do echo "== $$s"; $(ASM2BYTES) $$s || exit 1; done
ifeq ($(wildcard $(PROG).c),)
	objdump -d -M intel $(PROG)
endif

clean:
	rm -f $(PROG) *.o $(CLEAN)

# Exercises (tests/exercises says how they work). `make exercises` checks the
# learner's copies and gives the next hint; `make solutions` proves each
# exercise real: the starter fails its check, the solution passes, a near miss fails.
.PHONY: exercises solutions
exercises: $(ROOT)/tools/mdwe
	@CC="$(CC)" CFLAGS="$(CFLAGS)" $(ROOT)/tests/exercises learn .
solutions: $(ROOT)/tools/mdwe
	@CC="$(CC)" CFLAGS="$(CFLAGS)" $(ROOT)/tests/exercises prove .
