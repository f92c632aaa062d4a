# tests/arm64.sh: sourced (after tests/lib.sh) by the checks.sh of an arm64
# chapter (NN-name/arm64/), which tests/run-chapter names "NN-name/arm64".
#   RUN    how to start an AArch64 program here: nothing on arm64 Linux,
#          qemu-aarch64 (qemu-user) on x86-64, as mk/arm64.mk does
#   A64    the prefix of the AArch64 tools: "" natively, "aarch64-linux-gnu-" across
#   trace CMD...   the system calls CMD makes, one a line, on stderr (qemu's
#          -strace under emulation, strace natively)
# shellcheck disable=SC2034  # used by the checks.sh that source this
if [ "$(uname -m)" = aarch64 ]; then
    RUN=() A64=""
    trace() { strace -f -qq "$@"; }
else
    RUN=(qemu-aarch64) A64=aarch64-linux-gnu-
    trace() { qemu-aarch64 -strace "$@"; }
fi
