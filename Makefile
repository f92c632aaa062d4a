# The workbook's top-level Makefile: build, tour and check every chapter.
# A chapter is any NN-name/ folder with a Makefile; they run in numeric order.
# Paths are relative (ROOT is "."), so a clone under "My Workshop/" works.

CHAPTERS := $(patsubst %/Makefile,%,$(sort $(wildcard [0-9][0-9]-*/Makefile)))
# The arm64 track: NN-name/arm64/, the chapters where the machine matters, for
# AArch64. On x86-64 they need a cross compiler and qemu-user (one SKIP each without).
ARM64 := $(patsubst %/Makefile,%,$(sort $(wildcard [0-9][0-9]-*/arm64/Makefile)))
HOST_ARCH ?= $(shell uname -m)
HAVE_ARM64 := $(if $(filter aarch64,$(HOST_ARCH)),yes,$(and $(shell command -v qemu-aarch64),$(shell command -v aarch64-linux-gnu-gcc),yes))

# How many repo-wide checks check-all runs after the chapters (tests/lint.sh,
# tests/checks.sh and the root README): tests/check-all fails if fewer run.
CHECKS := 87

ROOT := .
include mk/tools.mk
include mk/mdwe.mk

.PHONY: all tour check-all sanitize bench clean progress doctor
all:
	@for c in $(CHAPTERS); do $(MAKE) -s -C $$c all || exit 1; done

# Run every chapter in order, each under a heading taken from its README's title.
tour: all
	@for c in $(CHAPTERS); do \
	  printf '\n== %s   (make -C %s run)\n' "$$(sed -n '1s/^# *//p' $$c/README.md)" "$$c"; \
	  $(MAKE) -s -C $$c run || exit 1; \
	done
	@if [ "$(HOST_ARCH)" = aarch64 ]; then :; elif [ "$(HAVE_ARM64)" = yes ]; then \
	  for c in $(ARM64); do \
	    printf '\n== %s   (make -C %s run)\n' "$$(sed -n '1s/^# *//p' $$c/README.md)" "$$c"; \
	    $(MAKE) -s -C $$c run || exit 1; \
	  done; \
	else \
	  printf '\n== the arm64 chapters: skipped (they need qemu-user and gcc-aarch64-linux-gnu here)\n'; \
	fi

# On arm64 Linux the arm64 twins stand in for their chapters, and each x86-only
# chapter gives one SKIP line (tests/run-chapter).
# Every chapter's checks and the repo-wide ones; the last line is the count.
check-all: tools/mdwe
	@tests/check-all $(if $(filter aarch64,$(HOST_ARCH)),$(filter-out $(ARM64:/arm64=),$(CHAPTERS)) $(ARM64),$(CHAPTERS) $(ARM64))

# check-all again with AddressSanitizer and UBSan (SANITIZE_CFLAGS), in a
# scratch copy of the tree, so that your own build is left as it is.
sanitize:
	@tests/sanitize

clean:
	@for c in $(CHAPTERS) $(ARM64); do $(MAKE) -s -C $$c clean; done
	rm -f tools/mdwe tools/.build-flags

# Long measurements, kept out of check-all: every chapter that has a bench target.
bench: all
	@for c in $(CHAPTERS); do \
	  if grep -q '^bench:' $$c/Makefile; then $(MAKE) -s -C $$c bench || exit 1; fi; \
	done

# The learner's progress: one line per chapter, "NN: D of N exercises done".
progress:
	@for c in $(CHAPTERS); do tests/exercises progress $$c; done

# Is this machine ready for the workbook? One line per item (tools/doctor).
doctor:
	@tools/doctor
