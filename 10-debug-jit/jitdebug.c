/* jitdebug.c: the perf map, the ELF object that describes JIT'd code, and
 * GDB's JIT interface (see jitdebug.h). The object is written by hand, in
 * the order it sits in the file:
 *
 *   ELF header      64 bytes: "this is an x86-64 relocatable object"
 *   section headers 64 bytes per section: its name, type, place in the file, address
 *   .text           a copy of the code (or none); its header says where it really is
 *   .symtab         one STT_FUNC symbol per named range
 *   .strtab         the symbols' names
 *   .shstrtab       the sections' names
 *   .debug_abbrev   DWARF: the shape of each entry in .debug_info
 *   .debug_line     DWARF: code address -> source line, as a tiny program
 *   .debug_frame    DWARF: how to find the caller's frame at every address
 *   .debug_info     DWARF: one compile unit (the source file), one subprogram per range
 *
 * (ELF lets the section header table sit anywhere; right after the header it
 * is at byte 64 whatever the sections hold. .debug_info, which holds the
 * folder's path, comes last so that the rest sits at the same offsets in
 * every checkout.)
 *
 * The ELF structures come from <elf.h> (glibc's header, no library). The
 * DWARF numbers are defined below, each with its name from the DWARF 4
 * standard, so that you can look them up.
 */
#define _GNU_SOURCE
#include "jitdebug.h"

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <time.h>
#include <unistd.h>

/* ======================================================================== */
/* perf: /tmp/perf-PID.map                                                   */
/* ======================================================================== */

/* The map's path for this process: /tmp/perf-PID.map. */
void jd_perf_map_path(char *buf, size_t size)
{
    snprintf(buf, size, "/tmp/perf-%ld.map", (long)getpid());
}

/* Append a "START SIZE NAME" line per range to the map; 0, or -1 with errno. */
int jd_perf_map_add(const JdCode *c)
{
    char path[64];
    jd_perf_map_path(path, sizeof path);
    FILE *f = fopen(path, "a");
    if (!f) return -1;
    /* perf reads "START SIZE NAME": start and size in hex without 0x. */
    for (size_t i = 0; i < c->nranges; i++)
        fprintf(f, "%llx %x %s\n", (unsigned long long)(c->addr + c->ranges[i].start),
                c->ranges[i].end - c->ranges[i].start, c->ranges[i].name);
    int err = ferror(f) ? (errno ? errno : EIO) : 0;
    if (fclose(f) != 0 && !err) err = errno;
    if (err) { errno = err; return -1; }
    return 0;
}

/* Remove this process's map; 0, or -1 with errno. */
int jd_perf_map_remove(void)
{
    char path[64];
    jd_perf_map_path(path, sizeof path);
    return unlink(path);
}

/* ======================================================================== */
/* A growing byte buffer, little-endian, and DWARF's variable-length numbers */
/* ======================================================================== */

typedef struct Buf {
    uint8_t *p;
    size_t len, cap;
    bool failed;          /* out of memory at some point: the result is useless */
} Buf;

/* Append n bytes (or n zero bytes when data is NULL). */
static void put(Buf *b, const void *data, size_t n)
{
    if (b->failed) return;
    if (b->len + n > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n) cap *= 2;
        uint8_t *p = realloc(b->p, cap);
        if (!p) { b->failed = true; return; }
        b->p = p;
        b->cap = cap;
    }
    if (data) memcpy(b->p + b->len, data, n);
    else memset(b->p + b->len, 0, n);
    b->len += n;
}

/* Append a little-endian integer of 1, 2, 4 or 8 bytes. */
static void put_le(Buf *b, uint64_t v, int bytes)
{
    uint8_t le[8];
    for (int i = 0; i < bytes; i++) le[i] = (uint8_t)(v >> (8 * i));
    put(b, le, (size_t)bytes);
}
/* One, two, four or eight bytes, little-endian. */
static void u8(Buf *b, uint64_t v)  { put_le(b, v, 1); }
static void u16(Buf *b, uint64_t v) { put_le(b, v, 2); }
static void u32(Buf *b, uint64_t v) { put_le(b, v, 4); }
static void u64(Buf *b, uint64_t v) { put_le(b, v, 8); }

