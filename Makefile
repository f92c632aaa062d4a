# The workbook's top-level Makefile: build, tour and check every chapter.
# A chapter is any NN-name/ folder with a Makefile; they run in numeric order.

CHAPTERS := $(patsubst %/Makefile,%,$(sort $(wildcard [0-9][0-9]-*/Makefile)))

ROOT := $(CURDIR)
include mk/tools.mk
include mk/mdwe.mk

.PHONY: all tour check-all bench clean progress doctor
all:
	@for c in $(CHAPTERS); do $(MAKE) -s -C $$c all || exit 1; done

# Run every chapter in order, each under a heading taken from its README's title.
tour: all
	@for c in $(CHAPTERS); do \
	  printf '\n== %s   (make -C %s run)\n' "$$(sed -n '1s/^# *//p' $$c/README.md)" "$$c"; \
	  $(MAKE) -s -C $$c run || exit 1; \
	done

# Every chapter's checks and the repo-wide ones; the last line is the count.
check-all: $(ROOT)/tools/mdwe
	@tests/check-all $(CHAPTERS)

clean:
	@for c in $(CHAPTERS); do $(MAKE) -s -C $$c clean; done
	rm -f tools/mdwe

# Long measurements, kept out of check-all: every chapter that has a bench target.
bench: all
	@for c in $(CHAPTERS); do \
	  if grep -q '^bench:' $$c/Makefile; then $(MAKE) -s -C $$c bench || exit 1; fi; \
	done

# The learner's progress: one line per chapter, "NN: D of N exercises done".
progress: $(ROOT)/tools/mdwe
	@for c in $(CHAPTERS); do tests/exercises progress $$c; done

# Is this machine ready for the workbook? One line per item (tools/doctor).
doctor:
	@tools/doctor
