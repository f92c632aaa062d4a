# mk/arm64-host.mk: on arm64 Linux, `make -C NN-name TARGET` means the
# chapter's arm64 twin (NN-name/arm64/), so a reader there types the same
# commands as everyone else. A chapter with no twin is about x86-64 machine
# code: it says so in one line. mk/chapter.mk includes this file instead of its
# own rules when this machine is AArch64 (HOST_ARCH, from uname -m).
.PHONY: all run check dis clean exercises solutions
.DEFAULT_GOAL := all
ifneq ($(wildcard arm64/Makefile),)
all run check dis clean:
	@$(MAKE) -C arm64 $@
exercises solutions:
	@echo "$(notdir $(CURDIR)): the exercises are for x86-64; the arm64 twin has its own in arm64/README.md"
else
all run check dis exercises solutions:
	@echo "$(notdir $(CURDIR)): x86-64 only: its machine code is x86's (README.md, 'On arm64', says what carries over)"
clean: ;
endif
