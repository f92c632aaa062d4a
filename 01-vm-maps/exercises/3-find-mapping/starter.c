/* Exercise 3 (stretch): read /proc/self/maps yourself.
 *
 * vm-maps asks lib/helpers.c's maps_find which mapping holds an address.
 * Write your own, without it: open /proc/self/maps, read it a line at a time
 * (fgets), take each line's start, end and perms apart (sscanf with
 * "%lx-%lx %4s"), and fill in the mapping that holds addr. Return false if
 * none does. Every call that can fail is checked: on failure, say so in one
 * line on stderr and exit 70. The check compares your answers with maps_find's.
 */
#include "find.h"

#include <stdio.h>
#include <stdlib.h>

bool find_mapping(const void *addr, unsigned long *start, unsigned long *end, char perms[5])
{
    (void)addr; /* these lines only keep -Werror quiet until you use the names */
    (void)start;
    (void)end;
    (void)perms;
    return false;
}