/* Append a NUL-terminated string, NUL included. */
static void str(Buf *b, const char *s) { put(b, s, strlen(s) + 1); }

/* ULEB128: 7 bits at a time, low bits first; bit 7 set means "more follows".
 * 624485 = 0x98765 -> e5 8e 26. */
static void uleb(Buf *b, uint64_t v)
{
    do {
        uint8_t byte = v & 0x7f;
        v >>= 7;
        if (v) byte |= 0x80;
        u8(b, byte);
    } while (v);
}

/* SLEB128: the same for a signed number; stop when the rest is all sign bits
 * and bit 6 of the last byte agrees with the sign. -8 -> 78. */
static void sleb(Buf *b, int64_t v)
{
    for (;;) {
        uint8_t byte = v & 0x7f;
        v >>= 7;                     /* arithmetic shift: the sign stays */
        bool done = (v == 0 && !(byte & 0x40)) || (v == -1 && (byte & 0x40));
        u8(b, done ? byte : byte | 0x80);
        if (done) return;
    }
}

/* Write a 32-bit value at offset at (to fill in a length once it is known). */
static void patch32(Buf *b, size_t at, uint32_t v)
{
    if (b->failed) return;
    for (int i = 0; i < 4; i++) b->p[at + i] = (uint8_t)(v >> (8 * i));
}

/* Pad with zero bytes to a multiple of align. */
static void align_to(Buf *b, size_t align)
{
    while (b->len % align && !b->failed) u8(b, 0);
}

/* ======================================================================== */
/* perf: jitdump                                                             */
/* ======================================================================== */

/* The format is tools/perf/Documentation/jitdump-specification.txt in the
 * Linux source: a header, then records, each with its kind, its size and a
 * timestamp on the clock perf record -k mono uses (CLOCK_MONOTONIC). */
enum { JIT_CODE_LOAD = 0, JIT_CODE_DEBUG_INFO = 2, JIT_CODE_CLOSE = 3 };

/* Nanoseconds on CLOCK_MONOTONIC. */
static uint64_t mono_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

/* Write all of buf[0..n) to fd; 0, or -1 with errno. */
static int write_all(int fd, const void *buf, size_t n)
{
    const char *p = buf;
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w < 0) return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

/* Write a record: its 16-byte prefix (id, total size, timestamp), then body. */
static int write_record(JdDump *d, uint32_t id, const void *body, size_t len)
{
    struct { uint32_t id, total_size; uint64_t timestamp; } head = { id, (uint32_t)(16 + len), mono_ns() };
    if (write_all(d->fd, &head, sizeof head) != 0) return -1;
    return write_all(d->fd, body, len);
}

/* Create DIR/jit-PID.dump, write the header, map it (see jitdebug.h). */
int jd_jitdump_open(JdDump *d, const char *dir)
{
    char path[4200];
    snprintf(path, sizeof path, "%s/jit-%ld.dump", dir, (long)getpid());
    *d = (JdDump){ .fd = open(path, O_CREAT | O_TRUNC | O_RDWR, 0644) };
    if (d->fd < 0) return -1;
    struct {
        uint32_t magic, version, total_size, elf_mach, pad1, pid;
        uint64_t timestamp, flags;
    } head = { 0x4A695444, 1, 40, EM_X86_64, 0, (uint32_t)getpid(), mono_ns(), 0 };
    /* "JiTD" read as a little-endian number: perf uses it to tell the byte order. */
    if (write_all(d->fd, &head, sizeof head) != 0) goto fail;
    /* perf record keeps the mmap events of executable mappings; this one is
     * how perf inject later finds the file. Nothing runs from it. */
    d->marker_len = (size_t)sysconf(_SC_PAGESIZE);
    d->marker = mmap(NULL, d->marker_len, PROT_READ | PROT_EXEC, MAP_PRIVATE, d->fd, 0);
    if (d->marker == MAP_FAILED) goto fail;
    return 0;
fail:;
    int err = errno;
    close(d->fd);
    d->fd = -1;
    errno = err;
    return -1;
}

