/*
** embedded.h: files compiled into the binary (see tools/embed.py).
**
** The Lua standard library (scripts/wic/) and the built-in gazetteer are
** embedded so that one installed `wicrun` works anywhere.  Each table is
** sorted by name; embedded_find() does the lookup.
*/
#ifndef WIC_EMBEDDED_H
#define WIC_EMBEDDED_H

#include <stddef.h>

struct embedded_file {
    const char *name;          /* path relative to its base folder */
    const unsigned char *data; /* NUL-terminated for convenience   */
    size_t len;                /* bytes, without the NUL           */
};

/* The file called `name` in `table` (of `count` entries), or NULL. */
const struct embedded_file *embedded_find(const struct embedded_file *table,
                                          size_t count, const char *name);

#endif
