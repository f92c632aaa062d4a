/* bench/bfgen.c: a very small compiler from structured code (named 8-bit
 * variables, while, if, copy, divmod, print a number) to Brainfuck. It made
 * four of the benchmark programs in bench/ (primes, fib, squares, wave):
 * `make bench/bfgen` builds it, `./bench/bfgen NAME` prints one. bfjit needs
 * none of it.
 *
 * The output is what a compiler from a higher-level language into Brainfuck
 * produces, and why such programs are long and full of easy work for an
 * optimiser: every variable is a cell, every statement a walk to its cells
 * and back, and temporaries are cleared and refilled around every use.
 *
 * The "language" is C itself: each program below is a C function that calls
 * one function per statement (set, add, copy, divmod, print_num, ...), and a
 * block of code sits between a statement that opens it (loop, if_nonzero,
 * repeat) and the one that closes it (end, end_if, end_repeat). A variable
 * is named by a string and gets the next free cell the first time it is used.
 */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* ---- The generator: the Brainfuck text so far, where the pointer is, and
 * which cell holds which variable. One program is made per run, so it is
 * global. */
static char *text;          /* the commands, text_len of them */
static size_t text_len, text_cap;
static int at;              /* the cell the pointer is on once the text has run */
enum { MAX_VARS = 128, MAX_NAME = 16 };
static char names[MAX_VARS][MAX_NAME]; /* variable i lives in cell i */
static int nvars;                      /* the first free cell */

/* emit: add commands to the text. */
static void emit_n(char command, int times)
{
    if (times == 0)
        return; /* and text may still be NULL */
    if (text_len + (size_t)times > text_cap) {
        text_cap = 2 * text_cap + (size_t)times + 4096;
        text = realloc(text, text_cap);
        if (text == NULL)
            die(EXIT_SOFTWARE, "out of memory");
    }
    memset(text + text_len, command, (size_t)times);
    text_len += (size_t)times;
}
static void emit(const char *commands)
{
    for (const char *c = commands; *c != '\0'; c++)
        emit_n(*c, 1);
}

/* var: the cell of variable NAME; a new name gets the next free cell. */
static int var(const char *name)
{
    for (int i = 0; i < nvars; i++)
        if (strcmp(names[i], name) == 0)
            return i;
    if (nvars == MAX_VARS || strlen(name) >= MAX_NAME)
        die(EXIT_SOFTWARE, "variable '%s': too many variables or too long a name", name);
    strcpy(names[nvars], name);
    return nvars++;
}

/* go: walk the pointer to V's cell: as many > or < as the cells in between. */
static void go(const char *v)
{
    int cell = var(v);
    if (cell > at)
        emit_n('>', cell - at);
    else
        emit_n('<', at - cell);
    at = cell;
}

/* ---- Statements. Each walks to the cells it needs and leaves the pointer
 * wherever it ends; the next statement walks on from there. */

/* v += n (mod 256): n + signs, or 256 - n - signs, whichever is shorter. */
static void add(const char *v, int n)
{
    go(v);
    n = (n % 256 + 256) % 256;
    if (n <= 128)
        emit_n('+', n);
    else
        emit_n('-', 256 - n);
}

/* v = 0: the loop [-] counts it down. */
static void clear(const char *v)
{
    go(v);
    emit("[-]");
}

/* v = n: clear, then add. A variable's value is never known here, so every
 * set clears first, even a cell that is already 0. */
static void set(const char *v, int n)
{
    clear(v);
    add(v, n);
}

/* while v != 0 { ... }: loop(v), the body, end(v). The body may leave the
 * pointer anywhere: end walks back to v before the ], so that ] tests v. */
static void loop(const char *v)
{
    go(v);
    emit("[");
}
static void end(const char *v)
{
    go(v);
    emit("]");
}

/* dst += src, and dst2 += src too unless dst2 is NULL; src = 0.
 * Brainfuck has no copy: a value can only be counted down into other cells. */
static void move2(const char *src, const char *dst, const char *dst2)
{
    loop(src);
    add(src, -1);
    add(dst, 1);
    if (dst2 != NULL)
        add(dst2, 1);
    end(src);
}
static void move(const char *src, const char *dst)
{
    move2(src, dst, NULL);
}

/* dst += src, src kept: move src into dst and tmp, then tmp back into src. */
static void copy(const char *src, const char *dst, const char *tmp)
{
    clear(tmp);
    move2(src, dst, tmp);
    move(tmp, src);
}

/* if v != 0 { ... }, v kept: if_nonzero(v, tmp), the body, end_if(tmp).
 * A loop on a copy of v (in tmp) that clears tmp at its end runs at most once. */
static void if_nonzero(const char *v, const char *tmp)
{
    clear(tmp);
    copy(v, tmp, "_if");
    loop(tmp);
}
static void end_if(const char *tmp)
{
    clear(tmp);
    end(tmp);
}