/* Append c's line table and its load record (see jitdebug.h). */
int jd_jitdump_add(JdDump *d, const JdCode *c)
{
    if (c->nranges == 0) return 0;
    /* The debug info first: perf inject attaches it to the load that follows. */
    Buf b = { 0 };
    /* perf inject makes the last entry the end of its line table, so one
     * more entry, one byte past the code, keeps the last row. */
    u64(&b, c->addr);
    u64(&b, c->nlines ? c->nlines + 1 : 0);
    for (size_t i = 0; i <= c->nlines && c->nlines; i++) {
        const JdLine *row = &c->lines[i < c->nlines ? i : i - 1];
        u64(&b, c->addr + (i < c->nlines ? row->at : c->size));
        u32(&b, row->line);
        u32(&b, 0);                        /* discriminator */
        str(&b, c->source);
    }
    int ok = !b.failed && write_record(d, JIT_CODE_DEBUG_INFO, b.p, b.len) == 0;
    b.len = 0;
    /* The load: pid, tid, where it runs, where the code is, its size, an index, name, code. */
    u32(&b, (uint32_t)getpid());
    u32(&b, (uint32_t)gettid());
    u64(&b, c->addr);
    u64(&b, c->addr);
    u64(&b, c->size);
    u64(&b, d->next_index++);
    str(&b, c->ranges[0].name);
    put(&b, c->bytes ? c->bytes : (const uint8_t *)(uintptr_t)c->addr, c->size);
    ok = ok && !b.failed && write_record(d, JIT_CODE_LOAD, b.p, b.len) == 0;
    int err = errno;
    free(b.p);
    if (!ok) { errno = b.failed ? ENOMEM : err; return -1; }
    return 0;
}

/* Append the close record, unmap and close the file. */
int jd_jitdump_close(JdDump *d)
{
    int r = write_record(d, JIT_CODE_CLOSE, NULL, 0);
    if (munmap(d->marker, d->marker_len) != 0) r = -1;
    if (close(d->fd) != 0) r = -1;
    d->fd = -1;
    return r;
}

/* ======================================================================== */
/* DWARF 4 numbers (the standard's names; section 7 of DWARF 4 has them all) */
/* ======================================================================== */

enum {
    /* Tags: what an entry in .debug_info describes. */
    DW_TAG_compile_unit = 0x11, DW_TAG_subprogram = 0x2e,
    DW_CHILDREN_no = 0, DW_CHILDREN_yes = 1,
    /* Attributes: the facts about it... */
    DW_AT_name = 0x03, DW_AT_stmt_list = 0x10, DW_AT_low_pc = 0x11, DW_AT_high_pc = 0x12,
    DW_AT_comp_dir = 0x1b, DW_AT_producer = 0x25, DW_AT_decl_file = 0x3a, DW_AT_decl_line = 0x3b,
    /* ...and the forms they are written in. */
    DW_FORM_addr = 0x01, DW_FORM_data4 = 0x06, DW_FORM_string = 0x08, DW_FORM_data1 = 0x0b,
    DW_FORM_sec_offset = 0x17,
    /* The line program's opcodes (standard ones, then extended ones after a 0). */
    DW_LNS_copy = 0x01, DW_LNS_advance_pc = 0x02, DW_LNS_advance_line = 0x03,
    DW_LNS_set_column = 0x05,
    DW_LNE_end_sequence = 0x01, DW_LNE_set_address = 0x02,
    /* Call frame instructions. The first three carry an operand in their low 6 bits. */
    DW_CFA_advance_loc = 0x40, DW_CFA_offset = 0x80, DW_CFA_restore = 0xc0,
    DW_CFA_nop = 0x00, DW_CFA_advance_loc1 = 0x02, DW_CFA_advance_loc2 = 0x03,
    DW_CFA_advance_loc4 = 0x04, DW_CFA_remember_state = 0x0a, DW_CFA_restore_state = 0x0b,
    DW_CFA_def_cfa = 0x0c, DW_CFA_def_cfa_register = 0x0d, DW_CFA_def_cfa_offset = 0x0e,
};

/* ---- .debug_abbrev and .debug_info -------------------------------------- */

