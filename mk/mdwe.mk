# mk/mdwe.mk: how tools/mdwe is built. Included by the top-level Makefile (so
# check-all builds it once, before chapters run side by side) and mk/chapter.mk.
# It follows CC (tools/.build-flags, rewritten only when CC changes), not
# CFLAGS: it is the harness's tool, the same under every chapter's flags.
MDWE_FLAGS = $(CC) -std=c11 -Wall -Wextra -Werror -O2
$(ROOT)/tools/.build-flags: FORCE
	@printf '%s\n' '$(subst ','\'',$(MDWE_FLAGS))' | cmp -s - $@ 2> /dev/null \
	  || printf '%s\n' '$(subst ','\'',$(MDWE_FLAGS))' > $@
$(ROOT)/tools/mdwe: $(ROOT)/tools/mdwe.c $(ROOT)/tools/.build-flags
	$(MDWE_FLAGS) -o $@ $<
.PHONY: FORCE