/* for counter = n down to 1 { ... }: repeat(counter, n), the body, end_repeat(counter). */
static void repeat(const char *counter, int n)
{
    set(counter, n);
    loop(counter);
}
static void end_repeat(const char *counter)
{
    add(counter, -1);
    end(counter);
}

/* q = n / d, r = n % d (n and d kept, d > 0). The division is the divmod loop
 * from the Esolang wiki's "Brainfuck algorithms" page (public domain). It
 * works on cells in a row, laid out
 *     n 0 d 0 0 0  ->  0 n d-n%d n%d n/d 0
 * so the first divmod takes a block of seven cells in a row, which every
 * divmod after it uses again (left all zero). */
static const char *const dm[7] = { "_dm+0", "_dm+1", "_dm+2", "_dm+3", "_dm+4", "_dm+5", "_dm+6" };
static void divmod(const char *n, const char *d, const char *q, const char *r)
{
    for (int i = 0; i < 7; i++)
        var(dm[i]); /* new names the first time: the next seven cells */
    copy(n, dm[0], "_t");
    copy(d, dm[2], "_t");
    go(dm[0]);
    emit("[->+>-[>+>>]>[+[-<+>]>+>>]<<<<<<]");
    /* its loop ends where it began: the pointer is on dm[0] again */
    clear(q);
    clear(r);
    move(dm[3], r);
    move(dm[4], q);
    clear(dm[1]);
    clear(dm[2]);
}

/* print v in decimal, without leading zeros: its hundreds, tens and ones
 * digits by two divisions by 10, each printed as '0' + digit. */
static void print_num(const char *v)
{
    /* Its variables, given cells in this order (_r is never used, but has one). */
    var("_h");
    var("_tn");
    var("_o");
    var("_q");
    var("_r");
    var("_ten");
    set("_ten", 10);
    divmod(v, "_ten", "_q", "_o"); /* _o = v % 10, _q = v / 10 */
    divmod("_q", "_ten", "_h", "_tn"); /* _tn = _q % 10, _h = _q / 10 */
    clear("_q");
    clear("_flag");
    if_nonzero("_h", "_i1");
        add("_h", 48); go("_h"); emit(".");
        set("_flag", 1);
        clear("_h");
    end_if("_i1");
    copy("_tn", "_flag", "_t"); /* _flag != 0 if the tens digit is printed */
    if_nonzero("_flag", "_i2");
        add("_tn", 48); go("_tn"); emit(".");
        clear("_tn");
    end_if("_i2");
    clear("_tn");
    clear("_flag");
    add("_o", 48); go("_o"); emit(".");
    clear("_o");
}

/* print the character ch: set a cell to it and output it. */
static void print_char(char ch)
{
    set("_c", ch);
    go("_c");
    emit(".");
}

/* ---- The programs. Statements inside a block are indented as if they
 * were in braces. */

/* every prime below 256, by trial division with divmod, 20 times over */
static void primes(void)
{
    repeat("rounds", 20);
        set("n", 2);
        set("left", 254); /* n = 2 .. 255 */
        loop("left");
            set("composite", 0);
            set("d", 2);
            copy("n", "left2", "_t");
            add("left2", -2); /* divisors 2 .. n-1 */
            loop("left2");
                divmod("n", "d", "q", "r");
                clear("q");
                set("zero", 1);
                if_nonzero("r", "_i3");
                    clear("zero");
                    clear("r");
                end_if("_i3");
                loop("zero"); /* r was 0: d divides n */
                    set("composite", 1);
                    clear("zero");
                end("zero");
                add("d", 1);
                add("left2", -1);
            end("left2");
            set("prime", 1);
            loop("composite");
                clear("prime");
                clear("composite");
            end("composite");
            loop("prime");
                print_num("n");
                print_char(' ');
                clear("prime");
            end("prime");
            add("n", 1);
            add("left", -1);
        end("left");
        print_char('\n');
    end_repeat("rounds");
}

/* the first 60000 Fibonacci numbers mod 10 to the 24th, one digit a cell */
enum { DIGITS = 24 };
static void fib(void)
{
    char a[DIGITS][MAX_NAME], b[DIGITS][MAX_NAME]; /* a[0], b[0]: the units */
    for (int i = 0; i < DIGITS; i++) {
        snprintf(a[i], MAX_NAME, "a%d", i);
        var(a[i]); /* a0 .. a23 take the first cells, b0 .. b23 the next */
    }
    for (int i = 0; i < DIGITS; i++) {
        snprintf(b[i], MAX_NAME, "b%d", i);
        var(b[i]);
    }
    set(b[0], 1);
    repeat("k", 250);
        repeat("k2", 240);
            /* a, b = b, a + b, digit by digit with a carry */
            clear("carry");
            for (int i = 0; i < DIGITS; i++) {
                move(a[i], "s"); /* s = a[i] + b[i] + carry; a[i] = b[i] */
                copy(b[i], "s", "_t");
                move(b[i], a[i]);
                move("carry", "s");
                set("_ten", 10); /* b[i] = s % 10, carry = s / 10 */
                divmod("s", "_ten", "carry", b[i]);
                clear("s");
            }
            /* print a without its leading zeros */
            set("seen", 0);
            for (int i = DIGITS - 1; i >= 0; i--) {
                if_nonzero(a[i], "_i6");
                    set("seen", 1);
                end_if("_i6");
                if_nonzero("seen", "_i4");
                    copy(a[i], "_d", "_t");
                    add("_d", 48); go("_d"); emit("."); clear("_d");
                end_if("_i4");
            }
            print_char('\n');
        end_repeat("k2");
    end_repeat("k");
}