/* Abbreviation codes: the entries in .debug_info start with one of these. */
enum { ABBREV_CU = 1, ABBREV_FUNC = 2 };

/* .debug_abbrev: the list of attributes (name, form) each kind of entry has,
 * so that .debug_info can hold the values alone. */
static void write_debug_abbrev(Buf *b)
{
    uleb(b, ABBREV_CU); uleb(b, DW_TAG_compile_unit); u8(b, DW_CHILDREN_yes);
    uleb(b, DW_AT_producer);  uleb(b, DW_FORM_string);
    uleb(b, DW_AT_name);      uleb(b, DW_FORM_string);
    uleb(b, DW_AT_comp_dir);  uleb(b, DW_FORM_string);
    uleb(b, DW_AT_low_pc);    uleb(b, DW_FORM_addr);
    uleb(b, DW_AT_high_pc);   uleb(b, DW_FORM_data4);     /* a length: DWARF 4 allows it */
    uleb(b, DW_AT_stmt_list); uleb(b, DW_FORM_sec_offset);
    uleb(b, 0); uleb(b, 0);

    uleb(b, ABBREV_FUNC); uleb(b, DW_TAG_subprogram); u8(b, DW_CHILDREN_no);
    uleb(b, DW_AT_name);      uleb(b, DW_FORM_string);
    uleb(b, DW_AT_decl_file); uleb(b, DW_FORM_data1);
    uleb(b, DW_AT_decl_line); uleb(b, DW_FORM_data4);
    uleb(b, DW_AT_low_pc);    uleb(b, DW_FORM_addr);
    uleb(b, DW_AT_high_pc);   uleb(b, DW_FORM_data4);
    uleb(b, 0); uleb(b, 0);
    uleb(b, 0);                                           /* end of the list */
}

/* The line of the first row at or after offset at (for a range's decl_line). */
static uint32_t line_at(const JdCode *c, uint32_t at)
{
    for (size_t i = 0; i < c->nlines; i++)
        if (c->lines[i].at >= at) return c->lines[i].line;
    return 0;
}

/* .debug_info: one compile unit (the source file and the whole code), with
 * one subprogram per named range inside it. */
static void write_debug_info(Buf *b, const JdCode *c)
{
    size_t start = b->len;
    u32(b, 0);                        /* unit_length, patched below */
    u16(b, 4);                        /* DWARF version 4 */
    u32(b, 0);                        /* its abbreviations are at .debug_abbrev + 0 */
    u8(b, 8);                         /* addresses are 8 bytes */

    uleb(b, ABBREV_CU);
    str(b, c->producer ? c->producer : "jitdebug.c");
    str(b, c->source);
    str(b, c->comp_dir);
    u64(b, c->addr);                  /* low_pc: the code's first byte */
    u32(b, c->size);                  /* high_pc: as a length */
    u32(b, 0);                        /* stmt_list: its line program is at .debug_line + 0 */

    for (size_t i = 0; i < c->nranges; i++) {
        const JdRange *r = &c->ranges[i];
        uleb(b, ABBREV_FUNC);
        str(b, r->name);
        u8(b, 1);                     /* decl_file: file 1 of the line program */
        u32(b, line_at(c, r->start));
        u64(b, c->addr + r->start);
        u32(b, r->end - r->start);
    }
    u8(b, 0);                         /* end of the compile unit's children */
    patch32(b, start, (uint32_t)(b->len - start - 4));
}

/* ---- .debug_line -------------------------------------------------------- */

/* .debug_line: a header, then a program for a small state machine whose
 * registers are (address, line, column). Each DW_LNS_copy appends a row
 * "from this address on, the code is this line and column" to the table
 * the debugger builds. Only the plain opcodes are used (no "special"
 * opcodes, which pack an address and a line step into one byte): one row
 * is 4 opcodes, easy to read in a hex dump. */
