/* jitdebug.h: tell a profiler and a debugger about machine code made at run
 * time. A JIT describes its code once (where it is, its names, the source
 * line of each piece, how its stack frame is laid out) in a JdCode, and this
 * module turns that description into what each tool reads:
 *
 *   perf       a line per name in /tmp/perf-PID.map        (jd_perf_map_add)
 *              or records in a jitdump file, jit-PID.dump   (jd_jitdump_*)
 *   gdb        an ELF object in memory, handed over through
 *              GDB's JIT interface                          (jd_elf_build,
 *                                                            jd_gdb_register)
 *   you        the same object in a file, for readelf       (jd_elf_build)
 *
 * No library is used: the ELF file and its DWARF sections are written byte by
 * byte in jitdebug.c, which reads top to bottom in the order of the file.
 *
 * Usage:
 *     JdCode c = { .source = "prog.txt", .comp_dir = "/home/me",
 *                  .addr = (uintptr_t)code, .size = len,
 *                  .ranges = names, .nranges = 1, .lines = rows, .nlines = n,
 *                  .frame = { .after_push_rbp = 1, .after_mov_rbp = 4, .ret_at = len - 1 } };
 *     jd_perf_map_add(&c);                       // perf report can now name it
 *     size_t size;
 *     uint8_t *obj = jd_elf_build(&c, &size);    // NULL: out of memory
 *     JdEntry *reg = jd_gdb_register(obj, size); // gdb reads it now (if attached)
 *     ...
 *     jd_gdb_unregister(reg);                    // before the code is unmapped; frees obj
 */
#ifndef JITDEBUG_H
#define JITDEBUG_H

#include <stddef.h>
#include <stdint.h>

/* A named piece of the code: [start, end) as offsets from the code's start.
 * Ranges must not overlap (a profiler and a debugger pick one name per address). */
typedef struct JdRange {
    uint32_t start, end;
    char name[64];
} JdRange;

/* One row of the line table: the code from offset `at` on (up to the next
 * row) came from this line and column of the source. Rows in order of `at`. */
typedef struct JdLine {
    uint32_t at;
    uint32_t line, col;
} JdLine;

/* The stack frame, for the unwinder. The code must start with
 *     push rbp           (ends at after_push_rbp, normally 1)
 *     mov rbp, rsp       (ends at after_mov_rbp, normally 4)
 * then may push callee-saved registers (saved[], in push order, each with the
 * offset just after its push), and leaves with pop rbp right before the ret
 * at ret_at. Code after that ret (out-of-line paths that jump back into the
 * body) runs with the frame still set up, except a second entry, if
 * entry2_at is not 0: the same prologue again, from entry2_at on (for a
 * caller that starts the code in the middle), then a jump into the body. */
typedef struct JdFrame {
    uint32_t after_push_rbp, after_mov_rbp;
    struct { uint8_t dwarf_reg; uint32_t after; } saved[4];
    int nsaved;
    uint32_t ret_at;
    uint32_t entry2_at;
} JdFrame;

/* DWARF's numbers for the registers a frame may save (not the hardware's!). */
enum { JD_RBX = 3, JD_RBP = 6, JD_RSP = 7, JD_R12 = 12, JD_R13 = 13, JD_R14 = 14, JD_R15 = 15,
       JD_RIP = 16 };

/* Everything the tools are told about one piece of JIT'd code. */
typedef struct JdCode {
    const char *source;      /* the source file's name, as the debugger should look for it */
    const char *comp_dir;    /* the folder a relative source name is relative to */
    const char *producer;    /* who made the code ("seejit"), or NULL */
    uint64_t addr;           /* where the code is in memory (where it runs) */
    uint32_t size;           /* its length in bytes */
    const uint8_t *bytes;    /* a copy of the code to put in the object, or NULL for none */
    const JdRange *ranges;   /* its names */
    size_t nranges;
    const JdLine *lines;     /* its line table, or NULL */
    size_t nlines;
    JdFrame frame;
} JdCode;

/* ---- perf: /tmp/perf-PID.map ------------------------------------------- */

/* Append one line "START SIZE NAME" (hex, no 0x) per range to
 * /tmp/perf-PID.map, creating it. Returns 0, or -1 with errno set. */
int jd_perf_map_add(const JdCode *c);
/* The map's path for this process, in buf. */
void jd_perf_map_path(char *buf, size_t size);
/* Remove this process's map file. Returns 0, or -1 with errno set. */
int jd_perf_map_remove(void);

/* ---- perf: jitdump (perf record -k mono, then perf inject --jit) --------- */

/* An open jit-PID.dump file. */
typedef struct JdDump {
    int fd;
    void *marker;            /* the file mapped with PROT_EXEC: perf's sign that it exists */
    size_t marker_len;
    uint64_t next_index;     /* code_index of the next load record */
} JdDump;

/* Create DIR/jit-PID.dump, write its header, and map it with PROT_EXEC so
 * that perf record notes where it is. Returns 0, or -1 with errno set. */
int jd_jitdump_open(JdDump *d, const char *dir);
/* Append c's line table (one entry per row) and its load record (name,
 * address, a copy of the code) for its first range. 0, or -1 with errno. */
int jd_jitdump_add(JdDump *d, const JdCode *c);
/* Append the close record, unmap and close the file. 0, or -1 with errno. */
int jd_jitdump_close(JdDump *d);

/* ---- gdb: an ELF object in memory --------------------------------------- */

/* Build an ELF64 relocatable object that describes c: .text at c->addr,
 * .symtab, DWARF 4 .debug_info, .debug_line and .debug_frame. Returns a
 * malloc'd buffer (its length in *size), or NULL when out of memory. */
uint8_t *jd_elf_build(const JdCode *c, size_t *size);

/* One object registered with gdb (GDB's struct jit_code_entry, see jitdebug.c). */
typedef struct jit_code_entry JdEntry;

/* Hand obj[0..size) to gdb: link it into __jit_debug_descriptor's list and
 * call __jit_debug_register_code, where gdb has a breakpoint. Takes ownership
 * of obj (a malloc'd buffer). Works, and costs little, with no debugger
 * attached. Returns the entry, or NULL when out of memory (obj is then freed). */
JdEntry *jd_gdb_register(uint8_t *obj, size_t size);
/* Tell gdb to forget an object (before its code is unmapped), and free it. */
void jd_gdb_unregister(JdEntry *entry);

#endif /* JITDEBUG_H */
