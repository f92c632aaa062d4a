# mk/mdwe.mk: how tools/mdwe is built. Included by the top-level Makefile (so
# check-all builds it once, before chapters run side by side) and mk/chapter.mk.
$(ROOT)/tools/mdwe: $(ROOT)/tools/mdwe.c
	$(CC) -std=c11 -Wall -Wextra -Werror -O2 -o $@ $<