static void write_debug_line(Buf *b, const JdCode *c)
{
    size_t start = b->len;
    u32(b, 0);                        /* unit_length, patched below */
    u16(b, 4);                        /* version 4 */
    size_t header_length_at = b->len;
    u32(b, 0);                        /* header_length, patched below */
    size_t header_start = b->len;
    u8(b, 1);                         /* minimum_instruction_length */
    u8(b, 1);                         /* maximum_operations_per_instruction */
    u8(b, 1);                         /* default_is_stmt: every row is a statement */
    u8(b, (uint8_t)-5);               /* line_base      } for special opcodes, */
    u8(b, 14);                        /* line_range     } which this program never uses */
    u8(b, 13);                        /* opcode_base: opcodes 1..12 are standard */
    /* not machine code: how many operands DWARF's standard line opcodes 1..12 take */
    static const uint8_t operands[12] = { 0, 1, 1, 1, 1, 0, 0, 0, 1, 0, 0, 1 };
    put(b, operands, sizeof operands);/* how many operands each standard opcode takes */
    u8(b, 0);                         /* include_directories: none beyond comp_dir */
    str(b, c->source);                /* file 1: its name, */
    uleb(b, 0);                       /*   directory 0 (comp_dir), */
    uleb(b, 0); uleb(b, 0);           /*   no time, no size known */
    u8(b, 0);                         /* end of file_names */
    patch32(b, header_length_at, (uint32_t)(b->len - header_start));

    /* The program. It starts at line 1, column 0, address 0. */
    u8(b, 0); uleb(b, 9); u8(b, DW_LNE_set_address); u64(b, c->addr);
    uint32_t at = 0;
    int64_t line = 1;
    for (size_t i = 0; i < c->nlines; i++) {
        const JdLine *row = &c->lines[i];
        if (row->at != at) { u8(b, DW_LNS_advance_pc); uleb(b, row->at - at); at = row->at; }
        if (row->line != line) { u8(b, DW_LNS_advance_line); sleb(b, (int64_t)row->line - line); line = row->line; }
        u8(b, DW_LNS_set_column); uleb(b, row->col);
        u8(b, DW_LNS_copy);
    }
    /* The sequence ends one byte past the code. */
    u8(b, DW_LNS_advance_pc); uleb(b, c->size - at);
    u8(b, 0); uleb(b, 1); u8(b, DW_LNE_end_sequence);
    patch32(b, start, (uint32_t)(b->len - start - 4));
}

/* ---- .debug_frame ------------------------------------------------------- */

/* Move the CFI's location from *at to to (if to is after it). */
static void cfa_advance(Buf *b, uint32_t *at, uint32_t to)
{
    if (to <= *at) return;
    uint32_t d = to - *at;
    if (d < 64)          u8(b, DW_CFA_advance_loc | d);
    else if (d < 256)    { u8(b, DW_CFA_advance_loc1); u8(b, d); }
    else if (d < 65536)  { u8(b, DW_CFA_advance_loc2); u16(b, d); }
    else                 { u8(b, DW_CFA_advance_loc4); u32(b, d); }
    *at = to;
}

/* The rules of the prologue that starts at base: push rbp, mov rbp, rsp,
 * then the pushes of f->saved. */
static void prologue_rules(Buf *b, uint32_t *at, const JdFrame *f, uint32_t base)
{
    cfa_advance(b, at, base + f->after_push_rbp);      /* after push rbp: */
    u8(b, DW_CFA_def_cfa_offset); uleb(b, 16);         /*   CFA = rsp + 16 */
    u8(b, DW_CFA_offset | JD_RBP); uleb(b, 2);         /*   rbp saved at CFA-16 */
    cfa_advance(b, at, base + f->after_mov_rbp);       /* after mov rbp, rsp: */
    u8(b, DW_CFA_def_cfa_register); uleb(b, JD_RBP);   /*   CFA = rbp + 16, whatever rsp does */
    for (int i = 0; i < f->nsaved; i++) {              /* each push after that: */
        cfa_advance(b, at, base + f->saved[i].after);
        u8(b, DW_CFA_offset | f->saved[i].dwarf_reg);  /*   saved at CFA-24, CFA-32, ... */
        uleb(b, 3 + (uint64_t)i);
    }
}

