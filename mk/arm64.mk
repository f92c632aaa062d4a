# mk/arm64.mk: the build plumbing of the arm64 chapters (NN-name/arm64/), the
# AArch64 twin of mk/chapter.mk. Set PROG and include this file.
#
#   PROG.c  -> PROG   a C program (with lib/helpers.c); LINK_S lists .s files linked in
#   PROG.s  -> PROG   a GNU as program linked with ld alone (chapter 00)
#   other *.s         snippets whose words the C program holds; `make dis` prints
#                     them with tools/asm2bytes, tests/check-bytes compares them
#
# On arm64 Linux everything is native. On x86-64 the programs are built with the
# cross tools (gcc-aarch64-linux-gnu, binutils-aarch64-linux-gnu), linked
# statically, and run under qemu-user (qemu-aarch64); RUN says how to start one.

# (:=, so a ROOT in your environment is not taken.)
ROOT := ../..
include $(ROOT)/mk/tools.mk

ifeq ($(shell uname -m),aarch64)
A64      :=
RUN      :=
A64_LINK :=
else
A64      := aarch64-linux-gnu-
RUN      := qemu-aarch64
A64_LINK := -static
endif
# clang cross-compiles with a target; gcc needs its cross build.
ifneq ($(filter clang%,$(notdir $(CC))),)
A64_CC ?= $(if $(A64),$(CC) --target=aarch64-linux-gnu,$(CC))
else
A64_CC ?= $(if $(A64),$(A64)gcc,$(CC))
endif
export RUN

CFLAGS   ?= -O2 -g
# No sanitizers here: a static cross build under qemu has no sanitizer runtime.
A64_CFLAGS := $(filter-out -fsanitize=% -fno-sanitize=%,$(CFLAGS))
WARN     := -Wall -Wextra -Werror
ASM2BYTES := $(ROOT)/tools/asm2bytes
SNIPPETS ?= $(sort $(filter-out $(PROG).s $(LINK_S),$(wildcard *.s)))
HELPERS  := $(ROOT)/lib/helpers.c

.PHONY: all run check dis clean need-arm64 FORCE
.DEFAULT_GOAL := all
all: need-arm64 $(PROG) $(ROOT)/tools/mdwe
include $(ROOT)/mk/mdwe.mk

# One line, naming the packages, when this machine cannot build or run arm64 code.
need-arm64:
	@command -v $(firstword $(A64_CC)) > /dev/null || { echo "$(firstword $(A64_CC)) not found: install it with 'sudo apt-get install gcc-aarch64-linux-gnu'"; exit 1; }
	@[ -z "$(RUN)" ] || command -v $(RUN) > /dev/null || { echo "$(RUN) not found: install it with 'sudo apt-get install qemu-user'"; exit 1; }

# The flags stamp, as in mk/chapter.mk: a new compiler or CFLAGS rebuilds.
BUILD_FLAGS = $(strip $(A64_CC) -std=c11 $(WARN) $(A64_CFLAGS) $(A64_LINK))
.build-flags: FORCE
	@printf '%s\n' '$(subst ','\'',$(BUILD_FLAGS))' | cmp -s - $@ 2> /dev/null \
	  || printf '%s\n' '$(subst ','\'',$(BUILD_FLAGS))' > $@

ifneq ($(wildcard $(PROG).c),)
$(PROG): $(PROG).c $(LINK_S:.s=.o) $(EXTRA_SRC) $(HELPERS) $(ROOT)/lib/helpers.h .build-flags
	$(A64_CC) -std=c11 $(WARN) $(A64_CFLAGS) -I$(ROOT)/lib $(A64_LINK) -o $@ $(PROG).c $(EXTRA_SRC) $(HELPERS) $(LINK_S:.s=.o)
else
$(PROG): $(PROG).o
	$(A64)ld -o $@ $<
endif

%.o: %.s
	$(A64)as -g -o $@ $<

run: all
	$(RUN) ./$(PROG) $(RUN_ARGS)

check:
	@$(ROOT)/tests/run-chapter .

# Each snippet's words (one 4-byte instruction a line), and for an asm program
# its disassembly.
dis: all
	@for s in $(SNIPPETS); do echo "== $$s"; $(ASM2BYTES) $$s || exit 1; done
ifeq ($(wildcard $(PROG).c),)
	$(A64)objdump -d $(PROG)
endif

clean:
	rm -f $(PROG) *.o .build-flags core core.[0-9]* qemu_*.core $(CLEAN)
