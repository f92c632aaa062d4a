/* wx-jit.h: what the lesson (wx-jit.c) and its instruments share.
 *   wx-jit-diagnose.c   what the program shows and reports: the maps line after
 *                       each step, a fault in the JIT'd code, a refused call
 *   wx-jit-shortcuts.c  the options, and the two shortcuts other write-ups take
 *                       (--rwx, --heap), shown for what they cost
 */
#ifndef WX_JIT_H
#define WX_JIT_H

#include <stdbool.h>
#include <stddef.h>

/* int return_one(void) { return 1; }, in wx-jit.c. */
extern const unsigned char return_one_code[];
extern const size_t return_one_size;

/* What the options ask for (wx-jit-shortcuts.c's wx_setup). */
enum mode { MODE_WX, MODE_RWX, MODE_HEAP };
struct options {
    enum mode mode;
    bool skip_mprotect;          /* --skip-mprotect: leave out step 3 */
    bool mdwe;                   /* --mdwe: turn on PR_SET_MDWE first */
    const unsigned char *code;   /* the bytes to run: return_one, or a --broken variant */
    size_t code_size;
};

/* wx_setup: parse the arguments (exit 64 on a bad one, 0 after --help), and
 * make stdout line-buffered in a static buffer (so stdio never mallocs). */
struct options wx_setup(int argc, char **argv);

/* round_to_pages: size rounded up to a whole number of pages (wx-jit.c). */
size_t round_to_pages(size_t size);

/* show_step: print a step, what it called, and the maps line that now holds
 * addr. If the page is writable and executable and wx_allowed is false, say so
 * and exit 70. Returns true if the page is writable and executable. */
bool show_step(const char *step, const char *call, const void *addr, bool wx_allowed);

/* call_code: call the code at code and return what it returns. If it faults
 * (SIGSEGV, SIGBUS, SIGILL, SIGTRAP), say why in one line and exit 70. */
int call_code(void *code);

/* result_status: 0 if the code returned 1; else one line on stderr, and 70. */
int result_status(int result);

/* die_refused: one line for a failed mmap or mprotect; if the kernel refused
 * it (EACCES, EPERM), the likeliest policy that did. Exits 70. */
_Noreturn void die_refused(const char *call, int err, bool heap);

/* turn_on_mdwe: prctl(PR_SET_MDWE): from now on the kernel refuses memory that
 * gains execute permission. Exits 69 with one line if the kernel lacks it. */
void turn_on_mdwe(void);

/* broken_code: the bytes of a --broken variant (NAME is int3, ud2, bus or stack);
 * false if there is no such variant. */
bool broken_code(const char *name, const unsigned char **code, size_t *size);

/* run_rwx, run_heap: the two shortcuts; each returns the exit status. */
int run_rwx(void);
int run_heap(void);

#endif