/* .debug_frame: a CIE (what every function starts with) and one FDE (the
 * rules for this code, address by address). The rules say where the
 * caller's frame is: the CFA (canonical frame address) is the value rsp had
 * just before the call, so the return address is at CFA-8; then where each
 * saved register is, as CFA minus a multiple of 8 (the data alignment). */
static void write_debug_frame(Buf *b, const JdCode *c)
{
    /* The CIE. */
    size_t cie = b->len;
    u32(b, 0);                        /* length, patched below */
    u32(b, 0xffffffff);               /* CIE_id: this is a CIE, not an FDE */
    u8(b, 4);                         /* version 4 */
    u8(b, 0);                         /* augmentation: "" */
    u8(b, 8);                         /* address_size */
    u8(b, 0);                         /* segment_selector_size */
    uleb(b, 1);                       /* code_alignment_factor: advances count bytes */
    sleb(b, -8);                      /* data_alignment_factor: offsets count -8 bytes */
    uleb(b, JD_RIP);                  /* the return address is "register" 16 */
    /* At a function's first instruction: CFA = rsp + 8, return address at CFA-8. */
    u8(b, DW_CFA_def_cfa); uleb(b, JD_RSP); uleb(b, 8);
    u8(b, DW_CFA_offset | JD_RIP); uleb(b, 1);
    align_to(b, 8);                   /* (zero bytes are DW_CFA_nop) */
    patch32(b, cie, (uint32_t)(b->len - cie - 4));

    /* The FDE: the whole code. */
    const JdFrame *f = &c->frame;
    size_t fde = b->len;
    u32(b, 0);                        /* length, patched below */
    u32(b, (uint32_t)cie);            /* CIE_pointer: its CIE's offset in .debug_frame */
    u64(b, c->addr);                  /* initial_location */
    u64(b, c->size);                  /* address_range */
    uint32_t at = 0;
    prologue_rules(b, &at, f, 0);
    bool more = f->ret_at + 1 < c->size;               /* code after the ret? */
    cfa_advance(b, &at, f->ret_at);                    /* at the ret, after pop rbp: */
    if (more) u8(b, DW_CFA_remember_state);            /*   (keep the body's rules) */
    u8(b, DW_CFA_def_cfa); uleb(b, JD_RSP); uleb(b, 8);/*   CFA = rsp + 8 again */
    u8(b, DW_CFA_restore | JD_RBP);                    /*   rbp, rbx... are the caller's */
    for (int i = 0; i < f->nsaved; i++) u8(b, DW_CFA_restore | f->saved[i].dwarf_reg);
    if (more) {                                        /* after the ret: */
        cfa_advance(b, &at, f->ret_at + 1);
        u8(b, DW_CFA_restore_state);                   /*   the frame as in the body */
    }
    if (f->entry2_at > f->ret_at) {                    /* the second entry: */
        cfa_advance(b, &at, f->entry2_at);
        u8(b, DW_CFA_def_cfa); uleb(b, JD_RSP); uleb(b, 8);/*   as at the first instruction */
        u8(b, DW_CFA_restore | JD_RBP);
        for (int i = 0; i < f->nsaved; i++) u8(b, DW_CFA_restore | f->saved[i].dwarf_reg);
        prologue_rules(b, &at, f, f->entry2_at);       /*   then its prologue, as the first's */
    }
    align_to(b, 8);
    patch32(b, fde, (uint32_t)(b->len - fde - 4));
}

/* ======================================================================== */
/* The ELF object                                                            */
/* ======================================================================== */

/* The sections, in file order; their index is their number in the section
 * header table (0 is the null section every ELF file starts with). */
enum { SEC_NULL, SEC_TEXT, SEC_SYMTAB, SEC_STRTAB, SEC_SHSTRTAB, SEC_ABBREV, SEC_LINE,
       SEC_FRAME, SEC_INFO, SEC_COUNT };
static const char *const section_name[SEC_COUNT] = {
    "", ".text", ".symtab", ".strtab", ".shstrtab", ".debug_abbrev", ".debug_line",
    ".debug_frame", ".debug_info",
};