/* n * n mod 256 and n * n / 256 for every n, 8 times over: multiply loops */
static void squares(void)
{
    repeat("rounds", 8);
        set("n", 0);
        set("left", 255);
        loop("left");
            add("n", 1);
            clear("lo");
            clear("hi");
            copy("n", "m", "_t");
            loop("m"); /* lo:hi += n, m times (16 bits) */
                copy("n", "x", "_t");
                loop("x");
                    add("lo", 1);
                    set("z", 1);
                    if_nonzero("lo", "_i5");
                        clear("z");
                    end_if("_i5");
                    loop("z"); /* lo wrapped to 0 */
                        add("hi", 1);
                        clear("z");
                    end("z");
                    add("x", -1);
                end("x");
                add("m", -1);
            end("m");
            print_num("hi");
            print_char(' ');
            print_num("lo");
            print_char('\n');
            add("left", -1);
        end("left");
    end_repeat("rounds");
}

/* a text wave: 380000 lines of spaces and a star, counted by nested loops */
static void wave_line(int width)
{
    set("w", width);
    set("_sp", 32);
    loop("w");
        go("_sp"); emit(".");
        add("w", -1);
    end("w");
    print_char('*');
    print_char('\n');
}
static void wave(void)
{
    enum { PERIOD = 38 };
    int widths[PERIOD];
    for (int i = 0; i < PERIOD; i++)
        widths[i] = (int)(30 + 29 * sin(i / 6.0)); /* 1 to 59 */
    repeat("r1", 200);
        repeat("r2", 50);
            for (int i = 0; i < PERIOD; i++)
                wave_line(widths[i]);
        end_repeat("r2");
    end_repeat("r1");
}

static const struct program {
    const char *name;
    void (*make)(void);
    const char *title; /* the comment before the code */
} programs[] = {
    { "primes", primes, "every prime below 256, by trial division with divmod, 20 times over" },
    { "fib", fib, "the first 60000 Fibonacci numbers mod 10 to the 24th, one digit a cell" },
    { "squares", squares, "n * n mod 256 and n * n / 256 for every n, 8 times over: multiply loops" },
    { "wave", wave, "a text wave: 380000 lines of spaces and a star, counted by nested loops" },
};
enum { NPROGRAMS = sizeof programs / sizeof programs[0] };

/* print_comment: text that Brainfuck skips: any character but its eight
 * commands. Full stops and commas are left out, a - becomes a space, a +
 * the word "plus" ([ ] < > are left out too, though no title has one). */
static void print_comment(const char *s)
{
    for (; *s != '\0'; s++) {
        if (*s == '-')
            putchar(' ');
        else if (*s == '+')
            fputs(" plus ", stdout);
        else if (strchr(".,<>[]", *s) == NULL)
            putchar(*s);
    }
}

int main(int argc, char **argv)
{
    guard_stdout(); /* a failed write to stdout: one line, exit status 74 */
    if (argc == 2 && strcmp(argv[1], "--help") == 0) {
        puts("usage: bfgen primes|fib|squares|wave");
        puts("Prints one of bench/'s generated Brainfuck programs, as committed there:");
        for (int i = 0; i < NPROGRAMS; i++)
            printf("  %-8s %s\n", programs[i].name, programs[i].title);
        return 0;
    }
    if (argc < 2)
        usage_error("no program named: give one of primes, fib, squares, wave");
    if (argc > 2)
        usage_error("one program at a time: '%s' is one too many", argv[2]);
    const struct program *p = NULL;
    for (int i = 0; i < NPROGRAMS; i++)
        if (strcmp(argv[1], programs[i].name) == 0)
            p = &programs[i];
    if (p == NULL)
        usage_error("%s '%s': give one of primes, fib, squares, wave",
                    argv[1][0] == '-' ? "unknown option" : "no program named", argv[1]);

    p->make();
    /* A header line (a comment: it holds no command, so it says "bench/bfgen"
     * and not "bfgen.c": a . is a command), then the commands, 100 to a line. */
    printf("%s: ", p->name);
    print_comment(p->title);
    puts(" (generated by bench/bfgen; the commands follow)");
    for (size_t i = 0; i < text_len; i += 100) {
        size_t n = text_len - i < 100 ? text_len - i : 100;
        fwrite(text + i, 1, n, stdout);
        putchar('\n');
    }
    free(text);
    flush_stdout();
    return 0;
}
