/* 06-fixups/instruments.h: what fixups.c uses to show its work and to take
 * options, kept out of the lesson: option parsing, the hex dumps, the label
 * and fixup lines, --dump, the diagnosis of a refused mprotect, and the
 * --call-padding demonstration. All of it is in instruments.c. */
#ifndef FIXUPS_INSTRUMENTS_H
#define FIXUPS_INSTRUMENTS_H

#include <stdbool.h>

#include "helpers.h"
#include <stddef.h>
#include <stdint.h>

/* A label's position in the buffer, known once bound. */
struct label {
    size_t offset;              /* bytes from the start of the buffer */
    bool bound;                 /* false until label_bind gives it an offset */
};

/* What the command line asked for. */
struct options {
    size_t align;               /* --align N: the string starts at a multiple of N (1: no padding) */
    const char *dump_path;      /* --dump FILE: write the patched buffer there, or NULL */
    bool unbound_label;         /* --unbound-label: forget to bind msg */
    bool call_padding;          /* --call-padding: call the first padding byte */
};

/* parse_options: the options in ARGV; --help prints the usage and exits 0;
 * a bad argument is one line naming it, and exit 64. */
struct options parse_options(int argc, char **argv);

/* hexdump: print BUF's LEN bytes as hex and ASCII, 16 a row, with the 4-byte
 * displacement at each of the NMARKS offsets MARKS in [ ]. */
void hexdump(const unsigned char *buf, size_t len, const size_t *marks, size_t nmarks);

/* print_labels: "labels: msg = 0x1e, msg_end = 0x37" (or "msg not bound"). */
void print_labels(const char *const *names, const struct label *labels, int n);

/* show_fixup: one line for a patched fixup: where, to which label, the
 * subtraction, and the 4 bytes now stored at BYTES. */
void show_fixup(size_t at, const char *name, size_t target, size_t insn_end, int64_t disp,
                const unsigned char *bytes);

/* dump_buffer: write BUF's LEN bytes to PATH and say so on stdout. Exits 73
 * with one line if PATH cannot be created, 74 if it cannot be written. */
void dump_buffer(const unsigned char *buf, size_t len, const char *path);

/* die_mprotect: one line for a refused mprotect(PROT_READ|PROT_EXEC) with
 * errno ERR, naming the likely reason, and exit 70. */
_Noreturn void die_mprotect(int err);

/* call_padding: call the int3 at PAGE + AT instead of the code, to show that
 * padding traps. The process dies of SIGTRAP; it leaves no core file. */
_Noreturn void call_padding(const unsigned char *page, size_t at);


#endif