/* The ELF object describing c, malloc'd (its length in *size), or NULL when out of memory. */
uint8_t *jd_elf_build(const JdCode *c, size_t *size)
{
    Buf body[SEC_COUNT] = { { 0 } };   /* each section's contents, built apart */

    if (c->bytes) put(&body[SEC_TEXT], c->bytes, c->size);

    /* .strtab and .symtab. Symbol 0 is all zeros; then the file's name
     * (STT_FILE), then one function per range. All are local: ELF puts the
     * locals first, and sh_info says where the globals would start. */
    Buf *strtab = &body[SEC_STRTAB], *symtab = &body[SEC_SYMTAB];
    u8(strtab, 0);                                     /* name offset 0 is "" */
    Elf64_Sym sym = { 0 };
    put(symtab, &sym, sizeof sym);
    sym.st_name = (Elf64_Word)strtab->len;
    str(strtab, c->source);
    sym.st_info = ELF64_ST_INFO(STB_LOCAL, STT_FILE);
    sym.st_shndx = SHN_ABS;
    put(symtab, &sym, sizeof sym);
    for (size_t i = 0; i < c->nranges; i++) {
        sym.st_name = (Elf64_Word)strtab->len;
        str(strtab, c->ranges[i].name);
        sym.st_info = ELF64_ST_INFO(STB_LOCAL, STT_FUNC);
        sym.st_other = STV_DEFAULT;
        sym.st_shndx = SEC_TEXT;
        sym.st_value = c->ranges[i].start;   /* in a relocatable object: the offset in .text */
        sym.st_size = c->ranges[i].end - c->ranges[i].start;
        put(symtab, &sym, sizeof sym);
    }

    write_debug_abbrev(&body[SEC_ABBREV]);
    write_debug_info(&body[SEC_INFO], c);
    write_debug_line(&body[SEC_LINE], c);
    write_debug_frame(&body[SEC_FRAME], c);

    Elf64_Word name_at[SEC_COUNT];
    for (int s = 0; s < SEC_COUNT; s++) {
        name_at[s] = (Elf64_Word)body[SEC_SHSTRTAB].len;
        str(&body[SEC_SHSTRTAB], section_name[s]);
    }

    /* The file: header, section headers, then the sections' contents (each
     * 8-byte aligned). The headers are filled in once the offsets are known. */
    Buf out = { 0 };
    Elf64_Ehdr eh = { 0 };
    Elf64_Shdr sh[SEC_COUNT] = { { 0 } };
    put(&out, NULL, sizeof eh + sizeof sh);
    for (int s = 1; s < SEC_COUNT; s++) {
        align_to(&out, 8);
        sh[s].sh_name = name_at[s];
        sh[s].sh_type = SHT_PROGBITS;
        sh[s].sh_offset = out.len;
        sh[s].sh_size = body[s].len;
        sh[s].sh_addralign = 1;
        put(&out, body[s].p, body[s].len);
        if (body[s].failed) out.failed = true;
        free(body[s].p);
    }
    sh[SEC_TEXT].sh_flags = SHF_ALLOC | SHF_EXECINSTR;
    sh[SEC_TEXT].sh_addr = c->addr;                    /* where the code really is */
    if (!c->bytes) {                                   /* no copy: the code is in memory only */
        sh[SEC_TEXT].sh_type = SHT_NOBITS;
        sh[SEC_TEXT].sh_size = c->size;
    }
    sh[SEC_SYMTAB].sh_type = SHT_SYMTAB;
    sh[SEC_SYMTAB].sh_link = SEC_STRTAB;               /* its names are in .strtab */
    sh[SEC_SYMTAB].sh_info = (Elf64_Word)(2 + c->nranges); /* first non-local symbol: none */
    sh[SEC_SYMTAB].sh_entsize = sizeof(Elf64_Sym);
    sh[SEC_SYMTAB].sh_addralign = 8;
    sh[SEC_STRTAB].sh_type = SHT_STRTAB;
    sh[SEC_SHSTRTAB].sh_type = SHT_STRTAB;
    sh[SEC_FRAME].sh_addralign = 8;


    /* The ELF header. */
    memcpy(eh.e_ident, ELFMAG, SELFMAG);               /* 7f 'E' 'L' 'F' */
    eh.e_ident[EI_CLASS] = ELFCLASS64;                 /* 64-bit */
    eh.e_ident[EI_DATA] = ELFDATA2LSB;                 /* little-endian */
    eh.e_ident[EI_VERSION] = EV_CURRENT;
    eh.e_ident[EI_OSABI] = ELFOSABI_SYSV;
    eh.e_type = ET_REL;                                /* an object file, not a program */
    eh.e_machine = EM_X86_64;
    eh.e_version = EV_CURRENT;
    eh.e_shoff = sizeof eh;                            /* the section headers: right after */
    eh.e_ehsize = sizeof(Elf64_Ehdr);
    eh.e_shentsize = sizeof(Elf64_Shdr);
    eh.e_shnum = SEC_COUNT;
    eh.e_shstrndx = SEC_SHSTRTAB;
    if (out.failed) { free(out.p); return NULL; }
    memcpy(out.p, &eh, sizeof eh);
    memcpy(out.p + sizeof eh, sh, sizeof sh);
    *size = out.len;
    return out.p;
}

