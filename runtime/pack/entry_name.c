/*
** entry_name.c: which names a pack entry may have.
**
** Entry names become paths when a script reads `data/x.csv` or when an
** article's id is shown, so they are held to the plainest form: relative,
** '/'-separated components that are neither empty, "." nor "..", without
** backslashes (a Windows path in disguise), drive letters or control
** characters.  Refusing instead of normalising keeps one spelling per
** entry, which the checksum list relies on.
*/
#include "pack.h"

#include <string.h>

const char *pack_name_problem(const char *name)
{
    size_t len = strlen(name);
    if (len == 0)
        return "empty entry name";
    if (len > PACK_MAX_NAME_BYTES)
        return "entry name is too long";
    if (name[0] == '/')
        return "absolute paths are not allowed";
    if (len >= 2 && name[1] == ':')
        return "drive letters are not allowed";
    for (const char *p = name; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (c == '\\')
            return "backslashes are not allowed in entry names";
        if (c < 0x20 || c == 0x7f)
            return "control characters are not allowed in entry names";
    }
    const char *component = name;
    for (;;) {
        const char *slash = strchr(component, '/');
        size_t n = slash ? (size_t)(slash - component) : strlen(component);
        if (n == 0 && slash != NULL)
            return "empty path component";
        if (n == 1 && component[0] == '.')
            return "\".\" components are not allowed";
        if (n == 2 && component[0] == '.' && component[1] == '.')
            return "\"..\" components are not allowed";
        if (slash == NULL)
            break;
        component = slash + 1;
    }
    return NULL;
}
