# mk/tools.mk: stop early, in one line, when a tool the workbook needs is missing.
# Included by the top-level Makefile and by mk/chapter.mk.

# need(COMMAND, DEBIAN PACKAGE, FEDORA PACKAGE): a one-line error naming the package.
need = $(if $(shell command -v $(1) 2>/dev/null),,$(error $(1) not found: install it with 'sudo apt-get install $(2)' (Fedora: 'sudo dnf install $(3)')))

# The package of the C compiler CC names: clang-19 -> clang-19, clang -> clang,
# gcc-12 -> gcc-12, cc or anything else -> gcc. Fedora has no versioned names.
CC_CMD := $(notdir $(firstword $(CC)))
CC_DEB := $(if $(filter clang% gcc%,$(CC_CMD)),$(CC_CMD),gcc)
CC_RPM := $(if $(filter clang%,$(CC_CMD)),clang,gcc)

ifneq ($(filter-out clean,$(or $(MAKECMDGOALS),all)),)
$(if $(filter aarch64,$(shell uname -m)),,$(call need,nasm,nasm,nasm))
$(call need,$(firstword $(CC)),$(CC_DEB),$(CC_RPM))
$(call need,ld,binutils,binutils)
$(call need,objdump,binutils,binutils)
$(call need,readelf,binutils,binutils)
endif
