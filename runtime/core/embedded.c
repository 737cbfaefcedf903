/*
** embedded.c: lookup in a table made by tools/embed.py.
*/
#include "embedded.h"

#include <string.h>

const struct embedded_file *embedded_find(const struct embedded_file *table,
                                          size_t count, const char *name)
{
    size_t lo = 0, hi = count;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        int c = strcmp(name, table[mid].name);
        if (c == 0)
            return &table[mid];
        if (c < 0)
            hi = mid;
        else
            lo = mid + 1;
    }
    return NULL;
}
