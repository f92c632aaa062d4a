# The workbook's top-level Makefile: build, tour and check every chapter.
# A chapter is any NN-name/ folder with a Makefile; they run in numeric order.
# Paths are relative (ROOT is "."), so a clone under "My Workshop/" works.

CHAPTERS := $(patsubst %/Makefile,%,$(sort $(wildcard [0-9][0-9]-*/Makefile)))

# How many repo-wide checks check-all runs after the chapters (tests/lint.sh,
# tests/checks.sh and the root README): tests/check-all fails if fewer run.
CHECKS := 78

ROOT := .
include mk/tools.mk
include mk/mdwe.mk

.PHONY: all tour check-all sanitize bench clean
all:
	@for c in $(CHAPTERS); do $(MAKE) -s -C $$c all || exit 1; done

# Run every chapter in order, each under a heading taken from its README's title.
tour: all
	@for c in $(CHAPTERS); do \
	  printf '\n== %s   (make -C %s run)\n' "$$(sed -n '1s/^# *//p' $$c/README.md)" "$$c"; \
	  $(MAKE) -s -C $$c run || exit 1; \
	done

# Every chapter's checks and the repo-wide ones; the last line is the count.
check-all: tools/mdwe
	@tests/check-all $(CHAPTERS)

# check-all again with AddressSanitizer and UBSan (SANITIZE_CFLAGS), in a
# scratch copy of the tree, so that your own build is left as it is.
sanitize:
	@tests/sanitize

clean:
	@for c in $(CHAPTERS); do $(MAKE) -s -C $$c clean; done
	rm -f tools/mdwe tools/.build-flags

# Long measurements, kept out of check-all: every chapter that has a bench target.
bench: all
	@for c in $(CHAPTERS); do \
	  if grep -q '^bench:' $$c/Makefile; then $(MAKE) -s -C $$c bench || exit 1; fi; \
	done
