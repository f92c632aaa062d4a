/* Exercise 2 (the chapter's idea): signed LEB128, DWARF's numbers.
 *
 * DWARF writes most numbers as LEB128: seven bits a byte, low bits first, the
 * top bit (0x80) set on every byte but the last. The SIGNED kind is read back
 * by sign-extending the last byte's bit 6 (0x40). So the encoder may stop only
 * when what is left is all sign bits AND bit 6 of the byte it is writing
 * agrees with the sign: -8 is 78, 63 is 3f, but 64 is c0 00 (a single 40
 * would read back as -64), and -65 is bf 7f.
 * .debug_line's advance_line and .debug_frame's data alignment are signed
 * LEB128 (jitdebug.c's sleb). Write sleb128; the check encodes a list of
 * numbers, compares the bytes, and decodes them back.
 */
#include "leb.h"

size_t sleb128(int64_t v, uint8_t out[10])
{
    (void)v; /* this line only keeps -Werror quiet until you use v */
    out[0] = 0;
    return 1;
}