/* ======================================================================== */
/* GDB's JIT interface                                                       */
/* ======================================================================== */

/* These names and layouts are GDB's (gdb/jit.h, and "JIT Interface" in the
 * GDB manual). gdb finds the two symbols by name in the executable, sets a
 * breakpoint in __jit_debug_register_code and, each time it is hit, reads
 * action_flag and relevant_entry from the descriptor. */
typedef enum { JIT_NOACTION = 0, JIT_REGISTER_FN, JIT_UNREGISTER_FN } jit_actions_t;

struct jit_code_entry {
    struct jit_code_entry *next_entry;
    struct jit_code_entry *prev_entry;
    const char *symfile_addr;          /* the object file, in memory */
    uint64_t symfile_size;
};

struct jit_descriptor {
    uint32_t version;                  /* 1 */
    uint32_t action_flag;              /* a jit_actions_t */
    struct jit_code_entry *relevant_entry;
    struct jit_code_entry *first_entry;
};

/* Not static: gdb looks the two up by name. */
void __jit_debug_register_code(void);
extern struct jit_descriptor __jit_debug_descriptor;
struct jit_descriptor __jit_debug_descriptor = { 1, JIT_NOACTION, NULL, NULL };

/* Where gdb's breakpoint goes. It must stay a real, separate function that
 * is really called: noinline, and an empty asm the compiler cannot remove
 * or merge with another empty function. */
__attribute__((noinline)) void __jit_debug_register_code(void)
{
    __asm__ volatile("" ::: "memory");
}

/* Link obj into gdb's list and tell gdb; the entry, or NULL (obj freed) when out of memory. */
JdEntry *jd_gdb_register(uint8_t *obj, size_t size)
{
    struct jit_code_entry *e = calloc(1, sizeof *e);
    if (!e) { free(obj); return NULL; }
    e->symfile_addr = (const char *)obj;
    e->symfile_size = size;
    e->next_entry = __jit_debug_descriptor.first_entry;     /* at the head of the list */
    if (e->next_entry) e->next_entry->prev_entry = e;
    __jit_debug_descriptor.first_entry = e;
    __jit_debug_descriptor.relevant_entry = e;
    __jit_debug_descriptor.action_flag = JIT_REGISTER_FN;
    __jit_debug_register_code();                            /* gdb reads it here */
    return e;
}

/* Unlink e, tell gdb to forget it, free it and its object. NULL does nothing. */
void jd_gdb_unregister(JdEntry *e)
{
    if (!e) return;
    if (e->prev_entry) e->prev_entry->next_entry = e->next_entry;
    else __jit_debug_descriptor.first_entry = e->next_entry;
    if (e->next_entry) e->next_entry->prev_entry = e->prev_entry;
    __jit_debug_descriptor.relevant_entry = e;
    __jit_debug_descriptor.action_flag = JIT_UNREGISTER_FN;
    __jit_debug_register_code();                            /* gdb forgets it here */
    __jit_debug_descriptor.action_flag = JIT_NOACTION;
    __jit_debug_descriptor.relevant_entry = NULL;
    free((void *)e->symfile_addr);
    free(e);
}
